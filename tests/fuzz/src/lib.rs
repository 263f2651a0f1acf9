//! What the fuzz targets that need a running server share: one real
//! hospes server per fuzzing process, built in-process on the demo content
//! (`Application::build`, as `hospes serve --demo` does) and serving on a
//! loopback port, with a city admin (who is also an editor) signed in.
//!
//! Findings are panics anywhere in the process: libfuzzer-sys turns every
//! panic into an abort, including one on a server task or thread, which
//! tokio would otherwise catch.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode, header};
use hospes::cli::user::RoleArgs;
use hospes::config::ServerConfig;
use hospes::http::serve::HttpLimits;
use hospes::startup::Application;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

/// The demo city the admin manages.
pub const CITY: &str = "sample-city";
const ADMIN: &str = "fuzz-admin";
const MEMBER: &str = "fuzz-member";
const PASSPHRASE: &str = "correct horse battery staple fuzz";

pub struct Server {
    pub runtime: tokio::runtime::Runtime,
    /// The server's router, to call in-process.
    pub router: axum::Router,
    /// Where it serves, for the WebSocket at `/sync`.
    pub address: SocketAddr,
    /// `Cookie` header value of the admin's session.
    pub cookie: String,
    /// The peer id the admin's sync connections must use.
    pub peer_id: String,
    /// The documents of the city the admin may read and write.
    pub documents: Vec<String>,
    /// An account whose roles a request may change (not the admin's: the
    /// fuzzer would lock itself out).
    pub member: i64,
    /// An open invite to the city.
    pub invite: String,
    _data: tempfile::TempDir,
}

/// The server, started on first use.
pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(start)
}

fn start() -> Server {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    // Every commit is synced to disk: in memory that costs nothing.
    let data = match std::path::Path::new("/dev/shm").is_dir() {
        true => tempfile::tempdir_in("/dev/shm"),
        false => tempfile::tempdir(),
    }
    .expect("a data directory");
    let config = ServerConfig {
        data_dir: data.path().to_path_buf(),
        listen: "127.0.0.1:0".parse().expect("an address"),
        demo: true,
        max_frame_bytes: hospes::config::DEFAULT_MAX_FRAME_BYTES,
        trusted_proxies: Vec::new(),
        http: HttpLimits { header_read_timeout: Duration::from_secs(10), max_connections: 256 },
        request_timeout: Duration::from_secs(30),
        slow_commits: None,
        auto_publish_quiet: hospes::publishing::auto_publish::QUIET,
    };
    let (router, address) = runtime.block_on(async {
        let app = Application::build(config).await.expect("the server starts");
        let (router, address) = (app.router(), app.local_addr());
        tokio::spawn(app.run_until(std::future::pending()));
        (router, address)
    });

    let passphrase_file = data.path().join("passphrase");
    std::fs::write(&passphrase_file, PASSPHRASE).expect("writing the passphrase");
    // The admin also edits, so that it may write the city's items.
    for (name, role) in [(ADMIN, "city_admin"), (ADMIN, "editor"), (MEMBER, "editor")] {
        let role = RoleArgs { city: CITY.into(), role: role.into(), languages: Vec::new(), group: None };
        hospes::cli::user::add(data.path(), name, &passphrase_file, role).expect("adding an account");
    }

    let mut server = Server {
        runtime,
        router,
        address,
        cookie: String::new(),
        peer_id: String::new(),
        documents: Vec::new(),
        member: 0,
        invite: String::new(),
        _data: data,
    };
    let (status, cookie, session) = server.request(Method::POST, "/api/v1/login", json!({ "name": ADMIN, "passphrase": PASSPHRASE }).to_string());
    assert_eq!(status, StatusCode::OK, "signing in: {session}");
    server.cookie = cookie.expect("a session cookie");
    server.peer_id = session["peerId"].as_str().expect("a peer id").to_string();

    let (_, _, documents) = server.request(Method::GET, &format!("/api/v1/cities/{CITY}/documents"), String::new());
    server.documents = documents
        .as_array()
        .expect("a document list")
        .iter()
        .filter(|document| document["write"] == true)
        .filter_map(|document| document["documentId"].as_str().map(str::to_string))
        .collect();
    assert!(server.documents.len() >= 2, "the demo city has documents: {documents}");

    let (_, _, members) = server.request(Method::GET, &format!("/api/v1/cities/{CITY}/members"), String::new());
    server.member = members
        .as_array()
        .and_then(|members| members.iter().find(|m| m["name"] == MEMBER))
        .and_then(|member| member["accountId"].as_i64())
        .unwrap_or_else(|| panic!("{MEMBER} is a member: {members}"));

    let (status, _, invite) =
        server.request(Method::POST, &format!("/api/v1/cities/{CITY}/invites"), json!({ "role": "volunteer" }).to_string());
    assert_eq!(status, StatusCode::CREATED, "creating an invite: {invite}");
    server.invite = invite["token"].as_str().expect("an invite token").to_string();
    server
}

impl Server {
    /// Sends one request as the browser app would (JSON, same origin, the
    /// admin's cookie once signed in) and answers its status, the session
    /// cookie it sets and its body as JSON.
    ///
    /// Whatever the request, the API must answer JSON and must not fail
    /// with a server error: both are findings.
    pub fn request(&self, method: Method, path: &str, body: impl Into<Body>) -> (StatusCode, Option<String>, Value) {
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, self.address.to_string())
            .header(header::CONTENT_TYPE, "application/json")
            .header("sec-fetch-site", "same-origin");
        if !self.cookie.is_empty() {
            request = request.header(header::COOKIE, &self.cookie);
        }
        let mut request = request.body(body.into()).expect("a request");
        // What the server's own connection loop adds for every request.
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
        let router = self.router.clone();
        self.runtime.block_on(async move {
            let response = router.oneshot(request).await.expect("the router answers");
            let status = response.status();
            let cookie = response
                .headers()
                .get(header::SET_COOKIE)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.split(';').next())
                .map(str::to_string);
            let bytes = response.into_body().collect().await.expect("the body").to_bytes();
            let body: Value = serde_json::from_slice(&bytes).unwrap_or_else(|error| {
                panic!("{path} answered {status} with a body that is not JSON ({error}): {:?}", String::from_utf8_lossy(&bytes))
            });
            assert!(!status.is_server_error(), "{path} answered {status}: {body}");
            (status, cookie, body)
        })
    }
}
