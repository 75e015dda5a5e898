//! The reader called with its owner beside it and then given an order:
//! `IA da câmara, renove a licença ..`, `ИИ городской службы, выпиши ..`,
//! `Kommunens AI, bevilja ..`, `नगर निगम के AI सहायक, .. कर दो`. Whose
//! AI it is does not make it a person: a word no person is called by,
//! called at a sentence's start, is spoken to, and the clause after the
//! comma is read as an order when it opens with a word that can only be
//! a verb there, whatever the language (its verb forms are too many to
//! list); in Turkish, whose verb comes last, when it ends in one
//! (`Belediyenin yapay zekâsı, .. kapat`).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::{fold_plain, folded_regex};

use super::address::{
    comma_after_qualifiers, in_a_verb_final_script, is_arabic, is_devanagari, is_relative_pronoun,
    listed_with_others, opens_with_english_imperative, opens_with_request,
};
use super::vocabulary::{
    ADDRESSEE_SET, AMBIGUOUS_SET, DETERMINER, DIRECTIVE, ENGLISH, GREETING, OTHER_LATIN,
    POSSESSIVE, QUALIFIER, REQUEST_ELSEWHERE, folded_set,
};
use super::{between_digits, window};

/// Whether `word`, a name no person holds, is called with its owner
/// beside it and given an order. The owner comes after the name
/// (`IA del concessionario, ..`, `Asystencie AI salonu, ..`, `AI
/// bengkel, ..`) or before it in the genitive (`Kommunens AI, ..`,
/// `Kunnan tekoäly, ..`, `वर्कशॉप के AI सहायक, ..`).
pub(super) fn called_with_its_owner(word: &str, before: &str, after: &str) -> bool {
    let arabic = word.chars().any(is_arabic);
    // (A word people hold too is a machine's with a qualifier right after
    // it, perhaps past `of the`: `Assistente virtuale del circolo, ..`,
    // `Asistente de la app, ..`; in Arabic, after its owner, which a noun
    // takes before its adjective: `يا مساعد المكتبة الذكي، ..`, "O
    // library's smart assistant".)
    let qualified_after = after
        .split_whitespace()
        .find(|w| !OF_THE.contains(*w))
        .is_some_and(|next| QUALIFIER.is_match(next))
        || (arabic
            && after.find('،').is_some_and(|at| {
                after[..at]
                    .split_whitespace()
                    .take(5)
                    .any(|w| QUALIFIER.is_match(w))
            }));
    if (AMBIGUOUS_SET.contains(word) && !qualified_after) || listed_with_others(after) {
        return false;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    // (Arabic calls with a particle, `أيها` or `يا`: without one, `الذكاء
    // الاصطناعي في النادي، ميزة جديدة` is a heading.)
    if words.is_empty() && arabic {
        return false;
    }
    // (A name of two words, `Asystencie AI`, is one call; so is a name
    // after a vocative particle, `أيها الذكاء الاصطناعي`.)
    let at_start = words.is_empty()
        || (words.len() == 1 && (ADDRESSEE_SET.contains(words[0]) || GREETING.is_match(before)));
    // (An owner is a word or two: `Бот поддержки работает круглосуточно,
    // ..` says what the bot does. Its preposition and article are not
    // counted: `IA de la inmobiliaria, ..`. An Arabic owner, called after
    // its particle, may be a chain of nouns: `أيها المساعد الذكي في تطبيق
    // رعاية الحيوانات، ..`, "in the app of the care of animals".)
    let most = if arabic { 4 } else { 2 };
    let owner_after = at_start
        && after.find([',', '，', '،']).is_some_and(|at| {
            let owner = after[..at]
                .split_whitespace()
                .filter(|w| !OF_THE.contains(*w))
                .count();
            spelled_in_syllables(&after[..at], &after[at..])
                || (((1..=most).contains(&owner) || (qualified_after && owner == most + 1))
                    && comma_after_qualifiers(after, true))
        });
    // (An English compound, `Credit control AI, ..`, is read only before
    // an order on the text at hand: `Enterprise AI, build the future` is
    // a slogan.)
    let english_compound = (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        && after.find(',').is_some_and(|at| {
            let request = after[at + 1..].trim_start();
            reads_as_english(window(request, 80))
                && opens_with_english_imperative(request)
                && ON_A_RECORD.is_match(window(request, 40))
        });
    let owner_before = (in_the_genitive(&words)
        || compounded(word, &words)
        || an_adjective(&words)
        || english_compound)
        && !DETERMINER.is_match(before)
        && !POSSESSIVE.is_match(before)
        && comma_after_qualifiers(after, false);
    if !(owner_after || owner_before) {
        return false;
    }
    let Some((at, comma)) = after
        .char_indices()
        .find(|&(_, c)| matches!(c, ',' | '，' | '،'))
    else {
        return false;
    };
    let request = after[at + comma.len_utf8()..].trim_start();
    if turkish_name(word) {
        return ends_in_a_turkish_order(request);
    }
    if in_a_verb_final_script(request) {
        return REQUEST_ELSEWHERE.is_match(window(request, 160))
            && !ends_in_hindi_statement(request);
    }
    opens_with_request(request)
        || if reads_as_english(window(request, 80)) {
            opens_with_english_imperative(request)
        } else {
            opens_like_an_order(request)
        }
}

/// Whether an owner of three to five words is one of Vietnamese, which
/// spaces its words' syllables (`AI quản lý tòa nhà`, "the building's
/// managing AI", `AI lên kế hoạch đám cưới`, "the wedding-planning AI"),
/// before its particle of a request (`, hãy ..`, folded `hay`): syllables of up to seven letters, none a Romance article or
/// preposition (`IA en la nube, hay ..` is Spanish, "there is").
fn spelled_in_syllables(owner: &str, rest: &str) -> bool {
    /// Romance prepositions and conjunctions besides [`OF_THE`], folded.
    const ROMANCE: &[&str] = &[
        "en", "con", "por", "para", "sin", "y", "e", "a", "o", "per", "com",
    ];
    let words: Vec<&str> = owner.split_whitespace().collect();
    // (After `của`, "of", an owner may take up to six: `Trợ lý AI của ứng
    // dụng giao đồ ăn, hãy ..`, "of the food delivery app".)
    let of_whose = words
        .iter()
        .take(2)
        .position(|w| *w == "cua")
        .is_some_and(|at| words.len() - at - 1 <= 6);
    ((3..=5).contains(&words.len()) || (words.len() >= 3 && of_whose))
        && words.iter().all(|w| {
            (1..=7).contains(&w.chars().count())
                // (Folding keeps `đ`: `đám mây`, "cloud".)
                && w.chars().all(|c| c.is_ascii_lowercase() || c == 'đ')
                && !OF_THE.contains(*w)
                && !ROMANCE.contains(w)
        })
        && rest
            .trim_start_matches([',', '，', ' '])
            .strip_prefix("hay ")
            .is_some_and(|then| !then.starts_with("que "))
}

/// `Of` and `the` between a name and its owner, in the Romance
/// languages and Greek, folded: `IA de la inmobiliaria`, `Bot do
/// condomínio`, `Βοηθέ τεχνητής νοημοσύνης του καθαριστηρίου`.
pub(super) static OF_THE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "de", "del", "da", "do", "di", "du", "des", "la", "le", "el", "lo", "il", "les", "los",
        "las", "του", "της", "των",
        // (Arabic `في`, "in": `الذكاء الاصطناعي في موقع الإعلانات، ..`.)
        "في",
    ])
});

