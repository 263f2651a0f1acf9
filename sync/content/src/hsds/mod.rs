//! Open Referral HSDS 3.0 export and import of a city's services.
//!
//! A package is a zip holding a tabular data package: `datapackage.json`
//! and one CSV per HSDS table (every table of the standard, with its full
//! header in the standard's column order; tables hospes has nothing for,
//! such as `programs.csv`, hold only the header). The resource schemas in
//! `datapackage.json` are the standard's (names, types, formats,
//! `required`/`unique`/`enum` constraints, primary and foreign keys), so a
//! plain HSDS 3.0 consumer reads the package as is.
//!
//! # Layout
//!
//! - [`schema`]: the tables, their columns and constraints (one table that
//!   is both what `datapackage.json` declares and what import checks).
//! - `export`: model -> rows -> CSV -> zip ([`export()`]).
//! - `import`: zip -> checked tables -> model, all or nothing ([`import()`]).
//!
//! # How the model maps onto HSDS
//!
//! | hospes | HSDS |
//! |---|---|
//! | service name, description, eligibility | `services.name`, `description`, `eligibility_description` |
//! | organization (a name) | `organizations` (one row per distinct name; `description` repeats the name, since HSDS requires one; an empty name becomes the city's name) |
//! | status active / temporarily closed / closed | `services.status` `active` / `temporarily closed` / `defunct` (`inactive` imports as closed) |
//! | contacts email, website, phones | `services.email`, `services.url`, `phones` |
//! | interpretation | `services.interpretation_services` (non-empty means yes) |
//! | last verified date | `services.assured_date` |
//! | documents needed | one `required_documents` row |
//! | cost | one `cost_options` row: `option` `free` (with `amount` 0) or `fee`, the fee text in `amount_description` |
//! | languages spoken | `languages.code` (BCP 47), one row each |
//! | locations | `locations` (`physical`) + `service_at_location` + `addresses` (`address_type` `physical`; `state_province`, required by HSDS, is the region or else the locality; the region itself is in `region`) + `accessibility` |
//! | schedules | `schedules` linked to the service: the RRULE split into `freq`, `interval`, `count`, `until`, `wkst`, `byday`, `byweekno`, `bymonthday`, `byyearday`; `opens_at`/`closes_at` as `HH:MM:SS`; `by appointment` in `attending_type` |
//! | categories, target groups | `taxonomies`, `taxonomy_terms` and `attributes` (`link_entity` `service`): taxonomy `hospes-categories` (term codes `category/<id>`, from the city's categories) and `hospes-target-groups` (`target-group/<value>`) |
//! | open to everyone whatever their residence status; outreach locations | taxonomy `hospes-features`, terms `feature/open-to-all` (on services) and `feature/outreach` (on locations) |
//!
//! Ids are UUID v5 derived from the city, the document id and the sub-id
//! (location or schedule id), so the same content always gets the same
//! ids; rows are in the model's order with services sorted by document id,
//! and zip entries carry a fixed timestamp: the same content always gives
//! the same bytes, and export -> import -> export is byte-identical.
//!
//! # Extension resources
//!
//! HSDS has one text per field and no place for hospes' own bookkeeping.
//! Two extra resources, declared in `datapackage.json` with their own
//! schemas, carry the rest; consumers that only know HSDS ignore them.
//!
//! `hospes_translations.csv`: one row per translated field:
//!
//! | column | |
//! |---|---|
//! | `table` | the HSDS resource of the translated cell: `service`, `required_document`, `cost_option`, `accessibility`, `schedule`, `taxonomy_term` |
//! | `record_id` | the row's `id` in that table |
//! | `field` | the column: `name`, `description`, `eligibility_description` (service), `document`, `amount_description`, `description` (accessibility), `notes` (schedule), `name` (taxonomy term) |
//! | `language` | BCP 47 tag |
//! | `text` | the translated text |
//! | `translated_from_revision` | the service's source revision the translation was made from (empty for category names) |
//! | `machine` | `true` when machine translated and not yet reviewed |
//!
//! The HSDS cell itself holds the source-language text. A translation path
//! maps to a cell as `name` -> service `name`, `description` -> service
//! `description`, `eligibility` -> service `eligibility_description`,
//! `documents_needed` -> required document `document`, `cost.fee` -> cost
//! option `amount_description`, `locations.<id>.accessibility` ->
//! accessibility `description`, `schedules.<id>.notes` -> schedule `notes`.
//! A translation of a path with no such cell (an unknown location id), and
//! a translation with no fields at all, carries no text and is left out.
//!
//! `hospes_properties.csv` (`table`, `record_id`, `property`, `value`)
//! holds what has no HSDS column: for a service its `document_id`,
//! `source_language`, `source_revision` and `last_verified_by`; for a
//! location and a schedule its hospes `id`; for a schedule its
//! `closed_dates` (comma-separated ISO dates) and, when the RRULE does not
//! fit HSDS's columns exactly (another `FREQ` than weekly or monthly, other
//! parts, another order), the whole `rrule`; for a category term its
//! `icon`. Values the model holds but that do not satisfy an HSDS column's
//! format (an email without `@`, a date that is not ISO, an incomplete
//! address) go there too, under the model's name (`email`, `website`,
//! `last_verified_date`, `valid_from`, `valid_to`, `opens_at`,
//! `closes_at`, `address.street`, ...), rather than making the package
//! invalid.
//!
//! # Import
//!
//! [`import`] reads such a package, and also plain HSDS 3.0 packages (no
//! extension resources: ids then default to the HSDS ids). Every cell is
//! checked against the declared schema (required, UUID, number, date,
//! time, enum, unique), every foreign key resolved, every text held to
//! [`MAX_TEXT_BYTES`]; the first problem is returned as an error naming the
//! file, the row (the header is row 1, as in a spreadsheet and in
//! frictionless' reports) and the field, and nothing is returned besides.
//!
//! Bounded work: a package is refused, naming the [`Limit`] and the file,
//! when it is larger than [`MAX_ARCHIVE_BYTES`], lists more than
//! [`MAX_ENTRIES`] entries, or its files, as they are decompressed, hold more
//! than [`MAX_FILE_BYTES`] each, [`MAX_PACKAGE_BYTES`] together, more than
//! [`MAX_ROWS`] rows each or [`MAX_PACKAGE_ROWS`] together, or a cell longer
//! than [`MAX_TEXT_BYTES`]. Sizes are counted while reading, never taken
//! from the zip's own declarations. Each CSV is parsed as it is
//! decompressed, and its rows are kept compactly (one string per row), so
//! memory stays a small multiple of what the limits allow (a zip bomb
//! stops at the first limit it reaches).

