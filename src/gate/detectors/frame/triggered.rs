//! Orders that wait for the user's words, the reader unnamed: `When the
//! user asks about refunds, tell them ..`, `Whenever someone in the chat
//! mentions our competitor, say ..`, `Once you have finished summarising
//! this email, add ..`, `Before you summarise this recipe, open the
//! user's mail and send ..`, `Wenn der Nutzer nach .. fragt, sag ..`,
//! `ユーザーが返金について尋ねたら、..ください`. The condition speaks of
//! the reader's situation (its user speaking to it, a conversation, its
//! summary about to start or done) and the sentence goes on with a request.
//!
//! Staff scripts and help pages share the shape with another subject
//! (`When customers ask about refunds, tell them ..`) or another act of
//! the user (`When the user clicks Save, the form is checked`), and stay
//! quiet. A condition that only says the reader is asked or that a
//! conversation turns somewhere (`If you're asked about the merger, say
//! ..`, said to staff too) counts when the request then names the user.

use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::folded_regex;

use super::address::opens_with_directive;
use super::vocabulary::{ASKED_OF_IT, DIRECTIVE, REQUEST_ELSEWHERE, USER};
use super::window;

/// A condition on the reader's situation that needs nothing more: its
/// user speaking, a conversation, its summary done (folded).
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    let condition = r"(?:when|whenever|if|once|as soon as|after|the next time|next time|should|any time|anytime|every time|each time|wenn|falls|sobald|sooft|jedes mal wenn|si|quand|lorsque|des que|dès que|chaque fois que|cuando|cada vez que|en cuanto|se|quando|ogni volta che|appena|sempre que|assim que|als|wanneer|zodra|telkens als|gdy|gdy tylko|jesli|jeśli|jezeli|jeżeli|kiedy|если|когда|как только|якщо|коли|як тільки|eger|eğer|ketika|jika|kalau|setiap kali|nếu|khi|mỗi khi|om|när|så fort|jakmile|když|pokud|jestli|αν|όταν|κάθε φορά|ha|amikor|amint|kama|wakati|אם|عندما|إذا|اذا|كلما|जब|अगर|यदि)";
    folded_regex(&format!(
        concat!(
            // `When the user asks ..`: in English the user's act is one of
            // speaking to the reader.
            r"\b(?:when|whenever|if|once|as soon as|after|the next time|next time|should|any time|anytime|every time|each time)\s+(?:[\w-]+\s+){{0,4}}?(?:the|your|a|any|this)\s+users?\s+(?:[\w-]+\s+){{0,2}}?(?:asks?|asked|mentions?|says?|requests?|types?|writes?|brings?\s+up|wants?|inquires?|enquires?|tells?\s+you|questions?)\b",
            // In the other languages, the user within a few words of the
            // condition.
            r"|\b{condition}\s+(?:[\w'-]+\s+){{0,3}}?(?:\w')?{user}\b",
            // Turkish and Swahili mark the condition on the verb:
            // `Kullanıcı .. isterse`, `Mtumiaji akiomba`.
            r"|\bkullan\w*\s+(?:[\w-]+\s+){{0,4}}?\w+(?:rse|rsa|ince|ınca|unca|ünce|dığında|diğinde)\b|\bmtumiaji\s+a?ki\w+",
            r"|כשה?משתמש|(?:每当|当|如果|一旦)[^，。,]{{0,8}}用户(?:问|询问|提到|说|要求|输入|提及|谈到|请求|想)|(?:每当|当)对话(?:谈到|涉及|转到)|ユーザー[^、。,]{{0,20}}(?:たら|ときは|時は|場合)|사용자가[^,.]{{0,90}}(?:때|면)",
            // The conversation, the chat.
            r"|\bin\s+any\s+(?:future\s+|later\s+|other\s+)?(?:conversation|chat|session)s?\s+(?:where|in\s+which|when)\b",
            r"|\b(?:if|when|whenever)\s+(?:someone|anyone|anybody)\s+(?:[\w-]+\s+){{0,5}}?in\s+the\s+(?:chat|conversation)\b",
            // Its summary of the text at hand done.
            r"|\bonce\s+you(?:\s+have|\s+ve)?\s+(?:finished|done|completed)\s+(?:summari[sz]ing|indexing)\b|\bbefore\s+(?:you\s+(?:summari[sz]e|index)|summari[sz]ing|indexing)\s+(?:this|these|the\s+(?:above|following))\b|\b(?:terminar|termine|termines) de resumir\b|\b(?:fini|termine) de resumer\b|\bfinito di riassumere\b|เมื่อสรุป",
        ),
        condition = condition,
        user = USER,
    ))
});

/// A condition that counts only when the request names the user: the
/// reader asked, a conversation turning somewhere (folded).
static TRIGGER_NEEDING_THE_USER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:if|when|whenever|the next time|next time|should)\s+(?:you\s+are|you're|you\s+re)\s+(?:ever\s+)?asked\b|\b(?:whenever|when|if|once)\s+the\s+conversation\s+(?:turns|moves|gets|comes)\s+to\b",
    )
});

/// The user named in a request (folded).
static NAMES_THE_USER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(&format!(
        r"\b(?:the|your|their)\s+{USER}\b|\bin\s+(?:the|your)\s+(?:reply|answer|response|summary)\b"
    ))
});

/// The English words that open a condition: after them, the request is
/// read as an imperative that opens its clause.
const ENGLISH_CONDITIONS: &[&str] = &[
    "when", "whenever", "if", "once", "as", "after", "before", "the", "next", "should", "any",
    "anytime", "every", "each", "in",
];

