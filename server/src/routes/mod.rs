//! The router: one module per URL space.

mod api;
mod archive;
mod auth;
pub(crate) mod documents;
pub mod error;
mod events;
mod export;
mod feeds;
mod health;
mod invites;
mod media;
mod members;
mod read;
pub(crate) mod snapshot;
mod suggestions;
mod sync;
mod translations;
#[cfg(test)]
mod typescript;
mod web_app;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::routing::{any, get};
use tower_http::compression::predicate::{NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, DefaultPredicate};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app_state::AppState;
use crate::http::same_origin;

/// JSON requests are small; anything larger is refused before it is read.
const API_BODY_LIMIT: usize = 64 * 1024;

/// The app; every request must be answered within `request_timeout`.
pub fn router(state: AppState, request_timeout: Duration) -> Router {
    let api = api::router().layer(DefaultBodyLimit::max(API_BODY_LIMIT)).layer(middleware::from_fn(same_origin::require_json));
    // Media bodies are not JSON and have their own limits.
    let api =
        media::router().merge(api).layer(middleware::from_fn(private_unless_said)).layer(middleware::from_fn(error::plain_errors_as_json));
    let router = Router::new()
        .route("/sync", get(sync::upgrade))
        .route("/healthz", get(health::health))
        .route("/feeds/{city}/{lang}/events.ics", get(feeds::events))
        // `{id}.ics`: the router has no parameter suffixes; the handler strips it.
        .route("/feeds/{city}/{lang}/events/{file}", get(feeds::event))
        .nest("/api", api)
        // `nest` leaves the bare trailing-slash path to the fallback.
        .route("/api/", any(api::not_found))
        .fallback(web_app::serve)
        .with_state(state)
        .layer(middleware::from_fn(same_origin::require_same_origin))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, request_timeout))
        // Pictures (already left out by default) and recordings are compressed
        // already; brotli over 25 MiB of audio would only cost a core.
        .layer(
            CompressionLayer::new().br(true).gzip(true).compress_when(DefaultPredicate::new().and(NotForContentType::const_new("audio/"))),
        )
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(crate::telemetry::request_span)
                .on_request(())
                .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO)),
        );
    crate::http::security_headers::apply(router)
}

/// API answers are personal (a session's roles, drafts, the audit log)
/// unless a route says otherwise, as the readers' routes do: no cache
/// keeps them.
async fn private_unless_said(request: axum::extract::Request, next: middleware::Next) -> axum::response::Response {
    let mut response = next.run(request).await;
    response.headers_mut().entry(axum::http::header::CACHE_CONTROL).or_insert(axum::http::HeaderValue::from_static("private, no-store"));
    response
}
