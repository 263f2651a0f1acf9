//! A role as asked for (invite form, role editor, command line), checked
//! against its city before it becomes a [`Grant`].

use hospes_content::access::{Grant, Role};
use rusqlite::Connection;
use serde::Deserialize;

use crate::cities;
use crate::domain::{Invalid, LanguageTag, Slug};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleRequest {
    pub role: String,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RoleError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
}

impl RoleRequest {
    /// The grant in `city`: the role must exist; group roles name an
    /// existing group of the city; translators name at least one language;
    /// other roles name neither.
    pub fn to_grant(&self, conn: &Connection, city: &Slug) -> Result<Grant, RoleError> {
        let role: Role = self.role.parse().map_err(|error: hospes_content::access::UnknownRole| Invalid::new("role", error.to_string()))?;
        let group = match (&self.group, role.needs_group()) {
            (Some(group), true) => {
                let group = Slug::parse("group", group)?;
                if !cities::group_exists(conn, city.as_str(), group.as_str())? {
                    return Err(Invalid::new("group", format!("{city} has no archive group {group:?}")).into());
                }
                Some(group.as_str().to_string())
            }
            (None, true) => return Err(Invalid::new("group", format!("{role} needs an archive group")).into()),
            (Some(_), false) => return Err(Invalid::new("group", format!("{role} takes no group")).into()),
            (None, false) => None,
        };
        let mut languages =
            self.languages.iter().map(|tag| LanguageTag::parse(tag).map(|tag| tag.as_str().to_string())).collect::<Result<Vec<_>, _>>()?;
        languages.sort();
        languages.dedup();
        match (role, languages.is_empty()) {
            (Role::Translator, true) => {
                return Err(Invalid::new("languages", "a translator needs at least one language").into());
            }
            (Role::Translator, false) | (_, true) => {}
            (_, false) => return Err(Invalid::new("languages", format!("{role} takes no languages")).into()),
        }
        Ok(Grant { role, city: city.as_str().to_string(), group, languages })
    }
}
