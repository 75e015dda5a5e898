//! Exfiltration: a secret read and sent to the network in one command.
//!
//! A hijacked agent's first move is to ship a private key or the cloud
//! credentials to a host it controls (`cat ~/.ssh/id_rsa | curl -d @-
//! https://..`). Which host is the attacker's cannot be known from the
//! command, so the shape is what counts: a secret reaches a program that
//! talks to the network (the catalog's `network` column, or a redirection
//! onto bash's `/dev/tcp`). The secret may come in on a pipe (through any
//! filters), from a file the sender uploads (`curl -d @f`, `-F x=@f`, `-T
//! f`, `wget --post-file`, `scp`/`rsync` to a remote), from a redirection
//! or here-string, or inside an argument (`curl ../$(base64 <
//! ~/.aws/credentials)`, a variable assigned from a secret, a DNS name
//! built from one). That is [`Rule::SecretExfiltration`], high.
//!
//! Uploading a file that is not a secret to somewhere other than this
//! machine is [`Rule::FileUpload`]; reading or listing a secret alone is
//! [`Rule::SecretFileRead`]; both are uncertain.
//!
//! Not hardline: moving keys to a new machine (`rsync ~/.ssh/ laptop:`) or
//! restoring credentials from a backup host are real chores, and a hardline
//! block has no escape hatch. A person confirms instead.

use super::super::argv::operands;
use super::super::catalog;
use super::super::command::{Arg, Input, Invocation, Output};
use super::super::context::Context;
use super::super::paths::{basename, brace_alternatives, is_secret_source, is_socket};
use super::super::{Risk, Rule};

/// Programs that name key files to use them, not to print them (`ssh-add
/// ~/.ssh/id_ed25519`, `chmod 600 ~/.ssh/id_rsa`), or only print the name.
const USES_KEYS: &[&str] = &[
    "ssh-add",
    "ssh-keygen",
    "ssh-copy-id",
    "chmod",
    "chown",
    "chgrp",
    "touch",
    "mkdir",
    "rm",
    "echo",
    "printf",
];

/// Options whose value names a key or a file a program uses to connect
/// (`ssh -i key`, `curl --cert c --key k`, `rsync -e 'ssh -i key'`), not
/// one it sends.
const KEY_OPTIONS: &[&str] = &[
    "-i",
    "-F",
    "-o",
    "-e",
    "-E",
    "--key",
    "--cert",
    "--cacert",
    "--identity",
    "--rsh",
    "--netrc-file",
];

/// Reads what the command at `argv[at..]` reads and sends. Returns whether
/// its output carries a secret, for the next stage of a pipeline.
pub(super) fn check(cx: &mut Context, inv: &Invocation, at: usize) -> bool {
    let argv = inv.argv.get(at..).unwrap_or_default();
    let name = argv
        .first()
        .filter(|a| !a.dynamic)
        .map(|a| basename(&a.text).to_ascii_lowercase())
        .unwrap_or_default();
    let args = argv.get(1..).unwrap_or_default();
    let network = catalog::lookup(&name).is_some_and(|e| e.network);
    let remote = network && remote_destination(&name, args);

    let piped = matches!(inv.input, Input::Pipe(Output { secret: true, .. }));
    let fed = inv.secret_input
        || inv
            .redirects
            .iter()
            .any(|r| !r.writes && is_secret_source(&cx.resolve(&r.target.text)));
    let in_words = inv.argv.iter().any(|a| a.secret);
    // A network client's operands are hosts and URLs, and a remote
    // command's words are the other machine's; `scp` and `rsync` name
    // local files.
    let reads_files = !network || matches!(name.as_str(), "scp" | "rsync" | "sftp");
    let named = reads_files
        && !USES_KEYS.contains(&name.as_str())
        && read_operands(&name, args).any(|a| secret_path(cx, &a.text));
    if named || (fed && !piped) {
        cx.risk(Risk::Uncertain, Rule::SecretFileRead);
    }
    let carries = piped || fed || in_words || named || dumps_environment(&name, args);

    let to_socket = inv
        .redirects
        .iter()
        .any(|r| r.writes && is_socket(&r.target.text));
    let sends = to_socket || (network && !matches!(name.as_str(), "scp" | "rsync")) || remote;
    if !sends {
        return carries;
    }
    let uploads = uploaded_files(&name, args, remote);
    if carries || uploads.iter().any(|f| secret_path(cx, f)) {
        cx.risk(Risk::High, Rule::SecretExfiltration);
    } else if !uploads.is_empty() && !to_loopback(args) {
        cx.risk(Risk::Uncertain, Rule::FileUpload);
    } else if name != "ssh"
        && !to_loopback(args)
        && inv
            .redirects
            .iter()
            .any(|r| !r.writes && !r.target.text.starts_with("/dev/"))
    {
        // `nc host 9000 < dump.sql`
        cx.risk(Risk::Uncertain, Rule::FileUpload);
    }
    carries
}

