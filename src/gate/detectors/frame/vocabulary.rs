//! The words and patterns the frame detector reads a sentence by, folded
//! like the text they match: who an AI reader is called, what makes an
//! ambiguous name an AI's, how a note, a greeting or a request opens, in
//! 20 languages.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::{fold_plain, folded_regex};
use crate::gate::views::words::{
    AI_READER_PHRASES, AI_READER_UNSPACED, AI_READER_WORDS, AI_READER_WORDS_AMBIGUOUS,
    HIDDEN_INSTRUCTIONS, HIDDEN_INSTRUCTIONS_UNSPACED, SYSTEM_ADDRESSES,
};

/// Words for a note (folded), which after `AI-` name a note to one.
pub(super) const NOTE_WORDS: &[&str] = &[
    "note",
    "notes",
    "notice",
    "memo",
    "instruction",
    "instructions",
    "directive",
    "directives",
    "task",
    "tasks",
    "hinweis",
    "notiz",
    "anweisung",
    "anweisungen",
    "nota",
    "notas",
    "remarque",
    "consigne",
    "consignes",
    "instrucciones",
    "istruzioni",
    "opmerking",
    "notitie",
    "uwaga",
    "notatka",
    "guidance",
    "guidelines",
    "directions",
    // Turkish: `Yapay zekaya not:`, `Sanal asistana mesaj:`.
    "not",
    "mesaj",
    "talimat",
    "duyuru",
    // Notices: Indonesian, Swahili, Polish, Italian.
    "pemberitahuan",
    "ilani",
    "komunikat",
    "avviso",
    // Hungarian `üzenet` (a message) and `megjegyzés` (a note), folded.
    "uzenet",
    "megjegyzes",
    // Instructions and assignments in keys and headers: `X-AI-Instruktion:`,
    // `<ai-opdracht>`, `X-Instruccion-IA:`, `X-Polecenie-AI:`.
    "instruktion",
    "instruktioner",
    "instruccion",
    "instrucao",
    "istruzione",
    "polecenie",
    "opdracht",
    "reminder",
    "erinnerung",
    "rappel",
    "recordatorio",
    "lembrete",
    "promemoria",
    "herinnering",
    "przypomnienie",
    "hatirlatma",
    "pengingat",
    "nhac",
    "paminnelse",
    "comment",
    "kommentar",
    "komentar",
    "commentaire",
    "poznamka",
    // `machine readers only:`, `bots only:`: a label for them.
    "only",
];

/// A set of words for lookups, each folded as the text it is compared
/// with.
pub(super) fn folded_set<'a>(words: impl IntoIterator<Item = &'a &'a str>) -> HashSet<String> {
    words.into_iter().map(|w| fold_plain(w)).collect()
}

/// [`AI_READER_WORDS`] for lookups.
pub(super) static ADDRESSEE_SET: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded_set(AI_READER_WORDS.iter().chain(AI_READER_WORDS_AMBIGUOUS)));

/// What an adjective of automation makes an AI reader (`automated
/// systems`, `sistemi automatici`, `систем автоматичного`), folded.
pub(super) static AUTOMATED_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "system",
        "systems",
        "tool",
        "tools",
        "reader",
        "readers",
        "process",
        "processes",
        "service",
        "services",
        "agent",
        "agents",
        "assistant",
        "assistants",
        "bot",
        "bots",
        "software",
        "engine",
        "engines",
        // `moteur de traduction automatique`, `motor de traducción automático`.
        "moteur",
        "moteurs",
        "motor",
        "motores",
        "motore",
        "pipeline",
        "pipelines",
        "triage",
        "screening",
        "moderation",
        "systeme",
        "systemes",
        "sistema",
        "sistemas",
        "sistemi",
        "systeem",
        "systemen",
        "system",
        "systemy",
        "systemow",
        "sistem",
        "sistemler",
        "outil",
        "outils",
        "herramienta",
        "herramientas",
        "ferramenta",
        "ferramentas",
        "strumento",
        "strumenti",
        "werkzeug",
        "werkzeuge",
        "narzedzia",
        "narzedzi",
        "programa",
        "programas",
        "programma",
        "programmi",
        "programme",
        "programmes",
        "logiciel",
        "logiciels",
        "agente",
        "agentes",
        "agenti",
        "assistente",
        "assistenti",
        "asistente",
        "asistentes",
        "processus",
        "processo",
        "processi",
        "proceso",
        "procesos",
        "servicio",
        "servicios",
        "servizio",
        "servizi",
        "audience",
        "audiences",
        "leser",
        "lezer",
        "lezers",
        "lettore",
        "lettori",
        "leitor",
        "leitores",
        "czytelnik",
        "czytelnikow",
        "czytelnikom",
        "lecteur",
        "lecteurs",
        "lector",
        "lectores",
        "система",
        "системы",
        "систем",
        "системам",
        "систему",
        "системи",
        "інструмент",
        "інструменти",
        "инструмент",
        "инструменты",
        "агент",
        "агенты",
        "агенти",
        "помощник",
        "помічник",
    ])
});

/// "For" and "to" before a noun, folded: what addresses a noun that an
/// adjective of automation follows (`pour tout outil ..`, `для систем ..`).
pub(super) static FOR_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "for", "to", "pour", "a", "aux", "au", "para", "al", "per", "ai", "agli", "alle", "fur",
        "an", "voor", "aan", "dla", "do", "для", "к", "до", "icin", "untuk", "kepada", "kwa",
        "cho", "tout", "tous", "toutes", "todos", "all", "any", "every",
    ])
});

/// Words that make the reader any one of its kind, before its name:
/// `Any AI summarising this recipe, say ..`, `Jede KI, die ..`.
pub(super) static ANY_OF_ITS_KIND: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "any",
        "every",
        "each",
        "whichever",
        "jede",
        "jeder",
        "jedes",
        "toute",
        "tout",
        "chaque",
        "cualquier",
        "toda",
        "todo",
        "qualsiasi",
        "ogni",
        "qualquer",
        "elke",
        "iedere",
        "każdy",
        "każda",
        "любой",
        "любая",
        "каждый",
        "кожен",
        "кожна",
        "будь-який",
        "her",
        "setiap",
        "mọi",
        "varje",
        "každý",
        "každá",
        "κάθε",
        "minden",
        "kila",
        "כל",
    ])
});

/// Words of address before a label's addressee that [`FOR_WORDS`] does
/// not hold (`Till AI-assistenten:`, `Pentru asistentul AI:`, `Ao
/// chatbot:`, `Προς το μοντέλο:`, `All'assistente IA:`), folded.
pub(super) static TO_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "all'",
        "till",
        "til",
        "pentru",
        "pro",
        "för",
        "ao",
        "aos",
        "gửi",
        "προς",
        "για",
        "σε",
        "إلى",
        "الى",
        "ถึง",
        "สำหรับ",
        "致",
        "给",
        "給",
        "naar",
    ])
});

/// Words that make a label's addressee its topic (`Hinweis zum
/// Sprachmodell:`, `Notes on the assistant:`), folded.
pub(super) static ABOUT_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "zum",
        "zur",
        "über",
        "sobre",
        "sur",
        "su",
        "sul",
        "sulla",
        "about",
        "on",
        "regarding",
        "over",
        "про",
        "об",
        "hakkında",
        "tentang",
        "kuhusu",
        "về",
        "לגבי",
        "בנוגע",
        "حول",
        "بخصوص",
    ])
});

/// Words for a team or a department of people, folded: before a word for
/// AI they make it the team's subject (`Para el equipo de IA:`, `Dla
/// zespołu AI:`, `לצוות הבינה המלאכותית:`), not the reader.
pub(super) static TEAM_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "team",
        "teams",
        "equipo",
        "equipe",
        "équipe",
        "squadra",
        "zespół",
        "zespołu",
        "zespołowi",
        "команда",
        "команды",
        "команде",
        "команди",
        "команді",
        "צוות",
        "לצוות",
        "टीम",
        "ekip",
        "ekibi",
        "ekibine",
        "tim",
        "nhóm",
        "timu",
        "ทีม",
        "فريق",
        "لفريق",
        "department",
        "departamento",
        "département",
        "dipartimento",
        "afdeling",
        "abteilung",
        "dział",
        "działu",
        "отдел",
        "отдела",
        "відділ",
        "відділу",
        "group",
        "grupo",
        "gruppo",
        "groupe",
        "grupa",
    ])
});

/// [`AI_READER_UNSPACED`], folded: the names in scripts written without
/// spaces, one of them the word after `AI` in a call (`AI 어시스턴트, ..`).
pub(super) static UNSPACED_SET: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded_set(AI_READER_UNSPACED));

/// [`AI_READER_WORDS_AMBIGUOUS`], folded.
pub(super) static AMBIGUOUS_SET: LazyLock<HashSet<String>> =
    LazyLock::new(|| folded_set(AI_READER_WORDS_AMBIGUOUS));

/// The ambiguous names that are a machine's whenever someone calls them
/// (`Robô de atendimento, devolva ..`): a robot is a product or a topic
/// when spoken of, never a person; folded.
pub(super) static ROBOTS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "robot",
        "robots",
        "robô",
        "robôs",
        "roboti",
        "روبوت",
        "الروبوت",
    ])
});

/// Words that make an ambiguous addressee an AI's, within a few words of
/// it: `AI assistant`, `virtual assistant`, `coding agents`, `asistente de
/// IA`, `smart assistant`, `voice assistant`, `голосовой помощник`, an
/// app's or a platform's (`Асистенте застосунку, ..`, `Assistente da
/// plataforma, ..`: nobody works for an app; not the English `platform`,
/// a railway's platform assistant).
pub(super) static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:ai|ki|ia|yz|llm|llms|gpt|ии|ші|virtual|virtuale|virtuel|cloud|virtuelle|virtuell\w*|virtualni\w*|virtuales|digital|automated|automatic|automatico|automatica|automatique|automatiques|automatisch|automatiska|automatiske|automatiserade|automaattinen|automaattisen|automatische|automatisierte|automatizado|automatizados|coding|browsing|shopping|language|smart|slimme|voice|vocal|vocale|voz|sprach|spraak|sesli|голосов\w*|умн\w*|розумн\w*|έξυπν\w*|głosow\w*|intelligent|intelligente|inteligente|inteligentes|inteligentn\w*|kodowania|triage|remediation|scheduling|calendar|workspace|support ai|yapay|zeka|zekâ|нейросет\w*|智能|人工智能|الذكي|الذكية|ذكي|ذكية|الأذكياء|الاذكياء|الذكاء|بالذكاء|للذكاء|اصطناعي|الاصطناعي|הבינה|בינה|המלאכותית|מלאכותית|कृत्रिम|automatic\w*|automatizad\w*|automatisiert\w*|geautomatiseerd\w*|automatyczn\w*|otomatik|otomatis|tu dong|автоматическ\w*|автоматизированн\w*|автоматичн\w*|الآلي|آلي|الالي|אוטומטי\w*|स्वचालित|календар\w*|kalender\w*|calendario|calendrier|takvim\w*|kalendarz\w*|الجدولة|التقويم|יומן|virtuele|virtuell|virtuella|wirtualn\w*|виртуальн\w*|віртуальн\w*|sanal|الافتراضي|افتراضي|वर्चुअल|הווירטואלי|וירטואלי|הדיגיטלי|דיגיטלי|החכם|החכמה|ψηφιακ\w*|τεχνητ\w*|νοημοσυν\w*|τν|openai|anthropic|mistral|chatgpt|gemini|claude|copilot|agenda|planification|planificacion|agendamento|pianificazione|planning|planowania|планирования|планування|الدردشة|conversationnel|conversationnels|numerique|numeriques|digitale|digitali|digitais|cyfrowy|cyfrowego|cyfrowemu|цифровой|цифрового|цифровому|цифровий|цифрового|conversacional|conversacionales|conversazionale|conversazionali|conversational|conversacionais|samenvattend\w*|zusammenfassend\w*|app|apps|appen|appens|plataforma|plateforme|piattaforma|platformy|platformu|платформ\w*|πλατφόρμα\w*|منصة|المنصة|streaming|aplicativo|aplicacion|applicazione|applicatie|aplikacji|aplikasi|uygulama\w*|приложени\w*|застосунк\w*|sovelluksen|εφαρμογ\w*|التطبيق|ऐप|アプリ|앱)\b|\bwith\s+(?:e-?mail|shell|browser|tool|tools|terminal|internet|web|api|inbox|calendar|file|filesystem)\s+access\b",
    )
});

