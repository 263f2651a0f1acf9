//! Where media live: each file once, under `<data>/media/<2 hex>/<hash>`,
//! and one `media` row per group that uploaded it (the same recording in
//! two groups is one file and two rows, so neither group learns that the
//! other has it, and each publishes its own).
//!
//! A file is written to a temporary name in its folder, synced, renamed
//! and the folder synced, so it is there whole or not at all; its row is
//! written after it. Files are written and deleted under one lock, so a
//! delete cannot take away the file of an upload that is just adding its
//! row.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::Rng;
use rusqlite::{Connection, params};

use super::{MediaError, MediaHash, MediaType};
use crate::db::Db;

/// The data directory's folder for media.
pub const MEDIA_DIR: &str = "media";
const TEMPORARY_SUFFIX: &str = ".tmp";

/// The group a file belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub city: String,
    pub group: String,
}

/// A file as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub hash: MediaHash,
    pub media_type: MediaType,
    pub size: usize,
    /// False when this group already had exactly these bytes.
    pub created: bool,
}

/// What the table says about a file: its type and, per group holding it,
/// whether that group published it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holding {
    pub media_type: MediaType,
    pub owners: Vec<(Owner, bool)>,
}

impl Holding {
    pub fn is_public(&self) -> bool {
        self.owners.iter().any(|(_, public)| *public)
    }
}

#[derive(Clone)]
pub struct MediaStore {
    dir: PathBuf,
    writing: Arc<tokio::sync::Mutex<()>>,
}

impl MediaStore {
    /// The media folder of `data_dir`, created if missing; temporary files
    /// a crash left behind are removed.
    pub fn open(data_dir: &Path) -> std::io::Result<Self> {
        let dir = data_dir.join(MEDIA_DIR);
        std::fs::create_dir_all(&dir)?;
        for shard in std::fs::read_dir(&dir)? {
            let shard = shard?.path();
            if !shard.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&shard)? {
                let file = file?.path();
                if file.to_str().is_some_and(|name| name.ends_with(TEMPORARY_SUFFIX)) {
                    std::fs::remove_file(&file)?;
                }
            }
        }
        Ok(MediaStore { dir, writing: Arc::default() })
    }

    pub fn path_of(&self, hash: &MediaHash) -> PathBuf {
        self.dir.join(hash.shard()).join(hash.as_str())
    }

    /// Keeps `bytes` (already stripped, `hash` their SHA-256) for `owner`.
    pub async fn put(
        &self,
        db: &Db,
        owner: Owner,
        uploaded_by: i64,
        media_type: MediaType,
        hash: MediaHash,
        bytes: Vec<u8>,
    ) -> Result<Stored, MediaError> {
        let _writing = self.writing.lock().await;
        let path = self.path_of(&hash);
        let size = bytes.len();
        let file_was_there =
            tokio::task::spawn_blocking(move || write_whole(&path, &bytes)).await.expect("writing a file does not panic")?;
        let row_hash = hash.clone();
        let inserted = db.call(move |conn| insert(conn, &row_hash, &owner, media_type, size, uploaded_by, crate::db::now())).await;
        match inserted {
            Ok(created) => Ok(Stored { hash, media_type, size, created }),
            Err(error) => {
                // Nothing partial: a file no row names goes again.
                if !file_was_there {
                    let _ = std::fs::remove_file(self.path_of(&hash));
                }
                Err(error.into())
            }
        }
    }

    /// Removes a file and every row naming it (the moderation action "take
    /// this away"). False if there was none.
    pub async fn delete(&self, db: &Db, hash: &MediaHash) -> Result<bool, MediaError> {
        let _writing = self.writing.lock().await;
        let row_hash = hash.clone();
        let rows = db.call(move |conn| conn.execute("DELETE FROM media WHERE hash = ?1", [row_hash.as_str()])).await?;
        let removed = match std::fs::remove_file(self.path_of(hash)) {
            Ok(()) => true,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => false,
            Err(error) => return Err(error.into()),
        };
        Ok(rows > 0 || removed)
    }
}

