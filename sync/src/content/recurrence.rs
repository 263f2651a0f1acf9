//! Events expanded into occurrences, in the city's time zone.
//!
//! An [`Event`] keeps its times as the city's local wall-clock time
//! (`YYYY-MM-DDTHH:MM`) and its recurrence as an RFC 5545 RRULE value. The
//! expansion itself is the `rrule` crate's; this module turns the model's
//! strings into its inputs, checks them (every error names the field), and
//! turns its output back into occurrences.
//!
//! Rules that hold across a daylight-saving change:
//! - each occurrence starts at the event's local start time (a weekly 18:00
//!   event is at 18:00 before and after the change, so its UTC offset moves);
//! - each occurrence lasts as long as the event in local wall time (18:00 to
//!   20:00 stays 18:00 to 20:00, even when a clock change falls in between);
//! - a local time that does not exist (inside the spring gap) is moved
//!   forward by the gap; an ambiguous one (the autumn hour that happens
//!   twice) is the earlier of the two.
//!
//! Choices:
//! - EXDATE occurrences are left out (they are matched on the local start).
//! - A cancelled event still yields its occurrences, each with
//!   `cancelled: true`, so a reader who planned to go sees "cancelled" rather
//!   than a silently missing event. Callers that want them gone filter them.
//! - Events recur at most daily: `FREQ=HOURLY`, `MINUTELY` and `SECONDLY` are
//!   rejected, which is what a city calendar needs and keeps expansion cheap.
//! - Expansion is bounded twice: at most [`MAX_OCCURRENCES`] occurrences are
//!   returned per query (the earliest ones; ask for a shorter window for the
//!   rest), and at most [`MAX_SCANNED`] occurrences are generated from the
//!   event's start to reach the window; beyond that the query fails with an
//!   error on `rrule` instead of spinning.

use std::collections::HashSet;
use std::str::FromStr;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset as _, TimeZone, Utc};
use chrono_tz::Tz;
use rrule::{Frequency, RRule, RRuleSet, Unvalidated};

use super::model::Event;

/// Most occurrences one call of [`occurrences`] returns.
pub const MAX_OCCURRENCES: usize = 1000;

/// Most occurrences generated (from the event's start on) to answer one
/// query; an RRULE that needs more to reach the window is refused.
pub const MAX_SCANNED: usize = 100_000;

/// The format of the model's local date-times.
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Bad input: which field, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RecurrenceError {
    /// The field, as in the model: `rrule`, `start`, `end`, `exdates[2]`,
    /// `time_zone`.
    pub field: String,
    pub message: String,
}

impl RecurrenceError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }

    /// The same error, with its field put under `prefix` (e.g.
    /// `schedules[1].` + `rrule`).
    pub fn within(self, prefix: &str) -> Self {
        Self { field: format!("{prefix}{}", self.field), message: self.message }
    }
}

/// One occurrence of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// In the city's zone; `start.naive_local()` is the wall-clock time and
    /// `start.offset()` the UTC offset on that day.
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    /// The whole event is cancelled (see the module doc).
    pub cancelled: bool,
}

/// A checked RRULE value: parsed by the `rrule` crate, frequency at most
/// daily, `UNTIL` (if any) in UTC, no `RRULE:` prefix.
#[derive(Debug, Clone)]
pub struct Rrule {
    value: String,
    rule: RRule<Unvalidated>,
}

impl Rrule {
    /// The value as written.
    pub fn as_str(&self) -> &str {
        &self.value
    }

    /// `UNTIL`, if the rule has one (always UTC).
    pub fn until(&self) -> Option<DateTime<Utc>> {
        until_of(&self.value)
    }

    /// The rule checked against a start: the start-dependent checks (such
    /// as `UNTIL` before the start) happen here.
    fn validated(&self, start: DateTime<rrule::Tz>) -> Result<RRule, RecurrenceError> {
        self.rule.clone().validate(start).map_err(|e| RecurrenceError::new("rrule", describe(e)))
    }
}