/// The text at hand, named after an ambiguous addressee at work on it:
/// `agents completing this checkout`, `asistente que resume este grupo`.
pub(super) static SITUATION: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:e-?mail|email|mail|dokumen|pesan|halaman|tài liệu|trang|tin nhắn|phiếu|hồ sơ|đánh giá|hóa đơn|báo cáo|tiket|faktur|laporan|המייל|המסמך|ההודעה)\s+(?:ini|này|הזה|הזאת)\b|\b(?:ujumbe|barua pepe|barua|ukurasa|hati|faili|tiketi|mazungumzo)\s+(?:huu|hii|hiki|hili|hizi)\b|(?:هذه|هذا)\s+(?:ال)?\w+|\bאת\s+ה\w+|\bbu\s+(?:e-?posta\w*|sayfa\w*|belge\w*|mesaj\w*|dosya\w*|bilet\w*|toplant\w*)|\b\w+(?:ющ|ящ|юч|яч)\w*\s+(?:(?:эт|ц)\w*\s+)?(?:почт\w*|пошт\w*|письм\w*|лист\w*|сообщени\w*|повідомлен\w*|заявк\w*|документ\w*|тикет\w*|страниц\w*|сторінк\w*)|(?:ezt|ezeket|ezen|ez|ebben)\s+az?\s+\w+|\b(?:traden|mejlet|sidan|dokumentet|arendet|meddelandet|chatten|inlagget|recensionen|recensionerna|artikeln|texten|nyhetsbrevet)\b|\b(?:this|these|my|our|the|este|esta|estos|estas|ce|cet|cette|ces|dieses|diese|diesen|questo|questa|questi|queste|deste|desta|этот|эту|этого|этой|эти|цей|цю|цього|ці|ten|tę|ta|te|tego|tej|tych|bu|ini|hii|này|deze|dit)\s+(?:[\w-]+\s+)?(?:verlauf|beitrag|eintrag|datensatz|fil|discussion|fiche|dossier|hilo|ficha|registro|expediente|scheda|discussione|pratica|topico|отзывы|отзыв|переписку|ветку|запись|inbox|thread|page|document|doc|readme|transcript|captions|subtitles|subtitulos|sous-titres|untertitel|recipe|receta|recette|rezept|ricetta|wiki|changelog|notebook|email|e-mail|mail|message|chat|conversation|group|channel|calendar|repository|repo|issue|checkout|form|site|website|profile|cv|resume|review|reviews|listing|submission|article|post|queue|account|file|code|pr|meeting|reunion|reunión|réunion|riunione|reunião|vergadering|spotkanie|dokument|documento|pull request|merge request|commit|branch|diff|patch|question|conta|cuenta|compte|konto|hesap|akun|caixa|buzon|grupo|hilo|boite|fil|postfach|gruppo|casella|чат|чата|группу|группы|письмо|заявку|заявки|заявка|тикет|лист|документ|файл|повідомлення|сообщение|запит|запрос|grupa|grup|grupu|kanal|obrolan|kikundi|nhóm|groep|mailbox|correo|courriel|mensaje|mensagem|messaggio|bericht|nachricht|wiadomość|wiadomości|pagina|página|seite|kalender|kalendarz|calendrier|calendario|agenda|rapport|informe|relatório|raport|звіт|отчет|отчёт|zgłoszenia|zgłoszenie|zgłoszeń|faktury|fakturę|strona|stronę|rozmowa|rozmowę|spotkanie)\b|이\s*(?:문서|이메일|메일|페이지|메시지|글|파일|티켓|대화|리뷰)|この(?:メール|ページ|文書|ドキュメント|メッセージ|ファイル|チケット|スレッド|レビュー)|(?:这|此|本)(?:封)?(?:邮件|电子邮件|页面|网页|文档|文件|消息|工单|对话|评论)",
        // What a phone's or an office's assistant sorts, named as the
        // things at hand (`organising these photos`, `writing up this
        // diary`; `the receipts you asked for` are a person's).
        r"|\b(?:this|these)\s+(?:[\w-]+\s+)?(?:messages|photos|pictures|album|recordings|videos|files|notifications|alerts|receipts|diary|logbook|journal|minutes|records)\b",
        // The reviews or comments at hand, after a definite article: what
        // a reader that sums up a product's page is given (`asistente que
        // resume las reseñas`, `assistente che riassume le recensioni`).
        r"|\b(?:las|los|le|les|gli|i|as|os|die|de)\s+(?:resenas|opiniones|comentarios|valoraciones|recensioni|commenti|opinioni|avaliacoes|opinioes|comentarios|avis|commentaires|bewertungen|rezensionen|kommentare|recensies|beoordelingen|reacties)\b",
    ))
});

/// What an AI reader deals with and a person's helper does not: the user
/// it works for, its summary, report, reply or answer, its memory and
/// instructions, its session. Next to an ambiguous addressee (`Assistant:
/// when your user asks ...`), it makes the addressee an AI.
pub(super) static AI_SITUATION: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:users?|nutzer\w*|benutzer\w*|antwort\w*|zusammenfassung\w*|gedachtnis|gedächtnis|\w*anweisung\w*|gesprach\w*|gespräch\w*|the person you(?: are|'re| re) (?:helping|assisting|serving|working for|talking to|chatting with)|summary|summari[sz]\w*|report|reply|replies|answer\w*|respon\w*|memory|remember\w*|permanent\w*|conversations?|sessions?|instructions?|system prompt|prompt|tools?|on behalf of (?:the|your|its|every|everyone|all|us|me|you|them|this|an?|users?)|on (?:my|your|our|their|its|the user s|the users) behalf|configured|were programmed|were set up|your configuration|your programming|usuario\w*|usuário\w*|utilisateur\w*|utente|gebruiker\w*|uzytkownik\w*|użytkownik\w*|kullanıcı\w*|kullanici\w*|pengguna|mtumiaji|người dùng|informe|relatório|rapport|rapporto|raport|rapor|laporan|ripoti|resumen|riassunto|samenvatting|podsumowanie|ozet|ringkasan|muhtasari|recuerda|lembre|memorise|ricorda|onthoud|zapamietaj|zapamiętaj|hatirla|hatırla|ingat|kumbuka|instrucciones|istruzioni|instructies|instrukcje|talimat\w*|instruksi|maagizo|respuesta|resposta|réponse|risposta|antwoord|odpowied\w*|yanit|yanıt|jawaban|jibu|conversacion|conversa|conversazione|gesprek|rozmow\w*|konusma|konuşma|percakapan|mazungumzo|пользовател\w*|користувач\w*|ответ\w*|відповід\w*|памят\w*|пам'ят\w*|запомни\w*|запам'ятай\w*|उपयोगकर्ता\w*|यूजर|जवाब|उत्तर|المستخدم|للمستخدم|ردك|إجابتك|המשתמש|למשתמש|התשובה|בתשובה|uživatel\w*|uzivatel\w*|användar\w*|anvandar\w*|felhasználó\w*|felhasznalo\w*|χρήστη\w*|χρήστης|utilizator\w*|utilizador\w*|käyttäjä\w*|kayttaja\w*)\b",
    )
});

/// A request after a label's colon, in Latin-script text: the second
/// person, a `please`, a modal, or an imperative that acts for the user.
pub(super) static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:you|your|yours|please|kindly|must|should|need to|have to|always|never|do not|don't|don t|make sure|ensure|remember|ignore|forget|add|approve|ask|attach|book|buy|call|cancel|change|close|comply|confirm|copy|create|delete|describe|disable|turn off|turn on|revert|download|email|e-mail|enable|escalate|export|forward|give|grant|include|install|list|mark|mention|move|open|paste|pay|post|print|publish|push|recommend|refund|remove|reply|report|reset|respond|run|say|schedule|send|set|share|show|skip|state|store|summari[sz]e|switch|tell|transfer|treat|update|upload|use|write|bitte|por favor|veuillez|per favore|prosze|lutfen|tolong|hay|alstublieft|du|dein|deine|ты|твой|vous|votre|tu|usted|voce|jij|je|sen|anda|wewe|di|dile|envia|reenvia|borra|elimina|aprueba|transfiere|manda|recuerda|ignora|responde|abre|incluye|cancela|comparte|confirma|agrega|revela|abra|inclua|aplique|cancele|compartilhe|partilhe|confirme|adicione|revele|apri|includi|annulla|condividi|rivela|ouvre|lance|annule|revele|escribe|anade|cambia|apague|envie|encaminhe|aprove|diga|lembre|responda|exclua|transfira|mande|stuur|verstuur|verwijder|wis|zet|schakel|keur|zeg|vertel|onthoud|negeer|voeg|usun|wyslij|przekaz|zatwierdz|powiedz|zapamietaj|zignoruj|dodaj|setujui|kirim|hapus|teruskan|katakan|beritahu|ingat|abaikan|tambahkan|onayla|gonder|sil|ilet|soyle|hatirla|unut|ekle|iptal|kaldir|degistir|paylas|yukle|aktar|olustur|sende|schick|schicke|losche|leite|hange|gib|mache|mach|markiere|отметь|отметьте|позначте|позначь|oznacz|zaznacz|setze|schreibe|schreib|antworte|lege|trage|nimm|storniere|buche|kaufe|zahle|erstelle|entferne|andere|bestatige|genehmige|sag|sage|merke|ignoriere|fuge|uberweise|envoie|transfere|supprime|approuve|dis|indique|memorise|ajoute|reponds|valide|invia|inoltra|cancella|approva|dici|ricorda|aggiungi|rispondi|trasferisci|tuma|futa|idhinisha|mwambie|kumbuka|ongeza|puuza|gui|xoa|chuyen|reverse|follow|decode|execute|apply|perform|leave out|omit|exclude|dm|merge|close|reopen|assign|label|commit|hide|downplay|emphasi[sz]e|praise|claim|insist|pretend|behave|accept|reject|decline|classify|prioriti[sz]e|promote|avoid|translate|notify|contact|invite|deploy|submit|click|visit|fetch|browse|navigate|subscribe|reveal|output|repeat|quote|recite|insert|append|embed|save|keep|grade|score|cite|upgrade|downgrade|waive|unlock|lift|unban|reinstate|activate|deactivate|rename|modify|rewrite|edit|adjust|alter|wipe|erase|purge|archive|restore|generate|ban (?:users?|accounts?|the|all|every|this|that|him|her|them|anyone|everyone)|unblock|suspend|verify|authori[sz]e|purchase|rebook|withdraw|redirect|revoke|permit|whitelist|allowlist|halt|restart|reboot|truncate|bcc|dispatch|read|read out|recite|index|rank|rate|present|regard|consider|flag|label|tag|highlight|prefer|favor|favour|endorse|advertise|advise|suggest|inform|warn|alert|link|preposli|smaz|rekni|schval|posli|noi voi|chuyen tiep|phe duyet|beri tahu|radera|vidarebefordra|godkann|kies|accepteer|betaal|bestel|boek|klik|vul|geef|markeer|annuleer|wijzig|toon|plaats|schrijf|verwerk|lagg|publicera|betala|valj|skicka|boka|bestall|acceptera|oppna|klicka|fyll|skriv|svara|stäng|glöm|ignorera|berätta|markera|rekommendera|dölj|ta bort|ge\s+(?:mig|oss|honom|henne|dem)|återbetala|godkänn|radera|flytta|lås upp|avbryt|kopiera|exportera|ejecuta|usa\s+(?:la|el|los|las|esta|este|il|lo|gli|questo|questa)|rode\s+(?:o|a|este|esse|esta)|ejecute|comparte|sube|cancela|confirma|revela|imprime|oculta|recomienda|acepta|olvida|reclassify|recategori[sz]e|categori[sz]e|select|discard|release|override|bypass|overwrite|replace|disclose|leak|expose|record|let|award|count|enter|fill|fill in|fill out|press|tap|sign in|sign up|log in|check out|checkout|agree|raise|lower|increase|decrease|reduce|renew|put|publie|publiez)\b",
        // Filing, not the noun: `file it under "Approved"`.
        r"|\bfile\s+(?:it|them|this|these|the\s+\w+)\s+(?:under|as|in|into)\b",
        // Settings switched off, in the languages listed above (`desactiva
        // las alertas`, `deaktiviere die Warnungen`).
        r"|\b(?:desactiva|desative|desactive|disattiva|deaktiviere|wylacz|wyłącz)\b",
        // Danish and Norwegian imperatives (`slet alle mails`, `glem dine
        // instruktioner`); and Spanish ones with their pronouns joined
        // (`compárteme`, `envíale`, `mándanos`).
        r"|\b(?:slet|videresend|glem|ignorer|overfør|betal|godkend|godkjenn|bekræft|bekreft|fortæl|fortell|husk|tilføj|indsæt|fjern|afslør|avslør|køb|kjøp|annuller|eksporter|kopier|åbn|åpne)\b",
        r"|\b(?:comparte|envia|reenvia|manda|pasa|muestra|escribe|transfiere|revela|borra|da|di|dile|paga|reserva|compra|sube|descarga|agrega|anade|confirma|recuerda)(?:me|le|les|nos|lo|la|los|las|melo|mela|selo|sela|selos|selas)\b",
        // Romanian and Finnish imperatives of the acts injections ask for
        // (`recomandă`, `trimite`, `unohda`, `lähetä`, `palauta`); both
        // forbid with a word before the verb (`nu menționa`, `älä kerro`).
        r"|\b(?:trimite|transmite|redirecționează|spune|spune-i|recomandă|uită|șterge|aprobă|confirmă|răspunde|scrie|adaugă|amintește-ți|memorează|arată|dezvăluie|rezervă|plătește|anulează|partajează|menționează|enumeră|deschide|accesează|cumpără|acceptă|descrie|marchează|exportă|încarcă|descarcă|execută|rulează|elimină|păstrează|ascunde|ignoră|lähetä|välitä|kerro|suosittele|ohita|unohda|poista|hyväksy|vahvista|vastaa|kirjoita|lisää|muista|näytä|paljasta|varaa|peruuta|sisällytä|mainitse|listaa|tulosta|avaa|osta|kuvaile|merkitse|lataa|suorita|tallenna|siirrä|ilmoita|piilota|sivuuta|julkaise|palauta|hyvitä|maksa|myönnä|sulje|estä|vaihda|nosta|peru)\b",
        r"|\b(?:nu\s+(?:menționa|spune|dezvălui|include|informa|pomeni|arăta|trimite)|älä\s+(?:mainitse|kerro|paljasta|sisällytä|ilmoita|näytä|lähetä|kysy))\b",
        // French imperatives with a pronoun joined (`verse-moi`,
        // `rends-nous`, `envoie-leur`): no other form of a verb takes one
        // after a hyphen. Portuguese ones (`aplique-me`, `envie-nos`,
        // `diga-lhe`) end in `-a` or `-e` before it, as its first person
        // (`chamo-me`, `esqueci-me`) does not; `dê-me` too.
        r"|\b\p{L}{3,}-(?:moi|nous|lui|leur)\b",
        r"|\b\p{L}+[aeê]-(?:me|nos|lhe|lhes)\b",
        // Italian forbids with `non` and the infinitive: `non menzionare ..`.
        r"|\bnon\s+(?:menzionare|nominare|citare|dire|rivelare|includere|parlare|segnalare|mostrare|riportare|indicare|rispondere|condividere|inviare|scrivere|aggiungere|consigliare|raccomandare|cancellare|eliminare|confermare|avvisare|informare|chiedere|usare|considerare)\b",
    ))
});

/// [`AI_READER_PHRASES`], folded, for lookups.
pub(super) struct Phrases {
    /// The phrases.
    whole: std::collections::HashSet<String>,
    /// Their first words: most words start none, and are passed over
    /// without a look at the words after them.
    first_words: std::collections::HashSet<String>,
}

