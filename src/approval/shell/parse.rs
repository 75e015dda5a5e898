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
//!
//! A barrier cannot stop a loop. The parser's tokenizer never returns,
//! allocating until memory runs out, when a heredoc's end tag comes out
//! empty: it then matches at every step (`remove_here_end_tag` in
//! `tokenizer.rs`). Shapes found by fuzzing reach that: a tag holding a command
//! or arithmetic substitution (`x <<$( <$(`), a tag that is empty or missing
//! (`x a[$ <<"" d`, `$(x << |y`), a tag of control characters (`d<<\x0c | w`,
//! carriage returns). Real tags are plain words, so text whose heredoc tag is
//! anything else ([`heredoc_tag_hangs_parser`]) is not handed to the parser and
//! is answered as a parser panic is. Neither is text on which the parser's
//! backtracking takes seconds: nesting deeper than the walker reads
//! ([`MAX_NESTING`]), more than [`MAX_UNCLOSED_BRACKETS`] `[` left open, or
//! more than [`MAX_QUOTED_SUBSCRIPTS`] subscripts holding quotes. The
//! top-level command is checked before it is parsed, and so is every script and
//! word nested in it.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;

use brush_parser::ast::Program;
use brush_parser::word::{self, WordPieceWithSource};
use brush_parser::{Parser, ParserOptions};

use crate::approval::lexical::{MAX_NESTING, nesting_depth};

/// Why a parse gave no tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// The parser returned an error: the text is not shell syntax.
    Rejected,
    /// The parser panicked on the text, or the text holds a shape it is
    /// known never to return on, so it was not parsed.
    Unreadable,
}

/// Parses `text` as a whole script.
pub(super) fn program(text: &str, options: &ParserOptions) -> Result<Program, Failure> {
    guarded(text, || {
        Parser::new(std::io::Cursor::new(text.as_bytes()), options).parse_program()
    })
}

/// Splits one shell word into pieces.
pub(super) fn word(
    raw: &str,
    options: &ParserOptions,
) -> Result<Vec<WordPieceWithSource>, Failure> {
    guarded(raw, || word::parse(raw, options))
}

/// Splits an unquoted heredoc body into pieces.
pub(super) fn heredoc(
    body: &str,
    options: &ParserOptions,
) -> Result<Vec<WordPieceWithSource>, Failure> {
    guarded(body, || word::parse_heredoc(body, options))
}

/// Runs `parse` over `input` unless the input is [`unreadable`], behind
/// the panic barrier. The closures only read their borrowed input, so no
/// state a panic interrupts is observed afterwards.
fn guarded<T, E>(input: &str, parse: impl FnOnce() -> Result<T, E>) -> Result<T, Failure> {
    if unreadable(input) {
        return Err(Failure::Unreadable);
    }
    match catch_unwind(AssertUnwindSafe(parse)) {
        Ok(Ok(tree)) => Ok(tree),
        Ok(Err(_)) => Err(Failure::Rejected),
        Err(_) => Err(Failure::Unreadable),
    }
}

/// Text not handed to the parser: a heredoc tag it loops on, or nesting
/// deeper than [`MAX_NESTING`], where its backtracking over `((` (a
/// subshell or arithmetic) doubles with each level (28 levels: seconds).
fn unreadable(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Most words and commands hold none of the characters these look at.
    if memchr::memchr3(b'(', b'{', b'[', bytes).is_none() && memchr::memchr(b'<', bytes).is_none() {
        return false;
    }
    heredoc_tag_hangs_parser(text)
        || nesting_depth(text).max(bracket_depth(text)) > MAX_NESTING
        || unclosed_brackets(text) > MAX_UNCLOSED_BRACKETS
        || quoted_subscripts(text) > MAX_QUOTED_SUBSCRIPTS
}

/// More subscripts holding a quote, a backtick, a backslash or a nested
/// `${`/`$(` than this is not parsed: the word parser backtracks over each
/// such subscript as a string, a substitution and an arithmetic expression
/// in turn, and two of them nested took a second
/// (``*(${s[\`\'"]${s[(${s[\`\'"]${s["))``, `${!n[s/${!f=}e${!n[s/${!f=}`).
/// An array is read with an index (`${a[0]}`, `${a[$i]}`, `${a[@]}`), and
/// an associative one with one quoted key at most in a command.
const MAX_QUOTED_SUBSCRIPTS: usize = 1;

