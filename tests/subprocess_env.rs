//! Child processes spawned with a preset see none of the parent's secrets.

use std::ffi::OsString;
use std::process::Command;

use agent_hardening::subprocess_env::{CommandEnvExt, SubprocessEnv, SubprocessEnvError};

/// An agent's environment: the basics plus the secrets a leak would expose.
fn agent_env() -> Vec<(OsString, OsString)> {
    [
        ("HOME", "/home/agent"),
        ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ("LANG", "C.UTF-8"),
        ("STRIPE_SECRET_KEY", "sk_live_should_not_leak"),
        ("STRIPE_WEBHOOK_SECRET", "whsec_should_not_leak"),
        ("GITHUB_TOKEN", "ghp_should_not_leak"),
        ("GITHUB_APP_KEY", "should_not_leak"),
        ("OPENAI_API_KEY", "sk-should-not-leak"),
        ("SENDGRID_API_KEY", "SG.should.not.leak"),
        ("DATABASE_URL", "postgres://app:pw@db/prod"),
        ("FLY_API_TOKEN", "fly_needed_by_deploy"),
    ]
    .into_iter()
    .map(|(k, v)| (k.into(), v.into()))
    .collect()
}

/// Runs the real `env` program with `preset` and returns its output.
fn child_env(preset: &SubprocessEnv) -> String {
    let output = Command::new("env")
        .env_preset(preset)
        .output()
        .expect("`env` runs");
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[cfg(unix)]
#[test]
fn shell_minimal_child_sees_no_secrets() {
    let seen = child_env(&SubprocessEnv::shell_minimal_from(agent_env()));
    for secret in [
        "STRIPE_",
        "GITHUB_",
        "_API_KEY",
        "DATABASE_URL",
        "FLY_API_TOKEN",
    ] {
        assert!(!seen.contains(secret), "{secret} leaked into:\n{seen}");
    }
    assert!(
        seen.contains("HOME=/home/agent") && seen.contains("PATH=/usr/local/bin"),
        "{seen}"
    );
}

#[cfg(unix)]
#[test]
fn with_keys_adds_only_the_named_variables() {
    let seen = child_env(&SubprocessEnv::with_keys_from(
        agent_env(),
        &["FLY_API_TOKEN"],
    ));
    assert!(
        seen.contains("FLY_API_TOKEN=fly_needed_by_deploy"),
        "{seen}"
    );
    assert!(
        !seen.contains("STRIPE_")
            && !seen.contains("GITHUB_TOKEN")
            && !seen.contains("DATABASE_URL"),
        "{seen}"
    );
}

#[cfg(unix)]
#[test]
fn the_inherited_environment_is_cleared_even_from_the_real_process() {
    // This test process's own environment (CARGO_*, RUST_*) must not pass.
    let seen = child_env(&SubprocessEnv::shell_minimal());
    assert!(!seen.contains("CARGO_PKG_NAME"), "{seen}");
    let names: Vec<String> = seen
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, _)| k.to_owned())
        .collect();
    for name in names {
        assert!(
            agent_hardening::subprocess_env::MINIMAL_KEYS.contains(&name.as_str()),
            "unexpected {name}"
        );
    }
}

#[test]
fn full_needs_a_reason_and_debug_shows_no_values() {
    assert_eq!(
        SubprocessEnv::full("  ").unwrap_err(),
        SubprocessEnvError::MissingReason
    );
    let env = SubprocessEnv::with_keys_from(agent_env(), &["STRIPE_SECRET_KEY"]);
    let debug = format!("{env:?}");
    assert!(
        debug.contains("STRIPE_SECRET_KEY") && !debug.contains("should_not_leak"),
        "{debug}"
    );
}

#[cfg(unix)]
#[tokio::test]
async fn tokio_commands_take_the_preset_too() {
    let output = tokio::process::Command::new("env")
        .env_preset(&SubprocessEnv::shell_minimal_from(agent_env()))
        .output()
        .await
        .expect("`env` runs");
    let seen = String::from_utf8_lossy(&output.stdout);
    assert!(
        !seen.contains("STRIPE_") && seen.contains("HOME=/home/agent"),
        "{seen}"
    );
}
