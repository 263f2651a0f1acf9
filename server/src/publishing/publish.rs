//! Publishing: pin the item's heads and its translations' current heads,
//! render the pinned version in every language of the city, and store pin
//! and renderings in one transaction, so readers never see half of it.
//!
//! Before anything is written, the pinned item and the translations are
//! checked ([`hospes_content::publish_checks`]): a version with a
//! value that would break readers' pages or lead them off the site is
//! refused with every problem, and nothing is pinned.

use std::collections::BTreeMap;
use std::str::FromStr;

use automerge::{ChangeHash, ReadDoc};
use autosurgeon::Hydrate;
use hospes_content::access::{Classification, DocKind};
use hospes_content::model::{City, Translation};
use hospes_content::publish_checks::{self, Problems};
use hospes_content::reading::render::{Item, fallback_chain, render};
use samod::{DocumentId, Repo};
use serde_json::json;

use super::{PublishError, publications};
use crate::audit::{self, Actor};
use crate::db;
use crate::db::Db;
use crate::documents::document_classes;
use crate::documents::{DocumentError, Documents};
use crate::domain::Invalid;
use crate::read_side::{projection, search};

/// What was pinned.
pub struct Published {
    pub heads: Vec<String>,
    pub published_at: i64,
}

/// A last check inside the publishing transaction, just before the pin:
/// publishing goes ahead only if it answers true (what it writes is kept
/// only then). Auto-publish uses it so that an unpublish that happened
/// while it was rendering wins.
pub type Precondition = Box<dyn FnOnce(&rusqlite::Connection) -> rusqlite::Result<bool> + Send>;

/// What to publish, and on whose behalf.
pub struct Request<'a> {
    pub document: &'a DocumentId,
    pub class: &'a Classification,
    /// The heads to pin; `None`: the server's current heads.
    pub heads: Option<Vec<String>>,
    /// The account publishing, if any (the operator and the demo have none).
    pub by: Option<i64>,
    /// Who the audit log names.
    pub actor: Actor,
}

impl<'a> Request<'a> {
    /// The operator's publication of the current heads (`hospes publish`,
    /// imports, the demo).
    pub fn by_operator(document: &'a DocumentId, class: &'a Classification) -> Self {
        Request { document, class, heads: None, by: None, actor: Actor::Operator }
    }
}

pub async fn publish(repo: &Repo, db: &Db, request: Request<'_>) -> Result<Published, PublishError> {
    if request.class.kind == DocKind::ArchiveEntry {
        return crate::archive::publication::publish_entry(repo, db, request).await;
    }
    let published = publish_if(repo, db, request, None).await?;
    Ok(published.expect("without a precondition, publishing is not refused"))
}

/// [`publish`], if `precondition` (checked in the publishing transaction)
/// allows it; `None` if it did not.
pub async fn publish_if(
    repo: &Repo,
    db: &Db,
    request: Request<'_>,
    precondition: Option<Precondition>,
) -> Result<Option<Published>, PublishError> {
    if request.class.kind == DocKind::ArchiveEntry {
        // Entries carry their voices' consent: only `publish` pins them.
        return Err(PublishError::NotPublishable("an archive entry is published by its group's moderators".into()));
    }
    let Request { document, class, heads: requested_heads, by, actor } = request;
    let heads = heads_to_pin(repo, document, requested_heads).await?;
    let id = document.to_string();
    let city_slug = class.city.clone();

    let (city_doc, translation_docs) = {
        let (id, city_slug) = (id.clone(), city_slug.clone());
        db.call(move |conn| -> rusqlite::Result<_> {
            Ok((document_classes::city_document(conn, &city_slug)?, document_classes::translations_of(conn, &id)?))
        })
        .await?
    };

    // The rendered versions, for publishable kinds the read side shows.
    let mut rows = Vec::new();
    let mut translation_heads = BTreeMap::new();
    let mut pinned_item = serde_json::Value::Null;
    let mut pinned_translations = BTreeMap::new();
    let mut indexed = None;
    let published_at = db::now();
    if matches!(class.kind, DocKind::Service | DocKind::Article | DocKind::Event) {
        let pinned: Vec<ChangeHash> = heads.iter().map(|h| ChangeHash::from_str(h).expect("checked")).collect();
        let item = load_item(repo, document, class.kind, &pinned).await?;
        let city_doc = city_doc.ok_or_else(|| PublishError::Broken(format!("city {city_slug} has no configuration document")))?;
        let city: City = load_current(repo, &city_doc).await?;
        let mut translations = BTreeMap::new();
        for (translation_id, language) in translation_docs {
            match load_with_heads::<Translation>(repo, &translation_id).await {
                Ok((translation, heads)) => {
                    translation_heads.insert(translation_id, heads);
                    translations.insert(language, translation);
                }
                // A translation that is empty or broken is not published;
                // readers fall back to another language.
                Err(error) => tracing::warn!(translation = translation_id, "translation not published: {error:?}"),
            }
        }
        check(&item, &translations).map_err(PublishError::InvalidContent)?;
        pinned_item = item.to_json();
        pinned_translations = translations.clone();
        indexed = Some((item.clone(), translations.clone()));
        let stamp = db::rfc3339(published_at);
        for language in &city.languages {
            let chain = fallback_chain(&city, &language.tag).expect("the city's own language");
            let body = render(&id, &item, &translations, &chain, &city.time_zone, &stamp);
            rows.push((language.tag.to_ascii_lowercase(), serde_json::to_string(&body).expect("a rendered item serializes")));
        }
    }

    let pinned = heads.clone();
    let kind = class.kind.as_str();
    let pinned_now = db
        .call(move |conn| -> rusqlite::Result<bool> {
            let tx = conn.transaction()?;
            if let Some(precondition) = precondition
                && !precondition(&tx)?
            {
                return Ok(false);
            }
            let pin = publications::Pin {
                doc_id: &id,
                heads: &pinned,
                translation_heads: &json!(translation_heads).to_string(),
                item: &pinned_item.to_string(),
                translations: &json!(pinned_translations).to_string(),
            };
            publications::pin(&tx, &pin, by, published_at)?;
            projection::replace(&tx, &id, &city_slug, kind, &rows)?;
            projection::changed(&tx, &city_slug)?;
            if let Some((item, translations)) = &indexed {
                search::index(&tx, &id, &city_slug, item, translations)?;
            }
            audit::record(&tx, &actor, "published", Some(&city_slug), json!({ "document": id, "heads": pinned }), published_at)?;
            tx.commit()?;
            Ok(true)
        })
        .await?;
    Ok(pinned_now.then_some(Published { heads, published_at }))
}

