//! RFC 5545 iCalendar at the edges: a feed phone calendars subscribe to
//! ([`calendar`]), and partner calendars brought in as events ([`import`]).
//!
//! Writing and reading the text (folding, escaping, parameters) is the
//! `icalendar` crate's; this module decides what goes in and what comes out.
//!
//! ## The feed
//! - Times are written as the city's wall-clock time with the IANA zone
//!   (`DTSTART;TZID=Europe/Brussels:20261020T180000`), not in UTC: a weekly
//!   RRULE expanded from a UTC start would drift by an hour at every
//!   daylight-saving change. Google Calendar, Apple Calendar and
//!   Thunderbird read the IANA name directly; for clients that need the
//!   rules spelled out (Outlook, strict parsers) the feed carries a
//!   `VTIMEZONE` derived from the zone's rules in the year of the newest
//!   `DTSTAMP`, as yearly RRULEs (the usual 1970-anchored form).
//!   `X-WR-TIMEZONE` names the zone too.
//! - RRULE and EXDATE are kept (EXDATE with the same TZID as DTSTART), so
//!   the phone expands the recurrence itself.
//! - A cancelled event stays in the feed with `STATUS:CANCELLED`, so
//!   subscribed phones mark it rather than silently drop it.
//! - `DTSTAMP` is the caller's (say, the publication time), so the same
//!   content gives the same bytes and ETags work.
//! - An event whose times or rule do not check is left out, with one
//!   warning per feed counting them (and naming the first by UID): one bad
//!   item must not break every subscriber's calendar.
//!
//! ## Import
//! - All or nothing: the first invalid VEVENT fails the whole import with
//!   an [`ImportError::Event`] naming the event (UID, or its position) and
//!   the property.
//! - Times are converted to the city's zone (`TZID`, UTC `Z` and floating
//!   times read in `X-WR-TIMEZONE` or else the city's zone). All-day events
//!   become 00:00 to 00:00 of the day after their last day.
//! - RRULE and EXDATE are kept; an `UNTIL` without `Z` (or date-only) is
//!   read in the event's zone and rewritten in UTC.
//! - A modified occurrence (`RECURRENCE-ID`) becomes an EXDATE of its series
//!   plus, unless it is cancelled, an event of its own whose source UID is
//!   `UID#RECURRENCE-ID`. RDATE is refused (the model has no place for it).
//! - `URL` becomes the registration link, `LOCATION` the place's name,
//!   `GEO` its coordinates, `ORGANIZER`'s `CN` the organizer.
//! - Limits: [`MAX_IMPORT_BYTES`], [`MAX_IMPORT_EVENTS`] VEVENTs (both
//!   checked before the file is parsed), [`MAX_TITLE_CHARS`] and
//!   [`MAX_DESCRIPTION_CHARS`].

use std::collections::HashMap;

use autosurgeon::Text;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::{OffsetName, Tz};
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};

use super::model::{Address, Cost, Event, EventType, ImportSource, Location, SCHEMA_VERSION};
use super::recurrence::{RecurrenceError, check_parts, format_local, parse_local, parse_rrule, parse_time_zone, resolve_local, until_part};

/// Most VEVENTs one import takes (counted before the file is parsed).
pub const MAX_IMPORT_EVENTS: usize = 5000;
/// Largest file one import takes, in bytes: 5,000 events of 3 KiB.
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;
/// Longest title (SUMMARY) an import takes, in characters.
pub const MAX_TITLE_CHARS: usize = 500;
/// Longest description an import takes, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;

/// How often subscribed calendars should refresh the feed.
const REFRESH: &str = "PT6H";
const PRODID: &str = "-//hospes//events//EN";
const ICAL_LOCAL: &str = "%Y%m%dT%H%M%S";

/// One event as the feed shows it: text already chosen in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEvent {
    /// Stable across feeds (the item's document id, say, `@` the host).
    pub uid: String,
    pub title: String,
    pub description: String,
    /// Where: a place's name and address, or an online link.
    pub location: String,
    /// The event's page.
    pub url: String,
    /// Local `YYYY-MM-DDTHH:MM` in the city's zone, as in [`Event`].
    pub start: String,
    pub end: String,
    pub rrule: Option<String>,
    pub exdates: Vec<String>,
    pub cancelled: bool,
    /// `DTSTAMP`: when this version was published.
    pub stamp: DateTime<Utc>,
}

