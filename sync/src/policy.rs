//! The share-policy hook: what a remote peer may do with one document.
//!
//! automerge-repo has no access control of its own: whoever knows a document
//! id may read and write it. samod asks a [`samod::SharePolicy`] for every
//! (document, peer) pair it syncs; this module turns that question into a call
//! to [`AccessRules`], which the server implements from accounts, roles and
//! the registry of document classes.
//!
//! An erased document ([`crate::storage::SqliteStorage::erase`]) is denied to
//! every peer before the rules are asked, and an erasure re-decides the pairs
//! samod already has open: a phone that still holds it can neither read the
//! server's copy (in samod's memory until restart) nor push its own.

use std::sync::Arc;

use futures::StreamExt;
use samod::{DocumentId, PeerId, ShareConfig};
use tokio::sync::watch;

use crate::storage::Tombstones;

/// What one remote peer may do with one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The peer receives the document and its changes are accepted.
    ReadWrite,
    /// The peer receives the document; its changes are ignored.
    ReadOnly,
    /// The peer learns nothing about the document, not even that it exists.
    Deny,
}

impl Access {
    /// The samod decision for this access. The server never announces
    /// documents on its own: a client asks for what it wants, so no peer
    /// learns document ids it did not already know.
    fn share_config(self) -> ShareConfig {
        match self {
            Access::ReadWrite => ShareConfig::read_write().with_announce(false),
            Access::ReadOnly => ShareConfig::read_only().with_announce(false),
            Access::Deny => ShareConfig::none(),
        }
    }
}

/// Decides access for a (document, peer) pair.
///
/// The peer id is the one the transport was bound to after authentication
/// (see the server's `/sync` route), never a claim from the peer itself.
pub trait AccessRules: Send + Sync + 'static {
    /// `document` is the id as keys spell it (base58check), worked out once
    /// per pair rather than on every question.
    fn access(&self, document: &str, peer: &PeerId) -> Access;

    /// Changes whenever an answer of [`Self::access`] may have changed (a
    /// role taken away, a session revoked, a document registered); samod
    /// then gets the new decision for every active (document, peer) pair
    /// the change [`concerns`](Self::concerns).
    /// Rules that never change return a receiver whose sender is gone.
    fn changes(&self) -> watch::Receiver<u64> {
        watch::channel(0).1
    }

    /// Whether a change after version `since` of [`Self::changes`] may alter
    /// answers about `document`. A server with thousands of documents open
    /// registers one at a time: deciding every pair again for each would
    /// cost documents x peers per registration.
    fn concerns(&self, _document: &str, _since: u64) -> bool {
        true
    }
}

/// Every peer may read and write every document.
///
/// For tests and local experiments only; the server never uses it.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenAccess;

impl AccessRules for OpenAccess {
    fn access(&self, _document: &str, _peer: &PeerId) -> Access {
        Access::ReadWrite
    }
}

/// Nobody may do anything: the default for anything unclassified.
#[derive(Debug, Clone, Copy, Default)]
pub struct DenyAll;

impl AccessRules for DenyAll {
    fn access(&self, _document: &str, _peer: &PeerId) -> Access {
        Access::Deny
    }
}

/// Adapts [`AccessRules`] to samod's [`samod::SharePolicy`], denying
/// erased documents whatever the rules say.
#[derive(Clone)]
pub struct SharePolicyHook {
    rules: Arc<dyn AccessRules>,
    tombstones: Tombstones,
}

impl SharePolicyHook {
    pub fn new(rules: impl AccessRules, tombstones: Tombstones) -> Self {
        Self { rules: Arc::new(rules), tombstones }
    }
}

/// One (document, peer) pair's subscription: what it decides from, and
/// the two things that can change the decision.
struct Pair {
    rules: Arc<dyn AccessRules>,
    tombstones: Tombstones,
    /// The id as keys and tombstones spell it, computed once.
    doc_key: String,
    peer_id: PeerId,
    /// `None` once its sender is gone (rules that never change).
    rule_changes: Option<watch::Receiver<u64>>,
    /// The rules' version the last decision took into account.
    seen: u64,
    erasures: Option<watch::Receiver<u64>>,
    /// Denied for erasure: final, nothing more to wait for.
    erased: bool,
}

impl Pair {
    fn decide(&mut self) -> ShareConfig {
        if self.tombstones.contains(&self.doc_key) {
            self.erased = true;
            return Access::Deny.share_config();
        }
        self.rules.access(&self.doc_key, &self.peer_id).share_config()
    }

    /// The next decision worth sending; `None` when nothing can change it
    /// any more.
    async fn next(&mut self) -> Option<ShareConfig> {
        loop {
            if self.erased {
                return None;
            }
            tokio::select! {
                changed = async { self.rule_changes.as_mut()?.changed().await.ok() }, if self.rule_changes.is_some() => {
                    match changed {
                        Some(()) => {
                            let now = self.rule_changes.as_mut().map_or(self.seen, |changes| *changes.borrow_and_update());
                            let since = std::mem::replace(&mut self.seen, now);
                            // Another document's registration changes nothing here.
                            if self.rules.concerns(&self.doc_key, since) {
                                return Some(self.decide());
                            }
                        }
                        None => self.rule_changes = None,
                    }
                }
                changed = async { self.erasures.as_mut()?.changed().await.ok() }, if self.erasures.is_some() => {
                    match changed {
                        // Another document's erasure changes nothing here;
                        // the rules are not asked again for it.
                        Some(()) if self.tombstones.contains(&self.doc_key) => return Some(self.decide()),
                        Some(()) => {}
                        None => self.erasures = None,
                    }
                }
                else => return None,
            }
        }
    }
}

impl samod::SharePolicy for SharePolicyHook {
    fn share(&self, doc_id: DocumentId, peer_id: PeerId) -> impl futures::Stream<Item = ShareConfig> + Send + 'static {
        // The current decision, then a fresh one after every change.
        // The version is read before the first decision: a change landing
        // in between is then still seen as one to look at.
        let mut rule_changes = self.rules.changes();
        let seen = *rule_changes.borrow_and_update();
        let mut pair = Pair {
            rules: self.rules.clone(),
            tombstones: self.tombstones.clone(),
            doc_key: doc_id.to_string(),
            peer_id,
            rule_changes: Some(rule_changes),
            seen,
            erasures: Some(self.tombstones.subscribe()),
            erased: false,
        };
        let first = pair.decide();
        let updates = futures::stream::unfold(pair, |mut pair| async move { pair.next().await.map(|decision| (decision, pair)) });
        futures::stream::once(futures::future::ready(first)).chain(updates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_never_announces() {
        for access in [Access::ReadWrite, Access::ReadOnly, Access::Deny] {
            assert!(!access.share_config().announce);
        }
        assert_eq!(Access::Deny.share_config(), ShareConfig::none());
    }
}
