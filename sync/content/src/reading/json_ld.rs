//! schema.org JSON-LD for an item, for the reader app to embed in the
//! item's page (`<script type="application/ld+json">`, data, not code):
//! a Service with its provider Organization, a ContactPoint, a
//! ServiceChannel per Place and its opening hours; an Event at a Place or
//! online, with its dates as UTC offsets in the city's zone, or, when it
//! recurs, its Schedule; an Article. Every demo item's is checked against
//! the schema.org vocabulary in `tests/tests/schema_org.rs`.
//!
//! Addresses go in only when they parse ([`crate::addresses`]):
//! publishing refuses bad ones, but items published before it did may
//! still hold them, and the JSON-LD never carries a link that is not
//! http(s) with a host.

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use rrule::{Frequency, NWeekday};
use serde_json::{Value, json};

use crate::addresses::{EmailAddress, PhoneNumber, WebAddress};
use crate::model::{Cost, Location, Schedule, Service, ServiceStatus};
use crate::recurrence::{self, CheckedEvent};

use super::render::Item;

/// JSON-LD for `item`, with `text(path)` giving the rendered text of a
/// field in the page's language; local times are in `time_zone` (the
/// city's).
pub fn json_ld(item: &Item, language: &str, time_zone: &str, text: impl Fn(&str) -> String) -> Value {
    let ld = match item {
        Item::Service(service) => {
            let hours = if service.status == ServiceStatus::Active { opening_hours(&service.schedules) } else { Vec::new() };
            let contact = contact_point(service, &hours);
            let mut channels: Vec<Value> = service
                .locations
                .iter()
                .map(|location| {
                    json!({
                        "@type": "ServiceChannel",
                        "serviceLocation": place(location),
                        "servicePhone": contact,
                        "serviceUrl": web_address(&service.contacts.website),
                        "availableLanguage": service.languages_spoken,
                    })
                })
                .collect();
            if channels.is_empty() && (!contact.is_null() || web_address(&service.contacts.website).is_some()) {
                channels.push(json!({
                    "@type": "ServiceChannel",
                    "servicePhone": contact,
                    "serviceUrl": web_address(&service.contacts.website),
                    "availableLanguage": service.languages_spoken,
                }));
            }
            json!({
                "@context": "https://schema.org",
                "@type": "Service",
                "name": text("name"),
                "description": text("description"),
                "provider": { "@type": "Organization", "name": service.organization, "contactPoint": contact },
                "availableChannel": channels,
                "hoursAvailable": hours,
                "termsOfService": non_empty(&text("eligibility")),
                "offers": offer(&service.cost, &text("cost.fee")),
            })
        }
        Item::Event(event) => {
            let mut ld = json!({
                "@context": "https://schema.org",
                "@type": "Event",
                "name": text("title"),
                "description": text("description"),
                "inLanguage": language,
                "eventStatus": if event.cancelled { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
                "eventAttendanceMode": match (&event.place, web_address(&event.online_link).is_none()) {
                    (Some(_), false) => "https://schema.org/MixedEventAttendanceMode",
                    (None, false) => "https://schema.org/OnlineEventAttendanceMode",
                    _ => "https://schema.org/OfflineEventAttendanceMode",
                },
                "location": match &event.place {
                    Some(location) => place(location),
                    None => json!({ "@type": "VirtualLocation", "url": web_address(&event.online_link) }),
                },
                "organizer": { "@type": "Organization", "name": event.organizer },
                "isAccessibleForFree": event.cost.free,
                "offers": offer(&event.cost, &text("cost.fee")),
            });
            // Dates that do not check (published before they were checked)
            // are left out rather than given without their offset.
            if let Ok(checked) = recurrence::check(event, time_zone) {
                match &checked.rrule {
                    // schema.org: an event with a schedule has its dates there.
                    Some(_) => ld["eventSchedule"] = event_schedule(&checked, time_zone),
                    None => {
                        ld["startDate"] = json!(with_offset(&checked, checked.start));
                        ld["endDate"] = json!(with_offset(&checked, checked.end));
                    }
                }
            }
            ld
        }
        Item::Article(_) => json!({
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": text("title"),
            "inLanguage": language,
        }),
    };
    without_empty(ld)
}

/// A local time as RFC 3339 with the city's UTC offset on that day.
fn with_offset(checked: &CheckedEvent, local: NaiveDateTime) -> String {
    recurrence::resolve_local(checked.tz, local).to_rfc3339()
}

/// A recurring event's Schedule: how often, on which days, from when to
/// when, at what local time in which zone, and the dates left out.
fn event_schedule(checked: &CheckedEvent, time_zone: &str) -> Value {
    let rule = checked.rrule.as_ref().expect("a recurring event").rule();
    let unit = match rule.get_freq() {
        Frequency::Yearly => "Y",
        Frequency::Monthly => "M",
        Frequency::Weekly => "W",
        _ => "D",
    };
    let days: Vec<Value> = rule
        .get_by_weekday()
        .iter()
        .map(|day| match day {
            NWeekday::Every(day) => json!(format!("https://schema.org/{}", day_name(*day))),
            // The nth weekday of the month, in iCalendar's own syntax, which byDay accepts.
            NWeekday::Nth(n, day) => json!(format!("{n}{}", day.to_string().to_uppercase().get(..2).unwrap_or_default())),
        })
        .collect();
    let end_date = match (rule.get_until(), rule.get_count()) {
        (Some(until), _) => Some(until.with_timezone(&checked.tz).date_naive().to_string()),
        _ => None,
    };
    let minutes = (checked.end - checked.start).num_minutes();
    json!({
        "@type": "Schedule",
        "repeatFrequency": format!("P{}{unit}", rule.get_interval()),
        "byDay": days,
        "byMonthDay": rule.get_by_month_day(),
        "byMonth": rule.get_by_month(),
        "repeatCount": rule.get_count(),
        "startDate": checked.start.date().to_string(),
        "endDate": end_date,
        "startTime": checked.start.time().format("%H:%M").to_string(),
        "endTime": checked.end.time().format("%H:%M").to_string(),
        "duration": (minutes > 0).then(|| format!("PT{}H{}M", minutes / 60, minutes % 60)),
        "scheduleTimezone": time_zone,
        "exceptDate": checked.exdates.iter().map(|date| with_offset(checked, *date)).collect::<Vec<_>>(),
    })
}

/// A service's weekly hours, and the dates it is closed on (opening and
/// closing at midnight, as schema.org says a closed day is given).
fn opening_hours(schedules: &[Schedule]) -> Vec<Value> {
    let mut hours = Vec::new();
    for schedule in schedules {
        let Some(days) = weekly_days(&schedule.rrule) else { continue };
        hours.push(json!({
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days.iter().map(|day| format!("https://schema.org/{}", day_name(*day))).collect::<Vec<_>>(),
            "opens": schedule.opens_at,
            "closes": schedule.closes_at,
            "validFrom": schedule.valid_from.as_deref().filter(|date| is_date(date)),
            "validThrough": schedule.valid_to.as_deref().filter(|date| is_date(date)),
        }));
        for closed in schedule.closed_dates.iter().filter(|date| is_date(date)) {
            hours.push(json!({
                "@type": "OpeningHoursSpecification",
                "opens": "00:00",
                "closes": "00:00",
                "validFrom": closed,
                "validThrough": closed,
            }));
        }
    }
    hours
}

/// The days of a schedule that repeats every week (every day for a daily
/// one); `None` for other rules ("the first Monday"), which opening hours
/// cannot say.
fn weekly_days(rrule: &str) -> Option<Vec<Weekday>> {
    let rule = recurrence::parse_rrule(rrule).ok()?;
    let rule = rule.rule();
    if rule.get_interval() != 1 {
        return None;
    }
    let every = |days: &[NWeekday]| days.iter().map(|day| if let NWeekday::Every(day) = day { Some(*day) } else { None }).collect();
    match rule.get_freq() {
        Frequency::Daily if rule.get_by_weekday().is_empty() => {
            Some([Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun].to_vec())
        }
        Frequency::Daily | Frequency::Weekly if !rule.get_by_weekday().is_empty() => every(rule.get_by_weekday()),
        _ => None,
    }
}

fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// How to reach the service's people: its phone (the first that parses),
/// e-mail, languages and hours; `null` with neither phone nor e-mail.
fn contact_point(service: &Service, hours: &[Value]) -> Value {
    let telephone = service.contacts.phones.iter().find(|phone| PhoneNumber::parse(phone).is_ok());
    let email = EmailAddress::parse(&service.contacts.email).ok().map(|_| service.contacts.email.as_str());
    if telephone.is_none() && email.is_none() {
        return Value::Null;
    }
    json!({
        "@type": "ContactPoint",
        "telephone": telephone,
        "email": email,
        "availableLanguage": service.languages_spoken,
        "hoursAvailable": hours,
    })
}

/// What it costs: nothing, or the fee as the page says it.
fn offer(cost: &Cost, fee: &str) -> Value {
    match (cost.free, non_empty(fee)) {
        (true, _) => json!({ "@type": "Offer", "price": 0 }),
        (false, Some(fee)) => json!({ "@type": "Offer", "description": fee }),
        (false, None) => Value::Null,
    }
}

fn place(location: &Location) -> Value {
    let geo = match (location.latitude, location.longitude) {
        (Some(latitude), Some(longitude)) => json!({ "@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude }),
        _ => Value::Null,
    };
    json!({
        "@type": "Place",
        "name": location.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.address.street,
            "postalCode": location.address.postal_code,
            "addressLocality": location.address.locality,
            "addressRegion": non_empty(&location.address.region),
            "addressCountry": location.address.country,
        },
        "geo": geo,
    })
}

fn is_date(value: &str) -> bool {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok()
}

fn non_empty(text: &str) -> Option<&str> {
    (!text.trim().is_empty()).then_some(text)
}

/// `value` if it is an http(s) address with a host.
fn web_address(value: &str) -> Option<&str> {
    WebAddress::parse(value).is_ok().then_some(value)
}

/// Without the nulls, empty strings and empty lists left by what an item
/// does not have: a property is given a value or not given.
fn without_empty(value: Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object
                .into_iter()
                .map(|(key, value)| (key, without_empty(value)))
                .filter(|(_, value)| !matches!(value, Value::Null) && value != "" && value != &json!([]))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_empty).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Event, Service};

    use super::*;

    fn service(website: &str, phones: &[&str]) -> Item {
        let mut service: Service = serde_json::from_str(include_str!("../../../../tests/fixtures/content/service.json")).unwrap();
        service.contacts.website = website.into();
        service.contacts.phones = phones.iter().map(|phone| phone.to_string()).collect();
        Item::Service(service)
    }

    fn event() -> Event {
        serde_json::from_str(include_str!("../../../../tests/fixtures/content/event.json")).unwrap()
    }

    fn online_event(link: &str) -> Item {
        let mut event = event();
        event.place = None;
        event.online_link = link.into();
        Item::Event(event)
    }

    const ZONE: &str = "Europe/Brussels";

    /// Items published before publishing checked addresses may hold any
    /// value: only http(s) addresses with a host and real phone numbers
    /// reach the JSON-LD.
    #[test]
    fn only_working_addresses_reach_the_json_ld() {
        let text = |_: &str| String::new();
        let cases = [
            ("https://example.org/accueil", json!("https://example.org/accueil")),
            ("javascript:alert(1)", Value::Null),
            ("https://", Value::Null),
            ("", Value::Null),
        ];
        for (website, expected) in cases {
            let ld = json_ld(&service(website, &["call us", "+32 4 123 45 67"]), "fr", ZONE, text);
            assert_eq!(ld["availableChannel"][0]["serviceUrl"], expected, "{website}");
            assert_eq!(ld["availableChannel"][0]["servicePhone"]["telephone"], "+32 4 123 45 67");
        }
        for (link, expected, mode) in [
            ("https://meet.example.org/x", json!("https://meet.example.org/x"), "https://schema.org/OnlineEventAttendanceMode"),
            ("javascript:alert(1)", Value::Null, "https://schema.org/OfflineEventAttendanceMode"),
        ] {
            let ld = json_ld(&online_event(link), "fr", ZONE, text);
            assert_eq!(ld["location"]["url"], expected, "{link}");
            assert_eq!(ld["eventAttendanceMode"], mode, "{link}");
        }
    }

    #[test]
    fn a_service_has_its_hours_and_a_contact_point() {
        let ld = json_ld(&service("https://example.org/", &["+32 4 123 45 67"]), "fr", ZONE, |_| String::new());
        let weekly = json!({
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Wednesday", "https://schema.org/Friday"],
            "opens": "09:00", "closes": "13:00", "validFrom": "2026-01-01",
        });
        let christmas = json!({
            "@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00", "validFrom": "2026-12-25", "validThrough": "2026-12-25",
        });
        assert_eq!(ld["hoursAvailable"], json!([weekly, christmas]));
        assert_eq!(ld["provider"]["contactPoint"]["hoursAvailable"], ld["hoursAvailable"]);
        assert_eq!(ld["provider"]["contactPoint"]["email"], "accueil@example.org");
        assert_eq!(ld["offers"], json!({ "@type": "Offer", "price": 0 }));
        assert!(ld.get("inLanguage").is_none() && ld.get("isAccessibleForFree").is_none(), "not properties of a Service: {ld}");
    }

    #[test]
    fn a_single_event_has_offset_dates_and_a_weekly_one_its_schedule() {
        let mut single = event();
        single.rrule = None;
        let ld = json_ld(&Item::Event(single), "fr", ZONE, |_| String::new());
        assert_eq!((&ld["startDate"], &ld["endDate"]), (&json!("2026-10-20T18:00:00+02:00"), &json!("2026-10-20T20:00:00+02:00")));
        assert!(ld.get("eventSchedule").is_none());

        let ld = json_ld(&Item::Event(event()), "fr", ZONE, |_| String::new());
        assert!(ld.get("startDate").is_none(), "a recurring event's dates are in its schedule: {ld}");
        assert_eq!(
            ld["eventSchedule"],
            json!({
                "@type": "Schedule",
                "repeatFrequency": "P1W",
                "byDay": ["https://schema.org/Tuesday"],
                "startDate": "2026-10-20",
                "endDate": "2026-12-23",
                "startTime": "18:00",
                "endTime": "20:00",
                "duration": "PT2H0M",
                "scheduleTimezone": ZONE,
                "exceptDate": ["2026-11-10T18:00:00+01:00"],
            })
        );
    }
}
