//! Acceptance (content): partner calendars and HSDS packages come in at the
//! command line; a second import updates rather than duplicates; a broken
//! file, or one with a value publishing would refuse, changes nothing; an
//! export imported into another city exports the same again. Acceptance
//! (security, bounded work): a zip bomb and an oversized CSV are refused
//! with an error naming the file and the limit, import nothing, and the
//! command stays within bounded memory.

use hospes_content::model::Service;
use hospes_tests::accounts::command;
use hospes_tests::fixtures::fixture;
use hospes_tests::{ServerProcess, client, server};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const PARTNER_CALENDAR: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Partner (example)//EN\r
BEGIN:VEVENT\r
UID:cafe@partner.example.org\r
DTSTAMP:20261101T090000Z\r
DTSTART;TZID=Europe/Brussels:20261201T180000\r
DTEND;TZID=Europe/Brussels:20261201T200000\r
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T235959Z\r
EXDATE;TZID=Europe/Brussels:20261208T180000\r
SUMMARY:TITLE\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:fair@partner.example.org\r
DTSTAMP:20261101T090000Z\r
DTSTART;TZID=Europe/Brussels:20261210T100000\r
DTEND;TZID=Europe/Brussels:20261210T160000\r
SUMMARY:Forum emploi\r
END:VEVENT\r
END:VCALENDAR\r
";

fn city_add(dir: &std::path::Path, slug: &str) {
    let (ok, text) = command(
        dir,
        &["city", "add", "--slug", slug, "--name", slug, "--time-zone", "Europe/Brussels", "--source-language", "fr", "--language", "en"],
    );
    assert!(ok, "{text}");
}

async fn event_titles(hospes: &ServerProcess) -> Vec<String> {
    let body: Value =
        reqwest::get(hospes.http_url("/api/v1/cities/liege/fr/events?from=2026-11-30&to=2026-12-31")).await.unwrap().json().await.unwrap();
    let mut titles: Vec<String> =
        body["items"].as_object().unwrap().values().map(|item| item["item"]["title"]["text"].as_str().unwrap().to_string()).collect();
    titles.sort();
    titles
}

