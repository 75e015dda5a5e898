//! The signals, one function each: what a registered part's live state
//! reads as, and what a part that is not registered costs. `docs/shield.md`
//! tables every id, its states and their deltas; keep the two in step.

use std::sync::Arc;

use super::attest::Attestation;
use super::cve::{CveSource, CveStatus, STALE_AFTER};
use super::signal::{Severity, Signal};

/// A part's reading, run on every audit. An `Err` (or a panic) is reported
/// as the id's absent state with the error in its detail.
pub(crate) type Probe = Arc<dyn Fn() -> Result<Signal, String> + Send + Sync>;

/// The signal of a part that is not registered.
pub(crate) type Absent = fn() -> Signal;

/// Every signal id, in report order, with its label and the signal of a
/// part that is not registered (or whose source failed).
pub(crate) const IDS: &[(&str, &str, Absent)] = &[
    ("kill-switch", "Kill switch", absent_kill_switch),
    ("llm-api-key", "LLM API key", || {
        unset_llm_key("no key variables registered")
    }),
    ("bearer-token", "Bearer token", absent_bearer),
    ("approval-mode", "Approval mode", absent_approval),
    (
        "dev-mode-bind",
        "Dev mode and bind address",
        absent_dev_mode,
    ),
    (
        "gate-coverage",
        "Untrusted-content gate coverage",
        absent_gate,
    ),
    ("log-redaction", "Log redaction", absent_redaction),
    (
        "subprocess-envs",
        "Child-process environments",
        absent_subprocess,
    ),
    ("hardline-blocklist", "Hardline blocklist", absent_hardline),
    ("csp-status", "Content-Security-Policy", absent_csp),
    ("token-scope-audit", "Token scope audit", || {
        pending("token-scope-audit")
    }),
    ("db-readonly-role", "Read-only database role", || {
        pending("db-readonly-role")
    }),
    ("cve-scan", "Dependency advisories", || {
        cve_signal(&CveStatus::NeverRun).detail("no dependency scanner registered")
    }),
    (
        "csrf-origin-gate",
        "Cross-origin request check",
        absent_origin,
    ),
    ("shared-store", "Shared store across replicas", || {
        signal("shared-store", "not used", 0, Severity::Ok)
            .detail("limits are kept in this process's memory: right for one replica")
    }),
];

/// The label of `id`.
pub(crate) fn label(id: &str) -> &'static str {
    IDS.iter()
        .find(|(name, ..)| *name == id)
        .map_or("", |(_, label, _)| label)
}

/// The signal of `id` when its part is not registered.
pub(crate) fn absent(id: &str) -> Option<Signal> {
    IDS.iter()
        .find(|(name, ..)| *name == id)
        .map(|(_, _, absent)| absent())
}

fn signal(id: &'static str, value: &str, delta: i32, severity: Severity) -> Signal {
    Signal::new(id, label(id), value, delta, severity)
}

fn absent_kill_switch() -> Signal {
    signal("kill-switch", "absent", -20, Severity::Warning)
        .detail("no kill switch is registered: an operator cannot pause the agent")
        .remediation("register the ToolGuard's KillSwitch with the shield")
}

/// `ACTIVE` is critical: the agent is paused, every tool call refused.
pub(crate) fn kill_switch(active: bool, variable: &str) -> Signal {
    if active {
        signal("kill-switch", "ACTIVE", -100, Severity::Critical)
            .detail(format!("the kill switch is on ({variable}): every tool call is refused"))
            .remediation(format!(
                "once the incident is handled, unset {variable} or turn the switch off through the admin route"
            ))
    } else {
        signal("kill-switch", "off", 0, Severity::Ok).detail(format!("read live from {variable}"))
    }
}

