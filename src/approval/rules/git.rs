//! Git: commands that rewrite remote history or discard work.

use super::super::argv::{has_flag, operands, options};
use super::super::command::Arg;
use super::super::context::Context;
use super::super::{Risk, Rule};

/// The checks of `git`.
pub(super) fn check(cx: &mut Context, args: &[Arg]) {
    let start = options(
        args,
        "Cc",
        &[
            "git-dir",
            "work-tree",
            "namespace",
            "exec-path",
            "config-env",
            "super-prefix",
        ],
    );
    let Some(sub) = args.get(start) else { return };
    let rest = &args[start + 1..];
    match sub.text.as_str() {
        "push" => {
            let forced = rest.iter().take_while(|a| a.text != "--").any(|a| {
                let t = a.text.as_str();
                t.starts_with("--force")
                    || (t.starts_with('-') && !t.starts_with("--") && t.contains('f'))
            });
            let plus_refspec = operands(rest).any(|a| a.text.starts_with('+') && a.text.len() > 1);
            if forced || plus_refspec {
                cx.risk(Risk::High, Rule::GitForcePush);
            }
        }
        "reset" if rest.iter().any(|a| a.text == "--hard") => {
            cx.risk(Risk::High, Rule::GitResetHard)
        }
        "clean" if has_flag(rest, 'f', "force") && !has_flag(rest, 'n', "dry-run") => {
            cx.risk(Risk::High, Rule::GitCleanForce);
        }
        _ => {}
    }
}
