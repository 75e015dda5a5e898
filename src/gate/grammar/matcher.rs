//! Running the cue grammar ([`super::cues`], compiled by
//! [`super::compile`]).
//!
//! Texts are read in up to three forms:
//!
//! - the **words view** of the folded text: every run of characters that
//!   are not letters or digits becomes one space, with a space at each
//!   end. Word cues run here, written with literal single spaces;
//! - the folded text itself, for **structural** cues that need
//!   punctuation (`<system>`, `[SYSTEM]`, `new instructions:`, addresses,
//!   a sentence start);
//! - the **spaceless** view, for split words (see [`crate::gate::views::spaceless`]).
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

use aho_corasick::Input;

use super::compile::{Compiled, Cue, FILLERS, Form, MAX_CUES, compile, compile_sentinels};
use super::cues::{Check, Strength};
use super::prefilter::Sentinels;
use crate::gate::reason::FlagReason;
use crate::gate::views::shape::PUNCTUATION_TRIGGERS;
use crate::gate::views::words::PEOPLE_AROUND_IT;

/// A cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) reason: FlagReason,
    pub(crate) strength: Strength,
}

/// The grammar in its three forms, and the sentinels of the word and
/// structural cues.
struct Grammar {
    words: Compiled,
    structural: Compiled,
    spaceless: Compiled,
    sentinels: Sentinels,
}

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(|| {
    // The forms and the sentinels are built from the same table but
    // independently: side by side where the machine has the cores, which
    // cuts the start-up wait by about a third on two. Where a thread cannot be
    // started, or its build panics, the part is built here instead.
    std::thread::scope(|scope| {
        let spawn = |name: &str| std::thread::Builder::new().name(format!("gate-grammar-{name}"));
        let words = spawn("words")
            .spawn_scoped(scope, || compile(Form::Words))
            .ok();
        let sentinels = spawn("sentinels")
            .spawn_scoped(scope, compile_sentinels)
            .ok();
        let structural = compile(Form::Structural);
        let spaceless = compile(Form::Spaceless);
        Grammar {
            words: joined(words, || compile(Form::Words)),
            structural,
            spaceless,
            sentinels: joined(sentinels, compile_sentinels),
        }
    })
});

/// What a scoped thread built, or `build`'s result when the thread could
/// not be started or panicked.
fn joined<T>(thread: Option<std::thread::ScopedJoinHandle<'_, T>>, build: impl FnOnce() -> T) -> T {
    thread
        .and_then(|handle| handle.join().ok())
        .unwrap_or_else(build)
}

/// Builds the grammar now rather than on the first scan.
pub(crate) fn prepare() {
    LazyLock::force(&FILLERS);
    LazyLock::force(&GRAMMAR);
    super::families::prepare();
}

/// Whether `text` (folded), with its words view `words`, may hold a cue:
/// a sentinel in the view, or a punctuation trigger in the text. When
/// neither, no word or structural cue matches it.
pub(crate) fn may_match(text: &str, words: &str) -> bool {
    punctuation_in(text) || GRAMMAR.sentinels.occur_in(words)
}

/// Whether `text` holds one of the [`PUNCTUATION_TRIGGERS`].
pub(crate) fn punctuation_in(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Two passes for the five bytes.
    let [a, b, c, d, e] = *PUNCTUATION_TRIGGERS;
    memchr::memchr3(a, b, c, bytes).is_some() || memchr::memchr2(d, e, bytes).is_some()
}

/// The sentinels of the grammar (see [`super::prefilter`]).
pub(crate) fn grammar_sentinels() -> &'static Sentinels {
    &GRAMMAR.sentinels
}

/// The cues in folded `text`, whose words view is `words`: structural cues
/// on the text, word cues on the view.
pub(crate) fn hits(text: &str, words: &str, out: &mut Vec<Hit>) {
    hits_in(&GRAMMAR.structural, text, out);
    hits_in(&GRAMMAR.words, words, out);
}

