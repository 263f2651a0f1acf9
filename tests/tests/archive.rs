//! The multivoiced archive against the real server: a group whose members
//! come from two cities writes an entry with a voice each; who sees a
//! voice follows its author's consent (over sync and HTTP); a moderator
//! publishes the entry with exactly the public voices; an author's change
//! of mind (a new name, withdrawal) reaches readers at once.

use automerge::Automerge;
use autosurgeon::Text;
use hospes_content::archive::{ArchiveEntry, Theme, Voice, VoiceTranslation};
use hospes_tests::{ServerProcess, User, client, fixtures, media, server, storage_probe};
use reqwest::{Method, StatusCode};
use samod::Repo;
use serde_json::{Value, json};

/// The people of these tests, signed in.
struct Group {
    hospes: ServerProcess,
    /// A member in Liège, where the group lives.
    amal: User,
    /// A member from Osijek: an editor there, and a member of the Liège group.
    bogdan: User,
    moderator: User,
    /// Liège's editor, not in the group.
    editor: User,
    /// Liège's city admin, not in the group.
    admin: User,
    /// A member of another group.
    stranger: User,
}

async fn group(dir: &std::path::Path) -> Group {
    let hospes = ServerProcess::start(dir, &[]).await;
    for (slug, name) in [("liege", "Liège"), ("osijek", "Osijek")] {
        hospes.command(&["city", "add", "--slug", slug, "--name", name, "--source-language", "fr", "--language", "ar"]);
    }
    hospes.add_group("liege", "voices");
    hospes.add_group("liege", "other");
    let amal = hospes.add_user("amal", "liege", "group_member", &["--group", "voices"]).await;
    let bogdan_in_osijek = hospes.add_user("bogdan", "osijek", "editor", &[]).await;
    let bogdan = hospes.add_user("bogdan", "liege", "group_member", &["--group", "voices"]).await;
    assert_eq!(bogdan.name, bogdan_in_osijek.name, "one account, roles in two cities");
    Group {
        moderator: hospes.add_user("mira", "liege", "group_moderator", &["--group", "voices"]).await,
        editor: hospes.add_user("elif", "liege", "editor", &[]).await,
        admin: hospes.add_user("adam", "liege", "city_admin", &[]).await,
        stranger: hospes.add_user("sami", "liege", "group_member", &["--group", "other"]).await,
        amal,
        bogdan,
        hospes,
    }
}

/// What one member's phone holds.
struct Phone {
    repo: Repo,
    dialer: samod::DialerHandle<tokio_tungstenite::tungstenite::Error>,
}

async fn phone(hospes: &ServerProcess, user: &User) -> Phone {
    let repo = client::repo(user).await;
    let dialer = client::connect(&repo, &hospes.sync_url(), user).await;
    Phone { repo, dialer }
}

fn entry(voices: &[&str]) -> ArchiveEntry {
    ArchiveEntry {
        schema: 1,
        theme: Theme::FirstContactWithServices,
        title: Text::with_value("The first morning at the legal advice desk"),
        language: "fr".into(),
        cities: vec!["liege".into(), "osijek".into()],
        guide_links: vec![],
        voices: voices.iter().map(|voice| voice.to_string()).collect(),
    }
}

/// A voice; one in Arabic comes with a French translation by Amal (named in
/// the document, never to readers).
fn voice(entry: &str, language: &str, text: &str) -> Voice {
    let translations = if language == "ar" {
        vec![VoiceTranslation { language: "fr".into(), text: Text::with_value(format!("{text} (traduit)")), by: "amal".into() }]
    } else {
        vec![]
    };
    Voice {
        schema: 1,
        entry: entry.into(),
        language: language.into(),
        text: Text::with_value(text),
        audio: None,
        translations,
        photo: None,
    }
}

/// Creates `value` on `phone`, registers it as `class` and waits until the
/// server has it.
async fn create(hospes: &ServerProcess, user: &User, phone: &Phone, content: Automerge, class: Value) -> String {
    let handle = phone.repo.create(content).await.expect("created");
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(user, &id, class).await, StatusCode::CREATED);
    client::acknowledged(&handle, &phone.dialer).await;
    id
}

