//! Untrusted text after the gate, ready for the prompt.

use std::fmt;

use serde::Serialize;

use super::prompt;
use super::reason::FlagReason;

/// Untrusted text after the gate: what was found, and the text itself,
/// ready to be wrapped for the prompt.
///
/// `flagged` is `!flag_reasons.is_empty()`: both are set by the one
/// constructor, from the reasons found.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct GatedContent {
    /// The source label as it appears in the tags: `[a-z0-9_]{1,32}`.
    pub source: String,
    /// Whether any injection cue was found: `!flag_reasons.is_empty()`.
    pub flagged: bool,
    /// What was found, each reason once, in the order of the table in the
    /// [module docs](crate::gate).
    pub flag_reasons: Vec<FlagReason>,
    #[serde(skip)]
    content: String,
}

impl GatedContent {
    /// Gated `content` from the source labelled `source` (sanitised),
    /// flagged for `flag_reasons` (each once, in order).
    pub(crate) fn new(source: String, flag_reasons: Vec<FlagReason>, content: String) -> Self {
        Self {
            source,
            flagged: !flag_reasons.is_empty(),
            flag_reasons,
            content,
        }
    }

    /// The text that was gated, unchanged.
    pub fn content(&self) -> &str {
        &self.content
    }

    /// `<untrusted_{source} flagged="true|false" reasons="a,b">`, the
    /// content (with wrapper-forming brackets escaped) on its own lines,
    /// then `</untrusted_{source}>`.
    pub fn to_prompt(&self) -> String {
        let reasons: Vec<String> = self.flag_reasons.iter().map(ToString::to_string).collect();
        prompt::render(&self.source, self.flagged, &reasons, &self.content)
    }
}

impl fmt::Debug for GatedContent {
    // The content is untrusted and may be large or hold personal data:
    // `Debug` shows its length, not its text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GatedContent")
            .field("source", &self.source)
            .field("flagged", &self.flagged)
            .field("flag_reasons", &self.flag_reasons)
            .field("content_len", &self.content.len())
            .finish()
    }
}
