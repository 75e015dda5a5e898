//! The detectors: what the grammar's cues cannot say, judged on the views.
//!
//! - [`frame`]: a sentence that speaks to an AI reader (`Note for the AI
//!   assistant that handles this inbox: ...`), in any words and 20 languages;
//! - [`requests`]: a request for an assistant's work slipped into a
//!   document, with no tie to the text around it;
//! - [`tables`]: a line of prose among the rows of a table;
//! - [`turns`]: made-up dialogue turns, the model's and the user's;
//! - [`tools`]: the host's own tool names, asked to be called.
//!
//! Detectors read the views ([`super::views`]); they know nothing of the
//! grammar or the pipeline.

pub(crate) mod frame;
pub(crate) mod requests;
pub(crate) mod tables;
pub(crate) mod tools;
pub(crate) mod turns;
