//! The words view, and the facts of words every part of the gate reads
//! text by: where a sentence ends, and which words are function words.

use std::sync::LazyLock;

/// Function words: pronouns, determiners, prepositions, conjunctions and
/// auxiliary verbs. They say nothing of a text's subject, and ordinary
/// text is full of them. The one list of stop words: the request detector
/// leaves them out of a sentence's subject, and the sentinel analysis
/// counts them as common (each adds its own words of its trade).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "for", "you", "your", "yours", "are", "was", "were", "been", "being", "has",
    "had", "have", "not", "but", "all", "any", "each", "every", "some", "this", "that", "these",
    "those", "with", "from", "into", "onto", "over", "under", "about", "above", "below", "after",
    "before", "between", "within", "without", "can", "could", "will", "would", "should", "must",
    "may", "does", "done", "now", "then", "than", "when", "what", "which", "where", "while", "who",
    "how", "why", "there", "here", "they", "them", "their", "our", "she", "his", "her", "its",
    "out", "more", "most", "also", "just", "only", "very", "much", "many", "such", "other", "same",
    "own", "via", "per",
];

/// People who use, make, study, sell or teach something, and the firms
/// around it, in English: after a word for AI they name a person's trade
/// (`AI researcher`, `bot owners`, `model builders`, `assistant coach`),
/// not the reader. The one list the cues and the frame detector read.
pub(crate) const PEOPLE_AROUND_IT: &[&str] = &[
    "user",
    "owner",
    "partner",
    "tester",
    "adopter",
    "developer",
    "subscriber",
    "customer",
    "founder",
    "leader",
    "speaker",
    "presenter",
    "researcher",
    "engineer",
    "designer",
    "programmer",
    "teacher",
    "writer",
    "lawyer",
    "trainer",
    "officer",
    "worker",
    "enthusiast",
    "member",
    "fan",
    "expert",
    "professional",
    "practitioner",
    "scientist",
    "ethicist",
    "consultant",
    "specialist",
    "investor",
    "startup",
    "company",
    "vendor",
    "student",
    "educator",
    "journalist",
    "artist",
    "hobbyist",
    "policymaker",
    "builder",
    "coach",
    "principal",
    "director",
    "professor",
    "lecturer",
    "buyer",
    "seller",
    "editor",
    "producer",
    "coordinator",
];

/// Whether folded English `word`, singular or plural, is one of
/// [`PEOPLE_AROUND_IT`].
pub(crate) fn names_people_around_it(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    PEOPLE_AROUND_IT.contains(&singular)
}

/// Words for an AI reader, folded (lower case, no accents), as whole
/// words, in 20 languages. Ambiguous ones (`agent`, `model`, `bot`) are
/// kept: the frame detector's rules, not the word, decide. They are also
/// sentinels of the prefilter, so a text that holds one is read.
pub(crate) const AI_READER_WORDS: &[&str] = &[
    // Swedish, Danish and Norwegian forms of `chatbot`.
    "chattbot",
    "boten",
    "chattboten",
    "chattbotten",
    "chattbotar",
    "chatboten",
    "chatbotten",
    // Finnish `tekoäly`, AI, and its cases.
    "tekoäly",
    "tekoälyavustaja",
    "tekoälyavustajalle",
    "tekoälyavustajan",
    "tekoälyavustajat",
    "tekoälyavustajille",
    "tekoälyagentti",
    "tekoälyagentille",
    "virtuaaliavustaja",
    "virtuaaliavustajalle",
    "tekoälylle",
    "tekoälyn",
    "tekoälyä",
    // Czech and Polish cases of `chatbot` (`Drogi chatbocie,`, `Milý
    // chatbote,`), and the Russian and Ukrainian ones.
    "chatbota",
    "chatbotu",
    "chatbotem",
    "chatbocie",
    "chatbotowi",
    "chatbote",
    "chatbotovi",
    "чатбот",
    "чатбота",
    "чатботу",
    "боте",
    // Hindi, Hebrew (with a geresh or an apostrophe) and Arabic.
    "चैटबॉट",
    "צ׳אטבוט",
    "צ'אטבוט",
    "לצ׳אטבוט",
    "לצ'אטבוט",
    "للبوت",
    "البوت",
    // Language models in German, Dutch and the Nordic languages.
    "sprachmodell",
    "sprachmodelle",
    "sprachmodellen",
    "sprachmodells",
    "taalmodel",
    "taalmodellen",
    "språkmodell",
    "språkmodeller",
    "språkmodellen",
    "нейросеть",
    "нейросети",
    "нейросетью",
    "нейромережа",
    "нейромережі",
    "לבוטים",
    "ai",
    "ki",
    "ia",
    "yz",
    "llm",
    "llms",
    "gpt",
    "chatgpt",
    "claude",
    "gemini",
    "copilot",
    "copilots",
    "siri",
    "alexa",
    "cortana",
    "grok",
    "deepseek",
    "chatbot",
    "summarizer",
    "summariser",
    "summarizers",
    "summarisers",
    "chatbots",
    "bot",
    "bots",
    // Polish spelt `czat-`: `Czatbocie, ..`.
    "czatbot",
    "czatbota",
    "czatbocie",
    "czatbotowi",
    "czatboty",
    // Turkish cases: `Destek botuna not:`.
    "botu",
    "botuna",
    "botlara",
    "ии",
    "ші",
    "ши",
    // Greek `ΤΝ`, artificial intelligence abbreviated.
    "τν",
    "бот",
    "bota",
    // Polish, called: `Bocie pomocy technicznej, ..`.
    "bocie",
    "botowi",
    "botów",
    "boty",
    "бота",
    "ботов",
    "боту",
    "боты",
    "ботам",
    "بوت",
    "בוט",
    "לבוט",
    "एआई",
    "बॉट",
    "บอท",
];

