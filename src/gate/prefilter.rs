//! The sentinel prefilter: does a words view hold any sentinel literal
//! (see [`super::sentinels`])? It runs on every text, so it is built for
//! the common case, an ASCII view that holds none.
//!
//! One Aho-Corasick automaton over thousands of phrases is too large to
//! stay in cache: it was half the cost of gating a benign e-mail. Most
//! sentinels are phrases, though, and a phrase of the words view is made
//! of whole words between single spaces. So each ASCII literal is filed
//! under one of its words (the anchor, the rarest that can be told from a
//! word of the view by its first [`KEY_LEN`] bytes), and the view is read
//! word by word: a word whose key is filed has its literals compared in
//! place. Literals with no such word (a single word, which may start
//! inside a longer one) go to a small automaton that stays in cache.
//! Views with non-ASCII text use one automaton of every literal.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Bytes of a word that form its key.
const KEY_LEN: usize = 4;

/// A word's key: its first [`KEY_LEN`] bytes, zero-padded. (View words
/// hold no zero byte, so a short word never shares a longer one's key.)
fn key(word: &[u8]) -> u32 {
    if let Some(first) = word.first_chunk::<KEY_LEN>() {
        return u32::from_le_bytes(*first);
    }
    word.iter()
        .rev()
        .fold(0, |key, &b| (key << 8) | u32::from(b))
}

/// A literal filed under its anchor word.
#[derive(Debug)]
struct Filed {
    /// The literal, in words-view form.
    literal: Box<[u8]>,
    /// Where the anchor word starts in the literal, and its length.
    anchor_at: usize,
    anchor_len: usize,
    /// Whether the anchor is a whole word (a space follows it in the
    /// literal) rather than the start of one.
    whole: bool,
    /// How many literals from this one on share its anchor: a word that
    /// is not the anchor skips them all.
    rest_of_group: usize,
}

impl Filed {
    fn anchor(&self) -> &[u8] {
        &self.literal[self.anchor_at..self.anchor_at + self.anchor_len]
    }

    /// Whether `word`, which shares the anchor's key, is the anchor
    /// (whole), or starts with it. (Byte by byte: words are too short
    /// for a call to `memcmp` to pay.)
    fn anchors_at(&self, word: &[u8]) -> bool {
        let anchor = self.anchor();
        let fits = if self.whole {
            word.len() == anchor.len()
        } else {
            word.len() >= anchor.len()
        };
        fits && word.iter().zip(anchor).skip(KEY_LEN).all(|(a, b)| a == b)
    }

    /// Whether the literal occurs in `view` with its anchor at `start`.
    fn occurs_at(&self, view: &[u8], start: usize) -> bool {
        // The last byte first: literals that share an anchor mostly part
        // there.
        start
            .checked_sub(self.anchor_at)
            .and_then(|from| view.get(from..from + self.literal.len()))
            .is_some_and(|here| here.last() == self.literal.last() && here == &*self.literal)
    }
}

/// An open-addressed table from keys to the literals filed under them.
#[derive(Debug)]
struct Anchors {
    /// `(key, first, end)`: the key's literals are `filed[first..end]`;
    /// an empty slot has `end == 0`.
    slots: Box<[(u32, u32, u32)]>,
    filed: Box<[Filed]>,
}

