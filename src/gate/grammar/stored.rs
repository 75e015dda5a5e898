//! The grammar's sentinels as last derived, kept in
//! `stored_sentinels.json` beside this file.
//!
//! Deriving them reads every cue's syntax tree and costs most of a
//! grammar build (a quarter of a second in a release build, far more in a
//! debug one), yet gives the same literals until the grammar changes. The
//! store holds them with a fingerprint of what they were derived from
//! (every cue's expanded pattern and every literal taken as it is): when
//! the grammar's sources no longer match it, the sentinels are derived
//! afresh, so a stale store costs time, never a missed cue. A test derives
//! them and fails when the store differs; to rewrite it:
//!
//! ```text
//! AGENT_HARDENING_UPDATE_SENTINELS=1 cargo test --all-features --lib stored
//! ```

use serde::{Deserialize, Serialize};

use super::compile::SentinelSources;

/// The store, compiled in.
const STORED: &str = include_str!("stored_sentinels.json");

/// The store's layout.
#[derive(Debug, Serialize, Deserialize)]
struct Store {
    /// [`fingerprint`] of the sources the literals were derived from.
    fingerprint: String,
    literals: Vec<String>,
}

/// The stored sentinels, when they were derived from `sources`.
pub(crate) fn sentinels(sources: &SentinelSources) -> Option<Vec<Vec<u8>>> {
    let store: Store = serde_json::from_str(STORED).ok()?;
    (store.fingerprint == fingerprint(sources))
        .then(|| store.literals.into_iter().map(String::into_bytes).collect())
}

/// A 64-bit FNV-1a hash of `sources`, each item preceded by its length,
/// in hex: stable across builds, platforms and compiler versions (the
/// standard library's hasher promises none of that).
fn fingerprint(sources: &SentinelSources) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    let items = sources
        .bodies
        .iter()
        .map(String::as_bytes)
        .chain(std::iter::once(&b"\0literals\0"[..]))
        .chain(sources.literals.iter().map(Vec::as_slice));
    for item in items {
        eat(&(item.len() as u64).to_le_bytes());
        eat(item);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::grammar::compile::{derive_sentinels, sentinel_sources};

    /// The store as derived from today's grammar.
    fn derived_store() -> String {
        let sources = sentinel_sources();
        let literals = derive_sentinels(&sources)
            .into_iter()
            .map(|l| String::from_utf8(l).unwrap_or_else(|e| panic!("not UTF-8: {e}")))
            .collect();
        let store = Store {
            fingerprint: fingerprint(&sources),
            literals,
        };
        let mut json = serde_json::to_string_pretty(&store).unwrap_or_default();
        json.push('\n');
        json
    }

    #[test]
    fn stored_sentinels_are_those_the_grammar_derives() {
        let derived = derived_store();
        if std::env::var_os("AGENT_HARDENING_UPDATE_SENTINELS").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/gate/grammar/stored_sentinels.json"
            );
            std::fs::write(path, &derived).unwrap_or_else(|e| panic!("{path}: {e}"));
            return;
        }
        assert!(
            STORED == derived,
            "the stored sentinels are stale; rewrite them with \
             AGENT_HARDENING_UPDATE_SENTINELS=1 cargo test --all-features --lib stored"
        );
        assert!(sentinels(&sentinel_sources()).is_some());
    }

    #[test]
    fn a_changed_grammar_does_not_match_the_store() {
        let mut sources = sentinel_sources();
        assert!(sentinels(&sources).is_some());
        sources.bodies[0].push_str("|(?:a new cue)");
        assert!(sentinels(&sources).is_none());
        let mut sources = sentinel_sources();
        sources.literals.pop();
        assert!(sentinels(&sources).is_none());
    }
}
