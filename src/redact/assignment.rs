//! Values assigned to secret-bearing names, parsed in code:
//! `DB_PASSWORD=...`, `"api_key": "..."`, `token => '...'`,
//! `let key: &str = "..."`, with terminal colour codes allowed between the
//! parts. The full key name decides whether the value is a credential.

use std::ops::Range;

use super::rules::{BENIGN_KEY_NAMES, SECRET_WORDS};
use super::validate::{credential_value_ok, is_placeholder, looks_generated};

/// What a key name says about its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NameClass {
    /// `password`, `DB_PASS`, `passphrase`.
    Password,
    /// `api_key`, `client_secret`, `auth_token`: a credential whatever its
    /// shape; the kind to report.
    Credential(&'static str),
    /// `stripe_key`, `auth`: a credential only if it looks generated.
    Generic(&'static str),
}

/// The kinds an assignment finding reports.
const PASSWORD: &str = "password";
const SECRET: &str = "secret";
const TOKEN: &str = "token";
const API_KEY: &str = "api_key";
const AUTH: &str = "auth";

impl NameClass {
    /// Every kind a name can say its value is.
    pub(super) const KINDS: [&'static str; 5] = [PASSWORD, SECRET, TOKEN, API_KEY, AUTH];

    /// The kind to report for `value` under this name, and whether the
    /// value is a credential.
    pub(super) fn judge(self, value: &str) -> (&'static str, bool) {
        match self {
            Self::Password => (PASSWORD, credential_value_ok(value, true)),
            Self::Credential(kind) => (kind, credential_value_ok(value, false)),
            Self::Generic(kind) => (kind, !is_placeholder(value) && looks_generated(value)),
        }
    }
}

/// Key-name suffixes (separators removed) that always name a credential.
const CREDENTIAL_KEYS: &[&str] = &[
    "apikey",
    "secretkey",
    "accesskey",
    "privatekey",
    "accountkey",
    "signingkey",
    "masterkey",
    "encryptionkey",
    "licensekey",
    "clientkey",
    "appkey",
    "authkey",
];

/// Reads an assignment whose secret word starts at `word_start`
/// (`password=...`, `"api_key": "..."`, `token => '...'`, `key: &str =
/// "..."`): the class of the full key name and the value's byte range. The
/// full name (`DB_PASSWORD`, `cache_key`) is read leftwards from the word.
pub(super) fn assignment(text: &str, word_start: usize) -> Option<(NameClass, Range<usize>)> {
    let bytes = text.as_bytes();
    let rest = &bytes[word_start..];
    let word = *SECRET_WORDS
        .iter()
        .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))?;
    // Colour codes of a terminal log (`password\x1b[0m\x1b[2m=`) may sit
    // between the name, the separator and the value.
    let mut at = skip_ansi(bytes, word_start + word.len());
    // The key's closing quote or bracket: `"api_key":`, `env['TOKEN'] =`.
    let mut closers = 0;
    while closers < 2 && matches!(bytes.get(at), Some(b'"' | b'\'' | b']')) {
        at += 1;
        closers += 1;
    }
    at = skip_ansi(bytes, skip_blanks(bytes, at));
    match (bytes.get(at), bytes.get(at + 1)) {
        // A comparison (`key == x`) or a path (`http::auth::service`).
        (Some(b'='), Some(b'=')) | (Some(b':'), Some(b':')) => return None,
        (Some(b'='), Some(b'>')) | (Some(b':'), Some(b'=')) => at += 2,
        (Some(b'='), _) => at += 1,
        (Some(b':'), _) => at = typed_declaration(bytes, at + 1).unwrap_or(at + 1),
        _ => return None,
    }
    let is_name_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-');
    let name_start = bytes[..word_start]
        .iter()
        .rposition(|&b| !is_name_byte(b))
        .map_or(0, |i| i + 1);
    let name = &bytes[name_start..word_start + word.len()];
    let class = classify_name(name, word)?;
    Some((
        class,
        value_range(bytes, skip_ansi(bytes, skip_blanks(bytes, at)))?,
    ))
}

