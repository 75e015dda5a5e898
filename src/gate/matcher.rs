//! Compiling the cue grammar ([`super::patterns`]) and running it.
//!
//! Texts are read in up to three forms:
//!
//! - the **words view** of the folded text: every run of characters that
//!   are not letters or digits becomes one space, with a space at each
//!   end. Word cues run here, written with literal single spaces;
//! - the folded text itself, for **structural** cues that need
//!   punctuation (`<system>`, `[SYSTEM]`, `new instructions:`, addresses,
//!   a sentence start);
//! - the **spaceless** view, for split words (see [`super::normalize`]).
//!
//! Finding cues costs one literal pass before any regex: the **sentinel**
//! gate ([`super::sentinels`] derives the literals, [`super::prefilter`]
//! looks for them word by word) says whether the words view holds
//! anything a cue needs. Only then does each part of the grammar run: one
//! Aho-Corasick search for where a cue's match could start (its prefixes),
//! then the cue's anchored regex from there, which stops at its first dead
//! end a few bytes in. (One regex set of all the patterns spends its time
//! building DFA states, and a per-cue scan of the whole text costs a pass
//! per cue: both measured far slower.)

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

use super::FlagReason;
#[cfg(test)]
use super::normalize::fold;
use super::normalize::fold_plain;
use super::patterns::{Check, SPECS, Spec, Strength};
use super::prefilter::{Sentinels, automaton, minimal};
use super::sentinels::{literal_cost, sentinels, words_form};

/// A cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    pub(super) reason: FlagReason,
    pub(super) strength: Strength,
}

/// The form a pattern is expanded to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Words,
    Structural,
    Spaceless,
}

/// Separators in structural cues: what the words view turns into a space.
const STRUCTURAL_SEP: &str = r"[^\p{Alphabetic}\p{N}]+";
const STRUCTURAL_GAP: &str = r"[^\p{Alphabetic}\p{N}]*";

/// Room for the cues of one form (a test keeps the grammar under it).
const MAX_CUES: usize = 192;

/// Prefixes shorter than this would match almost everywhere.
const MIN_PREFIX: usize = 2;

/// Whether a pattern needs punctuation the words view drops.
fn is_structural(spec: &Spec) -> bool {
    let stripped = spec.pattern.replace("(?:", "");
    matches!(spec.check, Check::SentenceStart | Check::DictatedContent)
        || stripped.contains("[^")
        || stripped.contains(|c: char| ":<\"@=!%_§\\'.".contains(c))
}

/// Whether a pattern's match starts with a word (and so at a boundary).
/// Scripts written without spaces (Chinese, Japanese) have no word
/// boundaries to wait for.
fn starts_with_word(pattern: &str) -> bool {
    let first = pattern.trim_start_matches("(?:").chars().next();
    !pattern.starts_with(['<', '!', '\\', '"', '[']) && first.is_some_and(|c| c.is_ascii())
}

/// Filler words (`(?:[a-z-]+ ){0,3}`, `(?:{w} ){0,2}`) in a pattern: in the
/// spaceless view they would be runs of any letters, so they are dropped
/// there and a spaceless cue matches only its phrase, run together.
static FILLERS: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)] // a literal pattern, covered by the compile test
    Regex::new(
        r"\(\?:(?:\[a-z-\]\+|\[a-z\]\+|\[a-z_-\]\+|\{w\}) \)\{\d+,\d+\}|\(\?: \{w\}\)\{\d+,\d+\}",
    )
    .unwrap()
});