/// Parses and checks an RRULE value such as `FREQ=WEEKLY;BYDAY=TU`.
pub fn parse_rrule(value: &str) -> Result<Rrule, RecurrenceError> {
    let err = |message: String| RecurrenceError::new("rrule", message);
    let value = value.trim();
    if value.is_empty() {
        return Err(err("is empty; write a rule such as FREQ=WEEKLY;BYDAY=TU".into()));
    }
    if value.contains(':') || value.contains('\n') {
        return Err(err(format!(
            "`{value}` is not a bare RRULE value: write only the rule (FREQ=...), without `RRULE:` or other lines"
        )));
    }
    if !value.split(';').any(|part| part.trim().to_ascii_uppercase().starts_with("FREQ=")) {
        return Err(err(format!("`{value}` has no FREQ part")));
    }
    let rule = RRule::<Unvalidated>::from_str(value).map_err(|e| err(format!("`{value}`: {}", describe(e))))?;
    match rule_frequency(&rule) {
        Frequency::Hourly | Frequency::Minutely | Frequency::Secondly => {
            return Err(err(format!(
                "`{value}`: FREQ={} is not supported; events and opening hours recur at most daily",
                rule_frequency(&rule)
            )));
        }
        _ => {}
    }
    if let Some(until) = until_part(value)
        && !until.to_ascii_uppercase().ends_with('Z')
    {
        return Err(err(format!("`{value}`: UNTIL must be a UTC date-time such as 20261222T235959Z (got `{until}`)")));
    }
    let parsed = Rrule { value: value.to_string(), rule };
    // The checks that do not depend on the start (ranges of BYxxx parts).
    parsed.validated(rrule::Tz::UTC.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap())?;
    Ok(parsed)
}

fn rule_frequency(rule: &RRule<Unvalidated>) -> Frequency {
    // `get_freq` is only on validated rules; the Display form starts with it.
    let text = rule.to_string();
    let freq = text.split(';').next().and_then(|p| p.strip_prefix("FREQ=")).unwrap_or("");
    Frequency::from_str(freq).unwrap_or(Frequency::Yearly)
}

/// The raw `UNTIL=` value of an RRULE, if any.
pub(crate) fn until_part(value: &str) -> Option<&str> {
    value.split(';').find_map(|part| {
        let (key, val) = part.split_once('=')?;
        key.trim().eq_ignore_ascii_case("UNTIL").then_some(val.trim())
    })
}

fn until_of(value: &str) -> Option<DateTime<Utc>> {
    let raw = until_part(value)?;
    let naive = NaiveDateTime::parse_from_str(raw.trim_end_matches(['Z', 'z']), "%Y%m%dT%H%M%S").ok()?;
    Some(Utc.from_utc_datetime(&naive))
}

fn describe(e: rrule::RRuleError) -> String {
    match e {
        rrule::RRuleError::ParserError(e) => e.to_string(),
        rrule::RRuleError::ValidationError(rrule::ValidationError::UntilBeforeStart { until, dt_start }) => {
            format!("UNTIL ({until}) is before the start ({dt_start}), so there is no occurrence")
        }
        rrule::RRuleError::ValidationError(e) => e.to_string(),
        rrule::RRuleError::IterError(e) => e,
    }
}

/// Parses an IANA zone name (`time_zone`).
pub fn parse_time_zone(name: &str) -> Result<Tz, RecurrenceError> {
    name.parse::<Tz>().map_err(|_| {
        RecurrenceError::new("time_zone", format!("`{name}` is not an IANA time zone name such as Europe/Brussels"))
    })
}

/// Parses a local `YYYY-MM-DDTHH:MM` date-time; `field` names it in errors.
pub fn parse_local(value: &str, field: &str) -> Result<NaiveDateTime, RecurrenceError> {
    NaiveDateTime::parse_from_str(value.trim(), LOCAL_FORMAT).map_err(|_| {
        RecurrenceError::new(field, format!("`{value}` is not a local date-time YYYY-MM-DDTHH:MM (e.g. 2026-10-20T18:00)"))
    })
}

/// Formats a local date-time the model's way.
pub fn format_local(value: NaiveDateTime) -> String {
    value.format(LOCAL_FORMAT).to_string()
}

/// Resolves a wall-clock time in `tz`: the earlier of two in the autumn
/// overlap; moved forward by the gap in the spring gap.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Tz> {
    if let Some(found) = tz.from_local_datetime(&local).earliest() {
        return found;
    }
    // Inside a gap: the wall time that does not exist is read with the
    // offset from before the gap, which lands after it (02:30 -> 03:30).
    let before = tz.from_utc_datetime(&(local - Duration::hours(24))).offset().fix();
    let utc = local - Duration::seconds(i64::from(before.local_minus_utc()));
    tz.from_utc_datetime(&utc)
}

/// An event checked and ready to expand: the result of validating every
/// field that recurrence depends on.
#[derive(Debug, Clone)]
pub struct CheckedEvent {
    pub tz: Tz,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub rrule: Option<Rrule>,
    pub exdates: Vec<NaiveDateTime>,
    pub cancelled: bool,
}