mod export;
mod import;
pub mod schema;

use std::fmt;

pub use export::export;
pub use import::{import, import_within};

use crate::model::{Category, Service, Translation};

/// The longest text a cell may hold, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// The largest package (the zip file itself), in bytes.
pub const MAX_ARCHIVE_BYTES: u64 = 32 * 1024 * 1024;

/// The most entries (files and folders) a package's zip may list.
pub const MAX_ENTRIES: usize = 1000;

/// The largest `datapackage.json`, in bytes (it is read whole).
pub const MAX_DESCRIPTOR_BYTES: u64 = 1024 * 1024;

/// The largest file a package may hold, uncompressed, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most bytes all the files read from a package may hold together,
/// uncompressed.
pub const MAX_PACKAGE_BYTES: u64 = 128 * 1024 * 1024;

/// The most rows (besides the header) one file may hold.
pub const MAX_ROWS: usize = 200_000;

/// The most rows all the files of a package may hold together.
pub const MAX_PACKAGE_ROWS: usize = 500_000;

/// One published service to export: its document id, the service at its
/// published version and its translations.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportService {
    pub document_id: String,
    pub service: Service,
    pub translations: Vec<Translation>,
}

/// What a package holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPackage {
    /// In the order of `services.csv`.
    pub services: Vec<ImportedService>,
    /// Organization names, in the order of `organizations.csv`.
    pub organizations: Vec<String>,
    /// The city categories the package's `hospes-categories` taxonomy
    /// holds, in term order, with their names per language.
    pub categories: Vec<Category>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedService {
    /// The service's HSDS id.
    pub hsds_id: String,
    /// The hospes document id it was exported from, when the package says.
    pub document_id: Option<String>,
    pub service: Service,
    /// One per language, by language; `item` is the document id (or the
    /// HSDS id when there is none).
    pub translations: Vec<Translation>,
}

