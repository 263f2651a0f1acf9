//! What a group takes away from its archive (`hospes archive export`, the
//! moderators' button): for the play, the videos and advocacy work, a
//! manifest (JSON) of entries, voices, languages, consent and dates, and
//! each voice's transcript as Markdown with its translations. The server
//! adds the recordings as files; this module is the pure part.
//!
//! Only what the group may use goes in: never a withdrawn voice, and for
//! an anonymous author no name anywhere, as on the public pages. Each
//! voice's consent is in the manifest, so that whoever uses the export can
//! tell what may leave the group and under which name.

use serde::Serialize;

use crate::archive::{ArchiveEntry, Consent, Naming, Theme, Visibility, Voice, author_label};

/// A group's archive as the server holds it now.
pub struct GroupExport {
    pub slug: String,
    pub name: String,
    /// The city that hosts the group.
    pub city: String,
    /// RFC 3339.
    pub exported_at: String,
    pub entries: Vec<ExportEntry>,
}

pub struct ExportEntry {
    pub id: String,
    pub entry: ArchiveEntry,
    /// RFC 3339, if readers see it.
    pub published_at: Option<String>,
    /// In the entry's order; voices it lists that are gone are left out.
    pub voices: Vec<ExportVoice>,
}

pub struct ExportVoice {
    pub id: String,
    pub voice: Voice,
    pub consent: Consent,
    /// The author's display name (used only as their consent allows).
    pub author_name: String,
    /// RFC 3339: when the voice was registered.
    pub recorded_at: String,
    /// The recording's file name in the export (`audio/<hash>.<ext>`), if
    /// it has one the server holds.
    pub audio_file: Option<String>,
    /// The photo's file name in the export (`photos/<hash>.<ext>`), likewise.
    pub photo_file: Option<String>,
}

/// One file of the export.
pub struct ExportFile {
    pub path: String,
    pub contents: String,
}

#[derive(Serialize)]
struct Manifest<'a> {
    group: ManifestGroup<'a>,
    exported_at: &'a str,
    entries: Vec<ManifestEntry<'a>>,
}

#[derive(Serialize)]
struct ManifestGroup<'a> {
    slug: &'a str,
    name: &'a str,
    city: &'a str,
}

#[derive(Serialize)]
struct ManifestEntry<'a> {
    id: &'a str,
    theme: Theme,
    title: &'a str,
    language: &'a str,
    cities: &'a [String],
    guide_links: &'a [String],
    published_at: Option<&'a str>,
    voices: Vec<ManifestVoice<'a>>,
}

#[derive(Serialize)]
struct ManifestVoice<'a> {
    id: &'a str,
    /// `None`: anonymous.
    author: Option<&'a str>,
    naming: &'static str,
    visibility: Visibility,
    language: &'a str,
    translations: Vec<&'a str>,
    recorded_at: &'a str,
    transcript: String,
    audio: Option<&'a str>,
    photo: Option<ManifestPhoto<'a>>,
}

#[derive(Serialize)]
struct ManifestPhoto<'a> {
    file: &'a str,
    description: &'a str,
}

/// The manifest and the transcripts.
pub fn files(export: &GroupExport) -> Vec<ExportFile> {
    let mut files = Vec::new();
    let mut entries = Vec::new();
    for (number, exported) in export.entries.iter().enumerate() {
        let folder = format!("entries/{:03}-{}", number + 1, slug_of(exported.entry.title.as_str()));
        let mut voices = Vec::new();
        for (voice_number, held) in exported.voices.iter().filter(|held| !held.consent.withdrawn).enumerate() {
            let transcript = format!("{folder}/voice-{:02}.md", voice_number + 1);
            files.push(ExportFile { path: transcript.clone(), contents: markdown(&exported.entry, held) });
            voices.push(ManifestVoice {
                id: &held.id,
                author: author_label(&held.consent, &held.author_name),
                naming: match held.consent.naming {
                    Naming::Name => "name",
                    Naming::Pseudonym(_) => "pseudonym",
                    Naming::Anonymous => "anonymous",
                },
                visibility: held.consent.visibility,
                language: &held.voice.language,
                translations: held.voice.translations.iter().map(|t| t.language.as_str()).collect(),
                recorded_at: &held.recorded_at,
                transcript,
                audio: held.audio_file.as_deref(),
                photo: held
                    .photo_file
                    .as_deref()
                    .zip(held.voice.photo.as_ref())
                    .map(|(file, photo)| ManifestPhoto { file, description: &photo.description }),
            });
        }
        entries.push(ManifestEntry {
            id: &exported.id,
            theme: exported.entry.theme,
            title: exported.entry.title.as_str(),
            language: &exported.entry.language,
            cities: &exported.entry.cities,
            guide_links: &exported.entry.guide_links,
            published_at: exported.published_at.as_deref(),
            voices,
        });
    }
    let manifest = Manifest {
        group: ManifestGroup { slug: &export.slug, name: &export.name, city: &export.city },
        exported_at: &export.exported_at,
        entries,
    };
    let manifest = serde_json::to_string_pretty(&manifest).expect("plain data serializes");
    files.insert(0, ExportFile { path: "manifest.json".into(), contents: manifest });
    files
}

