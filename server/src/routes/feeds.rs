//! `GET /feeds/{city}/{lang}/events.ics`: the city's published events as an
//! RFC 5545 calendar that phone calendar apps subscribe to (RRULE and EXDATE
//! kept, times in the city's zone), and `GET /feeds/{city}/{lang}/events/{id}.ics`:
//! one of them, as a file to add to a calendar. Titles and descriptions are
//! in `lang`, or the language they fall back to.

use std::str::FromStr;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use hospes_content::ical::{self, FeedEvent};
use hospes_content::model::{City, Event};
use hospes_content::recurrence;
use samod::DocumentId;
use serde_json::Value;

use super::error::ApiError;
use super::read::{load_city, offered_language};
use crate::app_state::AppState;
use crate::publishing::publications;
use crate::read_side::projection;

pub async fn events(State(state): State<AppState>, Path((city, language)): Path<(String, String)>) -> Result<Response, ApiError> {
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    let (slug, tag) = (city.slug.clone(), language.clone());
    let rows = state
        .db
        .read(move |conn| -> rusqlite::Result<Vec<(publications::PublishedItem, Option<String>)>> {
            publications::published_of_kind(conn, &slug, "event")?
                .into_iter()
                .map(|event| {
                    let rendered = projection::item(conn, &slug, &tag, &event.doc_id)?;
                    Ok((event, rendered))
                })
                .collect()
        })
        .await?;
    let feed: Vec<FeedEvent> =
        rows.iter().filter_map(|(published, rendered)| Some(feed_event(&city, &language, published, rendered.as_deref()?)?.0)).collect();
    let body = ical::calendar(&city.name, &city.time_zone, &feed).map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], body).into_response())
}

/// `GET /feeds/{city}/{lang}/events/{id}.ics`: one published event (RRULE
/// and EXDATE kept) as a calendar file to add to a phone's calendar, in
/// `lang` or the language it falls back to. Unknown or unpublished: 404.
pub async fn event(
    State(state): State<AppState>,
    Path((city, language, file)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let unknown = || ApiError::not_found("unknown_event", "no such published event");
    let city = load_city(&state, &city).await?;
    let language = offered_language(&city, &language)?;
    // The router cannot match a parameter with a suffix (`{id}.ics`).
    let id = file.strip_suffix(".ics").and_then(|id| DocumentId::from_str(id).ok()).ok_or_else(unknown)?.to_string();
    let (slug, tag) = (city.slug.clone(), language.clone());
    let row = state
        .db
        .read(move |conn| -> rusqlite::Result<Option<(publications::PublishedItem, Option<String>)>> {
            let Some(event) = publications::published_of_kind(conn, &slug, "event")?.into_iter().find(|event| event.doc_id == id) else {
                return Ok(None);
            };
            let rendered = projection::item(conn, &slug, &tag, &event.doc_id)?;
            Ok(Some((event, rendered)))
        })
        .await?;
    let (published, rendered) = row.ok_or_else(unknown)?;
    let (feed, title) = rendered.as_deref().and_then(|rendered| feed_event(&city, &language, &published, rendered)).ok_or_else(unknown)?;
    let checked = recurrence::check_parts(&city.time_zone, &feed.start, &feed.end, feed.rrule.as_deref(), &feed.exdates, feed.cancelled);
    if let Err(error) = checked {
        tracing::warn!(event = published.doc_id, "a published event does not check; no calendar file: {error}");
        return Err(unknown());
    }
    let body = ical::calendar(&city.name, &city.time_zone, &[feed]).map_err(ApiError::internal)?;
    let disposition = format!("attachment; filename=\"{}.ics\"", file_name(&title));
    let disposition = HeaderValue::from_str(&disposition).map_err(ApiError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response())
}

/// One published event (pinned item JSON) as the feed shows it, with its
/// title in the feed's language; `None` if the pinned item does not parse.
fn feed_event(city: &City, language: &str, published: &publications::PublishedItem, rendered: &str) -> Option<(FeedEvent, String)> {
    let Ok(event) = serde_json::from_str::<Event>(&published.item) else {
        tracing::warn!(event = published.doc_id, "a published event does not parse; left out of the feed");
        return None;
    };
    let rendered: Value = serde_json::from_str(rendered).unwrap_or_default();
    let text = |field: &str| rendered["item"][field]["text"].as_str().unwrap_or_default().to_string();
    let stamp = chrono::DateTime::from_timestamp(published.published_at, 0).unwrap_or_default();
    let url = format!("/cities/{}/{}/events/{}", city.slug, language, published.doc_id);
    let feed = FeedEvent::new(format!("{}@hospes", published.doc_id), &event, text("title"), text("description"), url, stamp);
    Some((feed, text("title")))
}

/// A file name from a title: ASCII letters and digits (accents dropped),
/// words joined by `-`, at most [`FILE_NAME_CHARS`]; `event` when nothing is
/// left (a title in Arabic script, say).
fn file_name(title: &str) -> String {
    let folded = hospes_content::reading::search_folding::fold(title);
    let words: Vec<&str> = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty()).collect();
    let mut name = String::new();
    for word in words {
        if name.len() + word.len() + 1 > FILE_NAME_CHARS {
            break;
        }
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(word);
    }
    if name.is_empty() { "event".to_string() } else { name }
}

/// The longest file name [`file_name`] makes, before `.ics`.
const FILE_NAME_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(file_name("Café des langues"), "cafe-des-langues");
        assert_eq!(file_name("  Job fair: \"Welcome\" / 2026!  "), "job-fair-welcome-2026");
        assert_eq!(file_name("مقهى اللغات"), "event");
        assert!(file_name(&"word ".repeat(40)).len() <= 60);
    }
}
