//! The little of the automerge-repo wire format hospes reads itself.
//!
//! samod encodes and decodes the protocol; we only peek at *outgoing*
//! frames, to learn which changes a sync message acknowledges (its
//! `heads`), so the [durability gate](crate::durability) can hold it until
//! those changes are committed. Everything here borrows from the frame: a
//! sync message can carry a whole document and is looked at once per send.
//!
//! A frame is a CBOR map; we read `type` (text), `documentId` (text) and
//! `data` (bytes) and skip every other field. A sync message (`data` of a
//! `sync` or `request` frame) starts with a version byte (`0x42`, or `0x43`
//! for the v2 "whole document" form, which has the same prefix), then the
//! sender's heads: a uLEB128 count and that many 32-byte change hashes.
//!
//! Malformed input is an error, never a panic: these functions also see
//! whatever a bug elsewhere might produce.

use automerge::ChangeHash;
use minicbor::data::Type;
use minicbor::decode::Decoder;

/// Why a frame or sync message could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("invalid CBOR: {0}")]
    Cbor(#[from] minicbor::decode::Error),
    #[error("malformed message: {0}")]
    Malformed(&'static str),
    #[error("message ends early")]
    Truncated,
}

/// The fields of an automerge-repo message that hospes looks at, borrowed
/// from the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepoMessage<'a> {
    /// `type`: `sync`, `request`, `join`, `peer`, `doc-unavailable`, …
    pub kind: &'a str,
    /// `documentId`, for messages about one document.
    pub document_id: Option<&'a str>,
    /// `data`: for `sync` and `request`, an automerge sync message.
    pub data: Option<&'a [u8]>,
}

/// The first byte of an automerge sync message, v1 and v2.
const SYNC_MESSAGE_V1: u8 = 0x42;
const SYNC_MESSAGE_V2: u8 = 0x43;

/// Reads the top-level fields of one frame without copying anything.
///
/// A repeated field keeps its last value, as samod's own decoder does.
pub fn parse_message(frame: &[u8]) -> Result<RepoMessage<'_>, WireError> {
    let mut d = Decoder::new(frame);
    let len = d.map()?;
    let mut kind = None;
    let mut document_id = None;
    let mut data = None;
    let mut read = 0u64;
    loop {
        match len {
            Some(len) if read == len => break,
            None if d.datatype()? == Type::Break => break,
            _ => {}
        }
        read += 1;
        // Keys are text in this protocol; a non-text key is skipped with
        // its value rather than rejected.
        let key = match d.datatype()? {
            Type::String => Some(d.str()?),
            _ => {
                d.skip()?;
                None
            }
        };
        match key {
            Some("type") => kind = Some(d.str()?),
            Some("documentId") => document_id = Some(d.str()?),
            Some("data") => data = Some(bytes(&mut d)?),
            _ => d.skip()?,
        }
    }
    Ok(RepoMessage { kind: kind.ok_or(WireError::Malformed("no type"))?, document_id, data })
}

/// A byte string, possibly behind tags (JS encoders tag typed arrays).
fn bytes<'b>(d: &mut Decoder<'b>) -> Result<&'b [u8], WireError> {
    while d.datatype()? == Type::Tag {
        d.tag()?;
    }
    Ok(d.bytes()?)
}

/// The `heads` of an automerge sync message: the sender's heads when it
/// generated the message, which the receiver takes as "the sender has
/// these changes and all their ancestors".
pub fn sync_message_heads(data: &[u8]) -> Result<Vec<ChangeHash>, WireError> {
    let mut r = Reader::new(data);
    match r.take(1)? {
        [SYNC_MESSAGE_V1] | [SYNC_MESSAGE_V2] => r.change_hashes(),
        _ => Err(WireError::Malformed("not a sync message")),
    }
}

/// For an outgoing `sync` or `request` frame, its document id and the heads
/// it announces; `None` for every other message type.
pub fn outgoing_sync_heads(frame: &[u8]) -> Result<Option<(String, Vec<ChangeHash>)>, WireError> {
    let message = parse_message(frame)?;
    if !matches!(message.kind, "sync" | "request") {
        return Ok(None);
    }
    let document_id = message.document_id.ok_or(WireError::Malformed("sync message without documentId"))?;
    let data = message.data.ok_or(WireError::Malformed("sync message without data"))?;
    Ok(Some((document_id.to_owned(), sync_message_heads(data)?)))
}