/// The checks of the item's kind, on the item and its translations.
fn check(item: &Item, translations: &BTreeMap<String, Translation>) -> Result<(), Problems> {
    match item {
        Item::Service(service) => publish_checks::check(service, translations),
        Item::Article(article) => publish_checks::check(article, translations),
        Item::Event(event) => publish_checks::check(event, translations),
    }
}

/// The heads to pin: those asked for, if the server has every one of them,
/// or the document's current heads.
pub(crate) async fn heads_to_pin(repo: &Repo, document: &DocumentId, requested: Option<Vec<String>>) -> Result<Vec<String>, PublishError> {
    let requested = requested
        .map(|heads| {
            heads
                .iter()
                .map(|head| ChangeHash::from_str(head).map_err(|_| Invalid::new("heads", format!("{head:?} is not a change hash"))))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?;
    let heads = Documents::of(repo)
        .read(document, |doc| match requested {
            Some(heads) => match heads.iter().find(|head| doc.get_change_by_hash(head).is_none()) {
                Some(head) => Err(Invalid::new("heads", format!("the server does not have change {head}"))),
                None => Ok(heads),
            },
            None => Ok(doc.get_heads()),
        })
        .await??;
    if heads.is_empty() {
        return Err(PublishError::NoContent("the document has no changes to publish".into()));
    }
    Ok(heads.iter().map(ToString::to_string).collect())
}

/// The item at its pinned heads; not publishable if it does not read as
/// its kind.
async fn load_item(repo: &Repo, document: &DocumentId, kind: DocKind, heads: &[ChangeHash]) -> Result<Item, PublishError> {
    let documents = Documents::of(repo);
    let item = match kind {
        DocKind::Service => documents.at(document, heads).await.map(Item::Service),
        DocKind::Article => documents.at(document, heads).await.map(Item::Article),
        DocKind::Event => documents.at(document, heads).await.map(Item::Event),
        other => unreachable!("{other} is not rendered"),
    };
    item.map_err(|error| match error {
        DocumentError::Unreadable { message, .. } => PublishError::NotPublishable(format!("the document is not a valid {kind}: {message}")),
        other => other.into(),
    })
}

/// A document's current state and heads; one that does not read is broken.
async fn load_with_heads<T: Hydrate>(repo: &Repo, id: &str) -> Result<(T, Vec<String>), PublishError> {
    let (value, heads) = Documents::of(repo).current(&Documents::parse_id(id)?).await?;
    Ok((value, heads.iter().map(ToString::to_string).collect()))
}

async fn load_current<T: Hydrate>(repo: &Repo, id: &str) -> Result<T, PublishError> {
    load_with_heads(repo, id).await.map(|(value, _)| value)
}
