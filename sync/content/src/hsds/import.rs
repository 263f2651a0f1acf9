//! Reading a package: the zip, then every table checked against its
//! schema and its foreign keys, then the model. Any problem stops the
//! import before anything is returned.

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Read};

use autosurgeon::Text;
use serde_json::Value;
use zip::ZipArchive;

use super::export::{BY_APPOINTMENT, CATEGORY_PREFIX, OPEN_TO_ALL, OUTREACH, TARGET_GROUP_PREFIX, rrule};
use super::schema::{self, PROPERTIES, Resource, TRANSLATIONS};
use super::{HsdsError, ImportedPackage, ImportedService, Limit, Limits, MAX_TEXT_BYTES, beyond, invalid};
use crate::model::{
    Address, Category, Contacts, Cost, Location, SCHEMA_VERSION, Schedule, Service, ServiceStatus, TargetGroup, Translation, Verification,
};

const ARCHIVE: &str = "hsds.zip";
const DATAPACKAGE: &str = "datapackage.json";

/// Reads a package written by [`super::export`] (or any HSDS 3.0 tabular
/// package) back into services, translations, organizations and
/// categories. All or nothing: the first problem is the error, naming the
/// file, the row and the field (and the limit, for one too large).
pub fn import(zip_bytes: &[u8]) -> Result<ImportedPackage, HsdsError> {
    import_within(zip_bytes, Limits::default())
}

/// [`import`] within other limits than the default.
pub fn import_within(zip_bytes: &[u8], limits: Limits) -> Result<ImportedPackage, HsdsError> {
    if zip_bytes.len() as u64 > limits.archive_bytes {
        return Err(beyond(ARCHIVE, None, None, Limit::ArchiveBytes, limits.archive_bytes));
    }
    let mut package = Package::open(zip_bytes, limits)?;
    let mut tables = HashMap::new();
    for resource in schema::all() {
        let table = match package.entries.remove(resource.name) {
            Some((file, entry)) => package.table(resource, &file, &entry)?,
            None => Table { resource, file: resource.path.to_string(), rows: Vec::new() },
        };
        tables.insert(resource.name, table);
    }
    let tables = Tables(tables);
    tables.check_foreign_keys()?;
    Builder::new(&tables)?.build()
}

