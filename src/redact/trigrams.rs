//! A filter in front of the keyword automaton: where no keyword can start,
//! the automaton does not run.
//!
//! The case-insensitive keyword automaton makes one dependent table load a
//! byte, which bounds the clean-text path. Most positions of a log line
//! cannot start a keyword, and this filter says so with one load a byte
//! that does not depend on the last: every byte is mapped to a class (0
//! for bytes no keyword holds, ASCII letters folded), and a bit set over
//! the classes of three bytes in a row holds the first three bytes of
//! every keyword. A position whose trigram is not in the set starts no
//! keyword; the others are confirmed by an anchored run of the automaton.
//!
//! The filter finds every keyword occurrence: a keyword matched without
//! regard to ASCII case has the same classes as the text it matches. A
//! keyword shorter than three bytes (`@`) stands for every trigram it
//! starts, and the text is read as if two bytes of class 0 followed it.

/// Bits of one byte's class in a trigram key.
const CLASS_BITS: u32 = 6;
/// Classes 1..=`MAX_CLASS` name keyword bytes; 0 is every other byte.
const MAX_CLASS: u8 = (1 << CLASS_BITS) - 1;
const KEY_MASK: u32 = (1 << (3 * CLASS_BITS)) - 1;
const STARTS_WORDS: usize = (KEY_MASK as usize + 1) / 64;

/// The trigrams keywords start with, by byte class.
#[derive(Debug)]
pub(crate) struct TrigramFilter {
    class: [u8; 256],
    starts: Box<[u64; STARTS_WORDS]>,
}

