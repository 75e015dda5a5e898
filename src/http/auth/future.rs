use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use ::http::header::{HeaderValue, SEC_WEBSOCKET_PROTOCOL};
use ::http::{Response, StatusCode};
use pin_project_lite::pin_project;

use super::refusals::internal_error;

/// What a decision taken over a round trip comes to: the inner service's
/// future (and whether the token came as a subprotocol), or a refusal.
pub(crate) type Decided<F, B> = Result<(F, bool), Response<B>>;

type Deciding<F, B> = Pin<Box<dyn Future<Output = Decided<F, B>> + Send>>;

pin_project! {
    /// Response future of the layers that may answer in `call`
    /// ([`Auth`](super::Auth), [`OriginCheck`](crate::http::origin::OriginCheck)):
    /// the inner service's answer, or the refusal decided in `call`.
    pub struct ResponseFuture<F, B> {
        #[pin]
        kind: Kind<F, B>,
    }
}

pin_project! {
    #[project = KindProj]
    enum Kind<F, B> {
        Inner {
            #[pin]
            future: F,
            // The token came as a WebSocket subprotocol: a 101 must name
            // the protocol the browser offered.
            name_subprotocol: bool,
        },
        Rejected {
            response: Option<Response<B>>,
        },
        // Waiting on a shared store; becomes `Inner` or `Rejected`.
        Deciding {
            decision: Deciding<F, B>,
        },
    }
}

impl<F, B> ResponseFuture<F, B> {
    pub(crate) fn inner(future: F, name_subprotocol: bool) -> Self {
        Self {
            kind: Kind::Inner {
                future,
                name_subprotocol,
            },
        }
    }

    pub(crate) fn rejected(response: Response<B>) -> Self {
        Self {
            kind: Kind::Rejected {
                response: Some(response),
            },
        }
    }

    pub(crate) fn deciding(decision: impl Future<Output = Decided<F, B>> + Send + 'static) -> Self {
        Self {
            kind: Kind::Deciding {
                decision: Box::pin(decision),
            },
        }
    }
}

impl<F, B, E> Future for ResponseFuture<F, B>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: From<String>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut kind = self.project().kind;
        if let KindProj::Deciding { decision } = kind.as_mut().project() {
            let next = match ready!(decision.as_mut().poll(cx)) {
                Ok((future, name_subprotocol)) => Kind::Inner {
                    future,
                    name_subprotocol,
                },
                Err(response) => Kind::Rejected {
                    response: Some(response),
                },
            };
            kind.set(next);
        }
        match kind.project() {
            KindProj::Inner {
                future,
                name_subprotocol,
            } => {
                let mut response = ready!(future.poll(cx))?;
                if *name_subprotocol
                    && response.status() == StatusCode::SWITCHING_PROTOCOLS
                    && !response.headers().contains_key(SEC_WEBSOCKET_PROTOCOL)
                {
                    response
                        .headers_mut()
                        .insert(SEC_WEBSOCKET_PROTOCOL, HeaderValue::from_static("bearer"));
                }
                Poll::Ready(Ok(response))
            }
            KindProj::Rejected { response } => {
                Poll::Ready(Ok(response.take().unwrap_or_else(internal_error)))
            }
            KindProj::Deciding { .. } => Poll::Pending,
        }
    }
}

impl<F, B> std::fmt::Debug for ResponseFuture<F, B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}
