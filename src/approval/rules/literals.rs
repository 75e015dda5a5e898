//! Programs whose output is known text: `echo` and `printf` of literals,
//! `base64 -d` of a known text, `cat` of a heredoc. What they print may be
//! a script piped into a shell (`echo .. | base64 -d | sh`), which is then
//! read like any other.

use super::super::argv::join;
use super::super::command::{Arg, Input, Output};

/// What the program writes to standard output, as far as it is known.
pub(super) fn check(name: &str, args: &[Arg], input: &Input) -> Output {
    match name {
        "echo" => echo(args),
        "printf" => printf(args),
        "base64" => base64(args, input),
        // `cat` of a heredoc or here-string.
        _ => match input {
            Input::Text(text) if args.is_empty() => Output {
                downloads: false,
                literal: Some(text.clone()),
                ..Output::default()
            },
            _ => Output::default(),
        },
    }
}

fn echo(args: &[Arg]) -> Output {
    let start = args
        .iter()
        .take_while(|a| matches!(a.text.as_str(), "-n" | "-e" | "-E" | "-ne" | "-en"))
        .count();
    literal_output(&args[start..], |s| s.to_owned())
}

fn printf(args: &[Arg]) -> Output {
    literal_output(args, |s| s.replace("\\n", "\n").replace("\\t", "\t"))
}

fn literal_output(args: &[Arg], map: impl Fn(&str) -> String) -> Output {
    if args.iter().any(|a| a.dynamic) {
        return Output::default();
    }
    Output {
        downloads: false,
        literal: Some(map(&join(args))),
        ..Output::default()
    }
}

/// `base64 -d` of a known text decodes it here, so `echo <b64> | base64 -d
/// | sh` is read like the script it hides.
fn base64(args: &[Arg], input: &Input) -> Output {
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
                ..Output::default()
            };
        }
        _ => return Output::default(),
    };
    Output {
        downloads: false,
        literal: crate::base64::decode(text).and_then(|b| String::from_utf8(b).ok()),
        ..Output::default()
    }
}
