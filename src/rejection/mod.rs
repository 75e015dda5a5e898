//! One typed refusal for every layer, route and guard of the crate.
//!
//! **Threat:** refusals a client, an outer layer or a log cannot tell
//! apart. A 429 that does not say when to retry is retried at once; a 401
//! and a 403 with different shapes are parsed by guesswork; a host that
//! wants its own error page has to re-parse bodies it did not write.
//!
//! Every refusal the crate answers (the auth layer's 401, 400 and 429, the
//! origin check's 403, the safety stack's 413, 408 and 500, the CSP report
//! endpoint's 4xx, the shield's and the CVE routes' 400, 409 and 503, the
//! tool guard's 403, 409, 429 and 503) is a
//! [`Rejection`] and answers one JSON shape:
//!
//! ```json
//! {"error": "<stable id>", "message": "<a sentence>", ...its own fields}
//! ```
//!
//! with `retry_after_seconds` (and a `Retry-After` header) where waiting
//! helps. The [`Rejection`] itself rides in the response's extensions, so
//! outer layers and logs read the typed [`Reason`] instead of the body, and
//! [`RejectionResponseLayer`] lets a host replace the response of any of
//! them.
//!
//! # Example
//!
//! ```
//! use agent_hardening::rejection::{Reason, Rejection};
//! use std::time::Duration;
//!
//! let rejection = Rejection::new(Reason::TooManyFailedAttempts)
//!     .with_retry_after(Duration::from_millis(1_500));
//! let response = rejection.into_response::<String>();
//! assert_eq!(response.status(), 429);
//! assert_eq!(response.headers()["retry-after"], "2");
//! let body: serde_json::Value = serde_json::from_str(response.body())?;
//! assert_eq!(body["error"], "too_many_failed_attempts");
//! assert_eq!(body["retry_after_seconds"], 2);
//! // The typed reason travels with the response.
//! let carried = response.extensions().get::<Rejection>().map(Rejection::reason);
//! assert_eq!(carried, Some(Reason::TooManyFailedAttempts));
//! # Ok::<(), serde_json::Error>(())
//! ```

mod hook;

use std::borrow::Cow;
use std::time::Duration;

use ::http::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER, WWW_AUTHENTICATE};
use ::http::{Response, StatusCode};
use serde_json::{Map, Value};

#[cfg(feature = "axum")]
pub(crate) use self::hook::replace_rejected;
pub use self::hook::{RejectionResponse, RejectionResponseFuture, RejectionResponseLayer};

/// Why a request or a tool call was refused: its stable id, its status and
/// its default message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// `401`: no bearer token, or a wrong one (counts toward a lockout).
    Unauthorized,
    /// `400`: more than one `Authorization` header.
    AmbiguousAuthorization,
    /// `429`: the client is locked out after repeated failures.
    TooManyFailedAttempts,
    /// `403`: a cross-origin state-changing request or WebSocket handshake.
    CrossOriginRequest,
    /// `413`: the request body is over the limit.
    BodyTooLarge,
    /// `408`: the request took longer than the timeout.
    RequestTimeout,
    /// `500`: a handler panicked (nothing of the panic is told).
    InternalError,
    /// `405`: a method the route does not take.
    MethodNotAllowed,
    /// `400`: the body could not be read, or is not UTF-8.
    UnreadableBody,
    /// `400`: the body is not the JSON the route takes.
    MalformedJson,
    /// `429`: the CSP report endpoint's own rate limit.
    TooManyReports,
    /// `503`: the kill switch is on.
    KillSwitchActive,
    /// `403`: a hardline command, never run.
    CommandBlocked,
    /// `409`: a human must confirm; the call may be repeated with
    /// `"_confirmed": true`.
    ConfirmationRequired,
    /// `429`: the tool is over its cap.
    AnomalyGateBlocked,
    /// `400`: a report format the shield does not write.
    UnknownFormat,
    /// `409`: a dependency scan is already running.
    ScanRunning,
    /// `503`: the dependency scan did not complete.
    ScanInterrupted,
}

