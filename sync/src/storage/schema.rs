//! The layout of the SQLite file and how it is brought up to date.
//!
//! Each part of the server with tables of its own (this storage, the
//! server's accounts, publications, ...) is a [`Component`] with its own
//! migration steps, and its own version in the `schema_versions` table:
//! step `i` takes a component from version `i` to `i + 1`. A component's
//! steps run in one transaction, so a file is never left half-migrated;
//! steps are never edited once released, because files in the wild have
//! already run them.
//!
//! Files from before components were versioned apart kept one
//! `PRAGMA user_version` over all steps ([`LEGACY`] says how it maps); they
//! are converted on first open. Versioned files carry [`VERSIONED`] in
//! `user_version`, higher than any legacy version, so an older build
//! refuses them as too new instead of guessing.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::StorageError;

/// A part of the server with its own tables.
#[derive(Debug, Clone, Copy)]
pub struct Component {
    pub name: &'static str,
    /// Oldest first; never edited once released.
    pub steps: &'static [&'static str],
}

impl Component {
    /// The version this build writes and understands.
    pub fn version(&self) -> u32 {
        self.steps.len() as u32
    }
}

/// samod's chunks and what the storage derives from them.
pub const STORAGE: Component = Component { name: "storage", steps: STORAGE_STEPS };

const STORAGE_STEPS: &[&str] = &[
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
    // 2: a per-document counter of stored chunks.
    r#"
    -- Bumped by the writer in the same transaction as every chunk it
    -- stores for the document: a durable "something new was stored"
    -- counter, so that work started by a commit (auto-publish) can be
    -- found again after a crash without loading any document.
    ALTER TABLE documents ADD COLUMN stored_version INTEGER NOT NULL DEFAULT 0;

"#,
    // 3: tombstones of erased documents.
    r#"
    -- A document erased at its author's request: its chunks and rows are
    -- gone, and the storage refuses to store it again (see `erasure`).
    CREATE TABLE erased_documents (
        doc_id    TEXT PRIMARY KEY NOT NULL,
        erased_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    "#,
];

/// `user_version` of a file whose components are versioned in
/// `schema_versions`.
pub const VERSIONED: u32 = 1000;

/// Legacy `user_version` -> (storage steps, server steps) it had applied:
/// the single list interleaved them (its step 4 was storage's 2 and the
/// server's 3).
const LEGACY: &[(u32, u32)] = &[(0, 0), (1, 0), (1, 1), (1, 2), (2, 3), (2, 4)];

/// The component that owned the legacy list's other steps.
const LEGACY_SERVER: &str = "server";

/// The storage's schema version (kept for callers that report it).
pub const SCHEMA_VERSION: u32 = STORAGE_STEPS.len() as u32;

/// Brings the file behind `conn` to this build's storage schema.
pub fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    migrate_component(conn, &STORAGE)
}

/// Brings `component`'s tables in the file behind `conn` to its latest
/// version. Refuses a file written by a newer build
/// ([`StorageError::SchemaTooNew`]) rather than guessing what its extra
/// tables mean.
pub fn migrate_component(conn: &mut Connection, component: &Component) -> Result<(), StorageError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    versioned(&tx)?;
    let found = component_version(&tx, component.name)?;
    if found > component.version() {
        return Err(StorageError::SchemaTooNew { found, supported: component.version() });
    }
    for step in &component.steps[found as usize..] {
        tx.execute_batch(step)?;
    }
    tx.execute(
        "INSERT INTO schema_versions (component, version) VALUES (?1, ?2)
         ON CONFLICT (component) DO UPDATE SET version = excluded.version",
        params![component.name, component.version()],
    )?;
    tx.commit()?;
    Ok(())
}

/// `component`'s version in a file that may not have been converted yet
/// (a backup from an older build, read without writing to it).
pub fn version_in_file(conn: &Connection, component: &Component) -> Result<u32, StorageError> {
    let found: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found == VERSIONED {
        return component_version(conn, component.name);
    }
    match LEGACY.get(found as usize) {
        Some(&(storage, _)) if component.name == STORAGE.name => Ok(storage),
        Some(&(_, server)) if component.name == LEGACY_SERVER => Ok(server),
        Some(_) => Ok(0),
        None => Err(StorageError::SchemaTooNew { found, supported: VERSIONED }),
    }
}

/// `name`'s version in the file (0 if it has none yet).
fn component_version(conn: &Connection, name: &str) -> Result<u32, StorageError> {
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions')", [], |row| {
            row.get(0)
        })?;
    if !exists {
        return Ok(0);
    }
    Ok(conn.query_row("SELECT version FROM schema_versions WHERE component = ?1", [name], |row| row.get(0)).optional()?.unwrap_or(0))
}

/// Makes sure the file keeps per-component versions, converting a legacy
/// file (or a new, empty one).
fn versioned(tx: &Transaction<'_>) -> Result<(), StorageError> {
    let found: u32 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found == VERSIONED {
        return Ok(());
    }
    let Some(&(storage, server)) = LEGACY.get(found as usize).filter(|_| found < VERSIONED) else {
        return Err(StorageError::SchemaTooNew { found, supported: VERSIONED });
    };
    tx.execute_batch(
        "CREATE TABLE schema_versions (
             component TEXT PRIMARY KEY NOT NULL,
             version   INTEGER NOT NULL
         ) WITHOUT ROWID;",
    )?;
    for (name, version) in [(STORAGE.name, storage), (LEGACY_SERVER, server)] {
        if version > 0 {
            tx.execute("INSERT INTO schema_versions (component, version) VALUES (?1, ?2)", params![name, version])?;
        }
    }
    // PRAGMA takes no bound parameters; the value is our own constant.
    tx.execute_batch(&format!("PRAGMA user_version = {VERSIONED}"))?;
    Ok(())
}

/// How long a connection waits for a lock before failing: waiting beats
/// failing when a checkpoint or another process holds one.
pub(super) const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Settings every connection (writer and readers) needs.
pub(super) fn configure(conn: &Connection) -> Result<(), StorageError> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Deleted rows and freed pages are overwritten with zeros, so that an
    // erased document (or a chunk a compaction superseded) leaves no bytes
    // behind in the file. ON rather than FAST: FAST leaves freed overflow
    // pages, which hold most of a snapshot, as they were.
    conn.pragma_update(None, "secure_delete", "ON")?;
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
