//! The multivoiced archive: accounts of arrival by experts by experience,
//! several voices side by side, never merged into one official text.
//!
//! An **entry** (one document, co-edited by its group) has a theme, a
//! title, the cities it speaks about, the guide items it mentions, and the
//! ordered list of its voices. Each **voice** is a document of its own, so
//! that access (decided per document) and erasure (of a whole document's
//! history) follow each author's consent. A voice's **consent** is not in
//! the voice document: group members may help with a transcript, but only
//! the author says who sees the voice and under which name, so the server
//! keeps consent as its own record, set through the API by the author.
//!
//! This module is the pure part: the documents' shapes and what a viewer
//! may see of a voice. [`public_entry`] is what readers get of a published
//! entry: only the voices whose authors consented to the public and have
//! not withdrawn, and no name at all for an anonymous author.

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What an entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[autosurgeon(rename = "arrival")]
    Arrival,
    #[autosurgeon(rename = "first-contact-with-services")]
    FirstContactWithServices,
    #[autosurgeon(rename = "housing")]
    Housing,
    #[autosurgeon(rename = "work")]
    Work,
    #[autosurgeon(rename = "family")]
    Family,
    #[autosurgeon(rename = "belonging")]
    Belonging,
    #[autosurgeon(rename = "the-future")]
    TheFuture,
    #[autosurgeon(rename = "other")]
    Other,
}

/// One account in the archive, as its group co-edits it.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct ArchiveEntry {
    #[ts(type = "number")]
    pub schema: i64,
    pub theme: Theme,
    #[serde(with = "crate::model::text")]
    #[ts(type = "string")]
    pub title: Text,
    /// The language the title is written in (BCP 47).
    pub language: String,
    /// Slugs of the cities it speaks about (a group may be transnational).
    pub cities: Vec<String>,
    /// Document ids of guide items it speaks about ("my first visit to the
    /// legal advice desk").
    pub guide_links: Vec<String>,
    /// Document ids of its voices, in the order the group chose.
    pub voices: Vec<String>,
}

/// One voice of an entry: what one person says, in their words.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Voice {
    #[ts(type = "number")]
    pub schema: i64,
    /// The entry's document id.
    pub entry: String,
    /// The language the voice speaks (BCP 47).
    pub language: String,
    /// What its author wrote, or the transcript of the recording (typed by
    /// the author or a member of the group).
    #[serde(with = "crate::model::text")]
    #[ts(type = "string")]
    pub text: Text,
    /// The recording, by the content address of its uploaded file.
    pub audio: Option<String>,
    /// Translations of the text, by language; each marked as such to
    /// readers.
    pub translations: Vec<VoiceTranslation>,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct VoiceTranslation {
    #[key]
    pub language: String,
    #[serde(with = "crate::model::text")]
    #[ts(type = "string")]
    pub text: Text,
    /// Who translated it, as shown ("translated by the group", a name).
    pub by: String,
}

/// Who may see a voice, as its author decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    /// The group only (the default).
    Group,
    /// The group and the editors of the cities the entry speaks about.
    CityEditors,
    /// Readers too, once a moderator publishes the entry.
    Public,
}

/// How a voice's author is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case", tag = "as", content = "name")]
pub enum Naming {
    /// By their display name.
    Name,
    /// By a name of their choosing.
    Pseudonym(String),
    /// Not at all, anywhere.
    Anonymous,
}

/// A voice's consent: the author's alone to give and take back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Consent {
    pub visibility: Visibility,
    pub naming: Naming,
    /// Withdrawn voices are seen by no one, and erased.
    pub withdrawn: bool,
}

impl Default for Consent {
    /// Private to the group and anonymous until the author says otherwise,
    /// so that a mistake hides a voice or a name rather than shows one.
    fn default() -> Self {
        Consent { visibility: Visibility::Group, naming: Naming::Anonymous, withdrawn: false }
    }
}

/// Who is looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// A member (or moderator) of the entry's group.
    GroupMember,
    /// An editor of a city the entry speaks about.
    CityEditor,
    /// Anyone reading a published entry.
    Reader,
    /// Everyone else (a city admin, an editor elsewhere).
    Other,
}

/// Whether `viewer` may see a voice with `consent` (for a reader: in an
/// entry a moderator published).
pub fn may_see(viewer: Viewer, consent: &Consent) -> bool {
    if consent.withdrawn {
        return false;
    }
    match viewer {
        Viewer::GroupMember => true,
        Viewer::CityEditor => consent.visibility >= Visibility::CityEditors,
        Viewer::Reader => consent.visibility == Visibility::Public,
        Viewer::Other => false,
    }
}

/// The name shown for a voice's author; `None` for an anonymous one.
pub fn author_label<'a>(consent: &'a Consent, display_name: &'a str) -> Option<&'a str> {
    match &consent.naming {
        Naming::Name => Some(display_name),
        Naming::Pseudonym(pseudonym) => Some(pseudonym),
        Naming::Anonymous => None,
    }
}

/// A voice as the server holds it for rendering: its document, its
/// consent, and its author's display name (which never leaves the server
/// for an anonymous voice).
#[derive(Debug, Clone)]
pub struct HeldVoice {
    pub id: String,
    pub voice: Voice,
    pub consent: Consent,
    pub author_name: String,
}

