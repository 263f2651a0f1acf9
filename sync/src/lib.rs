//! # hospes-sync
//!
//! The document layer of hospes: everything between the bytes on a sync
//! connection and the rows in the SQLite file. It knows nothing of what
//! the documents say: that is `hospes-content`.
//!
//! ## Layout
//!
//! - [`storage`]: samod's key/value [`samod::storage::Storage`] on one SQLite
//!   file (WAL, group commit, prefix loads served by the primary key index).
//! - [`durability`]: holds a connection's outgoing sync messages until the
//!   changes they acknowledge are committed, so that an acknowledged change
//!   survives a crash.
//! - [`wire`]: the little of the automerge-repo wire format we need to read
//!   (message type, document id, the heads in a sync message).
//! - [`policy`]: the share-policy hook that decides, per (peer, document),
//!   read-write, read-only or deny.
//! - [`repo`]: builds the samod repo from the pieces above.

pub mod durability;
pub mod policy;
pub mod repo;
pub mod storage;
pub mod wire;
