//! Acceptance for "suggest a correction": readers (no account, no cookie)
//! send suggestions about published items; a retried send is stored once;
//! the city's editors and admins see the queue with the items' titles and
//! mark suggestions done; bad input is refused naming the field; one
//! reader flooding is slowed without closing the box for other readers or
//! cities; the log holds neither what readers wrote nor their address.

use std::time::Duration;

use hospes_content::model::{Article, Service};
use hospes_tests::fixtures::{self, fixture};
use hospes_tests::{ServerProcess, User, client, server};
use reqwest::header::{RETRY_AFTER, SET_COOKIE};
use reqwest::{Method, StatusCode};
use rusqlite::Connection;
use serde_json::{Value, json};

/// Liège (French source, English, Arabic), with a published service and
/// article; Osijek (English). Signed in: an editor and an admin of Liège.
struct Setup {
    hospes: ServerProcess,
    editor: User,
    admin: User,
    service: String,
    article: String,
    /// Registered in Liège, never published.
    draft: String,
    /// Bind it (`_dir`, not `..`) to keep the data directory while the test runs.
    _dir: tempfile::TempDir,
}

async fn setup() -> Setup {
    let dir = server::data_dir();
    // Readers are told apart by address; here all come through "a proxy" on loopback.
    let hospes = ServerProcess::start(dir.path(), &["--trusted-proxy", "127.0.0.1"]).await;
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
    ]);
    hospes.add_city("osijek");
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;

    let laptop = client::repo(&editor).await;
    let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let mut ids = Vec::new();
    for (kind, doc) in [
        ("service", fixtures::document(&fixture::<Service>("service.json"))),
        ("article", fixtures::document(&fixture::<Article>("article.json"))),
        ("service", fixtures::document(&fixture::<Service>("service.json"))),
    ] {
        let handle = laptop.create(doc).await.expect("created");
        let id = handle.document_id().to_string();
        assert_eq!(hospes.register(&editor, &id, json!({ "kind": kind, "city": "liege" })).await, StatusCode::CREATED);
        client::acknowledged(&handle, &link).await;
        ids.push(id);
    }
    for id in &ids[..2] {
        let response =
            editor.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/publish"))).send().await.expect("reachable");
        assert_eq!(response.status(), StatusCode::OK, "{}", response.text().await.unwrap_or_default());
    }
    let [service, article, draft] = <[String; 3]>::try_from(ids).expect("three documents");
    Setup { hospes, editor, admin, service, article, draft, _dir: dir }
}

/// `POST /api/v1/cities/{city}/suggestions` as an anonymous reader.
async fn suggest(hospes: &ServerProcess, city: &str, body: Value) -> reqwest::Response {
    suggest_from(hospes, "198.51.100.1", city, body).await
}

/// [`suggest`] from a reader at `address` (as the proxy in front says).
async fn suggest_from(hospes: &ServerProcess, address: &str, city: &str, body: Value) -> reqwest::Response {
    let response = reqwest::Client::new()
        .post(hospes.http_url(&format!("/api/v1/cities/{city}/suggestions")))
        .header("x-forwarded-for", address)
        .json(&body)
        .send()
        .await
        .expect("reachable");
    assert!(!response.headers().contains_key(SET_COOKIE), "a reader gets no cookie");
    response
}

/// The queue as `user` sees it; `query` is `""` or `"?status=..."`.
async fn queue(hospes: &ServerProcess, user: &User, city: &str, query: &str) -> reqwest::Response {
    user.request(Method::GET, &hospes.http_url(&format!("/api/v1/cities/{city}/suggestions{query}"))).send().await.expect("reachable")
}

async fn resolve(hospes: &ServerProcess, user: &User, city: &str, id: impl std::fmt::Display) -> reqwest::Response {
    user.request(Method::POST, &hospes.http_url(&format!("/api/v1/cities/{city}/suggestions/{id}/resolve")))
        .send()
        .await
        .expect("reachable")
}

async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.expect("a JSON body")
}

/// The ids of a queue answer, in order.
fn ids(queue: &Value) -> Vec<Value> {
    queue["suggestions"].as_array().expect("a list").iter().map(|s| s["id"].clone()).collect()
}