/// Writes `bytes` to `path` through a synced temporary file; true if the
/// file was there already (same name, same bytes).
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
    if path.exists() {
        return Ok(true);
    }
    let folder = path.parent().expect("media files are in a shard folder");
    std::fs::create_dir_all(folder)?;
    let name = path.file_name().and_then(|name| name.to_str()).expect("hashes are ASCII");
    let temporary = folder.join(format!(".{name}.{:016x}{TEMPORARY_SUFFIX}", rand::rng().random::<u64>()));
    let written = (|| {
        let mut file = std::fs::File::create_new(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        std::fs::File::open(folder)?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written.map(|()| false)
}

/// Adds `owner`'s row for a file; false if it had one.
pub fn insert(
    conn: &Connection,
    hash: &MediaHash,
    owner: &Owner,
    media_type: MediaType,
    size: usize,
    uploaded_by: i64,
    now: i64,
) -> rusqlite::Result<bool> {
    let added = conn.execute(
        "INSERT INTO media (hash, city, group_slug, mime, size, uploaded_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT DO NOTHING",
        params![hash.as_str(), owner.city, owner.group, media_type.as_str(), size as i64, uploaded_by, now],
    )?;
    Ok(added > 0)
}

/// Who holds a file, or `None` if nobody does.
pub fn holding(conn: &Connection, hash: &MediaHash) -> rusqlite::Result<Option<Holding>> {
    let mut statement =
        conn.prepare_cached("SELECT city, group_slug, public, mime FROM media WHERE hash = ?1 ORDER BY city, group_slug")?;
    let rows = statement
        .query_map([hash.as_str()], |row| {
            Ok((Owner { city: row.get(0)?, group: row.get(1)? }, row.get::<_, bool>(2)?, row.get::<_, String>(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let Some(media_type) = rows.first().and_then(|(_, _, mime)| MediaType::from_content_type(mime)) else {
        return Ok(None);
    };
    Ok(Some(Holding { media_type, owners: rows.into_iter().map(|(owner, public, _)| (owner, public)).collect() }))
}

/// Publishes (or withdraws) `owner`'s copy of a file: anyone may then read
/// it. False if `owner` holds no such file.
pub fn set_public(conn: &Connection, hash: &MediaHash, owner: &Owner, public: bool) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE media SET public = ?4 WHERE hash = ?1 AND city = ?2 AND group_slug = ?3",
        params![hash.as_str(), owner.city, owner.group, public],
    )?;
    Ok(changed > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn store_with_groups() -> (tempfile::TempDir, Db, MediaStore) {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("hospes.sqlite")).unwrap();
        db.call(|conn| {
            conn.execute_batch(
                "INSERT INTO cities (slug, name, created_at) VALUES ('liege', 'Liège', 0), ('osijek', 'Osijek', 0);
                 INSERT INTO archive_groups (city, slug, name) VALUES ('liege', 'voices', 'Voices'), ('osijek', 'voices', 'Voices');
                 INSERT INTO accounts (id, name, passphrase_hash, created_at) VALUES (1, 'mariam', 'x', 0);",
            )
        })
        .await
        .unwrap();
        let store = MediaStore::open(dir.path()).unwrap();
        (dir, db, store)
    }

    fn owner(city: &str) -> Owner {
        Owner { city: city.into(), group: "voices".into() }
    }

    #[tokio::test]
    async fn one_file_per_content_one_row_per_group_and_delete_takes_both() {
        let (_dir, db, store) = store_with_groups().await;
        let bytes = b"stripped bytes".to_vec();
        let hash = MediaHash::of(&bytes);
        let put = |city: &'static str| store.put(&db, owner(city), 1, MediaType::AudioOgg, hash.clone(), bytes.clone());
        assert!(put("liege").await.unwrap().created);
        assert!(!put("liege").await.unwrap().created, "the same group again");
        assert!(put("osijek").await.unwrap().created, "another group gets its own row");
        assert_eq!(std::fs::read(store.path_of(&hash)).unwrap(), bytes);
        assert_eq!(std::fs::read_dir(store.path_of(&hash).parent().unwrap()).unwrap().count(), 1, "one file, no temporary left");

        let lookup = hash.clone();
        let held = db.call(move |conn| holding(conn, &lookup)).await.unwrap().unwrap();
        assert_eq!(held.media_type, MediaType::AudioOgg);
        assert_eq!(held.owners, vec![(owner("liege"), false), (owner("osijek"), false)]);
        assert!(!held.is_public());

        let (lookup, published) = (hash.clone(), owner("osijek"));
        let held = db
            .call(move |conn| {
                assert!(set_public(conn, &lookup, &published, true).unwrap());
                assert!(!set_public(conn, &MediaHash::of(b"other"), &published, true).unwrap(), "nothing to publish");
                holding(conn, &lookup)
            })
            .await
            .unwrap()
            .unwrap();
        assert_eq!(held.owners, vec![(owner("liege"), false), (owner("osijek"), true)]);
        assert!(held.is_public());

        assert!(store.delete(&db, &hash).await.unwrap());
        assert!(!store.path_of(&hash).exists());
        let lookup = hash.clone();
        assert_eq!(db.call(move |conn| holding(conn, &lookup)).await.unwrap(), None);
        assert!(!store.delete(&db, &hash).await.unwrap(), "nothing left to delete");
    }

    #[tokio::test]
    async fn a_row_that_cannot_be_written_leaves_no_file() {
        let (_dir, db, store) = store_with_groups().await;
        let bytes = b"for a group that does not exist".to_vec();
        let hash = MediaHash::of(&bytes);
        let nowhere = Owner { city: "liege".into(), group: "nowhere".into() };
        assert!(matches!(store.put(&db, nowhere, 1, MediaType::ImagePng, hash.clone(), bytes).await, Err(MediaError::Database(_))));
        assert!(!store.path_of(&hash).exists());
    }

    #[tokio::test]
    async fn temporary_files_a_crash_left_are_removed_at_start() {
        let (dir, _db, store) = store_with_groups().await;
        let shard = store.path_of(&MediaHash::of(b"x")).parent().unwrap().to_path_buf();
        std::fs::create_dir_all(&shard).unwrap();
        let leftover = shard.join(format!(".half-written{TEMPORARY_SUFFIX}"));
        std::fs::write(&leftover, b"half").unwrap();
        MediaStore::open(dir.path()).unwrap();
        assert!(!leftover.exists());
    }
}
