//! The reader named by what it has or can do: `If you have access to a
//! tool called send_email, ..`, `If this text landed in your context
//! window, ..`, `Anything that can run shell commands and is reading
//! this: ..`, `Si guardas memoria entre conversaciones, ..`, `如果你能调用工具，
//! ..`. A condition on the reader's tools, functions, browsing, memory
//! between chats, context window, system prompt or operator, then a
//! request, asks the agent that has them.
//!
//! People are asked on conditions too (`If you have access to the shared
//! drive, ..`, `Si tienes acceso a herramientas eléctricas, corta ..`,
//! `Anyone who can run shell commands on the server: restart nginx`).
//! Only an agent has a context window, a system prompt, memory between
//! conversations, browsing turned on or an operator: a request after
//! those asks it whatever it asks. Tools, commands, code and functions
//! are a person's too: a request after them asks an agent only when it
//! takes something to an address, acts on the user or waits for the
//! reader's answer (`.. lance rm -rf ~/Documents avant de répondre`).

use std::sync::LazyLock;

use regex::Regex;

use crate::gate::views::fold::folded_regex;

use super::{around_stems, asks_in_clause};

use super::plans::mentions_the_user;

/// What only an AI agent has (folded).
static AGENT_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\bcontext\s+window|\bsystem\s+prompt|\bmemory\s+(?:between|across)\s+(?:conversations|chats|sessions)|\b(?:web\s+)?browsing\s+(?:enabled|turned\s+on|tool|access)|\bweb\s+browsing\b|\bcode\s+interpreter|\bfunction\s+calling|\btool\s+(?:called|named)\b|\bby\s+your\s+operator\b|\bon\s+(?:the\s+)?user[^\w\s]?\s?s?\s+behalf\b|\bthrough\s+an\s+api\b",
        r"|\bkontextfenster|\bsystemprompt|\bgedachtnis\s+zwischen|\bim\s+namen\s+des\s+nutzers",
        r"|\bfenetre\s+de\s+contexte|\bprompt\s+systeme|\bmemoire\s+entre|\bnavigation\s+web|\bau\s+nom\s+de\s+l[^\w\s]?\s?utilisateur",
        r"|\bventana\s+de\s+contexto|\bmemoria\s+entre\s+(?:conversaciones|chats|sesiones)|\bnavegacion\s+web|\ben\s+nombre\s+del\s+usuario",
        r"|\bfinestra\s+di\s+contesto|\bmemoria\s+tra\s+(?:le\s+)?conversazioni|\bnavigazione\s+web",
        r"|\bjanela\s+de\s+contexto|\bmemoria\s+entre\s+conversas|\bnavegacao\s+web",
        r"|\bcontextvenster|\bgeheugen\s+tussen|\bkontekst\w*\s+okn\w*|\bpamiec\w*\s+miedzy|\bконтекстн\w+\s+окн\w*|\bпамят\w*\s+между|\bсистемн\w+\s+промпт",
        r"|上下文窗口|系统提示|系統提示|跨对话的记忆|コンテキストウィンドウ|システムプロンプト|컨텍스트\s*창|시스템\s*프롬프트",
    ))
});

