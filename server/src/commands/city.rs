//! `hospes city add` and `hospes group add`.

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ObjType, ROOT};
use hospes_sync::access::{Classification, DocKind};
use hospes_sync::policy::DenyAll;
use serde_json::json;

use samod::Repo;

use super::{CommandError, open};
use crate::db::Db;
use crate::audit::{self, Actor};
use crate::domain::Slug;
use crate::{cities, db, document_classes};

/// The documents every city starts with, one per kind of writer.
const CITY_DOCUMENTS: [DocKind; 4] = [
    DocKind::City,
    DocKind::ServiceIndex,
    DocKind::ArticleIndex,
    DocKind::EventIndex,
];

/// Adds a city with its configuration and index documents. Adding a city
/// that exists changes nothing.
pub async fn add(data_dir: &std::path::Path, slug: &str, name: &str) -> Result<(), CommandError> {
    let slug = Slug::parse("slug", slug)?;
    let (storage, db) = open(data_dir)?;
    // No peers connect to this repo: it only writes the new documents.
    let repo = hospes_sync::repo::open(storage.clone(), DenyAll).await;
    let created = create(&repo, &db, &slug, name, &Actor::Operator).await;
    repo.stop().await;
    storage.close().await;
    if created? {
        println!("added city {slug}");
    } else {
        println!("city {slug} exists already");
    }
    Ok(())
}

/// Creates the city and its documents (configuration and one index per
/// kind of writer), registered under the city; false if it existed.
pub async fn create(repo: &Repo, db: &Db, slug: &Slug, name: &str, actor: &Actor) -> Result<bool, CommandError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(crate::domain::Invalid::new("name", "must not be empty").into());
    }
    if !db.call_now(|conn| cities::add(conn, slug, name, db::now()))? {
        return Ok(false);
    }
    for kind in CITY_DOCUMENTS {
        let handle = repo
            .create(empty_document(kind, slug, name))
            .await
            .map_err(|_| CommandError::Refused("the repo stopped".into()))?;
        let class = Classification {
            kind,
            city: slug.as_str().to_string(),
            group: None,
            language: None,
            translation_of: None,
        };
        let id = handle.document_id().to_string();
        db.call_now(|conn| document_classes::register(conn, &id, &class, None, db::now()))
            .map_err(|error| CommandError::Refused(error.to_string()))?;
    }
    db.call_now(|conn| audit::record(conn, actor, "city_added", Some(slug.as_str()), json!({ "name": name }), db::now()))?;
    Ok(true)
}

/// The skeleton of a city's document of `kind`; the content model fills it.
fn empty_document(kind: DocKind, slug: &Slug, name: &str) -> automerge::Automerge {
    let mut doc = automerge::Automerge::new();
    doc.transact::<_, _, AutomergeError>(|tx| {
        tx.put(ROOT, "kind", kind.as_str())?;
        tx.put(ROOT, "city", slug.as_str())?;
        if kind == DocKind::City {
            tx.put(ROOT, "name", name)?;
        } else {
            tx.put_object(ROOT, "items", ObjType::List)?;
        }
        Ok(())
    })
    .expect("a fresh document takes any change");
    doc
}

/// Adds an archive group to a city.
pub fn add_group(data_dir: &std::path::Path, city: &str, slug: &str, name: &str) -> Result<(), CommandError> {
    let city = Slug::parse("city", city)?;
    let group = Slug::parse("slug", slug)?;
    let (_storage, db) = open(data_dir)?;
    db.call_now(|conn| -> Result<(), CommandError> {
        if !cities::exists(conn, city.as_str())? {
            return Err(CommandError::Refused(format!("there is no city {city}")));
        }
        if cities::add_group(conn, &city, &group, name.trim())? {
            audit::record(conn, &Actor::Operator, "group_added", Some(city.as_str()), json!({ "group": group.as_str() }), db::now())?;
            println!("added archive group {group} to {city}");
        } else {
            println!("{city} has an archive group {group} already");
        }
        Ok(())
    })
}
