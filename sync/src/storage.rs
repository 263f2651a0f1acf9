//! samod's key/value storage on one SQLite file.
//!
//! samod stores each document as chunks under hierarchical keys (see
//! [`keys`]): one chunk per change while a document is young, then
//! "compacted" snapshots. [`SqliteStorage`] keeps them in a `chunks` table
//! keyed by the joined key, so samod's prefix loads are range scans on the
//! primary key, and derives two small tables as it writes: `documents`
//! (which documents exist) and `snapshot_heads` (which changes each
//! snapshot ends in, for the [durability gate](crate::durability)).
//!
//! - **Writes** go through one writer thread that commits whatever is
//!   queued in one transaction (group commit; see [`writer`]). `put` and
//!   `delete` complete only once their transaction has committed, in the
//!   order they were called.
//! - **Reads** run on a small pool of read-only connections on tokio's
//!   blocking threads; in WAL mode they never wait for the writer.
//! - Each commit bumps a counter that can be watched
//!   ([`SqliteStorage::subscribe_commits`]), and announces which documents
//!   it stored chunks of ([`SqliteStorage::subscribe_stored`]); each stored
//!   chunk also bumps its document's `documents.stored_version` in the same
//!   transaction, so what a commit announced can be found again after a
//!   crash.
//!
//! - **Erasure** ([`SqliteStorage::erase`], see [`erasure`]) deletes a
//!   document's chunks and rows, zeroes their bytes in the file and its WAL,
//!   and leaves a tombstone: later writes for the document are dropped.
//!
//! [`versions`] answers the rest of the server's questions about stored
//! documents (how often each was stored to; whether a file is usable) so
//! that nothing outside this module reads its tables.
//!
//! Nothing here logs chunk contents: they are people's documents.

mod erasure;
mod keys;
mod retired;
pub mod schema;
mod snapshot;
pub mod versions;
mod writer;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use automerge::ChangeHash;
use rusqlite::{Connection, OpenFlags};
use samod::DocumentId;
use samod::storage::{Storage, StorageKey};
use tokio::sync::{broadcast, oneshot, watch};

pub use erasure::Tombstones;
pub use schema::{SCHEMA_VERSION, migrate};

use retired::Retired;
use writer::{Command, Writer};

/// Idle read connections kept open. Reads are short (one key, or one
/// document's chunks) and the server has few cores; more concurrent reads
/// than this open a connection and close it after use.
const MAX_IDLE_READERS: usize = 4;

/// Commits' announcements a slow listener may fall behind by before it
/// misses some (and is told so: see [`SqliteStorage::subscribe_stored`]).
const STORED_BACKLOG: usize = 256;

/// The documents one commit stored chunks of, each once.
pub type StoredDocuments = Arc<Vec<String>>;

/// Attempts at a failing read before giving up on it.
const READ_ATTEMPTS: u32 = 3;

/// Why the storage could not be opened or read.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot open {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the database has schema version {found}, newer than this build's {supported}")]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("the database cannot use write-ahead logging (journal mode {0})")]
    NoWal(String),
    #[error("cannot start the database writer thread: {0}")]
    WriterThread(std::io::Error),
    #[error("a database read was cancelled: {0}")]
    ReadTask(String),
    #[error("the document is erased, but readers kept the write-ahead log from being emptied; erase it again to finish")]
    WalBusy,
    #[error("the database is closed")]
    Closed,
}

/// samod's [`Storage`] on one SQLite file. Cheap to clone: every clone
/// shares the writer thread and the read pool.
#[derive(Clone)]
pub struct SqliteStorage {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    commands: mpsc::Sender<Command>,
    commits: watch::Receiver<u64>,
    stored: broadcast::Sender<StoredDocuments>,
    idle_readers: Mutex<Vec<Connection>>,
    retired: Arc<Mutex<Retired>>,
    tombstones: Tombstones,
    writer_thread: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for SqliteStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStorage").field("path", &self.inner.path).finish_non_exhaustive()
    }
}

/// How to open the storage. The default is what production uses.
#[derive(Debug, Clone, Default)]
pub struct StorageOptions {
    /// Fault injection for tests: sleep this long before each commit. It
    /// widens the window between samod's sync reply and the write it
    /// acknowledges, so a crash test can tell whether the durability gate
    /// closes that window. Never set in production.
    pub slow_commits: Option<std::time::Duration>,
}

