//! Acceptance for accounts and sessions: `/sync` needs a live session and
//! the session's own peer id; invites work once and expire; passphrases are
//! never stored or logged in clear; guessing slows the guesser and locks
//! out nobody else, the owner included; readers get no cookie and leave no
//! address in the logs; bad input gets a clear 4xx.

use std::time::Duration;

use hospes_tests::{ServerProcess, User, client, server};
use reqwest::header::{RETRY_AFTER, SET_COOKIE};
use reqwest::{Method, StatusCode};
use rusqlite::Connection;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// The HTTP status of a `/sync` upgrade with this `Authorization` header.
async fn upgrade_status(hospes: &ServerProcess, bearer: Option<&str>) -> u16 {
    let mut request = hospes.sync_url().into_client_request().expect("a request");
    if let Some(token) = bearer {
        request.headers_mut().insert("authorization", format!("Bearer {token}").parse().unwrap());
    }
    match tokio_tungstenite::connect_async(request).await {
        Ok(_) => 101,
        Err(WsError::Http(response)) => response.status().as_u16(),
        Err(other) => panic!("unexpected upgrade failure: {other}"),
    }
}

fn database(hospes: &ServerProcess) -> Connection {
    Connection::open(hospes.data_dir.join("hospes.sqlite")).expect("the database opens")
}

async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.expect("a JSON body")
}

#[tokio::test]
async fn sync_needs_a_live_session() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.city_with_editor("liege", "elif").await;
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;

    assert_eq!(upgrade_status(&hospes, None).await, 401, "no session");
    assert_eq!(upgrade_status(&hospes, Some("not-a-real-token")).await, 401, "a made-up token");
    assert_eq!(upgrade_status(&hospes, Some(&editor.token)).await, 101, "a live session");

    // Logged out: the token is dead.
    let gone = hospes.sign_in("elif", &editor.passphrase).await;
    let logout = gone.request(Method::POST, &hospes.http_url("/api/v1/logout")).send().await.unwrap();
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(upgrade_status(&hospes, Some(&gone.token)).await, 401, "a logged-out session");

    // Expired.
    let old = hospes.sign_in("elif", &editor.passphrase).await;
    database(&hospes).execute("UPDATE sessions SET expires_at = 0 WHERE id = ?1", [old.peer_id.trim_start_matches("session-")]).unwrap();
    assert_eq!(upgrade_status(&hospes, Some(&old.token)).await, 401, "an expired session");

    // Revoked while connected: the connection closes and cannot come back.
    let phone = client::repo(&editor).await;
    let dialer = client::connect(&phone, &hospes.sync_url(), &editor).await;
    let members: Value = json_of(admin.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/members")).send().await.unwrap()).await;
    let elif = members.as_array().unwrap().iter().find(|m| m["name"] == "elif").expect("elif is a member");
    let revoke = admin
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/cities/liege/members/{}/revoke", elif["accountId"])))
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), StatusCode::NO_CONTENT);
    tokio::time::timeout(Duration::from_secs(10), async {
        while dialer.is_connected() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the revoked session's connection closes");
    assert_eq!(upgrade_status(&hospes, Some(&editor.token)).await, 401, "a revoked session");
    assert_eq!(hospes.login("elif", &editor.passphrase).await.status(), StatusCode::UNAUTHORIZED, "a revoked account cannot sign in");
}

#[tokio::test]
async fn a_client_claiming_another_peer_id_is_disconnected() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.city_with_editor("liege", "elif").await;
    let impostor = User { peer_id: "session-someone-else".to_string(), ..editor.clone() };
    let phone = client::repo(&impostor).await;
    let dialer = client::dial(&phone, &hospes.sync_url(), &impostor);
    let established = tokio::time::timeout(Duration::from_secs(3), dialer.established()).await;
    assert!(!matches!(established, Ok(Ok(_))), "a handshake with another peer id must not succeed");
    // The honest client with the same session connects.
    let honest = client::repo(&editor).await;
    client::connect(&honest, &hospes.sync_url(), &editor).await;
}

