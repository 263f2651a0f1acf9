//! `GET /healthz`: is the server up (its database answers), and which
//! version. Nothing more: anyone may ask, and how much a server holds is
//! not theirs to know.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use ts_rs::TS;

use crate::app_state::AppState;

#[derive(Serialize, TS)]
pub struct Health {
    pub status: HealthStatus,
    pub version: &'static str,
}

#[derive(Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    Ok,
    /// The database does not answer.
    Unavailable,
}

impl Health {
    fn now(status: HealthStatus) -> Json<Self> {
        Json(Health { status, version: env!("CARGO_PKG_VERSION") })
    }
}

pub async fn health(State(state): State<AppState>) -> Response {
    let storage = state.storage.clone();
    match tokio::task::spawn_blocking(move || storage.document_count()).await {
        Ok(Ok(_)) => Health::now(HealthStatus::Ok).into_response(),
        Ok(Err(error)) => {
            tracing::error!("health check cannot read the database: {error}");
            unavailable()
        }
        Err(_) => unavailable(),
    }
}

fn unavailable() -> Response {
    (StatusCode::SERVICE_UNAVAILABLE, Health::now(HealthStatus::Unavailable)).into_response()
}