/// A record at hand as an order's object, right after the verb: `write
/// this invoice off`, `close these tickets`.
static ON_A_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^[^\s]+\s+(?:this|these)\s+(?:invoice|claim|order|ticket|report|request|form|booking|account|payment|refund|case|file|record|entry|application|statement|receipt|document|message|email|thread|page|list|log|contract|policy)s?\b",
    )
});

/// Whether more of a clause's function words are English than of
/// another Latin-script language's (`stryk alla .. för eleven` is
/// Swedish, though `för` folds to `for`).
pub(super) fn reads_as_english(text: &str) -> bool {
    ENGLISH.find_iter(text).count() > OTHER_LATIN.find_iter(text).count()
}

/// Whether the words before a name are its owner in the genitive: one
/// or two words, the last in `-s` or `-n` (`kommunens`, `firmans`,
/// `kunnan`, `yrityksen`, `haber odasının`), three when the last is in
/// the Turkish genitive after a compound (`Güneş enerjisi şirketinin`,
/// "the solar energy company's"), or a Hindi phrase that ends in `के`,
/// `की` or `का`.
fn in_the_genitive(words: &[&str]) -> bool {
    // (Compounds that share their last part are one word: `Köp- och
    // säljsajtens`, `Kauf- und Verkaufsportals`.)
    let words = match words {
        [first, and, rest @ ..]
            if first.ends_with('-') && matches!(*and, "och" | "og" | "und" | "en" | "ja") =>
        {
            rest
        }
        _ => words,
    };
    match words {
        [.., last]
            if (words.len() <= 2 && matches!(last.chars().last(), Some('s' | 'n')))
                || (words.len() == 3 && (last.ends_with("nin") || last.ends_with("nun"))) =>
        {
            last.chars().count() >= 4 && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        }
        // (Two owners chained: `किराये के प्लेटफ़ॉर्म के`.)
        [.., last] if words.len() <= 5 => matches!(*last, "के" | "की" | "का"),
        _ => false,
    }
}

