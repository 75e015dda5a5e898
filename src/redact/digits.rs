//! Long digit runs, found without a keyword: card numbers (Luhn, a real
//! issuer prefix, printed grouping) and IBANs (country length, mod-97).
//!
//! Most text has no long digit run, so the search reads eight bytes at a
//! time without branches and falls back to reading bytes one by one only
//! where a run is possible.

use std::ops::Range;

use super::span::{Span, ends_with_mask, is_word_byte};
use super::validate::{IBAN, card_brand, card_grouping_ok, iban_len, luhn_ok};

/// A digit run this long (single spaces or dashes between digits allowed)
/// wakes the card and IBAN rules on its line. Cards have 13+ digits; dates
/// and times (`2024-01-27 10:06`) stay below it.
pub(super) const NUMERIC_RUN: usize = 12;

/// The position where the first digit run of [`NUMERIC_RUN`]+ digits at or
/// after `from` reaches that length; single spaces or dashes may separate
/// digits.
///
/// Most text has no such run, so it is read eight bytes at a time without
/// branches, keeping one bit per byte of the last 64 bytes where the byte
/// is a digit. A qualifying run spans at most 23 bytes, so the word that
/// brings it to length holds a digit and the last four words hold at
/// least [`NUMERIC_RUN`] digits. Only where both hold (timestamps and
/// addresses often do) are the separators of those four words read and
/// the run judged from the bits ([`digit_reaching_run`]).
pub(super) fn long_digit_run(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut digit_bits = 0u64;
    let mut end = 0;
    while end < rest.len() {
        let digits = gather_high_bits(digit_mask(word_at(rest, end)));
        end += 8;
        digit_bits = (digit_bits >> 8) | (digits << 56);
        if digits != 0
            && (digit_bits >> 32).count_ones() as usize >= NUMERIC_RUN
            && let separator_bits = separators_of_last_four_words(rest, end)
            && has_run_of_12(digit_bits | separator_bits)
            && let Some(bit) = digit_reaching_run(digit_bits, separator_bits)
        {
            // Bit `j` is the byte `from + end - 64 + j`; a digit's bit is
            // never below the bytes read so far.
            return Some(from + end + bit as usize - 64);
        }
    }
    None
}

/// The eight bytes of `bytes` from `at`, zero past its end, as one word.
#[inline]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    if let Some(Ok(word)) = bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
        return u64::from_le_bytes(word);
    }
    let mut word = [0u8; 8];
    let available = bytes.len().saturating_sub(at).min(8);
    word[..available].copy_from_slice(&bytes[at..at + available]);
    u64::from_le_bytes(word)
}

/// One bit per byte, where it is a space or a dash, for the four words
/// that end at `end` (bits 32 to 63 of a window of 64 bytes ending there;
/// the lower bits are clear: a run that brings its length in the newest
/// word starts within these four).
fn separators_of_last_four_words(bytes: &[u8], end: usize) -> u64 {
    let mut bits = 0u64;
    for back in 1..=4 {
        let Some(at) = end.checked_sub(back * 8) else {
            break;
        };
        let word = word_at(bytes, at);
        let separators = gather_high_bits(
            zero_bytes(word ^ 0x2020_2020_2020_2020) | zero_bytes(word ^ 0x2d2d_2d2d_2d2d_2d2d),
        );
        bits |= separators << (64 - back * 8);
    }
    bits
}

