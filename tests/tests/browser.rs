//! Browser tests in headless Debian Chromium (playwright-core), each
//! against its own real server:
//! - `tests/js/shell.test.mjs`: the app loads, registers its service worker,
//!   still shows its shell after a reload with the network off, and a reader
//!   downloads no Automerge;
//! - `tests/js/accounts.test.mjs`: sign-in, invites, the city admin screen,
//!   a signed-in editor's `/status` showing "connected", revocation;
//! - `tests/js/reader.test.mjs`: a newcomer reading the demo guide: Arabic
//!   right to left, fallbacks marked, "open now" at a fixed clock, everything
//!   offline after the first visit, a suggestion sent once back online, axe;
//! - `tests/js/reader-calendar.test.mjs`: the whole stored calendar month
//!   by month (offline), Gregorian dates in Farsi, Tigrinya month and
//!   weekday names where Chromium has no Tigrinya data, Arabic punctuation,
//!   a 24-hour helpline, every reader page's description, link texts, axe;
//! - `tests/js/reader-findings.test.mjs`: the guide's language chosen once
//!   (the first screen's choice preselected on the city's step, which names
//!   the city), a UI language the guide is not written in said so, one
//!   "Home" link and a way to the city list, a web map beside `geo:`, a text
//!   size kept on the phone, news dated, no "last checked" in the future,
//!   "also keep" offline waiting and then saving, a live offline notice, an
//!   Arabic phone line with only its number left to right, contact icons, axe;
//! - `tests/js/reader-old-data.test.mjs`: a service and an article published
//!   before publishing checked values (a website without a host, a phone
//!   number in words, links to `/\host`) still show, linking only what works;
//! - `tests/js/editor.test.mjs`: two editors editing offline (merged text,
//!   a conflict shown and resolved, a reload offline), publishing, a
//!   volunteer's field-mode event reaching readers by itself, a translator
//!   bringing Arabic up to date and a source edit outdating it, axe;
//! - `tests/js/translator.test.mjs`: a translator on a phone finishing a
//!   translation (the source readable, every text translated and marked
//!   done, what changed in an outdated source) and an editor publishing it;
//!   categories by name; the suggestions linked; city names, not slugs;
//! - `tests/js/editor-service.test.mjs`: the full service form (places,
//!   opening hours, contacts), a new service made offline and published
//!   into the readers' bundle and calendar, places added by two editors
//!   offline, inline errors that write nothing, axe;
//! - `tests/js/archive.test.mjs`: the multivoiced archive: a member's voice
//!   written and recorded offline (a fake microphone), a second voice from a
//!   member in another city beside it, a group-only third, nothing of it for
//!   the city's editor and admin (nor uploads, plays, publishing) or readers
//!   before publishing, consent (public under a pseudonym, public anonymous),
//!   the moderator publishing, readers seeing only the public voices and no
//!   name on the page, bundle, search, print or JSON-LD, the export, the
//!   withdrawal while another phone holds the voice offline, and then its
//!   words and recording nowhere in the data directory, axe;
//! - `tests/js/sync-line.test.mjs`: the sync line counts the changes the
//!   server has not confirmed, across a reload offline and on `/status`, and
//!   says when they went; unpublished drafts are marked until published;
//! - `tests/js/first-sync.test.mjs`: a first sync by one snapshot, and a
//!   change made between the snapshot and live sync arriving.

use hospes_tests::{ServerProcess, export, media, node, old_publications, server, storage_probe};
use serde_json::{Value, json};
use tokio::io::AsyncBufReadExt;

async fn run(script: &str, hospes: &ServerProcess, env: &[(&str, &str)]) -> (bool, String) {
    let mut child = node::node(&["--test", "--test-reporter=spec", script])
        .env("HOSPES_URL", hospes.http_url(""))
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("node runs");
    let (stdout, stderr) = (echo(child.stdout.take().expect("piped")), echo(child.stderr.take().expect("piped")));
    let status = child.wait().await.expect("node runs");
    let report = format!("{}{}", stdout.await.expect("read"), stderr.await.expect("read"));
    (status.success(), report)
}