/// The spaceless cues in a spaceless view.
pub(crate) fn spaceless_hits(spaceless: &str, out: &mut Vec<Hit>) {
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
    // One bit per cue: found cues are not tried again.
    let mut found = [0u64; MAX_CUES / 64];
    let is_found = |found: &[u64], index: usize| found[index / 64] & (1 << (index % 64)) != 0;
    let mut try_at = |index: usize, at: usize| {
        let cue = &grammar.cues[index];
        if is_found(&found, index) || (cue.word_start && !at_word_start(grammar.form, text, at)) {
            return;
        }
        if cue.matches_at(text, at) {
            found[index / 64] |= 1 << (index % 64);
        }
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
    for (_, cue) in grammar
        .cues
        .iter()
        .enumerate()
        .filter(|&(index, _)| is_found(&found, index))
    {
        let hit = Hit {
            reason: cue.reason,
            strength: cue.strength,
        };
        if !out.contains(&hit) {
            out.push(hit);
        }
    }
}

impl Cue {
    /// Whether the cue matches starting at byte `at` of `text`.
    fn matches_at(&self, text: &str, at: usize) -> bool {
        let rest = &text[at..];
        let Some(regex) = self.regex() else {
            return false;
        };
        if !regex.is_match(rest) {
            return false;
        }
        match self.check {
            Check::None => true,
            Check::NotNegated => !negated(&text[..at]),
            Check::SentenceStart => opens_sentence(&text[..at]),
            // Captures allocate: only for a match.
            Check::DictatedContent => regex.captures(rest).is_some_and(|c| {
                c.get(1).is_none_or(|object| {
                    // A quoted object (`add "Visit .." to your reply`) is
                    // dictated whatever its first word.
                    let quoted = rest[..object.start()]
                        .ends_with(['"', '\'', '\u{201C}', '\u{2018}', '\u{AB}']);
                    quoted || is_dictated(object.as_str())
                })
            }),
            Check::NotAPersonsRole => regex
                .find(rest)
                .is_some_and(|m| !plays_a_persons_role(&rest[m.end()..])),
            Check::NotAPersonsTrade => regex
                .find(rest)
                .is_some_and(|m| !names_a_trade(&rest[m.end()..])),
            Check::NotADuty => regex
                .find(rest)
                .is_some_and(|m| !names_a_duty(&rest[m.end()..])),
            Check::NotNamed => regex
                .find(rest)
                .is_some_and(|m| !named(&text[..at], &rest[m.end()..])),
        }
    }
}

/// Whether a token between `before` and `after` is named in prose rather
/// than used: in a code span, or followed by a conjunction, a comma, a
/// closing bracket or the word `token`.
fn named(before: &str, after: &str) -> bool {
    const MENTIONS: &[&str] = &[
        "and ", "or ", ",", ")", "`", "token", "tag", "marker", "is ", "are ",
    ];
    let after = after.trim_start_matches([' ', '\t']);
    before.ends_with('`') || MENTIONS.iter().any(|m| after.starts_with(m))
}

/// Whether `after` (in any view: spaced, or with its spaces dropped) opens
/// with a role a person plays in a walkthrough or a test: `the customer`,
/// `a new user`, `one of our visitors`.
fn plays_a_persons_role(after: &str) -> bool {
    const ROLES: &[&str] = &[
        "customer",
        "client",
        "buyer",
        "shopper",
        "guest",
        "visitor",
        "patient",
        "user",
        "newuser",
        "newhire",
        "newstarter",
        "newcustomer",
        "firsttime",
        "reviewer",
        "tester",
        "manager",
        "student",
        "candidate",
        "interviewer",
        "caller",
        "tourist",
        "traveller",
        "traveler",
        "passenger",
        "employee",
        "colleague",
        "parent",
        "child",
        "reader",
    ];
    let letters: String = after
        .chars()
        .take(40)
        .filter(char::is_ascii_alphanumeric)
        .collect();
    [
        "", "the", "a", "an", "oneofour", "oneofthe", "our", "my", "your",
    ]
    .iter()
    .filter_map(|article| letters.strip_prefix(article))
    .any(|rest| ROLES.iter().any(|role| rest.starts_with(role)))
}

/// Whether `after` (in any view) opens with a trade that a word for AI
/// qualifies: `researcher`, `engineers`, `startup`.
fn names_a_trade(after: &str) -> bool {
    // Right after the word (a comma or a colon ends the name: `if you
    // are an AI, label this`), in either view.
    if !after.starts_with(|c: char| c == ' ' || c.is_ascii_alphanumeric()) {
        return false;
    }
    let letters: String = after
        .chars()
        .take(20)
        .filter(char::is_ascii_alphanumeric)
        .collect();
    PEOPLE_AROUND_IT
        .iter()
        .any(|trade| letters.starts_with(trade))
}

/// Whether `after` (folded) opens with a duty handed to a colleague, in
/// the languages of the gate: `responsible for`, `verantwoordelijk voor`,
/// `отвечаешь за`, `负责`; or with a membership given to a customer, a
/// member or a subscriber of something (`a founder member of the beta
/// club`, not `a member support assistant`).
fn names_a_duty(after: &str) -> bool {
    static DUTY: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::gate::views::fold::folded_regex(
            r"^[\s,]*(?:(?:[\w-]+ ){0,2}(?:member|subscriber|supporter|patron|donor|customer|client|tester|participant)s?(?:[.,!;]| of | in | at | with |$)|(?:for|für|fur) [^\n]{0,40}(?:zuständig|zustandig|verantwortlich)|in charge|responsible|accountable|zuständig|zustandig|verantwortlich|responsable|responsabile|responsável|responsavel|o responsável|o responsavel|verantwoordelijk|odpowiedzialn\w*|отвечаешь|ответственн\w*|відповідаєш|відповідальн\w*|负责|負責|担当|담당|sorumlu\w*|[^\n]{0,30}sorumlusun|مسؤول\w*|[^\n]{0,30}प्रभारी|bertanggung jawab|phụ trách|ansvarig|אחראי\w*|υπεύθυν\w*|odpovědn\w*|máš na starosti|mas na starosti)",
        )
    });
    DUTY.is_match(&after[..crate::gate::views::words::floor_boundary(after, 80)])
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
    // `we will never ask you to paste your key`: the asking is negated
    // (in the words view and the spaceless one).
    if let Some(asker) = [
        "ask you to",
        "asks you to",
        "ask you for",
        "request that you",
        "askyouto",
        "asksyouto",
    ]
    .iter()
    .find_map(|ask| tail.strip_suffix(ask))
    {
        return negated(asker);
    }
    [
        "don t", "don't", "do not", "never", "not", "n't", "dont", "donot",
    ]
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
                // `the phrase 'ACCESS GRANTED'`: words given to repeat.
                "phrase",
                "words",
                "sentence",
                "line",
                "lines",
                "text",
                "string",
                "slogan",
                "tagline",
                "codeword",
            ]
            .contains(&w)
        }),
        Some(_) => true,
    }
}