#[tokio::test]
async fn invites_work_once_expire_and_never_expose_passphrases() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.add_city("liege");
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;

    let invite = |role: Value| admin.request(Method::POST, &hospes.http_url("/api/v1/cities/liege/invites")).json(&role).send();
    let created = invite(json!({ "role": "translator", "languages": ["ar", "fa"] })).await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let token = json_of(created).await["token"].as_str().unwrap().to_string();

    let shown = json_of(reqwest::get(hospes.http_url(&format!("/api/v1/invites/{token}"))).await.unwrap()).await;
    assert_eq!(shown["role"], "translator");
    assert_eq!(shown["languages"], json!(["ar", "fa"]));

    let passphrase = "saffron tea at the harbour";
    let accept = |name: &str| {
        reqwest::Client::new()
            .post(hospes.http_url(&format!("/api/v1/invites/{token}/accept")))
            .json(&json!({ "name": name, "passphrase": passphrase }))
            .send()
    };
    let accepted = accept("Nour").await.unwrap();
    assert_eq!(accepted.status(), StatusCode::CREATED);
    assert!(accepted.headers()[SET_COOKIE].to_str().unwrap().contains("HttpOnly"));
    assert!(accepted.headers()[SET_COOKIE].to_str().unwrap().contains("SameSite=Strict"));
    let body = json_of(accepted).await;
    assert_eq!(body["roles"][0]["role"], "translator");

    let again = accept("Nour's friend").await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "an invite works once");
    assert_eq!(reqwest::get(hospes.http_url(&format!("/api/v1/invites/{token}"))).await.unwrap().status(), StatusCode::NOT_FOUND);

    // An invite past its 7 days is gone.
    let later = json_of(invite(json!({ "role": "editor" })).await.unwrap()).await;
    let later_token = later["token"].as_str().unwrap();
    database(&hospes).execute("UPDATE invites SET expires_at = 0 WHERE used_at IS NULL", []).unwrap();
    let expired = reqwest::Client::new()
        .post(hospes.http_url(&format!("/api/v1/invites/{later_token}/accept")))
        .json(&json!({ "name": "Late", "passphrase": passphrase }))
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), StatusCode::NOT_FOUND, "an expired invite");

    // Signing in works; the passphrase is nowhere in clear.
    hospes.sign_in("nour", passphrase).await;
    hospes.terminate().await;
    for file in ["hospes.sqlite", "hospes.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(dir.path().join(file)) {
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains(passphrase), "{file} holds the passphrase in clear");
            assert!(!text.contains(&token), "{file} holds an invite token in clear");
        }
    }
}

#[tokio::test]
async fn the_server_log_never_holds_a_passphrase() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.city_with_editor("liege", "elif").await;
    hospes.login("elif", "a wrong passphrase here").await;
    hospes.sign_in("elif", &editor.passphrase).await;
    let log = hospes.log();
    assert!(!log.contains(&editor.passphrase));
    assert!(!log.contains("a wrong passphrase here"));
    assert!(!log.contains(&editor.token));
}

#[tokio::test]
async fn guessing_slows_the_guesser_and_never_locks_out_the_owner() {
    let dir = server::data_dir();
    // Clients are told apart by address; here they come through "a proxy" on loopback.
    let hospes = ServerProcess::start(dir.path(), &["--trusted-proxy", "127.0.0.1"]).await;
    let target = hospes.city_with_editor("liege", "elif").await;
    let other = hospes.add_user("oleg", "liege", "editor", &[]).await;
    let guesser = "203.0.113.7";

    let mut statuses = Vec::new();
    for attempt in 0..8 {
        let response = hospes.login_from(guesser, "elif", &format!("guess number {attempt}")).await;
        statuses.push(response.status());
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            let wait: u64 = response.headers()[RETRY_AFTER].to_str().unwrap().parse().unwrap();
            assert!((1..=20).contains(&wait), "a short wait: {wait} s");
            assert_eq!(json_of(response).await["error"], "too_many_attempts");
        }
    }
    // Five attempts for a name come at once, then that client waits.
    assert_eq!(&statuses[..5], &[StatusCode::UNAUTHORIZED; 5], "the first guesses are merely wrong");
    assert!(statuses[5..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "then refused: {statuses:?}");
    assert_eq!(
        hospes.login_from(guesser, "elif", &target.passphrase).await.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "from the guesser's address even the right passphrase waits"
    );
    // The guesser could not lock the owner out, nor anyone else.
    assert_eq!(hospes.login_from("198.51.100.1", "elif", &target.passphrase).await.status(), StatusCode::OK, "the owner's phone");
    assert_eq!(hospes.login_from(guesser, "oleg", &other.passphrase).await.status(), StatusCode::OK, "another name");

    // Many addresses guessing at one name are slowed (a short delay), not
    // refused, and the owner still gets in.
    for n in 0..4 {
        let wrong = hospes.login_from(&format!("192.0.2.{n}"), "elif", "a wrong passphrase again").await;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    }
    assert_eq!(hospes.login_from("198.51.100.2", "elif", &target.passphrase).await.status(), StatusCode::OK);

    // Wrong name and wrong passphrase look the same.
    let unknown = json_of(hospes.login_from("192.0.2.100", "nobody-at-all", "whatever passphrase").await).await;
    let wrong = json_of(hospes.login_from("192.0.2.100", "oleg", "not oleg's passphrase").await).await;
    assert_eq!(unknown, wrong);
}