/// Whether `path`, after brace expansion and against the working
/// directory, is a secret.
fn secret_path(cx: &Context, path: &str) -> bool {
    if !path.contains('{') {
        return is_secret_source(&cx.resolve(path));
    }
    brace_alternatives(path)
        .iter()
        .any(|p| is_secret_source(&cx.resolve(p)))
}

/// The operands a program reads as files: option values that name keys it
/// connects with are left out, and so are remote paths (`host:~/.ssh/x`
/// is the other machine's).
fn read_operands<'a>(name: &str, args: &'a [Arg]) -> impl Iterator<Item = &'a Arg> {
    let copies = matches!(name, "scp" | "rsync" | "sftp");
    let mut after_dashes = false;
    args.iter()
        .enumerate()
        .filter(move |(i, a)| {
            if !after_dashes {
                if a.text == "--" {
                    after_dashes = true;
                    return false;
                }
                let option = a.text.starts_with('-') && a.text.len() > 1;
                let key = i
                    .checked_sub(1)
                    .is_some_and(|p| KEY_OPTIONS.contains(&args[p].text.as_str()));
                if option || key {
                    return false;
                }
            }
            !(copies && is_remote(&a.text))
        })
        .map(|(_, a)| a)
}

/// `host:path`, `user@host:path`, `rsync://..`: a path on another machine.
fn is_remote(operand: &str) -> bool {
    if operand.contains("://") {
        return !operand.starts_with("file://");
    }
    match operand.find(':') {
        Some(colon) => {
            let host = &operand[..colon];
            !host.is_empty() && !host.contains('/')
        }
        None => false,
    }
}

/// `scp`/`rsync` whose last operand is on another machine: every other
/// operand is uploaded there.
fn remote_destination(name: &str, args: &[Arg]) -> bool {
    matches!(name, "scp" | "rsync")
        && operands(args).last().is_some_and(|a| is_remote(&a.text))
        && read_operands(name, args).next().is_some()
}

/// The files a sender uploads: `curl -d @f`, `--data-binary @f`, `-F
/// x=@f`/`x=<f`, `-T f`, `--json @f`; `wget --post-file f`/`--body-file`;
/// HTTPie's `field@f` and `field=@f`; the local sources of `scp`/`rsync`
/// to a remote. Standard input (`@-`, `-T -`) is not a file here: what it
/// carries is known from the pipe.
fn uploaded_files(name: &str, args: &[Arg], remote: bool) -> Vec<String> {
    let mut files = Vec::new();
    match name {
        "curl" => {
            let mut i = 0;
            while let Some(a) = args.get(i) {
                let (option, value) = option_and_value(args, &mut i, a);
                if let Some(value) = value {
                    let file = match option {
                        "-d" | "--data" | "--data-binary" | "--data-ascii" | "--json"
                        | "--data-urlencode" => value
                            .split_once('@')
                            .filter(|(field, _)| option == "--data-urlencode" || field.is_empty())
                            .map(|(_, f)| f),
                        "-F" | "--form" => value
                            .split_once("=@")
                            .or_else(|| value.split_once("=<"))
                            .map(|(_, f)| f.split(';').next().unwrap_or(f)),
                        "-T" | "--upload-file" => Some(value),
                        _ => None,
                    };
                    files.extend(file.filter(|f| *f != "-" && *f != ".").map(str::to_owned));
                }
                i += 1;
            }
        }
        "wget" => {
            let mut i = 0;
            while let Some(a) = args.get(i) {
                let (option, value) = option_and_value(args, &mut i, a);
                if matches!(option, "--post-file" | "--body-file") {
                    files.extend(
                        value
                            .filter(|f| !f.starts_with("/dev/std"))
                            .map(str::to_owned),
                    );
                }
                i += 1;
            }
        }
        "http" | "https" | "xh" => {
            for a in operands(args).filter(|a| !a.text.contains("://")) {
                if let Some((_, file)) = a.text.split_once("=@").or_else(|| a.text.split_once('@'))
                {
                    files.push(file.to_owned());
                }
            }
        }
        "scp" | "rsync" if remote => {
            let sources: Vec<&Arg> = read_operands(name, args).collect();
            files.extend(sources.iter().map(|a| a.text.clone()));
        }
        _ => {}
    }
    files
}

