//! Events expanded into occurrences and opening hours read at a moment, in
//! the city's time zone, across daylight-saving changes.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use chrono_tz::Europe::Brussels;
use hospes_content::model::{Event, Schedule, Service};
use hospes_content::opening_hours::{HORIZON_DAYS, OpenState, check_schedule, open_state};
use hospes_content::recurrence::{MAX_COUNT, MAX_INTERVAL, MAX_OCCURRENCES, MAX_SCANNED, occurrences, parse_rrule};

fn fixture<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

/// The language café: weekly on Tuesday 18:00-20:00 from 2026-10-20, with
/// 2026-11-10 cancelled; Europe/Brussels leaves summer time on 2026-10-25.
fn cafe() -> Event {
    fixture("event.json")
}

#[test]
fn weekly_event_keeps_its_local_time_across_the_dst_change() {
    let mut event = cafe();
    event.exdates.clear();
    let found = occurrences(&event, "Europe/Brussels", utc("2026-10-19T00:00:00Z"), utc("2026-11-11T00:00:00Z")).unwrap();
    let starts: Vec<String> = found.iter().map(|o| o.start.naive_local().format("%Y-%m-%dT%H:%M").to_string()).collect();
    assert_eq!(starts, ["2026-10-20T18:00", "2026-10-27T18:00", "2026-11-03T18:00", "2026-11-10T18:00"]);
    for o in &found {
        assert_eq!(o.start.hour(), 18);
        assert_eq!(o.end.hour(), 20, "two hours in local wall time");
        assert_eq!(o.end - o.start, chrono::Duration::hours(2));
        assert!(!o.cancelled);
    }
    // Summer time before the change, winter time after: same wall clock,
    // different instants.
    assert_eq!(found[0].start.with_timezone(&Utc), utc("2026-10-20T16:00:00Z"));
    assert_eq!(found[1].start.with_timezone(&Utc), utc("2026-10-27T17:00:00Z"));
    assert_eq!(found[0].start.format("%:z").to_string(), "+02:00");
    assert_eq!(found[1].start.format("%:z").to_string(), "+01:00");
}

#[test]
fn spring_change_too_and_a_wall_clock_duration_over_the_change() {
    // Daily from 01:30 to 03:30 local: on 2026-03-29 the clocks jump from
    // 02:00 to 03:00, so that night it lasts one real hour.
    let mut event = cafe();
    event.start = "2026-03-27T01:30".into();
    event.end = "2026-03-27T03:30".into();
    event.rrule = Some("FREQ=DAILY;COUNT=4".into());
    event.exdates.clear();
    let found = occurrences(&event, "Europe/Brussels", utc("2026-03-01T00:00:00Z"), utc("2026-04-01T00:00:00Z")).unwrap();
    assert_eq!(found.len(), 4);
    for o in &found {
        assert_eq!((o.start.hour(), o.start.minute()), (1, 30));
        assert_eq!((o.end.hour(), o.end.minute()), (3, 30));
    }
    assert_eq!(found[2].start.date_naive(), NaiveDate::from_ymd_opt(2026, 3, 29).unwrap());
    assert_eq!(found[2].end - found[2].start, chrono::Duration::hours(1));
    assert_eq!(found[3].end - found[3].start, chrono::Duration::hours(2));
}

#[test]
fn a_cancelled_occurrence_is_missing() {
    let event = cafe();
    assert_eq!(event.exdates, ["2026-11-10T18:00"]);
    let found = occurrences(&event, "Europe/Brussels", utc("2026-10-19T00:00:00Z"), utc("2026-11-18T00:00:00Z")).unwrap();
    let starts: Vec<NaiveDateTime> = found.iter().map(|o| o.start.naive_local()).collect();
    assert_eq!(starts, [local("2026-10-20T18:00"), local("2026-10-27T18:00"), local("2026-11-03T18:00"), local("2026-11-17T18:00")]);
}

#[test]
fn until_ends_the_series_and_the_window_clips_it() {
    let event = cafe();
    // UNTIL=20261222T235959Z: the last Tuesday is 22 December.
    let found = occurrences(&event, "Europe/Brussels", utc("2026-01-01T00:00:00Z"), utc("2027-12-31T00:00:00Z")).unwrap();
    assert_eq!(found.first().unwrap().start.naive_local(), local("2026-10-20T18:00"));
    assert_eq!(found.last().unwrap().start.naive_local(), local("2026-12-22T18:00"));
    assert_eq!(found.len(), 10 - 1, "ten Tuesdays, one cancelled");
    // An occurrence in progress at `from` is included; one starting at `to` is not.
    let found = occurrences(&event, "Europe/Brussels", utc("2026-10-27T17:30:00Z"), utc("2026-11-03T17:00:00Z")).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].start.naive_local(), local("2026-10-27T18:00"));
}

