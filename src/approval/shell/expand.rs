//! Words as a command sees them: quotes removed, `$'..'` decoded, `~`
//! and `$HOME` read as a home directory, literal variables and command
//! substitutions whose output is known filled in. A substitution is a
//! script the walker reads on the way.

use brush_parser::word::{Parameter, ParameterExpr, TildeExpr, WordPiece, WordPieceWithSource};

use super::{Analyzer, parse};
use crate::approval::command::Arg;

impl Analyzer {
    /// Unquotes `raw` and expands what can be known statically; runs the
    /// rules over any command substitution inside it.
    pub(super) fn render(&mut self, raw: &str) -> Arg {
        let mut arg = Arg::default();
        match parse::word(raw, &self.options) {
            Ok(pieces) => self.pieces(&pieces, &mut arg),
            Err(failure) => {
                self.incomplete |= failure == parse::Failure::Unreadable;
                arg.text = raw.replace(['\'', '"', '\\'], "");
                arg.dynamic = true;
            }
        }
        arg
    }

    pub(super) fn pieces(&mut self, pieces: &[WordPieceWithSource], arg: &mut Arg) {
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
                    arg.secret |= out.secret;
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
        arg.secret |= self.secret_vars.iter().any(|n| n == name);
        if name == "HOME" {
            arg.text.push('~');
        } else if let Some((_, value)) = self.vars.iter().find(|(n, _)| n == name) {
            arg.text.push_str(value);
            arg.dynamic |= self.several_vars.iter().any(|n| n == name);
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
