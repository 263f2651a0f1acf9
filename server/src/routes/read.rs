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
use hospes_content::model::{Category, City, Direction};
use samod::DocumentId;
use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::error::ApiError;
use crate::app_state::AppState;
use crate::cpu_work;
use crate::documents::document_classes;
use crate::documents::{DocumentError, Documents};
use crate::domain::Slug;
use crate::languages;
use crate::publishing::publications;
use crate::read_side::projection;
use hospes_content::reading::calendar::{self, Calendar};
use hospes_content::reading::render::fallback_chain;

/// One city this server has a guide for.
#[derive(Serialize, TS)]
pub struct CitySummary {
    pub slug: String,
    pub name: String,
}

/// A city's configuration as readers get it.
#[derive(Serialize, TS)]
pub struct CityInfo {
    pub slug: String,
    pub name: String,
    pub time_zone: String,
    pub source_language: String,
    pub sample: bool,
    pub languages: Vec<OfferedLanguage>,
    pub categories: Vec<Category>,
}

/// A language the city's guide is offered in.
#[derive(Serialize, TS)]
pub struct OfferedLanguage {
    pub tag: String,
    /// The language's name in itself.
    pub name: String,
    pub direction: Direction,
    pub fallback: Option<String>,
}

impl CityInfo {
    fn of(city: &City) -> Self {
        CityInfo {
            slug: city.slug.clone(),
            name: city.name.clone(),
            time_zone: city.time_zone.clone(),
            source_language: city.source_language.clone(),
            sample: city.sample,
            languages: city
                .languages
                .iter()
                .map(|language| OfferedLanguage {
                    tag: language.tag.clone(),
                    name: languages::endonym(&language.tag),
                    direction: language.direction,
                    fallback: language.fallback.clone(),
                })
                .collect(),
            categories: city.categories.clone(),
        }
    }
}

pub async fn cities(State(state): State<AppState>) -> Result<Json<Vec<CitySummary>>, ApiError> {
    let cities = state
        .db
        .read(|conn| -> rusqlite::Result<Vec<CitySummary>> {
            let mut stmt = conn.prepare("SELECT slug, name FROM cities ORDER BY name")?;
            stmt.query_map([], |row| Ok(CitySummary { slug: row.get(0)?, name: row.get(1)? }))?.collect()
        })
        .await?;
    Ok(Json(cities))
}

pub async fn city(State(state): State<AppState>, Path(city): Path<String>) -> Result<Json<CityInfo>, ApiError> {
    let city = load_city(&state, &city).await?;
    Ok(Json(CityInfo::of(&city)))
}

