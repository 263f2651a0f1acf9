//! Readers suggest corrections; a city's editors work through them.
//!
//! - `POST /api/v1/cities/{city}/suggestions`: anonymous (no account, no
//!   cookie), rate limited per client, per city and overall
//!   ([`crate::suggestions::limit`]). Answers `202 Accepted`
//!   with the suggestion's id; the same `client_id` again answers the same
//!   id and stores nothing.
//! - `GET /api/v1/cities/{city}/suggestions?status=open|done|all`: the
//!   queue, for the city's editors and admins.
//! - `POST /api/v1/cities/{city}/suggestions/{id}/resolve`: marks one done.
//!
//! Nothing here logs what a reader wrote or anything about them.

use std::str::FromStr;

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use hospes_content::access::Role;
use samod::DocumentId;
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use super::error::ApiError;
use super::read::{load_city, offered_language};
use crate::app_state::AppState;
use crate::domain::{Invalid, Slug};
use crate::http::auth::SignedIn;
use crate::http::client::ClientKey;
use crate::suggestions::{self, ClientId, Filter, Message, NewSuggestion, Suggestion, Topic};
use crate::{audit, cities, db};

/// The most suggestions one list shows.
const LIST_LIMIT: u32 = 200;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    client_id: String,
    /// The published item it is about; absent: the guide in general.
    #[serde(default)]
    item: Option<String>,
    language: String,
    topic: String,
    #[serde(default)]
    message: String,
}

/// A suggestion stored (or found stored already under its `client_id`).
#[derive(Serialize, TS)]
pub struct Received {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "\"received\"")]
    pub status: &'static str,
}

/// One entry of the editors' queue.
#[derive(Serialize, TS)]
#[ts(rename = "Suggestion")]
pub struct SuggestionBody {
    #[ts(type = "number")]
    pub id: i64,
    /// The published item it is about; null: the guide in general.
    pub item: Option<String>,
    /// The item's title as readers of `language` see it; null if it is
    /// not published (any more).
    pub item_title: Option<String>,
    /// The item's kind, for a link to its editing screen.
    #[ts(type = "\"service\" | \"article\" | \"event\" | null")]
    pub item_kind: Option<String>,
    /// The reader's language (BCP 47): the language `message` is written in.
    pub language: String,
    #[ts(as = "Topic")]
    pub topic: String,
    pub message: String,
    pub created_at: String,
    #[ts(type = "\"open\" | \"done\"")]
    pub status: String,
    pub resolved_at: Option<String>,
}

impl From<&Suggestion> for SuggestionBody {
    fn from(suggestion: &Suggestion) -> Self {
        SuggestionBody {
            id: suggestion.id,
            item: suggestion.doc_id.clone(),
            item_title: suggestion.item_title.clone(),
            item_kind: suggestion.item_kind.clone(),
            language: suggestion.language.clone(),
            topic: suggestion.topic.clone(),
            message: suggestion.message.clone(),
            created_at: db::rfc3339(suggestion.created_at),
            status: suggestion.status.clone(),
            resolved_at: suggestion.resolved_at.map(db::rfc3339),
        }
    }
}

/// The editors' queue.
#[derive(Serialize, TS)]
pub struct SuggestionList {
    pub suggestions: Vec<SuggestionBody>,
}

