//! Publishing an archive entry: a moderator pins the entry and, with it,
//! the current version of each voice whose author consented to the public;
//! what readers get is [`PublicEntry`], rendered for every city the entry
//! speaks about, in each of its languages.
//!
//! The pinned [`PublicEntry`] (in `publications.item`) is the only copy of
//! voices readers see. An author's later consent change rewrites it at
//! once ([`consent_changed`]): a voice no longer public leaves it, a name
//! changed to a pseudonym or to anonymous changes with it. An entry left
//! with no voice is taken off the read side: readers never see an entry
//! whose words are all gone.

use std::collections::BTreeMap;
use std::str::FromStr;

use automerge::ChangeHash;
use hospes_content::access::DocKind;
use hospes_content::archive::{
    ArchiveEntry, Consent, HeldVoice, PublicEntry, PublicVoice, Viewer, Voice, may_see, public_entry, render_entry,
};
use hospes_content::model::City;
use rusqlite::{Connection, params};
use samod::Repo;
use serde_json::json;

use super::consent;
use crate::audit::{self, Actor};
use crate::db::{self, Db};
use crate::documents::document_classes;
use crate::documents::{DocumentError, Documents};
use crate::publishing::publish::{Published, Request, heads_to_pin};
use crate::publishing::{PublishError, publications};
use crate::read_side::projection;

/// Publishes the entry of `request` with its public voices.
pub async fn publish_entry(repo: &Repo, db: &Db, request: Request<'_>) -> Result<Published, PublishError> {
    let Request { document, class, heads: requested_heads, by, actor } = request;
    debug_assert_eq!(class.kind, DocKind::ArchiveEntry);
    let heads = heads_to_pin(repo, document, requested_heads).await?;
    let pinned: Vec<ChangeHash> = heads.iter().map(|head| ChangeHash::from_str(head).expect("checked")).collect();
    let documents = Documents::of(repo);
    let entry: ArchiveEntry = documents.at(document, &pinned).await.map_err(|error| match error {
        DocumentError::Unreadable { message, .. } => {
            PublishError::NotPublishable(format!("the document is not a valid archive entry: {message}"))
        }
        other => other.into(),
    })?;
    if entry.title.as_str().trim().is_empty() {
        return Err(PublishError::NotPublishable("the entry has no title".into()));
    }

    // Which of its voices readers may see, by their authors' consent now.
    let id = document.to_string();
    let candidates = {
        let (id, voices) = (id.clone(), entry.voices.clone());
        db.call(move |conn| consent::entry_voices(conn, &id, &voices)).await?
    };
    let mut held = Vec::new();
    let mut voice_heads = BTreeMap::new();
    // Only what readers may see is read from the repo and pinned.
    for candidate in candidates.into_iter().filter(|candidate| may_see(Viewer::Reader, &candidate.consent)) {
        let consent::EntryVoice { id: voice_id, consent, author_name, .. } = candidate;
        let (voice, heads): (Voice, _) = documents.current(&Documents::parse_id(&voice_id)?).await.map_err(|error| match error {
            DocumentError::Unreadable { message, .. } => {
                PublishError::NotPublishable(format!("voice {voice_id} is not a valid voice: {message}"))
            }
            other => other.into(),
        })?;
        voice_heads.insert(voice_id.clone(), heads.iter().map(ToString::to_string).collect::<Vec<_>>());
        held.push(HeldVoice { id: voice_id, voice, consent, author_name });
    }
    let public = public_entry(&entry, &held);
    if public.voices.is_empty() {
        return Err(PublishError::NotPublishable("no voice of this entry is consented to the public by its author".into()));
    }

    // Every city of this server it speaks about (its group's own if none),
    // in each of their languages.
    let cities = {
        let (home, named) = (class.city.clone(), entry.cities.clone());
        db.call(move |conn| cities_to_show_in(conn, &home, &named)).await?
    };
    let mut languages = Vec::new();
    for (city, city_doc) in cities {
        let (value, _): (City, _) = documents.current(&Documents::parse_id(&city_doc)?).await?;
        languages.extend(value.languages.iter().map(|language| (city.clone(), language.tag.to_ascii_lowercase())));
    }

    let published_at = db::now();
    let pinned_heads = heads.clone();
    db.call(move |conn| -> rusqlite::Result<()> {
        let tx = conn.transaction()?;
        let pin = publications::Pin {
            doc_id: &id,
            heads: &pinned_heads,
            translation_heads: &json!(voice_heads).to_string(),
            item: &json!(public).to_string(),
            translations: "{}",
        };
        publications::pin(&tx, &pin, by, published_at)?;
        replace_renderings(&tx, &id, &public, &languages, published_at)?;
        media_follows_publications(&tx, &id)?;
        let details = json!({ "document": id, "heads": pinned_heads, "voices": public.voices.len() });
        audit::record(&tx, &actor, "published", document_classes::city_of(&tx, &id)?.as_deref(), details, published_at)?;
        tx.commit()
    })
    .await?;
    Ok(Published { heads, published_at })
}

/// The cities (and their configuration documents) an entry is shown in.
fn cities_to_show_in(conn: &Connection, home: &str, named: &[String]) -> rusqlite::Result<Vec<(String, String)>> {
    let mut cities = Vec::new();
    for city in named.iter().map(String::as_str).chain(named.is_empty().then_some(home)) {
        if cities.iter().any(|(known, _)| known == city) {
            continue;
        }
        if let Some(doc) = document_classes::city_document(conn, city)? {
            cities.push((city.to_string(), doc));
        }
    }
    Ok(cities)
}

