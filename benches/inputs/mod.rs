//! The inputs the benches share: the criterion benches time them, the
//! instruction-count check (`benches/instructions.rs`) counts them. Each
//! bench uses some of them.
#![allow(dead_code)]

pub(crate) mod commands;
pub(crate) mod email;
pub(crate) mod log_lines;
pub(crate) mod requests;
