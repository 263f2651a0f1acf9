//! schema.org JSON-LD for an item, for the reader app to embed in the
//! item's page (`<script type="application/ld+json">`, data, not code):
//! Service (GovernmentService when a public body provides it is left to
//! editors for now), Event with its Place, Article.
//!
//! Addresses go in only when they parse ([`crate::addresses`]):
//! publishing refuses bad ones, but items published before it did may
//! still hold them, and the JSON-LD never carries a link that is not
//! http(s) with a host.

use crate::addresses::{PhoneNumber, WebAddress};
use crate::model::{Location, ServiceStatus};
use serde_json::{Value, json};

use super::render::Item;

/// JSON-LD for `item`, with `text(path)` giving the rendered text of a
/// field in the page's language.
pub fn json_ld(item: &Item, language: &str, text: impl Fn(&str) -> String) -> Value {
    match item {
        Item::Service(service) => json!({
            "@context": "https://schema.org",
            "@type": "Service",
            "name": text("name"),
            "description": text("description"),
            "inLanguage": language,
            "provider": { "@type": "Organization", "name": service.organization },
            "isAccessibleForFree": service.cost.free,
            "availableLanguage": service.languages_spoken,
            "availableChannel": service.locations.iter().map(|location| json!({
                "@type": "ServiceChannel",
                "serviceLocation": place(location),
                "servicePhone": service.contacts.phones.iter().find(|phone| PhoneNumber::parse(phone).is_ok()),
                "serviceUrl": web_address(&service.contacts.website),
            })).collect::<Vec<_>>(),
            "termsOfService": text("eligibility"),
            "serviceOutput": if service.status == ServiceStatus::Active { Value::Null } else { json!(format!("{:?}", service.status)) },
        }),
        Item::Event(event) => json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "name": text("title"),
            "description": text("description"),
            "inLanguage": language,
            "startDate": event.start,
            "endDate": event.end,
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
        }),
        Item::Article(_) => json!({
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": text("title"),
            "inLanguage": language,
        }),
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

fn non_empty(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// `value` if it is an http(s) address with a host.
fn web_address(value: &str) -> Option<&str> {
    WebAddress::parse(value).is_ok().then_some(value)
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

    fn online_event(link: &str) -> Item {
        let mut event: Event = serde_json::from_str(include_str!("../../../../tests/fixtures/content/event.json")).unwrap();
        event.place = None;
        event.online_link = link.into();
        Item::Event(event)
    }

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
            let ld = json_ld(&service(website, &["call us", "+32 4 123 45 67"]), "fr", text);
            assert_eq!(ld["availableChannel"][0]["serviceUrl"], expected, "{website}");
            assert_eq!(ld["availableChannel"][0]["servicePhone"], "+32 4 123 45 67");
        }
        for (link, expected, mode) in [
            ("https://meet.example.org/x", json!("https://meet.example.org/x"), "https://schema.org/OnlineEventAttendanceMode"),
            ("javascript:alert(1)", Value::Null, "https://schema.org/OfflineEventAttendanceMode"),
        ] {
            let ld = json_ld(&online_event(link), "fr", text);
            assert_eq!(ld["location"]["url"], expected, "{link}");
            assert_eq!(ld["eventAttendanceMode"], mode, "{link}");
        }
    }
}