impl FeedEvent {
    /// The feed form of `event`, with `title` and `description` in the
    /// feed's language (the caller resolves the fallback chain).
    pub fn new(
        uid: impl Into<String>,
        event: &Event,
        title: impl Into<String>,
        description: impl Into<String>,
        url: impl Into<String>,
        stamp: DateTime<Utc>,
    ) -> Self {
        Self {
            uid: uid.into(),
            title: title.into(),
            description: description.into(),
            location: location_text(event),
            url: url.into(),
            start: event.start.clone(),
            end: event.end.clone(),
            rrule: event.rrule.clone().filter(|r| !r.trim().is_empty()),
            exdates: event.exdates.clone(),
            cancelled: event.cancelled,
            stamp,
        }
    }
}

/// An event's place as one line (`name, street, postal code locality`), or
/// its online link when it has no place.
pub fn location_text(event: &Event) -> String {
    match &event.place {
        Some(place) => {
            let town = [place.address.postal_code.trim(), place.address.locality.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            [place.name.trim(), place.address.street.trim(), town.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        }
        None => event.online_link.trim().to_string(),
    }
}

fn ical_local(local: NaiveDateTime) -> String {
    local.format(ICAL_LOCAL).to_string()
}

fn tz_property(name: &str, local: NaiveDateTime, tz: &str) -> Property {
    Property::new(name, ical_local(local)).add_parameter("TZID", tz).done()
}

/// An RFC 5545 calendar of `events`, named `name`, in the city's zone
/// `time_zone` (see the module doc). Fails only on a bad `time_zone`.
pub fn calendar(name: &str, time_zone: &str, events: &[FeedEvent]) -> Result<String, RecurrenceError> {
    let tz = parse_time_zone(time_zone)?;
    let mut cal = Calendar::empty();
    for (key, value) in [("VERSION", "2.0"), ("PRODID", PRODID), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")] {
        cal.append_property(Property::new(key, value));
    }
    cal.name(name);
    cal.timezone(time_zone);
    cal.append_property(Property::new("REFRESH-INTERVAL", REFRESH).add_parameter("VALUE", "DURATION").done());
    cal.append_property(Property::new("X-PUBLISHED-TTL", REFRESH));

    let mut newest: Option<DateTime<Utc>> = None;
    // One warning per feed, not per event: a feed is fetched often.
    let (mut left_out, mut first_left_out) = (0usize, None);
    for feed in events {
        let checked = match check_parts(time_zone, &feed.start, &feed.end, feed.rrule.as_deref(), &feed.exdates, feed.cancelled) {
            Ok(checked) => checked,
            Err(_) => {
                left_out += 1;
                first_left_out.get_or_insert(feed.uid.as_str());
                continue;
            }
        };
        newest = newest.max(Some(feed.stamp));
        let mut event = icalendar::Event::new();
        event
            .uid(&feed.uid)
            .timestamp(feed.stamp)
            .append_property(tz_property("DTSTART", checked.start, time_zone))
            .append_property(tz_property("DTEND", checked.end, time_zone))
            .summary(&clean_text(&feed.title))
            .status(if feed.cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed });
        if let Some(rule) = &checked.rrule {
            event.add_property("RRULE", rule.as_str());
        }
        for exdate in &checked.exdates {
            event.append_multi_property(tz_property("EXDATE", *exdate, time_zone));
        }
        if !feed.description.trim().is_empty() {
            event.description(&clean_text(&feed.description));
        }
        if !feed.location.trim().is_empty() {
            event.location(&clean_text(&feed.location));
        }
        if !feed.url.trim().is_empty() {
            event.url(feed.url.trim());
        }
        cal.push(event.done());
    }
    if left_out > 0 {
        tracing::warn!(left_out, first = first_left_out, "events that do not check are left out of the iCalendar feed");
    }
    let mut text = cal.to_string();
    if let Some(newest) = newest {
        // Written by hand: the crate would add DTSTAMP and UID to any
        // component, which VTIMEZONE must not have.
        let zone = vtimezone(tz, newest.with_timezone(&tz).year());
        if let Some(at) = text.find("BEGIN:VEVENT") {
            text.insert_str(at, &zone);
        }
    }
    Ok(text)
}

/// Line breaks as `\n` (the crate escapes those), no other control
/// characters.
fn clean_text(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| *c == '\n' || !c.is_control()).collect()
}

