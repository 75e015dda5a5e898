//! The value after a secret-bearing name, and whether it is data or code.
//!
//! Logs and `Debug` output carry values (`password: "hunter2"`,
//! `token: Some("abc")`); source text carries declarations and expressions
//! under the same names (`password: Option<String>`, `token: self.next()`,
//! `MAX_PASSWORD: u32 = 257u32`). Only data is a candidate secret.

use std::ops::Range;

use super::validate::is_natural_word;

/// What follows an assignment operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Delimited {
    /// A literal value: its byte range, without quotes.
    Data(Range<usize>),
    /// An expression, a type or a constant's name: not a value.
    Code,
}

/// The value starting at `start`: up to the closing quote when quoted
/// (`"`, `'`, `` ` ``, or `\"` inside an escaped string), else up to the
/// first delimiter (blank, quote, `,;&)}]<>`). `colon` says the separator
/// was a bare `:`, where a type may follow (`password: String`).
pub(super) fn value_range(bytes: &[u8], start: usize, colon: bool) -> Option<Delimited> {
    let rest = bytes.get(start..)?;
    match rest {
        [quote @ (b'"' | b'\'' | b'`'), ..] => quoted(bytes, start + 1, &[*quote]),
        [b'\\', quote @ (b'"' | b'\''), ..] => quoted(bytes, start + 2, &[b'\\', *quote]),
        // `Some("hunter2")`, `Ok("…")`: a `Debug` of a wrapped string.
        _ if rest.starts_with(b"Some(") && matches!(rest.get(5), Some(b'"' | b'\'')) => {
            value_range(bytes, start + 5, false)
        }
        _ if rest.starts_with(b"Ok(") && matches!(rest.get(3), Some(b'"' | b'\'')) => {
            value_range(bytes, start + 3, false)
        }
        _ => {
            let len = rest
                .iter()
                .position(|&b| {
                    b.is_ascii_whitespace()
                        || b.is_ascii_control()
                        || matches!(
                            b,
                            b'"' | b'\''
                                | b'`'
                                | b','
                                | b';'
                                | b'&'
                                | b')'
                                | b'}'
                                | b']'
                                | b'<'
                                | b'>'
                        )
                })
                .unwrap_or(rest.len());
            if len == 0 {
                return None;
            }
            let value = &rest[..len];
            if is_code(value, rest.get(len).copied(), colon) {
                Some(Delimited::Code)
            } else {
                Some(Delimited::Data(start..start + len))
            }
        }
    }
}

/// A quoted body from `from` up to `close`, on one line.
fn quoted(bytes: &[u8], from: usize, close: &[u8]) -> Option<Delimited> {
    let body = bytes.get(from..)?;
    let end = body
        .windows(close.len())
        .position(|w| w == close || w[0] == b'\n' || w[0] == b'\r')?;
    (body[end..].starts_with(close) && end > 0).then(|| Delimited::Data(from..from + end))
}

/// Whether an unquoted value is source code rather than data: a call or
/// path (`self.next()`, `Where::default()`, `Token![fn]`), a dereference or
/// borrow, a generic type (`Option<String>`), a dotted field path, a
/// numeric literal written as code (`257u32`, `0x5252_5252`), a constant's
/// name (`LSA_UNICODE_STRING`), or after `:` a type name (`String`, `u32`).
fn is_code(value: &[u8], next: Option<u8>, colon: bool) -> bool {
    let path = identifier_path_len(value);
    if path > 0 {
        let after = value.get(path).copied().or(next);
        let macro_call =
            after == Some(b'!') && matches!(value.get(path + 1), Some(b'(' | b'[' | b'{'));
        let turbofish = value[path..].starts_with(b"::");
        if macro_call || turbofish || matches!(after, Some(b'(' | b'[' | b'{' | b'<')) {
            return true;
        }
    }
    // `*and_token`: a dereference.
    if value[0] == b'*' && is_snake_path(&value[1..]) {
        return true;
    }
    if path == value.len() && value.windows(2).any(|w| w == b"::") {
        return true;
    }
    if is_numeric_literal(value) || is_natural_dotted_path(value) || value[0] == b':' {
        return true;
    }
    let identifier = path == value.len() && !value.contains(&b'.');
    let constant = identifier
        && value.contains(&b'_')
        && value
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
    constant || is_snake_identifier(value) || colon && identifier && is_type_name(value)
}

/// A field or type name in snake case (`request_body`,
/// `__sifields__bindgen_ty_5`): no digits, or the marks of generated code
/// (a leading `_`, a `__`).
fn is_snake_identifier(value: &[u8]) -> bool {
    is_snake_path(value)
        && value.contains(&b'_')
        && (!value.iter().any(u8::is_ascii_digit)
            || value[0] == b'_'
            || value.windows(2).any(|w| w == b"__"))
}

