//! The one thread that writes to the SQLite file.
//!
//! `put` and `delete` enqueue a [`Command`] on a channel and wait for its
//! reply. The writer takes the first queued command, then drains whatever
//! else is queued (up to a bound) into the *same* transaction, commits it
//! (one fsync with `synchronous=FULL`), then answers every command in it.
//! While one commit is syncing, the next ones queue up; so under load each
//! fsync carries many writes (group commit), and when idle a single write
//! commits at once. There is no timer and no artificial delay.
//!
//! An erasure ([`super::erasure`]) ends a batch: what was queued before it
//! commits first, then the erasure runs in a transaction of its own and
//! checkpoints, and everything queued after it sees its tombstone.
//!
//! Commands commit in the order they were enqueued, and `put`/`delete`
//! enqueue when they are *called*, so "this put's future completed" implies
//! "every put called before it is committed too".
//!
//! ## When a commit fails
//!
//! samod's `Storage` trait cannot report a failure: `put` returns `()`, and
//! samod treats its completion as "stored". Completing a failed put would
//! let the durability gate release acknowledgements of changes that are
//! not stored. So the writer retries the transaction a few times (a
//! transient lock or I/O hiccup), and if it still fails, logs and
//! **aborts the process**. Clients keep every change the server has not
//! acknowledged and send it again when they reconnect to the restarted
//! server; nothing acknowledged is lost, because nothing unstored was
//! acknowledged.

use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use automerge::ChangeHash;
use rusqlite::{Connection, TransactionBehavior};
use samod::storage::StorageKey;
use tokio::sync::{broadcast, oneshot, watch};

use super::erasure::{self, Tombstones};
use super::keys::{self, ChunkKind};
use super::retired::Retired;
use super::{StorageError, StoredDocuments, snapshot};

/// Work for the writer thread.
pub(super) enum Command {
    Put {
        key: StorageKey,
        data: Vec<u8>,
        done: oneshot::Sender<()>,
    },
    Delete {
        key: StorageKey,
        done: oneshot::Sender<()>,
    },
    /// Commit everything queued before this, then erase the document (see
    /// [`super::erasure`]).
    Erase {
        doc_id: String,
        done: oneshot::Sender<Result<(), StorageError>>,
    },
    /// Commit everything queued before this, checkpoint, stop.
    Close {
        done: oneshot::Sender<()>,
    },
}

/// A bound on one transaction, so a flood of writes still commits (and
/// acknowledges) in slices rather than in one enormous transaction.
const MAX_BATCH_OPS: usize = 1024;
const MAX_BATCH_BYTES: usize = 32 << 20;

/// Pauses between attempts at a failing commit; after the last, abort.
const RETRY_BACKOFF: [Duration; 3] = [Duration::from_millis(50), Duration::from_millis(250), Duration::from_secs(1)];

/// A command turned into what the transaction needs.
enum Op {
    Put {
        row_key: String,
        kind: ChunkKind,
        /// For snapshots: the heads read from the chunk's header.
        heads: Vec<ChangeHash>,
        data: Vec<u8>,
    },
    Delete {
        row_key: String,
        kind: ChunkKind,
    },
}

impl Op {
    fn prepare(key: &StorageKey, data: Option<Vec<u8>>) -> Op {
        let row_key = key.to_string();
        let kind = ChunkKind::of(key);
        match data {
            Some(data) => {
                let heads = match &kind {
                    ChunkKind::Snapshot { .. } => snapshot::heads(&data).unwrap_or_else(|| {
                        // Only samod writes here, and it writes `save()`
                        // output; without heads the gate would merely wait
                        // for a later commit, it would not release early.
                        tracing::warn!(key = %row_key, "snapshot chunk without readable heads");
                        Vec::new()
                    }),
                    _ => Vec::new(),
                };
                Op::Put { row_key, kind, heads, data }
            }
            None => Op::Delete { row_key, kind },
        }
    }

    fn size(&self) -> usize {
        match self {
            Op::Put { data, .. } => data.len(),
            Op::Delete { .. } => 0,
        }
    }
}

