//! The HTTP surface: health, the JSON API's 404, the embedded web app with
//! its caching, compression and security headers, and `--demo`.

use hospes_tests::{ServerProcess, server};
use reqwest::StatusCode;
use reqwest::header::{CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use serde_json::Value;

#[tokio::test]
async fn healthz_says_only_that_it_is_up_and_its_version() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let response = reqwest::get(hospes.http_url("/healthz")).await.expect("reachable");
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], "ok");
    assert!(body["version"].as_str().is_some_and(|v| !v.is_empty()));
    // How much a server holds is not a stranger's to know.
    assert_eq!(body.as_object().unwrap().len(), 2, "nothing more: {body}");
}

#[tokio::test]
async fn unknown_api_paths_answer_json_404_never_the_app_shell() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    for path in ["/api/v1/nothing-here", "/api/", "/api/v1/cities/x/y/z"] {
        let response = reqwest::get(hospes.http_url(path)).await.expect("reachable");
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(response.headers()[CONTENT_TYPE].to_str().unwrap().starts_with("application/json"), "{path}");
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(body["error"], "not_found");
    }
}

#[tokio::test]
async fn the_app_shell_revalidates_and_hashed_assets_are_immutable() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let http = reqwest::Client::new();

    for route in ["/", "/status", "/some/client/route"] {
        let response = http.get(hospes.http_url(route)).send().await.expect("reachable");
        assert_eq!(response.status(), StatusCode::OK, "{route}");
        assert!(response.headers()[CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
        assert_eq!(response.headers()[CACHE_CONTROL], "no-cache", "{route}");
        assert_security_headers(&response);
    }
    for entry in ["/manifest.webmanifest", "/sw.js"] {
        let response = http.get(hospes.http_url(entry)).send().await.expect("reachable");
        assert_eq!(response.status(), StatusCode::OK, "{entry}");
        assert_eq!(response.headers()[CACHE_CONTROL], "no-cache", "{entry}");
    }

    let shell = http.get(hospes.http_url("/")).send().await.unwrap().text().await.unwrap();
    let asset = first_asset(&shell).expect("index.html references a hashed asset");
    let response = http.get(hospes.http_url(&asset)).header("accept-encoding", "br, gzip").send().await.expect("reachable");
    assert_eq!(response.status(), StatusCode::OK, "{asset}");
    assert_eq!(response.headers()[CACHE_CONTROL], "public, max-age=31536000, immutable");
    assert_eq!(response.headers()[CONTENT_ENCODING], "br", "{asset} is compressed");

    let etag = response.headers()[ETAG].clone();
    let revalidated = http.get(hospes.http_url(&asset)).header(IF_NONE_MATCH, etag).send().await.expect("reachable");
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);

    let missing = http.get(hospes.http_url("/assets/missing-0000.js")).send().await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND, "a missing file is not the app shell");
}

#[tokio::test]
async fn demo_content_is_seeded_once() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let documents = document_count(&hospes).await;
    assert!(documents > 0, "--demo seeds content");
    assert!(hospes.terminate().await.success());
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    assert_eq!(document_count(&hospes).await, documents, "a second --demo adds nothing");
}

/// The documents stored, read from the database file beside the server.
async fn document_count(hospes: &ServerProcess) -> i64 {
    let database = rusqlite::Connection::open(hospes.data_dir.join("hospes.sqlite")).expect("the database opens");
    database.query_row("SELECT COUNT(*) FROM documents", [], |row| row.get(0)).expect("counted")
}

fn assert_security_headers(response: &reqwest::Response) {
    let headers = response.headers();
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "no inline script or style: {csp}");
    assert!(!csp.contains("http:") && !csp.contains("https:") && !csp.contains('*'), "no other origin: {csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
}

/// The first `/assets/...` path in the app shell.
fn first_asset(html: &str) -> Option<String> {
    let start = html.find("/assets/")?;
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_string())
}

/// Reads from `stream` until the server closes it; panics if it sends a
/// response first or keeps the connection open for `bound`.
async fn closed_without_answer(stream: &mut tokio::net::TcpStream, bound: std::time::Duration) -> Vec<u8> {
    use tokio::io::AsyncReadExt;
    let mut received = Vec::new();
    let mut buffer = [0u8; 1024];
    loop {
        match tokio::time::timeout(bound, stream.read(&mut buffer)).await {
            Err(_) => panic!("the connection is still open after {bound:?}"),
            Ok(Ok(0)) | Ok(Err(_)) => return received,
            Ok(Ok(n)) => received.extend_from_slice(&buffer[..n]),
        }
    }
}

#[tokio::test]
async fn slow_and_idle_connections_are_closed_and_others_served() {
    use tokio::io::AsyncWriteExt;
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--header-timeout", "1"]).await;
    let bound = std::time::Duration::from_secs(30);

    // Says nothing at all.
    let mut silent = tokio::net::TcpStream::connect(hospes.addr).await.unwrap();
    // Trickles a request head and never finishes it.
    let mut slow = tokio::net::TcpStream::connect(hospes.addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    // Finishes one request, then stays idle on the kept-alive connection.
    let mut idle = tokio::net::TcpStream::connect(hospes.addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();

    // Meanwhile everyone else is served.
    assert_eq!(reqwest::get(hospes.http_url("/healthz")).await.unwrap().status(), StatusCode::OK);

    closed_without_answer(&mut silent, bound).await;
    let trickled = closed_without_answer(&mut slow, bound).await;
    assert!(!trickled.starts_with(b"HTTP/1.1 200"), "an unfinished head got an answer");
    let answered = closed_without_answer(&mut idle, bound).await;
    assert!(answered.starts_with(b"HTTP/1.1 200"), "the finished request was answered before the idle close");
    assert_eq!(reqwest::get(hospes.http_url("/healthz")).await.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn api_errors_are_json_even_where_axum_answers_first() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.add_city("liege");
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;
    let http = server::unpooled_client();
    let cases = [
        ("a method the path does not take", http.get(hospes.http_url("/api/v1/login")), StatusCode::METHOD_NOT_ALLOWED),
        (
            "a body over the limit",
            http.post(hospes.http_url("/api/v1/cities/liege/suggestions"))
                .header(CONTENT_TYPE, "application/json")
                .body(vec![b' '; 200 * 1024]),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            "a query that does not parse",
            http.get(hospes.http_url("/api/v1/cities/liege/en/events?from=2026-01-01&nonsense=1")),
            StatusCode::BAD_REQUEST,
        ),
        (
            "a path that does not parse",
            admin
                .request(reqwest::Method::PUT, &hospes.http_url("/api/v1/cities/liege/members/not-a-number/roles"))
                .json(&serde_json::json!({ "roles": [] })),
            StatusCode::BAD_REQUEST,
        ),
        ("not JSON", http.post(hospes.http_url("/api/v1/logout")).body("x"), StatusCode::UNSUPPORTED_MEDIA_TYPE),
    ];
    for (what, request, status) in cases {
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), status, "{what}");
        let content_type = response.headers()[CONTENT_TYPE].to_str().unwrap().to_string();
        assert!(content_type.starts_with("application/json"), "{what}: {content_type}");
        let body: Value = response.json().await.expect("JSON");
        assert!(body["error"].as_str().is_some_and(|code| !code.is_empty()), "{what}: {body}");
        assert!(body["message"].as_str().is_some_and(|message| !message.is_empty()), "{what}: {body}");
    }
}
