//! Publishing pins a version: the server records (document, heads,
//! publisher, time), and the read side shows the document at exactly those
//! heads. Later edits stay invisible until published again.

pub use hospes_content::reading::PublishedItem;
use rusqlite::{Connection, OptionalExtension, params};

/// What one publication pins.
pub struct Pin<'a> {
    pub doc_id: &'a str,
    pub heads: &'a [String],
    /// JSON: translation doc id -> heads.
    pub translation_heads: &'a str,
    /// JSON: the item at `heads`, in the content model.
    pub item: &'a str,
    /// JSON: language -> translation at its pinned heads.
    pub translations: &'a str,
}

pub fn pin(conn: &Connection, pin: &Pin<'_>, by: Option<i64>, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO publications (doc_id, heads, translation_heads, item, translations, published_by, published_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (doc_id) DO UPDATE SET heads = excluded.heads, translation_heads = excluded.translation_heads,
         item = excluded.item, translations = excluded.translations,
         published_by = excluded.published_by, published_at = excluded.published_at",
        params![pin.doc_id, pin.heads.join(","), pin.translation_heads, pin.item, pin.translations, by, now],
    )?;
    Ok(())
}

/// The city's published items of one kind, pinned versions.
pub fn published_of_kind(conn: &Connection, city: &str, kind: &str) -> rusqlite::Result<Vec<PublishedItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.doc_id, p.item, p.translations, p.published_at FROM publications p
         JOIN document_classes c ON c.doc_id = p.doc_id
         WHERE c.city = ?1 AND c.kind = ?2 ORDER BY p.doc_id",
    )?;
    stmt.query_map([city, kind], |row| {
        Ok(PublishedItem { doc_id: row.get(0)?, item: row.get(1)?, translations: row.get(2)?, published_at: row.get(3)? })
    })?
    .collect()
}

/// The pinned version's model JSON and when it was published.
pub fn pinned_item(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<(String, i64)>> {
    conn.query_row("SELECT item, published_at FROM publications WHERE doc_id = ?1", [doc_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()
}

pub fn unpin(conn: &Connection, doc_id: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM publications WHERE doc_id = ?1", [doc_id])? > 0)
}

/// What readers see of a document: the pinned heads, when, and by whom
/// (the account's name; none for the server's own auto-publish or a
/// removed account).
pub struct Publication {
    pub heads: Vec<String>,
    pub published_at: i64,
    pub published_by: Option<String>,
}

pub fn publication(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<Publication>> {
    conn.query_row(
        "SELECT p.heads, p.published_at, a.name FROM publications p
         LEFT JOIN accounts a ON a.id = p.published_by WHERE p.doc_id = ?1",
        [doc_id],
        |row| {
            Ok(Publication {
                heads: row.get::<_, String>(0)?.split(',').map(str::to_string).collect(),
                published_at: row.get(1)?,
                published_by: row.get(2)?,
            })
        },
    )
    .optional()
}

/// The pinned heads of every published document of a city, by document id.
pub fn pinned_in_city(conn: &Connection, city: &str) -> rusqlite::Result<std::collections::HashMap<String, Vec<String>>> {
    let mut stmt =
        conn.prepare("SELECT p.doc_id, p.heads FROM publications p JOIN document_classes c ON c.doc_id = p.doc_id WHERE c.city = ?1")?;
    let rows = stmt.query_map([city], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
    rows.map(|row| row.map(|(doc_id, heads)| (doc_id, heads.split(',').map(str::to_string).collect()))).collect()
}

/// The pinned heads of a document, if it is published.
pub fn pinned(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<Vec<String>>> {
    conn.query_row("SELECT heads FROM publications WHERE doc_id = ?1", [doc_id], |row| row.get::<_, String>(0))
        .optional()
        .map(|heads| heads.map(|heads| heads.split(',').map(str::to_string).collect()))
}
