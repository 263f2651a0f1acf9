//! `GET /api/v1/documents/{id}/translations`: where each language of the
//! item's city stands (missing, outdated, machine, up to date), from the
//! current drafts, for editors and translators. Needs read access to the
//! item.

use axum::Json;
use axum::extract::{Path, State};
use hospes_content::access::DocKind;
use hospes_content::model::{Article, City, Event, Service, Translation};
use hospes_content::translation_status::{TranslationState, TranslationStatus, status};
use samod::Repo;
use serde::Serialize;
use ts_rs::TS;

use super::error::ApiError;
use crate::app_state::AppState;
use crate::documents::document_classes;
use crate::documents::{DocumentError, Documents};
use crate::domain::parse_document_id;
use crate::http::auth::SignedIn;

/// Where each of the city's languages stands for one item.
#[derive(Serialize, TS)]
pub struct TranslationStatuses {
    pub document: String,
    pub source_language: String,
    #[ts(type = "number")]
    pub source_revision: i64,
    /// The user may edit the item.
    pub write: bool,
    pub languages: Vec<LanguageStatus>,
}

#[derive(Serialize, TS)]
pub struct LanguageStatus {
    pub language: String,
    pub status: TranslationStatus,
    /// The translation's document, once there is one.
    pub document: Option<String>,
}

pub async fn statuses(
    State(state): State<AppState>,
    user: SignedIn,
    Path(document): Path<String>,
) -> Result<Json<TranslationStatuses>, ApiError> {
    let id = parse_document_id(&document)?.to_string();
    let (class, allowed) = state
        .access
        .permissions_on(&user.access.grants, &id)
        .filter(|(_, allowed)| allowed.read)
        .ok_or_else(|| ApiError::not_found("unknown_document", "no such document"))?;
    let (source_language, source_revision) = match class.kind {
        DocKind::Service => current::<Service>(&state.repo, &id).await.map(|s| (s.source_language, s.source_revision))?,
        DocKind::Article => current::<Article>(&state.repo, &id).await.map(|a| (a.source_language, a.source_revision))?,
        DocKind::Event => current::<Event>(&state.repo, &id).await.map(|e| (e.source_language, e.source_revision))?,
        _ => return Err(ApiError::not_found("not_translatable", "this document has no translations")),
    };
    let (city_doc, translation_docs) = {
        let (city, id) = (class.city.clone(), id.clone());
        state
            .db
            .call(move |conn| -> rusqlite::Result<_> {
                Ok((document_classes::city_document(conn, &city)?, document_classes::translations_of(conn, &id)?))
            })
            .await?
    };
    let city: City = current(&state.repo, &city_doc.ok_or_else(|| ApiError::internal("a city without configuration"))?).await?;
    let mut languages = Vec::new();
    for language in &city.languages {
        let translation_doc = translation_docs.iter().find(|(_, tag)| tag.eq_ignore_ascii_case(&language.tag));
        let translation = match translation_doc {
            Some((doc, _)) => current::<Translation>(&state.repo, doc).await.ok(),
            None => None,
        };
        let state_of = translation.as_ref().map(|t| TranslationState {
            translated_from_revision: t.translated_from_revision,
            machine: t.machine,
            has_text: t.fields.values().any(|text| !text.as_str().trim().is_empty()),
        });
        languages.push(LanguageStatus {
            language: language.tag.clone(),
            status: status(&source_language, source_revision, &language.tag, state_of),
            document: translation_doc.map(|(doc, _)| doc.clone()),
        });
    }
    Ok(Json(TranslationStatuses { document: id, source_language, source_revision, write: allowed.write, languages }))
}

async fn current<T: autosurgeon::Hydrate>(repo: &Repo, id: &str) -> Result<T, ApiError> {
    let document = Documents::parse_id(id).map_err(ApiError::internal)?;
    match Documents::of(repo).current(&document).await {
        Ok((value, _)) => Ok(value),
        Err(DocumentError::NoContent(_)) => Err(ApiError::not_found("no_content", "the server has no content for this document yet")),
        Err(error @ DocumentError::Unreadable { .. }) => {
            Err(ApiError::new(axum::http::StatusCode::UNPROCESSABLE_ENTITY, "invalid_document", error.to_string()))
        }
        Err(error) => Err(ApiError::internal(error)),
    }
}
