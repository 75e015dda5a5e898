//! The shared store on Redis: see [`RedisStore`] for what it shares and
//! its failure policy.

mod scripts;
mod settings;

use std::fmt;
use std::future::Future;
use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use dashmap::DashMap;
use redis::aio::ConnectionManager;
use redis::aio::ConnectionManagerConfig;
use redis::{AsyncConnectionConfig, Client};

use super::{
    CallStore, ClientKey, LockoutPolicy, LockoutStore, MemoryStore, SharedStoreHealth, StoreFuture,
    WindowCount,
};

/// What a cap check does when Redis does not answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum CapsOnFailure {
    /// Refuse the call (`anomaly_gate_blocked` without a retry time): a
    /// ceiling that cannot be counted is not granted. The default.
    #[default]
    Refuse,
    /// Count in this replica's memory: each replica keeps the ceiling on
    /// its own until Redis answers again (N replicas, N times the calls).
    CountLocally,
    /// Let the call run uncounted.
    Allow,
}

/// Why a [`RedisStore`] could not be built or a setting not written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RedisStoreError {
    /// The URL is not a Redis URL (the URL itself is not repeated: it may
    /// hold a password).
    #[error("the Redis URL is not valid: {0}")]
    InvalidUrl(String),
    /// The key prefix is empty or holds `{`, `}`, whitespace or control
    /// characters (braces would break the hash tags).
    #[error("the key prefix {0:?} is not usable: use letters, digits and `-_.:`")]
    InvalidPrefix(String),
    /// Redis did not answer in time or answered with an error.
    #[error("Redis did not answer: {0}")]
    Unavailable(String),
}

/// Builds a [`RedisStore`]; from [`RedisStore::builder`].
pub struct RedisStoreBuilder {
    url: String,
    prefix: String,
    timeout: Duration,
    caps_on_failure: CapsOnFailure,
    max_local_keys: usize,
}

impl fmt::Debug for RedisStoreBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the URL: it may carry a password.
        f.debug_struct("RedisStoreBuilder")
            .field("prefix", &self.prefix)
            .field("timeout", &self.timeout)
            .field("caps_on_failure", &self.caps_on_failure)
            .field("max_local_keys", &self.max_local_keys)
            .finish_non_exhaustive()
    }
}

impl RedisStoreBuilder {
    /// The prefix of every key (default `agent-hardening`): one per service
    /// sharing a Redis.
    #[must_use]
    pub fn prefix(mut self, prefix: &str) -> Self {
        prefix.clone_into(&mut self.prefix);
        self
    }

    /// How long an operation may take before its fallback applies (default
    /// 200 ms; also the connection timeout).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// What cap checks do while Redis does not answer (default
    /// [`CapsOnFailure::Refuse`]).
    #[must_use]
    pub fn caps_on_failure(mut self, policy: CapsOnFailure) -> Self {
        self.caps_on_failure = policy;
        self
    }

    /// Clients and keys held in this process (locks seen, and the fallback
    /// store's state), default 100,000.
    #[must_use]
    pub fn max_local_keys(mut self, max: usize) -> Self {
        self.max_local_keys = max.max(1);
        self
    }

    /// The store. It connects in the background: a Redis that is down at
    /// start-up gives a degraded store (and its fallbacks) until it
    /// answers, not an error. Must be called inside a Tokio runtime.
    ///
    /// # Errors
    ///
    /// [`RedisStoreError::InvalidUrl`] or
    /// [`RedisStoreError::InvalidPrefix`].
    pub async fn connect(self) -> Result<RedisStore, RedisStoreError> {
        let usable = |c: char| c.is_ascii_alphanumeric() || "-_.:".contains(c);
        if self.prefix.is_empty() || !self.prefix.chars().all(usable) {
            return Err(RedisStoreError::InvalidPrefix(self.prefix));
        }
        let client = Client::open(self.url.as_str())
            .map_err(|error| RedisStoreError::InvalidUrl(format!("{:?}", error.kind())))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(self.timeout))
            .set_response_timeout(Some(self.timeout))
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_secs(1));
        let connection = ConnectionManager::new_lazy_with_config(client.clone(), config)
            .map_err(|error| RedisStoreError::InvalidUrl(format!("{:?}", error.kind())))?;
        let store = RedisStore(Arc::new(Shared {
            connection,
            client,
            prefix: self.prefix,
            timeout: self.timeout,
            caps_on_failure: self.caps_on_failure,
            fallback: MemoryStore::with_max_keys(self.max_local_keys),
            locks: DashMap::new(),
            max_local_keys: self.max_local_keys,
            health: SharedStoreHealth::new("redis"),
            member_seed: RandomState::new().hash_one(std::process::id()),
            members: AtomicU64::new(0),
        }));
        store.refresh_eviction_policy().await;
        Ok(store)
    }
}

