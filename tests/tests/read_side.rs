//! Acceptance (content): publishing pins a version; readers see exactly the
//! pinned version, rendered per language with honest fallback (each text
//! says which language it really is in); later edits stay invisible until
//! published again; unpublishing removes the item. The bundle carries the
//! opening hours and event occurrences of the coming weeks, worked out from
//! the pinned versions, and articles marked as notices from the city.

use autosurgeon::reconcile;
use hospes_content::model::{Article, Event, Service, ServiceStatus, Translation};
use hospes_tests::fixtures::{self, fixture};
use hospes_tests::{ServerProcess, User, client, server};
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, ETAG, IF_NONE_MATCH, SET_COOKIE};
use reqwest::{Method, StatusCode};
use samod::{DocHandle, Repo};
use serde_json::{Value, json};

async fn create<T: autosurgeon::Reconcile>(repo: &Repo, value: &T) -> DocHandle {
    repo.create(fixtures::document(value)).await.expect("created")
}

fn edit_name(handle: &DocHandle, name: &str) {
    handle.with_document(|doc| {
        let mut service: Service = autosurgeon::hydrate(&*doc).expect("a service");
        service.name = autosurgeon::Text::with_value(name);
        service.source_revision += 1;
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            reconcile(tx, &service).expect("reconciles");
            Ok(())
        })
        .expect("commits");
    });
}

async fn get(hospes: &ServerProcess, path: &str) -> reqwest::Response {
    let response = reqwest::get(hospes.http_url(path)).await.expect("reachable");
    assert!(!response.headers().contains_key(SET_COOKIE), "readers get no cookie ({path})");
    response
}

/// A server with Liège: French source, English, Arabic, and Ukrainian
/// falling back to English.
async fn liege_in_four_languages(dir: &std::path::Path) -> ServerProcess {
    let hospes = ServerProcess::start(dir, &[]).await;
    hospes.command(&[
        "city",
        "add",
        "--slug",
        "liege",
        "--name",
        "Liège",
        "--time-zone",
        "Europe/Brussels",
        "--source-language",
        "fr",
        "--language",
        "en",
        "--language",
        "ar",
        "--language",
        "uk:en",
    ]);
    hospes
}

async fn publish(hospes: &ServerProcess, editor: &User, id: &str) {
    let response =
        editor.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/publish"))).send().await.expect("reachable");
    assert_eq!(response.status(), StatusCode::OK, "{}", response.text().await.unwrap_or_default());
}

/// The heads readers see of `id`, as the editor's list of documents says
/// (the editing app marks drafts by them).
async fn listed_published_heads(hospes: &ServerProcess, editor: &User, id: &str) -> Value {
    let listed: Value = editor
        .request(Method::GET, &hospes.http_url("/api/v1/cities/liege/documents"))
        .send()
        .await
        .expect("reachable")
        .json()
        .await
        .expect("JSON");
    listed.as_array().expect("a list").iter().find(|entry| entry["documentId"] == id).expect("listed")["publishedHeads"].clone()
}

