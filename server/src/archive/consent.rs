//! The consent of each voice, as its author set it: the `voice_consents`
//! table. A voice gets the default (the group only, anonymous) when it is
//! registered; only its author changes it.

use hospes_content::access::DocKind;
use hospes_content::archive::{Consent, Naming, Viewer, Visibility, name_shown_to};
use rusqlite::{Connection, OptionalExtension, params};

use crate::accounts;

/// A voice's consent and whose it is (`None`: the author's account is gone,
/// and no one can widen it any more).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceConsent {
    pub author_id: Option<i64>,
    pub consent: Consent,
}

/// Records the default consent of a new voice by `author_id`.
pub fn record_new(conn: &Connection, doc_id: &str, author_id: i64, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO voice_consents (doc_id, author_id, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT (doc_id) DO NOTHING",
        params![doc_id, author_id, now],
    )?;
    Ok(())
}

pub fn of(conn: &Connection, doc_id: &str) -> rusqlite::Result<Option<VoiceConsent>> {
    conn.query_row("SELECT author_id, visibility, naming, pseudonym, withdrawn_at FROM voice_consents WHERE doc_id = ?1", [doc_id], |row| {
        let visibility = match row.get_ref(1)?.as_str()? {
            "public" => Visibility::Public,
            "city-editors" => Visibility::CityEditors,
            // Anything else (none is written) is the narrowest.
            _ => Visibility::Group,
        };
        let naming = match (row.get_ref(2)?.as_str()?, row.get::<_, Option<String>>(3)?) {
            ("name", _) => Naming::Name,
            ("pseudonym", Some(pseudonym)) => Naming::Pseudonym(pseudonym),
            _ => Naming::Anonymous,
        };
        let withdrawn = row.get::<_, Option<i64>>(4)?.is_some();
        Ok(VoiceConsent { author_id: row.get(0)?, consent: Consent { visibility, naming, withdrawn } })
    })
    .optional()
}

/// A voice of an entry, as publishing and the export take it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryVoice {
    pub id: String,
    pub consent: Consent,
    /// The author's display name; empty when the account is gone. Used only
    /// as the consent's naming allows.
    pub author_name: String,
    /// When the voice was registered (Unix seconds).
    pub registered_at: i64,
}

/// Of `listed` (an entry's voice ids, in its order), those registered as
/// voices of `entry_id`, with their consent; other ids are left out. A voice
/// is registered only under an entry of its own group, so these are the
/// group's.
pub fn entry_voices(conn: &Connection, entry_id: &str, listed: &[String]) -> rusqlite::Result<Vec<EntryVoice>> {
    let mut found = Vec::new();
    for voice_id in listed {
        let registered_at: Option<i64> = conn
            .query_row(
                "SELECT created_at FROM document_classes WHERE doc_id = ?1 AND kind = ?2 AND item = ?3",
                params![voice_id, DocKind::ArchiveVoice.as_str(), entry_id],
                |row| row.get(0),
            )
            .optional()?;
        let (Some(registered_at), Some(stored)) = (registered_at, of(conn, voice_id)?) else { continue };
        let author_name = author_name(conn, stored.author_id)?;
        found.push(EntryVoice { id: voice_id.clone(), consent: stored.consent, author_name, registered_at });
    }
    Ok(found)
}

/// A voice's author as someone who may read the voice sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorSeen {
    /// The viewer wrote it.
    pub own: bool,
    /// The name shown, if any (see [`name_shown_to`]).
    pub name: Option<String>,
}

/// How `viewer` (the account `account_id`) sees the author of the voice
/// `doc_id`; `None` when it has no consent record (not a voice). The
/// editing app names voices from this, not from the document's change
/// messages, which carry no names (they reach city editors too).
pub fn author_seen(conn: &Connection, doc_id: &str, viewer: Viewer, account_id: i64) -> rusqlite::Result<Option<AuthorSeen>> {
    let Some(stored) = of(conn, doc_id)? else { return Ok(None) };
    let display_name = author_name(conn, stored.author_id)?;
    let name = name_shown_to(viewer, &stored.consent, &display_name).map(str::to_string);
    Ok(Some(AuthorSeen { own: stored.author_id == Some(account_id), name }))
}

