//! An editor's documents in one response, so a device need not ask for
//! thousands of documents one by one:
//!
//! - `GET /api/v1/cities/{city}/snapshot`: every saved document of the city
//!   the signed-in user may read (a device's first sync).
//! - `POST /api/v1/cities/{city}/snapshot` with `{"documents": [ids]}`: those
//!   of them (a later opening: the documents the list says were stored to
//!   since the device caught up with them). Ids it may not read, or that are
//!   not the city's, are left out as if unknown.
//!
//! Which documents: exactly those `/sync` would share with this session (the
//! share policy's rules, [`crate::access::ServerAccess::permissions_of`], and
//! no erased one). The client stores each and syncs on from its heads, so a
//! change made meanwhile arrives by the normal path.
//!
//! The body is a stream of frames, one per document, each
//! `[u16 id length][id, UTF-8][u32 data length][data]` (big-endian), the
//! data being the document's stored chunks as Automerge loads them. It is
//! compressed like every answer (the router's compression layer) and
//! written as it is read, one document at a time, from the storage's read
//! connections (blocking threads, not the async workers). At most
//! [`CONCURRENT_SNAPSHOTS`] are written at once; another asks again later
//! (503 `busy`).

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use hospes_sync::storage::SqliteStorage;
use samod::DocumentId;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};

use std::collections::HashSet;

use serde::Deserialize;

use super::error::{ApiError, ApiJson};
use crate::app_state::AppState;
use crate::documents::document_classes;
use crate::domain::{Invalid, Slug, parse_document_id};
use crate::http::auth::SignedIn;

/// Snapshots written at once, server-wide: each reads every document of a city.
pub const CONCURRENT_SNAPSHOTS: usize = 2;

/// Documents one `POST` may name (a device further behind asks in turns).
pub const MAX_NAMED: usize = 1_000;

/// Frames buffered ahead of a slow client.
const FRAMES_AHEAD: usize = 16;

/// The media type of the body.
pub const CONTENT_TYPE: &str = "application/vnd.hospes.snapshot";

/// Bounds the snapshots written at once.
#[derive(Clone)]
pub struct SnapshotLimit(Arc<Semaphore>);

impl Default for SnapshotLimit {
    fn default() -> Self {
        SnapshotLimit(Arc::new(Semaphore::new(CONCURRENT_SNAPSHOTS)))
    }
}

pub async fn snapshot(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Response, ApiError> {
    let city = Slug::parse("city", &city)?;
    stream_readable(state, user, city, None).await
}

/// What `POST .../snapshot` takes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    documents: Vec<String>,
}

pub async fn named(
    State(state): State<AppState>,
    user: SignedIn,
    Path(city): Path<String>,
    ApiJson(named): ApiJson<Named>,
) -> Result<Response, ApiError> {
    let city = Slug::parse("city", &city)?;
    if named.documents.len() > MAX_NAMED {
        return Err(Invalid::new("documents", format!("at most {MAX_NAMED} at once")).into());
    }
    let wanted = named.documents.iter().map(|raw| parse_document_id(raw)).collect::<Result<HashSet<_>, _>>()?;
    stream_readable(state, user, city, Some(wanted)).await
}

/// The city's documents this session may read (of `wanted`, when given), as a stream of frames.
async fn stream_readable(state: AppState, user: SignedIn, city: Slug, wanted: Option<HashSet<DocumentId>>) -> Result<Response, ApiError> {
    let permit = state.snapshots.0.clone().try_acquire_owned().map_err(|_| ApiError::busy())?;
    let documents = state.db.call(move |conn| document_classes::list_registered(conn, city.as_str())).await?;
    let readable: Vec<DocumentId> = documents
        .into_iter()
        .filter(|registered| state.access.permissions_of(&user.access.grants, &registered.doc_id, &registered.class).read)
        .filter_map(|registered| registered.doc_id.parse::<DocumentId>().ok())
        .filter(|doc| wanted.as_ref().is_none_or(|wanted| wanted.contains(doc)))
        .filter(|doc| !state.storage.is_erased(doc))
        .collect();
    let (frames, body) = mpsc::channel(FRAMES_AHEAD);
    tokio::spawn(write_frames(state.storage.clone(), readable, frames, permit));
    // Fused: the compression layer polls once more after the end.
    let stream = futures::stream::unfold(body, |mut body| async move { body.recv().await.map(|frame| (frame, body)) }).fuse();
    Ok(([(header::CONTENT_TYPE, CONTENT_TYPE)], Body::from_stream(stream)).into_response())
}

/// Reads and frames each document in turn; stops when the client goes away.
/// A storage failure ends the body with an error (the client sees a cut-off
/// response, never a short one that looks whole).
async fn write_frames(
    storage: SqliteStorage,
    documents: Vec<DocumentId>,
    frames: mpsc::Sender<Result<Bytes, std::io::Error>>,
    _permit: OwnedSemaphorePermit,
) {
    for doc in documents {
        let frame = match storage.saved_document(&doc).await {
            Ok(Some(data)) => Ok(frame(&doc.to_string(), &data)),
            Ok(None) => continue, // registered, not synced yet
            Err(error) => {
                tracing::error!(%error, "cannot read a document for a snapshot");
                Err(std::io::Error::other("storage"))
            }
        };
        let failed = frame.is_err();
        if frames.send(frame).await.is_err() || failed {
            return;
        }
    }
}

/// One document's frame.
pub fn frame(id: &str, data: &[u8]) -> Bytes {
    let mut frame = Vec::with_capacity(6 + id.len() + data.len());
    frame.extend_from_slice(&u16::try_from(id.len()).expect("a document id is short").to_be_bytes());
    frame.extend_from_slice(id.as_bytes());
    frame.extend_from_slice(&u32::try_from(data.len()).expect("a document under 4 GiB").to_be_bytes());
    frame.extend_from_slice(data);
    Bytes::from(frame)
}
