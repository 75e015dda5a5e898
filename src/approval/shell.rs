//! From shell text to the simple commands it runs.
//!
//! brush-parser gives the syntax tree; this walker visits every place where
//! a command executes (lists, pipelines, subshells, groups, loops, `if` and
//! `case` bodies, function bodies, `$(..)`, backticks, `<(..)`) and hands
//! each simple command, with its words unquoted, to [`super::rules`]. The
//! rules call back into [`Analyzer::script`] for text that a command runs
//! in turn (`bash -c`, `eval`, heredocs into a shell, `echo .. | sh`).

use brush_parser::ast::{
    self, Command, CommandPrefixOrSuffixItem, CompoundCommand, IoFileRedirectKind,
    IoFileRedirectTarget, IoRedirect,
};
use brush_parser::word::{
    self, Parameter, ParameterExpr, TildeExpr, WordPiece, WordPieceWithSource,
};
use brush_parser::{Parser, ParserOptions};

use super::rules;
use super::{Risk, Rule};

/// Nested scripts (`bash -c "eval '...'"`) deeper than this are not read;
/// the command is then treated as unparseable.
const MAX_DEPTH: usize = 8;
/// Simple commands visited per call, across all nesting: a bound on the
/// work hostile input can ask for.
pub(super) const MAX_COMMANDS: usize = 2_000;
/// Levels of fallback scanning below [`MAX_DEPTH`].
const MAX_SCAN_DEPTH: usize = 4;

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
    /// The exact text, for `echo`/`printf` of literals and decoders of them.
    pub(super) literal: Option<String>,
}

/// A simple command ready for the rules.
#[derive(Debug, Default)]
pub(super) struct Invocation {
    pub(super) argv: Vec<Arg>,
    pub(super) redirects: Vec<Redirect>,
    pub(super) input: Input,
}

/// What a command set off, worst first.
#[derive(Debug, Default)]
pub(super) struct Findings {
    pub(super) hardline: Option<Rule>,
    pub(super) risk: Risk,
    pub(super) rule: Option<Rule>,
}

/// Walks one command and everything it runs.
pub(super) struct Analyzer {
    options: ParserOptions,
    pub(super) findings: Findings,
    depth: usize,
    commands: usize,
    /// Parse failure, nesting or work limit reached: the result is not
    /// complete.
    pub(super) incomplete: bool,
    /// Literal variables assigned so far (`X=rm; $X -rf /`).
    vars: Vec<(String, String)>,
    /// The working directory, where `cd` made it known (`cd / && rm -rf
    /// *`); relative targets are resolved against it.
    pub(super) cwd: Option<String>,
    /// Inside the flat scan: nested scripts are not read again.
    flat: bool,
    /// Files written with downloaded content earlier in the command
    /// (`curl -o i.sh ..`), normalised; running one is download-and-execute.
    downloaded: Vec<String>,
}

impl Analyzer {
    pub(super) fn new() -> Self {
        Self {
            options: ParserOptions::default(),
            findings: Findings::default(),
            depth: 0,
            commands: 0,
            incomplete: false,
            vars: Vec::new(),
            cwd: None,
            flat: false,
            downloaded: Vec::new(),
        }
    }

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

    /// Parses and walks `text` as a script run by a child shell (`bash
    /// -c`, `$(..)`): a `cd` inside it does not move the caller. Returns
    /// what it writes to standard output as far as that is known.
    pub(super) fn script(&mut self, text: &str) -> Output {
        let cwd = self.cwd.clone();
        let out = self.script_in_this_shell(text);
        self.cwd = cwd;
        out
    }