/// The length of the identifier path (`self.pop`, `syn::Token`) at the
/// start of `value`; 0 when it does not start with an identifier.
fn identifier_path_len(value: &[u8]) -> usize {
    let (mut at, mut end) = (0, 0);
    loop {
        if !value
            .get(at)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            return end;
        }
        while value
            .get(at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            at += 1;
        }
        end = at;
        match value.get(at..) {
            Some([b'.', ..]) => at += 1,
            Some([b':', b':', ..]) => at += 2,
            _ => return end,
        }
    }
}

/// `self._lib.NID_aes_256_cbc`, `rsa.RSAPrivateKey`, `token.ERRORTOKEN`:
/// identifiers a person named, joined by dots.
fn is_natural_dotted_path(value: &[u8]) -> bool {
    value.contains(&b'.')
        && value.split(|&b| b == b'.').all(|part| {
            part.first()
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
                && part
                    .split(|&b| b == b'_')
                    .all(|segment| segment.is_empty() || is_natural_word(segment))
        })
}

/// Whether `value` reads as an expression of source code (a call, an
/// index, a path, a generic type): `self.headers.get(`, `auth[1].encode(`.
pub(super) fn is_expression(value: &str) -> bool {
    !value.is_empty() && is_code(value.as_bytes(), None, false)
}

/// `cursor`, `req.headers.token`: lower-case identifiers joined by dots.
fn is_snake_path(value: &[u8]) -> bool {
    !value.is_empty()
        && value.split(|&b| b == b'.').all(|part| {
            part.first()
                .is_some_and(|b| b.is_ascii_lowercase() || *b == b'_')
                && part
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
        })
}

/// `257u32`, `1_000`, `0x5252_5252`, `3.5f64`: a number as source code
/// writes it, with digit separators or a type suffix.
fn is_numeric_literal(value: &[u8]) -> bool {
    const SUFFIXES: [&[u8]; 14] = [
        b"u8", b"u16", b"u32", b"u64", b"u128", b"usize", b"i8", b"i16", b"i32", b"i64", b"i128",
        b"isize", b"f32", b"f64",
    ];
    if !value[0].is_ascii_digit() {
        return false;
    }
    let suffix = SUFFIXES.iter().find(|s| value.ends_with(s));
    let digits = &value[..value.len() - suffix.map_or(0, |s| s.len())];
    let hex = digits.starts_with(b"0x") || digits.starts_with(b"0X");
    let body = if hex { &digits[2..] } else { digits };
    let valid = !body.is_empty()
        && body.iter().all(|&b| {
            b == b'_'
                || b == b'.'
                || if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
        });
    valid && (suffix.is_some() || body.contains(&b'_'))
}

/// A type after `name:`: a primitive or a capitalised word without digits
/// (`String`, `SecretString`, `u32`).
fn is_type_name(value: &[u8]) -> bool {
    const PRIMITIVES: [&[u8]; 17] = [
        b"u8", b"u16", b"u32", b"u64", b"u128", b"usize", b"i8", b"i16", b"i32", b"i64", b"i128",
        b"isize", b"f32", b"f64", b"bool", b"str", b"char",
    ];
    PRIMITIVES.contains(&value)
        || value[0].is_ascii_uppercase()
            && value.iter().all(u8::is_ascii_alphabetic)
            && value[1..].iter().any(u8::is_ascii_lowercase)
}

/// The text of an XML element after its opening tag's `>`: one word, on
/// its own line or not, followed by a closing tag (`<apiToken>VALUE</`).
pub(super) fn xml_element_text(bytes: &[u8], from: usize) -> Option<Range<usize>> {
    let blank_run = |at: usize| {
        bytes[at..]
            .iter()
            .take(256)
            .take_while(|b| b.is_ascii_whitespace())
            .count()
    };
    let start = from + blank_run(from.min(bytes.len()));
    let len = bytes[start..]
        .iter()
        .position(|&b| b.is_ascii_whitespace() || b == b'<')
        .unwrap_or(bytes.len() - start);
    let end = start + len;
    let closing = end + blank_run(end);
    (len > 0 && bytes[closing.min(bytes.len())..].starts_with(b"</")).then_some(start..end)
}

/// After `name:`, a YAML block scalar (`|`, `>`, `|-`, `>+2`) ending the
/// line: the first line of its text.
pub(super) fn block_scalar_line(bytes: &[u8], at: usize) -> Option<Range<usize>> {
    if !matches!(bytes.get(at), Some(b'|' | b'>')) {
        return None;
    }
    let mut i = at + 1;
    while matches!(bytes.get(i), Some(b'-' | b'+' | b'0'..=b'9' | b' ' | b'\t')) {
        i += 1;
    }
    if bytes.get(i) == Some(&b'\r') {
        i += 1;
    }
    if bytes.get(i) != Some(&b'\n') {
        return None;
    }
    let start = i
        + 1
        + bytes[i + 1..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
    let len = bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(bytes.len() - start);
    let trimmed = bytes[start..start + len]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    (trimmed > 0).then_some(start..start + trimmed)
}