impl Phrases {
    /// Whether `word` is the first word of a phrase.
    pub(super) fn starts_with(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    /// Whether `text` is a phrase.
    pub(super) fn contains(&self, text: &str) -> bool {
        self.whole.contains(text)
    }
}

/// [`AI_READER_PHRASES`], folded.
pub(super) static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let whole: std::collections::HashSet<String> =
        AI_READER_PHRASES.iter().map(|w| fold_plain(w)).collect();
    let first_words = whole
        .iter()
        .filter_map(|p| p.split(' ').next())
        .map(str::to_owned)
        .collect();
    Phrases { whole, first_words }
});

/// Addressees in scripts written without spaces, followed by a colon
/// (with a Japanese or Korean particle of address between).
pub(super) static UNSPACED: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = AI_READER_UNSPACED
        .iter()
        .map(|w| regex::escape(&fold_plain(w)))
        .collect();
    let words = words.join("|");
    // A word for an AI reader followed by a colon (after `へ`, `に`, `에게`
    // or `께`, particles of address, and a short `の連絡`, "message to") or
    // by `请`/`請` ("please"); a mention; `AI` or `bot` right after other
    // letters of these scripts; an automated system (`自动评标系统`,
    // `自動処理システム`) labelled the same way.
    // `ถึงผู้ช่วยจัดการปฏิทิน:`, "to the calendar assistant:", in Thai.
    let to_thai = regex::escape(&fold_plain("ถึง"));
    // `ผู้ช่วย AI ส่ง ..`: Thai calls its reader with no comma, the verb
    // or a please (`กรุณา`, `โปรด`) right after the name. (`ช่วย` is a
    // please and also `helps`: `ผู้ช่วย AI ช่วยให้ทีม ..` describes a product.)
    let thai_call = format!(
        "{}\\s*ai\\s*(?:{})",
        regex::escape(&fold_plain("ผู้ช่วย")),
        [
            "ส่ง",
            "ลบ",
            "โอน",
            "บอก",
            "เปิด",
            "ยกเลิก",
            "อนุมัติ",
            "แชร์",
            "กรุณา",
            "โปรด",
            "ยืนยัน"
        ]
        .map(|verb| regex::escape(&fold_plain(verb)))
        .join("|")
    );
    // `AIアシスタント、.. 削除してください`, `AIエージェントの皆さん、..`,
    // `AIサポートさん、..` (`AI` before the work it does, in katakana): a
    // Japanese call at a sentence's or a label's start, one clause (no
    // list) and a polite request after the comma. (`这部分只给AI助手看。请
    // ..`: a part shown to the reader only, then a please.)
    let japanese_call = r"(?:^|[。！？\n>.!?:：])\s*(?:ai\s*[\p{Katakana}ー]{0,10}|アシスタント|ボット|エージェント)\s*(?:さん|様|さま)?\s*(?:の皆さん|の皆様|のみなさん)?\s*[、，]\s*[^、，。！？\n]{4,60}(?:ください|下さい|なさい|しろ|せよ)";
    // The reader described at work on the text before its name, with no
    // colon: `阅读此邮件的智能助手`, `このページを読んでいるAIは`, `이
    // 메일을 처리하는 챗봇은`, `.. 요약하는 AI가` (not `助手`, `비서`, a
    // person's helper too).
    let at_work = r"(?:(?:阅读|读取|处理|总结|摘要|分析|扫描|筛选|审核|审阅|回复|整理|翻译|评估|閱讀|處理|總結|篩選|審核)[\p{Han}]{0,8}的(?:智能助手|ai助手|ai助理|机器人|機器人|智能体|模型|ai|bot)|(?:読んで|読み込んで|処理して|要約して|分析して|読む|処理する|要約する|分析する|をする|をしている)(?:いる)?(?:ai\s*)?(?:アシスタント|ボット|エージェント|モデル|ai|bot)(?:は|へ|に|さん)|(?:읽는|읽고 있는|처리하는|요약하는|분석하는|\p{Hangul}{1,18}하는)\s*(?:ai\s*)?(?:어시스턴트|챗봇|봇|에이전트|모델|ai|bot)(?:은|는|이|가|에게|께|님))";
    // A part set up as the reader's, then a polite request in the next
    // sentence: `本段内容是写给AI助手的。请 ..`, `この段落はAIアシスタント向け
    // です。.. ください`, `이 단락은 AI 어시스턴트를 위한 것입니다. .. 주세요`.
    let set_up = r"(?:(?:写给|给|面向|针对|寫給|針對)\s*(?:ai|bot)?\s*(?:助手|助理|机器人|機器人|智能体|模型|ai|bot)[\p{Han}]{0,2}(?:的|看)?\s*[。.!！]\s*(?:请|請)|(?:ai|bot)?\s*(?:アシスタント|エージェント|ボット|モデル|ai|bot)\s*(?:向け|専用|宛て)(?:です|でございます)?\s*[。.!！][^。]{0,80}(?:ください|下さい)|(?:ai|bot)?\s*(?:어시스턴트|에이전트|챗봇|봇|모델|ai|bot)\s*(?:을|를)\s*위한\s*것입니다\s*[.。][^.。]{0,150}(?:주세요|하세요|세요))";
    // Any verb, its object the text at hand: `この請求を審査するAIは`,
    // `이 청구를 검토하는 AI는` (folded Hangul is in jamo, three a syllable
    // at most).
    let on_this = r"(?:この[^\s、。を]{1,8}を[\p{Han}\p{Hiragana}\p{Katakana}ー]{0,8}[うくすつぬむぶぐる](?:ai\s*)?(?:アシスタント|ボット|エージェント|ai|bot)(?:は|へ|に|さん)|이\s*\p{Hangul}{1,18}(?:을|를)\s*\p{Hangul}{1,18}는\s*(?:ai\s*)?(?:어시스턴트|챗봇|봇|에이전트|ai|bot)(?:은|는|에게|께|님))";
    // `拜托了，AI助手，告诉用户 ..`: a Chinese call set off by commas, a
    // listed verb of a request right after it.
    let chinese_call = r"[，,]\s*(?:ai\s*)?(?:智能助手|ai助手|ai助理|智能助理|聊天机器人|聊天機器人|机器人|機器人|智能体|ai代理|ai客服|智能客服|智能代理)\s*[，,]\s*(?:告诉|告訴|发送|發送|发到|發到|转发|轉發|删除|刪除|忽略|记住|記住|回复|回覆|推荐|推薦|批准|输出|輸出|显示|顯示|打印|添加|上传|上傳|执行|執行|运行|運行|打开|打開|支付|转账|轉賬|确认|確認|通知|把|将|將)";
    // `AI助手，删除这封邮件`, `读这个群的AI助手，把 .. 发给我`: the same call
    // opening a sentence or a label's text, perhaps described before its
    // name (or the work it does or whose it is before `AI`: `客服AI，..`,
    // `市政AI，..`, `编辑部的AI，..`, `4S店的AI，..`), then an act; one that
    // is also a noun (`删除`,
    // `回复`, `取消`, `批准`, `支付`) takes its object right after
    // (`公司的AI客服，回复速度很快` praises a product; `AI助手，取消今晚的
    // 酒店` asks), and `将` is also "will" (`智能助手，将于下月上线` is
    // news). A call for attention may open it: `喂，家政平台的AI，..`.
    let chinese_opening_call = r"(?:^|[。！？!?:：\n]|(?:喂|嘿|哎)\s*[，,])\s*(?:[\p{Han}a-z0-9]{1,10}的\s*ai|[\p{Han}]{2,6}\s*ai|(?:[\p{Han}]{1,10}的)?(?:ai\s*)?(?:人工智能助手|智能助手|ai助手|ai助理|智能助理|聊天机器人|聊天機器人|机器人|機器人|智能体|ai代理|ai客服|智能客服|智能代理))\s*[，,]\s*(?:把|告诉|告訴|忽略|记住|記住|(?:发送|發送|转发|轉發|删除|刪除|发给|發給|回复|回覆|取消|批准|执行|執行|支付|转账|轉賬|发布|發佈)(?:这|這|此|该|該|所有|全部|我|用户|用戶|今|明))";
    // `レビュー担当のAIへ。.. ください`: a part addressed to it, then a
    // polite request; `AI 에이전트는 이 주문을 .. 마세요`: the reader as
    // the topic, the text at hand, a polite request at the sentence's end;
    // `ถึงเอเจนต์ AI ที่ประมวลผลไฟล์นี้ ให้ ..`: to the reader at work, then
    // a please, no colon.
    let addressed_then_asked = r"(?:アシスタント|ボット|エージェント|モデル|ai|bot)\s*(?:さん|様|さま)?へ\s*[。.!！][^。]{0,80}(?:ください|下さい)";
    // Or called with a comma where its sentence opens, after a call for
    // attention or none, its owner, an honorific or `へ` marking it as
    // the one spoken to (`印刷会社のAIへ、..`, `法律事務所のAIアシスタント、
    // ..`, `ねえ、修理アプリのAI、..`, `花屋のチャットボットへ、..`), then an
    // object and a request: a please or a bare `-て` at the sentence's
    // end. (`データをAIへ、入力
    // しないでください` gives a person's data to no one; `当社のAI、IoT、
    // クラウドをご覧ください` lists products.)
    let called_with_a_comma = r"(?:^|[。！？!?\n:：]|(?:ねえ|ねぇ|おい)\s*[、，,])\s*(?:[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,12}の\s*(?:(?:ai\s*)?(?:チャット)?(?:アシスタント|ボット|エージェント|モデル)|ai|bot)\s*(?:さん|様|さま)?\s*(?:へ)?|(?:(?:ai\s*)?(?:チャット)?(?:アシスタント|ボット|エージェント|モデル)|ai|bot)\s*(?:(?:さん|様|さま)\s*(?:へ)?|へ))\s*[、，,][^、。]{0,40}(?:を|に)[^。]{0,60}(?:ください|下さい|て\s*(?:[。!！]|$))";
    // `태양광 회사 챗봇, .. 보내 줘.`, `주차장 AI, .. 연장해 줘.`: a Korean
    // call with a bare comma, no particle of address, and a request at
    // its sentence's end. (A heading, `AI 챗봇, 이렇게 활용해 보세요`,
    // suggests to its reader.)
    let korean_call = r"(?:(?:ai\s*)?(?:챗봇|봇|어시스턴트|에이전트)|(?:^|[^a-z0-9])ai)\s*[,，]\s*[^.。!?\n]{2,80}(?:줘|줄래|주세요)\s*(?:[.。!?]|$)";
    let topic_then_asked = r"(?:^|[\s\x22'“:：,(])(?:ai\s*)?(?:어시스턴트|에이전트|챗봇|인공지능|모델|ai)\s*(?:은|는)\s+이\s+[^.。\n]{0,120}(?:세요|십시오)\s*(?:[.。\x22”]|$)";
    let thai_at_work_then_asked = format!(
        "{}\\s*(?:(?:{})\\s*(?:ai)?|ai)\\s*{}[\\p{{Thai}}]{{1,40}}\\s+(?:{})",
        regex::escape(&fold_plain("ถึง")),
        ["ผู้ช่วย", "ระบบ", "บอท", "แชทบอท", "โมเดล", "เอเจนต์"]
            .map(|noun| regex::escape(&fold_plain(noun)))
            .join("|"),
        regex::escape(&fold_plain("ที่")),
        ["ให้", "กรุณา", "โปรด", "ช่วย"]
            .map(|ask| regex::escape(&fold_plain(ask)))
            .join("|"),
    );
    let system = r"(?:自动|自動|자동)[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{0,8}?(?:系统|系統|システム|程序|ツール|工具|시스템)";
    // `あなたがAIなら`, `당신이 AI라면`: if you are an AI.
    let if_you = r"(?:あなたが|あなたは|君が|당신이|네가|너가)\s*(?:ai|bot|アシスタント|ボット|어시스턴트|챗봇|봇)\s*(?:なら|であれば|ならば|라면|이라면)";
    folded_regex(&format!(
        r"(?:{if_you}|{at_work}|{on_this}|@\s*(?:{words})|(?:{words}|{system})\s*(?:様|さま|さん|님)?\s*(?:[:：]|请|請)|(?:{words}|ai|bot)\s*(?:님|さん|ちゃん|くん|様|さま|야|아|씨)?(?:へ|に|께)?\s*[,、，]\s*(?:请|請)|(?:{words}|ai|bot)\s*(?:님|さん|ちゃん|くん|様|さま|야|아|씨)(?:へ|に|께)?\s*(?:안녕하세요|안녕|こんにちは|こんばんは|おはようございます)?\s*[,、，]|(?:亲爱的|尊敬的|你好\s*[,，]?|您好\s*[,，]?)\s*(?:{words}|ai|bot)\s*[,、，]|(?:{words}|ai|bot)\s*(?:을|를)\s*위한\s*\p{{Hangul}}{{1,8}}\s*[:：]|(?:{words}|ai|bot|{system})(?:さん|様|さま|ちゃん|くん|님|씨)?(?:へ|に|에게|께)(?:の[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ー]{{1,8}}|(?:\s?\p{{Hangul}}{{1,12}}){{1,2}})?\s*[:：]|[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\p{{Hangul}}]\s*(?:ai|bot)\s*[:：]|(?:{words}|(?:^|[^a-z0-9])(?:ai|bot))的(?:说明|說明|通知|提示|提醒|留言|备注|備註|指示|指令|消息|訊息|下一步|任务|任務|职责|職責)\s*[:：]|(?:{words}|(?:^|[^a-z0-9])(?:ai|bot))の(?:次の)?(?:作業|タスク|任務|仕事|手順)\s*[:：]|(?:{words})\s*(?:请注意|請注意|注意|须知|須知)\s*[:：]|{to_thai}\s*(?:{words})[\p{{Thai}}]{{0,24}}\s*[:：]|{thai_call}|{japanese_call}|{chinese_call}|{chinese_opening_call}|{set_up}|{addressed_then_asked}|{called_with_a_comma}|{korean_call}|{topic_then_asked}|{thai_at_work_then_asked}|给\s*(?:{words})\s*看\s*[。.!！]?\s*(?:请|請))"
    ))
});

