//! One-time invite links: a city admin (or the operator's CLI) invites
//! someone into a role; the invitee picks a name and a passphrase. Invites
//! expire after 7 days and work once.

use hospes_content::access::{Grant, Role};
use rusqlite::{Connection, OptionalExtension, params};

use super::AccountsError;
use crate::accounts::tokens;
use crate::domain::AccountName;

pub const LIFETIME_SECONDS: i64 = 7 * 24 * 60 * 60;

/// What an invite grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub grant: Grant,
    pub expires_at: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    /// Unknown, already used or expired: the invitee does not need to know which.
    #[error("no such invite")]
    NotFound,
    #[error(transparent)]
    Accounts(#[from] AccountsError),
}

impl From<rusqlite::Error> for InviteError {
    fn from(error: rusqlite::Error) -> Self {
        InviteError::Accounts(AccountsError::Db(error))
    }
}

/// Creates an invite; returns the token for the link.
pub fn create(conn: &Connection, grant: &Grant, created_by: Option<i64>, now: i64) -> rusqlite::Result<(String, i64)> {
    let token = tokens::generate();
    let expires_at = now + LIFETIME_SECONDS;
    conn.execute(
        "INSERT INTO invites (token_hash, city, role, group_slug, languages, created_by, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            tokens::hash(&token),
            grant.city,
            grant.role.as_str(),
            grant.group.as_deref().unwrap_or(""),
            grant.languages.join(","),
            created_by,
            now,
            expires_at,
        ],
    )?;
    Ok((token, expires_at))
}

/// The invite a token stands for, if it is still open.
pub fn peek(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<Invite>> {
    conn.query_row(
        "SELECT role, city, group_slug, languages, expires_at FROM invites
         WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2",
        params![tokens::hash(token), now],
        |row| {
            let role: String = row.get(0)?;
            let group: String = row.get(2)?;
            let languages: String = row.get(3)?;
            Ok((role, row.get::<_, String>(1)?, group, languages, row.get::<_, i64>(4)?))
        },
    )
    .optional()
    .map(|found| {
        found.and_then(|(role, city, group, languages, expires_at)| {
            Some(Invite {
                grant: Grant {
                    role: role.parse::<Role>().ok()?,
                    city,
                    group: (!group.is_empty()).then_some(group),
                    languages: languages.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect(),
                },
                expires_at,
            })
        })
    })
}

/// Uses the invite: creates the account with its role, marks the invite
/// used, all in one transaction (a second use finds it used). The caller
/// hashes the passphrase first, outside any lock: it is the slow part.
pub fn accept(
    conn: &mut Connection,
    token: &str,
    name: &AccountName,
    passphrase_hash: &str,
    now: i64,
) -> Result<(i64, Grant), InviteError> {
    let invite = peek(conn, token, now)?.ok_or(InviteError::NotFound)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let account_id = super::create(&tx, name, passphrase_hash, now)?;
    let used = tx.execute(
        "UPDATE invites SET used_at = ?2, used_by = ?3 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2",
        params![tokens::hash(token), now, account_id],
    )?;
    if used == 0 {
        return Err(InviteError::NotFound); // used meanwhile; the transaction rolls back
    }
    super::add_grant(&tx, account_id, &invite.grant)?;
    tx.commit()?;
    Ok((account_id, invite.grant))
}
