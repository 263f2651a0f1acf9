//! The JSON-LD of every demo item and published archive entry, in every
//! language of each demo city, validates against the schema.org
//! vocabulary's published graph (`hospes_tests::schema_org`; issue 17,
//! finding 13): types exist, properties are in their domains, values in
//! their ranges.

use hospes_tests::schema_org::Vocabulary;
use hospes_tests::{ServerProcess, server};
use serde_json::{Value, json};

async fn get(hospes: &ServerProcess, path: &str) -> Value {
    let response = reqwest::get(hospes.http_url(path)).await.unwrap();
    assert!(response.status().is_success(), "{path}: {}", response.status());
    response.json().await.unwrap()
}

#[tokio::test]
async fn every_demo_items_json_ld_is_valid_schema_org() {
    let vocabulary = Vocabulary::load();
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &["--demo"]).await;
    let mut problems = Vec::new();
    let mut checked = std::collections::BTreeMap::<String, usize>::new();
    let cities = get(&hospes, "/api/v1/cities").await;
    for city in cities.as_array().expect("cities") {
        let slug = city["slug"].as_str().unwrap();
        let info = get(&hospes, &format!("/api/v1/cities/{slug}")).await;
        let languages: Vec<&str> = info["languages"].as_array().expect("languages").iter().map(|l| l["tag"].as_str().unwrap()).collect();
        for language in languages {
            let bundle = get(&hospes, &format!("/api/v1/cities/{slug}/{language}/bundle")).await;
            let items = bundle["items"].as_array().unwrap().iter().map(|item| (item["kind"].as_str().unwrap(), item));
            let entries = bundle["archive"].as_array().into_iter().flatten().map(|entry| ("archive entry", entry));
            for (kind, item) in items.chain(entries) {
                *checked.entry(kind.to_string()).or_default() += 1;
                for problem in vocabulary.problems(&item["json_ld"]) {
                    problems.push(format!("{slug}/{language} {kind} {}: {problem}", item["id"]));
                }
            }
        }
    }
    assert!(problems.is_empty(), "not valid schema.org {}:\n{}", vocabulary.release, problems.join("\n"));
    for kind in ["service", "event", "article", "archive entry"] {
        assert!(checked.get(kind).is_some_and(|n| *n > 0), "the demo has a published {kind}: {checked:?}");
    }
    // The demo's services have hours and its weekly events a schedule.
    let bundle = get(&hospes, "/api/v1/cities/sample-city/fr/bundle").await;
    let lds: Vec<&Value> = bundle["items"].as_array().unwrap().iter().map(|item| &item["json_ld"]).collect();
    assert!(lds.iter().any(|ld| ld["hoursAvailable"][0]["dayOfWeek"].is_array()), "services with hours");
    assert!(lds.iter().any(|ld| ld["eventSchedule"]["repeatFrequency"] == "P1W"), "a weekly event");
}

/// The validator is not a sieve: what the server rendered before (issue 17,
/// finding 13) is refused, each for its reason.
#[test]
fn the_json_ld_of_before_fails_for_each_of_its_faults() {
    let vocabulary = Vocabulary::load();
    let before = json!({
        "@context": "https://schema.org",
        "@type": "Service",
        "name": "Permanence juridique",
        "inLanguage": "fr",
        "isAccessibleForFree": true,
        "availableLanguage": ["fr", "ar"],
        "availableChannel": [{ "@type": "ServiceChannel", "servicePhone": "+32 4 123 45 67" }],
        "serviceOutput": "TemporarilyClosed",
        "provider": { "@type": "Organisation", "name": "Maison" },
    });
    let problems = vocabulary.problems(&before).join("\n");
    for fault in [
        "/inLanguage: inLanguage is not a property of Service",
        "/isAccessibleForFree: isAccessibleForFree is not a property of Service",
        "/availableLanguage: availableLanguage is not a property of Service",
        "/availableChannel[0]/servicePhone: \"+32 4 123 45 67\" is none of",
        "/serviceOutput: \"TemporarilyClosed\" is none of",
        "/provider: Organisation is not a schema.org type",
    ] {
        assert!(problems.contains(fault), "{fault:?} in:\n{problems}");
    }
    let event = json!({ "@context": "https://schema.org", "@type": "Event", "name": "Café", "startDate": "2026-10-20T18:00",
                        "eventStatus": "https://schema.org/Tuesday" });
    let problems = vocabulary.problems(&event).join("\n");
    assert!(problems.contains("/startDate: \"2026-10-20T18:00\" is none of"), "a date-time without its offset:\n{problems}");
    assert!(problems.contains("/eventStatus: \"https://schema.org/Tuesday\" is none of"), "a member of another enumeration:\n{problems}");
    let good = json!({ "@context": "https://schema.org", "@type": "Event", "name": "Café", "startDate": "2026-10-20T18:00:00+02:00",
                       "eventStatus": "https://schema.org/EventScheduled", "location": { "@type": "Place", "name": "Bibliothèque" } });
    assert_eq!(vocabulary.problems(&good), Vec::<String>::new());
}
