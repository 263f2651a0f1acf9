//! Acceptance (content): partner calendars and HSDS packages come in at the
//! command line; a second import updates rather than duplicates; a broken
//! file, or one with a value publishing would refuse, changes nothing; an
//! export imported into another city exports the same again.

use hospes_tests::accounts::command;
use hospes_tests::fixtures::fixture;
use hospes_tests::{ServerProcess, client, server};
use hospes_sync::content::model::Service;
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
    let (ok, text) = command(dir, &[
        "city", "add", "--slug", slug, "--name", slug, "--time-zone", "Europe/Brussels", "--source-language", "fr",
        "--language", "en",
    ]);
    assert!(ok, "{text}");
}

async fn event_titles(hospes: &ServerProcess) -> Vec<String> {
    let body: Value = reqwest::get(hospes.http_url("/api/v1/cities/liege/fr/events?from=2026-11-30&to=2026-12-31"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut titles: Vec<String> = body["items"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item["item"]["title"]["text"].as_str().unwrap().to_string())
        .collect();
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
    let unsafe_link = PARTNER_CALENDAR.replace("TITLE", "Café piégé").replace("SUMMARY:Forum emploi\r\n", "SUMMARY:Forum emploi\r\nURL:javascript:alert(1)\r\n");
    std::fs::write(&file, unsafe_link).unwrap();
    let (ok, text) = command(dir.path(), &["import-ics", file.to_str().unwrap(), "--city", "liege", "--calendar", "partner"]);
    assert!(!ok, "a calendar with a script link is refused");
    assert!(text.contains("nothing imported") && text.contains("registration_link"), "the error names the field: {text}");

    let hospes = ServerProcess::start(dir.path(), &[]).await;
    assert_eq!(event_titles(&hospes).await, ["Café des langues (nouvelle salle)", "Forum emploi"]);
    let week: Value = reqwest::get(hospes.http_url("/api/v1/cities/liege/fr/events?from=2026-11-30&to=2026-12-31"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
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
    let published = editor
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/publish")))
        .send()
        .await
        .unwrap();
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