impl TrigramFilter {
    /// The filter for `keywords`, or `None` when one is empty (it would
    /// match everywhere).
    pub(crate) fn new<'k>(keywords: impl IntoIterator<Item = &'k str> + Clone) -> Option<Self> {
        if keywords.clone().into_iter().any(str::is_empty) {
            return None;
        }
        let mut class = [0u8; 256];
        let mut next: u8 = 0;
        for keyword in keywords.clone() {
            for byte in keyword.bytes().map(|b| b.to_ascii_lowercase()) {
                if class[usize::from(byte)] == 0 {
                    // Past 63 keyword bytes, classes are shared: the filter
                    // lets more through but still misses nothing.
                    next = next % MAX_CLASS + 1;
                    class[usize::from(byte)] = next;
                }
            }
        }
        for upper in b'A'..=b'Z' {
            class[usize::from(upper)] = class[usize::from(upper.to_ascii_lowercase())];
        }
        let mut starts = Box::new([0u64; STARTS_WORDS]);
        for keyword in keywords {
            let known: Vec<u32> = keyword
                .bytes()
                .take(3)
                .map(|b| u32::from(class[usize::from(b)]))
                .collect();
            // A short keyword is followed by any class, 0 included.
            let free = 3 - known.len();
            for rest in 0..1u32 << (CLASS_BITS * free as u32) {
                let key = known.iter().fold(0, |key, &c| key << CLASS_BITS | c)
                    << (CLASS_BITS * free as u32)
                    | rest;
                starts[(key >> 6) as usize] |= 1 << (key & 63);
            }
        }
        Some(Self { class, starts })
    }

    /// The first position at or after `from` where a keyword may start.
    pub(crate) fn next_candidate(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        // The classes of the last three bytes read; before the third byte
        // its oldest classes are 0, which no keyword starts with.
        let mut key: u32 = 0;
        let next =
            |key: u32, byte: u8| key << CLASS_BITS | u32::from(self.class[usize::from(byte)]);
        // Four bytes a step with one branch: most steps find nothing, and
        // a branch and an end check per byte cost as much as the lookups.
        let mut chunks = rest.chunks_exact(4);
        let mut read = 0;
        for chunk in &mut chunks {
            let first = next(key, chunk[0]);
            let second = next(first, chunk[1]);
            let third = next(second, chunk[2]);
            let fourth = next(third, chunk[3]);
            let keys = [first, second, third, fourth];
            if keys
                .iter()
                .fold(false, |any, &k| any | self.starts_keyword(k))
            {
                // Some key starts a keyword: the fold just said so.
                let at = keys.iter().position(|&k| self.starts_keyword(k))?;
                return Some(from + read + at - 2);
            }
            key = fourth;
            read += 4;
        }
        for (i, &byte) in chunks.remainder().iter().enumerate() {
            key = next(key, byte);
            if self.starts_keyword(key) {
                return Some(from + read + i - 2);
            }
        }
        // Two bytes of class 0 after the text let a keyword shorter than
        // three bytes be found at its end.
        for pad in 0..2 {
            key <<= CLASS_BITS;
            if self.starts_keyword(key) {
                return Some(from + rest.len() + pad - 2);
            }
        }
        None
    }

    /// Whether the trigram in the low bits of `key` starts a keyword.
    #[inline]
    fn starts_keyword(&self, key: u32) -> bool {
        let key = key & KEY_MASK;
        self.starts[(key >> 6) as usize] & (1 << (key & 63)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates(filter: &TrigramFilter, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = filter.next_candidate(text.as_bytes(), from) {
            found.push(at);
            from = at + 1;
        }
        found
    }

    #[test]
    fn finds_keywords_in_any_ascii_case() {
        let filter = TrigramFilter::new(["ghp_", "password=", "sk-"]).unwrap();
        let text = "x GHP_abc Password=1 and Sk-9";
        let found = candidates(&filter, text);
        for keyword_at in [2, 10, 25] {
            assert!(found.contains(&keyword_at), "{found:?}");
        }
    }

    #[test]
    fn passes_over_text_without_keyword_bytes() {
        let filter = TrigramFilter::new(["ghp_", "token:"]).unwrap();
        assert!(candidates(&filter, "2026-04-02 08:15:01 INFO 200 12ms").is_empty());
    }

    #[test]
    fn finds_short_keywords_anywhere_and_at_the_end() {
        let filter = TrigramFilter::new(["@", "q~", "token"]).unwrap();
        assert_eq!(candidates(&filter, "a@b Q~x"), [1, 4]);
        assert_eq!(candidates(&filter, "mail x@"), [6]);
        assert_eq!(candidates(&filter, "end q~"), [4]);
        assert_eq!(candidates(&filter, "@"), [0]);
        assert!(TrigramFilter::new(["", "token"]).is_none());
    }

    #[test]
    fn shared_classes_still_find_every_keyword() {
        // More distinct bytes than classes: classes wrap and are shared.
        let byte = |i: u32| char::from_u32(u32::from(b'!') + i % 90).unwrap();
        let keywords: Vec<String> = (0u32..90)
            .map(|i| format!("{}{}z", byte(i), byte(i * 7)))
            .collect();
        let filter = TrigramFilter::new(keywords.iter().map(String::as_str)).unwrap();
        for keyword in &keywords {
            let text = format!("  {keyword}");
            assert_eq!(
                filter.next_candidate(text.as_bytes(), 0),
                Some(2),
                "{keyword}"
            );
        }
    }

    proptest::proptest! {
        /// Every position where a keyword occurs, in any ASCII case, is a
        /// candidate: the filter never hides a keyword from the automaton.
        #[test]
        fn every_keyword_occurrence_is_a_candidate(
            keywords in proptest::collection::vec("[a-c_~@=.-]{1,5}", 1..8),
            text in "[a-cA-C_~@=. -]{0,60}",
        ) {
            let filter = TrigramFilter::new(keywords.iter().map(String::as_str)).unwrap();
            let found = candidates(&filter, &text);
            let bytes = text.as_bytes();
            for start in 0..bytes.len() {
                let occurs = keywords.iter().any(|k| {
                    bytes.get(start..start + k.len()).is_some_and(|b| b.eq_ignore_ascii_case(k.as_bytes()))
                });
                if occurs {
                    proptest::prop_assert!(found.contains(&start), "{start} in {text:?}: {found:?}");
                }
            }
        }
    }
}
