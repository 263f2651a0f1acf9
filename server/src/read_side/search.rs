//! Full-text search over published items, SQLite FTS5.
//!
//! Each published item is indexed once per language its text exists in
//! (the source, and each translation). A search in a language ranks that
//! language first, then its fallbacks in order, then the others. Text and
//! queries are folded alike
//! ([`hospes_content::reading::search_folding`]).

use std::collections::BTreeMap;

use hospes_content::model::Translation;
use rusqlite::{Connection, params};

use crate::domain::Invalid;
use hospes_content::reading::render::Item;
use hospes_content::reading::search_folding::{self, fold};

/// The longest query accepted.
pub const MAX_QUERY_CHARS: usize = 200;
/// Results returned at most.
pub const MAX_RESULTS: usize = 50;

/// Replaces an item's rows with its pinned text in every language it has.
pub fn index(
    conn: &Connection,
    doc_id: &str,
    city: &str,
    item: &Item,
    translations: &BTreeMap<String, Translation>,
) -> rusqlite::Result<()> {
    remove(conn, doc_id)?;
    let (source_language, title, body) = source_text(item);
    let mut insert = conn.prepare_cached("INSERT INTO search_index (doc_id, city, language, title, body) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    insert.execute(params![doc_id, city, source_language.to_ascii_lowercase(), fold(&title), fold(&body)])?;
    let title_key = if matches!(item, Item::Service(_)) { "name" } else { "title" };
    for (language, translation) in translations {
        let title = translation.fields.get(title_key).map(|t| t.as_str()).unwrap_or_default();
        let body: Vec<&str> =
            translation.fields.iter().filter(|(key, _)| key.as_str() != title_key).map(|(_, text)| text.as_str()).collect();
        insert.execute(params![doc_id, city, language.to_ascii_lowercase(), fold(title), fold(&body.join("\n"))])?;
    }
    Ok(())
}

pub fn remove(conn: &Connection, doc_id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM search_index WHERE doc_id = ?1", [doc_id])?;
    Ok(())
}

/// Folds the index again from the pinned items when it was folded by
/// another version of the rule ([`search_folding::VERSION`]), in one
/// transaction; how many items it folded again, `None` if the index was
/// up to date. Run when the server opens its file.
pub fn refold_if_needed(conn: &mut Connection) -> rusqlite::Result<Option<usize>> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let folded_with: i64 = tx.query_row("SELECT version FROM search_folding", [], |row| row.get(0))?;
    if folded_with == search_folding::VERSION {
        return Ok(None);
    }
    let pinned: Vec<(String, String, String, String, String)> = tx
        .prepare(
            "SELECT p.doc_id, c.city, c.kind, p.item, p.translations FROM publications p
             JOIN document_classes c ON c.doc_id = p.doc_id WHERE c.kind IN ('service', 'article', 'event')",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)))?
        .collect::<rusqlite::Result<_>>()?;
    tx.execute("DELETE FROM search_index", [])?;
    let items = pinned.len();
    for (doc_id, city, kind, item, translations) in pinned {
        match pinned_item(&kind, &item, &translations) {
            Ok((item, translations)) => index(&tx, &doc_id, &city, &item, &translations)?,
            // Publishing stored it from the model, so this is a file damaged
            // by hand: the item stays readable, only search misses it. The
            // error's kind and place only: serde's message may quote content.
            Err(error) => tracing::warn!(
                document = doc_id,
                kind = ?error.classify(),
                line = error.line(),
                column = error.column(),
                "a pinned item is not indexed for search"
            ),
        }
    }
    tx.execute("UPDATE search_folding SET version = ?1", [search_folding::VERSION])?;
    tx.commit()?;
    Ok(Some(items))
}

/// An item and its translations from their pinned JSON.
fn pinned_item(kind: &str, item: &str, translations: &str) -> serde_json::Result<(Item, BTreeMap<String, Translation>)> {
    let item = match kind {
        "service" => Item::Service(serde_json::from_str(item)?),
        "article" => Item::Article(serde_json::from_str(item)?),
        _ => Item::Event(serde_json::from_str(item)?),
    };
    Ok((item, serde_json::from_str(translations)?))
}

/// Turns what a person typed into an FTS5 query: every word must match, as
/// a prefix; FTS5 syntax in the input has no effect.
pub fn parse_query(raw: &str) -> Result<String, Invalid> {
    if raw.chars().count() > MAX_QUERY_CHARS {
        return Err(Invalid::new("q", format!("at most {MAX_QUERY_CHARS} characters")));
    }
    let terms: Vec<String> =
        fold(raw).split(|c: char| !c.is_alphanumeric()).filter(|term| !term.is_empty()).map(|term| format!("\"{term}\"*")).collect();
    if terms.is_empty() {
        return Err(Invalid::new("q", "type at least one word"));
    }
    Ok(terms.join(" AND "))
}

/// Matching document ids of a city, best first: matches in `chain[0]`,
/// then in its fallbacks in order, then elsewhere; by relevance within.
pub fn search(conn: &Connection, city: &str, query: &str, chain: &[String]) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT doc_id, language FROM search_index WHERE search_index MATCH ?1 AND city = ?2 ORDER BY bm25(search_index, 10.0, 1.0)",
    )?;
    let mut hits: Vec<(usize, usize, String)> = stmt
        .query_map(params![query, city], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?
        .enumerate()
        .map(|(relevance, row)| {
            row.map(|(doc_id, language)| {
                let preference = chain.iter().position(|tag| tag.eq_ignore_ascii_case(&language)).unwrap_or(chain.len());
                (preference, relevance, doc_id)
            })
        })
        .collect::<rusqlite::Result<_>>()?;
    hits.sort();
    let mut seen = std::collections::HashSet::new();
    Ok(hits.into_iter().filter(|(_, _, doc_id)| seen.insert(doc_id.clone())).map(|(_, _, doc_id)| doc_id).take(MAX_RESULTS).collect())
}