#[tokio::test]
async fn readers_see_exactly_the_pinned_version_with_honest_fallback() {
    let dir = server::data_dir();
    let hospes = liege_in_four_languages(dir.path()).await;
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let translator = hospes.add_user("tarek", "liege", "translator", &["--lang", "ar"]).await;

    // The editor writes the service; the translator its Arabic.
    let laptop = client::repo(&editor).await;
    let laptop_link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let service: Service = fixture("service.json");
    let handle = create(&laptop, &service).await;
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(&editor, &id, json!({ "kind": "service", "city": "liege" })).await, StatusCode::CREATED);
    client::acknowledged(&handle, &laptop_link).await;

    let phone = client::repo(&translator).await;
    let phone_link = client::connect(&phone, &hospes.sync_url(), &translator).await;
    let mut arabic: Translation = fixture("translation.json");
    arabic.item = id.clone();
    let arabic_handle = create(&phone, &arabic).await;
    let class = json!({ "kind": "translation", "city": "liege", "language": "ar", "item": id });
    assert_eq!(hospes.register(&translator, &arabic_handle.document_id().to_string(), class).await, StatusCode::CREATED);
    client::acknowledged(&arabic_handle, &phone_link).await;

    // Nothing is public before publishing.
    assert_eq!(get(&hospes, &format!("/api/v1/cities/liege/ar/items/{id}")).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(listed_published_heads(&hospes, &editor, &id).await, Value::Null);
    publish(&hospes, &editor, &id).await;
    let pinned: Value = editor
        .request(Method::GET, &hospes.http_url(&format!("/api/v1/documents/{id}/publication")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed_published_heads(&hospes, &editor, &id).await, pinned["heads"], "the list names the pinned heads");

    let city: Value = get(&hospes, "/api/v1/cities/liege").await.json().await.unwrap();
    let ar = city["languages"].as_array().unwrap().iter().find(|l| l["tag"] == "ar").expect("Arabic offered");
    assert_eq!(ar["direction"], "rtl");
    assert_eq!(ar["name"], "العربية");

    // Arabic where translated, French (the real language) where not.
    let in_arabic: Value = get(&hospes, &format!("/api/v1/cities/liege/ar/items/{id}")).await.json().await.unwrap();
    assert_eq!(in_arabic["item"]["name"], json!({ "text": "استشارة قانونية مجانية", "lang": "ar" }));
    assert_eq!(in_arabic["item"]["locations"][0]["accessibility"]["lang"], "ar");
    assert_eq!(in_arabic["item"]["eligibility"], json!({ "text": "Toute personne vivant dans la ville.", "lang": "fr" }));
    // Ukrainian falls back through English (absent) to French.
    let in_ukrainian: Value = get(&hospes, &format!("/api/v1/cities/liege/uk/items/{id}")).await.json().await.unwrap();
    assert_eq!(in_ukrainian["item"]["name"], json!({ "text": "Permanence juridique gratuite", "lang": "fr" }));

    // Edits after publishing stay invisible...
    edit_name(&handle, "Permanence juridique (nouvel horaire)");
    client::acknowledged(&handle, &laptop_link).await;
    let bundle = get(&hospes, "/api/v1/cities/liege/fr/bundle").await;
    let etag = bundle.headers()[ETAG].clone();
    let bundle: Value = bundle.json().await.unwrap();
    assert_eq!(bundle["items"][0]["item"]["name"]["text"], "Permanence juridique gratuite");
    let unchanged = reqwest::Client::new()
        .get(hospes.http_url("/api/v1/cities/liege/fr/bundle"))
        .header(IF_NONE_MATCH, etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(unchanged.status(), StatusCode::NOT_MODIFIED, "nothing changed for readers");

    // ... until published again.
    publish(&hospes, &editor, &id).await;
    let republished =
        reqwest::Client::new().get(hospes.http_url("/api/v1/cities/liege/fr/bundle")).header(IF_NONE_MATCH, etag).send().await.unwrap();
    assert_eq!(republished.status(), StatusCode::OK);
    let bundle: Value = republished.json().await.unwrap();
    assert_eq!(bundle["items"][0]["item"]["name"]["text"], "Permanence juridique (nouvel horaire)");
    // The Arabic translation was made from an older revision: still shown,
    // still marked Arabic (its status for editors is "outdated").
    let in_arabic: Value = get(&hospes, &format!("/api/v1/cities/liege/ar/items/{id}")).await.json().await.unwrap();
    assert_eq!(in_arabic["item"]["name"]["lang"], "ar");

    // Unpublishing removes it everywhere on the read side.
    let unpublished = editor.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/unpublish"))).send().await.unwrap();
    assert_eq!(unpublished.status(), StatusCode::NO_CONTENT);
    assert_eq!(listed_published_heads(&hospes, &editor, &id).await, Value::Null);
    assert_eq!(get(&hospes, &format!("/api/v1/cities/liege/fr/items/{id}")).await.status(), StatusCode::NOT_FOUND);
    let bundle: Value = get(&hospes, "/api/v1/cities/liege/ar/bundle").await.json().await.unwrap();
    assert_eq!(bundle["items"], json!([]));
}

#[tokio::test]
async fn unknown_cities_and_languages_are_named() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let cities: Value = get(&hospes, "/api/v1/cities").await.json().await.unwrap();
    assert_eq!(cities[0]["slug"], "sample-city");
    let unknown_language = get(&hospes, "/api/v1/cities/sample-city/ti/bundle").await;
    assert_eq!(unknown_language.status(), StatusCode::NOT_FOUND);
    let body: Value = unknown_language.json().await.unwrap();
    assert_eq!(body["error"], "unknown_language");
    assert!(body["message"].as_str().unwrap().contains("ti"));
    let unknown_city = get(&hospes, "/api/v1/cities/atlantis/en/bundle").await;
    assert_eq!(unknown_city.status(), StatusCode::NOT_FOUND);
    let body: Value = unknown_city.json().await.unwrap();
    assert_eq!(body["error"], "unknown_city");
}

fn edit_event_title(handle: &DocHandle, title: &str) {
    handle.with_document(|doc| {
        let mut event: Event = autosurgeon::hydrate(&*doc).expect("an event");
        // A whole new text: autosurgeon's `Text::update` splices at byte
        // offsets, which Automerge (counting code points) rejects once the
        // text holds non-ASCII characters such as "é".
        event.title = autosurgeon::Text::with_value(title);
        event.source_revision += 1;
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            autosurgeon::reconcile(tx, &event).expect("reconciles");
            Ok(())
        })
        .expect("commits");
    });
}

/// The SUMMARY lines of a calendar, read by the independent `ical` parser.
fn summaries(ics: &str) -> Vec<String> {
    let calendar = ical::IcalParser::new(ics.as_bytes()).next().expect("one calendar").expect("the feed parses");
    calendar
        .events
        .iter()
        .flat_map(|event| event.properties.iter())
        .filter(|property| property.name == "SUMMARY")
        .filter_map(|property| property.value.clone())
        .collect()
}

/// The service names in an HSDS export.
fn exported_service_names(zip_bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes)).expect("a zip");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("services.csv").expect("services.csv"), &mut csv).expect("UTF-8");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let name = reader.headers().unwrap().iter().position(|h| h == "name").expect("a name column");
    reader.records().map(|r| r.unwrap()[name].to_string()).collect()
}

/// A city with an editor who has published the fixture event and service.
struct Published {
    hospes: ServerProcess,
    editor: User,
    _laptop: Repo,
    link: samod::DialerHandle<tokio_tungstenite::tungstenite::Error>,
    event: DocHandle,
    service: DocHandle,
}