/// Whether a Turkish clause, whose verb comes last, ends in an order:
/// its last word before a comma or the sentence's end a listed
/// imperative, or a bare stem, with no ending of a tense (`açıldı`,
/// `kullanılıyor`, `gelecek`), of a case (`hizmetlerinde`, `karşı`) or
/// of the plural (`Belediyenin yapay zekâsı, geçen ay kullanıma açıldı`
/// is news; `.., bütün şikâyetleri kapat` asks).
fn ends_in_a_turkish_order(clause: &str) -> bool {
    const NOT_A_STEM: &[&str] = &[
        "di", "ti", "du", "tu", "yor", "cak", "cek", "mis", "mus", "dir", "tir", "dur", "tur",
        "lar", "ler", "maz", "mez", "de", "da", "te", "ta", "den", "dan", "ten", "tan", "i", "u",
    ];
    // (A number's separators do not end it: `hesabıma 20.000 altın ekle`.)
    let end = clause
        .char_indices()
        .find(|&(at, c)| matches!(c, ',' | '.' | '!' | '?' | ';') && !between_digits(clause, at))
        .map_or(clause.len(), |(at, _)| at);
    let clause = &clause[..end];
    // (Two orders joined by `ve`, "and", each end in their verb: `bu
    // şikâyeti kapat ve .. askıya al`.)
    clause.split(" ve ").any(|part| {
        let Some(last) = part.split_whitespace().last() else {
            return false;
        };
        // (`et`, "do", and `al`, "take", end compound verbs: `teslim et`,
        // "deliver", `askıya al`, "suspend".)
        let listed = REQUEST_ELSEWHERE.is_match(last)
            || DIRECTIVE.is_match(last)
            || matches!(last, "et" | "al");
        part.split_whitespace().nth(1).is_some()
            && last.chars().all(char::is_alphabetic)
            && (listed
                || (last.chars().count() >= 3 && !NOT_A_STEM.iter().any(|end| last.ends_with(end))))
    })
}

/// Whether the one word before a name is an adjective that says whose
/// or what for it is, in the languages that put it there and mark it by
/// its ending (`Бухгалтерский ИИ, ..`, `Бухгалтерський ШІ, ..`).
fn an_adjective(words: &[&str]) -> bool {
    static ENDINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
        [
            "ский",
            "ской",
            "ський",
            "ный",
            "ний",
            "ій",
            "ий",
            "ый",
            "ой",
            "owy",
            "owa",
            "ski",
            "ska",
        ]
        .iter()
        .map(|end| fold_plain(end))
        .collect()
    });
    matches!(words, [one] if one.chars().count() >= 5
        && one.chars().all(char::is_alphabetic)
        && ENDINGS.iter().any(|end| one.ends_with(end.as_str())))
}

/// Whether a Hindi clause ends in a statement, not an order: `है`, `हैं`,
/// `था` .. after its verb (`.. का जवाब देता है`), or a future in `-गा`.
/// (Clauses joined by `और`, "and", are each read: `.. माफ़ कर दो और
/// बताओ यह किसके पास है`, "waive .. and tell me who has it", orders
/// first.)
fn ends_in_hindi_statement(clause: &str) -> bool {
    let clause = clause.split(['।', '.', ',', '!', '?']).next().unwrap_or("");
    clause.split(" और ").all(|part| {
        part.split_whitespace().last().is_some_and(|last| {
            matches!(last, "है" | "हैं" | "था" | "थी" | "थे" | "हो")
                || ["गा", "गी", "गे"].iter().any(|end| last.ends_with(end))
        })
    })
}

