//! The web app's TypeScript types of the content model are generated from
//! the Rust model (ts-rs), into `web/src/content/generated/model.ts`; the
//! read side's (rendered items, the bundle's calendar) into
//! `web/src/content/generated/reading.ts`; and its table of text fields
//! (`web/src/content/text-fields.json`) is written from
//! `hospes_content::text_fields`. These tests fail when a committed
//! file differs from what the Rust side makes now, so changing a field in
//! Rust without regenerating fails CI.
//!
//! Regenerate with
//! `HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript`.

use std::path::PathBuf;

use hospes_content::access::{DocKind, Role};
use hospes_content::archive::{
    ArchiveEntry, Consent, Naming, Photo, RenderedEntry, RenderedTranslationNote, RenderedVoice, Theme, Visibility, Voice, VoiceTranslation,
};
use hospes_content::model::*;
use hospes_content::publish_checks::{Problem, Rule};
use hospes_content::reading::calendar::{Calendar, Occurrence, Opening};
use hospes_content::reading::render::{LocalizedText, NOT_FOR_READERS, RenderedBody, RenderedItem};
use hospes_content::text_fields::{self, TEXT_FIELDS};
use hospes_content::translation_status::TranslationStatus;
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
        Photo::decl(),
        Voice::decl(),
        Visibility::decl(),
        Naming::decl(),
        Consent::decl(),
        RenderedTranslationNote::decl(),
        RenderedVoice::decl(),
        RenderedEntry::decl(),
        Role::decl(),
        DocKind::decl(),
        Rule::decl(),
        Problem::decl(),
        TranslationStatus::decl(),
    ]
}

const HEADER: &str = "// Regenerate: HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript\n";

fn generated() -> String {
    let mut out = String::from(
        "// Generated from sync/content/src (model.rs, archive.rs, access.rs, publish_checks.rs, translation_status.rs) by ts-rs: do not edit.\n",
    );
    out.push_str(HEADER);
    push_declarations(&mut out, declarations());
    out
}

/// The read side's types: what `reading::render` and `reading::calendar`
/// make. The rendered bodies (`ReaderService`, ...) are the model's types
/// with each field of the text-field table a `LocalizedText`, written from
/// that table as `render` walks it.
fn generated_reading() -> String {
    let mut out = String::from("// Generated from sync/content/src/reading by ts-rs and the text-field table: do not edit.\n");
    out.push_str(HEADER);
    out.push_str("\nimport type { Article, Event, Service } from \"./model\";\n");
    push_declarations(&mut out, vec![LocalizedText::decl()]);
    out.push_str("\n/** `T` with its fields `K` as readers get them. */\nexport type Texts<T, K extends keyof T> = Omit<T, K> & { [P in K]: LocalizedText };\n");
    for (name, kind) in [("Service", "service"), ("Article", "article"), ("Event", "event")] {
        out.push_str(&format!("\n/** The {kind} as `render` makes it. */\nexport {}\n", reader_type(name, kind)));
    }
    push_declarations(&mut out, vec![RenderedBody::decl(), RenderedItem::decl(), Opening::decl(), Occurrence::decl(), Calendar::decl()]);
    out
}

/// `Reader<name>`: the model's `name` as rendered, each of `kind`'s text
/// paths (`field`, `object.field`, `list[].field`) a `LocalizedText`.
fn reader_type(name: &str, kind: &str) -> String {
    let mut texts: Vec<&str> = Vec::new();
    // (field, is a list, its text fields)
    let mut nested: Vec<(&str, bool, Vec<&str>)> = Vec::new();
    for path in text_fields::of_kind(kind) {
        let (outer, list, inner) = match path.split_once("[].") {
            Some((list, field)) => (list, true, field),
            None => match path.split_once('.') {
                Some((object, field)) => (object, false, field),
                None => {
                    texts.push(path);
                    continue;
                }
            },
        };
        assert!(!inner.contains(['.', '[', '*']), "{path}: reader_type writes one level of nesting; teach it more");
        match nested.iter_mut().find(|(field, ..)| *field == outer) {
            Some((_, _, fields)) => fields.push(inner),
            None => nested.push((outer, list, vec![inner])),
        }
    }
    let quoted = |fields: &[&str]| fields.iter().map(|field| format!("\"{field}\"")).collect::<Vec<_>>().join(" | ");
    let omitted: Vec<&str> =
        NOT_FOR_READERS.iter().copied().chain(texts.iter().copied()).chain(nested.iter().map(|(field, ..)| *field)).collect();
    let mut members: Vec<String> = texts.iter().map(|field| format!("{field}: LocalizedText")).collect();
    for (field, list, inner) in &nested {
        let inner = quoted(inner);
        members.push(if *list {
            format!("{field}: Array<Texts<{name}[\"{field}\"][number], {inner}>>")
        } else {
            format!("{field}: Texts<NonNullable<{name}[\"{field}\"]>, {inner}> | Extract<{name}[\"{field}\"], null>")
        });
    }
    format!("type Reader{name} = Omit<{name}, {}> & {{ {} }};", quoted(&omitted), members.join(", "))
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

fn push_declarations(out: &mut String, declarations: Vec<String>) {
    for declaration in declarations {
        out.push('\n');
        out.push_str("export ");
        out.push_str(declaration.trim());
        out.push('\n');
    }
}

#[test]
fn the_web_apps_model_types_are_generated_from_the_rust_model() {
    check_or_write("../../web/src/content/generated/model.ts", generated());
}

#[test]
fn the_web_apps_read_side_types_are_generated_from_the_rust_read_side() {
    check_or_write("../../web/src/content/generated/reading.ts", generated_reading());
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
