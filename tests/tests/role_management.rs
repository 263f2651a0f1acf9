//! Acceptance: roles can only be used as far as they reach. A volunteer in a
//! city that trusts volunteers publishes and unpublishes the events they
//! made, never an editor's. A city admin manages the city's roles but not
//! an archive group's: not even by giving themself `group_member` can city
//! staff read a group's unpublished work. The group's moderators give and
//! take its roles, and each manager sees only the people and roles in
//! their remit.

use hospes_tests::{ServerProcess, User, client, fixtures, server};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn post(hospes: &ServerProcess, user: &User, path: &str) -> StatusCode {
    user.request(Method::POST, &hospes.http_url(path)).send().await.expect("reachable").status()
}

/// Makes an event as `owner` and syncs it; returns its id.
async fn event_of(
    hospes: &ServerProcess,
    owner: &User,
) -> (String, samod::Repo, samod::DialerHandle<tokio_tungstenite::tungstenite::Error>) {
    let repo = client::repo(owner).await;
    let dialer = client::connect(&repo, &hospes.sync_url(), owner).await;
    let handle = repo.create(fixtures::document_of_kind("event", None)).await.expect("created");
    let id = handle.document_id().to_string();
    assert_eq!(hospes.register(owner, &id, json!({ "kind": "event", "city": "liege" })).await, StatusCode::CREATED);
    client::acknowledged(&handle, &dialer).await;
    (id, repo, dialer)
}

#[tokio::test]
async fn volunteers_publish_and_unpublish_only_their_own_events() {
    let dir = server::data_dir();
    // Auto-publish would publish the volunteer's event by itself; keep it out of the way.
    let hospes = ServerProcess::start(dir.path(), &["--auto-publish-quiet-ms", "3600000"]).await;
    let editor = hospes.city_with_editor("liege", "elif").await;
    let volunteer = hospes.add_user("vera", "liege", "volunteer", &[]).await;
    let (editors_event, _r1, _d1) = event_of(&hospes, &editor).await;
    let (own_event, _r2, _d2) = event_of(&hospes, &volunteer).await;
    assert_eq!(post(&hospes, &editor, &format!("/api/v1/documents/{editors_event}/publish")).await, StatusCode::OK);

    let unpublish = |id: &str| format!("/api/v1/documents/{id}/unpublish");
    let publish = |id: &str| format!("/api/v1/documents/{id}/publish");
    assert_eq!(post(&hospes, &volunteer, &unpublish(&editors_event)).await, StatusCode::FORBIDDEN);
    assert_eq!(post(&hospes, &volunteer, &publish(&editors_event)).await, StatusCode::FORBIDDEN);
    let readers_see = |id: String| {
        let url = hospes.http_url(&format!("/api/v1/cities/liege/en/items/{id}"));
        async move { reqwest::get(url).await.unwrap().status() }
    };
    assert_eq!(readers_see(editors_event.clone()).await, StatusCode::OK, "the editor's event stays published");

    assert_eq!(post(&hospes, &volunteer, &publish(&own_event)).await, StatusCode::OK);
    assert_eq!(readers_see(own_event.clone()).await, StatusCode::OK);
    assert_eq!(post(&hospes, &volunteer, &unpublish(&own_event)).await, StatusCode::NO_CONTENT);
    assert_eq!(readers_see(own_event.clone()).await, StatusCode::NOT_FOUND);

    // The editing app is told the same.
    let listed = hospes.documents(&volunteer, "liege").await;
    let may_publish = |id: &str| listed.iter().find(|d| d["documentId"] == id).expect("listed")["publish"].clone();
    assert_eq!(may_publish(&editors_event), json!(false));
    assert_eq!(may_publish(&own_event), json!(true));
}

fn account_id(hospes: &ServerProcess, name: &str) -> i64 {
    let db = rusqlite::Connection::open(hospes.data_dir.join("hospes.sqlite")).unwrap();
    db.query_row("SELECT id FROM accounts WHERE name = ?1", [name], |row| row.get(0)).unwrap()
}

