//! Looks into a server's SQLite file from the outside, the way a restore
//! would: which chunks a document has and what they say, which documents are
//! registered and which versions are pinned. Used to show that a denied
//! change never reached storage, and what a killed server left on disk.

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
        .query_row("SELECT EXISTS (SELECT 1 FROM chunks WHERE key LIKE ?1 || '/%')", [document], |row| row.get(0))
        .expect("a query")
}

/// The document as stored: every chunk loaded into one document.
pub fn stored_document(database: &Path, document: &str) -> Automerge {
    let conn = open(database);
    let mut stmt = conn.prepare("SELECT data FROM chunks WHERE key LIKE ?1 || '/%'").expect("a query");
    let chunks =
        stmt.query_map([document], |row| row.get::<_, Vec<u8>>(0)).expect("rows").collect::<Result<Vec<_>, _>>().expect("readable");
    let mut doc = Automerge::new();
    for chunk in chunks {
        doc.load_incremental(&chunk).expect("a valid chunk");
    }
    doc
}

/// Every chunk key (`<doc>/incremental/<hash>`, `<doc>/snapshot/<hash>`).
pub fn chunk_keys(database: &Path) -> Vec<String> {
    let conn = open(database);
    let mut stmt = conn.prepare("SELECT key FROM chunks").expect("a query");
    stmt.query_map([], |row| row.get(0)).expect("rows").collect::<Result<_, _>>().expect("readable")
}

/// Whether `document` is registered (has a kind and a scope).
pub fn is_registered(database: &Path, document: &str) -> bool {
    open(database)
        .query_row("SELECT EXISTS (SELECT 1 FROM document_classes WHERE doc_id = ?1)", [document], |row| row.get(0))
        .expect("a query")
}

/// Each published document with the heads (hex) its publication pins.
pub fn pinned_heads(database: &Path) -> Vec<(String, Vec<String>)> {
    let conn = open(database);
    let mut stmt = conn.prepare("SELECT doc_id, heads FROM publications").expect("a query");
    stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))
        .expect("rows")
        .map(|row| {
            let (doc, heads) = row.expect("readable");
            let heads = heads.split(',').filter(|h| !h.is_empty()).map(str::to_string).collect();
            (doc, heads)
        })
        .collect()
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

/// The files under `data_dir` (the database, its WAL, media, anything)
/// whose raw bytes contain `needle`: what an erasure must leave empty.
pub fn files_containing(data_dir: &Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
    files_under(data_dir).into_iter().filter(|path| std::fs::read(path).is_ok_and(|bytes| crate::media::contains(&bytes, needle))).collect()
}

/// Every file under `folder`, in its subfolders too.
pub fn files_under(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the folder is readable").flatten() {
            let path = entry.path();
            if path.is_dir() { folders.push(path) } else { found.push(path) }
        }
    }
    found.sort();
    found
}