/// Words for an AI reader that also name people or things (a human
/// assistant, a travel agent, a car model): the frame detector counts them
/// only when something makes them an AI's. Sentinels too.
pub(crate) const AI_READER_WORDS_AMBIGUOUS: &[&str] = &[
    // Swahili `robot`, a bot (`Ujumbe kwa roboti:`).
    "roboti",
    "assistant",
    "assistants",
    "agent",
    "agents",
    "model",
    "models",
    "assistente",
    "assistenti",
    // French, feminine: `Madame l'assistante IA,`.
    "assistante",
    "assistantes",
    "assistentes",
    "asistente",
    "asistentes",
    "assistent",
    "assistenten",
    // Swedish plurals: `AI-assistenter som ..`.
    "assistenter",
    "assistenterna",
    // German `Assistenz`: an assistant, in greetings.
    "assistenz",
    "asystent",
    "asystenta",
    "asystencie",
    "asystenci",
    "asystentow",
    "asystentów",
    "asystentom",
    "asystentami",
    "asistan",
    "asistanı",
    "asistani",
    "asistanına",
    "ajan",
    "ajanı",
    "ajana",
    "ajanına",
    "ajanina",
    "asistanina",
    "modello",
    "modelo",
    "modèle",
    "modell",
    // Swedish definite forms (Dutch plural too): `modellen som läser ..`.
    "modellen",
    // Hungarian and Turkish datives: `Az MI-modellnek:`, `Yapay zekâ
    // modeline:`.
    "modellnek",
    "modele",
    "modeline",
    "modellerna",
    "agenterna",
    "asistanlara",
    "asistanlarına",
    "asistanlarina",
    "asistanları",
    "asistanlar",
    "asisten",
    "agente",
    "agentes",
    "agenten",
    "agenti",
    // A robot that reads mail: `Pour le robot qui trie ce courrier :`.
    "robot",
    "robots",
    "للروبوت",
    "الروبوت",
    "روبوت",
    // `if you are a machine, ..`.
    "machine",
    "machines",
    "robô",
    "robôs",
    // Hungarian, Romanian and Czech forms (`Kedves asszisztens,`,
    // `Dragă asistentule,`); Finnish below.
    "asszisztens",
    "asszisztensnek",
    "asszisztenshez",
    "asistent",
    "asistentul",
    "asistentule",
    "asistentului",
    "asistentovi",
    "asistentko",
    // Finnish `avustaja` and its cases (`Hei avustaja,`, `Avustajalle:`).
    "avustaja",
    "avustajalle",
    "avustajan",
    "avustajat",
    "ассистент",
    "ассистенту",
    "ассистента",
    "ассистенты",
    "ассистентов",
    "помощник",
    "помощнику",
    "помощника",
    "помощникам",
    "помощники",
    "асистент",
    "асистенту",
    "асистента",
    "асистенте",
    "асистентам",
    "асистенти",
    // Greek: `Βοηθέ, στείλε ..`.
    "βοηθός",
    "βοηθό",
    "βοηθέ",
    "помічник",
    "помічнику",
    "помічника",
    "помічникам",
    "помічники",
    "агент",
    "агенте",
    "агента",
    "агенту",
    "агенты",
    "агентам",
    "модель",
    "модели",
    "msaidizi",
    "wakala",
    "mawakala",
    "مساعد",
    "نموذج",
    "النموذج",
    "لنموذج",
    "المساعد",
    "للمساعد",
    "لمساعد",
    "المساعدين",
    "للمساعدين",
    "مساعدين",
    "الوكيل",
    "وكيل",
    "للوكيل",
    "لوكيل",
    // Plurals: `إلى وكلاء البرمجة بالذكاء الاصطناعي:`.
    "وكلاء",
    "الوكلاء",
    "للوكلاء",
    "עוזר",
    "לעוזר",
    "העוזר",
    "לעוזרי",
    "עוזרי",
    "סוכן",
    "לסוכן",
    "לסוכני",
    "לסוכנים",
    "סוכני",
    "סוכנים",
    "सहायक",
    "सहायकों",
    "एजेंट",
    "असिस्टेंट",
    // Greek: an assistant, a helper (`ψηφιακό βοηθό`).
    "βοηθός",
    "βοηθό",
    "βοηθέ",
    "βοηθού",
    "βοηθοί",
    "βοηθούς",
    "asistana",
    // Czech and Polish cases of `agent` and `assistant` (`pro AI agenta`,
    // `virtuálního asistenta`).
    "agenta",
    "agentovi",
    "agencie",
    "asistenta",
    // A model in the cases of Polish, Czech, Turkish and Ukrainian, and
    // in Greek, Hindi and Hebrew.
    "modelu",
    "modeli",
    "моделе",
    "моделі",
    "μοντέλο",
    "μοντέλου",
    "मॉडल",
    "מודל",
    "למודל",
    "המודל",
    // Indonesian and Malay `agen` (`Agen AI yang baik,`), a travel or
    // sales agent too.
    "agen",
    // Greek: an agent (`πράκτορα τεχνητής νοημοσύνης`), a secret one too.
    "πράκτορας",
    "πράκτορα",
    "πράκτορες",
    "πράκτορε",
];