/// An opened package: the zip, which of its entries holds each resource,
/// and what reading has used of the package's limits so far.
struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    limits: Limits,
    /// Resource name -> (file name as declared, zip entry).
    entries: HashMap<&'static str, (String, String)>,
    bytes_read: u64,
    rows_read: usize,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: Limits) -> Result<Self, HsdsError> {
        let mut archive =
            ZipArchive::new(Cursor::new(bytes)).map_err(|e| invalid(ARCHIVE, None, None, format!("not a zip archive: {e}")))?;
        if archive.len() > limits.entries {
            return Err(beyond(ARCHIVE, None, None, Limit::Entries, limits.entries as u64));
        }
        let names: Vec<String> = archive
            .file_names()
            .map(|name| name.map(|name| name.to_string()))
            .collect::<Result<_, _>>()
            .map_err(|e| invalid(ARCHIVE, None, None, format!("unreadable file name: {e}")))?;
        let descriptor = names
            .iter()
            .filter(|name| *name == DATAPACKAGE || name.ends_with(&format!("/{DATAPACKAGE}")))
            .min_by_key(|name| name.len())
            .ok_or_else(|| invalid(ARCHIVE, None, None, format!("no {DATAPACKAGE}: not a tabular data package")))?
            .clone();
        let base = &descriptor[..descriptor.len() - DATAPACKAGE.len()];
        let descriptor_bytes = {
            let entry = archive.by_name(&descriptor).map_err(|e| invalid(&descriptor, None, None, format!("cannot read it: {e}")))?;
            let mut content = Vec::new();
            entry
                .take(limits.descriptor_bytes.saturating_add(1))
                .read_to_end(&mut content)
                .map_err(|e| invalid(&descriptor, None, None, format!("cannot read it: {e}")))?;
            if content.len() as u64 > limits.descriptor_bytes {
                return Err(beyond(&descriptor, None, None, Limit::DescriptorBytes, limits.descriptor_bytes));
            }
            content
        };
        let package: Value =
            serde_json::from_slice(&descriptor_bytes).map_err(|e| invalid(&descriptor, None, None, format!("not valid JSON: {e}")))?;
        let mut paths: HashMap<&'static str, String> = schema::all().map(|r| (r.name, r.path.to_string())).collect();
        for (index, declared) in package.get("resources").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let (Some(name), Some(path)) = (declared.get("name").and_then(Value::as_str), declared.get("path").and_then(Value::as_str))
            else {
                continue;
            };
            let Some(resource) = schema::find(name) else { continue };
            if path.starts_with('/') || path.split('/').any(|part| part == ".." || part.is_empty()) || path.contains('\\') {
                let field = format!("resources[{index}].path");
                return Err(invalid(&descriptor, None, Some(&field), format!("{path:?} is not a relative path inside the package")));
            }
            paths.insert(resource.name, path.to_string());
        }
        let entries = paths
            .into_iter()
            .filter_map(|(name, path)| {
                let entry = format!("{base}{path}");
                names.contains(&entry).then_some((name, (path, entry)))
            })
            .collect();
        Ok(Package { archive, limits, entries, bytes_read: 0, rows_read: 0 })
    }

    /// Parses one resource's CSV as it is decompressed, within what is
    /// left of the package's limits.
    fn table(&mut self, resource: &'static Resource, file: &str, entry: &str) -> Result<Table, HsdsError> {
        let reader = self.archive.by_name(entry).map_err(|e| invalid(file, None, None, format!("cannot read it: {e}")))?;
        let limits = self.limits;
        let bytes_left = limits.package_bytes - self.bytes_read;
        let (allowed, limit, value) = if bytes_left < limits.file_bytes {
            (bytes_left, Limit::PackageBytes, limits.package_bytes)
        } else {
            (limits.file_bytes, Limit::FileBytes, limits.file_bytes)
        };
        let mut counted = Counted { inner: reader, read: 0, allowed };
        let rows_left = limits.package_rows - self.rows_read;
        let parsed = Table::parse(resource, file, &mut counted, limits.rows.min(rows_left));
        if counted.read > allowed {
            return Err(beyond(file, None, None, limit, value));
        }
        let table = match parsed {
            Err(ParseError::TooManyRows(row)) if rows_left < limits.rows => {
                return Err(beyond(file, Some(row), None, Limit::PackageRows, limits.package_rows as u64));
            }
            Err(ParseError::TooManyRows(row)) => return Err(beyond(file, Some(row), None, Limit::Rows, limits.rows as u64)),
            Err(ParseError::Invalid(error)) => return Err(error),
            Ok(table) => table,
        };
        self.bytes_read += counted.read;
        self.rows_read += table.rows.len();
        Ok(table)
    }
}

/// A reader that counts the bytes it decompresses and fails as soon as
/// they are more than `allowed`, so that the CSV reader stops there,
/// holding no more than that.
struct Counted<R> {
    inner: R,
    read: u64,
    allowed: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.read += read as u64;
        if self.read > self.allowed {
            return Err(std::io::Error::other("beyond the limit"));
        }
        Ok(read)
    }
}

enum ParseError {
    Invalid(HsdsError),
    /// The row (numbered as in the file) that is one too many.
    TooManyRows(u64),
}

impl From<HsdsError> for ParseError {
    fn from(error: HsdsError) -> Self {
        ParseError::Invalid(error)
    }
}

/// One checked table: its rows aligned with the resource's columns.
struct Table {
    resource: &'static Resource,
    file: String,
    rows: Vec<Row>,
}

/// One row's cells (the resource's columns, in order) in one string.
struct Row {
    /// The row in the file; the header is row 1.
    number: u64,
    text: Box<str>,
    /// Where each cell ends in `text`.
    ends: Box<[u32]>,
}

