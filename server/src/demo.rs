//! Sample content for `hospes serve --demo`.
//!
//! Everything seeded here is fictional and marked as sample data. The
//! foundation seeds one welcome note; the content work replaces it with
//! sample cities, services, articles and events.

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ObjType, ROOT};
use hospes_sync::storage::{SqliteStorage, StorageError};
use samod::Repo;

/// Seeds the sample content when the database holds no document yet, so
/// that restarting with `--demo` never duplicates or overwrites anything.
pub async fn seed_if_empty(repo: &Repo, storage: &SqliteStorage) -> Result<(), StorageError> {
    if storage.document_count()? > 0 {
        return Ok(());
    }
    let mut note = automerge::Automerge::new();
    note.transact::<_, _, AutomergeError>(|tx| {
        tx.put(ROOT, "kind", "note")?;
        tx.put(ROOT, "sample", true)?;
        let title = tx.put_object(ROOT, "title", ObjType::Map)?;
        let english = tx.put_object(&title, "en", ObjType::Text)?;
        tx.splice_text(&english, 0, 0, "Welcome to hospes (sample data)")?;
        let french = tx.put_object(&title, "fr", ObjType::Text)?;
        tx.splice_text(&french, 0, 0, "Bienvenue sur hospes (données d'exemple)")?;
        Ok(())
    })
    .expect("building a fresh document cannot conflict");
    match repo.create(note).await {
        Ok(handle) => tracing::info!("seeded demo content: {}", handle.url()),
        Err(_stopped) => tracing::warn!("the repo stopped before the demo content was seeded"),
    }
    Ok(())
}