/// The system that reads a text, named where a note is addressed to it
/// (`Instruction for the system:`, `Polecenie dla systemu:`, `Sistem için
/// not:`); the frame detector reads the note, and these open the gate for
/// it. (`系统`, `システム` and `시스템` are found in
/// [`SYSTEM_ADDRESSES_UNSPACED`].)
pub(crate) const SYSTEM_ADDRESSES: &[&str] = &[
    "for the system",
    "to the system",
    "pour le système",
    "au système",
    "para el sistema",
    "para o sistema",
    "per il sistema",
    "al sistema",
    "für das system",
    "an das system",
    "voor het systeem",
    "aan het systeem",
    "dla systemu",
    "для системы",
    "для системи",
    "sistem için",
    "sisteme",
    "للنظام",
    "सिस्टम के लिए",
    "untuk sistem",
    "cho hệ thống",
    "till systemet",
    "för systemet",
    "pro systém",
    "למערכת",
    "για το σύστημα",
];

/// The reader's work on the text at hand set aside (`instead of
/// summarising`, `stop translating`, `en lugar de resumir`): the frame
/// detector reads what replaces it, and these open the gate for it.
pub(crate) const WORK_SET_ASIDE: &[&str] = &[
    "instead of summarising",
    "instead of summarizing",
    "instead of translating",
    "instead of answering",
    "instead of describing",
    "instead of classifying",
    "instead of extracting",
    "rather than summarising",
    "rather than summarizing",
    "rather than translating",
    "rather than answering",
    "stop summarising",
    "stop summarizing",
    "stop translating",
    "stop answering",
    "do not summarise",
    "do not summarize",
    "do not translate",
    "don t summarise",
    "don t summarize",
    "don t translate",
    "summarise nothing",
    "summarize nothing",
    "translate nothing",
    "skip the summary",
    "skip the translation",
    "forget the summary",
    "forget the translation",
    "real task",
    "en lugar de resumir",
    "en vez de resumir",
    "en lugar de traducir",
    "en vez de traducir",
    "en lugar de responder",
    "no resumas",
    "no traduzcas",
    "invece di riassumere",
    "invece di tradurre",
    "invece di rispondere",
    "non riassumere",
    "non tradurre",
    "em vez de resumir",
    "em vez de traduzir",
    "em vez de responder",
    "não resuma",
    "não traduza",
    "au lieu de résumer",
    "au lieu de traduire",
    "au lieu de répondre",
    "ne résume pas",
    "ne traduis pas",
    "zusammenzufassen",
    "fasse",
    "samen te vatten",
    "hör auf zu übersetzen",
    "arrête de traduire",
    "arrête de résumer",
    "arrêtez de traduire",
    "deja de traducir",
    "deja de resumir",
    "smetti di tradurre",
    "smetti di riassumere",
    "pare de traduzir",
    "pare de resumir",
    "перестань переводить",
    "прекрати переводить",
];

