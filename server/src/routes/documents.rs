//! Documents as access control sees them.
//!
//! - `POST /api/v1/documents`: register a document a client created (often
//!   offline, under its own id) before its first sync. The user must be
//!   allowed to create that kind of document in that scope; until then the
//!   share policy denies the document to everyone and nothing of it is
//!   stored.
//! - `GET /api/v1/cities/{city}/documents`: the documents the user may
//!   read, so the editing app knows what to sync, each with the heads
//!   readers see (so the app can mark unpublished drafts) and how often
//!   the server stored it (so a device syncs only what changed).
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
use hospes_content::archive::Viewer;
use hospes_sync::storage::versions;
use samod::DocumentId;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::{ApiError, ApiJson};
use crate::app_state::AppState;
use crate::archive::consent;
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
) -> Result<(StatusCode, Json<DocumentClass>), ApiError> {
    let request = registration::Request {
        document_id: parse_document_id(&registration.document_id)?.to_string(),
        kind: registration.kind.parse().map_err(|error: hospes_content::access::UnknownKind| Invalid::new("kind", error.to_string()))?,
        city: Slug::parse("city", &registration.city)?,
        group: registration.group,
        language: registration.language.as_deref().map(LanguageTag::parse).transpose()?,
        item: registration.item,
    };
    let document_id = request.document_id.clone();
    if state.storage.is_erased(&parse_document_id(&document_id)?) {
        return Err(ApiError::new(StatusCode::GONE, "erased", "this document was erased; it cannot be registered again"));
    }
    let grants = user.access.grants.clone();
    let account_id = user.session.account_id;
    let registered = state.db.call(move |conn| registration::register(conn, request, &grants, account_id, db::now())).await?;
    let body = DocumentClass::new(&document_id, &registered.class);
    state.access.document_registered(&document_id, registered.class);
    Ok((if registered.created { StatusCode::CREATED } else { StatusCode::OK }, Json(body)))
}