/// A cursor over automerge's binary encodings (uLEB128 numbers, change
/// hashes), shared with the snapshot header reader.
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        if n > self.rest.len() {
            return Err(WireError::Truncated);
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(head)
    }

    /// Takes a length read from the input, which may not fit in `usize`.
    pub(crate) fn take_len(&mut self, n: u64) -> Result<&'a [u8], WireError> {
        self.take(usize::try_from(n).map_err(|_| WireError::Truncated)?)
    }

    /// An unsigned LEB128 number of at most 64 bits.
    pub(crate) fn uleb(&mut self) -> Result<u64, WireError> {
        let mut value = 0u64;
        for i in 0..10 {
            let byte = self.take(1)?[0];
            let bits = u64::from(byte & 0x7f);
            // The tenth byte may only contribute the 64th bit.
            if i == 9 && bits > 1 {
                return Err(WireError::Malformed("uLEB128 number overflows 64 bits"));
            }
            value |= bits << (7 * i);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(WireError::Malformed("uLEB128 number overflows 64 bits"))
    }

    /// A uLEB128 count followed by that many 32-byte change hashes.
    pub(crate) fn change_hashes(&mut self) -> Result<Vec<ChangeHash>, WireError> {
        let count = self.uleb()?;
        // Check the length before allocating, so a bogus count cannot make
        // us reserve gigabytes.
        let len = count.checked_mul(32).ok_or(WireError::Truncated)?;
        let raw = self.take_len(len)?;
        Ok(raw
            .chunks_exact(32)
            .map(|hash| {
                let mut bytes = [0u8; 32];
                bytes.copy_from_slice(hash);
                ChangeHash(bytes)
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use automerge::sync::{self, SyncDoc};
    use automerge::transaction::Transactable;
    use automerge::{Automerge, ROOT};
    use minicbor::Encoder;

    use super::*;

    fn doc_with_changes(n: i64) -> Automerge {
        let mut doc = Automerge::new();
        for i in 0..n {
            let mut tx = doc.transaction();
            tx.put(ROOT, "n", i).expect("put");
            tx.commit();
        }
        doc
    }

    /// Real sync messages from an exchange between two documents.
    fn real_sync_messages() -> Vec<Vec<u8>> {
        let mut a = doc_with_changes(3);
        let mut b = Automerge::new();
        let mut tx = b.transaction();
        tx.put(ROOT, "b", "side").expect("put");
        tx.commit();
        let (mut sa, mut sb) = (sync::State::new(), sync::State::new());
        let mut out = Vec::new();
        for _ in 0..10 {
            let mut quiet = true;
            if let Some(m) = a.generate_sync_message(&mut sa) {
                let bytes = m.encode();
                b.receive_sync_message(&mut sb, sync::Message::decode(&bytes).expect("decode")).expect("receive");
                out.push(bytes);
                quiet = false;
            }
            if let Some(m) = b.generate_sync_message(&mut sb) {
                let bytes = m.encode();
                a.receive_sync_message(&mut sa, sync::Message::decode(&bytes).expect("decode")).expect("receive");
                out.push(bytes);
                quiet = false;
            }
            if quiet {
                break;
            }
        }
        assert!(out.len() >= 3, "expected a real exchange");
        out
    }

    fn frame(kind: &str, doc: Option<&str>, data: Option<&[u8]>, extra: bool) -> Vec<u8> {
        let mut e = Encoder::new(Vec::new());
        let fields = 1 + u64::from(doc.is_some()) + u64::from(data.is_some()) + 2 * u64::from(extra);
        e.map(fields).expect("encode");
        if extra {
            e.str("senderId").expect("encode").str("server").expect("encode");
        }
        e.str("type").expect("encode").str(kind).expect("encode");
        if let Some(doc) = doc {
            e.str("documentId").expect("encode").str(doc).expect("encode");
        }
        if extra {
            e.str("peerMetadata").expect("encode");
            e.map(1).expect("encode").str("isEphemeral").expect("encode").bool(false).expect("encode");
        }
        if let Some(data) = data {
            e.str("data").expect("encode").bytes(data).expect("encode");
        }
        e.into_writer()
    }

    #[test]
    fn heads_agree_with_automerge() {
        for bytes in real_sync_messages() {
            let expected = sync::Message::decode(&bytes).expect("decode").heads;
            assert_eq!(sync_message_heads(&bytes).expect("heads"), expected);
        }
    }

    #[test]
    fn reads_sync_and_request_frames() {
        for bytes in real_sync_messages() {
            let expected = sync::Message::decode(&bytes).expect("decode").heads;
            for kind in ["sync", "request"] {
                let f = frame(kind, Some("doc1"), Some(&bytes), true);
                let (doc, heads) = outgoing_sync_heads(&f).expect("parses").expect("is sync");
                assert_eq!(doc, "doc1");
                assert_eq!(heads, expected);
            }
        }
    }

    #[test]
    fn borrows_the_payload() {
        let payload = [SYNC_MESSAGE_V1, 0];
        let f = frame("sync", Some("d"), Some(&payload), false);
        let m = parse_message(&f).expect("parses");
        let data = m.data.expect("has data");
        let range = f.as_ptr_range();
        assert!(range.contains(&data.as_ptr()), "data must point into the frame");
    }

    #[test]
    fn other_messages_are_not_sync() {
        let f = frame("ephemeral", Some("d"), Some(b"whatever"), true);
        assert!(outgoing_sync_heads(&f).expect("parses").is_none());
        let f = frame("join", None, None, true);
        assert!(outgoing_sync_heads(&f).expect("parses").is_none());
    }

    #[test]
    fn malformed_input_is_an_error() {
        let real = real_sync_messages().remove(0);
        let good = frame("sync", Some("d"), Some(&real), true);
        // Every truncation of a good frame, and some garbage.
        for n in 0..good.len() {
            assert!(outgoing_sync_heads(&good[..n]).is_err(), "prefix {n} accepted");
        }
        assert!(outgoing_sync_heads(b"").is_err());
        assert!(outgoing_sync_heads(&[0xff; 64]).is_err());
        assert!(outgoing_sync_heads(&frame("sync", None, Some(&real), false)).is_err());
        assert!(outgoing_sync_heads(&frame("sync", Some("d"), None, false)).is_err());
        assert!(outgoing_sync_heads(&frame("sync", Some("d"), Some(b"\x41\x00"), false)).is_err());
        // A head count far beyond the input.
        let huge = [SYNC_MESSAGE_V1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert!(sync_message_heads(&huge).is_err());
        // A uLEB128 number longer than 64 bits.
        let long = [SYNC_MESSAGE_V1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert!(sync_message_heads(&long).is_err());
    }

    #[test]
    fn every_byte_flip_is_handled() {
        // Not a fuzzer, but cheap: no flipped frame may panic.
        let real = real_sync_messages().remove(1);
        let good = frame("sync", Some("doc"), Some(&real), true);
        for i in 0..good.len() {
            for bit in 0..8 {
                let mut bad = good.clone();
                bad[i] ^= 1 << bit;
                let _ = outgoing_sync_heads(&bad);
            }
        }
    }

    #[test]
    fn indefinite_map_and_tagged_bytes() {
        let payload = [SYNC_MESSAGE_V2, 1];
        let mut payload = payload.to_vec();
        payload.extend([9u8; 32]);
        let mut e = Encoder::new(Vec::new());
        e.begin_map().expect("encode");
        e.str("type").expect("encode").str("sync").expect("encode");
        e.str("documentId").expect("encode").str("d").expect("encode");
        e.str("data").expect("encode");
        e.tag(minicbor::data::Tag::new(64)).expect("encode").bytes(&payload).expect("encode");
        e.end().expect("encode");
        let (doc, heads) = outgoing_sync_heads(e.writer()).expect("parses").expect("sync");
        assert_eq!(doc, "d");
        assert_eq!(heads, vec![ChangeHash([9; 32])]);
    }
}
