//! A samod (Rust automerge-repo) client for tests.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ChangeHash, ObjType, ROOT, ReadDoc, Value};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, SinkExt, StreamExt};
use samod::{BackoffConfig, ConnectionId, DialError, Dialer, DialerHandle, DocHandle, PeerDocState, PeerId, Repo, Transport};
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::accounts::User;

/// A client repo that keeps its documents in memory, like a phone would in
/// IndexedDB, speaking as `user`'s session (the server binds the sync
/// connection to the session's peer id).
pub async fn repo(user: &User) -> Repo {
    Repo::build_tokio().with_peer_id(PeerId::from(user.peer_id.as_str())).load().await
}

/// Dials the server's `/sync` as `user`, with quick retries (the server may
/// be down). A refused session (401) fails the dialer for good.
pub fn dial(repo: &Repo, sync_url: &str, user: &User) -> DialerHandle<WsError> {
    let backoff = BackoffConfig { initial_delay: Duration::from_millis(50), max_delay: Duration::from_millis(500), max_retries: None };
    let dialer = BearerDialer { url: sync_url.parse().expect("a ws:// URL"), token: user.token.clone() };
    repo.dial(backoff, Arc::new(dialer)).expect("the repo is running")
}

/// Dials and waits for the handshake.
pub async fn connect(repo: &Repo, sync_url: &str, user: &User) -> DialerHandle<WsError> {
    let dialer = dial(repo, sync_url, user);
    tokio::time::timeout(Duration::from_secs(20), dialer.established())
        .await
        .expect("connected within 20 s")
        .expect("the handshake succeeds");
    dialer
}

/// A WebSocket dialer that sends the session token as a bearer token.
struct BearerDialer {
    url: samod::Url,
    token: String,
}

impl Dialer for BearerDialer {
    type Error = WsError;

    fn url(&self) -> samod::Url {
        self.url.clone()
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<WsError>>> {
        let url = self.url.clone();
        let token = self.token.clone();
        Box::pin(async move {
            let mut request = url.as_str().into_client_request().map_err(DialError::PermanentFailure)?;
            request.headers_mut().insert("authorization", format!("Bearer {token}").parse().expect("a header value"));
            let (socket, _) = tokio_tungstenite::connect_async(request).await.map_err(|error| match error {
                WsError::Http(ref response) if response.status() == 401 => DialError::PermanentFailure(error),
                error => DialError::transient(error),
            })?;
            let (sink, stream) = socket.split();
            let incoming = stream.filter_map(|message| {
                futures::future::ready(match message {
                    Ok(Message::Binary(bytes)) => Some(Ok(bytes.to_vec())),
                    Ok(_) => None,
                    Err(error) => Some(Err(error)),
                })
            });
            let outgoing = sink.with(|bytes: Vec<u8>| futures::future::ready(Ok::<_, WsError>(Message::Binary(bytes.into()))));
            Ok(Transport::new(Box::pin(incoming), Box::pin(outgoing)))
        })
    }
}

/// `find` with a bound: the server never answers for a document it
/// denies, so "not within 5 s" counts as not found.
pub async fn find(repo: &Repo, id: &str) -> Option<DocHandle> {
    let id: samod::DocumentId = id.parse().expect("a document id");
    match tokio::time::timeout(Duration::from_secs(5), repo.find(id)).await {
        Ok(found) => found.expect("the repo runs"),
        Err(_) => None,
    }
}

/// Sets a string field at the document's root.
pub fn put(handle: &DocHandle, key: &str, value: &str) {
    handle.with_document(|doc| {
        doc.transact::<_, _, AutomergeError>(|tx| {
            tx.put(ROOT, key, value)?;
            Ok(())
        })
        .expect("a local change applies")
    });
}

/// Reads a string field at the document's root, whether it is stored as a
/// plain string (as samod clients here write it) or as collaborative text
/// (as automerge-repo 2 / Automerge 3 JavaScript clients write strings).
pub fn get(handle: &DocHandle, key: &str) -> Option<String> {
    handle.with_document(|doc| match doc.get(ROOT, key).ok().flatten()? {
        (Value::Object(ObjType::Text), text) => doc.text(&text).ok(),
        (value, _) => value.into_string().ok(),
    })
}

/// Waits until the server has said it has every change of `handle`: the
/// acknowledgement a client relies on before it may forget its copy.
pub async fn acknowledged(handle: &DocHandle, dialer: &DialerHandle<WsError>) {
    let connection = dialer.connection_id().expect("the dialer is connected");
    tokio::time::timeout(Duration::from_secs(20), handle.they_have_our_changes(connection))
        .await
        .expect("the server acknowledges within 20 s");
}

/// Like [`acknowledged`], for a dialer that may still be connecting.
pub async fn acknowledged_after_connect(handle: &DocHandle, dialer: &DialerHandle<WsError>) {
    tokio::time::timeout(Duration::from_secs(30), dialer.established())
        .await
        .expect("connected within 30 s")
        .expect("the handshake succeeds");
    acknowledged(handle, dialer).await;
}

/// What the server has told a client it holds of one document: every change
/// hash named in the heads of the server's sync messages (samod's
/// `their_heads` for the connection), as the document's peer states report
/// them. A client counts a change as safe on the server once these heads
/// include it or a descendant of it; automerge-repo's "sync info for the
/// server's storage" is the same heads.
///
/// The states are collected when asked ([`Self::heard`]), not by a task, so
/// that a caller can be sure it has seen everything: once
/// [`Self::is_disconnected`] holds, every state from before the connection
/// closed is already queued here (samod updates the peer list and queues the
/// changes under one lock).
pub struct ServerHeads {
    handle: DocHandle,
    changes: Mutex<BoxStream<'static, HashMap<ConnectionId, PeerDocState>>>,
    heard: Mutex<HashSet<ChangeHash>>,
}

impl ServerHeads {
    pub fn watch(handle: &DocHandle) -> ServerHeads {
        let (current, changes) = handle.peers();
        let heads = ServerHeads { handle: handle.clone(), changes: Mutex::new(changes.boxed()), heard: Mutex::new(HashSet::new()) };
        heads.take_in(current.values());
        heads
    }

    fn take_in<'a>(&self, states: impl Iterator<Item = &'a PeerDocState>) {
        let mut heard = self.heard.lock().expect("heads lock");
        for state in states {
            heard.extend(state.their_heads.iter().flatten().copied());
        }
    }

    /// Every change hash the server has named in its heads so far.
    pub fn heard(&self) -> HashSet<ChangeHash> {
        let mut changes = self.changes.lock().expect("changes lock");
        while let Some(Some(states)) = changes.next().now_or_never() {
            self.take_in(states.values());
        }
        drop(changes);
        self.heard.lock().expect("heads lock").clone()
    }

    /// Whether the document has no connection to any peer (any more).
    pub fn is_disconnected(&self) -> bool {
        self.handle.peers().0.is_empty()
    }
}
