//! How samod's [`StorageKey`]s map onto rows.
//!
//! A key is stored as its parts joined with `/` (samod guarantees no part
//! contains one). samod uses three shapes:
//!
//! - `<doc id>/incremental/<change hash hex>`: one change's raw bytes;
//! - `<doc id>/snapshot/<compaction hash hex>`: a whole saved document;
//! - `storage-adapter-id`: the id samod gives this storage.

use std::str::FromStr;

use automerge::ChangeHash;
use samod::storage::StorageKey;

/// What a key says about the chunk stored under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ChunkKind {
    /// One change; the hash comes from the key itself.
    Incremental { doc_id: String, hash: ChangeHash },
    /// A saved document; its heads are in the chunk's header.
    Snapshot { doc_id: String },
    /// Anything else (the storage id, or a key shape samod may add later).
    Other,
}

impl ChunkKind {
    pub(super) fn of(key: &StorageKey) -> Self {
        let parts: Vec<&str> = key.into_iter().map(String::as_str).collect();
        match parts.as_slice() {
            [doc_id, "incremental", hash] => match ChangeHash::from_str(hash) {
                Ok(hash) => ChunkKind::Incremental { doc_id: (*doc_id).to_owned(), hash },
                // Not a change hash: keep the chunk, but it proves nothing.
                Err(_) => ChunkKind::Other,
            },
            [doc_id, "snapshot", _] => ChunkKind::Snapshot { doc_id: (*doc_id).to_owned() },
            _ => ChunkKind::Other,
        }
    }

    pub(super) fn doc_id(&self) -> Option<&str> {
        match self {
            ChunkKind::Incremental { doc_id, .. } | ChunkKind::Snapshot { doc_id } => Some(doc_id),
            ChunkKind::Other => None,
        }
    }
}

/// The document a key belongs to: its first part (samod puts every chunk
/// of a document under the document's id).
pub(super) fn document(key: &StorageKey) -> Option<&str> {
    key.into_iter().next().map(String::as_str)
}

/// The row key of an incremental change of `doc_id`.
pub(super) fn incremental_key(doc_id: &str, hash: &ChangeHash) -> String {
    format!("{doc_id}/incremental/{hash}")
}

/// The half-open range `[p/, p0)` holding every key strictly below prefix
/// `p`: keys compare bytewise and `'0'` is the byte after `'/'`, so every
/// string that starts with `p/` sorts inside it and nothing else does (in
/// particular not the sibling `p0…`, e.g. `doc10` for prefix `doc1`).
pub(super) fn descendant_range(prefix: &str) -> (String, String) {
    (format!("{prefix}/"), format!("{prefix}0"))
}

/// Parses a row key back into samod's key; `None` for a row no valid
/// [`StorageKey`] could have written (an empty part).
pub(super) fn parse(key: &str) -> Option<StorageKey> {
    StorageKey::from_parts(key.split('/')).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(parts: &[&str]) -> StorageKey {
        StorageKey::from_parts(parts).expect("valid key")
    }

    #[test]
    fn classifies_samod_keys() {
        let hash = ChangeHash([7; 32]);
        assert_eq!(ChunkKind::of(&key(&["d", "incremental", &hash.to_string()])), ChunkKind::Incremental { doc_id: "d".into(), hash });
        assert_eq!(ChunkKind::of(&key(&["d", "snapshot", "abc"])), ChunkKind::Snapshot { doc_id: "d".into() });
        assert_eq!(ChunkKind::of(&key(&["storage-adapter-id"])), ChunkKind::Other);
        assert_eq!(ChunkKind::of(&key(&["d", "incremental", "not-hex"])), ChunkKind::Other);
        assert_eq!(incremental_key("d", &hash), key(&["d", "incremental", &hash.to_string()]).to_string());
    }

    #[test]
    fn round_trips_keys() {
        let k = key(&["a", "b", "c"]);
        assert_eq!(parse(&k.to_string()), Some(k));
        assert_eq!(parse("a//c"), None);
    }
}
