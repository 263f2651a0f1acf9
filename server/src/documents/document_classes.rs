//! The registry of document classes: what each document is (its kind) and
//! where it belongs (city; archive group; language). automerge-repo knows
//! nothing of this; the share policy denies any document without a row.
//!
//! A client that creates a document (offline, with its own id) registers it
//! here before its first sync; registration checks that the user may create
//! that kind of document in that scope.

use hospes_content::access::{Classification, DocKind};
use rusqlite::{Connection, OptionalExtension, params};

#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("the document is already registered as something else")]
    Conflict,
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
}

pub fn classification(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<Classification>> {
    conn.query_row(
        "SELECT kind, city, group_slug, language, translation_of FROM document_classes WHERE doc_id = ?1",
        [doc_id],
        class_from_row,
    )
    .optional()
    .map(Option::flatten)
}

/// A row's class; `None` for a kind this build does not know, which is
/// then unclassified: denied.
fn class_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Option<Classification>> {
    let Ok(kind) = row.get::<_, String>(0)?.parse::<DocKind>() else {
        return Ok(None);
    };
    let translation_of: Option<String> = row.get(4)?;
    Ok(Some(Classification {
        kind,
        city: row.get(1)?,
        group: row.get(2)?,
        language: row.get(3)?,
        translation_of: translation_of.and_then(|kind| kind.parse().ok()),
    }))
}

/// Records a document's class (and for a translation, its item's id).
/// Registering the same class again is a no-op; a different class for a
/// known document is a conflict.
pub fn register(
    conn: &Connection,
    doc_id: &str,
    class: &Classification,
    item: Option<&str>,
    created_by: Option<i64>,
    now: i64,
) -> Result<(), RegisterError> {
    if let Some(existing) = classification(conn, doc_id)? {
        return if &existing == class { Ok(()) } else { Err(RegisterError::Conflict) };
    }
    conn.execute(
        "INSERT INTO document_classes (doc_id, kind, city, group_slug, language, translation_of, item, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            doc_id,
            class.kind.as_str(),
            class.city,
            class.group,
            class.language,
            class.translation_of.map(DocKind::as_str),
            item,
            created_by,
            now,
        ],
    )?;
    Ok(())
}

/// A registered document: its id, its class, and the account that
/// registered it (none for the operator's and the demo's).
pub struct Registered {
    pub doc_id: String,
    pub class: Classification,
    pub registered_by: Option<i64>,
}

/// The documents of a city, with their classes.
pub fn list(conn: &Connection, city: &str) -> rusqlite::Result<Vec<(String, Classification)>> {
    Ok(list_registered(conn, city)?.into_iter().map(|registered| (registered.doc_id, registered.class)).collect())
}

/// [`list`], with who registered each document.
pub fn list_registered(conn: &Connection, city: &str) -> rusqlite::Result<Vec<Registered>> {
    let mut stmt = conn.prepare(
        "SELECT kind, city, group_slug, language, translation_of, doc_id, created_by FROM document_classes
         WHERE city = ?1 ORDER BY created_at, doc_id",
    )?;
    let rows = stmt.query_map([city], |row| Ok((row.get::<_, String>(5)?, class_from_row(row)?, row.get(6)?)))?;
    rows.filter_map(|row| match row {
        Ok((doc_id, Some(class), registered_by)) => Some(Ok(Registered { doc_id, class, registered_by })),
        Ok((_, None, _)) => None,
        Err(error) => Some(Err(error)),
    })
    .collect()
}

/// The account that registered a document, if an account did.
pub fn registered_by(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT created_by FROM document_classes WHERE doc_id = ?1", [doc_id], |row| row.get(0)).optional().map(Option::flatten)
}

/// The translation documents of an item, by language.
pub fn translations_of(conn: &Connection, item: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT doc_id, language FROM document_classes WHERE item = ?1 AND kind = 'translation' ORDER BY language")?;
    stmt.query_map([item], |row| Ok((row.get(0)?, row.get(1)?)))?.collect()
}

/// The id of a city's configuration document.
pub fn city_document(conn: &Connection, city: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT doc_id FROM document_classes WHERE city = ?1 AND kind = 'city' ORDER BY created_at LIMIT 1", [city], |row| {
        row.get(0)
    })
    .optional()
}

/// The item a document belongs to: a translation's item, a voice's entry.
pub fn item_of(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT item FROM document_classes WHERE doc_id = ?1", [doc_id], |row| row.get(0)).optional().map(Option::flatten)
}

/// The city a registered document belongs to.
pub fn city_of(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT city FROM document_classes WHERE doc_id = ?1", [doc_id], |row| row.get(0)).optional()
}