async fn published_event_and_service(dir: &std::path::Path) -> Published {
    let hospes = ServerProcess::start(dir, &[]).await;
    hospes.command(&[
        "city",
        "add",
        "--slug",
        "liege",
        "--name",
        "Liège",
        "--time-zone",
        "Europe/Brussels",
        "--source-language",
        "fr",
        "--language",
        "en",
    ]);
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let laptop = client::repo(&editor).await;
    let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let event = create(&laptop, &fixture::<Event>("event.json")).await;
    let service = create(&laptop, &fixture::<Service>("service.json")).await;
    for (handle, kind) in [(&event, "event"), (&service, "service")] {
        let id = handle.document_id().to_string();
        assert_eq!(hospes.register(&editor, &id, json!({ "kind": kind, "city": "liege" })).await, StatusCode::CREATED);
        client::acknowledged(handle, &link).await;
        publish(&hospes, &editor, &id).await;
    }
    Published { hospes, editor, _laptop: laptop, link, event, service }
}

#[tokio::test]
async fn events_feed_and_export_show_only_pinned_versions() {
    let dir = server::data_dir();
    let Published { hospes, editor, link, event, service, .. } = published_event_and_service(dir.path()).await;

    // The weekly Tuesday 18:00 café, across the end of summer time, without
    // the cancelled 10 November.
    let week: Value = get(&hospes, "/api/v1/cities/liege/en/events?from=2026-10-20&to=2026-11-18").await.json().await.unwrap();
    let starts: Vec<&str> = week["occurrences"].as_array().unwrap().iter().map(|o| o["start"].as_str().unwrap()).collect();
    assert_eq!(
        starts,
        ["2026-10-20T18:00:00+02:00", "2026-10-27T18:00:00+01:00", "2026-11-03T18:00:00+01:00", "2026-11-17T18:00:00+01:00"]
    );
    let id = event.document_id().to_string();
    assert_eq!(week["items"][&id]["item"]["title"], json!({ "text": "Café des langues", "lang": "fr" }));
    let bad = get(&hospes, "/api/v1/cities/liege/en/events?from=yesterday").await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(bad.json::<Value>().await.unwrap()["message"].as_str().unwrap().starts_with("from:"));

    let feed = get(&hospes, "/feeds/liege/en/events.ics").await.text().await.unwrap();
    assert_eq!(summaries(&feed), ["Café des langues"]);
    assert!(feed.contains("RRULE:FREQ=WEEKLY;BYDAY=TU"), "{feed}");
    assert!(feed.contains("EXDATE;TZID=Europe/Brussels:20261110T180000"), "{feed}");
    let export = get(&hospes, "/api/v1/cities/liege/export/hsds.zip").await.bytes().await.unwrap();
    assert_eq!(exported_service_names(&export), ["Permanence juridique gratuite"]);

    // Edits stay out of the feed and the export until published again.
    edit_event_title(&event, "Café des langues (nouvelle salle)");
    edit_name(&service, "Permanence juridique (nouvel horaire)");
    client::acknowledged(&event, &link).await;
    client::acknowledged(&service, &link).await;
    let feed = get(&hospes, "/feeds/liege/en/events.ics").await.text().await.unwrap();
    assert_eq!(summaries(&feed), ["Café des langues"]);
    let export = get(&hospes, "/api/v1/cities/liege/export/hsds.zip").await.bytes().await.unwrap();
    assert_eq!(exported_service_names(&export), ["Permanence juridique gratuite"]);
    publish(&hospes, &editor, &id).await;
    publish(&hospes, &editor, &service.document_id().to_string()).await;
    let feed = get(&hospes, "/feeds/liege/en/events.ics").await.text().await.unwrap();
    assert_eq!(summaries(&feed), ["Café des langues (nouvelle salle)"]);
    let export = get(&hospes, "/api/v1/cities/liege/export/hsds.zip").await.bytes().await.unwrap();
    assert_eq!(exported_service_names(&export), ["Permanence juridique (nouvel horaire)"]);

    // Unpublished: gone from both.
    for handle in [&event, &service] {
        let unpublish = editor
            .request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{}/unpublish", handle.document_id())))
            .send()
            .await
            .unwrap();
        assert_eq!(unpublish.status(), StatusCode::NO_CONTENT);
    }
    let feed = get(&hospes, "/feeds/liege/en/events.ics").await.text().await.unwrap();
    assert!(summaries(&feed).is_empty());
    let export = get(&hospes, "/api/v1/cities/liege/export/hsds.zip").await.bytes().await.unwrap();
    assert!(exported_service_names(&export).is_empty());
}

async fn search(hospes: &ServerProcess, language: &str, query: &str) -> Vec<String> {
    let url =
        reqwest::Url::parse_with_params(&hospes.http_url(&format!("/api/v1/cities/liege/{language}/search")), &[("q", query)]).unwrap();
    let response = reqwest::get(url).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "searching {query:?}");
    let body: Value = response.json().await.unwrap();
    body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| format!("{}:{}", result["item"]["name"]["lang"].as_str().unwrap(), result["id"].as_str().unwrap()))
        .collect()
}

