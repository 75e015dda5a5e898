//! Checks that turn a shape match into a finding: checksums (Luhn, IBAN
//! mod-97), number-range rules (SSN), and the placeholder test that keeps
//! `********`, `<your-api-key>` and `${{ secrets.X }}` out of the output.

use std::sync::LazyLock;

/// Luhn checksum over the ASCII digits of `s` (separators are skipped).
pub(crate) fn luhn_ok(s: &str) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    let mut digits = 0;
    for b in s.bytes().rev().filter(u8::is_ascii_digit) {
        let mut d = u32::from(b - b'0');
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
        digits += 1;
    }
    digits > 0 && sum.is_multiple_of(10)
}

/// A card number's digits as its issuer prefixes and length.
pub(crate) struct Issuer {
    p1: u32,
    p2: u32,
    p3: u32,
    p4: u32,
    p6: u32,
    len: usize,
}

/// Whether a network issues a number.
pub(crate) type IssuedBy = fn(&Issuer) -> bool;

/// The card networks, each with its issuer prefixes and lengths, in the
/// order they are tried (Discover's `622126..=622925` before UnionPay's
/// `62`). The kinds a card finding reports are these names.
pub(crate) const CARD_NETWORKS: [(&str, IssuedBy); 7] = [
    ("card_visa", |i| i.p1 == 4 && matches!(i.len, 13 | 16 | 19)),
    ("card_mastercard", |i| {
        ((51..=55).contains(&i.p2) || (2221..=2720).contains(&i.p4)) && i.len == 16
    }),
    ("card_amex", |i| matches!(i.p2, 34 | 37) && i.len == 15),
    ("card_discover", |i| {
        (i.p4 == 6011
            || i.p2 == 65
            || (644..=649).contains(&i.p3)
            || (622_126..=622_925).contains(&i.p6))
            && (16..=19).contains(&i.len)
    }),
    ("card_jcb", |i| {
        (3528..=3589).contains(&i.p4) && (16..=19).contains(&i.len)
    }),
    ("card_diners", |i| {
        (i.p2 == 36 || i.p2 == 38 || i.p2 == 39 || (300..=305).contains(&i.p3))
            && (14..=19).contains(&i.len)
    }),
    ("card_unionpay", |i| {
        i.p2 == 62 && (16..=19).contains(&i.len)
    }),
];

/// The kind an IBAN finding reports.
pub(crate) const IBAN: &str = "iban";

/// The card network of a Luhn-valid number, from its issuer prefix and
/// length; `None` for numbers no network issues (batch ids, epoch values).
pub(crate) fn card_brand(s: &str) -> Option<&'static str> {
    let digits: Vec<u8> = s
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let prefix = |n: usize| {
        digits
            .iter()
            .take(n)
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d))
    };
    let issuer = Issuer {
        p1: prefix(1),
        p2: prefix(2),
        p3: prefix(3),
        p4: prefix(4),
        p6: prefix(6),
        len: digits.len(),
    };
    CARD_NETWORKS
        .iter()
        .find(|(_, issues)| issues(&issuer))
        .map(|(kind, _)| *kind)
}

/// Whether the separators in a card candidate look like a printed card
/// number: none at all, or one kind (space or dash) between groups of 3+.
pub(crate) fn card_grouping_ok(s: &str) -> bool {
    let has_space = s.contains(' ');
    let has_dash = s.contains('-');
    if has_space && has_dash {
        return false;
    }
    let sep = if has_space { ' ' } else { '-' };
    s.split(sep).all(|group| group.len() >= 3)
}

/// Registered IBAN lengths by country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