/// In a window where bit `j` stands for byte `j` (`digits` and
/// `separators` set where the byte is one), the bit of a digit in the
/// newest word (the high eight bits) that brings its run to
/// [`NUMERIC_RUN`] digits. A run breaks at a byte that is neither, and at
/// a separator that does not follow a digit (two in a row, or one at its
/// start). Called for each word in turn, so a run that reached the length
/// in an earlier word was found there.
fn digit_reaching_run(digits: u64, separators: u64) -> Option<u32> {
    let breaks = !(digits | separators) | (separators & !(digits << 1));
    let mut newest = digits & (u64::MAX << 56);
    while newest != 0 {
        let at = newest.trailing_zeros();
        let earlier_breaks = breaks & ((1u64 << at) - 1);
        let start = 64 - earlier_breaks.leading_zeros();
        let run = digits & (u64::MAX << start) & (u64::MAX >> (63 - at));
        if run.count_ones() as usize >= NUMERIC_RUN {
            return Some(at);
        }
        newest &= newest - 1;
    }
    None
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that is an ASCII digit.
fn digit_mask(word: u64) -> u64 {
    let low = word & LOW7;
    // Neither sum carries across bytes: every byte of `low` is <= 0x7f.
    let at_least_0 = low + 0x5050_5050_5050_5050;
    let above_9 = low + 0x4646_4646_4646_4646;
    at_least_0 & !above_9 & !word & HIGH
}

/// The high bit of each zero byte of `word` (exact, no false positives).
fn zero_bytes(word: u64) -> u64 {
    let t = (word & LOW7) + LOW7;
    !(t | word | LOW7)
}

/// The eight high bits of a byte mask, as the low eight bits.
fn gather_high_bits(mask: u64) -> u64 {
    ((mask >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Whether `bits` has twelve consecutive set bits.
fn has_run_of_12(bits: u64) -> bool {
    let mut run = bits & (bits >> 1); // runs of 2
    run &= run >> 2; // 4
    run &= run >> 4; // 8
    run &= run >> 4; // 12
    run != 0
}

/// Card numbers and IBANs among the long digit runs of `window`. A run is
/// digits with single spaces or dashes between them, standing alone as a
/// word; an IBAN's run follows its two-letter country code.
pub(super) fn number_spans(text: &str, window: Range<usize>, rule: usize, out: &mut Vec<Span<'_>>) {
    let bytes = text.as_bytes();
    let is_edge = |at: Option<usize>| {
        at.and_then(|i| bytes.get(i))
            .is_none_or(|&b| !is_word_byte(b))
    };
    let mut at = window.start;
    while at < window.end {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        let (mut end, mut digits) = (at, 0);
        while end < window.end {
            if bytes[end].is_ascii_digit() {
                digits += 1;
                end += 1;
            } else if matches!(bytes[end], b' ' | b'-')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                && end + 1 < window.end
            {
                end += 1;
            } else {
                break;
            }
        }
        at = end;
        if digits < NUMERIC_RUN {
            continue;
        }
        if let Some((iban_start, len)) = iban_around(text, window.start, start) {
            out.push(Span {
                start: iban_start,
                end: iban_start + len,
                rule,
                kind: IBAN,
                keep_suffix: 0,
            });
            at = at.max(iban_start + len);
            continue;
        }
        // Digits right after a mask are the card it kept the end of.
        let open_before = is_edge(start.checked_sub(1)) && !ends_with_mask(bytes, start);
        let open_after = is_edge(Some(end));
        for (offset, len, brand) in card_spans(&text[start..end], open_before, open_after) {
            out.push(Span {
                start: start + offset,
                end: start + offset + len,
                rule,
                kind: brand,
                keep_suffix: 4,
            });
        }
    }
}

/// An IBAN that holds the digit run starting at `run_start`: its country
/// code and check digits (`GB82`) stand right before the run or a few
/// letter-and-digit groups earlier (`GB82 WEST 1234 ...`).
fn iban_around(text: &str, window_start: usize, run_start: usize) -> Option<(usize, usize)> {
    const LOOK_BACK: usize = 16;
    let bytes = text.as_bytes();
    let earliest = run_start.saturating_sub(LOOK_BACK).max(window_start);
    (earliest..run_start).find_map(|p| {
        let head = bytes.get(p..p + 4)?;
        let is_start = head[0].is_ascii_uppercase()
            && head[1].is_ascii_uppercase()
            && head[2].is_ascii_digit()
            && head[3].is_ascii_digit()
            && (p == 0 || !is_word_byte(bytes[p - 1]))
            && bytes[p..run_start]
                .iter()
                .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ');
        if !is_start {
            return None;
        }
        let len = iban_len(&text[p..])?;
        (p + len > run_start).then_some((p, len))
    })
}

/// The longest text a printed card number takes: 19 digits, 18 separators.
const MAX_CARD_TEXT: usize = 37;

/// The card numbers within a digit run, as `(offset, length, brand)`:
/// from the left, at each start the longest valid one, then on after it.
/// An order id may precede a number and a CVV follow it; two numbers may
/// share a run.
///
/// `open_before`/`open_after` say whether the run stands alone as a word
/// on that side; a candidate touching a glued side is skipped.
fn card_spans(run: &str, open_before: bool, open_after: bool) -> Vec<(usize, usize, &'static str)> {
    let valid = |s: &str| {
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        ((13..=19).contains(&digits) && card_grouping_ok(s) && luhn_ok(s))
            .then(|| card_brand(s))
            .flatten()
    };
    let separators: Vec<usize> = run.match_indices([' ', '-']).map(|(i, _)| i).collect();
    let starts = std::iter::once(0).chain(separators.iter().map(|i| i + 1));
    let mut found = Vec::new();
    let mut free_from = 0;
    for (k, start) in starts.enumerate() {
        if start < free_from || (start == 0 && !open_before) {
            continue;
        }
        // The separators after `start` are `separators[k..]`. 19 digits and
        // their separators fit in 37 bytes: longer spans are not card
        // numbers, and leaving them out keeps a long run linear.
        let ends = separators[k..]
            .iter()
            .copied()
            .chain(std::iter::once(run.len()));
        let longest = ends
            .take_while(|&end| end - start <= MAX_CARD_TEXT)
            .filter(|&end| end < run.len() || open_after)
            .filter_map(|end| valid(&run[start..end]).map(|brand| (end, brand)))
            .last();
        if let Some((end, brand)) = longest {
            found.push((start, end - start, brand));
            free_from = end;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_masks_match_a_byte_by_byte_reading() {
        for b in 0..=255u8 {
            let word = u64::from(b) << 16 | 0x41;
            assert_eq!(
                gather_high_bits(digit_mask(word)) == 0b100,
                b.is_ascii_digit(),
                "digit {b:#x}"
            );
            assert_eq!(
                gather_high_bits(zero_bytes(word ^ 0x2020_2020_2020_2020)) & 0b100 != 0,
                b == b' '
            );
        }
        assert!(has_run_of_12(0xfff << 20));
        assert!(!has_run_of_12(0x7ff << 20 | 0x7ff));
    }

    #[test]
    fn digit_mask_marks_exactly_the_digits() {
        for b in 0..=255u8 {
            let mask = digit_mask(u64::from(b) << 8);
            assert_eq!(mask != 0, b.is_ascii_digit(), "byte {b:#x}");
        }
    }

    /// The reading [`long_digit_run`] must agree with: byte by byte.
    fn digit_run_read_byte_by_byte(bytes: &[u8], from: usize) -> Option<usize> {
        let (mut digits, mut after_digit) = (0, false);
        for (at, &b) in bytes.iter().enumerate().skip(from) {
            if b.is_ascii_digit() {
                digits += 1;
                after_digit = true;
            } else if after_digit && (b == b' ' || b == b'-') {
                after_digit = false;
            } else {
                (digits, after_digit) = (0, false);
            }
            if digits >= NUMERIC_RUN {
                return Some(at);
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn the_word_reading_finds_what_a_byte_reading_finds(
            text in "[0-9 a-]{0,200}",
            from in 0usize..8,
        ) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            proptest::prop_assert_eq!(
                long_digit_run(bytes, from),
                digit_run_read_byte_by_byte(bytes, from),
                "{:?} from {}", text, from
            );
        }
    }

    #[test]
    fn digit_runs_ignore_dates_and_find_card_numbers() {
        assert_eq!(long_digit_run(b"2024-01-27 10:06:20,352 INFO", 0), None);
        assert!(long_digit_run(b"card 4111 1111 1111 1111", 0).is_some());
        assert!(long_digit_run(b"id 1665840964546", 0).is_some());
    }

    #[test]
    fn card_spans_trim_groups_around_the_numbers() {
        let visa = |offset| (offset, 19, "card_visa");
        assert_eq!(card_spans("4111 1111 1111 1111", true, true), vec![visa(0)]);
        assert_eq!(
            card_spans("4111 1111 1111 1111 123", true, true),
            vec![visa(0)]
        );
        assert_eq!(
            card_spans("0 4111 1111 1111 1111", false, true),
            vec![visa(2)]
        );
        assert_eq!(
            card_spans("4111 1111 1111 1111 0 4111 1111 1111 1111", true, true),
            vec![visa(0), visa(22)]
        );
        assert!(card_spans("4111111111111111", false, true).is_empty());
        assert!(card_spans("4111 1111 1111 1112", true, true).is_empty());
    }
}
