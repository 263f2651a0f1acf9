//! API errors: a status and a JSON body `{"error": code, "message": ...}`.
//! Codes are stable for clients; messages are for people and name the
//! field at fault. Internal errors are logged, never explained to clients.

use std::time::Duration;

use axum::Json;
use axum::extract::Request;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hospes_content::publish_checks::Problem;
use serde::Serialize;
use ts_rs::TS;

use crate::documents::registration::RegistrationError;
use crate::domain::Invalid;
use crate::media::MediaError;
use crate::publishing::PublishError;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    retry_after: Option<Duration>,
    /// With `invalid_content`: every value publishing refused.
    problems: Option<Vec<Problem>>,
}

/// Every API error's JSON body.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    /// The stable code, e.g. `not_publishable`.
    pub error: &'static str,
    pub message: String,
    /// With `invalid_content`: the first field at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// With `invalid_content`: every value publishing refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub problems: Option<Vec<Problem>>,
    /// With `too_many_attempts` and `busy`: what `Retry-After` says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub retry_after_seconds: Option<u64>,
}

impl ErrorBody {
    fn plain(error: &'static str, message: String) -> Self {
        ErrorBody { error, message, field: None, problems: None, retry_after_seconds: None }
    }
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into(), retry_after: None, problems: None }
    }

    pub fn unauthenticated() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", "sign in first")
    }

    pub fn forbidden() -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", "your roles do not allow this")
    }

    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, message)
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    pub fn too_many_attempts(wait: Duration) -> Self {
        ApiError {
            retry_after: Some(wait),
            ..Self::new(StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", "too many attempts; wait and try again")
        }
    }

    /// Too much of this work is waiting already; try again in a moment.
    pub fn busy() -> Self {
        ApiError {
            retry_after: Some(Duration::from_secs(1)),
            ..Self::new(StatusCode::SERVICE_UNAVAILABLE, "busy", "the server is busy; try again in a moment")
        }
    }

    /// The stable code clients see, e.g. `not_publishable`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn internal(error: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {error}");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "something went wrong on the server")
    }
}

impl From<RegistrationError> for ApiError {
    fn from(error: RegistrationError) -> Self {
        match error {
            RegistrationError::UnknownCity(city) => Self::not_found("unknown_city", format!("there is no city {city}")),
            RegistrationError::Invalid(invalid) => invalid.into(),
            RegistrationError::Forbidden => Self::forbidden(),
            RegistrationError::Conflict => Self::conflict("already_registered", "this document is registered as something else"),
            RegistrationError::Database(error) => error.into(),
        }
    }
}

impl From<PublishError> for ApiError {
    fn from(error: PublishError) -> Self {
        match error {
            PublishError::InvalidContent(problems) => ApiError {
                problems: Some(problems.all().to_vec()),
                ..Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_content", problems.to_string())
            },
            PublishError::NotPublishable(message) => Self::new(StatusCode::UNPROCESSABLE_ENTITY, "not_publishable", message),
            PublishError::InvalidHeads(invalid) => invalid.into(),
            PublishError::NoContent(message) => Self::not_found("no_content", message),
            PublishError::Database(error) => error.into(),
            error @ (PublishError::Broken(_) | PublishError::Stopping) => Self::internal(error),
        }
    }
}

impl From<MediaError> for ApiError {
    fn from(error: MediaError) -> Self {
        match error {
            MediaError::TooLarge { .. } => Self::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", error.to_string()),
            MediaError::Unsupported(message) => Self::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", message),
            MediaError::Unreadable(unreadable) => Self::new(StatusCode::UNPROCESSABLE_ENTITY, "unreadable_media", unreadable.0),
            MediaError::Busy => Self::busy(),
            MediaError::BrokenOff => Self::new(StatusCode::BAD_REQUEST, "incomplete", error.to_string()),
            MediaError::Io(_) | MediaError::Database(_) => Self::internal(error),
        }
    }
}

impl From<Invalid> for ApiError {
    fn from(invalid: Invalid) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid", invalid.to_string())
    }
}

impl From<crate::accounts::hashing_pool::Overloaded> for ApiError {
    fn from(_: crate::accounts::hashing_pool::Overloaded) -> Self {
        Self::busy()
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> Self {
        Self::internal(error)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        Self::new(rejection.status(), "invalid_json", rejection.body_text())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry_seconds = self.retry_after.map(|wait| wait.as_secs().max(1));
        let body = ErrorBody {
            field: self.problems.as_ref().and_then(|problems| problems.first()).map(|problem| problem.field.clone()),
            problems: self.problems,
            retry_after_seconds: retry_seconds,
            ..ErrorBody::plain(self.code, self.message)
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = retry_seconds {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// `Json<T>` whose rejections (wrong content type, malformed or mistyped
/// JSON) are [`ApiError`]s.
#[derive(axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// The API answers JSON, even where axum or a layer answered first with
/// plain text (a method not allowed, a body over the limit, a path or
/// query that does not parse, a timeout): such an error keeps its status
/// and its text as the message, under a code for the status.
pub async fn plain_errors_as_json(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 4096).await.map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default();
    let code = match status {
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => "invalid",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::REQUEST_TIMEOUT => "timeout",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        _ if status.is_server_error() => "internal",
        _ => "error",
    };
    // A server error's text is not for clients.
    let message =
        if text.trim().is_empty() || status.is_server_error() { status.canonical_reason().unwrap_or("error").to_string() } else { text };
    let mut json = Json(ErrorBody::plain(code, message)).into_response();
    *json.status_mut() = status;
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            json.headers_mut().insert(name.clone(), value.clone());
        }
    }
    json
}