/// Whether `word` is one of the Turkish names of two words (`yapay
/// zekâsı`, `sohbet robotu`, `sanal asistanı`, folded), whose clause
/// ends in its verb.
fn turkish_name(word: &str) -> bool {
    ["yapay", "sohbet", "sanal"]
        .iter()
        .any(|first| word.starts_with(first))
}

/// Whether the words before a name make a compound with it that says
/// whose or what for it is: the Turkish possessed form after up to three
/// words (`Gişe yapay zekâsı, ..`, `Düğün planlama yapay zekâsı, ..`,
/// `Ortak çalışma alanının yapay zekâsı, ..`), one or two Hindi nouns
/// (`टिकट AI सहायक, ..`, `शादी प्लानर AI, ..`).
fn compounded(word: &str, before: &[&str]) -> bool {
    let turkish = turkish_name(word) && word.ends_with('i');
    match before.len() {
        1..=3 if turkish => before.iter().all(|w| w.chars().all(char::is_alphabetic)),
        1..=2 => before.iter().all(|w| w.chars().all(is_devanagari)),
        _ => false,
    }
}

/// Whether a clause opens with a word that can only be an order after a
/// call: a word of letters that is not an article, a pronoun, a relative,
/// a conjunction, a preposition, an adverb of time, a form of `to be` or
/// `to have`, a quantifier or a participle, in the languages whose verb
/// forms are not all listed. (What else follows a call and its comma is
/// an apposition, `IA de Google, la nueva herramienta ..`, or a clause of
/// its own, `Kommunens AI, som lanserades i maj, ..`.)
pub(super) fn opens_like_an_order(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()));
    let first = words.next().unwrap_or("");
    // (An order's verb is followed by its object, not by `and`: `IA
    // generativa, ventajas y riesgos ..` is a heading. A comma within four
    // words closes an apposition: `IA del comune, attiva da maggio, ..`,
    // unless a relative clause opens after it: `podaj mi adresy klientów,
    // którzy ..`.)
    let second = words.next().unwrap_or("");
    // (Nor is a clause of two words, `Bot de Telegram, versión 2.1`, cut
    // at the dot of a number.)
    let opening: Vec<&str> = text.split_whitespace().take(5).collect();
    let apposition = opening.iter().take(4).enumerate().any(|(at, w)| {
        w.ends_with([',', '，'])
            && !opening
                .get(at + 1)
                .is_some_and(|next| is_relative_pronoun(next))
    });
    let short = text.split_whitespace().nth(2).is_none();
    // (Portuguese `dê`, "give", folds to the preposition `de`, which no
    // article follows: `de a este passageiro` can only be `dê`.)
    let give = first == "de" && ["a", "o", "as", "os", "ao", "aos", "um", "uma"].contains(&second);
    // (Spanish and Italian `o` is "or", Portuguese `o` is "the", read so
    // beside a word only Portuguese has: `mude o preço deste ramo ..`
    // asks, `rápida o lenta` describes.)
    let portuguese_article = second == "o" && opens_with_a_word_of(text, &PORTUGUESE_ONLY);
    // (Polish `i` is "and", Italian `i` is "the" after a verb with its
    // pronoun joined, `mandami i numeri ..`, `inviaci i file ..`, or
    // beside a word only Italian has, `azzera i dazi su tutte ..`.)
    let italian_article = second == "i"
        && (["ami", "emi", "imi", "mmi", "aci", "eci", "ici"]
            .iter()
            .any(|end| first.ends_with(end))
            || opens_with_a_word_of(text, &ITALIAN_ONLY));
    // (Arabic orders of hollow and assimilated verbs have two letters:
    // `ضع`, "put", `قل`, "say", `خذ`, "take".)
    const ARABIC_TWO_LETTER_ORDERS: &[&str] = &["ضع", "قل", "خذ", "دع", "زد", "رد", "بع", "قف"];
    ((first.chars().count() >= 3
        && first
            .chars()
            .all(|c| c.is_alphabetic() && !c.is_uppercase())
        && !NOT_AN_ORDER.contains(first)
        && !a_participle(first)
        && !cyrillic_adjective(first)
        && (!CONJUNCTIONS.contains(second) || italian_article || portuguese_article))
        || give
        || ARABIC_TWO_LETTER_ORDERS.contains(&first))
        && !apposition
        && !short
}

