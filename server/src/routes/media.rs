//! `POST /api/v1/cities/{city}/groups/{group}/media`: a group's member
//! uploads a recording or a picture (the raw bytes, their type in
//! `Content-Type`); `GET /api/v1/media/{hash}`: the group's members read
//! it back, and anyone once the group published it.
//!
//! Group slugs are per city (two cities can each have `voices`), so the
//! upload names both. These bodies are not JSON, so the routes sit beside
//! the API's `require_json` layer; cross-origin uploads are still refused
//! by the same-origin check every request passes, and no HTML form can
//! send these types anyway. A file nobody may read answers 404 as if it
//! did not exist. Reads answer byte ranges, which audio players need.

use axum::Json;
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use hospes_content::access::{Grant, Role};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use tokio_util::io::ReaderStream;

use super::error::ApiError;
use crate::app_state::AppState;
use crate::domain::Slug;
use crate::http::auth::{SignedIn, session_of};
use crate::http::byte_range::{self, Answer};
use crate::media::store::{self, Owner};
use crate::media::{MediaHash, upload};

pub fn router() -> Router<AppState> {
    // No DefaultBodyLimit here: the body is read as a stream and counted
    // against its type's limit (`media::upload::receive`).
    Router::new().route("/v1/cities/{city}/groups/{group}/media", post(upload)).route("/v1/media/{hash}", get(read))
}

fn is_member(grants: &[Grant], owner: &Owner) -> bool {
    grants.iter().any(|grant| {
        matches!(grant.role, Role::GroupMember | Role::GroupModerator)
            && grant.city == owner.city
            && grant.group.as_deref() == Some(owner.group.as_str())
    })
}

async fn upload(
    State(state): State<AppState>,
    Path((city, group)): Path<(String, String)>,
    user: SignedIn,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    let owner = Owner { city: Slug::parse("city", &city)?.to_string(), group: Slug::parse("group", &group)?.to_string() };
    if !is_member(&user.access.grants, &owner) {
        return Err(ApiError::forbidden());
    }
    let media_type = upload::declared(headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()))?;
    let declared_length = headers.get(header::CONTENT_LENGTH).and_then(|value| value.to_str().ok()).and_then(|value| value.parse().ok());
    let _place = upload::admit()?;
    let bytes = upload::receive(body, media_type, declared_length).await?;
    let (hash, stripped) = upload::strip_and_hash(media_type, bytes).await?;
    let stored = state.media.put(&state.db, owner, user.session.account_id, media_type, hash, stripped).await?;
    let status = if stored.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((
        status,
        Json(json!({
            "hash": stored.hash.as_str(),
            "url": format!("/api/v1/media/{}", stored.hash),
            "mime": stored.media_type.as_str(),
            "size": stored.size,
        })),
    ))
}

async fn read(State(state): State<AppState>, Path(hash): Path<String>, headers: HeaderMap) -> Result<Response, ApiError> {
    let not_found = || ApiError::not_found("not_found", "there is no such media file, or you may not see it");
    let hash = MediaHash::parse(&hash).ok_or_else(not_found)?;
    let lookup = hash.clone();
    let holding = state.db.read(move |conn| store::holding(conn, &lookup)).await?.ok_or_else(not_found)?;
    let public = holding.is_public();
    if !public {
        let access = session_of(&state, &headers).await?.and_then(|session| state.access.session(&session.id));
        let member = access.is_some_and(|access| holding.owners.iter().any(|(owner, _)| is_member(&access.grants, owner)));
        if !member {
            return Err(not_found());
        }
    }
    let etag = HeaderValue::from_str(&format!("\"{hash}\"")).expect("hex is a valid header value");
    // Unpublishing must reach readers, so even public copies are revalidated (a 304 is cheap).
    let cache_control = HeaderValue::from_static(if public { "public, no-cache" } else { "private" });
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag || tag.trim() == "*"));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut file = match tokio::fs::File::open(state.media.path_of(&hash)).await {
            Ok(file) => file,
            Err(error) => return Err(ApiError::internal(format!("media file {hash} is in the table but cannot be opened: {error}"))),
        };
        let length = file.metadata().await.map_err(ApiError::internal)?.len();
        let range = headers.get(header::RANGE).and_then(|value| value.to_str().ok());
        let (status, start, count) = match byte_range::answer(range, length) {
            Answer::Whole => (StatusCode::OK, 0, length),
            Answer::Part { start, end } => (StatusCode::PARTIAL_CONTENT, start, end - start + 1),
            Answer::Unsatisfiable => {
                let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                response.headers_mut().insert(header::CONTENT_RANGE, HeaderValue::from_str(&format!("bytes */{length}")).expect("digits"));
                return Ok(response);
            }
        };
        file.seek(std::io::SeekFrom::Start(start)).await.map_err(ApiError::internal)?;
        let mut response = (status, Body::from_stream(ReaderStream::new(file.take(count)))).into_response();
        let response_headers = response.headers_mut();
        response_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(holding.media_type.as_str()));
        response_headers.insert(header::CONTENT_LENGTH, HeaderValue::from(count));
        response_headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
        if status == StatusCode::PARTIAL_CONTENT {
            let content_range = format!("bytes {start}-{}/{length}", start + count - 1);
            response_headers.insert(header::CONTENT_RANGE, HeaderValue::from_str(&content_range).expect("digits"));
        }
        response
    };
    let response_headers = response.headers_mut();
    response_headers.insert(header::ETAG, etag);
    response_headers.insert(header::CACHE_CONTROL, cache_control);
    response_headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(response)
}
