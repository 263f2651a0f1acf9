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
use hospes_content::reading::search_folding::fold;

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
}