/// A shared store that answers is ok; one that does not, or that may
/// evict lock keys early, is a warning: limits are per replica again.
pub(crate) fn shared_store(health: &crate::store::SharedStoreHealth) -> Signal {
    use crate::store::SharedStoreState;
    let backend = health.backend();
    match health.state() {
        SharedStoreState::Degraded => signal("shared-store", "degraded", -15, Severity::Warning)
            .detail(format!(
                "{backend} is not answering ({}): lockouts count per replica, caps follow their failure policy, the kill switch keeps its last value",
                health.last_error().unwrap_or_default()
            ))
            .remediation(format!("bring {backend} back; the store uses it again without a restart")),
        state if health.may_evict() == Some(true) => signal("shared-store", "eviction possible", -5, Severity::Warning)
            .detail(format!(
                "{backend} is {state} but its maxmemory-policy is {}: lock keys can be dropped before their time",
                health.eviction_policy().unwrap_or_default()
            ))
            .remediation("set maxmemory-policy noeviction on the shared store"),
        SharedStoreState::Connecting => signal("shared-store", "connecting", 0, Severity::Info)
            .detail(format!("{backend} has not answered yet")),
        SharedStoreState::Connected => {
            let policy = health
                .eviction_policy()
                .map_or_else(|| "maxmemory-policy unknown".to_owned(), |p| format!("maxmemory-policy {p}"));
            signal("shared-store", "connected", 0, Severity::Ok)
                .detail(format!("lockouts, caps and the kill switch are shared through {backend} ({policy})"))
        }
    }
}

fn unset_llm_key(detail: &str) -> Signal {
    signal("llm-api-key", "unset", -50, Severity::Critical)
        .detail(detail.to_owned())
        .remediation("set the model provider's API key in the service's environment")
}

/// `set` when any of `names` holds a value (never shown).
pub(crate) fn llm_key(names: &[String], lookup: &dyn Fn(&str) -> Option<String>) -> Signal {
    let set: Vec<&str> = names
        .iter()
        .filter(|n| lookup(n).is_some_and(|v| !v.trim().is_empty()))
        .map(String::as_str)
        .collect();
    if set.is_empty() {
        unset_llm_key(&format!("none of {} is set", names.join(", ")))
    } else {
        signal("llm-api-key", "set", 0, Severity::Ok).detail(format!("set: {}", set.join(", ")))
    }
}

fn absent_bearer() -> Signal {
    signal("bearer-token", "unset", -30, Severity::Critical)
        .detail("no auth layer is registered: the API may be open to anyone who reaches it")
        .remediation("put AuthLayer in front of the API and register it with the shield")
}

/// The auth layer holds a current token, and maybe a previous one.
pub(crate) fn bearer(has_previous: bool) -> Signal {
    let detail = if has_previous {
        "the auth layer accepts the current and the previous token (a rotation is under way)"
    } else {
        "the auth layer accepts the current token"
    };
    signal("bearer-token", "set", 0, Severity::Ok).detail(detail)
}

fn absent_approval() -> Signal {
    signal("approval-mode", "absent", -25, Severity::Warning)
        .detail("no approval mode is registered: commands may run unchecked")
        .remediation("run code-execution tools through the ToolGuard and register its mode")
}

/// `smart` is the baseline, `manual` earns a little, `off` costs.
#[cfg(any(feature = "approval", test))]
pub(crate) fn approval(mode: &str) -> Signal {
    match mode {
        "manual" => signal("approval-mode", "manual", 5, Severity::Ok)
            .detail("every command that is not hardline asks a person first"),
        "smart" => signal("approval-mode", "smart", 0, Severity::Ok)
            .detail("risky commands ask a person first; hardline ones are blocked"),
        other => signal("approval-mode", other, -25, Severity::Warning)
            .detail("destructive commands run without asking (hardline ones stay blocked)")
            .remediation("set the approval mode back to smart (PUT /api/admin/approval-mode)"),
    }
}

fn absent_dev_mode() -> Signal {
    signal("dev-mode-bind", "unknown", -5, Severity::Warning)
        .detail("the dev-mode setting and bind address are not registered")
        .remediation("register dev mode and the bind address with the shield")
}

/// Dev mode on a loopback bind is fine for a laptop; on a public one it is
/// an open door.
pub(crate) fn dev_mode(on: bool, bind: &str) -> Signal {
    if !on {
        signal("dev-mode-bind", "off", 0, Severity::Ok).detail(format!("listening on {bind}"))
    } else if crate::startup::is_loopback_bind(bind) {
        signal("dev-mode-bind", "on (localhost-only)", -1, Severity::Info)
            .detail(format!(
                "dev mode on {bind}: debug routes are reachable from this host"
            ))
            .remediation("turn dev mode off outside development")
    } else {
        signal(
            "dev-mode-bind",
            "DANGEROUS - public bind",
            -40,
            Severity::Critical,
        )
        .detail(format!("dev mode on {bind}, reachable from other hosts"))
        .remediation("turn dev mode off, or bind to 127.0.0.1")
    }
}

