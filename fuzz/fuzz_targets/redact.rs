//! `redact` on any text: no panic; a line it leaves alone comes back
//! borrowed and equal (a clean log line costs no copy); masking the result
//! again changes nothing, so no secret is left half-masked for a second
//! pass to find; a cut result is never longer than asked, plus the marker.
#![no_main]

use std::borrow::Cow;

use agent_hardening::redact::{TRUNCATION_MARKER, redact};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let out = redact(text, usize::MAX);
    if let Cow::Borrowed(same) = &out {
        assert_eq!(*same, text);
    }
    assert_eq!(redact(&out, usize::MAX), out, "not idempotent on {text:?}");
    let cut = redact(text, 64);
    assert!(cut.len() <= 64 + TRUNCATION_MARKER.len(), "{text:?}");
});
