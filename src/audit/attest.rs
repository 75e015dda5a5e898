//! Attestations: a person's word that something outside the process was
//! checked (the scopes of the tokens the agent holds, the database role it
//! connects as), with who, why, and until when it holds.

use std::fmt;

use serde::Serialize;

use super::time::{civil_from_days, parse_date, today};

/// A person's word that a check was done, valid until `expires` (a
/// `YYYY-MM-DD` date, UTC, inclusive). An expired attestation counts as
/// pending again.
///
/// ```
/// use agent_hardening::audit::Attestation;
///
/// let a: Attestation = "Dana Okafor;scopes reviewed in the Q4 audit;2099-01-31".parse()?;
/// assert!(a.is_current());
/// assert_eq!(a.who(), "Dana Okafor");
/// let old: Attestation = "Dana Okafor;initial review;2020-01-31".parse()?;
/// assert!(!old.is_current());
/// assert!("no expiry;given".parse::<Attestation>().is_err());
/// # Ok::<(), agent_hardening::audit::AttestationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attestation {
    who: String,
    why: String,
    expires: String,
    #[serde(skip)]
    expires_day: i64,
}

/// An attestation that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AttestationError {
    /// Not three `;`-separated parts with a name and a reason.
    #[error("an attestation is `who;why;YYYY-MM-DD`, with a name and a reason")]
    Shape,
    /// The expiry is not a calendar date.
    #[error("the expiry {0:?} is not a YYYY-MM-DD date")]
    Date(String),
}

impl Attestation {
    /// `who` attests `why`, until `expires` (`YYYY-MM-DD`).
    ///
    /// # Errors
    ///
    /// [`AttestationError`] when a part is empty or the date is no date.
    pub fn new(who: &str, why: &str, expires: &str) -> Result<Self, AttestationError> {
        let (who, why, expires) = (who.trim(), why.trim(), expires.trim());
        if who.is_empty() || why.is_empty() {
            return Err(AttestationError::Shape);
        }
        let expires_day =
            parse_date(expires).ok_or_else(|| AttestationError::Date(expires.to_owned()))?;
        Ok(Self {
            who: who.to_owned(),
            why: why.to_owned(),
            expires: expires.to_owned(),
            expires_day,
        })
    }

    /// Who attested.
    pub fn who(&self) -> &str {
        &self.who
    }

    /// What they attested, and why it holds.
    pub fn why(&self) -> &str {
        &self.why
    }

    /// The last day it holds (`YYYY-MM-DD`).
    pub fn expires(&self) -> &str {
        &self.expires
    }

    /// Whether it still holds today.
    pub fn is_current(&self) -> bool {
        today() <= self.expires_day
    }
}

impl std::str::FromStr for Attestation {
    type Err = AttestationError;

    /// `who;why;YYYY-MM-DD`, as the demo reads it from its environment.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut parts = text.splitn(3, ';');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(who), Some(why), Some(expires)) => Self::new(who, why, expires),
            _ => Err(AttestationError::Shape),
        }
    }
}

impl fmt::Display for Attestation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.expires_day);
        write!(f, "{} ({}), until {y:04}-{m:02}-{d:02}", self.who, self.why)
    }
}
