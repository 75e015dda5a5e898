//! Values assigned to secret-bearing names, parsed in code:
//! `DB_PASSWORD=...`, `"api_key": "..."`, `token => '...'`,
//! `let key: &str = "..."`, `var apiToken string = "..."`,
//! `<apiToken>...</apiToken>`, `API_TOKEN ?= "..."`, a YAML block scalar,
//! with terminal colour codes allowed between the parts. The full key name
//! decides whether the value is a credential; [`value`](super::value)
//! reads the value and tells code from data.

use std::ops::Range;

use super::rules::{BENIGN_KEY_NAMES, SECRET_WORDS};
use super::validate::{credential_value_ok, is_example_token, is_placeholder, looks_generated};
use super::value::{Delimited, block_scalar_line, value_range, xml_element_text};

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
            // A key or token from a provider's documentation
            // (`AKIAIOSFODNN7EXAMPLE`, `sk_live_xxxxxxxx…`) is an example.
            Self::Credential(kind) => (
                kind,
                credential_value_ok(value, false) && !is_example_token(value),
            ),
            Self::Generic(kind) => (
                kind,
                !is_placeholder(value) && looks_generated(value) && !is_example_token(value),
            ),
        }
    }

    /// The class under a loose separator (a comma or a tab, as in CSV and
    /// call arguments), where only a generated-looking value counts.
    fn loose(self) -> Self {
        match self {
            Self::Password => Self::Generic(PASSWORD),
            Self::Credential(kind) | Self::Generic(kind) => Self::Generic(kind),
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

/// Assignment operators after a key name, longest first: `=` and its
/// compound forms in Make, PHP, Go, Pascal and shells.
const OPERATORS: &[&[u8]] = &[
    b":::=", b"::=", b"??=", b":=", b"?=", b"+=", b".=", b"=>", b"=",
];

/// Reads an assignment whose secret word starts at `word_start`: the class
/// of the full key name and the value's byte range. The full name
/// (`DB_PASSWORD`, `cache_key`) is read leftwards from the word.
pub(super) fn assignment(text: &str, word_start: usize) -> Option<(NameClass, Range<usize>)> {
    let bytes = text.as_bytes();
    let rest = &bytes[word_start..];
    let word = *SECRET_WORDS
        .iter()
        .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))?;
    let is_name_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-');
    let name_start = bytes[..word_start]
        .iter()
        .rposition(|&b| !is_name_byte(b))
        .map_or(0, |i| i + 1);
    let name = &bytes[name_start..word_start + word.len()];
    let class = classify_name(name, word)?;
    // Colour codes of a terminal log (`password\x1b[0m\x1b[2m=`) may sit
    // between the name, the separator and the value.
    let mut at = skip_ansi(bytes, word_start + word.len());
    // `<apiToken>value</apiToken>`: the element's text is the value.
    if name_start > 0 && bytes[name_start - 1] == b'<' && bytes.get(at) == Some(&b'>') {
        return Some((class, xml_element_text(bytes, at + 1)?));
    }
    // The key's closing quote or bracket: `"api_key":`, `env['TOKEN'] =`,
    // `\"token\":` inside an escaped JSON string.
    let mut closers = 0;
    let mut quoted = false;
    while closers < 2 {
        match bytes.get(at) {
            Some(b'"' | b'\'' | b'`') => {
                quoted = true;
                at += 1;
            }
            Some(b']') => at += 1,
            Some(b'\\') if matches!(bytes.get(at + 1), Some(b'"' | b'\'')) => {
                quoted = true;
                at += 2;
            }
            _ => break,
        }
        closers += 1;
    }
    // ``[`Token`]: struct.Token.html``: a Markdown link definition.
    let opened_by_bracket =
        bytes[..name_start].ends_with(b"[") || bytes[..name_start].ends_with(b"[`");
    if opened_by_bracket && bytes[..at].ends_with(b"]") && bytes.get(at) == Some(&b':') {
        return None;
    }
    let blanks_from = at;
    at = skip_ansi(bytes, skip_blanks(bytes, at));
    let after_blanks = &bytes[at..];
    let mut class = class;
    let mut colon = false;
    if after_blanks.starts_with(b"==")
        || after_blanks.starts_with(b"::")
            && !after_blanks.starts_with(b"::=")
            && !after_blanks.starts_with(b":::=")
    {
        // A comparison (`key == x`) or a path (`http::auth::service`).
        return None;
    } else if let Some(op) = OPERATORS.iter().find(|op| after_blanks.starts_with(op)) {
        at += op.len();
    } else if after_blanks.first() == Some(&b':') {
        colon = true;
        at = typed_declaration(bytes, at + 1).unwrap_or(at + 1);
    } else if after_blanks.first() == Some(&b',') {
        // `apiToken,VALUE,` in CSV, `setProperty("API_TOKEN", "VALUE")`, or
        // `{"name": "api_token", "value": "VALUE"}`.
        at = named_value(bytes, at + 1).unwrap_or_else(|| {
            class = class.loose();
            at + 1
        });
    } else if quoted && let Some(value_at) = named_value(bytes, at) {
        // `name="apiToken" value="VALUE"`.
        at = value_at;
    } else if let Some(after) = go_typed_declaration(bytes, blanks_from, at) {
        at = after;
    } else if bytes[blanks_from..at].contains(&b'\t') {
        // `api_token<TAB>VALUE`: a tab-separated table.
        class = class.loose();
    } else {
        return None;
    }
    let value_at = skip_ansi(bytes, skip_blanks(bytes, at));
    if colon && let Some(line) = block_scalar_line(bytes, value_at) {
        return Some((class, line));
    }
    match value_range(bytes, value_at, colon)? {
        // `'pass': 'The "pass" statement'`: a password has no blanks.
        Delimited::Data(range) if word == "pass" && bytes[range.clone()].contains(&b' ') => None,
        Delimited::Data(range) if name.eq_ignore_ascii_case(b"key") => {
            Some(attribute_pair(bytes, &range).unwrap_or((class, range)))
        }
        Delimited::Data(range) => Some((class, range)),
        Delimited::Code => None,
    }
}

