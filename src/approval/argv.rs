//! Reading a simple command's words: the wrappers in front of the real
//! command (`sudo`, `env`, `nice`, `xargs`, `ssh host ..`), and its options
//! and operands, the way GNU tools read them.

use super::catalog::{self, Family};
use super::command::{Arg, Input, Output};
use super::context::Context;
use super::paths::basename;
use super::{Risk, Rule};

/// Where a command starts once its wrappers are stripped.
pub(super) enum Unwrapped {
    /// The command starts at `start`.
    Runs {
        start: usize,
        /// An `xargs` among the wrappers, which adds arguments from stdin.
        xargs: Option<Xargs>,
    },
    /// The wrapper at `at` runs nothing here: it only looks a name up
    /// (`command -v rm`), handed its command to a nested script (`ssh
    /// host ..`, `watch ..`, `npx -c ..`), or was given none (`env`,
    /// `sudo -v`).
    HandedOn { at: usize },
}

/// What `xargs` does to the command it runs.
pub(super) struct Xargs {
    /// `-I STR`, `-i`, `--replace`: every `STR` in the arguments becomes an
    /// input line. Otherwise input words are appended.
    replace: Option<String>,
}

impl Xargs {
    fn parse(args: &[Arg]) -> Self {
        let mut replace = None;
        for (i, a) in args.iter().enumerate() {
            let t = a.text.as_str();
            if !t.starts_with('-') {
                break;
            }
            replace = match t {
                "-I" => args.get(i + 1).map(|v| v.text.clone()),
                "-i" | "--replace" => Some("{}".to_owned()),
                _ => t
                    .strip_prefix("--replace=")
                    .or_else(|| t.strip_prefix("-I"))
                    .or_else(|| t.strip_prefix("-i"))
                    .filter(|r| !r.is_empty())
                    .map(str::to_owned)
                    .or(replace),
            };
        }
        Self { replace }
    }

    /// The command as it runs with `input` on stdin. Unknown input stands
    /// for anything: a placeholder becomes `*`, so `ls / | xargs -I{} rm -rf
    /// /{}` reads as `rm -rf /*`.
    pub(super) fn feed(&self, argv: &[Arg], input: &Input) -> Vec<Arg> {
        let known = match input {
            Input::Pipe(Output {
                literal: Some(t), ..
            })
            | Input::Text(t) => Some(t.as_str()),
            _ => None,
        };
        let mut out = argv.to_vec();
        match (&self.replace, known) {
            (Some(placeholder), known) => {
                let lines: Vec<&str> =
                    known.map_or(vec!["*"], |t| t.lines().filter(|l| !l.is_empty()).collect());
                out = Vec::with_capacity(argv.len());
                for a in argv {
                    if a.text.contains(placeholder.as_str()) {
                        out.extend(lines.iter().map(|l| Arg {
                            text: a.text.replace(placeholder.as_str(), l),
                            ..a.clone()
                        }));
                    } else {
                        out.push(a.clone());
                    }
                }
            }
            (None, Some(text)) => out.extend(text.split_whitespace().map(Arg::literal)),
            (None, None) => {}
        }
        out
    }
}

