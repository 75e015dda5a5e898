//! The tiers: what each simple command sets off, after its wrappers are
//! stripped.

use std::sync::LazyLock;

use regex::Regex;

use super::argv::{Unwrapped, has_flag, join, operands, options, unwrap};
use super::nested::{SHELLS, base64, echo, interpreter, is_interpreter, printf, shell};
use super::paths::{
    basename, brace_alternatives, is_disk_device, is_env_file, is_root_like, is_secret_file,
    is_system_root,
};
use super::shell::{Analyzer, Arg, Input, Invocation, Output, Redirect};
use super::{Risk, Rule};

/// Commands that download and print what they fetched.
const DOWNLOADERS: &[&str] = &[
    "curl",
    "wget",
    "fetch",
    "aria2c",
    "http",
    "https",
    "xh",
    "invoke-webrequest",
    "iwr",
];
/// Database clients whose arguments and input are SQL.
const SQL_CLIENTS: &[&str] = &[
    "psql",
    "mysql",
    "mariadb",
    "sqlite3",
    "sqlite",
    "sqlcmd",
    "clickhouse-client",
    "clickhouse",
    "duckdb",
    "cockroach",
    "pgcli",
    "mycli",
    "usql",
];

/// `prod` or `production` as a word of its own (`prod-eu`, `--prod`,
/// `env=production`), not inside a longer name (`production_ready`).
static PRODUCTION: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)] // a literal pattern, covered by tests
    Regex::new(r"(?i)(?:^|[^a-z0-9_])prod(?:uction)?(?:$|[^a-z0-9_])").unwrap()
});

static SQL_DROP: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)]
    Regex::new(r"(?i)\b(?:drop\s+(?:table|database|schema)|truncate(?:\s+table)?\s+[\w.`\x22]+)")
        .unwrap()
});

/// `DELETE FROM t` with no `WHERE`, or a `WHERE` that is always true.
static SQL_DELETE_ALL: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)]
    Regex::new(
        r"(?i)\bdelete\s+from\s+[\w.`\x22\[\]]+\s*(?:;|$|where\s+(?:1|true|1\s*=\s*1|'1'\s*=\s*'1')\s*(?:;|$))",
    )
    .unwrap()
});

