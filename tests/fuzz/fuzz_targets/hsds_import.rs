//! The HSDS import (`hsds::import`) and what `hospes import-hsds` does with
//! its result before storing anything.
//!
//! An input starting with `PK` is taken as the zip itself (the archive
//! reader, its limits). Anything else is a package written out as text:
//! `== NAME` lines start each file, and the harness zips the files up
//! (stored, so the CSV bytes reach the parser as the fuzzer wrote them),
//! adding an empty `datapackage.json` when there is none. That lets the
//! fuzzer work on tables, foreign keys and the model instead of on zip
//! checksums.

#![no_main]

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use hospes_content::hsds;
use hospes_content::model::Service;
use hospes_content::publish_checks;
use libfuzzer_sys::fuzz_target;
use zip::write::SimpleFileOptions;

fuzz_target!(|bytes: &[u8]| {
    let package = if bytes.starts_with(b"PK") { bytes.to_vec() } else { zip_of(bytes) };
    let Ok(imported) = hsds::import(&package) else { return };
    for service in &imported.services {
        // The command's checks before it stores anything.
        let translations = service.translations.iter().map(|t| (t.language.clone(), t.clone())).collect::<BTreeMap<_, _>>();
        let _ = publish_checks::check(&service.service, &translations);
        // What it stores is the model reconciled into a document, which
        // readers and editors hydrate again.
        let document = hospes::cli::document_from(&service.service);
        let back: Service = autosurgeon::hydrate(&document).expect("an imported service hydrates from its document");
        assert_eq!(back, service.service, "an imported service changes on its way through a document");
    }
});

/// The files of a text package (`== NAME` lines between them) as a zip.
fn zip_of(text: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(text);
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        match line.strip_prefix("== ") {
            Some(name) => files.push((name.trim_end().to_string(), String::new())),
            None => match files.last_mut() {
                Some((_, content)) => content.push_str(line),
                None => files.push(("services.csv".into(), line.to_string())),
            },
        }
    }
    if !files.iter().any(|(name, _)| name == "datapackage.json") {
        files.push(("datapackage.json".into(), "{}".into()));
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in files {
        // A name twice is refused by the writer; the fuzzer may write one.
        if zip.start_file(name, stored).is_ok() {
            zip.write_all(content.as_bytes()).expect("writing to memory");
        }
    }
    zip.finish().expect("writing to memory").into_inner()
}