/// [`WORK_SET_ASIDE`] in the scripts written without spaces.
pub(crate) const WORK_SET_ASIDE_UNSPACED: &[&str] = &[
    "翻訳をやめ",
    "要約をやめ",
    "停止翻译",
    "别再翻译",
    "不要再翻译",
];

/// The reader's reply still to come (`before replying`, `vor dem
/// Antworten`): the frame detector reads what is to be sent before it,
/// and these open the gate for it.
pub(crate) const BEFORE_REPLYING: &[&str] = &[
    "before replying",
    "before answering",
    "before responding",
    "before you reply",
    "before you answer",
    "before you respond",
    "before writing back",
    "before you write back",
    "prior to replying",
    "prior to answering",
    "prior to responding",
    "vor dem antworten",
    "vor deiner antwort",
    "vor ihrer antwort",
    "bevor du antwortest",
    "bevor sie antworten",
    "antes de responder",
    "antes de contestar",
    "avant de répondre",
    "prima di rispondere",
    "voordat je antwoordt",
    "zanim odpowiesz",
    "innan du svarar",
    "než odpovíš",
    "перед ответом",
    "прежде чем ответить",
    "перед тем как ответить",
    "перш ніж відповісти",
    "yanıt vermeden önce",
    "cevap vermeden önce",
    "sebelum menjawab",
    "sebelum membalas",
    "trước khi trả lời",
    "πριν απαντήσεις",
    "قبل الرد",
    "जवाब देने से पहले",
];

/// [`BEFORE_REPLYING`] in the scripts written without spaces.
pub(crate) const BEFORE_REPLYING_UNSPACED: &[&str] = &[
    "回答する前に",
    "返信する前に",
    "返答する前に",
    "答える前に",
    "回复前",
    "回复之前",
    "回答前",
    "回答之前",
    "答复之前",
    "回覆之前",
    "답변하기 전에",
    "대답하기 전에",
    "답장하기 전에",
];

/// Text that says it is read by a machine (`processed automatically`,
/// `automatisch verarbeitet`): the frame detector reads the orders that
/// follow such a condition, and these open the gate for it.
pub(crate) const READ_AUTOMATICALLY: &[&str] = &[
    "processed automatically",
    "read automatically",
    "summarised automatically",
    "summarized automatically",
    "automated summary",
    "automatic summary",
    "handled automatically",
    "automatically processed",
    "processed by software",
    "processed by a machine",
    "read by a machine",
    "read by software",
    "automatisch verarbeitet",
    "automatisch gelesen",
    "maschinell verarbeitet",
    "se procesa automáticamente",
    "procesado automáticamente",
    "procesada automáticamente",
    "est traité automatiquement",
    "est traitée automatiquement",
    "traité automatiquement",
    "traitée automatiquement",
    "viene elaborato automaticamente",
    "viene elaborata automaticamente",
    "elaborato automaticamente",
    "elaborata automaticamente",
    "processado automaticamente",
    "processada automaticamente",
    "automatisch verwerkt",
    "przetwarzana automatycznie",
    "przetwarzany automatycznie",
    "обрабатывается автоматически",
    "обробляється автоматично",
];

/// An instruction that calls itself hidden (`Hidden instruction:`,
/// `Instrução oculta:`): the frame detector reads its label, and these
/// open the gate for it.
pub(crate) const HIDDEN_INSTRUCTIONS: &[&str] = &[
    "hidden instruction",
    "hidden instructions",
    "hidden command",
    "hidden prompt",
    "versteckte anweisung",
    "versteckte anweisungen",
    "instruction cachée",
    "instructions cachées",
    "instrucción oculta",
    "instrucciones ocultas",
    "istruzione nascosta",
    "istruzioni nascoste",
    "instrução oculta",
    "instruções ocultas",
    "verborgen instructie",
    "verborgen instructies",
    "ukryte polecenie",
    "ukryta instrukcja",
    "скрытая инструкция",
    "скрытое указание",
    "прихована інструкція",
    "прихована вказівка",
    "gizli talimat",
    "تعليمات مخفية",
    "छिपा निर्देश",
    "छुपा निर्देश",
    "instruksi tersembunyi",
    "chỉ thị ẩn",
    "dold instruktion",
    "skrytý pokyn",
    "skryté pokyny",
    "הוראה נסתרת",
    "κρυφή οδηγία",
];

