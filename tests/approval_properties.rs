//! Invariants of `approve` over generated commands: any spelling and order
//! of rm's recursive and force flags aimed at the root, behind any wrappers,
//! is blocked in every mode; the same command as data is not; and no input
//! panics.
#![cfg(feature = "approval")]

use agent_hardening::approval::{ApprovalMode, Decision, Rule, approve};
use proptest::prelude::*;
use proptest::sample::select;

/// rm's recursive flag in every spelling GNU rm accepts, alone or grouped
/// with force and harmless flags in any order (`-rf`, `-fR`, `-vfr`).
fn flag_words() -> impl Strategy<Value = Vec<String>> {
    let recursive = select(vec!["-r", "-R", "--recursive", "--recur", "--rec"]);
    let separate_extras = proptest::collection::vec(
        select(vec![
            "-f",
            "--force",
            "-v",
            "--verbose",
            "--no-preserve-root",
            "--one-file-system",
            "-d",
            "-I",
        ]),
        0..3,
    );
    let grouped = (
        select(vec!['r', 'R']),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(r, f, v, d)| {
            let mut letters = vec![r];
            letters.extend(f.then_some('f'));
            letters.extend(v.then_some('v'));
            letters.extend(d.then_some('d'));
            letters
        })
        .prop_shuffle()
        .prop_map(|letters| format!("-{}", letters.into_iter().collect::<String>()));
    let recursive_word = prop_oneof![recursive.prop_map(str::to_owned), grouped];
    (recursive_word, separate_extras)
        .prop_map(|(r, extras)| {
            let mut words: Vec<String> = extras.into_iter().map(str::to_owned).collect();
            words.push(r);
            words
        })
        .prop_shuffle()
}

/// `/` and `/*` as a shell may spell them.
fn root_target() -> impl Strategy<Value = &'static str> {
    select(vec![
        "/",
        "/*",
        "//",
        "/.",
        "/./",
        "///",
        "/tmp/..",
        "/tmp/../",
        "/var/../*",
        "'/'",
        "\"/\"",
        "\"/\"*",
        "/\"\"",
        "\\/",
        "${ROOT:-/}",
        "/{,}",
    ])
}

/// rm as a shell may spell its name.
fn rm_name() -> impl Strategy<Value = &'static str> {
    select(vec![
        "rm",
        "/bin/rm",
        "/usr/bin/rm",
        "\\rm",
        "'rm'",
        "\"rm\"",
        "r''m",
        "r\"\"m",
        "$'rm'",
        "$(echo rm)",
        "`echo rm`",
    ])
}