/// What readers get of a published entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicEntry {
    pub theme: Theme,
    pub title: String,
    pub language: String,
    pub cities: Vec<String>,
    pub guide_links: Vec<String>,
    pub voices: Vec<PublicVoice>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicVoice {
    pub id: String,
    /// `None`: anonymous; the page says so, and nothing names them.
    pub author: Option<String>,
    pub language: String,
    pub text: String,
    pub audio: Option<String>,
    pub translations: Vec<PublicTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicTranslation {
    pub language: String,
    pub text: String,
    pub by: String,
}

/// The entry as readers see it: its voices in the group's order, only
/// those consented to the public and not withdrawn (a voice missing from
/// `held` is left out too).
pub fn public_entry(entry: &ArchiveEntry, held: &[HeldVoice]) -> PublicEntry {
    let voices = entry
        .voices
        .iter()
        .filter_map(|id| held.iter().find(|voice| &voice.id == id))
        .filter(|voice| may_see(Viewer::Reader, &voice.consent))
        .map(|held| PublicVoice {
            id: held.id.clone(),
            author: author_label(&held.consent, &held.author_name).map(str::to_string),
            language: held.voice.language.clone(),
            text: held.voice.text.as_str().to_string(),
            audio: held.voice.audio.clone(),
            translations: held
                .voice
                .translations
                .iter()
                .map(|t| PublicTranslation { language: t.language.clone(), text: t.text.as_str().to_string(), by: t.by.clone() })
                .collect(),
        })
        .collect();
    PublicEntry {
        theme: entry.theme,
        title: entry.title.as_str().to_string(),
        language: entry.language.clone(),
        cities: entry.cities.clone(),
        guide_links: entry.guide_links.clone(),
        voices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(text: &str) -> Voice {
        Voice {
            schema: 1,
            entry: "entry".into(),
            language: "ar".into(),
            text: Text::with_value(text),
            audio: None,
            translations: vec![VoiceTranslation {
                language: "fr".into(),
                text: Text::with_value(format!("{text} (fr)")),
                by: "the group".into(),
            }],
        }
    }

    fn held(id: &str, visibility: Visibility, naming: Naming, withdrawn: bool) -> HeldVoice {
        HeldVoice {
            id: id.into(),
            voice: voice(&format!("words of {id}")),
            consent: Consent { visibility, naming, withdrawn },
            author_name: format!("name of {id}"),
        }
    }

    fn entry(voices: &[&str]) -> ArchiveEntry {
        ArchiveEntry {
            schema: 1,
            theme: Theme::FirstContactWithServices,
            title: Text::with_value("The first morning at the desk"),
            language: "fr".into(),
            cities: vec!["liege".into(), "osijek".into()],
            guide_links: vec![],
            voices: voices.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn each_viewer_sees_what_the_author_allowed() {
        let group = Consent { visibility: Visibility::Group, ..Consent::default() };
        let editors = Consent { visibility: Visibility::CityEditors, ..Consent::default() };
        let public = Consent { visibility: Visibility::Public, ..Consent::default() };
        let withdrawn = Consent { withdrawn: true, ..public.clone() };
        let table = [
            (&group, [true, false, false, false]),
            (&editors, [true, true, false, false]),
            (&public, [true, true, true, false]),
            (&withdrawn, [false, false, false, false]),
        ];
        for (consent, expected) in table {
            let seen = [Viewer::GroupMember, Viewer::CityEditor, Viewer::Reader, Viewer::Other].map(|viewer| may_see(viewer, consent));
            assert_eq!(seen, expected, "{consent:?}");
        }
    }

    #[test]
    fn entries_and_voices_survive_a_trip_through_automerge() {
        let mut doc = automerge::AutoCommit::new();
        autosurgeon::reconcile(&mut doc, entry(&["a", "b"])).unwrap();
        assert_eq!(autosurgeon::hydrate::<_, ArchiveEntry>(&doc).unwrap(), entry(&["a", "b"]));
        let mut doc = automerge::AutoCommit::new();
        autosurgeon::reconcile(&mut doc, voice("words")).unwrap();
        let back: Voice = autosurgeon::hydrate(&doc).unwrap();
        assert_eq!(back, voice("words"));
        assert_eq!(serde_json::from_value::<Voice>(serde_json::to_value(&back).unwrap()).unwrap(), back);
    }

    #[test]
    fn a_new_voice_is_private_and_anonymous() {
        let consent = Consent::default();
        assert_eq!(consent.visibility, Visibility::Group);
        assert_eq!(author_label(&consent, "Amal"), None);
    }

    #[test]
    fn readers_get_only_public_voices_in_order_and_no_name_for_the_anonymous() {
        let held = [
            held("named", Visibility::Public, Naming::Name, false),
            held("private", Visibility::Group, Naming::Name, false),
            held("anonymous", Visibility::Public, Naming::Anonymous, false),
            held("withdrawn", Visibility::Public, Naming::Name, true),
            held("pseudonym", Visibility::Public, Naming::Pseudonym("Sky".into()), false),
            held("editors", Visibility::CityEditors, Naming::Name, false),
        ];
        let order = ["pseudonym", "withdrawn", "anonymous", "private", "named", "editors", "unknown"];
        let public = public_entry(&entry(&order), &held);
        let shown: Vec<(&str, Option<&str>)> = public.voices.iter().map(|v| (v.id.as_str(), v.author.as_deref())).collect();
        assert_eq!(shown, [("pseudonym", Some("Sky")), ("anonymous", None), ("named", Some("name of named"))]);

        let json = serde_json::to_string(&public).unwrap();
        assert!(!json.contains("name of anonymous"), "the anonymous author's name is nowhere: {json}");
        assert!(!json.contains("words of private") && !json.contains("words of withdrawn") && !json.contains("words of editors"));
        assert_eq!(public.voices[1].translations[0].text, "words of anonymous (fr)");
    }
}