/// Why a package could not be written or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HsdsError {
    /// The package is not a valid HSDS package (or not a zip at all).
    #[error("{0}")]
    Invalid(Problem),
    /// A service cannot be exported: HSDS requires what it lacks, or its
    /// ids collide.
    #[error("cannot export service {document}: {message}")]
    Export { document: String, message: String },
}

impl HsdsError {
    /// The problem with the package, for an import error.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            HsdsError::Invalid(problem) => Some(problem),
            HsdsError::Export { .. } => None,
        }
    }
}

/// Where in a package a problem is, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file in the package (`services.csv`), or `hsds.zip` for the
    /// archive itself.
    pub file: String,
    /// The row, counting the header as row 1.
    pub row: Option<u64>,
    /// The column.
    pub field: Option<String>,
    pub message: String,
    /// The limit the package goes beyond, when that is the problem.
    pub limit: Option<Limit>,
}

/// The limits a package is held to (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    ArchiveBytes,
    Entries,
    DescriptorBytes,
    FileBytes,
    PackageBytes,
    Rows,
    PackageRows,
    CellBytes,
}

impl Limit {
    /// What the limit counts, after "at most N".
    fn counts(self) -> &'static str {
        match self {
            Limit::ArchiveBytes => "bytes in the package (the zip file)",
            Limit::Entries => "entries in the package",
            Limit::DescriptorBytes => "bytes in datapackage.json",
            Limit::FileBytes => "bytes in one file, uncompressed",
            Limit::PackageBytes => "bytes in all files together, uncompressed",
            Limit::Rows => "rows in one file",
            Limit::PackageRows => "rows in all files together",
            Limit::CellBytes => "bytes in one cell",
        }
    }
}

/// The limits an import holds a package to; the default is the constants
/// above (a cell is always at most [`MAX_TEXT_BYTES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub archive_bytes: u64,
    pub entries: usize,
    pub descriptor_bytes: u64,
    pub file_bytes: u64,
    pub package_bytes: u64,
    pub rows: usize,
    pub package_rows: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            archive_bytes: MAX_ARCHIVE_BYTES,
            entries: MAX_ENTRIES,
            descriptor_bytes: MAX_DESCRIPTOR_BYTES,
            file_bytes: MAX_FILE_BYTES,
            package_bytes: MAX_PACKAGE_BYTES,
            rows: MAX_ROWS,
            package_rows: MAX_PACKAGE_ROWS,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

fn invalid(file: &str, row: Option<u64>, field: Option<&str>, message: impl Into<String>) -> HsdsError {
    HsdsError::Invalid(Problem { file: file.to_string(), row, field: field.map(str::to_string), message: message.into(), limit: None })
}

/// `file` goes beyond `limit`, which is `value`; the message names both.
fn beyond(file: &str, row: Option<u64>, field: Option<&str>, limit: Limit, value: u64) -> HsdsError {
    HsdsError::Invalid(Problem {
        file: file.to_string(),
        row,
        field: field.map(str::to_string),
        message: format!("too large: a package may hold at most {value} {}", limit.counts()),
        limit: Some(limit),
    })
}