/// ISO 7064 mod-97 over an IBAN's compact form (no spaces).
fn iban_mod97_ok(compact: &[u8]) -> bool {
    if compact.len() < 15 {
        return false;
    }
    let mut rem = 0u32;
    for &b in compact[4..].iter().chain(&compact[..4]) {
        rem = match b {
            b'0'..=b'9' => (rem * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => (rem * 100 + u32::from(b - b'A') + 10) % 97,
            _ => return false,
        };
    }
    rem == 1
}

/// The byte length of the valid IBAN at the start of `candidate`
/// (spaces included), or `None`. A candidate may run into the next word
/// (`DE89 3704 0044 0532 0130 00 BIC`), so the country's registered length
/// decides where it ends; unknown countries take the longest valid prefix.
pub(crate) fn iban_len(candidate: &str) -> Option<usize> {
    let bytes = candidate.as_bytes();
    let mut compact = Vec::with_capacity(34);
    let mut ends = Vec::with_capacity(34); // byte end after each compact char
    for (i, &b) in bytes.iter().enumerate().take(48) {
        if b.is_ascii_alphanumeric() {
            compact.push(b);
            ends.push(i + 1);
        } else if b != b' ' {
            break;
        }
    }
    let country = candidate.get(..2)?;
    if let Some(&(_, len)) = IBAN_LENGTHS.iter().find(|(c, _)| *c == country) {
        return (compact.len() >= len && iban_mod97_ok(&compact[..len])).then(|| ends[len - 1]);
    }
    (15..=compact.len().min(34))
        .rev()
        .find(|&n| iban_mod97_ok(&compact[..n]))
        .map(|n| ends[n - 1])
}

/// US Social Security Number ranges: area 001-899 except 666, group
/// 01-99, serial 0001-9999. Input is `ddd-dd-dddd` or nine digits.
pub(crate) fn ssn_ok(s: &str) -> bool {
    let d: Vec<u32> = s
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| u32::from(b - b'0'))
        .collect();
    if d.len() != 9 {
        return false;
    }
    let area = d[0] * 100 + d[1] * 10 + d[2];
    let group = d[3] * 10 + d[4];
    let serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// Values that stand for a secret without being one: templates, environment
/// references, masks, documentation placeholders and literals.
pub(crate) fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    let first = v.as_bytes()[0];
    if first == b'$' {
        // `${VAR}`, `$(cmd)`, `$VAR`, `$var`, `$1`; not `$cX5C_mJsEfi82A`.
        let rest = &v.as_bytes()[1..];
        let one_case = |upper: bool| {
            rest.iter().all(|&b| {
                b.is_ascii_digit()
                    || b == b'_'
                    || if upper {
                        b.is_ascii_uppercase()
                    } else {
                        b.is_ascii_lowercase()
                    }
            })
        };
        return matches!(rest.first(), Some(b'{' | b'(')) || one_case(true) || one_case(false);
    }
    if matches!(first, b'<' | b'{' | b'%' | b'[' | b'(') {
        return true;
    }
    if has_template_mark(v.as_bytes()) {
        return true;
    }
    // A URL: the URL rules read its credentials, if it has any.
    static SCHEME_END: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"://"));
    if let Some(scheme_end) = SCHEME_END.find(v.as_bytes())
        && scheme_end > 0
        && v[..scheme_end]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'))
    {
        return true;
    }
    // PEM armour: the private-key rule reads the body and decides.
    if v.starts_with("-----BEGIN ") {
        return true;
    }
    // `__PASSWORD__`, `@@API_KEY@@`: a build-time substitution marker.
    if ["__", "@"]
        .iter()
        .any(|m| v.len() > 2 * m.len() && v.starts_with(m) && v.ends_with(m))
    {
        return true;
    }
    // A run of one character: `********`, `xxxxxxxx`, `00000000`.
    let mut chars = v.chars();
    if let Some(c) = chars.next()
        && chars.all(|d| d.eq_ignore_ascii_case(&c))
    {
        return true;
    }
    const WORDS: &[&str] = &[
        "null",
        "none",
        "nil",
        "true",
        "false",
        "undefined",
        "empty",
        "redacted",
        "masked",
        "hidden",
        "secret",
        "password",
        "passwd",
        "changeme",
        "changeit",
        "string",
        "required",
        "optional",
        "not_set",
        "unset",
        "todo",
        "tbd",
        "x-oauth-basic",
        "pass",
        "pwd",
    ];
    const PREFIXES: &[&str] = &[
        "your",
        "my_",
        "example",
        "placeholder",
        "env:",
        "process.env",
        "os.environ",
        "os.getenv",
        "replace_",
        "replace-",
        "replaceme",
        "insert_",
        "insert-",
        "enter_",
        "enter-",
        "put_your",
        "put-your",
        "change_me",
        "change-me",
        "dummy",
        "fake_",
        "fake-",
        "sample",
        "fixme",
    ];
    let bytes = v.as_bytes();
    // The first byte alone rules out most prefixes.
    let first_lower = first.to_ascii_lowercase();
    let starts = |p: &str| {
        p.as_bytes()[0] == first_lower
            && bytes
                .get(..p.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    let ends = |p: &str| {
        bytes.len() >= p.len() && bytes[bytes.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
    };
    // `REQUIRED.`, `optional,`: a word closing a sentence of the docs.
    let word = v.trim_end_matches(['.', ',', ';', '!']);
    WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
        || PREFIXES.iter().any(|p| starts(p))
        || ends("_here")
        || ends("-here")
}

/// An ellipsis (`...`, `…`), a template (`{{ x }}`), a mask, or a format
/// directive (`%s`, `%d`, `%(name)s`, `%0.f`), in one pass.
fn has_template_mark(v: &[u8]) -> bool {
    v.iter().enumerate().any(|(i, &b)| {
        let rest = &v[i..];
        match b {
            b'.' => rest.starts_with(b"..."),
            b'{' => rest.starts_with(b"{{"),
            b'<' => rest.starts_with(b"<redacted"),
            b'%' => {
                matches!(
                    rest.get(1),
                    Some(b's' | b'd' | b'r' | b'(' | b'.' | b'f' | b'i')
                ) || rest.starts_with(b"%0.")
            }
            0xE2 => rest.starts_with("…".as_bytes()),
            _ => false,
        }
    })
}

/// A token of a provider's shape that is a documentation example, not a
/// key: `ghp_xxxxxxxx…`, `sk_live_00000000…`, `AKIAIOSFODNN7EXAMPLE`. A
/// generated token holds a run of eight equal characters with a chance of
/// about one in 10^12 per position. A run that opens the value is its
/// structure, not filler (a Twitter bearer token starts with 22 `A`s).
pub(crate) fn is_example_token(value: &str) -> bool {
    let bytes = value.as_bytes();
    let opening = bytes
        .iter()
        .take_while(|b| Some(*b) == bytes.first())
        .count();
    let (mut previous, mut same) = (None, 0);
    for byte in bytes[opening..].iter().map(u8::to_ascii_lowercase) {
        same = if previous == Some(byte) { same + 1 } else { 1 };
        if same >= 8 {
            return true;
        }
        previous = Some(byte);
    }
    memchr::memchr2_iter(b'e', b'E', bytes).any(|i| {
        bytes
            .get(i..i + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"example"))
    })
}

/// Whether a value under a generic name (`*_key`, `auth`) looks machine
/// generated: long enough, mixing letters with digits, and not an
/// identifier a person named (`Ed25519PublicKey`, `w32-registered-hot-keys`).
pub(crate) fn looks_generated(value: &str) -> bool {
    value.len() >= 16
        && value.bytes().any(|b| b.is_ascii_digit())
        && value.bytes().any(|b| b.is_ascii_alphabetic())
        && !is_identifier(value)
}

/// `Ed25519PublicKey`, `NID_aes_256_cbc`, `w32-register-hot-key`: words a
/// person joined, each in one case or in CamelCase with at most two runs
/// of digits.
pub(crate) fn is_identifier(value: &str) -> bool {
    let (mut segments, mut short, mut worded) = (0, 0, false);
    for segment in value.split(['_', '-', '.']).filter(|s| !s.is_empty()) {
        if !is_natural_word(segment.as_bytes()) {
            return false;
        }
        segments += 1;
        short += usize::from(segment.len() <= 2);
        worded |= segment
            .as_bytes()
            .windows(3)
            .any(|w| w.iter().all(u8::is_ascii_lowercase) || w.iter().all(u8::is_ascii_uppercase));
    }
    // Many one- or two-letter pieces (`sk-iw4Ki_pI_7-m`) are a token cut
    // by separators, not words.
    worded && short * 3 <= segments
}

/// Words run together in CamelCase (`challengePassword`, `DSAPrivateKey`):
/// each hump, cut where a lower-case letter meets a capital, holds two
/// lower-case letters in a row.
fn is_camel_word(segment: &[u8]) -> bool {
    let mut hump_has_word = false;
    for (i, b) in segment.iter().enumerate() {
        if i > 0 && b.is_ascii_uppercase() && segment[i - 1].is_ascii_lowercase() {
            if !hump_has_word {
                return false;
            }
            hump_has_word = false;
        }
        hump_has_word |=
            b.is_ascii_lowercase() && segment.get(i + 1).is_some_and(u8::is_ascii_lowercase);
    }
    hump_has_word
}

/// A word as a person writes it: letters and digits, at most two runs of
/// digits, and at most one lone lower-case letter between other characters
/// (`RSAPrivateKey`, `Ed25519Key`). A random mix of cases and digits has
/// many of both.
pub(crate) fn is_natural_word(segment: &[u8]) -> bool {
    if !segment.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let lower = |j: usize| segment.get(j).is_some_and(u8::is_ascii_lowercase);
    let digit = |j: usize| segment.get(j).is_some_and(u8::is_ascii_digit);
    let (mut lone_lower, mut digit_runs) = (0, 0);
    for i in 0..segment.len() {
        if lower(i) && !(i > 0 && lower(i - 1)) && !lower(i + 1) {
            lone_lower += 1;
        }
        if digit(i) && !(i > 0 && digit(i - 1)) {
            digit_runs += 1;
        }
    }
    lone_lower <= 1 && digit_runs <= 2
}

/// Whether a value under a secret-bearing name (`password`, `api_key`,
/// `token`) is a credential rather than a word or a count: not a
/// placeholder, not a bare number, and not a short word or identifier
/// (`token: expired`, `password: required`, `key: RSAPrivateKey`).
pub(crate) fn credential_value_ok(value: &str, password_like: bool) -> bool {
    if is_placeholder(value) {
        return false;
    }
    let min = if password_like { 6 } else { 8 };
    if value.chars().count() < min {
        return false;
    }
    if value.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return false;
    }
    // A word or an identifier (`expired`, `challengePassword`,
    // `_DSAPrivateKey`, `consumer.secret`): a secret has digits or symbols.
    let letters = value
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'-' | b'.'));
    let lower_word = letters && value.len() < 20 && !value.bytes().any(|b| b.is_ascii_uppercase());
    let named = letters
        && value
            .split(['_', '-', '.'])
            .filter(|s| !s.is_empty())
            .all(|s| is_camel_word(s.as_bytes()));
    !(lower_word || named)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_valid_and_rejects_off_by_one() {
        assert!(luhn_ok("4111 1111 1111 1111"));
        assert!(!luhn_ok("4111 1111 1111 1112"));
        assert!(!luhn_ok(""));
    }

    #[test]
    fn card_brand_needs_a_real_issuer_prefix() {
        assert_eq!(card_brand("4111111111111111"), Some("card_visa"));
        assert_eq!(card_brand("5500005555555559"), Some("card_mastercard"));
        assert_eq!(card_brand("378282246310005"), Some("card_amex"));
        assert_eq!(card_brand("1715110231694733574"), None);
    }

    #[test]
    fn iban_checks_mod97_and_country_length() {
        assert_eq!(iban_len("GB82 WEST 1234 5698 7654 32"), Some(27));
        assert_eq!(iban_len("GB82 WEST 1234 5698 7654 32 BIC"), Some(27));
        assert_eq!(iban_len("GB82 WEST 1234 5698 7654 33"), None);
        assert_eq!(iban_len("DE89370400440532013000"), Some(22));
    }

    #[test]
    fn ssn_ranges() {
        assert!(ssn_ok("123-45-6789"));
        assert!(!ssn_ok("000-45-6789"));
        assert!(!ssn_ok("666-45-6789"));
        assert!(!ssn_ok("912-45-6789"));
        assert!(!ssn_ok("123-00-6789"));
        assert!(!ssn_ok("123-45-0000"));
    }

    #[test]
    fn placeholders_are_recognised() {
        for p in [
            "********",
            "<your-api-key>",
            "${{ secrets.API_KEY }}",
            "$AWS_SECRET",
            "sk_live_...",
            "null",
            "xxxxxxxx",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        assert!(!is_placeholder("80jz89fjWazV635XtI9Ll"));
    }
}
