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

use crate::access::{CityPolicy, Classification, DocKind, Grant, Permissions, Role, permissions};
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
    /// A photo the author adds (a place, an object); voices made before
    /// photos, and by apps that leave the key out, have none.
    #[serde(default)]
    #[autosurgeon(missing = "Default::default")]
    #[ts(optional)]
    pub photo: Option<Photo>,
}

/// A photo of a voice: its uploaded file (stripped of location and camera
/// details on upload) and what it shows, for people who cannot see it.
#[derive(Debug, Clone, PartialEq, Eq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Photo {
    /// The content address of the file.
    pub media: String,
    pub description: String,
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

/// What `grants` allow on the voice `class` whose author gave `consent`:
/// the group's (the matrix), and reading for the editors of the group's
/// city once the author allows it. A withdrawn voice is no one's: it is
/// being erased. Readers never sync voices; they get the published entry.
pub fn voice_permissions(grants: &[Grant], class: &Classification, policy: CityPolicy, consent: &Consent) -> Permissions {
    debug_assert_eq!(class.kind, DocKind::ArchiveVoice);
    if consent.withdrawn {
        return Permissions::NONE;
    }
    let group = permissions(grants, class, policy);
    let city_editor = grants.iter().any(|grant| grant.role == Role::Editor && grant.city == class.city);
    if city_editor && may_see(Viewer::CityEditor, consent) { group.union(Permissions::READ_ONLY) } else { group }
}

/// The name shown for a voice's author; `None` for an anonymous one.
pub fn author_label<'a>(consent: &'a Consent, display_name: &'a str) -> Option<&'a str> {
    match &consent.naming {
        Naming::Name => Some(display_name),
        Naming::Pseudonym(pseudonym) => Some(pseudonym),
        Naming::Anonymous => None,
    }
}