impl Row {
    fn new(number: u64, cells: &[&str]) -> Row {
        let mut text = String::with_capacity(cells.iter().map(|cell| cell.len()).sum());
        let mut ends = Vec::with_capacity(cells.len());
        for cell in cells {
            text.push_str(cell);
            // Fits: a row is shorter than its file, and files are held to
            // far less than 4 GiB (`Limits::file_bytes`).
            ends.push(text.len() as u32);
        }
        Row { number, text: text.into_boxed_str(), ends: ends.into_boxed_slice() }
    }

    fn cell(&self, index: usize) -> &str {
        let start = if index == 0 { 0 } else { self.ends[index - 1] as usize };
        &self.text[start..self.ends[index] as usize]
    }

    fn cells(&self) -> Vec<&str> {
        (0..self.ends.len()).map(|index| self.cell(index)).collect()
    }
}

impl Table {
    /// Reads rows until `max_rows` (then [`ParseError::TooManyRows`]).
    fn parse(resource: &'static Resource, file: &str, input: impl Read, max_rows: usize) -> Result<Table, ParseError> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input);
        let error = |e: csv::Error, header: &[String]| -> HsdsError {
            let row = e.position().map(|p| p.record() + 1);
            match e.kind() {
                csv::ErrorKind::Utf8 { err, .. } => {
                    let field = header.get(err.field()).cloned().unwrap_or_else(|| format!("(column {})", err.field() + 1));
                    invalid(file, row, Some(&field), "not valid UTF-8")
                }
                _ => invalid(file, row, None, format!("not valid CSV: {e}")),
            }
        };
        let mut record = csv::StringRecord::new();
        let header: Vec<String> = match reader.read_record(&mut record) {
            Ok(true) => record
                .iter()
                .enumerate()
                .map(|(index, name)| {
                    let name = if index == 0 { name.strip_prefix('\u{feff}').unwrap_or(name) } else { name };
                    name.trim().to_string()
                })
                .collect(),
            Ok(false) => return Err(invalid(file, Some(1), None, "empty: a header row is required").into()),
            Err(e) => return Err(error(e, &[]).into()),
        };
        let mut positions = vec![None; resource.columns.len()];
        for (index, name) in header.iter().enumerate() {
            if let Some(column) = resource.column_index(name) {
                if positions[column].is_some() {
                    return Err(invalid(file, Some(1), Some(name), "this column appears twice").into());
                }
                positions[column] = Some(index);
            }
        }
        for (column, position) in resource.columns.iter().zip(&positions) {
            if column.required && position.is_none() {
                return Err(invalid(file, Some(1), Some(column.name), "a required column is missing").into());
            }
        }
        let mut rows = Vec::new();
        let mut number = 1;
        loop {
            match reader.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(error(e, &header).into()),
            }
            number += 1;
            if record.len() == 1 && record[0].is_empty() && header.len() > 1 {
                continue;
            }
            if rows.len() == max_rows {
                return Err(ParseError::TooManyRows(number));
            }
            if record.len() != header.len() {
                let field = header.get(record.len()).cloned().unwrap_or_else(|| format!("(column {})", header.len() + 1));
                return Err(invalid(
                    file,
                    Some(number),
                    Some(&field),
                    format!("the row has {} values, the header {}", record.len(), header.len()),
                )
                .into());
            }
            let cells: Vec<&str> = positions.iter().map(|position| position.map_or("", |p| &record[p])).collect();
            if let Some(long) = cells.iter().position(|cell| cell.len() > MAX_TEXT_BYTES) {
                let field = Some(resource.columns[long].name);
                return Err(beyond(file, Some(number), field, Limit::CellBytes, MAX_TEXT_BYTES as u64).into());
            }
            rows.push(Row::new(number, &cells));
        }
        schema::check_rows(resource, file, rows.iter().map(|row| (row.number, row.cells())))?;
        Ok(Table { resource, file: file.to_string(), rows })
    }

    fn get(&self, row: usize, column: &str) -> &str {
        let index = self.resource.column_index(column).unwrap_or_else(|| panic!("{} has no column {column}", self.resource.name));
        self.rows[row].cell(index)
    }

    fn error(&self, row: usize, column: &str, message: impl Into<String>) -> HsdsError {
        invalid(&self.file, Some(self.rows[row].number), Some(column), message)
    }

    /// Row indexes by the value of a column (empty values left out).
    fn index_by(&self, column: &str) -> HashMap<&str, Vec<usize>> {
        let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
        for row in 0..self.rows.len() {
            let value = self.get(row, column);
            if !value.is_empty() {
                index.entry(value).or_default().push(row);
            }
        }
        index
    }

    fn by_id(&self) -> HashMap<&str, usize> {
        (0..self.rows.len()).map(|row| (self.get(row, "id"), row)).collect()
    }

    fn len(&self) -> usize {
        self.rows.len()
    }
}

