//! Containers: force-removing containers and images.

use super::super::argv::{has_flag, options};
use super::super::command::Arg;
use super::super::context::Context;
use super::super::{Risk, Rule};

/// The checks of `docker` and `podman`.
pub(super) fn check(cx: &mut Context, args: &[Arg]) {
    let start = options(args, "Hc", &["context", "host", "config", "log-level"]);
    let words: Vec<&str> = args[start..].iter().map(|a| a.text.as_str()).collect();
    let removes = match words.as_slice() {
        ["rm" | "rmi", ..] => 1,
        ["container" | "image", "rm", ..] => 2,
        _ => return,
    };
    let rest = &args[start + removes..];
    if has_flag(rest, 'f', "force") {
        cx.risk(Risk::Uncertain, Rule::DockerForceRemove);
    }
}
