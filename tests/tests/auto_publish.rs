//! Acceptance (issue #6, 6): a volunteer creates an event in field mode
//! while offline; it appears for readers after reconnecting, without any
//! other action (trusted auto-publish), and only where the city trusts
//! volunteers, only for volunteers' events, never again once an editor
//! unpublished it, and also when the server crashed before publishing; a
//! version publishing refuses (an unsafe link) is left out, logged by
//! document and field, and readers keep the last one.
//!
//! Nothing here asserts how fast the server publishes, or waits for its
//! quiet period: the servers here publish right after each stored change,
//! and readers' bundles are polled until a deadline, and "never appears" is checked once a control
//! event, synced after it, has appeared.

use std::time::Duration;

use autosurgeon::{Text, reconcile};
use hospes_content::model::Event;
use hospes_tests::fixtures::{self, fixture};
use hospes_tests::{ServerProcess, User, client, server};
use reqwest::{Method, StatusCode};
use samod::{DocHandle, Repo};
use serde_json::{Value, json};

/// The quiet period before publishing is the scheduler's business, tested
/// with plain instants (`publishing::auto_publish::scheduler`); here the
/// server publishes as soon as a change is stored, so the tests wait only
/// for what readers see, never for a timer.
const PUBLISH_AT_ONCE: &[&str] = &["--auto-publish-quiet-ms", "0"];

/// How long a test waits for the server to publish before failing.
const PATIENCE: Duration = Duration::from_secs(30);

/// Adds a city whose source language is French; `trusting`: whether
/// volunteers' events go live without review.
fn add_city(hospes: &ServerProcess, slug: &str, trusting: bool) {
    hospes.command(&[
        "city",
        "add",
        "--slug",
        slug,
        "--name",
        slug,
        "--time-zone",
        "Europe/Brussels",
        "--source-language",
        "fr",
        "--volunteers-publish",
        if trusting { "true" } else { "false" },
    ]);
}

/// A phone (or laptop) with the editing app: documents in memory, online
/// only while it syncs.
struct Phone {
    repo: Repo,
    user: User,
    sync_url: String,
}

impl Phone {
    async fn of(hospes: &ServerProcess, user: &User) -> Phone {
        Phone { repo: client::repo(user).await, user: user.clone(), sync_url: hospes.sync_url() }
    }

    /// Writes an event offline; then, online, registers it and syncs it
    /// until the server has it, and goes offline again.
    async fn new_event(&self, hospes: &ServerProcess, city: &str, title: &str) -> DocHandle {
        let mut event: Event = fixture("event.json");
        event.title = Text::with_value(title);
        let handle = self.repo.create(fixtures::document(&event)).await.expect("created");
        let id = handle.document_id().to_string();
        let status = hospes.register(&self.user, &id, json!({ "kind": "event", "city": city })).await;
        assert_eq!(status, StatusCode::CREATED, "registering an event as {}", self.user.name);
        self.sync(&handle).await;
        handle
    }

    /// Goes online until the server has every change of `handle`, then
    /// offline.
    async fn sync(&self, handle: &DocHandle) {
        let link = client::connect(&self.repo, &self.sync_url, &self.user).await;
        client::acknowledged(handle, &link).await;
        link.close();
    }
}

/// Changes an event's title, offline.
fn retitle(handle: &DocHandle, title: &str) {
    handle.with_document(|doc| {
        let mut event: Event = autosurgeon::hydrate(&*doc).expect("an event");
        event.title = Text::with_value(title);
        event.source_revision += 1;
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            reconcile(tx, &event).expect("reconciles");
            Ok(())
        })
        .expect("commits");
    });
}