/// Prints each line of `stream` as it comes, so a test that the runner
/// stops for taking too long still shows which step it was on; returns
/// them all.
fn echo(stream: impl tokio::io::AsyncRead + Unpin + Send + 'static) -> tokio::task::JoinHandle<String> {
    tokio::spawn(async move {
        let mut lines = tokio::io::BufReader::new(stream).lines();
        let mut all = String::new();
        while let Ok(Some(line)) = lines.next_line().await {
            println!("{line}");
            all.push_str(&line);
            all.push('\n');
        }
        all
    })
}

/// Runs `script` and fails the test, with the report and the server's log,
/// unless every test in it ran and passed.
async fn passes(script: &str, hospes: &ServerProcess, env: &[(&str, &str)]) {
    let (passed, report) = run(script, hospes, env).await;
    assert!(passed, "browser test failed:\n{report}\nserver log:\n{}", hospes.log());
    assert!(report.contains("skipped 0") && report.contains("fail 0"), "tests were skipped or failed:\n{report}");
}

/// The passphrase of every account the editing tests add.
const SHARED_PASSPHRASE: &str = "a shared long passphrase";

/// Adds accounts to the demo's sample city, all with [`SHARED_PASSPHRASE`]:
/// name, role and any further `user add` arguments.
fn add_people(hospes: &ServerProcess, people: &[(&str, &str, &[&str])]) {
    let file = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(file.path(), SHARED_PASSPHRASE).expect("writable");
    let passphrase_file = file.path().to_str().expect("UTF-8");
    for (name, role, extra) in people {
        let mut args = vec!["user", "add", "--city", "sample-city", "--role", role, "--name", name, "--passphrase-file", passphrase_file];
        args.extend_from_slice(extra);
        hospes.command(&args);
    }
}

#[tokio::test]
async fn the_pwa_shell_installs_and_works_offline() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    passes("shell.test.mjs", &hospes, &[]).await;
}

/// `tests/js/editor-service.test.mjs`: an editor makes a service offline and
/// fills its places, opening hours and contacts; once published, the readers'
/// bundle has it and its hours; two editors add places offline and both
/// keep theirs; wrong times and addresses are shown and not written; axe.
#[tokio::test]
async fn editors_make_a_service_with_places_and_opening_hours() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(&hospes, &[("edda", "editor", &[]), ("ben", "editor", &[])]);
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("editor-service.test.mjs", &hospes, &env).await;
}

#[tokio::test]
async fn people_sign_in_invite_administer_and_sync() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.add_city("demo");
    let passphrase = "the admin's long passphrase";
    let file = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(file.path(), passphrase).expect("writable");
    hospes.command(&[
        "user",
        "add",
        "--city",
        "demo",
        "--role",
        "city_admin",
        "--name",
        "anna",
        "--passphrase-file",
        file.path().to_str().expect("UTF-8"),
    ]);
    let env = [("HOSPES_CITY", "demo"), ("HOSPES_ADMIN_NAME", "anna"), ("HOSPES_ADMIN_PASSPHRASE", passphrase)];
    passes("accounts.test.mjs", &hospes, &env).await;
}

#[tokio::test]
async fn a_newcomer_reads_the_guide_online_and_offline() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(&hospes, &[("edith", "editor", &[])]);
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_EDITOR_NAME", "edith"), ("HOSPES_EDITOR_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("reader.test.mjs", &hospes, &env).await;
}

#[tokio::test]
async fn a_newcomer_reads_the_calendar_in_her_language() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    passes("reader-calendar.test.mjs", &hospes, &[("HOSPES_CITY", "sample-city")]).await;
}

#[tokio::test]
async fn a_newcomer_chooses_her_language_once_and_reads_offline_in_comfort() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    passes("reader-findings.test.mjs", &hospes, &[("HOSPES_CITY", "sample-city")]).await;
}

