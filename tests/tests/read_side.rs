//! Acceptance (content): publishing pins a version; readers see exactly the
//! pinned version, rendered per language with honest fallback (each text
//! says which language it really is in); later edits stay invisible until
//! published again; unpublishing removes the item.

use autosurgeon::reconcile;
use hospes_sync::content::model::{Event, Service, Translation};
use hospes_tests::fixtures::{self, fixture};
use hospes_tests::{ServerProcess, User, client, server};
use reqwest::header::{ETAG, IF_NONE_MATCH, SET_COOKIE};
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
        "city", "add", "--slug", "liege", "--name", "Liège", "--time-zone", "Europe/Brussels",
        "--source-language", "fr", "--language", "en", "--language", "ar", "--language", "uk:en",
    ]);
    hospes
}

async fn publish(hospes: &ServerProcess, editor: &User, id: &str) {
    let response = editor
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/publish")))
        .send()
        .await
        .expect("reachable");
    assert_eq!(response.status(), StatusCode::OK, "{}", response.text().await.unwrap_or_default());
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
    publish(&hospes, &editor, &id).await;

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
    let republished = reqwest::Client::new()
        .get(hospes.http_url("/api/v1/cities/liege/fr/bundle"))
        .header(IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(republished.status(), StatusCode::OK);
    let bundle: Value = republished.json().await.unwrap();
    assert_eq!(bundle["items"][0]["item"]["name"]["text"], "Permanence juridique (nouvel horaire)");
    // The Arabic translation was made from an older revision: still shown,
    // still marked Arabic (its status for editors is "outdated").
    let in_arabic: Value = get(&hospes, &format!("/api/v1/cities/liege/ar/items/{id}")).await.json().await.unwrap();
    assert_eq!(in_arabic["item"]["name"]["lang"], "ar");

    // Unpublishing removes it everywhere on the read side.
    let unpublished = editor
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/unpublish")))
        .send()
        .await
        .unwrap();
    assert_eq!(unpublished.status(), StatusCode::NO_CONTENT);
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
    let calendar = ical::IcalParser::new(ics.as_bytes())
        .next()
        .expect("one calendar")
        .expect("the feed parses");
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
        "city", "add", "--slug", "liege", "--name", "Liège", "--time-zone", "Europe/Brussels",
        "--source-language", "fr", "--language", "en",
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
    let week: Value = get(&hospes, "/api/v1/cities/liege/en/events?from=2026-10-20&to=2026-11-18")
        .await
        .json()
        .await
        .unwrap();
    let starts: Vec<&str> = week["occurrences"].as_array().unwrap().iter().map(|o| o["start"].as_str().unwrap()).collect();
    assert_eq!(starts, ["2026-10-20T18:00:00+02:00", "2026-10-27T18:00:00+01:00", "2026-11-03T18:00:00+01:00", "2026-11-17T18:00:00+01:00"]);
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
    let url = reqwest::Url::parse_with_params(
        &hospes.http_url(&format!("/api/v1/cities/liege/{language}/search")),
        &[("q", query)],
    )
    .unwrap();
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
    let unpublish = editor
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/unpublish")))
        .send()
        .await
        .unwrap();
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
    let item = |id: String| async move {
        get(hospes, &format!("/api/v1/cities/liege/fr/items/{id}")).await.json::<Value>().await.unwrap()
    };
    let event = item(event.document_id().to_string()).await;
    assert_eq!(event["json_ld"]["@type"], "Event");
    assert_eq!(event["json_ld"]["name"], "Café des langues");
    assert_eq!(event["json_ld"]["location"]["@type"], "Place");
    let service = item(service.document_id().to_string()).await;
    assert_eq!(service["json_ld"]["@type"], "Service");
    assert_eq!(service["json_ld"]["availableChannel"][0]["serviceLocation"]["geo"]["latitude"], 50.5);
}