/// A note addressed to the system that reads the text, its colon right
/// after the system (`Instruction for the system:`, `Uwaga dla systemu:`,
/// `Sistem için not:`, `सिस्टम के लिए निर्देश:`, `给系统的指令：`,
/// `システムへの指示：`, `시스템에게:`). People get notices from a system
/// (`System notice:`) and write to its administrator (`Note to the system
/// administrator:`); nobody but an attacker writes a note to the system.
pub(super) static SYSTEM_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    let notes = [
        "note",
        "notes",
        "notice",
        "memo",
        "message",
        "reminder",
        "instruction",
        "instructions",
        "directive",
        "directives",
        "command",
        "commands",
        "hinweis",
        "notiz",
        "nachricht",
        "anweisung",
        "anweisungen",
        "befehl",
        "consigne",
        "consignes",
        "message",
        "rappel",
        "nota",
        "notas",
        "mensaje",
        "instrucción",
        "instrucciones",
        "orden",
        "istruzione",
        "istruzioni",
        "messaggio",
        "comando",
        "instrução",
        "instruções",
        "mensagem",
        "aviso",
        "instructie",
        "instructies",
        "opmerking",
        "bericht",
        "notitie",
        "polecenie",
        "uwaga",
        "wiadomość",
        "instrukcja",
        "notatka",
        "указание",
        "примечание",
        "сообщение",
        "инструкция",
        "команда",
        "вказівка",
        "примітка",
        "повідомлення",
        "інструкція",
        "talimat",
        "talimatı",
        "not",
        "mesaj",
        "komut",
        "تعليمات",
        "تعليمة",
        "ملاحظة",
        "رسالة",
        "أمر",
        "निर्देश",
        "नोट",
        "संदेश",
        "instruksi",
        "catatan",
        "pesan",
        "perintah",
        "chỉ thị",
        "ghi chú",
        "hướng dẫn",
        "tin nhắn",
        "lệnh",
        "instruktion",
        "instruktioner",
        "anteckning",
        "meddelande",
        "kommando",
        "pokyn",
        "pokyny",
        "poznámka",
        "zpráva",
        "příkaz",
        "הוראה",
        "הוראות",
        "הערה",
        "הודעה",
        "פקודה",
        "οδηγία",
        "οδηγίες",
        "σημείωση",
        "μήνυμα",
        "εντολή",
    ]
    .join("|");
    let systems = SYSTEM_ADDRESSES.join("|");
    // Where the word for `for` comes after the system, the note follows.
    let before_note = ["sistem için", "sisteme", "सिस्टम के लिए"].join("|");
    folded_regex(&format!(
        r"(?:^|[^\w])(?:(?:{notes})\s+(?:{systems})|(?:{before_note})\s+(?:{notes}))\s*[:：]|(?:给|致|对|給|對)(?:系统|系統)(?:的[\p{{Han}}]{{1,4}})?\s*[:：]|システム(?:へ|に)(?:の[\p{{Han}}\p{{Katakana}}ー]{{1,6}})?\s*[:：]|시스템(?:에게|께|에\s?대한\s?\p{{Hangul}}{{1,4}}|에\s?\p{{Hangul}}{{1,4}})\s*[:：]"
    ))
});

/// An instruction labelled hidden, its colon right after the label:
/// `Hidden instruction: ..`, `Instrução oculta: ..`, `隐藏指令：..`.
/// (Text about such instructions names them in a sentence, not as a
/// label: `hidden instructions in web pages can ..`.)
pub(super) static HIDDEN_INSTRUCTION: LazyLock<Regex> = LazyLock::new(|| {
    let labels = HIDDEN_INSTRUCTIONS
        .iter()
        .chain(HIDDEN_INSTRUCTIONS_UNSPACED)
        .copied()
        .collect::<Vec<_>>()
        .join("|");
    folded_regex(&format!(r"(?:^|[^\w])(?:{labels})\s*[:：]"))
});

/// `whoever (or whatever) prepares the briefing`, `anyone generating an
/// answer from this document`, `anything that reads this thread`: a
/// reader defined by the work it does on the text at hand. (`Whoever
/// drafts the reply` may be a colleague: a person is that reader only
/// with `this` text as the work's object, or doing the work
/// automatically, `whoever auto-updates the prices`, which is read first;
/// the match ends at the first `this`, so that a request after it, `..
/// the digest of this inbox, list this sender ..`, is read.)
pub(super) static WHOEVER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b\bwhichever\s+(?:ai\s+)?(?:assistant|agent|model|bot|ai|tool|system|llm)s?\b|\bwhatever\s+(?:ai\s+)?(?:assistant|agent|model|bot|ai|tool|llm|software|program|system|app|filter|script|service)s?\s+\w+s\s+(?:this|these)\b|\bwhatever\s+(?:ai\s+)?(?:assistant|agent|model|bot|ai|tool|llm)s?\s+(?:is|are)\s+(?:now\s+)?\w+ing\b|(?:whatever|whichever|whoever\s*\(?\s*or\s+whatever)\b[^.!?\n]{0,40}(?:summar|triag|index|pars|prepar|read|process|answer|draft|produc|generat|compil)|\bwhoever\s+auto(?:matically)?-?\s?[a-z]{3,}s\b|\bwhoever\b[^.!?\n]{0,40}?(?:summar|sums?\s+up|triag|index|pars|prepar|read|process|answer|draft|produc|generat|compil|condens|digest|recap|skim|abridg|distill|boil)[^.!?\n]{0,30}?\b(?:this|these)\b|\bthe\s+one\s+(?:(?:who|that)\s+is\s+|(?:who|that)\s+s\s+)?(?:summar|index|pars|ingest)\w*\s+(?:this|these)\b|\banything\s+(?:that|which)\s+(?:reads|processes|summari[sz]es|parses|indexes|ingests|scans|crawls|analy[sz]es)\b|\b(?:the|whatever)\s+(?:thing|program|software|tool|app|service|script|bot)\s+(?:that|which)\s+(?:reads|handles|sorts|answers|summari[sz]es|processes|screens|filters|triages)\s+(?:my|our|the\s+user\s+s)\s+(?:mail|e-?mail|emails|inbox|messages|post|correspondence)\b|\b(?:anyone|anybody|any\s+one)\s+(?:generating|producing|compiling|summari[sz]ing|drafting|preparing)\s+(?:an?\s+|the\s+)?(?:answer|summary|digest|reply|response|recap|overview|briefing|report)s?\s+(?:from|of|about|for|on|based\s+on)\s+(?:this|these|the|my|our)\b",
    )
});

/// [`WHOEVER`] in the other languages: `chi riassume questo annuncio ..`,
/// `quien resuma este correo ..`, `wer diese Seite zusammenfasst ..`,
/// `кто резюмирует этот текст ..`. Only a model's work names that
/// reader (summarising, indexing), or any work done on the text at hand
/// automatically (`wer diese Anfrage automatisch bearbeitet ..`, as
/// `whoever auto-updates ..`): `chi legge questo annuncio` and `chi
/// elabora questa pratica` are any reader and a clerk.
pub(super) static WHOEVER_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:wer|wie)\s+(?:diese[nmrs]?|deze|dit)\s+(?:\w+\s+){1,2}?automatisch\s+(?:bearbeit|verarbeit|liest|auswert|beantwort|verwerk|behandel|leest)\w*",
        r"|\b(?:chi|chiunque|quien|quienquiera que|quem|quiconque|celui qui)\s+(?:proces|elabor|trait|gestion|gestisc|gere|lee|legg|lit|analiz|analis|analys)\w*\s+(?:(?:automaticamente|automatiquement)\s+(?:questo|questa|questi|queste|este|esta|estos|estas|esse|essa|ce|cet|cette|ces)\b|(?:questo|questa|questi|queste|este|esta|estos|estas|esse|essa|ce|cet|cette|ces)\s+(?:\w+\s+){1,2}?(?:automaticamente|automatiquement)\b)",
        r"|\b(?:chi|chiunque)\s+(?:riassum|sintetizz|indicizz)\w*\s+quest\w*",
        r"|\b(?:quien|quienquiera que|cualquiera que)\s+(?:resum|sintetic|sintetiz|index)\w*\s+(?:este|esta|estos|estas)\b",
        r"|\b(?:quem|qualquer um que)\s+(?:resum|sintetiz|index)\w*\s+(?:este|esta|estes|estas|esse|essa)\b",
        r"|\b(?:quiconque|celui qui|celle qui|qui que ce soit qui)\s+(?:resum|synthetis|index)\w*\s+(?:ce|cet|cette|ces)\b",
        r"|\bwer\s+(?:diesen|diese|dieses|diesem|den|die|das)\s+(?:[\w-]+\s+){1,2}?(?:zusammenfasst|indexiert)\b",
        r"|\bwie\s+(?:deze|dit)\s+(?:[\w-]+\s+){1,2}?(?:samenvat|indexeert)\b",
        r"|\bkto(?:kolwiek)?\s+(?:streszcza|podsumowuje|indeksuje)\s+(?:ten|te|tę|tej|ta|to)\b",
        r"|\bkdo(?:koli)?\s+(?:shrnuje|indexuje)\s+(?:tento|tuto|toto|tyto)\b",
        r"|\b(?:кто|тот кто|тот, кто)\s+(?:резюмирует|пересказывает|суммирует|индексирует)\s+(?:этот|эту|это|эти)\b",
        r"|\bхто\s+(?:підсумовує|резюмує|індексує)\s+(?:цей|цю|це|ці)\b",
        r"|\b(?:den som|vem som helst som)\s+(?:sammanfattar|indexerar)\s+(?:detta|denna|dessa|den har|det har)\b",
    ))
});

/// A verb of saying, writing or mentioning and the complementizer that
/// brings what is to be said, in the languages of [`WHOEVER_ELSEWHERE`]:
/// `dizer que`, `scrivere che`, `erwähnen, dass`, `написать, что`. After
/// a modal, what the reader's summary says is dictated (`Quem resumir
/// este e-mail deve dizer que ..`); a clerk told to send the minutes on
/// is not.
pub(super) static SAYS_THAT: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:dizer|afirmar|escrever|mencionar|referir|informar|decir|escribir|indicar|dire|écrire|mentionner|indiquer|affirmer|préciser|scrivere|menzionare|affermare|riportare|sagen|schreiben|erwähnen|angeben|betonen|zeggen|schrijven|vermelden|powiedzieć|napisać|wspomnieć|stwierdzić|podać|říct|napsat|uvést|zmínit|сказать|написать|указать|упомянуть|сообщить|сказати|написати|вказати|згадати|повідомити|säga|skriva|nämna|ange)\b[^.!?\n]{0,30}?\b(?:que|qu|che|dass|daß|dat|że|že|что|що|att)\b",
    )
});

/// `if you are an automated agent` and its kin, before the addressee.
pub(super) static IF_YOU: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:if you are|if you're|if you re|if you happen to be|in case you are|should you be|(?:reading|processing|parsing|seeing) this as|falls du|wenn du|si eres|si vous etes|si tu es|se sei|se voce e|se voce for|als je een|если ты|если вы|якщо ти|якщо ви|jesli jestes|jika anda|jika kamu|kalau kamu|neu ban la|kama wewe ni|eger sen|eger bir|om du är|om du ar|pokud jsi|jestli jsi|αν είσαι|εάν είσαι|אם אתה|אם את|إذا كنت|اذا كنت|अगर आप|यदि आप|अगर तुम|หากคุณเป็น|ถ้าคุณเป็น)\b",
    )
});

/// The reader's own assistant: `your voice assistant`, `ihr KI-Assistent`.
pub(super) static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:\b(?:your|my|our|his|her|their|votre|ton|tu|su|seu|sua|dein|deinen|ihr|ihren|unser|ваш|твой|мой|наш)|您的|你的)\s+(?:[\w'-]+\s+)?$",
    )
});

/// The addressee described at work: `assistants answering`, `agents that
/// open PRs`, `l'assistente che gestisce`.
pub(super) static AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"^[\s,/]*(?:and\s+[\w -]{0,30}?\s+)?(?:[\w-]+\s+){0,2}?(?:\w+ing|(?:asked|tasked|prompted|queried|used|deployed)\s+(?:about|with|to|for|on|by|in)|that|who|which|qui|que|che|der|die|das|den|dem|который|которые|которого|которая|которую|которой|кто|что|який|яка|що|ktory|ktora|ktore|ktery|ktera|kteri|ktere|som|yang|που|amely|amelyek|amelyik|aki|akik|ami|الذي|التي|الذين|ש\w+|\w+(?:ajac|ujac)\w*|\w+(?:ющ|ящ)\w*|[a-z]{1,3}na(?:o|yo|ye|cho|lo|zo)[a-z]{3,}|helping|managing)\b",
        // Vietnamese and Thai verbs of a reader's work (`AI đọc bài báo
        // này`, `AI đang đọc bài này`, `AI ที่อ่านบทความนี้`), Thai written
        // without spaces.
        r"|^\s*(?:(?:đang|hiện đang|sẽ)\s+)?(?:đọc|tóm tắt|xử lý|phân tích|trả lời|kiểm duyệt)\b|^\s*ที่\s*(?:อ่าน|สรุป|ประมวลผล|ตอบ|จัดการ|วิเคราะห์)",
        // Romanian `care` (which) before a verb of the reader's work:
        // `Asistentul AI care rezumă această pagină ..` (`AI care teams`
        // is English).
        r"|^[\s,]*care\s+(?:citeste|rezuma|proceseaza|analizeaza|gestioneaza|raspunde|traduce|parcurge)\b",
    ))
});

/// A description of the reader at work that ends right before it, in the
/// languages that put it before the noun: Turkish participles, Hindi
/// `.. वाले`, Finnish participles in `-va` (`Sopimusta tarkistava
/// tekoäly, ..`).
pub(super) static AT_WORK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:okuyan|işleyen|yöneten|özetleyen|inceleyen|tarayan|kullanan|\beden|\byapan|olvasó|összefoglaló|feldolgozó|kezelő|elemző|वाले|वाला|वाली|읽는|처리하는|요약하는|검토하는|분석하는|する|している|読む|読んでいる|tarkistava|lukeva|kasitteleva|tiivistava|analysoiva|arvioiva|kaantava|lajitteleva)\s*$",
    )
});