/// `tests/js/reader-old-data.test.mjs`: published values the server no
/// longer accepts are written into the stored renderings, as an earlier
/// version left them (publishing refuses them now, so there is no other
/// way in); the reader's pages still show.
#[tokio::test]
async fn a_newcomer_reads_a_service_and_an_article_published_before_values_were_checked() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let bundle: Value =
        reqwest::get(hospes.http_url("/api/v1/cities/sample-city/en/bundle")).await.expect("reachable").json().await.expect("JSON");
    let first = |kind: &str| {
        let items = bundle["items"].as_array().expect("items");
        items.iter().find(|item| item["kind"] == kind).expect("the demo has one")["id"].as_str().expect("an id").to_string()
    };
    let (service, article) = (first("service"), first("article"));
    let database = dir.path().join("hospes.sqlite");
    old_publications::rewrite(&database, &service, |rendering| {
        rendering["item"]["contacts"] = json!({
            "phones": ["call us at the desk", "+32 4 123 45 67"],
            "email": "accueil at example.org",
            "website": "https://",
        });
        for channel in rendering["json_ld"]["availableChannel"].as_array_mut().expect("channels") {
            channel["serviceUrl"] = json!("javascript:alert(1)");
        }
    });
    old_publications::rewrite(&database, &article, |rendering| {
        rendering["item"]["body"]["text"] =
            json!("Read [this](/\\evil.example/x), [that](//evil.example/y) and [the guide](/guide/sample-city/en).");
    });
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_SERVICE_ID", service.as_str()), ("HOSPES_ARTICLE_ID", article.as_str())];
    passes("reader-old-data.test.mjs", &hospes, &env).await;
}

#[tokio::test]
async fn editors_and_volunteers_edit_offline_and_their_changes_merge() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(
        &hospes,
        &[("edda", "editor", &[]), ("ben", "editor", &[]), ("vola", "volunteer", &[]), ("tara", "translator", &["--lang", "ar"])],
    );
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("editor.test.mjs", &hospes, &env).await;
}

/// `tests/js/translator.test.mjs`: on a 360 px phone, a translator's screen
/// (Markdown drawn, full-width boxes, up to date only once every text is
/// translated and marked done, an editor publishing it to readers, a word
/// diff of what changed in the source, badges apart by words, shape and
/// colour), a service's categories by name with another added, the readers'
/// suggestions linked from the dashboard and to their item, the city's name
/// on the dashboard, admin, suggestions and invitation pages, no 1970 in the
/// history, axe.
#[tokio::test]
async fn translators_finish_translations_on_a_phone_and_editors_publish_them() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(&hospes, &[("edda", "editor", &[]), ("tara", "translator", &["--lang", "ar"]), ("cara", "city_admin", &[])]);
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("translator.test.mjs", &hospes, &env).await;
}

/// `tests/js/editor-guide.test.mjs`: guide articles (a new one under another,
/// published there; a link to another site refused at publishing, the field
/// named; reordered; moved and renamed offline by two editors) and the
/// city's settings (a category renamed in Arabic, a language added, a bad tag
/// refused; read-only for a volunteer), axe.
#[tokio::test]
async fn editors_edit_guide_articles_and_city_settings() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(&hospes, &[("edda", "editor", &[]), ("ben", "editor", &[]), ("vola", "volunteer", &[])]);
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("editor-guide.test.mjs", &hospes, &env).await;
}

