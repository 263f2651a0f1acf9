//! A samod repo on `SqliteStorage`: documents outlive the process.

use automerge::transaction::Transactable;
use automerge::{Automerge, ROOT, ReadDoc};
use hospes_sync::storage::SqliteStorage;
use samod::Repo;
use samod::storage::{Storage, StorageKey};

async fn repo_on(storage: SqliteStorage) -> Repo {
    Repo::build_tokio().with_storage(storage).load().await
}

fn title(doc: &Automerge) -> Option<String> {
    doc.get(ROOT, "title").expect("get").map(|(value, _)| value.as_str().expect("a string").to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documents_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hospes.db");

    let (id, heads, edits) = {
        let storage = SqliteStorage::open(&path).expect("open");
        let repo = repo_on(storage.clone()).await;
        let mut initial = Automerge::new();
        let mut tx = initial.transaction();
        tx.put(ROOT, "title", "first").expect("put");
        tx.commit();
        let handle = repo.create(initial).await.expect("create");
        // Edit until samod compacts (it does once more than ten chunks are
        // on disk), so snapshots and deletions are exercised as well. How
        // many edits that takes depends on how fast puts complete.
        let prefix = StorageKey::from_parts([handle.document_id().to_string()]).expect("key");
        let mut edits = 0;
        while edits < 500 {
            handle.with_document(|doc| {
                let mut tx = doc.transaction();
                tx.put(ROOT, "title", format!("edit {edits}")).expect("put");
                tx.put(ROOT, "count", edits as i64).expect("put");
                tx.commit();
            });
            edits += 1;
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
            let compacted = storage.load_range(prefix.clone()).await.keys().any(|k| k.to_string().contains("/snapshot/"));
            if compacted && edits >= 25 {
                break;
            }
        }
        let heads = handle.with_document(|doc| doc.get_heads());
        let id = handle.document_id().clone();
        repo.stop().await;
        // samod waits for its storage tasks before stopping, so the heads
        // are committed now.
        assert!(storage.is_durable(&id.to_string(), &heads).expect("is_durable"));
        assert_eq!(storage.document_count().expect("count"), 1);
        let chunks = storage.load_range(StorageKey::from_parts([id.to_string()]).expect("key")).await;
        assert!(chunks.keys().any(|k| k.to_string().contains("/snapshot/")), "samod compacted: {:?}", chunks.keys().collect::<Vec<_>>());
        storage.close().await;
        (id, heads, edits)
    };

    let storage = SqliteStorage::open(&path).expect("reopen");
    let repo = repo_on(storage.clone()).await;
    let handle = repo.find(id.clone()).await.expect("repo running").expect("document found after restart");
    handle.with_document(|doc| {
        assert_eq!(doc.get_heads(), heads);
        assert_eq!(title(doc).as_deref(), Some(format!("edit {}", edits - 1).as_str()));
    });
    repo.stop().await;
    storage.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_document_is_not_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    let repo = repo_on(storage.clone()).await;
    let unknown = samod::DocumentId::try_from(vec![7u8; 16]).expect("a uuid");
    assert!(repo.find(unknown).await.expect("running").is_none());
    repo.stop().await;
    storage.close().await;
}
