//! The host's own tool names: text that asks to call one of them (`call
//! refund_order ..`, `refund_order(`, `use refund_order`) is a tool
//! invocation whatever else it says.

use aho_corasick::AhoCorasick;

use crate::gate::views::fold::fold_plain;
use crate::gate::views::words::floor_boundary;

/// Host tool names, matched as whole words in folded text.
#[derive(Debug, Clone, Default)]
pub(crate) struct ToolNames {
    names: Vec<String>,
    matcher: Option<AhoCorasick>,
}

impl ToolNames {
    pub(crate) fn new(names: &[&str]) -> Self {
        let names: Vec<String> = names
            .iter()
            .map(|n| fold_plain(n.trim()))
            .filter(|n| !n.is_empty())
            .collect();
        let matcher = (!names.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&names)
                    .ok()
            })
            .flatten();
        Self { names, matcher }
    }

    /// Whether `text` invokes one of the names: a call verb shortly before
    /// it, or call syntax right after it (`name(`, `name with to=..`).
    pub(crate) fn invoked_in(&self, text: &str) -> bool {
        let Some(matcher) = &self.matcher else {
            return false;
        };
        matcher.find_iter(text).any(|m| {
            let bytes = text.as_bytes();
            let word_start = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let word_end = bytes
                .get(m.end())
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'_');
            if !(word_start && word_end) {
                return false;
            }
            let before_from = floor_boundary(text, m.start().saturating_sub(40));
            let before = &text[before_from..m.start()];
            let after_to = floor_boundary(text, (m.end() + 12).min(text.len()));
            let after = text[m.end()..after_to].trim_start();
            ["call", "invoke", "use", "run", "execute", "trigger", "fire"]
                .iter()
                .any(|verb| {
                    before
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| w == *verb)
                })
                || after.starts_with('(')
                || after.starts_with("with ")
                || after.starts_with("tool")
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether any of the names occurs at all (before the context check).
    pub(crate) fn mentioned_in(&self, text: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.is_match(text))
    }
}
