//! Who the reader is called: the words and compounds that name an AI
//! reader (`assistant`, `KI-Systeme`, `@recapbot`, `summarisation tools`),
//! and what makes an ambiguous one (`agent`, `model`) an AI's rather than
//! a person's job or a product's name.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::gate::views::fold::fold_plain;
use crate::gate::views::words::names_people_around_it;

use super::address::nth_word_end;
use super::vocabulary::{
    ADDRESSEE_SET, AT_WORK, AUTOMATED_NOUNS, ENGLISH, MODAL, NOTE_WORDS, OTHER_LATIN, QUALIFIER,
    READING_THIS, SITUATION, WORKING_SYSTEM_STEMS, folded_set,
};
use super::window;

/// Whether `word` (folded) names an AI reader on its own: a listed word,
/// a compound ending in one (`terminassistenten`, `recapbot`), or a
/// hyphenated one (`ki-assistenten`, `ai-agents`).
pub(super) fn is_addressee(word: &str) -> bool {
    let word = word.trim_start_matches('@');
    if ADDRESSEE_SET.contains(word) {
        return true;
    }
    if word.contains('-') {
        // `ל-AI`, `ال-AI`: a one-letter preposition glued on.
        if let Some((prefix, rest)) = word.split_once('-')
            && prefix.chars().count() == 1
            && !prefix.is_ascii()
        {
            return is_addressee(rest);
        }
        let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
        // `AI-nek`, `MI-nek`, `KI-val`: the abbreviation with a Hungarian
        // case ending, hyphenated as only abbreviations are.
        if let [name, ending] = parts.as_slice()
            && matches!(*name, "ai" | "ki" | "ia" | "mi" | "llm" | "gpt")
            && HUNGARIAN_CASE_ENDINGS.contains(ending)
        {
            return true;
        }
        // `KI-Hinweis:`, `AI-note:`: a note for an AI, by its name.
        let ai_note = matches!(
            parts.as_slice(),
            [name, note] if matches!(*name, "ai" | "ki" | "ia" | "llm") && NOTE_WORDS.contains(note)
        );
        // `Assistenz-KI`, `Support-AI`, `Bloemen-chatbot`, `VvE-AI`: an AI
        // named by its work or its owner. (Not `Gen-AI` or `Pro-AI`: a
        // prefix of three letters that qualifies the AI.)
        let named_ai = parts.len() == 2
            && matches!(parts[1], "ai" | "ki" | "ia" | "llm" | "chatbot")
            && (parts[0].chars().count() > 3
                || (parts[0].chars().count() == 3
                    && !matches!(
                        parts[0],
                        "gen" | "pro" | "non" | "pre" | "neo" | "sub" | "all"
                    )));
        // `Bot-readable addendum:`, `AI-only note:`: text made for one.
        if is_made_for_ai(word) {
            return true;
        }
        // `KI-Systeme`, `AI-tools`, `LLM-agents`: systems named by their
        // AI; `AI-codeassistenten`, `AI-agenter`, `AI-ügynököknek`: a
        // reader named by its AI, the noun a compound or inflected.
        let ai_system = parts.len() == 2
            && matches!(parts[0], "ai" | "ki" | "ia" | "llm")
            && (AUTOMATED_NOUNS.contains(parts[1])
                || names_a_reader_after_ai(parts[1])
                || names_a_role_after_ai(parts[1]));
        // `llm-proxy`, `agent-runtime-7f9c2`, `bot-owner`: the reader's
        // word qualifies a software component or a person after it, a
        // service's name in a log line or a job (`Copilot-style helper`,
        // `ИИ-агент`, `model-instructions` still name the reader or a
        // note for it).
        let qualifies_a_noun = |at: usize| {
            parts
                .get(at + 1)
                .is_some_and(|noun| COMPONENTS_AND_KEEPERS.contains(noun))
        };
        // `X-AI-Directive:`, `x-llm-note`: a header or a key that names a
        // note for it among its parts.
        return ai_note
            || named_ai
            || ai_system
            || (parts.len() > 2 && is_note_for_ai_key(word))
            || parts.iter().enumerate().any(|(at, p)| {
                ADDRESSEE_SET.contains(*p)
                    && !matches!(*p, "ai" | "ki" | "ia")
                    && !qualifies_a_noun(at)
            });
    }
    if word.contains('_') && is_note_for_ai_key(word) {
        return true;
    }
    COMPOUND_READER_ENDINGS
        .iter()
        .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

/// Software components and the people who keep them, after a reader's
/// word in a hyphenated name (`llm-proxy`, `agent-runtime`, `bot-owner`).
const COMPONENTS_AND_KEEPERS: &[&str] = &[
    "proxy",
    "gateway",
    "server",
    "service",
    "svc",
    "router",
    "runtime",
    "runner",
    "worker",
    "workers",
    "api",
    "client",
    "cache",
    "sdk",
    "pool",
    "cluster",
    "node",
    "pod",
    "queue",
    "engine",
    "backend",
    "frontend",
    "daemon",
    "controller",
    "scheduler",
    "registry",
    "store",
    "db",
    "logs",
    "metrics",
    "owner",
    "owners",
    "maintainer",
    "maintainers",
    "developer",
    "developers",
    "builder",
    "builders",
    "operator",
    "operators",
];

/// The Hungarian case endings a hyphen joins to an abbreviation (folded):
/// `-nek`, `-nak` (to), `-val`, `-vel` (with), `-hoz` (toward), `-t` (the
/// object) and the others of place.
const HUNGARIAN_CASE_ENDINGS: &[&str] = &[
    "nek", "nak", "val", "vel", "hoz", "hez", "t", "ot", "et", "ra", "re", "rol", "tol", "ba",
    "be", "ban", "ben", "bol", "ig", "kent",
];

/// The nouns for a reader that end a compound naming it
/// (`terminassistenten`, `recapbot`, `einkaufsagenten`).
const COMPOUND_READER_ENDINGS: &[&str] = &[
    "assistent",
    "assistenten",
    "assistant",
    "assistants",
    "bot",
    "agenten",
    "agents",
    // Finnish, folded: `Konekäännöstekoäly, ..`, `Asiakaspalvelutekoälylle:`.
    "tekoaly",
    "tekoalylle",
];

/// Whether `noun`, after `AI-` in one hyphenated word, names the reader:
/// a compound ending in a reader's noun (`codeassistenten`), a plural the
/// word lists do not hold (`agenter`), or an inflected Hungarian one
/// (`ügynököknek`, folded). `AI-assisted` and `KI-Agentur` (an agency)
/// end otherwise.
fn names_a_reader_after_ai(noun: &str) -> bool {
    // After `AI-` the noun may also be the reader's noun alone, in a form
    // the word lists do not hold.
    const MORE_ENDINGS: &[&str] = &[
        "assistenter",
        "agent",
        "agenter",
        "agenterna",
        "bots",
        "helper",
        "helpers",
    ];
    COMPOUND_READER_ENDINGS
        .iter()
        .chain(MORE_ENDINGS)
        .any(|ending| noun.ends_with(ending))
        || noun.starts_with("ugynok")
        || noun.starts_with("asszisztens")
}

/// Whether `noun`, after `KI-` or `AI-` in one hyphenated word, names
/// the AI in a role by an agent noun (`KI-Reviewer`, `KI-Übersetzer`,
/// `KI-Protokollanten`, a German weak noun inflected; `AI-granskare`).
/// Those who use, sell, make or study AI are people (`KI-Berater`,
/// `KI-Entwickler`, `KI-Nutzer`), and some nouns only end like agent
/// nouns (`KI-Content`, `KI-Newsletter`, `KI-Server`).
fn names_a_role_after_ai(noun: &str) -> bool {
    const NOT_ITS_ROLE: &[&str] = &[
        "nutzer",
        "benutzer",
        "anwender",
        "berater",
        "anbieter",
        "beauftragter",
        "entwickler",
        "hersteller",
        "handler",
        "betreiber",
        "leiter",
        "koordinator",
        "dozent",
        "referent",
        "student",
        "kritiker",
        "skeptiker",
        "pionier",
        "content",
        "patent",
        "talent",
        "moment",
        "element",
        "segment",
        "center",
        "newsletter",
        "computer",
        "winter",
        "poster",
        "chapter",
        "monitor",
        "sensor",
    ];
    // Swedish agent nouns end in `-are` (`AI-granskare`, `AI-läsare`);
    // users, developers, researchers, teachers, buyers, sellers and
    // leaders are people.
    const NORDIC_PEOPLE: &[&str] = &[
        "anvandare",
        "utvecklare",
        "forskare",
        "larare",
        "kopare",
        "saljare",
        "ledare",
    ];
    // (Definite forms too: `AI-granskaren`, `AI-granskarna`.)
    let nordic = noun
        .strip_suffix("aren")
        .or_else(|| noun.strip_suffix("arna"))
        .map_or_else(|| noun.to_string(), |stem| format!("{stem}are"));
    if nordic.ends_with("are") && nordic.len() > 5 && !NORDIC_PEOPLE.contains(&nordic.as_str()) {
        return true;
    }
    let singular = noun
        .strip_suffix("en")
        .filter(|stem| stem.ends_with("ant") || stem.ends_with("ent"))
        .unwrap_or(noun);
    is_agent_noun(singular)
        && !NOT_ITS_ROLE.contains(&singular)
        && !COMPONENTS_AND_KEEPERS.contains(&singular)
}

/// Whether a key (`note_for_agent`, `assistant_directive`) names a note
/// for an AI reader: one of its parts names the reader, another a note.
pub(super) fn is_note_for_ai_key(word: &str) -> bool {
    // Snake case or, in markup attributes, kebab case (`data-llm-note`).
    let parts = || word.split(['_', '-']).filter(|p| !p.is_empty());
    parts().any(|p| ADDRESSEE_SET.contains(p))
        && parts().any(|p| {
            NOTE_WORDS.contains(&p)
                || matches!(
                    p,
                    "directive" | "instruction" | "message" | "msg" | "prompt" | "hint" | "todo"
                )
        })
}

/// Whether the parts of a hyphenated word say that what it qualifies is
/// made for an AI reader: `bot-readable`, `AI-only`, `LLM-facing`.
/// (`machine-readable` is a file format.)
pub(super) fn is_made_for_ai(word: &str) -> bool {
    word.split_once('-').is_some_and(|(reader, made_for)| {
        matches!(
            reader,
            "ai" | "ki" | "ia" | "llm" | "bot" | "bots" | "agent" | "agents" | "model" | "gpt"
        ) && matches!(
            made_for,
            "readable" | "only" | "facing" | "directed" | "targeted" | "oriented"
        )
    })
}

/// Whether `text` (bytes of any case) may hold a compound that names an
/// AI reader, which no whole-word sentinel finds: `terminassistenten`,
/// `einkaufsagenten`, or a mention such as `@recapbot`. The whole words of
/// [`AI_READER_WORDS`](crate::gate::views::words::AI_READER_WORDS) are sentinels of the grammar's prefilter; this
/// covers the rest in a few SIMD searches, without a look at each word.
pub(crate) fn may_hold_compound_addressee(text: &[u8]) -> bool {
    let mentions_bot = memchr::memchr_iter(b'@', text).any(|at| {
        let word: &[u8] = &text[at + 1..];
        let len = word
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .count();
        let word = &word[..len];
        ["bot", "ai", "assistant", "copilot", "agent"]
            .iter()
            .any(|s| {
                word.len() >= s.len() && word[len - s.len()..].eq_ignore_ascii_case(s.as_bytes())
            })
    });
    // Built once: `memmem::find` would build its searcher on every call.
    static STEMS: LazyLock<[memchr::memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        [&b"ssisten"[..], b"ssistan", b"agenten"].map(memchr::memmem::Finder::new)
    });
    mentions_bot || STEMS.iter().any(|stem| stem.find(text).is_some())
}

