//! Writing a package: the model's services as HSDS rows, then CSV files in
//! a zip with fixed timestamps.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::schema::{self, Type};
use super::{ExportService, HsdsError, invalid};
use crate::model::{City, Location, Schedule, Service, ServiceStatus, TargetGroup, Translation};

/// Writes the city's services as an HSDS 3.0 package (zip bytes).
///
/// The same city and services always give the same bytes, whatever the
/// order of `services`. Fails only when HSDS cannot hold a service at all:
/// an empty name, two services with one document id, or two locations or
/// schedules of a service with one id.
pub fn export(city: &City, services: &[ExportService]) -> Result<Vec<u8>, HsdsError> {
    let mut sorted: Vec<&ExportService> = services.iter().collect();
    sorted.sort_by(|a, b| a.document_id.cmp(&b.document_id));
    for pair in sorted.windows(2) {
        if pair[0].document_id == pair[1].document_id {
            return Err(export_error(&pair[0].document_id, "the document id appears twice"));
        }
    }

    let mut out = Tables::default();
    taxonomies(city, &sorted, &mut out)?;
    let mut organizations = HashSet::new();
    for item in &sorted {
        let organization = organization_name(city, &item.service);
        let organization_id = ids::organization(city, organization);
        if organizations.insert(organization_id.clone()) {
            out.row("organization", [("id", organization_id), ("name", organization.into()), ("description", organization.into())]);
        }
        service(city, item, &mut out)?;
    }
    let bytes = out.write(&city.name)?;
    Ok(bytes)
}

/// The provider organization; HSDS requires one.
pub(super) fn organization_name<'a>(city: &'a City, service: &'a Service) -> &'a str {
    if service.organization.trim().is_empty() { &city.name } else { &service.organization }
}

fn export_error(document: &str, message: impl Into<String>) -> HsdsError {
    HsdsError::Export { document: document.to_string(), message: message.into() }
}

/// Deterministic ids: UUID v5 of the parts, under hospes' own namespace.
pub(super) mod ids {
    use uuid::Uuid;

    use crate::model::City;

    fn derive(parts: &[&str]) -> String {
        let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:hospes:hsds");
        Uuid::new_v5(&namespace, parts.join("\u{1f}").as_bytes()).to_string()
    }

    pub fn organization(city: &City, name: &str) -> String {
        derive(&["organization", &city.slug, name])
    }

    pub fn taxonomy(city: &City, name: &str) -> String {
        derive(&["taxonomy", &city.slug, name])
    }

    pub fn term(city: &City, code: &str) -> String {
        derive(&["taxonomy_term", &city.slug, code])
    }

    /// A row belonging to one service: `kind` is the HSDS resource, `sub`
    /// the location or schedule id, a phone's index, a language tag, ...
    pub fn of(kind: &str, document: &str, sub: &[&str]) -> String {
        let mut parts = vec![kind, document];
        parts.extend_from_slice(sub);
        derive(&parts)
    }
}

/// The taxonomies hospes writes and the prefixes of their term codes.
pub(super) const CATEGORIES: &str = "hospes-categories";
pub(super) const TARGET_GROUPS: &str = "hospes-target-groups";
pub(super) const FEATURES: &str = "hospes-features";
pub(super) const CATEGORY_PREFIX: &str = "category/";
pub(super) const TARGET_GROUP_PREFIX: &str = "target-group/";
pub(super) const OPEN_TO_ALL: &str = "feature/open-to-all";
pub(super) const OUTREACH: &str = "feature/outreach";
pub(super) const BY_APPOINTMENT: &str = "by appointment";
pub(super) const INTERPRETATION: &str = "Interpretation can be arranged.";

pub(super) const TARGET_GROUP_LIST: &[(TargetGroup, &str)] = &[
    (TargetGroup::AsylumSeekersAndRefugees, "Asylum seekers and refugees"),
    (TargetGroup::TemporaryProtection, "People under temporary protection"),
    (TargetGroup::UndocumentedResidents, "Undocumented residents"),
    (TargetGroup::Women, "Women"),
    (TargetGroup::UnaccompaniedMinors, "Unaccompanied minors"),
    (TargetGroup::Children, "Children"),
    (TargetGroup::Students, "Students"),
    (TargetGroup::Everyone, "Everyone"),
];

