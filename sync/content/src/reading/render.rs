//! Renders a pinned item in one language. Pure: no I/O.

use std::collections::BTreeMap;

use crate::model::{Article, City, Event, Service, Translation};
use crate::text_fields;
use serde_json::{Value, json};

/// A published item, hydrated at its pinned heads.
#[derive(Debug, Clone)]
pub enum Item {
    Service(Service),
    Article(Article),
    Event(Event),
}

impl Item {
    pub fn kind(&self) -> &'static str {
        match self {
            Item::Service(_) => "service",
            Item::Article(_) => "article",
            Item::Event(_) => "event",
        }
    }

    fn source_language(&self) -> &str {
        match self {
            Item::Service(service) => &service.source_language,
            Item::Article(article) => &article.source_language,
            Item::Event(event) => &event.source_language,
        }
    }

    /// The item in the content model's JSON form.
    pub fn to_json(&self) -> Value {
        let value = match self {
            Item::Service(service) => serde_json::to_value(service),
            Item::Article(article) => serde_json::to_value(article),
            Item::Event(event) => serde_json::to_value(event),
        };
        value.expect("the model serializes")
    }
}

/// The languages to try for `language`, in order: itself, its fallback,
/// that one's fallback, ..., ending with the city's source language.
/// `None` if the city does not offer `language`.
pub fn fallback_chain(city: &City, language: &str) -> Option<Vec<String>> {
    let find = |tag: &str| city.languages.iter().find(|l| l.tag.eq_ignore_ascii_case(tag));
    let mut chain = vec![find(language)?.tag.clone()];
    while let Some(next) = find(chain.last().expect("non-empty")).and_then(|l| l.fallback.clone()) {
        if chain.iter().any(|seen| seen.eq_ignore_ascii_case(&next)) {
            break; // a loop in the tree: stop rather than spin
        }
        chain.push(next);
    }
    if !chain.iter().any(|tag| tag.eq_ignore_ascii_case(&city.source_language)) {
        chain.push(city.source_language.clone());
    }
    Some(chain)
}

/// The item in `language` (which must be in `chain[0]`), as readers get it.
pub fn render(doc_id: &str, item: &Item, translations: &BTreeMap<String, Translation>, chain: &[String], published_at: &str) -> Value {
    let source = item.source_language().to_string();
    let resolve = |key: &str, source_text: &str| -> Value {
        for language in chain {
            if language.eq_ignore_ascii_case(&source) {
                break;
            }
            let translated = translations
                .get(language)
                .and_then(|translation| translation.fields.get(key))
                .map(|text| text.as_str())
                .filter(|text| !text.trim().is_empty());
            if let Some(text) = translated {
                return json!({ "text": text, "lang": language });
            }
        }
        json!({ "text": source_text, "lang": source })
    };
    let mut body = item.to_json();
    let texts = text_fields::slots(item.kind(), &body);
    let mut replace = |pointer: &str, key: &str| {
        if let Some(slot) = body.pointer_mut(pointer) {
            let source_text = slot.as_str().unwrap_or_default().to_string();
            *slot = resolve(key, &source_text);
        }
    };
    for slot in texts {
        replace(&slot.pointer, &slot.key);
    }
    // Readers have no use for revision bookkeeping.
    if let Some(object) = body.as_object_mut() {
        object.remove("source_revision");
        object.remove("schema");
    }
    let json_ld = super::json_ld::json_ld(item, &chain[0], |field| body[field]["text"].as_str().unwrap_or_default().to_string());
    json!({
        "id": doc_id,
        "kind": item.kind(),
        "language": chain[0],
        "published_at": published_at,
        "item": body,
        "json_ld": json_ld,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CityLanguage, Direction};

    fn city() -> City {
        let language = |tag: &str, fallback: Option<&str>| CityLanguage {
            tag: tag.into(),
            fallback: fallback.map(Into::into),
            direction: Direction::Ltr,
        };
        City {
            schema: 1,
            slug: "liege".into(),
            name: "Liège".into(),
            time_zone: "Europe/Brussels".into(),
            source_language: "fr".into(),
            languages: vec![language("fr", None), language("en", Some("fr")), language("uk", Some("en")), language("ar", Some("fr"))],
            categories: vec![],
            volunteers_publish: true,
            sample: true,
        }
    }

    #[test]
    fn chains_follow_the_tree_to_the_source() {
        assert_eq!(fallback_chain(&city(), "uk").unwrap(), ["uk", "en", "fr"]);
        assert_eq!(fallback_chain(&city(), "fr").unwrap(), ["fr"]);
        assert_eq!(fallback_chain(&city(), "AR").unwrap(), ["ar", "fr"]);
        assert!(fallback_chain(&city(), "ti").is_none());
    }
}