/// Lockouts ([`LockoutStore`]) and caps ([`CallStore`]) counted in Redis,
/// and the settings every replica reads (`shared_switches`); cheap to
/// clone. Feature `redis`.
///
/// **Threat:** limits that hold per process only. Behind a load balancer,
/// N replicas with their own memory give an attacker N times the token
/// guesses, a runaway loop N times the e-mails, and a kill switch flipped
/// on one replica leaves the others running.
///
/// # How it counts
///
/// Each lockout check, failure and cap check is one `EVALSHA` of a Lua
/// script (loaded again when Redis answers `NOSCRIPT`), timed by Redis's
/// own clock (`TIME`) so replicas with drifting clocks count one window.
/// Windows are exact sliding windows (a sorted set of times per key), every
/// key has a TTL, all keys start with the prefix the host sets, and a
/// client's keys share a hash tag (`{203.0.113.7}`) so they sit in one slot
/// of a Redis Cluster. A client seen locked is remembered in this process
/// until its lock ends: a locked attacker costs no Redis call.
///
/// # When Redis does not answer
///
/// Every operation has a short timeout (200 ms by default) and the
/// connection reconnects by itself. Until Redis answers again:
///
/// | what | falls back to |
/// |---|---|
/// | lockouts | this replica's own [`MemoryStore`] |
/// | caps | [`CapsOnFailure::Refuse`] by default: the call is refused |
/// | kill switch, approval mode | the last value read, and the environment |
///
/// Each fallback is a `warn` event (target `agent_hardening::store`, fields
/// `store`, `operation`, `fallback`, `error`) and turns the shield's
/// `shared-store` signal to `degraded`. The next answered operation turns it
/// back; nothing needs a restart. `docs/replicas.md` has the keys, TTLs and
/// Redis settings.
///
/// # Example
///
/// ```no_run
/// use std::sync::Arc;
/// use agent_hardening::caps::Caps;
/// use agent_hardening::http::auth::{AuthLayer, Tokens};
/// use agent_hardening::kill_switch::KillSwitch;
/// use agent_hardening::shared_switches::SharedSwitches;
/// use agent_hardening::store::{CapsOnFailure, RedisStore};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let store = RedisStore::builder("redis://127.0.0.1:6379")
///     .prefix("support-bot")
///     .caps_on_failure(CapsOnFailure::Refuse)
///     .connect()
///     .await?;
/// let auth = AuthLayer::new(Tokens::new("a-long-random-current-token")?)
///     .store(Arc::new(store.clone()));
/// let caps = Caps::recommended().store(Arc::new(store.clone()));
/// let switches = SharedSwitches::new(store.clone()).kill_switch(KillSwitch::new("SUPPORT_BOT"));
/// let _following = switches.clone().spawn(); // applies Redis's values every 250 ms
/// switches.pause_all(true).await?; // every replica pauses within a poll
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct RedisStore(Arc<Shared>);

struct Shared {
    connection: ConnectionManager,
    /// For the one-off `CONFIG GET`, on its own connection.
    client: Client,
    prefix: String,
    timeout: Duration,
    caps_on_failure: CapsOnFailure,
    /// Where lockouts are counted while Redis does not answer.
    fallback: MemoryStore,
    /// Locks seen in Redis, until they end: a locked client costs no call.
    locks: DashMap<ClientKey, Instant>,
    max_local_keys: usize,
    health: SharedStoreHealth,
    /// Sorted-set members must be unique across replicas and calls.
    member_seed: u64,
    members: AtomicU64,
}

