//! # hospes
//!
//! The `hospes` binary: one small server that embeds the web app, syncs
//! Automerge documents with any automerge-repo client and keeps everything in
//! one SQLite file.
//!
//! ## Layout
//!
//! Folders group what belongs together; each `mod.rs` says what is in it.
//!
//! - [`domain`]: values parsed once at the edge (names, passphrases, slugs,
//!   language tags, document ids).
//! - [`accounts`]: accounts, their roles, sessions, invites, passphrase
//!   hashing off the async workers, tokens, and the limit on guessing.
//! - [`cities`]: cities and archive groups; [`languages`]: endonyms, text
//!   direction, default categories.
//! - [`documents`]: find a document in the repo and read or write it as the
//!   content model; the registry of what each document is; registration of
//!   a client's new document.
//! - [`access`]: the share policy samod asks and the checks routes make.
//! - [`publishing`]: publish (pin, check, render), unpublish, the table of
//!   pinned versions, and auto-publish of trusted volunteers' events (rules,
//!   a pure scheduler, its worker); its errors are the domain's, which only
//!   `routes::error` turns into HTTP.
//! - [`archive`]: the multivoiced archive: each voice's consent (its
//!   author's alone), publishing an entry with its public voices, and what
//!   an author does with their voice (consent, withdrawal).
//! - [`media`]: archive groups' recordings and pictures: an allow-list of
//!   types, their metadata removed, stored by hash with bounded work.
//! - [`read_side`]: the rendered items and the search index in SQLite,
//!   which the read API serves.
//! - [`suggestions`]: readers' anonymous suggestions of corrections, the
//!   editors' queue, and the limit that keeps them from flooding it.
//! - [`audit`]: who did what.
//! - [`http`]: the HTTP edge: connections with timeouts, the session behind
//!   a request, clients told apart for rate limits (never logged),
//!   cross-origin writes refused, the headers every response carries, and
//!   the WebSocket turned into a samod transport.
//! - [`routes`]: one module per URL space: `/sync`, `/healthz`, `/api`, and
//!   the embedded web app for everything else.
//! - [`cli`]: the command line (`hospes serve ...`) and the operator
//!   commands (cities, groups, accounts, invites, content, backup and
//!   restore).
//! - [`config`]: the settings a running server needs, parsed once;
//!   [`startup`]: opens storage and the repo, builds the router, binds,
//!   serves, and shuts down in order; [`app_state`]: the handles request
//!   handlers share.
//! - [`db`]: the server's connection to the SQLite file; [`migrations`]: its
//!   own tables' schema steps; [`data_lock`]: one
//!   server per data directory, and no restore beneath it; [`cpu_work`]: a
//!   request's CPU-bound work, off the async workers; [`telemetry`]:
//!   tracing setup; request logs carry no client address.
//! - [`demo`]: sample content for `--demo`, its dates kept current.

pub mod access;
pub mod accounts;
pub mod app_state;
pub mod archive;
pub mod audit;
pub mod cities;
pub mod cli;
pub mod config;
pub mod cpu_work;
pub mod data_lock;
pub mod db;
pub mod demo;
pub mod documents;
pub mod domain;
pub mod http;
pub mod languages;
pub mod media;
pub mod migrations;
pub mod publishing;
pub mod read_side;
pub mod routes;
pub mod startup;
pub mod suggestions;
pub mod telemetry;