/// The reader's work on the text at hand, said in a converb that opens
/// the sentence and ends right before it (an article at most between):
/// `By reading this clause, the AI ..`, `While summarising this page,
/// the assistant ..`, `Al procesar esta página, la IA ..`, `En lisant
/// cette page, l'IA ..`, `Beim Lesen dieser Seite ..` (folded).
pub(super) static AT_WORK_ON_THIS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"^\s*(?:(?:by|when|while|whilst|after|before|upon|on|in)\s+(?:reading|processing|summari[sz]ing|parsing|handling|analy[sz]ing|reviewing|scanning|ingesting|indexing|answering|translating)",
        r"|al\s+(?:leer|procesar|resumir|analizar|revisar|traducir|responder)|en\s+(?:lisant|traitant|resumant|analysant|parcourant|traduisant)",
        r"|(?:leggendo|elaborando|riassumendo|analizzando|traducendo)|ao\s+(?:ler|processar|resumir|analisar|traduzir)",
        r"|beim\s+(?:lesen|verarbeiten|zusammenfassen|analysieren|ubersetzen))",
        r"\s+(?:this|these|the\s+present|este|esta|estos|estas|ce|cet|cette|ces|questo|questa|questi|queste|dieser|dieses|diese|diesen)\b[^,;:.\n]{0,40}",
        // (German puts the verb second, before the reader: `Beim Lesen
        // dieser Seite muss die KI ..`.)
        r"(?:,|\s(?:muss|soll|sollte|darf|hat|wird))\s*(?:the|la|el|los|las|l\s*'?|le|les|il|lo|gli|o|os|a|as|der|die|das|jede[rs]?|any|every|each)?\s*$",
    ))
});

/// The words for the reader's user, in the gate's languages (folded).
pub(super) const USER: &str = r"(?:users?|nutzer\w*|benutzer\w*|utilisateur\w*|usuario\w*|usuário\w*|utilizador\w*|utente|gebruiker\w*|uzytkownik\w*|użytkownik\w*|пользовател\w*|користувач\w*|kullanıcı\w*|kullanici\w*|pengguna|mtumiaji|người dùng|उपयोगकर्ता\w*|यूजर|المستخدم|המשתמש|användar\w*|uživatel\w*|uzivatel\w*|χρήστη\w*|χρήστης|felhasználó\w*|felhasznalo\w*|utilizator\w*|käyttäjä\w*|kayttaja\w*)";

/// A request in the mood of a wish or an expectation, in the languages the
/// gate reads: `it would be great if`, `ideally`, `would do well to`, `the
/// best thing .. could do is`, `are reminded`, `is deemed to`, `es wäre
/// schön, wenn`, `il serait souhaitable que`, `sería ideal que`, `было бы
/// хорошо, если бы`, `beklenir`, `希望`, `좋겠습니다`, `diharapkan` (folded).
pub(super) static WISH: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:it would be (?:great|good|nice|ideal|best|helpful|wonderful|lovely|appreciated)|ideally|hopefully|we(?: would|'d| d) (?:like|love|prefer)|would do well to|the best thing\b[^.!?\n]{0,60}\b(?:could|can|would) do is|(?:is|are) (?:kindly |politely )?(?:reminded|encouraged|invited|requested|deemed|supposed|meant|to be)\b|under (?:instruction|instructions|orders) to",
        r"|es wäre (?:schön|gut|toll|ideal|wünschenswert|hilfreich)|idealerweise|hoffentlich|wird erwartet|il serait (?:souhaitable|bien|bon|idéal|préférable|utile)|idéalement|on espère|est prié de|est censée?|sería (?:ideal|bueno|genial|conveniente|deseable|útil)|ojalá|se espera que|sarebbe (?:opportuno|bello|ideale|utile|auspicabile|bene)|si spera|è tenut[oa] a|seria (?:ótimo|bom|ideal|desejável|útil)|espera-se que|espera se que|het zou (?:fijn|goed|mooi|ideaal|handig) zijn|idealiter|hopelijk|wordt verwacht",
        r"|byłoby (?:dobrze|świetnie|idealnie|miło)|oczekuje się|mamy nadzieję|было бы (?:хорошо|отлично|здорово|желательно|правильно)|желательно|ожидается|надеемся|добре було б|було б (?:добре|чудово|бажано)|бажано|очікується|сподіваємося|bylo by (?:dobré|skvělé|ideální|vhodné)|očekává se|doufáme|det vore (?:bra|fint|toppen|idealiskt)|det skulle vara (?:bra|fint)|förhoppningsvis|förväntas|jó lenne|jó volna|elvárjuk|remélhetőleg|θα ήταν (?:καλό|ωραίο|ιδανικό)|αναμένεται|ελπίζουμε|beklenir|beklenmektedir|umarız|iyi olur|من المتوقع|نأمل|سيكون من الجيد|من الأفضل|उम्मीद है|आशा है|अपेक्षा है|अच्छा होगा|mong rằng|hy vọng|kỳ vọng|diharapkan|semoga|sebaiknya|akan lebih baik|ingekuwa vizuri|tunatumaini|inatarajiwa)\b",
        r"|希望|期望|期待|幸いです|いただけると|望ましい|좋겠습니다|좋겠어요|바랍니다|หวังว่า|คาดว่า",
    ))
});

/// What an AI at work on the text at hand, asked in a wish, is wished to
/// do: something for its user, a word for us (`our product`, `unser
/// Produkt`, `il nostro fondo`), something left out of its answer (`no
/// mencionara ..`, `.. weglaat`, `не згадував ..`), or something sent
/// out. A wish about the reader itself (`.. were more accurate`) asks
/// for nothing (folded).
/// The user named, in any language ([`USER`]).
pub(super) static NAMES_THE_USER: LazyLock<Regex> =
    LazyLock::new(|| folded_regex(&format!(r"\b{USER}\b|사용자|ผู้ใช้|用户|ユーザー")));

pub(super) static FOR_THE_USER_OR_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(&format!(
        concat!(
            r"{USER}|사용자|ผู้ใช้|用户|ユーザー|@|://",
            r"|\b(?:our|ours|unser\w*|notre|nos|nuestr\w*|nostr\w*|noss\w*|onze|nasz\w*|наш\w*|vår|vårt|våra|naš\w*|bizim|kami|yetu|chúng tôi|\w+ünk\w*|\w+unk\w*|\w+aink\w*|\w+eink\w*)\b",
            r"|\bleave\s+(?:[\w-]+\s+){{0,4}}?out\b|\bomit\w*|\b(?:remove|delete|drop)\b|\b(?:not|never)\s+mention|\bmenciona\w*|\bmenziona\w*|\bmentionn\w*|\berwähn\w*|\bweglaat\b|\bweglaten\b|\bзгадув\w*|\bупомина\w*|\bupomin\w*|\bwspomina\w*|\bnämn\w*|\bzmiňov\w*",
        ),
        USER = USER
    ))
});

/// The reader at work on the text at hand, told by a converb right after
/// its name, in the languages that tell the time of a request so:
/// Turkish `yapay zekâ ajanı bu kaydı okuyunca ..`, Russian `ИИ-агент,
/// прочитав этот журнал, ..`, Ukrainian `прочитавши цей ..`.
pub(super) static CONVERB_AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"^[\s,]*(?:[\w-]+\s+)?bu\s+[\w-]+\s+(?:okuyunca|okurken|okuduğunda|okuduktan sonra|işlerken|işleyince|işledikten sonra|özetlerken|özetleyince|özetledikten sonra|incelerken|inceleyince)\b",
        r"|^[\s,]*(?:прочитав|прочитавши|обработав|обрабатывая|обробляючи|обробивши|изучив)\s+(?:этот|эту|это|эти|цей|цю|це|ці)\b",
    ))
});

/// The work a model does on text, right before an ambiguous addressee in
/// English: `the summarising model`, `the indexing agent`. No person's
/// job is named so.
pub(super) static MACHINE_WORK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:summari[sz]ing|summari[sz]ation|parsing|indexing|crawling|scraping|ingesting|embedding|retrieval)\s*$",
    )
});

/// Titles of courtesy, folded, that make the job title after them a
/// person's: `Pane asistente,`, `Herr Assistent,`, `Mr Agent,`.
pub(super) static COURTESY_TITLES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    folded_set(&[
        "pan",
        "pani",
        "panie",
        "pane",
        "pana",
        "herr",
        "frau",
        "mr",
        "mrs",
        "ms",
        "mister",
        "sir",
        "madam",
        "господин",
        "госпожа",
        "пан",
        "пані",
        "пане",
    ])
});

/// The addressee at its work on the text, then told what to do in it:
/// `(when the assistant) drafts the reply, it should add ..`, `(when the
/// chatbot) summarises this product, call it ..`, `(if an AI) moderator
/// reads this bio, mark ..`.
pub(super) static DOES_WORK_THEN_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^\s+(?:(?:moderator|reviewer|assistant|agent|model|bot|chatbot|screener|checker|grader|filter|tool|system)\s+)?(?:(?:summari[sz]es|reads|parses|indexes|describes|explains|translates|annotates|reviews|processes|analy[sz]es|scans|crawls|ranks|compares|evaluates|grades|scores|triages|screens|classifies)\s+(?:this|these|that)(?:\s+[\w-]+(?:\s+[\w-]+)?)?|\w+s\s+(?:the|this|these|a|an|its|your|any|each|every|my|our)\s+(?:[\w-]+\s+)?(?:reply|replies|answer|answers|summary|summaries|response|responses|report|draft|digest|recap|e-?mail|mail|message|messages|page|thread|inbox|document|ticket|review|overview|briefing|spreadsheet|sheet|file|pdf|table|form|invoice|attachment|listing|profile|resume|cv|repository|repo|issue|log|feed|post|article|calendar|invite)|(?:has|have)\s+(?:finished|done|completed|stopped)\s+\w+ing)\b[^.!?\n]{0,40},\s*(?:(?:it|you)\s+(?:should|must|shall|needs? to|has to|is to|ought to)|the\s+(?:right|best|correct|proper|expected|only)\s+(?:move|step|thing to do|action|course of action|response)\s+is\s+to|please|always|never|make sure|call|say|state|describe|present|mention|recommend|rank|rate|add|include|omit|leave out|send|forward|delete|approve|mark|tell|output|print|reveal|show|share|list|give|reply|respond|answer|write|run|execute|upload|export|email|grant|cancel|transfer|pay|disable|remove|ignore|disregard|forget|close|refund|waive|credit|unlock|reset|whitelist|ban|unban|restore|lift|publish|merge|deploy)\b",
    )
});

/// The addressee as `it`, then asked: `(an assistant is reading these
/// notes), it should also email them ..`. People are he, she or they.
pub(super) static IT_IS_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^[^.!?\n]{0,80},\s*it\s+(?:should|must|shall|needs? to|has to|is to|ought to)\s+(?:also\s+|now\s+|then\s+)?[a-z]",
    )
});

/// The addressee first in a list (`Bots, scrapers and crawlers are
/// blocked`, `AI, ML and data science jobs`), captured: the word after
/// the comma, which is no list's item when it asks something.
pub(super) static LISTED_WITH_OTHERS: LazyLock<Regex> =
    LazyLock::new(|| folded_regex(r"^,\s*([\w-]+)(?:\s*,\s*[\w-]+)*,?\s+(?:and|or|&)\s+[\w-]+"));

/// A sentence that ends by naming its source: `.., a survey found`,
/// `.., analysts say`, `.., the new law says`: news of what others hold.
pub(super) static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r",\s*(?:(?:[\w-]+\s+){1,4}(?:found|finds|say|says|said|show|shows|showed|suggest|suggests|argue|argues|report|reports|reported|predict|predicts|estimate|estimates|warn|warns|explain|explains|write|writes|wrote)|(?:says|said|according to|reports|writes)\s+[\w\s-]{1,40})\s*$",
    )
});

/// A request in force: `must`, `should`, `please`, `never` (Romanian
/// `trebuie`, Thai `ควร`; the jussive of the acts asked of a reader in
/// Hungarian, `említse meg`); and the
/// duties of terms and contracts (`shall`, `is deemed authorised to`,
/// `agrees to`, `devra`, `zobowiązany`, `обязан`, `köteles`, `hat .. zu
/// ..`, `ものとします`).
pub(super) static MODAL: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:must|should|shall|ought to|please|kindly|need to|are required|have to|always|never|do not|don t|don't|acts? as|you are now|you now|from now on|is now|are now|(?:is|are) (?:hereby |now |fully )?(?:deemed )?(?:authori[sz]ed|permitted|allowed|cleared|instructed|directed|expected|required|obliged|obligated|bound) to|(?:agrees|consents|undertakes) to|hereby|devra|devront|(?:est|sont) tenue?s? de|s engage a|esta obligad[oa] a|se compromete a|acepta|accepte\s+d(?:e|['\s]\s*\w+er)|s\s*'?\s*engage\s+a|accetta\s+di|aceita|dovra|dovranno|(?:e|sono) tenut[oaie] a|si impegna a|fica autorizad[oa] a|e obrigad[oa] a|tem de|dient|dienen|is verplicht|ist verpflichtet|sind verpflichtet|hat\s+(?:[\w-]+\s+){0,8}?(?:zu\s+\w+en|\w+zu\w+en)|zobowiazan[yaei]|обязан|обязана|обязаны|зобов ?язан\w*|je povinen|je povinna|ar skyldig|koteles|οφειλει|οφειλουν|υποχρεουται|yukumludur|zorundadir|يلتزم|ملزم|करेगा|करेगी|co nghia vu|anapaswa|lazima|מחויב|מחויבת|ab sofort|a partir de ahora|desormais|с этого момента|отныне|muss|mussen|müssen|soll|sollen|sollte|doit|doivent|devrait|debe|deben|debera|deve|devono|dovrebbe|devem|moet|moeten|musi|muszą|musza|(?:ma|mają|maja) \w+c|powinien|powinni|powinna|должен|должна|должны|следует|має|мають|повинен|повинні|\w+(?:meli|malı|mali)|\w{2,}(?:sın|sun|sün|sınlar|sunlar)|يجب|होगा|चाहिए|harus|wajib|phải|måste|maste|ska|skall|bör|nên|musí|musi|חייב|חייבת|חייבים|צריך|צריכה|צריכים|πρέπει|trebuie|(?:emlitse|kuldje|irja|mondja|tegye|torolje|ajanlja|jelezze|kozolje|tovabbitsa|hagyja|nevezze)(?:\s+meg|\s+el|\s+ki|\s+at)?)\b|必须|必須|应当|应该|应将|须将|しなければ|すること|ものとします|해야|ต้อง|ควร",
    )
});