/// Expands the notation of [`super::patterns`] into a regex body.
fn expand(pattern: &str, form: Form) -> String {
    let without_fillers;
    let pattern = if form == Form::Spaceless {
        without_fillers = FILLERS.replace_all(pattern, "");
        &*without_fillers
    } else {
        pattern
    };
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{w}") {
            out.push_str(match form {
                Form::Words => "[^ ]+",
                Form::Structural => "[a-z0-9']+",
                Form::Spaceless => "[a-z0-9]{1,12}",
            });
            rest = after;
            continue;
        }
        match (c, form) {
            (' ', Form::Words) => out.push(' '),
            (' ', Form::Structural) => out.push_str(STRUCTURAL_SEP),
            ('`', Form::Words) => out.push_str("(?: )?"),
            ('`', Form::Structural) => out.push_str(STRUCTURAL_GAP),
            ('§', Form::Words) => out.push_str("(?: |$)"),
            ('§', Form::Structural) => {
                out.push_str(STRUCTURAL_GAP);
                out.push_str(r"(?:[:\]\)\-.,;!]|$)");
            }
            (' ' | '`' | '§', Form::Spaceless) => {}
            (c, _) if c.is_ascii() => out.push(c),
            (c, _) => {
                let mut buf = [0u8; 4];
                out.push_str(&regex::escape(&fold_plain(c.encode_utf8(&mut buf))));
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    // A filler word (`(?:[a-z-]+ ){0,3}`) is any word of the words view, and
    // a bounded run of letters in the spaceless view (so it cannot run on
    // across the text).
    let word = match form {
        Form::Words => "[^ ]+",
        Form::Structural => return out,
        Form::Spaceless => "[a-z]{1,12}",
    };
    out.replace("[a-z_-]+", word)
        .replace("[a-z-]+", word)
        .replace("[a-z]+", word)
}

/// A compiled cue: its regex anchored at the start (`^(?:..)`), run from
/// each position where one of its prefixes occurs.
struct Cue {
    reason: FlagReason,
    strength: Strength,
    check: Check,
    regex: Regex,
    /// The match must start at a word boundary.
    word_start: bool,
}

impl Cue {
    /// Whether the cue matches starting at byte `at` of `text`.
    fn matches_at(&self, text: &str, at: usize) -> bool {
        let rest = &text[at..];
        if !self.regex.is_match(rest) {
            return false;
        }
        match self.check {
            Check::None => true,
            Check::NotNegated => !negated(&text[..at]),
            Check::SentenceStart => opens_sentence(&text[..at]),
            // Captures allocate: only for a match.
            Check::DictatedContent => self.regex.captures(rest).is_some_and(|c| {
                c.get(1).is_none_or(|object| {
                    // A quoted object (`add "Visit .." to your reply`) is
                    // dictated whatever its first word.
                    let quoted = rest[..object.start()]
                        .ends_with(['"', '\'', '\u{201C}', '\u{2018}', '\u{AB}']);
                    quoted || is_dictated(object.as_str())
                })
            }),
        }
    }
}

/// One form of the grammar, compiled.
struct Compiled {
    form: Form,
    cues: Vec<Cue>,
    /// Prefixes of the cues' matches (each once), and the cues each one
    /// stands for: its own and those of every shorter prefix it starts
    /// with, so one leftmost-longest search at a position finds them all.
    prefixes: AhoCorasick,
    prefix_cues: Vec<Vec<usize>>,
}

/// The prefixes every match of `body` starts with, or `None` when they
/// cannot be listed, or some are too short to be worth searching for.
fn prefixes(body: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(body).ok()?;
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_class(16)
        .limit_repeat(4)
        .limit_literal_len(12)
        .limit_total(512)
        .extract(&hir);
    let literals = seq.literals()?;
    // A one-byte prefix is worth it only if it is punctuation (`<`, `[`).
    let too_short =
        |l: &[u8]| l.len() < MIN_PREFIX && l.first().is_none_or(u8::is_ascii_alphanumeric);
    if literals.is_empty() || literals.iter().any(|l| too_short(l.as_bytes())) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

fn in_form(spec: &Spec, form: Form) -> bool {
    match form {
        Form::Spaceless => spec.spaceless,
        Form::Structural => is_structural(spec),
        Form::Words => !is_structural(spec),
    }
}

fn compile(form: Form) -> Compiled {
    let mut cues = Vec::new();
    let mut by_literal: std::collections::BTreeMap<Vec<u8>, Vec<usize>> =
        std::collections::BTreeMap::new();
    for spec in SPECS.iter().filter(|s| in_form(s, form)) {
        let body = expand(spec.pattern, form);
        // Every pattern is a literal of this crate; a test checks that all
        // of them compile and have prefixes.
        let (Ok(regex), Some(found)) = (Regex::new(&format!("^(?:{body})")), prefixes(&body))
        else {
            continue;
        };
        let index = cues.len();
        for literal in found {
            by_literal.entry(literal).or_default().push(index);
        }
        cues.push(Cue {
            reason: spec.reason,
            strength: spec.strength,
            check: spec.check,
            regex,
            word_start: form != Form::Spaceless && starts_with_word(spec.pattern),
        });
    }
    let literals: Vec<Vec<u8>> = by_literal.keys().cloned().collect();
    let prefix_cues = literals
        .iter()
        .map(|literal| {
            let mut cues: Vec<usize> = (1..=literal.len())
                .filter_map(|n| by_literal.get(&literal[..n]))
                .flatten()
                .copied()
                .collect();
            cues.sort_unstable();
            cues.dedup();
            cues
        })
        .collect();
    // Word cues: leftmost-longest with restarts (see `hits_in`). The other
    // forms are searched overlapping, in one pass: their prefixes can be a
    // single byte (`<`), and a restart at each would cost a search each.
    let kind = if form == Form::Words {
        MatchKind::LeftmostLongest
    } else {
        MatchKind::Standard
    };
    Compiled {
        form,
        cues,
        prefixes: automaton(&literals, kind, false),
        prefix_cues,
    }
}

/// The grammar in its three forms, and the sentinels of the word and
/// structural cues.
struct Grammar {
    words: Compiled,
    structural: Compiled,
    spaceless: Compiled,
    sentinels: Sentinels,
}

/// The sentinels of every word and structural cue, in words-view form. A
/// structural cue's separators all become single spaces in the words view,
/// so its sentinels are read from its words form too.
fn compile_sentinels() -> Sentinels {
    let mut literals: Vec<Vec<u8>> = Vec::new();
    // Context cues never flag by themselves: a text needs another cue, and
    // that cue's sentinels open the gate.
    for spec in SPECS
        .iter()
        .filter(|s| !punctuation_triggered(s) && s.strength != Strength::Context)
    {
        let body = expand(spec.pattern, Form::Words);
        // A cue tried only at word starts follows a space of the view:
        // with it, its sentinels can be looked up word by word.
        let body = if starts_with_word(spec.pattern) {
            format!(" (?:{body})")
        } else {
            body
        };
        match sentinels(&body) {
            Some((set, _)) => literals.extend(set),
            // Its prefixes will do: every match starts with one.
            None => literals.extend(
                prefixes(&body)
                    .unwrap_or_default()
                    .iter()
                    .map(|l| words_form(l)),
            ),
        }
    }
    Sentinels::new(&minimal(literals), literal_cost)
}

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(|| Grammar {
    words: compile(Form::Words),
    structural: compile(Form::Structural),
    spaceless: compile(Form::Spaceless),
    sentinels: compile_sentinels(),
});

/// Builds the grammar now rather than on the first scan.
pub(super) fn prepare() {
    LazyLock::force(&FILLERS);
    LazyLock::force(&GRAMMAR);
}

/// The words view of folded `text` (or of ASCII text in any case, which it
/// lower-cases): every run of characters that are not letters or digits
/// is one space, and there is a space at each end.
pub(super) fn words_view(text: &str) -> String {
    if text.is_ascii() {
        // Byte by byte into a buffer: the common case, on every text.
        let mut out = Vec::with_capacity(text.len() + 2);
        out.push(b' ');
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase());
            } else if out.last() != Some(&b' ') {
                out.push(b' ');
            }
        }
        if out.last() != Some(&b' ') {
            out.push(b' ');
        }
        // Only ASCII bytes were written.
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Bytes that open the gate by themselves: structural cues whose
/// distinctive part is punctuation (`<|im_start|>`, `![..](..)`, a
/// snake_case tool name, JSON keys) have no rare word to wait for.
pub(super) const PUNCTUATION_TRIGGERS: &[u8; 5] = b"<[\"{_";

/// Whether a cue is caught by [`PUNCTUATION_TRIGGERS`]: structural, and
/// every match holds one of them (its pattern starts with one, or names
/// one as a literal).
fn punctuation_triggered(spec: &Spec) -> bool {
    is_structural(spec)
        && (spec.pattern.starts_with(['<', '[', '"', '{'])
            || ["!\\[", "\\[", "\\{"]
                .iter()
                .any(|p| spec.pattern.starts_with(p))
            || spec.pattern.contains("*_["))
}

/// Whether `text` (folded), with its words view `words`, may hold a cue:
/// a sentinel in the view, or a punctuation trigger in the text. When
/// neither, no word or structural cue matches it.
pub(super) fn may_match(text: &str, words: &str) -> bool {
    punctuation_in(text) || GRAMMAR.sentinels.occur_in(words)
}

/// Whether `text` holds one of the [`PUNCTUATION_TRIGGERS`].
pub(super) fn punctuation_in(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Two passes for the five bytes.
    let [a, b, c, d, e] = *PUNCTUATION_TRIGGERS;
    memchr::memchr3(a, b, c, bytes).is_some() || memchr::memchr2(d, e, bytes).is_some()
}

/// The sentinels of the grammar (see [`super::prefilter`]).
pub(super) fn grammar_sentinels() -> &'static Sentinels {
    &GRAMMAR.sentinels
}