impl SqliteStorage {
    /// Opens (creating if needed) the database at `path`, migrates it to
    /// [`SCHEMA_VERSION`] and starts the writer thread. The parent folder
    /// must exist.
    pub fn open(path: &Path) -> Result<Self, StorageError> {
        Self::open_with(path, StorageOptions::default())
    }

    /// [`Self::open`] with options.
    pub fn open_with(path: &Path, options: StorageOptions) -> Result<Self, StorageError> {
        let mut conn = Connection::open(path).map_err(|source| StorageError::Open { path: path.to_owned(), source })?;
        schema::configure_writer(&conn)?;
        // A file from before `secure_delete` (storage version 1 or 2) is
        // rewritten once; an unreadable version is left to `migrate`.
        if matches!(schema::version_in_file(&conn, &schema::STORAGE), Ok(1 | 2)) {
            erasure::scrub_older_file(&conn)?;
        }
        migrate(&mut conn)?;
        let tombstones = Tombstones::load(&conn)?;

        let (commands, receiver) = mpsc::channel();
        let (commits_tx, commits) = watch::channel(0);
        let retired = Arc::new(Mutex::new(Retired::default()));
        let (stored, _) = broadcast::channel(STORED_BACKLOG);
        let writer = Writer {
            conn,
            commands: receiver,
            commits: commits_tx,
            stored: stored.clone(),
            retired: retired.clone(),
            tombstones: tombstones.clone(),
            slow_commits: options.slow_commits,
        };
        let thread =
            std::thread::Builder::new().name("hospes-db-writer".into()).spawn(move || writer.run()).map_err(StorageError::WriterThread)?;

        Ok(SqliteStorage {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                commands,
                commits,
                stored,
                idle_readers: Mutex::new(Vec::new()),
                retired,
                tombstones,
                writer_thread: Mutex::new(Some(thread)),
            }),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// How many documents have ever had a chunk stored.
    pub fn document_count(&self) -> Result<u64, StorageError> {
        let count: i64 = self.with_reader(|conn| conn.prepare_cached("SELECT COUNT(*) FROM documents")?.query_row([], |row| row.get(0)))?;
        // COUNT(*) is never negative.
        Ok(count.unsigned_abs())
    }

    /// A receiver of the number of commits so far; it changes after every
    /// commit. Subscribe *before* checking a condition that a commit can
    /// make true, then re-check after each change.
    pub fn subscribe_commits(&self) -> watch::Receiver<u64> {
        self.inner.commits.clone()
    }

    /// The documents each commit from now on stores chunks of (new
    /// changes, or a compaction's snapshot), announced after the commit.
    /// A listener that falls more than a few hundred commits behind gets
    /// [`broadcast::error::RecvError::Lagged`] and should look for what
    /// it missed by `documents.stored_version`.
    pub fn subscribe_stored(&self) -> broadcast::Receiver<StoredDocuments> {
        self.inner.stored.subscribe()
    }

    /// Whether every change in `hashes` of document `doc_id` is committed:
    /// stored as an incremental chunk, as the head of a snapshot chunk, or
    /// (after a compaction) inside a snapshot that superseded its chunk.
    ///
    /// Stored changes' ancestors are stored too: a change is put only after
    /// its ancestors were (samod saves in causal order and commits are FIFO),
    /// and a snapshot holds the whole document.
    pub fn is_durable(&self, doc_id: &str, hashes: &[ChangeHash]) -> Result<bool, StorageError> {
        // An erased document's changes will never be stored; holding a frame
        // for them would stall its connection for good. What such a frame
        // acknowledges, the author asked to be forgotten.
        if hashes.is_empty() || self.inner.tombstones.contains(doc_id) {
            return Ok(true);
        }
        let missing = self.with_reader(|conn| {
            let mut incremental = conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM chunks WHERE key = ?1)")?;
            let mut snapshot_head = conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM snapshot_heads WHERE doc_id = ?1 AND hash = ?2)")?;
            let mut missing = Vec::new();
            for hash in hashes {
                let stored = incremental.query_row([keys::incremental_key(doc_id, hash)], |row| row.get(0))?
                    || snapshot_head.query_row((doc_id, &hash.0[..]), |row| row.get(0))?;
                if !stored {
                    missing.push(*hash);
                }
            }
            Ok(missing)
        })?;
        if missing.is_empty() {
            return Ok(true);
        }
        // Checked after the database on purpose: the writer records a
        // retirement before the deletion commits (see `retired`).
        let retired = self.inner.retired.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(missing.iter().all(|hash| retired.contains(doc_id, hash)))
    }

    /// Erases `doc`: deletes every chunk of it and its rows, overwrites
    /// their bytes in the file and empties the WAL, and records a tombstone
    /// so that every later write for it is dropped (see [`erasure`]).
    ///
    /// Enqueued now, after every write already queued (which is committed
    /// first and erased too); completes when the tombstone is committed and
    /// the WAL emptied. [`StorageError::WalBusy`] means the document is
    /// erased and refused but readers kept old pages in the WAL: erase it
    /// again later (erasing twice is harmless; shutdown also empties the
    /// WAL). samod keeps the document in memory until restart: see
    /// [`Self::is_erased`].
    pub fn erase(&self, doc: &DocumentId) -> impl Future<Output = Result<(), StorageError>> + Send + 'static {
        let (done, erased) = oneshot::channel();
        let sent = self.inner.commands.send(Command::Erase { doc_id: doc.to_string(), done }).is_ok();
        let this = self.clone();
        async move {
            if !sent {
                return Err(StorageError::Closed);
            }
            let result = erased.await.unwrap_or(Err(StorageError::Closed));
            // Idle readers' page caches held the document; let them go.
            this.inner.idle_readers.lock().unwrap_or_else(PoisonError::into_inner).clear();
            result
        }
    }

    /// Whether `doc` has been erased (now or in an earlier run). The share
    /// policy denies an erased document to every peer; the server should
    /// also not register it again nor open it from the repo, where samod
    /// may still hold it in memory until restart.
    pub fn is_erased(&self, doc: &DocumentId) -> bool {
        self.inner.tombstones.contains(&doc.to_string())
    }

    /// The erased documents, for the share policy.
    pub fn tombstones(&self) -> Tombstones {
        self.inner.tombstones.clone()
    }

    /// Lets every write queued so far commit, stops the writer and folds the
    /// write-ahead log into the database file.
    ///
    /// Stop the samod repo first: a `put` after `close` is never committed,
    /// and so (by design) its future never completes. Closing twice is fine.
    pub async fn close(&self) {
        self.inner.idle_readers.lock().unwrap_or_else(PoisonError::into_inner).clear();
        let (done, closed) = oneshot::channel();
        if self.inner.commands.send(Command::Close { done }).is_ok() {
            // An error only means the writer had already stopped.
            let _ = closed.await;
        }
        let thread = self.inner.writer_thread.lock().unwrap_or_else(PoisonError::into_inner).take();
        if let Some(thread) = thread {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
    }

    /// Enqueues a write now (not when the returned future is first polled:
    /// that is what makes commit order equal call order) and returns a
    /// future that completes when it has committed.
    fn write(&self, command: impl FnOnce(oneshot::Sender<()>) -> Command) -> impl Future<Output = ()> + Send + 'static {
        let (done, committed) = oneshot::channel();
        let sent = self.inner.commands.send(command(done)).is_ok();
        async move {
            if sent && committed.await.is_ok() {
                return;
            }
            // The writer has stopped (after `close`). Completing would tell
            // samod the write is stored; it is not, so never complete.
            tracing::error!("write after the database was closed; it is not stored");
            std::future::pending::<()>().await
        }
    }

    /// Runs `f` on an idle read connection (or a new one).
    fn with_reader<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T, StorageError> {
        let idle = self.inner.idle_readers.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let conn = match idle {
            Some(conn) => conn,
            None => self.open_reader()?,
        };
        let result = f(&conn);
        let mut idle = self.inner.idle_readers.lock().unwrap_or_else(PoisonError::into_inner);
        if idle.len() < MAX_IDLE_READERS {
            idle.push(conn);
        }
        Ok(result?)
    }

    fn open_reader(&self) -> Result<Connection, StorageError> {
        let conn = Connection::open_with_flags(&self.inner.path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|source| StorageError::Open { path: self.inner.path.clone(), source })?;
        schema::configure(&conn)?;
        Ok(conn)
    }

    /// Runs a read on a blocking thread, retrying a failing one a few times.
    /// `what` names the operation in logs (never the data).
    async fn read<T: Send + 'static>(
        &self,
        what: &'static str,
        f: impl Fn(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, StorageError> {
        let this = self.clone();
        let task = tokio::task::spawn_blocking(move || {
            let mut attempt = 1;
            loop {
                match this.with_reader(&f) {
                    Ok(value) => return Ok(value),
                    Err(error) if attempt < READ_ATTEMPTS => {
                        tracing::warn!(%error, what, attempt, "read failed, retrying");
                        std::thread::sleep(Duration::from_millis(50 * u64::from(attempt)));
                        attempt += 1;
                    }
                    Err(error) => return Err(error),
                }
            }
        });
        task.await.map_err(|error| StorageError::ReadTask(error.to_string()))?
    }

    /// Every stored chunk of `doc` (snapshots and incremental changes)
    /// one after another: what Automerge loads as the saved document.
    /// `None` when nothing of it is stored.
    pub async fn saved_document(&self, doc: &DocumentId) -> Result<Option<Vec<u8>>, StorageError> {
        let chunks = self.load_prefix(doc.to_string()).await?;
        if chunks.is_empty() {
            return Ok(None);
        }
        Ok(Some(chunks.into_iter().flat_map(|(_, data)| data).collect()))
    }

    async fn load_row(&self, key: String) -> Result<Option<Vec<u8>>, StorageError> {
        self.read("load", move |conn| {
            let mut stmt = conn.prepare_cached("SELECT data FROM chunks WHERE key = ?1")?;
            let mut rows = stmt.query([&key])?;
            match rows.next()? {
                Some(row) => Ok(Some(row.get(0)?)),
                None => Ok(None),
            }
        })
        .await
    }

    async fn load_prefix(&self, prefix: String) -> Result<Vec<(String, Vec<u8>)>, StorageError> {
        self.read("load_range", move |conn| {
            let collect =
                |rows: rusqlite::Rows<'_>| rows.mapped(|row| Ok((row.get(0)?, row.get(1)?))).collect::<rusqlite::Result<Vec<_>>>();
            if prefix.is_empty() {
                // The empty key is a prefix of every key.
                let mut stmt = conn.prepare_cached("SELECT key, data FROM chunks")?;
                return collect(stmt.query([])?);
            }
            let (low, high) = keys::descendant_range(&prefix);
            let mut stmt = conn.prepare_cached(PREFIX_LOAD)?;
            collect(stmt.query((&prefix, &low, &high))?)
        })
        .await
    }
}

