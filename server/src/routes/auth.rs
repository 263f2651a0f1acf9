//! Signing in and out, and one's own sessions.
//!
//! `POST /api/v1/login`, `POST /api/v1/logout`, `GET /api/v1/session`,
//! `GET /api/v1/sessions`, `DELETE /api/v1/sessions/{id}`,
//! `POST /api/v1/sessions/sign-out-everywhere`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hospes_content::access::{Grant, Role};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::{ApiError, ApiJson};
use crate::accounts::attempt_limit::Verdict;
use crate::accounts::{self, passphrase_hash, sessions};
use crate::app_state::AppState;
use crate::db;
use crate::domain::{AccountName, Passphrase, passphrase_max_chars};
use crate::http::auth::{self, SignedIn};
use crate::http::client::ClientKey;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    pub name: String,
    pub passphrase: String,
}

/// Who is signed in: the body of every "you are signed in" answer (login,
/// invite acceptance, `GET /session`).
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub account: Account,
    /// The peer id this session's sync connections must use.
    pub peer_id: String,
    pub roles: Vec<GrantBody>,
}

impl SessionInfo {
    pub fn new(account_id: i64, name: &str, session_id: &str, grants: &[Grant]) -> Self {
        SessionInfo {
            account: Account { id: account_id, name: name.to_string() },
            peer_id: sessions::peer_id(session_id),
            roles: grants.iter().map(GrantBody::from).collect(),
        }
    }
}

#[derive(Serialize, TS)]
pub struct Account {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
}

/// One role held, with its scope.
#[derive(Serialize, TS)]
pub struct GrantBody {
    pub role: Role,
    pub city: String,
    /// The archive group, for group roles.
    pub group: Option<String>,
    /// For translators.
    pub languages: Vec<String>,
}

impl From<&Grant> for GrantBody {
    fn from(grant: &Grant) -> Self {
        GrantBody { role: grant.role, city: grant.city.clone(), group: grant.group.clone(), languages: grant.languages.clone() }
    }
}

/// One signed-in device or browser of the account.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionEntry {
    pub id: String,
    pub created_at: String,
    pub last_seen_at: String,
    /// The session asking.
    pub current: bool,
}

/// Starts a session for `account_id` and answers with its cookie.
pub async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    account_id: i64,
    name: String,
) -> Result<Response, ApiError> {
    let (session, grants) = state
        .db
        .call(move |conn| -> rusqlite::Result<_> {
            let session = sessions::create(conn, account_id, db::now())?;
            let grants = accounts::grants(conn, account_id)?;
            Ok((session, grants))
        })
        .await?;
    let body = SessionInfo::new(account_id, &name, &session.id, &grants);
    let cookie = auth::session_cookie(&session.token, sessions::LIFETIME_SECONDS, auth::over_tls(headers));
    Ok((status, [(header::SET_COOKIE, cookie)], Json(body)).into_response())
}

pub async fn login(
    State(state): State<AppState>,
    client: ClientKey,
    headers: HeaderMap,
    ApiJson(credentials): ApiJson<Credentials>,
) -> Result<Response, ApiError> {
    let name = AccountName::parse(&credentials.name)?;
    if credentials.passphrase.chars().count() > passphrase_max_chars() {
        return Err(Passphrase::parse(credentials.passphrase).expect_err("overlong").into());
    }
    match state.attempts.sign_in(client, name.as_str()) {
        Verdict::Refused(wait) => return Err(ApiError::too_many_attempts(wait)),
        // A name many clients are guessing at: slowed, never refused.
        Verdict::After(delay) if !delay.is_zero() => tokio::time::sleep(delay).await,
        Verdict::After(_) => {}
    }

    let lookup = name.clone();
    let found = state.db.call(move |conn| accounts::find_by_name(conn, &lookup)).await?;
    // A passphrase too short to be anyone's is simply wrong; it still costs
    // the same time as a real check.
    let passphrase = Passphrase::parse(credentials.passphrase).ok();
    let signed_in = state
        .hashing
        .run(move || match (found, passphrase) {
            (Some((account, stored)), Some(passphrase)) => {
                (passphrase_hash::verify(&passphrase, &stored) && !account.revoked).then_some(account)
            }
            (None, Some(passphrase)) => {
                passphrase_hash::verify_against_nothing(&passphrase);
                None
            }
            (_, None) => None,
        })
        .await?;
    let Some(account) = signed_in else {
        return Err(ApiError::new(StatusCode::UNAUTHORIZED, "invalid_credentials", "that name and passphrase do not match an account"));
    };
    start_session(&state, &headers, StatusCode::OK, account.id, account.name).await
}

pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(session) = auth::session_of(&state, &headers).await? {
        let (account_id, id) = (session.account_id, session.id.clone());
        state.db.call(move |conn| sessions::revoke(conn, account_id, &id, db::now())).await?;
        state.access.sessions_ended(&[session.id]);
    }
    let cookie = auth::expired_cookie(auth::over_tls(&headers));
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

pub async fn current(user: SignedIn) -> Json<SessionInfo> {
    Json(SessionInfo::new(user.session.account_id, &user.session.account_name, &user.session.id, &user.access.grants))
}

pub async fn list(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<SessionEntry>>, ApiError> {
    let account_id = user.session.account_id;
    let list = state.db.call(move |conn| sessions::list(conn, account_id, db::now())).await?;
    Ok(Json(
        list.into_iter()
            .map(|session| SessionEntry {
                current: session.id == user.session.id,
                id: session.id,
                created_at: db::rfc3339(session.created_at),
                last_seen_at: db::rfc3339(session.last_seen_at),
            })
            .collect(),
    ))
}

pub async fn end_one(State(state): State<AppState>, user: SignedIn, Path(session_id): Path<String>) -> Result<StatusCode, ApiError> {
    let account_id = user.session.account_id;
    let id = session_id.clone();
    let ended = state.db.call(move |conn| sessions::revoke(conn, account_id, &id, db::now())).await?;
    if !ended {
        return Err(ApiError::not_found("session_not_found", "you have no such session"));
    }
    state.access.sessions_ended(&[session_id]);
    Ok(StatusCode::NO_CONTENT)
}

pub async fn end_all(State(state): State<AppState>, headers: HeaderMap, user: SignedIn) -> Result<Response, ApiError> {
    let account_id = user.session.account_id;
    let ended = state.db.call(move |conn| sessions::revoke_all(conn, account_id, db::now())).await?;
    state.access.sessions_ended(&ended);
    let cookie = auth::expired_cookie(auth::over_tls(&headers));
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}