/// `tests/js/archive.test.mjs`: an archive group in Liège whose members come
/// from two cities: Amal (Liège) and Bogdan (an editor in Osijek, a member
/// in the Liège group) each add a voice to an entry, Amal's offline with a
/// recording, and Mira, the moderator, a third for the group only; Elif,
/// Liège's editor, and Cara, its admin, see none of it; Amal opens hers to
/// the public under a pseudonym, Bogdan his anonymously; Mira publishes and
/// exports; Amal withdraws. Then this harness reads the exports and searches
/// the data directory's raw bytes for what was withdrawn.
#[tokio::test]
async fn an_archive_group_records_voices_side_by_side_and_publishes_the_public_ones() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    for (slug, name) in [("liege", "Liège"), ("osijek", "Osijek")] {
        hospes.command(&["city", "add", "--slug", slug, "--name", name, "--source-language", "fr", "--language", "ar"]);
    }
    hospes.add_group("liege", "voices");
    let file = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(file.path(), SHARED_PASSPHRASE).expect("writable");
    let passphrase_file = file.path().to_str().expect("UTF-8");
    let people: [(&str, &str, &str, &[&str]); 6] = [
        ("amal", "liege", "group_member", &["--group", "voices"]),
        ("bogdan", "osijek", "editor", &[]),
        ("bogdan", "liege", "group_member", &["--group", "voices"]),
        ("mira", "liege", "group_moderator", &["--group", "voices"]),
        ("elif", "liege", "editor", &[]),
        ("cara", "liege", "city_admin", &[]),
    ];
    for (name, city, role, extra) in people {
        let mut args = vec!["user", "add", "--city", city, "--role", role, "--name", name, "--passphrase-file", passphrase_file];
        args.extend_from_slice(extra);
        hospes.command(&args);
    }
    publish_a_service(&hospes, "liege").await;
    let evidence = tempfile::tempdir().expect("a temporary folder");
    let env = [
        ("HOSPES_CITY", "liege"),
        ("HOSPES_GROUP", "voices"),
        ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE),
        ("HOSPES_EVIDENCE", evidence.path().to_str().expect("UTF-8")),
        ("HOSPES_MEDIA_FIXTURES", concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/media")),
    ];
    passes("archive.test.mjs", &hospes, &env).await;

    // Amal's withdrawn words and recording are nowhere in the data directory:
    // not in the database, its WAL, nor the media files.
    let recording = std::fs::read(evidence.path().join("recording")).expect("the test kept the published recording");
    assert!(recording.len() > 1024, "a real recording: {} bytes", recording.len());
    for piece in distinctive_pieces(&recording) {
        let found = storage_probe::files_containing(dir.path(), piece);
        assert_eq!(found, Vec::<std::path::PathBuf>::new(), "a piece of the withdrawn recording");
    }
    // No metadata of the uploaded photo and audio file was kept anywhere,
    // and of the media only Mira's audio file is left: Amal's recording and
    // photo went with her voice, and no refused file left a piece behind.
    let metadata = storage_probe::files_containing(dir.path(), b"Mariam at the border");
    assert_eq!(metadata, Vec::<std::path::PathBuf>::new(), "metadata of an uploaded file");
    let media = storage_probe::files_under(&dir.path().join("media"));
    assert_eq!(media.len(), 1, "the media left: {media:?}");
    assert!(std::fs::read(&media[0]).expect("readable").starts_with(b"OggS"), "Mira's audio file");
    let amal_words = b"desk-words-3f1c";
    assert_eq!(storage_probe::files_containing(dir.path(), amal_words), Vec::<std::path::PathBuf>::new(), "the withdrawn words");
    assert!(!storage_probe::files_containing(dir.path(), b"door-words-8d2e").is_empty(), "where the other voices' words are");

    // The export as published: the entry with its three voices (the group-only
    // one too: it is the group's), transcripts, the recording and photo, and no name of
    // an anonymous author or of the account behind a pseudonym.
    let published = export::files(&evidence.path().join("export-published.zip"));
    let manifest: Value = serde_json::from_slice(&published["manifest.json"]).expect("a JSON manifest");
    let entries = manifest["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 1, "{manifest}");
    assert_eq!(entries[0]["title"], "The first morning at the legal advice desk");
    let voices = entries[0]["voices"].as_array().expect("voices");
    let authors: Vec<&Value> = voices.iter().map(|voice| &voice["author"]).collect();
    assert_eq!(authors, [&json!("Sky over the Meuse"), &Value::Null, &Value::Null], "{manifest}");
    let transcripts: Vec<String> = voices
        .iter()
        .map(|voice| String::from_utf8(published[voice["transcript"].as_str().expect("a file")].clone()).expect("text"))
        .collect();
    for (transcript, words) in transcripts.iter().zip(["desk-words-3f1c", "door-words-8d2e", "kept-words-51b0"]) {
        assert!(transcript.contains(words), "{transcript}");
    }
    assert!(published.values().any(|bytes| bytes == &recording), "the recording is in the export");
    let photo = &voices[0]["photo"];
    assert_eq!(photo["description"], "The queue in front of the desk at dawn", "{manifest}");
    let photo_file = &published[photo["file"].as_str().expect("the photo's file")];
    assert!(photo_file.starts_with(&[0xff, 0xd8]), "her photo, as stored (a JPEG)");
    let named = files_naming_accounts(&published);
    assert!(named.is_empty(), "account names in the export: {named:?}");

    // And after the withdrawal: nothing of her voice.
    let withdrawn = export::files(&evidence.path().join("export-withdrawn.zip"));
    let manifest: Value = serde_json::from_slice(&withdrawn["manifest.json"]).expect("a JSON manifest");
    assert_eq!(manifest["entries"][0]["voices"].as_array().map(Vec::len), Some(2), "{manifest}");
    assert!(!withdrawn.values().any(|bytes| media::contains(bytes, amal_words) || bytes == &recording), "no withdrawn voice");
}

