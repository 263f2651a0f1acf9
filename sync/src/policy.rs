//! The share-policy hook: what a remote peer may do with one document.
//!
//! automerge-repo has no access control of its own: whoever knows a document
//! id may read and write it. samod asks a [`samod::SharePolicy`] for every
//! (document, peer) pair it syncs; this module turns that question into a call
//! to [`AccessRules`], which the server implements from accounts, roles and
//! the registry of document classes.

use std::sync::Arc;

use futures::StreamExt;
use samod::{DocumentId, PeerId, ShareConfig};
use tokio::sync::watch;

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
    fn access(&self, document: &DocumentId, peer: &PeerId) -> Access;

    /// Changes whenever an answer of [`Self::access`] may have changed (a
    /// role taken away, a session revoked, a document registered); samod
    /// then gets the new decision for every active (document, peer) pair.
    /// Rules that never change return a receiver whose sender is gone.
    fn changes(&self) -> watch::Receiver<u64> {
        watch::channel(0).1
    }
}

/// Every peer may read and write every document.
///
/// For tests and local experiments only; the server never uses it.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenAccess;

impl AccessRules for OpenAccess {
    fn access(&self, _document: &DocumentId, _peer: &PeerId) -> Access {
        Access::ReadWrite
    }
}

/// Nobody may do anything: the default for anything unclassified.
#[derive(Debug, Clone, Copy, Default)]
pub struct DenyAll;

impl AccessRules for DenyAll {
    fn access(&self, _document: &DocumentId, _peer: &PeerId) -> Access {
        Access::Deny
    }
}

/// Adapts [`AccessRules`] to samod's [`samod::SharePolicy`].
#[derive(Clone)]
pub struct SharePolicyHook {
    rules: Arc<dyn AccessRules>,
}

impl SharePolicyHook {
    pub fn new(rules: impl AccessRules) -> Self {
        Self { rules: Arc::new(rules) }
    }
}

impl samod::SharePolicy for SharePolicyHook {
    fn share(&self, doc_id: DocumentId, peer_id: PeerId) -> impl futures::Stream<Item = ShareConfig> + Send + 'static {
        // The current decision, then a fresh one after every change.
        let rules = self.rules.clone();
        let first = rules.access(&doc_id, &peer_id).share_config();
        let changes = rules.changes();
        let updates = futures::stream::unfold((rules, changes, doc_id, peer_id), |(rules, mut changes, doc_id, peer_id)| async move {
            changes.changed().await.ok()?;
            let decision = rules.access(&doc_id, &peer_id).share_config();
            Some((decision, (rules, changes, doc_id, peer_id)))
        });
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