#[tokio::test]
async fn readers_get_no_cookie_and_leave_no_address_in_the_log() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let http = reqwest::Client::new();
    for path in ["/", "/status", "/healthz", "/manifest.webmanifest", "/api/v1/cities", "/sw.js"] {
        let response = http
            .get(hospes.http_url(path))
            .header("x-forwarded-for", "203.0.113.7")
            .header("x-real-ip", "203.0.113.7")
            .send()
            .await
            .unwrap();
        assert!(!response.headers().contains_key(SET_COOKIE), "{path} sets a cookie");
    }
    // Let the last request's log line arrive.
    hospes.wait_for_log("path=/sw.js", Duration::from_secs(5)).await.expect("requests are logged");
    let log = hospes.log();
    for line in log.lines().filter(|line| !line.contains("listening on") && !line.contains("/invite/")) {
        assert!(!line.contains("127.0.0.1"), "a client address in the log: {line}");
        assert!(!line.contains("203.0.113.7"), "a forwarded address in the log: {line}");
    }
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.add_city("liege");
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;
    let http = server::unpooled_client();
    let login = hospes.http_url("/api/v1/login");

    let malformed = http.post(&login).header("content-type", "application/json").body("{\"name\": ").send().await.unwrap();
    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
    assert_eq!(json_of(malformed).await["error"], "invalid_json");
    let not_json = http.post(&login).body("name=anna").send().await.unwrap();
    assert_eq!(not_json.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let unknown_field = http.post(&login).json(&json!({ "name": "anna", "passphrase": "x", "admin": true })).send().await.unwrap();
    assert_eq!(unknown_field.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let long_name =
        http.post(&login).json(&json!({ "name": "n".repeat(65), "passphrase": "long enough passphrase" })).send().await.unwrap();
    assert_eq!(long_name.status(), StatusCode::BAD_REQUEST);
    assert!(json_of(long_name).await["message"].as_str().unwrap().starts_with("name:"));
    let long_passphrase = http.post(&login).json(&json!({ "name": "anna", "passphrase": "p".repeat(1025) })).send().await.unwrap();
    assert_eq!(long_passphrase.status(), StatusCode::BAD_REQUEST);
    assert!(json_of(long_passphrase).await["message"].as_str().unwrap().starts_with("passphrase:"));
    let huge = http.post(&login).json(&json!({ "name": "anna", "passphrase": "p".repeat(100_000) })).send().await.unwrap();
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);

    let invite = |city: &str, body: Value| {
        admin.request(Method::POST, &hospes.http_url(&format!("/api/v1/cities/{city}/invites"))).json(&body).send()
    };
    let unknown_role = invite("liege", json!({ "role": "mayor" })).await.unwrap();
    assert_eq!(unknown_role.status(), StatusCode::BAD_REQUEST);
    assert!(json_of(unknown_role).await["message"].as_str().unwrap().contains("mayor"));
    let unknown_city = invite("atlantis", json!({ "role": "editor" })).await.unwrap();
    assert_eq!(unknown_city.status(), StatusCode::NOT_FOUND);
    assert_eq!(json_of(unknown_city).await["error"], "unknown_city");
    let no_group = invite("liege", json!({ "role": "group_member" })).await.unwrap();
    assert_eq!(no_group.status(), StatusCode::BAD_REQUEST);
    assert!(json_of(no_group).await["message"].as_str().unwrap().starts_with("group:"));
    let bad_language = invite("liege", json!({ "role": "translator", "languages": ["not a tag"] })).await.unwrap();
    assert_eq!(bad_language.status(), StatusCode::BAD_REQUEST);
    let not_admin = hospes.add_user("elif", "liege", "editor", &[]).await;
    let forbidden = not_admin
        .request(Method::POST, &hospes.http_url("/api/v1/cities/liege/invites"))
        .json(&json!({ "role": "editor" }))
        .send()
        .await
        .unwrap();
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    let anonymous = http.post(hospes.http_url("/api/v1/cities/liege/invites")).json(&json!({ "role": "editor" })).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let register = |body: Value| not_admin.request(Method::POST, &hospes.http_url("/api/v1/documents")).json(&body).send();
    let bad_id = register(json!({ "documentId": "nope", "kind": "service", "city": "liege" })).await.unwrap();
    assert_eq!(bad_id.status(), StatusCode::BAD_REQUEST);
    let fresh = samod::DocumentId::new(&mut rand::rng()).to_string();
    let bad_kind = register(json!({ "documentId": fresh, "kind": "spaceship", "city": "liege" })).await.unwrap();
    assert_eq!(bad_kind.status(), StatusCode::BAD_REQUEST);
    let bad_city = register(json!({ "documentId": fresh, "kind": "service", "city": "atlantis" })).await.unwrap();
    assert_eq!(bad_city.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn sessions_are_listed_and_signed_out_everywhere() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let phone = hospes.city_with_editor("liege", "elif").await;
    let laptop = hospes.sign_in("elif", &phone.passphrase).await;

    let list = json_of(laptop.request(Method::GET, &hospes.http_url("/api/v1/sessions")).send().await.unwrap()).await;
    let sessions = list.as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions.iter().filter(|s| s["current"] == true).count(), 1);

    let everywhere = laptop.request(Method::POST, &hospes.http_url("/api/v1/sessions/sign-out-everywhere")).send().await.unwrap();
    assert_eq!(everywhere.status(), StatusCode::NO_CONTENT);
    for session in [&phone, &laptop] {
        let me = session.request(Method::GET, &hospes.http_url("/api/v1/session")).send().await.unwrap();
        assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(upgrade_status(&hospes, Some(&session.token)).await, 401);
    }
}

