//! The server's own connection to the SQLite file (accounts, roles,
//! sessions, invites, document classes, publications, audit log). samod's
//! chunks go through `hospes_sync::storage`, which also owns the schema.
//!
//! One connection behind a mutex: these tables see a few writes a minute,
//! and WAL lets this connection and the storage's writer take turns.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::Connection;

#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens the file the storage has already created and migrated.
    pub fn open(path: &Path) -> rusqlite::Result<Self> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // Transactions take the write lock when they begin. A deferred one that
        // read first and then writes fails at once (SQLITE_BUSY, no waiting) if
        // the storage writer committed in between; an immediate one waits.
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
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
    chrono::DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