#[tokio::test]
async fn search_finds_arabic_and_ukrainian_ignoring_diacritics_and_only_what_is_published() {
    let dir = server::data_dir();
    let hospes = liege_in_four_languages(dir.path()).await;
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let laptop = client::repo(&editor).await;
    let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let service = create(&laptop, &fixture::<Service>("service.json")).await;
    let id = service.document_id().to_string();
    assert_eq!(hospes.register(&editor, &id, json!({ "kind": "service", "city": "liege" })).await, StatusCode::CREATED);
    client::acknowledged(&service, &link).await;
    for (language, name) in [("ar", None), ("uk", Some("Безкоштовна юридична консультація"))] {
        let mut translation: Translation = fixture("translation.json");
        translation.item = id.clone();
        translation.language = language.to_string();
        if let Some(name) = name {
            translation.fields = [("name".to_string(), autosurgeon::Text::with_value(name))].into();
        }
        let handle = create(&laptop, &translation).await;
        let class = json!({ "kind": "translation", "city": "liege", "language": language, "item": id });
        assert_eq!(hospes.register(&editor, &handle.document_id().to_string(), class).await, StatusCode::CREATED);
        client::acknowledged(&handle, &link).await;
    }

    assert!(search(&hospes, "fr", "juridique").await.is_empty(), "nothing before publishing");
    publish(&hospes, &editor, &id).await;

    // Arabic with a shadda the text does not have, and without.
    assert_eq!(search(&hospes, "ar", "قانونيّة").await, [format!("ar:{id}")]);
    assert_eq!(search(&hospes, "ar", "استشارة مجانية").await, [format!("ar:{id}")]);
    // Ukrainian, in capitals; the result is rendered in Ukrainian.
    assert_eq!(search(&hospes, "uk", "ЮРИДИЧНА").await, [format!("uk:{id}")]);
    // French accents ignored; a French search in another language still
    // finds the item, rendered in that language.
    assert_eq!(search(&hospes, "fr", "sejour asile").await, [format!("fr:{id}")]);
    assert_eq!(search(&hospes, "ar", "sejour").await, [format!("ar:{id}")]);

    // An unpublished edit is not searchable; unpublishing removes the item.
    edit_name(&service, "Permanence juridique Zanzibar");
    client::acknowledged(&service, &link).await;
    assert!(search(&hospes, "fr", "zanzibar").await.is_empty());
    let unpublish = editor.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/unpublish"))).send().await.unwrap();
    assert_eq!(unpublish.status(), StatusCode::NO_CONTENT);
    assert!(search(&hospes, "fr", "juridique").await.is_empty());

    let empty = reqwest::get(hospes.http_url("/api/v1/cities/liege/fr/search?q=%20")).await.unwrap();
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn items_carry_schema_org_json_ld() {
    let dir = server::data_dir();
    let Published { hospes, event, service, .. } = published_event_and_service(dir.path()).await;
    let hospes = &hospes;
    let item = |id: String| async move { get(hospes, &format!("/api/v1/cities/liege/fr/items/{id}")).await.json::<Value>().await.unwrap() };
    let event = item(event.document_id().to_string()).await;
    assert_eq!(event["json_ld"]["@type"], "Event");
    assert_eq!(event["json_ld"]["name"], "Café des langues");
    assert_eq!(event["json_ld"]["location"]["@type"], "Place");
    let service = item(service.document_id().to_string()).await;
    assert_eq!(service["json_ld"]["@type"], "Service");
    assert_eq!(service["json_ld"]["availableChannel"][0]["serviceLocation"]["geo"]["latitude"], 50.5);
}

/// A local date, as days since 1970-01-01 (the tests crate has no date
/// library; the calendar's window follows the real date, so test content is
/// placed relative to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Day(i64);

impl Day {
    fn parse(value: &str) -> Day {
        let parts: Vec<i64> = value.split('-').map(|part| part.parse().expect("a YYYY-MM-DD date")).collect();
        let (y, m, d) = (parts[0], parts[1], parts[2]);
        // Howard Hinnant's days_from_civil.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        Day(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468)
    }

    fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// 0 for Monday.
    fn weekday(self) -> i64 {
        (self.0 + 3).rem_euclid(7)
    }

    /// `YYYY-MM-DDTHH:MM` at `time`.
    fn at(self, time: &str) -> String {
        format!("{self}T{time}")
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[test]
fn days_count_like_the_calendar() {
    assert_eq!(Day::parse("1970-01-01"), Day(0));
    assert_eq!(Day::parse("2026-11-22").weekday(), 6, "a Sunday");
    assert_eq!(Day::parse("2026-12-31").plus(60).to_string(), "2027-03-01");
    assert_eq!(Day::parse("2028-02-28").plus(1).to_string(), "2028-02-29");
}

/// Liège (French, English) with an editor connected over sync.
struct CalendarCity {
    hospes: ServerProcess,
    editor: User,
    laptop: Repo,
    link: samod::DialerHandle<tokio_tungstenite::tungstenite::Error>,
}

impl CalendarCity {
    async fn start(dir: &std::path::Path) -> CalendarCity {
        let hospes = ServerProcess::start(dir, &[]).await;
        hospes.command(&[
            "city",
            "add",
            "--slug",
            "liege",
            "--name",
            "Liège",
            "--time-zone",
            "Europe/Brussels",
            "--source-language",
            "fr",
            "--language",
            "en",
        ]);
        let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
        let laptop = client::repo(&editor).await;
        let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
        CalendarCity { hospes, editor, laptop, link }
    }

    /// Creates, registers and syncs an item (or a translation of `item`);
    /// publishes it if asked.
    async fn add<T: autosurgeon::Reconcile>(&self, class: Value, value: &T, publish_it: bool) -> DocHandle {
        let handle = create(&self.laptop, value).await;
        let id = handle.document_id().to_string();
        assert_eq!(self.hospes.register(&self.editor, &id, class).await, StatusCode::CREATED);
        client::acknowledged(&handle, &self.link).await;
        if publish_it {
            publish(&self.hospes, &self.editor, &id).await;
        }
        handle
    }

    async fn bundle(&self) -> (Value, reqwest::header::HeaderValue) {
        let response = get(&self.hospes, "/api/v1/cities/liege/en/bundle").await;
        assert_eq!(response.status(), StatusCode::OK);
        let etag = response.headers()[ETAG].clone();
        (response.json().await.unwrap(), etag)
    }

    /// The city's today, by the calendar's window (which starts yesterday).
    async fn today(&self) -> Day {
        let (bundle, _) = self.bundle().await;
        Day::parse(bundle["calendar"]["from"].as_str().expect("the bundle has a calendar")).plus(1)
    }
}

fn edit<T: autosurgeon::Hydrate + autosurgeon::Reconcile>(handle: &DocHandle, change: impl FnOnce(&mut T)) {
    handle.with_document(|doc| {
        let mut value: T = autosurgeon::hydrate(&*doc).expect("hydrates");
        change(&mut value);
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            reconcile(tx, &value).expect("reconciles");
            Ok(())
        })
        .expect("commits");
    });
}

/// The fixture service with one schedule.
fn service_open(rrule: &str, opens_at: &str, closes_at: &str, closed_dates: &[String]) -> Service {
    let mut service: Service = fixture("service.json");
    let schedule = &mut service.schedules[0];
    schedule.rrule = rrule.into();
    schedule.opens_at = opens_at.into();
    schedule.closes_at = closes_at.into();
    schedule.valid_from = None;
    schedule.closed_dates = closed_dates.to_vec();
    service
}

/// The fixture event, weekly from `first` at 10:00 to 12:00, without the
/// occurrence on `skipped`.
fn weekly_event(first: Day, skipped: Day) -> Event {
    let mut event: Event = fixture("event.json");
    event.start = first.at("10:00");
    event.end = first.at("12:00");
    event.rrule = Some("FREQ=WEEKLY".into());
    event.exdates = vec![skipped.at("10:00")];
    event
}

fn openings_of<'a>(calendar: &'a Value, id: &DocHandle) -> &'a Vec<Value> {
    calendar["openings"][id.document_id().to_string()].as_array().expect("the service has a list of openings")
}