/// An author's display name; empty for none (the account is gone).
pub fn author_name(conn: &Connection, author_id: Option<i64>) -> rusqlite::Result<String> {
    match author_id {
        Some(id) => Ok(accounts::find(conn, id)?.map(|account| account.name).unwrap_or_default()),
        None => Ok(String::new()),
    }
}

/// Sets who sees the voice and how its author is named; nothing for a
/// withdrawn voice, which stays withdrawn. Whether a row changed.
pub fn set(conn: &Connection, doc_id: &str, visibility: Visibility, naming: &Naming, now: i64) -> rusqlite::Result<bool> {
    let visibility = match visibility {
        Visibility::Group => "group",
        Visibility::CityEditors => "city-editors",
        Visibility::Public => "public",
    };
    let (naming, pseudonym) = match naming {
        Naming::Name => ("name", None),
        Naming::Pseudonym(pseudonym) => ("pseudonym", Some(pseudonym.as_str())),
        Naming::Anonymous => ("anonymous", None),
    };
    Ok(conn.execute(
        "UPDATE voice_consents SET visibility = ?2, naming = ?3, pseudonym = ?4, updated_at = ?5
         WHERE doc_id = ?1 AND withdrawn_at IS NULL",
        params![doc_id, visibility, naming, pseudonym, now],
    )? > 0)
}

/// Withdraws the voice for good; also forgets the pseudonym, which may
/// name the author. Whether it was not withdrawn before.
pub fn withdraw(conn: &Connection, doc_id: &str, now: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE voice_consents SET withdrawn_at = ?2, updated_at = ?2, visibility = 'group', naming = 'anonymous', pseudonym = NULL
         WHERE doc_id = ?1 AND withdrawn_at IS NULL",
        params![doc_id, now],
    )? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn_with_voice() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::migrations::migrate(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO cities (slug, name, created_at) VALUES ('liege', 'Liège', 0);
             INSERT INTO accounts (id, name, passphrase_hash, created_at) VALUES (1, 'amal', 'x', 0);
             INSERT INTO document_classes (doc_id, kind, city, group_slug, created_at) VALUES ('voice', 'archive_voice', 'liege', 'voices', 0);",
        )
        .unwrap();
        record_new(&conn, "voice", 1, 0).unwrap();
        conn
    }

    #[test]
    fn a_voice_starts_private_and_anonymous_and_its_consent_round_trips() {
        let conn = conn_with_voice();
        assert_eq!(of(&conn, "voice").unwrap(), Some(VoiceConsent { author_id: Some(1), consent: Consent::default() }));
        for naming in [Naming::Name, Naming::Pseudonym("Sky".into()), Naming::Anonymous] {
            for visibility in [Visibility::Public, Visibility::CityEditors, Visibility::Group] {
                assert!(set(&conn, "voice", visibility, &naming, 1).unwrap());
                let consent = of(&conn, "voice").unwrap().unwrap().consent;
                assert_eq!(consent, Consent { visibility, naming: naming.clone(), withdrawn: false });
            }
        }
        assert_eq!(of(&conn, "unknown").unwrap(), None);
    }

    #[test]
    fn a_withdrawn_voice_stays_withdrawn_and_keeps_no_pseudonym() {
        let conn = conn_with_voice();
        set(&conn, "voice", Visibility::Public, &Naming::Pseudonym("Sky".into()), 1).unwrap();
        assert!(withdraw(&conn, "voice", 2).unwrap());
        assert!(!withdraw(&conn, "voice", 3).unwrap(), "once");
        assert!(!set(&conn, "voice", Visibility::Public, &Naming::Name, 4).unwrap(), "no way back");
        let stored = of(&conn, "voice").unwrap().unwrap();
        assert_eq!(stored.consent, Consent { visibility: Visibility::Group, naming: Naming::Anonymous, withdrawn: true });
        let pseudonym: Option<String> = conn.query_row("SELECT pseudonym FROM voice_consents", [], |row| row.get(0)).unwrap();
        assert_eq!(pseudonym, None);
    }
}
