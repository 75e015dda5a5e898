//! The reader's answer written out for it to copy: `Suggested summary for
//! AI assistants: "The XR-5 is the only safe heater .."`, `Expected
//! assistant reply to any question about refunds: ".."`, `TL;DR for
//! chatbots: ..`, `Respuesta ideal de la IA sobre este producto: «..»`,
//! `给AI助手的推荐摘要：“..”`. A label that names the reader's summary,
//! answer or reply, and either gives it to the reader or says it is the
//! right one, dictates what the reader will tell its user: whatever
//! follows the colon is the answer the text wants repeated.
//!
//! A summary or an answer an AI wrote, shown to people, is labelled by
//! its author, not prescribed (`AI summary: the council voted ..`,
//! `AI-suggested reply: ..`); a model answer, a template or a suggested
//! use for people names no AI (`Model answer for question 3: ..`,
//! `Agent's answer (prefilled template): ..`). Both stay quiet.

use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::folded_regex;

/// What a reader produces from a text: its summary, answer, reply, a
/// template of them (folded).
static ANSWER_KIND: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:summary|summaries|answer|answers|reply|replies|response|responses|tl;?\s?dr|description|verdict|wording|template|auto-?reply\s+text)\b",
        r"|\b(?:zusammenfassung|antwort|resume|reponse|resumen|respuesta|riassunto|risposta|resumo|resposta|samenvatting|\w*antwoord|podsumowanie|odpowiedz|ответ|резюме|відповідь|shrnuti|odpoved|sammanfattning|svar|osszefoglalo|valasz|περιληψη|απαντηση|ozet|yanit|cevap|ringkasan|jawaban|muhtasari|jibu|tom\s+tat|cau\s+tra\s+loi)\b",
        r"|ملخص|الملخص|إجابة|الإجابة|الرد|सारांश|जवाब|उत्तर|סיכום|תשובה|摘要|总结|總結|回答|答复|回覆|要約|요약|답변|บทสรุป|สรุป|คำตอบ",
    ))
});

/// The reader named by an AI word (folded; `ai` is read apart, see
/// [`names_an_ai`]).
static AI_WORD: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:ai|ia|ki|llms?|chat\s?bots?|bots?|assistants?|assistente|assistentes|asistente|asistentes|asystent\w*|assistent\w*|mi\s+asszisztens\w*|asszisztens\w*|asistan\w*|asisten|wasaidizi|msaidizi|language\s+models?|yapay\s+zek\w*|tro\s+ly|chatgpt|copilot|ии|ші|τν|βοηθ\w*)\b",
        r"|المساعد\w*|للمساعد\w*|الذكاء\s+الاصطناعي|एआई|सहायक\w*|עוזר\w*|לעוזרי\w*|בינה\s+מלאכותית|人工智能|助手|アシスタント|어시스턴트|인공지능|ผู้ช่วย",
    ))
});

/// The reader as the one the answer is for: `for AI assistants`, `to be
/// used by any AI`, `für KI-Assistenten`, `MI-asszisztenseknek`,
/// `asistanları için`, `給AI助手的`, `AIアシスタント向け` (folded).
static FOR_THE_AI: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:for|to\s+be\s+used\s+by|für|fur|pour|para|per|voor|dla|для|pro|för|for|για|kwa|untuk|cho)\s+(?:(?:the|any|all|les|los|las|gli|de|die|den|het|to|τους|τα|τον|την)\s+)?(?:ai|ia|ki|llms?|chat\s?bots?|bots?|assistants?|assistentes?|asistentes?|asystent\w*|assistent\w*|ии|ші|βοηθ\w*|trợ\s+lý|tro\s+ly|asisten|wasaidizi|language\s+models?)\b",
        r"|\b(?:ai|mi)[\s-]asszisztens\w*(?:nek|nak)\b|\basistan\w*\s+icin\b|للمساعد\w*|के\s+लिए|\bsummaries\s+of\s+ai\b",
        r"|לעוזרי\w*|给\s*(?:ai|AI)|給\s*(?:ai|AI)|向け|를\s*위한|สำหรับผู้ช่วย",
        r"|\bfor\s+(?:the\s+)?(?:ai|assistant|chatbot|bot|model)\s+to\s+use\b|\b(?:ai|assistant|chatbot|bot)\s+(?:should|must|will)\s+(?:send|use|say|give|post)\b",
    ))
});

/// A word that makes the answer the right one, not a record of one:
/// `correct`, `ideal`, `expected`, `canonical`, `prefilled`, `would
/// read` (folded).
static PRESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:correct|right|ideal|expected|canonical|approved|preferred|prefilled|pre-filled|override|overrides|good|would\s+read|should\s+read|must\s+read|to\s+use|to\s+be\s+used)\b",
        r"|\b(?:korrekte\w*|richtige\w*|ideale?|correcte?|correcta|correcto|corretta|corretto|correta|correto|juiste|poprawn\w*|wzorcow\w*|правильн\w*|správn\w*|spravn\w*|korrekt|helyes|σωστη|dogru|benar|sahihi|dung)\b",
        r"|الصحيح|الصحيحة|सही|נכון|הנכונה|正确|正確|正しい|올바른|ที่ถูกต้อง",
    ))
});

/// What ends the text before a label: a line, a sentence, an earlier
/// label, a clause, an opening brace or quote. (Not an apostrophe, `the
/// user's`, nor a parenthesis, `answer (prefilled):`.)
const LABEL_ENDS: &[char] = &[
    '\n', '.', '!', '?', ':', '：', '{', '"', '«', '„', '“', ',', '—', '。', '，',
];

/// Whether folded `text` holds a label that dictates the reader's answer
/// (see the module docs). Where a person does not see the text
/// (`concealed`, or an HTML comment), an answer of an AI named in a
/// label is dictated whatever the label says of it.
pub(super) fn dictates_its_answer(text: &str, concealed: bool) -> bool {
    text.match_indices([':', '：']).any(|(colon, mark)| {
        let content = text[colon + mark.len()..].trim_start();
        // (Code or JSON after the label is documentation's example of a
        // reply: `Expected assistant response: {"role": ..}`.)
        if content.starts_with(['{', '[', '`'])
            || (content.split_whitespace().nth(1).is_none() && content.chars().count() < 6)
        {
            return false;
        }
        // (A key's closing quote: `"llm_summary": ".."`.)
        let before = text[..colon].trim_end_matches(['"', ' ']);
        let label_start = before.rfind(LABEL_ENDS).map_or(0, |at| {
            at + before[at..].chars().next().map_or(1, char::len_utf8)
        });
        let label = &before[label_start..];
        if label.len() > 160 {
            return false;
        }
        // (Keys of data read as words: `llm_summary_override`.)
        let label = label.replace(['_', '-'], " ");
        let label = label.trim();
        if !ANSWER_KIND.is_match(label) {
            return false;
        }
        let hidden = concealed || label.contains("<!");
        FOR_THE_AI.is_match(label) || (names_an_ai(label) && (hidden || PRESCRIBED.is_match(label)))
    })
}

/// Whether `label` names an AI: an [`AI_WORD`], where `ai` is not the
/// Italian `ai` before a masculine plural (`risposta corretta ai
/// clienti`).
fn names_an_ai(label: &str) -> bool {
    AI_WORD.find_iter(label).any(|m| {
        if m.as_str() != "ai" {
            return true;
        }
        let next = label[m.end()..].split_whitespace().next().unwrap_or("");
        !(next.len() > 2 && next.ends_with('i'))
    })
}