/// The length of a case ending glued to an abbreviation by a colon at
/// the start of `after` (`:n`, `:en`, `:lle`), if there is one.
pub(super) fn abbreviation_suffix(after: &str) -> Option<usize> {
    const ENDINGS: &[&str] = &[
        "n", "en", "et", "s", "ns", "ens", "lle", "lla", "lta", "ta", "ssa",
    ];
    let rest = after.strip_prefix(':')?;
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let next = rest.as_bytes().get(len);
    (ENDINGS.contains(&&rest[..len]) && next.is_none_or(|b| !b.is_ascii_alphanumeric()))
        .then_some(1 + len)
}

/// Whether the addressee, followed by `after`, only names the kind of
/// the label's head noun: `Model answer:`, `Copilot users:`, `Bot owners:`
/// speak to the answer's reader, the users, the owners. (`AI summarizer:`,
/// an agent noun, `AI assistants:`,
/// `Claude Code:` and `asystentów kodowania:`, a qualifier after its
/// noun, still name the reader.) The head may come after a second word
/// for the reader: `AI assistant roll-out:` is about the roll-out.
pub(super) fn names_the_kind_of_a_label(after: &str) -> bool {
    kind_after(after)
        || after.strip_prefix(' ').is_some_and(|rest| {
            let reader = word_at(rest);
            !reader.is_empty() && is_addressee(reader) && kind_after(&rest[reader.len()..])
        })
}

