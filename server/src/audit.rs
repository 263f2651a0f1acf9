//! The audit log: publishing, unpublishing, invites, role changes,
//! revocations. Who (an account, or the operator at the command line), what,
//! when, in which city. Never reader data.

use rusqlite::{Connection, params};
use serde_json::Value;

/// Who did it.
#[derive(Debug, Clone)]
pub enum Actor {
    Account {
        id: i64,
        name: String,
    },
    /// The server operator, at the command line.
    Operator,
    /// The server itself, publishing a trusted volunteer's event on their
    /// behalf (see [`crate::publishing::auto_publish`]); `id` and `name` are the
    /// volunteer's account.
    AutoPublish {
        id: i64,
        name: String,
    },
}

pub fn record(conn: &Connection, actor: &Actor, action: &str, city: Option<&str>, subject: Value, now: i64) -> rusqlite::Result<()> {
    let (id, name) = match actor {
        Actor::Account { id, name } => (Some(*id), name.clone()),
        Actor::Operator => (None, "operator (command line)".to_string()),
        Actor::AutoPublish { id, name } => (Some(*id), format!("{name} (auto-publish)")),
    };
    conn.execute(
        "INSERT INTO audit_log (at, actor_id, actor_name, action, city, subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![now, id, name, action, city, subject.to_string()],
    )?;
    Ok(())
}

/// One entry, for the API.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(rename = "AuditEntry")]
pub struct Entry {
    pub at: String,
    pub actor: String,
    pub action: String,
    /// What it was done to, by action (`{"document": ...}`,
    /// `{"account": ...}`); null where the stored subject does not read.
    #[ts(type = "unknown")]
    pub subject: Value,
}

pub fn recent(conn: &Connection, city: &str, limit: u32) -> rusqlite::Result<Vec<Entry>> {
    let mut stmt = conn.prepare("SELECT at, actor_name, action, subject FROM audit_log WHERE city = ?1 ORDER BY id DESC LIMIT ?2")?;
    stmt.query_map(params![city, limit], |row| {
        let subject: String = row.get(3)?;
        Ok(Entry {
            at: crate::db::rfc3339(row.get(0)?),
            actor: row.get(1)?,
            action: row.get(2)?,
            subject: serde_json::from_str(&subject).unwrap_or(Value::Null),
        })
    })?
    .collect()
}
