//! `approve` on any text: it returns a decision (no panic, the parser's
//! included; no endless loop or runaway backtracking: libFuzzer's timeout
//! and memory limit catch those), and a hardline block holds in off mode
//! with confirmation, where everything else runs.
#![no_main]

use agent_hardening::approval::{ApprovalMode, Decision, approve};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // `approve` contains the shell parser's panics behind
        // `catch_unwind` and answers them; libFuzzer's hook would abort on
        // the contained panic. An uncaught one still aborts the run.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        let Ok(command) = std::str::from_utf8(data) else {
            return;
        };
        let smart = approve(command, ApprovalMode::Smart, false);
        // The analysis does not depend on the mode: the weakest setting
        // blocks exactly what smart mode blocks, and runs everything else.
        let off_confirmed = approve(command, ApprovalMode::Off, true);
        if matches!(smart, Decision::Blocked { .. }) {
            assert_eq!(off_confirmed, smart, "{command:?}");
        } else {
            assert_eq!(off_confirmed, Decision::Allow, "{command:?}");
        }
    }
);
