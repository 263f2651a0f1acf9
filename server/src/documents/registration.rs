//! Registering a document a client created (often offline, under its own
//! id) before its first sync: the class asked for is checked against the
//! city, its archive groups and the item translated, then against the
//! user's rights; the class is recorded and, for a trusted volunteer's
//! event, auto-publish is marked (for a voice: its author's consent
//! recorded, private to the group), in one transaction.

use hospes_content::access::{Classification, DocKind, Grant, permissions};
use rusqlite::Connection;

use crate::archive;
use crate::cities;
use crate::documents::document_classes::{self, RegisterError};
use crate::domain::{Invalid, LanguageTag, Slug, parse_document_id};
use crate::publishing::auto_publish;

/// What a client asks a document to be registered as, parsed.
#[derive(Debug)]
pub struct Request {
    pub document_id: String,
    pub kind: DocKind,
    pub city: Slug,
    pub group: Option<String>,
    pub language: Option<LanguageTag>,
    /// For translations: the document id of the item translated.
    pub item: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RegistrationError {
    #[error("there is no city {0}")]
    UnknownCity(Slug),
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("your roles do not allow this")]
    Forbidden,
    #[error("this document is registered as something else")]
    Conflict,
    #[error(transparent)]
    Database(#[from] rusqlite::Error),
}

/// What was registered; `created` is false when the document was already
/// registered as the same class (registering again is harmless).
#[derive(Debug)]
pub struct Registered {
    pub class: Classification,
    pub created: bool,
}

/// Registers `request` for the account `account_id` holding `grants`.
pub fn register(
    conn: &mut Connection,
    request: Request,
    grants: &[Grant],
    account_id: i64,
    now: i64,
) -> Result<Registered, RegistrationError> {
    let Request { document_id, kind, city, group, language, item } = request;
    let Some(policy) = cities::policy(conn, city.as_str())? else {
        return Err(RegistrationError::UnknownCity(city));
    };
    let group = match (kind.is_archive(), group) {
        (true, Some(group)) => {
            let group = Slug::parse("group", &group)?;
            if !cities::group_exists(conn, city.as_str(), group.as_str())? {
                return Err(Invalid::new("group", format!("{city} has no archive group {group}")).into());
            }
            Some(group.as_str().to_string())
        }
        (true, None) => return Err(Invalid::new("group", format!("a {kind} belongs to an archive group")).into()),
        (false, Some(_)) => return Err(Invalid::new("group", format!("a {kind} has no group")).into()),
        (false, None) => None,
    };
    let (language, translation_of, item) = match (kind, language, item) {
        (DocKind::Translation, Some(language), Some(item)) => {
            let item = parse_document_id(&item)?.to_string();
            let item_class = document_classes::classification(conn, &item)?
                .filter(|class| class.city == city.as_str() && class.kind.is_publishable() && !class.kind.is_archive())
                .ok_or_else(|| Invalid::new("item", format!("{item} is not a registered item of {city}")))?;
            (Some(language.as_str().to_string()), Some(item_class.kind), Some(item))
        }
        (DocKind::Translation, _, _) => {
            return Err(Invalid::new("language", "a translation names its language and its item").into());
        }
        (DocKind::ArchiveVoice, None, Some(entry)) => {
            let entry = parse_document_id(&entry)?.to_string();
            document_classes::classification(conn, &entry)?
                .filter(|class| class.kind == DocKind::ArchiveEntry && class.city == city.as_str() && class.group == group)
                .ok_or_else(|| Invalid::new("item", format!("{entry} is not an entry of this group")))?;
            (None, None, Some(entry))
        }
        (DocKind::ArchiveVoice, _, _) => return Err(Invalid::new("item", "a voice names its entry (as item) and no language").into()),
        (_, None, None) => (None, None, None),
        (_, _, _) => return Err(Invalid::new("language", format!("a {kind} has no language or item")).into()),
    };
    let class = Classification { kind, city: city.as_str().to_string(), group, language, translation_of };
    if !permissions(grants, &class, policy).create {
        return Err(RegistrationError::Forbidden);
    }
    let existed = document_classes::classification(conn, &document_id)?.is_some();
    let tx = conn.transaction()?;
    document_classes::register(&tx, &document_id, &class, item.as_deref(), Some(account_id), now).map_err(|error| match error {
        RegisterError::Conflict => RegistrationError::Conflict,
        RegisterError::Db(error) => error.into(),
    })?;
    if !existed && auto_publish::qualifies(grants, &class, policy) {
        auto_publish::mark(&tx, &document_id, account_id, now)?;
    }
    // The one who registers a voice is its author: its consent is theirs.
    if !existed && kind == DocKind::ArchiveVoice {
        archive::consent::record_new(&tx, &document_id, account_id, now)?;
    }
    tx.commit()?;
    Ok(Registered { class, created: !existed })
}