/// Three 64-byte pieces of `bytes` from its second half (the encoded
/// sound, not the container's header), each with enough different byte
/// values that it cannot be a run of padding found in any file.
fn distinctive_pieces(bytes: &[u8]) -> Vec<&[u8]> {
    let pieces: Vec<&[u8]> = bytes[bytes.len() / 2..]
        .chunks_exact(64)
        .filter(|piece| piece.iter().collect::<std::collections::HashSet<_>>().len() >= 40)
        .take(3)
        .collect();
    assert_eq!(pieces.len(), 3, "a recording has varied bytes");
    pieces
}

/// Publishes the fixture service ("Permanence juridique gratuite") in `city`,
/// made by an editor's app over sync: a guide page an entry can speak about.
async fn publish_a_service(hospes: &ServerProcess, city: &str) {
    let editor = hospes.add_user("guide-editor", city, "editor", &[]).await;
    let repo = hospes_tests::client::repo(&editor).await;
    let dialer = hospes_tests::client::connect(&repo, &hospes.sync_url(), &editor).await;
    let handle = repo.create(hospes_tests::fixtures::document_of_kind("service", None)).await.expect("created");
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(&editor, &id, json!({ "kind": "service", "city": city })).await, reqwest::StatusCode::CREATED);
    hospes_tests::client::acknowledged(&handle, &dialer).await;
    let published = editor.request(reqwest::Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/publish"))).send().await;
    assert_eq!(published.expect("reachable").status(), reqwest::StatusCode::OK);
}

/// The files of an export that name one of the group's accounts.
fn files_naming_accounts(files: &std::collections::BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    files
        .iter()
        .filter(|(_, bytes)| ["amal", "bogdan", "mira"].iter().any(|name| media::contains(&bytes.to_ascii_lowercase(), name.as_bytes())))
        .map(|(name, _)| name.as_str())
        .collect()
}

/// `tests/js/sync-line.test.mjs`: the sync line counts what the server has
/// not confirmed (nothing after a reload offline with no edits; one offline
/// edit is one change waiting, before and after a reload offline, and on
/// `/status`), says it was sent once confirmed; the edit is an unpublished
/// draft on the dashboard and its form until published; axe.
#[tokio::test]
async fn the_sync_line_counts_what_the_server_has_not_confirmed_and_drafts_are_marked() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(&hospes, &[("edda", "editor", &[])]);
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("sync-line.test.mjs", &hospes, &env).await;
}

/// `tests/js/first-sync.test.mjs`: an editor's first sync downloads the city
/// in one snapshot, and a change another editor makes after the snapshot was
/// taken, before live sync, arrives.
#[tokio::test]
async fn a_first_sync_by_snapshot_misses_no_change_made_meanwhile() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    add_people(&hospes, &[("edda", "editor", &[]), ("ben", "editor", &[])]);
    let env = [("HOSPES_CITY", "sample-city"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("first-sync.test.mjs", &hospes, &env).await;
}
