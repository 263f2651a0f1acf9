//! Acceptance: no other page can act for a signed-in person. A form posted
//! from another origin, including another port of the same host (the same
//! *site*, to which a `SameSite=Strict` cookie still goes), with a
//! `text/plain` or urlencoded body or none at all, is refused with 403 by
//! every state-changing route, and changes nothing. The `/sync` WebSocket
//! refuses such pages too. The same requests from the app's own pages pass.

use hospes_tests::{ServerProcess, User, server};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const CITY: &str = "sample-city";

/// What a hostile page can make a browser send.
struct Attack {
    name: &'static str,
    origin: String,
    /// `Sec-Fetch-Site`, which current browsers send; `None`: an older one.
    fetch_site: Option<&'static str>,
    body: Option<(&'static str, &'static str)>,
}

fn attacks(hospes: &ServerProcess) -> Vec<Attack> {
    let other_port = format!("http://127.0.0.1:{}", hospes.addr.port().wrapping_add(1).max(1));
    vec![
        Attack {
            name: "a text/plain form from another site",
            origin: "http://evil.example".into(),
            fetch_site: Some("cross-site"),
            body: Some(("text/plain", r#"{"heads":null}"#)),
        },
        Attack {
            name: "an urlencoded form from another port of this host",
            origin: other_port.clone(),
            fetch_site: Some("same-site"),
            body: Some(("application/x-www-form-urlencoded", "roles=editor")),
        },
        Attack {
            name: "a bodiless post from another port, by a browser without fetch metadata",
            origin: other_port,
            fetch_site: None,
            body: None,
        },
    ]
}

/// Everything a state-changing request could change, as one comparable value.
fn state_of(hospes: &ServerProcess) -> String {
    let db = rusqlite::Connection::open(hospes.data_dir.join("hospes.sqlite")).expect("the database opens");
    let tables = [
        "SELECT id, revoked_at FROM sessions ORDER BY id",
        "SELECT COUNT(*), COUNT(used_at) FROM invites",
        "SELECT account_id, role, city, group_slug, languages FROM grants ORDER BY 1, 2, 3, 4, 5",
        "SELECT id, revoked_at FROM accounts ORDER BY id",
        "SELECT doc_id, heads FROM publications ORDER BY doc_id",
        "SELECT id, status FROM suggestions ORDER BY id",
        "SELECT COUNT(*) FROM document_classes",
        "SELECT COUNT(*) FROM audit_log",
    ];
    let mut out = String::new();
    for sql in tables {
        let mut statement = db.prepare(sql).unwrap_or_else(|error| panic!("{sql}: {error}"));
        let columns = statement.column_count();
        let rows = statement
            .query_map([], |row| {
                (0..columns).map(|i| row.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}"))).collect::<Result<Vec<_>, _>>()
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap().join("|"));
            out.push('\n');
        }
        out.push_str("--\n");
    }
    out
}

/// The hospes request `attack` makes: the person's cookie goes with it,
/// as the browser sends it to this host.
fn forged(hospes: &ServerProcess, person: &User, method: &Method, path: &str, attack: &Attack) -> reqwest::RequestBuilder {
    let mut request = reqwest::Client::new()
        .request(method.clone(), hospes.http_url(path))
        .header("cookie", format!("hospes_session={}", person.token))
        .header("origin", &attack.origin);
    if let Some(site) = attack.fetch_site {
        request = request.header("sec-fetch-site", site);
    }
    if let Some((content_type, body)) = attack.body {
        request = request.header("content-type", content_type).body(body);
    }
    request
}

#[tokio::test]
async fn forged_requests_to_every_state_changing_route_are_refused_and_change_nothing() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let passphrase = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(passphrase.path(), PASSPHRASE).expect("writable");
    for role in ["city_admin", "editor"] {
        let file = passphrase.path().to_str().expect("UTF-8");
        hospes.command(&["user", "add", "--city", CITY, "--role", role, "--name", "anna", "--passphrase-file", file]);
    }
    let anna = hospes.sign_in("anna", PASSPHRASE).await;
    let vera = hospes.add_user("vera", CITY, "volunteer", &[]).await;

    // Ids the routes need: a published service, a suggestion, a session, an invite.
    let service = hospes
        .documents(&anna, CITY)
        .await
        .into_iter()
        .find(|listed| listed["kind"] == "service")
        .expect("the demo has services")["documentId"]
        .as_str()
        .unwrap()
        .to_string();
    let suggestion = reqwest::Client::new()
        .post(hospes.http_url(&format!("/api/v1/cities/{CITY}/suggestions")))
        .json(&json!({ "client_id": "phone-0001", "language": "en", "topic": "closed" }))
        .send()
        .await
        .unwrap();
    assert_eq!(suggestion.status(), StatusCode::ACCEPTED);
    let suggestion = suggestion.json::<Value>().await.unwrap()["id"].to_string();
    let sessions: Value = anna.request(Method::GET, &hospes.http_url("/api/v1/sessions")).send().await.unwrap().json().await.unwrap();
    let session = sessions[0]["id"].as_str().unwrap().to_string();
    let invite = anna
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/cities/{CITY}/invites")))
        .json(&json!({ "role": "editor" }))
        .send()
        .await
        .unwrap();
    assert_eq!(invite.status(), StatusCode::CREATED);
    let invite = invite.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_string();
    let vera_id = account_id(&hospes, "vera");

    let routes: Vec<(Method, String)> = vec![
        (Method::POST, "/api/v1/login".into()),
        (Method::POST, "/api/v1/logout".into()),
        (Method::POST, "/api/v1/sessions/sign-out-everywhere".into()),
        (Method::DELETE, format!("/api/v1/sessions/{session}")),
        (Method::POST, format!("/api/v1/invites/{invite}/accept")),
        (Method::POST, format!("/api/v1/cities/{CITY}/invites")),
        (Method::PUT, format!("/api/v1/cities/{CITY}/members/{vera_id}/roles")),
        (Method::POST, format!("/api/v1/cities/{CITY}/members/{vera_id}/revoke")),
        (Method::POST, format!("/api/v1/cities/{CITY}/suggestions")),
        (Method::POST, format!("/api/v1/cities/{CITY}/suggestions/{suggestion}/resolve")),
        (Method::POST, "/api/v1/documents".into()),
        (Method::POST, format!("/api/v1/documents/{service}/publish")),
        (Method::POST, format!("/api/v1/documents/{service}/unpublish")),
    ];

    let before = state_of(&hospes);
    for attack in attacks(&hospes) {
        for (method, path) in &routes {
            let response = forged(&hospes, &anna, method, path, &attack).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{method} {path}: {}", attack.name);
            let body: Value = response.json().await.expect("a JSON refusal");
            assert_eq!(body["error"], "cross_origin", "{method} {path}: {}", attack.name);
        }
        assert_eq!(sync_upgrade(&hospes, &anna, Some(&attack.origin)).await, 403, "/sync: {}", attack.name);
    }
    assert_eq!(state_of(&hospes), before, "a refused request changed something");

    // Not a browser (no Origin, no fetch metadata), but not JSON either:
    // refused too (a cross-origin form cannot send JSON).
    let plain = reqwest::Client::new()
        .post(hospes.http_url(&format!("/api/v1/documents/{service}/unpublish")))
        .bearer_auth(&anna.token)
        .header("content-type", "text/plain")
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(state_of(&hospes), before);

    // The app's own pages pass: the same cookie, from this origin.
    let own_origin = hospes.http_url("");
    let own = |method: Method, path: &str| {
        reqwest::Client::new()
            .request(method, hospes.http_url(path))
            .header("cookie", format!("hospes_session={}", anna.token))
            .header("origin", own_origin.clone())
            .header("sec-fetch-site", "same-origin")
            .header("content-type", "application/json")
    };
    let unpublished = own(Method::POST, &format!("/api/v1/documents/{service}/unpublish")).send().await.unwrap();
    assert_eq!(unpublished.status(), StatusCode::NO_CONTENT);
    let published = own(Method::POST, &format!("/api/v1/documents/{service}/publish")).send().await.unwrap();
    assert_eq!(published.status(), StatusCode::OK);
    assert_eq!(sync_upgrade(&hospes, &anna, Some(&own_origin)).await, 101, "/sync from the app's own page");
    assert_eq!(sync_upgrade(&hospes, &vera, None).await, 101, "/sync from a native client");
}

const PASSPHRASE: &str = "anna has a long passphrase";

fn account_id(hospes: &ServerProcess, name: &str) -> i64 {
    let db = rusqlite::Connection::open(hospes.data_dir.join("hospes.sqlite")).unwrap();
    db.query_row("SELECT id FROM accounts WHERE name = ?1", [name], |row| row.get(0)).unwrap()
}

/// The status of a `/sync` upgrade with `person`'s cookie and `origin`.
async fn sync_upgrade(hospes: &ServerProcess, person: &User, origin: Option<&str>) -> u16 {
    let mut request = hospes.sync_url().into_client_request().expect("a request");
    let headers = request.headers_mut();
    headers.insert("cookie", format!("hospes_session={}", person.token).parse().unwrap());
    if let Some(origin) = origin {
        headers.insert("origin", origin.parse().unwrap());
    }
    match tokio_tungstenite::connect_async(request).await {
        Ok(_) => 101,
        Err(WsError::Http(response)) => response.status().as_u16(),
        Err(other) => panic!("unexpected upgrade failure: {other}"),
    }
}
