//! The iCalendar import (`ical::import`) and the paths its events then
//! take: the checks `hospes import-ics` makes before storing them, the
//! document they are stored in, expansion for the events API, and the
//! city's own feed.

#![no_main]

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, TimeZone, Utc};
use hospes_content::model::Event;
use hospes_content::{ical, publish_checks, recurrence};
use libfuzzer_sys::fuzz_target;

const TIME_ZONE: &str = "Europe/Brussels";

fuzz_target!(|bytes: &[u8]| {
    let ics = String::from_utf8_lossy(bytes);
    let Ok(events) = ical::import(&ics, TIME_ZONE, "Partner", "en") else { return };
    let stamp = Utc.with_ymd_and_hms(2026, 10, 1, 8, 30, 0).unwrap();
    let mut feed = Vec::new();
    for (index, event) in events.iter().enumerate() {
        let _ = publish_checks::check(event, &BTreeMap::new());
        let document = hospes::cli::document_from(event);
        let back: Event = autosurgeon::hydrate(&document).expect("an imported event hydrates from its document");
        assert_eq!(&back, event, "an imported event changes on its way through a document");
        // The import checked what recurrence needs: it must expand.
        let checked = recurrence::check(event, TIME_ZONE).expect("an imported event passes the recurrence check");
        for (from, to) in windows(event, stamp) {
            let _ = checked.occurrences(from, to);
        }
        feed.push(ical::FeedEvent::new(format!("{index}@fuzz"), event, event.title.as_str(), event.description.as_str(), "", stamp));
    }
    let _ = ical::calendar("Fuzz", TIME_ZONE, &feed);
});

/// A month from `now` and a month around the event's start, as the events
/// API asks.
fn windows(event: &Event, now: DateTime<Utc>) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let mut starts = vec![now];
    if let Some(before) = recurrence::parse_local(&event.start, "start").ok().and_then(|start| start.and_utc().checked_sub_signed(Duration::days(15))) {
        starts.push(before);
    }
    starts.into_iter().filter_map(|from| Some((from, from.checked_add_signed(Duration::days(31))?))).collect()
}
