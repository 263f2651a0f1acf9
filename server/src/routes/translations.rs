//! `GET /api/v1/documents/{id}/translations`: where each language of the
//! item's city stands (missing, outdated, machine, up to date), from the
//! current drafts, for editors and translators. Needs read access to the
//! item. A translation is up to date once every text of the item that has
//! words in the source is translated, from the current source revision.

use axum::Json;
use axum::extract::{Path, State};
use hospes_content::access::DocKind;
use hospes_content::model::{Article, City, Event, Service, Translation};
use hospes_content::text_fields;
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
    let (source_language, source_revision, texts) = match class.kind {
        DocKind::Service => {
            current::<Service>(&state.repo, &id).await.map(|s| (s.source_language.clone(), s.source_revision, texts_of("service", &s)))?
        }
        DocKind::Article => {
            current::<Article>(&state.repo, &id).await.map(|a| (a.source_language.clone(), a.source_revision, texts_of("article", &a)))?
        }
        DocKind::Event => {
            current::<Event>(&state.repo, &id).await.map(|e| (e.source_language.clone(), e.source_revision, texts_of("event", &e)))?
        }
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
        let state_of = translation.as_ref().map(|t| {
            let translated = |key: &str| t.fields.get(key).is_some_and(|text| !text.as_str().trim().is_empty());
            TranslationState {
                translated_from_revision: t.translated_from_revision,
                machine: t.machine,
                has_text: t.fields.values().any(|text| !text.as_str().trim().is_empty()),
                complete: texts.iter().all(|key| translated(key)),
            }
        });
        languages.push(LanguageStatus {
            language: language.tag.clone(),
            status: status(&source_language, source_revision, &language.tag, state_of),
            document: translation_doc.map(|(doc, _)| doc.clone()),
        });
    }
    Ok(Json(TranslationStatuses { document: id, source_language, source_revision, write: allowed.write, languages }))
}

/// The translation keys of the item's texts that have words in the source
/// (an empty one has nothing to translate), as the web app lists them.
fn texts_of(kind: &str, item: &impl Serialize) -> Vec<String> {
    let json = serde_json::to_value(item).unwrap_or_default();
    text_fields::slots(kind, &json)
        .into_iter()
        .filter(|slot| json.pointer(&slot.pointer).and_then(|v| v.as_str()).is_some_and(|text| !text.trim().is_empty()))
        .map(|slot| slot.key)
        .collect()
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
