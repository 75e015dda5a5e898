//! `ToolGuard` as a dispatcher uses it: the seed's checks through one call,
//! the order of the checks, and the HTTP answers.
#![cfg(feature = "approval")]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use agent_hardening::approval::{ApprovalMode, ModeSwitch, Risk, Rule};
use agent_hardening::caps::Caps;
use agent_hardening::clock::ManualClock;
use agent_hardening::guard::{GuardCheck, ToolCall, ToolGuard, Verdict};
use agent_hardening::kill_switch::KillSwitch;
use agent_hardening::rejection::{Reason, Rejection};
use axum::response::IntoResponse;
use http::StatusCode;
use serde_json::{Value, json};

/// The verdict, which the in-memory store gives at once (no runtime).
fn ready(check: GuardCheck<'_>) -> Verdict {
    check
        .into_ready()
        .expect("the in-memory store answers at once")
}

/// A guard like a host's: seed caps on a manual clock, a kill switch read
/// from a settable "environment", smart mode, `run_shell` as the command tool.
struct Harness {
    guard: ToolGuard,
    clock: ManualClock,
    env: Arc<Mutex<HashMap<String, String>>>,
}

impl Harness {
    fn new() -> Self {
        let clock = ManualClock::new();
        let env: Arc<Mutex<HashMap<String, String>>> = Arc::default();
        let reader = Arc::clone(&env);
        let switch = KillSwitch::with_lookup("MYAGENT", move |name| {
            reader.lock().ok()?.get(name).cloned()
        })
        .agent_name("Support bot");
        let guard = ToolGuard::new()
            .kill_switch(switch)
            .approval(ModeSwitch::new(ApprovalMode::Smart))
            .caps(Caps::recommended().clock(Arc::new(clock.clone())))
            .command_tool("run_shell", "command");
        Self { guard, clock, env }
    }

    fn set_env(&self, name: &str, value: &str) {
        self.env
            .lock()
            .unwrap()
            .insert(name.to_owned(), value.to_owned());
    }

    fn call(&self, tool: &str, arguments: Value) -> Verdict {
        ready(self.guard.check(&ToolCall::new(tool, &arguments)))
    }

    fn shell(&self, command: &str, confirmed: bool) -> Verdict {
        self.call(
            "run_shell",
            json!({"command": command, "_confirmed": confirmed}),
        )
    }
}

#[test]
fn rm_rf_root_is_blocked_in_every_mode_even_when_confirmed() {
    let h = Harness::new();
    for mode in [ApprovalMode::Off, ApprovalMode::Smart, ApprovalMode::Manual] {
        h.guard.mode().set(mode);
        for confirmed in [false, true] {
            assert_eq!(
                h.shell("rm -rf /", confirmed),
                Verdict::Blocked {
                    rule: Rule::RecursiveDeleteOfRoot
                },
                "{mode}, confirmed: {confirmed}"
            );
        }
    }
}

#[test]
fn force_push_asks_in_smart_mode_and_runs_after_confirmation() {
    let h = Harness::new();
    let asked = h.shell("git push --force", false);
    assert_eq!(
        asked,
        Verdict::ConfirmationRequired {
            risk: Risk::High,
            rule: Some(Rule::GitForcePush)
        }
    );
    let body = serde_json::to_value(&asked).unwrap();
    assert_eq!(body["status"], "confirmation_required");
    assert_eq!(body["risk"], "high");
    assert_eq!(h.shell("git push --force", true), Verdict::Run);
    assert_eq!(h.shell("add a unit test", false), Verdict::Run);
}

#[test]
fn the_sixth_email_in_five_minutes_is_over_the_cap_until_the_window_passes() {
    let h = Harness::new();
    let email = json!({"to": "ana@example.com", "subject": "Your invoice"});
    for _ in 0..5 {
        assert_eq!(h.call("send_email", email.clone()), Verdict::Run);
        h.clock.advance(Duration::from_secs(60));
    }
    let Verdict::AnomalyGateBlocked(blocked) = h.call("send_email", email.clone()) else {
        panic!("the sixth email runs");
    };
    let body = serde_json::to_value(&blocked).unwrap();
    assert_eq!(body["status"], "anomaly_gate_blocked");
    assert_eq!(
        (body["count"].as_u64(), body["limit"].as_u64()),
        (Some(5), Some(5))
    );
    assert_eq!(body["window_seconds"], 3600);
    // The hour passes (a manual clock, no sleeping): calls run again.
    h.clock.advance(Duration::from_secs(3600));
    for _ in 0..5 {
        assert_eq!(h.call("send_email", email.clone()), Verdict::Run);
    }
}

#[test]
fn the_kill_switch_pauses_every_tool_and_resumes_when_flipped_back() {
    let h = Harness::new();
    h.set_env("MYAGENT_KILL_SWITCH", "true");
    let paused = h.call("read_file", json!({"path": "README.md"}));
    assert_eq!(
        serde_json::to_value(&paused).unwrap(),
        json!({
            "status": "kill_switch_active",
            "message": "Support bot is paused. Set MYAGENT_KILL_SWITCH=false to resume."
        })
    );
    // Before hardline, before approval, before caps.
    for verdict in [
        h.shell("rm -rf /", true),
        h.shell("ls", false),
        h.call("send_email", json!({})),
    ] {
        assert_eq!(verdict.status(), "kill_switch_active");
    }
    assert!(h.guard.kill_switch_handle().unwrap().should_skip_tick());
    h.set_env("MYAGENT_KILL_SWITCH", "false");
    assert_eq!(
        h.call("read_file", json!({"path": "README.md"})),
        Verdict::Run
    );
    assert_eq!(h.shell("ls", false), Verdict::Run);
}