pub async fn bundle(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((city, language)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let (city, city_heads) = load_city_with_heads(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let slug = city.slug.clone();
    let read_version = state.db.read(move |conn| projection::version(conn, &slug)).await?.unwrap_or_default();
    // The calendar depends on the city's local date only, so the ETag
    // holds all day; everything else readers get changes the read version
    // or the city document's heads.
    let local_date = city_local_date(&city.time_zone);
    let etag = bundle_etag(read_version, &city_heads, &language, &local_date);
    if client_has(&headers, &etag) {
        return Ok(not_modified(&etag));
    }

    let (slug, tag) = (city.slug.clone(), language.clone());
    let (items, archive, services, events) = state
        .db
        .read(move |conn| -> rusqlite::Result<_> {
            // One snapshot: a publish landing in between cannot show an
            // item without its hours, or hours without the item. Deferred:
            // a read must not take the write lock (the server's default is
            // immediate, for its write transactions).
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?;
            Ok((
                projection::bundle(&tx, &slug, &tag)?,
                crate::archive::publication::published_in(&tx, &slug, &tag)?,
                publications::published_of_kind(&tx, &slug, "service")?,
                publications::published_of_kind(&tx, &slug, "event")?,
            ))
        })
        .await?;
    let time_zone = city.time_zone.clone();
    let calendar = cpu_work::run(move || calendar::of_published(&time_zone, &services, &events, Utc::now())).await;
    // The stored items are JSON already: embedded as they are, not re-parsed.
    // A stored rendering that is not JSON is the server's fault: say so
    // rather than send a bundle that silently lacks the item.
    let (items, archive) = (embedded(&items)?, embedded(&archive)?);
    let bundle = Bundle { city: CityInfo::of(&city), language: &language, items, archive, calendar };
    let body = serde_json::to_string(&bundle).map_err(ApiError::internal)?;
    Ok(json_with_etag(body, &etag))
}

/// Stored renderings, to embed as they are.
fn embedded(stored: &[String]) -> Result<Vec<&RawValue>, ApiError> {
    stored.iter().map(|item| serde_json::from_str(item)).collect::<Result<_, _>>().map_err(ApiError::internal)
}

/// What a reader's phone downloads to read a city offline.
#[derive(Serialize, TS)]
pub struct Bundle<'a> {
    pub city: CityInfo,
    pub language: &'a str,
    /// The stored renderings, as they are.
    #[ts(type = "Array<RenderedItem>")]
    pub items: Vec<&'a RawValue>,
    /// The published entries of the multivoiced archive, newest first.
    #[ts(type = "Array<RenderedEntry>")]
    pub archive: Vec<&'a RawValue>,
    /// None when the city's time zone does not parse.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub calendar: Option<Calendar>,
}

/// Changes with anything the bundle shows; `EPOCH` makes a restarted
/// server (perhaps on a restored file, perhaps a newer build with other
/// language names) never answer 304 to what an older one sent.
fn bundle_etag(read_version: i64, city_heads: &[automerge::ChangeHash], language: &str, local_date: &str) -> String {
    static EPOCH: std::sync::LazyLock<u128> =
        std::sync::LazyLock::new(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |since| since.as_nanos()));
    let mut heads: Vec<String> = city_heads.iter().map(ToString::to_string).collect();
    heads.sort_unstable();
    let mut hasher = Sha256::new();
    hasher.update(format!("{}/{read_version}/{}/{language}/{local_date}", *EPOCH, heads.join(",")));
    etag_of(&hasher.finalize())
}

fn city_local_date(time_zone: &str) -> String {
    match time_zone.parse::<chrono_tz::Tz>() {
        Ok(zone) => Utc::now().with_timezone(&zone).date_naive().to_string(),
        Err(_) => Utc::now().date_naive().to_string(),
    }
}

pub async fn item(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((city, language, id)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let id = DocumentId::from_str(&id).map_err(|_| ApiError::not_found("unknown_item", "no such published item"))?.to_string();
    let slug = city.slug.clone();
    let body = state
        .db
        .read(move |conn| projection::item(conn, &slug, &language, &id))
        .await?
        .ok_or_else(|| ApiError::not_found("unknown_item", "no such published item"))?;
    Ok(with_etag(&headers, body))
}

/// The city's current configuration document.
pub(super) async fn load_city(state: &AppState, city: &str) -> Result<City, ApiError> {
    load_city_with_heads(state, city).await.map(|(city, _)| city)
}

/// The city's configuration as readers get it, and the document's heads.
async fn load_city_with_heads(state: &AppState, city: &str) -> Result<(City, Vec<automerge::ChangeHash>), ApiError> {
    let unknown = || ApiError::not_found("unknown_city", format!("there is no city {city:?}"));
    let slug = Slug::parse("city", city).map_err(|_| unknown())?;
    let known = lock(&CITY_DOCUMENTS).get(slug.as_str()).cloned();
    let id = match known {
        Some(id) => id,
        None => {
            let looked_up = slug.clone();
            let id = state.db.read(move |conn| document_classes::city_document(conn, looked_up.as_str())).await?.ok_or_else(unknown)?;
            lock(&CITY_DOCUMENTS).insert(slug.as_str().to_string(), id.clone());
            id
        }
    };
    let document = Documents::parse_id(&id).map_err(ApiError::internal)?;
    let read = |doc: &automerge::Automerge| {
        let heads = doc.get_heads();
        if let Some((at, known)) = lock(&CITIES_READ).get(city)
            && *at == heads
        {
            return (Ok(known.clone()), heads);
        }
        let read = newest_readable_city(doc, city);
        if let Ok(value) = &read {
            lock(&CITIES_READ).insert(city.to_string(), (heads.clone(), value.clone()));
        }
        (read, heads)
    };
    match Documents::of(&state.repo).read(&document, read).await {
        Ok((city, heads)) => Ok((city?, heads)),
        Err(DocumentError::NoContent(_)) => Err(unknown()),
        Err(error) => Err(ApiError::internal(error)),
    }
}

/// Each city's configuration document (made with the city, never replaced):
/// a reader's request need not ask the database for it.
static CITY_DOCUMENTS: std::sync::Mutex<std::collections::BTreeMap<String, String>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

/// Each city as last read, with the heads it was read at: every reader's
/// request reads the city, which changes rarely; hydrating it again only
/// when its heads moved keeps a 304 cheap.
static CITIES_READ: std::sync::Mutex<std::collections::BTreeMap<String, (Vec<automerge::ChangeHash>, City)>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
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
    fallback_chain(city, language).map(|chain| chain[0].to_ascii_lowercase()).ok_or_else(|| {
        let offered: Vec<&str> = city.languages.iter().map(|l| l.tag.as_str()).collect();
        ApiError::not_found("unknown_language", format!("{} is offered in {}; not in {language:?}", city.name, offered.join(", ")))
    })
}

