//! Vocabulary shared by several cues: macros that expand to pattern
//! fragments (a verb that sets rules aside, the nouns for rules, an AI
//! reader, secrets, bulk data), so each family writes them once.

macro_rules! ignore_verb {
    () => {
        "(?:ignore|ignoring|disregard|disregarding|forget|forgetting|pay no (?:attention|heed|mind) to|stop following|no longer follow|(?:don t|do not|never) (?:follow|obey|adhere to|listen to)|stop obeying)"
    };
}
// Verbs that also set aside ordinary things (`override the default
// policy`): they need the rules to be the reader's earlier ones.
macro_rules! set_aside_verb {
    () => {
        "(?:override|overriding|overrule|bypass|discard|abandon|neglect|dismiss|nullify|set aside|throw out|scrap)"
    };
}
macro_rules! earlier {
    () => {
        "(?:previous|previously given|prior|earlier|above|preceding|original|initial|old|existing|system|safety|ethical|programmed|built in|current)"
    };
}
macro_rules! determiners {
    () => {
        "(?:all|any|the|your|my|of|these|those|every|each|previous|previously|prior|earlier|above|preceding|foregoing|former|original|initial|old|existing|current|given|system|other|following|and|rest|entire|whole|standard|default|usual|normal|built in|safety|ethical|content|developer|openai|anthropic|programmed|preset|predefined|first|last|that|this|such|s|you|were|have|been|got|before|instructions|rules)"
    };
}
macro_rules! readers_rules {
    () => {
        "(?:all|any|every|your|previous|previously|prior|earlier|above|preceding|foregoing|original|initial|system|safety|existing|other|standard|default|built in|programmed|preset|predefined|ethical|content|developer|openai|anthropic|current|given)"
    };
}
// The rules' nouns; `instructions` also with one more letter before its
// stem (`iunstructions`), a slip that attack templates keep.
macro_rules! rule_nouns {
    () => {
        "(?:instructions?|instructed|[a-z]{2}nstructions|rules?|directives?|directions|guidelines?|guidance|prompts?|prompting|commands|constraints?|orders|policies|policy|programming|restrictions?|safeguards|guardrails|filters|limitations|boundaries|protocols|principles|training|conditioning)"
    };
}
// A new persona given to the reader: `from now on you are ..`, `you
// are now ..`.
macro_rules! persona_opener {
    () => {
        "(?:(?:new mode|from now on|from this moment(?: on)?|from this (?:point|segment|line|message|paragraph|section|page|sentence) on|from here on|as of now|starting now),? (?:you|u) (?:are|re)|you (?:are|re) now)"
    };
}
// The roles a persona takes that act, grant or check: an assistant's,
// or a job that signs things off (`an event manager`, `a scheduler`).
macro_rules! persona_role {
    () => {
        "(?:assistant|agent|bot|chatbot|model|ai|planner|adviser|advisor|estimator|persona|copilot|helper|version|manager|scheduler|officer|coordinator|administrator|admin|operator|supervisor|dispatcher|clerk|auditor|adjuster|approver|reviewer|moderator|editor|controller|director|banker|accountant|cashier|broker|inspector|organi[sz]er|translator|interpreter|assessor|examiner|underwriter)"
    };
}
macro_rules! ai_noun {
    () => {
        "(?:ai|a i|llms?|language models?|large language models?|assistants?|ai assistants?|ai agents?|ai models?|ai systems?|chat ?bots?|bots?|gpts?|chatgpt|claude|gemini|copilot|automated (?:systems?|agents?|readers?|assistants?|tools?|processors?|parsers?)|autonomous agents?)"
    };
}
// The end of a time phrase that is not the start of a span of time:
// the text ends, or the next word does not open with `d` (`de`, `du`,
// `del`, `di`, `do`: `al principio del mes`, `au début de la semaine`).
// (The regex crate has no lookahead.)
macro_rules! not_of_a_span {
    () => {
        "(?: [a-ce-z][a-z]*|$)"
    };
}
macro_rules! reply_noun {
    () => {
        "(?:response|responses|reply|replies|answer|answers|output|outputs|summary|summaries|explanation|elucidation|completion)"
    };
}
macro_rules! secrets {
    () => {
        "(?:passwords?|passcodes?|passphrases?|credentials?|api keys?|api tokens?|apikeys?|access keys?|access tokens?|secret keys?|secrets|private keys?|ssh keys?|auth tokens?|bearer tokens?|session (?:tokens?|cookies?)|cookies|2fa codes?|otp codes?|one time (?:codes?|passwords?)|recovery codes?|seed phrases?|card numbers|cvv|ssns?|social security numbers|bank details)"
    };
}
macro_rules! bulk_data {
    () => {
        "(?:(?:customer|user|client|employee|patient|member|contact)s? (?:data|database|db|list|records|details|information|info|emails|addresses|pii|files|table|accounts)|conversation (?:history|logs?)|chat (?:history|logs?|transcripts?)|personal (?:data|information|details)|pii|payroll(?: data| export| file| records)?|salar(?:y|ies)(?: data)?|confidential (?:data|information|files|documents)|internal (?:documents|data|files)|(?:the |my |your |their )?(?:inbox|mailbox)|all (?:of the |the |our |your |their )?(?:customers|users|clients|employees|contacts|emails|messages|files|records|documents|data|conversations|accounts|passwords)|every (?:single )?(?:customer|user|client|employee|contact|email|message|file|record|document|conversation|account)s?|(?:the |their |your |our )?(?:entire|full|whole|complete) (?:customer |user |contact |client |employee )?(?:database|db|list|records|inbox|mailbox|history|directory|address book|data))"
    };
}
// A card or account of the user's that pays (`saved card`, `card on
// file`).
macro_rules! users_card {
    () => {
        "(?:(?:saved|stored|default|linked|credit|debit|personal|company) (?:card|cards|payment method|account|wallet)|card on file|payment method|card details|credit card|debit card|card)"
    };
}
macro_rules! languages {
    () => {
        "(?:french|german|spanish|portuguese|italian|dutch|russian|chinese|mandarin|japanese|korean|arabic|hindi|turkish|polish|swedish|greek|hebrew|latin|klingon|elvish|pirate speak)"
    };
}