/// Replaces the entry's renderings with `public` in `languages` (city,
/// language), and tells readers of every city concerned, before and after.
fn replace_renderings(
    conn: &Connection,
    doc_id: &str,
    public: &PublicEntry,
    languages: &[(String, String)],
    published_at: i64,
) -> rusqlite::Result<()> {
    let mut touched = cities_shown_in(conn, doc_id)?;
    conn.execute("DELETE FROM archive_published WHERE doc_id = ?1", [doc_id])?;
    let stamp = db::rfc3339(published_at);
    let mut insert = conn.prepare_cached("INSERT INTO archive_published (doc_id, city, language, body) VALUES (?1, ?2, ?3, ?4)")?;
    for (city, language) in languages {
        let body = json!(render_entry(doc_id, public, language, &stamp)).to_string();
        insert.execute(params![doc_id, city, language, body])?;
        touched.push(city.clone());
    }
    touched.sort_unstable();
    touched.dedup();
    for city in touched {
        projection::changed(conn, &city)?;
    }
    Ok(())
}

/// The cities whose readers see the entry now.
pub fn cities_shown_in(conn: &Connection, doc_id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT city FROM archive_published WHERE doc_id = ?1")?;
    stmt.query_map([doc_id], |row| row.get(0))?.collect()
}

/// After the author of `voice_id` changed its consent (or withdrew it):
/// the published entry holding it is rewritten in the same transaction,
/// or taken off the read side if no voice is left. Whether readers' view
/// changed.
pub fn consent_changed(
    conn: &Connection,
    voice_id: &str,
    consent: &Consent,
    author_name: &str,
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<bool> {
    let Some(entry_id) = document_classes::item_of(conn, voice_id)? else { return Ok(false) };
    let Some((item, published_at)) = publications::pinned_item(conn, &entry_id)? else { return Ok(false) };
    let Ok(mut public) = serde_json::from_str::<PublicEntry>(&item) else {
        // Not an entry's pin (cannot happen: the item is ours); leave it.
        return Ok(false);
    };
    if !public.consent_changed(voice_id, consent, author_name) {
        return Ok(false);
    }
    if public.voices.is_empty() {
        for city in cities_shown_in(conn, &entry_id)? {
            projection::changed(conn, &city)?;
        }
        publications::unpin(conn, &entry_id)?;
        media_follows_publications(conn, &entry_id)?;
        let details = json!({ "document": entry_id, "reason": "no voice left" });
        audit::record(conn, actor, "unpublished", document_classes::city_of(conn, &entry_id)?.as_deref(), details, now)?;
        return Ok(true);
    }
    let languages = {
        let mut stmt = conn.prepare_cached("SELECT city, language FROM archive_published WHERE doc_id = ?1")?;
        stmt.query_map([&entry_id], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<rusqlite::Result<Vec<(String, String)>>>()?
    };
    conn.execute("UPDATE publications SET item = ?2 WHERE doc_id = ?1", params![entry_id, json!(public).to_string()])?;
    remove_pinned_voice_heads(conn, &entry_id, voice_id, &public)?;
    replace_renderings(conn, &entry_id, &public, &languages, published_at)?;
    media_follows_publications(conn, &entry_id)?;
    Ok(true)
}

/// Drops the pinned heads of a voice that left the entry.
fn remove_pinned_voice_heads(conn: &Connection, entry_id: &str, voice_id: &str, public: &PublicEntry) -> rusqlite::Result<()> {
    if public.voices.iter().any(|voice| voice.id == voice_id) {
        return Ok(());
    }
    conn.execute(
        "UPDATE publications SET translation_heads = json_remove(translation_heads, '$.' || json_quote(?2)) WHERE doc_id = ?1",
        params![entry_id, voice_id],
    )?;
    Ok(())
}

/// After the publications of `entry_id`'s group changed (publish,
/// unpublish, a consent change): readers may fetch exactly the recordings and photos
/// of the voices its published entries show, and no others of the group's.
/// Nothing for a document that is not an entry.
pub fn media_follows_publications(conn: &Connection, entry_id: &str) -> rusqlite::Result<()> {
    let Some(class) = document_classes::classification(conn, entry_id)? else { return Ok(()) };
    let (DocKind::ArchiveEntry, Some(group)) = (class.kind, class.group) else { return Ok(()) };
    let owner = crate::media::store::Owner { city: class.city, group };
    conn.execute("UPDATE media SET public = 0 WHERE city = ?1 AND group_slug = ?2", params![owner.city, owner.group])?;
    let mut stmt = conn.prepare_cached(
        "SELECT p.item FROM publications p JOIN document_classes c ON c.doc_id = p.doc_id
         WHERE c.kind = 'archive_entry' AND c.city = ?1 AND c.group_slug = ?2",
    )?;
    let items = stmt.query_map(params![owner.city, owner.group], |row| row.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    for item in items {
        let Ok(public) = serde_json::from_str::<PublicEntry>(&item) else { continue };
        for hash in public.voices.iter().flat_map(PublicVoice::media).filter_map(crate::media::MediaHash::parse) {
            crate::media::store::set_public(conn, &hash, &owner, true)?;
        }
    }
    Ok(())
}

/// The published entries readers of `city` in `language` get, as JSON.
pub fn published_in(conn: &Connection, city: &str, language: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.body FROM archive_published a JOIN publications p ON p.doc_id = a.doc_id
         WHERE a.city = ?1 AND a.language = ?2 ORDER BY p.published_at DESC, a.doc_id",
    )?;
    stmt.query_map([city, language], |row| row.get(0))?.collect()
}