/// The entry and one voice each by Amal and Bogdan, synced; the entry
/// lists both voices. Returns (entry, Amal's voice, Bogdan's voice).
async fn entry_with_two_voices(group: &Group, amal_words: &str, bogdan_words: &str) -> (String, String, String) {
    let (ids, _amal_phone) = entry_with_two_voices_on_amals_phone(group, amal_words, bogdan_words).await;
    ids
}

/// [`entry_with_two_voices`], and Amal's phone, which still holds her voice.
async fn entry_with_two_voices_on_amals_phone(group: &Group, amal_words: &str, bogdan_words: &str) -> ((String, String, String), Phone) {
    let hospes = &group.hospes;
    let amal = phone(hospes, &group.amal).await;
    let bogdan = phone(hospes, &group.bogdan).await;
    let entry_class = json!({ "kind": "archive_entry", "city": "liege", "group": "voices" });
    let entry_id = create(hospes, &group.amal, &amal, fixtures::document(&entry(&[])), entry_class).await;
    let voice_class = json!({ "kind": "archive_voice", "city": "liege", "group": "voices", "item": entry_id });
    let amal_voice = create(hospes, &group.amal, &amal, fixtures::document(&voice(&entry_id, "ar", amal_words)), voice_class.clone()).await;
    let bogdan_voice = create(hospes, &group.bogdan, &bogdan, fixtures::document(&voice(&entry_id, "uk", bogdan_words)), voice_class).await;

    // Bogdan, from the other city, adds both voices to the entry he got by sync.
    let shared = client::find(&bogdan.repo, &entry_id).await.expect("members sync the group's entry");
    let listed = entry(&[&amal_voice, &bogdan_voice]);
    shared.with_document(|doc| {
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            autosurgeon::reconcile(tx, &listed).expect("reconciles");
            Ok(())
        })
        .expect("commits")
    });
    client::acknowledged(&shared, &bogdan.dialer).await;
    ((entry_id, amal_voice, bogdan_voice), amal)
}

async fn set_consent(hospes: &ServerProcess, user: &User, voice: &str, consent: Value) -> reqwest::Response {
    user.request(Method::PUT, &hospes.http_url(&format!("/api/v1/voices/{voice}/consent"))).json(&consent).send().await.expect("reachable")
}

async fn publish(hospes: &ServerProcess, user: &User, entry: &str) -> reqwest::Response {
    user.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{entry}/publish"))).send().await.expect("reachable")
}

/// What a reader (no account) gets of a city's archive, as text.
async fn archive_page(hospes: &ServerProcess, city: &str, language: &str) -> (Value, String) {
    let response = reqwest::get(hospes.http_url(&format!("/api/v1/cities/{city}/{language}/archive"))).await.expect("reachable");
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.expect("a body");
    (serde_json::from_str(&text).expect("JSON"), text)
}

/// Whether `marker` occurs in the raw bytes of the database file, its WAL
/// or its shared-memory file.
fn in_data_files(database: &std::path::Path, marker: &str) -> bool {
    ["", "-wal", "-shm"].iter().any(|suffix| {
        let path = format!("{}{suffix}", database.display());
        std::fs::read(&path).is_ok_and(|bytes| media::contains(&bytes, marker.as_bytes()))
    })
}

/// The author of `voice` as `user`'s list of documents names them.
async fn author_seen(hospes: &ServerProcess, user: &User, voice: &str) -> Option<Value> {
    let listed = hospes.documents(user, "liege").await;
    listed.into_iter().find(|document| document["documentId"] == json!(voice)).map(|document| document["author"].clone())
}

/// Whether `user`'s own fresh phone gets `document` by sync.
async fn syncs(hospes: &ServerProcess, user: &User, document: &str) -> bool {
    let device = phone(hospes, user).await;
    client::find(&device.repo, document).await.is_some()
}

