//! What an author does with their own voice: see its consent, change who
//! sees it and how they are named, and withdraw it. Only the author: to
//! anyone else (a moderator included) a voice's consent does not exist.
//!
//! A change applies everywhere at once: the share policy re-asks for every
//! open sync (see [`crate::access::ServerAccess::voice_changed`]), and the
//! published entry is rewritten in the same transaction as the consent
//! ([`super::publication::consent_changed`]).

use hospes_content::archive::{Consent, Naming, Visibility};
use rusqlite::Connection;
use serde_json::json;

use super::{consent, publication};
use crate::audit::{self, Actor};
use crate::documents::document_classes;
use crate::domain::{AccountName, Invalid};

#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    /// No such voice, or not the asker's: the same answer for both, so
    /// that no one learns which voices exist.
    #[error("there is no voice of yours with this id")]
    NotFound,
    #[error("this voice was withdrawn; it cannot be shown again")]
    Withdrawn,
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error(transparent)]
    Database(#[from] rusqlite::Error),
}

/// A consent as an author asks for it, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRequest {
    pub visibility: Visibility,
    pub naming: Naming,
}

impl ConsentRequest {
    /// A pseudonym follows the rules of display names (trimmed, not empty,
    /// at most 64 characters, no control characters).
    pub fn parse(visibility: Visibility, naming: Naming) -> Result<Self, Invalid> {
        let naming = match naming {
            Naming::Pseudonym(raw) => {
                Naming::Pseudonym(AccountName::parse(&raw).map_err(|invalid| Invalid::new("pseudonym", invalid.rule))?.as_str().to_string())
            }
            other => other,
        };
        Ok(ConsentRequest { visibility, naming })
    }
}

/// The consent of `voice_id`, if `account_id` is its author.
pub fn consent_of_own(conn: &Connection, voice_id: &str, account_id: i64) -> Result<Consent, VoiceError> {
    match consent::of(conn, voice_id)? {
        Some(stored) if stored.author_id == Some(account_id) => Ok(stored.consent),
        _ => Err(VoiceError::NotFound),
    }
}

/// Sets the consent of the author's own voice, and what readers see of it.
pub fn set_consent(
    conn: &mut Connection,
    voice_id: &str,
    actor: &Actor,
    account_id: i64,
    request: &ConsentRequest,
    now: i64,
) -> Result<Consent, VoiceError> {
    let tx = conn.transaction()?;
    if consent_of_own(&tx, voice_id, account_id)?.withdrawn {
        return Err(VoiceError::Withdrawn);
    }
    consent::set(&tx, voice_id, request.visibility, &request.naming, now)?;
    let consent = consent_of_own(&tx, voice_id, account_id)?;
    let display_name = consent::author_name(&tx, Some(account_id))?;
    publication::consent_changed(&tx, voice_id, &consent, &display_name, actor, now)?;
    // The pseudonym may name the author: the log says only which kind.
    let naming = match &consent.naming {
        Naming::Name => "name",
        Naming::Pseudonym(_) => "pseudonym",
        Naming::Anonymous => "anonymous",
    };
    let city = document_classes::city_of(&tx, voice_id)?;
    let details = json!({ "voice": voice_id, "visibility": consent.visibility, "naming": naming });
    audit::record(&tx, actor, "voice_consent_changed", city.as_deref(), details, now)?;
    tx.commit()?;
    Ok(consent)
}

/// Withdraws the author's own voice: no one sees it from now on, and it
/// leaves the published entry. Erasing its stored history is the caller's
/// next step (see `routes::archive`). Withdrawing twice is harmless.
pub fn withdraw(conn: &mut Connection, voice_id: &str, actor: &Actor, account_id: i64, now: i64) -> Result<(), VoiceError> {
    let tx = conn.transaction()?;
    consent_of_own(&tx, voice_id, account_id)?;
    if consent::withdraw(&tx, voice_id, now)? {
        let consent = consent::of(&tx, voice_id)?.expect("just withdrawn").consent;
        publication::consent_changed(&tx, voice_id, &consent, "", actor, now)?;
        let city = document_classes::city_of(&tx, voice_id)?;
        audit::record(&tx, actor, "voice_withdrawn", city.as_deref(), json!({ "voice": voice_id }), now)?;
    }
    tx.commit()?;
    Ok(())
}
