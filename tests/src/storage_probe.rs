//! Looks into a server's SQLite file from the outside, the way a restore
//! would: which chunks a document has and what they say. Used to show that
//! a denied change never reached storage.

use std::path::Path;
use std::time::Duration;

use automerge::{Automerge, ROOT, ReadDoc};
use rusqlite::{Connection, OpenFlags};

fn open(database: &Path) -> Connection {
    Connection::open_with_flags(database, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("the database opens read-only")
}

/// Whether any chunk of `document` is stored.
pub fn has_chunks(database: &Path, document: &str) -> bool {
    open(database)
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM chunks WHERE key LIKE ?1 || '/%')",
            [document],
            |row| row.get(0),
        )
        .expect("a query")
}

/// The document as stored: every chunk loaded into one document.
pub fn stored_document(database: &Path, document: &str) -> Automerge {
    let conn = open(database);
    let mut stmt = conn
        .prepare("SELECT data FROM chunks WHERE key LIKE ?1 || '/%'")
        .expect("a query");
    let chunks = stmt
        .query_map([document], |row| row.get::<_, Vec<u8>>(0))
        .expect("rows")
        .collect::<Result<Vec<_>, _>>()
        .expect("readable");
    let mut doc = Automerge::new();
    for chunk in chunks {
        doc.load_incremental(&chunk).expect("a valid chunk");
    }
    doc
}

/// Waits up to `timeout` for the stored document's `key` to read `value`.
pub async fn wait_for_value(database: &Path, document: &str, key: &str, value: &str, timeout: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let doc = stored_document(database, document);
        let current = doc.get(ROOT, key).ok().flatten().and_then(|(v, _)| v.into_string().ok());
        if current.as_deref() == Some(value) {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