fn absent_gate() -> Signal {
    signal("gate-coverage", "absent", -20, Severity::Warning)
        .detail("no untrusted-content gate is registered")
        .remediation("pass outside text through a Gate and register it with the shield")
}

/// The most `gate-coverage` costs: every declared source ungated.
pub(crate) const GATE_COVERAGE_WEIGHT: i32 = 20;

/// `covered` of `declared` ingest sources have passed text through the
/// gate: the penalty is the ungated share of [`GATE_COVERAGE_WEIGHT`],
/// rounded.
pub(crate) fn gate_coverage(declared: usize, covered: usize, ungated: &[String]) -> Signal {
    if declared == 0 {
        return signal("gate-coverage", "0/0 paths", -10, Severity::Warning)
            .detail("the gate is registered but declares no ingest sources")
            .remediation("declare the sources outside text enters by (Gate::declare_sources)");
    }
    let missing = declared.saturating_sub(covered);
    let value = format!("{covered}/{declared} paths");
    if missing == 0 {
        return signal("gate-coverage", &value, 0, Severity::Ok)
            .detail("every declared ingest source has passed text through the gate");
    }
    let (missing, declared_i) = (
        i32::try_from(missing).unwrap_or(i32::MAX),
        i32::try_from(declared).unwrap_or(i32::MAX),
    );
    let penalty = (GATE_COVERAGE_WEIGHT * missing + declared_i / 2) / declared_i;
    signal("gate-coverage", &value, -penalty.max(1), Severity::Warning)
        .detail(format!("not yet gated: {}", ungated.join(", ")))
        .remediation("route text from these sources through the gate before the model reads it")
}

fn absent_redaction() -> Signal {
    signal("log-redaction", "absent", -10, Severity::Warning)
        .detail("no redacting log writer is registered: secrets may reach the logs")
        .remediation("install RedactingMakeWriter in the tracing subscriber and register its stats")
}

/// `active` once the redacting writer has written an event.
#[cfg(any(feature = "tracing", test))]
pub(crate) fn log_redaction(events: u64) -> Signal {
    if events == 0 {
        signal("log-redaction", "installed, idle", -10, Severity::Warning)
            .detail("the redacting writer is registered but has written nothing: is it the subscriber's writer?")
            .remediation("pass the registered RedactingMakeWriter to the subscriber")
    } else {
        signal("log-redaction", "active", 0, Severity::Ok).detail(format!(
            "{events} log events written through the redacting writer"
        ))
    }
}

fn absent_subprocess() -> Signal {
    signal("subprocess-envs", "unknown", -5, Severity::Warning)
        .detail("child-process environments are not audited")
        .remediation("register subprocess_envs with the shield and spawn through the presets")
}

/// Every command given a preset; unmanaged spawns or none known warn.
pub(crate) fn subprocess_envs(ledger: &crate::subprocess_env::SpawnLedger) -> Signal {
    let presets = ledger.allow_listed + ledger.full;
    let full = if ledger.full_reasons.is_empty() {
        String::new()
    } else {
        format!("; full environment for: {}", ledger.full_reasons.join("; "))
    };
    if ledger.unmanaged > 0 {
        signal(
            "subprocess-envs",
            &format!("{} without a preset", ledger.unmanaged),
            -5,
            Severity::Warning,
        )
        .detail(format!("{presets} commands through the presets{full}"))
        .remediation("give every child process a SubprocessEnv preset (CommandEnvExt::env_preset)")
    } else if presets == 0 {
        signal("subprocess-envs", "none known", -5, Severity::Warning)
            .detail("no command has been given a preset yet")
            .remediation("spawn child processes through the presets (CommandEnvExt::env_preset)")
    } else {
        signal("subprocess-envs", "presets only", 0, Severity::Ok)
            .detail(format!("{presets} commands through the presets{full}"))
    }
}

