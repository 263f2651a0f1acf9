//! Builds the samod repo the server syncs through.

use samod::{PeerId, Repo};

use crate::policy::{AccessRules, SharePolicyHook};
use crate::storage::SqliteStorage;

/// Opens the samod repo on `storage`, answering share questions with `rules`
/// (except for erased documents, which are denied to everyone).
///
/// The server's peer id names the storage file's owner, not a person; clients
/// see it in the handshake.
pub async fn open(storage: SqliteStorage, rules: impl AccessRules) -> Repo {
    Repo::build_tokio()
        .with_share_policy(SharePolicyHook::new(rules, storage.tombstones()))
        .with_storage(storage)
        .with_peer_id(PeerId::from("hospes-server"))
        .load()
        .await
}
