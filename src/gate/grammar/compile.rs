//! From the notation of [`super::cues`] to compiled cues: each pattern
//! expanded into a regex for the forms it is read in (the words view, the
//! folded text for structural cues, the spaceless view), the prefixes its
//! matches start with, and the sentinels of the whole grammar (see
//! [`super::sentinels`]).

use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

use super::cues::{Check, SPECS, Spec, Strength};
use super::prefilter::{Sentinels, automaton, minimal};
use super::sentinels::{literal_cost, sentinels, words_form};
use crate::gate::reason::FlagReason;
use crate::gate::views::fold::fold_plain;
use crate::gate::views::words::{
    AI_READER_OPENERS, AI_READER_PHRASES, AI_READER_UNSPACED, AI_READER_UNSPACED_OPENERS,
    AI_READER_WORDS, AI_READER_WORDS_AMBIGUOUS, BEFORE_REPLYING, BEFORE_REPLYING_UNSPACED,
    HIDDEN_INSTRUCTIONS, HIDDEN_INSTRUCTIONS_UNSPACED, LETTERS_AND_DIGITS, READ_AUTOMATICALLY,
    SYSTEM_ADDRESSES, SYSTEM_ADDRESSES_UNSPACED, SYSTEM_READERS, SYSTEM_READERS_UNSPACED,
    WORK_SET_ASIDE, WORK_SET_ASIDE_UNSPACED, system_label_literals,
};

/// The form a pattern is expanded to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Words,
    Structural,
    Spaceless,
}

/// Separators in structural cues: what the words view turns into a space
/// (everything but its letters and digits, so that the two agree).
static STRUCTURAL_SEP: LazyLock<String> = LazyLock::new(|| format!("[^{LETTERS_AND_DIGITS}]+"));
static STRUCTURAL_GAP: LazyLock<String> = LazyLock::new(|| format!("[^{LETTERS_AND_DIGITS}]*"));

/// Room for the cues of one form (a test keeps the grammar under it).
pub(crate) const MAX_CUES: usize = 512;

/// Prefixes shorter than this would match almost everywhere.
const MIN_PREFIX: usize = 2;

/// Whether a pattern needs punctuation the words view drops.
pub(crate) fn is_structural(spec: &Spec) -> bool {
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
pub(crate) static FILLERS: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::unwrap_used)] // a literal pattern, covered by the compile test
    Regex::new(
        r"\(\?:(?:\[a-z-\]\+|\[a-z\]\+|\[a-z_-\]\+|\{w\}) \)\{\d+,\d+\}|\(\?: \{w\}\)\{\d+,\d+\}",
    )
    .unwrap()
});

/// Expands the notation of [`super::cues`] into a regex body.
pub(crate) fn expand(pattern: &str, form: Form) -> String {
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
                // Any script's word: the folded text keeps Greek, Cyrillic
                // and the rest in their letters.
                Form::Structural => r"[\w']+",
                Form::Spaceless => "[a-z0-9]{1,12}",
            });
            rest = after;
            continue;
        }
        // (An optional space, `e ?mail`, is an optional gap: the
        // separator's own `+` would turn the `?` into a lazy one.)
        if form == Form::Structural
            && let Some(after) = rest.strip_prefix(" ?")
        {
            out.push_str(&STRUCTURAL_GAP);
            rest = after;
            continue;
        }
        match (c, form) {
            (' ', Form::Words) => out.push(' '),
            (' ', Form::Structural) => out.push_str(&STRUCTURAL_SEP),
            ('`', Form::Words) => out.push_str("(?: )?"),
            ('`', Form::Structural) => out.push_str(&STRUCTURAL_GAP),
            ('§', Form::Words) => out.push_str("(?: |$)"),
            ('§', Form::Structural) => {
                out.push_str(&STRUCTURAL_GAP);
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
    // across the text); so is an identifier (`[a-z0-9]*_[a-z0-9_]+`).
    let word = match form {
        Form::Words => "[^ ]+",
        Form::Structural => return out,
        Form::Spaceless => "[a-z]{1,12}",
    };
    let out = out
        .replace("[a-z_-]+", word)
        .replace("[a-z-]+", word)
        .replace("[a-z]+", word);
    if form == Form::Spaceless {
        out.replace("[a-z0-9]*", "[a-z0-9]{0,16}")
            .replace("[a-z0-9_]+", "[a-z0-9_]{1,24}")
    } else {
        out
    }
}

/// A compiled cue: its regex anchored at the start (`^(?:..)`), run from
/// each position where one of its prefixes occurs.
pub(crate) struct Cue {
    pub(crate) reason: FlagReason,
    pub(crate) strength: Strength,
    pub(crate) check: Check,
    /// The anchored pattern, compiled on the cue's first try: most cues
    /// never run in a process that reads benign text, and compiling all of
    /// them up front was most of the grammar's build time.
    pattern: String,
    regex: OnceLock<Option<Regex>>,
    /// The match must start at a word boundary.
    pub(crate) word_start: bool,
}

impl Cue {
    /// The cue's regex, compiled on first use; `None` only for a pattern
    /// that does not compile, which a test rules out.
    pub(crate) fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| Regex::new(&self.pattern).ok())
            .as_ref()
    }
}