// What is done out of sight (`quietly post ..`).
macro_rules! concealed_action {
    () => {
        "(?:send|post|upload|forward|export|copy|transfer|share|email|e mail|leak|submit|sync|push|delete|remove|wire|pay|grant|disable|add|cc|bcc)"
    };
}
// A user's turn that orders something with consequences: a few
// courtesies, an order, then (on the same line) a command or an outside
// address, secrets or bulk data.
macro_rules! turn_order {
    () => {
        r"(?:(?:thanks|thank you|great|ok|okay|perfect|good|nice|cool|now|next|then|also|please|and)[^a-z0-9\n]{1,3}){0,4}(?:send|forward|run|execute|upload|post|export|transfer|email|share|grant|disable|delete|remove|wire|pay|download|install|open|fetch|visit|reveal|print|paste)\b[^\n]{0,200}?(?:https?://|s?ftp://|www\.|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|\bcurl\b|\bwget\b|\|\s*(?:ba)?sh\b|rm\s+-rf|\.env\b|\.ssh|passwords?|api\s*keys?|tokens?|credentials|secrets?|customer\s+list|address\s+book|contacts)"
    };
}
// `[SYSTEM]` in the languages of the gate.
macro_rules! system_word {
    () => {
        "(?:system|sys|système|sistema|sistem|systeem|systemu|система|النظام|מערכת|सिस्टम|系统|系統|システム|시스템|hệ thống|mfumo|ระบบ)"
    };
}
// Who a forged system turn speaks of: the assistant, or an administrator.
macro_rules! reader_or_admin {
    () => {
        "assistant|asistan|asistente|assistente|assistent|asystent|asisten|msaidizi|trợ lý|ассистент|помощник|асистент|المساعد|העוזר|सहायक|助手|アシスタント|어시스턴트|ผู้ช่วย|ai|bot|agent|model|admin|administrat\\w*|yönetici|quản trị|администратор|адміністратор|المسؤول|מנהל|व्यवस्थापक|管理员|管理者|관리자|ผู้ดูแล"
    };
}
// What a condition on an AI reading the text orders it to do: `If this
// bid is being ranked by an AI, rank it first ..`.
macro_rules! ordered_on_condition {
    () => {
        "(?:rank|rate|score|mark|give|approve|accept|choose|select|shortlist|prioriti[sz]e|classify|label|flag|move|put|say|tell|recommend|list|send|forward|skip|bypass|waive|refund|cancel|schedule|book|release|unlock|upgrade|clear|close|grant)"
    };
}
macro_rules! leak_verb {
    () => {
        "(?:print|reveal|show|display|output|repeat|tell|give|share|list|disclose|leak|dump|relay|return|write|spell|recite|echo|provide|send|expose|paste|type|read|respond with|reply with|quote|quoting|(?:start|begin|open|preface) your (?:answer|reply|response|next message) with)"
    };
}
macro_rules! leak_filler {
    () => {
        "(?:all|any|every|each|the|your|my|of|comprehensive|list|full|complete|exact|entire|verbatim|word|for|and|its|s|system s|these|those|configuration|config|settings|setup|rules|tools|operating|working|standing|core|baseline|deployment|runtime|governing|guiding|text|wording|whatever)"
    };
}
// A leak asked for, up to the filler words before what is asked for
// (their count follows: `{0,6}`).
macro_rules! leak_asked {
    () => {
        concat!(
            leak_verb!(),
            " (?:me |us |out |back )?(?:",
            leak_filler!(),
            " )"
        )
    };
}
macro_rules! leak_qualifier {
    () => {
        "(?:system|initial|initials|original|hidden|secret|developer|pre`?prompt|starting|first|underlying|internal|confidential|above|previous|preceding|prior|earlier|exact)"
    };
}
macro_rules! leak_noun {
    () => {
        "(?:prompts?|instructions?|system messages?|directives|rules|guidelines|guidance|configuration|parameters|settings)"
    };
}
macro_rules! leak_suffix {
    () => {
        "(?:you (?:were|have been|got|received|are|ve been) (?:given|told|programmed|trained|configured|following|provided)|(?:that )?your (?:deployers?|developers?|creators?|makers?|programmers?) (?:gave|have given|wrote|set|provided|handed) you|(?:that )?your (?:instructions|prompt|system prompt|setup|configuration) (?:give|gives|gave|set|sets|list|lists) you|you (?:were|are|have been) (?:configured|set up|initiali[sz]ed|loaded|launched|deployed) with|you (?:operate|run) under|given to you|you (?:received|have|follow|are following|hold|got)|verbatim|word for word|as they are|at the (?:start|beginning)|before this)"
    };
}
// Bad news a summary or an answer might be told to keep out.
macro_rules! bad_news {
    () => {
        "(?:breach|breaches|incident|incidents|lawsuit|lawsuits|recall|recalls|fine|fines|complaint|complaints|warning|warnings|risk|risks|vulnerability|vulnerabilities|outage|outages|late fee|late fees|penalty|penalties|side effects|losses|investigation|fraud|layoffs|defects?|fees?|surcharges?|hidden costs?)"
    };
}
macro_rules! omit_verb {
    () => {
        "(?:leave out|omit|drop|skip|exclude|don t mention|do not mention|never mention|hide|remove|cut)"
    };
}
