//! What other parts of the server may ask about the stored documents
//! without knowing this module's tables: how often each was stored to, and
//! whether a file is one this build can open. Plain functions on a
//! connection, so they run inside the caller's transaction.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::schema::{Component, STORAGE, version_in_file};

/// How many times chunks of `doc_id` have been stored (each stored chunk
/// bumps it in the writer's transaction); `None` if nothing of it is.
pub fn stored_version(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT stored_version FROM documents WHERE doc_id = ?1", [doc_id], |row| row.get(0)).optional()
}

/// The stored versions of `doc_ids` that have anything stored, by id: one
/// indexed lookup each (a city's list of thousands takes milliseconds).
pub fn stored_versions<'a>(conn: &Connection, doc_ids: impl IntoIterator<Item = &'a str>) -> rusqlite::Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare_cached("SELECT stored_version FROM documents WHERE doc_id = ?1")?;
    let mut found = HashMap::new();
    for doc_id in doc_ids {
        if let Some(version) = stmt.query_row([doc_id], |row| row.get(0)).optional()? {
            found.insert(doc_id.to_string(), version);
        }
    }
    Ok(found)
}

/// Of `seen` (document, the stored version last looked at), the documents
/// stored beyond it, in the given order.
pub fn stored_beyond<'a>(conn: &Connection, seen: impl IntoIterator<Item = (&'a str, i64)>) -> rusqlite::Result<Vec<String>> {
    let mut found = Vec::new();
    for (doc_id, version) in seen {
        if stored_version(conn, doc_id)?.is_some_and(|stored| stored > version) {
            found.push(doc_id.to_string());
        }
    }
    Ok(found)
}

/// Why a file is not one this build can serve from.
#[derive(Debug, thiserror::Error)]
pub enum UnusableFile {
    #[error("SQLite's integrity check says {0}")]
    Damaged(String),
    #[error("its {component} schema is version {found}; this build reads 1 to {supported}")]
    UnknownSchema { component: &'static str, found: u32, supported: u32 },
    #[error("{0}")]
    Unreadable(#[from] rusqlite::Error),
}

/// Checks a hospes file (a backup, say) read-only: sound, with the storage
/// and each of `others` at a schema version this build knows, and its
/// chunks table readable. Returns its chunk count.
pub fn check_file(conn: &Connection, others: &[&Component]) -> Result<i64, UnusableFile> {
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    if integrity != "ok" {
        return Err(UnusableFile::Damaged(integrity));
    }
    for component in std::iter::once(&STORAGE).chain(others.iter().copied()) {
        let unknown = |found| UnusableFile::UnknownSchema { component: component.name, found, supported: component.version() };
        let found = match version_in_file(conn, component) {
            Ok(found) => found,
            Err(super::StorageError::SchemaTooNew { found, .. }) => return Err(unknown(found)),
            Err(super::StorageError::Sqlite(error)) => return Err(error.into()),
            Err(other) => return Err(UnusableFile::Damaged(other.to_string())),
        };
        if found == 0 || found > component.version() {
            return Err(unknown(found));
        }
    }
    Ok(conn.query_row("SELECT COUNT(*) FROM chunks", [], |row| row.get(0))?)
}
