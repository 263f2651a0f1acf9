//! HSDS 3.0 export and import (`hospes_content::hsds`).
//!
//! - The export of the fixture service, a second service and translations
//!   (one Arabic) validates with frictionless, an independent Table Schema
//!   validator, both against the package's own `datapackage.json` and
//!   against the standard's (`../shared/standards/hsds-3.0/`); and its
//!   schemas, headers and values match the standard's declarations.
//! - export -> import gives the same services and translations back, and
//!   export -> import -> export the same bytes.
//! - A malformed package is refused with the file, row and field named;
//!   one beyond a size limit with the limit named too.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::PathBuf;
use std::process::Command;

use hospes_content::hsds::{self, ExportService, HsdsError, ImportedPackage, Limit, Limits, Problem};
use hospes_content::model::{City, Service, Translation};
use serde_json::{Value, json};

fn fixture(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).expect("the fixture exists")).expect("valid JSON")
}

/// The HSDS 3.0 standard (Open Referral's schema), beside the repository as
/// `../shared/standards/hsds-3.0` or wherever `HOSPES_HSDS_STANDARD` says.
/// Missing, it is a failure, not a skip: a clone without it would test
/// nothing against the standard.
fn standard_datapackage() -> PathBuf {
    let dir = std::env::var_os("HOSPES_HSDS_STANDARD")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/standards/hsds-3.0"));
    let path = dir.join("datapackage.json");
    assert!(
        path.exists(),
        "{} is missing: these tests need the HSDS 3.0 standard (openreferral/specification, \
         branch 3.0) beside the repository as shared/standards/hsds-3.0, or its folder in \
         HOSPES_HSDS_STANDARD",
        path.display()
    );
    path
}

const FIRST: &str = "2hFEdCDw1HykCkNUHSU9euooMdma";
const SECOND: &str = "3kQmZxT8pRw1VhN5sGdLbYcE2aF";

fn city() -> City {
    serde_json::from_value(fixture("city.json")).expect("a city")
}

/// The fixture service with its Arabic translation, and a second service
/// that exercises what HSDS has no column for: a daily RRULE, closed days,
/// an outreach location with an incomplete address, a fee, an email HSDS
/// would refuse, a machine translation.
fn services() -> Vec<ExportService> {
    let first: Service = serde_json::from_value(fixture("service.json")).expect("a service");
    let arabic: Translation = serde_json::from_value(fixture("translation.json")).expect("a translation");

    let mut second = fixture("service.json");
    second["source_revision"] = json!(7);
    second["name"] = json!("Cours de français, de l'alphabétisation au niveau professionnel");
    second["description"] = json!("Cours du soir, « garde d'enfants » pendant les cours.\nDeuxième ligne, avec une virgule.");
    second["organization"] = json!("Association des cours (exemple)");
    second["categories"] = json!(["health", "legal-and-residence"]);
    second["target_groups"] = json!(["women", "students"]);
    second["open_to_all"] = json!(false);
    second["documents_needed"] = json!("");
    second["cost"] = json!({ "free": false, "fee": "5 € par session, réduit pour les étudiants" });
    second["languages_spoken"] = json!(["fr", "uk", "fa"]);
    second["interpretation"] = json!(false);
    second["locations"] = json!([
        {
            "id": "bus",
            "name": "Bus itinérant",
            "address": { "street": "", "postal_code": "", "locality": "Sample City", "region": "Sample Region", "country": "BE" },
            "latitude": null,
            "longitude": null,
            "accessibility": "",
            "outreach": true
        },
        {
            "id": "school",
            "name": "École du soir",
            "address": { "street": "2 place de l'Exemple", "postal_code": "0001", "locality": "Sample City", "region": "Sample Region", "country": "BE" },
            "latitude": 50.25,
            "longitude": -5.125,
            "accessibility": "Ascenseur.",
            "outreach": false
        }
    ]);
    second["schedules"] = json!([
        {
            "id": "evenings",
            "rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
            "opens_at": "18:30",
            "closes_at": "20:00",
            "valid_from": null,
            "valid_to": "2027-06-30",
            "closed_dates": [],
            "by_appointment": false,
            "notes": ""
        },
        {
            "id": "daily",
            "rrule": "FREQ=DAILY;BYHOUR=9",
            "opens_at": "09:00",
            "closes_at": "10:00",
            "valid_from": "2026-09-01",
            "valid_to": null,
            "closed_dates": ["2026-11-01", "2026-11-11"],
            "by_appointment": true,
            "notes": "Sur rendez-vous uniquement."
        }
    ]);
    second["contacts"] = json!({ "phones": ["+32 000 00 00 01", "+32 000 00 00 02"], "email": "cours at example", "website": "" });
    second["status"] = json!("temporarily-closed");
    second["last_verified"] = Value::Null;
    let second: Service = serde_json::from_value(second).expect("a second service");
    let english: Translation = serde_json::from_value(json!({
        "schema": 1,
        "item": SECOND,
        "language": "en",
        "translated_from_revision": 7,
        "machine": true,
        "fields": {
            "name": "French courses, from literacy to professional level",
            "cost.fee": "5 € a session, less for students",
            "locations.school.accessibility": "Lift.",
            "schedules.daily.notes": "By appointment only."
        }
    }))
    .expect("a translation");
    let arabic_second: Translation = serde_json::from_value(json!({
        "schema": 1,
        "item": SECOND,
        "language": "ar",
        "translated_from_revision": 6,
        "machine": false,
        "fields": { "name": "دروس اللغة الفرنسية", "description": "" }
    }))
    .expect("a translation");

    vec![
        // Deliberately not in document-id order.
        ExportService { document_id: SECOND.into(), service: second, translations: vec![english, arabic_second] },
        ExportService { document_id: FIRST.into(), service: first, translations: vec![arabic] },
    ]
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("an entry");
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("readable");
        files.insert(entry.name().expect("a name").to_string(), content);
    }
    files
}

