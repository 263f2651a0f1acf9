//! `hospes backup FILE` and `hospes restore FILE`.
//!
//! - **Backup** copies the database with SQLite's online backup API while a
//!   server keeps serving. The copy is made in one step, inside one read
//!   transaction, so it is one consistent moment of the file (WAL readers
//!   never block the writer, and a step-by-step copy would start over at
//!   every commit of a busy server). It is written beside the target and
//!   renamed into place once checked, so a failed backup leaves no file
//!   that looks like one. The archive groups' media files (recordings,
//!   pictures) named by the copy's `media` table go into the same file, in
//!   a table of their own (`backup_media`), so one file is the whole
//!   backup; they are content-addressed and never rewritten, so copying
//!   them after the database is still one moment.
//! - **Restore** checks the backup (SQLite's integrity check, a hospes
//!   schema this build can read) and copies it into an empty data
//!   directory, holding the directory's lock so that no server starts on
//!   it meanwhile; it refuses a directory a server is running on, or one
//!   that already holds a database.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::CommandError;
use crate::config::DATABASE_FILE;
use crate::data_lock::DataLock;
use crate::media::MediaHash;
use crate::media::store::MEDIA_DIR;

/// Copies the database of `data_dir` to `file`.
pub fn backup(data_dir: &Path, file: &Path) -> Result<(), CommandError> {
    let source_path = data_dir.join(DATABASE_FILE);
    if !source_path.exists() {
        return Err(CommandError::Refused(format!("{} holds no database to back up", data_dir.display())));
    }
    if file.exists() {
        return Err(CommandError::Refused(format!("{} exists; back up to a new file", file.display())));
    }
    let source = Connection::open_with_flags(&source_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let partial = partial_path(file);
    let result = (|| {
        copy(&source, &partial)?;
        check(&partial)?;
        pack_media(&partial, &data_dir.join(MEDIA_DIR))
    })();
    if let Err(error) = result {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    std::fs::rename(&partial, file)?;
    println!("backed up {} to {}", source_path.display(), file.display());
    Ok(())
}

/// Restores `file` (made by [`backup`]) into the empty data directory `data_dir`.
pub fn restore(data_dir: &Path, file: &Path) -> Result<(), CommandError> {
    std::fs::create_dir_all(data_dir)?;
    let _lock = DataLock::acquire(data_dir).map_err(|error| CommandError::Refused(error.to_string()))?;
    let target = data_dir.join(DATABASE_FILE);
    if target.exists() {
        return Err(CommandError::Refused(format!(
            "{} already holds a database; restore into an empty data directory (move the old one aside first)",
            data_dir.display()
        )));
    }
    check(file)?;
    let source = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let partial = partial_path(&target);
    if let Err(error) = copy(&source, &partial) {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    if let Err(error) = unpack_media(&partial, &data_dir.join(MEDIA_DIR)) {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    std::fs::rename(&partial, &target)?;
    println!("restored {} into {}", file.display(), data_dir.display());
    Ok(())
}

/// Copies every media file the backup's `media` table names into the
/// backup; how many. A file gone meanwhile (its voice withdrawn) is left out.
fn pack_media(backup: &Path, media_dir: &Path) -> Result<usize, CommandError> {
    let conn = Connection::open(backup)?;
    conn.execute_batch("CREATE TABLE backup_media (hash TEXT PRIMARY KEY NOT NULL, bytes BLOB NOT NULL)")?;
    let hashes: Vec<String> =
        conn.prepare("SELECT DISTINCT hash FROM media")?.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut packed = 0;
    for hash in hashes.iter().filter_map(|hash| MediaHash::parse(hash)) {
        let bytes = match std::fs::read(media_dir.join(hash.shard()).join(hash.as_str())) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error.into()),
        };
        conn.execute("INSERT INTO backup_media (hash, bytes) VALUES (?1, ?2)", rusqlite::params![hash.as_str(), bytes])?;
        packed += 1;
    }
    drop(conn);
    std::fs::File::open(backup)?.sync_all()?;
    Ok(packed)
}

/// Writes the media files a backup holds into `media_dir` (each checked
/// against its name, the SHA-256 of its bytes), then drops them from the
/// restored database, which the server opens as its own.
fn unpack_media(restored: &Path, media_dir: &Path) -> Result<(), CommandError> {
    let conn = Connection::open(restored)?;
    let has_media: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'backup_media')", [], |row| row.get(0))?;
    if !has_media {
        // A backup from before media were backed up.
        return Ok(());
    }
    let mut stmt = conn.prepare("SELECT hash, bytes FROM backup_media")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let (name, bytes): (String, Vec<u8>) = (row.get(0)?, row.get(1)?);
        let hash = MediaHash::parse(&name).filter(|hash| *hash == MediaHash::of(&bytes));
        let Some(hash) = hash else {
            return Err(CommandError::Refused(format!("the backup's media file {name:?} does not match its content")));
        };
        let folder = media_dir.join(hash.shard());
        std::fs::create_dir_all(&folder)?;
        let path = folder.join(hash.as_str());
        std::fs::write(&path, &bytes)?;
        std::fs::File::open(&path)?.sync_all()?;
    }
    drop(rows);
    drop(stmt);
    conn.execute_batch("DROP TABLE backup_media; VACUUM;")?;
    Ok(())
}

fn partial_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    file.with_file_name(name)
}

/// The whole of `source`, copied in one step into a new file at `target`,
/// made durable there.
fn copy(source: &Connection, target: &Path) -> Result<(), CommandError> {
    let _ = std::fs::remove_file(target);
    let mut destination = Connection::open(target)?;
    {
        let backup = rusqlite::backup::Backup::new(source, &mut destination)?;
        // -1: every page in one step, so the copy is one moment of the source.
        match backup.step(-1)? {
            rusqlite::backup::StepResult::Done => {}
            other => return Err(CommandError::Refused(format!("the database was busy ({other:?}); try again"))),
        }
    }
    // The copy keeps the source's WAL mode; fold its log into the file.
    destination.pragma_update(None, "wal_checkpoint", "TRUNCATE")?;
    drop(destination);
    std::fs::File::open(target)?.sync_all()?;
    Ok(())
}

/// Whether `file` is a sound hospes database this build can open.
fn check(file: &Path) -> Result<(), CommandError> {
    let refused = |why: String| CommandError::Refused(format!("{} is not a usable hospes backup: {why}", file.display()));
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| refused(e.to_string()))?;
    hospes_sync::storage::versions::check_file(&conn, &[&crate::migrations::SERVER]).map_err(|e| refused(e.to_string()))?;
    Ok(())
}
