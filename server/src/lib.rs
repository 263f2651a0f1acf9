//! # hospes
//!
//! The `hospes` binary: one small server that embeds the web app, syncs
//! Automerge documents with any automerge-repo client and keeps everything in
//! one SQLite file.
//!
//! ## Layout
//!
//! - [`domain`]: values parsed once at the edge (names, passphrases, slugs,
//!   language tags).
//! - [`db`]: the server's connection to the SQLite file; [`data_lock`]: one
//!   server per data directory, and no restore beneath it.
//! - [`accounts`]: accounts, their roles, sessions and invites; [`cities`]:
//!   cities and archive groups; [`document_classes`]: what each document is
//!   and where it belongs; [`documents`]: find a document in the repo and
//!   read or write it as the content model; [`registration`]: a client's
//!   new document checked and recorded; [`audit`]: who did what.
//! - [`access`]: the share policy samod asks and the checks routes make;
//!   [`auth`]: the session behind a request; [`attempt_limit`]: slows
//!   guessing at passphrases and invites without locking anyone out;
//!   [`role_request`]: a role as asked for.
//! - [`suggestions`]: readers' anonymous suggestions of corrections, the
//!   editors' queue; [`suggestion_limit`]: keeps them from flooding it.
//! - [`publishing`]: publish (pin, check, render), unpublish, the table of
//!   pinned versions, and auto-publish of trusted volunteers' events (rules,
//!   a pure scheduler, its worker); its errors are the domain's, which only
//!   `routes::error` turns into HTTP.
//! - [`read_side`]: the rendered items and the search index in SQLite,
//!   which the read API serves; [`languages`]: endonyms, text direction,
//!   default categories.
//! - [`tokens`]: random secrets and their hashes.
//! - [`cpu_work`]: a request's CPU-bound work, off the async workers.
//! - [`app_state`]: the handles request handlers share.
//! - [`commands`]: operator commands (cities, groups, accounts, invites,
//!   content, backup and restore).
//! - [`cli`]: the command line (`hospes serve ...`).
//! - [`config`]: the settings a running server needs, parsed once.
//! - [`startup`]: opens storage and the repo, builds the router, binds, serves,
//!   and shuts down in order (stop accepting, close sync connections, let
//!   storage finish).
//! - [`http`]: the HTTP edge: connections with timeouts, clients told
//!   apart for rate limits (never logged), cross-origin writes refused.
//! - [`routes`]: one module per URL space: `/sync`, `/healthz`, `/api`, and the
//!   embedded web app for everything else.
//! - [`sync_transport`]: turns an axum WebSocket into a samod transport,
//!   rejecting bad frames and holding replies until their changes are durable.
//! - [`security_headers`]: the headers every response carries.
//! - [`telemetry`]: tracing setup; request logs carry no client address.
//! - [`demo`]: sample content for `--demo`; [`demo_dates`] keeps its dates current.

pub mod access;
pub mod accounts;
pub mod app_state;
pub mod attempt_limit;
pub mod audit;
pub mod auth;
pub mod cities;
pub mod cli;
pub mod commands;
pub mod config;
pub mod cpu_work;
pub mod data_lock;
pub mod db;
pub mod demo;
pub mod demo_dates;
pub mod document_classes;
pub mod documents;
pub mod domain;
pub mod http;
pub mod languages;
pub mod publishing;
pub mod read_side;
pub mod registration;
pub mod role_request;
pub mod routes;
pub mod security_headers;
pub mod startup;
pub mod suggestion_limit;
pub mod suggestions;
pub mod sync_transport;
pub mod telemetry;
pub mod tokens;