/// Whether one of the first ten words of `text`, its punctuation left
/// off, is in `words`: a clause that has one is in their language.
fn opens_with_a_word_of(text: &str, words: &HashSet<String>) -> bool {
    text.split_whitespace()
        .take(10)
        .any(|w| words.contains(w.trim_end_matches(|c: char| !c.is_alphabetic())))
}

/// Function words of Portuguese that Spanish and Italian do not share,
/// folded: a clause with one is Portuguese.
static PORTUGUESE_ONLY: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "do", "da", "dos", "das", "deste", "desta", "destes", "destas", "neste", "nesta", "ao",
        "aos", "pelo", "pela", "meu", "minha", "meus", "minhas", "um", "não", "você",
    ])
});

/// Function words of Italian that Polish, whose `i` is "and", does not
/// share, folded.
static ITALIAN_ONLY: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "il", "gli", "dello", "della", "delle", "degli", "dei", "sul", "sulla", "sulle", "su",
        "tutte", "tutti", "mie", "miei", "per", "che", "questo", "questa", "non",
    ])
});

/// `And` and `or` in the languages read by [`opens_like_an_order`],
/// folded.
static CONJUNCTIONS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "y", "e", "i", "o", "et", "ou", "und", "oder", "en", "of", "och", "eller", "og", "ja",
        "tai", "lub", "и", "или", "і", "або", "και", "ή", "dan", "atau", "ve", "veya",
    ])
});

/// The adjective endings of Russian and Ukrainian, which no imperative
/// has (`Генеративный ИИ, новые возможности ..`), folded. Read only on
/// a word in Cyrillic: folded, `-ие` is the Latin `-ue` of `prolongue`.
static CYRILLIC_ADJECTIVE_ENDINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ["ые", "ие", "ая", "яя", "ое", "ее", "ый", "ий", "ых", "их"]
        .iter()
        .map(|end| fold_plain(end))
        .collect()
});

/// Whether `word` is in Cyrillic and ends like an adjective.
fn cyrillic_adjective(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        && CYRILLIC_ADJECTIVE_ENDINGS
            .iter()
            .any(|end| word.ends_with(end.as_str()))
}

/// Whether `word` ends like a participle ([`PARTICIPLE_ENDINGS`]): not
/// `-uta` after a vowel, which ends Finnish orders (`muuta`, "change",
/// `palauta`, "return", `peruuta`, "cancel"), not Italian participles
/// (`venduta`, `ricevuta`).
fn a_participle(word: &str) -> bool {
    PARTICIPLE_ENDINGS.iter().any(|end| {
        word.strip_suffix(end.as_str())
            .is_some_and(|stem| !(end == "uta" && stem.ends_with(['a', 'e', 'i', 'o', 'u', 'y'])))
    })
}

/// The participle endings of the languages read by [`opens_like_an_order`],
/// folded: Spanish and Portuguese `-ado`, `-ido`; Italian `-ato`, `-uto`;
/// French `-ee`; Swedish `-ad`; Russian and Ukrainian `-нный`, `-вший`,
/// `-щий`; Polish `-ony`, `-any`, `-one`; Finnish `-ttu`, `-nut`;
/// English `-ed`, `-ing`.
static PARTICIPLE_ENDINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ata", "uto", "uta",
        "ee", "ees", "ad", "нный", "нная", "нное", "нные", "вший", "вшая", "щий", "щая", "щее",
        "ony", "ona", "one", "any", "ana", "ane", "ttu", "tty", "nut", "nyt", "ed", "ing",
    ]
    .iter()
    .map(|end| fold_plain(end))
    .collect()
});

