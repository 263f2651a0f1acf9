//! `hospes archive export`: a group's archive as a zip, for its own use
//! (see [`crate::archive::export`]).

use std::path::Path;

use super::{CommandError, Workspace};
use crate::archive::export;
use crate::cities;
use crate::domain::Slug;
use crate::media::MediaStore;

pub async fn export(data_dir: &Path, group: &str, city: Option<&str>, out: &Path) -> Result<(), CommandError> {
    let group = Slug::parse("group", group)?;
    let city = city.map(|city| Slug::parse("city", city)).transpose()?;
    let work = Workspace::open(data_dir).await?;
    let result = async {
        let hosts = work.db.call_now(|conn| cities::cities_with_group(conn, group.as_str()))?;
        let city = match (city, hosts.as_slice()) {
            (Some(city), _) => city.as_str().to_string(),
            (None, [only]) => only.clone(),
            (None, []) => return Err(CommandError::Refused(format!("there is no archive group {group}"))),
            (None, several) => {
                return Err(CommandError::Refused(format!("{} have a group {group}: say which with --city", several.join(", "))));
            }
        };
        let media = MediaStore::open(data_dir)?;
        let exported = export::export(&work.repo, &work.db, &city, group.as_str(), Some(&media), out)
            .await
            .map_err(|error| CommandError::Refused(error.to_string()))?;
        println!(
            "wrote {} entries, {} voices and {} media files (recordings, photos) of {group} ({city}) to {}",
            exported.entries,
            exported.voices,
            exported.media_files,
            out.display()
        );
        Ok(())
    }
    .await;
    work.close().await;
    result
}
