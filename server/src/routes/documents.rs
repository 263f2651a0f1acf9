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
use crate::auth::SignedIn;
use crate::document_classes::{self, RegisterError};
use crate::domain::{Invalid, LanguageTag, Slug, parse_document_id};
use crate::publishing::{auto_publish, publications, publish, unpublish};
use crate::{cities, db};

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
    let document_id = parse_document_id(&registration.document_id)?.to_string();
    let registered_id = document_id.clone();
    let kind: DocKind = registration
        .kind
        .parse()
        .map_err(|error: hospes_content::access::UnknownKind| Invalid::new("kind", error.to_string()))?;
    let city = Slug::parse("city", &registration.city)?;
    let language = registration.language.as_deref().map(LanguageTag::parse).transpose()?;
    let access = state.access.clone();
    let grants = user.access.grants.clone();
    let account_id = user.session.account_id;

    let (status, class) = state
        .db
        .call(move |conn| -> Result<_, ApiError> {
            let Some(policy) = cities::policy(conn, city.as_str())? else {
                return Err(ApiError::not_found("unknown_city", format!("there is no city {city}")));
            };
            let group = match (kind.is_archive(), registration.group) {
                (true, Some(group)) => {
                    let group = Slug::parse("group", &group)?;
                    if !cities::group_exists(conn, city.as_str(), group.as_str())? {
                        return Err(Invalid::new("group", format!("{city} has no archive group {group}")).into());
                    }
                    Some(group.as_str().to_string())
                }
                (true, None) => return Err(Invalid::new("group", format!("a {kind} belongs to an archive group")).into()),
                (false, Some(_)) => return Err(Invalid::new("group", format!("a {kind} has no group")).into()),
                (false, None) => None,
            };
            let (language, translation_of, item) = match (kind, language, registration.item) {
                (DocKind::Translation, Some(language), Some(item)) => {
                    let item = parse_document_id(&item)?.to_string();
                    let item_class = document_classes::classification(conn, &item)?
                        .filter(|class| class.city == city.as_str() && class.kind.is_publishable() && !class.kind.is_archive())
                        .ok_or_else(|| Invalid::new("item", format!("{item} is not a registered item of {city}")))?;
                    (Some(language.as_str().to_string()), Some(item_class.kind), Some(item))
                }
                (DocKind::Translation, _, _) => {
                    return Err(Invalid::new("language", "a translation names its language and its item").into());
                }
                (_, None, None) => (None, None, None),
                (_, _, _) => return Err(Invalid::new("language", format!("a {kind} has no language or item")).into()),
            };
            let class = Classification {
                kind,
                city: city.as_str().to_string(),
                group,
                language,
                translation_of,
            };
            if !permissions(&grants, &class, policy).create {
                return Err(ApiError::forbidden());
            }
            let existed = document_classes::classification(conn, &document_id)?.is_some();
            let tx = conn.transaction()?;
            document_classes::register(&tx, &document_id, &class, item.as_deref(), Some(account_id), db::now()).map_err(|error| match error {
                RegisterError::Conflict => ApiError::conflict("already_registered", "this document is registered as something else"),
                RegisterError::Db(error) => error.into(),
            })?;
            if !existed && auto_publish::qualifies(&grants, &class, policy) {
                auto_publish::mark(&tx, &document_id, account_id, db::now())?;
            }
            tx.commit()?;
            Ok((if existed { StatusCode::OK } else { StatusCode::CREATED }, class))
        })
        .await?;
    let body = class_json(&registered_id, &class);
    access.document_registered(&registered_id, class);
    Ok((status, Json(body)))
}

pub async fn list(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Json<Value>, ApiError> {
    let city = Slug::parse("city", &city)?;
    let documents = state
        .db
        .call(move |conn| document_classes::list_registered(conn, city.as_str()))
        .await?;
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
    let published = publish::publish(
        &state.repo,
        &state.db,
        &document_id,
        &class,
        request.heads,
        Some(user.session.account_id),
        user.actor(),
    )
    .await?;
    Ok(Json(json!({
        "documentId": document_id.to_string(),
        "heads": published.heads,
        "publishedAt": db::rfc3339(published.published_at),
    })))
}

pub async fn unpublish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(document): Path<String>,
) -> Result<StatusCode, ApiError> {
    let document_id = parse_document_id(&document)?;
    let class = publishable_by(&state, &user, &document_id).await?;
    let actor = user.actor();
    let id = document_id.to_string();
    let removed = state
        .db
        .call(move |conn| unpublish::unpublish(conn, &id, &class.city, &actor, db::now()))
        .await?;
    if removed {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found("not_published", "this document is not published"))
    }
}

pub async fn publication(
    State(state): State<AppState>,
    user: SignedIn,
    Path(document): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let document_id = parse_document_id(&document)?;
    let id = document_id.to_string();
    let readable = state
        .access
        .permissions_on(&user.access.grants, &id)
        .is_some_and(|(_, allowed)| allowed.read);
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
    let (class, allowed) = state
        .access
        .permissions_on(&user.access.grants, &id)
        .ok_or_else(|| ApiError::not_found("unknown_document", "no such document"))?;
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