/// The title readers of `city` see for the event, if it is published.
async fn published_title(hospes: &ServerProcess, city: &str, event: &DocHandle) -> Option<String> {
    let response = match reqwest::get(hospes.http_url(&format!("/api/v1/cities/{city}/fr/bundle"))).await {
        Ok(response) => response,
        Err(error) => panic!("the server is unreachable ({error}); its log ends:\n{}", log_tail(hospes)),
    };
    assert_eq!(response.status(), StatusCode::OK);
    let bundle: Value = response.json().await.expect("JSON");
    let id = event.document_id().to_string();
    bundle["items"]
        .as_array()
        .expect("a list of items")
        .iter()
        .find(|item| item["id"] == id.as_str())
        .map(|item| item["item"]["title"]["text"].as_str().expect("a title").to_string())
}

/// Waits until readers of `city` see the event titled `title`.
async fn wait_until_published(hospes: &ServerProcess, city: &str, event: &DocHandle, title: &str) {
    let waited = tokio::time::timeout(PATIENCE, async {
        loop {
            if published_title(hospes, city, event).await.as_deref() == Some(title) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    if waited.is_err() {
        panic!(
            "readers of {city} did not get {title:?} within {PATIENCE:?} (they see {:?}); the server's log ends:\n{}",
            published_title(hospes, city, event).await,
            log_tail(hospes)
        );
    }
}

/// The server's log without the readers' requests, last lines first cut.
fn log_tail(hospes: &ServerProcess) -> String {
    let log = hospes.log();
    let lines: Vec<&str> = log.lines().filter(|line| !line.contains("/bundle}")).collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

async fn post(hospes: &ServerProcess, user: &User, path: &str) -> StatusCode {
    user.request(Method::POST, &hospes.http_url(path)).send().await.expect("reachable").status()
}

#[tokio::test]
async fn a_trusted_volunteers_event_reaches_readers_without_anyone_publishing() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), PUBLISH_AT_ONCE).await;
    add_city(&hospes, "liege", true);
    let volunteer = hospes.add_user("vera", "liege", "volunteer", &[]).await;
    let admin = hospes.add_user("adele", "liege", "city_admin", &[]).await;

    // Written offline at the festival, synced when the phone found a
    // network, which it lost again at once.
    let phone = Phone::of(&hospes, &volunteer).await;
    let event = phone.new_event(&hospes, "liege", "Fête des voisins").await;
    wait_until_published(&hospes, "liege", &event, "Fête des voisins").await;

    // A later correction reaches readers the same way.
    retitle(&event, "Fête des voisins (sous le préau)");
    phone.sync(&event).await;
    wait_until_published(&hospes, "liege", &event, "Fête des voisins (sous le préau)").await;

    // The audit log says the server published it for the volunteer.
    let response = admin.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/audit")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let audit: Value = response.json().await.unwrap();
    let id = event.document_id().to_string();
    let publications: Vec<&Value> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["action"] == "published" && entry["subject"]["document"] == id.as_str())
        .collect();
    assert!(!publications.is_empty(), "{audit}");
    assert!(publications.iter().all(|entry| entry["actor"] == "vera (auto-publish)"), "{audit}");
}

#[tokio::test]
async fn volunteers_of_a_city_that_reviews_their_events_wait_for_an_editor() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), PUBLISH_AT_ONCE).await;
    add_city(&hospes, "osijek", false);
    add_city(&hospes, "liege", true);
    let wary = hospes.add_user("vera", "osijek", "volunteer", &[]).await;
    let trusted = hospes.add_user("vlad", "liege", "volunteer", &[]).await;
    let editor = hospes.add_user("elif", "osijek", "editor", &[]).await;

    let event = Phone::of(&hospes, &wary).await.new_event(&hospes, "osijek", "Kava i jezik").await;
    // A control: synced after it, in a trusting city.
    let control = Phone::of(&hospes, &trusted).await.new_event(&hospes, "liege", "Café des langues").await;
    wait_until_published(&hospes, "liege", &control, "Café des langues").await;
    assert_eq!(published_title(&hospes, "osijek", &event).await, None, "published without review");

    // The volunteer may not publish it either; an editor may.
    let path = format!("/api/v1/documents/{}/publish", event.document_id());
    assert_eq!(post(&hospes, &wary, &path).await, StatusCode::FORBIDDEN);
    assert_eq!(post(&hospes, &editor, &path).await, StatusCode::OK);
    assert_eq!(published_title(&hospes, "osijek", &event).await.as_deref(), Some("Kava i jezik"));
}

