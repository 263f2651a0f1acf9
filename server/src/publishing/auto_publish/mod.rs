//! Trusted auto-publish: a volunteer's event goes live without anyone
//! pressing "publish".
//!
//! A volunteer in the field may lose the network again right after their
//! phone's changes reach the server, so the server publishes for them.
//!
//! ## Rules
//!
//! - **Which documents.** An event registered (`POST /api/v1/documents`)
//!   by an account that holds the volunteer role in the event's city and is
//!   not an editor there, while the city trusts volunteers
//!   (`cities.volunteers_publish`), is marked at registration (table
//!   `auto_publish`, in the registration's transaction). Editors' events
//!   and events registered while the city did not trust volunteers are
//!   never auto-published; only the event document itself is watched (a
//!   new translation goes live with the event's next publication).
//! - **When.** After each commit that stores chunks of a marked document,
//!   the server waits for a quiet period ([`QUIET`] after the last change,
//!   but no longer than [`MAX_WAIT`] after the first), so a burst of
//!   keystrokes publishes once. It then pins the heads it has *and* has
//!   durably stored (if newer changes are still being written, their
//!   commit announces the document again), with the same
//!   [`publish`](crate::publishing::publish) as an editor's, recorded in
//!   the audit log as the volunteer's account "(auto-publish)".
//! - **With whose rights.** Each time, the volunteer's right to publish
//!   the event is checked again, inside the publishing transaction: the
//!   account is not revoked, still holds the volunteer role in the city,
//!   and the city trusts volunteers *now*. If the city stops trusting
//!   volunteers (or the volunteer loses the role), nothing more is
//!   published; what readers already see stays until an editor unpublishes
//!   it. If the city trusts volunteers again, the marked events publish
//!   again from their next change (or at the server's next start).
//! - **Unpublished means off.** Any explicit unpublish (an editor, the
//!   volunteer, `hospes unpublish`) turns auto-publish off for that
//!   document for good, in the unpublish's transaction, so the volunteer's
//!   next edit does not bring it back. An explicit publish afterwards pins
//!   that version only.
//! - **Half-synced documents.** A document that does not yet hydrate as a
//!   valid event is skipped quietly (logged at debug level with its id,
//!   never its content) and tried again on its next change.
//! - **Unsafe values.** A version that publishing refuses for its content
//!   (a web address without a host, a bad RRULE, ...) is not published;
//!   this is logged once per version (heads) as a warning naming the
//!   document and the first field at fault, never the value, and tried
//!   again on the next change. What readers saw before stays.
//! - **Crashes.** Every stored chunk bumps `documents.stored_version` in the
//!   writer's transaction; a publication (or a check that found nothing new)
//!   records the version it saw in `auto_publish.checked_version`. At start
//!   the server publishes the marked documents stored beyond what it last
//!   checked, without loading any other document.
//!
//! ## Parts
//!
//! This module holds the rules and their tables; [`scheduler`] decides
//! when a document is due (pure, tested with plain instants); the worker
//! listens to storage, asks the scheduler, and publishes one document at
//! a time (its `try_publish`).

use std::time::Duration;

use hospes_content::access::{CityPolicy, Classification, DocKind, Grant, Role, permissions};
use hospes_sync::storage::versions;
use rusqlite::{Connection, OptionalExtension, params};

use crate::documents::document_classes;
use crate::{accounts, cities};

pub mod scheduler;
mod worker;

pub use worker::AutoPublisher;

/// How long a marked document must be left alone before it is published.
pub const QUIET: Duration = Duration::from_secs(2);

/// The longest a stream of changes (someone typing on and on) delays
/// publishing, counted from the first unpublished change.
pub const MAX_WAIT: Duration = Duration::from_secs(30);

/// Whether a document of `class` registered by an account with `grants`
/// is auto-published: an event, by a volunteer who is not an editor there,
/// in a city that trusts volunteers.
pub fn qualifies(grants: &[Grant], class: &Classification, policy: CityPolicy) -> bool {
    let holds = |role: Role| grants.iter().any(|grant| grant.city == class.city && grant.role == role);
    class.kind == DocKind::Event && policy.volunteers_publish && holds(Role::Volunteer) && !holds(Role::Editor)
}

/// Marks a newly registered document for auto-publish by `account_id`.
pub fn mark(conn: &Connection, doc_id: &str, account_id: i64, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO auto_publish (doc_id, account_id, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (doc_id) DO NOTHING",
        params![doc_id, account_id, now],
    )?;
    Ok(())
}

