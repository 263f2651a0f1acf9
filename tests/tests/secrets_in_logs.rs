//! Acceptance: no secret reaches a log line. Invite tokens travel in paths
//! (`/invite/{token}`, `/api/v1/invites/{token}/accept`) and session tokens
//! in cookies and `Authorization` headers; with the log at debug level, the
//! test uses each of them the ways people do and then searches the whole
//! captured log for them. The demo's admin link goes to the terminal once,
//! never to the log.

use std::time::Duration;

use hospes_tests::{ServerProcess, server};
use reqwest::header::SET_COOKIE;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn no_invite_or_session_token_reaches_the_log() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start_logging(dir.path(), &[], "debug").await;
    hospes.add_city("liege");
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;
    let http = reqwest::Client::new();

    let created = admin
        .request(Method::POST, &hospes.http_url("/api/v1/cities/liege/invites"))
        .json(&json!({ "role": "editor" }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let token = created.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_string();

    // The invitee opens the link (the app's page, then the API) and accepts.
    assert_eq!(http.get(hospes.http_url(&format!("/invite/{token}"))).send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(http.get(hospes.http_url(&format!("/api/v1/invites/{token}"))).send().await.unwrap().status(), StatusCode::OK);
    let accepted = http
        .post(hospes.http_url(&format!("/api/v1/invites/{token}/accept")))
        .json(&json!({ "name": "ines", "passphrase": "ines has a long passphrase" }))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), StatusCode::CREATED);
    let cookie = accepted.headers()[SET_COOKIE].to_str().unwrap().to_string();
    let session = cookie.split(';').next().unwrap().strip_prefix("hospes_session=").unwrap().to_string();
    // A used invite, tried again.
    let again = http
        .post(hospes.http_url(&format!("/api/v1/invites/{token}/accept")))
        .json(&json!({ "name": "someone", "passphrase": "a long enough passphrase" }))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND);

    // The new session at work: by cookie, over /sync, and signed out.
    let with_cookie =
        |method: Method, path: &str| http.request(method, hospes.http_url(path)).header("cookie", format!("hospes_session={session}"));
    assert_eq!(with_cookie(Method::GET, "/api/v1/session").send().await.unwrap().status(), StatusCode::OK);
    let mut upgrade = tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(hospes.sync_url()).unwrap();
    upgrade.headers_mut().insert("cookie", format!("hospes_session={session}").parse().unwrap());
    drop(tokio_tungstenite::connect_async(upgrade).await.expect("a live session syncs"));
    let logout = with_cookie(Method::POST, "/api/v1/logout").header("content-type", "application/json").send().await.unwrap();
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(admin.request(Method::GET, &hospes.http_url("/api/v1/sessions")).send().await.unwrap().status(), StatusCode::OK);

    hospes.wait_for_log("path=/api/v1/sessions", Duration::from_secs(10)).await.expect("requests are logged");
    let log = hospes.log();
    assert!(log.contains("path=/invite/…"), "the invite page's request is logged, redacted");
    assert!(log.contains("path=/api/v1/invites/…/accept"), "and the acceptance");
    for (what, secret) in [("the invite token", &token), ("the invitee's session", &session), ("the admin's session", &admin.token)] {
        let leaks: Vec<&str> = log.lines().filter(|line| line.contains(secret.as_str())).collect();
        assert!(leaks.is_empty(), "{what} is in the log: {leaks:#?}");
    }
}

#[tokio::test]
async fn the_demo_admin_link_goes_to_the_terminal_once_never_to_the_log() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let line = hospes.wait_for_stdout("/invite/", Duration::from_secs(30)).await.expect("the link is printed");
    let token = line.trim().rsplit('/').next().unwrap().to_string();
    assert!(token.len() > 20, "a token: {line}");
    assert!(hospes.stdout().contains("one-time link to become the admin"), "clearly marked:\n{}", hospes.stdout());
    assert!(!hospes.log().contains(&token), "the log has the demo link:\n{}", hospes.log());
    let invite = reqwest::get(hospes.http_url(&format!("/api/v1/invites/{token}"))).await.unwrap();
    assert_eq!(invite.status(), StatusCode::OK, "the printed link works");
    // The second link: a moderator of the sample archive group.
    let stdout = hospes.stdout();
    let moderator =
        stdout.lines().filter(|line| line.contains("/invite/")).nth(1).expect("a second link").trim().rsplit('/').next().unwrap();
    assert!(stdout.contains("moderator of the sample archive group"), "clearly marked:\n{stdout}");
    assert!(!hospes.log().contains(moderator), "the log has the moderator link");
    let invite: serde_json::Value =
        reqwest::get(hospes.http_url(&format!("/api/v1/invites/{moderator}"))).await.unwrap().json().await.unwrap();
    assert_eq!(invite["role"], "group_moderator", "{invite}");

    // Started again on the same data, nothing is seeded and nothing printed.
    // The first server must be gone first: it holds the data directory's lock.
    hospes.terminate().await;
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    hospes.wait_for_log("listening on", Duration::from_secs(5)).await.expect("started");
    assert!(!hospes.stdout().contains("/invite/"), "printed once:\n{}", hospes.stdout());
}
