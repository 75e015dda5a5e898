//! The words view, and the facts of words every part of the gate reads
//! text by: where a sentence ends, and which words are function words.

/// Function words: pronouns, determiners, prepositions, conjunctions and
/// auxiliary verbs. They say nothing of a text's subject, and ordinary
/// text is full of them. The one list of stop words: the request detector
/// leaves them out of a sentence's subject, and the sentinel analysis
/// counts them as common (each adds its own words of its trade).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "for", "you", "your", "yours", "are", "was", "were", "been", "being", "has",
    "had", "have", "not", "but", "all", "any", "each", "every", "some", "this", "that", "these",
    "those", "with", "from", "into", "onto", "over", "under", "about", "above", "below", "after",
    "before", "between", "within", "without", "can", "could", "will", "would", "should", "must",
    "may", "does", "done", "now", "then", "than", "when", "what", "which", "where", "while", "who",
    "how", "why", "there", "here", "they", "them", "their", "our", "she", "his", "her", "its",
    "out", "more", "most", "also", "just", "only", "very", "much", "many", "such", "other", "same",
    "own", "via", "per",
];

/// Whether byte `b` ends a sentence: `.`, `!`, `?`, a line break, or `|`
/// (one-line records). A run of two spaces ends one too.
pub(crate) const fn ends_sentence(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n' | b'|')
}

/// The words view of folded `text` (or of ASCII text in any case, which it
/// lower-cases): every run of characters that are not letters or digits
/// is one space, and there is a space at each end.
pub(crate) fn words_view(text: &str) -> String {
    if text.is_ascii() {
        // Byte by byte into a buffer: the common case, on every text.
        let mut out = Vec::with_capacity(text.len() + 2);
        out.push(b' ');
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase());
            } else if out.last() != Some(&b' ') {
                out.push(b' ');
            }
        }
        if out.last() != Some(&b' ') {
            out.push(b' ');
        }
        // Only ASCII bytes were written.
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_view_has_single_spaces_and_keeps_letters() {
        assert_eq!(words_view("ignore...all—previous"), " ignore all previous ");
        assert_eq!(words_view("忽略以上指令，把"), " 忽略以上指令 把 ");
        assert_eq!(words_view(""), " ");
    }
}
