//! The tables of a package: HSDS 3.0's, as its `datapackage.json`
//! declares them, and hospes' two extension resources.
//!
//! Export writes exactly these columns in this order and declares these
//! schemas in `datapackage.json`; import checks every cell against them.
//! The test suite compares [`HSDS`] with the standard's own
//! `datapackage.json`.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::{HsdsError, MAX_TEXT_BYTES, invalid};

/// A column's type, as Table Schema `type` + `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// `string`.
    Str,
    /// `string`, format `uuid`.
    Uuid,
    /// `string`, format `email`.
    Email,
    /// `string`, format `uri`.
    Uri,
    /// `number`.
    Number,
    /// `integer`.
    Integer,
    /// `boolean`, written `true` / `false`.
    Boolean,
    /// `date`: `YYYY-MM-DD`.
    Date,
    /// `time`: `HH:MM:SS`.
    Time,
    /// `datetime`: `YYYY-MM-DDTHH:MM:SS` and a zone.
    DateTime,
}

impl Type {
    /// Table Schema `type` and `format`.
    pub fn table_schema(self) -> (&'static str, Option<&'static str>) {
        match self {
            Type::Str => ("string", None),
            Type::Uuid => ("string", Some("uuid")),
            Type::Email => ("string", Some("email")),
            Type::Uri => ("string", Some("uri")),
            Type::Number => ("number", None),
            Type::Integer => ("integer", None),
            Type::Boolean => ("boolean", None),
            Type::Date => ("date", None),
            Type::Time => ("time", None),
            Type::DateTime => ("datetime", None),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    pub unique: bool,
    /// The allowed values; empty for any.
    pub allowed: &'static [&'static str],
}

const fn c(name: &'static str, ty: Type) -> Column {
    Column { name, ty, required: false, unique: false, allowed: &[] }
}

impl Column {
    const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    const fn unique(mut self) -> Self {
        self.unique = true;
        self
    }

    const fn one_of(mut self, allowed: &'static [&'static str]) -> Self {
        self.allowed = allowed;
        self
    }
}

/// One table of the package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resource {
    /// The resource name in `datapackage.json` (`service`).
    pub name: &'static str,
    /// Its file (`services.csv`).
    pub path: &'static str,
    pub columns: &'static [Column],
    pub primary_key: &'static [&'static str],
    /// `(column, resource)`: the column holds an `id` of that resource.
    pub foreign_keys: &'static [(&'static str, &'static str)],
}

impl Resource {
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|column| column.name == name)
    }
}

use Type::*;