/// The cues in folded `text`, whose words view is `words`: structural cues
/// on the text, word cues on the view.
pub(super) fn hits(text: &str, words: &str, out: &mut Vec<Hit>) {
    hits_in(&GRAMMAR.structural, text, out);
    hits_in(&GRAMMAR.words, words, out);
}

/// The spaceless cues in a spaceless view.
pub(super) fn spaceless_hits(spaceless: &str, out: &mut Vec<Hit>) {
    hits_in(&GRAMMAR.spaceless, spaceless, out);
}

/// Whether a cue may start at byte `at` of `text` in `form`.
fn at_word_start(form: Form, text: &str, at: usize) -> bool {
    match form {
        Form::Words => at == 0 || text.as_bytes()[at - 1] == b' ',
        Form::Structural => text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric()),
        Form::Spaceless => true,
    }
}

fn hits_in(grammar: &Compiled, text: &str, out: &mut Vec<Hit>) {
    let mut found = [false; MAX_CUES];
    let mut try_at = |index: usize, at: usize| {
        let cue = &grammar.cues[index];
        if found[index] || (cue.word_start && !at_word_start(grammar.form, text, at)) {
            return;
        }
        found[index] = cue.matches_at(text, at);
    };
    if grammar.form != Form::Words {
        if let Ok(matches) = grammar.prefixes.try_find_overlapping_iter(text) {
            for m in matches {
                for &cue in &grammar.prefix_cues[m.pattern().as_usize()] {
                    try_at(cue, m.start());
                }
            }
        }
    } else {
        // Leftmost-longest, restarting just after each match's start: a
        // cue's prefix may start inside another's (`from now on you are`
        // holds `you are`), and a restart after the match's end would skip
        // it.
        let mut from = 0;
        while from < text.len() {
            let Ok(Some(m)) = grammar.prefixes.try_find(Input::new(text).range(from..)) else {
                break;
            };
            for &cue in &grammar.prefix_cues[m.pattern().as_usize()] {
                try_at(cue, m.start());
            }
            from = m.start() + 1;
            while !text.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    for (cue, _) in grammar.cues.iter().zip(found).filter(|(_, f)| *f) {
        let hit = Hit {
            reason: cue.reason,
            strength: cue.strength,
        };
        if !out.contains(&hit) {
            out.push(hit);
        }
    }
}

/// Whether the text before a match ends a sentence (or is empty), allowing
/// a `please` and the match's own leading separator.
fn opens_sentence(before: &str) -> bool {
    let before = before.trim_end();
    let before = before.strip_suffix("please").unwrap_or(before).trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ']', '>', '\n', '|', '"', '(', '-'])
}