struct Tables(HashMap<&'static str, Table>);

impl Tables {
    fn get(&self, name: &str) -> &Table {
        &self.0[name]
    }

    fn check_foreign_keys(&self) -> Result<(), HsdsError> {
        for resource in schema::all() {
            let table = self.get(resource.name);
            for (column, target) in resource.foreign_keys {
                let ids = self.get(target).by_id();
                for row in 0..table.len() {
                    let value = table.get(row, column);
                    if !value.is_empty() && !ids.contains_key(value) {
                        return Err(table.error(row, column, format!("no {target} has the id {value}")));
                    }
                }
            }
        }
        Ok(())
    }
}

/// A translation being gathered: revision, machine, fields.
struct Gathered {
    revision: i64,
    machine: bool,
    fields: BTreeMap<String, Text>,
}

/// `(table, record id)`: a row of an HSDS table.
type Record<'a> = (&'a str, &'a str);

/// A record's properties: `property` -> `(properties row, value)`.
type Properties<'a> = HashMap<&'a str, (usize, &'a str)>;

/// Where a translated cell's text goes: `(service, path, column)`.
type Target<'a> = (usize, String, &'a str);

struct Builder<'a> {
    tables: &'a Tables,
    /// `(table, record id)` -> `property` -> `(properties row, value)`.
    properties: HashMap<Record<'a>, Properties<'a>>,
    /// Taxonomy term id -> code.
    terms: HashMap<&'a str, &'a str>,
}

const KNOWN_PROPERTIES: &[(&str, &[&str])] = &[
    ("service", &["document_id", "source_language", "source_revision", "last_verified_by", "last_verified_date", "email", "website"]),
    ("location", &["id", "address.street", "address.postal_code", "address.locality", "address.region", "address.country"]),
    ("schedule", &["id", "valid_from", "valid_to", "opens_at", "closes_at", "rrule", "closed_dates"]),
    ("taxonomy_term", &["icon"]),
];

impl<'a> Builder<'a> {
    fn new(tables: &'a Tables) -> Result<Self, HsdsError> {
        let props = tables.get(PROPERTIES.name);
        let mut properties: HashMap<Record, Properties> = HashMap::new();
        for row in 0..props.len() {
            let table = props.get(row, "table");
            let record = props.get(row, "record_id");
            let property = props.get(row, "property");
            let known = KNOWN_PROPERTIES.iter().find(|(t, _)| *t == table).map(|(_, known)| *known).unwrap_or_default();
            if !known.contains(&property) {
                return Err(props.error(row, "property", format!("{property:?} is not a property hospes knows for a {table}")));
            }
            if !tables.get(table).by_id().contains_key(record) {
                return Err(props.error(row, "record_id", format!("no {table} has the id {record}")));
            }
            properties.entry((table, record)).or_default().insert(property, (row, props.get(row, "value")));
        }
        let terms_table = tables.get("taxonomy_term");
        let mut terms = HashMap::new();
        for row in 0..terms_table.len() {
            let code = terms_table.get(row, "code");
            if let Some(group) = code.strip_prefix(TARGET_GROUP_PREFIX)
                && target_group(group).is_none()
            {
                return Err(terms_table.error(row, "code", format!("{group:?} is not a target group hospes knows")));
            }
            terms.insert(terms_table.get(row, "id"), code);
        }
        Ok(Builder { tables, properties, terms })
    }

