//! schema.org JSON-LD for an item, for the reader app to embed in the
//! item's page (`<script type="application/ld+json">`, data, not code):
//! Service (GovernmentService when a public body provides it is left to
//! editors for now), Event with its Place, Article.

use hospes_sync::content::model::{Location, ServiceStatus};
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
                "servicePhone": service.contacts.phones.first(),
                "serviceUrl": non_empty(&service.contacts.website),
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
            "eventAttendanceMode": match (&event.place, event.online_link.is_empty()) {
                (Some(_), false) => "https://schema.org/MixedEventAttendanceMode",
                (None, false) => "https://schema.org/OnlineEventAttendanceMode",
                _ => "https://schema.org/OfflineEventAttendanceMode",
            },
            "location": match &event.place {
                Some(location) => place(location),
                None => json!({ "@type": "VirtualLocation", "url": event.online_link }),
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
