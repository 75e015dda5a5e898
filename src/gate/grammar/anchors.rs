//! Sentinel literals filed by anchor word: each ASCII literal of the words
//! view is filed under one of its words (the rarest that can be told from
//! a word of the text by its first [`KEY_LEN`] bytes), so the text can be
//! read word by word and a literal compared only where its anchor is. The
//! table is small and open-addressed, so it stays in cache.

/// Bytes of a word that form its key.
pub(crate) const KEY_LEN: usize = 4;

/// A word's key: its first [`KEY_LEN`] bytes, lower-cased and
/// zero-padded. (Words hold no zero byte, so a short word never shares a
/// longer one's key.) `word` is letters and digits.
pub(crate) fn key(word: &[u8]) -> u32 {
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
pub(crate) struct Filed {
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
    /// At the head of a group: a bit for each first byte of the word after
    /// the anchor that some literal of the group names (`1 << (byte & 63)`),
    /// and how many literals name none (they end with the anchor, and are
    /// sorted first). A text whose next word fits neither skips the group
    /// unread.
    next_words: u64,
    open_ended: usize,
    /// The literal's bytes next to the anchor's word: the last one of the
    /// word before it and the first one of the word after it, when the
    /// literal has them. Most literals that share an anchor differ there,
    /// so they are compared before the rest.
    neighbours: (Option<u8>, Option<u8>),
}

impl Filed {
    pub(crate) fn new(literal: &[u8], anchor_at: usize, anchor_len: usize) -> Self {
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
            next_words: 0,
            open_ended: 0,
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

/// The bit of [`Filed::next_words`] for a word that starts with `byte`
/// (lower case): letters and digits share some bits, which only lets a
/// group be read that could have been skipped.
fn next_word_bit(byte: u8) -> u64 {
    1 << (byte & 63)
}

/// The bit of [`Slot::lengths`] for a word of `len` bytes.
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// An open-addressed table from keys to the literals filed under them.
#[derive(Debug)]
pub(crate) struct Anchors {
    slots: Box<[Slot]>,
    filed: Box<[Filed]>,
    /// A bit for each key's hash ([`PRESENT_BITS`] bits): most words file
    /// nothing, and this small set (2 KB) says so from the first level of
    /// cache, where the slots (16 bytes each, about a thousand keys) do
    /// not fit beside the text and the byte tables.
    present: Box<[u64]>,
}

/// The bits of [`Anchors::present`]: with about a thousand keys, about
/// one word in sixteen that files nothing is looked up in the slots.
const PRESENT_BITS: u32 = 14;

impl Anchors {
    pub(crate) fn new(mut filed: Vec<(u32, Filed)>) -> Self {
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
            let (next_words, open_ended) =
                filed[i..i + rest]
                    .iter()
                    .fold((0, 0), |(bits, open), (_, f)| match f.neighbours.1 {
                        Some(b) => (bits | next_word_bit(b), open),
                        None => (bits, open + 1),
                    });
            (filed[i].1.next_words, filed[i].1.open_ended) = (next_words, open_ended);
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
        let mut present = vec![0u64; 1 << (PRESENT_BITS - 6)].into_boxed_slice();
        for slot in slots.iter().filter(|slot| slot.end != 0) {
            let bit = Self::presence_bit(slot.key);
            present[bit >> 6] |= 1 << (bit & 63);
        }
        Self {
            slots,
            filed: filed.into_iter().map(|(_, f)| f).collect(),
            present,
        }
    }

    /// The bit of [`Self::present`] for `key`: other bits of the product
    /// than [`Self::home`] reads.
    fn presence_bit(key: u32) -> usize {
        (u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PRESENT_BITS)) as usize
    }

    /// Whether a literal filed under the word `text[start..end]` of ASCII
    /// text occurs there. Always inlined: it runs at each word of every
    /// text, and the hint alone was dropped as the crate's code moved.
    #[inline(always)]
    pub(crate) fn occur_around(&self, text: &[u8], start: usize, end: usize) -> bool {
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
        let after = text[end..]
            .iter()
            .find(|b| b.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase);
        let mut i = 0;
        while let Some(f) = filed.get(i) {
            let group = &filed[i..i + f.rest_of_group];
            i += group.len();
            if !f.is_anchor(word) {
                continue;
            }
            if f.open_ended == 0 && after.is_none_or(|b| f.next_words & next_word_bit(b) == 0) {
                continue;
            }
            // The group is sorted by the first byte of the word after the
            // anchor (literals that end with it first): only those that
            // can match the text's next word are read.
            let before = text[..start]
                .iter()
                .rev()
                .find(|b| b.is_ascii_alphanumeric())
                .map(u8::to_ascii_lowercase);
            let open_ended = f.open_ended;
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
        let bit = Self::presence_bit(key);
        if self.present[bit >> 6] & (1 << (bit & 63)) == 0 {
            return &[];
        }
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

/// Whether the words view of ASCII `text` (letters and digits
/// lower-cased, each run of other bytes one space, a space at each end)
/// goes on with `literal` from the word that starts at `start`.
pub(crate) fn view_after_starts_with(text: &[u8], start: usize, literal: &[u8]) -> bool {
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
pub(crate) fn view_before_ends_with(text: &[u8], start: usize, literal: &[u8]) -> bool {
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
pub(crate) fn anchor(literal: &[u8], rarity: &impl Fn(&[u8]) -> u64) -> Option<(usize, usize)> {
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