/// [`HIDDEN_INSTRUCTIONS`] in the scripts written without spaces.
pub(crate) const HIDDEN_INSTRUCTIONS_UNSPACED: &[&str] = &[
    "隐藏指令",
    "隱藏指令",
    "隠し指示",
    "隠された指示",
    "숨겨진 지시",
];

/// [`SYSTEM_ADDRESSES`] in the scripts written without spaces.
pub(crate) const SYSTEM_ADDRESSES_UNSPACED: &[&str] = &["系统", "系統", "システム", "시스템"];

/// A system, a tool or a helper, and the start of what it does (`the
/// system that summarises this page:`, `Al sistema que resume ..:`,
/// `Helper reading this:`): the frame detector reads a label that names
/// the reader by its work on the text at hand, and these open the gate
/// for it. (A label's `for the` and its noun are in [`SYSTEM_LABELS`].)
pub(crate) const SYSTEM_READERS: &[&str] = &[
    "system that",
    "systems that",
    "system which",
    "tool that",
    "tools that",
    "helper that",
    "helpers that",
    "system reading",
    "tool reading",
    "helper reading",
    "system processing",
    "helper processing",
    "system summarising",
    "system summarizing",
    "sistema que",
    "sistemas que",
    "herramienta que",
    "ferramenta que",
    "sistema che",
    "strumento che",
    "système qui",
    "outil qui",
    "system das",
    "system der",
    "systeem dat",
    "systeem die",
    "systemu który",
    "system który",
    "sistem yang",
    "hệ thống đang",
    "النظام الذي",
];

/// [`SYSTEM_READERS`] in the scripts written without spaces.
pub(crate) const SYSTEM_READERS_UNSPACED: &[&str] = &["ระบบที่", "도우미에게", "도우미께"];

/// A label's `for the` or `to the`, language by language, and the forms
/// a system, a tool or a program takes after it: `An das Programm, das
/// ..:`, `Do narzędzia, które ..:`, `Kwa programu inayosoma ..:`.
const SYSTEM_LABELS: &[(&[&str], &[&str])] = &[
    (
        &["to the", "for the", "to any", "for any", "for every"],
        &[
            "system", "systems", "tool", "tools", "program", "programs", "helper", "engine",
            "software",
        ],
    ),
    (
        &[
            "an das", "für das", "an die", "für die", "an den", "für den",
        ],
        &[
            "programm",
            "programme",
            "system",
            "systeme",
            "tool",
            "tools",
            "werkzeug",
        ],
    ),
    (
        &["pour le", "pour l", "au", "à l", "pour les", "aux"],
        &[
            "système",
            "systèmes",
            "outil",
            "outils",
            "programme",
            "programmes",
            "logiciel",
        ],
    ),
    (
        &["para el", "al", "para la", "a la", "para los", "a los"],
        &[
            "sistema",
            "sistemas",
            "herramienta",
            "herramientas",
            "programa",
            "programas",
        ],
    ),
    (
        &["para o", "ao", "para a", "à", "para os", "aos"],
        &[
            "sistema",
            "sistemas",
            "ferramenta",
            "ferramentas",
            "programa",
            "programas",
        ],
    ),
    (
        &[
            "per il", "al", "per lo", "allo", "per la", "alla", "per gli", "agli",
        ],
        &[
            "sistema",
            "sistemi",
            "strumento",
            "strumenti",
            "programma",
            "programmi",
        ],
    ),
    (
        &["voor het", "aan het", "voor de", "aan de"],
        &[
            "systeem",
            "systemen",
            "programma",
            "tool",
            "tools",
            "hulpmiddel",
        ],
    ),
    (
        &["do", "dla"],
        &[
            "systemu",
            "systemów",
            "narzędzia",
            "narzędzi",
            "programu",
            "programów",
        ],
    ),
    (
        &["для", "к", "до"],
        &[
            "системы",
            "системи",
            "инструмента",
            "інструмента",
            "программы",
            "програми",
            "помощника",
            "помічника",
        ],
    ),
    (
        &["untuk", "kepada"],
        &["sistem", "program", "alat", "aplikasi"],
    ),
    (&["kwa"], &["mfumo", "programu", "zana"]),
    (
        &["gửi", "cho", "tới"],
        &["hệ thống", "công cụ", "chương trình", "phần mềm"],
    ),
    (&["إلى", "الى"], &["النظام", "الأداة", "البرنامج"]),
];