/// Strips wrappers (`sudo`, `env`, `nice`, `timeout`, `xargs`, `npx`,
/// `npm exec`, ...) and says where the wrapped command starts.
pub(super) fn unwrap(cx: &mut Context, argv: &[Arg]) -> Unwrapped {
    let mut i = 0;
    let mut xargs = None;
    let mut last_wrapper = 0;
    while let Some(first) = argv.get(i) {
        if first.dynamic {
            return Unwrapped::Runs { start: i, xargs };
        }
        last_wrapper = i;
        let name = basename(&first.text);
        let rest = &argv[i + 1..];
        if let Some(runner) = runner_verb(name, rest) {
            match runner {
                Runner::Runs(skip) => {
                    i += 1 + skip;
                    continue;
                }
                Runner::Script(script) => {
                    cx.read_script(&script);
                    return Unwrapped::HandedOn { at: i };
                }
            }
        }
        if !catalog::is(name, Family::Wrapper) {
            return Unwrapped::Runs { start: i, xargs };
        }
        let skip = match name {
            "sudo" | "doas" => {
                cx.risk(Risk::Uncertain, Rule::Sudo);
                let opts = options(
                    rest,
                    "ughpCDrtTUR",
                    &[
                        "user",
                        "group",
                        "host",
                        "prompt",
                        "close-from",
                        "chdir",
                        "role",
                        "type",
                        "other-user",
                        "chroot",
                    ],
                );
                // `sudo FOO=1 rm ..`: sudo sets variables given before the command.
                opts + assignments(&rest[opts.min(rest.len())..])
            }
            "env" => {
                let mut j = 0;
                while let Some(a) = rest.get(j) {
                    let t = a.text.as_str();
                    if t == "-S" || t == "--split-string" {
                        // `env -S 'rm -rf /'` splits its argument into a command.
                        let script = join(&rest[j + 1..]);
                        cx.read_script(&script);
                        return Unwrapped::HandedOn { at: i };
                    } else if ["-u", "--unset", "-C", "--chdir"].contains(&t) {
                        j += 2;
                    } else if t.starts_with('-') || (t.contains('=') && !t.starts_with('=')) {
                        j += 1;
                    } else {
                        break;
                    }
                }
                j
            }
            "nice" => options(rest, "n", &["adjustment"]),
            "ionice" => options(rest, "cnp", &["class", "classdata", "pid"]),
            "timeout" => options(rest, "sk", &["signal", "kill-after"]) + 1,
            "nohup" | "builtin" | "caffeinate" | "unbuffer" => 0,
            "time" => options(rest, "fo", &["format", "output"]),
            "stdbuf" => options(rest, "ioe", &["input", "output", "error"]),
            "exec" => options(rest, "a", &[]),
            "chroot" => options(rest, "", &["userspec", "groups"]) + 1,
            "command" => {
                if rest
                    .iter()
                    .take_while(|a| a.text.starts_with('-'))
                    .any(|a| a.text.contains(['v', 'V']))
                {
                    return Unwrapped::HandedOn { at: i };
                }
                options(rest, "", &[])
            }
            "xargs" => {
                xargs = Some(Xargs::parse(rest));
                options(
                    rest,
                    "adEeILlnPs",
                    &[
                        "arg-file",
                        "delimiter",
                        "eof",
                        "max-lines",
                        "max-args",
                        "max-procs",
                        "max-chars",
                        "process-slot-var",
                    ],
                )
            }
            "busybox" => 0,
            "watch" => {
                let start = options(rest, "nd", &["interval", "differences"]);
                cx.read_script(&join(&rest[start.min(rest.len())..]));
                return Unwrapped::HandedOn { at: i };
            }
            "ssh" => {
                let host = options(rest, "BbcDEeFIiJLlmOoPpQRSWw", &[]);
                if rest.len() > host + 1 {
                    cx.read_script(&join(&rest[host + 1..]));
                }
                return Unwrapped::HandedOn { at: i };
            }
            "su" | "runuser" => {
                let flag = rest
                    .iter()
                    .position(|a| a.text == "-c" || a.text == "--command");
                if let Some(script) = flag.and_then(|pos| rest.get(pos + 1)) {
                    cx.read_script(&script.text);
                }
                return Unwrapped::HandedOn { at: i };
            }
            "npx" | "bunx" | "pnpx" => {
                let opts = options(rest, "pc", &["package", "call"]);
                if let Some(script) = option_value(&rest[..opts.min(rest.len())], "-c", "--call") {
                    cx.read_script(&script);
                    return Unwrapped::HandedOn { at: i };
                }
                opts
            }
            "uvx" => options(rest, "pw", &UV_RUN_OPTIONS),
            "corepack" => 0,
            // `pipx run ..`, `bundle exec ..`; any other verb is the tool's own.
            "pipx" | "bundle" => return Unwrapped::Runs { start: i, xargs },
            // A wrapper of the catalog this function does not read (a test
            // keeps them in step): its command is read as it stands.
            _ => return Unwrapped::Runs { start: i, xargs },
        };
        i += 1 + skip;
    }
    // The wrappers named no command (`env`, `sudo -v`, `npx`).
    Unwrapped::HandedOn { at: last_wrapper }
}

/// Options of `uv run` and `uvx` that take a value.
const UV_RUN_OPTIONS: [&str; 10] = [
    "with",
    "from",
    "python",
    "directory",
    "project",
    "package",
    "extra",
    "group",
    "env-file",
    "index",
];

/// What a package manager's run verb does with the words after it.
enum Runner {
    /// The command starts this many words after the manager's name.
    Runs(usize),
    /// It runs this shell text (`npm exec -c '..'`).
    Script(String),
}

/// `npm exec ..`, `pnpm dlx ..`, `yarn dlx ..`, `bun x ..`, `uv run ..`,
/// `uv tool run ..`, `poetry run ..`, `pdm run ..`, `hatch run ..`, `pipx
/// run ..`, `bundle exec ..`: a package manager told to run a command.
fn runner_verb(name: &str, rest: &[Arg]) -> Option<Runner> {
    let verb = |at: usize| rest.get(at).map(|a| a.text.as_str());
    let verbs = match (name, verb(0), verb(1)) {
        ("npm", Some("exec" | "x"), _)
        | ("pnpm", Some("exec" | "dlx"), _)
        | ("yarn", Some("exec" | "dlx"), _)
        | ("bun", Some("x"), _)
        | ("uv" | "poetry" | "pdm" | "hatch" | "pipx", Some("run"), _)
        | ("bundle", Some("exec"), _) => 1,
        ("uv", Some("tool"), Some("run")) => 2,
        _ => return None,
    };
    let after = &rest[verbs..];
    let opts = match name {
        "npm" | "pnpm" | "yarn" | "bun" => {
            let opts = options(after, "pcw", &["package", "call", "workspace"]);
            if let Some(script) = option_value(&after[..opts.min(after.len())], "-c", "--call") {
                return Some(Runner::Script(script));
            }
            opts
        }
        "uv" => options(after, "pw", &UV_RUN_OPTIONS),
        _ => options(after, "", &["spec", "python"]),
    };
    Some(Runner::Runs(verbs + opts))
}