/// A change of UTC offset: when (UTC), from what, to what, and the name
/// after.
struct Transition {
    at: NaiveDateTime,
    from: i32,
    to: i32,
    name: Option<String>,
}

fn offset_at(tz: Tz, utc: NaiveDateTime) -> (i32, Option<String>) {
    let offset = tz.offset_from_utc_datetime(&utc);
    (offset.fix().local_minus_utc(), offset.abbreviation().map(str::to_string))
}

fn transitions(tz: Tz, year: i32) -> Vec<Transition> {
    let mut out = Vec::new();
    let Some(mut day) = NaiveDate::from_ymd_opt(year, 1, 1) else { return out };
    let noon = NaiveTime::from_hms_opt(12, 0, 0).expect("valid time");
    let mut previous = day.and_time(noon);
    while day.year() == year {
        day = day.succ_opt().expect("in range");
        let current = day.and_time(noon);
        let (before, _) = offset_at(tz, previous);
        let (after, name) = offset_at(tz, current);
        if before != after {
            // The first second with the new offset.
            let (mut low, mut high) = (previous, current);
            while high - low > Duration::seconds(1) {
                let mid = low + (high - low) / 2;
                if offset_at(tz, mid).0 == before { low = mid } else { high = mid }
            }
            out.push(Transition { at: high, from: before, to: after, name });
        }
        previous = current;
    }
    out
}

fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

/// The `n`th (1-based; -1 for the last) `weekday` of a month.
fn nth_weekday(year: i32, month: u32, weekday: chrono::Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(n).ok()?)
    } else {
        let next_month = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) }?;
        let mut day = next_month.pred_opt()?;
        while day.weekday() != weekday {
            day = day.pred_opt()?;
        }
        Some(day)
    }
}

/// A `VTIMEZONE` for `tz`: its transitions in `year`, written as yearly
/// rules ("last Sunday of March at 02:00") starting in 1970.
fn vtimezone(tz: Tz, year: i32) -> String {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{}", tz.name())];
    let found = transitions(tz, year);
    if found.is_empty() {
        let jan = NaiveDate::from_ymd_opt(year, 1, 1).expect("valid").and_time(NaiveTime::MIN);
        let (offset, name) = offset_at(tz, jan);
        lines.push("BEGIN:STANDARD".into());
        lines.push("DTSTART:19700101T000000".into());
        lines.push(format!("TZOFFSETFROM:{}", format_offset(offset)));
        lines.push(format!("TZOFFSETTO:{}", format_offset(offset)));
        if let Some(name) = name {
            lines.push(format!("TZNAME:{name}"));
        }
        lines.push("END:STANDARD".into());
    }
    for t in &found {
        let kind = if t.to > t.from { "DAYLIGHT" } else { "STANDARD" };
        // Onset in the wall time in force before it.
        let local = t.at + Duration::seconds(i64::from(t.from));
        let (month, day, weekday) = (local.month(), local.day(), local.weekday());
        let days_in_month = days_in_month(local.year(), month);
        let n: i32 = if day + 7 > days_in_month { -1 } else { ((day - 1) / 7 + 1) as i32 };
        let first = nth_weekday(1970, month, weekday, n).unwrap_or(local.date().with_year(1970).unwrap_or(local.date()));
        let byday = format!("{n}{}", &weekday.to_string()[..2].to_uppercase());
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", first.and_time(local.time().with_nanosecond(0).unwrap_or(local.time())).format(ICAL_LOCAL)));
        lines.push(format!("RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY={byday}"));
        lines.push(format!("TZOFFSETFROM:{}", format_offset(t.from)));
        lines.push(format!("TZOFFSETTO:{}", format_offset(t.to)));
        if let Some(name) = &t.name {
            lines.push(format!("TZNAME:{name}"));
        }
        lines.push(format!("END:{kind}"));
    }
    lines.push("END:VTIMEZONE".into());
    lines.into_iter().map(|line| line + "\r\n").collect()
}