fn rows(hospes: &ServerProcess) -> i64 {
    Connection::open(hospes.data_dir.join("hospes.sqlite"))
        .expect("the database opens")
        .query_row("SELECT count(*) FROM suggestions", [], |row| row.get(0))
        .expect("counted")
}

const HOURS_MESSAGE: &str = "Closed on Mondays since March, the sign on the door says so";

#[tokio::test]
async fn a_reader_suggests_and_an_editor_marks_it_done() {
    let Setup { hospes, editor, admin, service, article, _dir, .. } = setup().await;

    let about_service = json!({
        "client_id": "phone-4f9a2c7e",
        "item": service,
        "language": "en",
        "topic": "hours",
        "message": format!("  {HOURS_MESSAGE}\n"),
    });
    let sent = suggest(&hospes, "liege", about_service.clone()).await;
    assert_eq!(sent.status(), StatusCode::ACCEPTED);
    let sent = json_of(sent).await;
    assert_eq!(sent["status"], "received");
    let service_suggestion = sent["id"].clone();
    assert!(service_suggestion.is_i64());

    // Sent again after being offline: the same answer, nothing new stored.
    let again = suggest(&hospes, "liege", about_service).await;
    assert_eq!(again.status(), StatusCode::ACCEPTED);
    assert_eq!(json_of(again).await["id"], service_suggestion);
    assert_eq!(rows(&hospes), 1);

    let about_article =
        json!({ "client_id": "phone-77b1e0d3", "item": article, "language": "ar", "topic": "translation", "message": "الترجمة ناقصة" });
    let article_suggestion = json_of(suggest(&hospes, "liege", about_article).await).await["id"].clone();
    let general = json!({ "client_id": "phone-0c5e9d12", "language": "fr", "topic": "closed" });
    let general_suggestion = json_of(suggest(&hospes, "liege", general).await).await["id"].clone();
    assert_eq!(rows(&hospes), 3);

    // The editor's queue: newest first, each item named in the
    // suggestion's language (here the French original, as readers of
    // English and Arabic see it: these items have no translations).
    let open = queue(&hospes, &editor, "liege", "").await;
    assert_eq!(open.status(), StatusCode::OK);
    let open = json_of(open).await;
    assert_eq!(ids(&open), [general_suggestion.clone(), article_suggestion.clone(), service_suggestion.clone()]);
    let [general_entry, article_entry, service_entry] = [0, 1, 2].map(|i| open["suggestions"][i].clone());
    assert_eq!(service_entry["item"], service);
    assert_eq!(service_entry["item_title"], fixture::<Value>("service.json")["name"]);
    // The kind, for the queue's link to the item's editing screen.
    assert_eq!(service_entry["item_kind"], "service");
    assert_eq!(service_entry["language"], "en");
    assert_eq!(service_entry["topic"], "hours");
    assert_eq!(service_entry["message"], HOURS_MESSAGE, "trimmed");
    assert_eq!(service_entry["status"], "open");
    assert_eq!(service_entry["resolved_at"], Value::Null);
    let created = service_entry["created_at"].as_str().expect("a time");
    assert!(created.len() == 20 && created.ends_with('Z') && created.as_bytes()[10] == b'T', "RFC 3339: {created}");
    assert_eq!(article_entry["item_title"], fixture::<Value>("article.json")["title"]);
    assert!(article_entry["item_title"].is_string());
    assert_eq!(article_entry["item_kind"], "article");
    assert_eq!(article_entry["message"], "الترجمة ناقصة");
    assert_eq!(general_entry["item"], Value::Null);
    assert_eq!(general_entry["item_title"], Value::Null);
    assert_eq!(general_entry["item_kind"], Value::Null);
    assert_eq!(general_entry["message"], "");
    // City admins see the same queue.
    assert_eq!(json_of(queue(&hospes, &admin, "liege", "").await).await, open);

    // Marking one done moves it out of the open queue.
    let done = resolve(&hospes, &editor, "liege", &service_suggestion).await;
    assert_eq!(done.status(), StatusCode::OK);
    let done = json_of(done).await;
    assert_eq!(done["id"], service_suggestion);
    assert_eq!(done["status"], "done");
    let resolved_at = done["resolved_at"].as_str().expect("resolved").to_string();
    assert_eq!(ids(&json_of(queue(&hospes, &editor, "liege", "").await).await), [general_suggestion.clone(), article_suggestion.clone()]);
    assert_eq!(
        ids(&json_of(queue(&hospes, &editor, "liege", "?status=open").await).await),
        [general_suggestion.clone(), article_suggestion.clone()]
    );
    assert_eq!(ids(&json_of(queue(&hospes, &editor, "liege", "?status=done").await).await), vec![service_suggestion.clone()]);
    assert_eq!(ids(&json_of(queue(&hospes, &editor, "liege", "?status=all").await).await).len(), 3);
    let bad_status = queue(&hospes, &editor, "liege", "?status=closed").await;
    assert_eq!(bad_status.status(), StatusCode::BAD_REQUEST);
    assert!(json_of(bad_status).await["message"].as_str().unwrap().starts_with("status:"));

    // Again: still done, first resolution kept.
    let again = resolve(&hospes, &admin, "liege", &service_suggestion).await;
    assert_eq!(again.status(), StatusCode::OK);
    let again = json_of(again).await;
    assert_eq!((again["status"].as_str(), again["resolved_at"].as_str()), (Some("done"), Some(resolved_at.as_str())));

    // The audit log says who resolved which, once, without the text.
    let audit = json_of(admin.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/audit")).send().await.unwrap()).await;
    let resolved: Vec<&Value> = audit.as_array().unwrap().iter().filter(|e| e["action"] == "suggestion_resolved").collect();
    assert_eq!(resolved.len(), 1, "{audit}");
    assert_eq!(resolved[0]["actor"], "elif");
    assert_eq!(resolved[0]["subject"]["suggestion"], service_suggestion);
    assert!(!audit.to_string().contains("Mondays"), "the audit log holds the reader's text");

    // Unknown ids, and ids of another city's suggestions, are not found.
    let elsewhere = json!({ "client_id": "phone-osijek-1", "language": "en", "topic": "other", "message": "Radno vrijeme?" });
    let osijek_suggestion = json_of(suggest(&hospes, "osijek", elsewhere).await).await["id"].clone();
    for id in ["999999".to_string(), osijek_suggestion.to_string(), "not-a-number".to_string()] {
        let missing = resolve(&hospes, &editor, "liege", &id).await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND, "resolving {id}");
        assert_eq!(json_of(missing).await["error"], "unknown_suggestion");
    }
    assert_eq!(ids(&json_of(queue(&hospes, &editor, "liege", "?status=all").await).await).len(), 3, "Osijek's is not in Liège's queue");
    let osijek_status: String = Connection::open(hospes.data_dir.join("hospes.sqlite"))
        .expect("the database opens")
        .query_row("SELECT status FROM suggestions WHERE city = 'osijek'", [], |row| row.get(0))
        .expect("Osijek's suggestion");
    assert_eq!(osijek_status, "open", "Liège's editor cannot resolve Osijek's suggestion");

    // Nothing the reader wrote, and no client address, reached the log.
    hospes
        .wait_for_log("path=/api/v1/cities/liege/suggestions/not-a-number/resolve", Duration::from_secs(5))
        .await
        .expect("requests are logged");
    let log = hospes.log();
    assert!(log.contains("path=/api/v1/cities/liege/suggestions"), "suggestions are logged as requests");
    for line in log.lines().filter(|line| !line.contains("listening on")) {
        assert!(!line.contains("127.0.0.1"), "a client address in the log: {line}");
        for text in ["Mondays", "الترجمة", "Radno", "phone-"] {
            assert!(!line.contains(text), "a reader's suggestion in the log: {line}");
        }
    }
}

