//! The lockout decisions of [`Auth`](super::Auth) and the small JSON
//! responses that carry them.

use std::time::Duration;

use ::http::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER, WWW_AUTHENTICATE};
use ::http::{Response, StatusCode};

/// Whole seconds of `left`, rounded up and never 0: a client told to
/// retry after 0 seconds would retry at once and be refused again.
pub(crate) fn retry_after_secs(left: Duration) -> u64 {
    let whole = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    whole.max(1)
}

/// `429 Too Many Requests` for a locked client, with `Retry-After`.
pub(crate) fn too_many_attempts<B: From<String>>(retry_after: u64) -> Response<B> {
    let body =
        format!(r#"{{"error":"too_many_failed_attempts","retry_after_seconds":{retry_after}}}"#);
    let mut response = json(StatusCode::TOO_MANY_REQUESTS, body);
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(retry_after));
    response
}

/// `401 Unauthorized` for a missing or wrong token.
pub(crate) fn unauthorized<B: From<String>>() -> Response<B> {
    let mut response = json(
        StatusCode::UNAUTHORIZED,
        r#"{"error":"unauthorized"}"#.to_owned(),
    );
    response
        .headers_mut()
        .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

/// `400 Bad Request` for a request with more than one `Authorization`
/// header: a proxy in front may have read another one than this layer
/// would, so neither is trusted.
pub(crate) fn ambiguous_authorization<B: From<String>>() -> Response<B> {
    json(
        StatusCode::BAD_REQUEST,
        r#"{"error":"ambiguous_authorization"}"#.to_owned(),
    )
}

/// `500` for a response future polled after it completed (a caller bug).
pub(crate) fn internal_error<B: From<String>>() -> Response<B> {
    json(
        StatusCode::INTERNAL_SERVER_ERROR,
        r#"{"error":"internal"}"#.to_owned(),
    )
}

fn json<B: From<String>>(status: StatusCode, body: String) -> Response<B> {
    let mut response = Response::new(B::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_rounds_up_and_is_never_zero() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_secs(Duration::from_secs(900)), 900);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
    }
}
