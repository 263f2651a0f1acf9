//! Everything that is not `/sync`, `/healthz` or `/api`: the embedded web app.
//!
//! Files Vite names by content hash (`/assets/...`) never change, so phones
//! may keep them for a year. The entry points (`index.html`, the manifest,
//! the service worker) must be revalidated on every load, or a phone would
//! keep running an old app. Paths that name no file are client-side routes
//! and get the app shell; a missing file with an extension is a real 404, so
//! that a stale page never receives HTML where it asked for a script.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../web/dist/"]
struct WebApp;

const APP_SHELL: &str = "index.html";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";
const ONE_DAY: &str = "public, max-age=86400";

pub async fn serve(method: Method, uri: Uri, request_headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { APP_SHELL } else { path };
    match WebApp::get(path) {
        Some(file) => respond_with(path, file, &request_headers),
        None if names_a_file(path) => (StatusCode::NOT_FOUND, "not found").into_response(),
        None => match WebApp::get(APP_SHELL) {
            Some(shell) => respond_with(APP_SHELL, shell, &request_headers),
            None => (StatusCode::INTERNAL_SERVER_ERROR, "the web app is not built").into_response(),
        },
    }
}

fn respond_with(path: &str, file: rust_embed::EmbeddedFile, request_headers: &HeaderMap) -> Response {
    let etag = format!("\"{}\"", hex_prefix(&file.metadata.sha256_hash()));
    let cache_control = cache_control_for(path);
    let not_modified = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag));
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mime = mime_guess::from_path(path).first_or_octet_stream();
        let mut response = Response::new(Body::from(file.data.into_owned()));
        if let Ok(value) = HeaderValue::from_str(mime.essence_str()) {
            response.headers_mut().insert(header::CONTENT_TYPE, value);
        }
        response
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    response
}

fn cache_control_for(path: &str) -> &'static str {
    if path.starts_with("assets/") {
        IMMUTABLE
    } else if matches!(path, "index.html" | "manifest.webmanifest" | "sw.js") {
        REVALIDATE
    } else {
        ONE_DAY
    }
}

/// `/events/2026` is a route; `/assets/app.js` and `/favicon.ico` are files.
fn names_a_file(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|last| last.contains('.'))
}

fn hex_prefix(hash: &[u8; 32]) -> String {
    hash[..16].iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_immutable_and_entry_points_revalidate() {
        assert_eq!(cache_control_for("assets/index-3f2a.js"), IMMUTABLE);
        for entry in ["index.html", "manifest.webmanifest", "sw.js"] {
            assert_eq!(cache_control_for(entry), REVALIDATE);
        }
        assert_eq!(cache_control_for("icons/icon-192.png"), ONE_DAY);
    }

    #[test]
    fn routes_are_told_apart_from_files() {
        assert!(names_a_file("assets/app.js"));
        assert!(names_a_file("favicon.ico"));
        assert!(!names_a_file("status"));
        assert!(!names_a_file("cities/utrecht/events"));
    }
}
