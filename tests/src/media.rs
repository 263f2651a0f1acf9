//! Archive groups' media for tests: the committed fixtures
//! (`tests/fixtures/media/`), and uploads and reads as a member's app makes
//! them.

use std::path::PathBuf;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Body, StatusCode};

use crate::{ServerProcess, User};

/// A media fixture's bytes.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/media").join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Where a group's media are uploaded.
pub fn upload_path(city: &str, group: &str) -> String {
    format!("/api/v1/cities/{city}/groups/{group}/media")
}

/// `POST path` with `body` as `content_type`, as `user` (none: no session).
pub async fn upload(
    hospes: &ServerProcess,
    path: &str,
    user: Option<&User>,
    content_type: &str,
    body: impl Into<Body>,
) -> reqwest::Result<reqwest::Response> {
    let mut request = reqwest::Client::new().post(hospes.http_url(path)).header(CONTENT_TYPE, content_type).body(body);
    if let Some(user) = user {
        request = request.header(AUTHORIZATION, format!("Bearer {}", user.token));
    }
    request.timeout(Duration::from_secs(60)).send().await
}

/// Uploads the WebM fixture to `city`'s `group` as `user`; its hash.
pub async fn upload_recording(hospes: &ServerProcess, city: &str, group: &str, user: &User) -> String {
    let response =
        upload(hospes, &upload_path(city, group), Some(user), "audio/webm", fixture("with-title.webm")).await.expect("reachable");
    assert_eq!(response.status(), StatusCode::CREATED, "uploading a recording as {}", user.name);
    let body: serde_json::Value = response.json().await.expect("JSON");
    body["hash"].as_str().expect("a hash").to_string()
}

/// `GET /api/v1/media/{hash}` as `user` (none: a reader).
pub async fn read(hospes: &ServerProcess, user: Option<&User>, hash: &str) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(hospes.http_url(&format!("/api/v1/media/{hash}")));
    if let Some(user) = user {
        request = request.header(AUTHORIZATION, format!("Bearer {}", user.token));
    }
    request.send().await.expect("reachable")
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}