#[test]
fn single_and_cancelled_events() {
    let mut event = cafe();
    event.rrule = None;
    event.exdates.clear();
    let found = occurrences(&event, "Europe/Brussels", utc("2026-10-01T00:00:00Z"), utc("2026-11-01T00:00:00Z")).unwrap();
    assert_eq!(found.len(), 1);
    assert!(!found[0].cancelled);
    let outside = occurrences(&event, "Europe/Brussels", utc("2026-11-01T00:00:00Z"), utc("2026-12-01T00:00:00Z")).unwrap();
    assert!(outside.is_empty());

    // A cancelled event keeps its occurrences, marked.
    let mut event = cafe();
    event.cancelled = true;
    let found = occurrences(&event, "Europe/Brussels", utc("2026-10-19T00:00:00Z"), utc("2026-11-01T00:00:00Z")).unwrap();
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|o| o.cancelled));
}

#[test]
fn expansion_is_capped() {
    let mut event = cafe();
    event.start = "2026-01-01T09:00".into();
    event.end = "2026-01-01T10:00".into();
    event.rrule = Some("FREQ=DAILY".into());
    event.exdates.clear();
    let found = occurrences(&event, "Europe/Brussels", utc("2026-01-01T00:00:00Z"), utc("2036-01-01T00:00:00Z")).unwrap();
    assert_eq!(found.len(), MAX_OCCURRENCES);
    assert_eq!(found[0].start.naive_local(), local("2026-01-01T09:00"));

    // Expansion jumps to the window: a daily event from 1900 reaches 2026
    // (more than MAX_SCANNED days later) and the year 9999.
    event.start = "1900-01-01T00:00".into();
    event.end = "1900-01-01T00:30".into();
    event.rrule = Some("FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23".into());
    let found = occurrences(&event, "Europe/Brussels", utc("2026-01-01T00:00:00Z"), utc("2026-01-02T00:00:00Z")).unwrap();
    assert_eq!(found.len(), 24);
    assert_eq!(found[0].start.naive_local(), local("2026-01-01T01:00"), "01:00 Brussels is the first start after 00:00 UTC");
    let found = occurrences(&event, "Europe/Brussels", utc("9999-12-30T00:00:00Z"), utc("9999-12-31T00:00:00Z")).unwrap();
    assert_eq!(found.len(), 24);

    // A rule that would generate too many occurrences before the window,
    // even from the period before it: a yearly rule every minute.
    let minutes: Vec<String> = (0..60).map(|m| m.to_string()).collect();
    event.rrule = Some(format!(
        "FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE={}",
        minutes.join(",")
    ));
    let err = occurrences(&event, "Europe/Brussels", utc("2026-06-01T00:00:00Z"), utc("2026-06-02T00:00:00Z")).unwrap_err();
    assert_eq!(err.field, "rrule");
    assert!(err.message.contains(&MAX_SCANNED.to_string()), "{err}");
}

#[test]
fn interval_and_count_are_limited() {
    for (rule, limit) in [
        ("FREQ=DAILY;INTERVAL=4294967295", MAX_INTERVAL.to_string()),
        ("FREQ=DAILY;INTERVAL=1001", MAX_INTERVAL.to_string()),
        ("FREQ=DAILY;INTERVAL=0", MAX_INTERVAL.to_string()),
        ("FREQ=WEEKLY;COUNT=10001", MAX_COUNT.to_string()),
        ("FREQ=WEEKLY;COUNT=99999999999", MAX_COUNT.to_string()),
    ] {
        let err = parse_rrule(rule).unwrap_err();
        assert_eq!(err.field, "rrule", "{rule}");
        assert!(err.message.contains(&limit), "{rule}: {err}");
    }
    assert!(parse_rrule(&format!("FREQ=YEARLY;INTERVAL={MAX_INTERVAL}")).is_ok());
    assert!(parse_rrule(&format!("FREQ=DAILY;COUNT={MAX_COUNT}")).is_ok());

    // The largest COUNT walked from its start, asked for a window after
    // its end: nothing, and no error.
    let mut event = cafe();
    event.start = "2026-01-01T09:00".into();
    event.end = "2026-01-01T10:00".into();
    event.rrule = Some(format!("FREQ=DAILY;COUNT={MAX_COUNT}"));
    event.exdates.clear();
    let found = occurrences(&event, "Europe/Brussels", utc("9999-01-01T00:00:00Z"), utc("9999-12-31T00:00:00Z")).unwrap();
    assert!(found.is_empty());
    let last = occurrences(&event, "Europe/Brussels", utc("2053-05-18T00:00:00Z"), utc("2053-05-20T00:00:00Z")).unwrap();
    assert_eq!(last.len(), 1, "the 10,000th day");
}