async fn members(hospes: &ServerProcess, user: &User) -> Value {
    let response = user.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/members")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn names(members: &Value) -> Vec<&str> {
    members.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn an_archive_groups_roles_are_given_by_its_moderators_not_by_city_admins() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.add_city("liege");
    hospes.add_group("liege", "voices");
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;
    let moderator = hospes.add_user("marek", "liege", "group_moderator", &["--group", "voices"]).await;
    let member = hospes.add_user("mariam", "liege", "group_member", &["--group", "voices"]).await;
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    // The group's unpublished work.
    let repo = client::repo(&member).await;
    let dialer = client::connect(&repo, &hospes.sync_url(), &member).await;
    let entry = repo.create(fixtures::document_of_kind("archive_entry", None)).await.unwrap();
    let entry_id = entry.document_id().to_string();
    let class = json!({ "kind": "archive_entry", "city": "liege", "group": "voices" });
    assert_eq!(hospes.register(&member, &entry_id, class).await, StatusCode::CREATED);
    client::acknowledged(&entry, &dialer).await;

    // The admin tries to make themself a member: refused, nothing changes.
    let roles = |account: i64| hospes.http_url(&format!("/api/v1/cities/liege/members/{account}/roles"));
    let anna = account_id(&hospes, "anna");
    let refused = admin
        .request(Method::PUT, &roles(anna))
        .json(&json!({ "roles": [{ "role": "city_admin" }, { "role": "group_member", "group": "voices" }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(refused.json::<Value>().await.unwrap()["error"], "not_your_role_to_give");
    let invite = |user: &User, role: Value| user.request(Method::POST, &hospes.http_url("/api/v1/cities/liege/invites")).json(&role).send();
    assert_eq!(invite(&admin, json!({ "role": "group_member", "group": "voices" })).await.unwrap().status(), StatusCode::FORBIDDEN);
    let admin_now = hospes.sign_in("anna", &admin.passphrase).await;
    let listed = hospes.documents(&admin_now, "liege").await;
    assert!(listed.iter().all(|d| d["documentId"] != entry_id.as_str()), "the admin is not given the group's entry");
    let admin_repo = client::repo(&admin_now).await;
    let _admin_link = client::connect(&admin_repo, &hospes.sync_url(), &admin_now).await;
    let found = admin_repo.find(entry_id.parse().unwrap()).await.ok().flatten();
    assert!(found.is_none(), "the admin cannot sync the group's entry");

    // The admin sees neither the group's members nor their group roles.
    assert_eq!(names(&members(&hospes, &admin).await), vec!["anna", "elif"]);
    // An admin saving an editor's roles cannot take a group role they do not see.
    let passphrase = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(passphrase.path(), &editor.passphrase).unwrap();
    let file = passphrase.path().to_str().unwrap();
    hospes.command(&[
        "user",
        "add",
        "--city",
        "liege",
        "--role",
        "group_member",
        "--group",
        "voices",
        "--name",
        "elif",
        "--passphrase-file",
        file,
    ]);
    let saved = admin
        .request(Method::PUT, &roles(account_id(&hospes, "elif")))
        .json(&json!({ "roles": [{ "role": "editor" }, { "role": "translator", "languages": ["ar"] }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::OK);
    let moderators_view = members(&hospes, &moderator).await;
    let elif = moderators_view.as_array().unwrap().iter().find(|m| m["name"] == "elif").expect("the moderator sees elif as a member");
    assert_eq!(elif["roles"], json!([{ "role": "group_member", "city": "liege", "group": "voices", "languages": [] }]));
    assert_eq!(names(&moderators_view), vec!["elif", "marek", "mariam"], "and only the group's people");

    // The moderator gives and takes the group's roles.
    let created = invite(&moderator, json!({ "role": "group_member", "group": "voices" })).await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    assert_eq!(invite(&moderator, json!({ "role": "editor" })).await.unwrap().status(), StatusCode::FORBIDDEN);
    let mariam = account_id(&hospes, "mariam");
    assert_eq!(post(&hospes, &moderator, &format!("/api/v1/cities/liege/members/{mariam}/revoke")).await, StatusCode::NO_CONTENT);
    assert_eq!(hospes.login("mariam", &member.passphrase).await.status(), StatusCode::UNAUTHORIZED, "no role left anywhere");
    // The admin cannot revoke someone they do not manage.
    let marek = account_id(&hospes, "marek");
    assert_eq!(post(&hospes, &admin, &format!("/api/v1/cities/liege/members/{marek}/revoke")).await, StatusCode::NOT_FOUND);
}
