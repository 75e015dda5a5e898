//! The sentinel prefilter: does a text hold any sentinel literal (see
//! [`super::sentinels`]) in its words view? It runs on every text, so it
//! is built for the common case, ASCII text that holds none.
//!
//! One Aho-Corasick automaton over thousands of phrases is too large to
//! stay in cache: it was half the cost of gating a benign e-mail. Most
//! sentinels are phrases, though, and a phrase of the words view is made
//! of whole words between single spaces. So each ASCII literal is filed
//! under one of its words (the anchor: the rarest that can be told from a
//! word of the text by its first [`KEY_LEN`] bytes), and the text is read
//! word by word (by [`super::shape`], in the pass it makes anyway): a word
//! whose key is filed has its literals compared with the words view read
//! around it, which is never built for text that holds none. Literals
//! with no anchor (a short word that may be the start of a longer one)
//! are looked for in the text by their longest word, with a small
//! automaton. Views with non-ASCII text use one automaton of every
//! literal.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Bytes of a word that form its key.
const KEY_LEN: usize = 4;

/// A word's key: its first [`KEY_LEN`] bytes, lower-cased and
/// zero-padded. (Words hold no zero byte, so a short word never shares a
/// longer one's key.) `word` is letters and digits.
fn key(word: &[u8]) -> u32 {
    if let Some(first) = word.first_chunk::<KEY_LEN>() {
        // `| 0x20` lower-cases a letter and leaves a digit as it is.
        return u32::from_le_bytes(*first) | 0x2020_2020;
    }
    word.iter()
        .rev()
        .fold(0, |key, &b| (key << 8) | u32::from(b.to_ascii_lowercase()))
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
    /// The literal's bytes next to the anchor's word: the last one of the
    /// word before it and the first one of the word after it, when the
    /// literal has them. Most literals that share an anchor differ there,
    /// so they are compared before the rest.
    neighbours: (Option<u8>, Option<u8>),
}

impl Filed {
    fn new(literal: &[u8], anchor_at: usize, anchor_len: usize) -> Self {
        let anchor_end = anchor_at + anchor_len;
        let whole = anchor_end < literal.len();
        let before = anchor_at.checked_sub(2).map(|at| literal[at]);
        let after = if whole {
            literal.get(anchor_end + 1).copied()
        } else {
            None
        };
        Self {
            literal: literal.into(),
            anchor_at,
            anchor_len,
            whole,
            rest_of_group: 1,
            neighbours: (before, after),
        }
    }

    fn anchor(&self) -> &[u8] {
        &self.literal[self.anchor_at..self.anchor_at + self.anchor_len]
    }

    /// Whether `word` (in any case), which shares the anchor's key, is
    /// the anchor, or starts with it when the anchor may be the start of
    /// a longer word.
    fn is_anchor(&self, word: &[u8]) -> bool {
        let anchor = self.anchor();
        let fits = if self.whole {
            word.len() == anchor.len()
        } else {
            word.len() >= anchor.len()
        };
        fits && word
            .iter()
            .zip(anchor)
            .skip(KEY_LEN)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
    }

    /// Whether the literal occurs in the words view of ASCII `text` with
    /// its anchor at the word starting at `start`: the view is read
    /// around the word, backwards and forwards, without being built.
    fn occurs_around(&self, text: &[u8], start: usize) -> bool {
        let (before, after) = self.literal.split_at(self.anchor_at);
        view_after_starts_with(text, start, after) && view_before_ends_with(text, start, before)
    }
}

/// A slot of the anchor table.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u32,
    /// The key's literals are `filed[first..end]`; an empty slot has
    /// `end == 0`.
    first: u32,
    end: u32,
    /// The lengths of word that can anchor one of them, a bit for each
    /// (bit 31 for 31 bytes or more): `with` shares its key with
    /// `without` but not its length.
    lengths: u32,
}

/// The bit of [`Slot::lengths`] for a word of `len` bytes.
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// An open-addressed table from keys to the literals filed under them.
#[derive(Debug)]
struct Anchors {
    slots: Box<[Slot]>,
    filed: Box<[Filed]>,
}

