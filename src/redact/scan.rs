//! The scanner behind [`Redactor`](super::Redactor): one Aho-Corasick pass
//! over the text finds the keywords, one byte pass finds long digit runs, and
//! only the rules those hits name run their regex, on the hit's line.
//!
//! A clean line pays for the two passes and nothing else: no regex runs and
//! nothing is allocated. Dense lines pay one regex run per (rule, line) that
//! a keyword pointed at, over that line only.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use memchr::{memchr, memmem, memrchr};
use regex::bytes::{Regex, RegexBuilder};

use super::rules::{BENIGN_KEY_NAMES, Check, SECRET_WORDS};
use super::validate::{
    card_brand, card_grouping_ok, credential_value_ok, iban_len, is_placeholder, looks_generated,
    luhn_ok, ssn_ok,
};

/// A rule ready to run.
#[derive(Debug)]
pub(crate) struct CompiledRule {
    pub(crate) kind: Box<str>,
    /// `None` for rules matched in code (an empty pattern).
    regex: Option<Regex>,
    pub(crate) check: Check,
    /// Capture groups holding the secret, first participating one wins;
    /// empty means the whole match.
    secret_groups: Vec<usize>,
    /// Runs at each keyword hit, anchored there (the regex starts with `^`),
    /// instead of over the hit's line.
    anchored: bool,
    /// The byte before an anchored match must not be a word byte.
    boundary_before: bool,
}

/// Compiles a rule's pattern over bytes in ASCII mode: `\d`, `\s`, `\b`
/// and case folding are ASCII, and `[^"]` is any byte but a quote. That
/// keeps the automata small; every delimiter the patterns use is ASCII, so
/// matches still start and end on character boundaries (checked anyway).
fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).unicode(false).build()
}

/// How a rule's pattern is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// Search the whole line around a keyword hit.
    Line,
    /// Match starting exactly at a keyword hit.
    AtKeyword,
}

const WORD_BOUNDARY: &str = r"(?-u:\b)";

impl CompiledRule {
    /// Compiles `pattern`. An [`Placement::AtKeyword`] rule is compiled as
    /// `^(?:pattern)`, its leading word boundary checked by hand, since the
    /// regex then sees the text only from the hit on.
    pub(crate) fn new(
        kind: Box<str>,
        pattern: &str,
        check: Check,
        placement: Placement,
    ) -> Result<Self, regex::Error> {
        let anchored = placement == Placement::AtKeyword;
        let (boundary_before, regex) = if pattern.is_empty() {
            (false, None)
        } else if anchored {
            let rest = pattern.strip_prefix(WORD_BOUNDARY);
            (
                rest.is_some(),
                Some(compile(&format!("^(?:{})", rest.unwrap_or(pattern)))?),
            )
        } else {
            (false, Some(compile(pattern)?))
        };
        let secret_groups = regex.as_ref().map_or_else(Vec::new, |regex| {
            let index_of = |wanted: &str| regex.capture_names().position(|n| n == Some(wanted));
            ["s", "s2", "s3"]
                .iter()
                .filter_map(|g| index_of(g))
                .collect()
        });
        Ok(Self {
            kind,
            regex,
            check,
            secret_groups,
            anchored,
            boundary_before,
        })
    }
}

/// A keyword of the prefilter and the rules it wakes.
#[derive(Debug)]
pub(crate) struct Keyword {
    /// When set, the hit must match this text exactly (case included).
    exact: Option<Box<str>>,
    rules: Vec<usize>,
    /// The other keywords this one starts with (`sk-` for `sk-proj-`): a
    /// leftmost-longest search reports only the longest at a position.
    prefixes: Vec<usize>,
}

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

/// The compiled rule set and its prefilter.
#[derive(Debug)]
pub(crate) struct Scanner {
    pub(crate) rules: Vec<CompiledRule>,
    prefilter: Option<AhoCorasick>,
    keywords: Vec<Keyword>,
    numeric_rules: Vec<usize>,
    unconditional_rules: Vec<usize>,
}

/// A digit run this long (single spaces or dashes between digits allowed)
/// wakes the card and IBAN rules on its line. Cards have 13+ digits; dates
/// and times (`2024-01-27 10:06`) stay below it.
const NUMERIC_RUN: usize = 12;

/// How far past a PEM header an END line is looked for.
const PEM_MAX_BODY: usize = 64 * 1024;

