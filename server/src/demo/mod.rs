//! Sample content for `hospes serve --demo`.
//!
//! Two fictional cities, marked as sample data, with services, articles and
//! events in several languages; some translations deliberately outdated,
//! missing or machine-made, so that every state shows. The content lives in
//! `server/demo/<city>/` (embedded in the binary); it invents no real
//! organization, address or phone number. Everything is published, and a
//! one-time invite link printed on standard output (never to the log)
//! makes whoever opens it the first city's admin, another a moderator of
//! the sample archive group ([`archive`]). Its dates move on with the calendar
//! ([`crate::demo::dates`]), so a demo seeded next year still has events
//! coming.

pub mod archive;
pub mod dates;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::str::FromStr;

use autosurgeon::{Reconcile, Text};
use hospes_content::access::{Classification, DocKind, Grant, Role};
use hospes_content::model::{Article, City, Event, SCHEMA_VERSION, Service, Translation};
use rust_embed::RustEmbed;
use samod::{DocumentId, Repo};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::accounts::invites;
use crate::audit::Actor;
use crate::cli::{CommandError, city, document_from};
use crate::db::{self, Db};
use crate::documents::document_classes;
use crate::publishing::publish;

#[derive(RustEmbed)]
#[folder = "demo/"]
#[include = "*.json"]
struct DemoContent;

/// One item of a demo file: a key (articles name their parent by it), the
/// item, and its translations by language.
#[derive(Deserialize)]
struct DemoItem<T> {
    key: String,
    #[serde(alias = "service", alias = "article", alias = "event")]
    item: T,
    #[serde(default)]
    translations: BTreeMap<String, DemoTranslation>,
}

#[derive(Deserialize)]
struct DemoTranslation {
    translated_from_revision: i64,
    machine: bool,
    fields: BTreeMap<String, String>,
}

/// Seeds the sample cities when the server hosts no city yet, so that
/// restarting with `--demo` never duplicates or overwrites anything.
pub async fn seed_if_empty(repo: &Repo, db: &Db, address: SocketAddr) -> Result<(), CommandError> {
    let has_cities: bool = db.call_now(|conn| conn.query_row("SELECT EXISTS (SELECT 1 FROM cities)", [], |row| row.get(0)))?;
    if has_cities {
        return Ok(());
    }
    let mut slugs: Vec<String> = DemoContent::iter().filter_map(|path| path.strip_suffix("/city.json").map(str::to_string)).collect();
    slugs.sort();
    let mut guide_items = BTreeMap::new();
    for slug in &slugs {
        guide_items.extend(seed_city(repo, db, slug).await?);
    }
    let (moderator_token, group_city) = archive::seed(repo, db, &guide_items).await?;
    if let Some(first) = slugs.first() {
        let admin = Grant { role: Role::CityAdmin, city: first.clone(), group: None, languages: Vec::new() };
        let (token, _) = db.call_now(|conn| invites::create(conn, &admin, None, db::now()))?;
        // The link is a secret: it goes to the terminal once, never to the log.
        tracing::info!("seeded demo content; the one-time admin link is printed on standard output");
        println!(
            "\n  hospes demo: open this one-time link to become the admin of {first}\n  \
             (it works once and is not written to the log):\n\n    http://{address}/invite/{token}\n\n  \
             and this one to become a moderator of the sample archive group of {group_city}:\n\n    \
             http://{address}/invite/{moderator_token}\n"
        );
    }
    Ok(())
}

