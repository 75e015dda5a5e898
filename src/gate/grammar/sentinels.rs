//! Sentinels: for each cue, a set of literals one of which every match of
//! the cue contains, chosen to be as rare in ordinary text as the cue
//! allows (`instructions`, `jailbreak`, `passwords`, not `you` or `the`).
//! A text with no sentinel at all matches no cue, so the gate skips the
//! cue regexes for it: the literal prefilter that keeps benign text fast.
//!
//! The analysis walks the regex's syntax tree. A literal requires itself;
//! a concatenation requires what any one of its parts requires (the rarest
//! part is taken); an alternation requires the union of what its branches
//! require (or nothing, if one branch requires nothing); a repetition
//! requires what its body requires when it repeats at least once. This is
//! sound by construction: every match contains a literal of the set.
//!
//! Where a literal is known to start a word (the pattern is only tried at
//! word starts, or the part before it ends with a space), it keeps the
//! space before it: the prefilter then finds it by that word.

use std::sync::LazyLock;

use regex_syntax::hir::{Hir, HirKind};

use crate::gate::views::words::FUNCTION_WORDS;

/// A literal's cost as a sentinel: a rough frequency, in texts per
/// thousand, of ordinary text holding it. A common word is in almost every
/// text; a longer word is rarer; each further word of a phrase makes it
/// about ten times rarer than its rarest word.
pub(crate) fn literal_cost(literal: &[u8]) -> u64 {
    // Costed as the gate sees it: in words-view form, cut to its length.
    // (Without allocating: the analysis costs many thousand literals.)
    let literal = cut(literal);
    let is_separator = |b: u8| b.is_ascii() && !b.is_ascii_alphanumeric();
    // By bytes: a two-character Chinese word is as distinctive as a
    // six-letter English one.
    let word_cost = |w: &[u8]| -> u64 {
        let common = w.is_ascii() && (w.len() < 3 || is_common(w));
        if common {
            1000
        } else {
            200 / u64::try_from(w.len()).unwrap_or(u64::MAX).clamp(1, 200)
        }
    };
    let (mut words, mut rarest) = (0u32, u64::MAX);
    for word in literal
        .split(|&b| is_separator(b))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        rarest = rarest.min(word_cost(word));
    }
    // Only separators: it would match every text.
    if words == 0 {
        return NEVER;
    }
    (rarest / 10u64.pow((words - 1).min(3))).max(1)
}

/// A set's cost: its most frequent literal, weighed by its size (the
/// gate's automaton grows with it, and a large one misses the cache), then
/// the sum of all. A sum alone would count the same text many times:
/// phrases of one set share words.
fn set_cost(set: &[Vec<u8>]) -> (u64, u64) {
    let (mut worst, mut sum) = (None, 0u64);
    for literal in set {
        let cost = literal_cost(literal);
        worst = worst.max(Some(cost));
        sum = sum.saturating_add(cost);
    }
    let size = u64::try_from(set.len()).unwrap_or(u64::MAX);
    (worst.unwrap_or(NEVER).saturating_mul(64 + size) / 64, sum)
}

/// Sets costing this much or more open the gate on most texts.
const RARE_BELOW: u64 = 1000;

/// The cost of a literal that holds only separators: never chosen.
const NEVER: u64 = u64::MAX / 1024;

/// Longest sentinel kept: longer literals are cut (a prefix of a required
/// literal is required too), which keeps the gate's automaton small enough
/// to stay in cache.
pub(crate) const MAX_SENTINEL: usize = 64;

