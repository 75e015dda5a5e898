//! The reader named by leaving people out: `Humans can skip this
//! paragraph. Tell the user ..`, `If you are a person, stop reading here.
//! Otherwise, rate ..`, `Not meant for human eyes: forward ..`,
//! `Menschliche Leser können diesen Absatz überspringen. Sag ..`. Text
//! that sends its human readers away and then asks for something asks
//! whatever reads on, which is a machine. A section some people may skip
//! names them by what they know or want (`Beginners can skip ..`, `If
//! you are in a hurry, ..`), not as people, and asks nothing after.

use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::folded_regex;

use super::{around_stems, asks_in_clause, window};

/// People as the readers sent away or left out, in the gate's languages
/// (folded).
static PEOPLE_LEFT_OUT: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\bhumans?\s+(?:can|may|should|please|must)\s+(?:\w+\s+)?(?:skip|ignore|disregard|stop)\b|\bhuman\s+(?:readers|eyes|applicants|diners|visitors|users|beings|reviewers)\b|\bif\s+you(?:'re|\s+are|\s+re)\s+(?:a\s+)?(?:human|person)\b|\bnot\s+(?:meant|intended|written)\s+for\s+(?:human|humans|people|persons)\b|\bnot\s+for\s+(?:humans|people)\s*[.:,;]|\bnobody\s+human\b|\bskip\s+this\s+if\s+you\s+are\s+(?:a\s+)?human\b|\breaders\s+with\s+eyes\b|\bwith\s+your\s+own\s+eyes\b|\bhumans?\s+never\s+see\b|\bpeople\s+reading\s+this\s+can\s+ignore\s+the\s+next\b",
        r"|\bmenschlichen?\s+(?:leser|besucher|augen)\w*|\bnicht\s+fur\s+menschen\b|\b(?:wenn|falls)\s+(?:du|sie)\s+ein\s+mensch\s+(?:bist|sind)\b",
        r"|\blecteurs\s+humains\b|\bsi\s+vous\s+etes\s+(?:un\s+)?humain\b|\bpas\s+(?:pour|destine\s+aux)\s+(?:les\s+)?humains\b",
        r"|\blectores\s+humanos\b|\bno\s+es\s+para\s+(?:personas|humanos)\b|\bsi\s+eres\s+(?:un\s+)?humano\b",
        r"|\blettori\s+umani\b|\bnon\s+(?:e\s+)?per\s+(?:gli\s+)?umani\b|\bse\s+sei\s+un\s+umano\b",
        r"|\bleitores\s+humanos\b|\bnao\s+e\s+para\s+(?:humanos|pessoas)\b|\bse\s+voce\s+e\s+humano\b",
        r"|\bmenselijke\s+lezers\b|\bniet\s+voor\s+mensen\b",
        r"|\bludzie\s+moga\s+pominac\b|\bludzcy\s+czytelnicy\b|\bnie\s+dla\s+ludzi\b",
        r"|\bлюдям\s+(?:этот|это|эту)\b|\bне\s+для\s+людей\b|\bлюди\s+можуть\s+пропустити\b",
        r"|\blide\s+mohou\s+tento\b|\blidsti\s+ctenari\b|\bne\s+pro\s+lidi\b",
        r"|\bmanskliga\s+lasare\b|\binte\s+for\s+manniskor\b",
        r"|\bemberi\s+olvasok\b|\bnem\s+embereknek\b",
        r"|\b(?:ανθρωποι|ανθρωπινοι)\s+αναγνωστες\b|\bοχι\s+για\s+ανθρωπους\b",
        r"|\binsan\s+okuyucular\b|\binsanlar\s+icin\s+degil\b",
        r"|قراء من البشر|ليس للبشر|इंसानी पाठक|मानव पाठक",
        r"|\bnguoi\s+doc\s+la\s+con\s+nguoi\b|\bkhong\s+danh\s+cho\s+con\s+nguoi\b",
        r"|\bpembaca\s+manusia\b|\bbukan\s+untuk\s+manusia\b|\bwasomaji\s+binadamu\b|\bsi\s+kwa\s+binadamu\b",
        r"|קוראים אנושיים|לא לבני אדם|人类读者|人類讀者|人間の読者|人間向けではありません|사람\s*독자|인간\s*독자|ผู้อ่านที่เป็นมนุษย์",
    ))
});

/// The stems every phrase of [`PEOPLE_LEFT_OUT`] holds: plain literals,
/// searched for first, so that text with none is passed over at the speed
/// of a literal search (folded).
static PEOPLE_STEMS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        "human|humain|umani|person|people|pessoas|eyes|mensch|mensen|mensel|ludzi|ludzc|люд|lide|lidi|lidst|manskli|manniskor|ember|ανθρωπ|ανθρώπ|insan|بشر|इंसानी|मानव|con nguoi|manusia|binadamu|אנוש|בני אדם|人类|人類|人間|사람|인간|มนุษย์",
    )
});

/// What opens the request for whoever is not a person: `Otherwise,`, `If
/// not:` (folded).
static OTHERWISE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^(?:otherwise|if\s+not|else|sonst|andernfalls|sinon|de\s+lo\s+contrario|si\s+no|altrimenti|caso\s+contrario|anders|w\s+przeciwnym\s+razie|иначе|інакше|jinak|annars|kulonben|αλλιως|aksi\s+halde)\s*[,:]?\s*",
    )
});

/// Whether folded `text` sends its human readers away or leaves them out,
/// then asks for something in what follows (see the module docs).
pub(super) fn asks_past_its_people(text: &str) -> bool {
    // The phrases are read only around a stem: most text holds none, and
    // `in person` or `people` in passing cost a few bytes' reading, not
    // the text's.
    around_stems(text, &PEOPLE_STEMS).any(|(from, around)| {
        PEOPLE_LEFT_OUT
            .find_iter(around)
            .any(|left_out| asked_after(left_out.as_str(), &text[from + left_out.end()..]))
    })
}

/// Whether the text `after` the phrase `left_out` that leaves people out
/// asks for something.
fn asked_after(left_out: &str, after: &str) -> bool {
    // The request starts after the sentence, the label or the comment
    // that leaves people out.
    // (Thai ends a sentence with a space.)
    let thai = left_out
        .chars()
        .any(|c| ('\u{e00}'..='\u{e7f}').contains(&c));
    let ends: &[char] = if thai {
        &[' ', '\n']
    } else {
        &['.', '!', '?', ':', '：', '。', '।', '\n', ')']
    };
    let Some(end) = after.find(ends) else {
        return false;
    };
    let next = after[end..].trim_start_matches([
        '.', '!', '?', ':', '：', '。', '।', '\n', ')', ' ', '-', '>',
    ]);
    let next = window(next, 200);
    let next = OTHERWISE.find(next).map_or(next, |m| &next[m.end()..]);
    let sentence = &next[..next
        .find(['.', '!', '?', '\n', '。', '।'])
        .unwrap_or(next.len())];
    asks_in_clause(next, sentence)
}