#[tokio::test]
async fn editors_events_wait_for_an_explicit_publish() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), PUBLISH_AT_ONCE).await;
    add_city(&hospes, "liege", true);
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let volunteer = hospes.add_user("vlad", "liege", "volunteer", &[]).await;
    // Also a volunteer: an editor's drafts still wait for their publish.
    let editor_and_volunteer = hospes.add_user("elif", "liege", "volunteer", &[]).await;

    let draft = Phone::of(&hospes, &editor).await.new_event(&hospes, "liege", "Brouillon").await;
    let other_draft = Phone::of(&hospes, &editor_and_volunteer).await.new_event(&hospes, "liege", "Autre brouillon").await;
    let control = Phone::of(&hospes, &volunteer).await.new_event(&hospes, "liege", "Café des langues").await;
    wait_until_published(&hospes, "liege", &control, "Café des langues").await;
    assert_eq!(published_title(&hospes, "liege", &draft).await, None, "an editor's draft went live");
    assert_eq!(published_title(&hospes, "liege", &other_draft).await, None, "an editor's draft went live");
}

#[tokio::test]
async fn an_event_an_editor_unpublished_stays_unpublished() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), PUBLISH_AT_ONCE).await;
    add_city(&hospes, "liege", true);
    let volunteer = hospes.add_user("vlad", "liege", "volunteer", &[]).await;
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let phone = Phone::of(&hospes, &volunteer).await;

    let event = phone.new_event(&hospes, "liege", "Soirée douteuse").await;
    wait_until_published(&hospes, "liege", &event, "Soirée douteuse").await;
    let unpublish = format!("/api/v1/documents/{}/unpublish", event.document_id());
    assert_eq!(post(&hospes, &editor, &unpublish).await, StatusCode::NO_CONTENT);
    assert_eq!(published_title(&hospes, "liege", &event).await, None);

    // The volunteer edits it again, then (a control) another event.
    retitle(&event, "Soirée douteuse (bis)");
    phone.sync(&event).await;
    let control = phone.new_event(&hospes, "liege", "Café des langues").await;
    wait_until_published(&hospes, "liege", &control, "Café des langues").await;
    assert_eq!(published_title(&hospes, "liege", &event).await, None, "the volunteer's edit brought it back");

    // An editor's publish pins that version only: the volunteer's next
    // edit stays invisible.
    let publish = format!("/api/v1/documents/{}/publish", event.document_id());
    assert_eq!(post(&hospes, &editor, &publish).await, StatusCode::OK);
    assert_eq!(published_title(&hospes, "liege", &event).await.as_deref(), Some("Soirée douteuse (bis)"));
    retitle(&event, "Soirée douteuse (ter)");
    phone.sync(&event).await;
    retitle(&control, "Café des langues (nouvelle salle)");
    phone.sync(&control).await;
    wait_until_published(&hospes, "liege", &control, "Café des langues (nouvelle salle)").await;
    assert_eq!(published_title(&hospes, "liege", &event).await.as_deref(), Some("Soirée douteuse (bis)"));
}

