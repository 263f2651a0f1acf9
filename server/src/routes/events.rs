//! `GET /api/v1/cities/{city}/{lang}/events?from=&to=`: the published
//! events' occurrences in a time range, recurring events expanded in the
//! city's time zone, cancelled occurrences (EXDATE) left out, cancelled
//! events marked. `from` and `to` are dates (`2026-11-23`, midnight in the
//! city) or RFC 3339 times, years 1 to 9999; the default is the coming
//! seven days.
//!
//! Bounded work: the range is at most [`MAX_RANGE_DAYS`]; expansion jumps
//! to the range (see `recurrence`), runs in [`cpu_work`] and stops at the
//! [`MAX_ANSWER_OCCURRENCES`] earliest occurrences of all events together
//! (`"truncated": true` then says so: ask again from the last one). Events
//! that do not parse or expand are left out with one warning per request,
//! counting them and naming the first by id.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashSet};

use axum::Json;
use axum::extract::{Path, Query, State};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use hospes_content::model::Event;
use hospes_content::reading::calendar;
use hospes_content::recurrence::{self, Occurrence, Occurrences};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::error::ApiError;
use super::read::{load_city, offered_language};
use crate::app_state::AppState;
use crate::cpu_work;
use crate::domain::Invalid;
use crate::publishing::publications;
use crate::read_side::projection;

/// The longest range one request may ask for.
pub const MAX_RANGE_DAYS: i64 = 366;

/// Most occurrences one answer holds (the earliest of all events).
pub const MAX_ANSWER_OCCURRENCES: usize = 2000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    from: Option<String>,
    to: Option<String>,
}

/// The answer: occurrences in RFC 3339 times, and each event rendered
/// once.
#[derive(Serialize, TS)]
pub struct EventsAnswer {
    pub from: String,
    pub to: String,
    pub time_zone: String,
    /// Earliest first.
    pub occurrences: Vec<calendar::Occurrence>,
    /// More occurrences fall in the range; ask again from the last one.
    pub truncated: bool,
    /// By document id: the rendered items the occurrences are of.
    #[ts(type = "Record<string, RenderedItem>")]
    pub items: serde_json::Map<String, Value>,
}

