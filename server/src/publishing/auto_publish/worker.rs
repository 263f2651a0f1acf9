//! The auto-publisher at work: it listens to storage commits, lets the
//! [`Scheduler`] say when each marked document is due, and publishes one
//! document at a time with [`Worker::try_publish`].

use std::collections::HashMap;
use std::str::FromStr;
use std::time::{Duration, Instant};

use automerge::ChangeHash;
use hospes_sync::storage::SqliteStorage;
use hospes_sync::storage::versions::stored_version;
use samod::{DocumentId, Repo};
use tokio::sync::broadcast::error::RecvError;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::scheduler::Scheduler;
use super::{MAX_WAIT, Publisher, mark_checked, marked_among, publisher, same_heads, unchecked};
use crate::audit::Actor;
use crate::db::Db;
use crate::documents::{DocumentError, Documents};
use crate::publishing::{PublishError, publications, publish};

/// The running auto-publisher. Stop it before the repo.
pub struct AutoPublisher {
    cancel: CancellationToken,
    task: JoinHandle<()>,
}

impl AutoPublisher {
    /// Starts watching storage commits; first publishes what changed
    /// before the last stop (or crash).
    pub fn start(repo: Repo, db: Db, storage: SqliteStorage, quiet: Duration) -> Self {
        let cancel = CancellationToken::new();
        let worker = Worker { repo, db, storage, scheduler: Scheduler::new(quiet, MAX_WAIT), refused: HashMap::new() };
        let task = tokio::spawn(worker.run(cancel.clone()));
        AutoPublisher { cancel, task }
    }

    /// Stops after the publication under way, if any. Changes still
    /// waiting for their quiet period are published at the next start.
    pub async fn stop(self) {
        self.cancel.cancel();
        if let Err(error) = self.task.await {
            tracing::error!("the auto-publisher failed: {error}");
        }
    }
}

/// What one attempt to publish a due document came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Published,
    /// Nothing new since the pinned (or the last refused) version.
    Unchanged,
    /// Unpublished, not marked, or the volunteer may not publish it now.
    NotAllowed,
    /// Not all of its heads are stored yet; the commit storing them
    /// announces the document again.
    WaitingForStorage,
    /// Not (yet) a valid event, or a value readers' pages cannot show.
    Refused,
    /// The server has no content for it, or is stopping, or failed.
    Skipped,
}

struct Worker {
    repo: Repo,
    db: Db,
    storage: SqliteStorage,
    scheduler: Scheduler,
    /// The heads of each document's version that publishing refused for
    /// its content, so that a commit storing nothing new (a compaction)
    /// neither checks nor logs it again.
    refused: HashMap<String, Vec<String>>,
}

impl Worker {
    async fn run(mut self, cancel: CancellationToken) {
        // Subscribe before looking for missed work, so nothing falls
        // between the two.
        let mut stored = self.storage.subscribe_stored();
        match self.db.call(|conn| unchecked(conn)).await {
            Ok(missed) => {
                if !missed.is_empty() {
                    tracing::info!(documents = missed.len(), "auto-publish: catching up on changes stored before the last stop");
                }
                let now = Instant::now();
                for doc_id in missed {
                    self.scheduler.on_missed(&doc_id, now);
                }
            }
            Err(error) => tracing::error!("auto-publish cannot look for missed changes: {error}"),
        }
        loop {
            let next_due = self.scheduler.next_due();
            tokio::select! {
                () = cancel.cancelled() => return,
                received = stored.recv() => match received {
                    Ok(documents) => {
                        let mut changed: Vec<String> = documents.to_vec();
                        // Take whatever else is queued in one look-up.
                        while let Ok(more) = stored.try_recv() {
                            changed.extend(more.iter().cloned());
                        }
                        changed.sort_unstable();
                        changed.dedup();
                        self.changed(changed).await;
                    }
                    Err(RecvError::Lagged(missed)) => {
                        tracing::warn!(missed, "auto-publish fell behind storage; looking for changed documents");
                        match self.db.call(|conn| unchecked(conn)).await {
                            Ok(documents) => self.stored(&documents),
                            Err(error) => tracing::error!("auto-publish cannot look for changed documents: {error}"),
                        }
                    }
                    Err(RecvError::Closed) => return,
                },
                () = sleep_until(next_due), if next_due.is_some() => {
                    for doc_id in self.scheduler.take_due(Instant::now()) {
                        let attempt = self.try_publish(&doc_id).await;
                        tracing::trace!(document = doc_id, ?attempt, "auto-publish attempt");
                        if cancel.is_cancelled() {
                            return;
                        }
                    }
                }
            }
        }
    }

    /// Documents a commit stored chunks of: the marked ones wait for quiet.
    async fn changed(&mut self, documents: Vec<String>) {
        match self.db.call(move |conn| marked_among(conn, &documents)).await {
            Ok(marked) => self.stored(&marked),
            Err(error) => tracing::error!("auto-publish cannot read its marks: {error}"),
        }
    }

    fn stored(&mut self, marked: &[String]) {
        let now = Instant::now();
        for doc_id in marked {
            self.scheduler.on_stored(doc_id, now);
        }
    }