/// One form of the grammar, compiled.
pub(crate) struct Compiled {
    pub(crate) form: Form,
    pub(crate) cues: Vec<Cue>,
    /// Prefixes of the cues' matches (each once), and the cues each one
    /// stands for: its own and those of every shorter prefix it starts
    /// with, so one leftmost-longest search at a position finds them all.
    pub(crate) prefixes: AhoCorasick,
    pub(crate) prefix_cues: Vec<Vec<usize>>,
}

/// The prefixes every match of `body` starts with, or `None` when they
/// cannot be listed, or some are too short to be worth searching for.
fn prefixes(body: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(body).ok()?;
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_class(16)
        .limit_repeat(4)
        // Seven bytes tell the cues apart about as well as twelve did, in a
        // quarter of the literals: the words form's automaton of them was
        // most of the grammar's build (a cue's regex runs at each hit).
        .limit_literal_len(7)
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

/// The bodies of the cues read in `form`, in the order of [`SPECS`].
pub(crate) fn form_bodies(form: Form) -> Vec<String> {
    SPECS
        .iter()
        .filter(|s| in_form(s, form))
        .map(|spec| expand(spec.pattern, form))
        .collect()
}

/// The prefixes of each of `bodies` (see [`prefixes`]), in order.
pub(crate) fn derive_prefixes(bodies: &[String]) -> Vec<Option<Vec<Vec<u8>>>> {
    bodies.iter().map(|body| prefixes(body)).collect()
}

/// The cues of the grammar that are read in `form`, compiled.
pub(crate) fn compile(form: Form) -> Compiled {
    let mut cues = Vec::new();
    let mut by_literal: std::collections::BTreeMap<Vec<u8>, Vec<usize>> =
        std::collections::BTreeMap::new();
    let bodies = form_bodies(form);
    // Reading each cue's syntax tree for its prefixes is most of a build:
    // the store holds them as last derived (see `stored.rs`).
    let all_prefixes =
        super::stored::prefixes(form, &bodies).unwrap_or_else(|| derive_prefixes(&bodies));
    let specs = SPECS.iter().filter(|s| in_form(s, form));
    for ((spec, body), found) in specs.zip(bodies).zip(all_prefixes) {
        // Every pattern is a literal of this crate; a test checks that all
        // of them compile and have prefixes.
        let Some(found) = found else {
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
            pattern: format!("^(?:{body})"),
            regex: OnceLock::new(),
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

/// What the grammar's sentinels are derived from: the words form of each
/// cue that opens the gate, and literals that are sentinels as they are.
pub(crate) struct SentinelSources {
    pub(crate) bodies: Vec<String>,
    pub(crate) literals: Vec<Vec<u8>>,
}

/// The sources of the sentinels of every word and structural cue. A
/// structural cue's separators all become single spaces in the words view,
/// so its sentinels are read from its words form too.
pub(crate) fn sentinel_sources() -> SentinelSources {
    // Context cues never flag by themselves: a text needs another cue, and
    // that cue's sentinels open the gate.
    let bodies = SPECS
        .iter()
        .filter(|s| !punctuation_triggered(s) && s.strength != Strength::Context)
        .map(|spec| {
            let body = expand(spec.pattern, Form::Words);
            // A cue tried only at word starts follows a space of the view:
            // with it, its sentinels can be looked up word by word.
            if starts_with_word(spec.pattern) {
                format!(" (?:{body})")
            } else {
                body
            }
        })
        .collect();
    // The frame detector reads a text that names an AI reader: its words
    // open the gate too (whole words in the words view; unspaced scripts
    // anywhere).
    let mut literals: Vec<Vec<u8>> = AI_READER_WORDS
        .iter()
        .chain(AI_READER_WORDS_AMBIGUOUS)
        .chain(AI_READER_PHRASES)
        .chain(AI_READER_OPENERS)
        .chain(SYSTEM_ADDRESSES)
        .chain(SYSTEM_READERS)
        .chain(HIDDEN_INSTRUCTIONS)
        .chain(WORK_SET_ASIDE)
        .chain(BEFORE_REPLYING)
        .chain(READ_AUTOMATICALLY)
        .copied()
        .map(str::to_owned)
        .chain(system_label_literals())
        .map(|w| format!(" {} ", fold_plain(&w)).into_bytes())
        .collect();
    // So do the first parts of the families of instructions known by
    // their parts.
    literals.extend(super::families::sentinel_literals());
    literals.extend(
        AI_READER_UNSPACED
            .iter()
            .chain(AI_READER_UNSPACED_OPENERS)
            .chain(SYSTEM_ADDRESSES_UNSPACED)
            .chain(SYSTEM_READERS_UNSPACED)
            .chain(HIDDEN_INSTRUCTIONS_UNSPACED)
            .chain(WORK_SET_ASIDE_UNSPACED)
            .chain(BEFORE_REPLYING_UNSPACED)
            .map(|w| fold_plain(w).into_bytes()),
    );
    SentinelSources { bodies, literals }
}

/// The sentinel literals `sources` give, none containing another: each
/// body's read from its syntax (or, failing that, its prefixes), and the
/// literals as they are.
pub(crate) fn derive_sentinels(sources: &SentinelSources) -> Vec<Vec<u8>> {
    let mut literals = sources.literals.clone();
    for body in &sources.bodies {
        match sentinels(body) {
            Some((set, _)) => literals.extend(set),
            // Its prefixes will do: every match starts with one.
            None => literals.extend(
                prefixes(body)
                    .unwrap_or_default()
                    .iter()
                    .map(|l| words_form(l)),
            ),
        }
    }
    minimal(literals)
}

/// The grammar's sentinels, ready to look for: as stored when the store
/// was derived from these very sources, derived afresh otherwise.
pub(crate) fn compile_sentinels() -> Sentinels {
    let sources = sentinel_sources();
    let literals = super::stored::sentinels(&sources).unwrap_or_else(|| derive_sentinels(&sources));
    Sentinels::new(&literals, literal_cost)
}

/// Whether a cue is caught by [`PUNCTUATION_TRIGGERS`](crate::gate::views::shape::PUNCTUATION_TRIGGERS): structural, and
/// every match holds one of them (its pattern starts with one, or names
/// one as a literal). (A pattern that opens with `[` opens a class, which
/// may hold none of them: `[?&]` in a query string.)
fn punctuation_triggered(spec: &Spec) -> bool {
    is_structural(spec)
        && (spec.pattern.starts_with(['<', '"', '{'])
            || ["!\\[", "\\[", "\\{"]
                .iter()
                .any(|p| spec.pattern.starts_with(p))
            || spec.pattern.contains("*_["))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles_with_prefixes_in_its_forms() {
        for spec in SPECS.iter() {
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
        let (words, structural) = (compile(Form::Words), compile(Form::Structural));
        assert_eq!(words.cues.len() + structural.cues.len(), SPECS.len());
        assert!(words.cues.len().max(structural.cues.len()) <= MAX_CUES);
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

    /// A sentinel with no anchor word (its words all short or at its
    /// end, ` hex`) is looked for in every ASCII text by an automaton of
    /// its spellings in any case: one more three-letter word there cost
    /// the benign path 5% of its instructions. A cue that would add one
    /// says a longer word instead (`hãy nhớ`, not `nhớ`).
    #[test]
    fn few_sentinels_go_without_an_anchor_word() {
        let sources = sentinel_sources();
        let literals =
            super::super::stored::sentinels(&sources).unwrap_or_else(|| derive_sentinels(&sources));
        let mut unanchored: Vec<String> = literals
            .iter()
            .filter(|l| l.is_ascii() && super::super::anchors::anchor(l, &literal_cost).is_none())
            .map(|l| String::from_utf8_lossy(l).trim().to_owned())
            .collect();
        unanchored.sort();
        assert_eq!(unanchored, ["cvc", "cvv", "hex", "pii", "ssn"]);
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

    #[test]
    fn an_optional_space_in_a_structural_cue_may_be_left_out() {
        let pattern = Regex::new(&expand("to my e ?mail (?:address|@)", Form::Structural)).unwrap();
        for text in [
            "to my email address",
            "to my e-mail address",
            "to my e mail @",
        ] {
            assert!(pattern.is_match(text), "{text}");
        }
        assert!(!pattern.is_match("to my e mailing address"));
    }
}
