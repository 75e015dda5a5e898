//! `gate` on any text: no panic, and the wrapper holds: the rendered
//! prompt has exactly one closing tag of its source, at the end, whatever
//! the text tries.
#![no_main]

use agent_hardening::gate::gate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let gated = gate(text, "web_fetch");
    let prompt = gated.to_prompt();
    let closing = "</untrusted_web_fetch>";
    assert_eq!(prompt.matches(closing).count(), 1, "{text:?}");
    assert!(prompt.trim_end().ends_with(closing), "{text:?}");
    assert_eq!(gated.flagged, !gated.flag_reasons.is_empty());
});
