//! `hospes publish`, `unpublish`, `export-hsds`, `import-hsds`,
//! `import-ics`: content work at the command line.
//!
//! These open the data directory with their own samod repo. Run imports
//! while the server is stopped (or restart it afterwards): a running
//! server keeps the documents it has loaded in memory and would not see
//! changes made beside it until it loads them again.

use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use hospes_content::access::{Classification, DocKind};
use hospes_content::hsds::{self, ExportService};
use hospes_content::ical;
use hospes_content::model::{City, Event, Translation};
use hospes_content::publish_checks::{self, Problems, Publishable};
use samod::DocumentId;

use super::{CommandError, Workspace, open};
use crate::audit::Actor;
use crate::cities;
use crate::db::{self, Db};
use crate::documents::Documents;
use crate::documents::document_classes;
use crate::domain::{LanguageTag, Slug, parse_document_id};
use crate::publishing::{PublishError, publications, publish, unpublish};

fn refused(error: impl std::fmt::Display) -> CommandError {
    CommandError::Refused(error.to_string())
}

/// Why `id` was not published, one refused value a line.
fn not_published(id: &str, error: PublishError) -> CommandError {
    match error {
        PublishError::InvalidContent(problems) => {
            refused(format!("{id} is not published (invalid_content); correct these values first:\n{}", lines(&problems)))
        }
        PublishError::NotPublishable(message) => refused(format!("{id} is not published (not_publishable): {message}")),
        other => refused(format!("{id} is not published ({}): {other}", other.code())),
    }
}

pub async fn publish(data_dir: &Path, document: &str) -> Result<(), CommandError> {
    let id = parse_document_id(document)?;
    let work = Workspace::open(data_dir).await?;
    let result = async {
        let class = work
            .db
            .call_now(|conn| document_classes::classification(conn, &id.to_string()))?
            .ok_or_else(|| refused(format!("{id} is not a registered document")))?;
        let published = publish::publish(&work.repo, &work.db, publish::Request::by_operator(&id, &class))
            .await
            .map_err(|error| not_published(&id.to_string(), error))?;
        println!("published {id} at {}", published.heads.join(","));
        Ok(())
    }
    .await;
    work.close().await;
    result
}

pub async fn unpublish(data_dir: &Path, document: &str) -> Result<(), CommandError> {
    let id = parse_document_id(document)?.to_string();
    let (_storage, db) = open(data_dir)?;
    db.call_now(|conn| -> Result<(), CommandError> {
        let class = document_classes::classification(conn, &id)?.ok_or_else(|| refused(format!("{id} is not registered")))?;
        if !unpublish::unpublish(conn, &id, &class.city, &Actor::Operator, db::now())? {
            return Err(refused(format!("{id} is not published")));
        }
        println!("unpublished {id}");
        Ok(())
    })
}

/// Writes the city's published services as an HSDS 3.0 package.
pub async fn export_hsds(data_dir: &Path, city: &str, out: &Path) -> Result<(), CommandError> {
    let city = Slug::parse("city", city)?;
    let work = Workspace::open(data_dir).await?;
    let result = async {
        let city_doc: City = load(&work, &city_document(&work.db, &city)?).await?;
        let published = work.db.call_now(|conn| publications::published_of_kind(conn, city.as_str(), "service"))?;
        let services: Vec<ExportService> = published
            .into_iter()
            .filter_map(|published| {
                Some(ExportService {
                    document_id: published.doc_id,
                    service: serde_json::from_str(&published.item).ok()?,
                    translations: serde_json::from_str::<std::collections::BTreeMap<String, Translation>>(&published.translations)
                        .ok()?
                        .into_values()
                        .collect(),
                })
            })
            .collect();
        let zip = hsds::export(&city_doc, &services).map_err(refused)?;
        std::fs::write(out, zip)?;
        println!("wrote {} services to {}", services.len(), out.display());
        Ok(())
    }
    .await;
    work.close().await;
    result
}

