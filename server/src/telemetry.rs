//! Logging.
//!
//! Privacy rule: no client IP address, no query string (a search for "HIV
//! test" says something about a person) and no document content ever reaches
//! the logs. Request spans carry the method and the path only, with the
//! secrets some paths hold (invite tokens) replaced by `…`: a token taken
//! from a log would open an account.

use std::io::IsTerminal;

use axum::http::Request;
use tracing::Span;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber: human-readable lines on stderr, filtered
/// by `RUST_LOG` (default: info for hospes, warnings for the sync library).
/// The `rrule` crate's warnings are off unless `RUST_LOG` names it: it
/// warns whenever a rule finds no occurrence within its search limit
/// (100,000 periods, a rule that never matches), once per such event on
/// every request; the series simply ends there.
pub fn init() {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,samod=warn,samod_core=warn"));
    if !std::env::var("RUST_LOG").is_ok_and(|directives| directives.contains("rrule")) {
        filter = filter.add_directive("rrule=error".parse().expect("a valid directive"));
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}

/// The span of one HTTP request: method and path, nothing about the client.
pub fn request_span<B>(request: &Request<B>) -> Span {
    tracing::info_span!(
        "request",
        method = %request.method(),
        path = %loggable_path(request.uri().path()),
    )
}

/// Path segments that are followed by a secret: `/invite/{token}` (the web
/// app's page) and `/api/v1/invites/{token}[/accept]`.
const BEFORE_A_SECRET: &[&str] = &["invite", "invites"];

/// `path` with every secret segment replaced by `…`.
pub fn loggable_path(path: &str) -> String {
    let mut secret_next = false;
    path.split('/')
        .map(|segment| {
            let shown = if secret_next && !segment.is_empty() { "…" } else { segment };
            secret_next = BEFORE_A_SECRET.contains(&segment);
            shown
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn secrets_in_paths_are_not_logged() {
        assert_eq!(loggable_path("/invite/abc123"), "/invite/…");
        assert_eq!(loggable_path("/api/v1/invites/abc123"), "/api/v1/invites/…");
        assert_eq!(loggable_path("/api/v1/invites/abc123/accept"), "/api/v1/invites/…/accept");
        // Creating an invite names only the city.
        assert_eq!(loggable_path("/api/v1/cities/liege/invites"), "/api/v1/cities/liege/invites");
        assert_eq!(loggable_path("/guide/liege/ar"), "/guide/liege/ar");
        assert_eq!(loggable_path("/"), "/");
    }
}