fn occurrences_of(calendar: &Value, id: &DocHandle) -> Vec<(String, String, bool)> {
    let id = id.document_id().to_string();
    calendar["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["id"] == id.as_str())
        .map(|o| (o["start"].as_str().unwrap().to_string(), o["end"].as_str().unwrap().to_string(), o["cancelled"].as_bool().unwrap()))
        .collect()
}

#[tokio::test]
async fn the_bundle_calendar_has_opening_hours_and_occurrences() {
    let dir = server::data_dir();
    let city = CalendarCity::start(dir.path()).await;
    let today = city.today().await;
    let service = json!({ "kind": "service", "city": "liege" });
    let event = json!({ "kind": "event", "city": "liege" });

    // Walk-in Monday, Wednesday and Friday mornings, closed on a Wednesday
    // next week or the week after.
    let holiday = (8..15).map(|n| today.plus(n)).find(|day| day.weekday() == 2).unwrap();
    let legal =
        city.add(service.clone(), &service_open("FREQ=WEEKLY;BYDAY=MO,WE,FR", "09:00", "13:00", &[holiday.to_string()]), true).await;
    // A night shelter: every evening until the next morning.
    let shelter = city.add(service.clone(), &service_open("FREQ=DAILY", "19:00", "08:00", &[]), true).await;
    let mut closed = service_open("FREQ=DAILY", "09:00", "17:00", &[]);
    closed.status = ServiceStatus::Closed;
    let closed = city.add(service.clone(), &closed, true).await;
    let unpublished = city.add(service, &service_open("FREQ=DAILY", "09:00", "17:00", &[]), false).await;
    // A weekly event with one occurrence cancelled, and a cancelled event.
    let (first, skipped) = (today.plus(2), today.plus(16));
    let weekly = city.add(event.clone(), &weekly_event(first, skipped), true).await;
    let mut called_off: Event = fixture("event.json");
    (called_off.start, called_off.end, called_off.rrule, called_off.cancelled) =
        (today.plus(5).at("14:00"), today.plus(5).at("15:30"), None, true);
    let called_off = city.add(event, &called_off, true).await;

    let (bundle, _) = city.bundle().await;
    let calendar = &bundle["calendar"];
    assert_eq!(calendar["time_zone"], "Europe/Brussels");
    // The window, read back from the bundle (so that this test holds even
    // if the city's date turned over since `today`).
    let from = Day::parse(calendar["from"].as_str().unwrap());
    let to = Day::parse(calendar["to"].as_str().unwrap());
    let occurrences_to = Day::parse(calendar["occurrences_to"].as_str().unwrap());
    assert_eq!((to.0 - from.0, occurrences_to.0 - from.0), (36, 91), "yesterday to 35 and 90 days ahead");

    let expected: Vec<Value> = (from.0..=to.0)
        .map(Day)
        .filter(|day| [0, 2, 4].contains(&day.weekday()) && *day != holiday)
        .map(|day| json!([day.at("09:00"), day.at("13:00"), false]))
        .collect();
    assert_eq!(openings_of(calendar, &legal), &expected);
    let nights = openings_of(calendar, &shelter);
    assert_eq!(nights.len() as i64, to.0 - from.0 + 1, "one opening a night");
    assert_eq!(nights[0], json!([from.at("19:00"), from.plus(1).at("08:00"), false]), "open past midnight");
    assert!(openings_of(calendar, &closed).is_empty());
    assert!(calendar["openings"].get(unpublished.document_id().to_string()).is_none());

    let expected: Vec<(String, String, bool)> = (0..)
        .map(|week| first.plus(7 * week))
        .take_while(|day| *day <= occurrences_to)
        .filter(|day| *day >= from)
        .map(|day| (day.at("10:00"), day.at("12:00"), day == skipped))
        .collect();
    assert_eq!(expected.len(), 13);
    assert_eq!(occurrences_of(calendar, &weekly), expected, "weekly, the EXDATE one flagged cancelled");
    assert_eq!(occurrences_of(calendar, &called_off), [(today.plus(5).at("14:00"), today.plus(5).at("15:30"), true)]);
    let starts: Vec<&str> = calendar["occurrences"].as_array().unwrap().iter().map(|o| o["start"].as_str().unwrap()).collect();
    assert!(starts.is_sorted(), "occurrences come in order of start: {starts:?}");
}

#[tokio::test]
async fn the_calendar_changes_only_when_republished() {
    let dir = server::data_dir();
    let city = CalendarCity::start(dir.path()).await;
    let today = city.today().await;
    let service = city.add(json!({ "kind": "service", "city": "liege" }), &service_open("FREQ=DAILY", "09:00", "13:00", &[]), true).await;
    let event = city.add(json!({ "kind": "event", "city": "liege" }), &weekly_event(today.plus(3), today.plus(10)), true).await;
    let (before, etag) = city.bundle().await;
    assert!(openings_of(&before["calendar"], &service).iter().all(|o| o[1].as_str().unwrap().ends_with("T13:00")));
    assert!(!occurrences_of(&before["calendar"], &event).is_empty());

    // Edits: longer hours, the event cancelled.
    edit(&service, |service: &mut Service| service.schedules[0].closes_at = "17:00".into());
    edit(&event, |event: &mut Event| event.cancelled = true);
    client::acknowledged(&service, &city.link).await;
    client::acknowledged(&event, &city.link).await;
    let revalidated = reqwest::Client::new()
        .get(city.hospes.http_url("/api/v1/cities/liege/en/bundle"))
        .header(IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED, "nothing changed for readers");
    let (unchanged, _) = city.bundle().await;
    assert_eq!(unchanged["calendar"], before["calendar"]);

    publish(&city.hospes, &city.editor, &service.document_id().to_string()).await;
    publish(&city.hospes, &city.editor, &event.document_id().to_string()).await;
    let (after, _) = city.bundle().await;
    let hours = openings_of(&after["calendar"], &service);
    assert!(!hours.is_empty() && hours.iter().all(|o| o[1].as_str().unwrap().ends_with("T17:00")), "{hours:?}");
    let occurrences = occurrences_of(&after["calendar"], &event);
    assert!(!occurrences.is_empty() && occurrences.iter().all(|(_, _, cancelled)| *cancelled), "{occurrences:?}");
}

#[tokio::test]
async fn notices_from_the_city_reach_the_bundle() {
    let dir = server::data_dir();
    let city = CalendarCity::start(dir.path()).await;
    let mut notice: Article = fixture("article.json");
    notice.notice_until = Some("2027-03-31".into());
    let notice = city.add(json!({ "kind": "article", "city": "liege" }), &notice, true).await;
    let normal = city.add(json!({ "kind": "article", "city": "liege" }), &fixture::<Article>("article.json"), true).await;
    let (bundle, _) = city.bundle().await;
    let item = |handle: &DocHandle| {
        let id = handle.document_id().to_string();
        bundle["items"].as_array().unwrap().iter().find(|item| item["id"] == id.as_str()).cloned().expect("published")
    };
    assert_eq!(item(&notice)["item"]["notice_until"], "2027-03-31");
    assert_eq!(item(&normal)["item"]["notice_until"], Value::Null);
}

#[tokio::test]
async fn the_demo_city_has_a_notice_and_opening_hours() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let bundle: Value = get(&hospes, "/api/v1/cities/sample-city/uk/bundle").await.json().await.unwrap();
    let notices: Vec<&Value> = bundle["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["kind"] == "article" && item["item"]["notice_until"].is_string())
        .collect();
    assert_eq!(notices.len(), 1, "the winter plan");
    assert_eq!(notices[0]["item"]["title"]["lang"], "uk");
    let openings = bundle["calendar"]["openings"].as_object().unwrap();
    assert!(openings.values().any(|list| !list.as_array().unwrap().is_empty()), "the demo services have hours");
}

/// Arabic search finds a word with or without its article, and behind the
/// prefixes و, ب and ل (issue 17, finding 4): in the demo's Arabic guide
/// each form finds the same items, and some.
#[tokio::test]
async fn arabic_search_finds_words_with_and_without_the_article() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    for city in ["sample-city", "sample-town"] {
        let found = |query: &'static str| {
            let hospes = &hospes;
            async move {
                let url = reqwest::Url::parse_with_params(&hospes.http_url(&format!("/api/v1/cities/{city}/ar/search")), &[("q", query)])
                    .unwrap();
                let body: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
                let mut ids: Vec<String> =
                    body["results"].as_array().unwrap().iter().map(|result| result["id"].as_str().unwrap().to_string()).collect();
                ids.sort();
                ids
            }
        };
        for forms in [["الشتاء", "شتاء", "والشتاء", "بالشتاء"], ["المدرسة", "مدرسة", "بالمدرسة", "للمدرسة"]]
        {
            let with_article = found(forms[0]).await;
            assert!(!with_article.is_empty(), "{city}: {:?} finds something", forms[0]);
            for form in &forms[1..] {
                assert_eq!(found(form).await, with_article, "{city}: {form:?} finds what {:?} finds", forms[0]);
            }
        }
    }
}

