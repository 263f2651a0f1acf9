//! Acceptance (issue 12, 6): publishing refuses values that would break
//! readers' pages or lead them off the site: a web address without a host
//! or not http(s), a Markdown link to `/\host`, a bad phone or e-mail, an
//! RRULE out of bounds. The API answers 422 `invalid_content` naming the
//! field, with every problem; the command line names them too; nothing
//! changes for readers. The editing app checks with the same rules
//! (`tests/js/addresses.test.mjs`).

use autosurgeon::{Hydrate, Reconcile, Text, hydrate, reconcile};
use hospes_content::model::{Article, Event, Service, Translation};
use hospes_tests::accounts::command;
use hospes_tests::fixtures::{self, fixture};
use hospes_tests::{ServerProcess, User, client, node, server};
use reqwest::header::{ETAG, IF_NONE_MATCH};
use reqwest::{Method, StatusCode};
use samod::{DialerHandle, DocHandle, Repo};
use serde_json::{Value, json};

/// Liège (French, with English and Arabic) and an editor at a laptop
/// that is online.
struct Desk {
    hospes: ServerProcess,
    editor: User,
    laptop: Repo,
    link: DialerHandle<tokio_tungstenite::tungstenite::Error>,
}

impl Desk {
    async fn open(dir: &std::path::Path) -> Desk {
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
        ]);
        let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
        let laptop = client::repo(&editor).await;
        let link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
        Desk { hospes, editor, laptop, link }
    }

    /// A new document holding `value`, registered as `class` and synced.
    async fn create<T: Reconcile>(&self, value: &T, class: Value) -> DocHandle {
        let handle = self.laptop.create(fixtures::document(value)).await.expect("created");
        let status = self.hospes.register(&self.editor, &handle.document_id().to_string(), class).await;
        assert_eq!(status, StatusCode::CREATED);
        client::acknowledged(&handle, &self.link).await;
        handle
    }

    /// Changes the document's value and syncs the change.
    async fn edit<T: Hydrate + Reconcile>(&self, handle: &DocHandle, change: impl FnOnce(&mut T)) {
        handle.with_document(|doc| {
            let mut value: T = hydrate(&*doc).expect("hydrates");
            change(&mut value);
            doc.transact::<_, _, automerge::AutomergeError>(|tx| {
                reconcile(tx, &value).expect("reconciles");
                Ok(())
            })
            .expect("commits");
        });
        client::acknowledged(handle, &self.link).await;
    }

    /// `POST .../publish`: the status and the JSON body.
    async fn publish(&self, handle: &DocHandle) -> (StatusCode, Value) {
        let path = format!("/api/v1/documents/{}/publish", handle.document_id());
        let response = self.editor.request(Method::POST, &self.hospes.http_url(&path)).send().await.expect("reachable");
        let status = response.status();
        (status, response.json().await.expect("JSON"))
    }

    /// The heads readers see, if published.
    async fn pinned(&self, handle: &DocHandle) -> Value {
        let path = format!("/api/v1/documents/{}/publication", handle.document_id());
        let response = self.editor.request(Method::GET, &self.hospes.http_url(&path)).send().await.expect("reachable");
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.expect("JSON");
        body["heads"].clone()
    }

    /// The readers' French bundle and its ETag.
    async fn bundle(&self) -> (Value, String) {
        let response = reqwest::get(self.hospes.http_url("/api/v1/cities/liege/fr/bundle")).await.expect("reachable");
        let etag = response.headers()[ETAG].to_str().expect("ASCII").to_string();
        (response.json().await.expect("JSON"), etag)
    }

    /// Whether the readers' bundle is still the one with `etag`.
    async fn bundle_unchanged(&self, etag: &str) -> bool {
        let response = reqwest::Client::new()
            .get(self.hospes.http_url("/api/v1/cities/liege/fr/bundle"))
            .header(IF_NONE_MATCH, etag)
            .send()
            .await
            .expect("reachable");
        response.status() == StatusCode::NOT_MODIFIED
    }
}

/// Asserts a refusal naming `fields` (the first is `field`), each in its
/// message.
fn assert_refused(desk: &Desk, (status, body): &(StatusCode, Value), fields: &[&str], case: &str) {
    assert_eq!(*status, StatusCode::UNPROCESSABLE_ENTITY, "{case}: {body}\nserver log:\n{}", desk.hospes.log());
    assert_eq!(body["error"], "invalid_content", "{case}: {body}");
    assert_eq!(body["field"], fields[0], "{case}: {body}");
    let named: Vec<&str> = body["problems"].as_array().expect("problems").iter().map(|p| p["field"].as_str().unwrap()).collect();
    assert_eq!(named, fields, "{case}: {body}");
    for problem in body["problems"].as_array().unwrap() {
        assert!(problem["message"].as_str().is_some_and(|m| !m.is_empty()), "{case}: {body}");
        assert!(problem["rule"].is_string(), "{case}: {body}");
    }
    assert!(body["message"].as_str().unwrap().starts_with(&format!("{}: ", fields[0])), "{case}: {body}");
}

