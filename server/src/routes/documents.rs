//! Documents as access control sees them.
//!
//! - `POST /api/v1/documents`: register a document a client created (often
//!   offline, under its own id) before its first sync. The user must be
//!   allowed to create that kind of document in that scope; until then the
//!   share policy denies the document to everyone and nothing of it is
//!   stored.
//! - `GET /api/v1/cities/{city}/documents`: the documents the user may
//!   read, so the editing app knows what to sync.
//! - `POST /api/v1/documents/{id}/publish` and `.../unpublish`: pin the
//!   version readers see, or take it away. A trusted volunteer's event is
//!   marked for auto-publish when it is registered; unpublishing turns
//!   that off (see [`crate::publishing::auto_publish`]).
//! - `GET /api/v1/documents/{id}/publication`: which version readers see
//!   (its heads, when and by whom), so the editing app can show the draft
//!   against it. Anyone who may read the document may ask.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use hospes_content::access::{Classification, DocKind, may_publish, permissions};
use samod::DocumentId;
use serde::Deserialize;
use serde_json::{Value, json};

use super::error::{ApiError, ApiJson};
use crate::app_state::AppState;
use crate::db;
use crate::documents::document_classes;
use crate::documents::registration;
use crate::domain::{Invalid, LanguageTag, Slug, parse_document_id};
use crate::http::auth::SignedIn;
use crate::publishing::{publications, publish, unpublish};

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Registration {
    document_id: String,
    kind: String,
    city: String,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    language: Option<String>,
    /// For translations: the document id of the item translated.
    #[serde(default)]
    item: Option<String>,
}

pub async fn register(
    State(state): State<AppState>,
    user: SignedIn,
    ApiJson(registration): ApiJson<Registration>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let request = registration::Request {
        document_id: parse_document_id(&registration.document_id)?.to_string(),
        kind: registration.kind.parse().map_err(|error: hospes_content::access::UnknownKind| Invalid::new("kind", error.to_string()))?,
        city: Slug::parse("city", &registration.city)?,
        group: registration.group,
        language: registration.language.as_deref().map(LanguageTag::parse).transpose()?,
        item: registration.item,
    };
    let document_id = request.document_id.clone();
    let grants = user.access.grants.clone();
    let account_id = user.session.account_id;
    let registered = state.db.call(move |conn| registration::register(conn, request, &grants, account_id, db::now())).await?;
    let body = class_json(&document_id, &registered.class);
    state.access.document_registered(&document_id, registered.class);
    Ok((if registered.created { StatusCode::CREATED } else { StatusCode::OK }, Json(body)))
}

pub async fn list(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Json<Value>, ApiError> {
    let city = Slug::parse("city", &city)?;
    let documents = state.db.call(move |conn| document_classes::list_registered(conn, city.as_str())).await?;
    let account_id = user.session.account_id;
    let readable: Vec<Value> = documents
        .into_iter()
        .filter_map(|registered| {
            let class = &registered.class;
            let policy = state.access.city_policy(&class.city);
            let allowed = permissions(&user.access.grants, class, policy);
            let own = registered.registered_by == Some(account_id);
            allowed.read.then(|| {
                let mut body = class_json(&registered.doc_id, class);
                body["write"] = json!(allowed.write);
                body["publish"] = json!(may_publish(&user.access.grants, class, policy, own));
                body
            })
        })
        .collect();
    Ok(Json(Value::Array(readable)))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// The heads to pin (hex change hashes); default: the server's current heads.
    #[serde(default)]
    heads: Option<Vec<String>>,
}

pub async fn publish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(document): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let document_id = parse_document_id(&document)?;
    let class = publishable_by(&state, &user, &document_id).await?;
    // The body is optional: no body pins the current heads.
    let request: PublishRequest = if body.is_empty() {
        PublishRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|error| Invalid::new("body", error.to_string()))?
    };
    let publication = publish::Request {
        document: &document_id,
        class: &class,
        heads: request.heads,
        by: Some(user.session.account_id),
        actor: user.actor(),
    };
    let published = publish::publish(&state.repo, &state.db, publication).await?;
    Ok(Json(json!({
        "documentId": document_id.to_string(),
        "heads": published.heads,
        "publishedAt": db::rfc3339(published.published_at),
    })))
}

pub async fn unpublish(State(state): State<AppState>, user: SignedIn, Path(document): Path<String>) -> Result<StatusCode, ApiError> {
    let document_id = parse_document_id(&document)?;
    let class = publishable_by(&state, &user, &document_id).await?;
    let actor = user.actor();
    let id = document_id.to_string();
    let removed = state.db.call(move |conn| unpublish::unpublish(conn, &id, &class.city, &actor, db::now())).await?;
    if removed { Ok(StatusCode::NO_CONTENT) } else { Err(ApiError::not_found("not_published", "this document is not published")) }
}

pub async fn publication(State(state): State<AppState>, user: SignedIn, Path(document): Path<String>) -> Result<Json<Value>, ApiError> {
    let document_id = parse_document_id(&document)?;
    let id = document_id.to_string();
    let readable = state.access.permissions_on(&user.access.grants, &id).is_some_and(|(_, allowed)| allowed.read);
    if !readable {
        // Do not confirm that a document the user cannot see exists.
        return Err(ApiError::not_found("unknown_document", "no such document"));
    }
    let publication = state.db.call(move |conn| publications::publication(conn, &id)).await?;
    Ok(Json(match publication {
        Some(publication) => json!({
            "published": true,
            "heads": publication.heads,
            "publishedAt": db::rfc3339(publication.published_at),
            "publishedBy": publication.published_by,
        }),
        None => json!({ "published": false }),
    }))
}

/// The document's class, if `user` may publish (and unpublish) it.
async fn publishable_by(state: &AppState, user: &SignedIn, document_id: &DocumentId) -> Result<Classification, ApiError> {
    let id = document_id.to_string();
    let (class, allowed) =
        state.access.permissions_on(&user.access.grants, &id).ok_or_else(|| ApiError::not_found("unknown_document", "no such document"))?;
    if !allowed.read {
        // Do not confirm that a document the user cannot see exists.
        return Err(ApiError::not_found("unknown_document", "no such document"));
    }
    let registered_by = state.db.call(move |conn| document_classes::registered_by(conn, &id)).await?;
    let own = registered_by == Some(user.session.account_id);
    if !may_publish(&user.access.grants, &class, state.access.city_policy(&class.city), own) {
        return Err(ApiError::forbidden());
    }
    Ok(class)
}

fn class_json(document_id: &str, class: &Classification) -> Value {
    json!({
        "documentId": document_id,
        "kind": class.kind.as_str(),
        "city": class.city,
        "group": class.group,
        "language": class.language,
        "translationOf": class.translation_of.map(DocKind::as_str),
    })
}
