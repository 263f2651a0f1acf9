//! Keeps the demo content current: its dates were written around
//! [`WRITTEN_IN_THE_WEEK_OF`], and a demo seeded later moves every date by
//! the whole weeks since, so that events are still coming, notices still
//! show and opening hours are still valid. Whole weeks keep every weekday
//! (and so every weekly rule) as written. "Last checked" dates move by the
//! days since [`LAST_CHECKED`] instead, so that none lies in the future.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use hospes_content::model::{Article, Event, Service};

/// The Monday of the week the demo's dates were written for.
const WRITTEN_IN_THE_WEEK_OF: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 2) {
    Some(monday) => monday,
    None => panic!("a valid date"),
};

/// The newest "last checked" date in the demo's services as written.
const LAST_CHECKED: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 21) {
    Some(day) => day,
    None => panic!("a valid date"),
};

/// How far to move the demo's dates when seeding on `today`: whole weeks,
/// never backwards.
pub fn shift_for(today: NaiveDate) -> Duration {
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    Duration::weeks(((monday - WRITTEN_IN_THE_WEEK_OF).num_days() / 7).max(0))
}

pub fn shift_event(event: &mut Event, by: Duration) {
    shift_date_time(&mut event.start, by);
    shift_date_time(&mut event.end, by);
    event.exdates.iter_mut().for_each(|date| shift_date_time(date, by));
    if let Some(rule) = &mut event.rrule {
        shift_until(rule, by);
    }
}

/// How far to move the services' "last checked" dates when seeding on
/// `today`: the newest check becomes today (backwards too, for a clock set
/// back), so that no service claims a check that has not happened yet.
pub fn checks_shift_for(today: NaiveDate) -> Duration {
    today - LAST_CHECKED
}

/// Moves a service's hours by `by` and its "last checked" date by `checks_by`.
pub fn shift_service(service: &mut Service, by: Duration, checks_by: Duration) {
    for schedule in &mut service.schedules {
        shift_until(&mut schedule.rrule, by);
        schedule.valid_from.iter_mut().chain(schedule.valid_to.iter_mut()).for_each(|date| shift_date(date, by));
        schedule.closed_dates.iter_mut().for_each(|date| shift_date(date, by));
    }
    if let Some(verified) = &mut service.last_verified {
        shift_date(&mut verified.date, checks_by);
    }
}

pub fn shift_article(article: &mut Article, by: Duration) {
    if let Some(until) = &mut article.notice_until {
        shift_date(until, by);
    }
}

/// `YYYY-MM-DD`; anything else is left as it is (the model's own checks
/// refuse it later, as for any content).
fn shift_date(date: &mut String, by: Duration) {
    if let Ok(parsed) = NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        *date = (parsed + by).format("%Y-%m-%d").to_string();
    }
}

/// A local `YYYY-MM-DDTHH:MM`.
fn shift_date_time(value: &mut String, by: Duration) {
    if let Ok(parsed) = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M") {
        *value = (parsed + by).format("%Y-%m-%dT%H:%M").to_string();
    }
}

/// The `UNTIL=` of an RRULE, in either of its forms (`20270427T215959Z`,
/// `20270427`).
fn shift_until(rule: &mut String, by: Duration) {
    let parts: Vec<String> = rule
        .split(';')
        .map(|part| match part.split_once('=') {
            Some((name, value)) if name.eq_ignore_ascii_case("UNTIL") => {
                let shifted = if let Some(time) = value.strip_suffix('Z') {
                    NaiveDateTime::parse_from_str(time, "%Y%m%dT%H%M%S")
                        .map(|parsed| format!("{}Z", (parsed + by).format("%Y%m%dT%H%M%S")))
                        .ok()
                } else {
                    NaiveDate::parse_from_str(value, "%Y%m%d").map(|parsed| (parsed + by).format("%Y%m%d").to_string()).ok()
                };
                format!("{name}={}", shifted.unwrap_or_else(|| value.to_string()))
            }
            _ => part.to_string(),
        })
        .collect();
    *rule = parts.join(";");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn whole_weeks_since_the_demo_was_written_and_never_back() {
        assert_eq!(shift_for(day("2026-11-02")), Duration::zero());
        assert_eq!(shift_for(day("2026-11-08")), Duration::zero(), "the same week (a Sunday)");
        assert_eq!(shift_for(day("2026-11-09")), Duration::weeks(1));
        assert_eq!(shift_for(day("2027-11-04")), Duration::weeks(52));
        assert_eq!(shift_for(day("2026-01-01")), Duration::zero(), "a clock set back moves nothing");
    }

    #[test]
    fn dates_rules_and_notices_move_and_keep_their_weekday() {
        let by = Duration::weeks(30);
        let mut rule = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T215959Z".to_string();
        shift_until(&mut rule, by);
        assert_eq!(rule, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271123T215959Z");
        let mut rule = "FREQ=MONTHLY;BYDAY=2SA;UNTIL=20270612".to_string();
        shift_until(&mut rule, by);
        assert_eq!(rule, "FREQ=MONTHLY;BYDAY=2SA;UNTIL=20280108");

        let mut start = "2026-10-06T18:00".to_string();
        shift_date_time(&mut start, by);
        assert_eq!(start, "2027-05-04T18:00");
        assert_eq!(day("2027-05-04").weekday(), day("2026-10-06").weekday());

        let mut date = "2027-06-25".to_string();
        shift_date(&mut date, by);
        assert_eq!(date, "2028-01-21");
        let mut unknown = "soon".to_string();
        shift_date(&mut unknown, by);
        assert_eq!(unknown, "soon", "not a date: left for the model's checks");
    }
}
