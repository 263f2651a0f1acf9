//! The layout of the SQLite file and how it is brought up to date.
//!
//! The schema version lives in `PRAGMA user_version`. Each entry of
//! [`MIGRATIONS`] takes the file from version `i` to `i + 1`; they run in one
//! transaction, so a file is never left half-migrated. Later features (the
//! server's own tables) append entries here; entries are never edited once
//! released, because files in the wild have already run them.

use rusqlite::Connection;

use super::StorageError;

/// Schema steps, oldest first. Index `i` migrates version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: samod's key/value chunks and what we derive from them.
    r#"
    -- samod's chunks, keyed by the StorageKey joined with '/'. A prefix load
    -- is a range scan over the key's unique index. Chunks are often larger
    -- than SQLite's advice for WITHOUT ROWID tables (a twentieth of a page),
    -- so this stays an ordinary rowid table.
    CREATE TABLE chunks (
        key  TEXT PRIMARY KEY NOT NULL,
        data BLOB NOT NULL
    );

    -- Every document that has ever had a chunk stored, for counting and
    -- listing without scanning chunks.
    CREATE TABLE documents (
        doc_id          TEXT PRIMARY KEY NOT NULL,
        first_stored_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- The heads of each snapshot chunk, so the durability gate can tell
    -- whether a change is stored without loading the snapshot.
    CREATE TABLE snapshot_heads (
        snapshot_key TEXT NOT NULL REFERENCES chunks(key) ON DELETE CASCADE,
        doc_id       TEXT NOT NULL,
        hash         BLOB NOT NULL,
        PRIMARY KEY (snapshot_key, hash)
    ) WITHOUT ROWID;
    CREATE INDEX snapshot_heads_by_doc ON snapshot_heads (doc_id, hash);
    "#,
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Brings the file behind `conn` to [`SCHEMA_VERSION`].
///
/// Refuses a file written by a newer build ([`StorageError::SchemaTooNew`])
/// rather than guessing what its extra tables mean.
pub fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let found: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StorageError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for step in &MIGRATIONS[found as usize..] {
        tx.execute_batch(step)?;
    }
    // PRAGMA takes no bound parameters; the value is our own constant.
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    tx.commit()?;
    Ok(())
}

/// Settings every connection (writer and readers) needs.
pub(super) fn configure(conn: &Connection) -> Result<(), StorageError> {
    // Waiting beats failing when a checkpoint or another process holds a lock.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Settings only the writer sets: they are persistent (journal mode) or
/// only matter to the connection that writes.
pub(super) fn configure_writer(conn: &Connection) -> Result<(), StorageError> {
    configure(conn)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StorageError::NoWal(mode));
    }
    // FULL: the WAL is fsynced at every commit, so a commit that returned
    // survives power loss, not only a process crash. NORMAL would be faster
    // but may lose the last commits on power loss, and those may already
    // have been acknowledged to clients.
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}