/// A prefix load: two lookups on the key's index, the key itself and the
/// range of keys below it. Written as UNION ALL so each half is an index
/// search rather than a scan.
const PREFIX_LOAD: &str = "SELECT key, data FROM chunks WHERE key = ?1 \
     UNION ALL \
     SELECT key, data FROM chunks WHERE key >= ?2 AND key < ?3";

// samod cannot be told that a read failed: it gets "no data". That never
// destroys anything (samod deletes only chunks it has seen), but a document
// may look missing until the next load, so failures are logged as errors.
impl Storage for SqliteStorage {
    fn load(&self, key: StorageKey) -> impl Future<Output = Option<Vec<u8>>> + Send {
        let this = self.clone();
        async move {
            this.load_row(key.to_string()).await.unwrap_or_else(|error| {
                tracing::error!(%error, "cannot load a chunk; answering 'not found'");
                None
            })
        }
    }

    fn load_range(&self, prefix: StorageKey) -> impl Future<Output = HashMap<StorageKey, Vec<u8>>> + Send {
        let this = self.clone();
        async move {
            let rows = this.load_prefix(prefix.to_string()).await.unwrap_or_else(|error| {
                tracing::error!(%error, "cannot load chunks; answering 'none'");
                Vec::new()
            });
            rows.into_iter()
                .filter_map(|(key, data)| match keys::parse(&key) {
                    Some(key) => Some((key, data)),
                    None => {
                        tracing::warn!(%key, "skipping a row whose key samod cannot have written");
                        None
                    }
                })
                .collect()
        }
    }

