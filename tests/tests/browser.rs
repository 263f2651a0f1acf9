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
//! - `tests/js/reader-old-data.test.mjs`: a service and an article published
//!   before publishing checked values (a website without a host, a phone
//!   number in words, links to `/\host`) still show, linking only what works;
//! - `tests/js/editor.test.mjs`: two editors editing offline (merged text,
//!   a conflict shown and resolved, a reload offline), publishing, a
//!   volunteer's field-mode event reaching readers by itself, a translator
//!   bringing Arabic up to date and a source edit outdating it, axe;
//! - `tests/js/editor-service.test.mjs`: the full service form (places,
//!   opening hours, contacts), a new service made offline and published
//!   into the readers' bundle and calendar, places added by two editors
//!   offline, inline errors that write nothing, axe;
//! - `tests/js/archive.test.mjs`: the multivoiced archive: a member's voice
//!   written and recorded offline (a fake microphone), a second voice from a
//!   member in another city beside it, nothing of it for the city's editor,
//!   consent (public, a pseudonym), the moderator publishing, readers seeing
//!   only the public voice under its pseudonym, axe;
//! - `tests/js/sync-line.test.mjs`: the sync line counts the changes the
//!   server has not confirmed, across a reload offline and on `/status`, and
//!   says when they went; unpublished drafts are marked until published;
//! - `tests/js/first-sync.test.mjs`: a first sync by one snapshot, and a
//!   change made between the snapshot and live sync arriving.

use hospes_tests::{ServerProcess, node, old_publications, server};
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
/// recording; Elif, Liège's editor, sees none of it; Amal opens hers to the
/// public under a pseudonym; Mira, the moderator, publishes; readers see
/// Amal's voice only.
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
    let people: [(&str, &str, &str, &[&str]); 5] = [
        ("amal", "liege", "group_member", &["--group", "voices"]),
        ("bogdan", "osijek", "editor", &[]),
        ("bogdan", "liege", "group_member", &["--group", "voices"]),
        ("mira", "liege", "group_moderator", &["--group", "voices"]),
        ("elif", "liege", "editor", &[]),
    ];
    for (name, city, role, extra) in people {
        let mut args = vec!["user", "add", "--city", city, "--role", role, "--name", name, "--passphrase-file", passphrase_file];
        args.extend_from_slice(extra);
        hospes.command(&args);
    }
    let env = [("HOSPES_CITY", "liege"), ("HOSPES_GROUP", "voices"), ("HOSPES_PASSPHRASE", SHARED_PASSPHRASE)];
    passes("archive.test.mjs", &hospes, &env).await;
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