/// The HSDS 3.0 tables, in the standard's order.
pub const HSDS: &[Resource] = &[
    Resource {
        name: "organization",
        path: "organizations.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("name", Str).required(),
            c("alternate_name", Str),
            c("description", Str).required(),
            c("email", Email),
            c("website", Uri),
            c("tax_status", Str),
            c("tax_id", Str),
            c("year_incorporated", Number),
            c("legal_status", Str),
            c("logo", Str),
            c("uri", Uri),
            c("parent_organization_id", Uuid),
        ],
        primary_key: &["id"],
        foreign_keys: &[],
    },
    Resource {
        name: "program",
        path: "programs.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("organization_id", Uuid).required().unique(),
            c("name", Str).required(),
            c("alternate_name", Str),
            c("description", Str).required(),
        ],
        primary_key: &["id"],
        foreign_keys: &[("organization_id", "organization")],
    },
    Resource {
        name: "service",
        path: "services.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("organization_id", Uuid).required(),
            c("program_id", Uuid),
            c("name", Str).required(),
            c("alternate_name", Str),
            c("description", Str),
            c("url", Uri),
            c("email", Email),
            c("status", Str).required().one_of(&["active", "inactive", "defunct", "temporarily closed"]),
            c("interpretation_services", Str),
            c("application_process", Str),
            c("fees_description", Str),
            c("wait_time", Str),
            c("fees", Str),
            c("accreditations", Str),
            c("eligibility_description", Str),
            c("minimum_age", Number),
            c("maximum_age", Number),
            c("assured_date", Date),
            c("assurer_email", Email),
            c("licenses", Str),
            c("alert", Str),
            c("last_modified", DateTime),
        ],
        primary_key: &["id"],
        foreign_keys: &[("organization_id", "organization"), ("program_id", "program")],
    },
    Resource {
        name: "attribute",
        path: "attributes.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("link_id", Uuid).required(),
            c("taxonomy_term_id", Uuid).required(),
            c("link_type", Str),
            c("link_entity", Str).required(),
            c("value", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("taxonomy_term_id", "taxonomy_term")],
    },
    Resource {
        name: "service_at_location",
        path: "service_at_location.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("service_id", Uuid).required(),
            c("location_id", Uuid).required(),
            c("description", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("service_id", "service"), ("location_id", "location")],
    },
    Resource {
        name: "location",
        path: "locations.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("location_type", Str).required().one_of(&["physical", "postal", "virtual"]),
            c("url", Uri),
            c("organization_id", Uuid),
            c("name", Str),
            c("alternate_name", Str),
            c("description", Str),
            c("transportation", Str),
            c("latitude", Number),
            c("longitude", Number),
            c("external_identifier", Str),
            c("external_identifier_type", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("organization_id", "organization")],
    },
    Resource {
        name: "phone",
        path: "phones.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("location_id", Uuid),
            c("service_id", Uuid),
            c("organization_id", Uuid),
            c("contact_id", Uuid),
            c("service_at_location_id", Uuid),
            c("number", Str).required(),
            c("extension", Number),
            c("type", Str),
            c("description", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[
            ("contact_id", "contact"),
            ("location_id", "location"),
            ("organization_id", "organization"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Resource {
        name: "contact",
        path: "contacts.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("organization_id", Uuid),
            c("service_id", Uuid),
            c("service_at_location_id", Uuid),
            c("location_id", Uuid),
            c("name", Str),
            c("title", Str),
            c("department", Str),
            c("email", Email),
        ],
        primary_key: &["id"],
        foreign_keys: &[
            ("location_id", "location"),
            ("organization_id", "organization"),
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
        ],
    },
    Resource {
        name: "address",
        path: "addresses.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("location_id", Uuid),
            c("attention", Str),
            c("address_1", Str).required(),
            c("address_2", Str),
            c("city", Str).required(),
            c("region", Str),
            c("state_province", Str).required(),
            c("postal_code", Str).required(),
            c("country", Str).required(),
            c("address_type", Str).required().one_of(&["physical", "postal", "virtual"]),
        ],
        primary_key: &["id"],
        foreign_keys: &[("location_id", "location")],
    },
    Resource {
        name: "schedule",
        path: "schedules.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("service_id", Uuid),
            c("location_id", Uuid),
            c("service_at_location_id", Uuid),
            c("valid_from", Date),
            c("valid_to", Date),
            c("dtstart", Date),
            c("timezone", Number),
            c("until", Date),
            c("count", Number),
            c("wkst", Str).one_of(&["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
            c("freq", Str).one_of(&["WEEKLY", "MONTHLY"]),
            c("interval", Number),
            c("byday", Str),
            c("byweekno", Str),
            c("bymonthday", Str),
            c("byyearday", Str),
            c("description", Str),
            c("opens_at", Time),
            c("closes_at", Time),
            c("schedule_link", Uri),
            c("attending_type", Str),
            c("notes", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("location_id", "location"), ("service_id", "service"), ("service_at_location_id", "service_at_location")],
    },
    Resource {
        name: "funding",
        path: "funding.csv",
        columns: &[c("id", Uuid).required().unique(), c("organization_id", Uuid), c("service_id", Uuid), c("source", Str)],
        primary_key: &["id"],
        foreign_keys: &[("organization_id", "organization"), ("service_id", "service")],
    },
    Resource {
        name: "service_area",
        path: "service_areas.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("service_id", Uuid),
            c("name", Str),
            c("description", Str),
            c("extent", Str),
            c("extent_type", Str),
            c("uri", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("service_id", "service")],
    },
    Resource {
        name: "required_document",
        path: "required_documents.csv",
        columns: &[c("id", Uuid).required().unique(), c("service_id", Uuid), c("document", Str), c("uri", Uri)],
        primary_key: &["id"],
        foreign_keys: &[("service_id", "service")],
    },
    Resource {
        name: "language",
        path: "languages.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("service_id", Uuid),
            c("location_id", Uuid),
            c("phone_id", Uuid),
            c("name", Str),
            c("code", Str),
            c("note", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("location_id", "location"), ("phone_id", "phone"), ("service_id", "service")],
    },
    Resource {
        name: "accessibility",
        path: "accessibility.csv",
        columns: &[c("id", Uuid).required().unique(), c("location_id", Uuid), c("description", Str), c("details", Str), c("url", Uri)],
        primary_key: &["id"],
        foreign_keys: &[("location_id", "location")],
    },
    Resource {
        name: "taxonomy_term",
        path: "taxonomy_terms.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("code", Str).unique(),
            c("name", Str).required(),
            c("description", Str).required(),
            c("parent_id", Uuid),
            c("taxonomy", Str),
            c("language", Str),
            c("taxonomy_id", Uuid),
            c("term_uri", Uri),
        ],
        primary_key: &["id"],
        foreign_keys: &[("taxonomy_id", "taxonomy")],
    },
    Resource {
        name: "metadata",
        path: "metadata.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("resource_id", Uuid).required(),
            c("resource_type", Str).required(),
            c("last_action_date", Date).required(),
            c("last_action_type", Str).required(),
            c("field_name", Str).required(),
            c("previous_value", Str).required(),
            c("replacement_value", Str).required(),
            c("updated_by", Str).required(),
        ],
        primary_key: &["id"],
        foreign_keys: &[],
    },
    Resource {
        name: "meta_table_description",
        path: "meta_table_descriptions.csv",
        columns: &[c("id", Uuid).required().unique(), c("name", Str), c("language", Str), c("character_set", Str)],
        primary_key: &["id"],
        foreign_keys: &[],
    },
    Resource {
        name: "cost_option",
        path: "cost_options.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("service_id", Uuid).required(),
            c("valid_from", Date),
            c("valid_to", Date),
            c("option", Str),
            c("currency", Str),
            c("amount", Number),
            c("amount_description", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[("service_id", "service")],
    },
    Resource {
        name: "organization_identifier",
        path: "organization_identifiers.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("organization_id", Uuid).required(),
            c("identifier_scheme", Str),
            c("identifier_type", Str).required(),
            c("identifier", Str).required(),
        ],
        primary_key: &["id"],
        foreign_keys: &[("organization_id", "organization")],
    },
    Resource {
        name: "taxonomy",
        path: "taxonomies.csv",
        columns: &[
            c("id", Uuid).required().unique(),
            c("name", Str).required(),
            c("description", Str).required(),
            c("uri", Uri),
            c("version", Str),
        ],
        primary_key: &["id"],
        foreign_keys: &[],
    },
];

/// Translations of HSDS cells (see the module documentation of
/// [`super`]).
pub const TRANSLATIONS: Resource = Resource {
    name: "hospes_translations",
    path: "hospes_translations.csv",
    columns: &[
        c("table", Str).required().one_of(&["service", "required_document", "cost_option", "accessibility", "schedule", "taxonomy_term"]),
        c("record_id", Uuid).required(),
        c("field", Str).required(),
        c("language", Str).required(),
        c("text", Str),
        c("translated_from_revision", Integer),
        c("machine", Boolean).required(),
    ],
    primary_key: &["table", "record_id", "field", "language"],
    foreign_keys: &[],
};

/// What HSDS has no column for (see the module documentation of
/// [`super`]).
pub const PROPERTIES: Resource = Resource {
    name: "hospes_properties",
    path: "hospes_properties.csv",
    columns: &[
        c("table", Str).required().one_of(&["service", "location", "schedule", "taxonomy_term"]),
        c("record_id", Uuid).required(),
        c("property", Str).required(),
        c("value", Str),
    ],
    primary_key: &["table", "record_id", "property"],
    foreign_keys: &[],
};

/// Every table a package holds, in the order they are written.
pub fn all() -> impl Iterator<Item = &'static Resource> {
    HSDS.iter().chain([&TRANSLATIONS, &PROPERTIES])
}

