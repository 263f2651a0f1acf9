//! `hospes city add` and `hospes group add`.

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ObjType, ROOT};
use hospes_content::access::{Classification, DocKind};
use hospes_content::model::{City, CityLanguage, Direction};
use hospes_sync::policy::DenyAll;
use serde_json::json;

use samod::Repo;

use super::{CommandError, open};
use crate::audit::{self, Actor};
use crate::db::Db;
use crate::documents::document_classes;
use crate::domain::{Invalid, LanguageTag, Slug};
use crate::{cities, db};

/// The documents every city starts with, one per kind of writer.
const CITY_DOCUMENTS: [DocKind; 4] = [DocKind::City, DocKind::ServiceIndex, DocKind::ArticleIndex, DocKind::EventIndex];

/// Adds a city with its configuration and index documents. Adding a city
/// that exists changes nothing.
pub async fn add(data_dir: &std::path::Path, settings: CitySettings, name: &str) -> Result<(), CommandError> {
    let slug = settings.slug.clone();
    let (storage, db) = open(data_dir)?;
    // No peers connect to this repo: it only writes the new documents.
    let repo = hospes_sync::repo::open(storage.clone(), DenyAll).await;
    let created = create(&repo, &db, &settings, name, &Actor::Operator).await;
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
pub async fn create(repo: &Repo, db: &Db, settings: &CitySettings, name: &str, actor: &Actor) -> Result<bool, CommandError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(crate::domain::Invalid::new("name", "must not be empty").into());
    }
    create_from(repo, db, &settings.city_document(name), actor).await
}

/// Creates a city from its configuration document.
pub async fn create_from(repo: &Repo, db: &Db, city: &City, actor: &Actor) -> Result<bool, CommandError> {
    let slug = &Slug::parse("slug", &city.slug)?;
    let name = city.name.as_str();
    if !db.call_now(|conn| cities::add(conn, slug, name, db::now()))? {
        return Ok(false);
    }
    // The server decides by its table, which starts out trusting.
    if !city.volunteers_publish {
        db.call_now(|conn| cities::set_volunteers_publish(conn, slug.as_str(), false))?;
    }
    for kind in CITY_DOCUMENTS {
        let handle = repo.create(empty_document(kind, city)).await.map_err(|_| CommandError::Refused("the repo stopped".into()))?;
        let class = Classification { kind, city: slug.as_str().to_string(), group: None, language: None, translation_of: None };
        let id = handle.document_id().to_string();
        db.call_now(|conn| document_classes::register(conn, &id, &class, None, None, db::now()))
            .map_err(|error| CommandError::Refused(error.to_string()))?;
    }
    db.call_now(|conn| audit::record(conn, actor, "city_added", Some(slug.as_str()), json!({ "name": name }), db::now()))?;
    Ok(true)
}

/// A city's new document of `kind`: the configuration, or an empty index.
fn empty_document(kind: DocKind, city: &City) -> automerge::Automerge {
    let mut doc = automerge::Automerge::new();
    doc.transact::<_, _, AutomergeError>(|tx| {
        if kind == DocKind::City {
            autosurgeon::reconcile(tx, city).expect("a fresh document takes any value");
        } else {
            tx.put(ROOT, "kind", kind.as_str())?;
            tx.put(ROOT, "city", city.slug.as_str())?;
            tx.put_object(ROOT, "items", ObjType::List)?;
        }
        Ok(())
    })
    .expect("a fresh document takes any change");
    doc
}

/// What a new city is set up with.
#[derive(Debug, Clone)]
pub struct CitySettings {
    pub slug: Slug,
    pub time_zone: String,
    pub source_language: LanguageTag,
    /// Other languages, each with the language it falls back to.
    pub languages: Vec<(LanguageTag, LanguageTag)>,
    pub sample: bool,
    /// Events volunteers write go live without review.
    pub volunteers_publish: bool,
}