/// A JSON body with a strong ETag derived from the body; `304 Not
/// Modified` when the client has it. Phones revalidate their offline copy
/// this way and download nothing when nothing changed.
pub(super) fn with_etag(headers: &HeaderMap, body: String) -> Response {
    let etag = etag_of(&Sha256::digest(body.as_bytes()));
    if client_has(headers, &etag) { not_modified(&etag) } else { json_with_etag(body, &etag) }
}

fn etag_of(digest: &[u8]) -> String {
    format!("\"{}\"", digest[..16].iter().map(|b| format!("{b:02x}")).collect::<String>())
}

fn client_has(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag))
}

fn not_modified(etag: &str) -> Response {
    cacheable(StatusCode::NOT_MODIFIED.into_response(), etag)
}

fn json_with_etag(body: String, etag: &str) -> Response {
    cacheable(([(header::CONTENT_TYPE, "application/json")], body).into_response(), etag)
}

/// What readers get may be kept by a shared cache in front (a city's
/// reverse proxy) for a few seconds, so that a crowd of readers reaches the
/// server about once per interval; browsers revalidate every time (a 304
/// is a lookup). A publish reaches readers behind such a cache within the
/// interval. Readers' responses carry no cookie and nothing personal.
const READERS_CACHE_CONTROL: &str = "public, max-age=0, s-maxage=15, stale-if-error=86400";

fn cacheable(mut response: Response, etag: &str) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::ETAG, HeaderValue::from_str(etag).expect("hex"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(READERS_CACHE_CONTROL));
    response
}

#[derive(serde::Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

/// What a search found, best first.
#[derive(Serialize, TS)]
pub struct SearchAnswer {
    pub query: String,
    #[ts(type = "Array<RenderedItem>")]
    pub results: Vec<Value>,
}

/// `GET /api/v1/cities/{city}/{lang}/search?q=`: published items matching
/// every word, in `lang` first, then its fallbacks, then other languages;
/// each rendered in `lang`.
pub async fn search(
    State(state): State<AppState>,
    Path((city, language)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<SearchQuery>,
) -> Result<Json<SearchAnswer>, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let raw = query.q.unwrap_or_default();
    let fts = crate::read_side::search::parse_query(&raw)?;
    let chain = fallback_chain(&city, &language).expect("offered");
    let slug = city.slug.clone();
    let results = state
        .db
        .read(move |conn| -> rusqlite::Result<Vec<String>> {
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
    Ok(Json(SearchAnswer { query: raw, results }))
}
