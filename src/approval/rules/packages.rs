//! Packages: publishing to a registry.

use super::super::argv::operands;
use super::super::command::Arg;
use super::super::context::Context;
use super::super::{Risk, Rule};

/// The checks of a package manager: `npm publish`, `gem push`, `twine
/// upload`.
pub(super) fn check(cx: &mut Context, name: &str, args: &[Arg]) {
    let publishes = match name {
        "gem" | "twine" | "dotnet" => args.iter().any(|a| a.text == "push" || a.text == "upload"),
        _ => operands(args).next().is_some_and(|a| a.text == "publish"),
    };
    if publishes {
        cx.risk(Risk::Uncertain, Rule::PackagePublish);
    }
}
