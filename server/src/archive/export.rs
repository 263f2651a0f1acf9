//! A group's export (`hospes archive export`, and the moderators' button):
//! a zip of the manifest and transcripts ([`hospes_content::archive_export`])
//! and the recordings and photos the server holds, read from the repo and the
//! database as they are now. Written to a file, off the async workers;
//! media files are copied into it in pieces, never held whole in memory.

use std::io::Write;
use std::path::{Path, PathBuf};

use hospes_content::access::DocKind;
use hospes_content::archive::{ArchiveEntry, Voice};
use hospes_content::archive_export::{self, ExportEntry, ExportVoice, GroupExport};
use rusqlite::Connection;
use samod::Repo;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::consent;
use crate::cities;
use crate::db::{self, Db};
use crate::documents::{DocumentError, Documents};
use crate::media::{MediaHash, MediaStore, store};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("there is no archive group {group} in {city}")]
    UnknownGroup { city: String, group: String },
    #[error(transparent)]
    Document(#[from] DocumentError),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("writing the export: {0}")]
    Write(String),
}

/// What was exported.
#[derive(Debug, PartialEq, Eq)]
pub struct Exported {
    pub entries: usize,
    pub voices: usize,
    pub media_files: usize,
}

/// Writes the export of `group` (hosted by `city`) to `out`.
/// `media`: where the media files are (none: the export has only text).
pub async fn export(
    repo: &Repo,
    db: &Db,
    city: &str,
    group: &str,
    media: Option<&MediaStore>,
    out: &Path,
) -> Result<Exported, ExportError> {
    let (name, rows) = {
        let (city, group) = (city.to_string(), group.to_string());
        db.call(move |conn| -> Result<_, ExportError> {
            let name =
                cities::group_name(conn, &city, &group)?.ok_or(ExportError::UnknownGroup { city: city.clone(), group: group.clone() })?;
            Ok((name, entries_of(conn, &city, &group)?))
        })
        .await?
    };
    let documents = Documents::of(repo);
    let mut entries = Vec::new();
    let mut media_files = Vec::new();
    for (entry_id, published_at) in rows {
        let entry: ArchiveEntry = match documents.current(&Documents::parse_id(&entry_id)?).await {
            Ok((entry, _)) => entry,
            // Registered, never synced, or not (yet) an entry: nothing to take away.
            Err(DocumentError::NoContent(_) | DocumentError::Unreadable { .. }) => continue,
            Err(error) => return Err(error.into()),
        };
        let held = {
            let (entry_id, voices) = (entry_id.clone(), entry.voices.clone());
            db.call(move |conn| consent::entry_voices(conn, &entry_id, &voices)).await?
        };
        let mut voices = Vec::new();
        // A withdrawn voice is never the group's to use (and is erased: not opened).
        for held in held.into_iter().filter(|held| !held.consent.withdrawn) {
            let consent::EntryVoice { id: voice_id, consent, author_name, registered_at } = held;
            let Ok((voice, _)) = documents.current::<Voice>(&Documents::parse_id(&voice_id)?).await else { continue };
            let audio_file = in_zip(db, media, city, group, voice.audio.as_deref(), "audio", &mut media_files).await?;
            let photo = voice.photo.as_ref().map(|photo| photo.media.as_str());
            let photo_file = in_zip(db, media, city, group, photo, "photos", &mut media_files).await?;
            voices.push(ExportVoice {
                id: voice_id,
                voice,
                consent,
                author_name,
                recorded_at: db::rfc3339(registered_at),
                audio_file,
                photo_file,
            });
        }
        entries.push(ExportEntry { id: entry_id, entry, published_at: published_at.map(db::rfc3339), voices });
    }
    media_files.sort();
    media_files.dedup();
    let export = GroupExport { slug: group.to_string(), name, city: city.to_string(), exported_at: db::rfc3339(db::now()), entries };
    let exported = Exported {
        entries: export.entries.len(),
        voices: export.entries.iter().map(|entry| entry.voices.len()).sum(),
        media_files: media_files.len(),
    };
    let out = out.to_path_buf();
    tokio::task::spawn_blocking(move || write_zip(&export, &media_files, &out))
        .await
        .map_err(|error| ExportError::Write(error.to_string()))??;
    Ok(exported)
}

/// The name in the zip (`<folder>/<hash>.<ext>`) of the media file `hash`
/// of the group, added to `files` with its path; none when there is no
/// media store, no hash, or a hash the group does not hold.
async fn in_zip(
    db: &Db,
    media: Option<&MediaStore>,
    city: &str,
    group: &str,
    hash: Option<&str>,
    folder: &str,
    files: &mut Vec<(String, PathBuf)>,
) -> rusqlite::Result<Option<String>> {
    let (Some(media), Some(hash)) = (media, hash.and_then(MediaHash::parse)) else { return Ok(None) };
    let Some((hash, path, extension)) = group_file(db, media, city, group, hash).await? else { return Ok(None) };
    let name = format!("{folder}/{hash}.{extension}");
    files.push((name.clone(), path));
    Ok(Some(name))
}

/// A media file the group holds: its hash, its file and the extension it
/// gets in the export. A hash the group does not hold (another group's
/// file, or one never uploaded) is left out.
async fn group_file(
    db: &Db,
    media: &MediaStore,
    city: &str,
    group: &str,
    hash: MediaHash,
) -> rusqlite::Result<Option<(String, PathBuf, &'static str)>> {
    let (city, group, looked_up) = (city.to_string(), group.to_string(), hash.clone());
    let holding = db.call(move |conn| store::holding(conn, &looked_up)).await?;
    Ok(holding.filter(|holding| holding.owners.iter().any(|(owner, _)| owner.city == city && owner.group == group)).map(|holding| {
        let path = media.path_of(&hash);
        (hash.as_str().to_string(), path, holding.media_type.extension())
    }))
}

/// The group's entries, oldest first, with when each was published.
fn entries_of(conn: &Connection, city: &str, group: &str) -> rusqlite::Result<Vec<(String, Option<i64>)>> {
    let mut stmt = conn.prepare(
        "SELECT c.doc_id, p.published_at FROM document_classes c LEFT JOIN publications p ON p.doc_id = c.doc_id
         WHERE c.city = ?1 AND c.group_slug = ?2 AND c.kind = ?3 ORDER BY c.created_at, c.doc_id",
    )?;
    stmt.query_map([city, group, DocKind::ArchiveEntry.as_str()], |row| Ok((row.get(0)?, row.get(1)?)))?.collect()
}

fn write_zip(export: &GroupExport, media_files: &[(String, PathBuf)], out: &Path) -> Result<(), ExportError> {
    let failed = |error: &dyn std::fmt::Display| ExportError::Write(error.to_string());
    let file = std::fs::File::create(out).map_err(|e| failed(&e))?;
    let mut zip = ZipWriter::new(std::io::BufWriter::new(file));
    let text = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for file in archive_export::files(export) {
        zip.start_file(file.path, text).map_err(|e| failed(&e))?;
        zip.write_all(file.contents.as_bytes()).map_err(|e| failed(&e))?;
    }
    // Recordings and photos are compressed already.
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored).large_file(true);
    for (name, path) in media_files {
        let mut media_file = std::fs::File::open(path).map_err(|e| failed(&e))?;
        zip.start_file(name, stored).map_err(|e| failed(&e))?;
        std::io::copy(&mut media_file, &mut zip).map_err(|e| failed(&e))?;
    }
    zip.finish().map_err(|e| failed(&e))?.flush().map_err(|e| failed(&e))?;
    Ok(())
}