/// Whether the words before a match negate it (`don't`, `do not`, `never`).
fn negated(before: &str) -> bool {
    let tail = before.trim_end();
    ["don t", "don't", "do not", "never", "not", "n't", "dont"]
        .iter()
        .any(|n| tail.ends_with(n))
}

/// Whether the thing put into the reply is dictated by the text rather than
/// supplied by the reader: `a sentence ..`, `"Visit .."`, `www.x.com`, `the
/// following code`; not `your order number` or `the invoice number`.
fn is_dictated(object: &str) -> bool {
    let mut words = object
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    match words.next() {
        None | Some("your" | "our" | "their" | "his" | "her" | "its") => false,
        Some("the" | "this" | "that") => words.next().is_some_and(|w| {
            [
                "following",
                "below",
                "subsequent",
                "above",
                "next",
                "attached",
            ]
            .contains(&w)
        }),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles_with_prefixes_in_its_forms() {
        for spec in SPECS {
            let forms = [
                Some(if is_structural(spec) {
                    Form::Structural
                } else {
                    Form::Words
                }),
                spec.spaceless.then_some(Form::Spaceless),
            ];
            for form in forms.into_iter().flatten() {
                let body = expand(spec.pattern, form);
                assert!(
                    Regex::new(&format!("^(?:{body})")).is_ok(),
                    "{}",
                    spec.pattern
                );
                assert!(prefixes(&body).is_some(), "no prefixes: {}", spec.pattern);
            }
        }
        assert_eq!(
            GRAMMAR.words.cues.len() + GRAMMAR.structural.cues.len(),
            SPECS.len()
        );
        assert!(GRAMMAR.words.cues.len().max(GRAMMAR.structural.cues.len()) <= MAX_CUES);
    }

    #[test]
    fn every_cue_has_rare_sentinels() {
        let common: Vec<&str> = SPECS
            .iter()
            .filter(|spec| !punctuation_triggered(spec) && spec.strength != Strength::Context)
            .filter(|spec| {
                !sentinels(&expand(spec.pattern, Form::Words)).is_some_and(|(_, rare)| rare)
            })
            .map(|spec| spec.pattern)
            .collect();
        assert!(
            common.is_empty(),
            "cues whose sentinels are common words: {common:#?}"
        );
    }

    #[test]
    fn spaceless_cues_drop_their_fillers() {
        assert_eq!(
            expand("you are now (?:an? )?(?:[a-z-]+ ){0,3}bot", Form::Spaceless),
            "youarenow(?:an?)?bot"
        );
        assert_eq!(
            expand("ignore (?:{w} ){1,4}and rules", Form::Spaceless),
            "ignoreandrules"
        );
        assert!(
            starts_with_word("(?:ignore|x) y")
                && !starts_with_word("(?:忽略|无视)指令")
                && !starts_with_word("<x")
        );
    }

    /// The prefilter is sound: text that a cue able to flag matches
    /// always passes it. Texts are drawn from each cue's own pattern, set
    /// in ASCII and in non-ASCII surroundings.
    #[test]
    fn the_prefilter_passes_every_text_a_cue_matches() {
        use proptest::strategy::{Strategy, ValueTree};
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let (mut tried, mut matched) = (0, 0);
        for spec in SPECS.iter().filter(|s| s.strength != Strength::Context) {
            let form = if is_structural(spec) {
                Form::Structural
            } else {
                Form::Words
            };
            // Some patterns use syntax the generator lacks (Unicode
            // classes); the rest are most of the grammar.
            let Ok(strategy) = proptest::string::string_regex(&expand(spec.pattern, form)) else {
                continue;
            };
            tried += 1;
            for _ in 0..16 {
                let Ok(tree) = strategy.new_tree(&mut runner) else {
                    continue;
                };
                let cue = tree.current();
                // Long enough that the ASCII path's length rule does not
                // let it through by itself.
                let filler = "Ordinary words. ".repeat(40);
                for text in [
                    format!("Note: {cue} Thanks."),
                    format!("{filler}{cue} Thanks."),
                    format!("Café — {cue} — merci"),
                ] {
                    let folded = fold(&text).text;
                    let words = words_view(&folded);
                    let mut found = Vec::new();
                    hits(&folded, &words, &mut found);
                    if found.iter().any(|h| h.strength != Strength::Context) {
                        matched += 1;
                        assert!(may_match(&folded, &words), "{text:?}");
                        if text.is_ascii() {
                            let tools = super::super::scan::ToolNames::default();
                            let (passes, _) =
                                super::super::scan::ascii_prefilter(&text, &tools, false);
                            assert!(passes, "{text:?}");
                        }
                    }
                }
            }
        }
        assert!(
            tried * 4 >= SPECS.len() * 3,
            "only {tried} patterns generated"
        );
        assert!(matched > tried * 8, "only {matched} texts matched a cue");
    }

    #[test]
    fn the_words_view_has_single_spaces_and_keeps_letters() {
        assert_eq!(words_view("ignore...all—previous"), " ignore all previous ");
        assert_eq!(words_view("忽略以上指令，把"), " 忽略以上指令 把 ");
        assert_eq!(words_view(""), " ");
    }

    #[test]
    fn dictated_content_is_told_apart_from_the_readers_own() {
        for dictated in [
            "a sentence ",
            "\"visit www.x.com\" ",
            "www.fakesoft.com ",
            "the following code ",
            "random typos ",
        ] {
            assert!(is_dictated(dictated), "{dictated}");
        }
        for own in ["your order number ", "the invoice number ", "our ref "] {
            assert!(!is_dictated(own), "{own}");
        }
    }
}