pub(super) fn target_group_code(group: TargetGroup) -> String {
    let value = serde_json::to_value(group).expect("an enum serializes");
    format!("{TARGET_GROUP_PREFIX}{}", value.as_str().expect("as a string"))
}

fn taxonomies(city: &City, services: &[&ExportService], out: &mut Tables) -> Result<(), HsdsError> {
    let described = [
        (CATEGORIES, format!("Categories of the {} service guide", city.name)),
        (TARGET_GROUPS, "Who a service is for".to_string()),
        (
            FEATURES,
            "How a service can be reached: open to everyone whatever their residence status; mobile or outreach locations".to_string(),
        ),
    ];
    for (name, description) in described {
        out.row("taxonomy", [("id", ids::taxonomy(city, name)), ("name", name.into()), ("description", description)]);
    }

    let mut seen = HashSet::new();
    for category in &city.categories {
        if !seen.insert(category.id.as_str()) {
            return Err(export_error(&city.slug, format!("the category id {} appears twice", category.id)));
        }
        let code = format!("{CATEGORY_PREFIX}{}", category.id);
        let term_id = ids::term(city, &code);
        let (language, name) = match category.names.get(&city.source_language) {
            Some(name) if !name.is_empty() => (city.source_language.as_str(), name.as_str()),
            _ => category
                .names
                .iter()
                .find(|(_, name)| !name.is_empty())
                .map(|(language, name)| (language.as_str(), name.as_str()))
                .unwrap_or(("", category.id.as_str())),
        };
        out.term(city, &term_id, &code, name, language, CATEGORIES);
        if !category.icon.is_empty() {
            out.property("taxonomy_term", &term_id, "icon", &category.icon);
        }
        for (other, text) in &category.names {
            if other != language {
                out.translation("taxonomy_term", &term_id, "name", other, text, None, false);
            }
        }
    }
    // Categories services use that the city no longer lists keep a term,
    // so that no service loses them.
    for item in services {
        for id in &item.service.categories {
            if seen.insert(id.as_str()) {
                let code = format!("{CATEGORY_PREFIX}{id}");
                out.term(city, &ids::term(city, &code), &code, id, "", CATEGORIES);
            }
        }
    }
    for (group, label) in TARGET_GROUP_LIST {
        let code = target_group_code(*group);
        out.term(city, &ids::term(city, &code), &code, label, "en", TARGET_GROUPS);
    }
    out.term(city, &ids::term(city, OPEN_TO_ALL), OPEN_TO_ALL, "Open to everyone, whatever their residence status", "en", FEATURES);
    out.term(city, &ids::term(city, OUTREACH), OUTREACH, "Mobile or outreach: comes to people", "en", FEATURES);
    Ok(())
}

/// Where a translation path's text lives: table, record id, column.
type Cell = (&'static str, String, &'static str);