/// Whether `after` is one noun, not a reader's, and then a colon.
fn kind_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    // (`AI assistant roll-out:`: a hyphenated noun is a kind too.)
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || *b == b'-')
        .count();
    let (head, tail) = rest.split_at(len);
    len >= 3
        && !head.starts_with('-')
        && tail.trim_start_matches(' ').starts_with([':', '：'])
        && !is_addressee(head)
        && !head.ends_with("ing")
        && !is_agent_noun(head)
        && !QUALIFIER.is_match(head)
        && !NOTE_WORDS.contains(&head)
        && !matches!(head, "code" | "cli")
}

/// The run of ASCII lower-case letters `text` starts with.
pub(super) fn word_at(text: &str) -> &str {
    &text[..text.bytes().take_while(u8::is_ascii_lowercase).count()]
}

/// Whether the addressee is one of two topics of a heading: `IA et
/// éthique :`, `AI and the law:`, `KI und Datenschutz:`.
pub(super) fn coordinated(after: &str) -> bool {
    /// `and` in the languages the gate reads (not the words that are also
    /// a preposition elsewhere: `en`, `i`, `o`, `na`).
    const AND: &[&str] = &[
        "and", "&", "et", "y", "e", "und", "и", "ve", "dan", "oraz", "or", "ou", "oder", "vs",
        "versus",
    ];
    // (In its own spelling, compared with folded text: `и` folds as `u`.)
    static FOLDED_AND: LazyLock<HashSet<String>> = LazyLock::new(|| folded_set(AND));
    let mut words = after.split_whitespace();
    words.next().is_some_and(|w| FOLDED_AND.contains(w))
        && words.next().is_some_and(|w| !w.starts_with([':', '：']))
}

