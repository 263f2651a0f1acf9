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
//! - Expansion is bounded: at most [`MAX_OCCURRENCES`] occurrences are
//!   returned per query (the earliest ones; ask for a shorter window for the
//!   rest), and at most [`MAX_SCANNED`] occurrences are generated to reach
//!   the window; beyond that the query fails with an error on `rrule`
//!   instead of spinning. `INTERVAL` is at most [`MAX_INTERVAL`] and `COUNT`
//!   at most [`MAX_COUNT`].
//!
//! # Jumping to the window
//!
//! A rule without `COUNT` is not walked from the event's start: the
//! iteration starts at a later period boundary shortly before the window,
//! so a query for the year 9999 costs what a query for this month costs.
//! The rule is first completed from the event's real start (the crate's
//! `validate` fills the implicit `BYDAY`, `BYMONTHDAY`, `BYMONTH`, `BYHOUR`,
//! `BYMINUTE` from it), then iterated from the start of a period (day; week
//! by `WKST`; month; year) that lies a whole number of `INTERVAL`s of
//! periods after the period of the real start and at least one period
//! before the window. The crate then steps through the very periods it
//! would have stepped through from the real start, so every occurrence
//! from there on is the same. A rule with `COUNT` is walked from its start
//! (the count depends on every earlier occurrence); `COUNT` bounds that
//! walk. `tests.rs` checks the jump against the walk on random rules.
//!
//! Far future: the crate computes years up to 10,000; a window beyond the
//! last year it reaches simply has no occurrences. The events API takes
//! four-digit years only.

use std::collections::HashSet;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Days, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset as _, TimeZone, Utc};
use chrono_tz::Tz;
use rrule::{Frequency, RRule, RRuleSet, RRuleSetIter, Unvalidated};

use super::model::Event;

/// Most occurrences one call of [`occurrences`] returns.
pub const MAX_OCCURRENCES: usize = 1000;

/// Most occurrences generated (from where the iteration starts, see the
/// module doc) to answer one query; an RRULE that needs more to reach the
/// window is refused. Jumping, a query generates those of a period or two
/// before the window and those in it; walking, at most its `COUNT`. So this
/// is [`MAX_COUNT`]: also what a rule that fails costs each query.
pub const MAX_SCANNED: usize = MAX_COUNT as usize;

/// The largest `INTERVAL` accepted: every thousandth day, week, month or
/// year is more than any calendar needs, and it bounds how far before the
/// window the iteration starts.
pub const MAX_INTERVAL: u16 = 1000;