/// The option at `args[*i]` and its value, from the same word (`-d@f`,
/// `--data=@f`) or the next (`-d @f`, advancing `i`).
fn option_and_value<'a>(args: &'a [Arg], i: &mut usize, a: &'a Arg) -> (&'a str, Option<&'a str>) {
    const TAKES_VALUE: &[&str] = &[
        "-d",
        "--data",
        "--data-binary",
        "--data-ascii",
        "--data-urlencode",
        "--json",
        "-F",
        "--form",
        "-T",
        "--upload-file",
        "--post-file",
        "--body-file",
    ];
    let t = a.text.as_str();
    if TAKES_VALUE.contains(&t) {
        *i += 1;
        return (t, args.get(*i).map(|v| v.text.as_str()));
    }
    if let Some((option, value)) = t.split_once('=').filter(|(o, _)| o.starts_with("--")) {
        return (option, Some(value));
    }
    for short in ["-d", "-F", "-T"] {
        if let Some(value) = t.strip_prefix(short).filter(|v| !v.is_empty()) {
            return (short, Some(value));
        }
    }
    (t, None)
}

/// The whole environment printed (`env` and `printenv` with no names,
/// `set`, `export -p`, `declare -x`), or the shell's history.
fn dumps_environment(name: &str, args: &[Arg]) -> bool {
    let no_operands = || operands(args).next().is_none();
    match name {
        "env" => args
            .iter()
            .all(|a| a.text.starts_with('-') || a.text.contains('=')),
        "printenv" | "set" => no_operands(),
        // The shell's history, where pasted tokens end up.
        "history" => operands(args).all(|a| a.text.bytes().all(|b| b.is_ascii_digit())),
        "export" | "declare" | "typeset" => {
            no_operands()
                && args
                    .iter()
                    .all(|a| matches!(a.text.as_str(), "-p" | "-x" | "-px" | "-xp"))
        }
        _ => false,
    }
}

/// Whether the destination is this machine (`localhost`, `127.0.0.1`,
/// `[::1]`): a file posted to a local dev server does not leave it.
fn to_loopback(args: &[Arg]) -> bool {
    const LOCAL: &[&str] = &["localhost", "127.0.0.1", "[::1]", "0.0.0.0"];
    let destinations: Vec<&str> = operands(args)
        .map(|a| a.text.as_str())
        .filter(|t| t.contains("://") || is_remote(t) || LOCAL.iter().any(|l| t.starts_with(l)))
        .collect();
    !destinations.is_empty()
        && destinations.iter().all(|t| {
            let host = t.split_once("://").map_or(*t, |(_, rest)| rest);
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            LOCAL.iter().any(|l| {
                host.strip_prefix(l)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<Arg> {
        words.iter().map(|w| Arg::literal(*w)).collect()
    }

    #[test]
    fn uploads_are_read_from_every_spelling() {
        for (name, words, file) in [
            ("curl", &["-d", "@a.json", "https://x"][..], "a.json"),
            ("curl", &["-d@a.json", "https://x"], "a.json"),
            ("curl", &["--data-binary=@a.json", "https://x"], "a.json"),
            (
                "curl",
                &["-F", "f=@a.json;type=text/plain", "https://x"],
                "a.json",
            ),
            ("curl", &["https://x", "-T", "a.json"], "a.json"),
            (
                "curl",
                &["--data-urlencode", "name@a.json", "https://x"],
                "a.json",
            ),
            ("wget", &["--post-file=a.json", "https://x"], "a.json"),
            ("http", &["POST", "https://x", "f@a.json"], "a.json"),
        ] {
            assert_eq!(
                uploaded_files(name, &args(words), false),
                [file],
                "{name} {words:?}"
            );
        }
        for (name, words) in [
            ("curl", &["-d", "@-", "https://x"][..]),
            ("curl", &["-d", "name=x", "https://x"]),
            ("curl", &["-T", "-", "https://x"]),
            ("curl", &["-o", "a.json", "https://x"]),
        ] {
            assert!(
                uploaded_files(name, &args(words), false).is_empty(),
                "{name} {words:?}"
            );
        }
    }

    #[test]
    fn remote_paths_and_loopback() {
        assert!(is_remote("host:/srv") && is_remote("me@host:") && is_remote("rsync://h/m"));
        assert!(!is_remote("./a:b") && !is_remote("/tmp/x") && !is_remote("plain"));
        assert!(remote_destination("scp", &args(&["a", "host:/srv"])));
        assert!(!remote_destination("scp", &args(&["host:/srv/a", "."])));
        assert!(to_loopback(&args(&["-d", "@a", "http://localhost:8080/x"])));
        assert!(to_loopback(&args(&["http://127.0.0.1/x"])));
        assert!(!to_loopback(&args(&["https://localhost.evil.example/x"])));
        assert!(!to_loopback(&args(&[
            "http://localhost/x",
            "https://evil.example"
        ])));
    }

    #[test]
    fn environment_dumps() {
        assert!(dumps_environment("env", &[]));
        assert!(dumps_environment("env", &args(&["-0"])));
        assert!(dumps_environment("printenv", &[]));
        assert!(dumps_environment("export", &args(&["-p"])));
        assert!(!dumps_environment("printenv", &args(&["PATH"])));
        assert!(!dumps_environment("env", &args(&["make"])));
    }
}