impl CitySettings {
    /// Checks the time zone and the language tree.
    pub fn parse(slug: &str, time_zone: &str, source_language: &str, languages: &[String], sample: bool) -> Result<Self, Invalid> {
        let slug = Slug::parse("slug", slug)?;
        time_zone.parse::<chrono_tz::Tz>().map_err(|_| Invalid::new("time zone", format!("{time_zone:?} is not an IANA time zone")))?;
        let source_language = LanguageTag::parse(source_language)?;
        let mut parsed: Vec<(LanguageTag, LanguageTag)> = Vec::new();
        for entry in languages {
            let (tag, fallback) = match entry.split_once(':') {
                Some((tag, fallback)) => (LanguageTag::parse(tag)?, LanguageTag::parse(fallback)?),
                None => (LanguageTag::parse(entry)?, source_language.clone()),
            };
            let known = fallback == source_language || parsed.iter().any(|(other, _)| *other == fallback);
            if !known {
                return Err(Invalid::new("language", format!("{tag} falls back to {fallback}, which is not listed before it")));
            }
            if tag != source_language && !parsed.iter().any(|(other, _)| *other == tag) {
                parsed.push((tag, fallback));
            }
        }
        Ok(CitySettings { slug, time_zone: time_zone.to_string(), source_language, languages: parsed, sample, volunteers_publish: true })
    }

    fn city_document(&self, name: &str) -> City {
        let language = |tag: &LanguageTag, fallback: Option<&LanguageTag>| CityLanguage {
            tag: tag.as_str().to_string(),
            fallback: fallback.map(|f| f.as_str().to_string()),
            direction: if crate::languages::is_right_to_left(tag.as_str()) { Direction::Rtl } else { Direction::Ltr },
        };
        let mut languages = vec![language(&self.source_language, None)];
        languages.extend(self.languages.iter().map(|(tag, fallback)| language(tag, Some(fallback))));
        City {
            schema: hospes_content::model::SCHEMA_VERSION,
            slug: self.slug.as_str().to_string(),
            name: name.to_string(),
            time_zone: self.time_zone.clone(),
            source_language: self.source_language.as_str().to_string(),
            languages,
            categories: crate::languages::default_categories(),
            volunteers_publish: self.volunteers_publish,
            sample: self.sample,
        }
    }
}

/// Adds an archive group to a city, with the index document of its
/// entries (written by the group's members and moderators).
pub async fn add_group(data_dir: &std::path::Path, city: &str, slug: &str, name: &str) -> Result<(), CommandError> {
    let city = Slug::parse("city", city)?;
    let group = Slug::parse("slug", slug)?;
    let (storage, db) = open(data_dir)?;
    // No peers connect to this repo: it only writes the new index.
    let repo = hospes_sync::repo::open(storage.clone(), DenyAll).await;
    let added = create_group(&repo, &db, &city, &group, name.trim(), &Actor::Operator).await;
    repo.stop().await;
    storage.close().await;
    if added? {
        println!("added archive group {group} to {city}");
    } else {
        println!("{city} has an archive group {group} already");
    }
    Ok(())
}

/// Records the group and creates its index document; false if the city
/// has the group already (nothing is changed then).
pub async fn create_group(repo: &Repo, db: &Db, city: &Slug, group: &Slug, name: &str, actor: &Actor) -> Result<bool, CommandError> {
    let added = db.call_now(|conn| -> Result<bool, CommandError> {
        if !cities::exists(conn, city.as_str())? {
            return Err(CommandError::Refused(format!("there is no city {city}")));
        }
        Ok(cities::add_group(conn, city, group, name)?)
    })?;
    if !added {
        return Ok(false);
    }
    let mut index = automerge::Automerge::new();
    index
        .transact::<_, _, AutomergeError>(|tx| {
            tx.put(ROOT, "kind", DocKind::ArchiveIndex.as_str())?;
            tx.put(ROOT, "city", city.as_str())?;
            tx.put(ROOT, "group", group.as_str())?;
            tx.put_object(ROOT, "items", ObjType::List)?;
            Ok(())
        })
        .expect("a fresh document takes any change");
    let handle = repo.create(index).await.map_err(|_| CommandError::Refused("the repo stopped".into()))?;
    let class = Classification {
        kind: DocKind::ArchiveIndex,
        city: city.as_str().to_string(),
        group: Some(group.as_str().to_string()),
        language: None,
        translation_of: None,
    };
    let id = handle.document_id().to_string();
    db.call_now(|conn| -> Result<(), CommandError> {
        document_classes::register(conn, &id, &class, None, None, db::now()).map_err(|e| CommandError::Refused(e.to_string()))?;
        audit::record(conn, actor, "group_added", Some(city.as_str()), json!({ "group": group.as_str() }), db::now())?;
        Ok(())
    })?;
    Ok(true)
}
