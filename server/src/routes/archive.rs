//! The multivoiced archive over HTTP.
//!
//! - `GET /api/v1/cities/{city}/{lang}/archive`: readers (no account) get
//!   the entries published for the city, each voice in their language
//!   where it is translated.
//! - `GET|PUT /api/v1/voices/{id}/consent`: a voice's author sees and sets
//!   who may see it and how they are named; to anyone else it is 404.
//! - `POST /api/v1/voices/{id}/withdraw`: its author withdraws it; it
//!   leaves the published entry and is no one's from then on.
//!
//! - `GET /api/v1/cities/{city}/groups/{group}/export.zip`: the group's
//!   moderators take away its archive (see [`crate::archive::export`]).
//!
//! Entries and voices themselves are registered (`POST /api/v1/documents`,
//! a voice naming its entry as `item`) and synced like every document;
//! entries are published with `POST /api/v1/documents/{id}/publish`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hospes_content::access::Role;
use hospes_content::archive::{Consent, Naming, Visibility};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::error::{ApiError, ApiJson};
use super::read::{load_city, offered_language, with_etag};
use crate::app_state::AppState;
use crate::archive::voices::{self, ConsentRequest, VoiceError};
use crate::archive::{erasure, export, publication};
use crate::db;
use crate::documents::Documents;
use crate::domain::parse_document_id;
use crate::http::auth::SignedIn;

pub async fn published(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((city, language)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let (slug, tag) = (city.slug.clone(), language.clone());
    let entries = state.db.read(move |conn| publication::published_in(conn, &slug, &tag)).await?;
    let entries: Vec<&RawValue> =
        entries.iter().map(|entry| serde_json::from_str(entry)).collect::<Result<_, _>>().map_err(ApiError::internal)?;
    let body = serde_json::to_string(&ArchivePage { city: &city.slug, language: &language, entries }).map_err(ApiError::internal)?;
    Ok(with_etag(&headers, body))
}

/// The archive of one city in one language.
#[derive(serde::Serialize, ts_rs::TS)]
pub struct ArchivePage<'a> {
    pub city: &'a str,
    pub language: &'a str,
    /// The stored renderings, newest first, as they are.
    #[ts(type = "Array<RenderedEntry>")]
    pub entries: Vec<&'a RawValue>,
}

pub async fn consent(State(state): State<AppState>, user: SignedIn, Path(voice): Path<String>) -> Result<Json<Consent>, ApiError> {
    let voice = voice_id(&voice)?;
    let account_id = user.session.account_id;
    Ok(Json(state.db.read(move |conn| voices::consent_of_own(conn, &voice, account_id)).await?))
}

/// What an author sends to set their voice's consent.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentBody {
    visibility: Visibility,
    naming: Naming,
}

pub async fn set_consent(
    State(state): State<AppState>,
    user: SignedIn,
    Path(voice): Path<String>,
    ApiJson(body): ApiJson<ConsentBody>,
) -> Result<Json<Consent>, ApiError> {
    let voice = voice_id(&voice)?;
    let request = ConsentRequest::parse(body.visibility, body.naming)?;
    let (actor, account_id, id) = (user.actor(), user.session.account_id, voice.clone());
    let consent = state.db.call(move |conn| voices::set_consent(conn, &id, &actor, account_id, &request, db::now())).await?;
    state.access.voice_changed(&voice);
    Ok(Json(consent))
}

pub async fn withdraw(State(state): State<AppState>, user: SignedIn, Path(voice): Path<String>) -> Result<StatusCode, ApiError> {
    let voice = voice_id(&voice)?;
    let (actor, account_id, id) = (user.actor(), user.session.account_id, voice.clone());
    state.db.call(move |conn| voices::withdraw(conn, &id, &actor, account_id, db::now())).await?;
    // From here no sync peer may have it, before its history is erased.
    state.access.voice_changed(&voice);
    let document = voice.parse().map_err(ApiError::internal)?;
    // Its recordings and photos go with it, those it named before too (read
    // before the document is erased).
    let media = Documents::of(&state.repo).read(&document, erasure::media_in_history).await.unwrap_or_default();
    // Not erased now (a busy WAL): the next start finishes it, and no one
    // gets the voice meanwhile.
    erasure::erase_voice(&state.storage, &document).await.map_err(ApiError::internal)?;
    for hash in media {
        state.media.delete(&state.db, &hash).await.map_err(ApiError::internal)?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// One export at a time: each reads every entry and voice of a group.
static EXPORTS: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| tokio::sync::Semaphore::new(1));

pub async fn export(
    State(state): State<AppState>,
    user: SignedIn,
    Path((city, group)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let moderates = user
        .access
        .grants
        .iter()
        .any(|grant| grant.role == Role::GroupModerator && grant.city == city && grant.group.as_deref() == Some(group.as_str()));
    if !moderates {
        return Err(ApiError::forbidden());
    }
    let _turn = EXPORTS.try_acquire().map_err(|_| ApiError::busy())?;
    let file = tempfile::NamedTempFile::new().map_err(ApiError::internal)?;
    export::export(&state.repo, &state.db, &city, &group, Some(&state.media), file.path()).await.map_err(ApiError::internal)?;
    // Open, then let the name go: the open file is read to its end.
    let opened = tokio::fs::File::open(file.path()).await.map_err(ApiError::internal)?;
    drop(file);
    let body = axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(opened));
    let disposition = format!("attachment; filename=\"{group}-archive.zip\"");
    Ok(([(header::CONTENT_TYPE, "application/zip".to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response())
}

/// A voice id; one that is not a document id is no voice of yours either.
fn voice_id(raw: &str) -> Result<String, ApiError> {
    parse_document_id(raw).map(|id| id.to_string()).map_err(|_| VoiceError::NotFound.into())
}

impl From<VoiceError> for ApiError {
    fn from(error: VoiceError) -> Self {
        match error {
            VoiceError::NotFound => ApiError::not_found("unknown_voice", error.to_string()),
            VoiceError::Withdrawn => ApiError::conflict("withdrawn", error.to_string()),
            VoiceError::Invalid(invalid) => invalid.into(),
            VoiceError::Database(error) => error.into(),
        }
    }
}