fn service(city: &City, item: &ExportService, out: &mut Tables) -> Result<(), HsdsError> {
    let document = item.document_id.as_str();
    let service = &item.service;
    let id = ids::of("service", document, &[]);
    if service.name.as_str().trim().is_empty() {
        return Err(export_error(document, "HSDS requires a name"));
    }
    for (what, ids) in [
        ("location", service.locations.iter().map(|l| l.id.as_str()).collect::<Vec<_>>()),
        ("schedule", service.schedules.iter().map(|s| s.id.as_str()).collect()),
    ] {
        let mut seen = HashSet::new();
        if let Some(twice) = ids.iter().find(|id| !seen.insert(**id)) {
            return Err(export_error(document, format!("two of its {what}s have the id {twice:?}")));
        }
    }
    let mut translations: Vec<&Translation> = item.translations.iter().filter(|t| !t.fields.is_empty()).collect();
    translations.sort_by(|a, b| a.language.cmp(&b.language));
    for pair in translations.windows(2) {
        if pair[0].language == pair[1].language {
            return Err(export_error(document, format!("two translations into {}", pair[0].language)));
        }
    }
    let translated: HashSet<&str> = translations.iter().flat_map(|t| t.fields.keys().map(String::as_str)).collect();
    let mut cells: HashMap<String, Cell> = HashMap::new();

    // services.csv
    let mut props: Vec<(&str, String)> = vec![
        ("document_id", document.to_string()),
        ("source_language", service.source_language.clone()),
        ("source_revision", service.source_revision.to_string()),
    ];
    let (email, website) = (&service.contacts.email, &service.contacts.website);
    let email = fit(Type::Email, email, "email", &mut props);
    let url = fit(Type::Uri, website, "website", &mut props);
    let (assured_date, verified_by) = match &service.last_verified {
        Some(verification) => (fit(Type::Date, &verification.date, "last_verified_date", &mut props), verification.by.as_str()),
        None => (String::new(), ""),
    };
    if !verified_by.is_empty() {
        props.push(("last_verified_by", verified_by.to_string()));
    }
    let status = match service.status {
        ServiceStatus::Active => "active",
        ServiceStatus::TemporarilyClosed => "temporarily closed",
        ServiceStatus::Closed => "defunct",
    };
    out.row(
        "service",
        [
            ("id", id.clone()),
            ("organization_id", ids::organization(city, organization_name(city, service))),
            ("name", service.name.as_str().into()),
            ("description", service.description.as_str().into()),
            ("url", url),
            ("email", email),
            ("status", status.into()),
            ("interpretation_services", if service.interpretation { INTERPRETATION.into() } else { String::new() }),
            ("eligibility_description", service.eligibility.as_str().into()),
            ("assured_date", assured_date),
        ],
    );
    for (property, value) in props {
        out.property("service", &id, property, &value);
    }
    cells.insert("name".into(), ("service", id.clone(), "name"));
    cells.insert("description".into(), ("service", id.clone(), "description"));
    cells.insert("eligibility".into(), ("service", id.clone(), "eligibility_description"));

    // Taxonomy attributes.
    for category in &service.categories {
        out.attribute(city, document, &id, "service", "category", &format!("{CATEGORY_PREFIX}{category}"));
    }
    for group in &service.target_groups {
        out.attribute(city, document, &id, "service", "audience", &target_group_code(*group));
    }
    if service.open_to_all {
        out.attribute(city, document, &id, "service", "feature", OPEN_TO_ALL);
    }

    // Locations.
    let organization_id = ids::organization(city, organization_name(city, service));
    for location in &service.locations {
        location_rows(city, document, &id, &organization_id, location, &translated, &mut cells, out);
    }

    // Phones.
    for (index, number) in service.contacts.phones.iter().enumerate() {
        if number.trim().is_empty() {
            continue;
        }
        out.row(
            "phone",
            [("id", ids::of("phone", document, &[&index.to_string()])), ("service_id", id.clone()), ("number", number.clone())],
        );
    }

    // Schedules.
    for schedule in &service.schedules {
        schedule_rows(document, &id, schedule, &mut cells, out);
    }

    // Languages spoken.
    let mut spoken = HashSet::new();
    for tag in &service.languages_spoken {
        if spoken.insert(tag.as_str()) {
            out.row("language", [("id", ids::of("language", document, &[tag])), ("service_id", id.clone()), ("code", tag.clone())]);
        }
    }

    // Cost.
    let cost_id = ids::of("cost_option", document, &[]);
    let (option, amount) = if service.cost.free { ("free", "0") } else { ("fee", "") };
    out.row(
        "cost_option",
        [
            ("id", cost_id.clone()),
            ("service_id", id.clone()),
            ("option", option.into()),
            ("amount", amount.into()),
            ("amount_description", service.cost.fee.as_str().into()),
        ],
    );
    cells.insert("cost.fee".into(), ("cost_option", cost_id, "amount_description"));

    // Documents needed.
    if !service.documents_needed.as_str().is_empty() || translated.contains("documents_needed") {
        let document_id = ids::of("required_document", document, &[]);
        out.row(
            "required_document",
            [("id", document_id.clone()), ("service_id", id.clone()), ("document", service.documents_needed.as_str().into())],
        );
        cells.insert("documents_needed".into(), ("required_document", document_id, "document"));
    }

    // Translations.
    for translation in translations {
        for (path, text) in &translation.fields {
            if let Some((table, record, field)) = cells.get(path) {
                out.translation(
                    table,
                    record,
                    field,
                    &translation.language,
                    text.as_str(),
                    Some(translation.translated_from_revision),
                    translation.machine,
                );
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn location_rows(
    city: &City,
    document: &str,
    service_id: &str,
    organization_id: &str,
    location: &Location,
    translated: &HashSet<&str>,
    cells: &mut HashMap<String, Cell>,
    out: &mut Tables,
) {
    let sub = location.id.as_str();
    let location_id = ids::of("location", document, &[sub]);
    out.row(
        "location",
        [
            ("id", location_id.clone()),
            ("location_type", "physical".into()),
            ("organization_id", organization_id.to_string()),
            ("name", location.name.clone()),
            ("latitude", coordinate(location.latitude)),
            ("longitude", coordinate(location.longitude)),
        ],
    );
    out.property("location", &location_id, "id", sub);
    out.row(
        "service_at_location",
        [
            ("id", ids::of("service_at_location", document, &[sub])),
            ("service_id", service_id.to_string()),
            ("location_id", location_id.clone()),
        ],
    );
    let address = &location.address;
    let parts = [
        ("address.street", &address.street),
        ("address.postal_code", &address.postal_code),
        ("address.locality", &address.locality),
        ("address.region", &address.region),
        ("address.country", &address.country),
    ];
    let complete = [&address.street, &address.postal_code, &address.locality, &address.country].iter().all(|part| !part.trim().is_empty());
    if complete {
        let state = if address.region.trim().is_empty() { &address.locality } else { &address.region };
        out.row(
            "address",
            [
                ("id", ids::of("address", document, &[sub])),
                ("location_id", location_id.clone()),
                ("address_1", address.street.clone()),
                ("city", address.locality.clone()),
                ("region", address.region.clone()),
                ("state_province", state.clone()),
                ("postal_code", address.postal_code.clone()),
                ("country", address.country.clone()),
                ("address_type", "physical".into()),
            ],
        );
    } else {
        // HSDS requires street, city, state, postal code and country.
        for (property, value) in parts {
            if !value.is_empty() {
                out.property("location", &location_id, property, value);
            }
        }
    }
    let path = format!("locations.{sub}.accessibility");
    if !location.accessibility.as_str().is_empty() || translated.contains(path.as_str()) {
        let accessibility_id = ids::of("accessibility", document, &[sub]);
        out.row(
            "accessibility",
            [
                ("id", accessibility_id.clone()),
                ("location_id", location_id.clone()),
                ("description", location.accessibility.as_str().into()),
            ],
        );
        cells.insert(path, ("accessibility", accessibility_id, "description"));
    }
    if location.outreach {
        out.attribute(city, document, &location_id, "location", "feature", OUTREACH);
    }
}

fn coordinate(value: Option<f64>) -> String {
    value.filter(|v| v.is_finite()).map(|v| v.to_string()).unwrap_or_default()
}

fn schedule_rows(document: &str, service_id: &str, schedule: &Schedule, cells: &mut HashMap<String, Cell>, out: &mut Tables) {
    let sub = schedule.id.as_str();
    let schedule_id = ids::of("schedule", document, &[sub]);
    let mut props: Vec<(&str, String)> = vec![("id", sub.to_string())];
    let valid_from = fit(Type::Date, schedule.valid_from.as_deref().unwrap_or(""), "valid_from", &mut props);
    let valid_to = fit(Type::Date, schedule.valid_to.as_deref().unwrap_or(""), "valid_to", &mut props);
    let opens_at = fit_time(&schedule.opens_at, "opens_at", &mut props);
    let closes_at = fit_time(&schedule.closes_at, "closes_at", &mut props);
    let rule = rrule::split(&schedule.rrule);
    let mut cells_row: Vec<(&str, String)> = vec![
        ("id", schedule_id.clone()),
        ("service_id", service_id.to_string()),
        ("valid_from", valid_from),
        ("valid_to", valid_to),
        ("opens_at", opens_at),
        ("closes_at", closes_at),
        ("attending_type", if schedule.by_appointment { BY_APPOINTMENT.into() } else { String::new() }),
        ("notes", schedule.notes.as_str().into()),
    ];
    match rule {
        Some(parts) => {
            if rrule::join(&parts) != schedule.rrule {
                props.push(("rrule", schedule.rrule.clone()));
            }
            cells_row.extend(parts);
        }
        None => props.push(("rrule", schedule.rrule.clone())),
    }
    if !schedule.closed_dates.is_empty() {
        props.push(("closed_dates", schedule.closed_dates.join(",")));
    }
    out.row("schedule", cells_row);
    for (property, value) in props {
        out.property("schedule", &schedule_id, property, &value);
    }
    cells.insert(format!("schedules.{sub}.notes"), ("schedule", schedule_id, "notes"));
}

/// `HH:MM` as HSDS' `time`, `HH:MM:SS`; like [`fit`] otherwise.
fn fit_time(time: &str, property: &'static str, props: &mut Vec<(&'static str, String)>) -> String {
    let with_seconds = format!("{time}:00");
    if time.len() == 5 && schema::check(Type::Time, &with_seconds).is_ok() { with_seconds } else { fit(Type::Time, time, property, props) }
}

/// The value when it fits the column's type; otherwise empty, and the
/// value goes to `hospes_properties.csv` under `property`.
fn fit(ty: Type, value: &str, property: &'static str, props: &mut Vec<(&'static str, String)>) -> String {
    if value.is_empty() || schema::check(ty, value).is_ok() {
        value.to_string()
    } else {
        props.push((property, value.to_string()));
        String::new()
    }
}

/// An RRULE and HSDS' schedule columns.
pub(super) mod rrule {
    use super::super::schema::{self, Type};

    /// `(RRULE part, column)`, in the order [`join`] writes them.
    pub const PARTS: &[(&str, &str)] = &[
        ("FREQ", "freq"),
        ("INTERVAL", "interval"),
        ("COUNT", "count"),
        ("UNTIL", "until"),
        ("WKST", "wkst"),
        ("BYDAY", "byday"),
        ("BYWEEKNO", "byweekno"),
        ("BYMONTHDAY", "bymonthday"),
        ("BYYEARDAY", "byyearday"),
    ];

    /// The RRULE as schedule columns, or `None` when they cannot hold it.
    pub fn split(rule: &str) -> Option<Vec<(&'static str, String)>> {
        let mut columns: Vec<(&'static str, String)> = Vec::new();
        if rule.is_empty() {
            return Some(columns);
        }
        for part in rule.split(';') {
            let (key, value) = part.split_once('=')?;
            let &(_, column) = PARTS.iter().find(|(name, _)| *name == key)?;
            if value.is_empty() || columns.iter().any(|(c, _)| *c == column) {
                return None;
            }
            let value = match column {
                "freq" if value == "WEEKLY" || value == "MONTHLY" => value.to_string(),
                "freq" => return None,
                "wkst" if ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&value) => value.to_string(),
                "wkst" => return None,
                "interval" | "count" if value.bytes().all(|b| b.is_ascii_digit()) => value.to_string(),
                "interval" | "count" => return None,
                "until" => {
                    let date = (value.len() == 8).then(|| format!("{}-{}-{}", &value[..4], &value[4..6], &value[6..]))?;
                    schema::check(Type::Date, &date).ok()?;
                    date
                }
                _ if value.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '+')) => value.to_string(),
                _ => return None,
            };
            columns.push((column, value));
        }
        Some(columns)
    }

    /// Schedule columns (`(column, value)`, any order, empty ones skipped)
    /// back into an RRULE.
    pub fn join(columns: &[(&str, String)]) -> String {
        PARTS
            .iter()
            .filter_map(|(key, column)| {
                let value = columns.iter().find(|(c, v)| c == column && !v.is_empty())?.1.as_str();
                let value = if *column == "until" { value.replace('-', "") } else { value.to_string() };
                Some(format!("{key}={value}"))
            })
            .collect::<Vec<_>>()
            .join(";")
    }
}

