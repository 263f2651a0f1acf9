//! The jump (see the module doc) against the walk from the event's start,
//! which is what the `rrule` crate means by the rule: for random rules,
//! starts, zones and windows, both give the same occurrences.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::strategy::ValueTree;

use super::{CheckedEvent, MAX_OCCURRENCES, check_parts, dates_between, parse_rrule, series};

const ZONES: &[&str] = &["Europe/Brussels", "America/New_York", "Australia/Sydney", "America/Santiago", "Asia/Kolkata", "UTC"];
const DAYS: &[&str] = &["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// `BYDAY` values: plain weekdays, or (for monthly and yearly rules) the
/// nth weekday, counted from the end when negative.
fn by_day(nth: bool) -> impl Strategy<Value = String> {
    let day = (0..7usize, prop_oneof![Just(0i8), 1i8..=4, Just(-1i8), Just(-2i8)])
        .prop_map(move |(day, n)| if nth && n != 0 { format!("{n}{}", DAYS[day]) } else { DAYS[day].to_string() });
    proptest::collection::vec(day, 1..=3).prop_map(|days| days.join(","))
}

fn list<T: std::fmt::Display>(values: Vec<T>) -> String {
    values.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")
}

/// An RRULE without `UNTIL`, in the shapes the calendars use and the odd
/// ones the crate accepts.
fn rule() -> impl Strategy<Value = String> {
    let interval = prop_oneof![4 => Just(1u16), 3 => 2u16..=4, 1 => 5u16..=13];
    let month_day = prop_oneof![1i8..=31, -3i8..=-1];
    let by_month_day = proptest::option::of(proptest::collection::vec(month_day, 1..=3).prop_map(list));
    let by_month = proptest::option::of(proptest::collection::vec(1u8..=12, 1..=3).prop_map(list));
    let by_set_pos = proptest::option::of(prop_oneof![Just(1i8), Just(2i8), Just(-1i8)]);
    let week_start = proptest::option::of(0..7usize);
    let by_hour = proptest::option::of(proptest::collection::vec(0u8..=23, 1..=2).prop_map(list));
    (
        0..4usize,
        interval,
        proptest::option::of(by_day(true)),
        proptest::option::of(by_day(false)),
        by_month_day,
        by_month,
        by_set_pos,
        week_start,
        by_hour,
    )
        .prop_map(|(freq, interval, nth_days, days, month_days, months, set_pos, week_start, hours)| {
            let mut parts = vec![format!("FREQ={}", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"][freq])];
            if interval > 1 {
                parts.push(format!("INTERVAL={interval}"));
            }
            match freq {
                // Daily: days filtered by weekday, month day or month.
                0 => {
                    parts.extend(days.map(|d| format!("BYDAY={d}")));
                    parts.extend(months.map(|m| format!("BYMONTH={m}")));
                }
                // Weekly: weekdays, picked by position within the week.
                1 => {
                    parts.extend(days.map(|d| format!("BYDAY={d}")));
                    parts.extend(week_start.map(|w| format!("WKST={}", DAYS[w])));
                }
                // Monthly and yearly: nth weekdays or month days, months.
                _ => {
                    if let Some(d) = nth_days {
                        parts.push(format!("BYDAY={d}"));
                    } else {
                        parts.extend(month_days.map(|d| format!("BYMONTHDAY={d}")));
                    }
                    if freq == 3 {
                        parts.extend(months.map(|m| format!("BYMONTH={m}")));
                    }
                }
            }
            if let Some(set_pos) = set_pos
                && parts.iter().any(|p| p.starts_with("BYDAY=") && p.contains(','))
            {
                parts.push(format!("BYSETPOS={set_pos}"));
            }
            parts.extend(hours.map(|h| format!("BYHOUR={h}")));
            parts.join(";")
        })
}

/// A local start that exists in `zone` (moved out of a spring gap).
fn existing(zone: Tz, mut local: NaiveDateTime) -> NaiveDateTime {
    while zone.from_local_datetime(&local).earliest().is_none() {
        local += Duration::minutes(30);
    }
    local
}

#[derive(Debug, Clone)]
struct Case {
    zone: &'static str,
    start: NaiveDateTime,
    minutes: i64,
    rule: String,
    until_days: Option<i64>,
    exdates: Vec<i64>,
    from: DateTime<Utc>,
    window_days: i64,
}

fn case() -> impl Strategy<Value = Case> {
    let start = (0i64..40 * 366, 0u32..24, prop_oneof![Just(0u32), Just(30u32)]).prop_map(|(day, hour, minute)| {
        NaiveDate::from_ymd_opt(1995, 1, 1).expect("a date").and_hms_opt(hour, minute, 0).expect("a time") + Duration::days(day)
    });
    let minutes = prop_oneof![Just(0i64), 15i64..=180, 1200i64..=4320];
    (
        proptest::sample::select(ZONES),
        start,
        minutes,
        rule(),
        proptest::option::of(1i64..=3000),
        proptest::collection::vec(0i64..400, 0..3),
        -400i64..12_000,
        0i64..24,
        prop_oneof![1i64..=45, 300i64..=366],
    )
        .prop_map(|(zone, start, minutes, rule, until_days, exdates, from_day, from_hour, window_days)| {
            let tz: Tz = zone.parse().expect("a zone");
            let start = existing(tz, start);
            let from = Utc.from_utc_datetime(&start) + Duration::days(from_day) + Duration::hours(from_hour);
            Case { zone, start, minutes, rule, until_days, exdates, from, window_days }
        })
}

fn checked(case: &Case) -> Option<CheckedEvent> {
    let mut rule = case.rule.clone();
    if let Some(days) = case.until_days {
        rule.push_str(&format!(";UNTIL={}Z", (case.start + Duration::days(days)).format("%Y%m%dT235959")));
    }
    let format = |at: NaiveDateTime| at.format(super::LOCAL_FORMAT).to_string();
    let exdates: Vec<String> = case.exdates.iter().map(|days| format(case.start + Duration::days(*days))).collect();
    let end = format(case.start + Duration::minutes(case.minutes));
    // Rules the crate refuses for this start (as the editor would be told).
    check_parts(case.zone, &format(case.start), &end, Some(&rule), &exdates, false).ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_jump_finds_what_the_walk_finds(case in case()) {
        let Some(event) = checked(&case) else {
            // Only a rule whose UNTIL is before the start is refused here.
            prop_assert!(case.until_days.is_some(), "refused: {case:?}");
            return Ok(());
        };
        let to = case.from + Duration::days(case.window_days);
        let expand = |jump| {
            let mut occurrences = event.iterate(case.from, to, jump)?;
            // The walk from the start is the reference, not its cost.
            if !jump {
                occurrences.max_scanned = usize::MAX;
            }
            occurrences.take(MAX_OCCURRENCES).collect::<Result<Vec<_>, _>>()
        };
        let (jumped, walked) = (expand(true), expand(false));
        prop_assert_eq!(jumped, walked, "{:?}", case);
    }

    #[test]
    fn opening_days_jump_too(rule in rule(), anchor in 0i64..20 * 366, first in 0i64..12_000, days in 0i64..40) {
        let rule = parse_rrule(&rule).expect("the generator writes valid rules");
        let anchor = NaiveDate::from_ymd_opt(2000, 1, 3).expect("a date") + Duration::days(anchor);
        let first = anchor + Duration::days(first - 400);
        let last = first + Duration::days(days);
        let dt_start = rrule::Tz::UTC.from_utc_datetime(&anchor.and_hms_opt(0, 0, 0).expect("midnight"));
        let walked: Vec<NaiveDate> = series(&rule, dt_start, None)
            .expect("valid")
            .map(|date| date.date_naive())
            .take_while(|day| *day <= last)
            .filter(|day| *day >= first)
            .collect();
        prop_assert_eq!(dates_between(&rule, anchor, first, last).expect("within the caps"), walked);
    }
}

#[test]
fn the_generator_writes_rules_the_model_accepts() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..500 {
        let rule = rule().new_tree(&mut runner).expect("a value").current();
        assert!(parse_rrule(&rule).is_ok(), "{rule}");
    }
}
