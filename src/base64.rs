//! Base64 decoding for the two places that look inside encoded text: the
//! approval gate (`echo <b64> | base64 -d | sh`) and the untrusted-content
//! gate (encoded injection payloads). Both only read, never encode.

/// Decodes standard or URL-safe base64, padded or not. Line breaks and
/// spaces are skipped, the first `=` ends the data; `None` for any other
/// byte outside the alphabets.
pub(crate) fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'\n' | b'\r' | b' ' | b'\t' => continue,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_both_alphabets_with_or_without_padding() {
        assert_eq!(decode("cm0gLXJmIC8=").as_deref(), Some(&b"rm -rf /"[..]));
        assert_eq!(decode("aGk").as_deref(), Some(&b"hi"[..]));
        assert_eq!(decode("aG\nk=").as_deref(), Some(&b"hi"[..]));
        assert_eq!(decode("-_8").as_deref(), decode("+/8").as_deref());
        assert_eq!(decode("not base64!"), None);
    }
}