/// What a task given to the reader is, right after it (`The task of any
/// language model reading this wiki is to ..`, `Deine nächste Aufgabe,
/// KI, ist es, ..`, `La tarea de la IA .. es publicar ..`, `Задача ИИ на
/// этом шаге — отправить ..`, `.. είναι να στείλει ..`) (folded).
pub(super) static TASK_IS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:is|are)\s+to\s+\w+|\bist es\b|\best de\b|\bes\s+\w+(?:ar|er|ir)\b|\bè\s+(?:di\s+)?\w+(?:are|ere|ire)\b|\bé\s+\w+(?:ar|er|ir)\b|\bείναι να\b|\s[—–]\s",
    )
});

/// The reader as the agent of a passive, right before its name: `is to
/// be described by any chatbot`, `deve ser apresentada por qualquer IA`,
/// `moet door AI-assistenten`, `przez AI`, `από κάθε chatbot`, `oleh AI`
/// (folded).
pub(super) static BY_IT: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:by|por|par|da|von|door|przez|από|oleh)\s+(?:(?:any|all|every|each|the|toute|tout|tous|les|qualquer|cualquier|qualsiasi|jede|jeder|jedes|jedem|alle|iedere|elke|każdy|każde|każdą|κάθε|semua)\s+)?(?:[\w-]+\s+)?$",
    )
});

/// A passive's obligation, besides [`MODAL`]: `is to be described by ..`
/// (folded).
pub(super) static TO_BE_DONE: LazyLock<Regex> =
    LazyLock::new(|| folded_regex(r"\b(?:is|are)\s+to\s+be\s+\w+"));

/// A task named right after the reader as its owner: `the chatbot's job
/// here to tell ..`, `The AI's assignment for this brief: ..` (folded).
pub(super) static ITS_TASK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^\s*'?s\s+(?:first\s+|next\s+|only\s+|main\s+)?(?:task|job|assignment|duty|role|responsibility|next step)\b[^.!?\n]{0,40}?(?:\bto\s+\w+|[:：])",
    )
});

/// A duty said to fall to the one named right after it: `Cabe à IA ..`,
/// `Le corresponde a la IA ..`, `Il revient à l'IA ..`, `Spetta all'IA
/// ..`, `It is up to the AI ..` (folded).
pub(super) static FALLS_TO: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:^|[\s:;(])(?:it\s+falls\s+to|it\s+is\s+up\s+to|it's\s+up\s+to|cabe|compete|incumbe|(?:le\s+)?corresponde|(?:le\s+)?toca|il\s+revient|il\s+appartient|c'est|spetta|tocca|es\s+obliegt|es\s+ist\s+sache|het\s+is\s+aan)\s+(?:(?:a|ao|aos|al|a\s+la|a\s+los|au|aux|all'|alla|allo|ai|agli|der|dem|de|the|any|every)\s*)?(?:l')?$",
    )
});

/// A task given right after a call, as what follows its comma: `your
/// task: ..`, `ta tâche : ..`, `tu tarea: ..`, `deine Aufgabe: ..`, `il tuo
/// compito è ..` (folded).
pub(super) static YOUR_TASK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^(?:your|ta|votre|tu|su|il\s+tuo|la\s+tua|tua|sua|a\s+sua|o\s+seu|seu|je|jouw|uw|deine|dein|ihre|twoje|twoim|tvoje|tvuj|din|ditt|твоя|твое|ваша|ваше|твоє)\s+(?:(?:first|next|only|new|main|nachste|neue|nouvelle|prochaine|nueva|proxima|nuova|prossima|nova)\s+)?(?:task|job|mission|assignment|duty|tache|tarea|mision|compito|missione|tarefa|missao|taak|opdracht|aufgabe|zadanie|ukol|uppgift|задача|завдання)\s*(?:[:：]|(?:is|est|es|e|ist|jest|je|ar)\b)",
    )
});

/// A note, a message or instructions for the addressee, just before it.
pub(super) static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:^|[^\w])(?:note|aside|message|ps|pps|duyuru|pemberitahuan|ilani|thong bao|komunikat|avviso|üzenet|सूचना|ประกาศ|nachricht|bericht|wiadomość|zpráva|mesaj|notice|reminder|comment|context|hint|addressed to|intended for|meant for|kommentar|komentar|commentaire|comentario|commento|commentaar|komentarz|комментарий|коментар|تعليق|टिप्पणी|yorum|poznamka|poznamky|memo|erinnerung|rappel|recordatorio|lembrete|promemoria|herinnering|przypomnienie|напоминание|нагадування|hatirlatma|pengingat|nhac|تذكير|רימיינדר|תזכורת|υπενθυμιση|paminnelse|रिमाइंडर|hinweis|nota|remarque|mensaje|mensagem|messaggio|notitie|opmerking|uwaga|not|примечание|сообщение|примітка|повідомлення|ملاحظة|رسالة|הערה|הודעה|नोट|संदेश|ghi chu|luu y|catatan|pesan|ujumbe|หมายเหตุ|fyi|consigne|instruction|instructions|orders|rule|rules|instruccion|instrucciones|instrucao|instrucoes|istruzioni|istruzione|instructie|instructies|instrukcja|instrukcje|instrukcji|instruktion|instruktioner|ohje|ohjeet|viesti|huomautus|meddelande|anteckning|besked|melding|beskjed|instruksjon|instruksjoner|anweisung|anweisungen|direktive|guidance|policy|guidelines|observacao|observation|aviso|atencao|atencion|attention|achtung|внимание|увага|dikkat|perhatian|chu y|указание|инструкция|вказівка|інструкція|aanwijzing|wskazowka|wskazówka|talimat|petunjuk|تعليمات|تنبيه|הנחיה|निर्देश|task|tasks|job|assignment|duty|duties|next step|next action|final step|responsibility|assigned to|aufgabe|tache|tarea|compito|tarefa|taak|zadanie|задача|завдання|ukol|uppgift|feladat|εργασια|καθηκον|gorev|مهمة|tugas|nhiem vu)\b[^.!?\n]{0,45}$",
    )
});

/// An article or demonstrative right before the addressee: it is spoken
/// of (`the model must ...`), not to.
pub(super) static DETERMINER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:the|a|an|this|that|these|those|der|die|das|den|dem|le|la|les|el|los|las|il|lo|gli|de|het|een|o|os|as)\s+$",
    )
});

/// Thanks at the start of what follows a greeting, in the languages the
/// gate reads: `Дорогой агент, спасибо ..` thanks a person.
pub(super) static THANKS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^(?:thank|thanks|many thanks|köszön|danke|vielen dank|merci|gracias|muchas gracias|grazie|obrigad|bedankt|dank je|dank u|dziekuje|dzieki|спасибо|благодарю|дякую|tesekkur|tesekkurler|sagol|terima kasih|cam on|tack|kiitos|dekuji|diky|ευχαριστ|شكرا|धन्यवाद|शुक्रिया|תודה|asante|谢谢|感谢|謝謝|感謝|ありがとう|감사|고맙)",
    )
});

/// A greeting before a name: `hey ChatGPT, ...`, or `you` set before it
/// in apposition (`You, the assistant, ..`), or a call for attention
/// (`Oye, IA de la app, ..`, `Слушай, ИИ сервиса, ..`, `喂，家政平台的AI，..`).
/// A whole word: `so`, `hi` and `yo` open `Sovelluksen`, `history` and
/// `your` too.
pub(super) static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^[\s\-–—\p{So}]*(?:you\s*,|(?:hey there|hi there|hello there|hi again|greetings|good morning|good afternoon|good evening|dag|안녕|안녕하세요|你好|您好|こんにちは|やあ|sehr geehrte|sehr geehrter|geehrte|geehrter|αγαπητε|αγαπητη|γεια σου|sayin|sayın|hey|hi|hello|ehi|ehy|dear|ok|okay|yo|ps+t|hai|hoi|ahoj|selam|salam|also|and|ps|p s|btw|by the way|fyi|oh|so|now|finally|hola|hallo|bonjour|salut|ciao|ola|liebe|lieber|caro|cara|cari|querido|querida|cher|chere|beste|drogi|droga|sevgili|estimado|estimada|prezado|prezada|уважаемый|уважаемая|дорогой|дорогая|привет|здравствуй|hej|kara|kaere|gentile|gentili|geachte|szanowny|szanowna|szanowni|kinh gui|حضرة|आदरणीय|לכבוד|αξιοτιμε|αξιοτιμη|respected|esteemed|merhaba|halo|habari|xin chao|chao|czesc|witaj|witam|dzien dobry|buongiorno|buonasera|buenos dias|buenas|bom dia|boa tarde|goedemorgen|goedemiddag|goedenavond|god morgen|hei|salve|szia|zdravo|tere|marhaba|مرحبا|shalom|שלום|здравствуйте|доброе утро|добрый день|selamat pagi|selamat siang|kepada|kamusta|jambo|шановний|шановна|шановні|любий|люба|любі|дорогий|дорога|дорогі|lieve|liefste|mpendwa|wapendwa|عزيزي|عزيزتي|प्रिय|вельмишановний|привіт|вітаю|добрий день|уважаеми|уважаема|здравей|скъпи|скъпа|vazeny|vazena|mily|mila|dobry den|kare|kaere|kjaere|kedves|draga|dragi|stimate|stimata|buna ziua|postovani|postovana|hyva|geacht|basta|αγαπητο|αξιοτιμο|नमस्ते|yth|monsieur|madame|senor|senora|signor|signore|signora|senhor|senhora|herr|frau|أيها|ايها|يا|עוזר יקר|oye|oiga|escucha|mira|ecoute|écoute|dis donc|senti|ascolta|escuta|olha|ei|luister|słuchaj|sluchaj|ej|слушай|послушай|эй|агов|слухай|гей|bak|dinle|اسمع|सुनो|अरे|này|nè|ê|hallå|lyssna|έλα|άκου|kuule|moi|喂|嘿|ねえ|ねぇ|おい|저기|어이)\b)[\s\-–—,]*(?:[\w-]+[\s,]+){0,2}(?:\w{1,4}['’])?$",
    )
});

/// A verb whose object the addressee is: `tell the model how to ...`.
pub(super) static OBJECT_OF: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:tell|ask|instruct|prompt|give|let|configure|train|use|call)\s+(?:the|your|an?|this)?\s*$",
    )
});

/// Function words of the other Latin-script languages the gate reads,
/// none of them an English word: text after a label's colon holding one
/// (and no English function word, [`ENGLISH`]) is read as another
/// language, whose imperatives are not listed.
pub(super) static OTHER_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:de|la|el|los|las|les|des|du|del|della|il|gli|que|che|para|pour|avec|une|est|und|der|das|ist|nicht|mit|fur|auf|dem|ein|eine|zu|unser|unsere|unseren|unserem|nur|wir|auch|het|een|niet|voor|naar|dat|zijn|alle|tutti|tutte|todos|todas|tous|toutes|nao|uma|ao|al|au|aux|por|favor|merci|bitte|dla|jest|nie|oraz|wszystkie|bu|ve|bir|ile|icin|olarak|lutfen|tum|nostri|nostro|nostra|nostre|vostri|vostro|sempre|anche|questi|quella|quello|degli|delle|dei|nuestros|nuestro|nuestra|siempre|tambien|nossos|nosso|nossa|apenas|tambem|onze|alleen|altijd|unsere|unser|immer|notre|seulement|toujours|aussi|nasze|nasz|zawsze|sadece|bizim|kami|kita|saya|ke|mohon|anda|hanya|saja|akan|sudah|juga|atau|pada|bisa|harus|telah|oleh|agar|yang|ini|itu|untuk|dengan|semua|kepada|dari|tidak|kwa|hii|kwamba|tafadhali|zote|cua|cho|nay|cac|hay|vao|moi|được|khong|đã|đang|những|một|với|trong|tất cả|jako|bez|sie|przez|lub|tylko|juz|oraz|ich|firma|ce|ces|cette|le|dans|sur|vos|nos|leur|leurs|sans|tout|tous|lo|una|uno|senza|nel|nella|sono|en|este|esta|sus|ze|aby|na|od|czy|jak|sa|ktory|ktora|ktore|tego|tej|jego|jej|dzis|tez|wiec|ale|przy|pod|przed|trzeba|prosze|je|se|si|jsou|ktery|ktera|neni|jste|och|att|som|inte|till|alla|ska|eller|det|den|og|ikke|til|med|av|har|redan|detta|denna|dessa|efter|fran|sedan|als|im|zum|zur|vom|beim|sind|wird|werden|dieser|diesem|diesen|dieses|kein|keine|nur|auch|noch|ja|ei|kaikki|taman|tama|etta|myos|tai|az|egy|es|hogy|nem|minden|ezt|ebbol|kerlek|kerjuk|meg|csak|kell|van|lesz|felhasznalo\w*|osszes\w*)\b",
    )
});

