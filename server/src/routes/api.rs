//! `/api/...`: the JSON API. Every path here answers JSON, including the
//! ones that do not exist: an API client must never get the app shell.

use axum::Json;
use axum::Router;
use axum::extract::OriginalUri;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde_json::json;

use crate::app_state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().fallback(not_found)
}

pub async fn not_found(OriginalUri(uri): OriginalUri) -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        Json(json!({
            "error": "not_found",
            "message": format!("no API endpoint at {}", uri.path()),
        })),
    )
}
