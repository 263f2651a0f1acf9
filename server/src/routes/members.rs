//! A city's people, for its admins: `GET /api/v1/cities/{city}/members`,
//! `PUT .../members/{account}/roles`, `POST .../members/{account}/revoke`,
//! `GET /api/v1/cities/{city}/audit`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::grant_json;
use super::error::{ApiError, ApiJson};
use super::invites::role_error;
use crate::accounts::{self, sessions};
use crate::app_state::AppState;
use crate::auth::SignedIn;
use crate::domain::Slug;
use crate::role_request::RoleRequest;
use crate::{audit, cities, db};

/// The city named in the path, if it exists and `user` administers it.
pub async fn city_as_admin(state: &AppState, user: &SignedIn, city: &str) -> Result<Slug, ApiError> {
    let slug = Slug::parse("city", city)?;
    let lookup = slug.clone();
    if !state.db.call(move |conn| cities::exists(conn, lookup.as_str())).await? {
        return Err(ApiError::not_found("unknown_city", format!("there is no city {city:?}")));
    }
    if !user.is_city_admin(slug.as_str()) {
        return Err(ApiError::forbidden());
    }
    Ok(slug)
}

pub async fn list(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Json<Value>, ApiError> {
    let city = city_as_admin(&state, &user, &city).await?;
    let members = state.db.call(move |conn| accounts::members(conn, city.as_str())).await?;
    Ok(Json(Value::Array(
        members
            .into_iter()
            .map(|member| {
                json!({
                    "accountId": member.account.id,
                    "name": member.account.name,
                    "roles": member.grants.iter().map(grant_json).collect::<Vec<_>>(),
                    "revoked": member.account.revoked,
                })
            })
            .collect(),
    )))
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
) -> Result<Json<Value>, ApiError> {
    let city = city_as_admin(&state, &user, &city).await?;
    let actor = user.actor();
    let grants = state
        .db
        .call(move |conn| -> Result<_, ApiError> {
            member_of(conn, city.as_str(), account_id)?;
            let grants = roles
                .iter()
                .map(|role| role.to_grant(conn, &city))
                .collect::<Result<Vec<_>, _>>()
                .map_err(role_error)?;
            accounts::set_city_grants(conn, account_id, city.as_str(), &grants)?;
            let subject = json!({ "account": account_id, "roles": grants.iter().map(grant_json).collect::<Vec<_>>() });
            audit::record(conn, &actor, "roles_changed", Some(city.as_str()), subject, db::now())?;
            Ok(grants)
        })
        .await?;
    state.access.account_changed(account_id);
    Ok(Json(json!({ "accountId": account_id, "roles": grants.iter().map(grant_json).collect::<Vec<_>>() })))
}

/// Takes every role the account holds in this city and ends all its
/// sessions; an account left with no role anywhere is revoked (it can no
/// longer sign in).
pub async fn revoke(
    State(state): State<AppState>,
    user: SignedIn,
    Path((city, account_id)): Path<(String, i64)>,
) -> Result<StatusCode, ApiError> {
    let city = city_as_admin(&state, &user, &city).await?;
    let actor = user.actor();
    let ended = state
        .db
        .call(move |conn| -> Result<_, ApiError> {
            member_of(conn, city.as_str(), account_id)?;
            let now = db::now();
            accounts::set_city_grants(conn, account_id, city.as_str(), &[])?;
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

pub async fn audit_log(State(state): State<AppState>, user: SignedIn, Path(city): Path<String>) -> Result<Json<Value>, ApiError> {
    let city = city_as_admin(&state, &user, &city).await?;
    let entries = state.db.call(move |conn| audit::recent(conn, city.as_str(), 200)).await?;
    Ok(Json(json!(entries)))
}

fn member_of(conn: &rusqlite::Connection, city: &str, account_id: i64) -> Result<(), ApiError> {
    if accounts::grants(conn, account_id)?.iter().any(|grant| grant.city == city) {
        Ok(())
    } else {
        Err(ApiError::not_found("unknown_member", "no such member in this city"))
    }
}
