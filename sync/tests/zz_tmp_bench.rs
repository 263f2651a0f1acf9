use hospes_sync::storage::SqliteStorage;
use samod::storage::{Storage, StorageKey};
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bench() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStorage::open(&dir.path().join("b.db")).unwrap();
    let c = s.subscribe_commits();
    let t = std::time::Instant::now();
    let mut hs = vec![];
    for d in 0..1000 { let s = s.clone(); hs.push(tokio::spawn(async move { for i in 0..6 { s.put(StorageKey::from_parts([format!("doc{d}"), "incremental".into(), format!("{i:064}")]).unwrap(), vec![1u8; 300]).await; } })); }
    for h in hs { h.await.unwrap(); }
    println!("6000 puts in {:?}, {} commits", t.elapsed(), *c.borrow());
}
