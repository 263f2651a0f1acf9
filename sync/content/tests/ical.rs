//! The iCalendar feed, read back by an independent parser (the `ical`
//! crate), and partner calendars imported into events.

use std::io::BufReader;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use hospes_content::ical::{FeedEvent, ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_EVENTS, calendar, import, location_text};
use hospes_content::model::Event;

fn cafe() -> Event {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content/event.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn stamp() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-10-01T08:30:00Z").unwrap().with_timezone(&Utc)
}

fn feed_events() -> Vec<FeedEvent> {
    let cafe = cafe();
    let mut closed = cafe.clone();
    closed.rrule = None;
    closed.exdates.clear();
    closed.start = "2026-11-01T10:00".into();
    closed.end = "2026-11-01T12:30".into();
    closed.cancelled = true;
    let long = "Informations sur l'asile, le séjour; le travail, la santé.\nDeuxième ligne: « très » longue ".repeat(6);
    vec![
        FeedEvent::new(
            "cafe@hospes.test",
            &cafe,
            "مقهى اللغات",
            "Pratiquer le français, autour d'un thé; ouvert à toutes et tous.",
            "https://hospes.test/sample/ar/events/cafe",
            stamp(),
        ),
        FeedEvent::new("info@hospes.test", &closed, "Séance d'information", long, "", stamp()),
    ]
}

fn parse_independently(ics: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    calendar
}

fn prop<'a>(properties: &'a [ical::property::Property], name: &str) -> &'a ical::property::Property {
    properties.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} missing"))
}

fn param(property: &ical::property::Property, key: &str) -> Option<String> {
    property.params.as_ref()?.iter().find(|(k, _)| k == key).map(|(_, v)| v.join(","))
}

#[test]
fn the_feed_parses_with_an_independent_parser() {
    let ics = calendar("Sample City: events", "Europe/Brussels", &feed_events()).unwrap();

    // RFC 5545 lines: CRLF, at most 75 octets.
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line over 75 octets: {line:?}");
        assert!(!line.contains('\n'));
    }

    let cal = parse_independently(&ics);
    assert_eq!(prop(&cal.properties, "VERSION").value.as_deref(), Some("2.0"));
    assert_eq!(prop(&cal.properties, "X-WR-CALNAME").value.as_deref(), Some("Sample City: events"));
    assert_eq!(prop(&cal.properties, "X-WR-TIMEZONE").value.as_deref(), Some("Europe/Brussels"));

    // The zone the TZIDs point at is defined.
    assert_eq!(cal.timezones.len(), 1);
    assert_eq!(prop(&cal.timezones[0].properties, "TZID").value.as_deref(), Some("Europe/Brussels"));
    assert_eq!(cal.timezones[0].transitions.len(), 2);

    assert_eq!(cal.events.len(), 2);
    let cafe = &cal.events[0].properties;
    assert_eq!(prop(cafe, "UID").value.as_deref(), Some("cafe@hospes.test"));
    assert_eq!(prop(cafe, "DTSTAMP").value.as_deref(), Some("20261001T083000Z"));
    let start = prop(cafe, "DTSTART");
    assert_eq!(start.value.as_deref(), Some("20261020T180000"));
    assert_eq!(param(start, "TZID").as_deref(), Some("Europe/Brussels"));
    let end = prop(cafe, "DTEND");
    assert_eq!(end.value.as_deref(), Some("20261020T200000"));
    assert_eq!(param(end, "TZID").as_deref(), Some("Europe/Brussels"));
    assert_eq!(prop(cafe, "RRULE").value.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T235959Z"));
    let exdate = prop(cafe, "EXDATE");
    assert_eq!(exdate.value.as_deref(), Some("20261110T180000"));
    assert_eq!(param(exdate, "TZID").as_deref(), Some("Europe/Brussels"));
    assert_eq!(prop(cafe, "SUMMARY").value.as_deref(), Some("مقهى اللغات"));
    // Commas and semicolons in text are escaped.
    assert_eq!(prop(cafe, "DESCRIPTION").value.as_deref(), Some(r"Pratiquer le français\, autour d'un thé\; ouvert à toutes et tous."));
    assert_eq!(prop(cafe, "URL").value.as_deref(), Some("https://hospes.test/sample/ar/events/cafe"));
    assert_eq!(prop(cafe, "LOCATION").value.as_deref(), Some(r"Bibliothèque du quartier\, 2 place de l'Exemple\, 0000 Sample City"));
    assert_eq!(prop(cafe, "STATUS").value.as_deref(), Some("CONFIRMED"));

    let info = &cal.events[1].properties;
    assert_eq!(prop(info, "UID").value.as_deref(), Some("info@hospes.test"));
    assert_eq!(prop(info, "STATUS").value.as_deref(), Some("CANCELLED"));
    assert!(info.iter().all(|p| p.name != "RRULE" && p.name != "EXDATE"));
    // The long description was folded and comes back whole.
    let description = prop(info, "DESCRIPTION").value.clone().unwrap();
    assert!(description.contains(r"\n") && description.matches("Deuxième").count() == 6, "{description}");
}