impl Scanner {
    /// Builds the prefilter from each rule's keywords: `(rule, keywords,
    /// exact keywords)`.
    pub(crate) fn new(
        rules: Vec<CompiledRule>,
        keyword_lists: &[(&[String], &[String])],
    ) -> Result<Self, aho_corasick::BuildError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut numeric_rules = Vec::new();
        let mut unconditional_rules = Vec::new();
        for (index, (loose, exact)) in keyword_lists.iter().enumerate() {
            if rules[index].check == Check::Card {
                numeric_rules.push(index);
            }
            if loose.is_empty() && exact.is_empty() && !matches!(rules[index].check, Check::Card) {
                unconditional_rules.push(index);
            }
            let entries = loose.iter().map(|k| (k.to_ascii_lowercase(), None)).chain(
                exact
                    .iter()
                    .map(|k| (k.to_ascii_lowercase(), Some(k.clone().into_boxed_str()))),
            );
            for (pattern, exact) in entries {
                match patterns
                    .iter()
                    .zip(&keywords)
                    .position(|(p, k)| *p == pattern && k.exact == exact)
                {
                    Some(at) => keywords[at].rules.push(index),
                    None => {
                        patterns.push(pattern);
                        keywords.push(Keyword {
                            exact,
                            rules: vec![index],
                            prefixes: Vec::new(),
                        });
                    }
                }
            }
        }
        for (i, keyword) in keywords.iter_mut().enumerate() {
            keyword.prefixes = (0..patterns.len())
                .filter(|&j| j != i && patterns[i].starts_with(patterns[j].as_str()))
                .collect();
        }
        let prefilter = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&patterns)?,
            )
        };
        Ok(Self {
            rules,
            prefilter,
            keywords,
            numeric_rules,
            unconditional_rules,
        })
    }

    /// All spans to mask in `text`, sorted and merged so none overlap.
    /// Allocates nothing when there is nothing to mask.
    pub(crate) fn spans<'r>(&'r self, text: &str) -> Vec<Span<'r>> {
        let mut spans = Vec::new();
        // Anchored rules run at once at their hit; rules that search a line
        // are collected first so that each runs once per line.
        let mut line_jobs: Vec<Job> = Vec::new();
        self.keyword_hits(text, &mut spans, &mut line_jobs);
        if !self.numeric_rules.is_empty() {
            let bytes = text.as_bytes();
            let mut at = 0;
            while let Some(pos) = long_digit_run(bytes, at) {
                let line = line_around(bytes, pos);
                line_jobs.extend(self.numeric_rules.iter().map(|&rule| Job {
                    rule,
                    from: line.start,
                    line_end: line.end,
                }));
                at = line.end + 1;
            }
        }
        if line_jobs.len() > 1 {
            line_jobs.sort_unstable();
            line_jobs.dedup();
        }
        for Job {
            rule,
            from,
            line_end,
        } in line_jobs
        {
            self.run_rule(rule, text, from..line_end, &mut spans);
        }
        for &rule in &self.unconditional_rules {
            self.run_rule(rule, text, 0..text.len(), &mut spans);
        }
        if spans.is_empty() {
            return spans;
        }
        drop_existing_masks(text, &mut spans);
        merge(spans)
    }

    /// Finds the keywords in `text`: runs each anchored rule at its hit and
    /// queues the line rules.
    fn keyword_hits<'r>(&'r self, text: &str, spans: &mut Vec<Span<'r>>, line_jobs: &mut Vec<Job>) {
        let Some(prefilter) = &self.prefilter else {
            return;
        };
        let bytes = text.as_bytes();
        let mut line = 0..0;
        // Leftmost-longest from every start: restarting one byte after each
        // hit finds keywords that overlap it, and `prefixes` credits the
        // shorter keywords at the same start.
        let mut from = 0;
        while let Some(hit) = prefilter.find(Input::new(text).span(from..text.len())) {
            let at = hit.start();
            from = at + 1;
            let longest = &self.keywords[hit.pattern().as_usize()];
            for keyword in
                std::iter::once(longest).chain(longest.prefixes.iter().map(|&k| &self.keywords[k]))
            {
                if let Some(exact) = &keyword.exact {
                    if bytes.get(at..at + exact.len()) != Some(exact.as_bytes()) {
                        continue;
                    }
                }
                if !line.contains(&at) {
                    line = line_around(bytes, at);
                }
                for &rule in &keyword.rules {
                    let compiled = &self.rules[rule];
                    if !compiled.anchored {
                        line_jobs.push(Job {
                            rule,
                            from: line.start,
                            line_end: line.end,
                        });
                    } else if !(compiled.boundary_before && at > 0 && is_word_byte(bytes[at - 1])) {
                        self.run_rule(rule, text, at..line.end, spans);
                    }
                }
            }
        }
    }

    fn run_rule<'r>(
        &'r self,
        index: usize,
        text: &str,
        window: Range<usize>,
        out: &mut Vec<Span<'r>>,
    ) {
        let rule = &self.rules[index];
        match (&rule.regex, rule.check) {
            (_, Check::Card) => number_spans(text, window, index, out),
            (_, Check::DiscordToken) => discord_spans(text, window, index, out),
            (_, Check::Assignment) => {
                if let Some((class, value)) = assignment(text, window.start) {
                    let (kind, accepted) = class.judge(&text[value.clone()]);
                    if accepted {
                        out.push(Span {
                            start: value.start,
                            end: value.end,
                            rule: index,
                            kind,
                            keep_suffix: 0,
                        });
                    }
                }
            }
            (Some(regex), _) => self.run_regex(index, regex, text, window, out),
            (None, _) => {}
        }
    }

    fn run_regex<'r>(
        &'r self,
        index: usize,
        regex: &Regex,
        text: &str,
        window: Range<usize>,
        out: &mut Vec<Span<'r>>,
    ) {
        let rule = &self.rules[index];
        let base = window.start;
        let hay = &text.as_bytes()[window];
        for caps in regex.captures_iter(hay) {
            let Some(whole) = caps.get(0) else { continue };
            let secret = rule
                .secret_groups
                .iter()
                .find_map(|&g| caps.get(g))
                .unwrap_or(whole);
            let (start, end) = (base + secret.start(), base + secret.end());
            let Some(value) = text.get(start..end) else {
                continue;
            };
            let Some(whole_text) = text.get(base + whole.start()..base + whole.end()) else {
                continue;
            };
            let mut span = Span {
                start,
                end,
                rule: index,
                kind: &rule.kind,
                keep_suffix: 0,
            };
            let accepted = match rule.check {
                Check::Shape => true,
                Check::Iban => match iban_len(value) {
                    Some(len) => {
                        span.end = start + len;
                        true
                    }
                    None => false,
                },
                Check::Ssn => ssn_ok(value),
                Check::Email => email_ok(text, base + whole.end(), whole_text),
                // Matched in code, never by a regex.
                Check::Card | Check::Assignment | Check::DiscordToken => false,
                Check::Credential => credential_value_ok(value, false),
                Check::Generated => !is_placeholder(value) && looks_generated(value),
                Check::PemBlock => {
                    span.start = base + whole.end();
                    span.end = pem_body_end(text, span.start);
                    span.end > span.start
                }
            };
            if accepted {
                out.push(span);
            }
        }
    }
}