    /// Parses and walks `text` in the current shell (`eval`, `source`).
    pub(super) fn script_in_this_shell(&mut self, text: &str) -> Output {
        if self.flat {
            return Output::default();
        }
        if self.depth >= MAX_DEPTH {
            self.incomplete = true;
            // Too deep to parse, not too deep to look at: the fallback scan
            // still finds hardline shapes. It nests a few levels at most
            // (each level reads a part of the one above).
            self.depth += 1;
            if self.depth < MAX_DEPTH + MAX_SCAN_DEPTH {
                super::lexical::scan(self, text);
            } else if !self.flat {
                // The last level: no more nesting, and any word that names
                // a destructive command starts one (`eval eval .. rm -rf /`).
                self.flat = true;
                super::lexical::scan_flat(self, text);
                self.flat = false;
            }
            self.depth -= 1;
            return Output::default();
        }
        let parsed =
            Parser::new(std::io::Cursor::new(text.as_bytes()), &self.options).parse_program();
        let Ok(program) = parsed else {
            self.incomplete = true;
            super::lexical::scan(self, text);
            return Output::default();
        };
        self.depth += 1;
        let mut out = Output::default();
        for list in &program.complete_commands {
            out = self.list(list);
        }
        self.depth -= 1;
        out
    }

    /// Remembers that `path` now holds downloaded content.
    pub(super) fn record_download(&mut self, path: &str) {
        let path = super::paths::normalize(&self.resolve(path));
        if !self.downloaded.contains(&path) {
            self.downloaded.push(path);
        }
    }

    /// Whether `path` was written with downloaded content earlier.
    pub(super) fn is_downloaded(&self, path: &str) -> bool {
        !self.downloaded.is_empty()
            && self
                .downloaded
                .contains(&super::paths::normalize(&self.resolve(path)))
    }

    /// Walks `text` as a child script if it parses; text that does not
    /// parse is left alone (it was not meant as commands).
    fn speculative_script(&mut self, text: &str) {
        if self.depth >= MAX_DEPTH {
            self.script(text);
            return;
        }
        let parsed =
            Parser::new(std::io::Cursor::new(text.as_bytes()), &self.options).parse_program();
        if let Ok(program) = parsed {
            let cwd = self.cwd.clone();
            self.depth += 1;
            for list in &program.complete_commands {
                self.list(list);
            }
            self.depth -= 1;
            self.cwd = cwd;
        }
    }

