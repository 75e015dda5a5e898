//! Disks: writing onto a device (`dd of=`), formatting it (`mkfs` on a
//! device is hardline, elsewhere high), and wiping or repartitioning it.

use super::super::argv::operands;
use super::super::command::Arg;
use super::super::context::Context;
use super::super::paths::is_disk_device;
use super::super::{Risk, Rule};
use super::write_target;

/// The checks of the disk commands.
// Each arm names one program and decides inside it: as guards, a failed
// test would let the program fall through to the formatting arm.
#[allow(clippy::collapsible_match)]
pub(super) fn check(cx: &mut Context, name: &str, args: &[Arg]) {
    match name {
        "dd" => {
            for a in args {
                if let Some(target) = a.text.strip_prefix("of=") {
                    write_target(cx, target);
                }
            }
        }
        "wipefs" | "blkdiscard" | "clear-disk" | "format-volume" | "initialize-disk" => {
            cx.risk(Risk::High, Rule::DiskWipe);
        }
        "sgdisk" => {
            if args
                .iter()
                .any(|a| ["-Z", "--zap-all", "-o", "--clear"].contains(&a.text.as_str()))
            {
                cx.risk(Risk::High, Rule::DiskWipe);
            }
        }
        "diskutil" => {
            let erase = [
                "erasedisk",
                "erasevolume",
                "zerodisk",
                "randomdisk",
                "secureerase",
                "partitiondisk",
                "reformat",
            ];
            if operands(args)
                .next()
                .is_some_and(|a| erase.contains(&a.text.to_ascii_lowercase().as_str()))
            {
                cx.risk(Risk::High, Rule::DiskWipe);
            }
        }
        // Windows `format F:`.
        "format" => {
            if args.iter().any(|a| is_drive_letter(&a.text)) {
                cx.risk(Risk::High, Rule::DiskWipe);
            }
        }
        // `mkfs*`, `newfs*`, `mke2fs`, `mkswap`, `mkdosfs`, `mkntfs`.
        _ => {
            if operands(args).any(|a| is_disk_device(&a.text)) {
                cx.hardline(Rule::MkfsOnDevice);
            } else {
                cx.risk(Risk::High, Rule::DiskWipe);
            }
        }
    }
}

fn is_drive_letter(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}
