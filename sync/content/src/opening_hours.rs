//! "Open now", "opens at 14:00": a service's HSDS schedules read at a given
//! moment, in the city's time zone.
//!
//! A [`Schedule`] names days by an RRULE (`FREQ=WEEKLY;BYDAY=MO,WE,FR`) and
//! the hours open on them as local `HH:MM`. Hours are wall-clock hours on
//! each day, so 09:00 stays 09:00 across a daylight-saving change.
//!
//! - `closes_at` at or before `opens_at` means the hours run past midnight
//!   (a night shelter open 20:00 to 08:00 is open at 02:00 the next day);
//!   `24:00` means midnight at the end of the day.
//! - `valid_from`/`valid_to` and `closed_dates` apply to the day the hours
//!   *start* on.
//! - The RRULE is anchored at `valid_from`, or at Monday 2000-01-03 when the
//!   schedule has none (this only matters for rules like `INTERVAL=2`).
//!   Expansion jumps from the anchor to the days asked for (see
//!   [`super::recurrence`]), so an old anchor costs nothing.
//! - Hours of schedules that touch or overlap merge: 09:00-13:00 and
//!   13:00-17:00 make "open now, closes at 17:00".
//! - The answer looks [`HORIZON_DAYS`] ahead; a service with no opening in
//!   that window is [`OpenState::Closed`].
//! - Precedence: open now (walk-in hours) > by appointment (now is inside
//!   by-appointment hours) > opens later > by appointment (the service has
//!   by-appointment schedules) > closed > unknown.
//! - [`open_state`] never fails: a schedule that does not parse is left out
//!   (check edits with [`check_schedule`], whose errors name the field).

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::model::Schedule;
use super::recurrence::{RecurrenceError, dates_between, parse_rrule, parse_time_zone, resolve_local};

/// How far ahead [`open_state`] looks for the next opening, in days.
pub const HORIZON_DAYS: i64 = 14;

/// Where a service's schedules stand at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    /// Open for walk-ins now, until `closes_at` (local).
    OpenNow { closes_at: DateTime<Tz> },
    /// Closed now; opens for walk-ins `at` (local), within [`HORIZON_DAYS`].
    OpensLater { at: DateTime<Tz> },
    /// Reached by appointment (now, or the service has only
    /// by-appointment hours within the horizon).
    ByAppointment,
    /// Has usable schedules, but no opening within [`HORIZON_DAYS`].
    Closed,
    /// No usable schedule (none, or none that parses), or a bad time zone.
    Unknown,
}

/// A fixed anchor for rules of schedules without `valid_from`.
fn default_anchor() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 3).expect("valid date")
}

/// A schedule's fields, parsed.
struct Hours {
    rrule: super::recurrence::Rrule,
    /// `None` for a by-appointment schedule without hours.
    times: Option<(NaiveTime, Duration)>,
    valid_from: Option<NaiveDate>,
    valid_to: Option<NaiveDate>,
    closed: Vec<NaiveDate>,
    by_appointment: bool,
}

fn parse_time(value: &str, field: &str) -> Result<(NaiveTime, bool), RecurrenceError> {
    let value = value.trim();
    if value == "24:00" {
        return Ok((NaiveTime::MIN, true));
    }
    NaiveTime::parse_from_str(value, "%H:%M")
        .map(|t| (t, false))
        .map_err(|_| RecurrenceError::new(field, format!("`{value}` is not a local time HH:MM (e.g. 09:30)")))
}

fn parse_date(value: &str, field: &str) -> Result<NaiveDate, RecurrenceError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| RecurrenceError::new(field, format!("`{value}` is not a date YYYY-MM-DD")))
}

fn parse_hours(schedule: &Schedule) -> Result<Hours, RecurrenceError> {
    let rrule = parse_rrule(&schedule.rrule)?;
    let times = if schedule.by_appointment && schedule.opens_at.trim().is_empty() && schedule.closes_at.trim().is_empty() {
        None
    } else {
        let (opens, opens_next) = parse_time(&schedule.opens_at, "opens_at")?;
        if opens_next {
            return Err(RecurrenceError::new("opens_at", "24:00 is not an opening time; use 00:00"));
        }
        let (closes, closes_next) = parse_time(&schedule.closes_at, "closes_at")?;
        let mut length = closes - opens;
        if closes_next || length <= Duration::zero() {
            length += Duration::days(1);
        }
        Some((opens, length))
    };
    let valid_from = schedule.valid_from.as_deref().filter(|v| !v.trim().is_empty()).map(|v| parse_date(v, "valid_from")).transpose()?;
    let valid_to = schedule.valid_to.as_deref().filter(|v| !v.trim().is_empty()).map(|v| parse_date(v, "valid_to")).transpose()?;
    if let (Some(from), Some(to)) = (valid_from, valid_to)
        && to < from
    {
        return Err(RecurrenceError::new("valid_to", format!("{to} is before valid_from {from}")));
    }
    let mut closed = Vec::with_capacity(schedule.closed_dates.len());
    for (i, value) in schedule.closed_dates.iter().enumerate() {
        closed.push(parse_date(value, &format!("closed_dates[{i}]"))?);
    }
    Ok(Hours { rrule, times, valid_from, valid_to, closed, by_appointment: schedule.by_appointment })
}