fn rezip(files: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in files {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).expect("starts");
        zip.write_all(content).expect("writes");
    }
    zip.finish().expect("finishes").into_inner()
}

fn csv_rows(content: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(content)
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

fn exported() -> Vec<u8> {
    hsds::export(&city(), &services()).expect("exports")
}

/// Runs frictionless (`tests/hsds/validate.py`) on the unpacked package,
/// with its own descriptor and with the standard's.
fn frictionless(files: &BTreeMap<String, Vec<u8>>) -> (bool, String) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, content) in files {
        std::fs::write(dir.path().join(name), content).expect("writes");
    }
    let mut descriptors = vec![dir.path().join("datapackage.json")];
    let _keep = &dir;
    // The standard's own descriptor over our CSVs: every HSDS file is there,
    // with the standard's schemas and foreign keys.
    let copy = dir.path().join("hsds-3.0-datapackage.json");
    std::fs::copy(standard_datapackage(), &copy).expect("copies");
    descriptors.push(copy);
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hsds/validate.py");
    let output = Command::new("python3")
        .arg(&script)
        .args(&descriptors)
        .output()
        .unwrap_or_else(|error| panic!("python3 is needed for this test (with `pip install frictionless`): {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => (true, stdout.into_owned()),
        Some(1) => (false, stdout.into_owned()),
        Some(3) => panic!("frictionless is needed for this test: `pip install frictionless` ({stderr})"),
        _ => panic!("validate.py failed:\n{stdout}\n{stderr}"),
    }
}

#[test]
fn export_validates_with_frictionless_against_the_standard() {
    let files = unzip(&exported());
    let (valid, report) = frictionless(&files);
    assert!(valid, "frictionless finds the export invalid:\n{report}");
    println!("{report}");
    assert!(report.contains("hsds-3.0-datapackage.json: valid"), "{report}");

    // The check can fail: a value outside an enum is reported.
    let mut broken = files.clone();
    let services = String::from_utf8(broken["services.csv"].clone()).unwrap();
    broken.insert("services.csv".into(), set_cell(services, 1, "status", "on holiday").into_bytes());
    let (valid, report) = frictionless(&broken);
    assert!(!valid && report.contains("status"), "frictionless sees the bad status:\n{report}");
}

/// Schema parts that matter for validity (not titles, descriptions or
/// examples).
fn essential(schema: &Value) -> Value {
    let fields: Vec<Value> = schema["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|field| {
            json!({
                "name": field["name"],
                "type": field["type"],
                "format": field.get("format").cloned().unwrap_or(Value::Null),
                "constraints": field["constraints"],
            })
        })
        .collect();
    json!({
        "fields": fields,
        "primaryKey": schema["primaryKey"],
        "foreignKeys": schema.get("foreignKeys").cloned().unwrap_or(json!([])),
    })
}