/// Turns auto-publish off for good (an explicit unpublish); whether it
/// was on.
pub fn stop(conn: &Connection, doc_id: &str, now: i64) -> rusqlite::Result<bool> {
    let stopped = conn.execute("UPDATE auto_publish SET stopped_at = ?2 WHERE doc_id = ?1 AND stopped_at IS NULL", params![doc_id, now])?;
    Ok(stopped > 0)
}

/// On whose behalf, and as what, a marked document is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    pub account_id: i64,
    pub account_name: String,
    pub class: Classification,
}

/// Whom `doc_id` would be auto-published for right now; `None` if it is
/// not marked, was unpublished, or the volunteer may not publish it now
/// (account revoked, role gone, city no longer trusting volunteers).
pub fn publisher(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<Publisher>> {
    let account_id: Option<i64> = conn
        .query_row("SELECT account_id FROM auto_publish WHERE doc_id = ?1 AND stopped_at IS NULL", [doc_id], |row| row.get(0))
        .optional()?;
    let Some(account_id) = account_id else { return Ok(None) };
    let Some(account) = accounts::find(conn, account_id)?.filter(|account| !account.revoked) else {
        return Ok(None);
    };
    let Some(class) = document_classes::classification(conn, doc_id)?.filter(|class| class.kind == DocKind::Event) else {
        return Ok(None);
    };
    let Some(policy) = cities::policy(conn, &class.city)? else { return Ok(None) };
    // The volunteer's own right, not any other role they may have gained.
    let volunteer: Vec<Grant> = accounts::grants(conn, account_id)?.into_iter().filter(|grant| grant.role == Role::Volunteer).collect();
    if !permissions(&volunteer, &class, policy).publish {
        return Ok(None);
    }
    Ok(Some(Publisher { account_id, account_name: account.name, class }))
}

/// Records that everything up to `version` has been looked at.
pub(crate) fn mark_checked(conn: &Connection, doc_id: &str, version: i64) -> rusqlite::Result<()> {
    conn.execute("UPDATE auto_publish SET checked_version = MAX(checked_version, ?2) WHERE doc_id = ?1", params![doc_id, version])?;
    Ok(())
}

/// Which of `doc_ids` are marked and not stopped.
pub(crate) fn marked_among(conn: &Connection, doc_ids: &[String]) -> rusqlite::Result<Vec<String>> {
    let mut marked = conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM auto_publish WHERE doc_id = ?1 AND stopped_at IS NULL)")?;
    let mut found = Vec::new();
    for doc_id in doc_ids {
        if marked.query_row([doc_id], |row| row.get::<_, bool>(0))? {
            found.push(doc_id.clone());
        }
    }
    Ok(found)
}

/// Marked documents with chunks stored since they were last checked.
pub(crate) fn unchecked(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT doc_id, checked_version FROM auto_publish WHERE stopped_at IS NULL ORDER BY doc_id")?;
    let marked: Vec<(String, i64)> = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<Result<_, _>>()?;
    versions::stored_beyond(conn, marked.iter().map(|(doc_id, checked)| (doc_id.as_str(), *checked)))
}