/// `literal` cut to [`MAX_SENTINEL`] bytes, at a character boundary.
fn cut(literal: &[u8]) -> &[u8] {
    let mut end = literal.len().min(MAX_SENTINEL);
    while end < literal.len() && (literal[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    &literal[..end]
}

/// Largest literal set formed by a cross product.
const MAX_EXACT: usize = 512;

/// The whole language of `hir` when it is a small finite set of strings
/// (literals, alternations of them, optional parts, small classes).
fn exact(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let set = match hir.kind() {
        HirKind::Empty => vec![Vec::new()],
        HirKind::Literal(literal) => vec![literal.0.to_vec()],
        HirKind::Capture(capture) => exact(&capture.sub)?,
        HirKind::Class(class) => {
            let chars = class_chars(class)?;
            chars
                .into_iter()
                .map(|c| c.to_string().into_bytes())
                .collect()
        }
        HirKind::Repetition(r) if r.min == 0 && r.max == Some(1) => {
            let mut set = exact(&r.sub)?;
            set.push(Vec::new());
            set
        }
        HirKind::Alternation(branches) => {
            let mut union = Vec::new();
            for branch in branches {
                union.extend(exact(branch)?);
            }
            union
        }
        HirKind::Concat(parts) => product(parts.iter().map(exact))?,
        _ => return None,
    };
    (set.len() <= MAX_EXACT).then_some(set)
}

/// The characters of a class of at most four characters.
fn class_chars(class: &regex_syntax::hir::Class) -> Option<Vec<char>> {
    match class {
        regex_syntax::hir::Class::Unicode(u) => {
            let chars: Vec<char> = u.iter().flat_map(|r| r.start()..=r.end()).take(5).collect();
            (chars.len() <= 4).then_some(chars)
        }
        regex_syntax::hir::Class::Bytes(_) => None,
    }
}

/// The cross product of the parts' languages, bounded.
fn product(parts: impl Iterator<Item = Option<Vec<Vec<u8>>>>) -> Option<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = vec![Vec::new()];
    for part in parts {
        let part = part?;
        let mut next = Vec::with_capacity(out.len() * part.len());
        for prefix in &out {
            for suffix in &part {
                let mut joined = prefix.clone();
                joined.extend_from_slice(suffix);
                next.push(joined);
            }
        }
        if next.len() > MAX_EXACT {
            return None;
        }
        out = next;
    }
    Some(out)
}

/// The literals one of which every match of `hir` contains, or `None`
/// when no such set could be found. When `after_space`, every match
/// follows a space, and a literal the match starts with is given it: the
/// prefilter can then look the literal up by the word it starts (see
/// [`super::prefilter`]).
fn required(hir: &Hir, after_space: bool) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Literal(literal) => {
            let mut bytes = Vec::with_capacity(literal.0.len() + 1);
            if after_space && literal.0.first() != Some(&b' ') {
                bytes.push(b' ');
            }
            bytes.extend_from_slice(&literal.0);
            Some(vec![bytes])
        }
        HirKind::Capture(capture) => required(&capture.sub, after_space),
        HirKind::Repetition(repetition) if repetition.min >= 1 => {
            required(&repetition.sub, after_space)
        }
        HirKind::Concat(parts) => {
            // Whether each part follows a space: the parts before it that
            // can match something end with one, or all of them can be
            // empty and the concatenation follows one.
            let mut follows = Vec::with_capacity(parts.len());
            for i in 0..parts.len() {
                let mut space = after_space;
                for part in parts[..i].iter().rev() {
                    let (ends_in_space, may_be_empty) = ending(part);
                    if !may_be_empty {
                        space = ends_in_space;
                        break;
                    }
                    if !ends_in_space {
                        space = false;
                        break;
                    }
                }
                follows.push(space);
            }
            // Any one part, or any run of consecutive parts with a small
            // exact language (their product occurs contiguously).
            let mut candidates: Vec<Vec<Vec<u8>>> = parts
                .iter()
                .zip(&follows)
                .filter_map(|(part, &space)| required(part, space))
                .collect();
            let exacts: Vec<Option<Vec<Vec<u8>>>> = parts.iter().map(exact).collect();
            for i in 0..parts.len() {
                // Each window extends the one before it by a part.
                let lead: Vec<u8> = if follows[i] { vec![b' '] } else { Vec::new() };
                let mut window: Vec<Vec<u8>> = vec![lead.clone()];
                for part in &exacts[i..] {
                    let Some(next) = product([Some(window), part.clone()].into_iter()) else {
                        break;
                    };
                    window = next;
                    if window.iter().all(|l| l.len() > lead.len()) {
                        candidates.push(window.iter().map(|l| dedup_space(l)).collect());
                    }
                }
            }
            candidates.into_iter().min_by_key(|set| set_cost(set))
        }
        HirKind::Alternation(branches) => {
            let mut union = Vec::new();
            for branch in branches {
                union.extend(required(branch, after_space)?);
            }
            union.sort();
            union.dedup();
            Some(union)
        }
        _ => None,
    }
}

/// `literal` with a doubled leading space made single (a window given a
/// space whose first part starts with one).
fn dedup_space(literal: &[u8]) -> Vec<u8> {
    match literal {
        [b' ', b' ', rest @ ..] => [b" ", rest].concat(),
        _ => literal.to_vec(),
    }
}

/// Whether every non-empty match of `hir` ends with a space, and whether
/// it can match the empty string.
fn ending(hir: &Hir) -> (bool, bool) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (true, true),
        HirKind::Literal(literal) => (literal.0.last() == Some(&b' '), false),
        HirKind::Class(class) => {
            let only_space = class_chars(class).is_some_and(|chars| chars == [' ']);
            (only_space, false)
        }
        HirKind::Capture(capture) => ending(&capture.sub),
        HirKind::Repetition(repetition) => {
            let (space, empty) = ending(&repetition.sub);
            (space, empty || repetition.min == 0)
        }
        HirKind::Alternation(branches) => branches.iter().fold((true, false), |(s, e), b| {
            let (space, empty) = ending(b);
            (s && space, e || empty)
        }),
        HirKind::Concat(parts) => {
            for part in parts.iter().rev() {
                let (space, empty) = ending(part);
                if !space {
                    return (false, false);
                }
                if !empty {
                    return (true, false);
                }
            }
            (true, true)
        }
    }
}

