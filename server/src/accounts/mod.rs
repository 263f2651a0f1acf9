//! Accounts (a display name and a passphrase hash, nothing else), the roles
//! they hold, their sessions and the invites that create them; passphrase
//! hashes ([`passphrase_hash`]) made in a bounded pool off the async
//! workers ([`hashing_pool`]); random secrets and their hashes
//! ([`tokens`]); guessing slowed without locking anyone out
//! ([`attempt_limit`]); a role as asked for ([`role_request`]).
//!
//! Functions here take a `rusqlite::Connection` and do no I/O of their own,
//! so the HTTP routes (through [`crate::db::Db`]) and the CLI share them.

pub mod attempt_limit;
pub mod hashing_pool;
pub mod invites;
pub mod passphrase_hash;
pub mod role_request;
pub mod sessions;
pub mod tokens;

use hospes_content::access::{Grant, Role};
use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::AccountName;

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("that name is taken")]
    NameTaken,
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
}

/// An account as others see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub revoked: bool,
}

/// Creates an account; names are unique regardless of case.
pub fn create(conn: &Connection, name: &AccountName, passphrase_hash: &str, now: i64) -> Result<i64, AccountsError> {
    let inserted = conn.execute(
        "INSERT INTO accounts (name, passphrase_hash, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO NOTHING",
        params![name.as_str(), passphrase_hash, now],
    )?;
    if inserted == 0 {
        return Err(AccountsError::NameTaken);
    }
    Ok(conn.last_insert_rowid())
}

/// The account with this name and its passphrase hash, revoked or not.
pub fn find_by_name(conn: &Connection, name: &AccountName) -> rusqlite::Result<Option<(Account, String)>> {
    conn.query_row("SELECT id, name, revoked_at IS NOT NULL, passphrase_hash FROM accounts WHERE name = ?1", [name.as_str()], |row| {
        Ok((Account { id: row.get(0)?, name: row.get(1)?, revoked: row.get(2)? }, row.get(3)?))
    })
    .optional()
}

pub fn find(conn: &Connection, id: i64) -> rusqlite::Result<Option<Account>> {
    conn.query_row("SELECT id, name, revoked_at IS NOT NULL FROM accounts WHERE id = ?1", [id], |row| {
        Ok(Account { id: row.get(0)?, name: row.get(1)?, revoked: row.get(2)? })
    })
    .optional()
}

/// Every role the account holds, in every city.
pub fn grants(conn: &Connection, account_id: i64) -> rusqlite::Result<Vec<Grant>> {
    let mut stmt =
        conn.prepare_cached("SELECT role, city, group_slug, languages FROM grants WHERE account_id = ?1 ORDER BY city, role, group_slug")?;
    let rows = stmt.query_map([account_id], grant_from_row)?;
    rows.filter_map(|row| row.transpose()).collect()
}

/// Reads a stored grant; a role this build does not know is skipped
/// (denied), never guessed.
fn grant_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Option<Grant>> {
    let role: String = row.get(0)?;
    let Ok(role) = role.parse::<Role>() else {
        tracing::warn!(role, "ignoring a stored grant with an unknown role");
        return Ok(None);
    };
    let group: String = row.get(2)?;
    let languages: String = row.get(3)?;
    Ok(Some(Grant {
        role,
        city: row.get(1)?,
        group: (!group.is_empty()).then_some(group),
        languages: languages.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect(),
    }))
}

/// Adds a role (or replaces the same role's languages).
pub fn add_grant(conn: &Connection, account_id: i64, grant: &Grant) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO grants (account_id, city, role, group_slug, languages) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (account_id, city, role, group_slug) DO UPDATE SET languages = excluded.languages",
        params![account_id, grant.city, grant.role.as_str(), grant.group.as_deref().unwrap_or(""), grant.languages.join(","),],
    )?;
    Ok(())
}

/// Replaces all of the account's roles in one city.
pub fn set_city_grants(conn: &mut Connection, account_id: i64, city: &str, grants: &[Grant]) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM grants WHERE account_id = ?1 AND city = ?2", params![account_id, city])?;
    for grant in grants {
        add_grant(&tx, account_id, grant)?;
    }
    tx.commit()
}

/// Revokes an account: it can no longer sign in, and its sessions end.
pub fn revoke(conn: &mut Connection, account_id: i64, now: i64) -> rusqlite::Result<Vec<String>> {
    let tx = conn.transaction()?;
    tx.execute("UPDATE accounts SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", params![account_id, now])?;
    let ended = sessions::revoke_all(&tx, account_id, now)?;
    tx.commit()?;
    Ok(ended)
}

/// A member of a city: an account holding at least one role there.
#[derive(Debug, Clone)]
pub struct Member {
    pub account: Account,
    pub grants: Vec<Grant>,
}

pub fn members(conn: &Connection, city: &str) -> rusqlite::Result<Vec<Member>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT a.id, a.name, a.revoked_at IS NOT NULL FROM accounts a
         JOIN grants g ON g.account_id = a.id WHERE g.city = ?1 ORDER BY a.name",
    )?;
    let accounts = stmt
        .query_map([city], |row| Ok(Account { id: row.get(0)?, name: row.get(1)?, revoked: row.get(2)? }))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    accounts
        .into_iter()
        .map(|account| {
            let grants = grants(conn, account.id)?.into_iter().filter(|grant| grant.city == city).collect();
            Ok(Member { account, grants })
        })
        .collect()
}