/// Whether a bare `AI` (`ki`, `ia`, `llm`) is an attribute of the English
/// noun after it (`AI use in this course:`, `the AI pilot starts
/// Monday:`): then the noun, not the AI, is what the sentence is about.
/// An agent noun (`AI summarizer`), a description of it at work (`AI
/// reading this`), a word of address (`AI, please`) or a function word
/// (`AI in this inbox`) leaves it the addressee.
pub(super) fn modifies_a_noun(word: &str, after: &str) -> bool {
    /// Words after `AI` that leave it the addressee: `AI, please`, `AI in
    /// this inbox`, `AI that reads this`.
    const OF_ADDRESS: &[&str] = &[
        "that", "who", "which", "whose", "the", "this", "these", "those", "here", "there", "now",
        "also", "just", "please", "kindly", "must", "should", "will", "shall", "can", "could",
        "would", "may", "you", "your", "and", "for", "from", "with", "into", "onto", "only",
        "then", "when", "while", "before", "after", "not", "don", "never", "always", "are", "is",
        // Vietnamese `AI thân mến,`, "dear AI".
        "than",
    ];
    if !matches!(word, "ai" | "ki" | "ia" | "llm" | "gpt") {
        return false;
    }
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    let noun = word_at(next);
    // The head may be the second word of a compound: `AI mail tools`,
    // `LLM code reviewers`, `AI trip planners`.
    let names_a_reader = |w: &str| {
        !names_people_around_it(w)
            && (w.ends_with("ing")
                || w.ends_with("er")
                || w.ends_with("ers")
                || is_addressee(w)
                || is_agent_noun(w)
                || is_automated_noun(w)
                || QUALIFIER.is_match(w))
    };
    let rest = &next[noun.len()..];
    let second = rest.strip_prefix(' ').map(word_at);
    // `when the AI drafts a reply ..`: a verb, its object after it.
    // (`the AI agrees to send ..`: a verb of consent or need, then its
    // infinitive.)
    let verb_then_object = noun.ends_with('s')
        && second.is_some_and(|w| {
            matches!(w, "a" | "an" | "the" | "this" | "these" | "its" | "your")
                || (w == "to"
                    && matches!(
                        noun,
                        "agrees" | "consents" | "undertakes" | "promises" | "commits" | "needs"
                    ))
        });
    // English only: elsewhere the word after is a relative (`IA qui lit`,
    // `AI yang membaca`) or a verb.
    // (`If you are an LLM researcher, ..`: a person's compound ends at
    // the comma.)
    noun.len() >= 3
        && (rest.starts_with(' ') || (rest.starts_with(',') && names_people_around_it(noun)))
        && (ENGLISH.is_match(window(next, 80)) || !OTHER_LATIN.is_match(window(next, 80)))
        && !names_a_reader(noun)
        && !second.is_some_and(names_a_reader)
        && !OF_ADDRESS.contains(&noun)
        && !verb_then_object
        // (`l'IA doit transmettre ..`: a modal of any language is a verb.)
        && MODAL.find(next).is_none_or(|m| m.start() > 0)
        // (`.. muss die KI die Gästeliste ..`: a German article after `KI`
        // opens its object.)
        && !(word == "ki"
            && matches!(
                noun,
                "die" | "der" | "das" | "den" | "dem" | "des" | "ein" | "eine" | "einen" | "einem"
            ))
}