/// How many `${name[` subscripts in `text` hold `"`, `'`, `` ` `` or `\`
/// before their `]` (or before the text ends).
fn quoted_subscripts(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    for open in memchr::memmem::find_iter(bytes, b"${") {
        // `${!name[` and `${#name[` (indirection, length) read the same.
        let sigil = usize::from(matches!(bytes.get(open + 2), Some(b'!' | b'#')));
        let name_at = open + 2 + sigil;
        let name = bytes[name_at.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
        let bracket = name_at + name;
        if name == 0 || bytes.get(bracket) != Some(&b'[') {
            continue;
        }
        let subscript = &bytes[bracket + 1..];
        let end = memchr::memchr(b']', subscript).unwrap_or(subscript.len());
        let subscript = &subscript[..end];
        let expansion = subscript.windows(2).any(|w| w == b"${" || w == b"$(");
        if expansion
            || subscript
                .iter()
                .any(|b| matches!(b, b'"' | b'\'' | b'`' | b'\\'))
        {
            count += 1;
        }
    }
    count
}

/// How deeply `(` and `{` nest in `text`, quotes and comments ignored.
/// [`nesting_depth`] reads quotes as the shell does, and a lexer that
/// reads them differently from the parser (a `'` inside a comment) would
/// let deep text through; this count cannot be fooled that way, at the
/// price of refusing deep brackets inside quotes, which commands do not
/// hold.
fn bracket_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for b in text.bytes() {
        match b {
            b'(' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// More `[` left open than this is not parsed: the parser's pattern and
/// subscript rules backtrack over each (`r[l[ ''al[l[ ..`, `${x[${l[..`
/// took seconds). A command has its brackets closed (`[ -f x ]`,
/// `*.[ch]`, `${a[0]}`), bar a stray one.
const MAX_UNCLOSED_BRACKETS: usize = 2;

/// How many `[` in `text` have no `]` after them.
fn unclosed_brackets(text: &str) -> usize {
    let mut open = 0usize;
    for b in text.bytes() {
        match b {
            b'[' => open += 1,
            b']' => open = open.saturating_sub(1),
            _ => {}
        }
    }
    open
}

/// Whether `text` has a heredoc (`<<TAG`, `<<-TAG`, not a `<<<`
/// here-string) whose tag is not a plain word: letters, digits, `_`, `-`,
/// `.`, `!`, quotes and a backslash as the first character (`EOF`, `'END'`, `"_EOT_"`,
/// `\EOF`), with a letter or digit among them. Every tag the parser was
/// seen looping on breaks that rule (`$(`, `""`, a missing tag, control
/// characters such as a form feed or carriage returns), follows two
/// blanks or more, sits inside a substitution left open, or inside one
/// closed on the tag's own line.
pub(super) fn heredoc_tag_hangs_parser(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut heredoc = false;
    // Built once: `memmem::find` would build its searcher on every call.
    static HEREDOC: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"<<"));
    while let Some(at) = HEREDOC.find(&bytes[from..]) {
        let op = from + at;
        // `\<<<`: the first `<` is a quoted character and the operator is
        // the next two, a heredoc rather than a here-string. `\\<<` is a
        // quoted backslash before a heredoc: only an odd run quotes the `<`.
        let backslashes = bytes[..op]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 1 {
            from = op + 1;
            continue;
        }
        let mut i = op + 2;
        if bytes.get(i) == Some(&b'<') {
            from = i + 1;
            continue;
        }
        from = i;
        if bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        // Blanks and line continuations before the tag.
        let mut blanks = 0;
        loop {
            match bytes.get(i..i + 2) {
                Some([b'\\', b'\n']) => i += 2,
                _ if matches!(bytes.get(i), Some(b' ' | b'\t')) => i += 1,
                _ => break,
            }
            blanks += 1;
        }
        // Two blanks or more before the tag made the parser allocate
        // without end inside an open `$(` or `$[` (`$[$[]<<\t\td`); a
        // heredoc is written `<<TAG` or `<< TAG`.
        if blanks >= 2 {
            return true;
        }
        let end = bytes[i..]
            .iter()
            .position(|b| b" \t\n;&|<>()".contains(b))
            .map_or(bytes.len(), |p| i + p);
        let tag = &bytes[i..end];
        // A backslash quotes a tag only as its first character (`\EOF`);
        // elsewhere it can quote the blank after it and run the tag on into
        // the text (`mpl\\\ rc`), which the parser loops on.
        let plain = tag
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.!'\"\\".contains(b))
            && !tag.iter().skip(1).any(|&b| b == b'\\')
            // `<<"s b$( )c"`: a quote left open runs the tag on past the
            // blank, into text the parser loops on.
            && tag.iter().filter(|&&b| b == b'"').count() % 2 == 0
            && tag.iter().filter(|&&b| b == b'\'').count() % 2 == 0
            && tag.iter().any(u8::is_ascii_alphanumeric);
        if !plain {
            return true;
        }
        // A substitution or subshell closed on the heredoc's own line
        // (`$(b <<  d) a`) leaves the body nowhere to go; blanks before
        // the tag made the parser allocate without end.
        let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |p| end + p);
        let open = open_paren_positions(&bytes[..from]);
        // Inside `((`, `<<` is a shift.
        let arithmetic = open.iter().any(|&at| at > 0 && bytes[at - 1] == b'(');
        if !arithmetic && !open.is_empty() && bytes[end..line_end].contains(&b')') {
            return true;
        }
        heredoc = true;
    }
    // A heredoc inside a substitution that is never closed (`$(rm <<
    // x`) loops the same way.
    heredoc && open_parens(bytes) > 0
}

