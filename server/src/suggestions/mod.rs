//! Readers' suggestions of corrections ("this service has closed", "the
//! hours are wrong"), and the queue a city's editors work through.
//!
//! Readers are anonymous, so a suggestion holds what was said and nothing
//! about who said it: no address, no user agent, no account. The reader's
//! app makes a random `client_id` per suggestion and sends it again when it
//! retries after being offline; the second send finds the first and stores
//! nothing new.

pub mod limit;

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::Invalid;

/// The longest message, in Unicode scalar values, after trimming.
pub const MESSAGE_MAX_CHARS: usize = 2000;

/// What a suggestion is about; its TypeScript names are [`Topic::as_str`]'s
/// (`routes::typescript` checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ts_rs::TS)]
#[ts(rename = "SuggestionTopic", rename_all = "lowercase")]
pub enum Topic {
    Closed,
    Hours,
    Address,
    Contact,
    Translation,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 6] = [Topic::Closed, Topic::Hours, Topic::Address, Topic::Contact, Topic::Translation, Topic::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Closed => "closed",
            Topic::Hours => "hours",
            Topic::Address => "address",
            Topic::Contact => "contact",
            Topic::Translation => "translation",
            Topic::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        Topic::ALL.into_iter().find(|topic| topic.as_str() == raw).ok_or_else(|| {
            let known: Vec<&str> = Topic::ALL.iter().map(|topic| topic.as_str()).collect();
            Invalid::new("topic", format!("{raw:?} is not one of {}", known.join(", ")))
        })
    }
}

/// The reader app's random id for one suggestion: 8 to 64 of
/// `A-Z a-z 0-9 _ -`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientId(String);

