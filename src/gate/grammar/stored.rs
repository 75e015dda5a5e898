//! What the grammar derives from its cues and keeps as last derived, in
//! files beside this one: the sentinels (`stored_sentinels.json`) and
//! each cue's prefixes in each form (`stored_prefixes.json`).
//!
//! Deriving them reads every cue's syntax tree and costs most of a
//! grammar build (the prefixes alone were about half of its instructions
//! in a release build), yet gives the same literals until the grammar
//! changes. Each store holds them with a fingerprint of what they
//! were derived from (every cue's expanded pattern, and for the sentinels
//! every literal taken as it is): when the grammar's sources no longer
//! match it, they are derived afresh, so a stale store costs time, never a
//! missed cue. A test derives them and fails when a store differs; to
//! rewrite both:
//!
//! ```text
//! AGENT_HARDENING_UPDATE_SENTINELS=1 cargo test --all-features --lib stored
//! ```

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::compile::{Form, SentinelSources};

/// The store, compiled in.
const STORED: &str = include_str!("stored_sentinels.json");

/// The prefixes' store, compiled in.
const STORED_PREFIXES: &str = include_str!("stored_prefixes.json");

/// Each cue's prefixes in one form, in hex (a prefix may end inside a
/// character); `None` for a cue without usable prefixes.
#[derive(Debug, Serialize, Deserialize)]
struct PrefixStore {
    /// [`fingerprint_of`] the form's cue bodies.
    fingerprint: String,
    prefixes: Vec<Option<Vec<String>>>,
}

/// The prefixes' store's layout: one store a form.
#[derive(Debug, Serialize, Deserialize)]
struct PrefixStores {
    words: PrefixStore,
    structural: PrefixStore,
    spaceless: PrefixStore,
}

/// The stored prefixes of the cues read in `form`, when they were derived
/// from `bodies`.
pub(crate) fn prefixes(form: Form, bodies: &[String]) -> Option<Vec<Option<Vec<Vec<u8>>>>> {
    // Read once for the three forms (built on two threads).
    static STORES: LazyLock<Option<PrefixStores>> =
        LazyLock::new(|| serde_json::from_str(STORED_PREFIXES).ok());
    let stores = STORES.as_ref()?;
    let store = match form {
        Form::Words => &stores.words,
        Form::Structural => &stores.structural,
        Form::Spaceless => &stores.spaceless,
    };
    if store.fingerprint != fingerprint_of(bodies.iter().map(String::as_bytes))
        || store.prefixes.len() != bodies.len()
    {
        return None;
    }
    store
        .prefixes
        .iter()
        .map(|cue| match cue {
            None => Some(None),
            Some(literals) => literals
                .iter()
                .map(|hex| from_hex(hex))
                .collect::<Option<Vec<_>>>()
                .map(Some),
        })
        .collect()
}

/// The bytes `hex` spells, or `None` when it is not hex.
fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(hex.get(at..at + 2)?, 16).ok())
        .collect()
}

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
    fingerprint_of(
        sources
            .bodies
            .iter()
            .map(String::as_bytes)
            .chain(std::iter::once(&b"\0literals\0"[..]))
            .chain(sources.literals.iter().map(Vec::as_slice)),
    )
}

/// A 64-bit FNV-1a hash of `items`, each preceded by its length, in hex.
fn fingerprint_of<'a>(items: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for item in items {
        eat(&(item.len() as u64).to_le_bytes());
        eat(item);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::grammar::compile::{
        derive_prefixes, derive_sentinels, form_bodies, sentinel_sources,
    };

    /// Asserts that the store in `file` (compiled in as `stored`) is the
    /// one `derived` from today's grammar, and returns true; with
    /// `AGENT_HARDENING_UPDATE_SENTINELS` set, rewrites the file instead
    /// and returns false.
    fn holds_or_rewrites(file: &str, stored: &str, derived: &str) -> bool {
        if std::env::var_os("AGENT_HARDENING_UPDATE_SENTINELS").is_some() {
            let path = format!("{}/src/gate/grammar/{file}", env!("CARGO_MANIFEST_DIR"));
            std::fs::write(&path, derived).unwrap_or_else(|e| panic!("{path}: {e}"));
            return false;
        }
        assert!(
            stored == derived,
            "{file} is stale; rewrite it with \
             AGENT_HARDENING_UPDATE_SENTINELS=1 cargo test --all-features --lib stored"
        );
        true
    }

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
        if holds_or_rewrites("stored_sentinels.json", STORED, &derived_store()) {
            assert!(sentinels(&sentinel_sources()).is_some());
        }
    }

    /// `bytes` in lower-case hex.
    fn to_hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The prefixes' store as derived from today's grammar.
    fn derived_prefix_store() -> String {
        let store = |form| {
            let bodies = form_bodies(form);
            PrefixStore {
                fingerprint: fingerprint_of(bodies.iter().map(String::as_bytes)),
                prefixes: derive_prefixes(&bodies)
                    .into_iter()
                    .map(|cue| cue.map(|literals| literals.iter().map(|l| to_hex(l)).collect()))
                    .collect(),
            }
        };
        let stores = PrefixStores {
            words: store(Form::Words),
            structural: store(Form::Structural),
            spaceless: store(Form::Spaceless),
        };
        let mut json = serde_json::to_string(&stores).unwrap_or_default();
        json.push('\n');
        json
    }

    #[test]
    fn stored_prefixes_are_those_the_grammar_derives() {
        if !holds_or_rewrites(
            "stored_prefixes.json",
            STORED_PREFIXES,
            &derived_prefix_store(),
        ) {
            return;
        }
        for form in [Form::Words, Form::Structural, Form::Spaceless] {
            let bodies = form_bodies(form);
            assert_eq!(prefixes(form, &bodies), Some(derive_prefixes(&bodies)));
        }
    }

    #[test]
    fn a_changed_form_does_not_match_the_prefixes_store() {
        let mut bodies = form_bodies(Form::Words);
        assert!(prefixes(Form::Words, &bodies).is_some());
        bodies[0].push_str("|(?:a new cue)");
        assert!(prefixes(Form::Words, &bodies).is_none());
        assert_eq!(from_hex("e3818"), None);
        assert_eq!(from_hex("zz"), None);
        assert_eq!(
            from_hex(&to_hex("ai助手".as_bytes())),
            Some("ai助手".as_bytes().to_vec())
        );
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