#[tokio::test]
async fn bad_suggestions_are_refused_naming_the_field() {
    let Setup { hospes, service, draft, _dir, .. } = setup().await;
    let valid =
        json!({ "client_id": "phone-4f9a2c7e", "item": service, "language": "en", "topic": "hours", "message": "Closed on Mondays" });
    let with = |field: &str, value: Value| {
        let mut body = valid.clone();
        body[field] = value;
        body
    };
    let unknown_item = samod::DocumentId::new(&mut rand::rng()).to_string();

    // (what, city, body, status, error code, the field the message names)
    let cases = [
        ("unknown city", "atlantis", valid.clone(), 404, "unknown_city", "atlantis"),
        ("a language not offered", "liege", with("language", json!("ti")), 404, "unknown_language", "language"),
        ("an unknown item", "liege", with("item", json!(unknown_item)), 400, "invalid", "item:"),
        ("an unpublished item", "liege", with("item", json!(draft)), 400, "invalid", "item:"),
        ("not a document id", "liege", with("item", json!("nope")), 400, "invalid", "item:"),
        ("an unknown topic", "liege", with("topic", json!("rude")), 400, "invalid", "topic:"),
        ("a short client id", "liege", with("client_id", json!("abc")), 400, "invalid", "client_id:"),
        ("a client id with odd characters", "liege", with("client_id", json!("phone 4f9a/2c7e")), 400, "invalid", "client_id:"),
        ("an unknown field", "liege", with("email", json!("me@example.org")), 422, "invalid_json", "email"),
        (
            "a missing field",
            "liege",
            json!({ "client_id": "phone-4f9a2c7e", "language": "en", "message": "x" }),
            422,
            "invalid_json",
            "topic",
        ),
        ("a message too long", "liege", with("message", json!("é".repeat(2001))), 400, "invalid", "message:"),
        ("a message far too long", "liege", with("message", json!("x".repeat(100_000))), 413, "invalid", "message:"),
        (
            "'other' without a message",
            "liege",
            json!({ "client_id": "phone-4f9a2c7e", "language": "en", "topic": "other", "message": "  " }),
            400,
            "invalid",
            "message:",
        ),
    ];
    for (what, city, body, status, code, field) in cases {
        let response = suggest(&hospes, city, body).await;
        assert_eq!(response.status().as_u16(), status, "{what}");
        let body = json_of(response).await;
        assert_eq!(body["error"], code, "{what}: {body}");
        let message = body["message"].as_str().expect("a message");
        assert!(message.contains(field), "{what}: {message:?} does not name {field:?}");
    }
    assert_eq!(rows(&hospes), 0, "nothing refused was stored");

    // At the limits: 2,000 characters, and 'closed' needs no words.
    let longest = suggest(&hospes, "liege", with("message", json!("é".repeat(2000)))).await;
    assert_eq!(longest.status(), StatusCode::ACCEPTED);
    let wordless = json!({ "client_id": "phone-0c5e9d12", "item": service, "language": "ar", "topic": "closed" });
    assert_eq!(suggest(&hospes, "liege", wordless).await.status(), StatusCode::ACCEPTED);
    assert_eq!(rows(&hospes), 2);
}

