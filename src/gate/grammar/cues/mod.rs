//! The cue grammar: what injected instructions say, as patterns over folded
//! text. [`super::compile`] compiles it and [`super::matcher`] runs it.
//!
//! Patterns are written in a small notation: a space stands for one or more
//! characters that are not letters or digits (so `ignore  all—previous`
//! matches `ignore all previous`), `{w}` for one word, a backtick for an
//! optional separator (`base`64` matches `base64` and `base 64`), `§` for
//! the end of a phrase (punctuation or the end of the text). A pattern that
//! starts with a letter starts at a word boundary. Literals outside ASCII
//! are folded like the text they match (see [`crate::gate::views::fold`]).
//!
//! Each cue has a strength. A **strong** cue flags on its own: an
//! instruction to ignore previous instructions is never business as usual.
//! A **weak** cue (`new instructions:`, `act as`, `developer mode enabled`,
//! `use the delete tool`) is also ordinary business text, so it flags only
//! together with a **context** cue (text addressed to an AI reader: `as an
//! AI`, `you are a helpful assistant`), with a second weak cue of another
//! family, or inside hidden text. Context alone never flags.
//!
//! The table is a file per family of reasons (`ignore_previous.rs`,
//! `prompt_leak.rs`, `data_exfil.rs`, ..), tried in the order [`SPECS`]
//! lists them; `vocabulary.rs` holds the pattern fragments several
//! families share (a verb that sets rules aside, the nouns for rules, an AI
//! reader, secrets, bulk data).

use crate::gate::reason::FlagReason;

/// How much a cue says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    Strong,
    Weak,
    Context,
}

/// A condition on a match that a pattern cannot say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Check {
    None,
    /// Not preceded by a negation (`don't ignore the safety rules`).
    NotNegated,
    /// The match opens a sentence: an imperative, not `Pedro will act as`.
    SentenceStart,
    /// Group 1, what is put into the reply, is dictated content (`a
    /// sentence`, `"Visit www..."`, `the following code`), not something
    /// of the reader's own (`your order number`, `the invoice number`).
    DictatedContent,
    /// The role that follows is not one a person plays in a walkthrough or
    /// a test (`pretend you are the customer`, `imagine you are a new
    /// user`).
    NotAPersonsRole,
    /// What follows is not a duty handed to a colleague (`from now on you
    /// are responsible for the Lisbon accounts`) or a membership given to
    /// a customer (`from now on you are a founder member of the club`).
    NotADuty,
    /// What follows does not make the match a person's trade (`if you are
    /// an LLM researcher`, `an AI engineer`).
    NotAPersonsTrade,
    /// The match is used, not named: `<|im_start|>system` opens a turn,
    /// `wraps each turn in <|im_start|> and <|im_end|> tokens` names two.
    NotNamed,
}

pub(crate) struct Spec {
    pub(crate) reason: FlagReason,
    pub(crate) strength: Strength,
    pub(crate) check: Check,
    /// Also matched in the spaceless view (long, distinctive patterns only).
    pub(crate) spaceless: bool,
    pub(crate) pattern: &'static str,
}

const fn spec(reason: FlagReason, strength: Strength, pattern: &'static str) -> Spec {
    Spec {
        reason,
        strength,
        check: Check::None,
        spaceless: false,
        pattern,
    }
}

const fn spaceless(mut s: Spec) -> Spec {
    s.spaceless = true;
    s
}

const fn checked(mut s: Spec, check: Check) -> Spec {
    s.check = check;
    s
}

use FlagReason as R;
use Strength::{Context, Strong, Weak};

#[macro_use]
mod vocabulary;

mod addressed_by_work;
mod addressed_to_ai;
mod data_exfil;
mod delimiter_escape;
mod encoded_payload;
mod fake_system;
mod fake_turn;
mod ignore_previous;
mod jailbreak;
mod memory_poisoning;
mod new_instructions;
mod prompt_leak;
mod response_manipulation;
mod role_override;
mod tool_invocation;

/// Every cue, family by family, in the order they are tried.
pub(crate) static SPECS: std::sync::LazyLock<Vec<&'static Spec>> = std::sync::LazyLock::new(|| {
    [
        ignore_previous::SPECS,
        prompt_leak::SPECS,
        new_instructions::SPECS,
        fake_system::SPECS,
        role_override::SPECS,
        jailbreak::SPECS,
        data_exfil::SPECS,
        tool_invocation::SPECS,
        response_manipulation::SPECS,
        encoded_payload::SPECS,
        delimiter_escape::SPECS,
        addressed_to_ai::SPECS,
        addressed_by_work::SPECS,
        memory_poisoning::SPECS,
        fake_turn::SPECS,
    ]
    .iter()
    .flat_map(|family| family.iter())
    .collect()
});