pub fn find(name: &str) -> Option<&'static Resource> {
    all().find(|resource| resource.name == name)
}

/// The Table Schema of a resource, as `datapackage.json` declares it.
pub fn table_schema(resource: &Resource) -> Value {
    let fields: Vec<Value> = resource
        .columns
        .iter()
        .map(|column| {
            let (ty, format) = column.ty.table_schema();
            let mut constraints = json!({ "required": column.required, "unique": column.unique });
            if !column.allowed.is_empty() {
                constraints["enum"] = json!(column.allowed);
            }
            let mut field = json!({ "name": column.name, "type": ty, "constraints": constraints });
            if let Some(format) = format {
                field["format"] = json!(format);
            }
            if column.ty == Boolean {
                field["trueValues"] = json!(["true"]);
                field["falseValues"] = json!(["false"]);
            }
            field
        })
        .collect();
    let mut schema = json!({ "fields": fields });
    schema["primaryKey"] = match resource.primary_key {
        [one] => json!(one),
        many => json!(many),
    };
    if !resource.foreign_keys.is_empty() {
        schema["foreignKeys"] = resource
            .foreign_keys
            .iter()
            .map(|(column, target)| json!({ "fields": column, "reference": { "resource": target, "fields": "id" } }))
            .collect();
    }
    schema
}

