//! The answer of a store: ready at once from a store in this process, or
//! after a round trip from a shared one. The in-memory path must not pay
//! for the shared one, so a ready answer is held inline (no allocation) and
//! callers take it without polling.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A boxed future, for the answers that need a round trip.
type Waiting<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// A store's answer: [`ready`](Self::ready) now, or
/// [`waiting`](Self::waiting) on a round trip. It is a `Future` either way;
/// a caller on a synchronous path takes a ready answer with
/// [`into_ready`](Self::into_ready).
///
/// ```
/// use agent_hardening::store::StoreFuture;
///
/// let answer = StoreFuture::ready(7_u32);
/// assert_eq!(answer.into_ready().ok(), Some(7));
/// let later = StoreFuture::waiting(async { 7_u32 });
/// assert!(later.into_ready().is_err());
/// ```
#[must_use = "a store's answer does nothing unless it is read"]
pub struct StoreFuture<T>(State<T>);

enum State<T> {
    Ready(Option<T>),
    Waiting(Waiting<T>),
}

impl<T> StoreFuture<T> {
    /// An answer known now.
    pub const fn ready(value: T) -> Self {
        Self(State::Ready(Some(value)))
    }

    /// An answer that comes when `future` completes.
    pub fn waiting(future: impl Future<Output = T> + Send + 'static) -> Self {
        Self(State::Waiting(Box::pin(future)))
    }

    /// The answer if it is known now; otherwise the future itself, to be
    /// awaited.
    ///
    /// # Errors
    ///
    /// Gives `self` back when the answer needs a round trip.
    pub fn into_ready(self) -> Result<T, Self> {
        match self.0 {
            State::Ready(Some(value)) => Ok(value),
            state => Err(Self(state)),
        }
    }
}

// The value is only ever moved out, never pinned in place.
impl<T> Unpin for StoreFuture<T> {}

impl<T> Future for StoreFuture<T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        match &mut self.0 {
            State::Ready(value) => match value.take() {
                Some(value) => Poll::Ready(value),
                // Polled again after it completed: a caller bug, and the
                // value is gone; never completing is the only safe answer.
                None => Poll::Pending,
            },
            State::Waiting(future) => future.as_mut().poll(cx),
        }
    }
}

impl<T> fmt::Debug for StoreFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.0 {
            State::Ready(_) => "ready",
            State::Waiting(_) => "waiting",
        };
        f.debug_tuple("StoreFuture").field(&state).finish()
    }
}