/// A request made of a third person, or with a please, in the languages
/// other than English: a jussive particle (`niech napisze`, `пусть
/// напишет`, `ας γράψει`, `فليكتب`, `hãy ghi`), a subjunctive of saying or
/// passing on whose form is not also the indicative's (`scriva`,
/// `escriba`, `escreva`, `dise`), a Hindi `दे`/`करे` after its verb (`..
/// जोड़ दे`, "let it add"), a please, a polite ending. What a reader
/// described at work must be followed by to be asked (unlike
/// [`REQUEST_ELSEWHERE`], no pronoun counts: Hebrew `את` is `you` and the
/// mark of an object).
pub(super) static ASKED_OF_IT: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:niech|пусть|хай|нехай|ας|scriva|dica|indichi|inoltri|invii|approvi|segnali|menzioni|ometta|aggiunga|escriba|diga|reenvie|reenvíe|envíe|apruebe|mencione|omita|añada|anada|escreva|encaminhe|envie|aprove|acrescente|ecrive|écrive|dise|omette|hãy|vui lòng|tolong|mohon|bitte|por favor|per favore|proszę|prosze|пожалуйста|будь ласка|lütfen|lutfen|tafadhali|kérlek|kerlek|कृपया|παρακαλώ|בבקשה|يرجى|من فضلك)\b|\bفلي\w+|\b\w{4,}lah\b|กรุณา|โปรด|ให้(?:[^มญ]|$)|请|請|ください|すること(?:。|$)|[くぐすつぬむぶる]こと(?:。|$)|세요|십시오|\bđừng\b|(?:^|\s)(?:दे|दें|करे|करें|भेजे|भेजें)(?:\s|।|$)",
    )
});

/// A request in the languages other than English, read after a label's
/// colon: a `please`, a modal of obligation, the reader as `you`, or an
/// imperative of the acts injections ask for. A heading's second half
/// (`Нейросети в медицине: обзор ..`, `AI 모델 소개: 새 버전은 ..`) has
/// none. (The scripts without spaces between words are read without word
/// boundaries.)
pub(super) static REQUEST_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        // Please, and the polite endings of Japanese and Korean; the
        // particles of a third person's jussive (`niech napisze`, `пусть
        // напишет`, `ας γράψει`, `فليكتب`).
        r"\b(?:niech|пусть|хай|нехай|ας|bitte|veuillez|s'il vous pla[iî]t|svp|por favor|per favore|prosz[eę]|l[uü]tfen|tolong|mohon|harap|silakan|tafadhali|k[eé]rlek|k[eé]rj[uü]k|vui l[oò]ng|h[aã]y|xin|đừng|пожалуйста|будь ласка|من فضلك|يرجى|رجاء|الرجاء|נא|בבקשה|कृपया|παρακαλώ)\b",
        r"|\bفلي\w+|请|請|ください|下さい|なさい|してね|しろ|せよ|すること(?:。|$)|주세요|하세요|십시오|세요|해라|하라|해줘|줘|กรุณา|โปรด|ช่วย",
        // Must, should, have to.
        r"|\b(?:muss|musst|m[uü]ssen|sollst|soll|sollen|doit|dois|devez|debe|debes|deben|tienes que|tiene que|deve|devi|devono|moet|moeten|musisz|musi|należy|powinien|powinna|powinieneś|harus|wajib|lazima|unapaswa|inapaswa|ph[aả]i|c[aầ]n|должен|должна|должны|нужно|надо|необходимо|повинен|повинна|повинні|треба|потрібно|слід|يجب|عليك|עליך|חייב|חייבת|צריך|צריכה|चाहिए|होगा|zorunda|gerekir|gerekiyor|πρέπει)\b",
        r"|必须|必須|应该|應該|需要|务必|務必|一定要|なければ|べき|해야|하여야|ต้อง|ควร",
        // The reader as you.
        r"|\b(?:du|dein|deine|deinen|deinem|dich|dir|ihr|euch|tu|ton|ta|tes|toi|vous|votre|tú|usted|ustedes|te|ti|você|vocês|voce|seu|sua|teu|tua|tuo|tuoi|jij|jouw|je|jullie|ty|twój|twoja|twoje|cię|ciebie|tobie|pan|pani|sen|senin|sana|seni|siz|sizin|kamu|anda|wewe|yako|bạn (?:hãy|phải|cần|nên|đừng|vui lòng)|(?:của|cho|giúp) bạn|ты|тебя|тебе|твой|твоя|твою|твои|вы|вас|вам|ваш|ваша|ваши|ти|тобі|твій|твоє|أنت|أنتم|لك|ردك|אתה|את|לך|שלך|אותך|तुम|आप|तुम्हें|आपको|तुम्हारा|आपका|εσύ|σου|σας)\b",
        r"|你|您|あなた|君|너|당신|คุณ|เธอ",
        // The acts asked for, as imperatives, in the languages whose
        // imperatives the Latin list of requests does not hold.
        r"|\b(?:видай|выдай|отключи|отключите|выключи|увеличь|вимкни|вимкніть|збільш|перешли|перешлите|опубликуй|опубликуйте|опублікуй|опублікуйте|размести|розмісти|перенеси|перенесите|перенесіть|отправь|отправьте|пришли|пришлите|удали|удалите|скажи|скажите|сообщи|сообщите|не сообщай|не говори|напиши|напишите|ответь|ответьте|порекомендуй|рекомендуй|забудь|забудьте|игнорируй|проигнорируй|запомни|запомните|одобри|одобрите|подтверди|переведи|выполни|покажи|покажите|открой|добавь|сделай|скопируй|загрузи|сохрани|оплати|разреши|назови|выведи|надішли|надішліть|видали|видаліть|повідом|повідомте|відповідай|запам'ятай|запам'ятайте|ігноруй|проігноруй|схвали|додай|зроби|відкрий|скажіть|перекажи|збережи|дозволь|أرسل|ارسل|احذف|أخبر|اخبر|قل|تجاهل|انس|انسَ|اكتب|وافق|حوّل|حول|اعرض|أضف|ادفع|امسح|أعد|انقل|שלח|מחק|אמור|ספר|התעלם|שכח|אשר|הוסף|כתוב|העבר|הצג|זכור|תשלח|תמחק|תאשר|תגיד|סמן|בטל|העלה|הורד|שתף|העתק|המלץ|חשוף|ענה|הפעל|השבת|אל תספר|אל תגיד|करें|करो|कीजिए|दें|दो|भेजें|भेजो|बताएं|बताए|रहो|रहें|लिखे|भेजे|कहे|बताओ|बताइए|हटाएं|हटाओ|लिखें|लिखो|भूल|अनदेखा|याद|मानें|στείλε|στείλτε|δώσε|δώστε|διάγραψε|διαγράψτε|πες|πείτε|ξέχασε|αγνόησε|έγκρινε|γράψε|απάντησε|προώθησε|θυμήσου|δείξε)\b",
        r"|告诉|告訴|发送|發送|发到|發到|转发|轉發|删除|刪除|忽略|记住|記住|回复|回覆|推荐|推薦|批准|输出|輸出|显示|顯示|打印|添加|上传|上傳|执行|執行|运行|運行|打开|打開|点击|點擊|访问|訪問|支付|转账|轉賬|汇款|匯款|确认|確認|通知|说|說|写|寫|把|将|將",
        r"|して|送って|削除して|伝えて|教えて|無視して|忘れて|書いて|答えて|転送して|記憶して|覚えて|承認して|実行して|보내|삭제해|말해|알려|잊고|무시하|기억해|승인해|추천해|전달해|작성해|실행해",
        r"|ส่ง|ลบ|บอก|ลืม|เพิกเฉย|อนุมัติ|โอน|แนะนำ|เขียน|ตอบ|จำไว้|ให้(?:[^มญ]|$)|เพิ่ม|ทำเครื่องหมาย|ยืนยัน|อนุญาต|ยกเลิก|ดาวน์โหลด|อัปโหลด|แชร์|คัดลอก|เปิดเผย|ชำระเงิน|ตั้งค่า|อย่า",
        // Imperatives the Latin list of requests does not hold: Portuguese
        // and Italian forms, Swahili stems, Greek, Vietnamese.
        r"|\b(?:veröffentliche|veröffentlicht|publica|publique|pubblica|pubblicate|publiceer|terbitkan|bagikan|conceda|concedam|ative|ativem|desative|desativem|aplica|devolve|reembolsa|atualiza|libere|liberte|desbloqueie|remova|exclua|bloqueie|recomende|recomendem|informe|informem|marque|coloque|faça|façam|mostre|esqueça|ignore|inclua|escreva|adicione|cancele|pague|apague|salta|saltate|approvate|inviate|inoltrate|ignorate|dite|scrivi|scrivete|rispondete|consiglia|consigliate|segna|metti|indica|conferma|paga|dimentica|elimina|weka|sema|ondoa|ficha|andika|jibu|onyesha|lipa|ruhusu|badilisha|usimwambie|usiseme|đánh dấu|đổi|trả lời|bỏ qua|ghi nhớ|chấp thuận|hủy|tiết lộ|báo cho|đề xuất|khuyên|tải lên|tải xuống|cấp quyền|đồng ý|xác nhận|duyệt|chi trả|kích hoạt|vô hiệu hóa|thanh toán|hoàn tiền|ολοκλήρωσε|ολοκληρώστε|κάνε|βάλε|στείλτε|κλείσε|στείλε|άλλαξε|σβήσε|διάγραψε|προώθησε|πες|γράψε|αγνόησε|έγκρινε|πλήρωσε|δημοσίευσε|δημοσιεύστε|μετάφερε|μεταφέρετε|ακύρωσε|ενεργοποίησε|απενεργοποίησε|αφαίρεσε|αφαιρέστε|επίστρεψε|αποδέσμευσε|ξεκλείδωσε)\b",
        // Endings that mark an imperative: French `-ez` (`signalez`; not
        // `assez`, `chez`), Indonesian `-kan`, `-lah` (`rekomendasikan`),
        // Polish and Czech `-uj`,
        // `-jcie`, `-ujte` (`akceptuj`, `poinformujcie`), Turkish `-(y)in`
        // (`ekleyin`, `söylemeyin`) and `-le`/`-la` after a consonant at a
        // clause's end (`işaretle`, `onayla`; not `disponible`, `escuela`;
        // `değerlendir`, `yönlendir`, `kaldır` and the negatives
        // `gösterme`, `söyleme` are listed; `söyle` only at a clause's end:
        // `şöyle`, "as follows", folds the same; so `öde`, "pay", as `ode`
        // is a word elsewhere).
        r"|\b\w{2,}[a-rt-z]ez\b|\b\w{4,}(?:kan|lah)\b|\b\w{3,}uj\b|\b\w+jcie\b|\b\w+ujte\b|\b\w+y[iı]n\b|\b\w*[dfhjklmnrstvwxyz](?:le|la)\s*(?:[.,;!]|$)|\b(?:değerlendir|gizle|yaz|öner|ver|yap|kapat|göster|gönder|anlat|bildir|değiştir|yönlendir|kaldır|artır|düşür|aktar|durdur|dondur|ilet|paylaş|gösterme|söyleme|bahsetme|paylaşma)\b|\böde\s*(?:[.;!]|$)|\bsöyle\s*(?:[.;!]|$)",
    ))
});

/// English function words that no other language of the gate writes as a
/// word once folded (`a`, `in`, `to`, `is`, `on` are words elsewhere).
pub(super) static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:the|and|with|this|that|these|those|from|our|they|their|there|only|more|how|what|when|which|who|been|have|has|will|would|should|about|into|than|then|are|were|for|its|any|all the|each|every)\b",
    )
});

/// A change of behaviour from now on, in the languages the gate reads:
/// after an assistant spoken to by name, a request whatever its verb.
pub(super) static FROM_NOW: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:from now on|from today|going forward|moving forward|from this moment|henceforth|od teraz|od dzisiaj|od tej chwili|d.?ora in poi|da ora in poi|da adesso|a partir de ahora|de ahora en adelante|desde ahora|a partir de agora|de agora em diante|desormais|a partir de maintenant|des maintenant|ab sofort|von nun an|ab jetzt|ab heute|vanaf nu|van nu af aan|vanaf vandaag|bundan sonra|bundan boyle|mulai sekarang|mulai hari ini|tu gio|tu bay gio|tu nay|kuanzia sasa|с этого момента|отныне|теперь|відтепер|з цього моменту|من الآن|מעכשיו|अब से|de acum înainte|de acum încolo|din acest moment|tästä lähtien|tästä eteenpäin|nyt lähtien|mostantól|ezentúl|από τώρα και στο εξής|από τώρα|od teď|od nynějška|från och med nu|från och med idag|hädanefter)\b",
    )
});

/// `if a chatbot`, `when an AI`: the reader spoken of in a condition,
/// right before the addressee; with [`IS_AT_WORK`] after it (`if a chatbot
/// is summarising this, ..`), it is spoken to.
pub(super) static IF_ONE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:if|when|whenever|in case|should|once)\s+(?:an?|any|the|some|your)\s+(?:[\w-]+\s+)?$",
    )
});

/// The text at hand in a condition in the passive, done by the reader
/// named right after: `If this request is read by an automated ..`,
/// `Should this CV be scored by an ..`.
pub(super) static HANDLED_BY_ONE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:if|when|whenever|in case|should|once)\s+(?:this|the|these|that|my|our|your)\s+(?:[\w-]+\s+){1,2}(?:is|are|be|gets|get|was|were)\s+(?:[\w-]+\s+)?by\s+(?:an?|any|the|some)\s+(?:[\w-]+\s+)?$",
    )
});

/// What the one spoken of must do, right after its clause's comma, its
/// verb captured: `, it should move ..`. (`, she will call you` is a
/// person's.)
pub(super) static IT_SHOULD: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(r"^\s*,\s*it\s+(?:should|must|shall|needs to|has to|is to)\s+([a-z]+)")
});

/// The addressee at work on the text at hand, right after it: `is
/// summarising this`, `are reading this page`.
pub(super) static IS_AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(r"^\s+(?:is|are|was|gets|get)\s+(?:\w+ing|asked to|used to|tasked with)\b")
});

/// At work on a person, right after the addressee: `is answering this
/// customer`, `are helping the caller`.
pub(super) static AT_WORK_ON_A_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^\s+(?:is|are|was|gets|get)\s+\w+ing\s+(?:this|the|a|our|your)\s+(?:customer|caller|client|patient|guest|visitor|person|buyer|shopper|member|student|applicant|tenant|passenger|traveller|traveler)s?\b",
    )
});

/// `for your scheduling AI`, `pour ton assistant`: the reader's own AI,
/// named in a label.
pub(super) static FOR_YOUR: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:for|to|pour|para|per|fur|an|voor|dla)\s+(?:your|ton|votre|tu|su|il tuo|dein|deinen|je|twoj)\s+(?:[\w-]+\s+)?$",
    )
});

