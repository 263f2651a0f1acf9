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
//! Entries and voices themselves are registered (`POST /api/v1/documents`,
//! a voice naming its entry as `item`) and synced like every document;
//! entries are published with `POST /api/v1/documents/{id}/publish`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use hospes_content::archive::{Consent, Naming, Visibility};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::error::{ApiError, ApiJson};
use super::read::{load_city, offered_language, with_etag};
use crate::app_state::AppState;
use crate::archive::voices::{self, ConsentRequest, VoiceError};
use crate::archive::{erasure, publication};
use crate::db;
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
#[derive(serde::Serialize)]
struct ArchivePage<'a> {
    city: &'a str,
    language: &'a str,
    entries: Vec<&'a RawValue>,
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
    // Not erased now (a busy WAL): the next start finishes it, and no one
    // gets the voice meanwhile.
    erasure::erase_voice(&state.storage, &document).await.map_err(ApiError::internal)?;
    Ok(StatusCode::NO_CONTENT)
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
