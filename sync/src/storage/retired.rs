//! Changes that were durable and whose chunk has since been deleted.
//!
//! samod compacts a document by writing a snapshot and, once that put has
//! completed, deleting the chunks it supersedes (incrementals and older
//! snapshots). A change whose incremental chunk was deleted is still stored
//! (inside the snapshot), but not as a key nor as a snapshot *head*, so
//! [`SqliteStorage::is_durable`](super::SqliteStorage::is_durable) could no
//! longer see it. A sync message generated before the compaction but sent
//! after it (a slow connection) would then wait for a commit that never
//! comes. This set remembers such hashes.
//!
//! It is in memory and bounded: two generations of [`GENERATION`] entries;
//! when the current one fills up, the previous one is dropped. A frame would
//! have to wait behind that many retirements server-wide to be affected.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use automerge::ChangeHash;

const GENERATION: usize = 16_384;

#[derive(Debug, Default)]
pub(super) struct Retired {
    current: HashSet<(ChangeHash, u64)>,
    previous: HashSet<(ChangeHash, u64)>,
}

/// The document id is kept as a 64-bit hash: the same change can live in
/// two documents (a cloned document), so the id matters, but storing it
/// whole would triple the memory.
fn doc_key(doc_id: &str) -> u64 {
    let mut h = DefaultHasher::new();
    doc_id.hash(&mut h);
    h.finish()
}

impl Retired {
    pub(super) fn insert(&mut self, doc_id: &str, hash: ChangeHash) {
        if self.current.len() >= GENERATION {
            self.previous = std::mem::take(&mut self.current);
        }
        self.current.insert((hash, doc_key(doc_id)));
    }

    pub(super) fn contains(&self, doc_id: &str, hash: &ChangeHash) -> bool {
        let key = (*hash, doc_key(doc_id));
        self.current.contains(&key) || self.previous.contains(&key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_per_document_and_forgets_old_generations() {
        let mut r = Retired::default();
        let h = ChangeHash([1; 32]);
        r.insert("a", h);
        assert!(r.contains("a", &h));
        assert!(!r.contains("b", &h));
        for i in 0..GENERATION as u32 {
            let mut bytes = [0u8; 32];
            bytes[..4].copy_from_slice(&i.to_be_bytes());
            bytes[31] = 9;
            r.insert("x", ChangeHash(bytes));
        }
        // Rotated once: still in the previous generation.
        assert!(r.contains("a", &h));
        for i in 0..GENERATION as u32 {
            let mut bytes = [0u8; 32];
            bytes[..4].copy_from_slice(&i.to_be_bytes());
            bytes[31] = 10;
            r.insert("x", ChangeHash(bytes));
        }
        assert!(!r.contains("a", &h));
    }
}