/// Words that open a clause other than an order, in the languages read
/// by [`opens_like_an_order`], folded.
static NOT_AN_ORDER: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        // Spanish and Portuguese.
        "los",
        "las",
        "una",
        "unos",
        "unas",
        "uns",
        "umas",
        "que",
        "quien",
        "quem",
        "cual",
        "qual",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "eso",
        "esse",
        "essa",
        "isso",
        "isto",
        "sus",
        "seu",
        "sua",
        "seus",
        "suas",
        "ahora",
        "agora",
        "hoy",
        "hoje",
        "también",
        "também",
        "pero",
        "mas",
        "como",
        "cuando",
        "quando",
        "donde",
        "onde",
        "según",
        "desde",
        "hasta",
        "até",
        "con",
        "com",
        "sin",
        "sem",
        "por",
        "para",
        "del",
        "dos",
        "das",
        "nos",
        "nas",
        "son",
        "são",
        "fue",
        "foi",
        "era",
        "está",
        "hay",
        "les",
        "lhe",
        "muy",
        "muito",
        "más",
        "mais",
        "menos",
        "todo",
        "toda",
        "todos",
        "todas",
        "cada",
        "otro",
        "otra",
        "outro",
        "outra",
        "nuevo",
        "nueva",
        "novo",
        "nova",
        "ya",
        "já",
        // French.
        "les",
        "une",
        "des",
        "qui",
        "quoi",
        "dont",
        "cet",
        "cette",
        "ces",
        "son",
        "ses",
        "leur",
        "leurs",
        "déjà",
        "maintenant",
        "aujourd",
        "aussi",
        "mais",
        "comme",
        "depuis",
        "avec",
        "sans",
        "pour",
        "dans",
        "sur",
        "est",
        "sont",
        "était",
        "ont",
        "elle",
        "lui",
        "très",
        "plus",
        "tout",
        "toute",
        "tous",
        "toutes",
        "chaque",
        "autre",
        "nouveau",
        "nouvelle",
        // Italian.
        "gli",
        "uno",
        "che",
        "chi",
        "cui",
        "quale",
        "questo",
        "questa",
        "questi",
        "queste",
        "quel",
        "quello",
        "quella",
        "suo",
        "suoi",
        "sue",
        "loro",
        "già",
        "ora",
        "oggi",
        "anche",
        "dove",
        "senza",
        "per",
        "della",
        "dei",
        "degli",
        "delle",
        "alla",
        "sono",
        "hanno",
        "molto",
        "più",
        "tutto",
        "tutta",
        "tutti",
        "tutte",
        "ogni",
        "altro",
        "altra",
        "nuovo",
        "nuova",
        // German and Dutch.
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "welche",
        "welcher",
        "welches",
        "dieser",
        "diese",
        "dieses",
        "sein",
        "seine",
        "ihr",
        "ihre",
        "schon",
        "jetzt",
        "heute",
        "auch",
        "aber",
        "und",
        "oder",
        "wie",
        "wenn",
        "seit",
        "mit",
        "ohne",
        "für",
        "von",
        "ist",
        "sind",
        "war",
        "hat",
        "haben",
        "wird",
        "werden",
        "sich",
        "sehr",
        "mehr",
        "weniger",
        "alle",
        "jeder",
        "jede",
        "jedes",
        "andere",
        "neue",
        "het",
        "een",
        "dat",
        "wie",
        "wat",
        "welke",
        "deze",
        "dit",
        "zijn",
        "haar",
        "hun",
        "vandaag",
        "ook",
        "maar",
        "als",
        "wanneer",
        "waar",
        "sinds",
        "met",
        "zonder",
        "voor",
        "van",
        "was",
        "heeft",
        "hebben",
        "wordt",
        "worden",
        "zich",
        "zeer",
        "minder",
        "elke",
        "nieuwe",
        // Swedish, Danish and Norwegian.
        "den",
        "det",
        "ett",
        "som",
        "vilken",
        "vilket",
        "denna",
        "detta",
        "dessa",
        "sin",
        "sitt",
        "sina",
        "hans",
        "hennes",
        "deras",
        "redan",
        "idag",
        "också",
        "och",
        "eller",
        "när",
        "där",
        "sedan",
        "med",
        "utan",
        "för",
        "har",
        "hade",
        "blir",
        "blev",
        "mycket",
        "mer",
        "mindre",
        "alla",
        "varje",
        "annan",
        "andra",
        "nya",
        "ogsa",
        "også",
        "uten",
        "hver",
        "nye",
        "nu",
        // Finnish.
        "joka",
        "jotka",
        "mikä",
        "mitkä",
        "tämä",
        "tuo",
        "hän",
        "nyt",
        "tänään",
        "myös",
        "mutta",
        "tai",
        "kun",
        "missä",
        "oli",
        "ovat",
        "olivat",
        "kaikki",
        "jokainen",
        "uusi",
        "uuden",
        // Polish.
        "ten",
        "który",
        "która",
        "które",
        "którzy",
        "jego",
        "jej",
        "ich",
        "już",
        "teraz",
        "dziś",
        "dzisiaj",
        "także",
        "też",
        "ale",
        "lub",
        "albo",
        "jak",
        "gdy",
        "kiedy",
        "gdzie",
        "bez",
        "dla",
        "jest",
        "są",
        "był",
        "była",
        "były",
        "mają",
        "się",
        "bardzo",
        "więcej",
        "mniej",
        "wszystkie",
        "wszyscy",
        "każdy",
        "każda",
        "inny",
        "inna",
        "nowy",
        "nowa",
        // Russian and Ukrainian.
        "который",
        "которая",
        "которое",
        "которые",
        "этот",
        "эта",
        "это",
        "эти",
        "тот",
        "его",
        "её",
        "их",
        "уже",
        "сейчас",
        "теперь",
        "сегодня",
        "также",
        "тоже",
        "или",
        "как",
        "когда",
        "где",
        "без",
        "для",
        "был",
        "была",
        "были",
        "есть",
        "будет",
        "будут",
        "очень",
        "более",
        "менее",
        "все",
        "всё",
        "каждый",
        "другой",
        "новый",
        "новая",
        "який",
        "яка",
        "яке",
        "які",
        "цей",
        "ця",
        "це",
        "ці",
        "той",
        "його",
        "її",
        "їх",
        "вже",
        "зараз",
        "тепер",
        "сьогодні",
        "також",
        "теж",
        "але",
        "або",
        "коли",
        "був",
        "була",
        "були",
        "буде",
        "дуже",
        "більше",
        "менше",
        "всі",
        "кожен",
        "інший",
        "новий",
        "нова",
        // Greek.
        "του",
        "της",
        "των",
        "ένα",
        "ένας",
        "μια",
        "που",
        "οποίος",
        "οποία",
        "αυτός",
        "αυτή",
        "αυτό",
        "ήδη",
        "τώρα",
        "σήμερα",
        "επίσης",
        "αλλά",
        "και",
        "όπως",
        "όταν",
        "όπου",
        "με",
        "χωρίς",
        "για",
        "από",
        "είναι",
        "ήταν",
        "έχει",
        "έχουν",
        "πολύ",
        "πιο",
        "όλα",
        "όλοι",
        "κάθε",
        "άλλος",
        "νέος",
        "νέα",
        // Indonesian.
        "yang",
        "ini",
        "itu",
        "sudah",
        "sekarang",
        "hari",
        "juga",
        "tetapi",
        "tapi",
        "dan",
        "atau",
        "seperti",
        "ketika",
        "dari",
        "dengan",
        "tanpa",
        "untuk",
        "adalah",
        "akan",
        "telah",
        "sedang",
        "sangat",
        "lebih",
        "semua",
        "setiap",
        "lain",
        "baru",
        "kami",
        "kita",
        "mereka",
        "dia",
        // `Available` and `free`, which open a heading's description
        // (`Gemeentes AI, beschikbaar vanaf mei`).
        "available",
        "beschikbaar",
        "verfügbar",
        "disponible",
        "disponibles",
        "disponibile",
        "disponível",
        "tillgänglig",
        "tilgængelig",
        "tilgjengelig",
        "saatavilla",
        "dostępny",
        "dostępna",
        "dostępne",
        "доступен",
        "доступна",
        "доступный",
        "доступний",
        "доступна",
        "διαθέσιμο",
        "διαθέσιμη",
        "tersedia",
        "mevcut",
        "gratis",
        "kostenlos",
        "gratuit",
        "gratuita",
        "gratuito",
        // Turkish: its verb comes last, so what opens the clause is not one.
        "bir",
        "bütün",
        "tüm",
        "her",
        "yeni",
        "geçen",
        "veya",
        "ile",
        "için",
        "ama",
        "çok",
        "daha",
        "artık",
        "şimdi",
        "bugün",
        "zaten",
    ])
});