#[test]
fn the_feed_is_deterministic_and_leaves_out_bad_events() {
    let mut events = feed_events();
    let first = calendar("x", "Europe/Brussels", &events).unwrap();
    assert_eq!(first, calendar("x", "Europe/Brussels", &events).unwrap(), "same input, same bytes");

    events[1].rrule = Some("FREQ=SOMETIMES".into());
    let ics = calendar("x", "Europe/Brussels", &events).unwrap();
    let cal = parse_independently(&ics);
    assert_eq!(cal.events.len(), 1);
    assert!(!ics.contains("info@hospes.test"));

    assert_eq!(calendar("x", "Mars/Olympus", &events).unwrap_err().field, "time_zone");
    // No events: still a valid, empty calendar.
    let empty = parse_independently(&calendar("x", "Europe/Brussels", &[]).unwrap());
    assert!(empty.events.is_empty());
}

#[test]
fn the_fixture_survives_feed_and_import() {
    let ics = calendar("x", "Europe/Brussels", &feed_events()[..1]).unwrap();
    let events = import(&ics, "Europe/Brussels", "https://hospes.test/feed.ics", "ar").unwrap();
    assert_eq!(events.len(), 1);
    let (ours, back) = (cafe(), &events[0]);
    assert_eq!((&back.start, &back.end), (&ours.start, &ours.end));
    assert_eq!(back.rrule, ours.rrule);
    assert_eq!(back.exdates, ours.exdates);
    assert_eq!(back.title.as_str(), "مقهى اللغات");
    assert_eq!(back.source_language, "ar");
    assert_eq!(back.place.as_ref().map(|p| p.name.as_str()), Some(location_text(&ours).as_str()));
    let source = back.source.as_ref().unwrap();
    assert_eq!((source.calendar.as_str(), source.uid.as_str()), ("https://hospes.test/feed.ics", "cafe@hospes.test"));
}

/// A partner's calendar, as calendar programs write them: a VTIMEZONE,
/// folded lines, escapes, UTC and floating times, an all-day event, a moved
/// and a cancelled occurrence.
const PARTNER: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Partner//Calendar//EN\r
X-WR-CALNAME:Partner\r
BEGIN:VTIMEZONE\r
TZID:Europe/Brussels\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:sewing-1@partner.example\r
DTSTAMP:20260901T000000Z\r
DTSTART;TZID=Europe/Brussels:20261007T140000\r
DTEND;TZID=Europe/Brussels:20261007T160000\r
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261216\r
EXDATE;TZID=Europe/Brussels:20261028T140000,20261104T140000\r
EXDATE;VALUE=DATE:20261111\r
SUMMARY:Atelier couture\\, débutantes\r
DESCRIPTION:Machines fournies.\\nApportez vos tissus\\; garde d'enfants sur p\r
 lace.\r
LOCATION:Maison de quartier\\, salle 2\r
GEO:50.63;5.57\r
ORGANIZER;CN=Atelier partenaire:mailto:atelier@partner.example\r
URL:https://partner.example/couture\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:sewing-1@partner.example\r
RECURRENCE-ID;TZID=Europe/Brussels:20261021T140000\r
DTSTAMP:20260901T000000Z\r
DTSTART;TZID=Europe/Brussels:20261022T150000\r
DTEND;TZID=Europe/Brussels:20261022T170000\r
SUMMARY:Atelier couture (jeudi exceptionnellement)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:sewing-1@partner.example\r
RECURRENCE-ID;TZID=Europe/Brussels:20261118T140000\r
DTSTAMP:20260901T000000Z\r
DTSTART;TZID=Europe/Brussels:20261118T140000\r
STATUS:CANCELLED\r
SUMMARY:Atelier couture\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:fair@partner.example\r
DTSTAMP:20260901T000000Z\r
DTSTART:20261105T080000Z\r
DURATION:PT7H30M\r
SUMMARY:Salon de l'emploi\r
STATUS:CANCELLED\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:festival@partner.example\r
DTSTAMP:20260901T000000Z\r
DTSTART;VALUE=DATE:20260620\r
DTEND;VALUE=DATE:20260622\r
SUMMARY:Fête des voisins\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:talk@partner.example\r
DTSTAMP:20260901T000000Z\r
DTSTART:20261203T190000\r
DTEND:20261203T203000\r
SUMMARY:Soirée témoignages\r
END:VEVENT\r
END:VCALENDAR\r
";