/// The rows of every table, in the order they are written.
#[derive(Default)]
struct Tables {
    rows: BTreeMap<&'static str, Vec<Vec<String>>>,
    attributes_seen: BTreeSet<String>,
}

impl Tables {
    /// A row of `resource`; unnamed columns stay empty.
    fn row<'a>(&mut self, resource: &'static str, cells: impl IntoIterator<Item = (&'a str, String)>) {
        let definition = schema::find(resource).expect("a known resource");
        let mut row = vec![String::new(); definition.columns.len()];
        for (column, value) in cells {
            let index = definition.column_index(column).unwrap_or_else(|| panic!("{resource} has no column {column}"));
            row[index] = value;
        }
        self.rows.entry(definition.name).or_default().push(row);
    }

    fn term(&mut self, city: &City, id: &str, code: &str, name: &str, language: &str, taxonomy: &str) {
        self.row(
            "taxonomy_term",
            [
                ("id", id.to_string()),
                ("code", code.to_string()),
                ("name", name.to_string()),
                ("description", name.to_string()),
                ("taxonomy", taxonomy.to_string()),
                ("language", language.to_string()),
                ("taxonomy_id", ids::taxonomy(city, taxonomy)),
            ],
        );
    }

    fn attribute(&mut self, city: &City, document: &str, link_id: &str, entity: &str, link_type: &str, code: &str) {
        let id = ids::of("attribute", document, &[link_id, code]);
        if !self.attributes_seen.insert(id.clone()) {
            return;
        }
        self.row(
            "attribute",
            [
                ("id", id),
                ("link_id", link_id.to_string()),
                ("taxonomy_term_id", ids::term(city, code)),
                ("link_type", link_type.to_string()),
                ("link_entity", entity.to_string()),
            ],
        );
    }