/// Seeds one sample city; the document ids of its services and articles,
/// by `<city>/<key>`.
async fn seed_city(repo: &Repo, db: &Db, slug: &str) -> Result<BTreeMap<String, String>, CommandError> {
    let city: City = read(&format!("{slug}/city.json"))?;
    city::create_from(repo, db, &city, &Actor::Operator).await?;

    // Seeded later than written: every date moves on by whole weeks.
    let today = chrono::Utc::now().date_naive();
    let shift = dates::shift_for(today);
    let checks_shift = dates::checks_shift_for(today);
    let mut published = Vec::new();
    let mut keyed = BTreeMap::new();
    for mut entry in read::<Vec<DemoItem<Service>>>(&format!("{slug}/services.json"))? {
        dates::shift_service(&mut entry.item, shift, checks_shift);
        let created = create_item(repo, db, slug, DocKind::Service, &entry.item, &entry.translations).await?;
        keyed.insert(format!("{slug}/{}", entry.key), created.0.clone());
        published.push(created);
    }
    for mut entry in read::<Vec<DemoItem<Event>>>(&format!("{slug}/events.json"))? {
        dates::shift_event(&mut entry.item, shift);
        published.push(create_item(repo, db, slug, DocKind::Event, &entry.item, &entry.translations).await?);
    }
    // Articles name their parent by key: create parents before children.
    let mut articles = read::<Vec<DemoItem<Article>>>(&format!("{slug}/articles.json"))?;
    for entry in &mut articles {
        dates::shift_article(&mut entry.item, shift);
    }
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    while !articles.is_empty() {
        let before = articles.len();
        let (ready, waiting): (Vec<_>, Vec<_>) =
            articles.into_iter().partition(|entry| entry.item.parent.as_ref().is_none_or(|parent| ids.contains_key(parent)));
        for mut entry in ready {
            entry.item.parent = entry.item.parent.map(|parent| ids[&parent].clone());
            let (id, kind) = create_item(repo, db, slug, DocKind::Article, &entry.item, &entry.translations).await?;
            ids.insert(entry.key.clone(), id.clone());
            keyed.insert(format!("{slug}/{}", entry.key), id.clone());
            published.push((id, kind));
        }
        articles = waiting;
        if articles.len() == before {
            return Err(CommandError::Refused(format!("{slug}/articles.json: a parent key that names no article")));
        }
    }
    for (id, class) in published {
        let document = DocumentId::from_str(&id).map_err(|error| CommandError::Refused(error.to_string()))?;
        publish::publish(repo, db, publish::Request::by_operator(&document, &class))
            .await
            .map_err(|error| CommandError::Refused(format!("publishing demo content: {error:?}")))?;
    }
    Ok(keyed)
}

/// Creates and registers an item and its translations.
async fn create_item<T: Reconcile>(
    repo: &Repo,
    db: &Db,
    city: &str,
    kind: DocKind,
    item: &T,
    translations: &BTreeMap<String, DemoTranslation>,
) -> Result<(String, Classification), CommandError> {
    let class = Classification { kind, city: city.to_string(), group: None, language: None, translation_of: None };
    let id = create_registered(repo, db, item, &class, None).await?;
    for (language, demo) in translations {
        let translation = Translation {
            schema: SCHEMA_VERSION,
            item: id.clone(),
            language: language.clone(),
            translated_from_revision: demo.translated_from_revision,
            machine: demo.machine,
            fields: demo.fields.iter().map(|(key, text)| (key.clone(), Text::with_value(text))).collect(),
        };
        let translation_class = Classification {
            kind: DocKind::Translation,
            language: Some(language.to_ascii_lowercase()),
            translation_of: Some(kind),
            ..class.clone()
        };
        create_registered(repo, db, &translation, &translation_class, Some(&id)).await?;
    }
    Ok((id, class))
}

async fn create_registered<T: Reconcile>(
    repo: &Repo,
    db: &Db,
    value: &T,
    class: &Classification,
    item: Option<&str>,
) -> Result<String, CommandError> {
    let handle = repo.create(document_from(value)).await.map_err(|_| CommandError::Refused("the repo stopped".into()))?;
    let id = handle.document_id().to_string();
    db.call_now(|conn| document_classes::register(conn, &id, class, item, None, db::now()))
        .map_err(|error| CommandError::Refused(error.to_string()))?;
    Ok(id)
}