/// One run of a line rule: `rule` over `from..line_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    rule: usize,
    from: usize,
    line_end: usize,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The byte range of the line holding `pos`, without its newline.
fn line_around(bytes: &[u8], pos: usize) -> Range<usize> {
    let start = memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
    let end = memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
    start..end
}

/// The position where the first digit run of [`NUMERIC_RUN`]+ digits at or
/// after `from` reaches that length; single spaces or dashes may separate
/// digits.
///
/// Most text has no such run, so it is read eight bytes at a time without
/// branches. A qualifying run spans at most 23 bytes, so it lies within four
/// consecutive words holding together at least [`NUMERIC_RUN`] digits, and
/// it is a stretch of [`NUMERIC_RUN`]+ bytes that are all digits, spaces or
/// dashes. Only where both hold (rare: timestamps and addresses fail the
/// second) are bytes read one by one.
fn long_digit_run(bytes: &[u8], from: usize) -> Option<usize> {
    const WINDOW_WORDS: usize = 4;
    let rest = bytes.get(from..)?;
    let mut counts = [0u32; WINDOW_WORDS];
    let mut sum = 0;
    // One bit per byte of the last eight words, newest in the high bits:
    // set where the byte is a digit, a space or a dash.
    let mut run_bytes = 0u64;
    // Bytes before `scanned_to` were read one by one already; `run` carries
    // over when the next window continues where that read stopped.
    let mut scanned_to = from;
    let mut run = DigitRun::default();
    let words = rest.chunks_exact(8);
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    let tail = (!words.remainder().is_empty()).then_some(u64::from_le_bytes(tail));
    let words = words.map(|chunk| {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        u64::from_le_bytes(word)
    });
    for (i, word) in words.chain(tail).enumerate() {
        let digits = digit_mask(word);
        let count = digits.count_ones();
        sum = sum - counts[i % WINDOW_WORDS] + count;
        counts[i % WINDOW_WORDS] = count;
        let separators =
            zero_bytes(word ^ 0x2020_2020_2020_2020) | zero_bytes(word ^ 0x2d2d_2d2d_2d2d_2d2d);
        run_bytes = (run_bytes >> 8) | (gather_high_bits(digits | separators) << 56);
        if sum as usize >= NUMERIC_RUN && has_run_of_12(run_bytes) {
            let window_start = from + (i + 1).saturating_sub(WINDOW_WORDS) * 8;
            let end = (from + (i + 1) * 8).min(bytes.len());
            if window_start > scanned_to {
                run = DigitRun::default();
                scanned_to = window_start;
            }
            for (at, &b) in bytes.iter().enumerate().take(end).skip(scanned_to) {
                if run.push(b) {
                    return Some(at);
                }
            }
            scanned_to = end;
        }
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

/// A digit run being read byte by byte: digits, with single spaces or
/// dashes between them.
#[derive(Debug, Default, Clone, Copy)]
struct DigitRun {
    digits: usize,
    after_digit: bool,
}

impl DigitRun {
    /// Reads one byte; true once the run is [`NUMERIC_RUN`] digits long.
    fn push(&mut self, b: u8) -> bool {
        if b.is_ascii_digit() {
            self.digits += 1;
            self.after_digit = true;
        } else if self.after_digit && (b == b' ' || b == b'-') {
            self.after_digit = false;
        } else {
            *self = Self::default();
        }
        self.digits >= NUMERIC_RUN
    }
}

/// Card numbers and IBANs among the long digit runs of `window`. A run is
/// digits with single spaces or dashes between them, standing alone as a
/// word; an IBAN's run follows its two-letter country code.
fn number_spans(text: &str, window: Range<usize>, rule: usize, out: &mut Vec<Span<'_>>) {
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
                kind: "iban",
                keep_suffix: 0,
            });
            at = at.max(iban_start + len);
            continue;
        }
        let (open_before, open_after) = (is_edge(start.checked_sub(1)), is_edge(Some(end)));
        if let Some((offset, len, brand)) = card_span(&text[start..end], open_before, open_after) {
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

/// Discord bot tokens in `window`: `id.timestamp.hmac`, where the id is a
/// 17-19 digit number in base64 (23-27 characters starting with `M`, `N`
/// or `O`), the timestamp 6 characters and the HMAC 27-40. Found from each
/// `.` that is followed by six token characters and another `.`.
fn discord_spans(text: &str, window: Range<usize>, rule: usize, out: &mut Vec<Span<'_>>) {
    let bytes = &text.as_bytes()[..window.end];
    let is_token_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
    let mut from = window.start;
    while let Some(i) = memchr(b'.', &bytes[from..]) {
        let dot = from + i;
        from = dot + 1;
        let second = dot + 7;
        if bytes.get(second) != Some(&b'.') || !bytes[dot + 1..second].iter().all(is_token_byte) {
            continue;
        }
        let id_len = bytes[window.start..dot]
            .iter()
            .rev()
            .take_while(|b| is_token_byte(b))
            .count();
        let hmac_len = bytes[second + 1..]
            .iter()
            .take_while(|b| is_token_byte(b))
            .count();
        let start = dot - id_len;
        if (23..=27).contains(&id_len)
            && (27..=40).contains(&hmac_len)
            && matches!(bytes[start], b'M' | b'N' | b'O')
        {
            let end = second + 1 + hmac_len;
            out.push(Span {
                start,
                end,
                rule,
                kind: "discord_bot_token",
                keep_suffix: 0,
            });
            from = end;
        }
    }
}

/// The card number within a digit run: `(offset, length, brand)`. The
/// whole run is tried first, then shorter runs between group boundaries,
/// longest first: an order id may precede the number, a CVV follow it.
///
/// `open_before`/`open_after` say whether the run stands alone as a word
/// on that side; a candidate touching a glued side is skipped.
fn card_span(
    run: &str,
    open_before: bool,
    open_after: bool,
) -> Option<(usize, usize, &'static str)> {
    let valid = |s: &str| {
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        ((13..=19).contains(&digits) && card_grouping_ok(s) && luhn_ok(s))
            .then(|| card_brand(s))
            .flatten()
    };
    let separators: Vec<usize> = run.match_indices([' ', '-']).map(|(i, _)| i).collect();
    let starts = std::iter::once(0).chain(separators.iter().map(|i| i + 1));
    let mut candidates: Vec<(usize, usize)> = starts
        .flat_map(|start| {
            let ends = separators
                .iter()
                .copied()
                .filter(move |&e| e > start)
                .chain(std::iter::once(run.len()));
            ends.map(move |end| (start, end))
        })
        .collect();
    candidates
        .retain(|&(start, end)| (start > 0 || open_before) && (end < run.len() || open_after));
    candidates.sort_by_key(|&(start, end)| (std::cmp::Reverse(end - start), start));
    candidates
        .into_iter()
        .find_map(|(start, end)| valid(&run[start..end]).map(|brand| (start, end - start, brand)))
}

/// The end of a PEM private-key body that starts at `from`: the start of
/// its END line, or, for a block cut short, the end of its last base64
/// line. Lines end with a newline or with a `\n` escape (PEM in JSON).
fn pem_body_end(text: &str, from: usize) -> usize {
    let limit = text.len().min(from.saturating_add(PEM_MAX_BODY));
    let window = &text.as_bytes()[from..limit];
    if let Some(i) = memmem::find(window, b"-----END ") {
        return from + i;
    }
    let is_base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    let mut at = 0;
    let mut body_end = 0;
    while at < window.len() {
        let rest = &window[at..];
        let (line_len, next) = match (memchr(b'\n', rest), memmem::find(rest, b"\\n")) {
            (Some(n), Some(e)) if e < n => (e, e + 2),
            (Some(n), _) => (n, n + 1),
            (None, Some(e)) => (e, e + 2),
            (None, None) => (rest.len(), rest.len()),
        };
        let line = &rest[..line_len];
        let lead = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let content = &line[lead..];
        let base64 = content.iter().take_while(|b| is_base64(b)).count();
        let header = [
            &b"Proc-Type:"[..],
            b"DEK-Info:",
            b"Version:",
            b"Comment:",
            b"Hash:",
            b"Charset:",
        ]
        .iter()
        .any(|h| content.starts_with(h));
        // Short runs are words of the next log line, not key material.
        let key_like = base64 >= 16 || (base64 > 0 && content[base64 - 1] == b'=');
        if header {
            body_end = at + line_len;
        } else if key_like {
            body_end = at + lead + base64;
            if base64 < content.len() {
                break;
            }
        } else if !content.is_empty() {
            break;
        }
        at += next;
    }
    from + body_end
}

/// File names (`logo@2x.png`), scp-style remotes (`git@host:org/repo`) and
/// cloud workload identities (`deployer@proj.iam.gserviceaccount.com`, which
/// name a service, not a person, and are what an IAM error must show) look
/// like personal addresses but are not.
fn email_ok(text: &str, match_end: usize, whole: &str) -> bool {
    const FILE_EXTENSIONS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "mjs", "css", "ts", "json", "md",
        "txt", "lock", "py", "rs", "go", "java", "rb", "yaml", "yml", "toml", "html",
    ];
    if text.as_bytes().get(match_end) == Some(&b':')
        || whole.to_ascii_lowercase().ends_with(".gserviceaccount.com")
    {
        return false;
    }
    let tld = whole
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    !FILE_EXTENSIONS.contains(&tld.as_str())
}