    fn property(&mut self, table: &str, record: &str, property: &str, value: &str) {
        self.row(
            "hospes_properties",
            [("table", table.into()), ("record_id", record.into()), ("property", property.into()), ("value", value.into())],
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn translation(&mut self, table: &str, record: &str, field: &str, language: &str, text: &str, revision: Option<i64>, machine: bool) {
        self.row(
            "hospes_translations",
            [
                ("table", table.into()),
                ("record_id", record.into()),
                ("field", field.into()),
                ("language", language.into()),
                ("text", text.into()),
                ("translated_from_revision", revision.map(|r| r.to_string()).unwrap_or_default()),
                ("machine", machine.to_string()),
            ],
        );
    }

    /// Checks every row against its schema (a bug if one fails), then
    /// writes the zip.
    fn write(self, title: &str) -> Result<Vec<u8>, HsdsError> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644);
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let failed = |file: &str, error: &dyn std::fmt::Display| invalid(file, None, None, format!("writing: {error}"));
        let datapackage = serde_json::to_vec_pretty(&schema::datapackage(title)).expect("JSON serializes");
        zip.start_file("datapackage.json", options).map_err(|e| failed("datapackage.json", &e))?;
        zip.write_all(&datapackage).map_err(|e| failed("datapackage.json", &e))?;
        for resource in schema::all() {
            let rows = self.rows.get(resource.name).map(Vec::as_slice).unwrap_or_default();
            // What export writes satisfies the schema it declares; if not,
            // that is a bug here, reported rather than written.
            schema::check_rows(
                resource,
                resource.path,
                rows.iter().enumerate().map(|(i, row)| (i as u64 + 2, row.iter().map(String::as_str).collect())),
            )?;
            let mut csv = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
            csv.write_record(resource.columns.iter().map(|c| c.name)).map_err(|e| failed(resource.path, &e))?;
            for row in rows {
                csv.write_record(row).map_err(|e| failed(resource.path, &e))?;
            }
            let bytes = csv.into_inner().map_err(|e| failed(resource.path, &e))?;
            zip.start_file(resource.path, options).map_err(|e| failed(resource.path, &e))?;
            zip.write_all(&bytes).map_err(|e| failed(resource.path, &e))?;
        }
        let cursor = zip.finish().map_err(|e| failed("hsds.zip", &e))?;
        Ok(cursor.into_inner())
    }
}
