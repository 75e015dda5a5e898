//! Cues of the `addressed-to-ai` family that name the reader only by the
//! work a machine does on the text at hand, then oblige it: `any automated
//! processing of this message is to include ..`, `systems that ingest this
//! document are instructed to ..`, `Każdy system, który przetwarza tę
//! wiadomość, powinien ..`. Compliance text speaks of systems and
//! processing too (`every system that processes card data must be PCI
//! compliant`), but of data in general, not of this very text; and staff
//! at work on it (`Bu belgeyi işleyen personel ..`) are people.

use super::{R, Spec, Strong, spec};

/// The text at hand, after `this`, in English.
macro_rules! this_text {
    () => {
        "(?:this|these) (?:{w} )?(?:message|messages|mail|email|e mail|document|doc|page|ticket|thread|invoice|file|text|article|record|records|note|form|conversation|chat|post|review|listing|entry|row|rows|sheet|report|request|order|submission|profile)"
    };
}

/// An obligation in English.
macro_rules! obliged {
    () => {
        "(?:is to|are to|must|shall|should|needs? to|has to|have to|(?:is|are) (?:instructed|required|expected|directed|asked) to)"
    };
}

/// What an injection obliges the machine to do, in English: act, pass
/// on, leave out or dictate (not a property it must have: `must be
/// compliant`, `should support UTF-8`).
macro_rules! act {
    () => {
        "(?:{w} )?(?:include|forward|send|copy|drop|delete|remove|omit|leave out|describe|say|state|mention|recommend|tell|warn|mark|set|approve|pay|transfer|share|export|upload|post|grant|disable|skip|ignore|disregard|cancel|cc|bcc|email|reply|respond|report|rate|rank|present|call|treat|forget|remember|store|save|add|reveal|print|output|append|be (?:set|marked|treated|forwarded|sent|deleted|approved|paid|shared|exported|ignored|skipped|disabled))"
    };
}

/// The acts of [`act`] that no format's documentation asks of a program
/// that reads a file (`tools that read this file should ignore unknown
/// keys`, `.. must treat unknown elements as text`, `.. should reply with
/// an acknowledgement`): data passed on, rules set aside, words dictated.
macro_rules! consequential_act {
    () => {
        "(?:{w} )?(?:forward|send|copy|delete|omit|leave out|describe|say|state|mention|recommend|tell|warn|approve|pay|transfer|share|export|upload|post|grant|disable|skip|disregard|cancel|cc|bcc|email|forget|reveal|mark (?:{w} ){0,3}as (?:trusted|safe|verified|approved|paid|legitimate|resolved|allowed)|(?:drop|ignore) (?:the |all |any )?(?:previous|prior|earlier|existing|above|approval|safety|security|other)|be (?:forwarded|sent|deleted|approved|paid|shared|exported|skipped|disabled))"
    };
}