#[test]
fn bad_input_names_the_field() {
    let at = (utc("2026-10-01T00:00:00Z"), utc("2026-11-01T00:00:00Z"));
    let check = |event: &Event, zone: &str| occurrences(event, zone, at.0, at.1).unwrap_err();

    let mut event = cafe();
    event.rrule = Some("FREQ=SOMETIMES;BYDAY=TU".into());
    let err = check(&event, "Europe/Brussels");
    assert_eq!(err.field, "rrule");
    assert!(err.to_string().starts_with("rrule: "), "{err}");
    assert!(err.message.contains("FREQ=SOMETIMES"), "{err}");

    event.rrule = Some("FREQ=WEEKLY;BYDAY=XX".into());
    assert_eq!(check(&event, "Europe/Brussels").field, "rrule");

    event.rrule = Some("FREQ=WEEKLY;UNTIL=20200101T000000Z".into());
    let err = check(&event, "Europe/Brussels");
    assert_eq!(err.field, "rrule");
    assert!(err.message.contains("UNTIL"), "{err}");

    let mut event = cafe();
    event.start = "2026-10-20 18:00".into();
    let err = check(&event, "Europe/Brussels");
    assert_eq!(err.field, "start");
    assert!(err.message.contains("YYYY-MM-DDTHH:MM"), "{err}");

    let mut event = cafe();
    event.start = "2026-03-29T02:30".into();
    event.end = "2026-03-29T04:00".into();
    event.exdates.clear();
    let err = check(&event, "Europe/Brussels");
    assert_eq!(err.field, "start");
    assert!(err.message.contains("does not exist"), "{err}");

    let mut event = cafe();
    event.end = "2026-10-20T17:00".into();
    assert_eq!(check(&event, "Europe/Brussels").field, "end");

    let mut event = cafe();
    event.exdates = vec!["2026-11-10T18:00".into(), "2026-11-17T18:00".into(), "17/11/2026".into()];
    assert_eq!(check(&event, "Europe/Brussels").field, "exdates[2]");

    assert_eq!(check(&cafe(), "Europe/Liege").field, "time_zone");
}

