//! The bundle's calendar: opening hours and event occurrences worked out on
//! the server, so a reader's phone knows "open now, closes at 17:00" and
//! what is on each day with no network and no recurrence code.
//!
//! - Everything comes from the *pinned* items (the publications' item
//!   JSON), never from the live documents: an edit changes nothing here
//!   until it is published.
//! - Times are the city's local wall-clock times, `YYYY-MM-DDTHH:MM`; the
//!   phone formats "now" the same way in the city's zone and compares
//!   strings.
//! - The window depends only on the city's local date, so the bundle (and
//!   its ETag) changes at most once a day when nothing is published:
//!   openings that start on a local day from yesterday (its hours may run
//!   past midnight) to [`OPENINGS_DAYS_AHEAD`] days ahead; occurrences that
//!   overlap the local days from yesterday to [`OCCURRENCES_DAYS_AHEAD`]
//!   days ahead.
//! - Openings are [`opening_hours::openings`]: touching hours of the same
//!   kind merged, `closes` at or before `opens` running past midnight.
//!   Closed and temporarily closed services get no openings (the reader
//!   must not say "open now" for them).
//! - Occurrences are [`recurrence`]'s, with one difference from the events
//!   API: occurrences an EXDATE cancels are kept and flagged
//!   `cancelled: true` (as are all occurrences of a cancelled event), so a
//!   reader who planned to go sees "cancelled" rather than nothing.
//! - An item, schedule or event that does not parse or check is left out,
//!   with one warning per calendar counting them and naming the first
//!   document by id, never its text.
//! - The work is bounded: expansion jumps to the window (see
//!   `recurrence`), each event gives at most `recurrence::MAX_OCCURRENCES`,
//!   and the caller runs it in `cpu_work`.

use std::collections::{BTreeMap, HashSet};

use crate::model::{Event, Service, ServiceStatus};
use crate::opening_hours;
use crate::recurrence::{self, LOCAL_FORMAT};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

use super::PublishedItem;

/// A city's calendar as the bundle carries it; times are local
/// (`YYYY-MM-DDTHH:MM`), dates `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Calendar {
    pub time_zone: String,
    /// The local dates (inclusive) the openings cover.
    pub from: String,
    pub to: String,
    /// The last local date the occurrences cover (they start at `from` too).
    pub occurrences_to: String,
    /// By service's document id; a closed service has none.
    #[ts(type = "Record<string, Array<Opening>>")]
    pub openings: BTreeMap<String, Vec<Opening>>,
    /// Earliest first.
    pub occurrences: Vec<Occurrence>,
}

/// `[opens, closes, by appointment]`, local times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Opening(pub String, pub String, pub bool);

/// One occurrence of an event (the events API's times are RFC 3339, the
/// calendar's local).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Occurrence {
    /// The event's document id.
    pub id: String,
    pub start: String,
    pub end: String,
    pub cancelled: bool,
}

/// Openings run to this many days after the city's today.
pub const OPENINGS_DAYS_AHEAD: i64 = 35;
/// Occurrences run to this many days after the city's today.
pub const OCCURRENCES_DAYS_AHEAD: i64 = 90;
/// Both windows start this many days before the city's today.
pub const DAYS_BEHIND: i64 = 1;

const DATE_FORMAT: &str = "%Y-%m-%d";

/// The calendar of a city's published services and events (pinned item
/// JSON) at `now`, as the bundle carries it; `None` when the city's time
/// zone does not parse (the bundle then has no calendar and the phone says
/// it does not know).
pub fn of_published(time_zone: &str, services: &[PublishedItem], events: &[PublishedItem], now: DateTime<Utc>) -> Option<Calendar> {
    let mut left_out = LeftOut::default();
    let services: Vec<(String, Service)> = services.iter().filter_map(|published| parsed(published, &mut left_out)).collect();
    let events: Vec<(String, Event)> = events.iter().filter_map(|published| parsed(published, &mut left_out)).collect();
    calendar_counting(time_zone, &services, &events, now, left_out)
}

/// What a calendar leaves out, for its one warning.
#[derive(Default)]
struct LeftOut {
    count: usize,
    first: Option<String>,
}

impl LeftOut {
    fn add(&mut self, document: &str) {
        self.count += 1;
        self.first.get_or_insert_with(|| document.to_string());
    }
}

fn parsed<T: serde::de::DeserializeOwned>(published: &PublishedItem, left_out: &mut LeftOut) -> Option<(String, T)> {
    match serde_json::from_str(&published.item) {
        Ok(item) => Some((published.doc_id.clone(), item)),
        Err(_) => {
            left_out.add(&published.doc_id);
            None
        }
    }
}

/// See [`of_published`]; `services` and `events` are (document id, item).
pub fn calendar(time_zone: &str, services: &[(String, Service)], events: &[(String, Event)], now: DateTime<Utc>) -> Option<Calendar> {
    calendar_counting(time_zone, services, events, now, LeftOut::default())
}