pub(crate) fn same_heads(a: &[String], b: &[String]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(role: Role, city: &str) -> Grant {
        Grant { role, city: city.into(), group: None, languages: Vec::new() }
    }

    fn event(city: &str) -> Classification {
        Classification { kind: DocKind::Event, city: city.into(), group: None, language: None, translation_of: None }
    }

    const TRUSTING: CityPolicy = CityPolicy { volunteers_publish: true };
    const WARY: CityPolicy = CityPolicy { volunteers_publish: false };

    #[test]
    fn only_volunteers_events_in_trusting_cities_qualify() {
        let volunteer = [grant(Role::Volunteer, "liege")];
        assert!(qualifies(&volunteer, &event("liege"), TRUSTING));
        assert!(!qualifies(&volunteer, &event("liege"), WARY));
        assert!(!qualifies(&volunteer, &event("osijek"), TRUSTING), "a volunteer elsewhere");
        let mut service = event("liege");
        service.kind = DocKind::Service;
        assert!(!qualifies(&volunteer, &service, TRUSTING));
        let both = [grant(Role::Volunteer, "liege"), grant(Role::Editor, "liege")];
        assert!(!qualifies(&both, &event("liege"), TRUSTING), "editors publish deliberately");
        let editor_elsewhere = [grant(Role::Volunteer, "liege"), grant(Role::Editor, "osijek")];
        assert!(qualifies(&editor_elsewhere, &event("liege"), TRUSTING));
        assert!(!qualifies(&[grant(Role::Editor, "liege")], &event("liege"), TRUSTING));
    }

    /// A database with Liège, a volunteer (account 1) and their marked event.
    fn database() -> Connection {
        let mut conn = Connection::open_in_memory().expect("in memory");
        crate::migrations::migrate(&mut conn).expect("migrates");
        conn.execute_batch(
            "INSERT INTO cities (slug, name, created_at) VALUES ('liege', 'Liège', 0);
             INSERT INTO accounts (id, name, passphrase_hash, created_at) VALUES (1, 'vera', '', 0);
             INSERT INTO grants (account_id, city, role) VALUES (1, 'liege', 'volunteer');",
        )
        .expect("set up");
        document_classes::register(&conn, "doc", &event("liege"), None, Some(1), 0).expect("registered");
        mark(&conn, "doc", 1, 0).expect("marked");
        conn
    }

    #[test]
    fn the_volunteers_right_is_checked_each_time() {
        let mut conn = database();
        let found = publisher(&conn, "doc").unwrap().expect("auto-published");
        assert_eq!((found.account_id, found.account_name.as_str()), (1, "vera"));
        assert_eq!(publisher(&conn, "other").unwrap(), None, "not marked");

        // The city stops trusting volunteers: nothing more; trusts again: on.
        cities::set_volunteers_publish(&conn, "liege", false).unwrap();
        assert_eq!(publisher(&conn, "doc").unwrap(), None);
        cities::set_volunteers_publish(&conn, "liege", true).unwrap();
        assert!(publisher(&conn, "doc").unwrap().is_some());

        // The volunteer loses the role (an editor role does not stand in).
        accounts::set_city_grants(&mut conn, 1, "liege", &[grant(Role::Editor, "liege")]).unwrap();
        assert_eq!(publisher(&conn, "doc").unwrap(), None);
        accounts::set_city_grants(&mut conn, 1, "liege", &[grant(Role::Volunteer, "liege")]).unwrap();
        assert!(publisher(&conn, "doc").unwrap().is_some());

        // Revoked accounts publish nothing.
        accounts::revoke(&mut conn, 1, 5).unwrap();
        assert_eq!(publisher(&conn, "doc").unwrap(), None);
    }

    #[test]
    fn unpublishing_stops_it_for_good() {
        let conn = database();
        assert!(stop(&conn, "doc", 10).unwrap());
        assert!(!stop(&conn, "doc", 11).unwrap(), "already off");
        assert_eq!(publisher(&conn, "doc").unwrap(), None);
        mark(&conn, "doc", 1, 12).unwrap();
        assert_eq!(publisher(&conn, "doc").unwrap(), None, "registering again does not turn it back on");
        assert!(marked_among(&conn, &["doc".to_string()]).unwrap().is_empty());
    }

    #[test]
    fn stored_changes_beyond_the_last_check_are_found() {
        let conn = database();
        assert!(unchecked(&conn).unwrap().is_empty(), "nothing stored yet");
        conn.execute("INSERT INTO documents (doc_id, first_stored_at, stored_version) VALUES ('doc', 0, 3)", []).unwrap();
        assert_eq!(unchecked(&conn).unwrap(), ["doc"]);
        mark_checked(&conn, "doc", 3).unwrap();
        assert!(unchecked(&conn).unwrap().is_empty());
        mark_checked(&conn, "doc", 2).unwrap();
        assert!(unchecked(&conn).unwrap().is_empty(), "checks never go back");
        conn.execute("UPDATE documents SET stored_version = 4 WHERE doc_id = 'doc'", []).unwrap();
        assert_eq!(unchecked(&conn).unwrap(), ["doc"]);
        stop(&conn, "doc", 10).unwrap();
        assert!(unchecked(&conn).unwrap().is_empty(), "unpublished documents are left alone");
    }

    #[test]
    fn heads_compare_as_sets() {
        let heads = |names: &[&str]| names.iter().map(|name| name.to_string()).collect::<Vec<_>>();
        assert!(same_heads(&heads(&["a", "b"]), &heads(&["b", "a"])));
        assert!(!same_heads(&heads(&["b"]), &heads(&["a", "b"])));
    }
}
