//! Invites: `POST /api/v1/cities/{city}/invites` (for a role the inviter
//! manages: city admins the city's, moderators their group's),
//! `GET /api/v1/invites/{token}`, `POST /api/v1/invites/{token}/accept`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use hospes_content::access::Role;
use serde::Serialize;
use serde_json::json;
use ts_rs::TS;

use super::auth::{Credentials, GrantBody, start_session};
use super::error::{ApiError, ApiJson};
use super::members::{city_as_manager, not_yours_to_give};
use crate::accounts::invites::{self, InviteError};
use crate::accounts::role_request::{RoleError, RoleRequest};
use crate::accounts::tokens;
use crate::accounts::{self, AccountsError, passphrase_hash};
use crate::app_state::AppState;
use crate::audit;
use crate::db;
use crate::domain::{AccountName, Passphrase};
use crate::http::auth::SignedIn;
use crate::http::client::ClientKey;

/// An invite just made; the token is shown this once.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedInvite {
    pub token: String,
    /// A path, `/invite/<token>`.
    pub url: String,
    pub expires_at: String,
    pub role: GrantBody,
}

/// An open invite, as its holder sees it before accepting.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Invite {
    pub city: String,
    pub role: Role,
    pub group: Option<String>,
    pub languages: Vec<String>,
    pub expires_at: String,
}

pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Path(city): Path<String>,
    ApiJson(request): ApiJson<RoleRequest>,
) -> Result<(StatusCode, Json<CreatedInvite>), ApiError> {
    let city = city_as_manager(&state, &user, &city).await?;
    let actor = user.actor();
    let manager = user.access.grants.clone();
    let (token, expires_at, grant) = state
        .db
        .call(move |conn| -> Result<_, ApiError> {
            let grant = request.to_grant(conn, &city).map_err(role_error)?;
            if !hospes_content::access::may_manage(&manager, &grant) {
                return Err(not_yours_to_give(&grant));
            }
            let now = db::now();
            let (token, expires_at) = invites::create(conn, &grant, Some(user.session.account_id), now)?;
            audit::record(
                conn,
                &actor,
                "invite_created",
                Some(city.as_str()),
                json!({ "role": grant.role.as_str(), "group": grant.group, "languages": grant.languages }),
                now,
            )?;
            Ok((token, expires_at, grant))
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedInvite { url: format!("/invite/{token}"), token, expires_at: db::rfc3339(expires_at), role: GrantBody::from(&grant) }),
    ))
}

pub async fn show(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<Invite>, ApiError> {
    let invite = state.db.call(move |conn| invites::peek(conn, &token, db::now())).await?.ok_or_else(invite_not_found)?;
    Ok(Json(Invite {
        city: invite.grant.city,
        role: invite.grant.role,
        group: invite.grant.group,
        languages: invite.grant.languages,
        expires_at: db::rfc3339(invite.expires_at),
    }))
}

pub async fn accept(
    State(state): State<AppState>,
    client: ClientKey,
    headers: HeaderMap,
    Path(token): Path<String>,
    ApiJson(credentials): ApiJson<Credentials>,
) -> Result<Response, ApiError> {
    let name = AccountName::parse(&credentials.name)?;
    let passphrase = Passphrase::parse(credentials.passphrase)?;
    // The token first: an unknown one costs a lookup, never a hash, and
    // only someone holding an open invite learns whether a name is taken.
    let (lookup_token, lookup_name) = (token.clone(), name.clone());
    let (open, taken) = state
        .db
        .call(move |conn| -> rusqlite::Result<_> {
            let open = invites::peek(conn, &lookup_token, db::now())?.is_some();
            let taken = accounts::find_by_name(conn, &lookup_name)?.is_some();
            Ok((open, taken))
        })
        .await?;
    if !open {
        return Err(invite_not_found());
    }
    state.attempts.invite(client, &tokens::hash(&token)).map_err(ApiError::too_many_attempts)?;
    if taken {
        return Err(name_taken());
    }
    let hash = state.hashing.run(move || passphrase_hash::hash(&passphrase)).await?;
    let account_name = name.clone();
    let (account_id, grant) = state
        .db
        .call(move |conn| -> Result<_, InviteError> {
            let now = db::now();
            let (account_id, grant) = invites::accept(conn, &token, &account_name, &hash, now)?;
            let actor = audit::Actor::Account { id: account_id, name: account_name.as_str().to_string() };
            let subject = json!({ "role": grant.role.as_str(), "group": grant.group, "languages": grant.languages });
            audit::record(conn, &actor, "invite_accepted", Some(&grant.city), subject, now)?;
            Ok((account_id, grant))
        })
        .await
        .map_err(|error| match error {
            InviteError::NotFound => invite_not_found(),
            // Taken meanwhile.
            InviteError::Accounts(AccountsError::NameTaken) => name_taken(),
            InviteError::Accounts(AccountsError::Db(error)) => ApiError::internal(error),
        })?;
    tracing::info!(city = grant.city, role = %grant.role, "invite accepted");
    start_session(&state, &headers, StatusCode::CREATED, account_id, name.as_str().to_string()).await
}

fn name_taken() -> ApiError {
    ApiError::conflict("name_taken", "that name is taken; choose another")
}

fn invite_not_found() -> ApiError {
    ApiError::not_found("invite_not_found", "this invite does not exist, was used or has expired")
}

pub fn role_error(error: RoleError) -> ApiError {
    match error {
        RoleError::Invalid(invalid) => invalid.into(),
        RoleError::Db(error) => error.into(),
    }
}