#[test]
fn a_partner_calendar_imports() {
    let events = import(PARTNER, "Europe/Brussels", "partner", "fr").unwrap();
    let uids: Vec<&str> = events.iter().map(|e| e.source.as_ref().unwrap().uid.as_str()).collect();
    assert_eq!(
        uids,
        [
            "sewing-1@partner.example",
            "fair@partner.example",
            "festival@partner.example",
            "talk@partner.example",
            "sewing-1@partner.example#20261021T140000",
        ]
    );
    let sewing = &events[0];
    assert_eq!(sewing.title.as_str(), "Atelier couture, débutantes");
    assert_eq!(sewing.description.as_str(), "Machines fournies.\nApportez vos tissus; garde d'enfants sur place.");
    assert_eq!((sewing.start.as_str(), sewing.end.as_str()), ("2026-10-07T14:00", "2026-10-07T16:00"));
    // A date-only UNTIL, read as the end of that day in Brussels, in UTC.
    assert_eq!(sewing.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=WE;UNTIL=20261216T225959Z"));
    assert_eq!(sewing.exdates, ["2026-10-28T14:00", "2026-11-04T14:00", "2026-11-11T14:00", "2026-10-21T14:00", "2026-11-18T14:00"]);
    let place = sewing.place.as_ref().unwrap();
    assert_eq!(place.name, "Maison de quartier, salle 2");
    assert_eq!((place.latitude, place.longitude), (Some(50.63), Some(5.57)));
    assert_eq!(sewing.organizer, "Atelier partenaire");
    assert_eq!(sewing.registration_link, "https://partner.example/couture");
    assert_eq!(sewing.source_language, "fr");
    assert!(!sewing.cancelled);

    let fair = &events[1];
    // 08:00 UTC is 09:00 in Brussels in November; 7h30 later.
    assert_eq!((fair.start.as_str(), fair.end.as_str()), ("2026-11-05T09:00", "2026-11-05T16:30"));
    assert!(fair.cancelled);
    let festival = &events[2];
    assert_eq!((festival.start.as_str(), festival.end.as_str()), ("2026-06-20T00:00", "2026-06-22T00:00"));
    let talk = &events[3];
    assert_eq!((talk.start.as_str(), talk.end.as_str()), ("2026-12-03T19:00", "2026-12-03T20:30"));
    let moved = &events[4];
    assert_eq!(moved.title.as_str(), "Atelier couture (jeudi exceptionnellement)");
    assert_eq!((moved.start.as_str(), moved.end.as_str()), ("2026-10-22T15:00", "2026-10-22T17:00"));
    assert_eq!(moved.rrule, None);
}

#[test]
fn import_then_feed_then_import_is_stable() {
    let first = import(PARTNER, "Europe/Brussels", "partner", "fr").unwrap();
    let feed: Vec<FeedEvent> = first
        .iter()
        .map(|e| {
            FeedEvent::new(
                e.source.as_ref().unwrap().uid.clone(),
                e,
                e.title.as_str(),
                e.description.as_str(),
                e.registration_link.clone(),
                stamp(),
            )
        })
        .collect();
    let ics = calendar("Partner", "Europe/Brussels", &feed).unwrap();
    assert_eq!(parse_independently(&ics).events.len(), first.len());
    let mut second = import(&ics, "Europe/Brussels", "partner", "fr").unwrap();
    // The feed does not carry GEO or ORGANIZER; everything else comes back.
    for (a, b) in first.iter().zip(second.iter_mut()) {
        if let (Some(pa), Some(pb)) = (&a.place, &mut b.place) {
            pb.latitude = pa.latitude;
            pb.longitude = pa.longitude;
        }
        b.organizer = a.organizer.clone();
    }
    assert_eq!(first, second);
    // And once more, byte for byte.
    let again: Vec<FeedEvent> = second
        .iter()
        .map(|e| {
            FeedEvent::new(
                e.source.as_ref().unwrap().uid.clone(),
                e,
                e.title.as_str(),
                e.description.as_str(),
                e.registration_link.clone(),
                stamp(),
            )
        })
        .collect();
    assert_eq!(calendar("Partner", "Europe/Brussels", &again).unwrap(), ics);
}

fn event_error(ics: &str) -> (String, String, String) {
    match import(ics, "Europe/Brussels", "partner", "fr").unwrap_err() {
        ImportError::Event { event, property, message } => (event, property, message),
        other => panic!("expected an event error, got {other:?}"),
    }
}

/// The partner calendar with its last event's `from` replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    let at = PARTNER.rfind(from).unwrap_or_else(|| panic!("{from} not in the sample"));
    format!("{}{}{}", &PARTNER[..at], to, &PARTNER[at + from.len()..])
}

