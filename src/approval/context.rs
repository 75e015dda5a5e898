//! What the rules write to while they read one command: the findings, the
//! working directory `cd` made known, the files written with downloaded
//! content, and the nested scripts a command runs, which the analyser
//! reads after the rule returns. Rules never call back into the analyser:
//! they ask, here, and it reads.

use std::borrow::Cow;

use super::paths::normalize;
use super::{Risk, Rule};

/// What a command set off, worst first.
#[derive(Debug, Default)]
pub(super) struct Findings {
    pub(super) hardline: Option<Rule>,
    pub(super) risk: Risk,
    pub(super) rule: Option<Rule>,
}

/// A script a command runs in turn, for the analyser to read.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Nested {
    /// Run by a child process (`bash -c`, `ssh host ..`, `$(..)`): a `cd`
    /// inside it does not move the caller.
    Child(String),
    /// Run in the current shell (`eval`): a `cd` inside it does.
    ThisShell(String),
}

/// The state the rules read and write.
#[derive(Debug, Default)]
pub(super) struct Context {
    pub(super) findings: Findings,
    /// The working directory, where `cd` made it known (`cd / && rm -rf
    /// *`); relative targets are resolved against it.
    pub(super) cwd: Option<String>,
    /// Files written with downloaded content earlier in the command
    /// (`curl -o i.sh ..`), normalised; running one is download-and-execute.
    downloaded: Vec<String>,
    /// Scripts asked to be read, in order.
    pub(super) nested: Vec<Nested>,
}

impl Context {
    /// Records a hardline rule; the first one found is kept.
    pub(super) fn hardline(&mut self, rule: Rule) {
        self.findings.hardline.get_or_insert(rule);
    }

    /// Records a risk; the highest is kept.
    pub(super) fn risk(&mut self, risk: Risk, rule: Rule) {
        if risk > self.findings.risk {
            self.findings.risk = risk;
            self.findings.rule = Some(rule);
        }
    }

    /// Asks for `text` to be read as a script a child process runs.
    pub(super) fn read_script(&mut self, text: &str) {
        self.nested.push(Nested::Child(text.to_owned()));
    }

    /// Asks for `text` to be read as a script the current shell runs.
    pub(super) fn read_script_here(&mut self, text: &str) {
        self.nested.push(Nested::ThisShell(text.to_owned()));
    }

    /// Remembers that `path` now holds downloaded content.
    pub(super) fn record_download(&mut self, path: &str) {
        let path = normalize(&self.resolve(path));
        if !self.downloaded.contains(&path) {
            self.downloaded.push(path);
        }
    }

    /// Whether `path` was written with downloaded content earlier.
    pub(super) fn is_downloaded(&self, path: &str) -> bool {
        !self.downloaded.is_empty() && self.downloaded.contains(&normalize(&self.resolve(path)))
    }

    /// `path` made absolute against the known working directory; unchanged
    /// when it is absolute, starts at a home directory, or the working
    /// directory is unknown.
    pub(super) fn resolve<'a>(&self, path: &'a str) -> Cow<'a, str> {
        match &self.cwd {
            Some(cwd) if !path.starts_with(['/', '~']) && !path.starts_with('$') => {
                Cow::Owned(format!("{cwd}/{path}"))
            }
            _ => Cow::Borrowed(path),
        }
    }
}