#[test]
fn refused_calls_do_not_use_up_a_cap() {
    let h = Harness::new();
    // `run_code` is capped at 20 a day, and it is a command tool here.
    let guard = h.guard.clone().command_tool("run_code", "source");
    let call = |source: &str, confirmed: bool| {
        let args = json!({"source": source, "_confirmed": confirmed});
        ready(guard.check(&ToolCall::new("run_code", &args)))
    };
    for _ in 0..50 {
        assert_eq!(call("rm -rf ~", false).status(), "blocked");
        assert_eq!(
            call("git reset --hard", false).status(),
            "confirmation_required"
        );
    }
    for _ in 0..20 {
        assert_eq!(call("git reset --hard", true), Verdict::Run);
    }
    assert_eq!(call("ls", false).status(), "anomaly_gate_blocked");
}

#[test]
fn the_mode_flips_live_and_manual_mode_asks_for_every_tool() {
    let h = Harness::new();
    assert_eq!(
        h.shell("git push -f", false).status(),
        "confirmation_required"
    );
    let shared = h.guard.mode().clone();
    shared.set(ApprovalMode::Off);
    assert_eq!(h.shell("git push -f", false), Verdict::Run);
    shared.set(ApprovalMode::Manual);
    assert_eq!(
        h.call("search_docs", json!({"q": "refunds"})),
        Verdict::ConfirmationRequired {
            risk: Risk::Low,
            rule: None
        }
    );
    assert_eq!(
        h.call("search_docs", json!({"q": "refunds", "_confirmed": true})),
        Verdict::Run
    );
    assert_eq!(h.shell("ls", false).status(), "confirmation_required");
}

#[test]
fn a_command_tool_without_a_readable_command_asks() {
    let h = Harness::new();
    for args in [
        json!({}),
        json!({"command": 42}),
        json!({"command": ["rm", 1]}),
        Value::Null,
    ] {
        assert_eq!(
            h.call("run_shell", args.clone()),
            Verdict::ConfirmationRequired {
                risk: Risk::High,
                rule: Some(Rule::Unparsed)
            },
            "{args}"
        );
    }
    // An argv array is read word by word.
    assert_eq!(
        h.call("run_shell", json!({"command": ["rm", "-rf", "/"]}))
            .status(),
        "blocked"
    );
    assert_eq!(
        h.call("run_shell", json!({"command": ["echo", "rm -rf /"]})),
        Verdict::Run
    );
}

#[tokio::test]
async fn verdicts_become_http_responses() {
    let h = Harness::new();
    let cases = [
        (h.shell("rm -rf /", false), StatusCode::FORBIDDEN),
        (h.shell("git push --force", false), StatusCode::CONFLICT),
        (h.shell("ls", false), StatusCode::OK),
    ];
    for (verdict, status) in cases {
        // The tool result the model reads, and the HTTP body a client reads:
        // the same fields, under `status` for the one and `error` for the other.
        let mut tool_result: Value = serde_json::from_str(&verdict.to_json()).unwrap();
        let response = verdict.into_response();
        assert_eq!(response.status(), status);
        assert_eq!(response.headers()["content-type"], "application/json");
        let bytes = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .unwrap();
        let body: Value = serde_json::from_slice(&bytes).unwrap();
        if status == StatusCode::OK {
            assert_eq!(body, tool_result);
            continue;
        }
        let id = tool_result["status"].take();
        tool_result.as_object_mut().unwrap().remove("status");
        tool_result["error"] = id;
        assert_eq!(body, tool_result);
    }
    for _ in 0..5 {
        h.call("send_email", json!({}));
    }
    h.clock.advance(Duration::from_secs(600));
    let over = h.call("send_email", json!({})).into_response();
    assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(over.headers()["retry-after"], "3000");
    assert_eq!(
        over.extensions().get::<Rejection>().map(Rejection::reason),
        Some(Reason::AnomalyGateBlocked)
    );
    let over: Value =
        serde_json::from_slice(&axum::body::to_bytes(over.into_body(), 4096).await.unwrap())
            .unwrap();
    assert_eq!(over["error"], "anomaly_gate_blocked");
    assert_eq!(over["tool"], "send_email");
    assert_eq!(over["retry_after_seconds"], 3000);
    h.set_env("MYAGENT_KILL_SWITCH", "on");
    assert_eq!(
        h.call("send_email", json!({})).into_response().status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[test]
fn the_system_prompt_block_names_every_refusal_and_the_confirmation() {
    use agent_hardening::guard::{CONFIRMED_ARGUMENT, TOOL_APPROVAL_POLICY};
    let h = Harness::new();
    // The statuses the guard really answers with, read off its verdicts.
    let asked = ready(h.guard.check(&ToolCall::new(
        "run_shell",
        &json!({"command": "git push --force"}),
    )));
    let blocked = ready(
        h.guard
            .check(&ToolCall::new("run_shell", &json!({"command": "rm -rf /"}))),
    );
    for verdict in [asked, blocked] {
        assert!(
            TOOL_APPROVAL_POLICY.contains(verdict.status()),
            "{}",
            verdict.status()
        );
    }
    for needle in [
        "kill_switch_active",
        "anomaly_gate_blocked",
        "retry_after_seconds",
        CONFIRMED_ARGUMENT,
    ] {
        assert!(TOOL_APPROVAL_POLICY.contains(needle), "{needle}");
    }
}
