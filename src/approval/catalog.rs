//! The one table of the programs the analyser knows: each name, the family
//! of rules that reads it, whether it wraps another command, and how the
//! literal prefilter sees it. The prefilter's words, the wrapper list and
//! the rule dispatch are all read from here, so a program added to the
//! table cannot be forgotten by any of them.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The family of rules that reads a program's arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    /// Deleting, overwriting and changing permissions of files; `cd`.
    Files,
    /// Writing onto, formatting and wiping disks.
    Disks,
    /// History-rewriting git commands.
    Git,
    /// Database clients whose arguments and input are SQL.
    Sql,
    /// Programs that download and print what they fetched.
    Network,
    /// Package managers, which matter when they publish.
    Packages,
    /// Container engines.
    Containers,
    /// Signals to processes.
    Processes,
    /// Shells, `eval` and `source`: programs that run shell text.
    Shells,
    /// Interpreters: programs that run inline code or a program file.
    Interpreters,
    /// Programs whose output is known text (`echo`, `printf`, `base64 -d`,
    /// `cat` of a heredoc), which may feed a shell.
    Literals,
    /// Programs that run the command after them (`sudo`, `env`, `xargs`,
    /// `ssh host ..`); see `argv::unwrap`.
    Wrapper,
}

/// How the literal prefilter sees a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Prefilter {
    /// Its name alone sends a command to the parser.
    Name,
    /// Only these words of its do (`npm publish`, `gem push`): the program
    /// is harmless without them.
    Verbs(&'static [&'static str]),
    /// It sets off nothing by itself (`echo`, `cd`): only a risky program
    /// beside it does.
    Unseen,
}

/// One program.
#[derive(Debug)]
pub(super) struct Entry {
    /// The name, as run (the basename, lower-cased).
    pub(super) name: &'static str,
    /// Any name that starts with `name` is this program too (`mkfs.ext4`,
    /// `python3.12`).
    pub(super) prefix: bool,
    pub(super) family: Family,
    pub(super) prefilter: Prefilter,
    /// Its arguments alone can make a hardline shape (`rm -rf /`, `dd
    /// of=/dev/sda`): the last-resort scan of text nested too deep to
    /// parse reads every word naming one as the start of a command.
    pub(super) destructive: bool,
    /// It talks to the network: what it reads, on standard input, from
    /// files it names or in its arguments, can leave the machine.
    pub(super) network: bool,
}

const fn program(name: &'static str, family: Family) -> Entry {
    Entry {
        name,
        prefix: false,
        family,
        prefilter: Prefilter::Name,
        destructive: false,
        network: false,
    }
}

const fn destructive(entry: Entry) -> Entry {
    Entry {
        destructive: true,
        ..entry
    }
}

const fn networked(entry: Entry) -> Entry {
    Entry {
        network: true,
        ..entry
    }
}

const fn any_starting(name: &'static str, family: Family) -> Entry {
    Entry {
        prefix: true,
        ..program(name, family)
    }
}

const fn unseen(name: &'static str, family: Family) -> Entry {
    Entry {
        prefilter: Prefilter::Unseen,
        ..program(name, family)
    }
}