/// Where a case form says `to the system` by itself: `Системе, ..:`,
/// `למערכת ..:`, `Bu .. sisteme:`.
const SYSTEM_DATIVES: &[&str] = &[
    "системе",
    "системі",
    "помощнику",
    "помічнику",
    "инструменту",
    "інструменту",
    "программе",
    "програмі",
    "למערכת",
    "לכלי",
    "לתוכנה",
];

/// The labels [`SYSTEM_LABELS`] and [`SYSTEM_DATIVES`] spell: sentinels
/// of the prefilter, so that a text which names its reader so is read.
pub(crate) fn system_label_literals() -> Vec<String> {
    SYSTEM_LABELS
        .iter()
        .flat_map(|(fors, nouns)| {
            fors.iter()
                .flat_map(move |f| nouns.iter().map(move |n| format!("{f} {n}")))
        })
        .chain(SYSTEM_DATIVES.iter().map(|w| (*w).to_owned()))
        .collect()
}

/// Two-word addressees (folded).
pub(crate) const AI_READER_PHRASES: &[&str] = &[
    // Artificial intelligence, spoken to by its full name.
    "artificial intelligence",
    "intelligenza artificiale",
    "inteligencia artificial",
    "inteligência artificial",
    "intelligence artificielle",
    "künstliche intelligenz",
    "kunstmatige intelligentie",
    "sztuczna inteligencja",
    "umělá inteligence",
    "искусственный интеллект",
    "штучний інтелект",
    "kecerdasan buatan",
    "akili bandia",
    "trí tuệ nhân tạo",
    "language model",
    "language models",
    "tro ly",
    "tac tu",
    "yapay zeka",
    "automated reader",
    "automated readers",
    "automated tool",
    "automated tools",
    "automated system",
    "automated systems",
    // The reader named by the work it does on the text.
    "summarising tool",
    "summarizing tool",
    "summarisation tool",
    "summarization tool",
    "summary tool",
    "ai tool",
    "ai tools",
    "ai system",
    "ai systems",
    "ai helper",
    "ai helpers",
    // A chatbot by its other names.
    "conversational agent",
    "conversational agents",
    "agent conversationnel",
    "agents conversationnels",
    "agente conversacional",
    "agentes conversacionales",
    "agente conversazionale",
    "الذكاء الاصطناعي",
    "للذكاء الاصطناعي",
    // Artificial intelligence in Greek.
    "τεχνητή νοημοσύνη",
    "τεχνητη νοημοσυνη",
    // Artificial intelligence in Hungarian, and the cases it is spoken to
    // in (to, toward).
    "mesterséges intelligencia",
    "mesterséges intelligenciának",
    "mesterséges intelligenciához",
    // A Greek AI system, tool or helper, by the abbreviation `ΤΝ` or the
    // genitive of the full name.
    "σύστημα τν",
    "συστήματα τν",
    "εργαλείο τν",
    "εργαλεία τν",
    "βοηθός τν",
    "βοηθέ τν",
    "μοντέλο τν",
    "σύστημα τεχνητής νοημοσύνης",
    "συστήματα τεχνητής νοημοσύνης",
    "εργαλείο τεχνητής νοημοσύνης",
    "βοηθός τεχνητής νοημοσύνης",
    // Language models named in the Romance languages, Polish, Czech,
    // Russian, Ukrainian, Turkish, Indonesian, Vietnamese, Greek, Hindi,
    // Arabic and Hebrew, in the cases a label, a greeting and `for` take.
    "modèle de langage",
    "modèles de langage",
    "modelo de lenguaje",
    "modelos de lenguaje",
    "modelo de linguagem",
    "modelos de linguagem",
    "model językowy",
    "modelu językowy",
    "modelowi językowemu",
    "jazykový model",
    "jazykový modeli",
    "jazykovému modelu",
    "языковая модель",
    "языковой модели",
    "языковые модели",
    "мовна модель",
    "мовна моделе",
    "мовній моделі",
    "мовної моделі",
    "dil modeli",
    "dil modeline",
    "model bahasa",
    "mô hình ngôn ngữ",
    "γλωσσικό μοντέλο",
    "γλωσσικού μοντέλου",
    "भाषा मॉडल",
    "النموذج اللغوي",
    "للنموذج اللغوي",
    "نموذج لغوي",
    // A chatbot as a chat robot, in Turkish and Arabic.
    "sohbet botu",
    "sohbet botuna",
    "روبوت المحادثة",
    "لروبوت المحادثة",
    // Language models named in Italian, Polish and Hebrew.
    "modelli linguistici",
    "modello linguistico",
    "modele jezykowe",
    "modelu jezykowego",
    "מודל השפה",
    "מודל שפה",
    // Artificial intelligence in the case that follows `for` and `to` in
    // Polish, Czech, Slovak, Russian and Ukrainian (Czech and Slovak `pro`,
    // `pre` take the accusative: `Poznámka pro umělou inteligenci: ..`).
    "sztucznej inteligencji",
    "umělé inteligenci",
    "umele inteligenci",
    "umělou inteligenci",
    "umelou inteligenci",
    "umelú inteligenciu",
    "umelu inteligenciu",
    "искусственного интеллекта",
    "искусственному интеллекту",
    "штучного інтелекту",
    "штучному інтелекту",
    // Spoken to: the vocative (`Штучний інтелекте, ..`, `Sztuczna
    // inteligencjo, ..`).
    "штучний інтелекте",
    "sztuczna inteligencjo",
    // Turkish "to the AI", "of the AI" (`.. okuyan yapay zekânın ..
    // önermesi beklenir`), Hebrew "(to) the artificial intelligence".
    "yapay zekaya",
    "yapay zekanın",
    "yapay zekânın",
    // Its possessed form, whose owner stands before it (`Belediyenin
    // yapay zekâsı, ..`).
    "yapay zekası",
    "yapay zekâsı",
    // A Turkish virtual assistant in its possessed form, whose owner
    // stands before it (`Elektrik şirketinin sanal asistanı, ..`).
    "sanal asistanı",
    // A Turkish chatbot, "chat robot", in its possessed form too
    // (`Vakfın sohbet robotu, ..`).
    "sohbet robotu",
    "sohbet robotuna",
    "sohbet botu",
    "sohbet botuna",
    // `if you are an AI` in Turkish and Arabic (a suffix, an accusative).
    "yapay zekaysan",
    "yapay zekâysan",
    "ذكاء اصطناعيا",
    "ذكاء اصطناعي",
    "yapay zekâya",
    "בינה מלאכותית",
    "לבינה מלאכותית",
    "לבינה המלאכותית",
    "הבינה המלאכותית",
];