fn calendar_counting(
    time_zone: &str,
    services: &[(String, Service)],
    events: &[(String, Event)],
    now: DateTime<Utc>,
    mut left_out: LeftOut,
) -> Option<Calendar> {
    let tz = match recurrence::parse_time_zone(time_zone) {
        Ok(tz) => tz,
        Err(_) => {
            tracing::warn!("the city's time zone does not parse; the bundle has no calendar");
            return None;
        }
    };
    let today = now.with_timezone(&tz).date_naive();
    let from = today - Duration::days(DAYS_BEHIND);
    let to = today + Duration::days(OPENINGS_DAYS_AHEAD);
    let occurrences_to = today + Duration::days(OCCURRENCES_DAYS_AHEAD);

    let mut openings = BTreeMap::new();
    for (id, service) in services {
        openings.insert(id.clone(), service_openings(id, service, tz, from, to, &mut left_out));
    }
    // (start, id, end, cancelled): sorted by start, ties in a fixed order.
    let mut occurrences: Vec<(String, String, String, bool)> = Vec::new();
    let range = (midnight(tz, from), midnight(tz, occurrences_to + Duration::days(1)));
    for (id, event) in events {
        for (start, end, cancelled) in event_occurrences(id, event, time_zone, range, &mut left_out) {
            occurrences.push((start, id.clone(), end, cancelled));
        }
    }
    occurrences.sort();
    if left_out.count > 0 {
        tracing::warn!(
            left_out = left_out.count,
            first = left_out.first,
            "published items, schedules or events that do not parse or expand are left out of the calendar"
        );
    }
    let occurrences = occurrences.into_iter().map(|(start, id, end, cancelled)| Occurrence { id, start, end, cancelled }).collect();

    Some(Calendar {
        time_zone: time_zone.to_string(),
        from: from.format(DATE_FORMAT).to_string(),
        to: to.format(DATE_FORMAT).to_string(),
        occurrences_to: occurrences_to.format(DATE_FORMAT).to_string(),
        openings,
        occurrences,
    })
}

/// Midnight starting `date` in `tz`, as a UTC instant.
fn midnight(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    recurrence::resolve_local(tz, date.and_time(NaiveTime::MIN)).with_timezone(&Utc)
}

fn local(moment: &DateTime<Tz>) -> String {
    moment.format(LOCAL_FORMAT).to_string()
}

/// `[opens, closes, by_appointment]` for the openings starting on a day in
/// `[from, to]`.
fn service_openings(id: &str, service: &Service, tz: Tz, from: NaiveDate, to: NaiveDate, left_out: &mut LeftOut) -> Vec<Opening> {
    if matches!(service.status, ServiceStatus::Closed | ServiceStatus::TemporarilyClosed) {
        return Vec::new();
    }
    let usable: Vec<_> = service
        .schedules
        .iter()
        .filter(|schedule| match opening_hours::check_schedule(schedule) {
            Ok(()) => true,
            Err(_) => {
                left_out.add(id);
                false
            }
        })
        .cloned()
        .collect();
    opening_hours::openings(&usable, tz, from, to)
        .iter()
        .map(|opening| Opening(local(&opening.opens), local(&opening.closes), opening.by_appointment))
        .collect()
}