#[test]
fn export_declares_the_standard_schemas_and_keeps_to_them() {
    let standard = std::fs::read_to_string(standard_datapackage()).expect("reads the standard");
    let standard: Value = serde_json::from_str(&standard).expect("valid JSON");
    let files = unzip(&exported());
    let ours: Value = serde_json::from_slice(&files["datapackage.json"]).expect("valid JSON");
    assert_eq!(ours["profile"], "tabular-data-package");
    let ours_by_name: BTreeMap<&str, &Value> =
        ours["resources"].as_array().unwrap().iter().map(|r| (r["name"].as_str().unwrap(), r)).collect();

    for resource in standard["resources"].as_array().unwrap() {
        let name = resource["name"].as_str().unwrap();
        let declared = ours_by_name.get(name).unwrap_or_else(|| panic!("{name} is declared"));
        assert_eq!(declared["path"], resource["path"], "{name}: path");
        assert_eq!(essential(&declared["schema"]), essential(&resource["schema"]), "{name}: schema");
    }
    assert_eq!(
        ours_by_name.keys().filter(|name| !name.starts_with("hospes_")).count(),
        standard["resources"].as_array().unwrap().len(),
        "only HSDS resources and the hospes_ extensions"
    );

    // Every file's header is its declared fields, and every value keeps
    // to its declared type and constraints.
    for resource in ours["resources"].as_array().unwrap() {
        let file = resource["path"].as_str().unwrap();
        let rows = csv_rows(&files[file]);
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(rows[0], names, "{file}: header");
        for (index, row) in rows.iter().enumerate().skip(1) {
            assert_eq!(row.len(), names.len(), "{file} row {}", index + 1);
            for (value, field) in row.iter().zip(fields) {
                let at = format!("{file} row {} field {}", index + 1, field["name"]);
                let constraints = &field["constraints"];
                if value.is_empty() {
                    assert_ne!(constraints["required"], true, "{at}: required");
                    continue;
                }
                if let Some(allowed) = constraints.get("enum") {
                    assert!(allowed.as_array().unwrap().contains(&json!(value)), "{at}: {value} not in {allowed}");
                }
                match (field["type"].as_str().unwrap(), field.get("format").and_then(Value::as_str)) {
                    ("string", Some("uuid")) => {
                        assert!(uuid::Uuid::try_parse(value).is_ok() && value.len() == 36, "{at}: {value} is a UUID")
                    }
                    ("string", Some("email")) => assert!(value.contains('@'), "{at}: {value} is an email"),
                    ("string", Some("uri")) => assert!(value.contains("://"), "{at}: {value} is a URI"),
                    ("number", _) => assert!(value.parse::<f64>().is_ok(), "{at}: {value} is a number"),
                    ("integer", _) => assert!(value.parse::<i64>().is_ok(), "{at}: {value} is an integer"),
                    ("boolean", _) => assert!(value == "true" || value == "false", "{at}: {value} is a boolean"),
                    ("date", _) => assert!(value.len() == 10 && value.as_bytes()[4] == b'-', "{at}: {value} is a date"),
                    ("time", _) => assert!(value.len() == 8 && value.as_bytes()[2] == b':', "{at}: {value} is a time"),
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn the_export_carries_the_model() {
    let files = unzip(&exported());
    let services = csv_rows(&files["services.csv"]);
    assert_eq!(services.len(), 3, "a header and two services");
    let header = &services[0];
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(services[1][column("name")], "Permanence juridique gratuite", "sorted by document id");
    assert_eq!(services[2][column("status")], "temporarily closed");
    assert_eq!(services[2][column("email")], "", "an invalid email is not put in an email column");

    let schedules = String::from_utf8(files["schedules.csv"].clone()).unwrap();
    assert!(schedules.contains("WEEKLY,,\"MO,WE,FR\""), "the RRULE in HSDS columns:\n{schedules}");
    assert!(schedules.contains("WEEKLY,2,\"TU,TH\""), "the RRULE in HSDS columns:\n{schedules}");
    assert!(schedules.contains("09:00:00,13:00:00"), "times as HH:MM:SS:\n{schedules}");

    let translations = csv_rows(&files["hospes_translations.csv"]);
    assert_eq!(translations[0], ["table", "record_id", "field", "language", "text", "translated_from_revision", "machine"]);
    let arabic_name = translations.iter().find(|row| row[4] == "استشارة قانونية مجانية").expect("the Arabic name is carried");
    assert_eq!((arabic_name[0].as_str(), arabic_name[2].as_str(), arabic_name[3].as_str()), ("service", "name", "ar"));
    assert_eq!(arabic_name[1], services[1][column("id")], "it names the service's HSDS id");
    assert!(
        translations.iter().any(|row| row[0] == "taxonomy_term" && row[3] == "en" && row[4] == "Health"),
        "category names in other languages are carried"
    );
    let properties = String::from_utf8(files["hospes_properties.csv"].clone()).unwrap();
    assert!(properties.contains(&format!(",document_id,{FIRST}")));
    assert!(properties.contains(",rrule,FREQ=DAILY;BYHOUR=9"), "{properties}");
}

fn by_document(package: &ImportedPackage) -> BTreeMap<String, (Service, Vec<Translation>)> {
    package.services.iter().map(|s| (s.document_id.clone().expect("a document id"), (s.service.clone(), s.translations.clone()))).collect()
}

#[test]
fn export_import_export_is_stable() {
    let city = city();
    let first = hsds::export(&city, &services()).expect("exports");
    let mut reversed = services();
    reversed.reverse();
    assert_eq!(hsds::export(&city, &reversed).expect("exports"), first, "input order does not matter");

    let package = hsds::import(&first).expect("imports");
    assert_eq!(package.organizations, ["Maison d'accueil (exemple)", "Association des cours (exemple)"]);
    assert_eq!(package.categories, city.categories, "categories with their names in every language and icons");

    // What comes back is what went in (translations with no text left
    // aside: the empty Arabic description is kept as an empty text).
    let imported = by_document(&package);
    for original in services() {
        let (service, translations) = &imported[&original.document_id];
        assert_eq!(service, &original.service, "{}", original.document_id);
        let mut expected = original.translations.clone();
        expected.sort_by(|a, b| a.language.cmp(&b.language));
        assert_eq!(translations, &expected, "{}", original.document_id);
    }

    let again: Vec<ExportService> = package
        .services
        .iter()
        .map(|s| ExportService {
            document_id: s.document_id.clone().unwrap(),
            service: s.service.clone(),
            translations: s.translations.clone(),
        })
        .collect();
    let mut city_again = city.clone();
    city_again.categories = package.categories.clone();
    let second = hsds::export(&city_again, &again).expect("exports again");
    assert!(first == second, "export -> import -> export is byte-identical");
}

/// The exported package with one file changed.
fn with_file(file: &str, change: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut files = unzip(&exported());
    let content = String::from_utf8(files[file].clone()).unwrap();
    files.insert(file.to_string(), change(content).into_bytes());
    rezip(&files)
}

fn refused(bytes: &[u8]) -> Problem {
    match hsds::import(bytes) {
        Err(HsdsError::Invalid(problem)) => problem,
        Err(other) => panic!("an unexpected error: {other}"),
        Ok(_) => panic!("a bad package was imported"),
    }
}

fn assert_problem(problem: &Problem, file: &str, row: Option<u64>, field: Option<&str>) {
    assert_eq!((problem.file.as_str(), problem.row, problem.field.as_deref()), (file, row, field), "{problem}");
    let message = problem.to_string();
    assert!(message.contains(file), "{message}");
    if let Some(field) = field {
        assert!(message.contains(field), "{message}");
    }
}

/// Replaces the value of `column` in data row `row` (1-based data row;
/// file row `row + 1`).
fn set_cell(content: String, row: usize, column: &str, value: &str) -> String {
    let mut rows = csv_rows(content.as_bytes());
    let index = rows[0].iter().position(|h| h == column).unwrap();
    rows[row][index] = value.to_string();
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

#[test]
fn a_broken_row_is_refused_naming_file_row_and_field() {
    let bytes = with_file("services.csv", |content| {
        let mut lines: Vec<String> = content.split("\r\n").map(str::to_string).collect();
        lines[2] = lines[2].split(',').take(3).collect::<Vec<_>>().join(",");
        lines.join("\r\n")
    });
    let problem = refused(&bytes);
    assert_problem(&problem, "services.csv", Some(3), Some("name"));
    assert!(problem.message.contains("3 values"), "{problem}");
}

#[test]
fn an_unterminated_quote_is_refused() {
    let bytes = with_file("locations.csv", |content| content.replacen(",Maison d'accueil,", ",\"Maison d'accueil,", 1));
    let problem = refused(&bytes);
    assert_eq!(problem.file, "locations.csv", "{problem}");
    assert!(problem.row.is_some(), "{problem}");
}

#[test]
fn a_missing_required_column_is_refused() {
    let bytes = with_file("services.csv", |content| {
        let rows = csv_rows(content.as_bytes());
        let status = rows[0].iter().position(|h| h == "status").unwrap();
        let mut writer = csv::Writer::from_writer(Vec::new());
        for mut row in rows {
            row.remove(status);
            writer.write_record(row).unwrap();
        }
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    });
    assert_problem(&refused(&bytes), "services.csv", Some(1), Some("status"));
}

#[test]
fn an_unknown_enum_value_is_refused() {
    let bytes = with_file("services.csv", |content| set_cell(content, 2, "status", "on holiday"));
    let problem = refused(&bytes);
    assert_problem(&problem, "services.csv", Some(3), Some("status"));
    assert!(problem.message.contains("on holiday"), "{problem}");
}

#[test]
fn a_bad_uuid_is_refused() {
    let bytes = with_file("phones.csv", |content| set_cell(content, 1, "id", "not-a-uuid"));
    assert_problem(&refused(&bytes), "phones.csv", Some(2), Some("id"));
}

#[test]
fn an_unknown_foreign_key_is_refused() {
    let bytes = with_file("service_at_location.csv", |content| set_cell(content, 2, "location_id", "00000000-0000-4000-8000-000000000000"));
    let problem = refused(&bytes);
    assert_problem(&problem, "service_at_location.csv", Some(3), Some("location_id"));
    assert!(problem.message.contains("no location"), "{problem}");
}

#[test]
fn a_required_value_left_empty_is_refused() {
    let bytes = with_file("addresses.csv", |content| set_cell(content, 1, "country", ""));
    assert_problem(&refused(&bytes), "addresses.csv", Some(2), Some("country"));
}

#[test]
fn text_over_the_size_limit_is_refused() {
    let long = "a".repeat(hsds::MAX_TEXT_BYTES + 1);
    let bytes = with_file("services.csv", |content| set_cell(content, 1, "description", &long));
    let problem = refused(&bytes);
    assert_problem(&problem, "services.csv", Some(2), Some("description"));
    assert!(problem.message.contains("bytes"), "{problem}");
    assert_limit(&problem, Limit::CellBytes, hsds::MAX_TEXT_BYTES as u64);
}

fn assert_limit(problem: &Problem, limit: Limit, value: u64) {
    assert_eq!(problem.limit, Some(limit), "{problem}");
    assert!(problem.to_string().contains(&format!("at most {value} ")), "the message names the limit: {problem}");
}

/// Refused within `limits`.
fn refused_within(bytes: &[u8], limits: Limits) -> Problem {
    match hsds::import_within(bytes, limits) {
        Err(HsdsError::Invalid(problem)) => problem,
        Err(other) => panic!("an unexpected error: {other}"),
        Ok(_) => panic!("a package beyond its limits was imported"),
    }
}

/// The limits that the exported package only just fits in.
fn snug() -> Limits {
    let bytes = exported();
    let files = unzip(&bytes);
    let largest = files.iter().filter(|(name, _)| name.ends_with(".csv")).map(|(_, content)| content.len() as u64).max().unwrap();
    let rows: Vec<usize> =
        files.iter().filter(|(name, _)| name.ends_with(".csv")).map(|(_, content)| csv_rows(content).len() - 1).collect();
    let limits = Limits {
        archive_bytes: bytes.len() as u64,
        entries: files.len(),
        descriptor_bytes: files["datapackage.json"].len() as u64,
        file_bytes: largest,
        package_bytes: files.iter().filter(|(name, _)| name.ends_with(".csv")).map(|(_, content)| content.len() as u64).sum(),
        rows: *rows.iter().max().unwrap(),
        package_rows: rows.iter().sum(),
    };
    assert!(hsds::import_within(&bytes, limits).is_ok(), "the package fits in {limits:?}");
    limits
}

#[test]
fn an_archive_over_its_limit_is_refused_before_it_is_opened() {
    let limits = snug();
    let problem = refused_within(&vec![0u8; limits.archive_bytes as usize + 1], limits);
    assert_problem(&problem, "hsds.zip", None, None);
    assert_limit(&problem, Limit::ArchiveBytes, limits.archive_bytes);
    assert!(
        hsds::import(&vec![0u8; hsds::MAX_ARCHIVE_BYTES as usize + 1]).unwrap_err().problem().unwrap().limit == Some(Limit::ArchiveBytes)
    );
}

#[test]
fn too_many_entries_are_refused() {
    let mut files = unzip(&exported());
    files.insert("README.txt".into(), Vec::new());
    let problem = refused_within(&rezip(&files), Limits { archive_bytes: u64::MAX, ..snug() });
    assert_problem(&problem, "hsds.zip", None, None);
    assert_limit(&problem, Limit::Entries, snug().entries as u64);
}

#[test]
fn a_descriptor_over_its_limit_is_refused() {
    let bytes = with_file("datapackage.json", |content| content + " ");
    let problem = refused_within(&bytes, Limits { archive_bytes: u64::MAX, ..snug() });
    assert_problem(&problem, "datapackage.json", None, None);
    assert_limit(&problem, Limit::DescriptorBytes, snug().descriptor_bytes);
}

/// The exported package with `extra` added to the end of `file`.
fn with_rows(file: &str, extra: &str) -> Vec<u8> {
    with_file(file, |content| content + extra)
}

#[test]
fn a_file_over_its_limit_is_refused() {
    let limits = Limits { archive_bytes: u64::MAX, package_bytes: u64::MAX, ..snug() };
    // The largest file, one byte longer.
    let files = unzip(&exported());
    let (largest, _) = files.iter().filter(|(name, _)| name.ends_with(".csv")).max_by_key(|(_, content)| content.len()).unwrap();
    let problem = refused_within(&with_rows(largest, "\n"), limits);
    assert_problem(&problem, largest, None, None);
    assert_limit(&problem, Limit::FileBytes, limits.file_bytes);
}

#[test]
fn files_over_the_package_limit_together_are_refused() {
    let limits = Limits { archive_bytes: u64::MAX, file_bytes: u64::MAX, ..snug() };
    // A blank line at the end of the last file read changes no row.
    let problem = refused_within(&with_rows("hospes_properties.csv", "\n"), limits);
    assert_problem(&problem, "hospes_properties.csv", None, None);
    assert_limit(&problem, Limit::PackageBytes, limits.package_bytes);
}

#[test]
fn a_file_with_too_many_rows_is_refused_at_the_first_row_beyond() {
    let limits = Limits { archive_bytes: u64::MAX, file_bytes: u64::MAX, package_bytes: u64::MAX, package_rows: usize::MAX, ..snug() };
    // Rows of empty cells: well-formed, and counted before they are checked.
    let empty_row = ",".repeat(csv_rows(&unzip(&exported())["phones.csv"])[0].len() - 1) + "\n";
    let problem = refused_within(&with_rows("phones.csv", &empty_row.repeat(limits.rows + 5)), limits);
    assert_limit(&problem, Limit::Rows, limits.rows as u64);
    // The header is row 1: the first data row beyond is the one after.
    assert_problem(&problem, "phones.csv", Some(limits.rows as u64 + 2), None);
    let problem = refused(&with_rows("phones.csv", &empty_row.repeat(hsds::MAX_ROWS + 1)));
    assert_limit(&problem, Limit::Rows, hsds::MAX_ROWS as u64);
}

#[test]
fn files_with_too_many_rows_together_are_refused() {
    let limits = Limits { archive_bytes: u64::MAX, file_bytes: u64::MAX, package_bytes: u64::MAX, rows: usize::MAX, ..snug() };
    let problem = refused_within(&with_rows("hospes_properties.csv", "x\n"), limits);
    assert_limit(&problem, Limit::PackageRows, limits.package_rows as u64);
    assert_eq!(problem.file, "hospes_properties.csv", "{problem}");
}

#[test]
fn a_bad_translation_is_refused() {
    let bytes = with_file("hospes_translations.csv", |content| set_cell(content, 1, "language", "not a language"));
    assert_problem(&refused(&bytes), "hospes_translations.csv", Some(2), Some("language"));

    let bytes = with_file("hospes_translations.csv", |content| set_cell(content, 3, "machine", "perhaps"));
    assert_problem(&refused(&bytes), "hospes_translations.csv", Some(4), Some("machine"));

    let bytes = with_file("hospes_translations.csv", |content| {
        let rows = csv_rows(content.as_bytes());
        let row = rows.iter().position(|r| r[0] == "service").unwrap();
        set_cell(content, row, "field", "status")
    });
    let problem = refused(&bytes);
    assert_eq!((problem.file.as_str(), problem.field.as_deref()), ("hospes_translations.csv", Some("field")), "{problem}");
}

#[test]
fn not_a_package_is_refused() {
    assert_problem(&refused(b"not a zip"), "hsds.zip", None, None);
    let mut files = unzip(&exported());
    files.remove("datapackage.json");
    assert_problem(&refused(&rezip(&files)), "hsds.zip", None, None);
}

#[test]
fn a_plain_hsds_package_imports() {
    // The standard's example rows for services and their organization,
    // without hospes' extension resources.
    let example = standard_datapackage().parent().expect("in a folder").join("examples/csv");
    let mut files = unzip(&exported());
    files.retain(|name, _| !name.starts_with("hospes_"));
    for name in ["organizations.csv", "programs.csv", "services.csv"] {
        files.insert(name.to_string(), std::fs::read(example.join(name)).unwrap());
    }
    for (name, content) in files.iter_mut() {
        if !["organizations.csv", "programs.csv", "services.csv"].contains(&name.as_str()) && name.ends_with(".csv") {
            // Keep only the headers: the other rows point at our services.
            let text = String::from_utf8(content.clone()).unwrap();
            *content = format!("{}\r\n", text.split("\r\n").next().unwrap()).into_bytes();
        }
    }
    let package = hsds::import(&rezip(&files)).expect("a plain HSDS package imports");
    assert_eq!(package.services.len(), 1);
    let imported = &package.services[0];
    assert_eq!(imported.document_id, None);
    assert_eq!(imported.service.source_language, "und");
    assert!(!imported.service.name.as_str().is_empty());
    assert_eq!(package.organizations.len(), 1);
}

/// The HSDS mapping places each translatable field of a service somewhere in
/// the package; every key of the one table of text fields
/// (`hospes_content::text_fields`) must make the trip, so a field added
/// there without a place in HSDS fails here.
#[test]
fn every_translatable_field_of_a_service_survives_export_and_import() {
    let service: Service = serde_json::from_value(fixture("service.json")).expect("a service");
    let keys: Vec<String> =
        hospes_content::text_fields::slots("service", &serde_json::to_value(&service).unwrap()).into_iter().map(|slot| slot.key).collect();
    assert!(keys.len() >= 7, "the fixture has every kind of text field: {keys:?}");
    let fields: serde_json::Map<String, Value> = keys.iter().map(|key| (key.clone(), json!(format!("EN {key}")))).collect();
    let translation: Translation = serde_json::from_value(json!({
        "schema": 1, "item": FIRST, "language": "en", "translated_from_revision": service.source_revision,
        "machine": false, "fields": fields,
    }))
    .expect("a translation");
    let exported = hsds::export(&city(), &[ExportService { document_id: FIRST.into(), service, translations: vec![translation.clone()] }])
        .expect("exports");
    let imported = by_document(&hsds::import(&exported).expect("imports"));
    let (_, translations) = &imported[FIRST];
    let back = translations.iter().find(|t| t.language == "en").expect("the English translation");
    let back_keys: Vec<&String> = back.fields.keys().collect();
    let mut expected: Vec<&String> = keys.iter().collect();
    expected.sort();
    assert_eq!(back_keys, expected);
    assert_eq!(back, &translation);
}
