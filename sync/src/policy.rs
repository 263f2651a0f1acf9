//! The share-policy hook: what a remote peer may do with one document.
//!
//! automerge-repo has no access control of its own: whoever knows a document
//! id may read and write it. samod asks a [`samod::SharePolicy`] for every
//! (document, peer) pair it syncs; this module turns that question into a call
//! to [`AccessRules`], which the accounts and roles work implements. Until then
//! the server runs with [`OpenAccess`].

use std::sync::Arc;

use samod::{DocumentId, PeerId, ShareConfig};

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
}

/// Every peer may read and write every document.
///
/// This is the foundation's placeholder until accounts and roles exist; the
/// server logs a warning when it runs with it.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenAccess;

impl AccessRules for OpenAccess {
    fn access(&self, _document: &DocumentId, _peer: &PeerId) -> Access {
        Access::ReadWrite
    }
}

/// Adapts [`AccessRules`] to samod's [`samod::SharePolicy`].
#[derive(Clone)]
pub struct SharePolicyHook {
    rules: Arc<dyn AccessRules>,
}

impl SharePolicyHook {
    pub fn new(rules: impl AccessRules) -> Self {
        Self {
            rules: Arc::new(rules),
        }
    }
}

impl samod::SharePolicy for SharePolicyHook {
    fn share(
        &self,
        doc_id: DocumentId,
        peer_id: PeerId,
    ) -> impl futures::Stream<Item = ShareConfig> + Send + 'static {
        let decision = self.rules.access(&doc_id, &peer_id).share_config();
        futures::stream::iter([decision])
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