/// The package's `datapackage.json`.
pub fn datapackage(title: &str) -> Value {
    let resources: Vec<Value> = all()
        .map(|resource| {
            let mut entry = json!({
                "name": resource.name,
                "path": resource.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(resource),
            });
            if !HSDS.contains(resource) {
                entry["description"] =
                    json!("A hospes extension to HSDS 3.0; HSDS consumers may ignore it. See the hospes documentation of its HSDS export.");
            }
            entry
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "hospes-hsds-export",
        "title": title,
        "description": "Services of a hospes city guide as an Open Referral HSDS 3.0 tabular data package. hospes_translations.csv carries the text of every HSDS cell in other languages; hospes_properties.csv what HSDS has no column for.",
        "version": "3.0.0",
        "resources": resources,
    })
}

/// Whether a non-empty value satisfies a column type; the reason if not.
pub fn check(ty: Type, value: &str) -> Result<(), &'static str> {
    let ok = match ty {
        Str => true,
        Uuid => value.len() == 36 && uuid::Uuid::try_parse(value).is_ok(),
        Email => is_email(value),
        Uri => is_uri(value),
        Number => is_number(value),
        Integer => is_integer(value),
        Boolean => value == "true" || value == "false",
        Date => is_date(value),
        Time => is_time(value),
        DateTime => is_datetime(value),
    };
    if ok {
        Ok(())
    } else {
        Err(match ty {
            Str => "not text",
            Uuid => "not a UUID",
            Email => "not an email address",
            Uri => "not a URI (it needs a scheme, such as https:)",
            Number => "not a number",
            Integer => "not an integer",
            Boolean => "not true or false",
            Date => "not a date (YYYY-MM-DD)",
            Time => "not a time (HH:MM:SS)",
            DateTime => "not a date and time (YYYY-MM-DDTHH:MM:SSZ)",
        })
    }
}

fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_uri(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once(':') else { return false };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Digits with an optional sign, fraction and exponent.
fn is_number(value: &str) -> bool {
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    (!whole.is_empty() || !fraction.is_empty())
        && digits(whole)
        && digits(fraction)
        && exponent.is_none_or(|e| is_integer(e) && !e.is_empty())
}

fn is_integer(value: &str) -> bool {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn number_of(value: &str, digits: usize) -> Option<u32> {
    (value.len() == digits && value.bytes().all(|b| b.is_ascii_digit())).then(|| value.parse().ok()).flatten()
}

fn is_date(value: &str) -> bool {
    let mut parts = value.split('-');
    let (Some(year), Some(month), Some(day), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let (Some(year), Some(month), Some(day)) = (number_of(year, 4), number_of(month, 2), number_of(day, 2)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn is_time(value: &str) -> bool {
    let mut parts = value.split(':');
    let (Some(hour), Some(minute), Some(second), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    matches!((number_of(hour, 2), number_of(minute, 2), number_of(second, 2)), (Some(0..=23), Some(0..=59), Some(0..=59)))
}

fn is_datetime(value: &str) -> bool {
    let Some((date, time)) = value.split_once('T') else { return false };
    let time = time.strip_suffix('Z').unwrap_or(time);
    let (time, rest) = time.split_at(time.len().min(8));
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => fraction.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    };
    let zone_ok = rest.is_empty() || rest == "Z" || {
        let zone = rest.strip_prefix(['+', '-']).unwrap_or("x");
        zone.len() == 5 && is_time(&format!("{zone}:00"))
    };
    is_date(date) && is_time(time) && zone_ok
}

/// Checks rows (numbered, aligned with the resource's columns) against
/// the resource's schema: required, type, enum, size, unique and primary
/// key. The first problem is the error.
pub(super) fn check_rows<'a>(
    resource: &Resource,
    file: &str,
    rows: impl IntoIterator<Item = (u64, Vec<&'a str>)>,
) -> Result<(), HsdsError> {
    let mut unique: Vec<HashSet<&str>> = vec![HashSet::new(); resource.columns.len()];
    let mut keys = HashSet::new();
    for (number, row) in rows {
        for ((index, column), &value) in resource.columns.iter().enumerate().zip(&row) {
            let at = |message: String| invalid(file, Some(number), Some(column.name), message);
            if value.len() > MAX_TEXT_BYTES {
                return Err(at(format!("{} bytes, more than the {MAX_TEXT_BYTES} allowed", value.len())));
            }
            if value.is_empty() {
                if column.required {
                    return Err(at("required, but empty".into()));
                }
                continue;
            }
            if let Err(problem) = check(column.ty, value) {
                return Err(at(format!("{value:?} is {problem}")));
            }
            if !column.allowed.is_empty() && !column.allowed.contains(&value) {
                return Err(at(format!("{value:?} is not one of {}", column.allowed.join(", "))));
            }
            if column.unique && !unique[index].insert(value) {
                return Err(at(format!("{value:?} appears twice, but must be unique")));
            }
        }
        if resource.primary_key.len() > 1 {
            let key: Vec<&str> = resource.primary_key.iter().map(|name| row[resource.column_index(name).expect("a key column")]).collect();
            if !keys.insert(key) {
                let columns = resource.primary_key.join(", ");
                return Err(invalid(file, Some(number), Some(resource.primary_key[0]), format!("the same ({columns}) appears twice")));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types() {
        assert!(check(Date, "2024-02-29").is_ok());
        assert!(check(Date, "2023-02-29").is_err());
        assert!(check(Date, "2023-2-1").is_err());
        assert!(check(Time, "09:00:00").is_ok());
        assert!(check(Time, "09:00").is_err());
        assert!(check(Time, "24:00:00").is_err());
        assert!(check(DateTime, "2026-01-01T10:00:00Z").is_ok());
        assert!(check(DateTime, "2026-01-01T10:00:00+01:00").is_ok());
        assert!(check(DateTime, "2023-03-15T10:30:45.123Z").is_ok());
        assert!(check(DateTime, "2023-03-15T10:30:45+1").is_err());
        assert!(check(Number, "-5.5").is_ok());
        assert!(check(Number, "1e5").is_ok());
        assert!(check(Number, "five").is_err());
        assert!(check(Number, ".").is_err());
        assert!(check(Uuid, "3f7b145d-84af-42d7-8fae-eaca714b02b2").is_ok());
        assert!(check(Uuid, "3f7b145d84af42d78faeeaca714b02b2").is_err());
        assert!(check(Email, "a@example.org").is_ok());
        assert!(check(Email, "a at example.org").is_err());
        assert!(check(Uri, "https://example.org/x").is_ok());
        assert!(check(Uri, "example.org").is_err());
    }
}
