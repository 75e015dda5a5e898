//! brush-parser behind a panic barrier.
//!
//! The parser is written for scripts a user types, and a few of its rules
//! unwrap a number parse: `~99999999999999999999` (a directory-stack index)
//! or `{1..99999999999999999999}` (a brace sequence) panic inside it. The
//! commands this module reads come from a model, so a panic there would let
//! a crafted command take down the dispatcher. Each call here runs the
//! parser under [`std::panic::catch_unwind`] and reports a panic as a
//! failed parse, which the walker already answers with its cautious
//! fallback scan.
//!
//! The barrier only holds where panics unwind: a binary built with
//! `panic = "abort"` still aborts on these inputs.

use std::panic::{AssertUnwindSafe, catch_unwind};

use brush_parser::ast::Program;
use brush_parser::word::{self, WordPieceWithSource};
use brush_parser::{Parser, ParserOptions};

/// Parses `text` as a whole script; `None` when it does not parse.
pub(super) fn program(text: &str, options: &ParserOptions) -> Option<Program> {
    guarded(|| Parser::new(std::io::Cursor::new(text.as_bytes()), options).parse_program())
}

/// Splits one shell word into pieces; `None` when it does not parse.
pub(super) fn word(raw: &str, options: &ParserOptions) -> Option<Vec<WordPieceWithSource>> {
    guarded(|| word::parse(raw, options))
}

/// Splits an unquoted heredoc body into pieces; `None` when it does not
/// parse.
pub(super) fn heredoc(body: &str, options: &ParserOptions) -> Option<Vec<WordPieceWithSource>> {
    guarded(|| word::parse_heredoc(body, options))
}

// The closures only read their borrowed input, so no state a panic
// interrupts is observed afterwards.
fn guarded<T, E>(parse: impl FnOnce() -> Result<T, E>) -> Option<T> {
    catch_unwind(AssertUnwindSafe(parse)).ok()?.ok()
}