/// Imports an HSDS package into a city: services with a known document id
/// are updated, others created; then all are published. The package is
/// read and checked whole first (within `hsds`' limits; a file larger than
/// a package may be is refused by its length, unread): a broken package
/// changes nothing.
pub async fn import_hsds(data_dir: &Path, file: &Path, city: &str) -> Result<(), CommandError> {
    let city = Slug::parse("city", city)?;
    let bytes = read_within(file, hsds::MAX_ARCHIVE_BYTES, "an HSDS package")?;
    let package = hsds::import(&bytes).map_err(refused)?;
    drop(bytes);
    // Checked before anything is stored, so that nothing is stored.
    for imported in &package.services {
        for translation in &imported.translations {
            LanguageTag::parse(&translation.language)?;
        }
        importable(imported.service.name.as_str(), &imported.service, &imported.translations)?;
    }
    let work = Workspace::open(data_dir).await?;
    let result = async {
        ensure_city(&work.db, &city)?;
        let mut touched = Vec::new();
        for imported in package.services {
            let existing = imported.document_id.as_deref().filter(|id| is_registered_as(&work.db, id, city.as_str(), DocKind::Service));
            let item = upsert(&work, existing, &imported.service, item_class(DocKind::Service, &city)).await?;
            for mut translation in imported.translations {
                translation.item = item.clone();
                let language = LanguageTag::parse(&translation.language)?;
                let existing = translation_document(&work.db, &item, language.as_str());
                let class = Classification {
                    language: Some(language.as_str().to_string()),
                    translation_of: Some(DocKind::Service),
                    ..item_class(DocKind::Translation, &city)
                };
                upsert_translation(&work, existing, &translation, class, &item).await?;
            }
            touched.push(item);
        }
        publish_all(&work, &touched, DocKind::Service, &city).await?;
        println!("imported and published {} services into {city}", touched.len());
        Ok(())
    }
    .await;
    work.close().await;
    result
}

/// Imports a partner's iCalendar file as events of a city: an event seen
/// before (same calendar and UID) is updated, not duplicated; then all are
/// published. A broken file changes nothing.
pub async fn import_ics(data_dir: &Path, file: &Path, city: &str, calendar: &str, language: &str) -> Result<(), CommandError> {
    let city = Slug::parse("city", city)?;
    let language = LanguageTag::parse(language)?;
    let bytes = read_within(file, ical::MAX_IMPORT_BYTES as u64, "an iCalendar file")?;
    let text = String::from_utf8(bytes).map_err(|_| refused(format!("{} is not UTF-8 text", file.display())))?;
    let work = Workspace::open(data_dir).await?;
    let result = async {
        ensure_city(&work.db, &city)?;
        let city_doc: City = load(&work, &city_document(&work.db, &city)?).await?;
        let events = ical::import(&text, &city_doc.time_zone, calendar, language.as_str()).map_err(refused)?;
        for event in &events {
            importable(event.source.as_ref().map_or("", |source| source.uid.as_str()), event, &[])?;
        }
        // What was imported before, by source.
        let mut known = std::collections::HashMap::new();
        let registered = work.db.call_now(|conn| document_classes::list(conn, city.as_str()))?;
        for (id, _) in registered.into_iter().filter(|(_, class)| class.kind == DocKind::Event) {
            if let Ok(event) = load::<Event>(&work, &id).await
                && let Some(source) = event.source
            {
                known.insert((source.calendar, source.uid), id);
            }
        }
        let mut touched = Vec::new();
        for event in events {
            let source = event.source.clone().expect("imported events name their source");
            let existing = known.get(&(source.calendar, source.uid)).map(String::as_str);
            touched.push(upsert(&work, existing, &event, item_class(DocKind::Event, &city)).await?);
        }
        publish_all(&work, &touched, DocKind::Event, &city).await?;
        println!("imported and published {} events into {city}", touched.len());
        Ok(())
    }
    .await;
    work.close().await;
    result
}