/// `(start, end, cancelled)` of the occurrences overlapping `range`,
/// EXDATE occurrences included and flagged cancelled.
fn event_occurrences(
    id: &str,
    event: &Event,
    time_zone: &str,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
    left_out: &mut LeftOut,
) -> Vec<(String, String, bool)> {
    let expand = || -> Result<_, recurrence::RecurrenceError> {
        let checked = recurrence::check(event, time_zone)?;
        let kept: HashSet<DateTime<Tz>> = checked.occurrences(from, to)?.into_iter().map(|o| o.start).collect();
        let mut every = checked;
        every.exdates.clear();
        Ok(every
            .occurrences(from, to)?
            .into_iter()
            .map(|o| (local(&o.start), local(&o.end), o.cancelled || !kept.contains(&o.start)))
            .collect())
    };
    match expand() {
        Ok(occurrences) => occurrences,
        Err(_) => {
            left_out.add(id);
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use serde_json::{Value, json};

    /// The calendar's JSON form, as the bundle carries it.
    fn calendar_json(time_zone: &str, services: &[(String, Service)], events: &[(String, Event)], now: DateTime<Utc>) -> Option<Value> {
        super::calendar(time_zone, services, events, now).map(|calendar| serde_json::to_value(calendar).unwrap())
    }

    fn of_published_json(time_zone: &str, services: &[PublishedItem], events: &[PublishedItem], now: DateTime<Utc>) -> Option<Value> {
        super::of_published(time_zone, services, events, now).map(|calendar| serde_json::to_value(calendar).unwrap())
    }

    fn service() -> Service {
        serde_json::from_str(include_str!("../../../../tests/fixtures/content/service.json")).unwrap()
    }

    fn event() -> Event {
        serde_json::from_str(include_str!("../../../../tests/fixtures/content/event.json")).unwrap()
    }

    /// 2026-11-22 12:00 in Brussels (a Sunday).
    fn sunday_noon() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 11, 0, 0).unwrap()
    }

    fn at(now: DateTime<Utc>) -> Value {
        let mut shelter = service();
        shelter.schedules[0].rrule = "FREQ=DAILY".into();
        shelter.schedules[0].opens_at = "19:00".into();
        shelter.schedules[0].closes_at = "08:00".into();
        shelter.schedules[0].closed_dates.clear();
        let mut closed = service();
        closed.status = ServiceStatus::Closed;
        let services = [("legal".to_string(), service()), ("shelter".to_string(), shelter), ("closed".to_string(), closed)];
        calendar_json("Europe/Brussels", &services, &[("cafe".to_string(), event())], now).unwrap()
    }

    #[test]
    fn the_window_follows_the_city_date() {
        let calendar = at(sunday_noon());
        assert_eq!(calendar["from"], "2026-11-21");
        assert_eq!(calendar["to"], "2026-12-27");
        assert_eq!(calendar["occurrences_to"], "2027-02-20");
        // 23:30 UTC on Sunday is already Monday in Brussels.
        let monday = at(Utc.with_ymd_and_hms(2026, 11, 22, 23, 30, 0).unwrap());
        assert_eq!(monday["from"], "2026-11-22");
        // The same local day gives the same calendar, whatever the hour.
        assert_eq!(at(Utc.with_ymd_and_hms(2026, 11, 21, 23, 5, 0).unwrap()), at(Utc.with_ymd_and_hms(2026, 11, 22, 22, 55, 0).unwrap()));
    }

    #[test]
    fn openings_are_local_and_run_past_midnight() {
        let calendar = at(sunday_noon());
        let legal = calendar["openings"]["legal"].as_array().unwrap();
        assert_eq!(legal[0], json!(["2026-11-23T09:00", "2026-11-23T13:00", false]));
        // Monday, Wednesday, Friday up to 27 December, without Friday 25 December.
        assert_eq!(legal.len(), 14);
        assert!(!legal.iter().any(|o| o[0].as_str().unwrap().starts_with("2026-12-25")));
        let shelter = calendar["openings"]["shelter"].as_array().unwrap();
        assert_eq!(shelter[0], json!(["2026-11-21T19:00", "2026-11-22T08:00", false]));
        assert_eq!(shelter.len(), 37);
        assert_eq!(calendar["openings"]["closed"], json!([]));
    }

    #[test]
    fn occurrences_keep_exdates_as_cancelled() {
        let mut event = event();
        event.exdates = vec!["2026-12-01T18:00".into()];
        let calendar = calendar_json("Europe/Brussels", &[], &[("cafe".into(), event.clone())], sunday_noon()).unwrap();
        let occurrences = calendar["occurrences"].as_array().unwrap();
        let starts: Vec<(&str, bool)> =
            occurrences.iter().map(|o| (o["start"].as_str().unwrap(), o["cancelled"].as_bool().unwrap())).collect();
        // Tuesdays until UNTIL (22 December, 23:59:59 UTC).
        assert_eq!(
            starts,
            [
                ("2026-11-24T18:00", false),
                ("2026-12-01T18:00", true),
                ("2026-12-08T18:00", false),
                ("2026-12-15T18:00", false),
                ("2026-12-22T18:00", false)
            ]
        );
        assert_eq!(occurrences[0], json!({ "id": "cafe", "start": "2026-11-24T18:00", "end": "2026-11-24T20:00", "cancelled": false }));

        event.cancelled = true;
        let calendar = calendar_json("Europe/Brussels", &[], &[("cafe".into(), event)], sunday_noon()).unwrap();
        assert!(calendar["occurrences"].as_array().unwrap().iter().all(|o| o["cancelled"] == true));
    }

    #[test]
    fn broken_items_are_left_out_and_a_bad_zone_gives_no_calendar() {
        let mut broken = service();
        broken.schedules.push(broken.schedules[0].clone());
        broken.schedules[1].rrule = "every day".into();
        let mut bad_event = event();
        bad_event.start = "soon".into();
        let calendar = calendar_json("Europe/Brussels", &[("legal".into(), broken)], &[("bad".into(), bad_event)], sunday_noon()).unwrap();
        assert_eq!(calendar["openings"]["legal"].as_array().unwrap().len(), 14, "the good schedule stays");
        assert_eq!(calendar["occurrences"], json!([]));
        assert!(calendar_json("Mars/Olympus", &[], &[], sunday_noon()).is_none());
    }

    #[test]
    fn unparsable_pinned_json_is_left_out() {
        let item = |doc_id: &str, item: &str| PublishedItem {
            doc_id: doc_id.into(),
            item: item.into(),
            translations: "{}".into(),
            published_at: 0,
        };
        let services = [item("legal", include_str!("../../../../tests/fixtures/content/service.json")), item("junk", "{\"name\": 3}")];
        let calendar = of_published_json("Europe/Brussels", &services, &[], sunday_noon()).unwrap();
        let ids: Vec<&String> = calendar["openings"].as_object().unwrap().keys().collect();
        assert_eq!(ids, ["legal"]);
    }
}
