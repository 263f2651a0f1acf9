//! # hospes
//!
//! The `hospes` binary: one small server that embeds the web app, syncs
//! Automerge documents with any automerge-repo client and keeps everything in
//! one SQLite file.
//!
//! ## Layout
//!
//! - [`app_state`]: the handles request handlers share.
//! - [`cli`]: the command line (`hospes serve ...`).
//! - [`config`]: the settings a running server needs, parsed once.
//! - [`startup`]: opens storage and the repo, builds the router, binds, serves,
//!   and shuts down in order (stop accepting, close sync connections, let
//!   storage finish).
//! - [`routes`]: one module per URL space: `/sync`, `/healthz`, `/api`, and the
//!   embedded web app for everything else.
//! - [`sync_transport`]: turns an axum WebSocket into a samod transport,
//!   rejecting bad frames and holding replies until their changes are durable.
//! - [`security_headers`]: the headers every response carries.
//! - [`telemetry`]: tracing setup; request logs carry no client address.
//! - [`demo`]: sample content for `--demo`.

pub mod app_state;
pub mod cli;
pub mod config;
pub mod demo;
pub mod routes;
pub mod security_headers;
pub mod startup;
pub mod sync_transport;
pub mod telemetry;
