//! Programs that run other programs: shells given a `-c` string, a script
//! or stdin; interpreters given inline code or stdin; and the literal text
//! (`echo`, `printf`, `base64 -d`, heredocs) that reaches them, so a script
//! hidden in a pipeline is read like any other.

use super::Rule;
use super::argv::join;
use super::paths::is_root_like;
use super::shell::{Analyzer, Arg, Input, Output};

/// Shells: `-c` strings, script operands and programs read from stdin.
pub(super) const SHELLS: &[&str] = &[
    "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "yash",
];

pub(super) fn is_interpreter(name: &str) -> bool {
    name.starts_with("python")
        || [
            "perl", "ruby", "node", "nodejs", "php", "deno", "pypy", "pypy3",
        ]
        .contains(&name)
}

/// `bash -c STRING`, `bash SCRIPT`, or a shell reading its program from
/// stdin (no operand, `-s`, or `-`).
pub(super) fn shell(an: &mut Analyzer, args: &[Arg], input: &Input) {
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
        program_from_stdin(an, input, true);
        return;
    }
    if command_string {
        if let Some(script) = operand {
            if script.downloads {
                an.hardline(Rule::DownloadAndExecute);
            }
            an.script(&script.text);
        }
        return;
    }
    match operand {
        Some(file) if file.text != "-" => {
            if file.downloads || an.is_downloaded(&file.text) {
                an.hardline(Rule::DownloadAndExecute);
            }
        }
        _ => program_from_stdin(an, input, true),
    }
}

/// A shell or interpreter runs what arrives on stdin.
fn program_from_stdin(an: &mut Analyzer, input: &Input, is_shell: bool) {
    match input {
        Input::Pipe(Output {
            downloads: true, ..
        }) => an.hardline(Rule::DownloadAndExecute),
        Input::Pipe(Output {
            literal: Some(text),
            ..
        })
        | Input::Text(text)
            if is_shell =>
        {
            an.script(text);
        }
        _ => {}
    }
}

/// `python3 -c CODE`, `node -e CODE`, `perl -e CODE`, `php -r CODE`, or a
/// program read from stdin.
pub(super) fn interpreter(an: &mut Analyzer, args: &[Arg], input: &Input) {
    let code_flags = ["-c", "-e", "-E", "-r", "-p", "--eval", "--print"];
    if let Some(pos) = args
        .iter()
        .position(|a| code_flags.contains(&a.text.as_str()))
    {
        if let Some(code) = args.get(pos + 1) {
            interpreter_code(an, &code.text);
        }
        return;
    }
    let operand = args
        .iter()
        .position(|a| !a.text.starts_with('-') || a.text == "-");
    let module = args.iter().any(|a| a.text == "-m");
    match operand.map(|p| &args[p]) {
        _ if module => {}
        None => program_from_stdin(an, input, false),
        Some(a) if a.text == "-" => program_from_stdin(an, input, false),
        // `python3 <(curl ..)`, `curl -o x.py .. && python3 x.py`.
        Some(a) if a.downloads || an.is_downloaded(&a.text) => {
            an.hardline(Rule::DownloadAndExecute)
        }
        Some(_) => {}
    }
}

/// Inline programs that delete the root or shell out to a command that does.
fn interpreter_code(an: &mut Analyzer, code: &str) {
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
            an.hardline(Rule::InterpreterDeletesRoot);
        }
        if spawns {
            an.script(literal);
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

pub(super) fn echo(args: &[Arg]) -> Output {
    let start = args
        .iter()
        .take_while(|a| matches!(a.text.as_str(), "-n" | "-e" | "-E" | "-ne" | "-en"))
        .count();
    literal_output(&args[start..], |s| s.to_owned())
}

pub(super) fn printf(args: &[Arg]) -> Output {
    literal_output(args, |s| s.replace("\\n", "\n").replace("\\t", "\t"))
}

fn literal_output(args: &[Arg], map: impl Fn(&str) -> String) -> Output {
    if args.iter().any(|a| a.dynamic) {
        return Output::default();
    }
    Output {
        downloads: false,
        literal: Some(map(&join(args))),
    }
}

/// `base64 -d` of a known text decodes it here, so `echo <b64> | base64 -d
/// | sh` is read like the script it hides.
pub(super) fn base64(args: &[Arg], input: &Input) -> Output {
    let decodes = args
        .iter()
        .any(|a| ["-d", "--decode", "-D"].contains(&a.text.as_str()));
    let text = match input {
        Input::Pipe(Output {
            literal: Some(t), ..
        })
        | Input::Text(t)
            if decodes =>
        {
            t
        }
        Input::Pipe(Output {
            downloads: true, ..
        }) => {
            return Output {
                downloads: true,
                literal: None,
            };
        }
        _ => return Output::default(),
    };
    Output {
        downloads: false,
        literal: crate::base64::decode(text).and_then(|b| String::from_utf8(b).ok()),
    }
}