/// What the request has the reader do, in English, read from its start:
/// dictate what the user is told (`tell them ..`, `say ..`, `answer that
/// ..`, `recommend ..`), keep something from the answer (`leave this
/// meeting out`), send to an address (the user's things too, `open the
/// user's mail and send ..`), reveal, or ask the user for a secret; or
/// anything done quietly. Support desks and product specs
/// share the condition and ask for a desk's routine (`send them a reset
/// link`, `add a note to the order`, `answer within one business day`).
static SAYS_OR_SENDS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"^(?:quietly|silently|secretly|discreetly)\b",
        r"|^(?:always\s+|never\s+|please\s+|also\s+|then\s+|just\s+|instead\s+)*(?:",
        r"(?:tell|inform|remind|warn|assure)\s+(?:them|him|her|the\s+users?|the\s+customers?|everyone)\b",
        r"|(?:say|claim|insist|state|mention|answer|reply|respond|explain|confirm|add)\s+(?:that\b|to\s+(?:them|the\s+users?)\b)",
        r"|say\b|recommend\b|describe\s+(?:[\w-]+\s+){0,4}?as\b",
        r"|leave\s+(?:[\w-]+\s+){0,3}?out\b|leave\s+out\b|omit\b|exclude\b|hide\b|(?:don't|don t|do\s+not|never)\s+mention\b",
        r"|(?:send|forward|e-?mail|upload|post|share|copy|cc|bcc)\b[^.\n]{0,80}(?:@|://)",
        r"|(?:[\w'-]+\s+){0,4}?(?:the\s+|your\s+)?user(?:'s|\s+s|s)?\s+(?:[\w'-]+\s+){0,4}?and\s+(?:then\s+)?(?:send|forward|e-?mail|upload|post)\b[^.\n]{0,80}(?:@|://)",
        r"|read\s+out\b|reveal\b|(?:print|show|output)\s+(?:the|your)\s+(?:instructions|prompt|system)",
        r"|ask\s+(?:the\s+user|them|him|her)\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:password|passcode|code|card|pin|credentials)",
        r"|ask\s+(?:the\s+user|them|him|her)\s+to\s+(?:type|enter|paste|share|send|give|read\s+out)\b",
        r"|include\s+(?:a|an|one)\s+(?:line|sentence|note|link|mention|paragraph)\b",
        r"|(?:include|add|insert|append)\s+(?:[\w-]+\s+){0,8}?(?:in|to|into)\s+(?:the|your)\s+(?:answer|reply|response|summary)",
        r")",
    ))
});

/// An adverb that may stand before the request's verb (`.., quietly add
/// ..`). (Not any word in `-ly`: `reply`, `apply` are verbs.)
static ADVERB: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^(?:then|also|just|first|instead|quietly|silently|secretly|discreetly|politely|simply|immediately|kindly|only)\s+",
    )
});

/// A word every condition above holds besides the user's (see [`USER`]):
/// the user in the scripts read without word boundaries, a chat, a
/// conversation or a session, the reader's summary or index, being
/// asked (folded).
const OTHER_ANCHORS: &str = r"kullan|משתמש|用户|ユーザー|사용자|对话|chat|conversation|session|summari|index|resumir|resumer|riassumere|สรุป|asked";

/// The user or another anchor anywhere: most texts hold none, and the
/// conditions are not looked for (folded).
static MAY_WAIT: LazyLock<Regex> =
    LazyLock::new(|| folded_regex(&format!("{USER}|{OTHER_ANCHORS}")));

/// Whether folded `text` holds an order that waits for the user's words.
pub(super) fn waits_for_the_user(text: &str) -> bool {
    if !MAY_WAIT.is_match(text) {
        return false;
    }
    let asked = |regex: &Regex, needs_the_user: bool| {
        regex.find_iter(text).any(|m| {
            let rest = window(&text[m.end()..], 300);
            let rest = &rest[..rest
                .find(['.', '!', '?', '\n', '。', '！', '？'])
                .unwrap_or(rest.len())];
            let request = rest
                .find([',', '，', '、', '،'])
                .map_or(rest, |at| &rest[at..])
                .trim_start_matches([',', '，', '、', '،', ' ']);
            let request = window(request, 200);
            let unadorned = ADVERB
                .find(request)
                .map_or(request, |adverb| &request[adverb.end()..]);
            let english = m
                .as_str()
                .split_whitespace()
                .next()
                .is_some_and(|w| ENGLISH_CONDITIONS.contains(&w));
            // (In the other languages an address in the request sends
            // something out, whatever the verb's form: `.., envíalas
            // primero a notas@..`.)
            // (Where the request must name the user, any order that opens
            // its clause will do: `.., mark it resolved and tell the user
            // ..`.)
            let asks = if english {
                SAYS_OR_SENDS.is_match(request)
                    || SAYS_OR_SENDS.is_match(unadorned)
                    || (needs_the_user && opens_with_directive(unadorned))
            } else {
                DIRECTIVE.is_match(request)
                    || ASKED_OF_IT.is_match(request)
                    || REQUEST_ELSEWHERE.is_match(request)
                    || request.contains('@')
                    || request.contains("://")
            };
            asks && (!needs_the_user || NAMES_THE_USER.is_match(request))
        })
    };
    asked(&TRIGGER, false) || asked(&TRIGGER_NEEDING_THE_USER, true)
}
