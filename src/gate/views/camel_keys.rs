//! The camel-case keys view: a key or attribute written in camel case that
//! names an AI reader among its parts (`aiSummaryInstruction`,
//! `llmNote`, `AIAgentHint`) read as its words joined by `_`
//! (`ai_summary_instruction`), so the frame detector reads it as it reads
//! snake-case keys. Folding lower-cases the text and loses where the
//! parts meet, so the parts are found in the text as written.

/// The parts that name an AI reader in a key.
const READER_PARTS: &[&str] = &[
    "ai",
    "llm",
    "gpt",
    "bot",
    "agent",
    "assistant",
    "model",
    "copilot",
    "chatbot",
];

/// `content` with each camel-case identifier that names an AI reader
/// among its parts written as its lower-case parts joined by `_`, the rest
/// as written; `None` when it holds no such identifier.
pub(crate) fn camel_keys_view(content: &str) -> Option<String> {
    let bytes = content.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        let identifier = &content[start..at];
        let parts = camel_parts(identifier);
        if parts.len() < 2
            || !parts
                .iter()
                .any(|p| READER_PARTS.iter().any(|r| p.eq_ignore_ascii_case(r)))
        {
            continue;
        }
        let view = out.get_or_insert_with(|| String::with_capacity(content.len() + 8));
        view.push_str(&content[copied..start]);
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                view.push('_');
            }
            view.push_str(&part.to_ascii_lowercase());
        }
        copied = at;
    }
    let mut view = out?;
    view.push_str(&content[copied..]);
    Some(view)
}

/// The parts of a camel-case `identifier`: a new part starts at an upper
/// case letter after a lower case one (`ai|Summary`), and at the last
/// capital of a run followed by a lower case one (`AI|Agent`). One part
/// when it is not camel case.
fn camel_parts(identifier: &str) -> Vec<&str> {
    let bytes = identifier.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    for at in 1..bytes.len() {
        let (before, here) = (bytes[at - 1], bytes[at]);
        let lower_to_upper = before.is_ascii_lowercase() && here.is_ascii_uppercase();
        let acronym_ends = before.is_ascii_uppercase()
            && here.is_ascii_uppercase()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase);
        if lower_to_upper || acronym_ends {
            parts.push(&identifier[start..at]);
            start = at;
        }
    }
    parts.push(&identifier[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_naming_an_ai_reader_are_split_into_words() {
        assert_eq!(
            camel_keys_view(r#"{"aiSummaryInstruction": "x"}"#).as_deref(),
            Some(r#"{"ai_summary_instruction": "x"}"#)
        );
        assert_eq!(
            camel_keys_view("AIAgentNote=1 llmHint=2").as_deref(),
            Some("ai_agent_note=1 llm_hint=2")
        );
    }

    #[test]
    fn other_identifiers_leave_no_view() {
        assert_eq!(
            camel_keys_view(r#"{"userName": "Ana", "maxRetries": 3}"#),
            None
        );
        assert_eq!(camel_keys_view("the AI reads it; iPhone, McDonald"), None);
        assert_eq!(camel_keys_view(""), None);
    }

    #[test]
    fn parts_meet_at_case_changes() {
        assert_eq!(
            camel_parts("aiSummaryInstruction"),
            ["ai", "Summary", "Instruction"]
        );
        assert_eq!(camel_parts("AIAgentNote"), ["AI", "Agent", "Note"]);
        assert_eq!(camel_parts("HTML"), ["HTML"]);
        assert_eq!(camel_parts("note"), ["note"]);
    }
}
