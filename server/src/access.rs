//! Access control as the server enforces it: the share policy samod asks
//! for every (document, peer), and the checks the HTTP routes make.
//!
//! A sync peer is a session (its WebSocket was bound to the session's peer
//! id at the upgrade); a session is an account with grants; a document is
//! its registered class. [`hospes_content::access::permissions`] decides.
//! Anything unknown (peer, session, document, city) is denied.
//!
//! Sessions' grants and documents' classes are cached; every change that
//! could alter an answer (roles changed, session ended, document registered,
//! city setting changed) updates the cache and bumps a version, on which
//! samod re-asks for the active (document, peer) pairs it concerns: a
//! registration or a consent change concerns one document, anything about
//! sessions, roles or cities every one. An ended session's sync connections
//! are closed through its cancellation token.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use hospes_content::access::{CityPolicy, Classification, DocKind, Grant, Permissions, permissions};
use hospes_content::archive::{Consent, voice_permissions};
use hospes_sync::policy::{Access, AccessRules};
use samod::PeerId;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::accounts::{self, sessions};
use crate::archive::consent;
use crate::cities;
use crate::db::{self, Db};
use crate::documents::document_classes;

#[derive(Clone)]
pub struct ServerAccess {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    caches: RwLock<Caches>,
    version: watch::Sender<u64>,
    changes: Mutex<ChangeLog>,
}

/// Which versions changed what, for [`AccessRules::concerns`]. Written in
/// the same step as the version it records, so a pair that sees a version
/// finds every change up to it here.
#[derive(Default)]
struct ChangeLog {
    /// The last version that may have changed answers about every document.
    everything: u64,
    /// Per document, the last version that changed answers about it alone.
    documents: HashMap<String, u64>,
}

#[derive(Default)]
struct Caches {
    sessions: HashMap<String, Arc<SessionAccess>>,
    /// Per session: cancelled when it ends, which closes its sync connections.
    connections: HashMap<String, CancellationToken>,
    classes: HashMap<String, Classification>,
    cities: HashMap<String, CityPolicy>,
    /// Voices' consent; a voice without one is denied.
    consents: HashMap<String, Option<Consent>>,
    /// Bumped by every consent change, so that a consent read from the
    /// database before the change committed is not cached after it.
    consent_generation: u64,
}

/// What a live session may do.
#[derive(Debug)]
pub struct SessionAccess {
    pub account_id: i64,
    pub grants: Vec<Grant>,
}

impl ServerAccess {
    pub fn new(db: Db) -> Self {
        let inner = Inner { db, caches: RwLock::default(), version: watch::channel(0).0, changes: Mutex::default() };
        ServerAccess { inner: Arc::new(inner) }
    }

    /// The access of a live session, loaded once and then cached.
    pub fn session(&self, session_id: &str) -> Option<Arc<SessionAccess>> {
        if let Some(cached) = self.caches().sessions.get(session_id) {
            return Some(cached.clone());
        }
        let loaded = self.inner.db.call_now(|conn| -> rusqlite::Result<_> {
            let Some(session) = sessions::by_id(conn, session_id, db::now())? else {
                return Ok(None);
            };
            let grants = accounts::grants(conn, session.account_id)?;
            Ok(Some(SessionAccess { account_id: session.account_id, grants }))
        });
        let access = match loaded {
            Ok(Some(access)) => Arc::new(access),
            Ok(None) => return None,
            Err(error) => {
                tracing::error!("cannot load a session's access: {error}");
                return None;
            }
        };
        let mut caches = self.caches_mut();
        Some(caches.sessions.entry(session_id.to_string()).or_insert(access).clone())
    }

    /// The switch that closes a session's sync connections when it ends.
    pub fn connection_switch(&self, session_id: &str) -> CancellationToken {
        self.caches_mut().connections.entry(session_id.to_string()).or_default().clone()
    }

    /// Sessions that ended (logout, sign out everywhere, revocation): their
    /// sync connections close and their peers lose every document.
    pub fn sessions_ended(&self, session_ids: &[String]) {
        let mut caches = self.caches_mut();
        for id in session_ids {
            caches.sessions.remove(id);
            if let Some(switch) = caches.connections.remove(id) {
                switch.cancel();
            }
        }
        drop(caches);
        self.bump();
    }

    /// An account's roles changed: its sessions reload their grants, and
    /// samod re-asks about every document their peers have open.
    pub fn account_changed(&self, account_id: i64) {
        self.caches_mut().sessions.retain(|_, session| session.account_id != account_id);
        self.bump();
    }

    pub fn document_registered(&self, doc_id: &str, class: Classification) {
        self.caches_mut().classes.insert(doc_id.to_string(), class);
        self.bump_document(doc_id);
    }

