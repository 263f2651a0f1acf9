//! What publishing refuses: values that would break a reader's page or
//! lead readers off the site, checked on the version about to be pinned.
//!
//! - Web addresses (`contacts.website`, an event's `online_link` and
//!   `registration_link`), e-mail addresses (`contacts.email`) and phone
//!   numbers (`contacts.phones[i]`) must parse as [`super::addresses`]
//!   says; an empty website, e-mail or link is "none" and fine.
//! - Every link in a Markdown field (an article's `body`, in the item and
//!   in each translation) must go where [`LinkTarget`] allows.
//! - Every RRULE (`schedules[i].rrule`, an event's `rrule`) must pass
//!   [`recurrence::parse_rrule`], which also bounds its parts; an empty
//!   schedule rule is "no days yet".
//!
//! Every problem is returned, each named by its field as the model names
//! it; a translation's field is `translations.<language>.<field>`.
//! Messages quote the value (for the editor who wrote it), so they are
//! never logged.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use super::addresses::{EmailAddress, LinkTarget, PhoneNumber, Refusal, WebAddress};
use super::markdown_links;
use super::model::{Article, Event, Service, Translation};
use super::recurrence::{self, RecurrenceError};

/// Which rule a value breaks; stable, for clients to say it in their
/// language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    WebAddress,
    Email,
    Phone,
    Link,
    Rrule,
}

/// One value publishing refuses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// The field as the model names it: `contacts.website`,
    /// `contacts.phones[1]`, `schedules[2].rrule`, `body`,
    /// `translations.ar.body`.
    pub field: String,
    pub rule: Rule,
    /// What is wrong, for the person who wrote it (without the field).
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Every problem of an item about to be published; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn first(&self) -> &Problem {
        &self.0[0]
    }

    pub fn all(&self) -> &[Problem] {
        &self.0
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.first())?;
        match self.0.len() {
            1 => Ok(()),
            n => write!(f, " (and {} more)", n - 1),
        }
    }
}

/// An item kind that is published.
pub trait Publishable {
    /// The fields written in the Markdown subset, in the item and in its
    /// translations.
    const MARKDOWN_FIELDS: &'static [&'static str];

    /// The problems of the item's own fields.
    fn problems(&self) -> Vec<Problem>;
}

/// Checks `item` and its translations (by language) before they are
/// pinned: `Err` with every problem if anything is refused.
pub fn check<T: Publishable>(item: &T, translations: &BTreeMap<String, Translation>) -> Result<(), Problems> {
    let mut problems = item.problems();
    for (language, translation) in translations {
        for field in T::MARKDOWN_FIELDS {
            if let Some(text) = translation.fields.get(*field) {
                problems.extend(markdown(&format!("translations.{language}.{field}"), text.as_str()));
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(Problems(problems)) }
}

impl Publishable for Service {
    const MARKDOWN_FIELDS: &'static [&'static str] = &[];

    fn problems(&self) -> Vec<Problem> {
        let contacts = &self.contacts;
        let mut problems = Vec::new();
        problems.extend(optional("contacts.website", &contacts.website, web_address));
        problems.extend(optional("contacts.email", &contacts.email, email));
        for (index, phone) in contacts.phones.iter().enumerate() {
            problems.extend(refused(&format!("contacts.phones[{index}]"), phone, Rule::Phone, PhoneNumber::parse(phone), "a phone number"));
        }
        for (index, schedule) in self.schedules.iter().enumerate() {
            if !schedule.rrule.trim().is_empty() {
                problems.extend(rrule(&schedule.rrule, &format!("schedules[{index}].")));
            }
        }
        problems
    }
}

impl Publishable for Article {
    const MARKDOWN_FIELDS: &'static [&'static str] = &["body"];

    fn problems(&self) -> Vec<Problem> {
        markdown("body", self.body.as_str())
    }
}

impl Publishable for Event {
    const MARKDOWN_FIELDS: &'static [&'static str] = &[];

    fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        problems.extend(optional("online_link", &self.online_link, web_address));
        problems.extend(optional("registration_link", &self.registration_link, web_address));
        if let Some(value) = self.rrule.as_deref().filter(|value| !value.trim().is_empty()) {
            problems.extend(rrule(value, ""));
        }
        problems
    }
}

fn web_address(field: &str, value: &str) -> Option<Problem> {
    refused(field, value, Rule::WebAddress, WebAddress::parse(value), "a web address readers can open")
}

fn email(field: &str, value: &str) -> Option<Problem> {
    refused(field, value, Rule::Email, EmailAddress::parse(value), "an e-mail address")
}