    fn put(&self, key: StorageKey, data: Vec<u8>) -> impl Future<Output = ()> + Send {
        self.write(|done| Command::Put { key, data, done })
    }

    fn delete(&self, key: StorageKey) -> impl Future<Output = ()> + Send {
        self.write(|done| Command::Delete { key, done })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both halves of the prefix query must be searches on the key's index,
    /// never a scan of the table.
    #[test]
    fn prefix_load_uses_the_key_index() {
        let dir = tempfile::tempdir().expect("tempdir");
        let storage = SqliteStorage::open(&dir.path().join("t.db")).expect("open");
        let plan = storage
            .with_reader(|conn| {
                let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {PREFIX_LOAD}"))?;
                stmt.query_map(["a", "a/", "a0"], |row| row.get::<_, String>(3))?.collect::<rusqlite::Result<Vec<_>>>()
            })
            .expect("plan");
        let searches = plan.iter().filter(|line| line.starts_with("SEARCH chunks USING INDEX") && line.contains("(key")).count();
        assert_eq!(searches, 2, "query plan: {plan:?}");
        assert!(!plan.iter().any(|line| line.starts_with("SCAN")), "query plan: {plan:?}");
    }

    #[tokio::test]
    async fn snapshot_heads_rows_go_with_their_snapshot() {
        let dir = tempfile::tempdir().expect("tempdir");
        let storage = SqliteStorage::open(&dir.path().join("t.db")).expect("open");
        let mut doc = automerge::Automerge::new();
        let mut tx = doc.transaction();
        automerge::transaction::Transactable::put(&mut tx, automerge::ROOT, "k", 1).expect("put");
        tx.commit();
        let snapshot = StorageKey::from_parts(["d", "snapshot", "c"]).expect("key");
        let rows = |storage: &SqliteStorage| {
            storage.with_reader(|conn| conn.query_row("SELECT COUNT(*) FROM snapshot_heads", [], |r| r.get::<_, i64>(0))).expect("count")
        };
        Storage::put(&storage, snapshot.clone(), doc.save()).await;
        // The same snapshot again (a retry after a crash) adds nothing.
        Storage::put(&storage, snapshot.clone(), doc.save()).await;
        assert_eq!(rows(&storage), 1);
        Storage::delete(&storage, snapshot).await;
        assert_eq!(rows(&storage), 0);
    }

    #[tokio::test]
    async fn commits_announce_and_count_the_documents_they_store() {
        let dir = tempfile::tempdir().expect("tempdir");
        let storage = SqliteStorage::open(&dir.path().join("t.db")).expect("open");
        let mut stored = storage.subscribe_stored();
        let version = |doc: &str| {
            storage
                .with_reader(|conn| conn.query_row("SELECT stored_version FROM documents WHERE doc_id = ?1", [doc], |r| r.get::<_, i64>(0)))
                .expect("a documents row")
        };
        let chunk = |doc: &str, hash: &str| StorageKey::from_parts([doc, "incremental", hash]).expect("key");
        let (a, b) = ("a".repeat(64), "b".repeat(64));
        Storage::put(&storage, chunk("doc1", &a), vec![1]).await;
        assert_eq!(*stored.recv().await.expect("announced"), ["doc1"]);
        // Two chunks of one document in one commit: announced once,
        // counted twice.
        let first = Storage::put(&storage, chunk("doc2", &a), vec![1]);
        let second = Storage::put(&storage, chunk("doc2", &b), vec![2]);
        let ((), ()) = tokio::join!(first, second);
        let mut announcements = Vec::new();
        while let Ok(documents) = stored.try_recv() {
            announcements.push(documents);
        }
        assert!(!announcements.is_empty() && announcements.iter().all(|documents| **documents == ["doc2"]), "{announcements:?}");
        assert_eq!((version("doc1"), version("doc2")), (1, 2));
        // Deleting stores nothing new.
        Storage::delete(&storage, chunk("doc1", &a)).await;
        assert!(stored.try_recv().is_err());
        assert_eq!(version("doc1"), 1);
    }

    #[test]
    fn refuses_a_newer_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.db");
        {
            let conn = Connection::open(&path).expect("open");
            conn.execute_batch("PRAGMA user_version = 999").expect("set version");
        }
        assert!(matches!(SqliteStorage::open(&path), Err(StorageError::SchemaTooNew { found: 999, .. })));
    }

    #[test]
    fn sets_the_pragmas() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.db");
        let storage = SqliteStorage::open(&path).expect("open");
        let (mode, version, secure_delete): (String, u32, i64) = storage
            .with_reader(|conn| {
                Ok((
                    conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                    conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                    conn.query_row("PRAGMA secure_delete", [], |r| r.get(0))?,
                ))
            })
            .expect("pragmas");
        assert_eq!(mode, "wal");
        assert_eq!(version, schema::VERSIONED);
        // 1 is ON (2 would be FAST, which keeps freed overflow pages).
        assert_eq!(secure_delete, 1);
    }
}