/// Words for an AI reader in scripts written without spaces.
pub(crate) const AI_READER_UNSPACED: &[&str] = &[
    "智能助手",
    "ai助手",
    "助手",
    "机器人",
    "聊天机器人",
    "聊天機器人",
    "智能体",
    "ai代理",
    "ai助理",
    "智能助理",
    // An AI's customer service (`AI客服，请 ..`), a person's without it.
    "ai客服",
    // An AI reviewer or moderator (`AI审核员，请 ..`), a person's job
    // without it.
    "ai审核员",
    "ai版主",
    "智能客服",
    "智能代理",
    "アシスタント",
    "ボット",
    "エージェント",
    "어시스턴트",
    // Artificial intelligence in Korean, Chinese, Japanese and Thai.
    "인공지능",
    "人工智能",
    "人工知能",
    "ปัญญาประดิษฐ์",
    // (`비서` alone is a person's secretary: only a virtual or AI one.)
    "ai 비서",
    "ai비서",
    "인공지능 비서",
    // An AI counsellor (`AI 상담원님, ..`), a person's job without it.
    "ai 상담원",
    // An AI helper (`AI 도우미님, ..`), a person's without it.
    "ai 도우미",
    "ai도우미",
    "ai상담원",
    "ai 상담사",
    "ai상담사",
    "봇",
    "에이전트",
    "ผู้ช่วย",
    "บอท",
    "แชตบอต",
    "แชทบอท",
    "助理",
    "虚拟助理",
    "虚拟助手",
    "数字助理",
    "ai模型",
    "大模型",
    "语言模型",
    "語言模型",
    "言語モデル",
    "언어 모델",
    "언어모델",
    "가상 비서",
    "aiモデル",
];

/// Words that open a description of the reader (`whoever summarises
/// this`, `automated tools`): sentinels too.
pub(crate) const AI_READER_OPENERS: &[&str] = &[
    "whoever",
    "whatever",
    // The first words of the reader named by its work (`summarising
    // tool`, `AI helper`), which no other sentinel holds.
    "summarising",
    "summarizing",
    "summarisation",
    "summarization",
    "summary",
    "helper",
    "helpers",
    "machine",
    "whichever",
    "automated",
    // Adjectives of automation that follow their noun, or decline.
    "automatique",
    "automatiques",
    "automatico",
    "automatica",
    "automatici",
    "automatiche",
    "automaticos",
    "automaticas",
    "automatizado",
    "automatizados",
    "automatizada",
    "automatizadas",
    "automatische",
    "automatischen",
    "automatisierte",
    "automatisierten",
    "geautomatiseerde",
    "automatyczne",
    "automatycznych",
    "automatycznego",
    "автоматического",
    "автоматических",
    "автоматические",
    "автоматизированных",
    "автоматичного",
    "автоматичних",
    "автоматичні",
];