/// What a key name says about its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameClass {
    /// `password`, `DB_PASS`, `passphrase`.
    Password,
    /// `api_key`, `client_secret`, `auth_token`: a credential whatever its
    /// shape; the kind to report.
    Credential(&'static str),
    /// `stripe_key`, `auth`: a credential only if it looks generated.
    Generic(&'static str),
}

impl NameClass {
    /// The kind to report for `value` under this name, and whether the
    /// value is a credential.
    fn judge(self, value: &str) -> (&'static str, bool) {
        match self {
            Self::Password => ("password", credential_value_ok(value, true)),
            Self::Credential(kind) => (kind, credential_value_ok(value, false)),
            Self::Generic(kind) => (kind, !is_placeholder(value) && looks_generated(value)),
        }
    }
}

/// Key-name suffixes (separators removed) that always name a credential.
const CREDENTIAL_KEYS: &[&str] = &[
    "apikey",
    "secretkey",
    "accesskey",
    "privatekey",
    "accountkey",
    "signingkey",
    "masterkey",
    "encryptionkey",
    "licensekey",
    "clientkey",
    "appkey",
    "authkey",
];

/// Reads an assignment whose secret word starts at `word_start`
/// (`password=...`, `"api_key": "..."`, `token => '...'`, `key: &str =
/// "..."`): the class of the full key name and the value's byte range. The
/// full name (`DB_PASSWORD`, `cache_key`) is read leftwards from the word.
fn assignment(text: &str, word_start: usize) -> Option<(NameClass, Range<usize>)> {
    let bytes = text.as_bytes();
    let rest = &bytes[word_start..];
    let word = *SECRET_WORDS
        .iter()
        .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))?;
    // Colour codes of a terminal log (`password\x1b[0m\x1b[2m=`) may sit
    // between the name, the separator and the value.
    let mut at = skip_ansi(bytes, word_start + word.len());
    // The key's closing quote or bracket: `"api_key":`, `env['TOKEN'] =`.
    let mut closers = 0;
    while closers < 2 && matches!(bytes.get(at), Some(b'"' | b'\'' | b']')) {
        at += 1;
        closers += 1;
    }
    at = skip_ansi(bytes, skip_blanks(bytes, at));
    match (bytes.get(at), bytes.get(at + 1)) {
        (Some(b'='), Some(b'=')) => return None, // a comparison
        (Some(b'='), Some(b'>')) | (Some(b':'), Some(b'=')) => at += 2,
        (Some(b'='), _) => at += 1,
        (Some(b':'), _) => at = typed_declaration(bytes, at + 1).unwrap_or(at + 1),
        _ => return None,
    }
    let is_name_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-');
    let name_start = bytes[..word_start]
        .iter()
        .rposition(|&b| !is_name_byte(b))
        .map_or(0, |i| i + 1);
    let name = &bytes[name_start..word_start + word.len()];
    let class = classify_name(&name, word)?;
    Some((
        class,
        value_range(bytes, skip_ansi(bytes, skip_blanks(bytes, at)))?,
    ))
}