#[tokio::test]
async fn a_partner_calendar_imports_and_reimports_without_duplicates() {
    let dir = server::data_dir();
    city_add(dir.path(), "liege");
    let file = dir.path().join("partner.ics");
    let import = |title: &str| {
        std::fs::write(&file, PARTNER_CALENDAR.replace("TITLE", title)).unwrap();
        command(dir.path(), &["import-ics", file.to_str().unwrap(), "--city", "liege", "--calendar", "partner", "--language", "fr"])
    };
    let (ok, text) = import("Café des langues");
    assert!(ok, "{text}");
    let (ok, text) = import("Café des langues (nouvelle salle)");
    assert!(ok, "{text}");
    // A broken calendar changes nothing.
    std::fs::write(&file, PARTNER_CALENDAR.replace("RRULE:FREQ=WEEKLY", "RRULE:FREQ=SOMETIMES")).unwrap();
    let (ok, text) = command(dir.path(), &["import-ics", file.to_str().unwrap(), "--city", "liege", "--calendar", "partner"]);
    assert!(!ok, "a broken calendar is refused");
    assert!(text.contains("RRULE") || text.contains("rrule"), "the error names the property: {text}");
    // So does one with a link publishing would refuse, in any of its events.
    let unsafe_link = PARTNER_CALENDAR
        .replace("TITLE", "Café piégé")
        .replace("SUMMARY:Forum emploi\r\n", "SUMMARY:Forum emploi\r\nURL:javascript:alert(1)\r\n");
    std::fs::write(&file, unsafe_link).unwrap();
    let (ok, text) = command(dir.path(), &["import-ics", file.to_str().unwrap(), "--city", "liege", "--calendar", "partner"]);
    assert!(!ok, "a calendar with a script link is refused");
    assert!(text.contains("nothing imported") && text.contains("registration_link"), "the error names the field: {text}");

    let hospes = ServerProcess::start(dir.path(), &[]).await;
    assert_eq!(event_titles(&hospes).await, ["Café des langues (nouvelle salle)", "Forum emploi"]);
    let week: Value =
        reqwest::get(hospes.http_url("/api/v1/cities/liege/fr/events?from=2026-11-30&to=2026-12-31")).await.unwrap().json().await.unwrap();
    // Tuesdays 1, 15 and 22 December (the 8th is cancelled) and the fair.
    assert_eq!(week["occurrences"].as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn an_hsds_export_imports_into_another_city_whole_or_not_at_all() {
    let dir = server::data_dir();
    city_add(dir.path(), "liege");
    city_add(dir.path(), "namur");
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let laptop = client::repo(&editor).await;
    let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let handle = laptop.create(hospes_tests::fixtures::document(&fixture::<Service>("service.json"))).await.unwrap();
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(&editor, &id, json!({ "kind": "service", "city": "liege" })).await, StatusCode::CREATED);
    client::acknowledged(&handle, &link).await;
    let published = editor.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/publish"))).send().await.unwrap();
    assert_eq!(published.status(), StatusCode::OK);
    let export = reqwest::get(hospes.http_url("/api/v1/cities/liege/export/hsds.zip")).await.unwrap().bytes().await.unwrap();
    assert!(hospes.terminate().await.success());

    let package = dir.path().join("liege.zip");
    std::fs::write(&package, &export).unwrap();
    // A broken package is refused whole.
    let broken = dir.path().join("broken.zip");
    std::fs::write(&broken, &export[..export.len() / 2]).unwrap();
    let (ok, _) = command(dir.path(), &["import-hsds", broken.to_str().unwrap(), "--city", "namur"]);
    assert!(!ok);
    let (ok, text) = command(dir.path(), &["import-hsds", package.to_str().unwrap(), "--city", "namur"]);
    assert!(ok, "{text}");
    let out = dir.path().join("namur.zip");
    let (ok, text) = command(dir.path(), &["export-hsds", "--city", "namur", "--out", out.to_str().unwrap()]);
    assert!(ok, "{text}");
    assert!(std::fs::metadata(&out).unwrap().len() > 0);

    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let bundle: Value = reqwest::get(hospes.http_url("/api/v1/cities/namur/fr/bundle")).await.unwrap().json().await.unwrap();
    let items = bundle["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "one service, not duplicated by the broken import");
    assert_eq!(items[0]["item"]["name"]["text"], "Permanence juridique gratuite");
}

/// Runs `hospes args --data dir`: (succeeded, stderr, the process's peak
/// resident memory in bytes).
// The child is reaped by wait4 (which also gives its rusage), not by
// `Child::wait`, which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn command_measured(dir: &std::path::Path, args: &[&str]) -> (bool, String, u64) {
    use std::io::Read;
    let mut child = std::process::Command::new(ServerProcess::binary())
        .args(args)
        .arg("--data")
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the hospes binary runs");
    let mut stderr = String::new();
    child.stderr.take().expect("piped").read_to_string(&mut stderr).expect("readable");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child, with pointers to live values. The
    // child is reaped here, so `child` is not waited on again.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 reaps the import");
    let succeeded = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    // Linux reports ru_maxrss in KiB.
    (succeeded, stderr, usage.ru_maxrss as u64 * 1024)
}

/// A package: `datapackage.json` and each of `files` (HSDS resource
/// name, path) holding `header` then `body` repeated to `size` bytes,
/// written as it is compressed, so the test never holds it.
fn package(path: &std::path::Path, files: &[(&str, &str)], header: &str, body: &[u8], size: u64) {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default().compression_level(Some(9));
    let resources: Vec<Value> = files.iter().map(|(name, path)| json!({ "name": name, "path": path })).collect();
    zip.start_file("datapackage.json", options).unwrap();
    zip.write_all(json!({ "resources": resources }).to_string().as_bytes()).unwrap();
    let chunk: Vec<u8> = body.iter().copied().cycle().take(body.len() * (1 << 20) / body.len()).collect();
    for (_, path) in files {
        zip.start_file(*path, options).unwrap();
        zip.write_all(header.as_bytes()).unwrap();
        let mut written = header.len() as u64;
        while written < size {
            zip.write_all(&chunk).unwrap();
            written += chunk.len() as u64;
        }
    }
    zip.finish().unwrap();
}

#[tokio::test]
async fn a_zip_bomb_and_an_oversized_csv_are_refused_in_bounded_memory() {
    const GIB: u64 = 1 << 30;
    /// Well above what the limits let the import hold (64 MiB of a file;
    /// measured: under 100 MiB for the bomb).
    const MEMORY_BOUND: u64 = 300 << 20;
    let dir = server::data_dir();
    city_add(dir.path(), "liege");

    // 1 GiB in about a megabyte: four files of 256 MiB, each one
    // never-ending quoted cell (so the first row, the header, never ends).
    let bomb = dir.path().join("bomb.zip");
    let files =
        [("organization", "organizations.csv"), ("service", "services.csv"), ("location", "locations.csv"), ("phone", "phones.csv")];
    package(&bomb, &files, "\"", b"a", GIB / 4);
    let size = std::fs::metadata(&bomb).unwrap().len();
    // Small enough that it is opened and decompressed, not refused by size.
    assert!(size < hospes_content::hsds::MAX_ARCHIVE_BYTES / 8, "the bomb is small: {size} bytes");
    let (ok, stderr, peak) = command_measured(dir.path(), &["import-hsds", bomb.to_str().unwrap(), "--city", "liege"]);
    assert!(!ok, "the bomb is refused:\n{stderr}");
    let file_limit = format!("at most {} bytes in one file", hospes_content::hsds::MAX_FILE_BYTES);
    assert!(stderr.contains("organizations.csv") && stderr.contains(&file_limit), "the first file read is refused: {stderr}");
    assert!(peak < MEMORY_BOUND, "hospes import-hsds peaked at {} MiB on the bomb", peak >> 20);

    // A million rows, each well-formed (checked only once all are read).
    let rows = dir.path().join("rows.zip");
    package(&rows, &[("service", "services.csv")], "id,organization_id,name,status\n", b",,,\n", 4_000_000);
    let (ok, stderr, peak) = command_measured(dir.path(), &["import-hsds", rows.to_str().unwrap(), "--city", "liege"]);
    assert!(!ok, "the oversized CSV is refused:\n{stderr}");
    let max_rows = hospes_content::hsds::MAX_ROWS;
    assert!(stderr.contains("services.csv") && stderr.contains(&format!("at most {max_rows} rows")), "{stderr}");
    assert!(stderr.contains(&format!("row {}", max_rows + 2)), "the first row beyond is named: {stderr}");
    assert!(peak < MEMORY_BOUND, "hospes import-hsds peaked at {} MiB on the rows", peak >> 20);

    // An archive larger than a package may be: refused by its length.
    let large = dir.path().join("large.zip");
    std::fs::File::create(&large).unwrap().set_len(hospes_content::hsds::MAX_ARCHIVE_BYTES + 1).unwrap();
    let (ok, stderr, _) = command_measured(dir.path(), &["import-hsds", large.to_str().unwrap(), "--city", "liege"]);
    assert!(!ok && stderr.contains("larger than an HSDS package may be"), "{stderr}");

    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let bundle: Value = reqwest::get(hospes.http_url("/api/v1/cities/liege/fr/bundle")).await.unwrap().json().await.unwrap();
    assert_eq!(bundle["items"], json!([]), "nothing was imported");
}