/// A voice's transcript: who speaks (as consented), who may see it, the
/// words, then each translation marked as such.
fn markdown(entry: &ArchiveEntry, held: &ExportVoice) -> String {
    let author = author_label(&held.consent, &held.author_name).unwrap_or("Anonymous");
    let visibility = match held.consent.visibility {
        Visibility::Group => "the group only",
        Visibility::CityEditors => "the group and the city's editors",
        Visibility::Public => "the public, once published",
    };
    let mut out = format!(
        "# {}\n\n- Voice: {author}\n- Language: {}\n- Recorded: {}\n- May be seen by: {visibility}\n",
        entry.title.as_str().trim(),
        held.voice.language,
        held.recorded_at,
    );
    if let Some(audio) = &held.audio_file {
        out.push_str(&format!("- Recording: {audio}\n"));
    }
    if let (Some(file), Some(photo)) = (&held.photo_file, &held.voice.photo) {
        out.push_str(&format!("- Photo: {file} ({})\n", photo.description.trim()));
    }
    out.push_str(&format!("\n{}\n", held.voice.text.as_str().trim()));
    for translation in &held.voice.translations {
        // Credited to the group, as readers see it: a translator's name
        // could name the author of an anonymous voice.
        out.push_str(&format!("\n## Translation ({}, by the group)\n\n{}\n", translation.language, translation.text.as_str().trim()));
    }
    out
}

/// A file name from a title: lowercase letters and digits of any script,
/// hyphens between words, at most 40 characters; `entry` if none is left.
fn slug_of(title: &str) -> String {
    let words: Vec<String> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let slug: String = words.join("-").chars().take(40).collect();
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() { "entry".into() } else { slug }
}

#[cfg(test)]
mod tests {
    use autosurgeon::Text;

    use super::*;
    use crate::archive::VoiceTranslation;

    fn held(id: &str, naming: Naming, withdrawn: bool) -> ExportVoice {
        ExportVoice {
            id: id.into(),
            voice: Voice {
                schema: 1,
                entry: "entry".into(),
                language: "ar".into(),
                text: Text::with_value(format!("words of {id}")),
                audio: None,
                translations: vec![VoiceTranslation {
                    language: "fr".into(),
                    text: Text::with_value(format!("mots de {id}")),
                    by: "the group".into(),
                }],
                photo: None,
            },
            consent: Consent { visibility: Visibility::Public, naming, withdrawn },
            author_name: format!("name of {id}"),
            recorded_at: "2026-12-03T10:00:00Z".into(),
            audio_file: (id == "named").then(|| "audio/abc.webm".into()),
            photo_file: None,
        }
    }

    fn export() -> GroupExport {
        GroupExport {
            slug: "voices".into(),
            name: "Voices".into(),
            city: "liege".into(),
            exported_at: "2026-12-03T11:00:00Z".into(),
            entries: vec![ExportEntry {
                id: "entry".into(),
                entry: ArchiveEntry {
                    schema: 1,
                    theme: Theme::Housing,
                    title: Text::with_value("Looking for a room / première visite"),
                    language: "fr".into(),
                    cities: vec!["liege".into()],
                    guide_links: vec![],
                    voices: vec!["named".into(), "anonymous".into(), "withdrawn".into()],
                },
                published_at: None,
                voices: vec![
                    held("named", Naming::Name, false),
                    held("anonymous", Naming::Anonymous, false),
                    held("withdrawn", Naming::Name, true),
                ],
            }],
        }
    }

    #[test]
    fn the_export_holds_a_manifest_and_a_transcript_per_voice_never_a_withdrawn_one() {
        let files = files(&export());
        let paths: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "manifest.json",
                "entries/001-looking-for-a-room-première-visite/voice-01.md",
                "entries/001-looking-for-a-room-première-visite/voice-02.md"
            ]
        );
        let manifest: serde_json::Value = serde_json::from_str(&files[0].contents).unwrap();
        let voices = &manifest["entries"][0]["voices"];
        assert_eq!(voices.as_array().unwrap().len(), 2);
        assert_eq!(voices[0]["author"], "name of named");
        assert_eq!(voices[0]["audio"], "audio/abc.webm");
        assert_eq!(voices[0]["translations"], serde_json::json!(["fr"]));
        assert_eq!((&voices[1]["author"], &voices[1]["naming"]), (&serde_json::Value::Null, &serde_json::json!("anonymous")));
        assert!(files[1].contents.contains("words of named") && files[1].contents.contains("## Translation (fr, by the group)"));
        let everything: String = files.iter().map(|file| file.contents.as_str()).collect();
        assert!(!everything.contains("name of anonymous"), "no name of an anonymous author anywhere");
        assert!(!everything.contains("withdrawn"), "nothing of a withdrawn voice");
        assert!(files[2].contents.contains("- Voice: Anonymous"));
    }

    #[test]
    fn file_names_come_from_titles_in_any_script() {
        assert_eq!(slug_of("Знайти кімнату!"), "знайти-кімнату");
        assert_eq!(slug_of("  ?? "), "entry");
        assert!(slug_of(&"long ".repeat(30)).chars().count() <= 40);
    }
}