#[test]
fn a_bad_event_fails_the_whole_import_and_is_named() {
    // Everything before the last event is fine; nothing is imported.
    let (event, property, message) = event_error(&broken("DTSTART:20261203T190000", "DTSTART:20261203T19h"));
    assert_eq!((event.as_str(), property.as_str()), ("talk@partner.example", "DTSTART"));
    assert!(message.contains("20261203T19h"), "{message}");

    let (event, property, _) = event_error(&broken("UID:talk@partner.example\r\n", ""));
    assert_eq!((event.as_str(), property.as_str()), ("#6", "UID"));

    let (event, property, message) = event_error(&broken("DTEND:20261203T203000", "DTEND:20261203T203000\r\nRRULE:FREQ=WEEKLY;BYDAY=XY"));
    assert_eq!((event.as_str(), property.as_str()), ("talk@partner.example", "RRULE"));
    assert!(!message.is_empty());

    let (_, property, message) = event_error(&broken("DTSTART:20261203T190000", "DTSTART;TZID=Romance Standard Time:20261203T190000"));
    assert_eq!(property, "DTSTART");
    assert!(message.contains("Romance Standard Time"), "{message}");

    let (_, property, _) = event_error(&broken("DTEND:20261203T203000", "DTEND:20261203T180000"));
    assert_eq!(property, "DTEND");

    let (_, property, _) = event_error(&broken("DTEND:20261203T203000", "DTEND:20261203T203000\r\nRDATE:20261210T190000"));
    assert_eq!(property, "RDATE");

    let (_, property, _) = event_error(&broken("DTEND:20261203T203000", "DTEND:20261203T203000\r\nEXDATE:2026-12-10"));
    assert_eq!(property, "EXDATE");

    let (_, property, _) = event_error(&broken("SUMMARY:Soirée témoignages", &format!("SUMMARY:{}", "x".repeat(600))));
    assert_eq!(property, "SUMMARY");

    let (event, property, _) = event_error(&broken("UID:talk@partner.example", "UID:fair@partner.example"));
    assert_eq!((event.as_str(), property.as_str()), ("fair@partner.example", "UID"));

    let err = import("hello", "Europe/Brussels", "partner", "fr").unwrap_err();
    assert!(matches!(err, ImportError::Calendar { .. }), "{err:?}");
    assert!(err.to_string().starts_with("calendar: "));
    let err = import(PARTNER, "Nowhere/Town", "partner", "fr").unwrap_err();
    assert!(err.to_string().contains("time_zone"), "{err}");
}

#[test]
fn a_calendar_beyond_the_import_limits_is_refused_naming_the_limit() {
    let calendar_error = |ics: &str| match import(ics, "Europe/Brussels", "partner", "fr").unwrap_err() {
        ImportError::Calendar { message } => message,
        other => panic!("expected a calendar error, got {other:?}"),
    };
    // Too large: padded with a long description on the last event.
    let padded = broken("SUMMARY:Soirée témoignages", &format!("SUMMARY:Soirée témoignages\r\nX-PADDING:{}", "x".repeat(MAX_IMPORT_BYTES)));
    let message = calendar_error(&padded);
    assert!(message.contains(&MAX_IMPORT_BYTES.to_string()), "{message}");

    // Too many events, each a bare VEVENT (not parsed: counted first).
    let body = "BEGIN:VEVENT\r\nEND:VEVENT\r\n".repeat(MAX_IMPORT_EVENTS + 1);
    let many = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n");
    let message = calendar_error(&many);
    assert!(message.contains(&MAX_IMPORT_EVENTS.to_string()) && message.contains(&(MAX_IMPORT_EVENTS + 1).to_string()), "{message}");
}
