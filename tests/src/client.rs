//! A samod (Rust automerge-repo) client for tests.

use std::convert::Infallible;
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ObjType, ROOT, ReadDoc, Value};
use samod::{BackoffConfig, DialerHandle, DocHandle, Repo};

/// A client repo that keeps its documents in memory, like a phone would in
/// IndexedDB.
pub async fn repo() -> Repo {
    Repo::build_tokio().load().await
}

/// Dials the server's `/sync` with quick retries (the server may be down).
pub fn dial(repo: &Repo, sync_url: &str) -> DialerHandle<Infallible> {
    let backoff = BackoffConfig {
        initial_delay: Duration::from_millis(50),
        max_delay: Duration::from_millis(500),
        max_retries: None,
    };
    repo.dial_websocket(sync_url.parse().expect("a ws:// URL"), backoff)
        .expect("the repo is running")
}

/// Dials and waits for the handshake.
pub async fn connect(repo: &Repo, sync_url: &str) -> DialerHandle<Infallible> {
    let dialer = dial(repo, sync_url);
    tokio::time::timeout(Duration::from_secs(20), dialer.established())
        .await
        .expect("connected within 20 s")
        .expect("the handshake succeeds");
    dialer
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
pub async fn acknowledged(handle: &DocHandle, dialer: &DialerHandle<Infallible>) {
    let connection = dialer.connection_id().expect("the dialer is connected");
    tokio::time::timeout(Duration::from_secs(20), handle.they_have_our_changes(connection))
        .await
        .expect("the server acknowledges within 20 s");
}

/// Like [`acknowledged`], for a dialer that may still be connecting.
pub async fn acknowledged_after_connect(handle: &DocHandle, dialer: &DialerHandle<Infallible>) {
    tokio::time::timeout(Duration::from_secs(30), dialer.established())
        .await
        .expect("connected within 30 s")
        .expect("the handshake succeeds");
    acknowledged(handle, dialer).await;
}
