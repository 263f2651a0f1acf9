//! Who is asking: the session behind a request's cookie (browsers) or
//! `Authorization: Bearer` header (native sync clients, scripts).
//!
//! The cookie is HttpOnly and SameSite=Strict, and state-changing routes
//! take JSON bodies, which a cross-site form cannot send.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use hospes_content::access::{Grant, Role};

use crate::access::SessionAccess;
use crate::accounts::sessions::{self, Session};
use crate::app_state::AppState;
use crate::audit::Actor;
use crate::db;
use crate::routes::error::ApiError;

pub const SESSION_COOKIE: &str = "hospes_session";

/// The session token a request carries, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    let bearer = headers.get(header::AUTHORIZATION).and_then(|value| value.to_str().ok()).and_then(|value| value.strip_prefix("Bearer "));
    if let Some(token) = bearer {
        return Some(token.trim().to_string());
    }
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
}

/// Resolves a request's token to a live session.
pub async fn session_of(state: &AppState, headers: &HeaderMap) -> Result<Option<Session>, ApiError> {
    let Some(token) = session_token(headers) else {
        return Ok(None);
    };
    Ok(state.db.call(move |conn| sessions::authenticate(conn, &token, db::now())).await?)
}

/// The `Set-Cookie` value that starts a session in the browser.
pub fn session_cookie(token: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}{secure}"))
        .expect("tokens are URL-safe base64")
}

/// The `Set-Cookie` value that ends it.
pub fn expired_cookie(secure: bool) -> HeaderValue {
    session_cookie("", 0, secure)
}

/// Whether the browser reached us over TLS (directly or through a proxy that
/// says so), so the cookie must be `Secure`.
pub fn over_tls(headers: &HeaderMap) -> bool {
    headers.get("x-forwarded-proto").is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// A signed-in user. Extracting it answers 401 when there is no live session.
pub struct SignedIn {
    pub session: Session,
    pub access: Arc<SessionAccess>,
}

impl SignedIn {
    pub fn grants_in<'a>(&'a self, city: &'a str) -> impl Iterator<Item = &'a Grant> + 'a {
        self.access.grants.iter().filter(move |grant| grant.city == city)
    }

    pub fn is_city_admin(&self, city: &str) -> bool {
        self.grants_in(city).any(|grant| grant.role == Role::CityAdmin)
    }

    pub fn actor(&self) -> Actor {
        Actor::Account { id: self.session.account_id, name: self.session.account_name.clone() }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let session = session_of(state, &parts.headers).await?.ok_or_else(ApiError::unauthenticated)?;
        let access = state.access.session(&session.id).ok_or_else(ApiError::unauthenticated)?;
        Ok(SignedIn { session, access })
    }
}
