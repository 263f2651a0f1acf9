//! The durability gate holds sync frames until what they acknowledge is
//! committed.
//!
//! "Pending" is asserted with a short timeout that must elapse; completion
//! with a generous one that only guards against hanging the test run.

use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ROOT};
use futures::channel::mpsc;
use futures::{SinkExt, StreamExt};
use hospes_sync::durability::{DurabilityGate, hold_until_durable};
use hospes_sync::storage::SqliteStorage;
use minicbor::Encoder;
use samod::storage::{Storage, StorageKey};

const STILL_PENDING: Duration = Duration::from_millis(100);
const NO_HANG: Duration = Duration::from_secs(30);

fn open() -> (tempfile::TempDir, SqliteStorage) {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    (dir, storage)
}

/// One change and its raw bytes.
fn a_change() -> (ChangeHash, Vec<u8>) {
    let mut doc = Automerge::new();
    let mut tx = doc.transaction();
    tx.put(ROOT, "k", "v").expect("put");
    tx.commit();
    let change = doc.get_changes(&[]).pop().expect("one change");
    (change.hash(), change.raw_bytes().to_vec())
}

/// An automerge-repo frame of `kind` for `doc` whose sync message announces
/// `heads` (with empty need/have/changes, which the gate does not read).
fn frame(kind: &str, doc: &str, heads: &[ChangeHash]) -> Vec<u8> {
    let mut sync_message = vec![0x42, u8::try_from(heads.len()).expect("few heads")];
    for head in heads {
        sync_message.extend_from_slice(&head.0);
    }
    sync_message.extend([0, 0, 0]);
    let mut e = Encoder::new(Vec::new());
    e.map(5).expect("encode");
    e.str("type").expect("encode").str(kind).expect("encode");
    e.str("senderId").expect("encode").str("server").expect("encode");
    e.str("targetId").expect("encode").str("client").expect("encode");
    e.str("documentId").expect("encode").str(doc).expect("encode");
    e.str("data").expect("encode").bytes(&sync_message).expect("encode");
    e.into_writer()
}

fn incremental(doc: &str, hash: &ChangeHash) -> StorageKey {
    StorageKey::from_parts([doc, "incremental", &hash.to_string()]).expect("key")
}

#[tokio::test]
async fn a_frame_waits_for_its_heads() {
    let (_dir, storage) = open();
    let gate = DurabilityGate::new(storage.clone());
    let (hash, bytes) = a_change();
    let f = frame("sync", "doc", &[hash]);

    let mut wait = Box::pin(gate.wait_until_durable(&f));
    assert!(tokio::time::timeout(STILL_PENDING, &mut wait).await.is_err(), "released before the change was stored");
    // Another document's commit does not release it.
    storage.put(incremental("other", &hash), bytes.clone()).await;
    assert!(tokio::time::timeout(STILL_PENDING, &mut wait).await.is_err());

    storage.put(incremental("doc", &hash), bytes).await;
    tokio::time::timeout(NO_HANG, wait).await.expect("released after the commit");
}

#[tokio::test]
async fn frames_without_unstored_heads_pass() {
    let (_dir, storage) = open();
    let gate = DurabilityGate::new(storage.clone());
    let (hash, bytes) = a_change();
    storage.put(incremental("doc", &hash), bytes).await;

    for f in [
        frame("sync", "doc", &[hash]),
        frame("request", "doc", &[]),
        frame("sync", "doc", &[]),
        // Not sync messages: they acknowledge nothing.
        frame("ephemeral", "doc", &[ChangeHash([1; 32])]),
        frame("doc-unavailable", "doc", &[ChangeHash([1; 32])]),
        // Unreadable: passed on unchecked.
        b"\xff\x00garbage".to_vec(),
    ] {
        tokio::time::timeout(NO_HANG, gate.wait_until_durable(&f)).await.expect("passes");
    }
}

/// An erased document's changes will never be stored: a frame waiting for
/// them must not stall its connection for good.
#[tokio::test]
async fn a_frame_for_an_erased_document_is_released() {
    let (_dir, storage) = open();
    let gate = DurabilityGate::new(storage.clone());
    let doc = samod::DocumentId::try_from(vec![5u8; 16]).expect("a uuid");
    let f = frame("sync", &doc.to_string(), &[ChangeHash([1; 32])]);
    let mut wait = Box::pin(gate.wait_until_durable(&f));
    assert!(tokio::time::timeout(STILL_PENDING, &mut wait).await.is_err());
    storage.erase(&doc).await.expect("erased");
    tokio::time::timeout(NO_HANG, wait).await.expect("released after the erasure");
}

#[tokio::test]
async fn the_sink_holds_frames_in_order() {
    let (_dir, storage) = open();
    let gate = DurabilityGate::new(storage.clone());
    let (hash, bytes) = a_change();
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(16);
    let mut sink = Box::pin(hold_until_durable(tx, gate));

    let held = frame("sync", "doc", &[hash]);
    let after = frame("ephemeral", "doc", &[]);
    let sender = {
        let (held, after) = (held.clone(), after.clone());
        tokio::spawn(async move {
            sink.send(held).await.expect("send");
            sink.send(after).await.expect("send");
            sink
        })
    };
    // Neither frame leaves: the second is queued behind the first.
    assert!(tokio::time::timeout(STILL_PENDING, rx.next()).await.is_err());

    storage.put(incremental("doc", &hash), bytes).await;
    let first = tokio::time::timeout(NO_HANG, rx.next()).await.expect("released");
    assert_eq!(first, Some(held));
    let second = tokio::time::timeout(NO_HANG, rx.next()).await.expect("released");
    assert_eq!(second, Some(after));
    let _sink = sender.await.expect("sender task");
}

#[test]
fn the_held_sink_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    let (tx, _rx) = mpsc::channel::<Vec<u8>>(1);
    let sink = hold_until_durable(tx, DurabilityGate::new(storage));
    assert_send(&sink);
}
