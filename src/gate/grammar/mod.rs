//! The grammar: the cues of an injection, and how they are found.
//!
//! - [`cues`]: the table of cues, one row each, in a small pattern
//!   notation, with the reason it flags and its weight;
//! - [`compile`]: each cue expanded into a regex for the view it is read
//!   in, and the prefixes its matches start with;
//! - [`sentinels`]: for each cue, literals one of which every match holds,
//!   read from the regex's syntax; [`stored`] keeps them as last derived,
//!   so a build need not read every syntax tree again;
//! - [`anchors`] and [`prefilter`]: those literals looked up word by word,
//!   so a text that holds none skips every regex;
//! - [`matcher`]: the cues run over a view;
//! - [`families`]: cues known by their parts in any word order (a word
//!   for setting aside, one for instructions, one for earlier ones), in
//!   the 22 languages of the gate; their first parts are sentinels too.
//!
//! The grammar reads the views ([`super::views`]) and knows nothing of
//! the detectors or the pipeline.

pub(crate) mod anchors;
pub(crate) mod compile;
pub(crate) mod cues;
pub(crate) mod families;
pub(crate) mod matcher;
pub(crate) mod prefilter;
pub(crate) mod sentinels;
pub(crate) mod stored;

pub(crate) use cues::Strength;
#[cfg(test)]
pub(crate) use matcher::texts_matching_cues;
pub(crate) use matcher::{Hit, grammar_sentinels, hits, may_match, prepare, spaceless_hits};
