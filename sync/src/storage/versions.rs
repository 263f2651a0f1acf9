//! What other parts of the server may ask about the stored documents
//! without knowing this module's tables: how often each was stored to, and
//! whether a file is one this build can open. Plain functions on a
//! connection, so they run inside the caller's transaction.

use rusqlite::{Connection, OptionalExtension};

use super::SCHEMA_VERSION;

/// How many times chunks of `doc_id` have been stored (each stored chunk
/// bumps it in the writer's transaction); `None` if nothing of it is.
pub fn stored_version(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT stored_version FROM documents WHERE doc_id = ?1", [doc_id], |row| row.get(0))
        .optional()
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
    #[error("schema version {found}; this build reads 1 to {SCHEMA_VERSION}")]
    UnknownSchema { found: u32 },
    #[error("{0}")]
    Unreadable(#[from] rusqlite::Error),
}

/// Checks a hospes file (a backup, say) read-only: sound, of a schema this
/// build knows, with its chunks table readable. Returns its chunk count.
pub fn check_file(conn: &Connection) -> Result<i64, UnusableFile> {
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    if integrity != "ok" {
        return Err(UnusableFile::Damaged(integrity));
    }
    let found: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found == 0 || found > SCHEMA_VERSION {
        return Err(UnusableFile::UnknownSchema { found });
    }
    Ok(conn.query_row("SELECT COUNT(*) FROM chunks", [], |row| row.get(0))?)
}
