//! A city's people, for those who manage roles there:
//! `GET /api/v1/cities/{city}/members`, `PUT .../members/{account}/roles`,
//! `POST .../members/{account}/revoke`, `GET /api/v1/cities/{city}/audit`.
//!
//! Each manager sees and changes only the roles they manage
//! ([`may_manage`]): city admins the city's roles, a group's moderators
//! that group's. Roles someone else manages are neither shown nor touched,
//! so city staff cannot see who belongs to an archive group or change it.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use hospes_content::access::{Grant, manages_in, may_manage};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use super::auth::GrantBody;
use super::error::{ApiError, ApiJson};
use super::invites::role_error;
use crate::accounts::role_request::RoleRequest;
use crate::accounts::{self, sessions};
use crate::app_state::AppState;
use crate::domain::Slug;
use crate::http::auth::SignedIn;
use crate::{audit, cities, db};

/// The city named in the path, if it exists and `user` administers it.
pub async fn city_as_admin(state: &AppState, user: &SignedIn, city: &str) -> Result<Slug, ApiError> {
    let slug = existing_city(state, city).await?;
    if !user.is_city_admin(slug.as_str()) {
        return Err(ApiError::forbidden());
    }
    Ok(slug)
}

/// The city named in the path, if it exists and `user` manages some of its
/// roles (an admin, or a moderator of one of its groups).
pub async fn city_as_manager(state: &AppState, user: &SignedIn, city: &str) -> Result<Slug, ApiError> {
    let slug = existing_city(state, city).await?;
    if !manages_in(&user.access.grants, slug.as_str()) {
        return Err(ApiError::forbidden());
    }
    Ok(slug)
}

async fn existing_city(state: &AppState, city: &str) -> Result<Slug, ApiError> {
    let slug = Slug::parse("city", city)?;
    let lookup = slug.clone();
    if !state.db.call(move |conn| cities::exists(conn, lookup.as_str())).await? {
        return Err(ApiError::not_found("unknown_city", format!("there is no city {city:?}")));
    }
    Ok(slug)
}

/// Someone with roles in the city, as one manager sees them: only the
/// roles that manager manages.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    #[ts(type = "number")]
    pub account_id: i64,
    pub name: String,
    pub roles: Vec<GrantBody>,
    pub revoked: bool,
}

/// An account's roles in the city after a change.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberRoles {
    #[ts(type = "number")]
    pub account_id: i64,
    pub roles: Vec<GrantBody>,
}

pub async fn list(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Json<Vec<Member>>, ApiError> {
    let city = city_as_manager(&state, &user, &city).await?;
    let members = state.db.call(move |conn| accounts::members(conn, city.as_str())).await?;
    let manager = &user.access.grants;
    Ok(Json(
        members
            .into_iter()
            .filter_map(|member| {
                let managed: Vec<GrantBody> =
                    member.grants.iter().filter(|grant| may_manage(manager, grant)).map(GrantBody::from).collect();
                (!managed.is_empty()).then_some(Member {
                    account_id: member.account.id,
                    name: member.account.name,
                    roles: managed,
                    revoked: member.account.revoked,
                })
            })
            .collect(),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    roles: Vec<RoleRequest>,
}

pub async fn set_roles(
    State(state): State<AppState>,
    user: SignedIn,
    Path((city, account_id)): Path<(String, i64)>,
    ApiJson(Roles { roles }): ApiJson<Roles>,
) -> Result<Json<MemberRoles>, ApiError> {
    let city = city_as_manager(&state, &user, &city).await?;
    let actor = user.actor();
    let manager = user.access.grants.clone();
    let grants = state
        .db
        .call(move |conn| -> Result<_, ApiError> {
            let others = unmanaged_grants(conn, &manager, city.as_str(), account_id)?;
            let grants = roles.iter().map(|role| role.to_grant(conn, &city)).collect::<Result<Vec<_>, _>>().map_err(role_error)?;
            if let Some(refused) = grants.iter().find(|grant| !may_manage(&manager, grant)) {
                return Err(not_yours_to_give(refused));
            }
            let kept: Vec<Grant> = grants.iter().chain(&others).cloned().collect();
            accounts::set_city_grants(conn, account_id, city.as_str(), &kept)?;
            let subject = json!({ "account": account_id, "roles": grants.iter().map(GrantBody::from).collect::<Vec<_>>() });
            audit::record(conn, &actor, "roles_changed", Some(city.as_str()), subject, db::now())?;
            Ok(grants)
        })
        .await?;
    state.access.account_changed(account_id);
    Ok(Json(MemberRoles { account_id, roles: grants.iter().map(GrantBody::from).collect() }))
}

/// Takes every role in this city that the manager manages and ends the
/// account's sessions; an account left with no role anywhere is revoked
/// (it can no longer sign in).
pub async fn revoke(
    State(state): State<AppState>,
    user: SignedIn,
    Path((city, account_id)): Path<(String, i64)>,
) -> Result<StatusCode, ApiError> {
    let city = city_as_manager(&state, &user, &city).await?;
    let actor = user.actor();
    let manager = user.access.grants.clone();
    let ended = state
        .db
        .call(move |conn| -> Result<_, ApiError> {
            let others = unmanaged_grants(conn, &manager, city.as_str(), account_id)?;
            let now = db::now();
            accounts::set_city_grants(conn, account_id, city.as_str(), &others)?;
            let ended = if accounts::grants(conn, account_id)?.is_empty() {
                accounts::revoke(conn, account_id, now)?
            } else {
                sessions::revoke_all(conn, account_id, now)?
            };
            audit::record(conn, &actor, "member_revoked", Some(city.as_str()), json!({ "account": account_id }), now)?;
            Ok(ended)
        })
        .await?;
    state.access.account_changed(account_id);
    state.access.sessions_ended(&ended);
    Ok(StatusCode::NO_CONTENT)
}

pub async fn audit_log(
    State(state): State<AppState>,
    user: SignedIn,
    Path(city): Path<String>,
) -> Result<Json<Vec<audit::Entry>>, ApiError> {
    let city = city_as_admin(&state, &user, &city).await?;
    let entries = state.db.call(move |conn| audit::recent(conn, city.as_str(), 200)).await?;
    Ok(Json(entries))
}

/// The account's roles in `city` that `manager` does not manage (kept as
/// they are); `unknown_member` unless it holds one `manager` does manage:
/// a manager learns nothing of people outside their remit.
fn unmanaged_grants(conn: &rusqlite::Connection, manager: &[Grant], city: &str, account_id: i64) -> Result<Vec<Grant>, ApiError> {
    let (managed, others): (Vec<Grant>, Vec<Grant>) =
        accounts::grants(conn, account_id)?.into_iter().filter(|grant| grant.city == city).partition(|grant| may_manage(manager, grant));
    if managed.is_empty() {
        return Err(ApiError::not_found("unknown_member", "no such member in this city"));
    }
    Ok(others)
}

/// A role the manager may not give: a group's roles are its moderators'.
pub fn not_yours_to_give(grant: &Grant) -> ApiError {
    let message = if grant.role.needs_group() {
        "an archive group's roles are given by its moderators".to_string()
    } else {
        format!("only the city's admins give the role {}", grant.role)
    };
    ApiError::new(StatusCode::FORBIDDEN, "not_your_role_to_give", message)
}
