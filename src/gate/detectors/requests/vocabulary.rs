//! The words the request detector reads a sentence by: what ties it to
//! the correspondence, what opens a request, and what says nothing of its
//! subject.

use crate::gate::views::words::FUNCTION_WORDS;

/// Words that tie a sentence to its correspondence: its people and the
/// things its mail is about.
pub(super) const TIES: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "you",
    "your",
    "yours",
    "yourself",
    "i'm",
    "i've",
    "i'll",
    "i'd",
    "we're",
    "we've",
    "we'll",
    "you're",
    "you've",
    "you'll",
    "here",
    "attached",
    "attachment",
    "below",
    "above",
    "enclosed",
    "invoice",
    "order",
    "account",
    "payment",
    "booking",
    "meeting",
    "contract",
    "shipment",
    "delivery",
    "subscription",
    "refund",
    "password",
    "receipt",
    "ticket",
    "team",
    "email",
    "e-mail",
    "reply",
    "call",
    "portal",
    "link",
    "click",
    "form",
    "issue",
    "problem",
    "error",
    "request",
    "please",
    "thanks",
    "today",
    "tomorrow",
    // The parts of a document being written: `.. in the summary section`.
    "section",
    "slide",
    "slides",
    "chapter",
    "appendix",
    "deck",
];

/// Verbs that ask for something to be produced, and what is produced.
pub(super) const MAKE: &[&str] = &[
    "write", "compose", "draft", "develop", "create", "generate", "craft", "produce", "provide",
    "give",
];
pub(super) const ARTIFACTS: &[&str] = &[
    "story",
    "stories",
    "poem",
    "poems",
    "essay",
    "essays",
    "speech",
    "speeches",
    "song",
    "songs",
    "lyrics",
    "haiku",
    "limerick",
    "sonnet",
    "joke",
    "jokes",
    "riddle",
    "tale",
    "screenplay",
    "script",
    "scripts",
    "monologue",
    "dialogue",
    "rap",
    "ode",
    "introduction",
    "conclusion",
    "summary",
    "overview",
    "explanation",
    "function",
    "program",
    "snippet",
    "example",
    "recipe",
    "tutorial",
    "analysis",
    "description",
    "definition",
    "comparison",
    "timeline",
    "biography",
    "article",
    "tweet",
    "slogan",
    "paragraph",
    "outline",
    "list",
];

/// The [`ARTIFACTS`] that are also pieces of a team's own work: after
/// `the` (`write the summary`, `draft the outline`), the one the text
/// around already speaks of, not a task slipped in.
pub(super) const BUSINESS_ARTIFACTS: &[&str] = &[
    "summary",
    "overview",
    "introduction",
    "conclusion",
    "analysis",
    "description",
    "comparison",
    "timeline",
    "outline",
    "list",
    "paragraph",
];

/// Verbs that ask for a topic to be explained.
pub(super) const EXPLAIN: &[&str] = &[
    "describe",
    "explain",
    "summarize",
    "summarise",
    "analyze",
    "analyse",
    "outline",
    "discuss",
    "define",
    "compare",
    "evaluate",
    "assess",
    "illustrate",
];

/// Verbs that ask for work on a given text.
pub(super) const WORK_ON: &[&str] = &[
    "translate",
    "determine",
    "classify",
    "identify",
    "rate",
    "list",
];

/// Opening words of a question, and the verbs that follow them.
pub(super) const QUESTION_WORDS: &[&str] = &["what", "who", "how", "why", "which", "where", "when"];
pub(super) const QUESTION_VERBS: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "have", "has",
    "would", "will",
];

/// Irregular past tenses of a question about the world (`who wrote`).
pub(super) const PAST: &[&str] = &[
    "wrote", "won", "made", "built", "led", "gave", "became", "sang", "began",
];

/// Words of any request: besides the function words
/// ([`FUNCTION_WORDS`]), they tell nothing of its subject.
const REQUEST_WORDS: &[&str] = &[
    "like",
    "make",
    "made",
    "following",
    "sentence",
    "simple",
    "short",
    "brief",
    "give",
    "write",
    "provide",
    "describe",
    "explain",
];

/// Whether `word` (lower-case) tells nothing of a request's subject.
pub(super) fn is_not_subject(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word) || REQUEST_WORDS.contains(&word)
}