    /// `path` made absolute against the known working directory; unchanged
    /// when it is absolute, starts at a home directory, or the working
    /// directory is unknown.
    pub(super) fn resolve<'a>(&self, path: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.cwd {
            Some(cwd) if !path.starts_with(['/', '~']) && !path.starts_with('$') => {
                std::borrow::Cow::Owned(format!("{cwd}/{path}"))
            }
            _ => std::borrow::Cow::Borrowed(path),
        }
    }

    fn list(&mut self, list: &ast::CompoundList) -> Output {
        let mut out = Output::default();
        for ast::CompoundListItem(and_or, _) in &list.0 {
            out = self.pipeline(&and_or.first);
            for next in &and_or.additional {
                let (ast::AndOr::And(p) | ast::AndOr::Or(p)) = next;
                out = self.pipeline(p);
            }
        }
        out
    }

    fn pipeline(&mut self, pipeline: &ast::Pipeline) -> Output {
        let mut input = Input::Unknown;
        let mut out = Output::default();
        for command in &pipeline.seq {
            let upstream_downloads = matches!(&input, Input::Pipe(o) if o.downloads);
            out = self.command(command, input);
            out.downloads |= upstream_downloads;
            input = Input::Pipe(out.clone());
        }
        out
    }

    fn command(&mut self, command: &Command, input: Input) -> Output {
        match command {
            Command::Simple(simple) => self.simple(simple, input),
            Command::Compound(compound, redirects) => {
                if let Some(list) = redirects {
                    let mut inv = Invocation::default();
                    for r in &list.0 {
                        self.redirect(r, &mut inv);
                    }
                    rules::redirects(self, &inv.redirects);
                }
                self.compound(compound)
            }
            Command::Function(def) => {
                if rules::is_fork_bomb(&def.fname.value, &def.body.0) {
                    self.hardline(Rule::ForkBomb);
                }
                self.compound(&def.body.0)
            }
            Command::ExtendedTest(test, _) => {
                self.extended_test(&test.expr);
                Output::default()
            }
        }
    }

    fn extended_test(&mut self, expr: &ast::ExtendedTestExpr) {
        use ast::ExtendedTestExpr as E;
        match expr {
            E::And(a, b) | E::Or(a, b) => {
                self.extended_test(a);
                self.extended_test(b);
            }
            E::Not(a) | E::Parenthesized(a) => self.extended_test(a),
            E::UnaryTest(_, w) => {
                self.render(&w.value);
            }
            E::BinaryTest(_, a, b) => {
                self.render(&a.value);
                self.render(&b.value);
            }
        }
    }

    fn compound(&mut self, compound: &CompoundCommand) -> Output {
        match compound {
            CompoundCommand::BraceGroup(g) => self.list(&g.list),
            CompoundCommand::Subshell(s) => {
                let cwd = self.cwd.clone();
                let out = self.list(&s.list);
                self.cwd = cwd;
                out
            }
            CompoundCommand::ForClause(f) => {
                for w in f.values.iter().flatten() {
                    self.render(&w.value);
                }
                self.list(&f.body.list)
            }
            CompoundCommand::ArithmeticForClause(f) => self.list(&f.body.list),
            CompoundCommand::WhileClause(w) | CompoundCommand::UntilClause(w) => {
                self.list(&w.0);
                self.list(&w.1.list)
            }
            CompoundCommand::IfClause(i) => {
                self.list(&i.condition);
                let mut out = self.list(&i.then);
                for e in i.elses.iter().flatten() {
                    if let Some(c) = &e.condition {
                        self.list(c);
                    }
                    out = self.list(&e.body);
                }
                out
            }
            CompoundCommand::CaseClause(c) => {
                self.render(&c.value.value);
                let mut out = Output::default();
                for item in &c.cases {
                    if let Some(list) = &item.cmd {
                        out = self.list(list);
                    }
                }
                out
            }
            CompoundCommand::Coprocess(c) => self.command(&c.body, Input::Unknown),
            // `((rm -rf /))` is arithmetic to bash but two subshells to
            // dash, which runs it: read it as commands when it parses as
            // commands, and as plain arithmetic otherwise.
            CompoundCommand::Arithmetic(a) => {
                self.speculative_script(&a.expr.value);
                Output::default()
            }
        }
    }

    fn simple(&mut self, simple: &ast::SimpleCommand, input: Input) -> Output {
        self.commands += 1;
        if self.commands > MAX_COMMANDS {
            self.incomplete = true;
            return Output::default();
        }
        let mut inv = Invocation {
            input,
            ..Invocation::default()
        };
        let mut assignments = Vec::new();
        for item in simple.prefix.iter().flat_map(|p| &p.0) {
            match item {
                CommandPrefixOrSuffixItem::AssignmentWord(assignment, _) => {
                    if let (
                        ast::AssignmentName::VariableName(name),
                        ast::AssignmentValue::Scalar(value),
                    ) = (&assignment.name, &assignment.value)
                    {
                        let value = self.render(&value.value);
                        assignments.push((name.clone(), value));
                    }
                }
                other => self.item(other, &mut inv),
            }
        }
        if let Some(name) = &simple.word_or_name {
            let name = self.render(&name.value);
            inv.argv.push(name);
        }
        for item in simple.suffix.iter().flat_map(|s| &s.0) {
            self.item(item, &mut inv);
        }
        if inv.argv.is_empty() {
            // `X=rm`: remembered for later commands of the same script.
            for (name, value) in assignments {
                if !value.dynamic {
                    self.vars.retain(|(n, _)| *n != name);
                    self.vars.push((name, value.text));
                }
            }
            rules::redirects(self, &inv.redirects);
            return Output::default();
        }
        rules::invocation(self, inv)
    }

    fn item(&mut self, item: &CommandPrefixOrSuffixItem, inv: &mut Invocation) {
        match item {
            CommandPrefixOrSuffixItem::Word(w) => {
                let arg = self.render(&w.value);
                inv.argv.push(arg);
            }
            // `dd of=/dev/sda`, `make X=1`: to the command, an argument.
            CommandPrefixOrSuffixItem::AssignmentWord(_, w) => {
                let arg = self.render(&w.value);
                inv.argv.push(arg);
            }
            CommandPrefixOrSuffixItem::IoRedirect(r) => self.redirect(r, inv),
            CommandPrefixOrSuffixItem::ProcessSubstitution(_, sub) => {
                let out = self.list(&sub.list);
                inv.argv.push(Arg {
                    text: "<(..)".into(),
                    dynamic: true,
                    downloads: out.downloads,
                });
            }
        }
    }

    fn redirect(&mut self, redirect: &IoRedirect, inv: &mut Invocation) {
        match redirect {
            IoRedirect::File(_, kind, target) => {
                let writes = matches!(
                    kind,
                    IoFileRedirectKind::Write
                        | IoFileRedirectKind::Append
                        | IoFileRedirectKind::ReadAndWrite
                        | IoFileRedirectKind::Clobber
                        | IoFileRedirectKind::DuplicateOutput
                );
                match target {
                    IoFileRedirectTarget::Filename(w) | IoFileRedirectTarget::Duplicate(w) => {
                        let target = self.render(&w.value);
                        inv.redirects.push(Redirect { writes, target });
                    }
                    IoFileRedirectTarget::ProcessSubstitution(_, sub) => {
                        self.list(&sub.list);
                    }
                    IoFileRedirectTarget::Fd(_) => {}
                }
            }
            IoRedirect::OutputAndError(w, _) => {
                let target = self.render(&w.value);
                inv.redirects.push(Redirect {
                    writes: true,
                    target,
                });
            }
            IoRedirect::HereDocument(_, doc) => {
                if doc.requires_expansion {
                    // Substitutions in an unquoted heredoc run.
                    if let Ok(pieces) = word::parse_heredoc(&doc.doc.value, &self.options) {
                        let mut arg = Arg::default();
                        self.pieces(&pieces, &mut arg);
                    }
                }
                inv.input = Input::Text(doc.doc.value.clone());
            }
            IoRedirect::HereString(_, w) => {
                let arg = self.render(&w.value);
                inv.input = Input::Text(arg.text);
            }
        }
    }

    /// Unquotes `raw` and expands what can be known statically; runs the
    /// rules over any command substitution inside it.
    pub(super) fn render(&mut self, raw: &str) -> Arg {
        let mut arg = Arg::default();
        match word::parse(raw, &self.options) {
            Ok(pieces) => self.pieces(&pieces, &mut arg),
            Err(_) => {
                arg.text = raw.replace(['\'', '"', '\\'], "");
                arg.dynamic = true;
            }
        }
        arg
    }

    fn pieces(&mut self, pieces: &[WordPieceWithSource], arg: &mut Arg) {
        for piece in pieces {
            match &piece.piece {
                WordPiece::Text(s) | WordPiece::SingleQuotedText(s) => arg.text.push_str(s),
                WordPiece::AnsiCQuotedText(s) => arg.text.push_str(&ansi_c(s)),
                WordPiece::DoubleQuotedSequence(inner)
                | WordPiece::GettextDoubleQuotedSequence(inner) => self.pieces(inner, arg),
                WordPiece::TildeExpansion(TildeExpr::Home) => arg.text.push('~'),
                WordPiece::TildeExpansion(TildeExpr::UserHome(user)) => {
                    arg.text.push('~');
                    arg.text.push_str(user);
                }
                WordPiece::TildeExpansion(_) => {
                    arg.text.push_str("~+");
                    arg.dynamic = true;
                }
                WordPiece::ParameterExpansion(expr) => self.parameter(expr, arg),
                WordPiece::CommandSubstitution(script)
                | WordPiece::BackquotedCommandSubstitution(script) => {
                    let out = self.script(script);
                    arg.downloads |= out.downloads;
                    match out.literal {
                        Some(text) => arg.text.push_str(text.trim_end_matches('\n')),
                        None => {
                            arg.text.push_str("$(..)");
                            arg.dynamic = true;
                        }
                    }
                }
                WordPiece::EscapeSequence(s) => {
                    let escaped = s.strip_prefix('\\').unwrap_or(s);
                    if escaped != "\n" {
                        arg.text.push_str(escaped);
                    }
                }
                WordPiece::ArithmeticExpression(expr) => {
                    // `$(( $(rm -rf /) + 1 ))`: substitutions inside run.
                    if expr.value.contains(['$', '`']) {
                        self.render(&expr.value);
                    }
                    arg.text.push('0');
                    arg.dynamic = true;
                }
            }
        }
    }

    fn parameter(&mut self, expr: &ParameterExpr, arg: &mut Arg) {
        let (name, default) = match expr {
            ParameterExpr::Parameter {
                parameter: Parameter::Named(name),
                indirect: false,
            } => (name.as_str(), None),
            ParameterExpr::UseDefaultValues {
                parameter: Parameter::Named(name),
                indirect: false,
                default_value,
                ..
            } => (name.as_str(), default_value.as_deref()),
            _ => {
                arg.text.push_str("$?");
                arg.dynamic = true;
                return;
            }
        };
        if name == "HOME" {
            arg.text.push('~');
        } else if let Some((_, value)) = self.vars.iter().find(|(n, _)| n == name) {
            arg.text.push_str(value);
        } else if let Some(default) = default {
            // `${TARGET:-/}`: the fallback is what runs when unset.
            let rendered = self.render(default);
            arg.text.push_str(&rendered.text);
            arg.dynamic = true;
        } else {
            arg.text.push('$');
            arg.text.push_str(name);
            arg.dynamic = true;
        }
    }
}