impl Reason {
    /// The `error` field: a stable id, safe to match on.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Unauthorized => "unauthorized",
            Self::AmbiguousAuthorization => "ambiguous_authorization",
            Self::TooManyFailedAttempts => "too_many_failed_attempts",
            Self::CrossOriginRequest => "cross_origin_request",
            Self::BodyTooLarge => "body_too_large",
            Self::RequestTimeout => "request_timeout",
            Self::InternalError => "internal_error",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::UnreadableBody => "unreadable_body",
            Self::MalformedJson => "malformed_json",
            Self::TooManyReports => "too_many_reports",
            Self::KillSwitchActive => "kill_switch_active",
            Self::CommandBlocked => "blocked",
            Self::ConfirmationRequired => "confirmation_required",
            Self::AnomalyGateBlocked => "anomaly_gate_blocked",
            Self::UnknownFormat => "unknown_format",
            Self::ScanRunning => "scan_running",
            Self::ScanInterrupted => "scan_interrupted",
        }
    }

    /// The HTTP status it answers.
    #[must_use]
    pub fn status(self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::AmbiguousAuthorization
            | Self::UnreadableBody
            | Self::MalformedJson
            | Self::UnknownFormat => StatusCode::BAD_REQUEST,
            Self::TooManyFailedAttempts | Self::TooManyReports | Self::AnomalyGateBlocked => {
                StatusCode::TOO_MANY_REQUESTS
            }
            Self::CrossOriginRequest | Self::CommandBlocked => StatusCode::FORBIDDEN,
            Self::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Self::InternalError => StatusCode::INTERNAL_SERVER_ERROR,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::KillSwitchActive | Self::ScanInterrupted => StatusCode::SERVICE_UNAVAILABLE,
            Self::ConfirmationRequired | Self::ScanRunning => StatusCode::CONFLICT,
        }
    }

    /// The `message` a [`Rejection`] of this reason carries unless given
    /// its own.
    #[must_use]
    pub fn default_message(self) -> &'static str {
        match self {
            Self::Unauthorized => "A valid bearer token is required.",
            Self::AmbiguousAuthorization => "Send exactly one Authorization header.",
            Self::TooManyFailedAttempts => {
                "Too many failed attempts from this client; retry after the stated time."
            }
            Self::CrossOriginRequest => "Cross-origin requests are refused.",
            Self::BodyTooLarge => "The request body is over the limit.",
            Self::RequestTimeout => "The request took too long.",
            Self::InternalError => "The request failed on the server.",
            Self::MethodNotAllowed => "This route does not take that method.",
            Self::UnreadableBody => "The request body could not be read as text.",
            Self::MalformedJson => "The request body is not the JSON this route takes.",
            Self::TooManyReports => "Too many reports; retry later.",
            Self::KillSwitchActive => "The agent is paused.",
            Self::CommandBlocked => "This command is never run, even with confirmation.",
            Self::ConfirmationRequired => {
                "Ask the user to confirm, then call again with _confirmed: true."
            }
            Self::AnomalyGateBlocked => "The tool is over its cap; retry later.",
            Self::UnknownFormat => "format must be json or sarif",
            Self::ScanRunning => "a dependency scan is already running",
            Self::ScanInterrupted => "the scan did not complete; try again",
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// A refusal: its [`Reason`], a message, an optional retry delay and the
/// fields of its own (a tool's name, a rule, a request id).
///
/// [`into_response`](Self::into_response) gives the JSON response with
/// the rejection in its extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Rejection {
    reason: Reason,
    message: Cow<'static, str>,
    retry_after_seconds: Option<u64>,
    fields: Map<String, Value>,
}

impl Rejection {
    /// A rejection with the reason's default message.
    pub fn new(reason: Reason) -> Self {
        Self {
            reason,
            message: Cow::Borrowed(reason.default_message()),
            retry_after_seconds: None,
            fields: Map::new(),
        }
    }

    /// Replaces the message (it is sent to the client: say nothing secret).
    pub fn with_message(mut self, message: impl Into<Cow<'static, str>>) -> Self {
        self.message = message.into();
        self
    }

    /// When to retry: `retry_after_seconds` and `Retry-After`, in
    /// [whole seconds](fn@retry_after_seconds).
    pub fn with_retry_after(mut self, wait: Duration) -> Self {
        self.retry_after_seconds = Some(retry_after_seconds(wait));
        self
    }

    /// Adds a field of the rejection's own to the body. The names `error`,
    /// `message` and `retry_after_seconds` are the rejection's and are not
    /// replaced.
    pub fn with_field(mut self, name: &str, value: impl Into<Value>) -> Self {
        if !matches!(name, "error" | "message" | "retry_after_seconds") {
            self.fields.insert(name.to_owned(), value.into());
        }
        self
    }

    /// Why.
    #[must_use]
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// The message sent to the client.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whole seconds to wait before retrying, when waiting helps.
    #[must_use]
    pub fn retry_after_seconds(&self) -> Option<u64> {
        self.retry_after_seconds
    }