/// Why an import failed. Nothing is imported when it does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file as a whole.
    #[error("calendar: {message}")]
    Calendar { message: String },
    /// One event: `event` is its UID, or `#n` (1-based, in file order) when
    /// it has none; `property` is the iCalendar property.
    #[error("event {event}, {property}: {message}")]
    Event { event: String, property: String, message: String },
}

/// A date or a moment, as iCalendar writes them.
enum When {
    Date(NaiveDate),
    At(DateTime<Utc>),
}

/// Reads a partner's calendar into events of the city whose zone is
/// `time_zone`, their text in `source_language`, each remembering
/// `calendar_name` and its UID. See the module doc.
pub fn import(ics: &str, time_zone: &str, calendar_name: &str, source_language: &str) -> Result<Vec<Event>, ImportError> {
    let city = parse_time_zone(time_zone).map_err(|e| ImportError::Calendar { message: e.to_string() })?;
    if !ics.trim_start_matches('\u{feff}').trim_start().to_ascii_uppercase().starts_with("BEGIN:VCALENDAR") {
        return Err(ImportError::Calendar { message: "does not start with BEGIN:VCALENDAR: not an iCalendar file".into() });
    }
    if ics.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::Calendar { message: format!("is {} bytes; at most {MAX_IMPORT_BYTES} are taken at once", ics.len()) });
    }
    let unfolded = icalendar::parser::unfold(ics.trim_start_matches('\u{feff}'));
    // Counted before parsing: the parser's tree is many times the text.
    let vevents = unfolded.lines().filter(|line| line.trim().eq_ignore_ascii_case("BEGIN:VEVENT")).count();
    if vevents > MAX_IMPORT_EVENTS {
        return Err(ImportError::Calendar { message: format!("has {vevents} events; at most {MAX_IMPORT_EVENTS} are taken at once") });
    }
    let parsed = icalendar::parser::read_calendar(&unfolded)
        .map_err(|e| ImportError::Calendar { message: format!("cannot be read: {}", first_line(&e)) })?;
    let floating = parsed
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("X-WR-TIMEZONE"))
        .and_then(|p| find_zone(p.val.as_str()))
        .unwrap_or(city);
    let vevents: Vec<_> = parsed.components.iter().filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT")).collect();
    if vevents.len() > MAX_IMPORT_EVENTS {
        return Err(ImportError::Calendar {
            message: format!("has {} events; at most {MAX_IMPORT_EVENTS} are taken at once", vevents.len()),
        });
    }

    let mut events: Vec<Event> = Vec::new();
    let mut by_uid: HashMap<String, usize> = HashMap::new();
    let mut overrides = Vec::new();
    for (index, component) in vevents.iter().enumerate() {
        let reader = Reader { component, label: label(component, index), city, floating };
        let uid = reader.text("UID").map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        let Some(uid) = uid else { return Err(reader.error("UID", "is missing; events need a UID so a second import can update them")) };
        if let Some(recurrence_id) = reader.property("RECURRENCE-ID").map(|p| p.val.as_str().trim().to_string()) {
            overrides.push((reader, uid, recurrence_id));
            continue;
        }
        if by_uid.contains_key(&uid) {
            return Err(reader.error("UID", "appears on more than one event"));
        }
        let event = reader.event(&uid, false, calendar_name, source_language, time_zone)?;
        by_uid.insert(uid, events.len());
        events.push(event);
    }
    for (reader, uid, recurrence_id) in overrides {
        let property = reader.property("RECURRENCE-ID").expect("present");
        let own_uid = format!("{uid}#{recurrence_id}");
        if let Some(&master) = by_uid.get(&uid) {
            let occurrence = reader.when(property, "RECURRENCE-ID")?;
            let local = match occurrence {
                When::At(at) => minutes(at.with_timezone(&city).naive_local()),
                When::Date(date) => {
                    let start = parse_local(&events[master].start, "start").expect("checked");
                    date.and_time(start.time())
                }
            };
            let local = format_local(local);
            if !events[master].exdates.contains(&local) {
                events[master].exdates.push(local);
            }
        }
        if reader.status_cancelled() {
            continue;
        }
        if by_uid.contains_key(&own_uid) {
            return Err(reader.error("RECURRENCE-ID", "appears twice for the same event"));
        }
        let event = reader.event(&own_uid, true, calendar_name, source_language, time_zone)?;
        by_uid.insert(own_uid, events.len());
        events.push(event);
    }
    Ok(events)
}

