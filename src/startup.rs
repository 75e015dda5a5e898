//! Refusing dangerous configurations at boot.
//!
//! **Threat:** an agent service started in development mode (debug routes,
//! relaxed checks, verbose errors) on an address the network can reach. Dev
//! mode is meant for a laptop; on `0.0.0.0` it is an open door. [`guard`]
//! turns that combination into an error before the listener is bound.
//!
//! # Example
//!
//! ```
//! use agent_hardening::startup;
//!
//! assert!(startup::guard(true, "127.0.0.1:8080").is_ok());
//! assert!(startup::guard(false, "0.0.0.0:8080").is_ok());
//!
//! let refused = startup::guard(true, "0.0.0.0:8080");
//! assert!(refused.unwrap_err().to_string().starts_with(
//!     "Refusing to start with dev_mode=True AND public bind (0.0.0.0)"
//! ));
//! ```

use std::net::IpAddr;

/// A configuration the service must not start with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StartupError {
    /// Dev mode was on and the bind address is reachable from other hosts.
    #[error(
        "Refusing to start with dev_mode=True AND public bind ({host}): dev mode is for local \
         development only. Bind to 127.0.0.1, localhost or ::1, or turn dev mode off."
    )]
    DevModeOnPublicBind {
        /// The host part of the bind address.
        host: String,
    },
}

/// Refuses dev mode on any bind address that is not loopback.
///
/// `bind` is what the service is about to listen on, with or without a
/// port: `127.0.0.1:8080`, `[::1]:8080`, `localhost`, `0.0.0.0:80`. Only
/// loopback addresses (`127.0.0.0/8`, `::1`, and `localhost`) count as
/// private; the unspecified address (`0.0.0.0`, `::`) and every other host
/// name are public, since a name is not resolved here.
///
/// # Errors
///
/// [`StartupError::DevModeOnPublicBind`] when `dev_mode` is on and `bind` is
/// not loopback.
pub fn guard(dev_mode: bool, bind: &str) -> Result<(), StartupError> {
    if !dev_mode || is_loopback_bind(bind) {
        return Ok(());
    }
    Err(StartupError::DevModeOnPublicBind {
        host: bind_host(bind).to_owned(),
    })
}

/// Whether `bind` (an address with or without a port) is loopback only.
///
/// ```
/// use agent_hardening::startup::is_loopback_bind;
/// assert!(is_loopback_bind("[::1]:8080"));
/// assert!(is_loopback_bind("localhost:3000"));
/// assert!(!is_loopback_bind("0.0.0.0:8080"));
/// assert!(!is_loopback_bind("agent.example.com:443"));
/// ```
#[must_use]
pub fn is_loopback_bind(bind: &str) -> bool {
    let host = bind_host(bind);
    if host.eq_ignore_ascii_case("localhost") || host.eq_ignore_ascii_case("localhost.") {
        return true;
    }
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.is_loopback(),
        Ok(IpAddr::V6(v6)) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Err(_) => false,
    }
}

/// The host part of a bind address: `[::1]:80` -> `::1`, `0.0.0.0:80` ->
/// `0.0.0.0`, `::1` -> `::1` (a bare IPv6 address has several colons).
fn bind_host(bind: &str) -> &str {
    let bind = bind.trim();
    if let Some(rest) = bind.strip_prefix('[') {
        return rest.split(']').next().unwrap_or(rest);
    }
    match bind.rsplit_once(':') {
        Some((host, _port)) if !host.contains(':') => host,
        _ => bind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dev_mode_on_a_public_bind_is_refused_with_the_message() {
        for bind in [
            "0.0.0.0:8080",
            "0.0.0.0",
            "[::]:8080",
            "10.0.0.5:80",
            "agent.example.com:443",
            "::",
        ] {
            let err = guard(true, bind).expect_err(bind);
            let host = bind_host(bind);
            assert!(
                err.to_string().starts_with(&format!(
                    "Refusing to start with dev_mode=True AND public bind ({host})"
                )),
                "{err}"
            );
        }
    }

    #[test]
    fn either_flag_flipped_boots() {
        for bind in [
            "127.0.0.1:8080",
            "127.0.0.2",
            "localhost:3000",
            "LOCALHOST",
            "[::1]:8080",
            "::1",
            "[::ffff:127.0.0.1]:80",
        ] {
            assert_eq!(guard(true, bind), Ok(()), "{bind}");
        }
        for bind in ["0.0.0.0:8080", "[::]:8080", "agent.example.com:443"] {
            assert_eq!(guard(false, bind), Ok(()), "{bind}");
        }
    }
}