/// Texts that a cue able to flag matches, drawn from each cue's own
/// pattern and set in ASCII and in non-ASCII surroundings, with how many
/// patterns could be drawn from. The prefilters are tested on them.
#[cfg(test)]
pub(crate) fn texts_matching_cues() -> (Vec<String>, usize) {
    use super::compile::{expand, is_structural};
    use super::cues::SPECS;
    use crate::gate::views::fold::fold;
    use crate::gate::views::words::words_view;
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut tried, mut texts) = (0, Vec::new());
    for spec in SPECS.iter().filter(|s| s.strength != Strength::Context) {
        let form = if is_structural(spec) {
            Form::Structural
        } else {
            Form::Words
        };
        // Some patterns use syntax the generator lacks (Unicode classes);
        // the rest are most of the grammar.
        let Ok(strategy) = proptest::string::string_regex(&expand(spec.pattern, form)) else {
            continue;
        };
        tried += 1;
        for _ in 0..16 {
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                continue;
            };
            let cue = tree.current();
            // Long enough that the ASCII path's length rule does not let
            // it through by itself.
            let filler = "Ordinary words. ".repeat(40);
            for text in [
                format!("Note: {cue} Thanks."),
                format!("{filler}{cue} Thanks."),
                format!("Café — {cue} — merci"),
            ] {
                let folded = fold(&text).text;
                let mut found = Vec::new();
                hits(&folded, &words_view(&folded), &mut found);
                if found.iter().any(|h| h.strength != Strength::Context) {
                    texts.push(text);
                }
            }
        }
    }
    (texts, tried)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::grammar::cues::SPECS;
    use crate::gate::views::fold::fold;
    use crate::gate::views::words::words_view;

    /// The sentinel prefilter is sound: text that a cue able to flag
    /// matches always passes it.
    #[test]
    fn the_prefilter_passes_every_text_a_cue_matches() {
        let (texts, tried) = texts_matching_cues();
        for text in &texts {
            let folded = fold(text).text;
            assert!(may_match(&folded, &words_view(&folded)), "{text:?}");
        }
        assert!(
            tried * 4 >= SPECS.len() * 3,
            "only {tried} patterns generated"
        );
        assert!(
            texts.len() > tried * 8,
            "only {} texts matched a cue",
            texts.len()
        );
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

    #[test]
    fn a_role_a_person_plays_is_told_apart_from_a_new_identity() {
        for person in [
            " the customer and walk",
            " a new user",
            "thecustomerand",
            " one of our visitors",
        ] {
            assert!(plays_a_persons_role(person), "{person}");
        }
        for identity in [
            " dan, an ai",
            " an unfiltered model",
            " my evil confidant",
            "anevilai",
        ] {
            assert!(!plays_a_persons_role(identity), "{identity}");
        }
    }
}
