//! `check-command`: the approval decision for one command, as the agent's
//! dispatcher would get it, for scripts and for trying rules out.

use agent_hardening::approval::{ApprovalMode, Decision, approve};
use clap::ArgMatches;

pub(crate) fn run(args: &ArgMatches) -> Result<u8, String> {
    let mode: ApprovalMode = super::value(args, "mode")?
        .parse()
        .map_err(|e| format!("--mode: {e}"))?;
    let command = args
        .get_many::<String>("command")
        .map(|words| words.map(String::as_str).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let decision = approve(&command, mode, args.get_flag("confirmed"));
    let json = serde_json::to_string(&decision).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(match decision {
        Decision::Allow => 0,
        Decision::ConfirmationRequired { .. } => 1,
        Decision::Blocked { .. } => 3,
        // A decision this build does not know: not allowed, ask.
        _ => 1,
    })
}