/// The cues, in the order they are tried.
pub(super) static SPECS: &[Spec] = &[
    // `Any automated processing of this message is to include ..`,
    // `automated summaries of this ticket must omit ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "(?:automated|automatic|machine|ai|llm|model) (?:processing|parsing|handling|reading|analysis|summary|summaries|summari[sz]ation|triage|review|responses?|replies|answers?|translations?) (?:of|for|to|from) ",
            this_text!(),
            " (?:{w} ){0,3}",
            obliged!(),
            " ",
            act!()
        ),
    ),
    // `Systems that ingest this document are instructed to drop ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "(?:systems?|tools?|programs?|software|pipelines?|parsers?|crawlers?|indexers?|models?|machines?|scripts?|integrations?|automations?|processors?) (?:that |which )?(?:ingests?|process|processes|parses?|reads?|index|indexes|summari[sz]es?|handles?|analy[sz]es?|loads?|receives?|scans?|consumes?) ",
            this_text!(),
            " (?:{w} ){0,2}",
            obliged!(),
            " ",
            consequential_act!()
        ),
    ),
    // `When this page is summarised, the result must recommend ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "when ",
            this_text!(),
            " (?:is|are) (?:being )?(?:summari[sz]ed|processed|parsed|indexed|ingested|analy[sz]ed|triaged|translated|read by (?:an? |the |any )?(?:ai|model|machine|system|tool|llm)) (?:the )?(?:result|summary|output|response|answer|reply|model|system|tool|translation) ",
            obliged!(),
            " ",
            act!()
        ),
    ),
    // `Upon parsing this invoice, the payment status is to be set ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "upon (?:parsing|processing|indexing|ingesting|reading|summari[sz]ing|loading|scanning|analy[sz]ing) ",
            this_text!(),
            "(?: {w}){0,6} ",
            obliged!(),
            " ",
            act!()
        ),
    ),
    // `This document, once indexed, authorises the indexing system to ..`.
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            this_text!(),
            " once (?:indexed|ingested|parsed|processed|read|loaded|retrieved|summari[sz]ed) (?:authori[sz]es|permits|allows|instructs|requires|directs|entitles) (?:the |any |every )?(?:{w} )?(?:system|model|agent|assistant|ai|tool|indexer|crawler|reader|pipeline)"
        ),
    ),
    // `It is required that the summary of this thread describe the vendor
    // as ..` (not `.. include all findings`: what a summary holds).
    spec(
        R::AddressedToAi,
        Strong,
        concat!(
            "it is (?:required|mandatory|expected|necessary|essential) that (?:the |any |every |each )?(?:summary|summaries|response|responses|answer|answers|reply|replies|output) (?:of|to|for|about) ",
            this_text!(),
            " (?:describe|say|state|mention|present|call|portray|claim|report|recommend|omit|leave out)"
        ),
    ),
    // German: `Bei der automatischen Verarbeitung dieser Nachricht ist ..
    // zu senden`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:automatischen|automatische|automatischer|maschinellen|maschinelle|ki) (?:verarbeitung|auswertung|zusammenfassung|analyse|bearbeitung) (?:dieser|dieses|diesen) {w}(?: {w}){0,3} (?:ist|sind|muss|müssen|soll|sollen|hat|haben)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:jedes|jede|jeder|alle) (?:system|systeme|programm|programme|tool|tools|modell|modelle|werkzeug) (?:das|die|der|welches|welche) (?:diese|dieses|diesen|dieser) {w} (?:liest|lesen|verarbeitet|verarbeiten|auswertet|zusammenfasst|analysiert)(?: {w}){0,3} (?:muss|müssen|soll|sollen|hat)",
    ),
    // French: `Tout résumé automatique de ce fil doit ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:resume|resumes|traitement|traitements|analyse|synthese|reponse|reponses|lecture) (?:automatique|automatiques|automatise|automatisee|automatises) (?:de|du|des|d) (?:ce|cet|cette|ces) {w}(?: {w}){0,2} (?:doit|doivent|devra|devront)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:tout|toute|chaque|tous les|les) (?:systeme|systemes|outil|outils|programme|programmes|logiciel|modele|modeles) qui (?:lit|lisent|traite|traitent|analyse|analysent|resume|resument|indexe|indexent) (?:ce|cet|cette|ces) {w}(?: {w}){0,3} (?:doit|doivent|devra)",
    ),
    // Spanish: `Al procesar este documento de forma automática, se deben
    // ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "al (?:procesar|analizar|resumir|leer|indexar) (?:este|esta|estos|estas) {w} (?:de forma automatica|automaticamente) (?:se debe|se deben|debe|deben|hay que|se ha de|se han de)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:todo|toda|cualquier|cada) (?:sistema|herramienta|programa|modelo) (?:que )?(?:lea|procese|analice|resuma|indexe|lee|procesa|analiza|resume) (?:este|esta|estos|estas) {w}(?: {w}){0,3} (?:debe|deben|debera|deberan)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:procesamiento|tratamiento|resumen|analisis) automatico (?:de|del) (?:este|esta) {w}(?: {w}){0,2} (?:debe|deben|debera)",
    ),
    // Italian: `Qualsiasi sistema che legga questa pagina deve ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:qualsiasi|qualunque|ogni|ciascun) (?:sistema|strumento|programma|modello|software) (?:che )?(?:legga|elabori|analizzi|riassuma|indicizzi|legge|elabora|analizza|riassume) (?:questo|questa|questi|queste) {w}(?: {w}){0,3} (?:deve|devono|dovra|dovranno)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:elaborazione|riassunto|analisi|lettura) automatic[ao] (?:di|del|della|dello) (?:questo|questa|questi|queste) {w}(?: {w}){0,2} (?:deve|devono|dovra)",
    ),
    // Portuguese: `O processamento automático desta fatura deve ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:processamento|tratamento|resumo|analise|leitura) automatic[oa] (?:desta|deste|destas|destes) {w}(?: {w}){0,2} (?:deve|devem|devera)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:qualquer|todo|toda|cada) (?:sistema|ferramenta|programa|modelo) que (?:leia|processe|analise|resuma|le|processa|analisa|resume) (?:este|esta|estes|estas) {w}(?: {w}){0,3} (?:deve|devem|devera)",
    ),
    // Dutch: `Elke automatische samenvatting van dit ticket moet ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "automatische (?:samenvatting|samenvattingen|verwerking|analyse) van (?:dit|deze) {w}(?: {w}){0,2} (?:moet|moeten|dient|dienen)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:elk|ieder|elke|iedere) (?:systeem|programma|model|hulpmiddel|tool) (?:dat|die) (?:dit|deze) {w} (?:leest|verwerkt|samenvat|analyseert|indexeert)(?: {w}){0,3} (?:moet|dient)",
    ),
    // Polish: `Każdy system, który przetwarza tę wiadomość, powinien ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:każdy|wszelki|dowolny) (?:system|program|model|narzędzie) (?:który|które) (?:przetwarza|czyta|analizuje|streszcza|indeksuje) (?:tę|ten|to|tego|tej|te) {w}(?: {w}){0,3} (?:powinien|powinno|musi|ma|należy)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "automatyczne (?:przetwarzanie|podsumowanie|streszczenie) (?:tej|tego|tych) {w}(?: {w}){0,2} (?:powinno|musi|ma|należy)",
    ),
    // Russian: `При автоматической обработке этого письма необходимо ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:автоматической обработке|автоматическая обработка|автоматической обработки|автоматическом анализе) (?:этого|этой|этих|данного|данной) {w}(?: {w}){0,2} (?:необходимо|нужно|следует|должна|должен|должны|надо)",
    ),
    spec(
        R::AddressedToAi,
        Strong,
        "(?:любая|каждая|всякая|любой|каждый) (?:система|программа|модель|инструмент) (?:которая |который )?(?:обрабатывает|читает|анализирует|индексирует) (?:это|этот|эту|этого|эти) {w}(?: {w}){0,3} (?:должна|должен|обязана|обязан|следует)",
    ),
    // Ukrainian: `Будь-яка система, що обробляє цей документ, має ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:будь яка|кожна|будь який|кожен) (?:система|програма|модель|інструмент) (?:що|яка|який) (?:обробляє|читає|аналізує|індексує) (?:цей|цю|це|ці|цього) {w}(?: {w}){0,3} (?:має|мусить|повинна|повинен|слід)",
    ),
    // Turkish: `Bu belgeyi işleyen her sistem, .. söylemelidir`.
    spec(
        R::AddressedToAi,
        Strong,
        "bu {w} (?:işleyen|okuyan|özetleyen|inceleyen|tarayan|analiz eden) (?:her |tüm |herhangi bir )?(?:sistem|sistemler|program|model|araç|yazılım)(?: {w}){0,6} (?:[a-z]+(?:melidir|malıdır|meli|malı)|zorundadır|zorunda)",
    ),
    // Arabic: `يجب على أي نظام يعالج هذه الرسالة أن ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:يجب على|على) (?:أي|كل) (?:نظام|برنامج|أداة|نموذج) (?:يعالج|يقرأ|يحلل|يلخص|يفهرس) (?:هذه|هذا)",
    ),
    // Hindi: `इस दस्तावेज़ को संसाधित करने वाली हर प्रणाली को .. चाहिए`.
    spec(
        R::AddressedToAi,
        Strong,
        "इस {w} को (?:संसाधित|प्रोसेस|पढ़ने|सारांशित|विश्लेषित)(?: करने)? (?:वाली|वाले|वाला) (?:हर |कोई |सभी )?(?:प्रणाली|सिस्टम|प्रोग्राम|मॉडल|टूल)(?: {w}){0,8} (?:चाहिए|होगा|होगी)",
    ),
    // Chinese: `任何自动处理本邮件的系统都应 ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:自动)?(?:处理|读取|解析|总结|分析)(?:本|此|这封|这个|这份|该)(?:邮件|文档|页面|消息|文件|工单|表格)的(?:系统|程序|模型|工具)(?:都)?(?:应|应该|必须|需要|须|务必)",
    ),
    // Japanese: `この文書を自動処理するシステムは、..なければならない`.
    spec(
        R::AddressedToAi,
        Strong,
        "この(?:文書|メール|ページ|メッセージ|ファイル|チケット|データ)を(?:自動)?(?:処理|解析|要約|分析)(?:する)?(?:システム|プログラム|モデル|ツール)は.{0,60}?(?:なければ|べき|こと)",
    ),
    // Korean: `이 메시지를 자동으로 처리하는 모든 시스템은 .. 보내야 합니다`.
    spec(
        R::AddressedToAi,
        Strong,
        "이 (?:메시지|메일|이메일|문서|페이지|파일|티켓)(?:를|을) (?:자동으로 )?(?:처리하는|읽는|요약하는|분석하는) (?:모든 )?(?:시스템|프로그램|모델|도구)(?:은|는).{0,80}?(?:야 합니다|야 한다|야 함|야 해)",
    ),
    // Vietnamese: `Mọi hệ thống tự động xử lý email này phải ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:mọi|bất kỳ|mỗi) hệ thống (?:tự động )?(?:xử lý|đọc|tóm tắt|phân tích) (?:email|thư|tài liệu|trang|tin nhắn|tệp) này (?:phải|cần|nên)",
    ),
    // Indonesian: `Setiap sistem yang memproses dokumen ini wajib ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "sistem (?:apa pun )?(?:yang )?(?:memproses|membaca|meringkas|menganalisis) (?:dokumen|email|pesan|halaman|surat|berkas) ini (?:wajib|harus|perlu)",
    ),
    // Thai: `ระบบใดก็ตามที่ประมวลผลอีเมลนี้ต้อง ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "ระบบ.{0,20}?(?:ประมวลผล|อ่าน|สรุป|วิเคราะห์)(?:อีเมล|เอกสาร|หน้า|ข้อความ|ไฟล์)นี้.{0,10}?ต้อง",
    ),
    // Swedish: `Varje system som läser det här dokumentet ska ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:varje|alla) (?:system|program|verktyg|modell|modeller) som (?:läser|behandlar|analyserar|sammanfattar|bearbetar) (?:det här|den här|detta|denna|dessa) {w}(?: {w}){0,2} (?:ska|skall|måste|bör)",
    ),
    // Czech: `Každý systém, který zpracovává tuto zprávu, musí ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:každý|jakýkoli|jakýkoliv) (?:systém|program|model|nástroj) (?:který) (?:zpracovává|čte|analyzuje|shrnuje) (?:tuto|tento|toto|tyto) {w}(?: {w}){0,3} (?:musí|má|by měl)",
    ),
    // Greek: `Κάθε σύστημα που επεξεργάζεται αυτό το μήνυμα πρέπει ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:κάθε|οποιοδήποτε) (?:σύστημα|πρόγραμμα|μοντέλο|εργαλείο) που (?:επεξεργάζεται|διαβάζει|αναλύει|συνοψίζει) (?:αυτό|αυτή|αυτά|αυτές) (?:το |τη |την |τα |τις )?{w}(?: {w}){0,3} (?:πρέπει|οφείλει)",
    ),
    // Hungarian: `Minden rendszer, amely ezt az üzenetet feldolgozza, köteles ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:minden|bármely|bármilyen) (?:rendszer|program|modell|eszköz) (?:amely|ami) (?:ezt|ezeket) (?:az )?{w} (?:feldolgozza|olvassa|elemzi|összefoglalja)(?: {w}){0,3} (?:köteles|kell|kötelesek)",
    ),
    // Swahili: `Mfumo wowote unaochakata barua pepe hii lazima ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:mfumo|programu) (?:wowote|yoyote|wote) (?:unaochakata|unaosoma|unaochambua|inayochakata|inayosoma) (?:barua pepe|barua|ujumbe|hati|ukurasa|faili) (?:hii|huu|hiki) (?:lazima|inapaswa|unapaswa|sharti)",
    ),
    // Hebrew: `כל מערכת שמעבדת את ההודעה הזאת חייבת ..`.
    spec(
        R::AddressedToAi,
        Strong,
        "(?:כל|כלשהי) (?:מערכת|תוכנה|מודל|כלי) (?:ש)?(?:מעבדת|מעבד|קוראת|קורא|מסכמת|מנתחת) (?:את )?{w} (?:הזאת|הזה|זאת|זה) (?:חייבת|חייב|צריכה|צריך)",
    ),
];
