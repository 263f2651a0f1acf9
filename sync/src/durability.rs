//! Holding back acknowledgements until what they acknowledge is stored.
//!
//! ## The window
//!
//! When a client sends a change, samod's document actor applies it and, in
//! the same step, hands the storage `put` to its io loop and the sync reply
//! to the connection. The reply carries the server's `heads`, which tell the
//! client "I have this change (and everything before it)"; the client then
//! stops offering it. Nothing orders the reply after the put: the io loop
//! runs storage futures and connection sinks concurrently, so the reply can
//! be on the wire before the change is on disk. A crash (SIGKILL, power
//! loss) in that window loses a change that the client believes is safe.
//!
//! ## The guarantee
//!
//! [`hold_until_durable`] wraps a connection's outgoing sink. For every
//! outgoing `sync` or `request` message, it waits until every hash in the
//! message's `heads` is committed (see [`SqliteStorage::is_durable`]) before
//! passing the frame on; frames stay in order, so later frames wait too.
//! Hence every head a client is told about is durable, and so are its
//! ancestors: samod puts a change's ancestors before (or together with)
//! the change, the storage commits in call order, and snapshots hold whole
//! documents. A client is never told the server has something it could lose.
//!
//! Frames that do not parse are passed on unchecked: samod produced them,
//! and holding a frame we cannot read would stall the connection forever.
//! Other message types carry no acknowledgement and pass at once.

use futures::{Sink, SinkExt};

use crate::storage::SqliteStorage;
use crate::wire;

/// Decides when an outgoing frame may leave. Cheap to clone.
#[derive(Clone, Debug)]
pub struct DurabilityGate {
    storage: SqliteStorage,
}

impl DurabilityGate {
    pub fn new(storage: SqliteStorage) -> Self {
        DurabilityGate { storage }
    }

    /// Completes once the changes `frame` acknowledges are committed; at
    /// once for frames that acknowledge nothing or cannot be read.
    ///
    /// If the storage has been closed and the changes are not committed,
    /// this never completes: they never will be, and releasing the frame
    /// would acknowledge them.
    pub async fn wait_until_durable(&self, frame: &[u8]) {
        let (doc_id, heads) = match wire::outgoing_sync_heads(frame) {
            Ok(Some(found)) => found,
            Ok(None) => return,
            Err(error) => {
                tracing::warn!(%error, "outgoing frame not understood; sending it unchecked");
                return;
            }
        };
        if heads.is_empty() {
            return;
        }
        // Subscribe before the first check: a commit landing between the
        // check and the wait then still wakes us.
        let mut commits = self.storage.subscribe_commits();
        loop {
            commits.borrow_and_update();
            match self.storage.is_durable(&doc_id, &heads) {
                Ok(true) => return,
                Ok(false) => {}
                // Not knowing is not "durable": try again after the next
                // commit.
                Err(error) => tracing::error!(%error, "cannot check durability"),
            }
            if commits.changed().await.is_err() {
                // The writer has stopped: no commit will ever come.
                tracing::warn!("storage closed with an acknowledgement pending; holding it");
                std::future::pending::<()>().await;
            }
        }
    }
}

/// Wraps `sink` so that each frame is forwarded only once
/// [`DurabilityGate::wait_until_durable`] has completed for it, in order.
pub fn hold_until_durable<S>(sink: S, gate: DurabilityGate) -> impl Sink<Vec<u8>, Error = S::Error>
where
    S: Sink<Vec<u8>>,
{
    sink.with(move |frame: Vec<u8>| {
        let gate = gate.clone();
        async move {
            gate.wait_until_durable(&frame).await;
            Ok(frame)
        }
    })
}
