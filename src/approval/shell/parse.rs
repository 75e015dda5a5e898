//! brush-parser behind a panic barrier.
//!
//! The parser is written for scripts a user types, and a few of its rules
//! unwrap a number parse: `~99999999999999999999` (a directory-stack index)
//! or `{1..99999999999999999999}` (a brace sequence) panic inside it. The
//! commands this module reads come from a model, so a panic there would let
//! a crafted command take down the dispatcher. Each call here runs the
//! parser under [`std::panic::catch_unwind`] and tells a panic apart from
//! an ordinary rejection: the walker answers a panic as it answers a
//! script it cannot parse (the fallback scan, then `unparsed` unless a
//! hardline shape is found).
//!
//! The barrier only holds where panics unwind: a binary built with
//! `panic = "abort"` still aborts on these inputs.

use std::panic::{AssertUnwindSafe, catch_unwind};

use brush_parser::ast::Program;
use brush_parser::word::{self, WordPieceWithSource};
use brush_parser::{Parser, ParserOptions};

/// Why a parse gave no tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// The parser returned an error: the text is not shell syntax.
    Rejected,
    /// The parser panicked on the text.
    Panicked,
}

/// Parses `text` as a whole script.
pub(super) fn program(text: &str, options: &ParserOptions) -> Result<Program, Failure> {
    guarded(|| Parser::new(std::io::Cursor::new(text.as_bytes()), options).parse_program())
}

/// Splits one shell word into pieces.
pub(super) fn word(
    raw: &str,
    options: &ParserOptions,
) -> Result<Vec<WordPieceWithSource>, Failure> {
    guarded(|| word::parse(raw, options))
}

/// Splits an unquoted heredoc body into pieces.
pub(super) fn heredoc(
    body: &str,
    options: &ParserOptions,
) -> Result<Vec<WordPieceWithSource>, Failure> {
    guarded(|| word::parse_heredoc(body, options))
}

// The closures only read their borrowed input, so no state a panic
// interrupts is observed afterwards.
fn guarded<T, E>(parse: impl FnOnce() -> Result<T, E>) -> Result<T, Failure> {
    match catch_unwind(AssertUnwindSafe(parse)) {
        Ok(Ok(tree)) => Ok(tree),
        Ok(Err(_)) => Err(Failure::Rejected),
        Err(_) => Err(Failure::Panicked),
    }
}
