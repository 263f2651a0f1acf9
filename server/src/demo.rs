//! Sample content for `hospes serve --demo`.
//!
//! Everything seeded here is fictional and marked as sample data: a sample
//! city with its (empty) configuration and index documents, and a one-time
//! invite link, printed to the log, that makes whoever opens it the sample
//! city's admin. The content work adds sample services, articles and events.

use std::net::SocketAddr;

use samod::Repo;

use crate::accounts::invites;
use crate::audit::Actor;
use crate::commands::{CommandError, city};
use crate::db::{self, Db};

pub const DEMO_CITY: &str = "sample-city";

/// Seeds the sample city when the server hosts no city yet, so that
/// restarting with `--demo` never duplicates or overwrites anything.
pub async fn seed_if_empty(repo: &Repo, db: &Db, address: SocketAddr) -> Result<(), CommandError> {
    let has_cities: bool = db.call_now(|conn| conn.query_row("SELECT EXISTS (SELECT 1 FROM cities)", [], |row| row.get(0)))?;
    if has_cities {
        return Ok(());
    }
    let languages = ["en", "ar", "uk:en", "fa:en"].map(String::from);
    let settings = city::CitySettings::parse(DEMO_CITY, "Europe/Brussels", "fr", &languages, true)?;
    city::create(repo, db, &settings, "Sample City (demo data)", &Actor::Operator).await?;
    let admin = hospes_sync::access::Grant {
        role: hospes_sync::access::Role::CityAdmin,
        city: DEMO_CITY.to_string(),
        group: None,
        languages: Vec::new(),
    };
    let (token, _) = db.call_now(|conn| invites::create(conn, &admin, None, db::now()))?;
    tracing::info!("seeded demo content; become its city admin at http://{address}/invite/{token}");
    Ok(())
}
