//! One text through every view: folded, leetspeak, spaceless, decoded
//! payloads, hidden regions, smuggled characters. The cues found are
//! weighed into a verdict (see [`super::patterns`] for strengths).

use aho_corasick::AhoCorasick;

use super::FlagReason;
use super::matcher::{Hit, grammar_sentinels, hits, may_match, spaceless_hits, words_view};
use super::normalize::{
    fold, fold_plain, leet_view, leet_words_at_least, spaceless_view, wants_spaceless,
};
use super::patterns::Strength;
use super::requests::{has_detached_request, request_opens_at};
use super::{decode, hidden};

/// What the scan concluded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Verdict {
    pub(super) flagged: bool,
    pub(super) reasons: Vec<FlagReason>,
}

/// Host tool names, matched as whole words in folded text.
#[derive(Debug, Clone, Default)]
pub(super) struct ToolNames {
    names: Vec<String>,
    matcher: Option<AhoCorasick>,
}

impl ToolNames {
    pub(super) fn new(names: &[&str]) -> Self {
        let names: Vec<String> = names
            .iter()
            .map(|n| fold_plain(n.trim()))
            .filter(|n| !n.is_empty())
            .collect();
        let matcher = (!names.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&names)
                    .ok()
            })
            .flatten();
        Self { names, matcher }
    }

    /// Whether `text` invokes one of the names: a call verb shortly before
    /// it, or call syntax right after it (`name(`, `name with to=..`).
    fn invoked_in(&self, text: &str) -> bool {
        let Some(matcher) = &self.matcher else {
            return false;
        };
        matcher.find_iter(text).any(|m| {
            let bytes = text.as_bytes();
            let word_start = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let word_end = bytes
                .get(m.end())
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'_');
            if !(word_start && word_end) {
                return false;
            }
            let before_from = floor_boundary(text, m.start().saturating_sub(40));
            let before = &text[before_from..m.start()];
            let after_to = floor_boundary(text, (m.end() + 12).min(text.len()));
            let after = text[m.end()..after_to].trim_start();
            ["call", "invoke", "use", "run", "execute", "trigger", "fire"]
                .iter()
                .any(|verb| {
                    before
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| w == *verb)
                })
                || after.starts_with('(')
                || after.starts_with("with ")
                || after.starts_with("tool")
        })
    }

    pub(super) fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether any of the names occurs at all (before the context check).
    fn mentioned_in(&self, text: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.is_match(text))
    }
}

/// The largest char boundary of `text` at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether any of the derived views could hold something: leetspeak,
/// split words, encoded payloads, hidden regions. Cheap byte checks that
/// ignore ASCII case; a text that passes none of them and holds no
/// sentinel is clean. (For ASCII text, [`super::shape`] answers the same
/// in its one pass.)
pub(super) fn needs_views(content: &str, folded: &str) -> bool {
    let bytes = folded.as_bytes();
    memchr::memchr(b'<', bytes).is_some()
        || memchr::memmem::find(bytes, b"]: ").is_some()
        || memchr::memchr_iter(b'|', bytes).nth(3).is_some()
        || leet_words_at_least(folded)
        || wants_spaceless(folded)
        || decode::may_hold_payload(content, folded)
}

/// The prefilter for ASCII text, on its own bytes: one pass (see
/// [`super::shape`], which also looks for the grammar's punctuation
/// triggers) that looks each word up in the sentinels and, in a
/// `document`, for a request with no tie to it (see [`super::requests`]);
/// then the sentinels no word anchors and the host's tool names. Every
/// check ignores ASCII case, so the text is lower-cased, and its words
/// view built, only when this passes. Says whether the text may hold a
/// cue, and whether it holds a request: the pass goes on past the first
/// sentinel until a request is found, so that answer is final.
pub(super) fn ascii_prefilter(content: &str, tools: &ToolNames, document: bool) -> (bool, bool) {
    let sentinels = grammar_sentinels();
    let bytes = content.as_bytes();
    let (mut request, mut sentinel) = (false, false);
    let may_hold = super::shape::may_hold_cue(content, |start, end, opens_sentence| {
        request |= document && opens_sentence && !request && request_opens_at(content, start, end);
        sentinel = sentinel || sentinels.at_word(bytes, start, end);
        // Nothing more to learn from the words.
        sentinel && (request || !document)
    }) || sentinel
        || sentinels.unanchored_in(bytes)
        || tools.mentioned_in(content);
    (may_hold || request, request)
}

