//! # hospes-tests
//!
//! Test harness shared by the cross-crate tests in `tests/tests/`. Each test
//! starts the real `hospes` binary on a random port with its own data
//! directory and talks HTTP and WebSocket to it: as an automerge-repo client
//! (samod here, `@automerge/automerge-repo` in `js/`), as a raw WebSocket
//! client sending bad frames, or as a browser (Debian's Chromium through
//! playwright-core).

pub mod accounts;
pub mod client;
pub mod export;
pub mod fixtures;
pub mod media;
pub mod node;
pub mod old_publications;
pub mod schema_org;
pub mod server;
pub mod storage_probe;

pub use accounts::User;
pub use server::ServerProcess;
