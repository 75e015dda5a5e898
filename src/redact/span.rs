//! A span of text to mask, as the scanner and the code-matched shapes
//! (cards, Discord tokens) report it, and what counts as a word byte at its
//! edges.

/// One span to mask, before overlaps are merged.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span<'r> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) rule: usize,
    pub(crate) kind: &'r str,
    /// Trailing bytes left visible (the last four digits of a card).
    pub(crate) keep_suffix: usize,
}

/// A byte of a word: an ASCII letter, digit or `_`.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
