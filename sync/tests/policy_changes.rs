//! The share policy asks the rules again only about the documents a change
//! concerns: a server with thousands of documents open registers them one
//! at a time, and re-deciding every (document, peer) pair for each would
//! cost documents x peers per registration.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use futures::{FutureExt, StreamExt};
use hospes_sync::policy::{Access, AccessRules, SharePolicyHook};
use hospes_sync::storage::SqliteStorage;
use samod::{DocumentId, PeerId, ShareConfig, SharePolicy};
use tokio::sync::watch;

/// Rules whose answers a test changes, recording which version changed
/// which document (as the server's `ServerAccess` does) and counting the
/// questions per document.
#[derive(Clone)]
struct Changing {
    version: Arc<watch::Sender<u64>>,
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    denied: Vec<String>,
    everything: u64,
    documents: HashMap<String, u64>,
    asked: HashMap<String, usize>,
}

impl Changing {
    fn new() -> Self {
        Changing { version: Arc::new(watch::channel(0).0), state: Arc::default() }
    }

    /// Denies `document` from now on: a change concerning it alone.
    fn deny(&self, document: &DocumentId) {
        let key = document.to_string();
        self.state.lock().unwrap().denied.push(key.clone());
        self.version.send_modify(|version| {
            *version += 1;
            self.state.lock().unwrap().documents.insert(key, *version);
        });
    }

    /// A change that may concern every document (a role taken away).
    fn change_everything(&self) {
        self.version.send_modify(|version| {
            *version += 1;
            self.state.lock().unwrap().everything = *version;
        });
    }

    fn asked(&self, document: &DocumentId) -> usize {
        self.state.lock().unwrap().asked.get(&document.to_string()).copied().unwrap_or(0)
    }
}

impl AccessRules for Changing {
    fn access(&self, document: &str, _peer: &PeerId) -> Access {
        let mut state = self.state.lock().unwrap();
        *state.asked.entry(document.to_string()).or_default() += 1;
        if state.denied.iter().any(|denied| denied == document) { Access::Deny } else { Access::ReadWrite }
    }

    fn changes(&self) -> watch::Receiver<u64> {
        self.version.subscribe()
    }

    fn concerns(&self, document: &str, since: u64) -> bool {
        let state = self.state.lock().unwrap();
        state.everything > since || state.documents.get(document).is_some_and(|&version| version > since)
    }
}

#[tokio::test]
async fn a_change_to_one_document_re_decides_only_its_pairs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    let rules = Changing::new();
    let policy = SharePolicyHook::new(rules.clone(), storage.tombstones());
    let (changed, other) = (DocumentId::try_from(vec![1u8; 16]).expect("uuid"), DocumentId::try_from(vec![2u8; 16]).expect("uuid"));
    let peer = PeerId::from("phone");
    let read_write = ShareConfig::read_write().with_announce(false);

    let mut changed_pair = Box::pin(policy.share(changed.clone(), peer.clone()));
    let mut other_pair = Box::pin(policy.share(other.clone(), peer.clone()));
    assert_eq!(changed_pair.next().await, Some(read_write));
    assert_eq!(other_pair.next().await, Some(read_write));

    rules.deny(&changed);
    assert_eq!(changed_pair.next().await, Some(ShareConfig::none()), "the changed document's pair is decided again");
    // The other pair wakes, sees the change is not about its document, and
    // goes back to waiting without asking the rules.
    assert_eq!(other_pair.next().now_or_never(), None, "no new decision for the other document");
    assert_eq!((rules.asked(&changed), rules.asked(&other)), (2, 1));

    rules.change_everything();
    assert_eq!(other_pair.next().await, Some(read_write), "a change about everything re-decides every pair");
    assert_eq!(changed_pair.next().await, Some(ShareConfig::none()));
    assert_eq!((rules.asked(&changed), rules.asked(&other)), (3, 2));
    storage.close().await;
}
