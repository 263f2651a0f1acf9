//! The cities a server hosts and their archive groups: the scopes roles
//! and documents belong to.

use hospes_content::access::CityPolicy;
use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::Slug;

pub fn add(conn: &Connection, slug: &Slug, name: &str, now: i64) -> rusqlite::Result<bool> {
    let added = conn.execute(
        "INSERT INTO cities (slug, name, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (slug) DO NOTHING",
        params![slug.as_str(), name, now],
    )?;
    Ok(added > 0)
}

pub fn exists(conn: &Connection, slug: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM cities WHERE slug = ?1)", [slug], |row| row.get(0))
}

/// The city's settings; `None` for a city that does not exist.
pub fn policy(conn: &Connection, slug: &str) -> rusqlite::Result<Option<CityPolicy>> {
    conn.query_row("SELECT volunteers_publish FROM cities WHERE slug = ?1", [slug], |row| {
        Ok(CityPolicy { volunteers_publish: row.get(0)? })
    })
    .optional()
}

pub fn set_volunteers_publish(conn: &Connection, slug: &str, allowed: bool) -> rusqlite::Result<bool> {
    let changed = conn.execute("UPDATE cities SET volunteers_publish = ?2 WHERE slug = ?1", params![slug, allowed])?;
    Ok(changed > 0)
}

pub fn add_group(conn: &Connection, city: &Slug, group: &Slug, name: &str) -> rusqlite::Result<bool> {
    let added = conn.execute(
        "INSERT INTO archive_groups (city, slug, name) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![city.as_str(), group.as_str(), name],
    )?;
    Ok(added > 0)
}

pub fn group_exists(conn: &Connection, city: &str, group: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM archive_groups WHERE city = ?1 AND slug = ?2)", [city, group], |row| row.get(0))
}

/// An archive group's name, if `city` hosts it.
pub fn group_name(conn: &Connection, city: &str, group: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT name FROM archive_groups WHERE city = ?1 AND slug = ?2", [city, group], |row| row.get(0)).optional()
}

/// The cities that host a group of this slug.
pub fn cities_with_group(conn: &Connection, group: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT city FROM archive_groups WHERE slug = ?1 ORDER BY city")?;
    stmt.query_map([group], |row| row.get(0))?.collect()
}
