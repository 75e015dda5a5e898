//! The auth layer's refusals, as [`Rejection`]s.

use std::time::Duration;

use ::http::Response;

use crate::rejection::{Reason, Rejection};

/// `429 Too Many Requests` for a client locked for `remaining`, with
/// `Retry-After`.
pub(crate) fn too_many_attempts<B: From<String>>(remaining: Duration) -> Response<B> {
    Rejection::new(Reason::TooManyFailedAttempts)
        .with_retry_after(remaining)
        .into_response()
}

/// `401 Unauthorized` for a missing or wrong token.
pub(crate) fn unauthorized<B: From<String>>() -> Response<B> {
    Rejection::new(Reason::Unauthorized).into_response()
}

/// `400 Bad Request` for a request with more than one `Authorization`
/// header: a proxy in front may have read another one than this layer
/// would, so neither is trusted.
pub(crate) fn ambiguous_authorization<B: From<String>>() -> Response<B> {
    Rejection::new(Reason::AmbiguousAuthorization).into_response()
}

/// `500` for a response future polled after it completed (a caller bug).
pub(crate) fn internal_error<B: From<String>>() -> Response<B> {
    Rejection::new(Reason::InternalError).into_response()
}