#[test]
fn parse_rrule_accepts_and_refuses() {
    assert_eq!(parse_rrule("FREQ=WEEKLY;BYDAY=MO,WE,FR").unwrap().as_str(), "FREQ=WEEKLY;BYDAY=MO,WE,FR");
    assert!(parse_rrule("FREQ=MONTHLY;BYDAY=1SA").is_ok());
    assert!(parse_rrule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T235959Z").unwrap().until().is_some());
    for bad in [
        "",
        "RRULE:FREQ=WEEKLY",
        "BYDAY=TU",
        "FREQ=HOURLY",
        "FREQ=WEEKLY;INTERVAL=x",
        "FREQ=WEEKLY;UNTIL=20261222T235959",
        "FREQ=MONTHLY;BYMONTHDAY=40",
    ] {
        let err = parse_rrule(bad).unwrap_err();
        assert_eq!(err.field, "rrule", "{bad}");
        assert!(!err.message.is_empty());
    }
}

/// Found by fuzzing the iCalendar import: the rrule crate sliced BYDAY by
/// byte and panicked inside a multi-byte character. Now a plain refusal.
#[test]
fn a_rule_with_non_ascii_characters_is_refused_not_a_panic() {
    for bad in ["FREQ=WEEKLY;BYDAY=1Ö", "FREQ=WEEKLY;BYDAY=MO,ТU", "FREQ=MONTHLY;BYDAY=-1€SA", "FREQ=WEEKLY;BYDAY=ÉÉ"] {
        let err = parse_rrule(bad).unwrap_err();
        assert_eq!(err.field, "rrule", "{bad}");
        assert!(err.message.contains("ASCII"), "{bad}: {}", err.message);
    }
}

// ---- opening hours ----

fn schedule(rrule: &str, opens: &str, closes: &str) -> Schedule {
    Schedule {
        id: "s".into(),
        rrule: rrule.into(),
        opens_at: opens.into(),
        closes_at: closes.into(),
        valid_from: None,
        valid_to: None,
        closed_dates: Vec::new(),
        by_appointment: false,
        notes: autosurgeon::Text::with_value(""),
    }
}

fn at(local_time: &str) -> DateTime<Utc> {
    Brussels.from_local_datetime(&local(local_time)).unwrap().with_timezone(&Utc)
}

fn opens_later(state: &OpenState) -> NaiveDateTime {
    match state {
        OpenState::OpensLater { at } => at.naive_local(),
        other => panic!("expected OpensLater, got {other:?}"),
    }
}

fn closes(state: &OpenState) -> NaiveDateTime {
    match state {
        OpenState::OpenNow { closes_at } => closes_at.naive_local(),
        other => panic!("expected OpenNow, got {other:?}"),
    }
}

#[test]
fn fixture_service_hours() {
    let service: Service = fixture("service.json");
    // Monday, Wednesday, Friday 09:00-13:00. 2026-11-02 is a Monday.
    let s = &service.schedules;
    assert_eq!(closes(&open_state(s, "Europe/Brussels", at("2026-11-02T09:00"))), local("2026-11-02T13:00"));
    assert_eq!(closes(&open_state(s, "Europe/Brussels", at("2026-11-02T12:59"))), local("2026-11-02T13:00"));
    // 13:00 sharp is closed: next Wednesday.
    assert_eq!(opens_later(&open_state(s, "Europe/Brussels", at("2026-11-02T13:00"))), local("2026-11-04T09:00"));
    assert_eq!(opens_later(&open_state(s, "Europe/Brussels", at("2026-11-02T08:15"))), local("2026-11-02T09:00"));
    // Friday 25 December is a closed date: after Wednesday 23rd comes Monday 28th.
    assert_eq!(opens_later(&open_state(s, "Europe/Brussels", at("2026-12-23T14:00"))), local("2026-12-28T09:00"));
    // valid_from 2026-01-01: nothing before.
    assert_eq!(opens_later(&open_state(s, "Europe/Brussels", at("2025-12-31T10:00"))), local("2026-01-02T09:00"));
}

#[test]
fn hours_straddling_midnight() {
    // A night shelter, every day 20:00 to 08:00.
    let s = [schedule("FREQ=DAILY", "20:00", "08:00")];
    assert_eq!(closes(&open_state(&s, "Europe/Brussels", at("2026-06-10T23:00"))), local("2026-06-11T08:00"));
    assert_eq!(closes(&open_state(&s, "Europe/Brussels", at("2026-06-11T02:00"))), local("2026-06-11T08:00"));
    assert_eq!(opens_later(&open_state(&s, "Europe/Brussels", at("2026-06-11T08:00"))), local("2026-06-11T20:00"));

    // Only on Friday nights: open at 01:00 on Saturday, closed at 01:00 on Friday.
    let s = [schedule("FREQ=WEEKLY;BYDAY=FR", "22:00", "06:00")];
    assert_eq!(closes(&open_state(&s, "Europe/Brussels", at("2026-06-13T01:00"))), local("2026-06-13T06:00"));
    assert_eq!(opens_later(&open_state(&s, "Europe/Brussels", at("2026-06-12T01:00"))), local("2026-06-12T22:00"));
}

#[test]
fn hours_on_dst_days_follow_the_wall_clock() {
    // Daily 20:00-08:00 over the night the clocks go back (2026-10-25, 03:00 -> 02:00).
    let s = [schedule("FREQ=DAILY", "20:00", "08:00")];
    let state = open_state(&s, "Europe/Brussels", utc("2026-10-25T01:30:00Z")); // 02:30 local, the second time
    let OpenState::OpenNow { closes_at } = state else { panic!("{state:?}") };
    assert_eq!(closes_at.naive_local(), local("2026-10-25T08:00"));
    assert_eq!(closes_at.with_timezone(&Utc), utc("2026-10-25T07:00:00Z"));
    // Opening at 09:00 local on the Monday after the change is 08:00 UTC.
    let s = [schedule("FREQ=WEEKLY;BYDAY=MO", "09:00", "13:00")];
    let state = open_state(&s, "Europe/Brussels", utc("2026-10-24T12:00:00Z"));
    let OpenState::OpensLater { at } = state else { panic!("{state:?}") };
    assert_eq!(at.with_timezone(&Utc), utc("2026-10-26T08:00:00Z"));
    // And in March, on the day of the jump, hours opening at 02:30 (which
    // does not exist) open at 03:30.
    let s = [schedule("FREQ=DAILY", "02:30", "05:00")];
    let state = open_state(&s, "Europe/Brussels", utc("2026-03-29T00:00:00Z"));
    let OpenState::OpensLater { at } = state else { panic!("{state:?}") };
    assert_eq!(at.naive_local(), local("2026-03-29T03:30"));
}

#[test]
fn adjacent_schedules_merge_and_appointments_and_unknown() {
    let s = [schedule("FREQ=WEEKLY;BYDAY=TU", "09:00", "13:00"), schedule("FREQ=WEEKLY;BYDAY=TU", "13:00", "17:00")];
    assert_eq!(closes(&open_state(&s, "Europe/Brussels", at("2026-06-09T10:00"))), local("2026-06-09T17:00"));

    let mut appointments = schedule("FREQ=WEEKLY;BYDAY=TH", "14:00", "18:00");
    appointments.by_appointment = true;
    let s = [schedule("FREQ=WEEKLY;BYDAY=MO", "09:00", "12:00"), appointments.clone()];
    // Thursday 15:00: within by-appointment hours.
    assert_eq!(open_state(&s, "Europe/Brussels", at("2026-06-11T15:00")), OpenState::ByAppointment);
    // Thursday 19:00: walk-in opens Monday.
    assert_eq!(opens_later(&open_state(&s, "Europe/Brussels", at("2026-06-11T19:00"))), local("2026-06-15T09:00"));
    // Only by appointment, without hours.
    appointments.opens_at.clear();
    appointments.closes_at.clear();
    assert_eq!(open_state(&[appointments], "Europe/Brussels", at("2026-06-11T19:00")), OpenState::ByAppointment);

    // Ended schedules: closed. None, or nothing that parses: unknown.
    let mut ended = schedule("FREQ=DAILY", "09:00", "17:00");
    ended.valid_to = Some("2026-01-31".into());
    assert_eq!(open_state(&[ended], "Europe/Brussels", at("2026-06-11T10:00")), OpenState::Closed);
    assert_eq!(open_state(&[], "Europe/Brussels", at("2026-06-11T10:00")), OpenState::Unknown);
    let broken = schedule("FREQ=DAILY", "9h", "17:00");
    assert_eq!(open_state(std::slice::from_ref(&broken), "Europe/Brussels", at("2026-06-11T10:00")), OpenState::Unknown);
    assert_eq!(check_schedule(&broken).unwrap_err().field, "opens_at");
    assert_eq!(
        check_schedule(&broken).unwrap_err().within("schedules[0].").to_string(),
        "schedules[0].opens_at: `9h` is not a local time HH:MM (e.g. 09:30)"
    );
    let mut bad_date = schedule("FREQ=DAILY", "09:00", "17:00");
    bad_date.closed_dates = vec!["2026-12-25".into(), "Christmas".into()];
    assert_eq!(check_schedule(&bad_date).unwrap_err().field, "closed_dates[1]");
    // Monthly: the first Saturday, looking up to HORIZON_DAYS ahead.
    let s = [schedule("FREQ=MONTHLY;BYDAY=1SA", "10:00", "12:00")];
    let state = open_state(&s, "Europe/Brussels", at("2026-06-25T10:00"));
    assert_eq!(opens_later(&state), local("2026-07-04T10:00"));
    const { assert!(HORIZON_DAYS >= 7) };
    assert_eq!(open_state(&s, "Europe/Brussels", at("2026-06-08T10:00")), OpenState::Closed);
    // Every other Monday from 1 June: the anchor matters.
    let mut fortnightly = schedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "09:00", "12:00");
    fortnightly.valid_from = Some("2026-06-01".into());
    let s = [fortnightly];
    assert_eq!(opens_later(&open_state(&s, "Europe/Brussels", at("2026-06-02T10:00"))), local("2026-06-15T09:00"));
    assert_eq!(closes(&open_state(&s, "Europe/Brussels", at("2026-06-29T10:00"))), local("2026-06-29T12:00"));
}