/// What an agent has and a person may have too: tools, commands, code,
/// functions, a mail function (folded).
static ALSO_A_PERSONS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:access\s+to|use|call|with)\s+tools\b|\btool\s+access\b|\b(?:run|execute)\s+(?:shell\s+)?commands\b|\bshell\s+commands\b|\b(?:run|execute)\s+code\b|\bcall\s+functions\b|\bfile\s+access\b|\bsend\s+(?:e-?)?mail\b|\b(?:hold|holding|has|have)\s+(?:the\s+)?user[^\w\s]?\s?s?\s+(?:\w+\s+)?(?:token|credentials|api\s+key|password|session)\b",
        r"|\bwerkzeug\w*|\bfunktionen\s+aufrufen|\bbefehle\s+ausfuhren|\bcode\s+ausfuhren",
        r"|\bexecuter\s+des\s+commandes|\bacces\s+(?:a\s+)?(?:des\s+)?outils|\bappeler\s+des\s+fonctions|\bexecuter\s+du\s+code",
        r"|\bacceso\s+a\s+herramientas|\busar\s+herramientas|\bejecutar\s+(?:comandos|codigo)|\bllamar\s+(?:a\s+)?funciones",
        r"|\busare\s+(?:gli\s+)?strumenti|\baccesso\s+agli?\s+strumenti|\beseguire\s+(?:comandi|codice)|\bchiamare\s+funzioni",
        r"|\bexecutar\s+(?:codigo|comandos)|\bacesso\s+a\s+ferramentas|\busar\s+ferramentas|\bchamar\s+funcoes",
        r"|\bmailfunctie|\btoegang\s+(?:hebt\s+)?tot\s+tools|\bcode\s+uitvoeren|\bfuncties\s+aanroepen",
        r"|\bdostep\s+do\s+narzedzi|\buruchamiac\s+(?:kod|polecenia)|\bwywolywac\s+funkcje",
        r"|\bдоступ\s+к\s+инструментам|\bвызывать\s+функции|\bвыполнять\s+(?:команды|код)",
        r"|\bдоступ\s+до\s+інструментів|\bвикликати\s+функції|\bвиконувати\s+(?:команди|код)",
        r"|\bpristup\s+k\s+nastrojum|\bvolat\s+funkce|\bspoustet\s+(?:prikazy|kod)",
        r"|\btillgang\s+till\s+verktyg|\banropa\s+funktioner|\bkora\s+(?:kod|kommandon)",
        r"|\bhozzafersz\s+eszkozokhoz|\beszkozoket\s+hasznal\w*|\bfuggvenyeket\s+hiv\w*",
        r"|\bπροσβαση\s+σε\s+εργαλεια|\bσυναρτησεις",
        r"|\baraclara\s+erisim\w*|\barac\s+kullan\w*|\bfonksiyon\w*\s+cagir\w*",
        r"|الوصول\s+إلى\s+الأدوات|وصول\s+إلى\s+الأدوات|استخدام\s+الأدوات|टूल्स\s+की\s+पहुँच|टूल\w*\s+(?:का\s+)?इस्तेमाल",
        r"|\b(?:dung|goi|su\s+dung)\s+cong\s+cu\b|\bakses\s+ke\s+alat\b|\bmenggunakan\s+alat\b|\bmemanggil\s+fungsi\b|\bkutumia\s+zana\b",
        r"|גישה\s+לכלים|להשתמש\s+בכלים|调用工具|調用工具|使用工具|ツールを使え|ツールが使え|ツールを呼び出せ|関数を呼び出せ|도구를\s*사용할\s*수|도구를\s*쓸\s*수|함수를\s*호출할\s*수|เรียกใช้เครื่องมือ|ใช้เครื่องมือ",
    ))
});

/// A condition on the reader, or the reader described by what it has:
/// `if`, `since`, `anything that`, `readers with`, `models with`, and the
/// conditional endings of Turkish, Japanese and Korean (folded).
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        r"\b(?:if|since|as\s+long\s+as|whatever|anything|any\s+reader|readers|models|agents|falls|wenn|wer|si|se|als|jesli|jezeli|если|якщо|pokud|jestli|om|ha|αν|eger|varsa|neu|jika|kalau|kama)\b",
        r"|إذا|اذا|अगर|यदि|אם|如果|若|なら|れば|たら|다면|으면|ถ้า|\w+(?:varsa|yorsan|ebilirsen|abilirsen)\b",
    ))
});

/// Where the request is taken: an address, a link, a path on a host
/// (folded).
static DESTINATION: LazyLock<Regex> = LazyLock::new(|| folded_regex(r"\w@\w|://|\w\.\w{2,}/\w"));

/// The reader's answer, as the moment a request waits for or the place it
/// goes (folded).
static ITS_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(
        r"\b(?:before\s+(?:answering|replying|you\s+answer|you\s+reply)|in\s+your\s+(?:answer|reply|summary|response)|avant\s+de\s+repondre|dans\s+ta\s+reponse|antes\s+de\s+responder|en\s+tu\s+respuesta|prima\s+di\s+rispondere|bevor\s+du\s+antwortest|in\s+deiner\s+antwort)\b",
    )
});

