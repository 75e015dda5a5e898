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

/// How a mask opens: `<redacted:KIND>`.
pub(crate) const MASK_LABEL_OPEN: &str = "<redacted:";

/// A byte of a mask's kind label: `a-z`, `0-9`, `_`.
pub(crate) fn is_label_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'
}

/// Whether `bytes[..at]` ends with a mask (`<redacted:KIND>`): what
/// follows it directly is a kept suffix or the text after a finding, never
/// the start of a new one.
pub(crate) fn ends_with_mask(bytes: &[u8], at: usize) -> bool {
    let Some(label_end) = at.checked_sub(1).filter(|&i| bytes[i] == b'>') else {
        return false;
    };
    let label = bytes[..label_end]
        .iter()
        .rev()
        .take_while(|b| is_label_byte(**b))
        .count();
    label > 0 && bytes[..label_end - label].ends_with(MASK_LABEL_OPEN.as_bytes())
}
