//! The server's own connection to the SQLite file (accounts, roles,
//! sessions, invites, document classes, publications, audit log), whose
//! tables [`crate::migrations`] keeps up to date. samod's chunks go
//! through `hospes_sync::storage`, which owns its own tables.
//!
//! One connection behind a mutex for writes and the reads that go with
//! them: these tables see a few writes a minute, and WAL lets this
//! connection and the storage's writer take turns. Readers' requests
//! (bundles, items, search, feeds) go to a small pool of read-only
//! connections instead ([`Db::read`]), so they neither wait behind a
//! session write nor make one wait; WAL gives each a consistent snapshot.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// Read-only connections for readers' requests: as many as requests that
/// can usefully run at once on a small server.
const READERS: usize = 4;

#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
    readers: Arc<Readers>,
}

struct Readers {
    connections: Vec<Mutex<Connection>>,
    next: AtomicUsize,
}

impl Readers {
    fn open(path: &Path) -> rusqlite::Result<Self> {
        let connections = (0..READERS)
            .map(|_| {
                let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
                conn.busy_timeout(Duration::from_secs(5))?;
                Ok(Mutex::new(conn))
            })
            .collect::<rusqlite::Result<_>>()?;
        Ok(Readers { connections, next: AtomicUsize::new(0) })
    }

    /// A free connection if there is one, else the next in turn.
    fn with<R>(&self, f: impl FnOnce(&mut Connection) -> R) -> R {
        for conn in &self.connections {
            if let Ok(mut conn) = conn.try_lock() {
                return f(&mut conn);
            }
        }
        let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.connections.len();
        f(&mut self.connections[turn].lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl Db {
    /// Opens the file the storage has already created and migrated, and
    /// brings the server's own tables up to date.
    pub fn open(path: &Path) -> Result<Self, hospes_sync::storage::StorageError> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        crate::migrations::migrate(&mut conn)?;
        if let Some(items @ 1..) = crate::read_side::search::refold_if_needed(&mut conn)? {
            tracing::info!(items, "search index folded again with the current rule");
        }
        // Transactions take the write lock when they begin. A deferred one that
        // read first and then writes fails at once (SQLITE_BUSY, no waiting) if
        // the storage writer committed in between; an immediate one waits.
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // What is deleted or rewritten is overwritten in the file too: a
        // withdrawn voice's words must not linger in free space.
        conn.pragma_update(None, "secure_delete", "ON")?;
        Ok(Db { conn: Arc::new(Mutex::new(conn)), readers: Arc::new(Readers::open(path)?) })
    }

    /// Runs `f` on a read-only connection, off the async threads. For
    /// readers' requests, which write nothing.
    pub async fn read<R, F>(&self, f: F) -> R
    where
        F: FnOnce(&mut Connection) -> R + Send + 'static,
        R: Send + 'static,
    {
        let readers = self.readers.clone();
        match tokio::task::spawn_blocking(move || readers.with(f)).await {
            Ok(result) => result,
            Err(error) => std::panic::resume_unwind(error.into_panic()),
        }
    }

    /// Runs `f` on the connection, off the async threads.
    pub async fn call<R, F>(&self, f: F) -> R
    where
        F: FnOnce(&mut Connection) -> R + Send + 'static,
        R: Send + 'static,
    {
        let conn = self.conn.clone();
        match tokio::task::spawn_blocking(move || f(&mut conn.lock().unwrap_or_else(PoisonError::into_inner))).await {
            Ok(result) => result,
            Err(error) => std::panic::resume_unwind(error.into_panic()),
        }
    }

    /// Runs `f` on the calling thread: only for lookups that take
    /// microseconds, where a thread hop would cost more (the share policy).
    pub fn call_now<R>(&self, f: impl FnOnce(&mut Connection) -> R) -> R {
        f(&mut self.conn.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// Seconds since the Unix epoch: how times are stored.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// RFC 3339 for the API.
pub fn rfc3339(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
