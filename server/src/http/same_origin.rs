//! Requests that change something must come from the app's own pages.
//!
//! The session cookie is `SameSite=Strict`, but a *site* is wider than an
//! origin: a page on another port of the same host, or on any subdomain,
//! is the same site, and the browser sends it the cookie. So every request
//! that can change state is checked against the origin itself, the way Go
//! 1.25's `net/http` does it (Filippo Valsorda's write-up "CSRF"):
//!
//! 1. `GET`, `HEAD` and `OPTIONS` change nothing and pass, except a
//!    WebSocket upgrade: `/sync` is a read-write channel opened by a `GET`.
//! 2. `Sec-Fetch-Site` (every current browser sends it) must say
//!    `same-origin`, or `none` (the person typed the address).
//! 3. Without it, an `Origin` header must name this host and port.
//! 4. Without either, the request is not from a browser (a script, a
//!    native client, the tests), which no other page can make send the
//!    cookie: it passes, and still needs its session like any other.
//!
//! And every state-changing API request must say `Content-Type:
//! application/json`, bodiless ones too: a cross-origin `<form>` cannot
//! send that type, so even a browser that sends neither header above
//! cannot be made to post one.
//!
//! `tower-csrf` implements the same rules, but compares the `Origin`'s host
//! without its port to the `Host` header with it (so same-origin requests
//! on a port are refused) and reports refusals as service errors; this is
//! small enough to own.

use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::routes::error::ApiError;

/// Refuses (403) a state-changing request from another origin.
pub async fn require_same_origin(request: Request, next: Next) -> Response {
    if changes_state(request.method(), request.headers()) && !from_own_origin(request.headers()) {
        return refused(StatusCode::FORBIDDEN, "cross_origin", "this request must come from this server's own pages");
    }
    next.run(request).await
}

/// Refuses (415) a state-changing API request that is not JSON.
pub async fn require_json(request: Request, next: Next) -> Response {
    if changes_state(request.method(), request.headers()) && !is_json(request.headers()) {
        return refused(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send Content-Type: application/json (also when there is no body)",
        );
    }
    next.run(request).await
}

fn changes_state(method: &Method, headers: &HeaderMap) -> bool {
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    !safe || is_websocket_upgrade(headers)
}

fn is_websocket_upgrade(headers: &HeaderMap) -> bool {
    headers.get(header::UPGRADE).and_then(|value| value.to_str().ok()).is_some_and(|value| value.eq_ignore_ascii_case("websocket"))
}

fn from_own_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true; // not a browser
    };
    let host = headers.get(header::HOST).and_then(|value| value.to_str().ok());
    match (origin.to_str().ok().and_then(|origin| origin.parse::<Uri>().ok()), host) {
        (Some(origin), Some(host)) => same_authority(&origin, host),
        // `Origin: null` (sandboxed frames, some redirects) or unreadable.
        _ => false,
    }
}

/// Whether the origin `scheme://host[:port]` names `host` (a `Host` header).
fn same_authority(origin: &Uri, host: &str) -> bool {
    let (Some(scheme), Some(authority)) = (origin.scheme_str(), origin.authority()) else {
        return false;
    };
    let default_port = match scheme {
        "http" => ":80",
        "https" => ":443",
        _ => return false,
    };
    let normal = |authority: &str| authority.to_ascii_lowercase().trim_end_matches(default_port).to_string();
    normal(authority.as_str()) == normal(host)
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

fn refused(status: StatusCode, code: &'static str, message: &str) -> Response {
    ApiError::new(status, code, message).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, value.parse().unwrap());
        }
        headers
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(from_own_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(from_own_origin(&headers(&[("sec-fetch-site", "none")])));
        assert!(!from_own_origin(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!from_own_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        // Even with an Origin that would match.
        assert!(!from_own_origin(&headers(&[
            ("sec-fetch-site", "same-site"),
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1:8080"),
        ])));
    }

    #[test]
    fn without_it_the_origin_must_be_this_host_and_port() {
        let with = |origin: &'static str, host: &'static str| from_own_origin(&headers(&[("origin", origin), ("host", host)]));
        assert!(with("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assert!(with("https://Guide.Example.org", "guide.example.org"));
        assert!(with("https://guide.example.org", "guide.example.org:443"));
        assert!(!with("http://127.0.0.1:9090", "127.0.0.1:8080"), "another port is another origin");
        assert!(!with("https://evil.example.org", "guide.example.org"));
        assert!(!with("https://guide.example.org.evil", "guide.example.org"));
        assert!(!with("null", "guide.example.org"));
        assert!(!from_own_origin(&headers(&[("origin", "http://127.0.0.1:8080")])), "no Host to compare");
        assert!(from_own_origin(&HeaderMap::new()), "not a browser");
    }

    #[test]
    fn safe_methods_pass_but_websocket_upgrades_do_not() {
        assert!(!changes_state(&Method::GET, &HeaderMap::new()));
        assert!(!changes_state(&Method::HEAD, &HeaderMap::new()));
        assert!(changes_state(&Method::POST, &HeaderMap::new()));
        assert!(changes_state(&Method::DELETE, &HeaderMap::new()));
        assert!(changes_state(&Method::GET, &headers(&[("upgrade", "websocket")])));
    }

    #[test]
    fn json_means_the_media_type_not_a_prefix() {
        assert!(is_json(&headers(&[("content-type", "application/json")])));
        assert!(is_json(&headers(&[("content-type", "application/json; charset=utf-8")])));
        assert!(!is_json(&headers(&[("content-type", "text/plain")])));
        assert!(!is_json(&headers(&[("content-type", "application/x-www-form-urlencoded")])));
        assert!(!is_json(&headers(&[("content-type", "application/jsonp")])));
        assert!(!is_json(&HeaderMap::new()));
    }
}