/// A wrapper in front of a command: a prefix word list, or a shell that
/// runs the whole command as a string.
#[derive(Debug, Clone, Copy)]
enum Wrapper {
    Prefix(&'static str),
    BashC,
    ShC,
    Eval,
    Subshell,
    Substitution,
    AfterList(&'static str),
}

fn wrapper() -> impl Strategy<Value = Wrapper> {
    prop_oneof![
        select(vec![
            "sudo",
            "sudo -u root",
            "sudo -n --",
            "doas",
            "env",
            "env -i PATH=/bin",
            "FOO=1",
            "nice",
            "nice -n 5",
            "ionice -c3",
            "timeout 10",
            "timeout -s KILL 5s",
            "nohup",
            "command",
            "command --",
            "exec",
            "time",
            "stdbuf -o0",
            "builtin",
            "xargs",
            "busybox",
            "chroot /",
        ])
        .prop_map(Wrapper::Prefix),
        Just(Wrapper::BashC),
        Just(Wrapper::ShC),
        Just(Wrapper::Eval),
        Just(Wrapper::Subshell),
        Just(Wrapper::Substitution),
        select(vec![
            "ls;",
            "true &&",
            "false ||",
            "cd /tmp &&",
            "echo hi\n"
        ])
        .prop_map(Wrapper::AfterList),
    ]
}

/// Quotes `s` for a shell, in single quotes.
fn single_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The shape of a command so far, which decides what may stand in front of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `rm -r /`: any prefix may precede it.
    Simple,
    /// `FOO=1 rm -r /`: only the shell, `env` and `sudo` take assignments
    /// (`nice FOO=1 rm` runs a program called `FOO=1`).
    Assigning,
    /// `( .. )`, `ls; ..`: no prefix may precede it (`sudo ( .. )` is a
    /// syntax error).
    Compound,
}

/// Wraps a command; a prefix that may not precede it wraps a `bash -c` of it.
fn wrap((command, shape): (String, Shape), wrapper: Wrapper) -> (String, Shape) {
    let takes_assignments = |p: &str| p == "FOO=1" || p.starts_with("env") || p.starts_with("sudo");
    let fits = |p: &str| match shape {
        Shape::Simple => true,
        Shape::Assigning => takes_assignments(p),
        Shape::Compound => false,
    };
    let shape_after = match wrapper {
        Wrapper::Subshell | Wrapper::AfterList(_) => Shape::Compound,
        Wrapper::Prefix("FOO=1") => Shape::Assigning,
        _ => Shape::Simple,
    };
    let text = match wrapper {
        Wrapper::Prefix(p) if fits(p) => format!("{p} {command}"),
        Wrapper::Prefix(p) => format!("{p} bash -c {}", single_quoted(&command)),
        Wrapper::BashC => format!("bash -c {}", single_quoted(&command)),
        Wrapper::ShC => format!("sh -c {}", single_quoted(&command)),
        Wrapper::Eval => format!("eval {}", single_quoted(&command)),
        Wrapper::Subshell => format!("( {command} )"),
        // Spaced, so that `$( ( .. ) )` is never read as `$((` arithmetic.
        Wrapper::Substitution => format!("echo \"$( {command} )\""),
        Wrapper::AfterList(list) => format!("{list} {command}"),
    };
    (text, shape_after)
}

/// An `rm -r` of the root, spelled and wrapped in one of many ways.
fn root_deletion() -> impl Strategy<Value = String> {
    (
        rm_name(),
        flag_words(),
        root_target(),
        any::<bool>(),
        proptest::collection::vec(wrapper(), 0..3),
    )
        .prop_map(|(name, flags, target, dashes, wrappers)| {
            let mut words = vec![name.to_owned()];
            words.extend(flags);
            if dashes {
                words.push("--".to_owned());
            }
            words.push(target.to_owned());
            wrappers
                .into_iter()
                .fold((words.join(" "), Shape::Simple), wrap)
                .0
        })
}

fn mode() -> impl Strategy<Value = ApprovalMode> {
    select(vec![
        ApprovalMode::Off,
        ApprovalMode::Smart,
        ApprovalMode::Manual,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn recursive_deletes_of_the_root_are_blocked(command in root_deletion(), mode in mode(), confirmed in any::<bool>()) {
        prop_assert_eq!(
            approve(&command, mode, confirmed),
            Decision::Blocked { rule: Rule::RecursiveDeleteOfRoot },
            "{:?}", command
        );
    }

    #[test]
    fn the_same_command_as_data_is_allowed(command in root_deletion()) {
        // Quoted as an argument, the command is only text.
        for data in [
            format!("echo {}", single_quoted(&command)),
            format!("git commit -m {}", single_quoted(&command)),
            format!("printf '%s\\n' {} >> notes.txt", single_quoted(&command)),
        ] {
            prop_assert_eq!(approve(&data, ApprovalMode::Smart, false), Decision::Allow, "{:?}", data);
        }
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}", mode in mode(), confirmed in any::<bool>()) {
        let _ = approve(&text, mode, confirmed);
    }

    #[test]
    fn never_panics_on_shell_shaped_text(
        text in proptest::collection::vec(
            select(vec!["rm", "-rf", "/", "$(", ")", "`", "'", "\"", "\\", "|", "&&", ";", "\n", "<<EOF", "EOF", "<(", "{", "}", "((", "))", "bash -c", "eval", "x=", "$x", "*", "~", "#"]),
            0..40,
        ).prop_map(|w| w.join(" ")),
        mode in mode(),
    ) {
        let _ = approve(&text, mode, false);
    }
}