impl RedisStore {
    /// A store on the Redis at `url` (`redis://host:port/db`, with
    /// `redis://user:password@...` for ACLs; `rediss://` is not built in).
    #[must_use]
    pub fn builder(url: &str) -> RedisStoreBuilder {
        RedisStoreBuilder {
            url: url.to_owned(),
            prefix: "agent-hardening".to_owned(),
            timeout: Duration::from_millis(200),
            caps_on_failure: CapsOnFailure::default(),
            max_local_keys: 100_000,
        }
    }

    /// The store's live health, for the shield
    /// (`ShieldBuilder::shared_store`) and for readiness checks.
    #[must_use]
    pub fn health(&self) -> SharedStoreHealth {
        self.0.health.clone()
    }

    /// The key prefix.
    #[must_use]
    pub fn prefix(&self) -> &str {
        &self.0.prefix
    }

    /// Reads `maxmemory-policy` (on its own connection, within the
    /// timeout) into the health; a Redis that refuses `CONFIG` (managed
    /// services) leaves it unknown.
    pub async fn refresh_eviction_policy(&self) {
        let shared = Arc::clone(&self.0);
        let read = async move {
            let mut connection = shared
                .client
                .get_multiplexed_async_connection_with_config(
                    &AsyncConnectionConfig::new()
                        .set_connection_timeout(Some(shared.timeout))
                        .set_response_timeout(Some(shared.timeout)),
                )
                .await?;
            let pair: Vec<String> = redis::cmd("CONFIG")
                .arg("GET")
                .arg("maxmemory-policy")
                .query_async(&mut connection)
                .await?;
            Ok::<_, redis::RedisError>(pair.into_iter().nth(1))
        };
        let policy = match tokio::time::timeout(self.0.timeout * 2, read).await {
            Ok(Ok(policy)) => policy,
            _ => None,
        };
        self.0.health.set_eviction_policy(policy);
    }

    fn key(&self, parts: fmt::Arguments<'_>) -> String {
        format!("{}:{parts}", self.0.prefix)
    }

    /// A client's lock; its failures share the hash tag.
    fn lock_key(&self, key: ClientKey) -> String {
        self.key(format_args!("lockout:{{{key}}}:lock"))
    }

    fn member(&self) -> String {
        let n = self.0.members.fetch_add(1, Ordering::Relaxed);
        format!("{:x}-{n:x}", self.0.member_seed)
    }

    /// Remembers a lock seen in Redis until it ends (if there is room).
    fn remember_lock(&self, key: ClientKey, now: Instant, left: Duration) {
        let locks = &self.0.locks;
        if locks.len() >= self.0.max_local_keys {
            locks.retain(|_, until| *until > now);
            if locks.len() >= self.0.max_local_keys {
                return;
            }
        }
        locks.insert(key, now + left);
    }
}

impl Shared {
    /// Runs `operation` within the timeout, recording the health.
    async fn run<T>(
        &self,
        name: &'static str,
        fallback: &'static str,
        operation: impl Future<Output = redis::RedisResult<T>>,
    ) -> Option<T> {
        match tokio::time::timeout(self.timeout, operation).await {
            Ok(Ok(value)) => {
                self.health.answered();
                Some(value)
            }
            Ok(Err(error)) => {
                self.health.failed(name, fallback, &describe(&error));
                None
            }
            Err(_) => {
                let error = format!("no answer within {} ms", self.timeout.as_millis());
                self.health.failed(name, fallback, &error);
                None
            }
        }
    }
}

/// An error's kind and category, without anything the server echoed.
fn describe(error: &redis::RedisError) -> String {
    if error.is_timeout() {
        "timed out".to_owned()
    } else if error.is_connection_refusal() {
        "connection refused".to_owned()
    } else if error.is_connection_dropped() || error.is_io_error() {
        "connection lost".to_owned()
    } else {
        format!("{:?}", error.kind())
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis())
        .unwrap_or(u64::MAX)
        .max(1)
}