/// `<add key="ClearTextPassword" value="..."/>`: an attribute named `key`
/// holds the name, and the `value` beside it the value. `quoted_name` is
/// the range inside the quotes after `key=`.
fn attribute_pair(bytes: &[u8], quoted_name: &Range<usize>) -> Option<(NameClass, Range<usize>)> {
    let name = &bytes[quoted_name.clone()];
    let value_at = named_value(bytes, quoted_name.end + 1)?;
    let word = SECRET_WORDS.iter().find(|w| {
        name.len() >= w.len() && name[name.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    })?;
    let class = classify_name(name, word)?;
    match value_range(bytes, skip_blanks(bytes, value_at), false)? {
        Delimited::Data(range) => Some((class, range)),
        Delimited::Code => None,
    }
}

/// After a key name's closing quote: `, "value": ` or ` value=` leading to
/// the value of a name/value pair; the position after the separator.
fn named_value(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = skip_blanks(bytes, from);
    if bytes.get(at) == Some(&b',') {
        at = skip_blanks(bytes, at + 1);
    }
    if matches!(bytes.get(at), Some(b'"' | b'\'')) {
        at += 1;
    }
    if !bytes.get(at..at + 5)?.eq_ignore_ascii_case(b"value") {
        return None;
    }
    at += 5;
    if matches!(bytes.get(at), Some(b'"' | b'\'')) {
        at += 1;
    }
    at = skip_blanks(bytes, at);
    matches!(bytes.get(at), Some(b':' | b'=')).then_some(at + 1)
}

/// `var apiToken string = `: Go declares the type between the name and
/// its `=`. `blanks_from..type_at` are the blanks after the name.
fn go_typed_declaration(bytes: &[u8], blanks_from: usize, type_at: usize) -> Option<usize> {
    const GO_STRING_TYPES: [&[u8]; 4] = [b"string", b"[]byte", b"*string", b"String"];
    if type_at == blanks_from {
        return None;
    }
    let ty = GO_STRING_TYPES
        .iter()
        .find(|t| bytes[type_at..].starts_with(t))?;
    let at = skip_blanks(bytes, type_at + ty.len());
    (bytes.get(at) == Some(&b'=') && bytes.get(at + 1) != Some(&b'=')).then_some(at + 1)
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

pub(super) fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
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
        "pass" => (!glued_to_letter || NameTail::new(name, false).ends_with("pgpass"))
            .then_some(NameClass::Password),
        "secret" | "credential" | "credentials" => Some(NameClass::Credential(SECRET)),
        "token" => Some(NameClass::Credential(TOKEN)),
        "key" => {
            let spelled = NameTail::new(name, false);
            if BENIGN_KEY_NAMES
                .iter()
                .any(|benign| spelled.ends_with(benign))
            {
                None
            } else if let compact = NameTail::new(name, true)
                && CREDENTIAL_KEYS.iter().any(|k| compact.ends_with(k))
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

/// The most bytes of a key name's end that the suffix lists are compared
/// with: at least their longest entry (checked by a test).
const NAME_TAIL: usize = 32;

/// The end of a key name as the suffix lists spell names: lower case, with
/// `-` and `.` read as `_`; in compact form separators are dropped
/// (`secretAccessKey` ends with `accesskey`). Normalised once per name, so
/// that each of the ~40 suffixes costs one slice comparison.
struct NameTail {
    bytes: [u8; NAME_TAIL],
    /// The tail is `bytes[start..]`.
    start: usize,
}

impl NameTail {
    fn new(name: &[u8], compact: bool) -> Self {
        let mut bytes = [0u8; NAME_TAIL];
        let mut start = NAME_TAIL;
        for &b in name.iter().rev() {
            if start == 0 {
                break;
            }
            let b = match b {
                b'-' | b'.' => b'_',
                b => b.to_ascii_lowercase(),
            };
            if compact && b == b'_' {
                continue;
            }
            start -= 1;
            bytes[start] = b;
        }
        Self { bytes, start }
    }

    /// Whether the name ends with `suffix`, a lower-case entry of a suffix
    /// list (compared without its `_` in compact form).
    fn ends_with(&self, suffix: &str) -> bool {
        self.bytes[self.start..].ends_with(suffix.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_lists_are_spelled_as_name_tails_compare_them() {
        for suffix in BENIGN_KEY_NAMES.iter().chain(CREDENTIAL_KEYS) {
            assert!(suffix.len() <= NAME_TAIL, "{suffix}");
            assert!(
                suffix
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{suffix}"
            );
        }
        assert!(CREDENTIAL_KEYS.iter().all(|k| !k.contains('_')));
    }

    #[test]
    fn key_names_are_read_whatever_their_case_and_separators() {
        let class = |name: &str| classify_name(name.as_bytes(), "key");
        assert_eq!(class("Stripe.Publishable-KEY"), None);
        assert_eq!(class("APP_CACHE_KEY"), None);
        assert_eq!(
            class("secretAccessKey"),
            Some(NameClass::Credential(API_KEY))
        );
        assert_eq!(class("X_API-KEY"), Some(NameClass::Credential(API_KEY)));
        assert_eq!(class("stripe_key"), Some(NameClass::Generic(API_KEY)));
        let long = format!("{}_cache_key", "service".repeat(10));
        assert_eq!(class(&long), None);
        let pass = |name: &str| classify_name(name.as_bytes(), "pass");
        assert_eq!(pass("bypass"), None);
        assert_eq!(pass("PGPASS"), Some(NameClass::Password));
        assert_eq!(pass("db-pass"), Some(NameClass::Password));
    }
}