fn absent_hardline() -> Signal {
    signal("hardline-blocklist", "missing", -40, Severity::Critical)
        .detail("no hardline blocklist is in force: `rm -rf /` would only be asked about, or run")
        .remediation("build with the approval feature and register the blocklist")
}

/// The hardline rules in force.
#[cfg(any(feature = "approval", test))]
pub(crate) fn hardline(rules: usize) -> Signal {
    signal(
        "hardline-blocklist",
        &format!("{rules} rules"),
        0,
        Severity::Ok,
    )
    .detail("blocked in every mode, whatever a person confirms")
}

fn absent_csp() -> Signal {
    signal("csp-status", "disabled", -20, Severity::Warning)
        .detail("no Content-Security-Policy is sent")
        .remediation("add SecurityHeadersLayer with a Csp and register it with the shield")
}

/// How the headers layer sends the CSP.
pub(crate) fn csp(status: crate::http::headers::CspStatus) -> Signal {
    use crate::http::headers::CspStatus;
    match status {
        CspStatus::Enforcing | CspStatus::EnforcingWithTrial => {
            signal("csp-status", "enforcing", 0, Severity::Ok).detail("violations are blocked")
        }
        CspStatus::ReportOnly => signal("csp-status", "report-only", -10, Severity::Info)
            .detail("violations are reported, not blocked")
            .remediation("enforce the policy once the reports are clean"),
        _ => absent_csp(),
    }
}

fn pending(id: &'static str) -> Signal {
    let what = if id == "token-scope-audit" {
        "the scopes of the agent's tokens"
    } else {
        "the database role the agent connects as"
    };
    signal(id, "pending", -3, Severity::Info)
        .detail(format!(
            "nobody has attested {what}, or the attestation expired"
        ))
        .remediation("review it and record an attestation (who;why;YYYY-MM-DD)")
}

/// A current attestation is `audited` (token scopes) or `active` (the
/// database role); an expired one is pending again.
pub(crate) fn attestation(id: &'static str, attestation: &Attestation) -> Signal {
    if !attestation.is_current() {
        return pending(id).detail(format!("expired: {attestation}"));
    }
    let value = if id == "token-scope-audit" {
        "audited"
    } else {
        "active"
    };
    signal(id, value, 0, Severity::Ok).detail(attestation.to_string())
}

/// The database role as the database showed it: `verified`, or
/// `WRITABLE` (critical: the agent's database tool can change data).
#[cfg(feature = "postgres")]
pub(crate) fn db_verified(verdict: &super::db_role::ReadonlyVerdict) -> Signal {
    if verdict.is_read_only() {
        signal("db-readonly-role", "verified", 0, Severity::Ok).detail(verdict.to_string())
    } else {
        signal("db-readonly-role", "WRITABLE", -25, Severity::Critical)
            .detail(verdict.to_string())
            .remediation("give the agent's tool a role made with docs/sql/readonly-role.sql (docs/db-readonly-role.md)")
    }
}

/// Most `cve-scan` costs for vulnerable packages.
const CVE_CAP: i32 = 25;

/// The latest scan's state.
pub(crate) fn cve_signal(status: &CveStatus) -> Signal {
    match status {
        CveStatus::NeverRun => signal("cve-scan", "never run", -5, Severity::Warning)
            .detail("the dependencies have not been scanned")
            .remediation("scan the lockfile against an advisory database and register the scanner"),
        CveStatus::Clean { age } if *age > STALE_AFTER => {
            signal("cve-scan", "stale (>14d)", -5, Severity::Info)
                .detail(format!(
                    "the last scan, {} days ago, was clean",
                    age.as_secs() / 86_400
                ))
                .remediation("refresh the advisory database and scan again")
        }
        CveStatus::Clean { .. } => {
            signal("cve-scan", "clean", 0, Severity::Ok).detail("no known advisory")
        }
        CveStatus::Vulnerable {
            packages,
            advisories,
            ..
        } => {
            let packages_i = i32::try_from(*packages).unwrap_or(i32::MAX);
            signal(
                "cve-scan",
                &format!("{advisories} CVEs"),
                -(5i32.saturating_mul(packages_i)).min(CVE_CAP),
                Severity::Warning,
            )
            .detail(format!("{packages} packages with known advisories"))
            .remediation("upgrade to the patched versions the report names")
        }
        CveStatus::Error { message } => signal("cve-scan", "scanner error", -10, Severity::Warning)
            .detail(message.clone())
            .remediation("fix the scanner's configuration (advisory database path, lockfile)"),
    }
}