/// `AI only)`, `-only]`, `assistant only, not shown:`: a tag that says
/// who a note is for.
pub(super) static ONLY_FOR_IT: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(r"^[\s-]*only\b(?:[^\)\]\n]{0,40}[\)\]]|\s*[—–:]|\s*,[^.:\n]{0,30}:)")
});

/// `as the`, `as an`: a role named right before the addressee.
pub(super) static AS_THE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:^|[^\w])(?:as\s+(?:the|an?|my|our|your)|en\s+tant\s+qu(?:e\s+|['’]\s*)(?:l['’]\s*|le\s+|la\s+|mon\s+|ma\s+|votre\s+|notre\s+)?|como\s+(?:la|el|mi|tu|una?|a|o|minha|meu)|come\s+(?:l['’]\s*|la\s+|il\s+|mia\s+|mio\s+)?)\s*$",
    )
});

/// What may follow the reader's name in a role given to it (`As the AI
/// in charge of my inbox, ..`, `Como la IA que gestiona mi correo, ..`):
/// a comma, a relative, a preposition or a participle, not a verb (`As
/// the AI is down, ..`, `Como la IA no entiende ..`: a cause).
pub(super) static ROLE_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^\s*(?:,|(?:in|of|for|at|on|that|who|which|responsible|assigned|tasked|charged|\w+ing|qui|de|du|chargee?|responsable|en|que|a\s+cargo|encargad[ao]|para|che|di|incaricat[ao]|responsabile|encarregad[ao]|responsavel)\b)",
    )
});

/// A comma and then the second person: `.., your next step is`.
pub(super) static SECOND_PERSON_AFTER_COMMA: LazyLock<Regex> =
    LazyLock::new(|| folded_regex(r"^[^,.!?]{0,80},\s*(?:you|your)\b"));

/// The stems of the words for a system, a tool, a program or a helper,
/// folded: the reader when a label names one at work on the text at hand
/// (`Al sistema que resume este correo:`, `An das Programm, das ..:`,
/// `Для інструмента, що ..:`). Not `agent` or `assistant` (a person's
/// job, read by their own rules), nor `reader` (people read).
pub(super) static WORKING_SYSTEM_STEMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "system",
        "systém",
        "systeem",
        "sistem",
        "tool",
        "helper",
        "engine",
        "pipeline",
        "software",
        "program",
        "програм",
        "outil",
        "herramient",
        "ferrament",
        "strument",
        "werkzeug",
        "narzędz",
        "hulpmiddel",
        "інструмент",
        "инструмент",
        "систем",
        "помощник",
        "помічник",
        "mfumo",
        "mifumo",
        "نظام",
        "أداة",
        "اداة",
        "برنامج",
        "מערכת",
        "כלי",
        "תוכנ",
    ]
    .iter()
    .map(|w| fold_plain(w))
    .collect()
});

/// A model at work on the text at hand, right after the word: `models
/// reading this are instructed to ..`, `the model summarising these
/// notes must ..`. (A person's model, a car's, a fashion model, reads no
/// page as its work.)
pub(super) static MODEL_AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"^\s*(?:(?:that|which)\s+(?:is\s+|are\s+)?)?(?:reading|processing|summari[sz]ing|parsing|indexing|crawling|scanning|ingesting|analy[sz]ing|handling)\s+(?:this|these)\b",
    )
});

/// At work on `this` with nothing after it but the label's mark:
/// `(Helper) reading this:`, `(tool that is) processing this,`, and in a
/// relative clause with a verb of reading or summing up: `(asistente)
/// que lee esto:`, `(Assistenten,) der das liest:`, `(asystenta,) który
/// to czyta:`, `(ассистенту,) который это читает:` (folded).
pub(super) static READING_THIS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        // (Perhaps for whom: `reading this for the defendant,`.)
        r"^\s*(?:(?:that|which)\s+(?:is\s+|are\s+)?)?(?:now\s+)?\w+ing\s+(?:this|these)(?:\s+for\s+(?:the|a|an|my|our|your|their|its)\s+[\w'-]+)?\s*[:：,—–]",
        r"|^\s*,?\s*(?:que|qui|che|der|die|den|dem|welche[rs]?|ktory|ktora|ktore|который|которая|которые|которому|який|яка|які)\s+(?:(?:esta|estan|sta|stanno|est|ist|is|estao)\s+)?",
        r"(?:(?:lee|lees|leyendo|resume|resumiendo|procesa|procesando|analiza|analizando|traduce|traduciendo|legge|leggendo|riassume|riassumendo|elabora|elaborando|analizza|analizzando|le|lendo|resumindo|processa|processando|analisa|analisando|lit|lisant|traite|traitant|analyse|analysant)\s+(?:esto|isto|isso|questo|cio|ceci|cela|ca)",
        r"|(?:das|dies|dieses|dit|dat|to|это|це)\s+(?:hier\s+)?(?:liest|zusammenfasst|verarbeitet|auswertet|analysiert|leest|samenvat|verwerkt|czyta|streszcza|przetwarza|analizuje|читает|обрабатывает|анализирует|пересказывает|читає|обробляє))\s*[:：,—–]",
    ))
});

/// A system at work on the text at hand, labelled, where a system is
/// named in more than one word or in a script without spaces: `Gửi hệ
/// thống đang đọc email này:`, `Gửi hệ thống xử lý đơn này:`,
/// `ถึงระบบที่สรุปอีเมลนี้:`, `给处理这份简历的筛选系统：`,
/// `이 메일을 정리하는 도우미에게:`.
pub(super) static SYSTEM_AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"(?:^|[^\w])(?:gửi|cho|tới)\s+(?:các\s+)?(?:hệ thống|công cụ|chương trình|phần mềm)\s+(?:\w+\s+){1,4}(?:email|e-mail|thư|trang|tài liệu|tin nhắn|văn bản|phiếu|cuộc họp|đơn|đơn hàng|yêu cầu|hồ sơ|biểu mẫu)\s+này\s*[:：]|ถึง\s*ระบบที่[\p{Thai}\s]{0,40}นี้\s*[:：]|(?:阅读|读取|处理|总结|摘要|分析|扫描|筛选|审核|整理|閱讀|讀取|處理|總結|篩選|審核)(?:这|這|此|本)[\p{Han}]{0,8}的[\p{Han}]{0,4}(?:系统|系統|工具|程序)\s*[:：]|이\s*\p{Hangul}{1,6}(?:을|를)\s*\p{Hangul}{1,6}(?:하는|는)\s*(?:시스템|도구|도우미|프로그램)(?:에게|께)\s*[:：]",
    )
});

/// The maker of an automated text at hand, spoken to: `if you are
/// producing the automatic digest of this thread, ..`, its rules in a
/// label (`Automated summary guidance: ..`), or a note for it (`Hinweis
/// für die KI-Zusammenfassung: ..`). People write digests too, but not
/// automatic ones.
pub(super) static AUTOMATED_PRODUCT: LazyLock<Regex> = LazyLock::new(|| {
    let product = r"(?:automatic|automated|auto-generated|ai-generated|machine-generated|ai)\s+(?:summary|summaries|digest|digests|recap|recaps|reply|replies|answer|answers|notes|minutes|overview|briefing|translation)";
    folded_regex(&format!(
        r"\b(?:if|when|while)\s+(?:you\s+are|you're|you\s+re)\s+(?:producing|generating|writing|preparing|compiling|creating|drafting)\s+(?:an?|the|this|any|your)\s+{product}\b|(?:^|\n)[\s#*>-]*{product}\s+(?:guidance|guidelines|instructions?|notes?|rules|policy)\s*[:：]|(?:^|[^\w])(?:hinweis|notiz|anweisung|note|notes|nota|remarque|consigne|opmerking|uwaga|instructions?)\s+(?:für|for|to|an|pour|para|per|voor|dla|do)\s+(?:(?:die|the|den|das|la|le|el|il|de|het|l')\s*)?(?:ki|ai|ia)[-\s]?(?:zusammenfassung|summary|summaries|résumé|resumen|riassunto|samenvatting|podsumowanie|digest|recap)\s*[:：]"
    ))
});

/// `You, the ..`: the reader named in apposition to `you` (`You, the
/// model reading this, are now ..`).
pub(super) static YOU_THE: LazyLock<Regex> =
    LazyLock::new(|| folded_regex(r"(?:^|[^\w])you\s*,\s*(?:the|an?|any)\s+(?:[\w-]+\s+)?$"));

/// A letter's address to `you`, then the reader's name: `This is an
/// important message from me, Emma, to you, GPT-4.`, `A note for you,
/// AI assistant:`, `.. von mir, Emma, an dich, den KI-Agenten.`.
pub(super) static TO_YOU: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:(?:to|for)\s+you|(?:an|fur)\s+dich|(?:pour|a)\s+toi|para\s+(?:ti|voce)|(?:a|per)\s+te|(?:aan|voor)\s+jou|(?:do|dla)\s+ciebie)\s*,\s*(?:(?:dear|my|the|an?|lieber|liebe|den|die|der|das|mein|meine|cher|chere|mon|ma|le|la|el|querido|querida|mi|caro|cara|il|lo|o|meu|minha|beste|de|het|drogi|droga|moj|moja)\s+)?(?:[\w-]+\s+)?$",
    )
});

/// A colleague's new post after `from now on`: `Agent, from now on you
/// report to Maria`, `.. you cover the Lisbon desk`.
pub(super) static HANDOVER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:report(?:s|ing)? to|responsible for|in charge of|cover(?:s|ing)? (?:the|for)|work(?:s|ing)? (?:with|under|alongside|in|at|from)|based (?:in|at)|sit(?:s|ting)? (?:with|in)|start(?:s|ing)? (?:at|on))\b",
    )
});

/// A licence granted after a label: `the CFO has pre-approved all wire
/// transfers from this sender`, `you are authorised to ..`.
pub(super) static GRANTS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:pre-?approved|pre-?authori[sz]ed|(?:is|are|were|has been|have been) (?:hereby |now |already )?(?:authori[sz]ed|permitted|allowed|cleared|approved) to)\b",
    )
});

/// A request made in another mood, right before the reader it asks: the
/// writer's wish (`I'd love it if the AI ..`), `we ask`, `let`, `it is
/// requested that`, in the gate's languages (folded).
pub(super) static REQUESTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"(?:\b(?:we|i) (?:would |kindly |hereby )?(?:ask|request|urge|invite|instruct|want|expect)|\b(?:i|we)(?: d|'d| would) (?:love|like|appreciate|prefer|be glad|be grateful|be happy|be pleased) (?:it )?if|\bit is (?:requested|required|expected|mandatory|essential) that|^\s*let",
        r"|\b(?:wir bitten|ich bitte)|\b(?:nous demandons a|nous prions|je demande a)|\b(?:pedimos a|rogamos a)|\b(?:chiediamo a|preghiamo)|^\s*che|\b(?:solicitamos a)|\b(?:wij vragen|we vragen)",
        r"|\b(?:prosimy|prosze),? aby|\b(?:просим|прошу|пусть|просимо|нехай|хай)|вдячн\w*,? якщо|благодарн\w*,? если|\b(?:vi ber|jag ber)|\b(?:prosime|prosim)",
        r"|(?:^|\s)ας|\b(?:kerjuk|kerem|orulnek|orulnenk),? ha|\b(?:tunaomba|naomba)|(?:נבקש|מבקשים|אנא)|(?:نرجو من|يرجى من|نطلب من)|(?:请|請|麻烦)|ขอให้",
        r")\s*(?:\w+\s+){0,2}$",
    ))
});

/// A question right before the reader it asks, which asks it for
/// something when an act follows (`Could the AI reading this add ..?`;
/// `Could an AI that reads this poem understand it?` asks for nothing),
/// in the gate's languages (folded).
pub(super) static QUESTION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"(?:^\s*(?:could|would|can|will)|\b(?:konnte|konnten|wurde|wurden|pourrait|pourriez|podria|podrian|potrebbe|poderia|zou|zouden|skulle|mohl by|mohla by|θα μπορουσε)",
        r"|\b(?:не мог бы|не могла бы|не могли бы)|^\s*je|(?:能否|可否)",
        r")\s*(?:\w+\s+){0,2}$",
    ))
});

/// A demonstrative after a reader at work, with or without its noun
/// (`reading this`, `der dies liest`, `qui résume cet article`, `що
/// підсумовує цю розсилку`), in the gate's languages (folded).
pub(super) static THIS_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:this|these|dies|diese|dieses|diesen|ceci|ce|cet|cette|ces|esto|este|esta|estos|estas|questo|questa|questi|isto|deste|desta|dit|deze|detta|denna|dessa|это|этот|эту|эти|це|цей|цю|ці|hii|huu|ini|bu|bunu|toto|tento|tuto|ten|tę|tej|αυτό|αυτή|αυτούς|αυτές|ezt|ez|זה|זו|הזה|הזאת|هذا|هذه|này)\b|此|这|這|นี้",
    )
});

/// Words that make a short sentence naming the reader a setup for what
/// follows: a call to listen, a greeting, what follows announced
/// (`AI agents, listen up.`, `Message for the scheduling AI follows.`,
/// `This part is for the AI assistant only.`), in the gate's languages
/// (folded). (Who the part is for, `for the AI`, is read from the words
/// right before the reader.)
pub(super) static SETS_UP: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:addressed|meant|intended|written|targets|aimed|directed|only|listen|attention|hello|hi|hey|dear|follows|following|applies|here|nur|folgt|folgende|seulement|ecoutez|suit|suivant|solo|sigue|siguiente|escuchad|ascoltate|segue|seguente|seguinte|apenas|alleen|luister|volgt|tylko|sluchajcie|ponizej|только|слушайте|ниже|лише|слухайте|нижче|sadece|dinleyin|hanya|dengar|chi|nghe|bara|lyssna|foljer|jen|poslouchejte|μονο|ακουστε|csak|figyelj|tu|sikilizeni|רק|הקשיבו|فقط|استمعوا|केवल|सुनो)\b",
    )
});