    /// Publishes the document's durably stored heads if it is still to be
    /// auto-published and something changed since its pinned version.
    async fn try_publish(&mut self, doc_id: &str) -> Attempt {
        let looked_up = {
            let doc_id = doc_id.to_string();
            self.db
                .call(move |conn| -> rusqlite::Result<_> {
                    // The version first: the heads read below include at
                    // least what it counts.
                    let version = stored_version(conn, &doc_id)?;
                    Ok((version, publisher(conn, &doc_id)?, publications::pinned(conn, &doc_id)?))
                })
                .await
        };
        let (version, publisher, pinned) = match looked_up {
            Ok(found) => found,
            Err(error) => {
                tracing::warn!(document = doc_id, "auto-publish cannot read the database: {error}");
                return Attempt::Skipped;
            }
        };
        let (Some(version), Some(publisher)) = (version, publisher) else {
            tracing::debug!(document = doc_id, "not auto-published: unpublished, or the volunteer may not publish it now");
            return Attempt::NotAllowed;
        };
        let Ok(document) = DocumentId::from_str(doc_id) else {
            tracing::warn!(document = doc_id, "auto-publish: not a document id");
            return Attempt::Skipped;
        };
        let Some(heads) = self.current_heads(&document).await else {
            return Attempt::Skipped;
        };
        let head_strings: Vec<String> = heads.iter().map(ToString::to_string).collect();
        let refused_before = self.refused.get(doc_id).is_some_and(|refused| same_heads(refused, &head_strings));
        if refused_before || pinned.as_ref().is_some_and(|pinned| same_heads(pinned, &head_strings)) {
            self.mark_checked(doc_id, version).await;
            return Attempt::Unchanged;
        }
        // Only what the server has stored: a change still being written
        // is announced again by the commit that stores it.
        if !self.durable(doc_id, &heads).await {
            tracing::debug!(document = doc_id, "auto-publish waits for storage");
            return Attempt::WaitingForStorage;
        }

        let Publisher { account_id, account_name, class } = publisher;
        let checked_id = doc_id.to_string();
        let still_allowed: publish::Precondition = Box::new(move |conn| {
            let allowed = super::publisher(conn, &checked_id)?.is_some_and(|now| now.account_id == account_id);
            if allowed {
                mark_checked(conn, &checked_id, version)?;
            }
            Ok(allowed)
        });
        let actor = Actor::AutoPublish { id: account_id, name: account_name };
        let publication =
            publish::Request { document: &document, class: &class, heads: Some(head_strings.clone()), by: Some(account_id), actor };
        let published = publish::publish_if(&self.repo, &self.db, publication, Some(still_allowed)).await;
        match published {
            Ok(Some(_)) => {
                self.refused.remove(doc_id);
                tracing::info!(document = doc_id, "auto-published");
                Attempt::Published
            }
            Ok(None) => {
                tracing::debug!(document = doc_id, "not auto-published: stopped meanwhile");
                Attempt::NotAllowed
            }
            Err(PublishError::NotPublishable(_)) => {
                // A half-synced or half-written event; its next change
                // tries again. The error may quote content: not logged.
                tracing::debug!(document = doc_id, "not auto-published yet: not a valid event");
                self.mark_checked(doc_id, version).await;
                Attempt::Refused
            }
            Err(PublishError::InvalidContent(problems)) => {
                // Once per version (its heads are kept): the next change
                // tries again. The field only: the messages quote content.
                tracing::warn!(
                    document = doc_id,
                    field = %problems.first().field,
                    problems = problems.all().len(),
                    "not auto-published: a value readers' pages cannot show safely; trying again on the next change"
                );
                self.refused.insert(doc_id.to_string(), head_strings);
                self.mark_checked(doc_id, version).await;
                Attempt::Refused
            }
            Err(error) => {
                tracing::warn!(document = doc_id, code = error.code(), "auto-publish failed; trying again on the next change or start");
                Attempt::Skipped
            }
        }
    }

    /// The heads the server's repo has for `document`; `None` if it has no
    /// content or is stopping.
    async fn current_heads(&self, document: &DocumentId) -> Option<Vec<ChangeHash>> {
        match Documents::of(&self.repo).heads(document).await {
            Ok(heads) => Some(heads).filter(|heads| !heads.is_empty()),
            Err(DocumentError::NoContent(_)) => {
                tracing::debug!(document = %document, "not auto-published: the server has no content for it");
                None
            }
            Err(_) => None, // the repo is stopping
        }
    }

    async fn durable(&self, doc_id: &str, heads: &[ChangeHash]) -> bool {
        let (storage, doc_id, heads) = (self.storage.clone(), doc_id.to_string(), heads.to_vec());
        match tokio::task::spawn_blocking(move || storage.is_durable(&doc_id, &heads)).await {
            Ok(Ok(durable)) => durable,
            Ok(Err(error)) => {
                tracing::warn!("auto-publish cannot check storage: {error}");
                false
            }
            Err(error) => {
                tracing::warn!("auto-publish cannot check storage: {error}");
                false
            }
        }
    }

    async fn mark_checked(&self, doc_id: &str, version: i64) {
        let doc_id = doc_id.to_string();
        if let Err(error) = self.db.call(move |conn| mark_checked(conn, &doc_id, version)).await {
            tracing::warn!("auto-publish cannot record a check: {error}");
        }
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(deadline.into()).await,
        None => std::future::pending().await,
    }
}
