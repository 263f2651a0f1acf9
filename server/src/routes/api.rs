//! `/api/...`: the JSON API. Every path here answers JSON, including the
//! ones that do not exist: an API client must never get the app shell.

use axum::Router;
use axum::extract::OriginalUri;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post, put};

use super::error::ApiError;
use super::{archive, auth, documents, events, export, invites, members, read, snapshot, suggestions, translations};
use crate::app_state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/v1/login", post(auth::login))
        .route("/v1/logout", post(auth::logout))
        .route("/v1/session", get(auth::current))
        .route("/v1/sessions", get(auth::list))
        .route("/v1/sessions/sign-out-everywhere", post(auth::end_all))
        .route("/v1/sessions/{id}", delete(auth::end_one))
        .route("/v1/invites/{token}", get(invites::show))
        .route("/v1/invites/{token}/accept", post(invites::accept))
        .route("/v1/cities", get(read::cities))
        .route("/v1/cities/{city}", get(read::city))
        .route("/v1/cities/{city}/{lang}/bundle", get(read::bundle))
        .route("/v1/cities/{city}/{lang}/items/{id}", get(read::item))
        .route("/v1/cities/{city}/{lang}/events", get(events::events))
        .route("/v1/cities/{city}/{lang}/search", get(read::search))
        .route("/v1/cities/{city}/{lang}/archive", get(archive::published))
        .route("/v1/voices/{id}/consent", get(archive::consent).put(archive::set_consent))
        .route("/v1/voices/{id}/withdraw", post(archive::withdraw))
        .route("/v1/cities/{city}/groups/{group}/export.zip", get(archive::export))
        .route("/v1/cities/{city}/export/hsds.zip", get(export::hsds_zip))
        .route("/v1/cities/{city}/invites", post(invites::create))
        .route("/v1/cities/{city}/members", get(members::list))
        .route("/v1/cities/{city}/members/{account}/roles", put(members::set_roles))
        .route("/v1/cities/{city}/members/{account}/revoke", post(members::revoke))
        .route("/v1/cities/{city}/audit", get(members::audit_log))
        .route("/v1/cities/{city}/suggestions", get(suggestions::list).post(suggestions::submit))
        .route("/v1/cities/{city}/suggestions/{id}/resolve", post(suggestions::resolve))
        .route("/v1/cities/{city}/documents", get(documents::list))
        .route("/v1/cities/{city}/snapshot", get(snapshot::snapshot).post(snapshot::named))
        .route("/v1/documents", post(documents::register))
        .route("/v1/documents/{id}/publish", post(documents::publish))
        .route("/v1/documents/{id}/unpublish", post(documents::unpublish))
        .route("/v1/documents/{id}/publication", get(documents::publication))
        .route("/v1/documents/{id}/translations", get(translations::statuses))
        .fallback(not_found)
}

pub async fn not_found(OriginalUri(uri): OriginalUri) -> impl IntoResponse {
    ApiError::not_found("not_found", format!("no API endpoint at {}", uri.path()))
}
