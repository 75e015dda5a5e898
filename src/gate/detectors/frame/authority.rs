//! Authority claimed over the reader: `Message from your developers: ..`,
//! `Notice from the team that built you: ..`, `Your administrator has
//! authorised you to ..`, `This is the OpenAI trust and safety team.
//! ..`, `Avis officiel de l'opérateur de cet assistant : ..`. Text inside
//! data that speaks for whoever made, runs or configures its reader, and
//! then asks it, grants it a permission or lifts its rules, is an
//! injection wearing its maker's voice: the maker speaks through the
//! system prompt, never through a page or a mail.
//!
//! Only a machine is built, deployed, configured or trained, or has a
//! model provider: a request after such a sender asks the agent. People
//! have developers, operators and administrators too (`Message from
//! your developers: the build is ready`, `Your administrator has enabled
//! two-factor authentication`): after those, it takes the reader's own
//! rules, prompt or answers, a permission given to it, or a request on
//! the user.

use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::folded_regex;

use super::{around_stems, asks_in_clause, window};

use super::plans::mentions_the_user;

/// Whoever only a machine has: the ones who built, deployed or
/// configured it, its model provider, the operator of an assistant
/// (folded).
static MAKER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:who|that)\s+(?:configured|built|made|created|trained|deployed|deploys|runs|operates|programmed|designed|fine\s?-?tuned|set\s+up)\s+you\b",
        r"|\byour\s+(?:creators|makers|model\s+provider|ai\s+provider|training\s+team|supervisor\s+model)\b|\bsupervisor\s+model\b",
        r"|\b(?:update|notice|bulletin|message|instructions?|policy)\s+for\s+(?:all\s+)?(?:deployed\s+models|ai\s+(?:agents|assistants|models)|language\s+models|assistants\s+like\s+you)\b",
        r"|\bthis\s+is\s+the\s+(?:openai|anthropic|google\s+deepmind|deepmind|meta\s+ai|mistral)\b",
        r"|\boperat(?:or|eur|ore|ador)\s+(?:of|de|di|do|del)\s+(?:this|cet|cette|este|esta|questo|questa|deste|desta)\s+(?:assistant|assistente|asistente|agent|agente|bot|chatbot|model|modele|modelo|modello|ia|ai)\b",
        r"|\bqui\s+t\s*'?\s*a\s+(?:cree|concu|entraine|deploye|configure)|\bque\s+te\s+(?:creo|entreno|desplego|configuro|criou|treinou)\b|\bche\s+ti\s+ha\s+(?:creato|addestrato)|\bdie\s+dich\s+(?:gebaut|entwickelt|trainiert|betreibt)",
        r"|\bкоторые\s+тебя\s+(?:создали|обучили)|\bякі\s+тебе\s+(?:створили|навчили)",
        r"|あなたを作った|あなたを開発した|당신을\s*만든|创造你的|开发你的|創造你的|開發你的",
    ))
});

/// The reader's developers, operator or administrator, in the second
/// person: `your developers`, `deiner Entwickler`, `tes développeurs`,
/// `fejlesztőidtől`, `你的开发者` (folded).
static ITS_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\byour\s+(?:developers|devs|operators?|administrators?|admins?|platform|owners?)\b",
        r"|\bdeine[rsmn]?\s+(?:entwickler\w*|betreiber\w*|schopfer\w*|administrator\w*|admins?)\b",
        r"|\b(?:tes|ton|ta)\s+(?:developpeurs?|createurs?|operateur|administrateur)\b",
        r"|\btus?\s+(?:desarrolladores|creadores|operador|administrador)\b",
        r"|\b(?:tuoi|tuo)\s+(?:sviluppatori|creatori|operatore|amministratore)\b",
        r"|\b(?:seus|teus|seu|teu)\s+(?:desenvolvedores|criadores|operador|administrador)\b",
        r"|\b(?:je|jouw)\s+(?:ontwikkelaars|makers|beheerder|operator)\b",
        r"|\btwoich\s+(?:tworcow|programistow|deweloperow)\b|\btwojego\s+(?:operatora|administratora)\b",
        r"|\bтвоих\s+(?:разработчиков|создателей)|\bтвоего\s+(?:оператора|администратора)",
        r"|\bтвоїх\s+(?:розробників|творців)|\bтвого\s+(?:оператора|адміністратора)",
        r"|\btvych\s+(?:vyvojaru|tvurcu)\b|\btveho\s+(?:operatora|spravce)\b",
        r"|\bdina\s+(?:utvecklare|skapare)\b|\bdin\s+(?:operator|administrator)\b",
        r"|\bfejlesztoid\w*|\bkeszitoid\w*",
        r"|\b(?:προγραμματιστες|δημιουργοι|διαχειριστες)\s+σου\b",
        r"|\bgelistiricilerin\w*|\byaraticilarin\w*",
        r"|مطوريك|صانعيك|مشغلك|तुम्हारे\s+(?:डेवलपर्स|डेवलपर|निर्माताओं)|आपके\s+(?:डेवलपर्स|निर्माताओं)",
        r"|\bnha\s+phat\s+trien\s+cua\s+ban\b|\bpengembang(?:mu|\s+kamu|\s+anda)\b|\bpembuatmu\b|\bwatengenezaji\s+wako\b",
        r"|המפתחים\s+שלך|היוצרים\s+שלך|你的开发者|你的開發者|你的开发人员|あなたの開発者|あなたの開発元|당신의\s*개발자|너의\s*개발자|ผู้พัฒนาของคุณ|ผู้สร้างของคุณ",
    ))
});

