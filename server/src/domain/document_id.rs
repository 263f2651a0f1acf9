use std::str::FromStr;

use samod::{AutomergeUrl, DocumentId};

use super::Invalid;

/// A document id as people and clients write it: bare, or as an
/// `automerge:` URL.
pub fn parse_document_id(raw: &str) -> Result<DocumentId, Invalid> {
    let parsed = if raw.starts_with("automerge:") {
        AutomergeUrl::from_str(raw).map(|url| url.document_id().clone()).ok()
    } else {
        DocumentId::from_str(raw).ok()
    };
    parsed.ok_or_else(|| Invalid::new("documentId", format!("{raw:?} is not an automerge document id")))
}