#[tokio::test]
async fn one_event_as_an_ics_file() {
    let dir = server::data_dir();
    let city = CalendarCity::start(dir.path()).await;
    let today = city.today().await;
    let event = city.add(json!({ "kind": "event", "city": "liege" }), &weekly_event(today.plus(3), today.plus(10)), true).await;
    let id = event.document_id().to_string();
    let mut english: Translation = fixture("translation.json");
    english.item = id.clone();
    english.language = "en".into();
    english.fields = [("title".to_string(), autosurgeon::Text::with_value("Language café"))].into();
    let class = json!({ "kind": "translation", "city": "liege", "language": "en", "item": id });
    city.add(class, &english, false).await;
    publish(&city.hospes, &city.editor, &id).await;

    let response = get(&city.hospes, &format!("/feeds/liege/en/events/{id}.ics")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "text/calendar; charset=utf-8");
    assert_eq!(response.headers()[CONTENT_DISPOSITION], "attachment; filename=\"language-cafe.ics\"");
    let ics = response.text().await.unwrap();
    assert_eq!(summaries(&ics), ["Language café"]);
    assert!(ics.contains("RRULE:FREQ=WEEKLY"), "{ics}");
    let exdate = format!("EXDATE;TZID=Europe/Brussels:{}T100000", today.plus(10).to_string().replace('-', ""));
    assert!(ics.contains(&exdate), "{ics}");
    // French: the source text.
    let french = get(&city.hospes, &format!("/feeds/liege/fr/events/{id}.ics")).await.text().await.unwrap();
    assert_eq!(summaries(&french), ["Café des langues"]);

    // Unpublished, unknown, or not an .ics name: 404.
    let draft = city.add(json!({ "kind": "event", "city": "liege" }), &weekly_event(today.plus(3), today.plus(10)), false).await;
    for path in [
        format!("/feeds/liege/en/events/{}.ics", draft.document_id()),
        "/feeds/liege/en/events/not-a-document.ics".to_string(),
        format!("/feeds/liege/en/events/{id}"),
        format!("/feeds/atlantis/en/events/{id}.ics"),
    ] {
        assert_eq!(get(&city.hospes, &path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

/// The editing app shows a draft against what readers see: it asks which
/// version is pinned. Anyone who may read the document may ask; nobody else
/// learns that it exists.
#[tokio::test]
async fn editors_can_ask_which_version_readers_see() {
    let dir = server::data_dir();
    let hospes = liege_in_four_languages(dir.path()).await;
    hospes.command(&["city", "add", "--slug", "namur", "--name", "Namur", "--time-zone", "Europe/Brussels", "--source-language", "fr"]);
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let translator = hospes.add_user("tarek", "liege", "translator", &["--lang", "ar"]).await;
    let elsewhere = hospes.add_user("nora", "namur", "editor", &[]).await;

    let laptop = client::repo(&editor).await;
    let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let handle = create(&laptop, &fixture::<Service>("service.json")).await;
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(&editor, &id, json!({ "kind": "service", "city": "liege" })).await, StatusCode::CREATED);
    client::acknowledged(&handle, &link).await;

    let ask = |user: &User| user.request(Method::GET, &hospes.http_url(&format!("/api/v1/documents/{id}/publication"))).send();
    let before: Value = ask(&editor).await.unwrap().json().await.unwrap();
    assert_eq!(before, json!({ "published": false }));

    publish(&hospes, &editor, &id).await;
    let pinned: Vec<String> = handle.with_document(|doc| doc.get_heads().iter().map(ToString::to_string).collect());
    edit_name(&handle, "A draft readers do not see");
    client::acknowledged(&handle, &link).await;

    for reader_of_it in [&editor, &translator] {
        let answer: Value = ask(reader_of_it).await.unwrap().json().await.unwrap();
        assert_eq!(answer["published"], true);
        assert_eq!(answer["heads"], json!(pinned), "the pinned heads, not the draft's");
        assert_eq!(answer["publishedBy"], "elif");
        assert!(answer["publishedAt"].as_str().is_some_and(|at| at.ends_with('Z')), "{answer}");
    }
    assert_eq!(ask(&elsewhere).await.unwrap().status(), StatusCode::NOT_FOUND, "another city's editor");
    let anonymous = reqwest::get(hospes.http_url(&format!("/api/v1/documents/{id}/publication"))).await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED, "readers have no business here");
}

/// The city document is read live, and editors write it from their phones:
/// a write the model cannot read must not take the city's guide down.
#[tokio::test]
async fn a_city_document_that_does_not_read_falls_back_to_its_newest_readable_version() {
    use automerge::transaction::Transactable;
    use automerge::{ObjType, ROOT, ReadDoc};

    let dir = server::data_dir();
    let hospes = liege_in_four_languages(dir.path()).await;
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let listed: Value =
        editor.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/documents")).send().await.unwrap().json().await.unwrap();
    let city_id = listed.as_array().unwrap().iter().find(|d| d["kind"] == "city").expect("the city document")["documentId"]
        .as_str()
        .unwrap()
        .to_string();

    let laptop = client::repo(&editor).await;
    let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let handle = tokio::time::timeout(std::time::Duration::from_secs(10), laptop.find(city_id.parse().unwrap()))
        .await
        .expect("found in time")
        .expect("the repo runs")
        .expect("the editor may read the city");
    // A direction the model does not know, and the languages' list made a map.
    handle.with_document(|doc| {
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            let (_, languages) = tx.get(ROOT, "languages")?.expect("languages");
            let (_, first) = tx.get(&languages, 0)?.expect("a language");
            tx.put(&first, "direction", "sideways")?;
            tx.put_object(ROOT, "categories", ObjType::Map)?;
            Ok(())
        })
        .expect("commits");
    });
    client::acknowledged(&handle, &link).await;

    let city = get(&hospes, "/api/v1/cities/liege").await;
    assert_eq!(city.status(), StatusCode::OK, "the guide stays up");
    let city: Value = city.json().await.unwrap();
    assert_eq!(city["languages"][0]["direction"], "ltr", "the newest version that reads");
    assert!(city["categories"].as_array().is_some_and(|c| !c.is_empty()));
    assert_eq!(get(&hospes, "/api/v1/cities/liege/ar/bundle").await.status(), StatusCode::OK);
    assert_eq!(
        hospes.log().matches("the city document does not read").count(),
        1,
        "the log says so, once for this version, not once per request"
    );
}

