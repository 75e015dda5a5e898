//! From shell text to the simple commands it runs.
//!
//! brush-parser gives the syntax tree; this walker visits every place where
//! a command executes (lists, pipelines, subshells, groups, loops, `if` and
//! `case` bodies, function bodies, `$(..)`, backticks, `<(..)`) and hands
//! each simple command, with its words unquoted, to [`super::rules`]. A
//! rule that meets text a command runs in turn (`bash -c`, `eval`,
//! heredocs into a shell, `echo .. | sh`) asks for it in the
//! [`Context`]; the walker reads it once the rule has returned, so the
//! rules never call back into the walker.

use brush_parser::ParserOptions;
use brush_parser::ast::{
    self, Command, CommandPrefixOrSuffixItem, CompoundCommand, IoFileRedirectKind,
    IoFileRedirectTarget, IoRedirect,
};

use super::Rule;
mod expand;
mod parse;

use super::catalog;
use super::command::{Arg, Input, Invocation, Output, Redirect};
use super::context::{Context, Nested};
use super::lexical::segments;
use super::paths::basename;
use super::rules;

/// Nested scripts (`bash -c "eval '...'"`) deeper than this are not read;
/// the command is then treated as unparseable.
const MAX_DEPTH: usize = 8;
/// Simple commands visited per call, across all nesting: a bound on the
/// work hostile input can ask for.
pub(super) const MAX_COMMANDS: usize = 2_000;
/// Levels of fallback scanning below [`MAX_DEPTH`].
const MAX_SCAN_DEPTH: usize = 4;

/// Walks one command and everything it runs.
pub(super) struct Analyzer {
    options: ParserOptions,
    /// What the rules found, and the state they keep.
    pub(super) cx: Context,
    depth: usize,
    commands: usize,
    /// Parse failure, nesting or work limit reached: the result is not
    /// complete.
    pub(super) incomplete: bool,
    /// Literal variables assigned so far (`X=rm; $X -rf /`).
    vars: Vec<(String, String)>,
    /// Variables assigned the content of a secret (`K=$(cat
    /// ~/.ssh/id_rsa)`), whose expansions carry it.
    secret_vars: Vec<String>,
    /// Loop variables bound to several values (`{/etc,/usr}`): which one
    /// a use sees is only known at run time.
    several_vars: Vec<String>,
    /// Inside the flat scan: nested scripts are not read again.
    flat: bool,
}

impl Analyzer {
    pub(super) fn new() -> Self {
        Self {
            options: ParserOptions::default(),
            cx: Context::default(),
            depth: 0,
            commands: 0,
            incomplete: false,
            vars: Vec::new(),
            secret_vars: Vec::new(),
            several_vars: Vec::new(),
            flat: false,
        }
    }

    /// Runs the rules over one simple command, then reads the scripts they
    /// asked for (none inside the flat scan).
    fn run(&mut self, inv: Invocation) -> Output {
        let out = rules::invocation(&mut self.cx, inv);
        let nested = std::mem::take(&mut self.cx.nested);
        for script in nested {
            match script {
                Nested::Child(text) => self.script(&text),
                Nested::ThisShell(text) => self.script_in_this_shell(&text),
            };
        }
        out
    }

