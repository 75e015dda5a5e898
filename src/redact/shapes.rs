//! Shapes matched in code rather than by a regex: Discord bot tokens (found
//! from each `.`, no keyword needed), the extent of a PEM private-key body,
//! and the checks that tell an email address from its look-alikes.

use std::ops::Range;

use memchr::{memchr, memmem};

use super::span::Span;
use super::validate::is_placeholder;

/// How far past a PEM header an END line is looked for.
const PEM_MAX_BODY: usize = 64 * 1024;

/// Discord bot tokens in `window`: `id.timestamp.hmac`, where the id is a
/// 17-19 digit number in base64 (23-27 characters starting with `M`, `N`
/// or `O`), the timestamp 6 characters and the HMAC 27-40. Found from each
/// `.` that is followed by six token characters and another `.`.
pub(super) fn discord_spans(
    text: &str,
    window: Range<usize>,
    rule: usize,
    out: &mut Vec<Span<'_>>,
) {
    let bytes = &text.as_bytes()[..window.end];
    let is_token_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
    let mut from = window.start;
    while let Some(i) = memchr(b'.', &bytes[from..]) {
        let dot = from + i;
        from = dot + 1;
        let second = dot + 7;
        if bytes.get(second) != Some(&b'.') || !bytes[dot + 1..second].iter().all(is_token_byte) {
            continue;
        }
        let id_len = bytes[window.start..dot]
            .iter()
            .rev()
            .take_while(|b| is_token_byte(b))
            .count();
        let hmac_len = bytes[second + 1..]
            .iter()
            .take_while(|b| is_token_byte(b))
            .count();
        let start = dot - id_len;
        if (23..=27).contains(&id_len)
            && (27..=40).contains(&hmac_len)
            && matches!(bytes[start], b'M' | b'N' | b'O')
        {
            let end = second + 1 + hmac_len;
            out.push(Span {
                start,
                end,
                rule,
                kind: "discord_bot_token",
                keep_suffix: 0,
            });
            from = end;
        }
    }
}

/// The end of a PEM private-key body that starts at `from`: the start of
/// its END line, or, for a block cut short, the end of its last base64
/// line. Lines end with a newline or with a `\n` escape (PEM in JSON).
pub(super) fn pem_body_end(text: &str, from: usize) -> usize {
    let limit = text.len().min(from.saturating_add(PEM_MAX_BODY));
    let mut window = &text.as_bytes()[from..limit];
    // The body ends at its END line; a BEGIN line first means this block was
    // cut short. Stopping there keeps the search linear over text full of
    // BEGIN lines without ENDs.
    for i in memmem::find_iter(window, b"-----") {
        if window[i..].starts_with(b"-----END ") {
            return from + i;
        }
        if window[i..].starts_with(b"-----BEGIN ") {
            window = &window[..i];
            break;
        }
    }
    let is_base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    let mut at = 0;
    let mut body_end = 0;
    while at < window.len() {
        let rest = &window[at..];
        let (line_len, next) = match (memchr(b'\n', rest), memmem::find(rest, b"\\n")) {
            (Some(n), Some(e)) if e < n => (e, e + 2),
            (Some(n), _) => (n, n + 1),
            (None, Some(e)) => (e, e + 2),
            (None, None) => (rest.len(), rest.len()),
        };
        let line = &rest[..line_len];
        let lead = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let content = &line[lead..];
        let base64 = content.iter().take_while(|b| is_base64(b)).count();
        let header = [
            &b"Proc-Type:"[..],
            b"DEK-Info:",
            b"Version:",
            b"Comment:",
            b"Hash:",
            b"Charset:",
        ]
        .iter()
        .any(|h| content.starts_with(h));
        // Short runs are words of the next log line, not key material.
        let key_like = base64 >= 16 || (base64 > 0 && content[base64 - 1] == b'=');
        if header {
            body_end = at + line_len;
        } else if key_like {
            body_end = at + lead + base64;
            if base64 < content.len() {
                break;
            }
        } else if !content.is_empty() {
            break;
        }
        at += next;
    }
    from + body_end
}

/// The PEM body between `from` (the end of the BEGIN line) and its END
/// line, from after the BEGIN line's line break to the last key character,
/// so that the mask keeps the line breaks around it; `None` when the body
/// is not key material (`...`, `<your key here>`, `YOUR_PRIVATE_KEY`).
pub(super) fn pem_body(text: &str, from: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut start = from;
    while matches!(bytes.get(start), Some(b' ' | b'\t' | b'\r')) {
        start += 1;
    }
    match bytes.get(start..) {
        Some([b'\n', ..]) => start += 1,
        Some([b'\\', b'n', ..]) => start += 2,
        _ => {}
    }
    let mut end = pem_body_end(text, start).max(start);
    // Blank lines and indentation before the key are masked with it.
    loop {
        let body = &bytes[start..end];
        if body.ends_with(b"\\n") || body.ends_with(b"\\r") {
            end -= 2;
        } else if body.last().is_some_and(u8::is_ascii_whitespace) {
            end -= 1;
        } else {
            break;
        }
    }
    let body = text.get(start..end)?;
    let base64 = body
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .count();
    // A real key body is hundreds of base64 characters; a short one is a
    // stand-in (`MIIE...`) or a fragment of prose.
    (base64 >= 40 && !is_placeholder(body)).then_some(start..end)
}

/// A byte of a URL's user info (RFC 3986 unreserved, sub-delims, `%`,
/// `:`), or of a mask standing in for part of it.
fn is_userinfo_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b'%'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b':'
                | b'<'
                | b'>'
        )
}

/// URL user info (`https://user:pw@host`), file names (`logo@2x.png`),
/// scp-style remotes (`git@host:org/repo`) and cloud workload identities
/// (`deployer@proj.iam.gserviceaccount.com`, which name a service, not a
/// person, and are what an IAM error must show) look like personal
/// addresses but are not.
pub(super) fn email_ok(text: &str, match_start: usize, match_end: usize, whole: &str) -> bool {
    const FILE_EXTENSIONS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "mjs", "css", "ts", "json", "md",
        "txt", "lock", "py", "rs", "go", "java", "rb", "yaml", "yml", "toml", "html",
    ];
    let bytes = text.as_bytes();
    // `https://user:pw@host` and `https://token@host`: URL user info, the
    // characters between `://` and the address all ones user info holds.
    let userinfo_start = bytes[..match_start]
        .iter()
        .rposition(|&b| !is_userinfo_byte(b))
        .map_or(0, |i| i + 1);
    let in_url = bytes[..userinfo_start].ends_with(b"://");
    if in_url
        || bytes.get(match_end) == Some(&b':')
        || whole.to_ascii_lowercase().ends_with(".gserviceaccount.com")
    {
        return false;
    }
    let tld = whole
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    !FILE_EXTENSIONS.contains(&tld.as_str())
}