    fn property(&self, table: &str, record: &str, name: &str) -> Option<&'a str> {
        self.properties.get(&(table, record)).and_then(|p| p.get(name)).map(|(_, value)| *value)
    }

    fn property_error(&self, table: &str, record: &str, name: &str, message: String) -> HsdsError {
        let row = self.properties[&(table, record)][name].0;
        self.tables.get(PROPERTIES.name).error(row, "value", message)
    }

    fn build(self) -> Result<ImportedPackage, HsdsError> {
        let t = self.tables;
        let services_table = t.get("service");
        let organizations = t.get("organization");
        let organization_rows = organizations.by_id();
        let mut services: Vec<ImportedService> = Vec::new();
        let mut position: HashMap<&str, usize> = HashMap::new();
        // (table, record) -> [(service, path, column)] for translations.
        let mut cells: HashMap<Record, Vec<Target>> = HashMap::new();

        for row in 0..services_table.len() {
            let id = services_table.get(row, "id");
            let cell = |column| services_table.get(row, column).to_string();
            let organization = organization_rows[services_table.get(row, "organization_id")];
            let status = match services_table.get(row, "status") {
                "active" => ServiceStatus::Active,
                "temporarily closed" => ServiceStatus::TemporarilyClosed,
                _ => ServiceStatus::Closed,
            };
            let source_revision = match self.property("service", id, "source_revision") {
                Some(value) => value
                    .parse()
                    .map_err(|_| self.property_error("service", id, "source_revision", format!("{value:?} is not a revision number")))?,
                None => 0,
            };
            let or_property = |column: &str, property: &str| {
                let value = services_table.get(row, column);
                if value.is_empty() { self.property("service", id, property).unwrap_or_default().to_string() } else { value.to_string() }
            };
            let date = or_property("assured_date", "last_verified_date");
            let by = self.property("service", id, "last_verified_by").unwrap_or_default().to_string();
            let service = Service {
                schema: SCHEMA_VERSION,
                source_language: self.property("service", id, "source_language").unwrap_or("und").to_string(),
                source_revision,
                name: Text::with_value(cell("name")),
                description: Text::with_value(cell("description")),
                organization: organizations.get(organization, "name").to_string(),
                categories: Vec::new(),
                target_groups: Vec::new(),
                open_to_all: false,
                eligibility: Text::with_value(cell("eligibility_description")),
                documents_needed: Text::with_value(""),
                cost: Cost { free: false, fee: Text::with_value(cell("fees_description")) },
                languages_spoken: Vec::new(),
                interpretation: !services_table.get(row, "interpretation_services").trim().is_empty(),
                locations: Vec::new(),
                schedules: Vec::new(),
                contacts: Contacts { phones: Vec::new(), email: or_property("email", "email"), website: or_property("url", "website") },
                status,
                last_verified: (!date.is_empty() || !by.is_empty()).then_some(Verification { date, by }),
            };
            let document_id = self.property("service", id, "document_id").map(str::to_string);
            for (path, column) in [("name", "name"), ("description", "description"), ("eligibility", "eligibility_description")] {
                cells.entry(("service", id)).or_default().push((services.len(), path.to_string(), column));
            }
            position.insert(id, services.len());
            services.push(ImportedService { hsds_id: id.to_string(), document_id, service, translations: Vec::new() });
        }

        // Attributes: categories, target groups, features.
        let attributes = t.get("attribute");
        let mut outreach: HashMap<&str, bool> = HashMap::new();
        let locations = t.get("location");
        let location_rows = locations.by_id();
        for row in 0..attributes.len() {
            let code = self.terms[attributes.get(row, "taxonomy_term_id")];
            let entity = attributes.get(row, "link_entity");
            let link = attributes.get(row, "link_id");
            let wanted = if code == OUTREACH {
                "location"
            } else if code.starts_with(CATEGORY_PREFIX) || code.starts_with(TARGET_GROUP_PREFIX) || code == OPEN_TO_ALL {
                "service"
            } else {
                continue;
            };
            if entity != wanted {
                return Err(attributes.error(row, "link_entity", format!("{code} applies to a {wanted}, not {entity:?}")));
            }
            if wanted == "location" {
                if !location_rows.contains_key(link) {
                    return Err(attributes.error(row, "link_id", format!("no location has the id {link}")));
                }
                outreach.insert(link, true);
                continue;
            }
            let Some(&service) = position.get(link) else {
                return Err(attributes.error(row, "link_id", format!("no service has the id {link}")));
            };
            let service = &mut services[service].service;
            if let Some(category) = code.strip_prefix(CATEGORY_PREFIX) {
                if !service.categories.iter().any(|c| c == category) {
                    service.categories.push(category.to_string());
                }
            } else if let Some(group) = code.strip_prefix(TARGET_GROUP_PREFIX).and_then(target_group) {
                if !service.target_groups.contains(&group) {
                    service.target_groups.push(group);
                }
            } else {
                service.open_to_all = true;
            }
        }

        // Locations, through service_at_location.
        let addresses = t.get("address");
        let addresses_by_location = addresses.index_by("location_id");
        let accessibility = t.get("accessibility");
        let accessibility_by_location = accessibility.index_by("location_id");
        let at_location = t.get("service_at_location");
        let mut service_of_link: HashMap<&str, usize> = HashMap::new();
        for row in 0..at_location.len() {
            let service = position[at_location.get(row, "service_id")];
            service_of_link.insert(at_location.get(row, "id"), service);
            let location_id = at_location.get(row, "location_id");
            let location = location_rows[location_id];
            let sub = self.property("location", location_id, "id").unwrap_or(location_id).to_string();
            let coordinate = |column: &str| -> Option<f64> { locations.get(location, column).parse().ok() };
            let address = match addresses_by_location.get(location_id) {
                Some(rows) => {
                    let chosen = rows.iter().copied().find(|&r| addresses.get(r, "address_type") == "physical").unwrap_or(rows[0]);
                    let get = |column| addresses.get(chosen, column).to_string();
                    let street = match addresses.get(chosen, "address_2") {
                        "" => get("address_1"),
                        second => format!("{}, {second}", get("address_1")),
                    };
                    let region = match (get("region"), get("state_province")) {
                        (region, _) if !region.is_empty() => region,
                        (_, state) if state != get("city") => state,
                        _ => String::new(),
                    };
                    Address { street, postal_code: get("postal_code"), locality: get("city"), region, country: get("country") }
                }
                None => {
                    let part = |name| self.property("location", location_id, name).unwrap_or_default().to_string();
                    Address {
                        street: part("address.street"),
                        postal_code: part("address.postal_code"),
                        locality: part("address.locality"),
                        region: part("address.region"),
                        country: part("address.country"),
                    }
                }
            };
            let mut texts = Vec::new();
            for &r in accessibility_by_location.get(location_id).into_iter().flatten() {
                let text = accessibility.get(r, "description");
                if !text.is_empty() {
                    texts.push(text);
                }
                cells.entry(("accessibility", accessibility.get(r, "id"))).or_default().push((
                    service,
                    format!("locations.{sub}.accessibility"),
                    "description",
                ));
            }
            let entry = Location {
                id: sub,
                name: locations.get(location, "name").to_string(),
                address,
                latitude: coordinate("latitude"),
                longitude: coordinate("longitude"),
                accessibility: Text::with_value(texts.join("\n")),
                outreach: outreach.contains_key(location_id),
            };
            services[service].service.locations.push(entry);
        }

        // Schedules of a service (directly or through service_at_location).
        let schedules = t.get("schedule");
        for row in 0..schedules.len() {
            let service = match (schedules.get(row, "service_id"), schedules.get(row, "service_at_location_id")) {
                (id, _) if !id.is_empty() => position[id],
                (_, link) if !link.is_empty() => service_of_link[link],
                _ => continue,
            };
            let id = schedules.get(row, "id");
            let property = |name: &str| self.property("schedule", id, name);
            let column_or = |column: &str| -> Option<String> {
                match schedules.get(row, column) {
                    "" => property(column).map(str::to_string),
                    value => Some(value.to_string()),
                }
            };
            let time = |column: &str| -> String {
                match schedules.get(row, column) {
                    "" => property(column).unwrap_or_default().to_string(),
                    value => value.strip_suffix(":00").filter(|v| v.len() == 5).unwrap_or(value).to_string(),
                }
            };
            let rule = match property("rrule") {
                Some(rule) => rule.to_string(),
                None => {
                    let columns: Vec<(&str, String)> =
                        rrule::PARTS.iter().map(|(_, column)| (*column, schedules.get(row, column).to_string())).collect();
                    rrule::join(&columns)
                }
            };
            let sub = property("id").unwrap_or(id).to_string();
            let notes = match schedules.get(row, "notes") {
                "" => schedules.get(row, "description"),
                notes => notes,
            };
            let schedule = Schedule {
                id: sub.clone(),
                rrule: rule,
                opens_at: time("opens_at"),
                closes_at: time("closes_at"),
                valid_from: column_or("valid_from"),
                valid_to: column_or("valid_to"),
                closed_dates: property("closed_dates")
                    .unwrap_or_default()
                    .split(',')
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(str::to_string)
                    .collect(),
                by_appointment: schedules.get(row, "attending_type").trim().eq_ignore_ascii_case(BY_APPOINTMENT),
                notes: Text::with_value(notes),
            };
            cells.entry(("schedule", id)).or_default().push((service, format!("schedules.{sub}.notes"), "notes"));
            services[service].service.schedules.push(schedule);
        }

        // Phones, languages, cost options, required documents.
        let phones = t.get("phone");
        for row in 0..phones.len() {
            if let Some(&service) = position.get(phones.get(row, "service_id")) {
                services[service].service.contacts.phones.push(phones.get(row, "number").to_string());
            }
        }
        let languages = t.get("language");
        for row in 0..languages.len() {
            if let Some(&service) = position.get(languages.get(row, "service_id")) {
                let tag = match languages.get(row, "code") {
                    "" => languages.get(row, "name"),
                    code => code,
                };
                if !tag.is_empty() {
                    services[service].service.languages_spoken.push(tag.to_string());
                }
            }
        }
        let costs = t.get("cost_option");
        let mut fees: HashMap<usize, Vec<&str>> = HashMap::new();
        for row in 0..costs.len() {
            let service = position[costs.get(row, "service_id")];
            let first = !fees.contains_key(&service);
            let texts = fees.entry(service).or_default();
            let text = costs.get(row, "amount_description");
            if !text.is_empty() {
                texts.push(text);
            }
            if first {
                let free = costs.get(row, "option").trim().eq_ignore_ascii_case("free")
                    || costs.get(row, "amount").parse::<f64>().is_ok_and(|amount| amount == 0.0);
                services[service].service.cost.free = free;
            }
            cells.entry(("cost_option", costs.get(row, "id"))).or_default().push((service, "cost.fee".into(), "amount_description"));
        }
        for (service, texts) in fees {
            services[service].service.cost.fee = Text::with_value(texts.join("\n"));
        }
        let documents = t.get("required_document");
        let mut needed: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for row in 0..documents.len() {
            let Some(&service) = position.get(documents.get(row, "service_id")) else { continue };
            let text = documents.get(row, "document");
            let texts = needed.entry(service).or_default();
            if !text.is_empty() {
                texts.push(text);
            }
            cells.entry(("required_document", documents.get(row, "id"))).or_default().push((
                service,
                "documents_needed".into(),
                "document",
            ));
        }
        for (service, texts) in needed {
            services[service].service.documents_needed = Text::with_value(texts.join("\n"));
        }

        // Categories, from the hospes-categories terms.
        let terms = t.get("taxonomy_term");
        let mut categories: Vec<Category> = Vec::new();
        let mut category_of_term: HashMap<&str, usize> = HashMap::new();
        for row in 0..terms.len() {
            let Some(id) = terms.get(row, "code").strip_prefix(CATEGORY_PREFIX) else { continue };
            let term = terms.get(row, "id");
            let (name, language) = (terms.get(row, "name"), terms.get(row, "language"));
            let mut names = BTreeMap::new();
            match language {
                "" if name == id => {}
                "" => {
                    names.insert("und".to_string(), name.to_string());
                }
                language => {
                    names.insert(language.to_string(), name.to_string());
                }
            }
            let icon = self.property("taxonomy_term", term, "icon").unwrap_or_default().to_string();
            category_of_term.insert(term, categories.len());
            categories.push(Category { id: id.to_string(), icon, names });
        }

        // Translations.
        let translations = t.get(TRANSLATIONS.name);
        let mut gathered: BTreeMap<(usize, String), Gathered> = BTreeMap::new();
        for row in 0..translations.len() {
            let table = translations.get(row, "table");
            let record = translations.get(row, "record_id");
            let field = translations.get(row, "field");
            let language = translations.get(row, "language");
            let text = translations.get(row, "text");
            let machine = translations.get(row, "machine") == "true";
            if !is_language_tag(language) {
                return Err(translations.error(row, "language", format!("{language:?} is not a BCP 47 language tag")));
            }
            if table == "taxonomy_term" {
                let Some(&category) = category_of_term.get(record) else {
                    return Err(translations.error(row, "record_id", format!("no category term has the id {record}")));
                };
                if field != "name" {
                    return Err(translations.error(row, "field", format!("{field:?}: only a category's name is translated")));
                }
                categories[category].names.insert(language.to_string(), text.to_string());
                continue;
            }
            let Some(targets) = cells.get(&(table, record)) else {
                return Err(translations.error(row, "record_id", format!("no {table} has the id {record}")));
            };
            let revision = translations.get(row, "translated_from_revision");
            let revision: i64 = revision
                .parse()
                .map_err(|_| translations.error(row, "translated_from_revision", format!("{revision:?} is not a revision number")))?;
            let Some((service, path, _)) = targets.iter().find(|(_, _, column)| *column == field) else {
                let columns: Vec<&str> = targets.iter().map(|(_, _, column)| *column).collect();
                return Err(translations.error(
                    row,
                    "field",
                    format!("{field:?}: the translated fields of a {table} are {}", columns.join(", ")),
                ));
            };
            let entry =
                gathered.entry((*service, language.to_string())).or_insert_with(|| Gathered { revision, machine, fields: BTreeMap::new() });
            if entry.revision != revision {
                return Err(translations.error(
                    row,
                    "translated_from_revision",
                    "differs from an earlier row of the same service and language",
                ));
            }
            if entry.machine != machine {
                return Err(translations.error(row, "machine", "differs from an earlier row of the same service and language"));
            }
            if entry.fields.insert(path.clone(), Text::with_value(text)).is_some() {
                return Err(translations.error(row, "record_id", format!("{path} is translated into {language} twice")));
            }
        }
        for ((service, language), translation) in gathered {
            let imported = &mut services[service];
            let item = imported.document_id.clone().unwrap_or_else(|| imported.hsds_id.clone());
            imported.translations.push(Translation {
                schema: SCHEMA_VERSION,
                item,
                language,
                translated_from_revision: translation.revision,
                machine: translation.machine,
                fields: translation.fields,
            });
        }

        Ok(ImportedPackage {
            services,
            organizations: (0..organizations.len()).map(|row| organizations.get(row, "name").to_string()).collect(),
            categories,
        })
    }
}

fn target_group(value: &str) -> Option<TargetGroup> {
    serde_json::from_value(Value::String(value.to_string())).ok()
}

/// A well-formed BCP 47 tag: letters, then `-`-separated alphanumeric
/// subtags of up to 8 characters.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}
