//! Reads a group's archive export (a zip) the way its users' tools would:
//! with a zip library, every file by name.

use std::collections::BTreeMap;
use std::path::Path;

/// Every file of the zip at `path`, by name.
pub fn files(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).expect("the export exists")).expect("a zip file");
    let mut files = BTreeMap::new();
    for index in 0..zip.len() {
        let mut file = zip.by_index(index).expect("a file of the zip");
        let mut contents = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut contents).expect("readable");
        files.insert(file.name().expect("a UTF-8 name").to_string(), contents);
    }
    files
}

/// The text files of the export (the manifest and transcripts), by name.
pub fn texts(path: &Path) -> BTreeMap<String, String> {
    files(path).into_iter().filter_map(|(name, bytes)| String::from_utf8(bytes).ok().map(|text| (name, text))).collect()
}