/// A value that may be left empty.
fn optional(field: &str, value: &str, check: fn(&str, &str) -> Option<Problem>) -> Option<Problem> {
    if value.is_empty() { None } else { check(field, value) }
}

fn refused<T>(field: &str, value: &str, rule: Rule, parsed: Result<T, Refusal>, what: &str) -> Option<Problem> {
    let refusal = parsed.err()?;
    Some(Problem { field: field.to_string(), rule, message: format!("{} is not {what}: {refusal}", quoted(value)) })
}

fn markdown(field: &str, text: &str) -> Vec<Problem> {
    markdown_links::links(text)
        .into_iter()
        .filter_map(|link| {
            let refusal = LinkTarget::parse(link.target).err()?;
            Some(Problem {
                field: field.to_string(),
                rule: Rule::Link,
                message: format!("the link “{}” to {} cannot be published: {refusal}", shortened(link.label), quoted(link.target)),
            })
        })
        .collect()
}

fn rrule(value: &str, prefix: &str) -> Option<Problem> {
    let RecurrenceError { field, message } = recurrence::parse_rrule(value).err()?.within(prefix);
    Some(Problem { field, rule: Rule::Rrule, message })
}

/// Longest stretch of a value quoted in a message.
const QUOTED_CHARS: usize = 80;