pub async fn list(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Json<Vec<DocumentEntry>>, ApiError> {
    let city = Slug::parse("city", &city)?;
    let (documents, mut pinned, stored) = state
        .db
        .call(move |conn| -> rusqlite::Result<_> {
            let registered = document_classes::list_registered(conn, city.as_str())?;
            let stored = versions::stored_versions(conn, registered.iter().map(|r| r.doc_id.as_str()))?;
            Ok((registered, publications::pinned_in_city(conn, city.as_str())?, stored))
        })
        .await?;
    let account_id = user.session.account_id;
    let mut voices = Vec::new();
    let mut readable: Vec<DocumentEntry> = documents
        .into_iter()
        .filter_map(|registered| {
            let class = &registered.class;
            let policy = state.access.city_policy(&class.city);
            let allowed = state.access.permissions_of(&user.access.grants, &registered.doc_id, class);
            if !allowed.read {
                return None;
            }
            if class.kind == DocKind::ArchiveVoice {
                // Read without the group's own access: a city editor the author let in.
                let in_group = permissions(&user.access.grants, class, policy).read;
                voices.push((registered.doc_id.clone(), if in_group { Viewer::GroupMember } else { Viewer::CityEditor }));
            }
            let own = registered.registered_by == Some(account_id);
            Some(DocumentEntry {
                class: DocumentClass::new(&registered.doc_id, class),
                write: allowed.write,
                publish: may_publish(&user.access.grants, class, policy, own),
                published_heads: pinned.remove(&registered.doc_id),
                stored_version: stored.get(&registered.doc_id).copied().unwrap_or(0),
                author: None,
            })
        })
        .collect();
    if !voices.is_empty() {
        let mut seen = state
            .db
            .call(move |conn| {
                let mut seen = std::collections::HashMap::new();
                for (doc_id, viewer) in voices {
                    if let Some(author) = consent::author_seen(conn, &doc_id, viewer, account_id)? {
                        seen.insert(doc_id, VoiceAuthor { own: author.own, name: author.name });
                    }
                }
                Ok::<_, rusqlite::Error>(seen)
            })
            .await?;
        for entry in &mut readable {
            entry.author = seen.remove(&entry.class.document_id);
        }
    }
    Ok(Json(readable))
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
) -> Result<Json<PublishedBody>, ApiError> {
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
    Ok(Json(PublishedBody {
        document_id: document_id.to_string(),
        heads: published.heads,
        published_at: db::rfc3339(published.published_at),
    }))
}

pub async fn unpublish(State(state): State<AppState>, user: SignedIn, Path(document): Path<String>) -> Result<StatusCode, ApiError> {
    let document_id = parse_document_id(&document)?;
    let class = publishable_by(&state, &user, &document_id).await?;
    let actor = user.actor();
    let id = document_id.to_string();
    let removed = state.db.call(move |conn| unpublish::unpublish(conn, &id, &class.city, &actor, db::now())).await?;
    if removed { Ok(StatusCode::NO_CONTENT) } else { Err(ApiError::not_found("not_published", "this document is not published")) }
}

pub async fn publication(
    State(state): State<AppState>,
    user: SignedIn,
    Path(document): Path<String>,
) -> Result<Json<PublicationBody>, ApiError> {
    let document_id = parse_document_id(&document)?;
    let id = document_id.to_string();
    let readable = state.access.permissions_on(&user.access.grants, &id).is_some_and(|(_, allowed)| allowed.read);
    if !readable {
        // Do not confirm that a document the user cannot see exists.
        return Err(ApiError::not_found("unknown_document", "no such document"));
    }
    let publication = state.db.call(move |conn| publications::publication(conn, &id)).await?;
    Ok(Json(match publication {
        Some(publication) => PublicationBody::Published {
            published: true,
            heads: publication.heads,
            published_at: db::rfc3339(publication.published_at),
            published_by: publication.published_by,
        },
        None => PublicationBody::Unpublished { published: false },
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

/// A registered document and what it is.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentClass {
    pub document_id: String,
    pub kind: DocKind,
    pub city: String,
    pub group: Option<String>,
    pub language: Option<String>,
    /// For translations: the kind of the item translated.
    pub translation_of: Option<DocKind>,
}

impl DocumentClass {
    fn new(document_id: &str, class: &Classification) -> Self {
        DocumentClass {
            document_id: document_id.to_string(),
            kind: class.kind,
            city: class.city.clone(),
            group: class.group.clone(),
            language: class.language.clone(),
            translation_of: class.translation_of,
        }
    }
}

/// A document the user may read, and what else they may do with it.
#[derive(Serialize, TS)]
pub struct DocumentEntry {
    #[serde(flatten)]
    pub class: DocumentClass,
    pub write: bool,
    pub publish: bool,
    /// The heads readers see (hex change hashes); none while unpublished.
    #[serde(rename = "publishedHeads")]
    #[ts(rename = "publishedHeads")]
    pub published_heads: Option<Vec<String>>,
    /// How often the server has stored changes of the document (0: never).
    /// It only grows, so a device that remembers the version it last caught
    /// up with learns from this one list which documents changed since, and
    /// syncs only those.
    #[serde(rename = "storedVersion")]
    #[ts(rename = "storedVersion", type = "number")]
    pub stored_version: i64,
    /// For an archive voice: its author, as the user may see them.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub author: Option<VoiceAuthor>,
}

/// The author of an archive voice as one reader of it sees them: the group
/// knows its members; a city editor gets the name the author chose to be
/// shown under (none for an anonymous voice).
#[derive(Serialize, TS)]
pub struct VoiceAuthor {
    /// The user wrote it.
    pub own: bool,
    pub name: Option<String>,
}

/// The version just pinned for readers.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PublishedBody {
    pub document_id: String,
    /// Hex change hashes.
    pub heads: Vec<String>,
    pub published_at: String,
}

/// Which version readers see, if any. `published` is always there and
/// says which of the two this is (a literal `true` or `false` in the
/// TypeScript, so a client can narrow on it).
#[derive(Serialize, TS)]
#[serde(untagged, rename_all_fields = "camelCase")]
pub enum PublicationBody {
    Published {
        #[ts(type = "true")]
        published: bool,
        heads: Vec<String>,
        published_at: String,
        /// The name of the account that pinned it; none when no account did.
        published_by: Option<String>,
    },
    Unpublished {
        #[ts(type = "false")]
        published: bool,
    },
}
