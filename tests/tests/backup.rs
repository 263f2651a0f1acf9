//! Acceptance: `hospes backup` copies the database while the server serves
//! and writes; `hospes restore` puts it into an empty data directory, and
//! the server started on it serves the same documents with the same heads.
//! Restore refuses a directory a server is running on, or one that holds a
//! database; backup refuses to overwrite a file.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use automerge::{ChangeHash, ReadDoc};
use hospes_tests::{ServerProcess, User, client, fixtures, media, server};
use reqwest::StatusCode;
use samod::DocHandle;
use serde_json::json;

const STILL: usize = 12;
const BUSY: usize = 4;

fn heads(handle: &DocHandle) -> Vec<ChangeHash> {
    let mut heads = handle.with_document(|doc| doc.get_heads());
    heads.sort();
    heads
}

async fn new_service(hospes: &ServerProcess, repo: &samod::Repo, editor: &User) -> DocHandle {
    let handle = repo.create(fixtures::document_of_kind("service", None)).await.expect("created");
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(editor, &id, json!({ "kind": "service", "city": "liege" })).await, StatusCode::CREATED);
    handle
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_write_load_restores_the_same_documents_with_the_same_heads() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.city_with_editor("liege", "elif").await;
    let phone = client::repo(&editor).await;
    let link = client::connect(&phone, &hospes.sync_url(), &editor).await;

    // Documents left alone while the backup runs: their heads are known.
    let mut still = Vec::new();
    for n in 0..STILL {
        let handle = new_service(&hospes, &phone, &editor).await;
        for edit in 0..3 {
            client::put(&handle, "note", &format!("still {n}, edit {edit}"));
        }
        client::acknowledged(&handle, &link).await;
        still.push((handle.document_id().clone(), heads(&handle)));
    }

    // Documents edited without pause all the while.
    let mut busy = Vec::new();
    for _ in 0..BUSY {
        let handle = new_service(&hospes, &phone, &editor).await;
        client::put(&handle, "note", "busy from the start");
        client::acknowledged(&handle, &link).await;
        busy.push(handle);
    }
    let writing = Arc::new(AtomicBool::new(true));
    let edits = Arc::new(AtomicU64::new(0));
    let writers: Vec<_> = busy
        .iter()
        .cloned()
        .map(|handle| {
            let (writing, edits, link_id) = (writing.clone(), edits.clone(), link.connection_id().expect("connected"));
            tokio::spawn(async move {
                while writing.load(Ordering::Relaxed) {
                    let edit = edits.fetch_add(1, Ordering::Relaxed);
                    client::put(&handle, "note", &format!("busy edit {edit}"));
                    // Wait for the server to store it, so the load is real.
                    tokio::time::timeout(Duration::from_secs(20), handle.they_have_our_changes(link_id)).await.expect("acknowledged");
                }
            })
        })
        .collect();
    // The backup starts once every writer is well under way.
    tokio::time::timeout(Duration::from_secs(60), async {
        while edits.load(Ordering::Relaxed) < 4 * BUSY as u64 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the writers get going within 60 s");

    let file = tempfile::tempdir().unwrap();
    let backup = file.path().join("hospes-backup.sqlite");
    let path = backup.to_str().unwrap();
    let printed = hospes.command(&["backup", path]);
    assert!(printed.contains("backed up"), "{printed}");
    writing.store(false, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    let (overwrote, why) = hospes_tests::accounts::command(dir.path(), &["backup", path]);
    assert!(!overwrote && why.contains("exists"), "backup over an existing file: {why}");

    // Restoring beneath the running server is refused, and changes nothing.
    let (restored, why) = hospes_tests::accounts::command(dir.path(), &["restore", path]);
    assert!(!restored && why.contains("running"), "restore beneath a running server: {why}");

    // Into an empty directory it works, once.
    let restored_dir = server::data_dir();
    let (restored, why) = hospes_tests::accounts::command(restored_dir.path(), &["restore", path]);
    assert!(restored, "restore: {why}");
    let (again, why) = hospes_tests::accounts::command(restored_dir.path(), &["restore", path]);
    assert!(!again && why.contains("already holds a database"), "restore over a database: {why}");

    // The restored server serves the same documents: the still ones with
    // the very same heads, the busy ones as they were at some moment.
    let final_busy: Vec<(samod::DocumentId, automerge::Automerge)> =
        busy.iter().map(|handle| (handle.document_id().clone(), handle.with_document(|doc| doc.clone()))).collect();
    drop(link);
    drop(hospes);
    let restored_server = ServerProcess::start(restored_dir.path(), &[]).await;
    // Sessions are in the backup too: the editor's token still works.
    let laptop = client::repo(&editor).await;
    let _restored_link = client::connect(&laptop, &restored_server.sync_url(), &editor).await;
    for (id, expected) in &still {
        let found = tokio::time::timeout(Duration::from_secs(20), laptop.find(id.clone()))
            .await
            .expect("found within 20 s")
            .expect("the repo runs")
            .unwrap_or_else(|| panic!("{id} is missing from the restored server"));
        assert_eq!(&heads(&found), expected, "{id}");
    }
    for (id, final_doc) in &final_busy {
        let found = laptop.find(id.clone()).await.expect("the repo runs").unwrap_or_else(|| panic!("{id} is missing"));
        for head in heads(&found) {
            assert!(final_doc.get_change_by_hash(&head).is_some(), "{id}: a head the writer never made");
        }
        assert!(found.with_document(|doc| doc.get(automerge::ROOT, "note").unwrap().is_some()), "{id} has its edits");
    }
}

#[tokio::test]
async fn the_archive_groups_recordings_are_in_the_backup_and_come_back_with_the_restore() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.add_city("liege");
    hospes.add_group("liege", "voices");
    let member = hospes.add_user("amal", "liege", "group_member", &["--group", "voices"]).await;
    let hash = media::upload_recording(&hospes, "liege", "voices", &member).await;
    let original = media::read(&hospes, Some(&member), &hash).await.bytes().await.unwrap();

    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("hospes.backup");
    hospes.command(&["backup", file.to_str().unwrap()]);
    assert!(hospes.terminate().await.success());

    let restored_dir = server::data_dir();
    let (restored, why) = hospes_tests::accounts::command(restored_dir.path(), &["restore", file.to_str().unwrap()]);
    assert!(restored, "{why}");
    let restored = ServerProcess::start(restored_dir.path(), &[]).await;
    let again = restored.sign_in(&member.name, &member.passphrase).await;
    let response = media::read(&restored, Some(&again), &hash).await;
    assert_eq!(response.status(), StatusCode::OK, "the recording came back with the restore");
    assert_eq!(response.bytes().await.unwrap(), original);
    assert!(restored.terminate().await.success());
}