#[tokio::test]
async fn only_the_citys_editors_and_admins_see_the_queue() {
    let Setup { hospes, editor, _dir, .. } = setup().await;
    let sent = json!({ "client_id": "phone-4f9a2c7e", "language": "fr", "topic": "other", "message": "Le lien est cassé" });
    let id = json_of(suggest(&hospes, "liege", sent).await).await["id"].clone();

    let anonymous = reqwest::get(hospes.http_url("/api/v1/cities/liege/suggestions")).await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(json_of(anonymous).await["error"], "unauthenticated");
    let anonymous_resolve = reqwest::Client::new()
        .post(hospes.http_url(&format!("/api/v1/cities/liege/suggestions/{id}/resolve")))
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous_resolve.status(), StatusCode::UNAUTHORIZED);

    let translator = hospes.add_user("tarek", "liege", "translator", &["--lang", "ar"]).await;
    let volunteer = hospes.add_user("vera", "liege", "volunteer", &[]).await;
    let elsewhere = hospes.add_user("oleg", "osijek", "editor", &[]).await;
    for user in [&translator, &volunteer, &elsewhere] {
        let listed = queue(&hospes, user, "liege", "").await;
        assert_eq!(listed.status(), StatusCode::FORBIDDEN, "{} lists", user.name);
        assert_eq!(json_of(listed).await["error"], "forbidden");
        assert_eq!(resolve(&hospes, user, "liege", &id).await.status(), StatusCode::FORBIDDEN, "{} resolves", user.name);
    }
    // Osijek's editor sees Osijek's (empty) queue, not Liège's.
    assert_eq!(json_of(queue(&hospes, &elsewhere, "osijek", "").await).await, json!({ "suggestions": [] }));
    let unknown = queue(&hospes, &editor, "atlantis", "").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert_eq!(json_of(unknown).await["error"], "unknown_city");

    // Nobody above changed it.
    let all = json_of(queue(&hospes, &editor, "liege", "?status=all").await).await;
    assert_eq!(all["suggestions"][0]["status"], "open");
}