fn source_text(item: &Item) -> (String, String, String) {
    match item {
        Item::Service(service) => (
            service.source_language.clone(),
            service.name.as_str().to_string(),
            [service.description.as_str(), service.eligibility.as_str(), service.organization.as_str()].join("\n"),
        ),
        Item::Article(article) => (article.source_language.clone(), article.title.as_str().to_string(), article.body.as_str().to_string()),
        Item::Event(event) => (
            event.source_language.clone(),
            event.title.as_str().to_string(),
            [event.description.as_str(), event.organizer.as_str()].join("\n"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_words_not_syntax() {
        assert_eq!(parse_query("legal advice").unwrap(), "\"legal\"* AND \"advice\"*");
        assert_eq!(parse_query("NEAR(\"x\" OR y)").unwrap(), "\"near\"* AND \"x\"* AND \"or\"* AND \"y\"*");
        assert!(parse_query("  ...  ").is_err());
        assert!(parse_query(&"a".repeat(201)).is_err());
    }

    /// A file indexed before the rule dropped the Arabic article: opening it
    /// folds the index again, once, from the pinned items.
    #[test]
    fn an_index_folded_by_an_older_rule_is_folded_again() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::migrations::migrate(&mut conn).unwrap();
        let mut service: hospes_content::model::Service =
            serde_json::from_str(include_str!("../../../tests/fixtures/content/service.json")).unwrap();
        service.name = autosurgeon::Text::with_value("نصائح الشتاء");
        conn.execute_batch(
            "INSERT INTO cities (slug, name, created_at) VALUES ('liege', 'Liège', 0);
             INSERT INTO document_classes (doc_id, kind, city, created_at) VALUES ('doc', 'service', 'liege', 0);
             -- What the older rule left: the article in place.
             INSERT INTO search_index (doc_id, city, language, title, body) VALUES ('doc', 'liege', 'ar', 'نصايح الشتاء', '');",
        )
        .unwrap();
        conn.execute(
            "INSERT INTO publications (doc_id, heads, item, published_at) VALUES ('doc', 'h', ?1, 0)",
            [serde_json::to_string(&service).unwrap()],
        )
        .unwrap();
        let winter = parse_query("شتاء").unwrap();
        assert!(search(&conn, "liege", &winter, &[]).unwrap().is_empty(), "the old index misses it");

        assert_eq!(refold_if_needed(&mut conn).unwrap(), Some(1));
        assert_eq!(search(&conn, "liege", &winter, &[]).unwrap(), ["doc"]);
        assert_eq!(refold_if_needed(&mut conn).unwrap(), None, "folded once");
    }
}
