//! Configuration read from the real process environment. The variables are
//! set on a child run of this test binary (setting them in this process
//! would race with other tests), which checks them and reports by its exit
//! status.

use std::process::Command;

use agent_hardening::http::ConfigError;
use agent_hardening::http::auth::{TokenSlot, Tokens};
use agent_hardening::kill_switch::KillSwitch;

const CHILD: &str = "AGENT_HARDENING_TEST_CHILD";

/// Runs test `name` of this binary in a child with `vars` set; true if it
/// passed. (In this process the `child_*` tests return at once: they only
/// check something where the child variable is set.)
fn run_child(name: &str, vars: &[(&str, &str)]) -> bool {
    let exe = std::env::current_exe().unwrap();
    let mut command = Command::new(exe);
    command
        .args(["--exact", name, "--test-threads", "1"])
        .env(CHILD, "1");
    for (key, value) in vars {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    if !output.status.success() {
        eprintln!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    output.status.success()
}

fn in_child() -> bool {
    std::env::var(CHILD).is_ok()
}

#[test]
fn tokens_come_from_the_environment() {
    assert!(run_child(
        "child_reads_tokens",
        &[
            ("AGENT_TOKEN", "env-current-token-123"),
            ("AGENT_TOKEN_PREV", "env-previous-token-456"),
            ("MY_TOKEN", "custom-789")
        ],
    ));
    assert!(run_child(
        "child_missing_or_empty_token_is_an_error",
        &[("AGENT_TOKEN", "")]
    ));
}

#[test]
fn child_reads_tokens() {
    if !in_child() {
        return;
    }
    let tokens = Tokens::from_env().unwrap();
    assert_eq!(
        tokens.verify(b"env-current-token-123"),
        Some(TokenSlot::Current)
    );
    assert_eq!(
        tokens.verify(b"env-previous-token-456"),
        Some(TokenSlot::Previous)
    );
    let custom = Tokens::from_env_vars("MY_TOKEN", "MY_TOKEN_PREV").unwrap();
    assert_eq!(custom.verify(b"custom-789"), Some(TokenSlot::Current));
    assert!(!custom.has_previous());
}

#[test]
fn child_missing_or_empty_token_is_an_error() {
    if !in_child() {
        return;
    }
    assert!(matches!(
        Tokens::from_env(),
        Err(ConfigError::EmptyToken { .. })
    ));
    assert!(matches!(
        Tokens::from_env_vars("NOT_SET_ANYWHERE", "X"),
        Err(ConfigError::MissingToken { .. })
    ));
}

#[test]
fn kill_switch_reads_its_variable() {
    assert!(run_child(
        "child_kill_switch_on",
        &[("MYAGENT_KILL_SWITCH", "Yes")]
    ));
    assert!(run_child(
        "child_kill_switch_off",
        &[("MYAGENT_KILL_SWITCH", "false")]
    ));
}

#[test]
fn child_kill_switch_on() {
    if !in_child() {
        return;
    }
    let switch = KillSwitch::new("MYAGENT");
    assert!(switch.is_active() && switch.should_skip_tick());
    switch.deactivate();
    assert!(!switch.is_active());
}

#[test]
fn child_kill_switch_off() {
    if !in_child() {
        return;
    }
    assert!(!KillSwitch::new("MYAGENT").is_active());
}

#[cfg(feature = "approval")]
#[test]
fn approval_mode_reads_its_variable() {
    assert!(run_child(
        "child_approval_mode_from_env",
        &[("AGENT_APPROVAL_MODE", " Manual "), ("BAD_MODE", "yolo")]
    ));
}

#[cfg(feature = "approval")]
#[test]
fn child_approval_mode_from_env() {
    use agent_hardening::approval::{ApprovalMode, ModeSwitch};
    if !in_child() {
        return;
    }
    let mode = ModeSwitch::from_env("AGENT_APPROVAL_MODE", ApprovalMode::Smart).unwrap();
    assert_eq!(mode.get(), ApprovalMode::Manual);
    let unset = ModeSwitch::from_env("NOT_SET_ANYWHERE", ApprovalMode::Smart).unwrap();
    assert_eq!(unset.get(), ApprovalMode::Smart);
    let err = ModeSwitch::from_env("BAD_MODE", ApprovalMode::Smart).unwrap_err();
    assert!(err.to_string().contains("yolo"));
}
