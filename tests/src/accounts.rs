//! Cities, accounts and sessions for tests, made the way an operator and a
//! person would: the `hospes` command line, then `POST /api/v1/login`.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, SET_COOKIE};
use serde_json::{Value, json};

use crate::ServerProcess;

/// A signed-in person.
#[derive(Debug, Clone)]
pub struct User {
    pub name: String,
    pub passphrase: String,
    /// The session token (the cookie's value).
    pub token: String,
    pub peer_id: String,
}

impl User {
    /// An authenticated request to the server's API. State-changing
    /// requests say they are JSON, bodiless ones too, as the server requires.
    pub fn request(&self, method: reqwest::Method, url: &str) -> reqwest::RequestBuilder {
        let changes_state = !matches!(method, reqwest::Method::GET | reqwest::Method::HEAD);
        let request = reqwest::Client::new().request(method, url).header(AUTHORIZATION, format!("Bearer {}", self.token));
        if changes_state { request.header(CONTENT_TYPE, "application/json") } else { request }
    }

    /// Registers a document (`POST /api/v1/documents`) on the server at
    /// `base_url` (`http://host:port`); the status, or the error when the
    /// server cannot be reached (a test that kills it needs to tell).
    pub async fn register_at(&self, base_url: &str, document_id: &str, class: Value) -> Result<StatusCode, reqwest::Error> {
        let mut body = class;
        body["documentId"] = json!(document_id);
        let response = self
            .request(reqwest::Method::POST, &format!("{base_url}/api/v1/documents"))
            .json(&body)
            .timeout(Duration::from_secs(30))
            .send()
            .await?;
        Ok(response.status())
    }
}

impl ServerProcess {
    /// Runs `hospes <args> --data <this server's data dir>` and returns its
    /// output; panics if it fails.
    pub fn command(&self, args: &[&str]) -> String {
        let (succeeded, text) = command(&self.data_dir, args);
        assert!(succeeded, "hospes {args:?} failed:\n{text}");
        text
    }

    /// `hospes city add`.
    pub fn add_city(&self, slug: &str) {
        self.command(&["city", "add", "--slug", slug, "--name", &format!("Sample city {slug}")]);
    }

    /// `hospes group add`.
    pub fn add_group(&self, city: &str, group: &str) {
        self.command(&["group", "add", "--city", city, "--slug", group, "--name", group]);
    }

    /// `hospes user add` with a role (and `extra` such as `--lang ar` or
    /// `--group g`), then signs in.
    pub async fn add_user(&self, name: &str, city: &str, role: &str, extra: &[&str]) -> User {
        let passphrase = format!("{name} has a long passphrase");
        let file = tempfile::NamedTempFile::new().expect("a temporary file");
        std::fs::write(file.path(), &passphrase).expect("writable");
        let path = file.path().to_str().expect("a UTF-8 path").to_string();
        let mut args = vec!["user", "add", "--city", city, "--role", role, "--name", name, "--passphrase-file", &path];
        args.extend_from_slice(extra);
        self.command(&args);
        self.sign_in(name, &passphrase).await
    }

    /// Signs in through the API; panics unless it succeeds.
    pub async fn sign_in(&self, name: &str, passphrase: &str) -> User {
        let response = self.login(name, passphrase).await;
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {name}");
        let cookie = response.headers()[SET_COOKIE].to_str().expect("ASCII").to_string();
        let token = cookie.split(';').next().and_then(|pair| pair.strip_prefix("hospes_session=")).expect("a session cookie").to_string();
        let body: Value = response.json().await.expect("JSON");
        User {
            name: name.to_string(),
            passphrase: passphrase.to_string(),
            token,
            peer_id: body["peerId"].as_str().expect("a peer id").to_string(),
        }
    }

    /// `POST /api/v1/login`, whatever the answer.
    pub async fn login(&self, name: &str, passphrase: &str) -> reqwest::Response {
        self.login_request(name, passphrase).send().await.expect("reachable")
    }

    /// [`Self::login`] from a client at `address`, as a reverse proxy in
    /// front would say (the server must trust loopback as its proxy:
    /// `--trusted-proxy 127.0.0.1`).
    pub async fn login_from(&self, address: &str, name: &str, passphrase: &str) -> reqwest::Response {
        self.login_request(name, passphrase).header("x-forwarded-for", address).send().await.expect("reachable")
    }

    fn login_request(&self, name: &str, passphrase: &str) -> reqwest::RequestBuilder {
        reqwest::Client::new()
            .post(self.http_url("/api/v1/login"))
            .json(&json!({ "name": name, "passphrase": passphrase }))
            .timeout(Duration::from_secs(30))
    }

    /// Registers a document as `user`; returns the status.
    pub async fn register(&self, user: &User, document_id: &str, class: Value) -> StatusCode {
        user.register_at(&self.http_url(""), document_id, class).await.expect("reachable")
    }

    /// A city's documents of one kind, as `user` sees them.
    pub async fn documents(&self, user: &User, city: &str) -> Vec<Value> {
        let response = user
            .request(reqwest::Method::GET, &self.http_url(&format!("/api/v1/cities/{city}/documents")))
            .send()
            .await
            .expect("reachable");
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.expect("JSON")
    }
}

impl ServerProcess {
    /// Creates a document on `repo` and registers it as a service of `city`,
    /// the way the editing app does: create locally, register, then sync.
    pub async fn new_service(&self, repo: &samod::Repo, user: &User, city: &str) -> samod::DocHandle {
        let handle = repo.create(automerge::Automerge::new()).await.expect("created");
        let status = self.register(user, &handle.document_id().to_string(), json!({ "kind": "service", "city": city })).await;
        assert_eq!(status, StatusCode::CREATED, "registering a service as {}", user.name);
        handle
    }

    /// A city and an editor in it: what most sync tests need.
    pub async fn city_with_editor(&self, city: &str, name: &str) -> User {
        self.add_city(city);
        self.add_user(name, city, "editor", &[]).await
    }
}

/// Runs `hospes <args> --data <data_dir>`; whether it succeeded, and what
/// it printed.
pub fn command(data_dir: &std::path::Path, args: &[&str]) -> (bool, String) {
    let output = std::process::Command::new(ServerProcess::binary())
        .args(args)
        .arg("--data")
        .arg(data_dir)
        .output()
        .expect("the hospes binary runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}