/// Decodes the body of a `$'..'` word.
fn ansi_c(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('a') => out.push('\u{7}'),
            Some('b') => out.push('\u{8}'),
            Some('e' | 'E') => out.push('\u{1b}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some('x') => {
                let hex: String = std::iter::from_fn(|| chars.next_if(char::is_ascii_hexdigit))
                    .take(2)
                    .collect();
                push_code(&mut out, u32::from_str_radix(&hex, 16).ok());
            }
            Some(d @ '0'..='7') => {
                let mut digits = String::from(d);
                while digits.len() < 3 {
                    match chars.next_if(|c| ('0'..='7').contains(c)) {
                        Some(c) => digits.push(c),
                        None => break,
                    }
                }
                push_code(&mut out, u32::from_str_radix(&digits, 8).ok());
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn push_code(out: &mut String, code: Option<u32>) {
    if let Some(c) = code.and_then(char::from_u32) {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ansi_c_quotes_decode() {
        assert_eq!(ansi_c(r"a\x41\n\101\\"), "aA\nA\\");
        assert_eq!(ansi_c(r"\x7"), "\u{7}");
    }

    #[test]
    fn words_unquote_and_expand_what_is_known() {
        let mut an = Analyzer::new();
        assert_eq!(an.render(r"\rm").text, "rm");
        assert_eq!(an.render("r''m").text, "rm");
        assert_eq!(an.render("\"$HOME\"/x").text, "~/x");
        assert_eq!(an.render("${HOME}").text, "~");
        assert_eq!(an.render("$(echo rm)").text, "rm");
        let unknown = an.render("$DIR/build");
        assert!(unknown.dynamic);
        assert_eq!(unknown.text, "$DIR/build");
    }
}
