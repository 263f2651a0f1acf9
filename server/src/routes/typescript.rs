//! The web app's TypeScript types of the API's bodies are generated from
//! the structs the routes answer with (ts-rs), into
//! `web/src/generated/api.ts`. The test fails when the committed file
//! differs from what the Rust side makes now, so changing a body in Rust
//! without regenerating fails CI. The content types they name (the model,
//! rendered items, the calendar) come from hospes-content's own generated
//! files.
//!
//! Regenerate with
//! `HOSPES_WRITE_TS=1 cargo nextest run -p hospes --lib typescript`.

use std::path::PathBuf;

use ts_rs::TS;

use super::archive::ArchivePage;
use super::auth::{Account, GrantBody, SessionEntry, SessionInfo};
use super::documents::{DocumentClass, DocumentEntry, PublicationBody, PublishedBody, VoiceAuthor};
use super::error::ErrorBody;
use super::events::EventsAnswer;
use super::health::{Health, HealthStatus};
use super::invites::{CreatedInvite, Invite};
use super::members::{Member, MemberRoles};
use super::read::{Bundle, CityInfo, CitySummary, OfferedLanguage, SearchAnswer};
use super::suggestions::{Received, SuggestionBody, SuggestionList};
use super::translations::{LanguageStatus, TranslationStatuses};
use crate::audit;
use crate::suggestions::Topic;

/// Every body type, dependencies first.
fn declarations() -> Vec<String> {
    vec![
        ErrorBody::decl(),
        HealthStatus::decl(),
        Health::decl(),
        Account::decl(),
        GrantBody::decl(),
        SessionInfo::decl(),
        SessionEntry::decl(),
        Invite::decl(),
        CreatedInvite::decl(),
        Member::decl(),
        MemberRoles::decl(),
        audit::Entry::decl(),
        Topic::decl(),
        SuggestionBody::decl(),
        SuggestionList::decl(),
        Received::decl(),
        DocumentClass::decl(),
        DocumentEntry::decl(),
        VoiceAuthor::decl(),
        PublishedBody::decl(),
        PublicationBody::decl(),
        LanguageStatus::decl(),
        TranslationStatuses::decl(),
        CitySummary::decl(),
        OfferedLanguage::decl(),
        CityInfo::decl(),
        Bundle::decl(),
        SearchAnswer::decl(),
        EventsAnswer::decl(),
        ArchivePage::decl(),
    ]
}

fn generated() -> String {
    let mut out = String::from(
        "// Generated from server/src/routes by ts-rs: do not edit.\n\
         // Regenerate: HOSPES_WRITE_TS=1 cargo nextest run -p hospes --lib typescript\n\n\
         import type { Category, Direction, DocKind, Problem, RenderedEntry, Role, TranslationStatus } from \"../content/generated/model\";\n\
         import type { Calendar, Occurrence, RenderedItem } from \"../content/generated/reading\";\n",
    );
    for declaration in declarations() {
        out.push('\n');
        out.push_str("export ");
        out.push_str(declaration.trim());
        out.push('\n');
    }
    out.push_str(&media_taken());
    out
}

/// The media types an archive group's upload takes and their limits, so
/// that the app refuses a wrong file at once (offline too) by the server's
/// own allow-list.
fn media_taken() -> String {
    use crate::media::MediaType;
    let slot = |audio: bool| {
        let types: Vec<MediaType> = MediaType::ALL.into_iter().filter(|media_type| media_type.is_audio() == audio).collect();
        let names: Vec<String> = types.iter().map(|media_type| format!("\"{}\"", media_type.as_str())).collect();
        format!("{{ types: [{}], maxBytes: {} }}", names.join(", "), types[0].max_bytes())
    };
    format!(
        "\n/** The media an archive group's upload takes (`POST .../media`), and the largest file of each kind. */\n\
         export const MEDIA_TAKEN = {{ audio: {}, photo: {} }} as const;\n",
        slot(true),
        slot(false)
    )
}

#[test]
fn the_web_apps_api_types_are_generated_from_the_routes_bodies() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../web/src/generated/api.ts");
    let now = generated();
    if std::env::var_os("HOSPES_WRITE_TS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("makes web/src/generated");
        std::fs::write(&path, &now).expect("writes the generated types");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "{} is out of date with the routes; regenerate it with\n  \
         HOSPES_WRITE_TS=1 cargo nextest run -p hospes --lib typescript\n\
         and commit it. It should read:\n{now}",
        path.display()
    );
}

/// A topic's TypeScript name is the one the API sends ([`Topic::as_str`]).
#[test]
fn suggestion_topics_are_named_as_sent() {
    let declaration = Topic::decl();
    for topic in Topic::ALL {
        assert!(declaration.contains(&format!("\"{}\"", topic.as_str())), "{declaration} lacks {topic:?}");
    }
}