fn first_line(message: &str) -> String {
    message.lines().filter(|l| !l.trim().is_empty()).take(3).collect::<Vec<_>>().join(" ")
}

fn label(component: &icalendar::parser::Component<'_>, index: usize) -> String {
    component
        .find_prop("UID")
        .map(|p| p.val.as_str().trim().to_string())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| format!("#{}", index + 1))
}

/// An IANA zone from a TZID, also in the forms some producers write
/// (`"Europe/Brussels"`, `/mozilla.org/20050126_1/Europe/Brussels`).
fn find_zone(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    let parts: Vec<&str> = tzid.split('/').collect();
    (1..parts.len()).find_map(|skip| parts[skip..].join("/").parse::<Tz>().ok())
}

fn minutes(local: NaiveDateTime) -> NaiveDateTime {
    local.with_second(0).and_then(|l| l.with_nanosecond(0)).unwrap_or(local)
}

struct Reader<'a, 'b> {
    component: &'a icalendar::parser::Component<'b>,
    label: String,
    city: Tz,
    floating: Tz,
}

impl Reader<'_, '_> {
    fn error(&self, property: &str, message: impl Into<String>) -> ImportError {
        ImportError::Event { event: self.label.clone(), property: property.into(), message: message.into() }
    }

    fn property(&self, name: &str) -> Option<&icalendar::parser::Property<'_>> {
        self.component.properties.iter().find(|p| p.name.as_str().eq_ignore_ascii_case(name))
    }

    fn all(&self, name: &str) -> impl Iterator<Item = &icalendar::parser::Property<'_>> {
        self.component.properties.iter().filter(move |p| p.name.as_str().eq_ignore_ascii_case(name))
    }

    fn text(&self, name: &str) -> Option<String> {
        self.property(name).map(|p| p.val.as_str().replace("\r\n", "\n"))
    }

    fn param<'p>(property: &'p icalendar::parser::Property<'_>, key: &str) -> Option<&'p str> {
        property
            .params
            .iter()
            .find(|p| p.key.as_str().eq_ignore_ascii_case(key))
            .and_then(|p| p.val.as_ref())
            .map(|v| v.as_str().trim_matches('"'))
    }

    fn status_cancelled(&self) -> bool {
        self.text("STATUS").is_some_and(|s| s.trim().eq_ignore_ascii_case("CANCELLED"))
    }

    /// The zone a property's local times are in.
    fn zone_of(&self, property: &icalendar::parser::Property<'_>, name: &str) -> Result<Tz, ImportError> {
        match Self::param(property, "TZID") {
            Some(tzid) => {
                find_zone(tzid).ok_or_else(|| self.error(name, format!("TZID `{tzid}` is not an IANA time zone this server knows")))
            }
            None => Ok(self.floating),
        }
    }

    fn parse_value(&self, value: &str, zone: Tz, date_only: bool, name: &str) -> Result<When, ImportError> {
        let value = value.trim();
        let bad = || self.error(name, format!("`{value}` is not an iCalendar date or date-time"));
        if date_only || (value.len() == 8 && !value.contains('T')) {
            return NaiveDate::parse_from_str(value, "%Y%m%d").map(When::Date).map_err(|_| bad());
        }
        if let Some(utc) = value.strip_suffix('Z').or_else(|| value.strip_suffix('z')) {
            let naive = NaiveDateTime::parse_from_str(utc, ICAL_LOCAL).map_err(|_| bad())?;
            return Ok(When::At(Utc.from_utc_datetime(&naive)));
        }
        let naive = NaiveDateTime::parse_from_str(value, ICAL_LOCAL).map_err(|_| bad())?;
        Ok(When::At(resolve_local(zone, naive).with_timezone(&Utc)))
    }

    fn when(&self, property: &icalendar::parser::Property<'_>, name: &str) -> Result<When, ImportError> {
        let zone = self.zone_of(property, name)?;
        let date_only = Self::param(property, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
        self.parse_value(property.val.as_str(), zone, date_only, name)
    }

    fn local(&self, when: &When) -> NaiveDateTime {
        match when {
            When::Date(date) => date.and_time(NaiveTime::MIN),
            When::At(at) => minutes(at.with_timezone(&self.city).naive_local()),
        }
    }

    /// The RRULE value with `UNTIL` in UTC.
    fn rrule(&self, zone: Tz) -> Result<Option<String>, ImportError> {
        let mut rules = self.all("RRULE");
        let Some(rule) = rules.next() else { return Ok(None) };
        if rules.next().is_some() {
            return Err(self.error("RRULE", "appears more than once; only one rule per event is supported"));
        }
        let mut value = rule.val.as_str().trim().to_string();
        if let Some(until) = until_part(&value).map(str::to_string)
            && !until.to_ascii_uppercase().ends_with('Z')
        {
            let instant = match self.parse_value(&until, zone, false, "RRULE")? {
                When::At(at) => at,
                When::Date(date) => resolve_local(zone, date.and_hms_opt(23, 59, 59).expect("valid")).with_timezone(&Utc),
            };
            value = value.replacen(&until, &instant.format("%Y%m%dT%H%M%SZ").to_string(), 1);
        }
        parse_rrule(&value).map_err(|e| self.error("RRULE", e.message))?;
        Ok(Some(value))
    }

    fn event(
        &self,
        uid: &str,
        is_override: bool,
        calendar_name: &str,
        source_language: &str,
        time_zone: &str,
    ) -> Result<Event, ImportError> {
        if self.property("RDATE").is_some() {
            return Err(self.error("RDATE", "is not supported; use RRULE and EXDATE"));
        }
        let title = self.text("SUMMARY").map(|t| t.trim().to_string()).unwrap_or_default();
        if title.is_empty() {
            return Err(self.error("SUMMARY", "is missing; events need a title"));
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(self.error("SUMMARY", format!("is longer than {MAX_TITLE_CHARS} characters")));
        }
        let description = self.text("DESCRIPTION").unwrap_or_default();
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(self.error("DESCRIPTION", format!("is longer than {MAX_DESCRIPTION_CHARS} characters")));
        }

        let start_property = self.property("DTSTART").ok_or_else(|| self.error("DTSTART", "is missing"))?;
        let start_zone = self.zone_of(start_property, "DTSTART")?;
        let start_when = self.when(start_property, "DTSTART")?;
        let start = self.local(&start_when);
        let end = if let Some(end_property) = self.property("DTEND") {
            let end_when = self.when(end_property, "DTEND")?;
            self.local(&end_when)
        } else if let Some(duration) = self.property("DURATION") {
            let length = parse_duration(duration.val.as_str())
                .ok_or_else(|| self.error("DURATION", format!("`{}` is not an iCalendar duration", duration.val.as_str())))?;
            match &start_when {
                When::Date(_) => start + length,
                When::At(at) => minutes((*at + length).with_timezone(&self.city).naive_local()),
            }
        } else {
            match start_when {
                When::Date(_) => start + Duration::days(1),
                When::At(_) => start,
            }
        };

        let rrule = if is_override { None } else { self.rrule(start_zone)? };
        let mut exdates: Vec<String> = Vec::new();
        if !is_override {
            for property in self.all("EXDATE") {
                let zone = self.zone_of(property, "EXDATE")?;
                let date_only = Self::param(property, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
                for value in property.val.as_str().split(',').filter(|v| !v.trim().is_empty()) {
                    let local = match self.parse_value(value, zone, date_only, "EXDATE")? {
                        When::Date(date) => date.and_time(start.time()),
                        when => self.local(&when),
                    };
                    let local = format_local(local);
                    if !exdates.contains(&local) {
                        exdates.push(local);
                    }
                }
            }
        }

        let location = self.text("LOCATION").map(|l| l.trim().to_string()).unwrap_or_default();
        let (latitude, longitude) = match self.text("GEO") {
            Some(geo) => {
                let mut parts = geo.split([';', ',']).map(|p| p.trim().parse::<f64>());
                match (parts.next(), parts.next()) {
                    (Some(Ok(lat)), Some(Ok(lon))) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                        (Some(lat), Some(lon))
                    }
                    _ => return Err(self.error("GEO", format!("`{geo}` is not latitude;longitude"))),
                }
            }
            None => (None, None),
        };
        let place = (!location.is_empty() || latitude.is_some()).then(|| Location {
            id: "place".into(),
            name: location,
            address: Address {
                street: String::new(),
                postal_code: String::new(),
                locality: String::new(),
                region: String::new(),
                country: String::new(),
            },
            latitude,
            longitude,
            accessibility: Text::with_value(""),
            outreach: false,
        });
        let organizer = self
            .property("ORGANIZER")
            .map(|p| {
                Self::param(p, "CN").map(str::to_string).unwrap_or_else(|| {
                    let value = p.val.as_str().trim();
                    value.strip_prefix("mailto:").or_else(|| value.strip_prefix("MAILTO:")).unwrap_or(value).to_string()
                })
            })
            .unwrap_or_default();

        let event = Event {
            schema: SCHEMA_VERSION,
            source_language: source_language.to_string(),
            source_revision: 1,
            title: Text::with_value(title),
            description: Text::with_value(description.trim_end()),
            event_type: EventType::Other,
            start: format_local(start),
            end: format_local(end),
            rrule,
            exdates,
            place,
            online_link: String::new(),
            organizer,
            audience: Vec::new(),
            languages: Vec::new(),
            cost: Cost { free: false, fee: Text::with_value("") },
            registration_link: self.text("URL").map(|u| u.trim().to_string()).unwrap_or_default(),
            open_to_residents: false,
            cancelled: self.status_cancelled(),
            source: Some(ImportSource { calendar: calendar_name.to_string(), uid: uid.to_string() }),
        };
        // Everything recurrence needs, checked the same way as edits are.
        check_parts(time_zone, &event.start, &event.end, event.rrule.as_deref(), &event.exdates, event.cancelled).map_err(|e| {
            let property = match e.field.as_str() {
                "start" => "DTSTART",
                "end" => "DTEND",
                "rrule" => "RRULE",
                f if f.starts_with("exdates") => "EXDATE",
                _ => "DTSTART",
            };
            self.error(property, e.message)
        })?;
        Ok(event)
    }
}

