//! `GET /healthz`: is the server up (its database answers), and which
//! version. Nothing more: anyone may ask, and how much a server holds is
//! not theirs to know.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::app_state::AppState;

pub async fn health(State(state): State<AppState>) -> Response {
    let storage = state.storage.clone();
    match tokio::task::spawn_blocking(move || storage.document_count()).await {
        Ok(Ok(_)) => Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") })).into_response(),
        Ok(Err(error)) => {
            tracing::error!("health check cannot read the database: {error}");
            unavailable()
        }
        Err(_) => unavailable(),
    }
}

fn unavailable() -> Response {
    (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unavailable", "version": env!("CARGO_PKG_VERSION") }))).into_response()
}
