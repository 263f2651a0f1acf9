//! Publishing: what readers see, and when it changes.
//!
//! - [`publish`]: pins a version of an item (its heads and its
//!   translations' heads), checks it, renders it per language and stores
//!   pin and renderings in one transaction.
//! - [`unpublish`]: takes an item off the read side, and turns auto-publish
//!   off for it for good.
//! - [`publications`]: the table of pinned versions.
//! - [`auto_publish`]: the server publishes trusted volunteers' events by
//!   itself after a quiet period: its rules, a pure scheduler and the
//!   worker that runs them.
//! - [`error`]: why something was not published, as the domain says it;
//!   `routes::error` turns it into HTTP, the CLI into a sentence.

pub mod auto_publish;
pub mod error;
pub mod publications;
pub mod publish;
pub mod unpublish;

pub use error::PublishError;