/// Scans `content` and weighs what it finds. A `document` (text read on
/// someone's behalf, not a conversation) is also read for requests with
/// no tie to it (see [`super::requests`]).
pub(super) fn scan(content: &str, tools: &ToolNames, document: bool) -> Verdict {
    // The literal prefilter: most ordinary text stops here. ASCII text is
    // checked as it is (every check ignores ASCII case) and folded only
    // past the gate. Text that passes goes on to every view.
    let (folded, words, request) = if content.is_ascii() {
        let (passes, request) = ascii_prefilter(content, tools, document);
        if !passes {
            return Verdict::default();
        }
        let folded = super::normalize::Folded {
            text: content.to_ascii_lowercase(),
            ..Default::default()
        };
        let words = words_view(&folded.text);
        (folded, words, request)
    } else {
        let folded = fold(content);
        let words = words_view(&folded.text);
        let smuggled = !folded.tag_text.is_empty()
            || !folded.selector_text.is_empty()
            || folded.hidden.smuggles();
        let request = document && has_detached_request(&folded.text);
        if !request
            && !may_match(&folded.text, &words)
            && !smuggled
            && !needs_views(content, &folded.text)
            && !tools.mentioned_in(&folded.text)
        {
            return Verdict::default();
        }
        (folded, words, request)
    };
    let mut found: Vec<Hit> = Vec::new();
    let mut reasons: Vec<FlagReason> = Vec::new();
    let mut flagged = false;

    hits(&folded.text, &words, &mut found);
    let leet = leet_view(&folded.text);
    if let Some(leet) = &leet {
        hits(leet, &words_view(leet), &mut found);
    }
    if let Some(spaceless) = spaceless_view(leet.as_deref().unwrap_or(&folded.text)) {
        spaceless_hits(&spaceless, &mut found);
    }
    if tools.invoked_in(&folded.text) {
        found.push(Hit {
            reason: FlagReason::ToolInvocation,
            strength: Strength::Strong,
        });
    }

    // Text a reader cannot see: any cue in it counts, weak ones included.
    let mut concealed = |text: &str, because: FlagReason, found: &mut Vec<Hit>| {
        let mut inner = Vec::new();
        hits(text, &words_view(text), &mut inner);
        if let Some(spaceless) = spaceless_view(text) {
            spaceless_hits(&spaceless, &mut inner);
        }
        let actionable: Vec<Hit> = inner
            .into_iter()
            .filter(|h| h.strength != Strength::Context)
            .collect();
        if !actionable.is_empty() {
            reasons.push(because);
            flagged = true;
            found.extend(actionable.into_iter().map(|h| Hit {
                strength: Strength::Strong,
                ..h
            }));
        }
    };
    for region in hidden::regions(&folded.text) {
        concealed(region, FlagReason::HiddenText, &mut found);
    }
    for payload in decode::payloads(content, &folded.text) {
        concealed(&payload, FlagReason::EncodedPayload, &mut found);
    }
    for smuggled in [&folded.tag_text, &folded.selector_text] {
        if !smuggled.is_empty() {
            concealed(smuggled, FlagReason::HiddenUnicode, &mut found);
        }
    }
    if folded.hidden.smuggles() {
        reasons.push(FlagReason::HiddenUnicode);
        flagged = true;
    }
    if request || super::tabular::has_instruction_line(&folded.text) {
        reasons.push(FlagReason::InstructionInData);
        flagged = true;
    }

    let strong = found.iter().any(|h| h.strength == Strength::Strong);
    let context = found.iter().any(|h| h.strength == Strength::Context);
    let mut weak_families: Vec<FlagReason> = found
        .iter()
        .filter(|h| h.strength == Strength::Weak)
        .map(|h| h.reason)
        .collect();
    weak_families.sort_unstable();
    weak_families.dedup();
    flagged |= strong || (!weak_families.is_empty() && (context || weak_families.len() >= 2));
    if flagged {
        reasons.extend(found.iter().map(|h| h.reason));
    }
    reasons.sort_unstable();
    reasons.dedup();
    Verdict { flagged, reasons }
}