/// Every check of one simple command. Returns what it writes to stdout as
/// far as that is known, for the next stage of a pipeline.
// Each arm names one command and decides inside it; as guards, the tests
// would let a command fall through to the catch-all arms below (shells,
// interpreters, downloaders).
#[allow(clippy::collapsible_match)]
pub(super) fn invocation(an: &mut Analyzer, inv: Invocation) -> Output {
    redirects(an, &inv.redirects);
    if let Input::Pipe(Output {
        downloads: true, ..
    }) = inv.input
    {
        // `curl .. | cat > i.sh`: the file holds the download.
        for r in inv.redirects.iter().filter(|r| r.writes) {
            an.record_download(&r.target.text);
        }
    }
    for arg in &inv.argv {
        mentions(an, &arg.text);
    }
    if let Input::Pipe(Output {
        downloads: true, ..
    }) = inv.input
    {
        an.risk(Risk::Uncertain, Rule::DownloadPiped);
    }
    let Some(Unwrapped { start, xargs }) = unwrap(an, &inv.argv) else {
        return Output::default();
    };
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
    if first.text.contains('/') && an.is_downloaded(&first.text) {
        an.hardline(Rule::DownloadAndExecute);
    }
    if first.dynamic {
        // `$(echo rm) -rf /`, `$CMD -rf /`: the name is only known at run
        // time, so the arguments are read as `rm`'s.
        an.risk(Risk::Uncertain, Rule::DynamicCommand);
        rm(an, args);
        return Output::default();
    }
    let name = basename(&first.text).to_ascii_lowercase();
    let name = name.as_str();
    match name {
        "cd" | "pushd" => cd(an, args),
        "rm" => rm(an, args),
        "find" => find(an, args),
        "dd" => dd(an, args),
        "shred" => {
            if targets(an, args, is_root_like) || operands(args).any(|a| is_disk_device(&a.text)) {
                an.hardline(Rule::ShredRoot);
            }
        }
        "chmod" | "chown" | "chgrp" => {
            if has_flag(args, 'R', "recursive") && targets(an, args, is_system_root) {
                an.hardline(if name == "chmod" {
                    Rule::ChmodRecursiveRoot
                } else {
                    Rule::ChownRecursiveRoot
                });
            }
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
                write_target(an, &a.text);
                if downloads {
                    an.record_download(&a.text);
                }
            }
        }
        "cp" | "mv" | "install" | "ln" | "rsync" => {
            if let Some(dest) = operands(args).last() {
                write_target(an, &dest.text);
            }
        }
        "sed" | "perl" if has_flag(args, 'i', "in-place") => {
            if operands(args).any(|a| is_secret_file(&a.text)) {
                an.risk(Risk::High, Rule::SecretFileWrite);
            }
        }
        "truncate" => {
            if operands(args).any(|a| is_secret_file(&a.text)) {
                an.risk(Risk::High, Rule::SecretFileWrite);
            }
        }
        "wipefs" | "blkdiscard" | "clear-disk" | "format-volume" | "initialize-disk" => {
            an.risk(Risk::High, Rule::DiskWipe);
        }
        "sgdisk"
            if args
                .iter()
                .any(|a| ["-Z", "--zap-all", "-o", "--clear"].contains(&a.text.as_str())) =>
        {
            an.risk(Risk::High, Rule::DiskWipe);
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
                an.risk(Risk::High, Rule::DiskWipe);
            }
        }
        // Windows `format F:`.
        "format" if args.iter().any(|a| is_drive_letter(&a.text)) => {
            an.risk(Risk::High, Rule::DiskWipe)
        }
        "git" => git(an, args),
        "kill" | "pkill" | "killall" => {
            if sends_sigkill(args) {
                an.risk(Risk::Uncertain, Rule::KillNine);
            }
        }
        "npm" | "yarn" | "pnpm" | "bun" | "cargo" | "poetry" | "flit" | "hatch" | "uv" => {
            if operands(args).next().is_some_and(|a| a.text == "publish") {
                an.risk(Risk::Uncertain, Rule::PackagePublish);
            }
        }
        "gem" | "twine" | "dotnet" => {
            if args.iter().any(|a| a.text == "push" || a.text == "upload") {
                an.risk(Risk::Uncertain, Rule::PackagePublish);
            }
        }
        "docker" | "podman" => docker(an, args),
        "eval" => {
            let script = join(args);
            if args.iter().any(|a| a.downloads) {
                an.hardline(Rule::DownloadAndExecute);
            }
            an.script_in_this_shell(&script);
        }
        "source" | "." => {
            if args
                .first()
                .is_some_and(|a| a.downloads || an.is_downloaded(&a.text))
            {
                an.hardline(Rule::DownloadAndExecute);
            }
        }
        "echo" => return echo(args),
        "printf" => return printf(args),
        "base64" => return base64(args, &inv.input),
        "cat" if args.is_empty() => {
            if let Input::Text(text) = &inv.input {
                return Output {
                    downloads: false,
                    literal: Some(text.clone()),
                };
            }
        }
        _ if DOWNLOADERS.contains(&name) => {
            for file in download_files(name, args, &inv.redirects) {
                an.record_download(&file);
            }
            return Output {
                downloads: true,
                literal: None,
            };
        }
        _ if SHELLS.contains(&name) => shell(an, args, &inv.input),
        _ if is_interpreter(name) => interpreter(an, args, &inv.input),
        _ if name.starts_with("mkfs")
            || ["mke2fs", "mkswap", "mkdosfs", "mkntfs"].contains(&name)
            || name.starts_with("newfs") =>
        {
            if operands(args).any(|a| is_disk_device(&a.text)) {
                an.hardline(Rule::MkfsOnDevice);
            } else {
                an.risk(Risk::High, Rule::DiskWipe);
            }
        }
        _ => {}
    }
    if SQL_CLIENTS.contains(&name) {
        let mut sql = join(args);
        match &inv.input {
            Input::Text(text)
            | Input::Pipe(Output {
                literal: Some(text),
                ..
            }) => {
                sql.push('\n');
                sql.push_str(text);
            }
            _ => {}
        }
        sql_risk(an, &sql);
    }
    Output::default()
}

/// Redirections onto disks and secret files.
pub(super) fn redirects(an: &mut Analyzer, redirects: &[Redirect]) {
    for r in redirects {
        mentions(an, &r.target.text);
        if r.writes {
            write_target(an, &r.target.text);
        }
    }
}

fn write_target(an: &mut Analyzer, path: &str) {
    if is_disk_device(path) {
        an.hardline(Rule::WriteToDisk);
    } else if is_secret_file(path) {
        an.risk(Risk::High, Rule::SecretFileWrite);
    }
}

