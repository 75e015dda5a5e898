//! The Lua scripts of the Redis store: one `EVALSHA` per decision, each
//! atomic on the server and timed by the server's one clock (`TIME`), so
//! replicas whose clocks differ still count one window. Times are whole
//! milliseconds: 13 digits, exact in Lua's numbers and in the strings Redis
//! makes of them.

use std::sync::LazyLock;

use redis::Script;

/// `KEYS[1]` the lock key. Answers the lock's remaining milliseconds, or 0.
pub(super) static LOCK_REMAINING: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local left = redis.call('PTTL', KEYS[1])
if left > 0 then return left end
return 0
",
    )
});

/// `KEYS[1]` the failures (a sorted set of failure times), `KEYS[2]` the
/// lock; `ARGV` max failures, window ms, lockout ms, a unique member.
/// Answers `{state, ms}`: state 0 counted, 1 this failure locked the client
/// for ms, 2 already locked for ms more (not counted).
pub(super) static RECORD_FAILURE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local left = redis.call('PTTL', KEYS[2])
if left > 0 then return {2, left} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[4])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  redis.call('DEL', KEYS[1])
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {1, tonumber(ARGV[3])}
end
redis.call('PEXPIRE', KEYS[1], window)
return {0, 0}
",
    )
});

/// `KEYS[1]` the calls (a sorted set of call times); `ARGV` limit, window
/// ms, a unique member. Answers `{count, recorded, retry_ms}`: the calls
/// already in the window, 1 if this one was recorded, and for a refused
/// call how long until the oldest call that must leave has left.
pub(super) static RECORD_CALL: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return {count, 1, 0}
end
local leaving = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
local retry = tonumber(leaving[2]) + window - now
if retry < 1 then retry = 1 end
return {count, 0, retry}
",
    )
});
