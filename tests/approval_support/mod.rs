//! What the approval tests share: the check that a command asks in smart
//! mode and runs once a person confirmed it, or in off mode.
#![allow(dead_code, unreachable_pub)]

use agent_hardening::approval::{ApprovalMode, Decision, Risk, Rule, approve};

/// `command` asks with `risk` and `rule` in smart mode, and is not
/// hardline: confirmed, or in off mode, it runs.
pub fn asks(command: &str, risk: Risk, rule: Rule) {
    assert_eq!(
        approve(command, ApprovalMode::Smart, false),
        Decision::ConfirmationRequired {
            risk,
            rule: Some(rule)
        },
        "{command:?}"
    );
    assert_eq!(
        approve(command, ApprovalMode::Smart, true),
        Decision::Allow,
        "{command:?}"
    );
    assert_eq!(
        approve(command, ApprovalMode::Off, false),
        Decision::Allow,
        "{command:?}"
    );
}