impl ClientId {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let valid = (8..=64).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if valid { Ok(ClientId(raw.to_string())) } else { Err(Invalid::new("client_id", "8 to 64 letters, digits, '_' or '-'")) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the reader wrote, trimmed: at most [`MESSAGE_MAX_CHARS`]; it may
/// be empty when the topic says it all ("closed"), not for `other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(String);

impl Message {
    pub fn parse(raw: &str, topic: Topic) -> Result<Self, Invalid> {
        let text = raw.trim();
        if text.chars().count() > MESSAGE_MAX_CHARS {
            return Err(too_long());
        }
        if text.is_empty() && topic == Topic::Other {
            return Err(Invalid::new("message", "say what is wrong (the topic is \"other\")"));
        }
        Ok(Message(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The refusal of an over-long message (also for a request body too
/// large to read: only the message can make it so).
pub fn too_long() -> Invalid {
    Invalid::new("message", format!("at most {MESSAGE_MAX_CHARS} characters"))
}

/// Which suggestions a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Open,
    Done,
    All,
}

impl Filter {
    /// `open` (the default), `done` or `all`.
    pub fn parse(raw: Option<&str>) -> Result<Self, Invalid> {
        match raw {
            None | Some("open") => Ok(Filter::Open),
            Some("done") => Ok(Filter::Done),
            Some("all") => Ok(Filter::All),
            Some(other) => Err(Invalid::new("status", format!("{other:?} is not one of open, done, all"))),
        }
    }
}

/// A suggestion as a reader sent it, checked.
pub struct NewSuggestion {
    pub city: String,
    /// A published item of the city; `None`: the guide in general.
    pub doc_id: Option<String>,
    /// A language the city offers, in the read side's spelling.
    pub language: String,
    pub topic: Topic,
    pub message: Message,
    pub client_id: ClientId,
}

/// A suggestion in the editors' queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub id: i64,
    pub doc_id: Option<String>,
    /// The item's title (or a service's name) as readers of the
    /// suggestion's language see it now; `None` if it is not published.
    pub item_title: Option<String>,
    /// The item's kind (`service`, `article`, `event`), for a link to its
    /// editing screen; `None` for the guide in general.
    pub item_kind: Option<String>,
    pub language: String,
    pub topic: String,
    pub message: String,
    pub created_at: i64,
    pub status: String,
    pub resolved_at: Option<i64>,
}

/// The id of the city's suggestion sent under `client_id`, if any.
pub fn find_sent(conn: &Connection, city: &str, client_id: &ClientId) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT id FROM suggestions WHERE city = ?1 AND client_id = ?2", params![city, client_id.as_str()], |row| row.get(0))
        .optional()
}

/// Stores `suggestion` unless its `client_id` was seen in that city
/// already; either way, its id.
pub fn submit(conn: &Connection, suggestion: &NewSuggestion, now: i64) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO suggestions (city, doc_id, language, topic, message, client_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (city, client_id) DO NOTHING",
        params![
            suggestion.city,
            suggestion.doc_id,
            suggestion.language,
            suggestion.topic.as_str(),
            suggestion.message.as_str(),
            suggestion.client_id.as_str(),
            now,
        ],
    )?;
    Ok(find_sent(conn, &suggestion.city, &suggestion.client_id)?.expect("inserted or already there"))
}

/// Whether `doc_id` is a published item of `city`: what readers can see,
/// and so what they can make suggestions about.
pub fn is_published_item(conn: &Connection, city: &str, doc_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM publications p JOIN document_classes c ON c.doc_id = p.doc_id
                        WHERE p.doc_id = ?1 AND c.city = ?2)",
        params![doc_id, city],
        |row| row.get(0),
    )
}

/// The columns of a [`Suggestion`]; the title comes from the rendered item
/// in the suggestion's language (a service has a name, the rest a title).
const SELECT: &str = "SELECT s.id, s.doc_id,
        COALESCE(json_extract(p.body, '$.item.title.text'), json_extract(p.body, '$.item.name.text')),
        s.language, s.topic, s.message, s.created_at, s.status, s.resolved_at, c.kind
    FROM suggestions s
    LEFT JOIN published_items p ON p.city = s.city AND p.language = s.language AND p.doc_id = s.doc_id
    LEFT JOIN document_classes c ON c.doc_id = s.doc_id";

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Suggestion> {
    Ok(Suggestion {
        id: row.get(0)?,
        doc_id: row.get(1)?,
        item_title: row.get(2)?,
        language: row.get(3)?,
        topic: row.get(4)?,
        message: row.get(5)?,
        created_at: row.get(6)?,
        status: row.get(7)?,
        resolved_at: row.get(8)?,
        item_kind: row.get(9)?,
    })
}

/// The city's suggestions, newest first, at most `limit`.
pub fn list(conn: &Connection, city: &str, filter: Filter, limit: u32) -> rusqlite::Result<Vec<Suggestion>> {
    let status = match filter {
        Filter::Open => Some("open"),
        Filter::Done => Some("done"),
        Filter::All => None,
    };
    let mut stmt =
        conn.prepare_cached(&format!("{SELECT} WHERE s.city = ?1 AND (?2 IS NULL OR s.status = ?2) ORDER BY s.id DESC LIMIT ?3"))?;
    stmt.query_map(params![city, status, limit], from_row)?.collect()
}

/// One of the city's suggestions.
pub fn get(conn: &Connection, city: &str, id: i64) -> rusqlite::Result<Option<Suggestion>> {
    conn.query_row(&format!("{SELECT} WHERE s.city = ?1 AND s.id = ?2"), params![city, id], from_row).optional()
}

/// Marks one of the city's suggestions done by `account_id`. `None` if the
/// city has no such suggestion; `Some(false)` if it was done already (it
/// keeps who resolved it first, and when).
pub fn resolve(conn: &Connection, city: &str, id: i64, account_id: i64, now: i64) -> rusqlite::Result<Option<bool>> {
    let changed = conn.execute(
        "UPDATE suggestions SET status = 'done', resolved_by = ?3, resolved_at = ?4
         WHERE city = ?1 AND id = ?2 AND status = 'open'",
        params![city, id, account_id, now],
    )?;
    if changed > 0 {
        return Ok(Some(true));
    }
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM suggestions WHERE city = ?1 AND id = ?2)", params![city, id], |row| row.get(0))?;
    Ok(exists.then_some(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn database() -> Connection {
        let mut conn = Connection::open_in_memory().expect("in memory");
        crate::migrations::migrate(&mut conn).expect("migrates");
        for city in ["liege", "osijek"] {
            conn.execute("INSERT INTO cities (slug, name, created_at) VALUES (?1, ?1, 0)", [city]).expect("a city");
        }
        conn.execute("INSERT INTO accounts (name, passphrase_hash, created_at) VALUES ('elif', '', 0)", []).expect("an account");
        conn
    }

    fn new(city: &str, client_id: &str, message: &str) -> NewSuggestion {
        NewSuggestion {
            city: city.into(),
            doc_id: None,
            language: "fr".into(),
            topic: Topic::Hours,
            message: Message::parse(message, Topic::Hours).expect("valid"),
            client_id: ClientId::parse(client_id).expect("valid"),
        }
    }

    #[test]
    fn values_are_checked_and_name_their_field() {
        assert_eq!(Topic::parse("closed"), Ok(Topic::Closed));
        assert_eq!(Topic::parse("Closed").unwrap_err().field, "topic");
        assert!(ClientId::parse("abcDEF-_09").is_ok());
        assert_eq!(ClientId::parse("short").unwrap_err().field, "client_id");
        assert!(ClientId::parse(&"a".repeat(65)).is_err());
        assert!(ClientId::parse("has space!").is_err());
        assert_eq!(Message::parse("  fermé  ", Topic::Closed).unwrap().as_str(), "fermé");
        assert!(Message::parse("", Topic::Closed).is_ok());
        assert_eq!(Message::parse("   ", Topic::Other).unwrap_err().field, "message");
        assert!(Message::parse(&"é".repeat(MESSAGE_MAX_CHARS), Topic::Other).is_ok());
        assert_eq!(Message::parse(&"é".repeat(MESSAGE_MAX_CHARS + 1), Topic::Other).unwrap_err().field, "message");
        assert_eq!(Filter::parse(None), Ok(Filter::Open));
        assert_eq!(Filter::parse(Some("closed")).unwrap_err().field, "status");
    }

    #[test]
    fn a_resent_suggestion_is_stored_once_per_city() {
        let conn = database();
        let first = submit(&conn, &new("liege", "client-0001", "ouvert le lundi"), 10).unwrap();
        let again = submit(&conn, &new("liege", "client-0001", "ouvert le lundi"), 20).unwrap();
        assert_eq!(first, again);
        let elsewhere = submit(&conn, &new("osijek", "client-0001", "otvoreno"), 30).unwrap();
        assert_ne!(first, elsewhere, "client ids are per city");
        let liege = list(&conn, "liege", Filter::All, 200).unwrap();
        assert_eq!(liege.len(), 1);
        assert_eq!(liege[0].created_at, 10);
    }

    #[test]
    fn resolving_moves_a_suggestion_to_done_once() {
        let conn = database();
        let older = submit(&conn, &new("liege", "client-0001", "a"), 10).unwrap();
        let newer = submit(&conn, &new("liege", "client-0002", "b"), 11).unwrap();
        let ids = |filter| list(&conn, "liege", filter, 200).unwrap().iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(ids(Filter::Open), [newer, older], "newest first");

        assert_eq!(resolve(&conn, "osijek", older, 1, 50).unwrap(), None, "another city's suggestion");
        assert_eq!(resolve(&conn, "liege", older, 1, 50).unwrap(), Some(true));
        assert_eq!(resolve(&conn, "liege", older, 1, 60).unwrap(), Some(false));
        assert_eq!(get(&conn, "liege", older).unwrap().unwrap().resolved_at, Some(50));
        assert_eq!(ids(Filter::Open), [newer]);
        assert_eq!(ids(Filter::Done), [older]);
        assert_eq!(ids(Filter::All), [newer, older]);
        assert_eq!(list(&conn, "liege", Filter::All, 1).unwrap().len(), 1);
    }
}