impl LockoutStore for RedisStore {
    fn lock_remaining(&self, key: ClientKey, now: Instant) -> StoreFuture<Option<Duration>> {
        if let Some(until) = self.0.locks.get(&key).map(|until| *until) {
            if until > now {
                return StoreFuture::ready(Some(until - now));
            }
            self.0.locks.remove_if(&key, |_, until| *until <= now);
        }
        let store = self.clone();
        let lock = self.lock_key(key);
        StoreFuture::waiting(async move {
            let mut connection = store.0.connection.clone();
            let answer = store
                .0
                .run(
                    "lockout-check",
                    "memory",
                    scripts::LOCK_REMAINING
                        .key(&lock)
                        .invoke_async::<u64>(&mut connection),
                )
                .await;
            match answer {
                // A lock earned while Redis was away still holds.
                Some(0) => store.0.fallback.lock_remaining(key, now).await,
                Some(ms) => {
                    let left = Duration::from_millis(ms);
                    store.remember_lock(key, now, left);
                    Some(left)
                }
                None => store.0.fallback.lock_remaining(key, now).await,
            }
        })
    }

    fn record_failure(
        &self,
        key: ClientKey,
        now: Instant,
        policy: &LockoutPolicy,
    ) -> StoreFuture<Option<Duration>> {
        let store = self.clone();
        let policy = *policy;
        let failures = self.key(format_args!("lockout:{{{key}}}:failures"));
        let lock = self.lock_key(key);
        let member = self.member();
        StoreFuture::waiting(async move {
            let mut connection = store.0.connection.clone();
            let answer = store
                .0
                .run(
                    "lockout-failure",
                    "memory",
                    scripts::RECORD_FAILURE
                        .key(&failures)
                        .key(&lock)
                        .arg(policy.max_failures().get())
                        .arg(millis(policy.window()))
                        .arg(millis(policy.lockout()))
                        .arg(&member)
                        .invoke_async::<(u8, u64)>(&mut connection),
                )
                .await;
            match answer {
                Some((1, ms)) => {
                    let left = Duration::from_millis(ms);
                    store.remember_lock(key, now, left);
                    Some(left)
                }
                Some((2, ms)) => {
                    store.remember_lock(key, now, Duration::from_millis(ms));
                    None
                }
                Some(_) => None,
                None => store.0.fallback.record_failure(key, now, &policy).await,
            }
        })
    }

    fn len(&self) -> usize {
        self.0.locks.len() + LockoutStore::len(&self.0.fallback)
    }
}

impl CallStore for RedisStore {
    fn try_record(
        &self,
        key: &str,
        now: Instant,
        limit: u32,
        window: Duration,
    ) -> StoreFuture<WindowCount> {
        let store = self.clone();
        let calls = self.key(format_args!("calls:{{{key}}}"));
        let local_key = key.to_owned();
        let member = self.member();
        StoreFuture::waiting(async move {
            let mut connection = store.0.connection.clone();
            let fallback = match store.0.caps_on_failure {
                CapsOnFailure::Refuse => "refuse",
                CapsOnFailure::CountLocally => "memory",
                CapsOnFailure::Allow => "allow",
            };
            let answer = store
                .0
                .run(
                    "cap-check",
                    fallback,
                    scripts::RECORD_CALL
                        .key(&calls)
                        .arg(limit)
                        .arg(millis(window))
                        .arg(&member)
                        .invoke_async::<(u32, u8, u64)>(&mut connection),
                )
                .await;
            match (answer, store.0.caps_on_failure) {
                (Some((count, recorded, retry_ms)), _) => WindowCount {
                    count,
                    recorded: recorded == 1,
                    retry_after: (recorded != 1).then(|| Duration::from_millis(retry_ms)),
                },
                (None, CapsOnFailure::Refuse) => WindowCount {
                    count: limit,
                    recorded: false,
                    retry_after: None,
                },
                (None, CapsOnFailure::CountLocally) => {
                    store.0.fallback.record_call(&local_key, now, limit, window)
                }
                (None, CapsOnFailure::Allow) => WindowCount {
                    count: 0,
                    recorded: true,
                    retry_after: None,
                },
            }
        })
    }
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the URL: it may carry a password.
        f.debug_struct("RedisStore")
            .field("prefix", &self.0.prefix)
            .field("timeout", &self.0.timeout)
            .field("caps_on_failure", &self.0.caps_on_failure)
            .field("health", &self.0.health)
            .field("locks_seen", &self.0.locks.len())
            .finish_non_exhaustive()
    }
}
