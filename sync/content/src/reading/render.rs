//! Renders a pinned item in one language. Pure: no I/O.

use std::collections::BTreeMap;

use crate::model::{Article, City, Event, Service, Translation};
use crate::text_fields;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// The model's fields readers never get: revision bookkeeping.
pub const NOT_FOR_READERS: &[&str] = &["source_revision", "schema"];

/// A text as readers get it, in the language it really is in: the
/// reader's, or one of its fallbacks where the translation is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LocalizedText {
    pub text: String,
    pub lang: String,
}

/// A published item rendered in one language: what the item API, the
/// bundle, search and the events API carry.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RenderedItem {
    pub id: String,
    #[serde(flatten)]
    pub body: RenderedBody,
    /// The language rendered (the reader's, in the city's spelling).
    pub language: String,
    pub published_at: String,
    /// schema.org data for the item's page.
    #[ts(type = "unknown")]
    pub json_ld: Value,
}

/// The item's kind and its content-model JSON with every text field a
/// [`LocalizedText`]. Its TypeScript types (`ReaderService`, ...) are
/// written from the model and the text-field table, as the renderer works.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", content = "item", rename_all = "lowercase")]
pub enum RenderedBody {
    Service(#[ts(type = "ReaderService")] Value),
    Article(#[ts(type = "ReaderArticle")] Value),
    Event(#[ts(type = "ReaderEvent")] Value),
}

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
pub fn render(
    doc_id: &str,
    item: &Item,
    translations: &BTreeMap<String, Translation>,
    chain: &[String],
    time_zone: &str,
    published_at: &str,
) -> RenderedItem {
    let source = item.source_language().to_string();
    let resolve = |key: &str, source_text: &str| -> LocalizedText {
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
                return LocalizedText { text: text.to_string(), lang: language.clone() };
            }
        }
        LocalizedText { text: source_text.to_string(), lang: source.clone() }
    };
    let mut body = item.to_json();
    let texts = text_fields::slots(item.kind(), &body);
    let mut replace = |pointer: &str, key: &str| {
        if let Some(slot) = body.pointer_mut(pointer) {
            let source_text = slot.as_str().unwrap_or_default().to_string();
            *slot = serde_json::to_value(resolve(key, &source_text)).expect("text serializes");
        }
    };
    for slot in texts {
        replace(&slot.pointer, &slot.key);
    }
    if let Some(object) = body.as_object_mut() {
        for field in NOT_FOR_READERS {
            object.remove(*field);
        }
    }
    // A rendered text by its path of fields (`cost.fee`).
    let text = |path: &str| path.split('.').fold(&body, |value, key| &value[key])["text"].as_str().unwrap_or_default().to_string();
    let json_ld = super::json_ld::json_ld(item, &chain[0], time_zone, text);
    let body = match item {
        Item::Service(_) => RenderedBody::Service(body),
        Item::Article(_) => RenderedBody::Article(body),
        Item::Event(_) => RenderedBody::Event(body),
    };
    RenderedItem { id: doc_id.to_string(), body, language: chain[0].clone(), published_at: published_at.to_string(), json_ld }
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