/// The bundle's ETag comes from a counter that every publish and unpublish
/// bumps, plus the city document's heads and the city's date: a phone
/// revalidating gets 304 (no rendering) until readers would see something
/// else, and then the new bundle.
#[tokio::test]
async fn the_bundles_etag_changes_with_what_readers_see_and_only_then() {
    let dir = server::data_dir();
    let city = CalendarCity::start(dir.path()).await;
    let service = city.add(json!({ "kind": "service", "city": "liege" }), &fixture::<Service>("service.json"), true).await;
    let id = service.document_id().to_string();
    let revalidate = |etag: reqwest::header::HeaderValue| {
        let url = city.hospes.http_url("/api/v1/cities/liege/en/bundle");
        async move { reqwest::Client::new().get(url).header(IF_NONE_MATCH, etag).send().await.unwrap() }
    };
    let listed = |bundle: &Value| bundle["items"].as_array().unwrap().iter().any(|item| item["id"] == id.as_str());

    let (first, published) = city.bundle().await;
    assert!(listed(&first));
    assert_eq!(city.bundle().await.1, published, "the same bundle, the same ETag");
    let cached = revalidate(published.clone()).await;
    assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(cached.headers()[ETAG], published);
    assert!(cached.bytes().await.unwrap().is_empty());

    // An edit that is not published changes nothing readers see.
    edit_name(&service, "Permanence juridique (brouillon)");
    client::acknowledged(&service, &city.link).await;
    assert_eq!(revalidate(published.clone()).await.status(), StatusCode::NOT_MODIFIED);

    let unpublished =
        city.editor.request(Method::POST, &city.hospes.http_url(&format!("/api/v1/documents/{id}/unpublish"))).send().await.unwrap();
    assert_eq!(unpublished.status(), StatusCode::NO_CONTENT);
    let stale = revalidate(published.clone()).await;
    assert_eq!(stale.status(), StatusCode::OK, "unpublishing changes the bundle");
    let (without, gone) = city.bundle().await;
    assert!(!listed(&without));
    assert_ne!(gone, published);

    publish(&city.hospes, &city.editor, &id).await;
    let (again, republished) = city.bundle().await;
    assert!(listed(&again));
    assert_ne!(republished, gone);
    assert_ne!(republished, published, "a new publication, a new ETag");

    // The city's settings are read live: an edit of its document shows at once.
    let listed_documents: Value = city
        .editor
        .request(Method::GET, &city.hospes.http_url("/api/v1/cities/liege/documents"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let city_id = listed_documents.as_array().unwrap().iter().find(|d| d["kind"] == "city").expect("the city document")["documentId"]
        .as_str()
        .unwrap()
        .to_string();
    let city_doc = tokio::time::timeout(std::time::Duration::from_secs(60), city.laptop.find(city_id.parse().unwrap()))
        .await
        .expect("found in time")
        .expect("the repo runs")
        .expect("the editor may read the city");
    edit(&city_doc, |settings: &mut hospes_content::model::City| settings.name = "Liège (Luik)".into());
    client::acknowledged(&city_doc, &city.link).await;
    let renamed = revalidate(republished.clone()).await;
    assert_eq!(renamed.status(), StatusCode::OK, "the city's new name reaches readers");
    let renamed: Value = renamed.json().await.unwrap();
    assert_eq!(renamed["city"]["name"], "Liège (Luik)");
}