    /// Parses and walks `text` as a script run by a child shell (`bash
    /// -c`, `$(..)`): a `cd` inside it does not move the caller. Returns
    /// what it writes to standard output as far as that is known.
    pub(super) fn script(&mut self, text: &str) -> Output {
        let cwd = self.cx.cwd.clone();
        let out = self.script_in_this_shell(text);
        self.cx.cwd = cwd;
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
                self.scan(text);
            } else if !self.flat {
                // The last level: no more nesting, and any word that names
                // a destructive command starts one (`eval eval .. rm -rf /`).
                self.flat = true;
                self.scan_flat(text);
                self.flat = false;
            }
            self.depth -= 1;
            return Output::default();
        }
        let Ok(program) = parse::program(text, &self.options) else {
            self.incomplete = true;
            self.scan(text);
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

    /// Walks `text` as a child script if it parses; text that does not
    /// parse is left alone (it was not meant as commands).
    fn speculative_script(&mut self, text: &str) {
        if self.depth >= MAX_DEPTH {
            self.script(text);
            return;
        }
        match parse::program(text, &self.options) {
            Ok(program) => {
                let cwd = self.cx.cwd.clone();
                self.depth += 1;
                for list in &program.complete_commands {
                    self.list(list);
                }
                self.depth -= 1;
                self.cx.cwd = cwd;
            }
            // A panic is not evidence that the text was prose.
            Err(parse::Failure::Unreadable) => self.incomplete = true,
            Err(parse::Failure::Rejected) => {}
        }
    }

    /// Runs the rules over a rough split of text the parser rejected: words
    /// split on blanks, quotes grouping, commands split on `; & | ( ) \n` and
    /// backticks. Used to find hardline shapes in unparseable text.
    pub(super) fn scan(&mut self, text: &str) {
        const KEYWORDS: &[&str] = &[
            "if", "then", "else", "elif", "do", "while", "until", "!", "time",
        ];
        let mut input = Input::Unknown;
        for (mut segment, piped) in segments(text) {
            // `then rm -rf /`: a reserved word is not the command.
            let keywords = segment
                .iter()
                .take_while(|w| KEYWORDS.contains(&w.as_str()))
                .count();
            segment.drain(..keywords);
            if segment.is_empty() {
                input = Input::Unknown;
                continue;
            }
            let inv = Invocation {
                argv: segment.into_iter().map(Arg::literal).collect(),
                redirects: Vec::new(),
                input: std::mem::take(&mut input),
                ..Invocation::default()
            };
            let out = self.run(inv);
            input = if piped {
                Input::Pipe(out)
            } else {
                Input::Unknown
            };
        }
    }

    /// The last resort for text nested too deep to read: every word that names
    /// a destructive command (`rm`, `/bin/rm`, `mkfs.ext4`) is read as the start
    /// of one, whatever precedes it, so wrappers and `eval` chains of any length
    /// are seen through. Nested scripts are not read again.
    fn scan_flat(&mut self, text: &str) {
        let mut budget = MAX_COMMANDS;
        for (segment, _) in segments(text) {
            for start in 0..segment.len() {
                let name = basename(&segment[start]);
                if !catalog::lookup(name).is_some_and(|e| e.destructive) {
                    continue;
                }
                if budget == 0 {
                    return;
                }
                budget -= 1;
                let inv = Invocation {
                    argv: segment[start..].iter().cloned().map(Arg::literal).collect(),
                    ..Invocation::default()
                };
                self.run(inv);
            }
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
            let (upstream_downloads, upstream_secret) = match &input {
                Input::Pipe(o) => (o.downloads, o.secret),
                _ => (false, false),
            };
            out = self.command(command, input);
            out.downloads |= upstream_downloads;
            out.secret |= upstream_secret;
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
                    rules::redirects(&mut self.cx, &inv.redirects);
                }
                self.compound(compound)
            }
            Command::Function(def) => {
                if is_fork_bomb(&def.fname.value, &def.body.0) {
                    self.cx.hardline(Rule::ForkBomb);
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
                let cwd = self.cx.cwd.clone();
                let out = self.list(&s.list);
                self.cx.cwd = cwd;
                out
            }
            CompoundCommand::ForClause(f) => {
                let values: Vec<Arg> = f
                    .values
                    .iter()
                    .flatten()
                    .map(|w| self.render(&w.value))
                    .collect();
                self.bind_loop_variable(&f.variable_name, &values);
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

    /// `for d in /etc /usr; do rm -rf "$d"; done`: the variable reads as
    /// a brace expansion of its values (`{/etc,/usr}`), which the rules
    /// expand wherever they look at paths. Left unbound when a value is
    /// only known at run time or would break the braces.
    fn bind_loop_variable(&mut self, name: &str, values: &[Arg]) {
        self.vars.retain(|(n, _)| n != name);
        self.several_vars.retain(|n| n != name);
        if values.iter().any(|v| v.secret) && !self.secret_vars.iter().any(|n| n == name) {
            self.secret_vars.push(name.to_owned());
        }
        let literal = |v: &Arg| !v.dynamic && !v.text.contains(['{', '}', ',']);
        if values.is_empty() || !values.iter().all(literal) {
            return;
        }
        let value = match values {
            [one] => one.text.clone(),
            many => {
                self.several_vars.push(name.to_owned());
                let texts: Vec<&str> = many.iter().map(|v| v.text.as_str()).collect();
                format!("{{{}}}", texts.join(","))
            }
        };
        self.vars.push((name.to_owned(), value));
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
                if value.secret && !self.secret_vars.contains(&name) {
                    self.secret_vars.push(name.clone());
                }
                if !value.dynamic {
                    self.several_vars.retain(|n| *n != name);
                    self.vars.retain(|(n, _)| *n != name);
                    self.vars.push((name, value.text));
                }
            }
            rules::redirects(&mut self.cx, &inv.redirects);
            return Output::default();
        }
        self.run(inv)
    }

    fn item(&mut self, item: &CommandPrefixOrSuffixItem, inv: &mut Invocation) {
        match item {
            CommandPrefixOrSuffixItem::Word(w) => {
                let arg = self.render(&w.value);
                inv.argv.push(arg);
            }
            // `dd of=/dev/sda`, `make X=1`: to the command, an argument.
            CommandPrefixOrSuffixItem::AssignmentWord(assignment, w) => {
                let arg = self.render(&w.value);
                // `export K="$(cat ~/.ssh/id_rsa)"`: the variable carries it.
                if let (true, ast::AssignmentName::VariableName(name)) =
                    (arg.secret, &assignment.name)
                    && !self.secret_vars.contains(name)
                {
                    self.secret_vars.push(name.clone());
                }
                inv.argv.push(arg);
            }
            CommandPrefixOrSuffixItem::IoRedirect(r) => self.redirect(r, inv),
            CommandPrefixOrSuffixItem::ProcessSubstitution(_, sub) => {
                let out = self.list(&sub.list);
                inv.argv.push(Arg {
                    text: "<(..)".into(),
                    dynamic: true,
                    downloads: out.downloads,
                    secret: out.secret,
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
                        let out = self.list(&sub.list);
                        // `nc host 443 < <(cat ~/.ssh/id_rsa)`
                        inv.secret_input |= out.secret && !writes;
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
                    match parse::heredoc(&doc.doc.value, &self.options) {
                        Ok(pieces) => {
                            let mut arg = Arg::default();
                            self.pieces(&pieces, &mut arg);
                            inv.secret_input |= arg.secret;
                        }
                        Err(parse::Failure::Unreadable) => self.incomplete = true,
                        Err(parse::Failure::Rejected) => {}
                    }
                }
                inv.input = Input::Text(doc.doc.value.clone());
            }
            IoRedirect::HereString(_, w) => {
                let arg = self.render(&w.value);
                inv.secret_input |= arg.secret;
                inv.input = Input::Text(arg.text);
            }
        }
    }
}

/// A function that pipes into itself or backgrounds itself: `:(){ :|:& };:`
/// under any name.
fn is_fork_bomb(name: &str, body: &brush_parser::ast::CompoundCommand) -> bool {
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
