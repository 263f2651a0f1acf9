//! The demo's multivoiced archive (`server/demo/archive/group.json`): one
//! fictional group hosted by the first city, with members who also hold
//! roles in the other, and entries whose voices show every case of
//! consent: named, under a pseudonym, anonymous, for the group only, for
//! the city's editors, and withdrawn (erased when the server starts, like
//! any withdrawn voice whose erasure has not run).
//!
//! The sample authors are accounts no one can sign in to (their hash is
//! no passphrase's); a one-time link printed with the admin's makes whoever
//! opens it a moderator of the group.

use std::collections::BTreeMap;
use std::str::FromStr;

use autosurgeon::Text;
use hospes_content::access::{Classification, DocKind, Grant, Role};
use hospes_content::archive::{ArchiveEntry, Naming, Theme, Visibility, Voice, VoiceTranslation};
use samod::{DocumentId, Repo};
use serde::Deserialize;

use super::{create_registered, read};
use crate::accounts::{self, invites};
use crate::archive::{consent, voices};
use crate::audit::Actor;
use crate::cli::{CommandError, city};
use crate::db::{self, Db};
use crate::domain::{AccountName, Slug};
use crate::publishing::publish;

/// What no passphrase hashes to: the sample authors cannot sign in.
const NO_PASSPHRASE: &str = "!demo account: no passphrase";

#[derive(Deserialize)]
struct DemoGroup {
    city: String,
    slug: String,
    name: String,
    members: Vec<DemoMember>,
    entries: Vec<DemoEntry>,
}

#[derive(Deserialize)]
struct DemoMember {
    key: String,
    name: String,
    roles: Vec<DemoRole>,
}

#[derive(Deserialize)]
struct DemoRole {
    city: String,
    role: String,
    #[serde(default)]
    languages: Vec<String>,
}

#[derive(Deserialize)]
struct DemoEntry {
    theme: Theme,
    language: String,
    title: String,
    cities: Vec<String>,
    /// Keys of the demo's services and articles it speaks about.
    #[serde(default)]
    guide_links: Vec<String>,
    voices: Vec<DemoVoice>,
}

#[derive(Deserialize)]
struct DemoVoice {
    author: String,
    consent: DemoConsent,
    #[serde(default)]
    withdrawn: bool,
    language: String,
    text: String,
    translations: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct DemoConsent {
    visibility: Visibility,
    naming: Naming,
}

/// Seeds the group, its members and entries (`guide_items`: the document
/// ids of the demo's services and articles by key, for the guide pages an
/// entry speaks about); returns the one-time link's token that makes its
/// opener a moderator, and the group's city.
pub async fn seed(repo: &Repo, db: &Db, guide_items: &BTreeMap<String, String>) -> Result<(String, String), CommandError> {
    let demo: DemoGroup = read("archive/group.json")?;
    let city = Slug::parse("city", &demo.city)?;
    let group = Slug::parse("group", &demo.slug)?;
    city::create_group(repo, db, &city, &group, &demo.name, &Actor::Operator).await?;

    let mut authors = BTreeMap::new();
    for member in &demo.members {
        let id = db.call_now(|conn| -> Result<i64, CommandError> {
            let name = AccountName::parse(&member.name)?;
            let id = accounts::create(conn, &name, NO_PASSPHRASE, db::now()).map_err(|error| CommandError::Refused(error.to_string()))?;
            for role in &member.roles {
                let parsed: Role = role.role.parse().map_err(refused)?;
                let group = parsed.needs_group().then(|| demo.slug.clone());
                let grant = Grant { role: parsed, city: role.city.clone(), group, languages: role.languages.clone() };
                accounts::add_grant(conn, id, &grant)?;
            }
            Ok(id)
        })?;
        authors.insert(member.key.clone(), (id, member.name.clone()));
    }

    let entry_class =
        |kind| Classification { kind, city: demo.city.clone(), group: Some(demo.slug.clone()), language: None, translation_of: None };
    for demo_entry in &demo.entries {
        let mut entry = ArchiveEntry {
            schema: 1,
            theme: demo_entry.theme,
            title: Text::with_value(&demo_entry.title),
            language: demo_entry.language.clone(),
            cities: demo_entry.cities.clone(),
            guide_links: demo_entry
                .guide_links
                .iter()
                .map(|key| guide_items.get(key).cloned().ok_or_else(|| CommandError::Refused(format!("demo archive: no guide item {key}"))))
                .collect::<Result<_, _>>()?,
            voices: vec![],
        };
        let class = entry_class(DocKind::ArchiveEntry);
        let entry_id = create_registered(repo, db, &entry, &class, None).await?;
        for demo_voice in &demo_entry.voices {
            let (author, author_name) = authors
                .get(&demo_voice.author)
                .cloned()
                .ok_or_else(|| CommandError::Refused(format!("demo archive: no member {}", demo_voice.author)))?;
            let voice = Voice {
                schema: 1,
                entry: entry_id.clone(),
                language: demo_voice.language.clone(),
                text: Text::with_value(&demo_voice.text),
                audio: None,
                translations: demo_voice
                    .translations
                    .iter()
                    .map(|(language, text)| VoiceTranslation {
                        language: language.clone(),
                        text: Text::with_value(text),
                        by: "the group".into(),
                    })
                    .collect(),
                photo: None,
            };
            let voice_id = create_registered(repo, db, &voice, &entry_class(DocKind::ArchiveVoice), Some(&entry_id)).await?;
            let actor = Actor::Account { id: author, name: author_name };
            let DemoConsent { visibility, naming } = &demo_voice.consent;
            db.call_now(|conn| -> Result<(), CommandError> {
                consent::record_new(conn, &voice_id, author, db::now())?;
                let request = voices::ConsentRequest::parse(*visibility, naming.clone())?;
                voices::set_consent(conn, &voice_id, &actor, author, &request, db::now()).map_err(refused)?;
                if demo_voice.withdrawn {
                    voices::withdraw(conn, &voice_id, &actor, author, db::now()).map_err(refused)?;
                }
                Ok(())
            })?;
            entry.voices.push(voice_id);
        }
        let document = DocumentId::from_str(&entry_id).map_err(|error| CommandError::Refused(error.to_string()))?;
        crate::documents::Documents::of(repo).reconcile(&document, &entry).await.map_err(refused)?;
        publish::publish(repo, db, publish::Request::by_operator(&document, &class))
            .await
            .map_err(|error| CommandError::Refused(format!("publishing the demo archive: {error:?}")))?;
    }

    let moderator = Grant { role: Role::GroupModerator, city: demo.city.clone(), group: Some(demo.slug.clone()), languages: vec![] };
    let (token, _) = db.call_now(|conn| invites::create(conn, &moderator, None, db::now()))?;
    Ok((token, demo.city))
}

fn refused(error: impl std::fmt::Display) -> CommandError {
    CommandError::Refused(format!("demo archive: {error}"))
}