impl Anchors {
    fn new(mut filed: Vec<(u32, Filed)>) -> Self {
        // By key, and within a key by anchor, so each anchor's literals
        // are one run, sorted by the first byte of the word after the
        // anchor.
        filed.sort_by(|(a, fa), (b, fb)| {
            (a, fa.anchor(), fa.whole, fa.neighbours.1).cmp(&(
                b,
                fb.anchor(),
                fb.whole,
                fb.neighbours.1,
            ))
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
        let mut slots = vec![Slot::default(); size].into_boxed_slice();
        let mut start = 0;
        while start < filed.len() {
            let key = filed[start].0;
            let end = start + filed[start..].iter().take_while(|(k, _)| *k == key).count();
            let mut slot = Self::home(key, size);
            while slots[slot].end != 0 {
                slot = (slot + 1) & (size - 1);
            }
            let lengths = filed[start..end].iter().fold(0, |bits, (_, f)| {
                if f.whole {
                    bits | length_bit(f.anchor_len)
                } else {
                    // This length and every longer one.
                    bits | !(length_bit(f.anchor_len) - 1)
                }
            });
            // Literal counts are far below u32::MAX.
            slots[slot] = Slot {
                key,
                first: u32::try_from(start).unwrap_or(u32::MAX),
                end: u32::try_from(end).unwrap_or(u32::MAX),
                lengths,
            };
            start = end;
        }
        Self {
            slots,
            filed: filed.into_iter().map(|(_, f)| f).collect(),
        }
    }

    /// Whether a literal filed under the word `text[start..end]` of ASCII
    /// text occurs there.
    #[inline]
    fn occur_around(&self, text: &[u8], start: usize, end: usize) -> bool {
        let word = &text[start..end];
        // The four bytes from the word's start masked to its length: no
        // loop over a short word, whose length the branch predictor
        // cannot guess.
        let key = match text.get(start..).and_then(<[u8]>::first_chunk::<KEY_LEN>) {
            Some(four) => key(four) & (u32::MAX >> (32 - 8 * word.len().min(KEY_LEN))),
            None => key(word),
        };
        let filed = self.get(key, word.len());
        !filed.is_empty() && Self::occur_in_filed(filed, text, start, end)
    }

    /// [`Self::occur_around`] once the word's key is filed (one word in
    /// five or so): kept out of line, so the lookup inlined into the
    /// caller's loop stays small.
    #[inline(never)]
    fn occur_in_filed(filed: &[Filed], text: &[u8], start: usize, end: usize) -> bool {
        let word = &text[start..end];
        let mut i = 0;
        while let Some(f) = filed.get(i) {
            let group = &filed[i..i + f.rest_of_group];
            i += group.len();
            if !f.is_anchor(word) {
                continue;
            }
            // The group is sorted by the first byte of the word after the
            // anchor (literals that end with it first): only those that
            // can match the text's next word are read.
            let before = text[..start]
                .iter()
                .rev()
                .find(|b| b.is_ascii_alphanumeric());
            let after = text[end..].iter().find(|b| b.is_ascii_alphanumeric());
            let (before, after) = (
                before.map(u8::to_ascii_lowercase),
                after.map(u8::to_ascii_lowercase),
            );
            let open_ended = group.partition_point(|g| g.neighbours.1.is_none());
            let rest = &group[open_ended..];
            let from = rest.partition_point(|g| g.neighbours.1 < after);
            let to = rest.partition_point(|g| g.neighbours.1 <= after);
            if group[..open_ended].iter().chain(&rest[from..to]).any(|g| {
                g.neighbours.0.is_none_or(|b| Some(b) == before) && g.occurs_around(text, start)
            }) {
                return true;
            }
        }
        false
    }

    fn home(key: u32, size: usize) -> usize {
        // Fibonacci hashing: the top bits of the product.
        let spread = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (spread >> 40) as usize & (size - 1)
    }

    /// The literals filed under `key` that a word of `len` bytes can
    /// anchor (and maybe some it cannot).
    #[inline]
    fn get(&self, key: u32, len: usize) -> &[Filed] {
        let mask = self.slots.len() - 1;
        let mut at = Self::home(key, self.slots.len());
        loop {
            let slot = self.slots[at];
            if slot.end == 0 {
                return &[];
            }
            if slot.key == key {
                if slot.lengths & length_bit(len) == 0 {
                    return &[];
                }
                return &self.filed[slot.first as usize..slot.end as usize];
            }
            at = (at + 1) & mask;
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
                    Filed::new(literal, anchor_at, anchor_len),
                )),
                // Its longest word: letters and digits only, so it is
                // found in the text itself, in any case, as surely as the
                // literal in the view.
                None => unanchored.extend(
                    literal
                        .split(|&b| b == b' ')
                        .max_by_key(|piece| piece.len())
                        .map(<[u8]>::to_vec),
                ),
            }
        }
        Self {
            all: automaton(literals, MatchKind::LeftmostFirst, false),
            anchors: Anchors::new(filed),
            unanchored: any_case(&unanchored),
        }
    }

    /// Whether a sentinel anchored at the word `text[start..end]` of ASCII
    /// text occurs around it, in the text's words view.
    #[inline]
    pub(super) fn at_word(&self, text: &[u8], start: usize, end: usize) -> bool {
        // No anchor is a single letter or digit (see `anchor`).
        end - start > 1 && self.anchors.occur_around(text, start, end)
    }

    /// Whether ASCII text holds a sentinel that has no anchor word.
    pub(super) fn unanchored_in(&self, text: &[u8]) -> bool {
        self.unanchored.is_match(text)
    }

    /// Whether the words view `words` holds a sentinel.
    pub(super) fn occur_in(&self, words: &str) -> bool {
        if !words.is_ascii() {
            return self.all.is_match(words);
        }
        // A words view is ASCII text that is its own words view.
        let view = words.as_bytes();
        any_word(view, |start, end| self.at_word(view, start, end)) || self.unanchored_in(view)
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

/// Whether the words view of ASCII `text` (letters and digits
/// lower-cased, each run of other bytes one space, a space at each end)
/// goes on with `literal` from the word that starts at `start`.
fn view_after_starts_with(text: &[u8], start: usize, literal: &[u8]) -> bool {
    let (mut i, mut k) = (start, 0);
    while let Some(&want) = literal.get(k) {
        match text.get(i) {
            Some(&b) if b.is_ascii_alphanumeric() => {
                if b.to_ascii_lowercase() != want {
                    return false;
                }
                i += 1;
            }
            Some(_) => {
                if want != b' ' {
                    return false;
                }
                while text.get(i).is_some_and(|b| !b.is_ascii_alphanumeric()) {
                    i += 1;
                }
                // Others at the end are the view's closing space.
                if i == text.len() {
                    return k + 1 == literal.len();
                }
            }
            // The closing space, and nothing after it.
            None => return want == b' ' && k + 1 == literal.len(),
        }
        k += 1;
    }
    true
}

/// Whether the words view of ASCII `text` just before `start` (a word's
/// start) ends with `literal`.
fn view_before_ends_with(text: &[u8], start: usize, literal: &[u8]) -> bool {
    let (mut i, mut k) = (start, literal.len());
    while k > 0 {
        let want = literal[k - 1];
        let Some(i_before) = i.checked_sub(1) else {
            // The opening space, and nothing before it.
            return want == b' ' && k == 1;
        };
        let b = text[i_before];
        if b.is_ascii_alphanumeric() {
            if b.to_ascii_lowercase() != want {
                return false;
            }
            i = i_before;
        } else {
            if want != b' ' {
                return false;
            }
            while i > 0 && !text[i - 1].is_ascii_alphanumeric() {
                i -= 1;
            }
            // Others at the start merge into the opening space.
            if i == 0 {
                return k == 1;
            }
        }
        k -= 1;
    }
    true
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
        // Single letters or digits are not looked up (too common to
        // pay), so they anchor nothing.
        if piece.len() > 1 && follows_space && (whole || piece.len() >= KEY_LEN) {
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

/// An automaton for `words` in any ASCII case. Each word's spellings are
/// listed when that keeps the set small: the automaton can then use its
/// SIMD prefilter, which it cannot for a case-insensitive search.
fn any_case(words: &[Vec<u8>]) -> AhoCorasick {
    const MAX_SPELLINGS: usize = 64;
    let mut spellings: Vec<Vec<u8>> = Vec::new();
    for word in words {
        let mut forms: Vec<Vec<u8>> = vec![Vec::new()];
        for &b in word {
            let cases: &[u8] = if b.is_ascii_alphabetic() {
                &[b.to_ascii_lowercase(), b.to_ascii_uppercase()]
            } else {
                std::slice::from_ref(&b)
            };
            forms = forms
                .iter()
                .flat_map(|form| {
                    cases.iter().map(move |&c| {
                        let mut next = form.clone();
                        next.push(c);
                        next
                    })
                })
                .collect();
            if spellings.len() + forms.len() > MAX_SPELLINGS {
                return automaton(words, MatchKind::LeftmostFirst, true);
            }
        }
        spellings.extend(forms);
    }
    automaton(&spellings, MatchKind::LeftmostFirst, false)
}

/// A DFA automaton of `literals` (empty if they cannot be built, which
/// literals of this crate always can).
pub(super) fn automaton(
    literals: &[Vec<u8>],
    kind: MatchKind,
    ascii_case_insensitive: bool,
) -> AhoCorasick {
    let built = AhoCorasick::builder()
        .match_kind(kind)
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(ascii_case_insensitive)
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

    proptest::proptest! {
        /// Reading the view around a word of the text gives what the
        /// built view holds there, and the text lookup finds what the
        /// view lookup finds.
        #[test]
        fn the_text_reads_as_its_view(
            text in proptest::prop_oneof!["[ -~\\n]{0,80}", "[a-fqrxyA-C ,.\\n-]{0,60}"],
        ) {
            let view = crate::gate::matcher::words_view(&text);
            let runs: Vec<(usize, usize)> = text
                .char_indices()
                .filter(|&(i, c)| {
                    c.is_ascii_alphanumeric()
                        && !text[..i].ends_with(|p: char| p.is_ascii_alphanumeric())
                })
                .map(|(i, _)| {
                    let len = text[i..]
                        .find(|c: char| !c.is_ascii_alphanumeric())
                        .unwrap_or(text.len() - i);
                    (i, i + len)
                })
                .collect();
            let view_starts: Vec<usize> = (1..view.len())
                .filter(|&i| view.as_bytes()[i - 1] == b' ' && view.as_bytes()[i] != b' ')
                .collect();
            proptest::prop_assert_eq!(runs.len(), view_starts.len());
            let view_bytes = view.as_bytes();
            for (&(start, _), &at) in runs.iter().zip(&view_starts) {
                for k in 0..=view_bytes.len() - at {
                    let after = &view_bytes[at..at + k];
                    proptest::prop_assert!(view_after_starts_with(text.as_bytes(), start, after));
                    let mut wrong = after.to_vec();
                    if let Some(last) = wrong.last_mut() {
                        *last = if *last == b'#' { b'%' } else { b'#' };
                        proptest::prop_assert!(!view_after_starts_with(text.as_bytes(), start, &wrong));
                    }
                    let mut longer = after.to_vec();
                    longer.push(b'z');
                    if k == view_bytes.len() - at {
                        proptest::prop_assert!(!view_after_starts_with(text.as_bytes(), start, &longer));
                    }
                }
                for k in 0..=at {
                    let before = &view_bytes[at - k..at];
                    proptest::prop_assert!(view_before_ends_with(text.as_bytes(), start, before));
                    let mut wrong = before.to_vec();
                    if let Some(first) = wrong.first_mut() {
                        *first = if *first == b'#' { b'%' } else { b'#' };
                        proptest::prop_assert!(!view_before_ends_with(text.as_bytes(), start, &wrong));
                    }
                    if k == at {
                        let longer = [b"z".as_slice(), before].concat();
                        proptest::prop_assert!(!view_before_ends_with(text.as_bytes(), start, &longer));
                    }
                }
            }
            let set = sentinels(&[" ab cd", "cd ef ", " x y", " abc", "q r"]);
            let by_text = runs
                .iter()
                .any(|&(start, end)| set.at_word(text.as_bytes(), start, end))
                || set.unanchored_in(text.as_bytes());
            proptest::prop_assert_eq!(by_text, set.occur_in(&view));
        }
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
