//! Files: recursive deletes (`rm`, `find -delete`), writes onto disks and
//! secrets files (`tee`, `cp`, `sed -i`, `truncate`), recursive permission
//! and owner changes, `shred`, and `cd`, which moves where relative
//! targets point.

use super::super::argv::{has_flag, operands};
use super::super::command::{Arg, Input, Invocation, Output};
use super::super::context::Context;
use super::super::paths::{is_disk_device, is_root_like, is_secret_file, is_system_root};
use super::super::{Risk, Rule};
use super::{invocation, targets, write_target};

/// The checks of the file commands.
pub(super) fn check(cx: &mut Context, name: &str, args: &[Arg], inv: &Invocation) {
    match name {
        "cd" | "pushd" => cd(cx, args),
        "rm" => rm(cx, args),
        "find" => find(cx, args),
        "shred"
            if targets(cx, args, is_root_like)
                || operands(args).any(|a| is_disk_device(&a.text)) =>
        {
            cx.hardline(Rule::ShredRoot);
        }
        "chmod" | "chown" | "chgrp"
            if has_flag(args, 'R', "recursive") && targets(cx, args, is_system_root) =>
        {
            cx.hardline(if name == "chmod" {
                Rule::ChmodRecursiveRoot
            } else {
                Rule::ChownRecursiveRoot
            });
        }
        "tee" => {
            let downloads = matches!(
                inv.input,
                Input::Pipe(Output {
                    downloads: true,
                    ..
                })
            );
            for a in operands(args) {
                write_target(cx, &a.text);
                if downloads {
                    cx.record_download(&a.text);
                }
            }
        }
        "cp" | "mv" | "install" | "ln" | "rsync" | "scp" => {
            if let Some(dest) = operands(args).last() {
                write_target(cx, &dest.text);
            }
        }
        "sed" => in_place_edit(cx, args),
        "truncate" if operands(args).any(|a| is_secret_file(&a.text)) => {
            cx.risk(Risk::High, Rule::SecretFileWrite);
        }
        _ => {}
    }
}

/// `sed -i`, `perl -i`: an edit in place of a secrets file.
pub(super) fn in_place_edit(cx: &mut Context, args: &[Arg]) {
    if has_flag(args, 'i', "in-place") && operands(args).any(|a| is_secret_file(&a.text)) {
        cx.risk(Risk::High, Rule::SecretFileWrite);
    }
}

/// Follows `cd` where its target is known; forgets the directory otherwise
/// (`cd "$DIR"`, `cd -`).
fn cd(cx: &mut Context, args: &[Arg]) {
    let target = operands(args).next();
    cx.cwd = match target {
        None => Some("~".to_owned()),
        Some(a) if a.dynamic || a.text == "-" => None,
        Some(a) if a.text.starts_with(['/', '~']) => Some(a.text.clone()),
        Some(a) => cx.cwd.as_ref().map(|cwd| format!("{cwd}/{}", a.text)),
    };
}

pub(super) fn rm(cx: &mut Context, args: &[Arg]) {
    if !has_flag(args, 'r', "recursive") && !has_flag(args, 'R', "recursive") {
        return;
    }
    if targets(cx, args, is_root_like) {
        cx.hardline(Rule::RecursiveDeleteOfRoot);
    } else {
        cx.risk(Risk::High, Rule::RecursiveDelete);
    }
}

fn find(cx: &mut Context, args: &[Arg]) {
    const FILTERS: &[&str] = &[
        "-name",
        "-iname",
        "-path",
        "-ipath",
        "-wholename",
        "-iwholename",
        "-regex",
        "-iregex",
        "-mtime",
        "-mmin",
        "-atime",
        "-amin",
        "-ctime",
        "-cmin",
        "-newer",
        "-size",
        "-user",
        "-group",
        "-uid",
        "-gid",
        "-perm",
        "-empty",
        "-inum",
        "-links",
        "-nouser",
        "-nogroup",
        "-samefile",
        "-lname",
        "-ilname",
    ];
    let starts: Vec<&Arg> = args
        .iter()
        .take_while(|a| !a.text.starts_with('-') && a.text != "(" && a.text != "!")
        .collect();
    let filtered = args.iter().any(|a| FILTERS.contains(&a.text.as_str()));
    // With no filter, a start at the root hands every path under it to
    // `-exec`: `{}` then stands for the whole tree.
    let everything = (!filtered)
        .then(|| starts.iter().find(|a| is_root_like(&cx.resolve(&a.text))))
        .flatten()
        .map(|a| format!("{}/*", cx.resolve(&a.text)));
    let mut i = starts.len();
    let mut deletes = false;
    while let Some(a) = args.get(i) {
        match a.text.as_str() {
            "-exec" | "-execdir" | "-ok" | "-okdir" => {
                let end = args[i + 1..]
                    .iter()
                    .position(|a| a.text == ";" || a.text == "+")
                    .map_or(args.len(), |p| i + 1 + p);
                let mut argv = args[i + 1..end].to_vec();
                if let Some(tree) = &everything {
                    for a in argv.iter_mut().skip(1).filter(|a| a.text == "{}") {
                        a.text.clone_from(tree);
                    }
                }
                invocation(
                    cx,
                    Invocation {
                        argv,
                        ..Invocation::default()
                    },
                );
                i = end;
            }
            "-delete" => deletes = true,
            _ => {}
        }
        i += 1;
    }
    if !deletes {
        return;
    }
    if everything.is_some() {
        cx.hardline(Rule::FindDeleteRoot);
    } else {
        cx.risk(Risk::High, Rule::RecursiveDelete);
    }
}