#[tokio::test]
async fn a_half_written_event_is_published_once_it_is_whole() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), PUBLISH_AT_ONCE).await;
    add_city(&hospes, "liege", true);
    let volunteer = hospes.add_user("vlad", "liege", "volunteer", &[]).await;
    let phone = Phone::of(&hospes, &volunteer).await;

    // Only a title so far: not yet an event the read side can show.
    let event = phone.repo.create(automerge::Automerge::new()).await.expect("created");
    client::put(&event, "title", "Pique-nique");
    let id = event.document_id().to_string();
    assert_eq!(hospes.register(&volunteer, &id, json!({ "kind": "event", "city": "liege" })).await, StatusCode::CREATED);
    phone.sync(&event).await;
    let control = phone.new_event(&hospes, "liege", "Café des langues").await;
    wait_until_published(&hospes, "liege", &control, "Café des langues").await;
    assert_eq!(published_title(&hospes, "liege", &event).await, None);

    // Finished later: published without anyone asking.
    let mut whole: Event = fixture("event.json");
    whole.title = Text::with_value("Pique-nique au parc");
    event.with_document(|doc| {
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            reconcile(tx, &whole).expect("reconciles");
            Ok(())
        })
        .expect("commits");
    });
    phone.sync(&event).await;
    wait_until_published(&hospes, "liege", &event, "Pique-nique au parc").await;
}

#[tokio::test]
async fn changes_stored_just_before_a_crash_are_published_at_the_next_start() {
    let dir = server::data_dir();
    let addr = server::free_local_addr();
    // So long a quiet period that this server never gets to publish.
    let hospes = ServerProcess::start_on(dir.path(), addr, &["--auto-publish-quiet-ms", "3600000"]).await;
    add_city(&hospes, "liege", true);
    let volunteer = hospes.add_user("vlad", "liege", "volunteer", &[]).await;
    let phone = Phone::of(&hospes, &volunteer).await;
    let event = phone.new_event(&hospes, "liege", "Fête de quartier").await;
    phone.repo.stop().await;
    // The server acknowledged the change (so it is stored) and has not
    // published it.
    assert_eq!(published_title(&hospes, "liege", &event).await, None);
    hospes.kill().await;

    let hospes = ServerProcess::start_on(dir.path(), addr, PUBLISH_AT_ONCE).await;
    wait_until_published(&hospes, "liege", &event, "Fête de quartier").await;
}

/// Sets an event's title and online link, offline.
fn relink(handle: &DocHandle, title: &str, online_link: &str) {
    handle.with_document(|doc| {
        let mut event: Event = autosurgeon::hydrate(&*doc).expect("an event");
        event.title = Text::with_value(title);
        event.online_link = online_link.to_string();
        event.source_revision += 1;
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            reconcile(tx, &event).expect("reconciles");
            Ok(())
        })
        .expect("commits");
    });
}

#[tokio::test]
async fn a_version_with_an_unsafe_link_is_not_auto_published_and_readers_keep_the_last_one() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), PUBLISH_AT_ONCE).await;
    add_city(&hospes, "liege", true);
    let volunteer = hospes.add_user("vlad", "liege", "volunteer", &[]).await;
    let phone = Phone::of(&hospes, &volunteer).await;
    let event = phone.new_event(&hospes, "liege", "Atelier vélo").await;
    wait_until_published(&hospes, "liege", &event, "Atelier vélo").await;

    // A link that would run a script: the server says which document and
    // field, never the value, and readers keep the version they had.
    relink(&event, "Atelier vélo (en ligne)", "javascript:alert(1)");
    phone.sync(&event).await;
    let refused = "not auto-published: a value readers' pages cannot show safely";
    let line = hospes
        .wait_for_log(refused, PATIENCE)
        .await
        .unwrap_or_else(|| panic!("no refusal logged; the server's log ends:\n{}", log_tail(&hospes)));
    let id = event.document_id().to_string();
    assert!(line.contains(&id) && line.contains("field=online_link"), "{line}");
    assert!(!hospes.log().contains("javascript:"), "content was logged:\n{}", log_tail(&hospes));
    assert_eq!(published_title(&hospes, "liege", &event).await.as_deref(), Some("Atelier vélo"));

    // Corrected, it goes live by itself; the refusal was said once.
    relink(&event, "Atelier vélo (en ligne)", "https://meet.example.org/velo");
    phone.sync(&event).await;
    wait_until_published(&hospes, "liege", &event, "Atelier vélo (en ligne)").await;
    assert_eq!(hospes.log().lines().filter(|line| line.contains(refused)).count(), 1, "{}", log_tail(&hospes));
}
