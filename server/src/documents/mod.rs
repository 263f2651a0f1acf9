//! The server's one way to find a document in the repo and read or write
//! it as the content model: every route, command and worker that needs a
//! document's value goes through [`Documents`], so "not there yet", "the
//! server is stopping" and "does not read as that type" are told apart the
//! same way everywhere.
//!
//! [`document_classes`] is the registry of what each document is and where
//! it belongs; [`registration`] checks and records a client's new document.

pub mod document_classes;
pub mod registration;

use std::str::FromStr;

use automerge::transaction::CommitOptions;
use automerge::{Automerge, ChangeHash};
use autosurgeon::{Hydrate, Reconcile, hydrate, reconcile};
use samod::{DocHandle, DocumentId, Repo};

/// Why a document could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("{0:?} is not a document id")]
    NotAnId(String),
    /// Registered, perhaps, but nothing of it has reached the server.
    #[error("the server has no content for {0} yet")]
    NoContent(DocumentId),
    /// Its current (or pinned) state is not a value of the type asked for:
    /// half-synced, half-written, or written by a broken client. The
    /// message may quote content.
    #[error("{id} does not read as the content model: {message}")]
    Unreadable { id: DocumentId, message: String },
    #[error("the server is stopping")]
    Stopping,
}

/// The repo, seen as documents of the content model.
#[derive(Clone, Copy)]
pub struct Documents<'a> {
    repo: &'a Repo,
}

impl<'a> Documents<'a> {
    pub fn of(repo: &'a Repo) -> Self {
        Documents { repo }
    }

    pub fn parse_id(id: &str) -> Result<DocumentId, DocumentError> {
        DocumentId::from_str(id).map_err(|_| DocumentError::NotAnId(id.to_string()))
    }

    /// The document's handle, if the server has content for it.
    pub async fn handle(&self, id: &DocumentId) -> Result<DocHandle, DocumentError> {
        self.repo.find(id.clone()).await.map_err(|_| DocumentError::Stopping)?.ok_or_else(|| DocumentError::NoContent(id.clone()))
    }

    /// Reads the whole document with `read`.
    pub async fn read<R>(&self, id: &DocumentId, read: impl FnOnce(&Automerge) -> R) -> Result<R, DocumentError> {
        Ok(self.handle(id).await?.with_document(|doc| read(doc)))
    }

    /// The document's current heads (empty if it has no changes).
    pub async fn heads(&self, id: &DocumentId) -> Result<Vec<ChangeHash>, DocumentError> {
        self.read(id, |doc| doc.get_heads()).await
    }

    /// The document's current value and the heads it was read at.
    pub async fn current<T: Hydrate>(&self, id: &DocumentId) -> Result<(T, Vec<ChangeHash>), DocumentError> {
        self.read(id, |doc| {
            let value = hydrate(doc).map_err(|error| unreadable(id, error))?;
            Ok((value, doc.get_heads()))
        })
        .await?
    }

    /// The document's value as it was at `heads`.
    pub async fn at<T: Hydrate>(&self, id: &DocumentId, heads: &[ChangeHash]) -> Result<T, DocumentError> {
        self.read(id, |doc| {
            let then = doc.fork_at(heads).map_err(|error| unreadable(id, error))?;
            hydrate(&then).map_err(|error| unreadable(id, error))
        })
        .await?
    }

    /// Writes `value` into the document as one change made now (lists
    /// matched by their items' ids, texts by characters); the time is what
    /// the editors' history shows for it.
    pub async fn reconcile<T: Reconcile>(&self, id: &DocumentId, value: &T) -> Result<(), DocumentError> {
        let now = || CommitOptions::default().with_time(crate::db::now());
        self.handle(id)
            .await?
            .with_document(|doc| doc.transact_with(|_| now(), |tx| reconcile(tx, value)).map(|_| ()).map_err(|failure| failure.error))
            .map_err(|error| unreadable(id, error))
    }
}

fn unreadable(id: &DocumentId, error: impl std::fmt::Display) -> DocumentError {
    DocumentError::Unreadable { id: id.clone(), message: error.to_string() }
}
