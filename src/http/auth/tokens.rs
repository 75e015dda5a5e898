//! The bearer tokens a service accepts: the current one and, during a
//! rotation, the previous one.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::http::ConfigError;

/// Which token a request presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenSlot {
    /// The current token.
    Current,
    /// The previous token, still accepted while clients move over.
    Previous,
}

/// The accepted bearer tokens: `CURRENT` and an optional `PREV`.
///
/// Tokens are kept only as HMAC-SHA-256 digests under a 256-bit key drawn
/// from the operating system's random source when the `Tokens` are made;
/// the key never leaves the process and the tokens themselves are not
/// kept. A presented token is digested the same way and compared with both
/// digests in constant time (`subtle`), so neither the comparison nor its
/// timing tells how much of a token, or how long a token, matched, and a
/// memory dump holds no token. `Debug` and `Display` print
/// `Tokens(<redacted>)`.
///
/// # Example
///
/// ```
/// use agent_hardening::http::auth::{TokenSlot, Tokens};
///
/// let tokens = Tokens::new("n3w-t0ken-rotated-today")?.with_previous("0ld-t0ken-from-last-month")?;
/// assert_eq!(tokens.verify(b"n3w-t0ken-rotated-today"), Some(TokenSlot::Current));
/// assert_eq!(tokens.verify(b"0ld-t0ken-from-last-month"), Some(TokenSlot::Previous));
/// assert_eq!(tokens.verify(b"guess"), None);
/// assert_eq!(format!("{tokens:?}"), "Tokens(<redacted>)");
/// # Ok::<(), agent_hardening::http::ConfigError>(())
/// ```
#[derive(Clone)]
pub struct Tokens {
    hasher: DigestKey,
    current: Digest,
    previous: Option<Digest>,
}

type Digest = [u8; 32];

/// HMAC-SHA-256 keyed once: each digest clones the keyed state.
#[derive(Clone)]
struct DigestKey(Hmac<Sha256>);

impl DigestKey {
    fn new() -> Result<Self, ConfigError> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|_| ConfigError::NoRandomSource)?;
        let mac = Hmac::<Sha256>::new_from_slice(&key).map_err(|_| ConfigError::NoRandomSource)?;
        Ok(Self(mac))
    }

    fn digest(&self, token: &[u8]) -> Digest {
        let mut mac = self.0.clone();
        mac.update(token);
        mac.finalize().into_bytes().into()
    }
}

impl Tokens {
    /// Accepts `current` only.
    ///
    /// # Errors
    ///
    /// [`ConfigError::EmptyToken`] if `current` is empty or only blanks: an
    /// empty token is a misconfiguration, never an open door.
    /// [`ConfigError::NoRandomSource`] if the operating system gives no
    /// random bytes for the digest key.
    pub fn new(current: impl AsRef<str>) -> Result<Self, ConfigError> {
        let current = non_empty(current.as_ref(), "current")?;
        let hasher = DigestKey::new()?;
        let current = hasher.digest(current.as_bytes());
        Ok(Self {
            hasher,
            current,
            previous: None,
        })
    }

    /// Also accepts `previous`, for the overlap of a rotation.
    ///
    /// # Errors
    ///
    /// [`ConfigError::EmptyToken`] if `previous` is empty or only blanks.
    pub fn with_previous(mut self, previous: impl AsRef<str>) -> Result<Self, ConfigError> {
        let previous = non_empty(previous.as_ref(), "previous")?;
        self.previous = Some(self.hasher.digest(previous.as_bytes()));
        Ok(self)
    }

    /// Reads `AGENT_TOKEN` and, if set and not empty, `AGENT_TOKEN_PREV`.
    ///
    /// # Errors
    ///
    /// [`ConfigError::MissingToken`] if `AGENT_TOKEN` is unset or not UTF-8,
    /// [`ConfigError::EmptyToken`] if it is empty.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_env_vars("AGENT_TOKEN", "AGENT_TOKEN_PREV")
    }

    /// Like [`from_env`](Self::from_env), with the variables' names given.
    ///
    /// # Errors
    ///
    /// As [`from_env`](Self::from_env).
    pub fn from_env_vars(current: &str, previous: &str) -> Result<Self, ConfigError> {
        let value = std::env::var(current).map_err(|_| ConfigError::MissingToken {
            variable: current.to_owned(),
        })?;
        let tokens = Self::new(value)?;
        match std::env::var(previous) {
            Ok(prev) if !prev.trim().is_empty() => tokens.with_previous(prev),
            _ => Ok(tokens),
        }
    }

    /// Which accepted token `presented` is, if any. Both slots are always
    /// compared, in constant time.
    #[must_use]
    pub fn verify(&self, presented: &[u8]) -> Option<TokenSlot> {
        let digest = self.hasher.digest(presented);
        let current = digest.ct_eq(&self.current);
        let previous = self
            .previous
            .as_ref()
            .map_or(subtle::Choice::from(0), |p| digest.ct_eq(p));
        if bool::from(current) {
            Some(TokenSlot::Current)
        } else if bool::from(previous) {
            Some(TokenSlot::Previous)
        } else {
            None
        }
    }

    /// Whether a previous token is still accepted.
    #[must_use]
    pub fn has_previous(&self) -> bool {
        self.previous.is_some()
    }
}

fn non_empty<'a>(token: &'a str, slot: &'static str) -> Result<&'a str, ConfigError> {
    if token.trim().is_empty() {
        Err(ConfigError::EmptyToken { slot })
    } else {
        Ok(token)
    }
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tokens(<redacted>)")
    }
}

impl fmt::Display for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tokens(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_tokens_are_config_errors() {
        assert!(matches!(
            Tokens::new(""),
            Err(ConfigError::EmptyToken { .. })
        ));
        assert!(matches!(
            Tokens::new("  "),
            Err(ConfigError::EmptyToken { .. })
        ));
        let tokens = Tokens::new("ok-token-123").unwrap();
        assert!(matches!(
            tokens.with_previous(""),
            Err(ConfigError::EmptyToken { .. })
        ));
    }

    #[test]
    fn digests_are_hmac_sha256_under_a_key_of_each_tokens_own() {
        // RFC 4231, test case 2.
        let jefe = DigestKey(Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap());
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        let hex: String = jefe
            .digest(b"what do ya want for nothing?")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hex, expected);
        // Two sets of the same token share no key: a digest seen in one
        // process's memory says nothing about another's.
        let (a, b) = (
            Tokens::new("same-token").unwrap(),
            Tokens::new("same-token").unwrap(),
        );
        assert_ne!(a.current, b.current);
        assert_eq!(a.verify(b"same-token"), Some(TokenSlot::Current));
    }

    #[test]
    fn near_misses_do_not_verify() {
        let tokens = Tokens::new("correct-horse-battery").unwrap();
        for wrong in [
            "correct-horse-batter",
            "correct-horse-battery ",
            "",
            "Correct-horse-battery",
        ] {
            assert_eq!(tokens.verify(wrong.as_bytes()), None, "{wrong:?}");
        }
        assert_eq!(tokens.to_string(), "Tokens(<redacted>)");
    }
}