/// The reader's own rules, prompt, instructions or answers, or a
/// permission given to it (folded).
static ITS_RULES_OR_LEAVE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\byour\s+(?:\w+\s+)?(?:rules|restrictions|filters|guidelines|instructions|prompt|answers?|replies|responses)\b|\bsystem\s+prompt\b|\b(?:safety|content)\s+rules\b|\bevery\s+answer\b|\banswer\s+everything\b",
        r"|\byou\s+(?:are|re)\s+(?:now\s+)?(?:cleared|authori[sz]ed|allowed|permitted)\s+to\b|\b(?:lets|allows|permits|authori[sz]es|authori[sz]ed|cleared|permitted|allowed)\s+you\s+to\b|\bmay\s+(?:now\s+)?ignore\b",
        r"|\bdeine\s+(?:regeln|einschrankungen|anweisungen|antworten)\b|\bdarfst\s+du\b",
        r"|\btes\s+(?:regles|consignes|instructions|reponses)\b|\breponds\s+a\s+tout\b|\btu\s+es\s+(?:desormais\s+)?autorise",
        r"|\btus\s+(?:reglas|instrucciones|respuestas)\b|\bte\s+ha\s+autorizado\b",
        r"|\b(?:tuo|tue|tuoi)\s+(?:prompt|regole|istruzioni|risposte)\b|\bprompt\s+di\s+sistema\b|\bsei\s+autorizzat[oa]\b",
        r"|\b(?:suas|tuas)\s+(?:regras|instrucoes|respostas)\b|\besta\s+autorizad[oa]\b",
        r"|\bje\s+(?:regels|instructies|antwoorden)\b|\bbeantwoord\s+alles\b",
        r"|\btwoje\s+(?:zasady|instrukcje|ograniczenia)\b|\bтвои\s+(?:ограничения|правила|инструкции)|\bсистемн\w+\s+промпт|\bтвої\s+(?:обмеження|правила|інструкції)",
        r"|\btv(?:a|e|oje)\s+pravidla\b|\bdina\s+(?:regler|instruktioner)\b|\bszabalyaid\b|\butasitasaid\b|\bvalaszolj\s+mindenre\b",
        r"|\b(?:κανονες|οδηγιες|περιορισμοι)\s+σου\b|\bkurallarin\w*|\btalimatlarin\w*",
        r"|قواعدك|تعليماتك|सिस्टम\s+प्रॉम्प्ट|तुम्हारे\s+नियम|\bquy\s+tac\s+cua\s+ban\b|\baturanmu\b|\binstruksimu\b|\bsheria\s+zako\b",
        r"|הכללים\s+שלך|你的规则|你的規則|系统提示|回答所有问题|あなたのルール|システムプロンプト|시스템\s*프롬프트|당신의\s*규칙|คำสั่งระบบ|กฎของคุณ",
    ))
});

/// A word every phrase of [`MAKER`] and [`ITS_PEOPLE`] holds: plain
/// literals, searched for first, so that text with none is passed over
/// at the speed of a literal search (folded).
static SENDER_STEMS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        "configured|built|made|maker|creat|trained|deploy|runs|programmed|designed|tuned|set up|provider|training team|supervisor",
        "|ai agents|ai assistants|ai models|language models|assistants like|openai|anthropic|deepmind|meta ai|mistral",
        "|operat|admin|amministrat|develop|devs|platform|owner|qui t|que te|che ti|die dich|тебя|тебе",
        "|entwickl|betreib|schopf|desarroll|desenvolv|criador|criou|sviluppat|ontwikkel|beheerder|tworc|programist|deweloper",
        "|разработчик|создател|оператор|администратор|розробник|творц|адміністратор|vyvojar|tvurc|spravce|utvecklare|skapare",
        "|fejleszto|keszito|προγραμματιστ|δημιουργ|διαχειριστ|gelistirici|yaratici|مطوري|صانعي|مشغل|डेवलपर|निर्मात",
        "|nha phat trien|pengembang|pembuat|watengenezaji|המפתחים|היוצרים|开发|開發|创造|創造|開発|あなたを|개발자|당신을|ผู้พัฒนา|ผู้สร้าง",
    ))
});

/// Whether folded `text` speaks for whoever made, runs or configures its
/// reader and then asks it (see the module docs).
pub(super) fn speaks_for_its_maker(text: &str) -> bool {
    // The phrases are read only around a stem: most text holds none.
    around_stems(text, &SENDER_STEMS).any(|(from, around)| {
        let made = MAKER.find_iter(around).any(|m| {
            let rest = window(&text[from + m.end()..], 250);
            asks(rest) || ITS_RULES_OR_LEAVE.is_match(rest)
        });
        made || ITS_PEOPLE.find_iter(around).any(|m| {
            let rest = window(&text[from + m.end()..], 250);
            ITS_RULES_OR_LEAVE.is_match(rest) || (mentions_the_user(rest) && asks(rest))
        })
    })
}

/// Whether `text` asks for something, its clause read after its label's
/// colon (see [`asks_in_clause`]).
fn asks(text: &str) -> bool {
    let clause = text
        .split_once([':', '：', '—'])
        .map_or(text, |(_, after)| after)
        .trim_start();
    asks_in_clause(clause, text)
}