/// Skips terminal colour codes (`ESC [ digits;... m`) at `at`.
fn skip_ansi(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at) == Some(&0x1b) && bytes.get(at + 1) == Some(&b'[') {
        let params = bytes[at + 2..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b';')
            .count();
        if bytes.get(at + 2 + params) != Some(&b'm') {
            break;
        }
        at += params + 3;
    }
    at
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// After `name:`, the rest of a typed declaration `&str =`, `string =`,
/// `&'static str =`: the position after its `=`.
fn typed_declaration(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = skip_blanks(bytes, from);
    if bytes.get(at) == Some(&b'&') {
        at += 1;
    }
    if bytes[at..].starts_with(b"'static") {
        at = skip_blanks(bytes, at + "'static".len());
    }
    let ident = bytes[at..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'<' | b'>'))
        .count();
    if ident == 0 || !bytes[at].is_ascii_alphabetic() && bytes[at] != b'_' {
        return None;
    }
    at = skip_blanks(bytes, at + ident);
    (bytes.get(at) == Some(&b'=') && bytes.get(at + 1) != Some(&b'=')).then_some(at + 1)
}

/// The value after an assignment: up to the closing quote when quoted,
/// else up to the first delimiter (space, quote, `,;&)}]<>`).
fn value_range(bytes: &[u8], start: usize) -> Option<Range<usize>> {
    let rest = bytes.get(start..)?;
    let (from, len) = match rest.first() {
        Some(&quote @ (b'"' | b'\'')) => {
            let body = &rest[1..];
            let len = body
                .iter()
                .position(|&b| b == quote || b == b'\n' || b == b'\r')?;
            if body[len] != quote {
                return None;
            }
            (start + 1, len)
        }
        _ => {
            let len = rest
                .iter()
                .position(|&b| {
                    b.is_ascii_whitespace() || b.is_ascii_control() || b"\"'`,;&)}]<>".contains(&b)
                })
                .unwrap_or(rest.len());
            (start, len)
        }
    };
    (len > 0).then_some(from..from + len)
}

/// What a key name ending in `word` says about its value.
fn classify_name(name: &[u8], word: &str) -> Option<NameClass> {
    let before = name.len() - word.len();
    let glued_to_letter = before > 0 && name[before - 1].is_ascii_alphabetic();
    match word {
        // `PWD` and `OLDPWD` are the shell's working directory, printed by
        // every `env` dump; `DB_PWD` and `pwd` are passwords.
        "pwd" if name == b"PWD" || name == b"OLDPWD" => None,
        "passphrase" | "password" | "passwd" | "pwd" => Some(NameClass::Password),
        // `bypass`, `compass`: a word that ends in "pass" is not a password.
        "pass" => (!glued_to_letter || name_ends_with(name, "pgpass", false))
            .then_some(NameClass::Password),
        "secret" | "credential" | "credentials" => Some(NameClass::Credential(SECRET)),
        "token" => Some(NameClass::Credential(TOKEN)),
        "key" => {
            if BENIGN_KEY_NAMES
                .iter()
                .any(|benign| name_ends_with(name, benign, false))
            {
                None
            } else if CREDENTIAL_KEYS
                .iter()
                .any(|k| name_ends_with(name, k, true))
            {
                Some(NameClass::Credential(API_KEY))
            } else {
                Some(NameClass::Generic(API_KEY))
            }
        }
        "auth" => (!glued_to_letter).then_some(NameClass::Generic(AUTH)),
        _ => None,
    }
}

/// Whether key name `name` ends with `suffix`, ignoring case and treating
/// `-`, `.` and `_` alike; with `compact`, separators are skipped
/// altogether (`secretAccessKey` ends with `accesskey`).
fn name_ends_with(name: &[u8], suffix: &str, compact: bool) -> bool {
    let normalize = |b: u8| match b {
        b'-' | b'.' => b'_',
        b => b.to_ascii_lowercase(),
    };
    let keep = |b: &u8| !(compact && *b == b'_');
    let mut name = name.iter().rev().map(|&b| normalize(b)).filter(keep);
    suffix
        .bytes()
        .rev()
        .filter(keep)
        .all(|b| name.next() == Some(b))
}
