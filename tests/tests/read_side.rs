//! Acceptance (content): publishing pins a version; readers see exactly the
//! pinned version, rendered per language with honest fallback (each text
//! says which language it really is in); later edits stay invisible until
//! published again; unpublishing removes the item.

use autosurgeon::reconcile;
use hospes_sync::content::model::{Service, Translation};
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
        service.name.update(name);
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
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.command(&[
        "city", "add", "--slug", "liege", "--name", "Liège", "--time-zone", "Europe/Brussels",
        "--source-language", "fr", "--language", "en", "--language", "ar", "--language", "uk:en",
    ]);
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
