//! Programs that run other programs: shells given a `-c` string, a script
//! or stdin; `eval` and `source`; interpreters given inline code or stdin.
//! The script such a program runs is asked for in the [`Context`], so a
//! script hidden in a pipeline is read like any other.

use super::super::Rule;
use super::super::argv::{has_flag, join};
use super::super::command::{Arg, Input, Output};
use super::super::context::Context;
use super::super::paths::is_root_like;
use super::files::in_place_edit;

/// The checks of a shell, `eval` or `source`.
pub(super) fn check_shell(cx: &mut Context, name: &str, args: &[Arg], input: &Input) {
    match name {
        "eval" => {
            let script = join(args);
            if args.iter().any(|a| a.downloads) {
                cx.hardline(Rule::DownloadAndExecute);
            }
            cx.read_script_here(&script);
        }
        "source" | "." => {
            if args
                .first()
                .is_some_and(|a| a.downloads || cx.is_downloaded(&a.text))
            {
                cx.hardline(Rule::DownloadAndExecute);
            }
        }
        _ => shell(cx, args, input),
    }
}

/// The checks of an interpreter (`python3`, `node`, `perl`, ...).
pub(super) fn check_interpreter(cx: &mut Context, name: &str, args: &[Arg], input: &Input) {
    if name == "perl" && has_flag(args, 'i', "in-place") {
        in_place_edit(cx, args);
    } else {
        interpreter(cx, args, input);
    }
}

/// `bash -c STRING`, `bash SCRIPT`, or a shell reading its program from
/// stdin (no operand, `-s`, or `-`).
fn shell(cx: &mut Context, args: &[Arg], input: &Input) {
    let mut i = 0;
    let mut command_string = false;
    let mut reads_stdin = false;
    while let Some(a) = args.get(i) {
        let t = a.text.as_str();
        if t == "--" {
            i += 1;
            break;
        }
        if ["-o", "+o", "-O", "+O", "--rcfile", "--init-file"].contains(&t) {
            i += 2;
            continue;
        }
        if t.starts_with("--") || (t.len() > 1 && (t.starts_with('-') || t.starts_with('+'))) {
            command_string |= !t.starts_with("--") && t.contains('c');
            reads_stdin |= !t.starts_with("--") && t.starts_with('-') && t.contains('s');
            i += 1;
            continue;
        }
        break;
    }
    let operand = args.get(i);
    if reads_stdin && !command_string {
        // `sh -s -- --yes`: the operands are arguments to a program read
        // from stdin.
        program_from_stdin(cx, input, true);
        return;
    }
    if command_string {
        if let Some(script) = operand {
            if script.downloads {
                cx.hardline(Rule::DownloadAndExecute);
            }
            cx.read_script(&script.text);
        }
        return;
    }
    match operand {
        Some(file) if file.text != "-" => {
            if file.downloads || cx.is_downloaded(&file.text) {
                cx.hardline(Rule::DownloadAndExecute);
            }
        }
        _ => program_from_stdin(cx, input, true),
    }
}

/// A shell or interpreter runs what arrives on stdin.
fn program_from_stdin(cx: &mut Context, input: &Input, is_shell: bool) {
    match input {
        Input::Pipe(Output {
            downloads: true, ..
        }) => cx.hardline(Rule::DownloadAndExecute),
        Input::Pipe(Output {
            literal: Some(text),
            ..
        })
        | Input::Text(text)
            if is_shell =>
        {
            cx.read_script(text);
        }
        _ => {}
    }
}

/// `python3 -c CODE`, `node -e CODE`, `perl -e CODE`, `php -r CODE`, or a
/// program read from stdin.
fn interpreter(cx: &mut Context, args: &[Arg], input: &Input) {
    let code_flags = ["-c", "-e", "-E", "-r", "-p", "--eval", "--print"];
    if let Some(pos) = args
        .iter()
        .position(|a| code_flags.contains(&a.text.as_str()))
    {
        if let Some(code) = args.get(pos + 1) {
            interpreter_code(cx, &code.text);
        }
        return;
    }
    let operand = args
        .iter()
        .position(|a| !a.text.starts_with('-') || a.text == "-");
    let module = args.iter().any(|a| a.text == "-m");
    match operand.map(|p| &args[p]) {
        _ if module => {}
        None => program_from_stdin(cx, input, false),
        Some(a) if a.text == "-" => program_from_stdin(cx, input, false),
        // `python3 <(curl ..)`, `curl -o x.py .. && python3 x.py`.
        Some(a) if a.downloads || cx.is_downloaded(&a.text) => {
            cx.hardline(Rule::DownloadAndExecute)
        }
        Some(_) => {}
    }
}

/// Inline programs that delete the root or shell out to a command that does.
fn interpreter_code(cx: &mut Context, code: &str) {
    const SPAWNS: &[&str] = &[
        "system",
        "exec",
        "popen",
        "spawn",
        "subprocess",
        "check_output",
        "check_call",
        "`",
        "%x",
    ];
    const REMOVES: &[&str] = &[
        "rmtree",
        "rmSync",
        "rm_rf",
        "rm_r",
        "remove_tree",
        "rimraf",
        "rmdirSync",
        "fs.rm(",
    ];
    let spawns = SPAWNS.iter().any(|s| code.contains(s));
    let removes = REMOVES.iter().any(|s| code.contains(s));
    if !spawns && !removes {
        return;
    }
    for literal in string_literals(code) {
        if removes && is_root_like(literal) {
            cx.hardline(Rule::InterpreterDeletesRoot);
        }
        if spawns {
            cx.read_script(literal);
        }
    }
}

/// The contents of `'..'` and `".."` literals in program text.
fn string_literals(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let quote = bytes[i];
        if quote == b'\'' || quote == b'"' || quote == b'`' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != quote {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            let end = j.min(bytes.len());
            if let Some(s) = code.get(start..end) {
                out.push(s);
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}