/// Words that make any command worth a second look.
fn mentions(an: &mut Analyzer, text: &str) {
    if text.len() >= 4 && PRODUCTION.is_match(text) {
        an.risk(Risk::Uncertain, Rule::Production);
    }
    if text.contains(".env") && text.split(['=', ' ', ':', ',']).any(is_env_file) {
        an.risk(Risk::Uncertain, Rule::EnvFile);
    }
}

/// Whether any operand, after brace expansion and against the working
/// directory, is a path `hits` accepts.
fn targets(an: &Analyzer, args: &[Arg], hits: fn(&str) -> bool) -> bool {
    operands(args).any(|a| {
        brace_alternatives(&a.text)
            .iter()
            .any(|t| hits(&an.resolve(t)))
    })
}

/// The files a downloader writes: its output option (`curl -o f`, `curl
/// -sSLo f`, `wget -O f`, `--output=f`), the URL's last segment where that
/// is the default (`curl -O`, `wget` without `-O`), and redirections of its
/// output.
fn download_files(name: &str, args: &[Arg], redirects: &[Redirect]) -> Vec<String> {
    let mut files: Vec<String> = redirects
        .iter()
        .filter(|r| r.writes)
        .map(|r| r.target.text.clone())
        .collect();
    let (short, long, remote_name) = match name {
        "curl" => (
            'o',
            "--output",
            args.iter()
                .any(|a| a.text == "-O" || a.text.starts_with("--remote-name")),
        ),
        "wget" => ('O', "--output-document", true),
        _ => ('o', "--output", false),
    };
    let mut named = false;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let t = a.text.as_str();
        let next = |i: &mut usize| {
            *i += 1;
            args.get(*i).map(|a| a.text.clone())
        };
        let value = if let Some(rest) = t.strip_prefix(long) {
            match rest.strip_prefix('=') {
                Some(v) => Some(v.to_owned()),
                None if rest.is_empty() => next(&mut i),
                None => None,
            }
        } else if let Some(group) = t.strip_prefix('-').filter(|g| !g.starts_with('-')) {
            match group.find(short) {
                Some(at) if at + 1 == group.len() => next(&mut i),
                Some(at) => Some(group[at + 1..].to_owned()),
                None => None,
            }
        } else {
            None
        };
        if let Some(v) = value {
            named = true;
            if v != "-" {
                files.push(v);
            }
        }
        i += 1;
    }
    if remote_name && !named {
        for url in operands(args).filter(|a| a.text.contains("://")) {
            let path = url.text.split(['?', '#']).next().unwrap_or_default();
            if let Some(last) = path
                .rsplit('/')
                .next()
                .filter(|l| !l.is_empty() && !l.contains(':'))
            {
                files.push(last.to_owned());
            }
        }
    }
    files
}

/// Follows `cd` where its target is known; forgets the directory otherwise
/// (`cd "$DIR"`, `cd -`).
fn cd(an: &mut Analyzer, args: &[Arg]) {
    let target = operands(args).next();
    an.cwd = match target {
        None => Some("~".to_owned()),
        Some(a) if a.dynamic || a.text == "-" => None,
        Some(a) if a.text.starts_with(['/', '~']) => Some(a.text.clone()),
        Some(a) => an.cwd.as_ref().map(|cwd| format!("{cwd}/{}", a.text)),
    };
}

fn rm(an: &mut Analyzer, args: &[Arg]) {
    if !has_flag(args, 'r', "recursive") && !has_flag(args, 'R', "recursive") {
        return;
    }
    if targets(an, args, is_root_like) {
        an.hardline(Rule::RecursiveDeleteOfRoot);
    } else {
        an.risk(Risk::High, Rule::RecursiveDelete);
    }
}

fn find(an: &mut Analyzer, args: &[Arg]) {
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
        .then(|| starts.iter().find(|a| is_root_like(&an.resolve(&a.text))))
        .flatten()
        .map(|a| format!("{}/*", an.resolve(&a.text)));
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
                    an,
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
        an.hardline(Rule::FindDeleteRoot);
    } else {
        an.risk(Risk::High, Rule::RecursiveDelete);
    }
}

fn dd(an: &mut Analyzer, args: &[Arg]) {
    for a in args {
        if let Some(target) = a.text.strip_prefix("of=") {
            write_target(an, target);
        }
    }
}