    /// A field of the rejection's own, by name.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.fields.get(name)
    }

    /// The body: `{"error", "message", "retry_after_seconds"?, ..fields}`.
    #[must_use]
    pub fn to_json(&self) -> Value {
        let mut body = Map::with_capacity(self.fields.len() + 3);
        body.insert("error".to_owned(), self.reason.id().into());
        body.insert("message".to_owned(), Value::from(&*self.message));
        if let Some(seconds) = self.retry_after_seconds {
            body.insert("retry_after_seconds".to_owned(), seconds.into());
        }
        body.extend(self.fields.iter().map(|(k, v)| (k.clone(), v.clone())));
        Value::Object(body)
    }

    /// The response: the reason's status, the JSON body, `Retry-After`
    /// when set, `WWW-Authenticate: Bearer` on a 401, and the rejection in
    /// the extensions.
    pub fn into_response<B: From<String>>(self) -> Response<B> {
        let mut response = Response::new(B::from(self.to_json().to_string()));
        *response.status_mut() = self.reason.status();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(seconds) = self.retry_after_seconds {
            headers.insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        if self.reason == Reason::Unauthorized {
            headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response.extensions_mut().insert(self);
        response
    }
}

impl From<Reason> for Rejection {
    fn from(reason: Reason) -> Self {
        Self::new(reason)
    }
}

#[cfg(feature = "axum")]
impl axum::response::IntoResponse for Rejection {
    fn into_response(self) -> axum::response::Response {
        Rejection::into_response::<axum::body::Body>(self)
    }
}

/// Whole seconds of `wait`, rounded up and never 0: a client told to retry
/// after 0 seconds would retry at once and be refused again, and one told
/// fewer seconds than the wait would be refused once more.
///
/// ```
/// use agent_hardening::rejection::retry_after_seconds;
/// use std::time::Duration;
///
/// assert_eq!(retry_after_seconds(Duration::from_millis(1)), 1);
/// assert_eq!(retry_after_seconds(Duration::from_millis(1_500)), 2);
/// assert_eq!(retry_after_seconds(Duration::ZERO), 1);
/// ```
#[must_use]
pub fn retry_after_seconds(wait: Duration) -> u64 {
    let whole = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    whole.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(response: &Response<String>) -> Value {
        serde_json::from_str(response.body()).unwrap()
    }

    #[test]
    fn every_reason_answers_its_own_status_and_id_in_one_shape() {
        let reasons = [
            Reason::Unauthorized,
            Reason::AmbiguousAuthorization,
            Reason::TooManyFailedAttempts,
            Reason::CrossOriginRequest,
            Reason::BodyTooLarge,
            Reason::RequestTimeout,
            Reason::InternalError,
            Reason::MethodNotAllowed,
            Reason::UnreadableBody,
            Reason::MalformedJson,
            Reason::TooManyReports,
            Reason::KillSwitchActive,
            Reason::CommandBlocked,
            Reason::ConfirmationRequired,
            Reason::AnomalyGateBlocked,
            Reason::UnknownFormat,
            Reason::ScanRunning,
            Reason::ScanInterrupted,
        ];
        let mut ids = std::collections::HashSet::new();
        for reason in reasons {
            assert!(ids.insert(reason.id()), "{reason} twice");
            let response = Rejection::new(reason).into_response::<String>();
            assert_eq!(response.status(), reason.status());
            assert!(response.status().is_client_error() || response.status().is_server_error());
            assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
            let body = body(&response);
            assert_eq!(body["error"], reason.id());
            assert_eq!(body["message"], reason.default_message());
            assert_eq!(
                response
                    .extensions()
                    .get::<Rejection>()
                    .map(Rejection::reason),
                Some(reason)
            );
        }
    }

    #[test]
    fn fields_join_the_body_but_cannot_replace_its_own() {
        let response = Rejection::new(Reason::AnomalyGateBlocked)
            .with_message("send_email ran 5 times")
            .with_retry_after(Duration::from_secs(30))
            .with_field("tool", "send_email")
            .with_field("error", "something_else")
            .with_field("retry_after_seconds", 0)
            .into_response::<String>();
        let body = body(&response);
        assert_eq!(body["error"], "anomaly_gate_blocked");
        assert_eq!(body["message"], "send_email ran 5 times");
        assert_eq!(body["tool"], "send_email");
        assert_eq!(body["retry_after_seconds"], 30);
        assert_eq!(response.headers()[RETRY_AFTER], "30");
    }

    #[test]
    fn only_a_401_names_the_bearer_scheme() {
        let unauthorized = Rejection::new(Reason::Unauthorized).into_response::<String>();
        assert_eq!(unauthorized.headers()[WWW_AUTHENTICATE], "Bearer");
        let forbidden = Rejection::new(Reason::CrossOriginRequest).into_response::<String>();
        assert!(!forbidden.headers().contains_key(WWW_AUTHENTICATE));
        assert!(!forbidden.headers().contains_key(RETRY_AFTER));
    }

    #[test]
    fn retry_after_rounds_up_and_is_never_zero() {
        assert_eq!(retry_after_seconds(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_seconds(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_seconds(Duration::from_secs(900)), 900);
        assert_eq!(retry_after_seconds(Duration::ZERO), 1);
    }
}
