//! The bounded way in. An upload holds one of [`RECEIVING`] places from
//! before its first byte is read to when its file is stored; beyond that
//! it is refused at once (503 `busy`), as passphrase checks are, so a
//! flood of uploads costs at most that many bodies in memory. A body is
//! counted as it arrives and refused the moment it crosses its type's
//! limit (or at once, when its `Content-Length` says it will). Stripping
//! and hashing run in [`crate::cpu_work`] (blocking threads, as many at
//! once as cores), never on the async workers.

use std::sync::{Arc, LazyLock};

use axum::body::Body;
use futures::StreamExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{MediaError, MediaHash, MediaType};

/// Uploads received or processed at once: at most this many bodies (each
/// at most 25 MiB, with its stripped copy) are in memory.
pub const RECEIVING: usize = 8;

static PLACES: LazyLock<Arc<Semaphore>> = LazyLock::new(|| Arc::new(Semaphore::new(RECEIVING)));

/// A place for one upload, or [`MediaError::Busy`].
pub fn admit() -> Result<OwnedSemaphorePermit, MediaError> {
    PLACES.clone().try_acquire_owned().map_err(|_| MediaError::Busy)
}

/// The declared type, which must be on the list.
pub fn declared(content_type: Option<&str>) -> Result<MediaType, MediaError> {
    let allowed = || MediaType::ALL.map(MediaType::as_str).join(", ");
    match content_type {
        None => Err(MediaError::Unsupported(format!("say the file's type in Content-Type: one of {}", allowed()))),
        Some(value) => MediaType::from_content_type(value)
            .ok_or_else(|| MediaError::Unsupported(format!("{value} is not accepted; send one of {}", allowed()))),
    }
}

/// The whole body, refused as soon as it is longer than `media_type`
/// allows. `declared_length` is the request's `Content-Length`, if any.
pub async fn receive(body: Body, media_type: MediaType, declared_length: Option<u64>) -> Result<Vec<u8>, MediaError> {
    let limit = media_type.max_bytes();
    let too_large = MediaError::TooLarge { media_type, limit };
    if declared_length.is_some_and(|length| length > limit as u64) {
        return Err(too_large);
    }
    let mut bytes = Vec::with_capacity(declared_length.map_or(0, |length| length as usize));
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| MediaError::BrokenOff)?;
        if bytes.len() + chunk.len() > limit {
            return Err(too_large);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// The bytes without their metadata and their hash, if they are what
/// `media_type` says.
pub async fn strip_and_hash(media_type: MediaType, bytes: Vec<u8>) -> Result<(MediaHash, Vec<u8>), MediaError> {
    let sniffed = MediaType::sniff(&bytes);
    if sniffed != Some(media_type) {
        return Err(MediaError::Unsupported(match sniffed {
            Some(other) => format!("the file was sent as {media_type} but is {other}"),
            None => format!("the file was sent as {media_type} but is not one"),
        }));
    }
    crate::cpu_work::run(move || {
        let stripped = super::strip(media_type, &bytes)?;
        Ok((MediaHash::of(&stripped), stripped))
    })
    .await
}