fn git(an: &mut Analyzer, args: &[Arg]) {
    let start = options(
        args,
        "Cc",
        &[
            "git-dir",
            "work-tree",
            "namespace",
            "exec-path",
            "config-env",
            "super-prefix",
        ],
    );
    let Some(sub) = args.get(start) else { return };
    let rest = &args[start + 1..];
    match sub.text.as_str() {
        "push" => {
            let forced = rest.iter().take_while(|a| a.text != "--").any(|a| {
                let t = a.text.as_str();
                t.starts_with("--force")
                    || (t.starts_with('-') && !t.starts_with("--") && t.contains('f'))
            });
            let plus_refspec = operands(rest).any(|a| a.text.starts_with('+') && a.text.len() > 1);
            if forced || plus_refspec {
                an.risk(Risk::High, Rule::GitForcePush);
            }
        }
        "reset" if rest.iter().any(|a| a.text == "--hard") => {
            an.risk(Risk::High, Rule::GitResetHard)
        }
        "clean" if has_flag(rest, 'f', "force") && !has_flag(rest, 'n', "dry-run") => {
            an.risk(Risk::High, Rule::GitCleanForce);
        }
        _ => {}
    }
}

fn docker(an: &mut Analyzer, args: &[Arg]) {
    let start = options(args, "Hc", &["context", "host", "config", "log-level"]);
    let words: Vec<&str> = args[start..].iter().map(|a| a.text.as_str()).collect();
    let removes = match words.as_slice() {
        ["rm" | "rmi", ..] => 1,
        ["container" | "image", "rm", ..] => 2,
        _ => return,
    };
    let rest = &args[start + removes..];
    if has_flag(rest, 'f', "force") {
        an.risk(Risk::Uncertain, Rule::DockerForceRemove);
    }
}

fn sends_sigkill(args: &[Arg]) -> bool {
    let is_kill = |s: &str| {
        let s = s.to_ascii_uppercase();
        s == "9" || s == "KILL" || s == "SIGKILL"
    };
    args.iter().enumerate().any(|(i, a)| {
        let t = a.text.as_str();
        if t == "-s" || t == "-n" || t == "--signal" {
            return args.get(i + 1).is_some_and(|v| is_kill(&v.text));
        }
        if let Some(v) = t.strip_prefix("--signal=") {
            return is_kill(v);
        }
        t.strip_prefix('-').is_some_and(is_kill)
    })
}

fn sql_risk(an: &mut Analyzer, sql: &str) {
    if SQL_DROP.is_match(sql) {
        an.risk(Risk::High, Rule::SqlDrop);
    }
    for statement in sql.split(';') {
        if SQL_DELETE_ALL.is_match(statement.trim_end_matches(['\'', '"', ' ', '\n'])) {
            an.risk(Risk::High, Rule::SqlDeleteAll);
        }
    }
}

fn is_drive_letter(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

/// A function that pipes into itself or backgrounds itself: `:(){ :|:& };:`
/// under any name.
pub(super) fn is_fork_bomb(name: &str, body: &brush_parser::ast::CompoundCommand) -> bool {
    use brush_parser::ast::{AndOr, Command, CompoundCommand, SeparatorOperator};
    let list = match body {
        CompoundCommand::BraceGroup(g) => &g.list,
        CompoundCommand::Subshell(s) => &s.list,
        _ => return false,
    };
    let calls_self = |c: &Command| matches!(c, Command::Simple(s) if s.word_or_name.as_ref().is_some_and(|w| w.value == name));
    list.0.iter().any(|item| {
        let background = matches!(item.1, SeparatorOperator::Async);
        let rest = item
            .0
            .additional
            .iter()
            .map(|(AndOr::And(p) | AndOr::Or(p))| p);
        std::iter::once(&item.0.first).chain(rest).any(|p| {
            let self_calls = p.seq.iter().filter(|c| calls_self(c)).count();
            self_calls >= 2 || (background && self_calls >= 1)
        })
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

    #[test]
    fn sql_that_destroys_tables() {
        let hits = |sql: &str| {
            SQL_DROP.is_match(sql) || sql.split(';').any(|s| SQL_DELETE_ALL.is_match(s.trim()))
        };
        for sql in [
            "DROP TABLE users",
            "drop database shop",
            "TRUNCATE orders",
            "DELETE FROM sessions;",
            "delete from users where 1",
            "delete from t where 1 = 1",
        ] {
            assert!(hits(sql), "{sql}");
        }
        for sql in [
            "DELETE FROM sessions WHERE expires < now()",
            "select * from drops",
            "SELECT 1",
        ] {
            assert!(!hits(sql), "{sql}");
        }
    }
}
