//! The web app's TypeScript types of the content model are generated from
//! the Rust model (ts-rs), into `web/src/content/generated/model.ts`, and
//! its table of text fields (`web/src/content/text-fields.json`) is written
//! from `hospes_content::text_fields`. These tests fail when a committed
//! file differs from what the Rust side makes now, so changing a field in
//! Rust without regenerating fails CI.
//!
//! Regenerate with
//! `HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript`.

use std::path::PathBuf;

use hospes_content::archive::{
    ArchiveEntry, Consent, Naming, RenderedEntry, RenderedTranslationNote, RenderedVoice, Theme, Visibility, Voice, VoiceTranslation,
};
use hospes_content::model::*;
use hospes_content::text_fields::TEXT_FIELDS;
use ts_rs::TS;

/// Every type the web app names, dependencies first.
fn declarations() -> Vec<String> {
    vec![
        Direction::decl(),
        TargetGroup::decl(),
        ServiceStatus::decl(),
        EventType::decl(),
        CityLanguage::decl(),
        Category::decl(),
        City::decl(),
        Cost::decl(),
        Address::decl(),
        Location::decl(),
        Schedule::decl(),
        Contacts::decl(),
        Verification::decl(),
        Service::decl(),
        Article::decl(),
        Event::decl(),
        ImportSource::decl(),
        Translation::decl(),
        Theme::decl(),
        ArchiveEntry::decl(),
        VoiceTranslation::decl(),
        Voice::decl(),
        Visibility::decl(),
        Naming::decl(),
        Consent::decl(),
        RenderedTranslationNote::decl(),
        RenderedVoice::decl(),
        RenderedEntry::decl(),
    ]
}

fn generated() -> String {
    let mut out = String::from(
        "// Generated from sync/content/src/model.rs by ts-rs: do not edit.\n\
         // Regenerate: HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript\n",
    );
    for declaration in declarations() {
        out.push('\n');
        out.push_str("export ");
        out.push_str(declaration.trim());
        out.push('\n');
    }
    out
}

fn text_field_table() -> String {
    let mut table = serde_json::Map::new();
    table.insert(
        "$comment".into(),
        "Written from sync/content/src/text_fields.rs: do not edit. Which string fields of each document kind are collaborative, translatable text (Automerge Text, merged character by character); every other string is a plain value (ImmutableString in Automerge 3's JavaScript API). A trailing [] matches every element of a list, * every key of a map.".into(),
    );
    for (kind, paths) in TEXT_FIELDS {
        table.insert(kind.to_string(), paths.iter().map(|path| serde_json::Value::from(*path)).collect());
    }
    serde_json::to_string_pretty(&table).expect("JSON") + "\n"
}

#[test]
fn the_web_apps_model_types_are_generated_from_the_rust_model() {
    check_or_write("../../web/src/content/generated/model.ts", generated());
}

#[test]
fn the_web_apps_text_field_table_is_written_from_the_rust_one() {
    check_or_write("../../web/src/content/text-fields.json", text_field_table());
}

fn check_or_write(relative: &str, now: String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("HOSPES_WRITE_TS").is_some() {
        std::fs::write(&path, &now).expect("writes the generated types");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "{} is out of date with the Rust side; regenerate it with\n  \
         HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript\n\
         and commit it. It should read:\n{now}",
        path.display()
    );
}