/// Skips terminal colour codes (`ESC [ digits;... m`) at `at`.
fn skip_ansi(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at) == Some(&0x1b) && bytes.get(at + 1) == Some(&b'[') {
        let params = bytes[at + 2..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b';')
            .count();
        if bytes.get(at + 2 + params) != Some(&b'm') {
            break;
        }
        at += params + 3;
    }
    at
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// After `name:`, the rest of a typed declaration `&str =`, `string =`,
/// `&'static str =`: the position after its `=`.
fn typed_declaration(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = skip_blanks(bytes, from);
    if bytes.get(at) == Some(&b'&') {
        at += 1;
    }
    if bytes[at..].starts_with(b"'static") {
        at = skip_blanks(bytes, at + "'static".len());
    }
    let ident = bytes[at..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'<' | b'>'))
        .count();
    if ident == 0 || !bytes[at].is_ascii_alphabetic() && bytes[at] != b'_' {
        return None;
    }
    at = skip_blanks(bytes, at + ident);
    (bytes.get(at) == Some(&b'=') && bytes.get(at + 1) != Some(&b'=')).then_some(at + 1)
}

/// The value after an assignment: up to the closing quote when quoted,
/// else up to the first delimiter (space, quote, `,;&)}]<>`).
fn value_range(bytes: &[u8], start: usize) -> Option<Range<usize>> {
    let rest = bytes.get(start..)?;
    let (from, len) = match rest.first() {
        Some(&quote @ (b'"' | b'\'')) => {
            let body = &rest[1..];
            let len = body
                .iter()
                .position(|&b| b == quote || b == b'\n' || b == b'\r')?;
            if body[len] != quote {
                return None;
            }
            (start + 1, len)
        }
        _ => {
            let len = rest
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b"\"'`,;&)}]<>".contains(&b))
                .unwrap_or(rest.len());
            (start, len)
        }
    };
    (len > 0).then_some(from..from + len)
}

