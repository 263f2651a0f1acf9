//! `hospes user add` and `hospes invite`.

use std::path::Path;

use serde_json::json;

use super::{CommandError, open};
use crate::accounts::role_request::{RoleError, RoleRequest};
use crate::accounts::{self, invites, passphrase_hash};
use crate::audit::{self, Actor};
use crate::domain::{AccountName, Passphrase, Slug};
use crate::{cities, db};

/// A role given on the command line.
pub struct RoleArgs {
    pub city: String,
    pub role: String,
    pub languages: Vec<String>,
    pub group: Option<String>,
}

/// Adds an account with a role, or gives an existing account (same name)
/// one more role; an existing account's passphrase is left alone.
pub fn add(data_dir: &Path, name: &str, passphrase_file: &Path, role: RoleArgs) -> Result<(), CommandError> {
    let name = AccountName::parse(name)?;
    let raw = std::fs::read_to_string(passphrase_file)?;
    let passphrase = Passphrase::parse(raw.trim_end_matches(['\r', '\n']).to_string())?;
    let hash = passphrase_hash::hash(&passphrase);
    let (_storage, db) = open(data_dir)?;
    db.call_now(|conn| -> Result<(), CommandError> {
        let grant = grant_for(conn, &role)?;
        let now = db::now();
        let tx = conn.transaction()?;
        let account_id = match accounts::find_by_name(&tx, &name)? {
            Some((account, _)) => account.id,
            None => accounts::create(&tx, &name, &hash, now).map_err(|error| CommandError::Refused(error.to_string()))?,
        };
        accounts::add_grant(&tx, account_id, &grant)?;
        let subject = json!({ "account": account_id, "role": grant.role.as_str(), "group": grant.group, "languages": grant.languages });
        audit::record(&tx, &Actor::Operator, "role_added", Some(&grant.city), subject, now)?;
        tx.commit()?;
        println!("{} is {} in {}", name.as_str(), grant.role, grant.city);
        Ok(())
    })
}

/// Creates an invite and prints its link.
pub fn invite(data_dir: &Path, role: RoleArgs, base_url: &str) -> Result<(), CommandError> {
    let (_storage, db) = open(data_dir)?;
    db.call_now(|conn| -> Result<(), CommandError> {
        let grant = grant_for(conn, &role)?;
        let now = db::now();
        let (token, expires_at) = invites::create(conn, &grant, None, now)?;
        let subject = json!({ "role": grant.role.as_str(), "group": grant.group, "languages": grant.languages });
        audit::record(conn, &Actor::Operator, "invite_created", Some(&grant.city), subject, now)?;
        println!("{}/invite/{token}", base_url.trim_end_matches('/'));
        eprintln!("valid once, until {}", db::rfc3339(expires_at));
        Ok(())
    })
}

fn grant_for(conn: &rusqlite::Connection, role: &RoleArgs) -> Result<hospes_content::access::Grant, CommandError> {
    let city = Slug::parse("city", &role.city)?;
    if !cities::exists(conn, city.as_str())? {
        return Err(CommandError::Refused(format!("there is no city {city}; add it with `hospes city add`")));
    }
    let request = RoleRequest { role: role.role.clone(), group: role.group.clone(), languages: role.languages.clone() };
    request.to_grant(conn, &city).map_err(|error| match error {
        RoleError::Invalid(invalid) => CommandError::Invalid(invalid),
        RoleError::Db(error) => CommandError::Db(error),
    })
}