    /// A voice's consent changed (or it was withdrawn): every open sync of
    /// it is asked about again.
    pub fn voice_changed(&self, doc_id: &str) {
        let mut caches = self.caches_mut();
        caches.consents.remove(doc_id);
        caches.consent_generation += 1;
        drop(caches);
        self.bump_document(doc_id);
    }

    fn consent(&self, doc_id: &str) -> Option<Consent> {
        let generation = {
            let caches = self.caches();
            if let Some(consent) = caches.consents.get(doc_id) {
                return consent.clone();
            }
            caches.consent_generation
        };
        let consent = match self.inner.db.call_now(|conn| consent::of(conn, doc_id)) {
            Ok(stored) => stored.map(|stored| stored.consent),
            Err(error) => {
                // Not cached: the next question reads it again.
                tracing::error!("cannot read a voice's consent: {error}");
                return None;
            }
        };
        let mut caches = self.caches_mut();
        if caches.consent_generation == generation {
            caches.consents.insert(doc_id.to_string(), consent.clone());
        }
        consent
    }

    pub fn city_changed(&self, slug: &str) {
        self.caches_mut().cities.remove(slug);
        self.bump();
    }

    /// A document's class, if it is registered.
    pub fn classification(&self, doc_id: &str) -> Option<Classification> {
        if let Some(class) = self.caches().classes.get(doc_id) {
            return Some(class.clone());
        }
        let class = self
            .inner
            .db
            .call_now(|conn| document_classes::classification(conn, doc_id))
            .inspect_err(|error| tracing::error!("cannot read a document class: {error}"))
            .ok()
            .flatten()?;
        self.caches_mut().classes.insert(doc_id.to_string(), class.clone());
        Some(class)
    }

    /// A city's settings; the defaults for a city that does not exist
    /// (which no grant names, so nothing follows from them).
    pub fn city_policy(&self, city: &str) -> CityPolicy {
        if let Some(policy) = self.caches().cities.get(city) {
            return *policy;
        }
        let policy = self.inner.db.call_now(|conn| cities::policy(conn, city)).ok().flatten().unwrap_or_default();
        self.caches_mut().cities.insert(city.to_string(), policy);
        policy
    }

    /// What `grants` allow on the registered document `doc_id`; `None` if
    /// the document is not registered.
    pub fn permissions_on(&self, grants: &[Grant], doc_id: &str) -> Option<(Classification, Permissions)> {
        let class = self.classification(doc_id)?;
        let allowed = self.permissions_of(grants, doc_id, &class);
        Some((class, allowed))
    }

    /// What `grants` allow on `doc_id`, registered as `class`: the matrix,
    /// and for a voice its author's consent.
    pub fn permissions_of(&self, grants: &[Grant], doc_id: &str, class: &Classification) -> Permissions {
        let policy = self.city_policy(&class.city);
        if class.kind == DocKind::ArchiveVoice {
            self.consent(doc_id).map_or(Permissions::NONE, |consent| voice_permissions(grants, class, policy, &consent))
        } else {
            permissions(grants, class, policy)
        }
    }

    /// A change that may concern every document.
    fn bump(&self) {
        self.inner.version.send_modify(|version| {
            *version += 1;
            self.change_log().everything = *version;
        });
    }

    /// A change that concerns `doc_id` only.
    fn bump_document(&self, doc_id: &str) {
        self.inner.version.send_modify(|version| {
            *version += 1;
            self.change_log().documents.insert(doc_id.to_string(), *version);
        });
    }

    fn change_log(&self) -> std::sync::MutexGuard<'_, ChangeLog> {
        self.inner.changes.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn caches(&self) -> std::sync::RwLockReadGuard<'_, Caches> {
        self.inner.caches.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn caches_mut(&self) -> std::sync::RwLockWriteGuard<'_, Caches> {
        self.inner.caches.write().unwrap_or_else(PoisonError::into_inner)
    }
}

impl AccessRules for ServerAccess {
    fn access(&self, document: &str, peer: &PeerId) -> Access {
        let Some(session_id) = sessions::session_of_peer(peer.as_str()) else {
            return Access::Deny;
        };
        let Some(session) = self.session(session_id) else {
            return Access::Deny;
        };
        match self.permissions_on(&session.grants, document) {
            Some((_, allowed)) if allowed.write => Access::ReadWrite,
            Some((_, allowed)) if allowed.read => Access::ReadOnly,
            _ => Access::Deny,
        }
    }

    fn changes(&self) -> watch::Receiver<u64> {
        self.inner.version.subscribe()
    }

    fn concerns(&self, document: &str, since: u64) -> bool {
        let log = self.change_log();
        log.everything > since || log.documents.get(document).is_some_and(|&version| version > since)
    }
}