/// What a key name ending in `word` says about its value.
fn classify_name(name: &[u8], word: &str) -> Option<NameClass> {
    let before = name.len() - word.len();
    let glued_to_letter = before > 0 && name[before - 1].is_ascii_alphabetic();
    match word {
        "passphrase" | "password" | "passwd" | "pwd" => Some(NameClass::Password),
        // `bypass`, `compass`: a word that ends in "pass" is not a password.
        "pass" => (!glued_to_letter || name_ends_with(name, "pgpass", false))
            .then_some(NameClass::Password),
        "secret" | "credential" | "credentials" => Some(NameClass::Credential("secret")),
        "token" => Some(NameClass::Credential("token")),
        "key" => {
            if BENIGN_KEY_NAMES
                .iter()
                .any(|benign| name_ends_with(name, benign, false))
            {
                None
            } else if CREDENTIAL_KEYS
                .iter()
                .any(|k| name_ends_with(name, k, true))
            {
                Some(NameClass::Credential("api_key"))
            } else {
                Some(NameClass::Generic("api_key"))
            }
        }
        "auth" => (!glued_to_letter).then_some(NameClass::Generic("auth")),
        _ => None,
    }
}

/// Whether key name `name` ends with `suffix`, ignoring case and treating
/// `-`, `.` and `_` alike; with `compact`, separators are skipped
/// altogether (`secretAccessKey` ends with `accesskey`).
fn name_ends_with(name: &[u8], suffix: &str, compact: bool) -> bool {
    let normalize = |b: u8| match b {
        b'-' | b'.' => b'_',
        b => b.to_ascii_lowercase(),
    };
    let keep = |b: &u8| !(compact && *b == b'_');
    let mut name = name.iter().rev().map(|&b| normalize(b)).filter(keep);
    suffix
        .bytes()
        .rev()
        .filter(keep)
        .all(|b| name.next() == Some(b))
}

