//! The views: the forms a text is read in, so a cue is found however it is
//! dressed. The first step of the pipeline; nothing here knows the
//! grammar or the detectors.
//!
//! - [`fold`]: compatibility forms, accents, homoglyphs and invisible
//!   characters folded away, with what was hidden kept as evidence;
//! - [`words`]: the words view (every run of non-letters one space), where
//!   sentences end, and the function words;
//! - [`leet`]: leetspeak read as letters;
//! - [`spaceless`]: split words run together again;
//! - [`letter_spaced`]: text spelled one character at a time read as words;
//! - [`respelled`]: a word spelled out inside a sentence (spaced letters,
//!   hyphenated syllables) read back whole;
//! - [`decode`]: payloads decoded one level (base64, rot13, escapes,
//!   entities, percent-encoding);
//! - [`camel_keys`]: camel-case keys that name an AI reader read as their
//!   words (`aiSummaryInstruction`);
//! - [`hidden`]: regions a person does not see (comments, invisible
//!   elements, `alt` text, Markdown comments);
//! - [`shape`]: one pass over ASCII text, built from each view's trigger,
//!   that says whether any view is needed at all.
//!
//! Each view owns its **trigger**: the cheap check that says whether the
//! text could need it. A text that trips no trigger gains nothing from the
//! view, so it is never built.

pub(crate) mod camel_keys;
pub(crate) mod decode;
pub(crate) mod fold;
pub(crate) mod hidden;
pub(crate) mod leet;
pub(crate) mod letter_spaced;
pub(crate) mod respelled;
pub(crate) mod shape;
pub(crate) mod spaceless;
pub(crate) mod words;

/// `|` signs a text needs before it is read as a table (rows of cells,
/// see the table detector).
const TABLE_BARS_FROM: usize = 4;

/// The byte every table row holds.
pub(crate) const TABLE_TRIGGER_BYTES: &[u8] = b"|";

/// The trigger of the table reading: [`TABLE_BARS_FROM`] `|` or more.
#[inline]
pub(crate) fn may_be_table(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'|', bytes)
        .nth(TABLE_BARS_FROM - 1)
        .is_some()
}

/// Whether any derived view could hold something: hidden regions, a
/// table, leetspeak, split words, spelled-out words, encoded payloads.
/// `content` is the text as given, `folded` its folded form. For ASCII
/// text, [`shape`] answers the same in its one pass.
pub(crate) fn needs_views(content: &str, folded: &str) -> bool {
    let bytes = folded.as_bytes();
    hidden::may_hold_region(bytes)
        || may_be_table(bytes)
        || leet::leet_words_at_least(folded)
        || spaceless::wants_spaceless(folded)
        || letter_spaced::may_hold_letter_spacing(bytes)
        || letter_spaced::may_hold_joined_letters(bytes)
        || respelled::may_hold_respelled(content.as_bytes())
        || decode::may_hold_payload(content, folded)
}

/// The maximal runs of `bytes` whose every byte satisfies `member`, as
/// ranges, in order: the words of a view that defines its own alphabet
/// (base64, hex, letters and digits).
pub(crate) fn byte_runs(
    bytes: &[u8],
    member: impl Fn(u8) -> bool,
) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !member(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && member(bytes[i]) {
            i += 1;
        }
        (start < i).then_some(start..i)
    })
}

#[cfg(test)]
mod tests {
    use super::byte_runs;

    #[test]
    fn byte_runs_are_maximal_and_in_order() {
        let runs =
            |text: &str| -> Vec<_> { byte_runs(text.as_bytes(), |b| b.is_ascii_digit()).collect() };
        assert_eq!(runs("a12b3--456"), [1..3, 4..5, 7..10]);
        assert_eq!(runs("789"), vec![std::ops::Range { start: 0, end: 3 }]);
        assert!(runs("").is_empty());
        assert!(runs("abc").is_empty());
    }
}