/// The largest `COUNT` accepted: a rule with `COUNT` is walked from its
/// start, so `COUNT` is what that walk costs. Ten thousand is a daily
/// event for 27 years.
pub const MAX_COUNT: u32 = 10_000;

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

    /// The parsed rule, for reading its parts (frequency, days, count).
    pub fn rule(&self) -> &RRule<Unvalidated> {
        &self.rule
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
    // The rrule crate slices BYDAY values by byte, and panics inside a
    // multi-byte character (found by fuzzing `ical_import`). Rules are
    // ASCII by RFC 5545, so refuse anything else before it reads them.
    if let Some(bad) = value.chars().find(|c| !c.is_ascii()) {
        return Err(err(format!("`{value}` contains `{bad}`: a rule is written in plain ASCII letters, digits and `=;,-`")));
    }
    if value.contains(':') || value.contains('\n') {
        return Err(err(format!("`{value}` is not a bare RRULE value: write only the rule (FREQ=...), without `RRULE:` or other lines")));
    }
    if !value.split(';').any(|part| part.trim().to_ascii_uppercase().starts_with("FREQ=")) {
        return Err(err(format!("`{value}` has no FREQ part")));
    }
    // Before the crate reads them: it refuses numbers beyond its integer
    // types (INTERVAL is a u16) without naming our limit.
    let limit = |key: &str, max: u32| -> Result<(), RecurrenceError> {
        match rule_part(value, key).map(|raw| raw.parse::<u32>()) {
            Some(Ok(n)) if (1..=max).contains(&n) => Ok(()),
            Some(_) => Err(err(format!("`{value}`: {key} must be a whole number from 1 to {max}"))),
            None => Ok(()),
        }
    };
    limit("INTERVAL", u32::from(MAX_INTERVAL))?;
    limit("COUNT", MAX_COUNT)?;
    let rule = RRule::<Unvalidated>::from_str(value).map_err(|e| err(format!("`{value}`: {}", describe(e))))?;
    match rule.get_freq() {
        Frequency::Hourly | Frequency::Minutely | Frequency::Secondly => {
            return Err(err(format!("`{value}`: FREQ={} is not supported; events and opening hours recur at most daily", rule.get_freq())));
        }
        _ => {}
    }
    if rule.get_interval() > MAX_INTERVAL || rule.get_count().is_some_and(|count| count > MAX_COUNT) {
        return Err(err(format!("`{value}`: INTERVAL may be at most {MAX_INTERVAL} and COUNT at most {MAX_COUNT}")));
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

/// The raw `UNTIL=` value of an RRULE, if any.
pub(crate) fn until_part(value: &str) -> Option<&str> {
    rule_part(value, "UNTIL")
}

/// The raw value of the part `key` (`UNTIL`, `COUNT`, ...) of an RRULE.
fn rule_part<'a>(value: &'a str, key: &str) -> Option<&'a str> {
    value.split(';').find_map(|part| {
        let (name, val) = part.split_once('=')?;
        name.trim().eq_ignore_ascii_case(key).then_some(val.trim())
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
    name.parse::<Tz>()
        .map_err(|_| RecurrenceError::new("time_zone", format!("`{name}` is not an IANA time zone name such as Europe/Brussels")))
}

/// Parses a local `YYYY-MM-DDTHH:MM` date-time; `field` names it in errors.
pub fn parse_local(value: &str, field: &str) -> Result<NaiveDateTime, RecurrenceError> {
    NaiveDateTime::parse_from_str(value.trim(), LOCAL_FORMAT)
        .map_err(|_| RecurrenceError::new(field, format!("`{value}` is not a local date-time YYYY-MM-DDTHH:MM (e.g. 2026-10-20T18:00)")))
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
pub fn occurrences(event: &Event, time_zone: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Occurrence>, RecurrenceError> {
    check(event, time_zone)?.occurrences(from, to)
}

impl CheckedEvent {
    /// See [`occurrences`].
    pub fn occurrences(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Occurrence>, RecurrenceError> {
        self.each_occurrence(from, to)?.take(MAX_OCCURRENCES).collect()
    }

    /// The occurrences overlapping `[from, to)` one at a time, in order of
    /// start, without the [`MAX_OCCURRENCES`] cap: for callers that merge
    /// many events and stop when they have enough. An item is an error
    /// when the rule needs more than [`MAX_SCANNED`] occurrences to get
    /// there; nothing follows it.
    pub fn each_occurrence(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Occurrences, RecurrenceError> {
        self.iterate(from, to, true)
    }

    /// Iterating from the window (`jump`, see the module doc) or from the
    /// event's start (the tests' reference).
    fn iterate(&self, from: DateTime<Utc>, to: DateTime<Utc>, jump: bool) -> Result<Occurrences, RecurrenceError> {
        let duration = self.end - self.start;
        let series = match &self.rrule {
            None => None,
            Some(rule) => {
                // The earliest local day an occurrence overlapping the
                // window can start on, with a day to spare for the zone's
                // offset.
                let earliest = from
                    .with_timezone(&self.tz)
                    .naive_local()
                    .checked_sub_signed(duration + Duration::days(1))
                    .map(|moment| moment.date())
                    .filter(|_| jump);
                Some(series(rule, rrule_start(self.tz, self.start), earliest)?)
            }
        };
        Ok(Occurrences {
            tz: self.tz,
            single: series.is_none().then_some(self.start),
            series,
            scanned: 0,
            max_scanned: MAX_SCANNED,
            duration,
            excluded: self.exdates.iter().copied().collect(),
            cancelled: self.cancelled,
            from,
            to,
            done: false,
        })
    }
}

/// See [`CheckedEvent::each_occurrence`].
pub struct Occurrences {
    tz: Tz,
    /// The start of an event that does not recur, until it is taken.
    single: Option<NaiveDateTime>,
    series: Option<RRuleSetIter>,
    scanned: usize,
    max_scanned: usize,
    duration: Duration,
    excluded: HashSet<NaiveDateTime>,
    cancelled: bool,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    done: bool,
}

impl Iterator for Occurrences {
    type Item = Result<Occurrence, RecurrenceError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            // The next start, or `None` for one clearly over before the
            // window (a day to spare for the clock changes a wall-clock
            // duration spans): counted, not worked out.
            let next = match &mut self.series {
                None => self.single.take().map(Some),
                Some(series) => series.next().map(|date| {
                    let over = date
                        .with_timezone(&Utc)
                        .checked_add_signed(self.duration + Duration::days(1))
                        .is_some_and(|late_end| late_end < self.from);
                    (!over).then(|| date.with_timezone(&self.tz).naive_local())
                }),
            };
            let Some(next) = next else { break };
            self.scanned += 1;
            if self.scanned > self.max_scanned {
                self.done = true;
                return Some(Err(RecurrenceError::new(
                    "rrule",
                    format!("needs more than {} occurrences to reach the requested dates; shorten the rule", self.max_scanned),
                )));
            }
            let Some(local_start) = next else { continue };
            let start = resolve_local(self.tz, local_start);
            if start >= self.to {
                break;
            }
            let end = resolve_local(self.tz, local_start + self.duration);
            let overlaps = end > self.from || (end == start && start >= self.from);
            if overlaps && !self.excluded.contains(&local_start) {
                return Some(Ok(Occurrence { start, end, cancelled: self.cancelled }));
            }
        }
        self.done = true;
        None
    }
}

/// The `rrule` crate's iterator over `rule` anchored at `dt_start`. Given
/// `earliest` (a local day), it starts at a period boundary before that
/// day when the rule allows (see the module doc), else at `dt_start`.
fn series(rule: &Rrule, dt_start: DateTime<rrule::Tz>, earliest: Option<NaiveDate>) -> Result<RRuleSetIter, RecurrenceError> {
    // Completed from the real start, whatever the iteration starts at.
    let validated = rule.validated(dt_start)?;
    let zone = dt_start.timezone();
    let from = earliest
        .and_then(|earliest| jumped_start(&validated, dt_start.date_naive(), earliest))
        .and_then(|day| {
            // Any time of that day will do: the crate takes the period from
            // the date, and what the first period yields is before the
            // window anyway. Noon, then any hour, avoids a clock change.
            [12, 0, 6, 18].into_iter().find_map(|hour| zone.from_local_datetime(&day.and_hms_opt(hour, 0, 0)?).earliest())
        })
        .unwrap_or(dt_start);
    Ok(RRuleSet::new(from).rrule(validated).limit().into_iter())
}

/// The first day of the period to start iterating at: the period (day,
/// week from `WKST`, month, year) of `start`, moved forward by a whole
/// number of `INTERVAL`s of periods and still at least one period before
/// the period of `earliest`. `None` when there is no such later period,
/// and for a rule with `COUNT`, which must be walked from its start.
fn jumped_start(rule: &RRule, start: NaiveDate, earliest: NaiveDate) -> Option<NaiveDate> {
    if rule.get_count().is_some() {
        return None;
    }
    let interval = i64::from(rule.get_interval());
    // Whole intervals of periods to skip, when `periods` periods lie between
    // the period of `start` and that of `earliest`.
    let skip = |periods: i64| -> Option<u32> {
        let skipped = (periods - 1).div_euclid(interval) * interval;
        u32::try_from(skipped).ok().filter(|skipped| *skipped > 0)
    };
    match rule.get_freq() {
        Frequency::Daily => start.checked_add_days(Days::new(u64::from(skip((earliest - start).num_days())?))),
        Frequency::Weekly => {
            let week_start = rule.get_week_start();
            let first_day = |day: NaiveDate| day - Duration::days(i64::from(day.weekday().days_since(week_start)));
            let origin = first_day(start);
            let weeks = skip((first_day(earliest) - origin).num_days() / 7)?;
            origin.checked_add_days(Days::new(7 * u64::from(weeks)))
        }
        Frequency::Monthly => {
            let month = |day: NaiveDate| i64::from(day.year()) * 12 + i64::from(day.month0());
            start.with_day(1)?.checked_add_months(Months::new(skip(month(earliest) - month(start))?))
        }
        Frequency::Yearly => {
            let years = i32::try_from(skip(i64::from(earliest.year()) - i64::from(start.year()))?).ok()?;
            NaiveDate::from_ymd_opt(start.year().checked_add(years)?, 1, 1)
        }
        Frequency::Hourly | Frequency::Minutely | Frequency::Secondly => None,
    }
}

/// The dates (in whatever zone the rule is read in: only the date counts)
/// on which `rule`, anchored at `anchor`, occurs within `[first, last]`.
/// Used for opening hours, whose rules pick days.
pub(crate) fn dates_between(rule: &Rrule, anchor: NaiveDate, first: NaiveDate, last: NaiveDate) -> Result<Vec<NaiveDate>, RecurrenceError> {
    let dt_start = rrule::Tz::UTC.from_utc_datetime(&anchor.and_time(NaiveTime::MIN));
    let mut out = Vec::new();
    for (scanned, date) in series(rule, dt_start, Some(first))?.enumerate() {
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

#[cfg(test)]
mod tests;