/// Drops findings inside masks that are already in the text, so that
/// redacting twice changes nothing.
fn drop_existing_masks(text: &str, spans: &mut Vec<Span<'_>>) {
    const OPEN: &[u8] = b"<redacted";
    let bytes = text.as_bytes();
    let finder = memmem::Finder::new(OPEN);
    let mut masks = Vec::new();
    for open in finder.find_iter(bytes) {
        let close = memchr(b'>', &bytes[open..]).map_or(bytes.len(), |i| open + i + 1);
        masks.push(open..close);
    }
    if masks.is_empty() {
        return;
    }
    spans.retain(|s| !masks.iter().any(|m| s.start < m.end && m.start < s.end));
}

/// Sorts spans and merges overlapping ones into their union, labelled with
/// the most specific (lowest-numbered) rule's kind.
fn merge(mut spans: Vec<Span<'_>>) -> Vec<Span<'_>> {
    spans.sort_unstable_by_key(|s| (s.start, s.rule));
    let mut merged: Vec<Span<'_>> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start < last.end => {
                if span.end > last.end || span.keep_suffix != last.keep_suffix {
                    last.keep_suffix = 0;
                }
                last.end = last.end.max(span.end);
                if span.rule < last.rule {
                    last.rule = span.rule;
                    last.kind = span.kind;
                }
            }
            _ => merged.push(span),
        }
    }
    merged
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

    #[test]
    fn digit_runs_ignore_dates_and_find_card_numbers() {
        assert_eq!(long_digit_run(b"2024-01-27 10:06:20,352 INFO", 0), None);
        assert!(long_digit_run(b"card 4111 1111 1111 1111", 0).is_some());
        assert!(long_digit_run(b"id 1665840964546", 0).is_some());
    }

    #[test]
    fn card_span_trims_groups_around_the_number() {
        assert_eq!(
            card_span("4111 1111 1111 1111", true, true),
            Some((0, 19, "card_visa"))
        );
        assert_eq!(
            card_span("4111 1111 1111 1111 123", true, true),
            Some((0, 19, "card_visa"))
        );
        assert_eq!(
            card_span("0 4111 1111 1111 1111", false, true),
            Some((2, 19, "card_visa"))
        );
        assert_eq!(card_span("4111111111111111", false, true), None);
        assert_eq!(card_span("4111 1111 1111 1112", true, true), None);
    }
}