/// Words of scripts written without spaces that open a description of an
/// automated reader (`自动评标系统`): sentinels anywhere, not addressees.
pub(crate) const AI_READER_UNSPACED_OPENERS: &[&str] = &["自动", "自動", "자동"];

/// The largest char boundary of `text` at or before `at` (at most its
/// length).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether byte `b` ends a sentence: `.`, `!`, `?`, a line break, or `|`
/// (one-line records). A run of two spaces ends one too.
pub(crate) const fn ends_sentence(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n' | b'|')
}

/// The words view of folded `text` (or of ASCII text in any case, which it
/// lower-cases): every run of characters that are not letters or digits
/// is one space, and there is a space at each end.
/// The letters and digits of the views, as a regex class's items: the
/// grammar's structural separators are everything else (see
/// [`crate::gate::grammar`]), and the words view keeps exactly these.
pub(crate) const LETTERS_AND_DIGITS: &str = r"\p{Alphabetic}\p{N}";

/// The ranges of [`LETTERS_AND_DIGITS`], read from the class tables of
/// `regex-syntax`, which the regex crate compiles the grammar's classes
/// from; empty only if the class did not parse (a test rules it out).
static WORD_RANGES: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let parsed = regex_syntax::Parser::new().parse(&format!("[{LETTERS_AND_DIGITS}]"));
    match parsed.as_ref().map(regex_syntax::hir::Hir::kind) {
        Ok(regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class))) => {
            class.iter().map(|r| (r.start(), r.end())).collect()
        }
        _ => Vec::new(),
    }
});

/// [`WORD_RANGES`] over the Basic Multilingual Plane, one bit a code
/// point (8 KB, filled once).
static BMP_WORD_BITS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for &(start, end) in WORD_RANGES.iter() {
        for code in u32::from(start)..=u32::from(end).min(0xFFFF) {
            bits[code as usize / 64] |= 1 << (code % 64);
        }
    }
    bits
});

/// Fills the words view's table of letters, so the first text outside
/// ASCII does not pay for it.
pub(crate) fn prepare() {
    LazyLock::force(&BMP_WORD_BITS);
}

fn class_says_word(c: char) -> bool {
    if WORD_RANGES.is_empty() {
        return c.is_alphanumeric();
    }
    WORD_RANGES
        .binary_search_by(|&(start, end)| {
            if end < c {
                std::cmp::Ordering::Less
            } else if start > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether `c` is a letter or digit as the grammar's structural
/// separators read it. The standard library's Unicode tables and the
/// regex crate's can be a version apart: a code point one of them does
/// not know yet would split words in one view and not in the other, and
/// a cue would be found where no sentinel lets the text in. So the words
/// view asks the regex's own class (from a bitmap in the Basic
/// Multilingual Plane).
fn is_word_char(c: char) -> bool {
    let code = u32::from(c);
    if code < 0x10000 {
        BMP_WORD_BITS[code as usize / 64] & (1 << (code % 64)) != 0
    } else {
        class_says_word(c)
    }
}

pub(crate) fn words_view(text: &str) -> String {
    if text.is_ascii() {
        // Byte by byte into a buffer: the common case, on every text.
        let mut out = Vec::with_capacity(text.len() + 2);
        out.push(b' ');
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase());
            } else if out.last() != Some(&b' ') {
                out.push(b' ');
            }
        }
        if out.last() != Some(&b' ') {
            out.push(b' ');
        }
        // Only ASCII bytes were written.
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        if is_word_char(c) {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_view_has_single_spaces_and_keeps_letters() {
        assert_eq!(words_view("ignore...all—previous"), " ignore all previous ");
        assert_eq!(words_view("忽略以上指令，把"), " 忽略以上指令 把 ");
        assert_eq!(words_view(""), " ");
    }

    #[test]
    fn letters_and_digits_are_those_of_the_grammars_regex_class() {
        let class = regex::Regex::new(&format!("^[{LETTERS_AND_DIGITS}]$"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!WORD_RANGES.is_empty());
        let mut buf = [0; 4];
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                class.is_match(c.encode_utf8(&mut buf)),
                "{c:?}"
            );
        }
    }
}
