//! `GET /feeds/{city}/{lang}/events.ics`: the city's published events as an
//! RFC 5545 calendar that phone calendar apps subscribe to (RRULE and EXDATE
//! kept, times in the city's zone). Titles and descriptions are in `lang`,
//! or the language they fall back to.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use hospes_sync::content::ical::{self, FeedEvent};
use hospes_sync::content::model::Event;
use serde_json::Value;

use super::error::ApiError;
use super::read::{load_city, offered_language};
use crate::app_state::AppState;
use crate::publications;
use crate::read_side::projection;

pub async fn events(
    State(state): State<AppState>,
    Path((city, language)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let (slug, tag) = (city.slug.clone(), language.clone());
    let rows = state
        .db
        .call(move |conn| -> rusqlite::Result<Vec<(publications::PublishedItem, Option<String>)>> {
            publications::published_of_kind(conn, &slug, "event")?
                .into_iter()
                .map(|event| {
                    let rendered = projection::item(conn, &slug, &tag, &event.doc_id)?;
                    Ok((event, rendered))
                })
                .collect()
        })
        .await?;
    let mut feed = Vec::new();
    for (published, rendered) in rows {
        let (Ok(event), Some(rendered)) = (serde_json::from_str::<Event>(&published.item), rendered) else {
            continue;
        };
        let rendered: Value = serde_json::from_str(&rendered).unwrap_or_default();
        let text = |field: &str| rendered["item"][field]["text"].as_str().unwrap_or_default().to_string();
        let stamp = chrono::DateTime::from_timestamp(published.published_at, 0).unwrap_or_default();
        let url = format!("/cities/{}/{}/events/{}", city.slug, language, published.doc_id);
        feed.push(FeedEvent::new(
            format!("{}@hospes", published.doc_id),
            &event,
            text("title"),
            text("description"),
            url,
            stamp,
        ));
    }
    let body = ical::calendar(&city.name, &city.time_zone, &feed).map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], body).into_response())
}