/// The value of option `short`/`long` among `args` (`-c X`, `--call X`,
/// `--call=X`).
fn option_value(args: &[Arg], short: &str, long: &str) -> Option<String> {
    args.iter().enumerate().find_map(|(i, a)| {
        let t = a.text.as_str();
        if t == short || t == long {
            args.get(i + 1).map(|v| v.text.clone())
        } else {
            t.strip_prefix(long)
                .and_then(|r| r.strip_prefix('='))
                .map(str::to_owned)
        }
    })
}

/// How many leading arguments are `NAME=value` assignments.
fn assignments(args: &[Arg]) -> usize {
    args.iter()
        .take_while(|a| {
            a.text.split_once('=').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
        })
        .count()
}

/// How many leading arguments are options: flag groups (`-rf`), options
/// whose value follows (`short_with_value` letters, `long_with_value`
/// names) and `--`.
pub(super) fn options(args: &[Arg], short_with_value: &str, long_with_value: &[&str]) -> usize {
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let t = a.text.as_str();
        if t == "--" {
            return i + 1;
        }
        if let Some(long) = t.strip_prefix("--") {
            i += if !long.contains('=') && long_with_value.contains(&long) {
                2
            } else {
                1
            };
            continue;
        }
        match t.strip_prefix('-') {
            Some(flags) if !flags.is_empty() => {
                // The first letter that takes a value takes the rest of the
                // group, or the next argument when the group ends with it.
                let takes_next = flags
                    .char_indices()
                    .find(|(_, c)| short_with_value.contains(*c))
                    .is_some_and(|(at, c)| at + c.len_utf8() == flags.len());
                i += if takes_next { 2 } else { 1 };
            }
            _ => return i,
        }
    }
    // An option that takes a value may be the last word (`docker -H`).
    i.min(args.len())
}

/// Arguments that are not options (everything after `--` included).
pub(super) fn operands(args: &[Arg]) -> impl Iterator<Item = &Arg> {
    let mut after_dashes = false;
    args.iter().filter(move |a| {
        if after_dashes {
            return true;
        }
        if a.text == "--" {
            after_dashes = true;
            return false;
        }
        !(a.text.starts_with('-') && a.text.len() > 1)
    })
}

/// Whether a short flag (in any group) or a long option (or a unique
/// prefix of it, as GNU tools accept) is present.
pub(super) fn has_flag(args: &[Arg], short: char, long: &str) -> bool {
    args.iter().take_while(|a| a.text != "--").any(|a| {
        let t = a.text.as_str();
        if let Some(l) = t.strip_prefix("--") {
            let l = l.split('=').next().unwrap_or(l);
            !l.is_empty() && long.starts_with(l)
        } else {
            t.strip_prefix('-').is_some_and(|g| g.contains(short))
        }
    })
}

pub(super) fn join(args: &[Arg]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&a.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every wrapper of the catalog is stripped or hands its command on.
    #[test]
    fn every_wrapper_of_the_catalog_is_read() {
        for entry in catalog::CATALOG
            .iter()
            .filter(|e| e.family == Family::Wrapper)
        {
            let read = ["-c", "exec", "run"].iter().any(|first| {
                let argv = [
                    Arg::literal(entry.name),
                    Arg::literal(*first),
                    Arg::literal("rm"),
                ];
                let mut cx = Context::default();
                !matches!(unwrap(&mut cx, &argv), Unwrapped::Runs { start: 0, .. })
            });
            assert!(read, "{} is not read as a wrapper", entry.name);
        }
    }

    #[test]
    fn option_skipping() {
        let args: Vec<Arg> = ["-u", "root", "-E", "rm", "-rf"]
            .into_iter()
            .map(Arg::literal)
            .collect();
        assert_eq!(options(&args, "u", &[]), 3);
        let args: Vec<Arg> = ["-uroot", "rm"].into_iter().map(Arg::literal).collect();
        assert_eq!(options(&args, "u", &[]), 1);
        let args: Vec<Arg> = ["--user", "root", "--", "rm"]
            .into_iter()
            .map(Arg::literal)
            .collect();
        assert_eq!(options(&args, "", &["user"]), 3);
    }
}