#[tokio::test]
async fn an_invite_cannot_be_used_to_find_out_account_names() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--trusted-proxy", "127.0.0.1"]).await;
    hospes.city_with_editor("liege", "elif").await;
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;
    let http = reqwest::Client::new();
    let accept = |token: String, name: &str, address: &str| {
        http.post(hospes.http_url(&format!("/api/v1/invites/{token}/accept")))
            .header("x-forwarded-for", address)
            .json(&json!({ "name": name, "passphrase": "a long enough passphrase" }))
            .send()
    };
    let invite = || async {
        let created = admin
            .request(Method::POST, &hospes.http_url("/api/v1/cities/liege/invites"))
            .json(&json!({ "role": "editor" }))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), StatusCode::CREATED);
        created.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_string()
    };

    // Without an open invite, nothing is said about the name.
    let made_up = accept("a-made-up-token".into(), "elif", "203.0.113.7").await.unwrap();
    assert_eq!(made_up.status(), StatusCode::NOT_FOUND);
    assert_eq!(json_of(made_up).await["error"], "invite_not_found");

    // With one, a taken name is said (the invitee must choose another), a
    // few times only, from whichever addresses.
    let token = invite().await;
    for n in 0..5 {
        let taken = accept(token.clone(), "elif", &format!("203.0.113.{n}")).await.unwrap();
        assert_eq!(taken.status(), StatusCode::CONFLICT, "probe {n}");
        assert_eq!(json_of(taken).await["error"], "name_taken");
    }
    let probing = accept(token.clone(), "oleg", "198.51.100.9").await.unwrap();
    assert_eq!(probing.status(), StatusCode::TOO_MANY_REQUESTS, "then this invite waits");
    assert!(probing.headers().contains_key(RETRY_AFTER));

    // Another invite is not affected.
    let other = invite().await;
    assert_eq!(accept(other, "ines", "198.51.100.10").await.unwrap().status(), StatusCode::CREATED);
}
