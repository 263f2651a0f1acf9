//! The heads of a snapshot chunk, read from its header.
//!
//! A snapshot is `Automerge::save()`: a document chunk whose header carries
//! the document's heads before any column data:
//!
//! ```text
//! magic (85 6f 4a 83) | checksum (4) | chunk type (1, 0 = document) | uLEB length
//! | uLEB actor count, each: uLEB length + bytes
//! | uLEB head count, each: 32-byte change hash
//! | …columns…
//! ```
//!
//! Reading those few bytes costs nothing next to decoding the whole
//! document, which the writer thread would otherwise do for every
//! compaction. If the header does not parse (a format we do not know), we
//! fall back to loading the document.

use automerge::ChangeHash;

use crate::wire::{Reader, WireError};

const MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
const DOCUMENT_CHUNK: u8 = 0;

/// The heads recorded in a saved document, or `None` if `bytes` is not one.
pub(super) fn heads(bytes: &[u8]) -> Option<Vec<ChangeHash>> {
    match header_heads(bytes) {
        Ok(heads) => Some(heads),
        Err(error) => {
            tracing::debug!(%error, "snapshot header not understood, loading the document");
            automerge::Automerge::load_unverified_heads(bytes).map(|doc| doc.get_heads()).ok()
        }
    }
}

fn header_heads(bytes: &[u8]) -> Result<Vec<ChangeHash>, WireError> {
    let mut r = Reader::new(bytes);
    if r.take(4)? != MAGIC {
        return Err(WireError::Malformed("not an automerge chunk"));
    }
    r.take(4)?; // checksum
    if r.take(1)? != [DOCUMENT_CHUNK] {
        return Err(WireError::Malformed("not a document chunk"));
    }
    let len = r.uleb()?;
    let mut body = Reader::new(r.take_len(len)?);
    let actors = body.uleb()?;
    for _ in 0..actors {
        let actor_len = body.uleb()?;
        body.take_len(actor_len)?;
    }
    body.change_hashes()
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{Automerge, ROOT};

    use super::*;

    #[test]
    fn header_heads_match_the_document() {
        let mut doc = Automerge::new();
        for i in 0..3 {
            let mut tx = doc.transaction();
            tx.put(ROOT, "n", i as i64).expect("put");
            tx.commit();
        }
        // A concurrent branch, so there are two heads.
        let mut other = doc.fork();
        let mut tx = other.transaction();
        tx.put(ROOT, "m", "x").expect("put");
        tx.commit();
        let mut tx = doc.transaction();
        tx.put(ROOT, "k", "y").expect("put");
        tx.commit();
        doc.merge(&mut other).expect("merge");

        let mut expected = doc.get_heads();
        expected.sort();
        assert_eq!(expected.len(), 2);
        let mut got = header_heads(&doc.save()).expect("header parses");
        got.sort();
        assert_eq!(got, expected);
        let mut got = header_heads(&doc.save_nocompress()).expect("header parses");
        got.sort();
        assert_eq!(got, expected);
    }

    #[test]
    fn empty_document_has_no_heads() {
        assert_eq!(heads(&Automerge::new().save()), Some(vec![]));
    }

    #[test]
    fn garbage_has_no_heads() {
        assert_eq!(heads(b"not a document"), None);
        assert!(header_heads(&[0x85, 0x6f, 0x4a, 0x83, 0, 0, 0, 0, 0, 0xff]).is_err());
    }
}