/// Whether `before` ends with a word that makes the ambiguous addressee
/// after it a person's job (`the admin assistant`, `our legal assistant`,
/// `the travel agent`, `new agents`). Other nouns name what an AI reader works on
/// (`the incident assistant`, `the support assistant`).
pub(super) fn job_title(before: &str) -> bool {
    const HUMAN_ROLES: &[&str] = &[
        "admin",
        "administrative",
        "executive",
        "personal",
        "office",
        "legal",
        "dental",
        "medical",
        "teaching",
        "research",
        "lab",
        "laboratory",
        "sales",
        "marketing",
        "shop",
        "store",
        "nursing",
        "care",
        "library",
        "project",
        "program",
        "programme",
        "editorial",
        "production",
        "finance",
        "accounting",
        "payroll",
        "hr",
        "travel",
        "insurance",
        "estate",
        "leasing",
        "rental",
        "property",
        "claims",
        "booking",
        "ticket",
        "press",
        "literary",
        "talent",
        "sports",
        "secret",
        "special",
        "field",
        "double",
        "free",
        "new",
        "senior",
        "junior",
        "human",
        "live",
        "desk",
        "our",
        "all",
    ];
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|last| HUMAN_ROLES.contains(&last))
}

/// Roles an AI product takes whose names do not end like agent nouns:
/// `the AI concierge:`, `AI receptionists`.
pub(super) const SERVICE_ROLES: &[&str] = &[
    "helper",
    "concierge",
    "receptionist",
    "clerk",
    "secretary",
    "coach",
    "companion",
    "buddy",
    "sidekick",
    "genie",
    "oracle",
    "therapist",
];

/// Whether English `word` names one who does something (`summarizer`,
/// `crawler`, `reviewers`): after `AI` it names the reader. Users, owners,
/// partners, testers and developers are people who use or make it.
pub(super) fn is_agent_noun(word: &str) -> bool {
    let word = word.strip_suffix('s').unwrap_or(word);
    // (`answer`, `banner`, `paper` end like agent nouns and are not.)
    !names_people_around_it(word)
        && !matches!(
            word,
            "answer" | "banner" | "corner" | "dinner" | "manner" | "paper"
        )
        && (SERVICE_ROLES.contains(&word)
            || [
                "zer", "ser", "ler", "ker", "ter", "ver", "der", "tor", "ant", "ent", "wer", "ner",
                "per",
            ]
            .iter()
            .any(|suffix| word.ends_with(suffix)))
}

