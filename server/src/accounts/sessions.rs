//! Sessions: what a signed-in browser's cookie stands for.
//!
//! The cookie carries a random token; the database keeps its hash, a public
//! session id (shown in "your sessions", and the base of the sync peer id)
//! and when it expires. A session ends by logout, "sign out everywhere",
//! revocation of the account, or expiry.

use rusqlite::{Connection, OptionalExtension, params};

use crate::accounts::tokens;

/// How long a session lasts without signing in again.
pub const LIFETIME_SECONDS: i64 = 30 * 24 * 60 * 60;
/// `last_seen_at` is refreshed at most this often, to keep reads cheap.
const TOUCH_INTERVAL_SECONDS: i64 = 60 * 60;

/// A session that was just created: the token goes to the browser once.
pub struct NewSession {
    pub id: String,
    pub token: String,
    pub expires_at: i64,
}

/// A valid session, as found from its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub account_id: i64,
    pub account_name: String,
}

impl Session {
    /// The sync peer id this session's WebSocket is bound to.
    pub fn peer_id(&self) -> String {
        peer_id(&self.id)
    }
}

pub fn peer_id(session_id: &str) -> String {
    format!("session-{session_id}")
}

/// The session id behind a peer id, if it is a session's.
pub fn session_of_peer(peer_id: &str) -> Option<&str> {
    peer_id.strip_prefix("session-")
}

pub fn create(conn: &Connection, account_id: i64, now: i64) -> rusqlite::Result<NewSession> {
    let session = NewSession { id: tokens::public_id(), token: tokens::generate(), expires_at: now + LIFETIME_SECONDS };
    conn.execute(
        "INSERT INTO sessions (id, token_hash, account_id, created_at, last_seen_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
        params![session.id, tokens::hash(&session.token), account_id, now, session.expires_at],
    )?;
    Ok(session)
}

/// The live session a token stands for: not revoked, not expired, and its
/// account not revoked.
pub fn authenticate(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<Session>> {
    let found = conn
        .query_row(
            "SELECT s.id, s.account_id, a.name, s.last_seen_at FROM sessions s
             JOIN accounts a ON a.id = s.account_id
             WHERE s.token_hash = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2
               AND a.revoked_at IS NULL",
            params![tokens::hash(token), now],
            |row| Ok((Session { id: row.get(0)?, account_id: row.get(1)?, account_name: row.get(2)? }, row.get::<_, i64>(3)?)),
        )
        .optional()?;
    let Some((session, last_seen)) = found else {
        return Ok(None);
    };
    if now - last_seen > TOUCH_INTERVAL_SECONDS {
        conn.execute("UPDATE sessions SET last_seen_at = ?2 WHERE id = ?1", params![session.id, now])?;
    }
    Ok(Some(session))
}

/// The live session with this id (for the sync share policy, which knows
/// peers, not tokens).
pub fn by_id(conn: &Connection, session_id: &str, now: i64) -> rusqlite::Result<Option<Session>> {
    conn.query_row(
        "SELECT s.id, s.account_id, a.name FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.id = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2 AND a.revoked_at IS NULL",
        params![session_id, now],
        |row| Ok(Session { id: row.get(0)?, account_id: row.get(1)?, account_name: row.get(2)? }),
    )
    .optional()
}

/// One line of "your sessions".
#[derive(Debug, Clone)]
pub struct SessionSummary {
    pub id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub fn list(conn: &Connection, account_id: i64, now: i64) -> rusqlite::Result<Vec<SessionSummary>> {
    let mut stmt = conn.prepare(
        "SELECT id, created_at, last_seen_at FROM sessions
         WHERE account_id = ?1 AND revoked_at IS NULL AND expires_at > ?2 ORDER BY created_at DESC",
    )?;
    stmt.query_map(params![account_id, now], |row| {
        Ok(SessionSummary { id: row.get(0)?, created_at: row.get(1)?, last_seen_at: row.get(2)? })
    })?
    .collect()
}

/// Ends one of the account's sessions; false if there was none.
pub fn revoke(conn: &Connection, account_id: i64, session_id: &str, now: i64) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE sessions SET revoked_at = ?3 WHERE id = ?1 AND account_id = ?2 AND revoked_at IS NULL",
        params![session_id, account_id, now],
    )?;
    Ok(changed > 0)
}

/// Ends every session of the account; returns their ids.
pub fn revoke_all(conn: &Connection, account_id: i64, now: i64) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("UPDATE sessions SET revoked_at = ?2 WHERE account_id = ?1 AND revoked_at IS NULL RETURNING id")?;
    stmt.query_map(params![account_id, now], |row| row.get(0))?.collect()
}
