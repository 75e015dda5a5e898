//! The host's hook: its own response for any of the crate's refusals.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use ::http::{Request, Response};
use pin_project_lite::pin_project;
use tower_layer::Layer;
use tower_service::Service;

use super::Rejection;

/// Replaces the response of every [`Rejection`] the layers inside it
/// answer (found in the response's extensions) with what `hook` makes of
/// it; other responses pass untouched. Put it outside the crate's layers
/// and inside the security headers, so a replaced response still gets
/// them. The rejection stays in the extensions of the new response.
///
/// # Example
///
/// ```
/// use agent_hardening::http::auth::{AuthLayer, Tokens};
/// use agent_hardening::rejection::{Reason, Rejection, RejectionResponseLayer};
/// use http::{Request, Response, StatusCode};
/// use tower::{ServiceBuilder, ServiceExt, service_fn};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let service = ServiceBuilder::new()
///     .layer(RejectionResponseLayer::new(
///         |rejection: &Rejection, response: Response<String>| match rejection.reason() {
///             // The host's own page for a missing token; the rest as they are.
///             Reason::Unauthorized => Response::builder()
///                 .status(StatusCode::UNAUTHORIZED)
///                 .body("sign in first".to_owned())
///                 .unwrap_or(response),
///             _ => response,
///         },
///     ))
///     .layer(AuthLayer::new(Tokens::new("a-long-random-token")?))
///     .service(service_fn(|_: Request<String>| async {
///         Ok::<_, std::convert::Infallible>(Response::new("hi".to_owned()))
///     }));
/// let response = service.oneshot(Request::new(String::new())).await?;
/// assert_eq!(response.body(), "sign in first");
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
#[must_use]
pub struct RejectionResponseLayer<F> {
    hook: F,
}

impl<F> RejectionResponseLayer<F> {
    /// Calls `hook` with each rejection and the response the crate made
    /// for it; what it returns is sent.
    pub fn new(hook: F) -> Self {
        Self { hook }
    }
}

impl<F> std::fmt::Debug for RejectionResponseLayer<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RejectionResponseLayer")
            .finish_non_exhaustive()
    }
}

impl<S, F: Clone> Layer<S> for RejectionResponseLayer<F> {
    type Service = RejectionResponse<S, F>;

    fn layer(&self, inner: S) -> Self::Service {
        RejectionResponse {
            inner,
            hook: self.hook.clone(),
        }
    }
}

/// The service of [`RejectionResponseLayer`].
#[derive(Clone)]
pub struct RejectionResponse<S, F> {
    inner: S,
    hook: F,
}

impl<S, F> RejectionResponse<S, F> {
    inner_service_accessors!();
}

impl<S: std::fmt::Debug, F> std::fmt::Debug for RejectionResponse<S, F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RejectionResponse")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

impl<S, F, ReqBody, ResBody> Service<Request<ReqBody>> for RejectionResponse<S, F>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    F: Fn(&Rejection, Response<ResBody>) -> Response<ResBody> + Clone,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = RejectionResponseFuture<S::Future, F>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        RejectionResponseFuture {
            future: self.inner.call(request),
            hook: self.hook.clone(),
        }
    }
}

pin_project! {
    /// Response future of [`RejectionResponse`].
    pub struct RejectionResponseFuture<Fut, F> {
        #[pin]
        future: Fut,
        hook: F,
    }
}

impl<Fut, F> std::fmt::Debug for RejectionResponseFuture<Fut, F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RejectionResponseFuture")
            .finish_non_exhaustive()
    }
}

impl<Fut, F, B, E> Future for RejectionResponseFuture<Fut, F>
where
    Fut: Future<Output = Result<Response<B>, E>>,
    F: Fn(&Rejection, Response<B>) -> Response<B>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.future.poll(cx))?;
        Poll::Ready(Ok(replace_rejected(&*this.hook, response)))
    }
}

/// `response` as the hook makes it when it carries a rejection.
pub(crate) fn replace_rejected<B>(
    hook: impl Fn(&Rejection, Response<B>) -> Response<B>,
    response: Response<B>,
) -> Response<B> {
    let Some(rejection) = response.extensions().get::<Rejection>().cloned() else {
        return response;
    };
    let mut replaced = hook(&rejection, response);
    if replaced.extensions().get::<Rejection>().is_none() {
        replaced.extensions_mut().insert(rejection);
    }
    replaced
}
