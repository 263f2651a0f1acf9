//! `SqliteStorage` through samod's `Storage` trait, as samod uses it.

use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ROOT};
use hospes_sync::storage::SqliteStorage;
use samod::storage::{Storage, StorageKey};

fn key(parts: &[&str]) -> StorageKey {
    StorageKey::from_parts(parts).expect("valid key")
}

fn open() -> (tempfile::TempDir, SqliteStorage) {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    (dir, storage)
}

/// A document with `n` changes, and the raw bytes of each change.
fn changes(n: i64) -> (Automerge, Vec<(ChangeHash, Vec<u8>)>) {
    let mut doc = Automerge::new();
    for i in 0..n {
        let mut tx = doc.transaction();
        tx.put(ROOT, "n", i).expect("put");
        tx.commit();
    }
    let raw = doc.get_changes(&[]).into_iter().map(|c| (c.hash(), c.raw_bytes().to_vec())).collect();
    (doc, raw)
}

#[tokio::test]
async fn round_trip() {
    let (_dir, storage) = open();
    let k = key(&["doc", "incremental", "abc"]);
    assert_eq!(storage.load(k.clone()).await, None);
    storage.put(k.clone(), b"hello".to_vec()).await;
    assert_eq!(storage.load(k.clone()).await, Some(b"hello".to_vec()));
    // A second put under the same key replaces the value.
    storage.put(k.clone(), b"again".to_vec()).await;
    assert_eq!(storage.load(k).await, Some(b"again".to_vec()));
    // Empty values are values.
    let empty = key(&["storage-adapter-id"]);
    storage.put(empty.clone(), Vec::new()).await;
    assert_eq!(storage.load(empty).await, Some(Vec::new()));
}

#[tokio::test]
async fn range_loads_match_whole_parts_only() {
    let (_dir, storage) = open();
    let all = [
        vec!["doc1"],
        vec!["doc1", "incremental", "a"],
        vec!["doc1", "incremental", "b"],
        vec!["doc1", "snapshot", "c"],
        vec!["doc10", "incremental", "a"],
        vec!["doc1-x", "incremental", "a"],
        vec!["doc0", "incremental", "a"],
        vec!["doc", "incremental", "a"],
        vec!["storage-adapter-id"],
    ];
    for parts in &all {
        storage.put(key(parts), parts.join("|").into_bytes()).await;
    }

    let got = storage.load_range(key(&["doc1"])).await;
    let mut names: Vec<String> = got.keys().map(ToString::to_string).collect();
    names.sort();
    assert_eq!(names, ["doc1", "doc1/incremental/a", "doc1/incremental/b", "doc1/snapshot/c"]);
    assert_eq!(got[&key(&["doc1", "snapshot", "c"])], b"doc1|snapshot|c");

    let got = storage.load_range(key(&["doc1", "incremental"])).await;
    assert_eq!(got.len(), 2);

    // A full key is its own range.
    let got = storage.load_range(key(&["doc10", "incremental", "a"])).await;
    assert_eq!(got.len(), 1);

    // The empty prefix is every key.
    let got = storage.load_range(key(&[])).await;
    assert_eq!(got.len(), all.len());

    assert!(storage.load_range(key(&["nothing"])).await.is_empty());
}

#[tokio::test]
async fn deletes() {
    let (_dir, storage) = open();
    let a = key(&["d", "incremental", "a"]);
    let b = key(&["d", "incremental", "b"]);
    storage.put(a.clone(), vec![1]).await;
    storage.put(b.clone(), vec![2]).await;
    storage.delete(a.clone()).await;
    assert_eq!(storage.load(a.clone()).await, None);
    assert_eq!(storage.load(b).await, Some(vec![2]));
    // Deleting what is not there is fine.
    storage.delete(a).await;
    storage.delete(key(&["never", "stored"])).await;
    assert_eq!(storage.load_range(key(&["d"])).await.len(), 1);
}

#[tokio::test]
async fn counts_documents() {
    let (_dir, storage) = open();
    assert_eq!(storage.document_count().expect("count"), 0);
    storage.put(key(&["storage-adapter-id"]), vec![1]).await;
    assert_eq!(storage.document_count().expect("count"), 0);
    let (doc, raw) = changes(2);
    for (hash, bytes) in &raw {
        storage.put(key(&["d1", "incremental", &hash.to_string()]), bytes.clone()).await;
    }
    storage.put(key(&["d2", "snapshot", "x"]), doc.save()).await;
    assert_eq!(storage.document_count().expect("count"), 2);
}

#[tokio::test]
async fn persists_across_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hospes.db");
    let (_, raw) = changes(3);
    {
        let storage = SqliteStorage::open(&path).expect("open");
        assert_eq!(storage.path(), path);
        for (hash, bytes) in &raw {
            storage.put(key(&["d", "incremental", &hash.to_string()]), bytes.clone()).await;
        }
        storage.close().await;
        // Closing twice is harmless.
        storage.close().await;
    }
    // The checkpoint folded the WAL into the database file.
    let wal = dir.path().join("hospes.db-wal");
    assert!(!wal.exists() || std::fs::metadata(&wal).expect("wal").len() == 0);

    let storage = SqliteStorage::open(&path).expect("reopen");
    let got = storage.load_range(key(&["d"])).await;
    assert_eq!(got.len(), raw.len());
    for (hash, bytes) in &raw {
        assert_eq!(&got[&key(&["d", "incremental", &hash.to_string()])], bytes);
    }
    let hashes: Vec<_> = raw.iter().map(|(h, _)| *h).collect();
    assert!(storage.is_durable("d", &hashes).expect("is_durable"));
}

