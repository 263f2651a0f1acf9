//! Erasing a document for good: its chunks and rows deleted, its bytes
//! overwritten, and a tombstone that refuses it from then on.
//!
//! An author who withdraws their voice must not find it in the server's
//! file afterwards, nor see it come back from a phone that still holds it
//! offline. So erasure, on the writer thread after every write queued
//! before it:
//!
//! 1. deletes every chunk under the document's key and its rows in the
//!    other tables, and records a tombstone in `erased_documents`, in one
//!    transaction; with `secure_delete` on (see `schema::configure`) the
//!    freed cells and pages are zeroed, in the WAL first;
//! 2. checkpoints the WAL with `TRUNCATE`, so the zeroed pages reach the
//!    database file and the log that held the old frames is emptied. The
//!    `-shm` file holds only the log's index (page and frame numbers),
//!    never page contents.
//!
//! [`Tombstones`] mirrors the table in memory: the writer drops every later
//! `put` for an erased document, the share policy denies it to every peer,
//! and the durability gate stops waiting for its changes.

use std::collections::HashSet;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use rusqlite::{Connection, Transaction};
use tokio::sync::watch;

use super::StorageError;
use super::keys;

/// Attempts at the checkpoint after an erasure, each waiting up to
/// [`CHECKPOINT_WAIT`] for readers to leave the snapshots that pin the
/// old frames. Reads are short, so this is rarely more than one; the
/// writer holds every other write meanwhile, so it is kept brief.
const CHECKPOINT_ATTEMPTS: u32 = 10;
const CHECKPOINT_WAIT: Duration = Duration::from_millis(200);

/// The erased documents, shared by the writer, the readers and the share
/// policy. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Tombstones {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    erased: RwLock<HashSet<String>>,
    /// Bumped by every erasure, for the share policy to re-decide.
    version: watch::Sender<u64>,
}

impl Tombstones {
    /// The tombstones recorded in the file.
    pub(super) fn load(conn: &Connection) -> rusqlite::Result<Self> {
        let erased = conn.prepare("SELECT doc_id FROM erased_documents")?.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(Tombstones { inner: Arc::new(Inner { erased: RwLock::new(erased), version: watch::channel(0).0 }) })
    }

    /// Whether `doc_id` (as samod writes it in keys) has been erased.
    pub fn contains(&self, doc_id: &str) -> bool {
        self.inner.erased.read().unwrap_or_else(PoisonError::into_inner).contains(doc_id)
    }

    /// A receiver that changes after every erasure.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.inner.version.subscribe()
    }

    /// Called once the erasure has committed.
    fn insert(&self, doc_id: &str) {
        let added = self.inner.erased.write().unwrap_or_else(PoisonError::into_inner).insert(doc_id.to_owned());
        if added {
            self.inner.version.send_modify(|n| *n += 1);
        }
    }
}

/// Erases `doc_id` on the writer's connection: see the module
/// documentation. Erasing an erased document again deletes nothing and
/// retries the checkpoint, so a caller told [`StorageError::WalBusy`] can
/// simply call again.
pub(super) fn erase(conn: &mut Connection, tombstones: &Tombstones, doc_id: &str) -> Result<(), StorageError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let chunks = delete_rows(&tx, doc_id)?;
    tx.commit()?;
    tombstones.insert(doc_id);
    tracing::info!(doc_id, chunks, "document erased");
    checkpoint(conn)
}

/// Deletes the document's chunks and rows and records its tombstone;
/// returns how many chunks went.
fn delete_rows(tx: &Transaction<'_>, doc_id: &str) -> rusqlite::Result<usize> {
    let (low, high) = keys::descendant_range(doc_id);
    // snapshot_heads rows would go with their chunks (ON DELETE CASCADE);
    // deleting them by document as well leaves none behind whatever a
    // chunk's key looked like.
    let chunks = tx.execute("DELETE FROM chunks WHERE key = ?1 OR (key >= ?2 AND key < ?3)", (doc_id, &low, &high))?;
    tx.execute("DELETE FROM snapshot_heads WHERE doc_id = ?1", [doc_id])?;
    tx.execute("DELETE FROM documents WHERE doc_id = ?1", [doc_id])?;
    // The first erasure's time stays: it is when the document stopped.
    tx.execute("INSERT OR IGNORE INTO erased_documents (doc_id, erased_at) VALUES (?1, CAST(strftime('%s', 'now') AS INTEGER))", [doc_id])?;
    Ok(chunks)
}

/// Copies every page in the WAL into the database file and truncates the
/// WAL, waiting briefly for readers that pin older snapshots.
pub(super) fn checkpoint(conn: &Connection) -> Result<(), StorageError> {
    conn.busy_timeout(CHECKPOINT_WAIT)?;
    let result = (|| {
        for attempt in 1..=CHECKPOINT_ATTEMPTS {
            // (busy, frames in the log, frames checkpointed); busy = 1 when
            // a reader or another writer kept it from finishing.
            let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
            if busy == 0 {
                return Ok(());
            }
            tracing::debug!(attempt, "WAL checkpoint after an erasure blocked by a reader; retrying");
        }
        Err(StorageError::WalBusy)
    })();
    // Back to the ordinary wait for everything else.
    conn.busy_timeout(super::schema::BUSY_TIMEOUT)?;
    result
}

/// Rewrites a file from a build before `secure_delete`, whose free pages
/// and free space inside pages may still hold chunks that compactions
/// deleted. Runs once, before the migration that records the upgrade: if
/// the process stops in between, the next start vacuums again.
pub(super) fn scrub_older_file(conn: &Connection) -> Result<(), StorageError> {
    tracing::info!("rewriting the database once, so that no deleted chunk lingers in its free space");
    conn.execute_batch("VACUUM")?;
    match checkpoint(conn) {
        // Another process reading the file (a backup): the WAL is folded
        // in at the next erasure or at shutdown.
        Err(StorageError::WalBusy) => {
            tracing::warn!("the rewritten pages stay in the WAL until the next checkpoint: a reader is open");
            Ok(())
        }
        other => other,
    }
}
