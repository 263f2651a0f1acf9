//! The rendered items in SQLite: replaced as a whole on every publish,
//! removed on unpublish (by cascade), read by the read API; and each
//! city's read version, which every such change bumps.

use rusqlite::{Connection, OptionalExtension, params};

/// Replaces the rendered versions of `doc_id` with `rows` (language, body).
pub fn replace(conn: &Connection, doc_id: &str, city: &str, kind: &str, rows: &[(String, String)]) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM published_items WHERE doc_id = ?1", [doc_id])?;
    let mut insert = conn.prepare_cached("INSERT INTO published_items (doc_id, city, language, kind, body) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (language, body) in rows {
        insert.execute(params![doc_id, city, language, kind, body])?;
    }
    Ok(())
}

/// Records that what readers of `city` see has changed (in the transaction
/// that changed it).
pub fn changed(conn: &Connection, city: &str) -> rusqlite::Result<()> {
    conn.execute("UPDATE cities SET read_version = read_version + 1 WHERE slug = ?1", [city])?;
    Ok(())
}

/// How many times what readers of `city` see has changed; `None` for an
/// unknown city.
pub fn version(conn: &Connection, city: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT read_version FROM cities WHERE slug = ?1", [city], |row| row.get(0)).optional()
}

/// Every published item of a city in one language, as JSON texts.
pub fn bundle(conn: &Connection, city: &str, language: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT body FROM published_items WHERE city = ?1 AND language = ?2 ORDER BY kind, doc_id")?;
    stmt.query_map([city, language], |row| row.get(0))?.collect()
}

/// One published item in one language.
pub fn item(conn: &Connection, city: &str, language: &str, doc_id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT body FROM published_items WHERE city = ?1 AND language = ?2 AND doc_id = ?3", [city, language, doc_id], |row| {
        row.get(0)
    })
    .optional()
}