#[tokio::test]
async fn a_groups_voices_reach_its_members_from_both_cities_and_no_one_else() {
    let dir = server::data_dir();
    let group = group(dir.path()).await;
    let hospes = &group.hospes;
    let (entry, amal_voice, bogdan_voice) = entry_with_two_voices(&group, "first-voice-7f3a", "second-voice-91c2").await;

    for (member, voice) in [(&group.amal, &bogdan_voice), (&group.bogdan, &amal_voice), (&group.moderator, &amal_voice)] {
        assert!(syncs(hospes, member, voice).await, "{} gets the other's voice", member.name);
    }
    let outsiders = [&group.editor, &group.admin, &group.stranger];
    for outsider in outsiders {
        for document in [&entry, &amal_voice, &bogdan_voice] {
            assert!(!syncs(hospes, outsider, document).await, "{} does not get {document}", outsider.name);
        }
        let consent =
            outsider.request(Method::GET, &hospes.http_url(&format!("/api/v1/voices/{amal_voice}/consent"))).send().await.unwrap();
        assert_eq!(consent.status(), StatusCode::NOT_FOUND, "a voice's consent is its author's to see");
    }
    let (page, _) = archive_page(hospes, "liege", "fr").await;
    assert_eq!(page["entries"], json!([]), "nothing is public before a moderator publishes");

    // Amal opens her voice to the city's editors: Elif gets it, no one else does.
    let opened = set_consent(hospes, &group.amal, &amal_voice, json!({ "visibility": "city-editors", "naming": { "as": "name" } })).await;
    assert_eq!(opened.status(), StatusCode::OK);
    assert!(syncs(hospes, &group.editor, &amal_voice).await, "the city's editor reads it now");
    let listed = hospes.documents(&group.editor, "liege").await;
    let voices: Vec<&Value> = listed.iter().filter(|document| document["kind"] == "archive_voice").collect();
    assert_eq!(voices.len(), 1, "the editor's list shows that voice only: {voices:?}");
    assert_eq!((&voices[0]["documentId"], &voices[0]["write"]), (&json!(amal_voice), &json!(false)));
    assert_eq!(voices[0]["author"], json!({ "own": false, "name": "amal" }), "by her name, as she chose");
    assert!(!syncs(hospes, &group.editor, &bogdan_voice).await, "not Bogdan's");

    // Anonymous to the city's editors, known to the group (who wrote it is said by the server).
    let anonymous = json!({ "visibility": "city-editors", "naming": { "as": "anonymous" } });
    assert_eq!(set_consent(hospes, &group.amal, &amal_voice, anonymous).await.status(), StatusCode::OK);
    assert_eq!(
        author_seen(hospes, &group.editor, &amal_voice).await,
        Some(json!({ "own": false, "name": null })),
        "no name for an anonymous author"
    );
    assert_eq!(
        author_seen(hospes, &group.bogdan, &amal_voice).await,
        Some(json!({ "own": false, "name": "amal" })),
        "the group knows its members"
    );
    assert_eq!(author_seen(hospes, &group.amal, &amal_voice).await, Some(json!({ "own": true, "name": "amal" })));
    assert!(!syncs(hospes, &group.admin, &amal_voice).await, "a city admin is not an editor");

    // Only the author sets consent; a moderator does not.
    let by_moderator =
        set_consent(hospes, &group.moderator, &amal_voice, json!({ "visibility": "public", "naming": { "as": "name" } })).await;
    assert_eq!(by_moderator.status(), StatusCode::NOT_FOUND);
    let anonymous = reqwest::Client::new()
        .put(hospes.http_url(&format!("/api/v1/voices/{amal_voice}/consent")))
        .json(&json!({ "visibility": "public", "naming": { "as": "name" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let empty_pseudonym =
        set_consent(hospes, &group.amal, &amal_voice, json!({ "visibility": "group", "naming": { "as": "pseudonym", "name": " " } })).await;
    assert_eq!(empty_pseudonym.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_published_entry_carries_exactly_the_public_voices_and_no_name_of_an_anonymous_author() {
    let dir = server::data_dir();
    let group = group(dir.path()).await;
    let hospes = &group.hospes;
    let (entry, amal_voice, bogdan_voice) = entry_with_two_voices(&group, "first-voice-5b1e", "second-voice-c0d4").await;

    let refused = publish(hospes, &group.moderator, &entry).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "no voice is public yet");
    for (author, voice, naming) in [
        (&group.amal, &amal_voice, json!({ "as": "pseudonym", "name": "Sky over the Meuse" })),
        (&group.bogdan, &bogdan_voice, json!({ "as": "anonymous" })),
    ] {
        let response = set_consent(hospes, author, voice, json!({ "visibility": "public", "naming": naming })).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    assert_eq!(publish(hospes, &group.amal, &entry).await.status(), StatusCode::FORBIDDEN, "members do not publish");
    assert_eq!(publish(hospes, &group.moderator, &entry).await.status(), StatusCode::OK);

    for city in ["liege", "osijek"] {
        let (page, text) = archive_page(hospes, city, "fr").await;
        let voices = &page["entries"][0]["voices"];
        assert_eq!(voices.as_array().map(Vec::len), Some(2), "{city}: {page}");
        assert_eq!(voices[0]["author"], "Sky over the Meuse");
        assert_eq!(voices[0]["text"], "first-voice-5b1e (traduit)", "in the reader's language where translated");
        assert_eq!(
            voices[0]["translation"],
            json!({ "original_language": "ar", "original_text": "first-voice-5b1e" }),
            "marked as a translation, its translator not named"
        );
        assert_eq!((&voices[1]["language"], &voices[1]["translation"]), (&json!("uk"), &Value::Null), "in its own words otherwise");
        assert_eq!(voices[1]["author"], Value::Null);
        assert!(!text.contains("bogdan"), "the anonymous author is named nowhere: {text}");
        assert!(!text.contains("amal\""), "nor is a pseudonymous one's account");
    }

    // Amal changes her mind: anonymous too. Readers see it at once.
    let response = set_consent(hospes, &group.amal, &amal_voice, json!({ "visibility": "public", "naming": { "as": "anonymous" } })).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (page, text) = archive_page(hospes, "liege", "fr").await;
    assert_eq!(page["entries"][0]["voices"][0]["author"], Value::Null);
    assert!(!text.contains("Sky over the Meuse"));

    // Bogdan narrows his to the group: his voice leaves the published entry.
    let response =
        set_consent(hospes, &group.bogdan, &bogdan_voice, json!({ "visibility": "group", "naming": { "as": "anonymous" } })).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (_, text) = archive_page(hospes, "osijek", "fr").await;
    assert!(!text.contains("second-voice-c0d4"), "{text}");
    assert!(text.contains("first-voice-5b1e"));
}

#[tokio::test]
async fn a_withdrawn_voice_leaves_readers_and_members_at_once_and_cannot_come_back() {
    let dir = server::data_dir();
    let group = group(dir.path()).await;
    let hospes = &group.hospes;
    let ((entry, amal_voice, bogdan_voice), amal_phone) =
        entry_with_two_voices_on_amals_phone(&group, "first-voice-e29d", "second-voice-4a77").await;
    let database = hospes.data_dir.join("hospes.sqlite");
    assert!(in_data_files(&database, "first-voice-e29d"), "the words are stored before the withdrawal");
    for (author, voice) in [(&group.amal, &amal_voice), (&group.bogdan, &bogdan_voice)] {
        let response = set_consent(hospes, author, voice, json!({ "visibility": "public", "naming": { "as": "name" } })).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    assert_eq!(publish(hospes, &group.moderator, &entry).await.status(), StatusCode::OK);

    let withdraw = |user: &User| user.request(Method::POST, &hospes.http_url(&format!("/api/v1/voices/{amal_voice}/withdraw"))).send();
    assert_eq!(withdraw(&group.bogdan).await.unwrap().status(), StatusCode::NOT_FOUND, "only its author withdraws a voice");
    assert_eq!(withdraw(&group.amal).await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(withdraw(&group.amal).await.unwrap().status(), StatusCode::NO_CONTENT, "twice is harmless");

    let (page, text) = archive_page(hospes, "liege", "ar").await;
    assert!(!text.contains("first-voice-e29d") && !text.contains("\"amal\""), "{text}");
    assert_eq!(page["entries"][0]["voices"][0]["text"], "second-voice-4a77");
    assert!(!syncs(hospes, &group.bogdan, &amal_voice).await, "no member gets a withdrawn voice");
    assert!(syncs(hospes, &group.bogdan, &bogdan_voice).await);

    // Erased: nothing of her words is left in the database, its WAL or
    // shared memory file, and her phone, which still holds the voice,
    // cannot bring it back, connected or reconnecting.
    assert!(!in_data_files(&database, "first-voice-e29d"), "the withdrawn words are erased from the data directory");
    let held = client::find(&amal_phone.repo, &amal_voice).await.expect("the phone keeps its copy");
    client::put(&held, "text", "first-voice-e29d, said again");
    let control = client::find(&amal_phone.repo, &entry).await.expect("the entry");
    client::put(&control, "title", "edited after the withdrawal");
    client::acknowledged(&control, &amal_phone.dialer).await;
    // The same phone reconnects, its copy of the voice still in hand.
    amal_phone.dialer.close();
    let redialed = client::connect(&amal_phone.repo, &hospes.sync_url(), &group.amal).await;
    client::put(&held, "text", "first-voice-e29d, said a third time");
    client::put(&control, "title", "edited after reconnecting");
    client::acknowledged(&control, &redialed).await;
    let fresh = phone(hospes, &group.amal).await;
    assert!(client::find(&fresh.repo, &amal_voice).await.is_none(), "the server has nothing to give back");
    assert!(!storage_probe::has_chunks(&database, &amal_voice), "nothing of the old voice is stored again");
    assert!(!in_data_files(&database, "first-voice-e29d"));

    let again = json!({ "kind": "archive_voice", "city": "liege", "group": "voices", "item": entry });
    assert_eq!(hospes.register(&group.amal, &amal_voice, again).await, StatusCode::GONE, "an erased id is not registered again");

    let consent = group.amal.request(Method::GET, &hospes.http_url(&format!("/api/v1/voices/{amal_voice}/consent"))).send().await.unwrap();
    assert_eq!(consent.json::<Value>().await.unwrap()["withdrawn"], true);
    let again = set_consent(hospes, &group.amal, &amal_voice, json!({ "visibility": "public", "naming": { "as": "name" } })).await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "a withdrawn voice is not shown again");

    // The last public voice withdrawn: the entry leaves the read side.
    let last = group.bogdan.request(Method::POST, &hospes.http_url(&format!("/api/v1/voices/{bogdan_voice}/withdraw"))).send().await;
    assert_eq!(last.unwrap().status(), StatusCode::NO_CONTENT);
    for city in ["liege", "osijek"] {
        assert_eq!(archive_page(hospes, city, "fr").await.0["entries"], json!([]), "{city}");
    }
}

#[tokio::test]
async fn a_withdrawal_whose_erasure_was_interrupted_is_finished_when_the_server_starts() {
    let dir = server::data_dir();
    let group = group(dir.path()).await;
    let (_, amal_voice, _) = entry_with_two_voices(&group, "first-voice-0b6f", "second-voice-d13a").await;
    let database = group.hospes.data_dir.join("hospes.sqlite");
    assert!(group.hospes.terminate().await.success());
    assert!(in_data_files(&database, "first-voice-0b6f"));

    // As if the server stopped between the withdrawal's commit and the erasure.
    let conn = rusqlite::Connection::open(&database).unwrap();
    conn.execute("UPDATE voice_consents SET withdrawn_at = 1 WHERE doc_id = ?1", [&amal_voice]).unwrap();
    drop(conn);

    let restarted = ServerProcess::start(dir.path(), &[]).await;
    assert!(!in_data_files(&database, "first-voice-0b6f"), "erased before the server serves");
    assert!(in_data_files(&database, "second-voice-d13a"), "the other voice is untouched");
    assert!(restarted.terminate().await.success());
}

#[tokio::test]
async fn the_demo_archive_shows_every_kind_of_consent_as_its_authors_gave_it() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let (page, text) = archive_page(&hospes, "sample-city", "en").await;
    let entries = page["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 2, "{page}");
    let voices_of = |title: &str| -> Vec<Value> {
        entries.iter().find(|entry| entry["title"] == title).expect(title)["voices"].as_array().unwrap().clone()
    };
    let desk = voices_of("The first morning at the advice desk");
    let authors: Vec<&Value> = desk.iter().map(|voice| &voice["author"]).collect();
    assert_eq!(authors, [&json!("Amal (sample)"), &json!("Lastivka"), &Value::Null], "named, pseudonym, anonymous");
    assert!(desk.iter().all(|voice| voice["language"] == "en" && voice["translation"].is_object()), "translated into English");
    assert!(!text.contains("Leyla") && !text.contains("Bohdan"), "no name of the anonymous or pseudonymous authors");
    assert!(!text.contains("for the group only"), "a group-only voice is not public");
    let room = voices_of("Looking for a room");
    assert_eq!(room.len(), 1, "the city editors' voice and the withdrawn one are not public: {room:?}");

    // The offline bundle carries the same entries.
    let bundle: Value = reqwest::get(hospes.http_url("/api/v1/cities/sample-city/en/bundle")).await.unwrap().json().await.unwrap();
    assert_eq!(bundle["archive"], page["entries"], "the bundle holds the archive for reading offline");

    // The second city's readers get the entry that speaks about it, in Romanian.
    let (town, _) = archive_page(&hospes, "sample-town", "ro").await;
    assert_eq!(town["entries"].as_array().map(Vec::len), Some(1));
    assert!(town["entries"][0]["voices"][0]["text"].as_str().unwrap().starts_with("Am vizitat"));

    // The withdrawn voice was erased when the server started.
    let database = hospes.data_dir.join("hospes.sqlite");
    assert!(!in_data_files(&database, "сервер стирає його"), "the withdrawn voice is erased");
    assert!(in_data_files(&database, "Am vizitat"), "what is published is stored");
    assert!(in_data_files(&database, "Draft, for the group only"), "and a voice's own words, where the withdrawn ones would be");
}

#[tokio::test]
async fn the_groups_export_holds_its_transcripts_and_a_manifest_and_no_withdrawn_voice() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    assert!(hospes.terminate().await.success());
    let out = dir.path().join("voices.zip");
    let (exported, text) =
        hospes_tests::accounts::command(dir.path(), &["archive", "export", "--group", "voices-of-arrival", out.to_str().unwrap()]);
    assert!(exported, "{text}");

    let files = hospes_tests::export::texts(&out);
    let manifest: Value = serde_json::from_str(&files["manifest.json"]).expect("a JSON manifest");
    let entries = manifest["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let voices: Vec<&Value> = entries.iter().flat_map(|entry| entry["voices"].as_array().unwrap()).collect();
    assert_eq!(voices.len(), 6, "every voice but the withdrawn one, the group-only ones too: {manifest}");
    for voice in &voices {
        let transcript = &files[voice["transcript"].as_str().unwrap()];
        assert!(transcript.contains("- Language: "), "{transcript}");
    }
    let naming: Vec<&str> = voices.iter().map(|voice| voice["naming"].as_str().unwrap()).collect();
    assert!(naming.contains(&"anonymous") && naming.contains(&"pseudonym"));
    assert_eq!(entries[0]["voices"][2]["author"], Value::Null, "the anonymous voice");
    let everything: String = files.values().cloned().collect();
    assert!(!everything.contains("Leyla"), "no name of an anonymous author");
    assert!(!everything.contains("Bohdan"), "nor the account behind a pseudonym");
    assert!(!everything.contains("сервер стирає"), "no withdrawn voice");
    assert!(everything.contains("Draft, for the group only"), "the group's own voices are the group's to use");

    let (refused, text) = hospes_tests::accounts::command(dir.path(), &["archive", "export", "--group", "nobody", out.to_str().unwrap()]);
    assert!(!refused && text.contains("no archive group nobody"), "{text}");
}

#[tokio::test]
async fn only_the_groups_moderators_export_it_over_http() {
    let dir = server::data_dir();
    let group = group(dir.path()).await;
    let hospes = &group.hospes;
    entry_with_two_voices(&group, "first-voice-77aa", "second-voice-88bb").await;
    let url = hospes.http_url("/api/v1/cities/liege/groups/voices/export.zip");
    for (user, expected) in
        [(&group.amal, StatusCode::FORBIDDEN), (&group.admin, StatusCode::FORBIDDEN), (&group.stranger, StatusCode::FORBIDDEN)]
    {
        assert_eq!(user.request(Method::GET, &url).send().await.unwrap().status(), expected, "{}", user.name);
    }
    assert_eq!(reqwest::get(&url).await.unwrap().status(), StatusCode::UNAUTHORIZED);
    let response = group.moderator.request(Method::GET, &url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut manifest = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("manifest.json").unwrap(), &mut manifest).unwrap();
    let manifest: Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["entries"][0]["voices"].as_array().map(Vec::len), Some(2), "{manifest}");
}

#[tokio::test]
async fn a_voices_recording_is_the_groups_until_published_goes_into_the_export_and_leaves_with_the_voice() {
    let dir = server::data_dir();
    let group = group(dir.path()).await;
    let hospes = &group.hospes;
    let ((entry, amal_voice, _), amal_phone) = entry_with_two_voices_on_amals_phone(&group, "first-voice-3c3c", "second-voice-4d4d").await;

    // Amal records a first take, then the one she keeps.
    let held = client::find(&amal_phone.repo, &amal_voice).await.unwrap();
    let first_take =
        media::upload(hospes, &media::upload_path("liege", "voices"), Some(&group.amal), "audio/ogg", media::fixture("with-comments.ogg"))
            .await
            .unwrap();
    assert_eq!(first_take.status(), StatusCode::CREATED);
    let first_take: Value = first_take.json().await.unwrap();
    let first_take = first_take["hash"].as_str().unwrap().to_string();
    client::put(&held, "audio", &first_take);
    client::acknowledged(&held, &amal_phone.dialer).await;
    let hash = media::upload_recording(hospes, "liege", "voices", &group.amal).await;
    client::put(&held, "audio", &hash);
    client::acknowledged(&held, &amal_phone.dialer).await;
    let media_url = hospes.http_url(&format!("/api/v1/media/{hash}"));
    assert_eq!(reqwest::get(&media_url).await.unwrap().status(), StatusCode::NOT_FOUND, "the group's until published");

    let response = set_consent(hospes, &group.amal, &amal_voice, json!({ "visibility": "public", "naming": { "as": "name" } })).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(publish(hospes, &group.moderator, &entry).await.status(), StatusCode::OK);
    assert_eq!(reqwest::get(&media_url).await.unwrap().status(), StatusCode::OK, "readers play it once published");
    let (page, _) = archive_page(hospes, "liege", "fr").await;
    assert_eq!(page["entries"][0]["voices"][0]["audio"], json!(hash));

    let export = group.moderator.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/groups/voices/export.zip")).send().await;
    let bytes = export.unwrap().bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    assert!(zip.by_name(&format!("audio/{hash}.webm")).is_ok(), "the recording is in the export");

    // Narrowed to the group: readers can no longer fetch it.
    let response = set_consent(hospes, &group.amal, &amal_voice, json!({ "visibility": "group", "naming": { "as": "name" } })).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(reqwest::get(&media_url).await.unwrap().status(), StatusCode::NOT_FOUND);

    let replaced = hospes.data_dir.join("media").join(&first_take[..2]).join(&first_take);
    assert!(replaced.exists(), "a replaced take stays on the server while the voice does");
    // Withdrawn: the files are gone from the data directory.
    let withdrawn = group.amal.request(Method::POST, &hospes.http_url(&format!("/api/v1/voices/{amal_voice}/withdraw"))).send().await;
    assert_eq!(withdrawn.unwrap().status(), StatusCode::NO_CONTENT);
    let member_read = group.bogdan.request(Method::GET, &media_url).send().await.unwrap();
    assert_eq!(member_read.status(), StatusCode::NOT_FOUND);
    for (recording, what) in [(&hash, "the recording's file is deleted"), (&first_take, "so is the take it replaced")] {
        let stored = hospes.data_dir.join("media").join(&recording[..2]).join(recording);
        assert!(!stored.exists(), "{what}");
    }
}