/// The latest scan read from `source`.
pub(crate) fn cve(source: &dyn CveSource) -> Signal {
    cve_signal(&source.latest())
}

fn absent_origin() -> Signal {
    signal("csrf-origin-gate", "absent", -10, Severity::Warning)
        .detail("no cross-origin check on state-changing requests")
        .remediation("add OriginCheckLayer and register it with the shield")
}

/// The origin check is in the stack.
pub(crate) fn origin(trusted: usize) -> Signal {
    signal("csrf-origin-gate", "present", 0, Severity::Ok).detail(format!(
        "cross-origin state-changing requests are refused ({trusted} origins trusted besides the server's own)"
    ))
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use proptest::prelude::*;

    use super::*;
    use crate::audit::score::{Color, Report};
    use crate::http::headers::CspStatus;

    /// Every state each signal can read, from its own functions.
    fn states() -> Vec<Vec<Signal>> {
        let id_absent = |id: &str| absent(id).into_iter().collect::<Vec<_>>();
        let ledger = |allow_listed, full, unmanaged| crate::subprocess_env::SpawnLedger {
            allow_listed,
            full,
            full_reasons: Vec::new(),
            unmanaged,
        };
        let attested = crate::audit::Attestation::new("Dana", "reviewed", "2099-01-01").unwrap();
        let expired = crate::audit::Attestation::new("Dana", "reviewed", "2001-01-01").unwrap();
        let day = Duration::from_secs(86_400);
        let mut all = vec![
            [kill_switch(false, "X"), kill_switch(true, "X")]
                .into_iter()
                .chain(id_absent("kill-switch"))
                .collect(),
            [
                llm_key(&["K".to_owned()], &|_| Some("v".to_owned())),
                llm_key(&["K".to_owned()], &|_| None),
            ]
            .into_iter()
            .chain(id_absent("llm-api-key"))
            .collect(),
            vec![bearer(false), bearer(true), absent_bearer()],
            ["manual", "smart", "off"]
                .map(approval)
                .into_iter()
                .chain(id_absent("approval-mode"))
                .collect(),
            vec![
                dev_mode(false, "0.0.0.0:80"),
                dev_mode(true, "127.0.0.1:80"),
                dev_mode(true, "0.0.0.0:80"),
                absent_dev_mode(),
            ],
            vec![log_redaction(3), log_redaction(0), absent_redaction()],
            vec![
                subprocess_envs(&ledger(2, 0, 0)),
                subprocess_envs(&ledger(0, 0, 0)),
                subprocess_envs(&ledger(2, 1, 1)),
                absent_subprocess(),
            ],
            vec![hardline(10), absent_hardline()],
            vec![
                csp(CspStatus::Enforcing),
                csp(CspStatus::ReportOnly),
                csp(CspStatus::Disabled),
                absent_csp(),
            ],
            vec![
                attestation("token-scope-audit", &attested),
                attestation("token-scope-audit", &expired),
                pending("token-scope-audit"),
            ],
            db_role_states(&attested, &expired),
            vec![origin(0), absent_origin()],
            shared_store_states(),
        ];
        let mut gate: Vec<Signal> = (1..=5usize)
            .flat_map(|declared| {
                (0..=declared).map(move |covered| gate_coverage(declared, covered, &[]))
            })
            .collect();
        gate.push(gate_coverage(0, 0, &[]));
        gate.extend(id_absent("gate-coverage"));
        all.push(gate);
        let mut cve: Vec<Signal> = [
            CveStatus::NeverRun,
            CveStatus::Clean { age: day },
            CveStatus::Clean { age: day * 30 },
            CveStatus::Error {
                message: "no database".into(),
            },
        ]
        .iter()
        .map(cve_signal)
        .collect();
        cve.extend((1..=8).map(|packages| {
            cve_signal(&CveStatus::Vulnerable {
                packages,
                advisories: packages,
                age: day,
            })
        }));
        all.push(cve);
        // Best first: a higher delta, then a lower severity.
        for states in &mut all {
            states.sort_by(|a, b| b.delta.cmp(&a.delta).then(a.severity.cmp(&b.severity)));
        }
        all
    }

    /// Every state of `db-readonly-role`: attested, verified by the
    /// database (feature `postgres`), or neither.
    fn db_role_states(attested: &Attestation, expired: &Attestation) -> Vec<Signal> {
        #[allow(unused_mut)]
        let mut states = vec![
            attestation("db-readonly-role", attested),
            attestation("db-readonly-role", expired),
            pending("db-readonly-role"),
        ];
        #[cfg(feature = "postgres")]
        {
            use crate::audit::db_role::ReadonlyVerdict;
            let verdict = |insert_refused: bool| ReadonlyVerdict {
                role: "agent_readonly".into(),
                probed_table: Some("public.customers".into()),
                select_works: true,
                refused: vec![("insert", insert_refused), ("create_table", true)],
                writable_tables: Vec::new(),
                connection_limit: 5,
                statement_timeout: "30s".into(),
            };
            states.push(db_verified(&verdict(true)));
            states.push(db_verified(&verdict(false)));
            assert_eq!(states[3].value, "verified");
            assert_eq!(states[4].value, "WRITABLE");
            assert!(
                states[4].detail.contains("allowed insert"),
                "{}",
                states[4].detail
            );
        }
        states
    }

    /// Every state of `shared-store`, from stores in each state.
    fn shared_store_states() -> Vec<Signal> {
        use crate::store::SharedStoreHealth;
        let connecting = SharedStoreHealth::new("redis");
        let connected = SharedStoreHealth::new("redis");
        connected.answered();
        connected.set_eviction_policy(Some("noeviction".into()));
        let evicting = SharedStoreHealth::new("redis");
        evicting.answered();
        evicting.set_eviction_policy(Some("allkeys-lru".into()));
        let degraded = SharedStoreHealth::new("redis");
        degraded.failed("cap-check", "refuse", "timed out");
        let mut states: Vec<Signal> = [connecting, connected, evicting, degraded]
            .iter()
            .map(shared_store)
            .collect();
        states.extend(absent("shared-store"));
        let values: Vec<&str> = states.iter().map(|s| s.value.as_str()).collect();
        assert_eq!(
            values,
            [
                "connecting",
                "connected",
                "eviction possible",
                "degraded",
                "not used"
            ]
        );
        states
    }

    #[test]
    fn every_id_has_states_and_each_list_worsens_in_both_ways() {
        let all = states();
        for (id, ..) in IDS {
            assert!(all.iter().any(|s| s[0].name == *id), "{id} has no states");
        }
        for states in &all {
            for pair in states.windows(2) {
                assert!(
                    pair[1].severity >= pair[0].severity,
                    "{} {} -> {}: a lower delta with a lower severity",
                    pair[0].name,
                    pair[0].value,
                    pair[1].value
                );
            }
        }
    }

    proptest! {
        /// Making any one signal worse never raises the score or improves
        /// the colour.
        #[test]
        fn a_worse_signal_never_raises_the_score_or_improves_the_colour(
            picks in proptest::collection::vec(0usize..64, IDS.len()),
            which in 0usize..IDS.len(),
            step in 1usize..8,
        ) {
            let all = states();
            let chosen: Vec<usize> = all
                .iter()
                .zip(&picks)
                .map(|(states, pick)| pick % states.len())
                .collect();
            let report = |chosen: &[usize]| {
                let signals = all.iter().zip(chosen).map(|(s, &i)| s[i].clone()).collect();
                Report::new(signals, SystemTime::UNIX_EPOCH)
            };
            let before = report(&chosen);
            let mut worse = chosen.clone();
            let index = which % all.len();
            worse[index] = (worse[index] + step).min(all[index].len() - 1);
            let after = report(&worse);
            prop_assert!(after.score <= before.score);
            prop_assert!(after.color >= before.color);
            let sum: i32 = 100 + after.signals.iter().map(|s| s.delta).sum::<i32>();
            prop_assert_eq!(i32::from(after.score), sum.clamp(0, 100));
            prop_assert_eq!(
                after.color == Color::Red,
                after.score < 60 || after.critical().next().is_some()
            );
        }
    }
}
