//! Values that are parsed once at the edge and cannot hold an invalid value
//! afterwards ("parse, don't validate").

mod account_name;
mod document_id;
mod language_tag;
mod passphrase;
mod slug;

pub use account_name::AccountName;
pub use document_id::parse_document_id;
pub use language_tag::LanguageTag;
pub use passphrase::Passphrase;

/// The longest passphrase accepted anywhere.
pub fn passphrase_max_chars() -> usize {
    passphrase::MAX_CHARS
}
pub use slug::Slug;

/// Why a value was refused; the message names the field and the rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {rule}")]
pub struct Invalid {
    pub field: &'static str,
    pub rule: String,
}

impl Invalid {
    pub fn new(field: &'static str, rule: impl Into<String>) -> Self {
        Invalid { field, rule: rule.into() }
    }
}
