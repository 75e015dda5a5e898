//! Invariants of `redact` over generated input: no panic on any text,
//! redaction is idempotent, and a cut never exposes a masked secret.

use agent_hardening::redact::{TRUNCATION_MARKER, redact};
use proptest::prelude::*;

/// A piece of a log line, and the part of it that must never be printed.
fn fragment() -> impl Strategy<Value = (String, Option<String>)> {
    let body = "[A-Za-z0-9]{36}";
    prop_oneof![
        "[a-z ]{1,12}".prop_map(|s| (s, None)),
        "[ -~]{0,16}".prop_map(|s| (s, None)),
        "\\PC{0,8}".prop_map(|s| (s, None)),
        Just((" ".to_owned(), None)),
        Just(("\n".to_owned(), None)),
        body.prop_map(|b| (format!(" ghp_{b} "), Some(b))),
        "[a-z]{8,12}".prop_map(|local| (format!(" {local}@example.com "), Some(local))),
        // A password has a digit or a symbol: letters alone read as a word.
        "[A-Za-z0-9!~*]{9,19}[0-9!~*]".prop_map(|pw| (format!(" password={pw} "), Some(pw))),
        "[A-Za-z0-9]{12,20}".prop_map(|pw| (format!(" postgres://app:{pw}@db/x "), Some(pw))),
        Just((
            " 4111 1111 1111 1111 ".to_owned(),
            Some("4111 1111 1111".to_owned())
        )),
        "[A-Za-z0-9]{40}".prop_map(|b| (format!(" Authorization: Bearer {b} "), Some(b))),
    ]
}

/// Secrets written against each other with no blank between them, the
/// way a broken formatter or a fuzzer joins them: a bearer token glued to
/// the next `key=`, URLs with credentials run together, an address right
/// after another's domain, a PEM body in a JSON string.
fn glued() -> impl Strategy<Value = (String, Option<String>)> {
    prop_oneof![
        "[A-Za-z0-9]{24}".prop_map(|b| (format!("Bearer {b}"), Some(b))),
        "[A-Za-z0-9]{20}".prop_map(|v| (format!("api_key={v}"), Some(v))),
        "[A-Za-z0-9]{12,16}".prop_map(|pw| (format!("https://u:{pw}@h.io"), Some(pw))),
        "[a-z]{8,12}".prop_map(|local| (format!("{local}@mail.example.org"), Some(local))),
        "[A-Za-z0-9]{36}".prop_map(|b| (format!("ghp_{b}"), Some(b))),
        "[A-Za-z0-9]{20}".prop_map(|b| (format!("tskey-auth-k{b}-{b}"), Some(b))),
        "[A-Za-z0-9+/]{64}".prop_map(|b| (
            format!(r#""-----BEGIN PRIVATE KEY-----\n{b}\n-----END PRIVATE KEY-----\n""#),
            Some(b)
        )),
        "[:=@/._\\-]{0,2}".prop_map(|s| (s, None)),
        "[A-Za-z0-9]{0,3}".prop_map(|s| (s, None)),
    ]
}

/// An assignment whose value runs into a URL with credentials, repeated
/// with control bytes between: each mask ends a value differently, so each
/// pass finds another secret, the shape a fuzzer builds to keep the scanner
/// passing.
fn chained() -> impl Strategy<Value = String> {
    let segment =
        "[_a-z]{0,2}key=[_a-z0-9]{0,3}@ma[a-zA-Z.]{2,6}://[0-9]:Zq@[a-z.]{1,3}u{8,10}[a-z]{0,3}";
    (segment, 17usize..24).prop_map(|(segment, times)| {
        let mut text = vec![segment; times].join("\0");
        text.push_str("\0a@l.erB");
        text
    })
}

fn leaks(out: &str, secret: &str) -> bool {
    let chars: Vec<char> = secret.chars().collect();
    chars
        .windows(8)
        .any(|w| out.contains(&w.iter().collect::<String>()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_any_text(text in "\\PC*", max_len in 0usize..400) {
        let out = redact(&text, max_len);
        let kept = out.strip_suffix(TRUNCATION_MARKER).unwrap_or(&out);
        prop_assert!(kept.len() <= max_len);
    }

    #[test]
    fn never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = redact(&text, usize::MAX);
    }

    #[test]
    fn redaction_is_idempotent(parts in proptest::collection::vec(fragment(), 0..12)) {
        let text: String = parts.iter().map(|(s, _)| s.as_str()).collect();
        let once = redact(&text, usize::MAX).into_owned();
        prop_assert_eq!(redact(&once, usize::MAX), once.as_str());
    }

    #[test]
    fn glued_secrets_are_masked_in_one_pass(parts in proptest::collection::vec(glued(), 1..8)) {
        let text: String = parts.iter().map(|(s, _)| s.as_str()).collect();
        let once = redact(&text, usize::MAX).into_owned();
        prop_assert_eq!(redact(&once, usize::MAX), once.as_str(), "from {:?}", text);
    }

    #[test]
    fn text_where_each_mask_uncovers_another_secret_settles(text in chained()) {
        let once = redact(&text, usize::MAX).into_owned();
        prop_assert_eq!(redact(&once, usize::MAX), once.as_str(), "from {:?}", text);
    }

    #[test]
    fn truncation_never_exposes_a_masked_secret(
        parts in proptest::collection::vec(fragment(), 1..10),
        max_len in 0usize..600,
    ) {
        let text: String = parts.iter().map(|(s, _)| s.as_str()).collect();
        for limit in [max_len, usize::MAX] {
            let out = redact(&text, limit);
            for secret in parts.iter().filter_map(|(_, s)| s.as_deref()) {
                prop_assert!(!leaks(&out, secret), "{secret:?} leaked in {out:?}");
            }
        }
    }
}