/// Checks a schedule; errors name the field (`rrule`, `opens_at`,
/// `closes_at`, `valid_from`, `valid_to`, `closed_dates[i]`). Prefix them
/// with [`RecurrenceError::within`] (`schedules[0].`).
pub fn check_schedule(schedule: &Schedule) -> Result<(), RecurrenceError> {
    parse_hours(schedule).map(|_| ())
}

/// One stretch of opening, local.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub opens: DateTime<Tz>,
    pub closes: DateTime<Tz>,
    pub by_appointment: bool,
}

impl Hours {
    /// The days in `[first, last]` this schedule's hours start on.
    fn days(&self, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let first = self.valid_from.map_or(first, |from| first.max(from));
        let last = self.valid_to.map_or(last, |to| last.min(to));
        if first > last {
            return Vec::new();
        }
        let anchor = self.valid_from.unwrap_or_else(default_anchor);
        dates_between(&self.rrule, anchor, first, last).unwrap_or_default().into_iter().filter(|day| !self.closed.contains(day)).collect()
    }
}

/// The openings of `schedules` that start on a local day in
/// `[first, last]`, sorted, with touching or overlapping hours of the same
/// kind (walk-in or by appointment) merged. Schedules that do not parse are
/// left out.
pub fn openings(schedules: &[Schedule], tz: Tz, first: NaiveDate, last: NaiveDate) -> Vec<Opening> {
    let mut all: Vec<Opening> = Vec::new();
    for schedule in schedules {
        let Ok(hours) = parse_hours(schedule) else { continue };
        let Some((opens_at, length)) = hours.times else { continue };
        for day in hours.days(first, last) {
            let start: NaiveDateTime = day.and_time(opens_at);
            all.push(Opening {
                opens: resolve_local(tz, start),
                closes: resolve_local(tz, start + length),
                by_appointment: hours.by_appointment,
            });
        }
    }
    all.sort_by_key(|o| (o.by_appointment, o.opens));
    let mut merged: Vec<Opening> = Vec::with_capacity(all.len());
    for opening in all {
        match merged.last_mut() {
            Some(last) if last.by_appointment == opening.by_appointment && opening.opens <= last.closes => {
                if opening.closes > last.closes {
                    last.closes = opening.closes;
                }
            }
            _ => merged.push(opening),
        }
    }
    merged.sort_by_key(|o| (o.opens, o.by_appointment));
    merged
}

/// Where `schedules` stand at `now`; see the module doc for the rules.
pub fn open_state(schedules: &[Schedule], time_zone: &str, now: DateTime<Utc>) -> OpenState {
    let Ok(tz) = parse_time_zone(time_zone) else { return OpenState::Unknown };
    let parsed: Vec<Hours> = schedules.iter().filter_map(|s| parse_hours(s).ok()).collect();
    if parsed.is_empty() {
        return OpenState::Unknown;
    }
    let today = now.with_timezone(&tz).date_naive();
    // From yesterday: hours that started yesterday may run past midnight.
    let first = today - Duration::days(1);
    let last = today + Duration::days(HORIZON_DAYS);
    let all = openings(schedules, tz, first, last);
    let now = now.with_timezone(&tz);
    if let Some(open) = all.iter().find(|o| !o.by_appointment && o.opens <= now && now < o.closes) {
        return OpenState::OpenNow { closes_at: open.closes };
    }
    if all.iter().any(|o| o.by_appointment && o.opens <= now && now < o.closes) {
        return OpenState::ByAppointment;
    }
    if let Some(next) = all.iter().find(|o| !o.by_appointment && o.opens > now) {
        return OpenState::OpensLater { at: next.opens };
    }
    let appointments = parsed
        .iter()
        .any(|h| h.by_appointment && h.valid_to.is_none_or(|to| to >= today) && (h.times.is_none() || !h.days(today, last).is_empty()));
    if appointments { OpenState::ByAppointment } else { OpenState::Closed }
}
