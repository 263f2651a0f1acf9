//! Logging.
//!
//! Privacy rule: no client IP address, no query string (a search for "HIV
//! test" says something about a person) and no document content ever reaches
//! the logs. Request spans carry the method and the path only.

use std::io::IsTerminal;

use axum::http::Request;
use tracing::Span;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber: human-readable lines on stderr, filtered
/// by `RUST_LOG` (default: info for hospes, warnings for the sync library).
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,samod=warn,samod_core=warn"));
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
        path = %request.uri().path(),
    )
}