pub async fn events(
    State(state): State<AppState>,
    Path((city, language)): Path<(String, String)>,
    Query(range): Query<Range>,
) -> Result<Json<EventsAnswer>, ApiError> {
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
        .read(move |conn| -> rusqlite::Result<_> {
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

    let city_slug = city.slug.clone();
    let time_zone = city.time_zone.clone();
    let answer = cpu_work::run(move || expand(&events, &time_zone, from, to)).await;
    if answer.left_out > 0 {
        tracing::warn!(
            city = city_slug,
            left_out = answer.left_out,
            first = answer.first_left_out,
            "published events that do not parse or expand are left out of the events answer"
        );
    }
    let items: serde_json::Map<String, Value> = answer
        .occurrences
        .iter()
        .map(|(id, _)| id)
        .collect::<HashSet<_>>()
        .into_iter()
        .filter_map(|id| Some((id.clone(), serde_json::from_str::<Value>(rendered.get(id)?).ok()?)))
        .collect();
    let occurrences = answer
        .occurrences
        .iter()
        .map(|(id, occurrence)| calendar::Occurrence {
            id: id.clone(),
            start: occurrence.start.to_rfc3339(),
            end: occurrence.end.to_rfc3339(),
            cancelled: occurrence.cancelled,
        })
        .collect();
    Ok(Json(EventsAnswer {
        from: from.to_rfc3339(),
        to: to.to_rfc3339(),
        time_zone: city.time_zone,
        occurrences,
        truncated: answer.truncated,
        items,
    }))
}

/// The occurrences of all events in a range, earliest first.
struct Answer {
    /// (document id, occurrence).
    occurrences: Vec<(String, Occurrence)>,
    /// More occurrences than [`MAX_ANSWER_OCCURRENCES`] fall in the range.
    truncated: bool,
    /// Events left out: they do not parse or expand.
    left_out: usize,
    first_left_out: Option<String>,
}

/// The events' occurrences merged in order of start (ties in the order of
/// document ids), each event's next one taken only when it is needed, so
/// the work ends with the answer's cap whatever the range and however many
/// events recur in it.
fn expand(events: &[publications::PublishedItem], time_zone: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> Answer {
    let mut answer = Answer { occurrences: Vec::new(), truncated: false, left_out: 0, first_left_out: None };
    let mut left_out = |id: &str| {
        answer.left_out += 1;
        answer.first_left_out.get_or_insert_with(|| id.to_string());
    };
    let mut merge = Merge::default();
    let mut events: Vec<&publications::PublishedItem> = events.iter().collect();
    events.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    for published in events {
        let expanded = serde_json::from_str::<Event>(&published.item)
            .ok()
            .and_then(|event| recurrence::check(&event, time_zone).ok())
            .and_then(|checked| checked.each_occurrence(from, to).ok());
        match expanded {
            Some(occurrences) => merge.add(&published.doc_id, occurrences),
            None => left_out(&published.doc_id),
        }
    }
    let mut taken: Vec<(usize, Occurrence)> = Vec::new();
    while let Some(next) = merge.take_earliest() {
        if taken.len() == MAX_ANSWER_OCCURRENCES {
            answer.truncated = true;
            break;
        }
        taken.push(next);
    }
    // An event whose expansion fails part-way is left out whole.
    for index in &merge.failed {
        left_out(merge.ids[*index]);
    }
    answer.occurrences = taken
        .into_iter()
        .filter(|(index, _)| !merge.failed.contains(index))
        .map(|(index, occurrence)| (merge.ids[index].to_string(), occurrence))
        .collect();
    answer
}

/// Several events' occurrences, earliest first.
#[derive(Default)]
struct Merge<'a> {
    ids: Vec<&'a str>,
    series: Vec<Occurrences>,
    /// Each event's next occurrence, not yet taken.
    pending: Vec<Option<Occurrence>>,
    /// (start of the pending occurrence, event).
    heap: BinaryHeap<Reverse<(DateTime<Utc>, usize)>>,
    /// Events whose expansion failed.
    failed: HashSet<usize>,
}

impl<'a> Merge<'a> {
    fn add(&mut self, id: &'a str, occurrences: Occurrences) {
        self.ids.push(id);
        self.series.push(occurrences);
        self.pending.push(None);
        self.advance(self.series.len() - 1);
    }

    fn advance(&mut self, index: usize) {
        match self.series[index].next() {
            Some(Ok(occurrence)) => {
                self.heap.push(Reverse((occurrence.start.with_timezone(&Utc), index)));
                self.pending[index] = Some(occurrence);
            }
            Some(Err(_)) => {
                self.failed.insert(index);
            }
            None => {}
        }
    }

    /// The earliest occurrence of all: (event, occurrence).
    fn take_earliest(&mut self) -> Option<(usize, Occurrence)> {
        let Reverse((_, index)) = self.heap.pop()?;
        let occurrence = self.pending[index].take().expect("each event in the heap has one pending");
        self.advance(index);
        Some((index, occurrence))
    }
}

/// A date (midnight in the city's zone) or an RFC 3339 time.
fn parse_moment(field: &'static str, raw: &str, time_zone: &str) -> Result<DateTime<Utc>, Invalid> {
    if let Ok(moment) = DateTime::parse_from_rfc3339(raw) {
        return Ok(moment.with_timezone(&Utc));
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| Invalid::new(field, format!("{raw:?} is neither a date (YYYY-MM-DD) nor an RFC 3339 time")))?;
    let zone = recurrence::parse_time_zone(time_zone).map_err(|error| Invalid::new(field, error.to_string()))?;
    if !(1..=9999).contains(&date.year()) {
        return Err(Invalid::new(field, format!("{raw:?}: the year must be from 1 to 9999")));
    }
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    Ok(recurrence::resolve_local(zone, midnight).with_timezone(&Utc))
}