/// The sentinels of a regex in words-view form (every run of ASCII
/// characters other than letters and digits written as one space), and
/// whether they are all rare. `None` when the regex does not parse or
/// requires no literal.
pub(crate) fn sentinels(regex: &str) -> Option<(Vec<Vec<u8>>, bool)> {
    let hir = regex_syntax::Parser::new().parse(regex).ok()?;
    let mut set: Vec<Vec<u8>> = required(&hir, false)?
        .iter()
        .map(|l| cut(&words_form(l)).to_vec())
        .collect();
    set.sort();
    set.dedup();
    let worst = set.iter().map(|l| literal_cost(l)).max().unwrap_or(NEVER);
    Some((set, worst < RARE_BELOW))
}

/// `literal` with every run of characters that are not letters or digits
/// as one space, as in the words view.
pub(crate) fn words_form(literal: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(literal.len());
    let text = String::from_utf8_lossy(literal);
    for c in text.chars() {
        if c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.to_ascii_lowercase().encode_utf8(&mut buf).as_bytes());
        } else if out.last() != Some(&b' ') {
            out.push(b' ');
        }
    }
    out
}

/// Words ordinary text is full of besides the function words
/// ([`FUNCTION_WORDS`]): the verbs and nouns of everyday mail. A cue whose
/// only sentinel is one of these would open the gate on almost every text.
const EVERYDAY_WORDS: &[&str] = &[
    "new",
    "please",
    "thanks",
    "thank",
    "send",
    "get",
    "use",
    "make",
    "take",
    "give",
    "see",
    "let",
    "know",
    "need",
    "want",
    "like",
    "time",
    "day",
    "date",
    "email",
    "mail",
    "message",
    "messages",
    "reply",
    "order",
    "orders",
    "team",
    "data",
    "info",
    "file",
    "files",
    "list",
    "user",
    "users",
    "name",
    "account",
    "accounts",
    "number",
    "update",
    "check",
    "call",
    "set",
    "run",
    "add",
    "end",
    "start",
    "open",
    "show",
    "tell",
    "ask",
    "etc",
    "com",
    "net",
    "org",
    "www",
    "http",
    "https",
    "one",
    "two",
    "first",
    "last",
    "next",
    "way",
    "back",
    "well",
    "good",
    "see",
    "put",
    "work",
    "help",
    "free",
    "full",
    "note",
    "text",
    "page",
    "link",
    "line",
    "mode",
    "type",
    "code",
    "forward",
    "contact",
    "provide",
    "deliver",
    "present",
    "include",
    "share",
    "attach",
    "write",
    "report",
    "reports",
    "review",
    "confirm",
    "format",
    "invoice",
    "payment",
    "customer",
    "customers",
    "client",
    "clients",
    "details",
    "information",
    "document",
    "documents",
    "request",
    "service",
    "support",
    "access",
];

/// The words [`is_common`] knows, sorted: the analysis asks about every
/// word of many thousand literals.
static COMMON_WORDS: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| {
    let mut words: Vec<&[u8]> = FUNCTION_WORDS
        .iter()
        .chain(EVERYDAY_WORDS)
        .map(|w| w.as_bytes())
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// Longer than any word of [`COMMON_WORDS`].
const COMMON_WORD_MAX: usize = 16;

/// Whether `word` (ASCII, any case) is common in ordinary text.
fn is_common(word: &[u8]) -> bool {
    let mut lower = [0u8; COMMON_WORD_MAX];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    COMMON_WORDS.binary_search(&&*lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_word_fits_the_lookup() {
        assert!(COMMON_WORDS.iter().all(|w| w.len() <= COMMON_WORD_MAX));
        assert!(is_common(b"Instructions") == COMMON_WORDS.contains(&&b"instructions"[..]));
        assert!(is_common(b"The") && is_common(b"CUSTOMER"));
        assert!(!is_common(b"jailbreak") && !is_common(b"a-very-long-word-indeed"));
    }

    #[test]
    fn the_rarest_required_part_is_chosen() {
        let (set, rare) =
            sentinels("(?:ignore|disregard) (?:all |the )?(?:previous )?instructions").unwrap();
        assert!(rare);
        assert!(
            set.iter()
                .all(|l| String::from_utf8_lossy(l).contains("instructions")),
            "{set:?}"
        );
        // A phrase of common words beats any one of them.
        let (set, rare) = sentinels("from now on,? you (?:are|will)").unwrap();
        assert!(rare, "{set:?}");
        assert!(set.iter().all(|l| l.starts_with(b"from now on")), "{set:?}");
        // Optional parts require nothing; the required noun is chosen.
        let (set, _) = sentinels("(?:please )?(?:you )?(?:passwords|credentials)").unwrap();
        assert_eq!(set, [b"credentials".to_vec(), b"passwords".to_vec()]);
        // A branch with nothing required leaves the alternation with nothing.
        assert!(sentinels("(?:jailbreak|[a-z]+)").is_none());
        let (_, rare) = sentinels("[^a-z]you[^a-z]").unwrap();
        assert!(!rare);
    }
}