fn read<T: DeserializeOwned>(path: &str) -> Result<T, CommandError> {
    let file = DemoContent::get(path).ok_or_else(|| CommandError::Refused(format!("demo content {path} is missing")))?;
    serde_json::from_slice(&file.data).map_err(|error| CommandError::Refused(format!("demo content {path}: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded demo content parses into the model, in the amounts the
    /// content issue asks for.
    #[test]
    fn demo_content_parses_and_is_big_enough() {
        let mut services = 0;
        let mut articles = 0;
        let mut events = 0;
        let mut notices = 0;
        let mut languages = std::collections::BTreeSet::new();
        let cities: Vec<String> = DemoContent::iter()
            .filter(|path| path.ends_with("/city.json"))
            .map(|path| path.trim_end_matches("/city.json").to_string())
            .collect();
        assert_eq!(cities.len(), 2, "two sample cities");
        for slug in cities {
            let city: City = read(&format!("{slug}/city.json")).unwrap();
            assert!(city.sample, "{slug} is marked as sample data");
            languages.extend(city.languages.iter().map(|l| l.tag.clone()));
            services += read::<Vec<DemoItem<Service>>>(&format!("{slug}/services.json")).unwrap().len();
            let city_articles = read::<Vec<DemoItem<Article>>>(&format!("{slug}/articles.json")).unwrap();
            articles += city_articles.len();
            notices += city_articles.iter().filter(|entry| entry.item.notice_until.is_some()).count();
            events += read::<Vec<DemoItem<Event>>>(&format!("{slug}/events.json")).unwrap().len();
        }
        assert!(services >= 40 && articles >= 12 && events >= 20, "{services} services, {articles} articles, {events} events");
        assert!(notices >= 1, "the home page shows a notice from the city");
        for language in ["en", "fr", "ar", "uk", "fa"] {
            assert!(languages.contains(language), "{language}");
        }
        assert!(languages.len() >= 6, "one more host language: {languages:?}");
    }

    /// Seeded years after it was written, the demo still has weekly events
    /// running and a notice showing.
    #[test]
    fn a_demo_seeded_years_later_still_has_events_coming() {
        let today = chrono::NaiveDate::from_ymd_opt(2030, 6, 5).unwrap();
        let shift = dates::shift_for(today);
        let mut running = 0;
        for mut entry in read::<Vec<DemoItem<Event>>>("sample-city/events.json").unwrap() {
            dates::shift_event(&mut entry.item, shift);
            let started = entry.item.start.as_str() <= format!("{today}T23:59").as_str();
            let until = entry.item.rrule.as_deref().and_then(|rule| rule.split(';').find_map(|part| part.strip_prefix("UNTIL=")));
            if started && until.is_some_and(|until| until > today.format("%Y%m%d").to_string().as_str()) {
                running += 1;
            }
        }
        assert!(running >= 3, "{running} weekly events running in June 2030");
        let notices = read::<Vec<DemoItem<Article>>>("sample-city/articles.json")
            .unwrap()
            .into_iter()
            .filter_map(|mut entry| {
                dates::shift_article(&mut entry.item, shift);
                entry.item.notice_until
            })
            .filter(|until| until.as_str() >= today.format("%Y-%m-%d").to_string().as_str())
            .count();
        assert!(notices >= 1, "a notice still shows");
    }
    /// Seeded on any day, no service was "last checked" after it (the
    /// newest check is that day), and the checks keep their order.
    #[test]
    fn no_demo_service_was_checked_after_the_day_it_is_seeded() {
        for today in ["2026-11-02", "2026-12-03", "2031-02-17"] {
            let today = chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
            let (shift, checks_shift) = (dates::shift_for(today), dates::checks_shift_for(today));
            let mut checked = Vec::new();
            for slug in ["sample-city", "sample-town"] {
                for mut entry in read::<Vec<DemoItem<Service>>>(&format!("{slug}/services.json")).unwrap() {
                    dates::shift_service(&mut entry.item, shift, checks_shift);
                    checked.extend(entry.item.last_verified.map(|verified| verified.date));
                }
            }
            let newest = checked.iter().max().expect("the demo's services say when they were checked");
            assert_eq!(newest, &today.format("%Y-%m-%d").to_string(), "seeded on {today}");
        }
    }
}