#[tokio::test]
async fn writes_without_close_survive_drop() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hospes.db");
    {
        let storage = SqliteStorage::open(&path).expect("open");
        storage.put(key(&["k"]), vec![7]).await;
    }
    let storage = SqliteStorage::open(&path).expect("reopen");
    assert_eq!(storage.load(key(&["k"])).await, Some(vec![7]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_puts_all_commit() {
    let (_dir, storage) = open();
    let commits = storage.subscribe_commits();
    let tasks = 32;
    let per_task = 25;
    let mut handles = Vec::new();
    for t in 0..tasks {
        let storage = storage.clone();
        handles.push(tokio::spawn(async move {
            for i in 0..per_task {
                let k = key(&[&format!("doc{t}"), "incremental", &format!("{i:04}")]);
                storage.put(k, format!("{t}-{i}").into_bytes()).await;
            }
        }));
    }
    for handle in handles {
        handle.await.expect("task");
    }
    let all = storage.load_range(key(&[])).await;
    assert_eq!(all.len(), tasks * per_task);
    for t in 0..tasks {
        for i in 0..per_task {
            let k = key(&[&format!("doc{t}"), "incremental", &format!("{i:04}")]);
            assert_eq!(all[&k], format!("{t}-{i}").into_bytes());
        }
    }
    let commit_count = *commits.borrow();
    assert!(commit_count >= 1 && commit_count <= (tasks * per_task) as u64);
}

#[tokio::test]
async fn puts_commit_in_call_order() {
    let (_dir, storage) = open();
    let k = key(&["same"]);
    // Futures created in order but polled in reverse: the value written by
    // the last *call* must win, whatever the polling order.
    let futures: Vec<_> = (0u8..50).map(|i| storage.put(k.clone(), vec![i])).collect();
    for f in futures.into_iter().rev() {
        f.await;
    }
    assert_eq!(storage.load(k).await, Some(vec![49]));
}

#[tokio::test]
async fn is_durable_sees_incrementals() {
    let (_dir, storage) = open();
    let (_, raw) = changes(3);
    let hashes: Vec<_> = raw.iter().map(|(h, _)| *h).collect();
    assert!(storage.is_durable("d", &[]).expect("is_durable"));
    assert!(!storage.is_durable("d", &hashes[..1]).expect("is_durable"));

    storage.put(key(&["d", "incremental", &hashes[0].to_string()]), raw[0].1.clone()).await;
    assert!(storage.is_durable("d", &hashes[..1]).expect("is_durable"));
    assert!(!storage.is_durable("d", &hashes[..2]).expect("is_durable"));
    // Another document's change is not this one's.
    assert!(!storage.is_durable("other", &hashes[..1]).expect("is_durable"));
}

#[tokio::test]
async fn snapshot_heads_are_tracked() {
    let (_dir, storage) = open();
    let (mut doc, raw) = changes(4);
    let hashes: Vec<_> = raw.iter().map(|(h, _)| *h).collect();
    let snapshot = key(&["d", "snapshot", "c1"]);
    storage.put(snapshot.clone(), doc.save()).await;
    // The head is durable; a change inside the snapshot that is not a head
    // is not known to be (the gate only ever asks about heads).
    assert!(storage.is_durable("d", &doc.get_heads()).expect("is_durable"));
    assert!(!storage.is_durable("d", &hashes[..1]).expect("is_durable"));
    assert!(!storage.is_durable("other", &doc.get_heads()).expect("is_durable"));

    // A later change is not in the old snapshot.
    let mut tx = doc.transaction();
    tx.put(ROOT, "later", true).expect("put");
    tx.commit();
    let later = doc.get_heads();
    assert!(!storage.is_durable("d", &later).expect("is_durable"));
    storage.put(key(&["d", "snapshot", "c2"]), doc.save()).await;
    assert!(storage.is_durable("d", &later).expect("is_durable"));
}

/// What samod's compaction does: write a snapshot, then delete the chunks it
/// supersedes. Hashes that were durable stay durable.
#[tokio::test]
async fn compaction_keeps_changes_durable() {
    let (_dir, storage) = open();
    let (doc, raw) = changes(5);
    let mut incremental_keys = Vec::new();
    for (hash, bytes) in &raw {
        let k = key(&["d", "incremental", &hash.to_string()]);
        storage.put(k.clone(), bytes.clone()).await;
        incremental_keys.push(k);
    }
    let old_snapshot = key(&["d", "snapshot", "old"]);
    let (old_doc, _) = changes(1);
    storage.put(old_snapshot.clone(), old_doc.save()).await;

    storage.put(key(&["d", "snapshot", "new"]), doc.save()).await;
    for k in &incremental_keys {
        storage.delete(k.clone()).await;
    }
    storage.delete(old_snapshot).await;

    let remaining: HashMap<_, _> = storage.load_range(key(&["d"])).await;
    assert_eq!(remaining.len(), 1);
    for (hash, _) in &raw {
        assert!(storage.is_durable("d", &[*hash]).expect("is_durable"));
    }
    assert!(storage.is_durable("d", &old_doc.get_heads()).expect("is_durable"));
    // Deleting a chunk that was never stored does not make it durable.
    let (_, never) = changes(7);
    let ghost = never[6].0;
    storage.delete(key(&["d", "incremental", &ghost.to_string()])).await;
    assert!(!storage.is_durable("d", &[ghost]).expect("is_durable"));
}