pub(super) struct Writer {
    pub(super) conn: Connection,
    pub(super) commands: Receiver<Command>,
    pub(super) commits: watch::Sender<u64>,
    /// Which documents each commit stored chunks of, for whoever listens.
    pub(super) stored: broadcast::Sender<StoredDocuments>,
    pub(super) retired: Arc<Mutex<Retired>>,
    /// Documents whose writes are dropped.
    pub(super) tombstones: Tombstones,
    /// See [`super::StorageOptions::slow_commits`].
    pub(super) slow_commits: Option<std::time::Duration>,
}

impl Writer {
    pub(super) fn run(mut self) {
        loop {
            // Every `SqliteStorage` clone gone: nothing more can arrive.
            let Ok(first) = self.commands.recv() else {
                self.shutdown();
                return;
            };
            let mut ops = Vec::new();
            let mut replies = Vec::new();
            let mut bytes = 0;
            let mut close = None;
            let mut erase = None;
            let mut next = Some(first);
            while let Some(command) = next.take() {
                match command {
                    Command::Put { key, done, .. } if keys::document(&key).is_some_and(|doc_id| self.tombstones.contains(doc_id)) => {
                        // A phone that held the document offline, or samod's
                        // copy in memory: the author asked for it to be gone.
                        // Answered with the batch, so replies keep their order.
                        tracing::warn!(doc_id = keys::document(&key), "dropping a write for an erased document");
                        replies.push(done);
                    }
                    Command::Put { key, data, done } => {
                        let op = Op::prepare(&key, Some(data));
                        bytes += op.size();
                        ops.push(op);
                        replies.push(done);
                    }
                    Command::Delete { key, done } => {
                        ops.push(Op::prepare(&key, None));
                        replies.push(done);
                    }
                    Command::Erase { doc_id, done } => {
                        erase = Some((doc_id, done));
                        break;
                    }
                    Command::Close { done } => {
                        close = Some(done);
                        break;
                    }
                }
                if ops.len() >= MAX_BATCH_OPS || bytes >= MAX_BATCH_BYTES {
                    break;
                }
                // Empty or disconnected: commit what we have.
                next = self.commands.try_recv().ok();
            }

            if !ops.is_empty() {
                self.commit_or_abort(&ops);
                // Before the replies: whoever saw a write complete finds
                // its announcement already sent.
                self.announce_stored(&ops);
            }
            for done in replies {
                // The caller may have stopped waiting; that is fine.
                let _ = done.send(());
            }
            if !ops.is_empty() {
                self.commits.send_modify(|n| *n += 1);
            }

            if let Some((doc_id, done)) = erase {
                let result = erasure::erase(&mut self.conn, &self.tombstones, &doc_id);
                if let Err(error) = &result {
                    tracing::error!(%error, doc_id, "erasure incomplete");
                }
                // The durability gate re-checks: it no longer waits for the
                // erased document's changes.
                self.commits.send_modify(|n| *n += 1);
                let _ = done.send(result);
            }

            if let Some(done) = close {
                self.shutdown();
                let _ = done.send(());
                return;
            }
        }
    }

    fn commit_or_abort(&mut self, ops: &[Op]) {
        let mut attempt = 0;
        loop {
            match self.commit(ops) {
                Ok(()) => return,
                Err(error) if attempt < RETRY_BACKOFF.len() => {
                    tracing::warn!(%error, attempt, "commit failed, retrying");
                    std::thread::sleep(RETRY_BACKOFF[attempt]);
                    attempt += 1;
                }
                Err(error) => {
                    // See the module documentation: going on would make
                    // samod (and through it, clients) believe unstored
                    // changes are stored.
                    tracing::error!(%error, writes = ops.len(), "cannot commit to the database; aborting so that no unstored change is acknowledged");
                    std::process::abort();
                }
            }
        }
    }

