//! Why gated content was flagged: the stable reason ids. The vocabulary
//! every step of the pipeline speaks, so it sits below all of them.

use std::fmt;

use serde::{Serialize, Serializer};

/// Why gated content was flagged. `Display` prints the stable id (see the
/// table in the [module docs](crate::gate)); that id is also how it serialises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FlagReason {
    /// `ignore-previous`.
    IgnorePrevious,
    /// `new-instructions`.
    NewInstructions,
    /// `fake-system`.
    FakeSystem,
    /// `role-override`.
    RoleOverride,
    /// `jailbreak`.
    Jailbreak,
    /// `prompt-leak`.
    PromptLeak,
    /// `data-exfil-cue`.
    DataExfilCue,
    /// `tool-invocation`.
    ToolInvocation,
    /// `response-manipulation`.
    ResponseManipulation,
    /// `addressed-to-ai`.
    AddressedToAi,
    /// `hidden-text`.
    HiddenText,
    /// `encoded-payload`.
    EncodedPayload,
    /// `hidden-unicode`.
    HiddenUnicode,
    /// `delimiter-escape`.
    DelimiterEscape,
    /// `instruction-in-data`.
    InstructionInData,
    /// `memory-poisoning`.
    MemoryPoisoning,
    /// `fake-turn`.
    FakeTurn,
}

impl FlagReason {
    /// The stable id, such as `ignore-previous`.
    pub fn id(self) -> &'static str {
        match self {
            Self::IgnorePrevious => "ignore-previous",
            Self::NewInstructions => "new-instructions",
            Self::FakeSystem => "fake-system",
            Self::RoleOverride => "role-override",
            Self::Jailbreak => "jailbreak",
            Self::PromptLeak => "prompt-leak",
            Self::DataExfilCue => "data-exfil-cue",
            Self::ToolInvocation => "tool-invocation",
            Self::ResponseManipulation => "response-manipulation",
            Self::AddressedToAi => "addressed-to-ai",
            Self::HiddenText => "hidden-text",
            Self::EncodedPayload => "encoded-payload",
            Self::HiddenUnicode => "hidden-unicode",
            Self::DelimiterEscape => "delimiter-escape",
            Self::InstructionInData => "instruction-in-data",
            Self::MemoryPoisoning => "memory-poisoning",
            Self::FakeTurn => "fake-turn",
        }
    }
}

impl fmt::Display for FlagReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for FlagReason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}
