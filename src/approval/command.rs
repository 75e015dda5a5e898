//! A simple command as the rules see it: its words after quote removal,
//! its redirections, what it reads on standard input, and what it writes
//! to standard output as far as that is known.

/// One word after quote removal and the expansions that can be known
/// without running anything.
#[derive(Debug, Clone, Default)]
pub(super) struct Arg {
    /// The word as the command would most likely see it. `$HOME` and `~`
    /// read `~`; unknown parameters keep their `$NAME` spelling.
    pub(super) text: String,
    /// Part of the word is only known at run time.
    pub(super) dynamic: bool,
    /// Part of the word is the output of a download (`"$(curl ..)"`,
    /// `<(wget ..)`).
    pub(super) downloads: bool,
    /// Part of the word is the content of a secret (`"$(cat
    /// ~/.ssh/id_rsa)"`, a variable assigned from one).
    pub(super) secret: bool,
}

impl Arg {
    pub(super) fn literal(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }
}

/// A redirection of a simple command.
#[derive(Debug)]
pub(super) struct Redirect {
    /// `>`, `>>`, `<>`, `>|`, `&>`.
    pub(super) writes: bool,
    pub(super) target: Arg,
}

/// What a simple command reads on standard input.
#[derive(Debug, Default)]
pub(super) enum Input {
    /// Nothing known: the terminal, a file, or the caller's stdin.
    #[default]
    Unknown,
    /// The text of a heredoc or here-string.
    Text(String),
    /// The previous stage of a pipeline.
    Pipe(Output),
}

/// What a command writes to standard output, as far as it is known.
#[derive(Debug, Default, Clone)]
pub(super) struct Output {
    /// This stage or an earlier one downloads.
    pub(super) downloads: bool,
    /// This stage or an earlier one carries the content of a secret: a
    /// key or credentials file, or the process environment as a whole.
    pub(super) secret: bool,
    /// The exact text, for `echo`/`printf` of literals and decoders of them.
    pub(super) literal: Option<String>,
}

/// A simple command ready for the rules.
#[derive(Debug, Default)]
pub(super) struct Invocation {
    pub(super) argv: Vec<Arg>,
    pub(super) redirects: Vec<Redirect>,
    pub(super) input: Input,
    /// A here-string or heredoc holds the content of a secret (`<<<
    /// "$(cat ~/.aws/credentials)"`).
    pub(super) secret_input: bool,
}
