//! `approve` on any text: it returns a decision (no panic, the parser's
//! included), a hardline block holds in every mode and confirmation, and
//! manual mode never lets anything else through unasked.
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
    let blocked = matches!(smart, Decision::Blocked { .. });
    let off_confirmed = approve(command, ApprovalMode::Off, true);
    assert_eq!(
        matches!(off_confirmed, Decision::Blocked { .. }),
        blocked,
        "{command:?}"
    );
    let manual = approve(command, ApprovalMode::Manual, false);
    if blocked {
        assert_eq!(manual, smart, "{command:?}");
    } else {
        assert!(
            matches!(manual, Decision::ConfirmationRequired { .. }),
            "{command:?}"
        );
    }
    }
);