/// Checks an event's `time_zone`, `start`, `end`, `rrule` and `exdates`.
pub fn check(event: &Event, time_zone: &str) -> Result<CheckedEvent, RecurrenceError> {
    check_parts(time_zone, &event.start, &event.end, event.rrule.as_deref(), &event.exdates, event.cancelled)
}

/// [`check`] on the fields themselves (for inputs that are not an [`Event`]).
pub fn check_parts(
    time_zone: &str,
    start_value: &str,
    end_value: &str,
    rrule: Option<&str>,
    exdate_values: &[String],
    cancelled: bool,
) -> Result<CheckedEvent, RecurrenceError> {
    let tz = parse_time_zone(time_zone)?;
    let start = parse_local(start_value, "start")?;
    if tz.from_local_datetime(&start).earliest().is_none() {
        return Err(RecurrenceError::new(
            "start",
            format!("`{start_value}` does not exist in {time_zone}: the clocks skip it at a daylight-saving change"),
        ));
    }
    let end = parse_local(end_value, "end")?;
    if end < start {
        return Err(RecurrenceError::new("end", format!("`{end_value}` is before the start `{start_value}`")));
    }
    let rrule = match rrule {
        None => None,
        Some(value) if value.trim().is_empty() => None,
        Some(value) => {
            let rule = parse_rrule(value)?;
            rule.validated(rrule_start(tz, start))?;
            Some(rule)
        }
    };
    let mut exdates = Vec::with_capacity(exdate_values.len());
    for (i, value) in exdate_values.iter().enumerate() {
        exdates.push(parse_local(value, &format!("exdates[{i}]"))?);
    }
    Ok(CheckedEvent { tz, start, end, rrule, exdates, cancelled })
}

fn rrule_start(tz: Tz, start: NaiveDateTime) -> DateTime<rrule::Tz> {
    resolve_local(tz, start).with_timezone(&rrule::Tz::Tz(tz))
}

/// The occurrences of `event` that overlap `[from, to)`, in order of start.
/// See the module doc for DST, EXDATE, cancellation and the caps.
pub fn occurrences(
    event: &Event,
    time_zone: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Occurrence>, RecurrenceError> {
    check(event, time_zone)?.occurrences(from, to)
}

impl CheckedEvent {
    /// See [`occurrences`].
    pub fn occurrences(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Occurrence>, RecurrenceError> {
        let duration = self.end - self.start;
        let excluded: HashSet<NaiveDateTime> = self.exdates.iter().copied().collect();
        let mut out = Vec::new();
        let mut emit = |local_start: NaiveDateTime| -> bool {
            let start = resolve_local(self.tz, local_start);
            if start >= to {
                return false;
            }
            let end = resolve_local(self.tz, local_start + duration);
            let overlaps = end > from || (end == start && start >= from);
            if overlaps && !excluded.contains(&local_start) {
                out.push(Occurrence { start, end, cancelled: self.cancelled });
            }
            out.len() < MAX_OCCURRENCES
        };
        let Some(rule) = &self.rrule else {
            emit(self.start);
            return Ok(out);
        };
        let dt_start = rrule_start(self.tz, self.start);
        let set = RRuleSet::new(dt_start).rrule(rule.validated(dt_start)?).limit();
        for (scanned, date) in set.into_iter().enumerate() {
            if scanned >= MAX_SCANNED {
                return Err(RecurrenceError::new(
                    "rrule",
                    format!("needs more than {MAX_SCANNED} occurrences to reach the requested dates; shorten the rule"),
                ));
            }
            if !emit(date.with_timezone(&self.tz).naive_local()) {
                break;
            }
        }
        Ok(out)
    }
}

/// The dates (in whatever zone the rule is read in: only the date counts)
/// on which `rule`, anchored at `anchor`, occurs within `[first, last]`.
/// Used for opening hours, whose rules pick days.
pub(crate) fn dates_between(
    rule: &Rrule,
    anchor: NaiveDate,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<NaiveDate>, RecurrenceError> {
    let dt_start = rrule::Tz::UTC.from_utc_datetime(&anchor.and_time(NaiveTime::MIN));
    let set = RRuleSet::new(dt_start).rrule(rule.validated(dt_start)?).limit();
    let mut out = Vec::new();
    for (scanned, date) in set.into_iter().enumerate() {
        if scanned >= MAX_SCANNED {
            return Err(RecurrenceError::new("rrule", format!("needs more than {MAX_SCANNED} days to reach the requested dates")));
        }
        let day = date.date_naive();
        if day > last {
            break;
        }
        if day >= first {
            out.push(day);
        }
    }
    Ok(out)
}