fn shortened(text: &str) -> String {
    match text.char_indices().nth(QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

fn quoted(value: &str) -> String {
    format!("`{}`", shortened(value))
}

#[cfg(test)]
mod tests {
    use autosurgeon::Text;

    use super::*;
    use crate::model::Schedule;

    fn service() -> Service {
        serde_json::from_str(include_str!("../../../tests/fixtures/content/service.json")).unwrap()
    }

    fn article() -> Article {
        serde_json::from_str(include_str!("../../../tests/fixtures/content/article.json")).unwrap()
    }

    fn event() -> Event {
        serde_json::from_str(include_str!("../../../tests/fixtures/content/event.json")).unwrap()
    }

    fn translation(language: &str, fields: &[(&str, &str)]) -> BTreeMap<String, Translation> {
        let mut translation: Translation = serde_json::from_str(include_str!("../../../tests/fixtures/content/translation.json")).unwrap();
        translation.language = language.into();
        translation.fields = fields.iter().map(|(key, text)| (key.to_string(), Text::with_value(*text))).collect();
        BTreeMap::from([(language.to_string(), translation)])
    }

    fn fields<T: Publishable>(item: &T, translations: &BTreeMap<String, Translation>) -> Vec<(String, Rule)> {
        match check(item, translations) {
            Ok(()) => Vec::new(),
            Err(problems) => problems.all().iter().map(|p| (p.field.clone(), p.rule)).collect(),
        }
    }

    /// A case: what it is, the change to a valid item, the problems expected.
    type Case<T> = (&'static str, fn(&mut T), &'static [(&'static str, Rule)]);

    /// A case: the body, the translation's fields, the fields refused.
    type LinkCase = (&'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);

    fn schedule(rrule: &str) -> Schedule {
        Schedule { rrule: rrule.into(), ..service().schedules[0].clone() }
    }

    #[test]
    fn the_fixtures_publish() {
        let none = BTreeMap::new();
        assert_eq!(fields(&service(), &none), []);
        assert_eq!(fields(&article(), &none), []);
        assert_eq!(fields(&event(), &none), []);
    }

    #[test]
    fn every_service_problem_is_named_by_its_field() {
        let cases: &[Case<Service>] = &[
            ("no host", |s| s.contacts.website = "https://".into(), &[("contacts.website", Rule::WebAddress)]),
            ("script", |s| s.contacts.website = "javascript:alert(1)".into(), &[("contacts.website", Rule::WebAddress)]),
            ("userinfo", |s| s.contacts.website = "https://city.example@evil.example".into(), &[("contacts.website", Rule::WebAddress)]),
            ("no website", |s| s.contacts.website = String::new(), &[]),
            ("no email", |s| s.contacts.email = String::new(), &[]),
            ("email", |s| s.contacts.email = "accueil at example.org".into(), &[("contacts.email", Rule::Email)]),
            ("phones", |s| s.contacts.phones = vec!["+32 4 123 45 67".into(), "call us".into()], &[("contacts.phones[1]", Rule::Phone)]),
            ("empty phone", |s| s.contacts.phones = vec![String::new()], &[("contacts.phones[0]", Rule::Phone)]),
            (
                "huge interval",
                |s| s.schedules = vec![schedule("FREQ=WEEKLY;BYDAY=MO"), schedule("FREQ=WEEKLY;INTERVAL=4294967295")],
                &[("schedules[1].rrule", Rule::Rrule)],
            ),
            ("hourly", |s| s.schedules = vec![schedule("FREQ=HOURLY")], &[("schedules[0].rrule", Rule::Rrule)]),
            ("no days yet", |s| s.schedules = vec![schedule("")], &[]),
            (
                "all at once",
                |s| {
                    s.contacts.website = "https://".into();
                    s.contacts.email = "x".into();
                    s.contacts.phones = vec!["x".into()];
                },
                &[("contacts.website", Rule::WebAddress), ("contacts.email", Rule::Email), ("contacts.phones[0]", Rule::Phone)],
            ),
        ];
        for (name, change, expected) in cases {
            let mut item = service();
            change(&mut item);
            let expected: Vec<(String, Rule)> = expected.iter().map(|(f, r)| (f.to_string(), *r)).collect();
            assert_eq!(fields(&item, &BTreeMap::new()), expected, "{name}");
        }
    }

    #[test]
    fn every_event_problem_is_named_by_its_field() {
        let cases: &[Case<Event>] = &[
            ("online", |e| e.online_link = "javascript:alert(1)".into(), &[("online_link", Rule::WebAddress)]),
            ("registration", |e| e.registration_link = "https://".into(), &[("registration_link", Rule::WebAddress)]),
            (
                "links",
                |e| {
                    e.online_link = "https://meet.example.org/cafe".into();
                    e.registration_link = "https://example.org/register".into();
                },
                &[],
            ),
            ("huge interval", |e| e.rrule = Some("FREQ=WEEKLY;INTERVAL=4294967295".into()), &[("rrule", Rule::Rrule)]),
            ("no rule", |e| e.rrule = None, &[]),
            ("empty rule", |e| e.rrule = Some(String::new()), &[]),
        ];
        for (name, change, expected) in cases {
            let mut item = event();
            change(&mut item);
            let expected: Vec<(String, Rule)> = expected.iter().map(|(f, r)| (f.to_string(), *r)).collect();
            assert_eq!(fields(&item, &BTreeMap::new()), expected, "{name}");
        }
    }

    #[test]
    fn markdown_links_in_articles_and_their_translations() {
        let cases: &[LinkCase] = &[
            ("[x](/\\evil.example/x)", &[], &["body"]),
            ("[guide](/guide/liege/fr) [office](https://example.org) [mail](mailto:a@example.org) [call](tel:+3241234567)", &[], &[]),
            ("[a](//evil.example) and [b](javascript:alert(1))", &[], &["body", "body"]),
            ("fine", &[("body", "[x](/\\evil.example/x)")], &["translations.ar.body"]),
            ("fine", &[("title", "[x](javascript:alert(1))")], &[]),
            ("[x](relative)", &[("body", "[y](data:text/html,x)")], &["body", "translations.ar.body"]),
        ];
        for (body, translated, expected) in cases {
            let item = Article { body: Text::with_value(*body), ..article() };
            let translations = translation("ar", translated);
            let found: Vec<String> = fields(&item, &translations).into_iter().map(|(field, _)| field).collect();
            assert_eq!(found, *expected, "{body:?} / {translated:?}");
        }
    }

    #[test]
    fn messages_name_the_field_the_value_and_the_link_text() {
        let mut item = service();
        item.contacts.website = "https://".into();
        let problems = check(&item, &BTreeMap::new()).unwrap_err();
        assert_eq!(
            problems.to_string(),
            "contacts.website: `https://` is not a web address readers can open: it names no site after https://"
        );

        let item = Article { body: Text::with_value("Read [the rules](/\\evil.example/x)."), ..article() };
        let problems = check(&item, &BTreeMap::new()).unwrap_err();
        let message = &problems.first().message;
        assert!(message.contains("“the rules”") && message.contains("`/\\evil.example/x`") && message.contains("backslash"), "{message}");
    }

    #[test]
    fn an_item_with_many_problems_says_how_many_more() {
        let mut item = service();
        item.contacts.phones = vec!["a".into(), "b".into(), "c".into()];
        let problems = check(&item, &BTreeMap::new()).unwrap_err();
        assert!(problems.to_string().ends_with("(and 2 more)"), "{problems}");
    }

    #[test]
    fn quoted_values_are_cut_short() {
        let long = format!("https://{}", "a".repeat(300));
        let mut item = service();
        item.contacts.website = long;
        let problems = check(&item, &BTreeMap::new()).unwrap_err();
        assert!(problems.first().message.chars().count() < 200, "{}", problems.first().message);
    }
}