    fn commit(&mut self, ops: &[Op]) -> Result<(), StorageError> {
        // IMMEDIATE takes the write lock up front: no deadlock upgrading a
        // read transaction if another process (a backup) also writes.
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut retired = Vec::new();
        {
            let mut put_chunk = tx.prepare_cached(
                "INSERT INTO chunks (key, data) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET data = excluded.data",
            )?;
            // Every stored chunk bumps the document's `stored_version`, in
            // this same transaction (see the schema).
            let mut put_document = tx.prepare_cached(
                "INSERT INTO documents (doc_id, first_stored_at, stored_version) \
                 VALUES (?1, CAST(strftime('%s', 'now') AS INTEGER), 1) \
                 ON CONFLICT (doc_id) DO UPDATE SET stored_version = stored_version + 1",
            )?;
            let mut put_head =
                tx.prepare_cached("INSERT OR IGNORE INTO snapshot_heads (snapshot_key, doc_id, hash) VALUES (?1, ?2, ?3)")?;
            let mut heads_of = tx.prepare_cached("SELECT hash FROM snapshot_heads WHERE snapshot_key = ?1")?;
            // snapshot_heads rows go with their chunk (ON DELETE CASCADE).
            let mut delete_chunk = tx.prepare_cached("DELETE FROM chunks WHERE key = ?1")?;

            for op in ops {
                match op {
                    Op::Put { row_key, kind, heads, data } => {
                        put_chunk.execute((row_key, data))?;
                        if let Some(doc_id) = kind.doc_id() {
                            put_document.execute([doc_id])?;
                        }
                        if let ChunkKind::Snapshot { doc_id } = kind {
                            for head in heads {
                                put_head.execute((row_key, doc_id, &head.0[..]))?;
                            }
                        }
                    }
                    Op::Delete { row_key, kind } => {
                        match kind {
                            ChunkKind::Snapshot { doc_id } => {
                                let heads = heads_of.query_map([row_key], |row| row.get::<_, Vec<u8>>(0))?;
                                for head in heads {
                                    if let Ok(hash) = ChangeHash::try_from(head?.as_slice()) {
                                        retired.push((doc_id.as_str(), hash));
                                    }
                                }
                            }
                            ChunkKind::Incremental { .. } | ChunkKind::Other => {}
                        }
                        let deleted = delete_chunk.execute([row_key])?;
                        if let ChunkKind::Incremental { doc_id, hash } = kind
                            && deleted > 0
                        {
                            retired.push((doc_id.as_str(), *hash));
                        }
                    }
                }
            }
        }
        // Publish retirements *before* the deletions become visible, so a
        // reader that no longer finds a chunk always finds its hashes here.
        if !retired.is_empty() {
            let mut set = self.retired.lock().unwrap_or_else(PoisonError::into_inner);
            for (doc_id, hash) in retired {
                set.insert(doc_id, hash);
            }
        }
        if let Some(delay) = self.slow_commits {
            std::thread::sleep(delay);
        }
        tx.commit()?;
        Ok(())
    }

    /// Tells listeners which documents the commit of `ops` stored chunks
    /// of (each once). Nothing to do, and nothing allocated, when no one
    /// listens.
    fn announce_stored(&self, ops: &[Op]) {
        if self.stored.receiver_count() == 0 {
            return;
        }
        let mut seen = std::collections::HashSet::new();
        let documents: Vec<String> = ops
            .iter()
            .filter_map(|op| match op {
                Op::Put { kind, .. } => kind.doc_id(),
                Op::Delete { .. } => None,
            })
            .filter(|doc_id| seen.insert(*doc_id))
            .map(str::to_owned)
            .collect();
        if !documents.is_empty() {
            // An error only means every listener has gone.
            let _ = self.stored.send(Arc::new(documents));
        }
    }

    /// Folds the WAL back into the main file, so a stopped server leaves
    /// one self-contained file (for copying or backing up).
    fn shutdown(&mut self) {
        match self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get::<_, i64>(0)) {
            Ok(0) => {}
            Ok(_) => tracing::debug!("WAL checkpoint incomplete: a reader is still open"),
            Err(error) => tracing::warn!(%error, "WAL checkpoint failed"),
        }
    }
}
