use std::fmt;
use std::sync::Arc;

use tower_layer::Layer;

use super::Auth;
use super::tokens::Tokens;
use crate::clock::{Clock, SystemClock};
use crate::http::{Cidr, TrustedProxies};
use crate::store::{LockoutPolicy, LockoutStore, MemoryStore};

/// Applies [`Auth`]: bearer tokens with per-client lockout. See the
/// [module docs](super) for the rules.
///
/// ```
/// use agent_hardening::http::auth::{AuthLayer, Tokens};
/// use agent_hardening::http::TrustedProxies;
///
/// let layer = AuthLayer::new(Tokens::new("a-long-random-token")?)
///     .trusted_proxies(TrustedProxies::from_list("10.0.0.0/8")?)
///     .websocket_subprotocol_token(true);
/// # let _ = layer;
/// # Ok::<(), agent_hardening::http::ConfigError>(())
/// ```
#[derive(Clone)]
#[must_use]
pub struct AuthLayer {
    pub(crate) config: Arc<AuthConfig>,
}

/// What every [`Auth`] service of one layer shares.
pub(crate) struct AuthConfig {
    pub(crate) tokens: Tokens,
    pub(crate) proxies: TrustedProxies,
    pub(crate) policy: LockoutPolicy,
    pub(crate) store: Arc<dyn LockoutStore>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) websocket_subprotocol: bool,
    pub(crate) never_locked: Vec<Cidr>,
}

impl AuthLayer {
    /// Checks `tokens`, locks clients out by the default
    /// [`LockoutPolicy`] (10 failures in 300 s lock for 900 s), counts in a
    /// [`MemoryStore`], trusts no proxies and reads the system clock.
    pub fn new(tokens: Tokens) -> Self {
        Self {
            config: Arc::new(AuthConfig {
                tokens,
                proxies: TrustedProxies::none(),
                policy: LockoutPolicy::default(),
                store: Arc::new(MemoryStore::new()),
                clock: Arc::new(SystemClock),
                websocket_subprotocol: false,
                never_locked: Vec::new(),
            }),
        }
    }

    fn config(mut self, edit: impl FnOnce(&mut AuthConfig)) -> Self {
        match Arc::get_mut(&mut self.config) {
            Some(config) => edit(config),
            None => {
                let mut config = self.config.as_ref().clone_config();
                edit(&mut config);
                self.config = Arc::new(config);
            }
        }
        self
    }

    /// Believes client-address headers from these proxies (see
    /// [`TrustedProxies`]).
    pub fn trusted_proxies(self, proxies: TrustedProxies) -> Self {
        self.config(|c| c.proxies = proxies)
    }

    /// When failures lock a client out.
    pub fn lockout(self, policy: LockoutPolicy) -> Self {
        self.config(|c| c.policy = policy)
    }

    /// Where failures are counted (share one store between replicas with a
    /// shared backend).
    pub fn store(self, store: Arc<dyn LockoutStore>) -> Self {
        self.config(|c| c.store = store)
    }

    /// The time source for the lockout windows (a
    /// [`ManualClock`](crate::clock::ManualClock) in tests).
    pub fn clock(self, clock: Arc<dyn Clock>) -> Self {
        self.config(|c| c.clock = clock)
    }

    /// Also accepts the token in a WebSocket handshake's
    /// `Sec-WebSocket-Protocol` header as `bearer, <token>`, because
    /// browsers cannot set `Authorization` on a WebSocket. The token is
    /// removed from the header before the handler sees it, and a `101`
    /// answer without a chosen protocol gets `Sec-WebSocket-Protocol:
    /// bearer`. Off by default.
    pub fn websocket_subprotocol_token(self, enabled: bool) -> Self {
        self.config(|c| c.websocket_subprotocol = enabled)
    }

    /// Clients in these networks are never locked out (an operator's VPN
    /// or office): a wrong token still gets `401` and is logged, but counts
    /// toward no lockout. The address is the one the lockout keys by, read
    /// through the [trusted proxies](Self::trusted_proxies) only, so a
    /// client elsewhere cannot claim an allowed address in a header. Keep
    /// the networks small: guessing from inside them is unlimited.
    ///
    /// ```
    /// use agent_hardening::http::auth::{AuthLayer, Tokens};
    ///
    /// let layer = AuthLayer::new(Tokens::new("a-long-random-token")?)
    ///     .never_lock_out(["10.8.0.0/24".parse()?, "2001:db8:ffff::/48".parse()?]);
    /// # let _ = layer;
    /// # Ok::<(), agent_hardening::http::ConfigError>(())
    /// ```
    pub fn never_lock_out(self, networks: impl IntoIterator<Item = Cidr>) -> Self {
        let networks: Vec<Cidr> = networks.into_iter().collect();
        self.config(|c| c.never_locked.extend(networks))
    }
}

impl AuthConfig {
    fn clone_config(&self) -> Self {
        Self {
            tokens: self.tokens.clone(),
            proxies: self.proxies.clone(),
            policy: self.policy,
            store: Arc::clone(&self.store),
            clock: Arc::clone(&self.clock),
            websocket_subprotocol: self.websocket_subprotocol,
            never_locked: self.never_locked.clone(),
        }
    }
}

impl fmt::Debug for AuthConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthConfig")
            .field("tokens", &self.tokens)
            .field("proxies", &self.proxies)
            .field("policy", &self.policy)
            .field("tracked_clients", &self.store.len())
            .field("websocket_subprotocol", &self.websocket_subprotocol)
            .field("never_locked", &self.never_locked)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for AuthLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthLayer")
            .field("config", &self.config)
            .finish()
    }
}

impl<S> Layer<S> for AuthLayer {
    type Service = Auth<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Auth {
            inner,
            config: Arc::clone(&self.config),
        }
    }
}
