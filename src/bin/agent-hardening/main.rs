//! `agent-hardening`: the crate's checks from a shell, a git hook or CI.
//!
//! - `scan [PATH...] [--staged]`: secrets in files or in the git index;
//!   exit 1 when anything is found.
//! - `redact`: masks secrets in stdin, line by line, to stdout.
//! - `check-command [--mode off|smart|manual] -- CMD`: the approval
//!   decision as JSON; exit 0 allow, 1 confirmation required, 3 blocked.
//! - `audit --url URL [--format json|sarif] [--min-score N]`: a running
//!   service's shield report; exit 1 below the score or on a critical signal.
//!
//! Bad usage exits 2 with a message; so does an error that stops a check
//! (an unreadable file, a service that does not answer).

mod audit;
mod check_command;
mod filter;
mod scan;

use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};

fn command() -> Command {
    Command::new("agent-hardening")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Secret scanning, log redaction, command approval and the shield's audit, from a shell or CI")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("scan")
                .about("Find secrets in files or in the git index (exit 1 when any is found)")
                .arg(
                    Arg::new("paths")
                        .value_name("PATH")
                        .num_args(0..)
                        .value_parser(value_parser!(std::path::PathBuf))
                        .help("Files or folders to scan (default: the current folder)"),
                )
                .arg(
                    Arg::new("staged")
                        .long("staged")
                        .action(ArgAction::SetTrue)
                        .conflicts_with("paths")
                        .help("Scan what is staged for the next commit (for a pre-commit hook)"),
                )
                .arg(
                    Arg::new("exclude")
                        .long("exclude")
                        .value_name("PREFIX")
                        .action(ArgAction::Append)
                        .help("Skip paths that start with PREFIX (repeatable); a line with `agent-hardening:allow` is skipped too"),
                ),
        )
        .subcommand(Command::new("redact").about(
            "Mask secrets and personal data in stdin, line by line, to stdout (flushing each line)",
        ))
        .subcommand(
            Command::new("check-command")
                .about("The approval decision for a shell command, as JSON (exit 0 allow, 1 confirmation required, 3 blocked)")
                .arg(
                    Arg::new("mode")
                        .long("mode")
                        .value_parser(["off", "smart", "manual"])
                        .default_value("smart")
                        .help("The approval mode"),
                )
                .arg(
                    Arg::new("confirmed")
                        .long("confirmed")
                        .action(ArgAction::SetTrue)
                        .help("The user already confirmed this command"),
                )
                .arg(
                    Arg::new("command")
                        .value_name("CMD")
                        .num_args(1..)
                        .required(true)
                        .last(true)
                        .help("The command, after `--` (its words are joined with spaces)"),
                ),
        )
        .subcommand(
            Command::new("audit")
                .about("Fetch a running service's shield report (token from AGENT_TOKEN); exit 1 below --min-score or on a critical signal")
                .arg(
                    Arg::new("url")
                        .long("url")
                        .required(true)
                        .help("The service's base URL (http://host:port)"),
                )
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["json", "sarif"])
                        .default_value("json")
                        .help("What to print"),
                )
                .arg(
                    Arg::new("min-score")
                        .long("min-score")
                        .value_parser(value_parser!(u8).range(0..=100))
                        .default_value("0")
                        .help("Fail below this score"),
                ),
        )
}

fn main() -> ExitCode {
    let matches = command().get_matches();
    let outcome = match matches.subcommand() {
        Some(("scan", args)) => scan::run(args),
        Some(("redact", _)) => filter::run(),
        Some(("check-command", args)) => check_command::run(args),
        Some(("audit", args)) => audit::run(args),
        _ => Err("a subcommand is required (see --help)".to_owned()),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("agent-hardening: {error}");
            ExitCode::from(2)
        }
    }
}

/// An argument clap has already checked to be present.
fn value<'a>(args: &'a ArgMatches, name: &str) -> Result<&'a String, String> {
    args.get_one::<String>(name)
        .ok_or_else(|| format!("--{name} is required"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_definition_is_consistent() {
        super::command().debug_assert();
    }
}