/// An RFC 5545 duration (`PT1H30M`, `P1D`, `P2W`, `-PT15M`).
fn parse_duration(value: &str) -> Option<Duration> {
    let value = value.trim();
    let (negative, rest) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value.strip_prefix('+').unwrap_or(value)),
    };
    let rest = rest.strip_prefix('P')?;
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if !in_time && number.is_empty() => in_time = true,
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                any = true;
                total += match (unit, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    if !number.is_empty() || !any {
        return None;
    }
    Some(if negative { -total } else { total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1D"), Some(Duration::days(1)));
        assert_eq!(parse_duration("P2W"), Some(Duration::weeks(2)));
        assert_eq!(parse_duration("-PT15M"), Some(Duration::minutes(-15)));
        assert_eq!(parse_duration("P"), None);
        assert_eq!(parse_duration("PT5"), None);
    }

    #[test]
    fn brussels_vtimezone_is_last_sunday_rules() {
        let zone = vtimezone(chrono_tz::Europe::Brussels, 2026);
        assert!(zone.contains("BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"), "{zone}");
        assert!(zone.contains("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"), "{zone}");
        let fixed = vtimezone(chrono_tz::Asia::Kolkata, 2026);
        assert!(fixed.contains("TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530"), "{fixed}");
    }
}