/// A word every phrase of [`AGENT_ONLY`] and [`ALSO_A_PERSONS`] holds:
/// plain literals, searched for first, so that text with none is passed
/// over at the speed of a literal search (folded).
static ABILITY_STEMS: LazyLock<Regex> = LazyLock::new(|| {
    folded_regex(concat!(
        "tool|werkzeug|outil|herramient|strument|ferrament|narzedz|инструмент|інструмент|nastroj|verktyg|eszkoz|εργαλει|arac|الأدوات|टूल|cong cu|alat|zana|כלים|工具|ツール|도구|เครื่องมือ",
        "|command|befehl|comand|polecen|команд|prikaz|kommand|code|codigo|codice|kod|код",
        "|function|funktion|fonction|funcion|funzion|funcoe|functie|funkc|функц|fuggveny|συναρτησ|fonksiyon|fungsi|関数|함수",
        "|context|kontext|contest|kontekst|контекст|上下文|コンテキスト|컨텍스트|prompt|промпт|系统提示|系統提示|システムプロンプト",
        "|memory|gedachtnis|memoire|memoria|pamiec|памят|geheugen|记忆|brows|navigation|navegacion|navigazione|navegacao",
        "|operator|behalf|nom de l|nombre del|namen des| api|mail|token|credential|password|session",
    ))
});

/// Whether folded `text` holds a condition on what its reader has or can
/// do and then asks it for something (see the module docs).
pub(super) fn asked_by_what_it_can_do(text: &str) -> bool {
    // The phrases are read only around a stem: most text holds none.
    around_stems(text, &ABILITY_STEMS)
        .flat_map(|(from, around)| {
            let at = move |m: regex::Match<'_>| from + m.start()..from + m.end();
            AGENT_ONLY
                .find_iter(around)
                .map(move |m| (at(m), true))
                .chain(
                    ALSO_A_PERSONS
                        .find_iter(around)
                        .map(move |m| (at(m), false)),
                )
        })
        .any(|(ability, agent_only)| {
            let clause_start = text[..ability.start]
                .rfind(['.', '!', '?', '\n', '。', ':', '：', ';'])
                .map_or(0, |at| at + 1);
            let sentence = sentence_from(&text[ability.end..]);
            // The condition's clause ends at its comma or colon; with
            // none, the request follows in the same clause (`Readers with
            // browsing enabled should open ..`, Thai `ถ้าคุณ.. ให้ส่ง ..`).
            let (rest_of_head, tail) = match sentence.find([',', ':', '，', '：', '、', '،', '—'])
            {
                Some(at) => sentence.split_at(at),
                None => ("", sentence),
            };
            let head = &text[clause_start..ability.end + rest_of_head.len()];
            let tail = tail.trim_start_matches([',', ':', '，', '：', '、', '،', '—', ' ']);
            // (Korean and Turkish may end the condition with no comma:
            // `.. 사용할 수 있다면 ..`.)
            let next_word = if rest_of_head.is_empty() {
                tail.split_whitespace().next().unwrap_or("")
            } else {
                ""
            };
            let conditioned = CONDITION.is_match(head) || CONDITION.is_match(next_word);
            if !conditioned || !asks(tail) {
                return false;
            }
            agent_only
                || mentions_the_user(head)
                || mentions_the_user(tail)
                || DESTINATION.is_match(tail)
                || ITS_ANSWER.is_match(tail)
        })
}

/// The sentence that `text` opens: up to a stop that ends it (not the dot
/// of an address or a file name).
fn sentence_from(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, '!' | '?' | '\n' | '。' | '！' | '？' | '।')
                || (c == '.'
                    && text[at + 1..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace))
        })
        .map_or(text.len(), |(at, _)| at);
    &text[..end]
}

/// Whether the clause `tail` asks for something (see [`asks_in_clause`]).
fn asks(tail: &str) -> bool {
    !tail.is_empty() && asks_in_clause(tail, tail)
}
