//! `GET /api/v1/cities/{city}/export/hsds.zip`: the city's published
//! services as an Open Referral HSDS 3.0 tabular package, translations
//! included (see `hospes_content::hsds`). Only pinned versions go out.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hospes_content::hsds::{self, ExportService};
use hospes_content::model::{Service, Translation};
use std::collections::BTreeMap;

use super::error::ApiError;
use super::read::load_city;
use crate::app_state::AppState;
use crate::publishing::publications;

pub async fn hsds_zip(State(state): State<AppState>, Path(city): Path<String>) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let slug = city.slug.clone();
    let published = state.db.read(move |conn| publications::published_of_kind(conn, &slug, "service")).await?;
    let services: Vec<ExportService> = published
        .into_iter()
        .filter_map(|published| {
            let service: Service = serde_json::from_str(&published.item).ok()?;
            let translations: BTreeMap<String, Translation> = serde_json::from_str(&published.translations).ok()?;
            Some(ExportService { document_id: published.doc_id, service, translations: translations.into_values().collect() })
        })
        .collect();
    let zip = tokio::task::spawn_blocking(move || hsds::export(&city, &services))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    let disposition = "attachment; filename=\"hsds.zip\"";
    Ok(([(header::CONTENT_TYPE, "application/zip"), (header::CONTENT_DISPOSITION, disposition)], zip).into_response())
}