/// The name a voice's author is shown under to `viewer`, given the display
/// name of their account; `None` for no name. The group knows its members
/// (they record and co-edit together, and moderators must be able to reach
/// an author), so naming is how a voice is named once it leaves the group:
/// to city editors, readers and in the export.
pub fn name_shown_to<'a>(viewer: Viewer, consent: &'a Consent, display_name: &'a str) -> Option<&'a str> {
    match viewer {
        Viewer::GroupMember => Some(display_name).filter(|name| !name.is_empty()),
        Viewer::CityEditor | Viewer::Reader => author_label(consent, display_name),
        Viewer::Other => None,
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

/// What readers get of a published entry (all languages; see
/// [`render_entry`] for one). The server keeps it as the pinned version,
/// and changes it in place when an author's consent changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicEntry {
    pub theme: Theme,
    pub title: String,
    pub language: String,
    pub cities: Vec<String>,
    pub guide_links: Vec<String>,
    pub voices: Vec<PublicVoice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicVoice {
    pub id: String,
    /// `None`: anonymous; the page says so, and nothing names them.
    pub author: Option<String>,
    pub language: String,
    pub text: String,
    pub audio: Option<String>,
    pub translations: Vec<PublicTranslation>,
    /// Published before photos: none.
    #[serde(default)]
    pub photo: Option<Photo>,
}

impl PublicVoice {
    /// The content addresses of its media files (readers may fetch them).
    pub fn media(&self) -> impl Iterator<Item = &str> {
        self.audio.as_deref().into_iter().chain(self.photo.as_ref().map(|photo| photo.media.as_str()))
    }
}

/// A voice's translation as readers get it. Not who translated it: a
/// member who translates their own anonymous voice would be named by it,
/// and translators gave no consent to be named; readers are told that the
/// group translated it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicTranslation {
    pub language: String,
    pub text: String,
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
                .map(|t| PublicTranslation { language: t.language.clone(), text: t.text.as_str().to_string() })
                .collect(),
            photo: held.voice.photo.clone(),
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

impl PublicEntry {
    /// The entry after its author changed a voice's consent: left out if
    /// it is no longer public (or withdrawn), renamed otherwise. Whether
    /// anything changed.
    pub fn consent_changed(&mut self, voice_id: &str, consent: &Consent, display_name: &str) -> bool {
        let Some(position) = self.voices.iter().position(|voice| voice.id == voice_id) else {
            return false;
        };
        if !may_see(Viewer::Reader, consent) {
            self.voices.remove(position);
            return true;
        }
        let author = author_label(consent, display_name).map(str::to_string);
        let voice = &mut self.voices[position];
        let changed = voice.author != author;
        voice.author = author;
        changed
    }
}

/// A published entry as readers of one language get it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RenderedEntry {
    pub kind: String,
    pub id: String,
    pub theme: Theme,
    pub title: String,
    /// The language of the title.
    pub language: String,
    pub cities: Vec<String>,
    pub guide_links: Vec<String>,
    pub voices: Vec<RenderedVoice>,
    /// RFC 3339.
    pub published_at: String,
    /// schema.org JSON-LD for the entry's page: a CreativeWork whose parts
    /// are its voices; an anonymous voice has no author at all.
    #[ts(type = "unknown")]
    pub json_ld: serde_json::Value,
}

/// One voice as readers of one language get it: in their language where
/// it is translated (marked as a translation, with the original beside
/// it), in its own language otherwise (the page says which).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RenderedVoice {
    pub id: String,
    /// `None`: anonymous.
    pub author: Option<String>,
    /// The language of `text`.
    pub language: String,
    pub text: String,
    /// The content address of the recording.
    pub audio: Option<String>,
    pub photo: Option<Photo>,
    /// When `text` is a translation (by the group): the words as spoken.
    pub translation: Option<RenderedTranslationNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RenderedTranslationNote {
    pub original_language: String,
    pub original_text: String,
}

/// `entry` (document `id`) for readers of `language` (lowercase BCP 47).
pub fn render_entry(id: &str, entry: &PublicEntry, language: &str, published_at: &str) -> RenderedEntry {
    let voices: Vec<RenderedVoice> = entry
        .voices
        .iter()
        .map(|voice| {
            let translated = (!voice.language.eq_ignore_ascii_case(language))
                .then(|| voice.translations.iter().find(|t| t.language.eq_ignore_ascii_case(language) && !t.text.trim().is_empty()))
                .flatten();
            match translated {
                Some(translation) => RenderedVoice {
                    id: voice.id.clone(),
                    author: voice.author.clone(),
                    language: translation.language.clone(),
                    text: translation.text.clone(),
                    audio: voice.audio.clone(),
                    photo: voice.photo.clone(),
                    translation: Some(RenderedTranslationNote {
                        original_language: voice.language.clone(),
                        original_text: voice.text.clone(),
                    }),
                },
                None => RenderedVoice {
                    id: voice.id.clone(),
                    author: voice.author.clone(),
                    language: voice.language.clone(),
                    text: voice.text.clone(),
                    audio: voice.audio.clone(),
                    photo: voice.photo.clone(),
                    translation: None,
                },
            }
        })
        .collect();
    let json_ld = entry_json_ld(entry, &voices, language, published_at);
    RenderedEntry {
        json_ld,
        kind: DocKind::ArchiveEntry.as_str().to_string(),
        id: id.to_string(),
        theme: entry.theme,
        title: entry.title.clone(),
        language: entry.language.clone(),
        cities: entry.cities.clone(),
        guide_links: entry.guide_links.clone(),
        voices,
        published_at: published_at.to_string(),
    }
}

/// schema.org JSON-LD of a rendered entry. The `{{media}}` URL of a
/// recording is relative to the site, as the reader's page resolves it.
fn entry_json_ld(entry: &PublicEntry, voices: &[RenderedVoice], language: &str, published_at: &str) -> serde_json::Value {
    let parts: Vec<serde_json::Value> = voices
        .iter()
        .map(|voice| {
            let mut part = serde_json::json!({
                "@type": "CreativeWork",
                "inLanguage": voice.language,
                "text": voice.text,
            });
            if let Some(author) = &voice.author {
                part["author"] = serde_json::json!({ "@type": "Person", "name": author });
            }
            if let Some(audio) = &voice.audio {
                part["associatedMedia"] = serde_json::json!({ "@type": "AudioObject", "contentUrl": format!("/api/v1/media/{audio}") });
            }
            if let Some(photo) = &voice.photo {
                part["image"] = serde_json::json!({
                    "@type": "ImageObject",
                    "contentUrl": format!("/api/v1/media/{}", photo.media),
                    "description": photo.description,
                });
            }
            if let Some(note) = &voice.translation {
                part["translationOfWork"] = serde_json::json!({ "@type": "CreativeWork", "inLanguage": note.original_language });
            }
            part
        })
        .collect();
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": entry.title,
        "inLanguage": language,
        "datePublished": published_at,
        "spatialCoverage": entry.cities.iter().map(|city| serde_json::json!({ "@type": "Place", "name": city })).collect::<Vec<_>>(),
        "hasPart": parts,
    })
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
            photo: None,
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
    fn readers_get_each_voice_in_their_language_where_translated_and_its_own_otherwise() {
        let held = [held("a", Visibility::Public, Naming::Name, false), held("b", Visibility::Public, Naming::Anonymous, false)];
        let mut public = public_entry(&entry(&["a", "b"]), &held);
        public.voices[1].translations.clear();
        let french = render_entry("entry", &public, "fr", "2026-12-03T10:00:00Z");
        assert_eq!(french.voices[0].language, "fr");
        assert_eq!(french.voices[0].text, "words of a (fr)");
        let note = french.voices[0].translation.as_ref().expect("marked as a translation");
        assert_eq!((note.original_language.as_str(), note.original_text.as_str()), ("ar", "words of a"));
        assert_eq!(
            (french.voices[1].language.as_str(), french.voices[1].translation.as_ref()),
            ("ar", None),
            "untranslated: its own words"
        );
        let json_ld = &french.json_ld;
        assert_eq!(
            (&json_ld["@type"], &json_ld["hasPart"][0]["author"]["name"]),
            (&serde_json::json!("CreativeWork"), &serde_json::json!("name of a"))
        );
        assert!(json_ld["hasPart"][1].get("author").is_none(), "an anonymous voice has no author: {json_ld}");
        assert!(!json_ld.to_string().contains("name of b"));
        assert_eq!(json_ld["hasPart"][0]["translationOfWork"]["inLanguage"], "ar");
        let arabic = render_entry("entry", &public, "ar", "2026-12-03T10:00:00Z");
        assert!(arabic.voices.iter().all(|voice| voice.translation.is_none() && voice.language == "ar"));
    }

    #[test]
    fn a_consent_change_after_publishing_renames_or_removes_the_voice() {
        let held = [held("a", Visibility::Public, Naming::Name, false), held("b", Visibility::Public, Naming::Name, false)];
        let mut public = public_entry(&entry(&["a", "b"]), &held);
        let anonymous = Consent { visibility: Visibility::Public, naming: Naming::Anonymous, withdrawn: false };
        assert!(public.consent_changed("a", &anonymous, "name of a"));
        assert_eq!(public.voices[0].author, None);
        assert!(!public.consent_changed("a", &anonymous, "name of a"), "nothing new");
        let withdrawn = Consent { withdrawn: true, ..anonymous };
        assert!(public.consent_changed("b", &withdrawn, "name of b"));
        assert_eq!(public.voices.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(), ["a"]);
        assert!(!public.consent_changed("unknown", &withdrawn, ""));
    }

    fn voice_class(city: &str) -> Classification {
        Classification {
            kind: DocKind::ArchiveVoice,
            city: city.into(),
            group: Some("voices".into()),
            language: None,
            translation_of: None,
        }
    }

    fn grant(role: Role, city: &str, group: Option<&str>) -> Grant {
        Grant { role, city: city.into(), group: group.map(str::to_string), languages: vec![] }
    }

    #[test]
    fn city_editors_read_a_voice_only_when_its_author_allows() {
        let class = voice_class("liege");
        let policy = CityPolicy::default();
        let editor = [grant(Role::Editor, "liege", None)];
        let elsewhere = [grant(Role::Editor, "osijek", None)];
        let admin = [grant(Role::CityAdmin, "liege", None)];
        let member = [grant(Role::GroupMember, "liege", Some("voices"))];
        for visibility in [Visibility::Group, Visibility::CityEditors, Visibility::Public] {
            let consent = Consent { visibility, ..Consent::default() };
            let seen = voice_permissions(&editor, &class, policy, &consent);
            assert_eq!(seen.read, visibility >= Visibility::CityEditors, "{visibility:?}");
            assert!(!seen.write && !seen.create && !seen.publish);
            assert_eq!(voice_permissions(&elsewhere, &class, policy, &consent), Permissions::NONE);
            assert_eq!(voice_permissions(&admin, &class, policy, &consent), Permissions::NONE);
            assert!(voice_permissions(&member, &class, policy, &consent).write);
        }
    }

    #[test]
    fn a_withdrawn_voice_is_no_ones() {
        let class = voice_class("liege");
        let consent = Consent { visibility: Visibility::Public, withdrawn: true, ..Consent::default() };
        let everyone = [
            grant(Role::GroupMember, "liege", Some("voices")),
            grant(Role::GroupModerator, "liege", Some("voices")),
            grant(Role::Editor, "liege", None),
        ];
        assert_eq!(voice_permissions(&everyone, &class, CityPolicy::default(), &consent), Permissions::NONE);
    }

    #[test]
    fn a_new_voice_is_private_and_anonymous() {
        let consent = Consent::default();
        assert_eq!(consent.visibility, Visibility::Group);
        assert_eq!(author_label(&consent, "Amal"), None);
    }

    #[test]
    fn a_voice_without_the_photo_key_has_no_photo() {
        let mut doc = automerge::AutoCommit::new();
        autosurgeon::reconcile(&mut doc, voice("words")).unwrap();
        automerge::transaction::Transactable::delete(&mut doc, automerge::ROOT, "photo").unwrap();
        let read: Voice = autosurgeon::hydrate(&doc).expect("a voice as an older app made it");
        assert_eq!(read.photo, None);
    }

    #[test]
    fn the_group_knows_its_authors_and_everyone_else_sees_the_chosen_name() {
        let anonymous = Consent { visibility: Visibility::CityEditors, ..Consent::default() };
        let pseudonym = Consent { naming: Naming::Pseudonym("Sky".into()), ..anonymous.clone() };
        assert_eq!(name_shown_to(Viewer::GroupMember, &anonymous, "Amal"), Some("Amal"));
        assert_eq!(name_shown_to(Viewer::GroupMember, &anonymous, ""), None, "an account that is gone has no name");
        assert_eq!(name_shown_to(Viewer::CityEditor, &anonymous, "Amal"), None);
        assert_eq!(name_shown_to(Viewer::CityEditor, &pseudonym, "Amal"), Some("Sky"));
        assert_eq!(name_shown_to(Viewer::Reader, &pseudonym, "Amal"), Some("Sky"));
        assert_eq!(name_shown_to(Viewer::Other, &pseudonym, "Amal"), None);
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