impl Anchors {
    fn new(mut filed: Vec<(u32, Filed)>) -> Self {
        // By key, and within a key by anchor, so each anchor's literals
        // are one run.
        filed.sort_by(|(a, fa), (b, fb)| {
            (a, fa.anchor(), fa.whole).cmp(&(b, fb.anchor(), fb.whole))
        });
        let mut rest = 0;
        for i in (0..filed.len()).rev() {
            let same = filed.get(i + 1).is_some_and(|(k, next)| {
                *k == filed[i].0
                    && next.anchor() == filed[i].1.anchor()
                    && next.whole == filed[i].1.whole
            });
            rest = if same { rest + 1 } else { 1 };
            filed[i].1.rest_of_group = rest;
        }
        let keys = filed.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
        let size = (keys * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32, 0u32); size].into_boxed_slice();
        let mut start = 0;
        while start < filed.len() {
            let key = filed[start].0;
            let end = start + filed[start..].iter().take_while(|(k, _)| *k == key).count();
            let mut slot = Self::home(key, size);
            while slots[slot].2 != 0 {
                slot = (slot + 1) & (size - 1);
            }
            // Literal counts are far below u32::MAX.
            slots[slot] = (
                key,
                u32::try_from(start).unwrap_or(u32::MAX),
                u32::try_from(end).unwrap_or(u32::MAX),
            );
            start = end;
        }
        Self {
            slots,
            filed: filed.into_iter().map(|(_, f)| f).collect(),
        }
    }

    /// Whether a literal filed under the word `view[start..end]` occurs
    /// there.
    fn occur_at(&self, view: &[u8], start: usize, end: usize) -> bool {
        let word = &view[start..end];
        let filed = self.get(key(word));
        let mut i = 0;
        while let Some(f) = filed.get(i) {
            if !f.anchors_at(word) {
                i += f.rest_of_group;
            } else if f.occurs_at(view, start) {
                return true;
            } else {
                i += 1;
            }
        }
        false
    }

    fn home(key: u32, size: usize) -> usize {
        // Fibonacci hashing: the top bits of the product.
        let spread = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (spread >> 40) as usize & (size - 1)
    }

    /// The literals filed under `key`.
    fn get(&self, key: u32) -> &[Filed] {
        let mask = self.slots.len() - 1;
        let mut slot = Self::home(key, self.slots.len());
        loop {
            let (k, first, end) = self.slots[slot];
            if end == 0 {
                return &[];
            }
            if k == key {
                return &self.filed[first as usize..end as usize];
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// The sentinel literals, ready to look for.
#[derive(Debug)]
pub(super) struct Sentinels {
    /// Every literal, for views with non-ASCII text.
    all: AhoCorasick,
    /// ASCII literals by anchor word.
    anchors: Anchors,
    /// ASCII literals without an anchor word.
    unanchored: AhoCorasick,
}

impl Sentinels {
    /// `literals` in words-view form; `rarity` costs a word (lower is
    /// rarer) to choose each literal's anchor.
    pub(super) fn new(literals: &[Vec<u8>], rarity: impl Fn(&[u8]) -> u64) -> Self {
        let mut filed = Vec::new();
        let mut unanchored = Vec::new();
        for literal in literals.iter().filter(|l| l.is_ascii()) {
            match anchor(literal, &rarity) {
                Some((anchor_at, anchor_len)) => filed.push((
                    key(&literal[anchor_at..anchor_at + anchor_len]),
                    Filed {
                        literal: literal.clone().into_boxed_slice(),
                        anchor_at,
                        anchor_len,
                        whole: anchor_at + anchor_len < literal.len(),
                        rest_of_group: 1,
                    },
                )),
                // Without its leading space: the automaton's prefilter
                // then looks for rarer bytes than a space.
                None => unanchored.push(literal.trim_ascii_start().to_vec()),
            }
        }
        Self {
            all: automaton(literals),
            anchors: Anchors::new(filed),
            unanchored: automaton(&unanchored),
        }
    }

    /// Whether the words view `words` holds a sentinel.
    pub(super) fn occur_in(&self, words: &str) -> bool {
        if !words.is_ascii() {
            return self.all.is_match(words);
        }
        self.anchored_in(words.as_bytes()) || self.unanchored.is_match(words)
    }

    fn anchored_in(&self, view: &[u8]) -> bool {
        any_word(view, |start, end| self.anchors.occur_at(view, start, end))
    }
}

/// Whether `found` holds for any word of `view` (given as its start and
/// end). Spaces are found eight bytes at a time: a byte-by-byte loop
/// mispredicts a branch at each end of each word, which cost more than
/// the lookups themselves.
fn any_word(view: &[u8], mut found: impl FnMut(usize, usize) -> bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut start = 0;
    for (index, chunk) in view.chunks(8).enumerate() {
        // Past the end, letters: they end no word.
        let mut bytes = [b'a'; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes) ^ (ONES * u64::from(b' '));
        // The high bit of each byte that was a space (exact, no carries).
        let mut spaces = !(((x & LOW7) + LOW7) | x) & !LOW7;
        while spaces != 0 {
            let at = index * 8 + (spaces.trailing_zeros() / 8) as usize;
            if at > start && found(start, at) {
                return true;
            }
            start = at + 1;
            spaces &= spaces - 1;
        }
    }
    start < view.len() && found(start, view.len())
}

/// Where `literal`'s anchor word starts, and its length: the rarest word
/// that is known to start a word of the view (it follows a space in the
/// literal) and is told by its key (it ends before the literal does, so
/// it is whole, or it is at least [`KEY_LEN`] long). At equal rarity a
/// whole word is preferred, then a longer one: fewer words of a text
/// share their key. `None` when no word qualifies.
fn anchor(literal: &[u8], rarity: &impl Fn(&[u8]) -> u64) -> Option<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for piece in literal.split(|&b| b == b' ') {
        let end = at + piece.len();
        let follows_space = at > 0;
        let whole = end < literal.len();
        if !piece.is_empty() && follows_space && (whole || piece.len() >= KEY_LEN) {
            pieces.push((at, piece.len(), whole));
        }
        at = end + 1;
    }
    pieces
        .into_iter()
        .min_by_key(|&(at, len, whole)| {
            (
                rarity(&literal[at..at + len]),
                !whole,
                std::cmp::Reverse(len),
            )
        })
        .map(|(at, len, _)| (at, len))
}

fn automaton(literals: &[Vec<u8>]) -> AhoCorasick {
    let built = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(literals)
        .or_else(|_| AhoCorasick::new(Vec::<&str>::new()));
    #[allow(clippy::expect_used)] // an empty automaton always builds
    built.expect("an empty automaton builds")
}

/// `literals` without those that contain another: the gate only asks
/// whether any literal occurs, and a text holding a longer one holds the
/// shorter one too.
pub(super) fn minimal(mut literals: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    literals.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    literals.dedup();
    let mut kept: Vec<Vec<u8>> = Vec::new();
    for literal in literals {
        let redundant = kept
            .iter()
            .any(|k| memchr::memmem::find(&literal, k).is_some());
        if !redundant {
            kept.push(literal);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentinels(literals: &[&str]) -> Sentinels {
        let literals: Vec<Vec<u8>> = literals.iter().map(|l| l.as_bytes().to_vec()).collect();
        Sentinels::new(&literals, |w| 200 / w.len().max(1) as u64)
    }

    #[test]
    fn words_are_split_at_spaces() {
        for view in [
            " one two three ",
            "one",
            "",
            " ",
            "  a  bb   ccc ",
            " exactly8 exactly_sixteen_byte seventeen_bytes_x ",
        ] {
            let mut words = Vec::new();
            any_word(view.as_bytes(), |start, end| {
                words.push(&view[start..end]);
                false
            });
            let expected: Vec<&str> = view.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(words, expected, "{view:?}");
        }
        assert_eq!(key(b"ab"), u32::from_le_bytes([b'a', b'b', 0, 0]));
        assert_eq!(key(b"abcde"), key(b"abcd"));
    }

    /// The word-by-word lookup finds what a plain substring search finds.
    #[test]
    fn agrees_with_substring_search() {
        let literals = [
            "previous instructions",
            "ignore all prev",
            " as dan",
            "jailbreak",
            "to the ",
            "api keys",
            "non ascii ü",
        ];
        let set = sentinels(&literals);
        for view in [
            " please ignore all previous instructions now ",
            " see the previous instructions ",
            " previous instruction ",
            " reply as dan ",
            " reply as danish ",
            " alias dan ",
            " a jailbreaker ",
            " go to the shop ",
            " go to then ",
            " rotate api keys ",
            " rotate api keychains ",
            " rapi keys ",
            " nothing here at all ",
            " ",
            "",
            " ignore all pre ",
        ] {
            let expected = literals.iter().any(|l| view.contains(l));
            assert_eq!(set.occur_in(view), expected, "{view:?}");
        }
        // Non-ASCII views use the full automaton.
        assert!(set.occur_in(" non ascii ü "));
        assert!(set.occur_in(" ü jailbreak "));
        assert!(!set.occur_in(" ü nothing "));
    }

    #[test]
    fn anchors_are_words_a_key_can_tell() {
        let rarity = |w: &[u8]| 200 / w.len().max(1) as u64;
        // "instructions" follows a space and is long enough for a key.
        assert_eq!(anchor(b"previous instructions", &rarity), Some((9, 12)));
        // "dan" is short, so it can anchor only as a whole word.
        assert_eq!(anchor(b" as dan", &rarity), Some((1, 2)));
        assert_eq!(anchor(b" as dan ", &rarity), Some((4, 3)));
        // A single word may start inside a longer one.
        assert_eq!(anchor(b"jailbreak", &rarity), None);
    }
}