/// Where the `(` still open at the end of `bytes` are, outermost first.
fn open_paren_positions(bytes: &[u8]) -> Vec<usize> {
    let mut open = Vec::new();
    for (at, b) in bytes.iter().enumerate() {
        match b {
            b'(' => open.push(at),
            b')' => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// How many `(` are still open at the end of `bytes`; a `)` with none
/// open closes nothing.
fn open_parens(bytes: &[u8]) -> usize {
    bytes.iter().fold(0usize, |open, b| match b {
        b'(' => open + 1,
        b')' => open.saturating_sub(1),
        _ => open,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_hidden_behind_a_quote_in_a_comment_is_counted() {
        let text = format!("((((\n#')\n{}tt", "(".repeat(20));
        assert!(unreadable(&text));
        assert!(!unreadable("f() { (cd a && { make; }); }"));
    }

    #[test]
    fn brackets_left_open_are_counted() {
        assert_eq!(unclosed_brackets("[ -f x ] && ls *.[ch] ${a[0]}"), 0);
        assert_eq!(unclosed_brackets("r[l[ ''al[l[ -'a"), 4);
        assert_eq!(unclosed_brackets("]] a[ b"), 1);
    }

    #[test]
    fn heredoc_tags_that_hang_the_parser_are_seen() {
        for text in [
            "x <<$( <$(",
            "x <<-a$( <$(",
            "x << $(( <$((",
            "x <<$[ <$[",
            "echo hi; cat <<`x`",
            "x <<\\\n$( <$(",
            "x a[$ <<\"\" d",
            "x a[$ <<'' d",
            "dig $(x <<  |d<S<<l",
            "cat <<",
            "d<<\x0c | w",
            "docker run <<\r\rs\r\rsh\r x",
            "ssh x $(rm -ra<<\t\t nee- ",
            "ssh 53000)3 $(rm -ra<<\t\te- -i",
            "x <<! y",
            "x $(b <<  d) a  ",
            "$[$[]<<\t\td\t",
            "\\<<<\r ",
            "cat <<  EOF\nx\nEOF",
            "docker rocker run -v $(pwbash -ple <<\t\td)\t:/src al\t\t\tx\t\t",
        ] {
            assert!(heredoc_tag_hangs_parser(text), "{text:?}");
        }
        for text in [
            "cat <<EOF\nhi\nEOF",
            "cat <<'EOF' > f.md\n$(x)\nEOF",
            "grep x <<< \"$(date)\"",
            "echo $((1 << 2))",
            "a << b",
            "cat <<\\EOF\nx\nEOF",
            "cat <<-'END_OF_SQL' | psql",
            "python3 - <<\"PY\"",
            "git commit -m \"$(cat <<'EOF'\nfix (parser)\nEOF\n)\"",
            "echo $(( (1 << 2) + 1 ))",
        ] {
            assert!(!heredoc_tag_hangs_parser(text), "{text:?}");
        }
    }
}