/// A case: what it is, the change to the fixture, the fields refused.
type Case = (&'static str, fn(&mut Service), &'static [&'static str]);

#[tokio::test]
async fn each_unsafe_service_value_is_refused_naming_the_field_and_readers_see_no_change() {
    let dir = server::data_dir();
    let desk = Desk::open(dir.path()).await;
    let service = desk.create(&fixture::<Service>("service.json"), json!({ "kind": "service", "city": "liege" })).await;
    let (status, body) = desk.publish(&service).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let heads = desk.pinned(&service).await;
    let (bundle, etag) = desk.bundle().await;
    assert_eq!(bundle["items"][0]["item"]["contacts"]["website"], "https://example.org/accueil");

    let cases: &[Case] = &[
        ("a web address without a host", |s| s.contacts.website = "https://".into(), &["contacts.website"]),
        ("a script for a web address", |s| s.contacts.website = "javascript:alert(1)".into(), &["contacts.website"]),
        ("a name@ before the host", |s| s.contacts.website = "https://example.org@evil.example/".into(), &["contacts.website"]),
        ("an RRULE out of bounds", |s| s.schedules[0].rrule = "FREQ=WEEKLY;BYDAY=MO;INTERVAL=4294967295".into(), &["schedules[0].rrule"]),
        ("words for a phone number", |s| s.contacts.phones.push("call us".into()), &["contacts.phones[1]"]),
        ("an e-mail address with a space", |s| s.contacts.email = "accueil @example.org".into(), &["contacts.email"]),
        (
            "several at once",
            |s| {
                s.contacts.website = "https://".into();
                s.contacts.phones = vec!["+32".into()];
            },
            &["contacts.website", "contacts.phones[0]"],
        ),
    ];
    for (case, change, fields) in cases {
        desk.edit(&service, |s: &mut Service| {
            *s = fixture("service.json");
            change(s);
        })
        .await;
        assert_refused(&desk, &desk.publish(&service).await, fields, case);
        assert_eq!(desk.pinned(&service).await, heads, "{case}: nothing was pinned");
        assert!(desk.bundle_unchanged(&etag).await, "{case}: readers' bundle changed");
    }

    // Corrected, it publishes.
    desk.edit(&service, |s: &mut Service| {
        *s = fixture("service.json");
        s.contacts.website = "https://example.org/permanence".into();
    })
    .await;
    let (status, body) = desk.publish(&service).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (bundle, _) = desk.bundle().await;
    assert_eq!(bundle["items"][0]["item"]["contacts"]["website"], "https://example.org/permanence");
}

#[tokio::test]
async fn links_that_leave_the_site_are_refused_in_articles_their_translations_and_events() {
    let dir = server::data_dir();
    let desk = Desk::open(dir.path()).await;
    let mut article: Article = fixture("article.json");
    article.body = Text::with_value("Read [x](/\\evil.example/x) first.");
    let article = desk.create(&article, json!({ "kind": "article", "city": "liege" })).await;
    let refused = desk.publish(&article).await;
    assert_refused(&desk, &refused, &["body"], "a link to /\\host");
    let message = refused.1["problems"][0]["message"].as_str().unwrap();
    assert!(message.contains("“x”") && message.contains("/\\evil.example/x"), "names the link: {message}");

    desk.edit(&article, |a: &mut Article| a.body = Text::with_value("Read [the guide](/guide/liege/fr) first.")).await;
    let mut arabic: Translation = fixture("translation.json");
    arabic.item = article.document_id().to_string();
    arabic.fields = [("body".to_string(), Text::with_value("اقرأ [هذا](//evil.example/x)"))].into();
    let class = json!({ "kind": "translation", "city": "liege", "language": "ar", "item": arabic.item });
    let translation = desk.create(&arabic, class).await;
    assert_refused(&desk, &desk.publish(&article).await, &["translations.ar.body"], "a translation's link to //host");

    desk.edit(&translation, |t: &mut Translation| {
        t.fields.insert("body".into(), Text::with_value("اقرأ [الدليل](/guide/liege/ar)"));
    })
    .await;
    let (status, body) = desk.publish(&article).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let mut event: Event = fixture("event.json");
    event.online_link = "javascript:alert(1)".into();
    let event = desk.create(&event, json!({ "kind": "event", "city": "liege" })).await;
    assert_refused(&desk, &desk.publish(&event).await, &["online_link"], "a script for an online link");

    // Readers got the corrected article only.
    let (bundle, _) = desk.bundle().await;
    let ids: Vec<&str> = bundle["items"].as_array().unwrap().iter().map(|item| item["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [article.document_id().to_string()]);
}

#[tokio::test]
async fn the_command_line_refuses_naming_every_field() {
    let dir = server::data_dir();
    let desk = Desk::open(dir.path()).await;
    let mut service: Service = fixture("service.json");
    service.contacts.website = "https://".into();
    service.schedules[0].rrule = "FREQ=WEEKLY;INTERVAL=4294967295".into();
    let service = desk.create(&service, json!({ "kind": "service", "city": "liege" })).await;
    let id = service.document_id().to_string();
    let Desk { hospes, .. } = desk;
    // The command line works on the data directory of a stopped server.
    assert!(hospes.terminate().await.success());

    let (published, text) = command(dir.path(), &["publish", &id]);
    assert!(!published, "{text}");
    assert!(text.contains("invalid_content"), "{text}");
    assert!(text.contains("contacts.website: `https://`"), "{text}");
    assert!(text.contains("schedules[0].rrule"), "{text}");

    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let item = reqwest::get(hospes.http_url(&format!("/api/v1/cities/liege/fr/items/{id}"))).await.expect("reachable");
    assert_eq!(item.status(), StatusCode::NOT_FOUND, "nothing was published");
}

/// The editing app refuses (and the reader does not link) exactly what
/// publishing refuses: `web/src/content/addresses.js` against the table
/// the server's rules are tested with.
#[tokio::test]
async fn the_app_and_the_server_refuse_the_same_addresses() {
    let output = node::node(&["--test", "--test-reporter=spec", "addresses.test.mjs"]).output().await.expect("node runs");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{report}");
    assert!(report.contains("skipped 0") && report.contains("fail 0"), "{report}");
}
