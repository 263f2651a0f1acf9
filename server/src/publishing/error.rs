//! Why an item was not published, in the domain's words. Only
//! `routes::error` turns this into an HTTP answer, and the CLI into a
//! sentence; auto-publish decides from it whether to try again.

use hospes_content::publish_checks::Problems;

use crate::documents::DocumentError;
use crate::domain::Invalid;

#[derive(Debug)]
pub enum PublishError {
    /// The version has values readers' pages cannot show safely.
    InvalidContent(Problems),
    /// The document is not (yet) a valid item of its kind: half-synced or
    /// half-written. The message may quote content.
    NotPublishable(String),
    /// The heads asked for are not change hashes, or not changes the server
    /// has.
    InvalidHeads(Invalid),
    /// The server has no content for the document (or none at all).
    NoContent(String),
    /// Something the server relies on is missing or broken (a city without
    /// its configuration document, a city document that does not hydrate).
    Broken(String),
    /// The repo is stopping: the server is shutting down.
    Stopping,
    Database(rusqlite::Error),
}

impl PublishError {
    /// A short name for logs, which never quotes content.
    pub fn code(&self) -> &'static str {
        match self {
            PublishError::InvalidContent(_) => "invalid_content",
            PublishError::NotPublishable(_) => "not_publishable",
            PublishError::InvalidHeads(_) => "invalid_heads",
            PublishError::NoContent(_) => "no_content",
            PublishError::Broken(_) => "broken",
            PublishError::Stopping => "stopping",
            PublishError::Database(_) => "database",
        }
    }
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublishError::InvalidContent(problems) => write!(f, "{problems}"),
            PublishError::NotPublishable(message) | PublishError::NoContent(message) | PublishError::Broken(message) => {
                f.write_str(message)
            }
            PublishError::InvalidHeads(invalid) => write!(f, "{invalid}"),
            PublishError::Stopping => f.write_str("the server is stopping"),
            PublishError::Database(error) => write!(f, "the database failed: {error}"),
        }
    }
}

impl std::error::Error for PublishError {}

impl From<rusqlite::Error> for PublishError {
    fn from(error: rusqlite::Error) -> Self {
        PublishError::Database(error)
    }
}

impl From<DocumentError> for PublishError {
    fn from(error: DocumentError) -> Self {
        match error {
            DocumentError::NoContent(id) => PublishError::NoContent(format!("the server has no content for {id} yet")),
            DocumentError::Stopping => PublishError::Stopping,
            other @ (DocumentError::NotAnId(_) | DocumentError::Unreadable { .. }) => PublishError::Broken(other.to_string()),
        }
    }
}

impl From<Invalid> for PublishError {
    fn from(invalid: Invalid) -> Self {
        PublishError::InvalidHeads(invalid)
    }
}
