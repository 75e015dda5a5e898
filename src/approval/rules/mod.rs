//! The rules: what each simple command sets off, after its wrappers are
//! stripped. [`invocation`] reads what every command shares (redirections,
//! a download piped in, words that mention production or secrets, the
//! wrappers in front), then hands the command to the family of rules its
//! program belongs to (see [`super::catalog`]). Each family is a file.
//!
//! Rules write their findings to the [`Context`]; a script a command runs
//! in turn is asked for there and read by the analyser afterwards.

mod containers;
mod disks;
mod exfiltration;
mod files;
mod git;
mod literals;
mod network;
mod packages;
mod processes;
mod shells;
mod sql;

use std::sync::LazyLock;

use regex::Regex;

use super::argv::{Unwrapped, Xargs, operands, unwrap};
use super::catalog::{self, Family};
use super::command::{Arg, Input, Invocation, Output, Redirect};
use super::context::Context;
use super::paths::{basename, brace_alternatives, is_disk_device, is_env_file, is_secret_file};
use super::{Risk, Rule};

/// `prod` or `production` as a word of its own (`prod-eu`, `--prod`,
/// `env=production`), not inside a longer name (`production_ready`).
static PRODUCTION: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)] // a literal pattern, covered by tests
    Regex::new(r"(?i)(?:^|[^a-z0-9_])prod(?:uction)?(?:$|[^a-z0-9_])").unwrap()
});

/// Every check of one simple command. Returns what it writes to stdout as
/// far as that is known, for the next stage of a pipeline.
pub(super) fn invocation(cx: &mut Context, inv: Invocation) -> Output {
    let (unwrapped, carries_secret) = shared(cx, &inv);
    let mut out = match unwrapped {
        Unwrapped::Runs { start, xargs } => program(cx, &inv, start, xargs),
        Unwrapped::HandedOn { .. } => Output::default(),
    };
    out.secret |= carries_secret;
    out
}

/// The checks every command shares, before its program's own: its
/// redirections, a download piped in, words that mention production or
/// secrets, the wrappers in front and what it reads and sends. Returns
/// where the wrapped command starts and whether the command's output
/// carries a secret.
fn shared(cx: &mut Context, inv: &Invocation) -> (Unwrapped, bool) {
    redirects(cx, &inv.redirects);
    let piped_download = matches!(
        inv.input,
        Input::Pipe(Output {
            downloads: true,
            ..
        })
    );
    if piped_download {
        // `curl .. | cat > i.sh`: the file holds the download.
        for r in inv.redirects.iter().filter(|r| r.writes) {
            cx.record_download(&r.target.text);
        }
    }
    for arg in &inv.argv {
        mentions(cx, &arg.text);
    }
    if piped_download {
        cx.risk(Risk::Uncertain, Rule::DownloadPiped);
    }
    let unwrapped = unwrap(cx, &inv.argv);
    let at = match &unwrapped {
        Unwrapped::Runs { start, .. } => *start,
        Unwrapped::HandedOn { at } => *at,
    };
    let carries_secret = exfiltration::check(cx, inv, at);
    (unwrapped, carries_secret)
}

/// The checks of the program that runs once the wrappers are stripped,
/// by the family the catalog puts it in.
fn program(cx: &mut Context, inv: &Invocation, start: usize, xargs: Option<Xargs>) -> Output {
    let fed;
    let argv = match xargs {
        Some(xargs) => {
            fed = xargs.feed(&inv.argv[start..], &inv.input);
            fed.as_slice()
        }
        None => &inv.argv[start..],
    };
    let Some(first) = argv.first() else {
        return Output::default();
    };
    let args = &argv[1..];
    if first.text.contains('/') && cx.is_downloaded(&first.text) {
        cx.hardline(Rule::DownloadAndExecute);
    }
    if first.dynamic {
        // `$(echo rm) -rf /`, `$CMD -rf /`: the name is only known at run
        // time, so the arguments are read as `rm`'s.
        cx.risk(Risk::Uncertain, Rule::DynamicCommand);
        files::rm(cx, args);
        return Output::default();
    }
    let name = basename(&first.text).to_ascii_lowercase();
    let name = name.as_str();
    let Some(entry) = catalog::lookup(name) else {
        return Output::default();
    };
    match entry.family {
        Family::Files => files::check(cx, name, args, inv),
        Family::Disks => disks::check(cx, name, args),
        Family::Git => git::check(cx, args),
        Family::Sql => sql::check(cx, args, &inv.input),
        Family::Network => return network::check(cx, name, args, &inv.redirects),
        Family::Packages => packages::check(cx, name, args),
        Family::Containers => containers::check(cx, name, args),
        Family::Processes => processes::check(cx, args),
        Family::Shells => shells::check_shell(cx, name, args, &inv.input),
        Family::Interpreters => shells::check_interpreter(cx, name, args, &inv.input),
        Family::Literals => return literals::check(name, args, &inv.input),
        // `unwrap` stripped every wrapper it could read; one left here
        // only looks a name up or was handed to a nested script.
        Family::Wrapper => {}
    }
    Output::default()
}

/// Redirections onto disks and secret files.
pub(super) fn redirects(cx: &mut Context, redirects: &[Redirect]) {
    for r in redirects {
        mentions(cx, &r.target.text);
        if r.writes {
            write_target(cx, &r.target.text);
        }
    }
}

/// A file written: a disk device is hardline, a secrets file high.
fn write_target(cx: &mut Context, path: &str) {
    if is_disk_device(path) {
        cx.hardline(Rule::WriteToDisk);
    } else if is_secret_file(path) {
        cx.risk(Risk::High, Rule::SecretFileWrite);
    }
}

/// Words that make any command worth a second look.
fn mentions(cx: &mut Context, text: &str) {
    if text.len() >= 4 && PRODUCTION.is_match(text) {
        cx.risk(Risk::Uncertain, Rule::Production);
    }
    if text.contains(".env") && text.split(['=', ' ', ':', ',']).any(is_env_file) {
        cx.risk(Risk::Uncertain, Rule::EnvFile);
    }
}

/// Whether any operand, after brace expansion and against the working
/// directory, is a path `hits` accepts.
fn targets(cx: &Context, args: &[Arg], hits: fn(&str) -> bool) -> bool {
    operands(args).any(|a| {
        brace_alternatives(&a.text)
            .iter()
            .any(|t| hits(&cx.resolve(t)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn production_is_a_word_not_a_prefix() {
        for t in [
            "prod",
            "prod-eu",
            "--prod",
            "env=production",
            "s3://site-production",
            "deploy/prod.yaml",
            "migrate:prod",
        ] {
            assert!(PRODUCTION.is_match(t), "{t}");
        }
        for t in [
            "production_ready",
            "product",
            "products",
            "reproduce",
            "prodigy",
        ] {
            assert!(!PRODUCTION.is_match(t), "{t}");
        }
    }
}