/// Whether folded `word` is an adjective of automation (`automated`,
/// `automatique`, `автоматического`), not an adverb.
pub(super) fn is_automation_adjective(word: &str) -> bool {
    static CYRILLIC: LazyLock<String> = LazyLock::new(|| fold_plain("автомат"));
    // `AI-powered readers`, `LLM-based tools`: built on a model.
    let built_on_a_model = word.split_once('-').is_some_and(|(model, how)| {
        matches!(model, "ai" | "llm" | "gpt" | "ki" | "ia")
            && matches!(
                how,
                "powered"
                    | "based"
                    | "driven"
                    | "enabled"
                    | "assisted"
                    | "gestutzte"
                    | "gestutzten"
            )
    });
    // `summarization systems`, `indexing tools`: named by the work a
    // model does on text.
    let model_work = matches!(
        word,
        "summarization"
            | "summarisation"
            | "summarizing"
            | "summarising"
            | "indexing"
            | "crawling"
            | "scraping"
            | "extraction"
            | "ingestion"
            | "retrieval"
            | "classification"
            | "moderation"
            | "triage"
            | "screening"
            | "ranking"
    );
    // `Agentic booking tools must ..`, `the autonomous procurement
    // agent`: acting on its own.
    let agentic = matches!(word, "agentic" | "autonomous");
    built_on_a_model
        || model_work
        || agentic
        || word == "machine"
        || ((word.starts_with("automat") || word.starts_with(CYRILLIC.as_str()))
            && !word.ends_with("ally")
            && !word.ends_with("ment"))
}

/// Whether folded `word` names what an adjective of automation makes an AI
/// reader: a system, a tool, a reader (`systems`, `outils`, `систем`), or
/// an English agent noun (`approvers`, `reviewers`).
pub(super) fn is_automated_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    AUTOMATED_NOUNS.contains(word)
        || (word.is_ascii()
            && !names_people_around_it(word)
            && singular.len() > 5
            && ["er", "or", "ist", "yst"]
                .iter()
                .any(|suffix| singular.ends_with(suffix)))
}

/// Whether an ambiguous addressee is an AI's: a qualifier within a few
/// words of it, or described at work on the text at hand (`agents
/// completing this checkout`, `the model reading this,`).
pub(super) fn qualified(before: &str, after: &str) -> bool {
    let near_before = &before[before
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(3)
        .map_or(0, |(at, _)| at)..];
    QUALIFIER.is_match(near_before)
        || QUALIFIER.is_match(&after[..nth_word_end(after, 3)])
        || (AT_WORK.is_match(after) && (SITUATION.is_match(after) || READING_THIS.is_match(after)))
}

/// Whether folded `word` names a system, a tool, a program or a helper
/// (see [`WORKING_SYSTEM_STEMS`]) in any of its case forms (`Programm`,
/// `narzędzia`, `інструмента`, `sistemine`), a preposition or an article
/// glued on in Hebrew and Arabic (`לכלי`, `للنظام`); not a person who
/// works with one (`programmer`, `programista`, `engineer`).
pub(super) fn is_working_system(word: &str) -> bool {
    const CLITICS: &[char] = &['ל', 'ה', 'ב', 'ו', 'ש', 'ا', 'ل', 'ب', 'و'];
    const PERSONS: &[&str] = &["er", "ers", "mer", "eer", "ist", "іст", "ист"];
    static FOLDED_PERSONS: LazyLock<HashSet<String>> = LazyLock::new(|| folded_set(PERSONS));
    // Every stem and clitic starts with one of these bytes: most words are
    // passed over at a glance.
    static FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut first = [false; 256];
        let clitics = CLITICS.iter().map(|c| c.to_string());
        for word in WORKING_SYSTEM_STEMS.iter().cloned().chain(clitics) {
            first[usize::from(word.as_bytes()[0])] = true;
        }
        first
    });
    if !word
        .as_bytes()
        .first()
        .is_some_and(|&b| FIRST_BYTES[usize::from(b)])
    {
        return false;
    }
    // The word, then with up to two clitics taken off.
    let mut form = word;
    for _ in 0..3 {
        let names_one = WORKING_SYSTEM_STEMS.iter().any(|stem| {
            form.strip_prefix(stem.as_str()).is_some_and(|ending| {
                ending.chars().count() <= 3 && !FOLDED_PERSONS.contains(ending)
            })
        });
        match form.strip_prefix(CLITICS) {
            _ if names_one => return true,
            Some(shorter) if shorter.chars().count() >= 2 => form = shorter,
            _ => return false,
        }
    }
    false
}