const fn with_verbs(name: &'static str, family: Family, verbs: &'static [&'static str]) -> Entry {
    Entry {
        prefilter: Prefilter::Verbs(verbs),
        ..program(name, family)
    }
}

use Family::{
    Containers, Disks, Files, Git, Interpreters, Literals, Network, Packages, Processes, Shells,
    Sql, Wrapper,
};

const PUBLISH: &[&str] = &["publish"];
const PUSH: &[&str] = &["push", "upload"];
const DEPLOY: &[&str] = &["deploy"];
/// The git subcommands a rule reads (`git status`, `git log` skip the parse).
const GIT: &[&str] = &["push", "reset", "clean"];
/// The compose subcommands a rule reads.
const COMPOSE: &[&str] = &["rm", "down"];
const HEX_PUBLISH: &[&str] = &["hex.publish"];

/// Every program the analyser knows.
#[rustfmt::skip]
pub(super) static CATALOG: &[Entry] = &[
    // Files
    destructive(program("rm", Files)), destructive(program("find", Files)), destructive(program("shred", Files)),
    destructive(program("chmod", Files)), destructive(program("chown", Files)), destructive(program("chgrp", Files)),
    destructive(program("tee", Files)), destructive(program("cp", Files)), program("mv", Files),
    program("install", Files), program("ln", Files), networked(program("rsync", Files)),
    networked(program("scp", Files)),
    program("sed", Files), program("truncate", Files),
    unseen("cd", Files), unseen("pushd", Files),
    // Disks
    destructive(program("dd", Disks)), program("wipefs", Disks), program("blkdiscard", Disks),
    program("clear-disk", Disks), program("format-volume", Disks),
    program("initialize-disk", Disks), program("sgdisk", Disks), program("diskutil", Disks),
    program("format", Disks), destructive(any_starting("mkfs", Disks)), program("mke2fs", Disks),
    program("mkswap", Disks), program("mkdosfs", Disks), program("mkntfs", Disks),
    any_starting("newfs", Disks),
    // Git
    with_verbs("git", Git, GIT),
    // Database clients
    program("psql", Sql), program("mysql", Sql), program("mariadb", Sql),
    program("sqlite3", Sql), program("sqlite", Sql), program("sqlcmd", Sql),
    program("clickhouse-client", Sql), program("clickhouse", Sql), program("duckdb", Sql),
    program("cockroach", Sql), program("pgcli", Sql), program("mycli", Sql),
    program("usql", Sql),
    // Downloaders and other network clients
    networked(program("curl", Network)), networked(program("wget", Network)),
    networked(program("fetch", Network)), networked(program("aria2c", Network)),
    networked(program("http", Network)), networked(program("https", Network)),
    networked(program("xh", Network)), networked(program("invoke-webrequest", Network)),
    networked(program("iwr", Network)), networked(program("nc", Network)),
    networked(program("ncat", Network)), networked(program("netcat", Network)),
    networked(program("socat", Network)), networked(program("telnet", Network)),
    networked(program("sftp", Network)), networked(program("ftp", Network)),
    networked(program("tftp", Network)), networked(program("dig", Network)),
    networked(program("nslookup", Network)), networked(program("host", Network)),
    networked(program("drill", Network)),
    // Package managers
    with_verbs("npm", Packages, PUBLISH), with_verbs("yarn", Packages, PUBLISH),
    with_verbs("pnpm", Packages, PUBLISH), with_verbs("bun", Packages, PUBLISH),
    with_verbs("cargo", Packages, PUBLISH), with_verbs("poetry", Packages, PUBLISH),
    with_verbs("flit", Packages, PUBLISH), with_verbs("hatch", Packages, PUBLISH),
    with_verbs("uv", Packages, PUBLISH),
    with_verbs("gem", Packages, PUSH), with_verbs("twine", Packages, PUSH),
    with_verbs("dotnet", Packages, PUSH), with_verbs("nuget", Packages, PUSH),
    with_verbs("pdm", Packages, PUBLISH), with_verbs("lerna", Packages, PUBLISH),
    with_verbs("changeset", Packages, PUBLISH), with_verbs("dart", Packages, PUBLISH),
    with_verbs("flutter", Packages, PUBLISH), with_verbs("vsce", Packages, PUBLISH),
    with_verbs("ovsx", Packages, PUBLISH), with_verbs("jsr", Packages, PUBLISH),
    with_verbs("helm", Packages, PUSH), with_verbs("pod", Packages, PUSH),
    with_verbs("anaconda", Packages, PUSH), with_verbs("lein", Packages, DEPLOY),
    with_verbs("mix", Packages, HEX_PUBLISH),
    // Task names that publish come in many spellings (`deploy:deploy-file`,
    // `publishToSonatype`, `+publish`): every command of these is read.
    program("mvn", Packages), program("mvnw", Packages), program("gradle", Packages),
    program("gradlew", Packages), program("sbt", Packages),
    // Containers, processes
    // `run` is every runner's verb (`npm run`): the engines are read whole.
    program("docker", Containers), program("podman", Containers),
    with_verbs("docker-compose", Containers, COMPOSE),
    with_verbs("podman-compose", Containers, COMPOSE),
    program("kill", Processes), program("pkill", Processes), program("killall", Processes),
    // Shells and interpreters
    program("sh", Shells), program("bash", Shells), program("zsh", Shells),
    program("dash", Shells), program("ksh", Shells), program("mksh", Shells),
    program("ash", Shells), program("fish", Shells), program("yash", Shells),
    any_starting("python", Interpreters), program("perl", Interpreters), program("ruby", Interpreters),
    program("node", Interpreters), program("nodejs", Interpreters), program("php", Interpreters),
    program("deno", Interpreters), program("pypy", Interpreters), program("pypy3", Interpreters),
    program("eval", Shells), program("source", Shells), unseen(".", Shells),
    // Known output
    unseen("echo", Literals), unseen("printf", Literals), unseen("base64", Literals),
    unseen("cat", Literals),
    // Wrappers
    program("sudo", Wrapper), program("doas", Wrapper), program("env", Wrapper),
    program("nice", Wrapper), program("ionice", Wrapper), program("timeout", Wrapper),
    program("nohup", Wrapper), program("builtin", Wrapper), program("caffeinate", Wrapper),
    program("unbuffer", Wrapper), program("time", Wrapper), program("stdbuf", Wrapper),
    program("exec", Wrapper), program("chroot", Wrapper), program("command", Wrapper),
    program("xargs", Wrapper), program("busybox", Wrapper), program("watch", Wrapper),
    networked(program("ssh", Wrapper)), program("su", Wrapper), program("runuser", Wrapper),
    // Package runners: harmless alone, they run the command after them.
    unseen("npx", Wrapper), unseen("bunx", Wrapper), unseen("pnpx", Wrapper),
    unseen("uvx", Wrapper), unseen("corepack", Wrapper), unseen("pipx", Wrapper),
    unseen("bundle", Wrapper),
];

/// The entries by exact name, and the ones matched by prefix.
static BY_NAME: LazyLock<(HashMap<&'static str, &'static Entry>, Vec<&'static Entry>)> =
    LazyLock::new(|| {
        let exact = CATALOG.iter().map(|e| (e.name, e)).collect();
        let prefixed = CATALOG.iter().filter(|e| e.prefix).collect();
        (exact, prefixed)
    });

/// The entry for the program `name` (a basename, lower-cased).
pub(super) fn lookup(name: &str) -> Option<&'static Entry> {
    let (exact, prefixed) = &*BY_NAME;
    exact
        .get(name)
        .copied()
        .or_else(|| prefixed.iter().copied().find(|e| name.starts_with(e.name)))
}

/// Whether `name` is a program of `family`.
pub(super) fn is(name: &str, family: Family) -> bool {
    lookup(name).is_some_and(|e| e.family == family)
}

/// The words the literal prefilter looks for, as regex alternatives: the
/// name of every program it sees (a prefix entry followed by any word
/// characters), and the verbs that stand in for the others.
pub(super) fn prefilter_words() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for entry in CATALOG {
        let found: Vec<String> = match entry.prefilter {
            Prefilter::Name if entry.prefix => {
                vec![format!(r"{}[\w.]*", regex::escape(entry.name))]
            }
            Prefilter::Name => vec![regex::escape(entry.name)],
            Prefilter::Verbs(verbs) => verbs.iter().map(|v| regex::escape(v)).collect(),
            Prefilter::Unseen => Vec::new(),
        };
        for word in found {
            if !words.contains(&word) {
                words.push(word);
            }
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_looked_up() {
        for (i, entry) in CATALOG.iter().enumerate() {
            assert!(
                CATALOG[..i].iter().all(|e| e.name != entry.name),
                "{} twice",
                entry.name
            );
            assert_eq!(lookup(entry.name).map(|e| e.name), Some(entry.name));
        }
        assert_eq!(lookup("mkfs.ext4").map(|e| e.family), Some(Family::Disks));
        assert_eq!(
            lookup("python3.12").map(|e| e.family),
            Some(Family::Interpreters)
        );
        assert!(lookup("ls").is_none());
    }
}
