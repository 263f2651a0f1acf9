//! The read API: what readers (no account, no cookie) get.
//!
//! `GET /api/v1/cities`, `GET /api/v1/cities/{city}`,
//! `GET /api/v1/cities/{city}/{lang}/bundle` (everything published, in one
//! language, for offline reading, with the opening hours and event
//! occurrences of the coming weeks worked out: see
//! [`hospes_content::reading::calendar`]; ETag and 304), and
//! `GET /api/v1/cities/{city}/{lang}/items/{id}`.
//! Content JSON uses the content model's names (snake_case).

use std::str::FromStr;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use hospes_content::model::City;
use samod::DocumentId;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::error::ApiError;
use crate::app_state::AppState;
use crate::cpu_work;
use crate::domain::Slug;
use hospes_content::reading::render::fallback_chain;
use crate::read_side::projection;
use hospes_content::reading::calendar;
use crate::documents::{DocumentError, Documents};
use crate::publishing::publications;
use crate::documents::document_classes;
use crate::languages;

pub async fn cities(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let cities = state
        .db
        .call(|conn| -> rusqlite::Result<Vec<Value>> {
            let mut stmt = conn.prepare("SELECT slug, name FROM cities ORDER BY name")?;
            stmt.query_map([], |row| Ok(json!({ "slug": row.get::<_, String>(0)?, "name": row.get::<_, String>(1)? })))?
                .collect()
        })
        .await?;
    Ok(Json(Value::Array(cities)))
}

pub async fn city(State(state): State<AppState>, Path(city): Path<String>) -> Result<Json<Value>, ApiError> {
    let city = load_city(&state, &city).await?;
    Ok(Json(city_json(&city)))
}