pub async fn submit(
    State(state): State<AppState>,
    client: ClientKey,
    Path(city): Path<String>,
    body: Result<Json<Submission>, JsonRejection>,
) -> Result<(StatusCode, Json<Received>), ApiError> {
    let Json(submission) = body.map_err(|rejection| match rejection {
        // Over the API's body limit: only a message can be that long.
        JsonRejection::BytesRejection(_) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "invalid", suggestions::too_long().to_string())
        }
        rejection => rejection.into(),
    })?;
    let city = load_city(&state, &city).await?;
    let client_id = ClientId::parse(&submission.client_id)?;

    let (slug, sent) = (city.slug.clone(), client_id.clone());
    if let Some(id) = state.db.call(move |conn| suggestions::find_sent(conn, &slug, &sent)).await? {
        return Ok(received(id));
    }
    let language = offered_language(&city, &submission.language).map_err(|_| {
        let offered: Vec<&str> = city.languages.iter().map(|l| l.tag.as_str()).collect();
        ApiError::not_found(
            "unknown_language",
            format!("language: {} is offered in {}; not in {:?}", city.name, offered.join(", "), submission.language),
        )
    })?;
    let topic = Topic::parse(&submission.topic)?;
    let message = Message::parse(&submission.message, topic)?;
    let doc_id = submission
        .item
        .as_deref()
        .map(|raw| {
            DocumentId::from_str(raw).map(|id| id.to_string()).map_err(|_| Invalid::new("item", format!("{raw:?} is not a document id")))
        })
        .transpose()?;

    // Counted once it is a well-formed suggestion: a reader fixing a typo
    // in a refused one is not slowed for it.
    state.suggestion_limiter.check(client, &city.slug).map_err(ApiError::too_many_attempts)?;
    let suggestion = NewSuggestion { city: city.slug.clone(), doc_id, language, topic, message, client_id };
    let id = state
        .db
        .call(move |conn| -> Result<i64, ApiError> {
            if let Some(doc_id) = &suggestion.doc_id
                && !suggestions::is_published_item(conn, &suggestion.city, doc_id)?
            {
                return Err(Invalid::new("item", format!("{doc_id} is not a published item of {}", suggestion.city)).into());
            }
            Ok(suggestions::submit(conn, &suggestion, db::now())?)
        })
        .await?;
    Ok(received(id))
}

fn received(id: i64) -> (StatusCode, Json<Received>) {
    (StatusCode::ACCEPTED, Json(Received { id, status: "received" }))
}

/// The city named in the path, if it exists and `user` edits or
/// administers it.
async fn city_as_editor(state: &AppState, user: &SignedIn, city: &str) -> Result<Slug, ApiError> {
    let unknown = || ApiError::not_found("unknown_city", format!("there is no city {city:?}"));
    let slug = Slug::parse("city", city).map_err(|_| unknown())?;
    let lookup = slug.clone();
    if !state.db.call(move |conn| cities::exists(conn, lookup.as_str())).await? {
        return Err(unknown());
    }
    if !user.grants_in(slug.as_str()).any(|grant| matches!(grant.role, Role::Editor | Role::CityAdmin)) {
        return Err(ApiError::forbidden());
    }
    Ok(slug)
}

#[derive(Deserialize)]
pub struct ListQuery {
    status: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    Path(city): Path<String>,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<SuggestionList>, ApiError> {
    let city = city_as_editor(&state, &user, &city).await?;
    // A query string serde cannot read (`status` twice) gets a JSON answer too.
    let Query(query) = query.map_err(|_| Invalid::new("status", "give it once: open, done or all"))?;
    let filter = Filter::parse(query.status.as_deref())?;
    let list = state.db.call(move |conn| suggestions::list(conn, city.as_str(), filter, LIST_LIMIT)).await?;
    Ok(Json(SuggestionList { suggestions: list.iter().map(SuggestionBody::from).collect() }))
}

pub async fn resolve(
    State(state): State<AppState>,
    user: SignedIn,
    Path((city, id)): Path<(String, String)>,
) -> Result<Json<SuggestionBody>, ApiError> {
    let city = city_as_editor(&state, &user, &city).await?;
    let unknown = || ApiError::not_found("unknown_suggestion", "this city has no such suggestion");
    let id: i64 = id.parse().map_err(|_| unknown())?;
    let actor = user.actor();
    let account_id = user.session.account_id;
    let resolved = state
        .db
        .call(move |conn| -> rusqlite::Result<_> {
            let tx = conn.transaction()?;
            let now = db::now();
            let Some(changed) = suggestions::resolve(&tx, city.as_str(), id, account_id, now)? else {
                return Ok(None);
            };
            let suggestion = suggestions::get(&tx, city.as_str(), id)?;
            if changed && let Some(done) = &suggestion {
                // What and about which item; never what the reader wrote.
                let subject = json!({ "suggestion": id, "item": done.doc_id, "topic": done.topic });
                audit::record(&tx, &actor, "suggestion_resolved", Some(city.as_str()), subject, now)?;
            }
            tx.commit()?;
            Ok(suggestion)
        })
        .await?
        .ok_or_else(unknown)?;
    Ok(Json(SuggestionBody::from(&resolved)))
}
