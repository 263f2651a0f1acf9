//! The wire reader (`hospes_sync::wire`) on arbitrary bytes, taken both as
//! a whole frame and as the sync message inside one.
//!
//! Besides "never panics", the reader must agree with automerge: the
//! durability gate holds a reply until the heads *we* read are stored, so
//! heads that differ from the ones the client reads would acknowledge
//! changes that are not on disk.

#![no_main]

use automerge::sync::Message;
use hospes_sync::wire;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // As a frame: what it borrows lies inside the frame.
    if let Ok(message) = wire::parse_message(bytes) {
        let frame = bytes.as_ptr_range();
        for borrowed in [Some(message.kind.as_bytes()), message.document_id.map(str::as_bytes), message.data] {
            if let Some(borrowed) = borrowed.filter(|b| !b.is_empty()) {
                assert!(frame.contains(&borrowed.as_ptr()), "a field that does not point into the frame");
            }
        }
        if let Some(data) = message.data {
            agrees_with_automerge(data);
        }
    }
    let _ = wire::outgoing_sync_heads(bytes);
    // As the `data` of a sync message.
    agrees_with_automerge(bytes);
});

/// Wherever automerge decodes a sync message, we read the same heads.
fn agrees_with_automerge(data: &[u8]) {
    let ours = wire::sync_message_heads(data);
    if let Ok(message) = Message::decode(data) {
        match ours {
            Ok(heads) => assert_eq!(heads, message.heads, "heads differ from automerge's"),
            Err(error) => panic!("automerge decodes a sync message whose heads we refuse: {error}"),
        }
    }
}