/// Refuses an import, before anything is written, if publishing would
/// refuse one of its items (`name` says which).
fn importable<T: Publishable>(name: &str, item: &T, translations: &[Translation]) -> Result<(), CommandError> {
    let by_language = translations.iter().map(|t| (t.language.clone(), t.clone())).collect();
    publish_checks::check(item, &by_language).map_err(|problems| {
        refused(format!("nothing imported: “{name}” could not be published; correct these values first:\n{}", lines(&problems)))
    })
}

/// One problem a line, indented.
fn lines(problems: &Problems) -> String {
    problems.all().iter().map(|problem| format!("  {problem}")).collect::<Vec<_>>().join("\n")
}

/// The file's bytes, refused by its length when it is larger than `limit`
/// (and read no further than that, should it grow meanwhile).
fn read_within(file: &Path, limit: u64, what: &str) -> Result<Vec<u8>, CommandError> {
    let too_large = || refused(format!("{} is larger than {what} may be ({limit} bytes at most)", file.display()));
    let opened = std::fs::File::open(file)?;
    if opened.metadata()?.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    opened.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

fn item_class(kind: DocKind, city: &Slug) -> Classification {
    Classification { kind, city: city.as_str().to_string(), group: None, language: None, translation_of: None }
}

fn ensure_city(db: &Db, city: &Slug) -> Result<(), CommandError> {
    if db.call_now(|conn| cities::exists(conn, city.as_str()))? { Ok(()) } else { Err(refused(format!("there is no city {city}"))) }
}

fn city_document(db: &Db, city: &Slug) -> Result<String, CommandError> {
    db.call_now(|conn| document_classes::city_document(conn, city.as_str()))?.ok_or_else(|| refused(format!("there is no city {city}")))
}

fn is_registered_as(db: &Db, id: &str, city: &str, kind: DocKind) -> bool {
    db.call_now(|conn| document_classes::classification(conn, id))
        .ok()
        .flatten()
        .is_some_and(|class| class.city == city && class.kind == kind)
}

fn translation_document(db: &Db, item: &str, language: &str) -> Option<String> {
    db.call_now(|conn| document_classes::translations_of(conn, item)).ok()?.into_iter().find(|(_, tag)| tag == language).map(|(id, _)| id)
}

async fn load<T: Hydrate>(work: &Workspace, id: &str) -> Result<T, CommandError> {
    let documents = Documents::of(&work.repo);
    let (value, _) = documents.current(&Documents::parse_id(id).map_err(refused)?).await.map_err(refused)?;
    Ok(value)
}

/// Writes `value` into the existing document, or a new one registered as
/// `class`; returns the document id.
async fn upsert<T: Reconcile>(work: &Workspace, existing: Option<&str>, value: &T, class: Classification) -> Result<String, CommandError> {
    if let Some(id) = existing {
        let documents = Documents::of(&work.repo);
        documents.reconcile(&Documents::parse_id(id).map_err(refused)?, value).await.map_err(refused)?;
        return Ok(id.to_string());
    }
    let handle = work.repo.create(crate::cli::document_from(value)).await.map_err(refused)?;
    let id = handle.document_id().to_string();
    work.db.call_now(|conn| document_classes::register(conn, &id, &class, None, None, db::now())).map_err(refused)?;
    Ok(id)
}

async fn upsert_translation(
    work: &Workspace,
    existing: Option<String>,
    translation: &Translation,
    class: Classification,
    item: &str,
) -> Result<(), CommandError> {
    if existing.is_some() {
        upsert(work, existing.as_deref(), translation, class).await?;
        return Ok(());
    }
    let handle = work.repo.create(crate::cli::document_from(translation)).await.map_err(refused)?;
    let id = handle.document_id().to_string();
    work.db.call_now(|conn| document_classes::register(conn, &id, &class, Some(item), None, db::now())).map_err(refused)?;
    Ok(())
}

async fn publish_all(work: &Workspace, ids: &[String], kind: DocKind, city: &Slug) -> Result<(), CommandError> {
    for id in ids {
        let document = DocumentId::from_str(id).map_err(refused)?;
        publish::publish(&work.repo, &work.db, publish::Request::by_operator(&document, &item_class(kind, city)))
            .await
            .map_err(|error| not_published(id, error))?;
    }
    Ok(())
}
