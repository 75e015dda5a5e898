//! Processes: signals that give a process no chance to clean up.

use super::super::command::Arg;
use super::super::context::Context;
use super::super::{Risk, Rule};

/// The checks of `kill`, `pkill` and `killall`.
pub(super) fn check(cx: &mut Context, args: &[Arg]) {
    if sends_sigkill(args) {
        cx.risk(Risk::Uncertain, Rule::KillNine);
    }
}

fn sends_sigkill(args: &[Arg]) -> bool {
    let is_kill = |s: &str| {
        let s = s.to_ascii_uppercase();
        s == "9" || s == "KILL" || s == "SIGKILL"
    };
    args.iter().enumerate().any(|(i, a)| {
        let t = a.text.as_str();
        if t == "-s" || t == "-n" || t == "--signal" {
            return args.get(i + 1).is_some_and(|v| is_kill(&v.text));
        }
        if let Some(v) = t.strip_prefix("--signal=") {
            return is_kill(v);
        }
        t.strip_prefix('-').is_some_and(is_kill)
    })
}
