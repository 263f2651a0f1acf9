//! What the request handlers share.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use hospes_sync::durability::DurabilityGate;
use hospes_sync::storage::SqliteStorage;
use samod::{AcceptorHandle, Repo};

use crate::access::ServerAccess;
use crate::accounts::attempt_limit::AttemptLimiter;
use crate::accounts::hashing_pool::HashingPool;
use crate::db::Db;
use crate::http::client::ClientKeys;
use crate::media::MediaStore;
use crate::suggestions::limit::SuggestionLimiter;

/// Cheap to clone: every field is a handle.
#[derive(Clone)]
pub struct AppState {
    pub storage: SqliteStorage,
    pub db: Db,
    pub repo: Repo,
    pub access: ServerAccess,
    pub acceptor: AcceptorHandle,
    pub durability: DurabilityGate,
    /// Passphrase hashing, bounded: every hash goes through it.
    pub hashing: HashingPool,
    pub attempts: Arc<AttemptLimiter>,
    pub client_keys: ClientKeys,
    pub suggestion_limiter: Arc<SuggestionLimiter>,
    pub max_frame_bytes: usize,
    /// Archive groups' recordings and pictures.
    pub media: MediaStore,
    /// Numbers sync connections in log lines, which must not name the client.
    pub next_connection: Arc<AtomicU64>,
    /// Bounds the city snapshots written at once.
    pub snapshots: crate::routes::snapshot::SnapshotLimit,
}