#[tokio::test]
async fn one_reader_flooding_is_slowed_and_other_readers_are_not() {
    let Setup { hospes, _dir, .. } = setup().await;
    let body = |n: usize| json!({ "client_id": format!("flood-{n:04}"), "language": "fr", "topic": "other", "message": "spam" });
    let flooder = "203.0.113.7";
    let mut statuses = Vec::new();
    let mut refusal = None;
    for n in 0..8 {
        let response = suggest_from(&hospes, flooder, "liege", body(n)).await;
        statuses.push(response.status());
        if response.status() == StatusCode::TOO_MANY_REQUESTS && refusal.is_none() {
            refusal = Some(response);
        }
    }
    assert!(statuses[..5].iter().all(|s| *s == StatusCode::ACCEPTED), "five come at once: {statuses:?}");
    assert!(statuses[5..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "then refused: {statuses:?}");
    let refusal = refusal.expect("refused");
    let wait: u64 = refusal.headers()[RETRY_AFTER].to_str().unwrap().parse().expect("seconds");
    assert!((1..=60).contains(&wait), "Retry-After: {wait}");
    assert_eq!(json_of(refusal).await["error"], "too_many_attempts");
    assert_eq!(rows(&hospes), 5);

    // A send already stored, retried, still gets its answer.
    assert_eq!(suggest_from(&hospes, flooder, "liege", body(0)).await.status(), StatusCode::ACCEPTED);
    // The box is open to every other reader, in this city and others.
    let reader = json!({ "client_id": "phone-liege-1", "language": "fr", "topic": "closed" });
    assert_eq!(suggest_from(&hospes, "198.51.100.20", "liege", reader).await.status(), StatusCode::ACCEPTED);
    let osijek = json!({ "client_id": "phone-osijek-1", "language": "en", "topic": "closed" });
    assert_eq!(suggest_from(&hospes, "198.51.100.30", "osijek", osijek).await.status(), StatusCode::ACCEPTED);
    // The flooder waits everywhere: it is the client that is slowed.
    let elsewhere = json!({ "client_id": "flood-osijek", "language": "en", "topic": "closed" });
    assert_eq!(suggest_from(&hospes, flooder, "osijek", elsewhere).await.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(rows(&hospes), 7);
}

#[tokio::test]
async fn many_readers_at_once_are_limited_per_city() {
    let Setup { hospes, _dir, .. } = setup().await;
    let mut accepted = 0;
    let mut refused = 0;
    // 200 a city takes at once; each reader sends one.
    for n in 0..205 {
        let body = json!({ "client_id": format!("reader-{n:04}"), "language": "fr", "topic": "closed" });
        match suggest_from(&hospes, &format!("10.1.{}.{}", n / 200, n % 200 + 1), "liege", body).await.status() {
            StatusCode::ACCEPTED => accepted += 1,
            StatusCode::TOO_MANY_REQUESTS => refused += 1,
            other => panic!("unexpected {other}"),
        }
    }
    // The bucket refills one every 3 s while the loop runs: a few more may get in.
    assert!((200..=204).contains(&accepted) && refused >= 1, "{accepted} accepted, {refused} refused");
    let osijek = json!({ "client_id": "phone-osijek-1", "language": "en", "topic": "closed" });
    assert_eq!(suggest(&hospes, "osijek", osijek).await.status(), StatusCode::ACCEPTED, "another city is unaffected");
}