pub async fn bundle(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((city, language)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let (slug, tag) = (city.slug.clone(), language.clone());
    let (items, services, events) = state
        .db
        .call(move |conn| -> rusqlite::Result<_> {
            // One snapshot: a publish landing in between cannot show an
            // item without its hours, or hours without the item. Deferred:
            // a read must not take the write lock (the server's default is
            // immediate, for its write transactions).
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?;
            Ok((
                projection::bundle(&tx, &slug, &tag)?,
                publications::published_of_kind(&tx, &slug, "service")?,
                publications::published_of_kind(&tx, &slug, "event")?,
            ))
        })
        .await?;
    // Depends on the city's local date only, so the ETag holds all day.
    let time_zone = city.time_zone.clone();
    let calendar = cpu_work::run(move || calendar::of_published(&time_zone, &services, &events, Utc::now()))
        .await
        .map(|calendar| format!(",\"calendar\":{calendar}"))
        .unwrap_or_default();
    // The stored items are JSON already: join them rather than re-parse.
    let body = format!(
        "{{\"city\":{},\"language\":{},\"items\":[{}]{calendar}}}",
        city_json(&city),
        json!(language),
        items.join(",")
    );
    Ok(with_etag(&headers, body))
}

pub async fn item(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((city, language, id)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let id = DocumentId::from_str(&id)
        .map_err(|_| ApiError::not_found("unknown_item", "no such published item"))?
        .to_string();
    let slug = city.slug.clone();
    let body = state
        .db
        .call(move |conn| projection::item(conn, &slug, &language, &id))
        .await?
        .ok_or_else(|| ApiError::not_found("unknown_item", "no such published item"))?;
    Ok(with_etag(&headers, body))
}

/// The city's current configuration document.
pub(super) async fn load_city(state: &AppState, city: &str) -> Result<City, ApiError> {
    let unknown = || ApiError::not_found("unknown_city", format!("there is no city {city:?}"));
    let slug = Slug::parse("city", city).map_err(|_| unknown())?;
    let id = state
        .db
        .call(move |conn| document_classes::city_document(conn, slug.as_str()))
        .await?
        .ok_or_else(unknown)?;
    let document = Documents::parse_id(&id).map_err(ApiError::internal)?;
    match Documents::of(&state.repo).read(&document, |doc| newest_readable_city(doc, city)).await {
        Ok(city) => city,
        Err(DocumentError::NoContent(_)) => Err(unknown()),
        Err(error) => Err(ApiError::internal(error)),
    }
}

/// How far back a city document that no longer reads is searched for a
/// version that does.
const CITY_VERSIONS_TRIED: usize = 200;

/// The city document is read live (not pinned), and editors write it from
/// their phones: a write the model cannot read (a client bug, an older app)
/// must not take the whole city's guide down. Readers then get the newest
/// version that reads, and the log says so (the document's id only).
fn newest_readable_city(doc: &automerge::Automerge, city: &str) -> Result<City, ApiError> {
    let error = match autosurgeon::hydrate::<_, City>(doc) {
        Ok(current) => return Ok(current),
        Err(error) => error,
    };
    // Every reader's request comes here while the document stays broken:
    // walk back (and warn) once per version of it, not once per request.
    let heads = doc.get_heads();
    let mut fallbacks = CITY_FALLBACKS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((at, readable)) = fallbacks.get(city)
        && *at == heads
    {
        return Ok(readable.clone());
    }
    let mut changes = doc.get_changes(&[]);
    changes.reverse();
    for change in changes.into_iter().take(CITY_VERSIONS_TRIED) {
        let Ok(version) = doc.fork_at(&[change.hash()]) else { continue };
        if let Ok(readable) = autosurgeon::hydrate::<_, City>(&version) {
            tracing::warn!(city, %error, version = %change.hash(), "the city document does not read; serving its newest version that does");
            fallbacks.insert(city.to_string(), (heads, readable.clone()));
            return Ok(readable);
        }
    }
    Err(ApiError::internal(format!("city {city}: {error}")))
}

/// By city: the heads at which its document did not read, and the version
/// served instead.
static CITY_FALLBACKS: std::sync::Mutex<std::collections::BTreeMap<String, (Vec<automerge::ChangeHash>, City)>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

/// `language` if the city offers it, in the city's spelling.
pub(super) fn offered_language(city: &City, language: &str) -> Result<String, ApiError> {
    fallback_chain(city, language)
        .map(|chain| chain[0].to_ascii_lowercase())
        .ok_or_else(|| {
            let offered: Vec<&str> = city.languages.iter().map(|l| l.tag.as_str()).collect();
            ApiError::not_found(
                "unknown_language",
                format!("{} is offered in {}; not in {language:?}", city.name, offered.join(", ")),
            )
        })
}

fn city_json(city: &City) -> Value {
    json!({
        "slug": city.slug,
        "name": city.name,
        "time_zone": city.time_zone,
        "source_language": city.source_language,
        "sample": city.sample,
        "languages": city.languages.iter().map(|language| json!({
            "tag": language.tag,
            "name": languages::endonym(&language.tag),
            "direction": language.direction,
            "fallback": language.fallback,
        })).collect::<Vec<_>>(),
        "categories": city.categories,
    })
}

/// A JSON body with a strong ETag; `304 Not Modified` when the client has it.
/// Phones revalidate their offline copy this way and download nothing when
/// nothing changed.
fn with_etag(headers: &HeaderMap, body: String) -> Response {
    let digest = Sha256::digest(body.as_bytes());
    let etag = format!("\"{}\"", digest[..16].iter().map(|b| format!("{b:02x}")).collect::<String>());
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag));
    let mut response = if cached {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    let response_headers = response.headers_mut();
    response_headers.insert(header::ETAG, HeaderValue::from_str(&etag).expect("hex"));
    response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[derive(serde::Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

/// `GET /api/v1/cities/{city}/{lang}/search?q=`: published items matching
/// every word, in `lang` first, then its fallbacks, then other languages;
/// each rendered in `lang`.
pub async fn search(
    State(state): State<AppState>,
    Path((city, language)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<SearchQuery>,
) -> Result<Json<Value>, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let raw = query.q.unwrap_or_default();
    let fts = crate::read_side::search::parse_query(&raw)?;
    let chain = fallback_chain(&city, &language).expect("offered");
    let slug = city.slug.clone();
    let results = state
        .db
        .call(move |conn| -> rusqlite::Result<Vec<String>> {
            let ids = crate::read_side::search::search(conn, &slug, &fts, &chain)?;
            let mut bodies = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(body) = projection::item(conn, &slug, &language, &id)? {
                    bodies.push(body);
                }
            }
            Ok(bodies)
        })
        .await?;
    let results: Vec<Value> = results.iter().filter_map(|body| serde_json::from_str(body).ok()).collect();
    Ok(Json(json!({ "query": raw, "results": results })))
}
