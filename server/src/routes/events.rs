//! `GET /api/v1/cities/{city}/{lang}/events?from=&to=`: the published
//! events' occurrences in a time range, recurring events expanded in the
//! city's time zone, cancelled occurrences (EXDATE) left out, cancelled
//! events marked. `from` and `to` are dates (`2026-11-23`, midnight in the
//! city) or RFC 3339 times; the default is the coming seven days.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use hospes_sync::content::model::Event;
use hospes_sync::content::recurrence;
use serde::Deserialize;
use serde_json::{Value, json};

use super::error::ApiError;
use super::read::{load_city, offered_language};
use crate::app_state::AppState;
use crate::domain::Invalid;
use crate::publications;
use crate::read_side::projection;

/// The longest range one request may ask for.
const MAX_RANGE_DAYS: i64 = 366;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    from: Option<String>,
    to: Option<String>,
}

pub async fn events(
    State(state): State<AppState>,
    Path((city, language)): Path<(String, String)>,
    Query(range): Query<Range>,
) -> Result<Json<Value>, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let from = match range.from.as_deref() {
        Some(raw) => parse_moment("from", raw, &city.time_zone)?,
        None => Utc::now(),
    };
    let to = match range.to.as_deref() {
        Some(raw) => parse_moment("to", raw, &city.time_zone)?,
        None => from + Duration::days(7),
    };
    if to <= from {
        return Err(Invalid::new("to", "must be after from").into());
    }
    if to - from > Duration::days(MAX_RANGE_DAYS) {
        return Err(Invalid::new("to", format!("at most {MAX_RANGE_DAYS} days after from")).into());
    }

    let (slug, tag) = (city.slug.clone(), language.clone());
    let published = state
        .db
        .call(move |conn| -> rusqlite::Result<_> {
            let events = publications::published_of_kind(conn, &slug, "event")?;
            let mut rendered = BTreeMap::new();
            for event in &events {
                if let Some(body) = projection::item(conn, &slug, &tag, &event.doc_id)? {
                    rendered.insert(event.doc_id.clone(), body);
                }
            }
            Ok((events, rendered))
        })
        .await?;
    let (events, rendered) = published;

    let mut occurrences = Vec::new();
    let mut items = serde_json::Map::new();
    for published in events {
        let Ok(event) = serde_json::from_str::<Event>(&published.item) else {
            tracing::warn!(event = published.doc_id, "a published event does not parse; left out");
            continue;
        };
        let expanded = match recurrence::occurrences(&event, &city.time_zone, from, to) {
            Ok(expanded) => expanded,
            Err(error) => {
                tracing::warn!(event = published.doc_id, "a published event does not expand: {error}");
                continue;
            }
        };
        if expanded.is_empty() {
            continue;
        }
        for occurrence in expanded {
            occurrences.push(json!({
                "id": published.doc_id,
                "start": occurrence.start.to_rfc3339(),
                "end": occurrence.end.to_rfc3339(),
                "cancelled": occurrence.cancelled,
            }));
        }
        if let Some(body) = rendered.get(&published.doc_id).and_then(|body| serde_json::from_str::<Value>(body).ok()) {
            items.insert(published.doc_id.clone(), body);
        }
    }
    occurrences.sort_by(|a, b| a["start"].as_str().cmp(&b["start"].as_str()));
    Ok(Json(json!({
        "from": from.to_rfc3339(),
        "to": to.to_rfc3339(),
        "time_zone": city.time_zone,
        "occurrences": occurrences,
        "items": items,
    })))
}

/// A date (midnight in the city's zone) or an RFC 3339 time.
fn parse_moment(field: &'static str, raw: &str, time_zone: &str) -> Result<DateTime<Utc>, Invalid> {
    if let Ok(moment) = DateTime::parse_from_rfc3339(raw) {
        return Ok(moment.with_timezone(&Utc));
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| Invalid::new(field, format!("{raw:?} is neither a date (YYYY-MM-DD) nor an RFC 3339 time")))?;
    let zone = recurrence::parse_time_zone(time_zone).map_err(|error| Invalid::new(field, error.to_string()))?;
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    Ok(recurrence::resolve_local(zone, midnight).with_timezone(&Utc))
}
