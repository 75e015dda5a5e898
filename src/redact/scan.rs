//! The scanner behind [`Redactor`](super::Redactor). A trigram filter
//! finds where a rule's keyword may start and an anchored Aho-Corasick run
//! confirms it there, a word-at-a-time pass finds long digit runs (cards,
//! IBANs) and a `memchr` pass over `.` finds Discord tokens; only the rules
//! those hits name run, anchored at the hit for prefix rules, over the hit's
//! line for the others.
//!
//! A clean line pays for those passes and nothing else: no regex runs and
//! nothing is allocated.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, Match, MatchKind, StartKind};
use memchr::{memchr, memmem, memrchr};
use regex::bytes::{Regex, RegexBuilder};

use super::assignment::assignment;
use super::digits::{long_digit_run, number_spans};
use super::rules::{Check, STRICT_PREFIXES};
use super::secret_group::{FixedSecret, fixed_secret};
use super::shapes::{discord_spans, email_ok, pem_body};
use super::span::{MASK_LABEL_OPEN, Span, is_label_byte, is_word_byte};
use super::trigrams::TrigramFilter;
use super::validate::{
    credential_value_ok, iban_len, is_example_token, is_placeholder, looks_generated, ssn_ok,
};
use super::value::is_expression;

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
    /// The secret group's bounds follow from the match's: the groups are
    /// not resolved.
    fixed_secret: Option<FixedSecret>,
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
        // Read from the syntax only where there is one group to place.
        let placed = (secret_groups.len() == 1)
            .then(|| fixed_secret(pattern))
            .flatten();
        Ok(Self {
            kind,
            regex,
            check,
            secret_groups,
            fixed_secret: placed,
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

/// The compiled rule set and its prefilter.
#[derive(Debug)]
pub(crate) struct Scanner {
    pub(crate) rules: Vec<CompiledRule>,
    prefilter: Option<AhoCorasick>,
    /// Where a keyword may start; with it, the prefilter runs anchored at
    /// those positions only.
    trigrams: Option<TrigramFilter>,
    keywords: Vec<Keyword>,
    numeric_rules: Vec<usize>,
    unconditional_rules: Vec<usize>,
}

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
        let trigrams = TrigramFilter::new(patterns.iter().map(String::as_str));
        let prefilter = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(Some(AhoCorasickKind::DFA))
                    .start_kind(if trigrams.is_some() {
                        StartKind::Anchored
                    } else {
                        StartKind::Unanchored
                    })
                    .build(&patterns)?,
            )
        };
        Ok(Self {
            rules,
            prefilter,
            trigrams,
            keywords,
            numeric_rules,
            unconditional_rules,
        })
    }

    /// All spans to mask in `text`, sorted and merged so none overlap.
    /// Allocates nothing when there is nothing to mask.
    pub(crate) fn spans<'r>(&'r self, text: &str) -> Vec<Span<'r>> {
        self.scan(text).0
    }

    /// [`Scanner::spans`] and, when there are any, `text` with them
    /// masked.
    ///
    /// A mask can change what the rules read around it (a value's extent,
    /// a word boundary, what stands before an address), so text with
    /// findings is scanned again with them masked, until a pass finds
    /// nothing new: no secret is left half-masked for a later reader to
    /// find, and masking the result again changes nothing. The masked text
    /// of that last pass is the one returned.
    pub(crate) fn scan<'r>(&'r self, text: &str) -> (Vec<Span<'r>>, Option<String>) {
        let spans = self.single_pass(text);
        if spans.is_empty() {
            return (spans, None);
        }
        let spans = match self.settle(text, spans, MAX_PASSES - 1, merge) {
            Ok((settled, masked)) => return (settled, Some(masked)),
            Err(unsettled) => unsettled,
        };
        // Text built so that every mask uncovers another secret (found by
        // fuzzing, never written by a person or a program) is masked from
        // its first finding to its last on each line. A hull can still
        // change how the text beside it reads (an assignment whose value
        // now ends at the mask), so the hulls grow until a pass finds
        // nothing; should that not settle, the whole text is one mask,
        // which nothing can read into.
        let hulls = hull_per_line(text, spans);
        match self.settle(text, hulls, MAX_HULL_PASSES, |found| {
            hull_per_line(text, merge(found))
        }) {
            Ok((settled, masked)) => (settled, Some(masked)),
            Err(mut unsettled) => {
                let mut whole = unsettled.swap_remove(0);
                (whole.start, whole.end, whole.keep_suffix) = (0, text.len(), 0);
                let masked = apply_masks(text, std::slice::from_ref(&whole)).0;
                (vec![whole], Some(masked))
            }
        }
    }

    /// Scans `text` again with `spans` masked, at most `passes` times, each
    /// pass's findings moved back to positions in `text` and the whole set
    /// reshaped by `reshape`: `Ok` with the spans and the text they mask
    /// once a pass finds nothing new, `Err` with the spans so far when
    /// none did.
    fn settle<'r>(
        &'r self,
        text: &str,
        mut spans: Vec<Span<'r>>,
        passes: usize,
        reshape: impl Fn(Vec<Span<'r>>) -> Vec<Span<'r>>,
    ) -> Result<(Vec<Span<'r>>, String), Vec<Span<'r>>> {
        for _ in 0..passes {
            let (masked, shifts) = apply_masks(text, &spans);
            let more = self.single_pass(&masked);
            if more.is_empty() {
                return Ok((spans, masked));
            }
            spans.extend(more.into_iter().map(|mut span| {
                span.start = shifts.to_original(span.start);
                span.end = shifts.to_original(span.end);
                span
            }));
            spans = reshape(spans);
        }
        Err(spans)
    }

    /// One scan of `text`: what the rules find, sorted and merged.
    fn single_pass<'r>(&'r self, text: &str) -> Vec<Span<'r>> {
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
        // Per anchored rule, the end of the text its last run matched: a
        // hit inside it (`sk-sk-sk-…`, `key=key=…`) cannot match anything
        // new, and skipping it keeps such text linear, not quadratic.
        let mut reached: Vec<(usize, usize)> = Vec::new();
        // Leftmost-longest from every start: restarting one byte after each
        // hit finds keywords that overlap it, and `prefixes` credits the
        // shorter keywords at the same start.
        let mut from = 0;
        // A mask's label (`<redacted:iban>`, `<redacted:password>`) holds
        // keywords; a hit inside a mask wakes nothing.
        // Looked for at the first hit only: most lines have none.
        let mut masked: Option<bool> = None;
        while let Some(hit) = self.next_keyword(prefilter, text, from) {
            let at = hit.start();
            from = at + 1;
            if *masked.get_or_insert_with(|| MASK_FINDER.find(bytes).is_some())
                && inside_mask(bytes, at)
            {
                continue;
            }
            let longest = &self.keywords[hit.pattern().as_usize()];
            for keyword in
                std::iter::once(longest).chain(longest.prefixes.iter().map(|&k| &self.keywords[k]))
            {
                if let Some(exact) = &keyword.exact
                    && bytes.get(at..at + exact.len()) != Some(exact.as_bytes())
                {
                    continue;
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
                    } else {
                        let glued =
                            compiled.boundary_before && at > 0 && is_word_byte(bytes[at - 1]);
                        let already_read = reached.iter().any(|&(r, end)| r == rule && at < end);
                        if glued || already_read {
                            continue;
                        }

                        // A secret is at most a few KB long: a run far
                        // longer is not one, and must not cost more to scan.
                        let window = at..line.end.min(at.saturating_add(MAX_ANCHORED_WINDOW));
                        if let Some(end) = self.run_rule(rule, text, window, spans) {
                            match reached.iter_mut().find(|(r, _)| *r == rule) {
                                Some(entry) => entry.1 = end,
                                None => reached.push((rule, end)),
                            }
                        }
                    }
                }
            }
        }
    }

    /// The leftmost keyword at or after `from`, the longest at its start.
    fn next_keyword(&self, prefilter: &AhoCorasick, text: &str, from: usize) -> Option<Match> {
        let Some(trigrams) = &self.trigrams else {
            return prefilter.find(Input::new(text).span(from..text.len()));
        };
        let mut at = from;
        loop {
            let candidate = trigrams.next_candidate(text.as_bytes(), at)?;
            let input = Input::new(text)
                .span(candidate..text.len())
                .anchored(Anchored::Yes);
            if let Some(hit) = prefilter.find(input) {
                return Some(hit);
            }
            at = candidate + 1;
        }
    }

    /// Runs rule `index` over `window`, adding what it finds to `out`;
    /// returns the end of the furthest text it matched, accepted or not.
    fn run_rule<'r>(
        &'r self,
        index: usize,
        text: &str,
        window: Range<usize>,
        out: &mut Vec<Span<'r>>,
    ) -> Option<usize> {
        let rule = &self.rules[index];
        match (&rule.regex, rule.check) {
            (_, Check::Card) => {
                number_spans(text, window, index, out);
                None
            }
            (_, Check::DiscordToken) => {
                discord_spans(text, window, index, out);
                None
            }
            (_, Check::Assignment) => {
                let (class, value) = assignment(text, window.start)?;
                let value_text = &text[value.clone()];
                let (kind, judged) = class.judge(value_text);
                let lookalike = STRICT_PREFIXES.iter().any(|p| value_text.starts_with(p));
                let accepted = judged && !lookalike;
                if accepted {
                    out.push(Span {
                        start: value.start,
                        end: value.end,
                        rule: index,
                        kind,
                        keep_suffix: 0,
                    });
                }
                Some(value.end)
            }
            (Some(regex), _) => self.run_regex(index, regex, text, window, out),
            (None, _) => None,
        }
    }

    fn run_regex<'r>(
        &'r self,
        index: usize,
        regex: &Regex,
        text: &str,
        window: Range<usize>,
        out: &mut Vec<Span<'r>>,
    ) -> Option<usize> {
        let rule = &self.rules[index];
        let base = window.start;
        let hay = &text.as_bytes()[window];
        let mut reached = None;
        // A rule whose secret is its whole match, or lies at a fixed place
        // in it, needs no capture groups: the match alone is found by the
        // lazy DFA, without the slower engines that resolve groups.
        let resolve_groups = !rule.secret_groups.is_empty() && rule.fixed_secret.is_none();
        let mut locations = resolve_groups.then(|| regex.capture_locations());
        let mut next = |at: usize| match &mut locations {
            None => regex.find_at(hay, at).map(|m| {
                let whole = (m.start(), m.end());
                let secret = rule.fixed_secret.map_or(whole, |fixed| fixed.within(whole));
                (whole, secret)
            }),
            Some(locations) => {
                regex.captures_read_at(locations, hay, at)?;
                let whole = locations.get(0)?;
                let secret = rule
                    .secret_groups
                    .iter()
                    .find_map(|&g| locations.get(g))
                    .unwrap_or(whole);
                Some((whole, secret))
            }
        };
        let mut at = 0;
        // Each search starts where the last secret ended, not where its
        // match did: a match's trailing context may be the start of the
        // next secret (`a@x.orgb@y.org`, a domain run into an address).
        while at <= hay.len() {
            let Some((whole, secret)) = next(at) else {
                break;
            };
            at = secret.1.max(whole.0 + 1);
            reached = Some(base + whole.1);
            let (start, end) = (base + secret.0, base + secret.1);
            let Some(value) = text.get(start..end) else {
                continue;
            };
            let Some(whole_text) = text.get(base + whole.0..base + whole.1) else {
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
                Check::Shape => !is_example_token(value),
                Check::Fixed => true,
                Check::HeaderValue => {
                    !is_placeholder(value) && looks_generated(value) && !is_expression(value)
                }
                Check::UrlPassword => !is_placeholder(value) && !is_example_token(value),
                Check::Iban => match iban_len(value) {
                    Some(len) => {
                        span.end = start + len;
                        true
                    }
                    None => false,
                },
                Check::Ssn => ssn_ok(value),
                Check::Email => email_ok(text, start, base + whole.1, whole_text),
                // Matched in code, never by a regex.
                Check::Card | Check::Assignment | Check::DiscordToken => false,
                Check::Credential => credential_value_ok(value, false),
                Check::Generated => {
                    !is_placeholder(value) && looks_generated(value) && !is_example_token(value)
                }
                Check::PemBlock => match pem_body(text, base + whole.1) {
                    Some(body) => {
                        (span.start, span.end) = (body.start, body.end);
                        true
                    }
                    None => false,
                },
            };
            if accepted {
                out.push(span);
            } else if rule.check == Check::Iban {
                // An IBAN candidate runs on into the next word, so a
                // rejected one may hide a valid one that starts inside it;
                // its length is bounded, so looking again costs little.
                at = whole.0 + 1;
            }
        }
        reached
    }
}

/// Scans of one text at most. Each pass after the first masks only what an
/// earlier mask changed the reading of; text a person or a program wrote
/// settles in two (the second finds nothing) or three.
const MAX_PASSES: usize = 16;

/// Passes over hulled text before the whole text becomes one mask.
const MAX_HULL_PASSES: usize = 4;

/// One span per line, from the line's first finding to its last, labelled
/// as the first.
fn hull_per_line<'r>(text: &str, spans: Vec<Span<'r>>) -> Vec<Span<'r>> {
    let bytes = text.as_bytes();
    let mut hulls: Vec<Span<'r>> = Vec::new();
    for span in spans {
        match hulls.last_mut() {
            Some(last) if memchr(b'\n', &bytes[last.end..span.start.max(last.end)]).is_none() => {
                last.end = last.end.max(span.end);
                last.keep_suffix = 0;
            }
            _ => hulls.push(span),
        }
    }
    hulls
}

/// `text` with `spans` masked as `<redacted:KIND>` (plus the kept suffix),
/// and how positions in it map back to `text`.
pub(crate) fn apply_masks(text: &str, spans: &[Span<'_>]) -> (String, Shifts) {
    let mut out = String::with_capacity(text.len() + 16 * spans.len());
    let mut shifts = Shifts(Vec::with_capacity(spans.len()));
    let mut at = 0;
    for span in spans {
        out.push_str(&text[at..span.start]);
        out.push_str(MASK_LABEL_OPEN);
        out.push_str(span.kind);
        out.push('>');
        shifts.0.push((out.len(), span.end - span.keep_suffix));
        out.push_str(&text[span.end - span.keep_suffix..span.end]);
        at = span.end;
    }
    out.push_str(&text[at..]);
    (out, shifts)
}

/// For each mask of a masked text, where the text after it starts in the
/// masked text and in the original.
#[derive(Debug)]
pub(crate) struct Shifts(Vec<(usize, usize)>);

impl Shifts {
    /// The original position of `masked`, a position outside every mask.
    fn to_original(&self, masked: usize) -> usize {
        let before = self.0.partition_point(|&(after, _)| after <= masked);
        match before.checked_sub(1) {
            Some(i) => self.0[i].1 + (masked - self.0[i].0),
            None => masked,
        }
    }
}

/// The most text an anchored rule reads from its keyword hit.
const MAX_ANCHORED_WINDOW: usize = 16 * 1024;

/// One run of a line rule: `rule` over `from..line_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    rule: usize,
    from: usize,
    line_end: usize,
}

/// The byte range of the line holding `pos`, without its newline.
fn line_around(bytes: &[u8], pos: usize) -> Range<usize> {
    let start = memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
    let end = memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
    start..end
}

/// How every mask starts.
const MASK_OPEN: &[u8] = b"<redacted";

/// A searcher for [`MASK_OPEN`], built once: building one costs about as
/// much as searching a log line with it.
static MASK_FINDER: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(MASK_OPEN));

/// `<redacted:` + a kind of at most 64 bytes + `>`.
const MAX_MASK: usize = 80;

/// Whether `at` is inside the label of a mask: `<redacted:`, label bytes
/// around `at`, and the closing `>`.
fn inside_mask(bytes: &[u8], at: usize) -> bool {
    let from = at.saturating_sub(MAX_MASK);
    let Some(open) = memmem::rfind(&bytes[from..at], MASK_LABEL_OPEN.as_bytes()) else {
        return false;
    };
    let label_start = from + open + MASK_LABEL_OPEN.len();
    label_start <= at
        && bytes[label_start..at].iter().all(|&b| is_label_byte(b))
        && bytes[at..]
            .iter()
            .take(MAX_MASK)
            .find(|&&b| !is_label_byte(b))
            == Some(&b'>')
}

/// Drops findings inside masks that are already in the text, so that
/// redacting twice changes nothing.
fn drop_existing_masks(text: &str, spans: &mut Vec<Span<'_>>) {
    let bytes = text.as_bytes();
    let mut masks = Vec::new();
    for open in MASK_FINDER.find_iter(bytes) {
        let tail = &bytes[open..bytes.len().min(open + MAX_MASK)];
        let close = memchr(b'>', tail).map_or(open + MASK_OPEN.len(), |i| open + i + 1);
        masks.push(open..close);
    }
    if masks.is_empty() {
        return;
    }
    // Masks are in text order and short: only those starting within
    // MAX_MASK before a span can reach into it.
    spans.retain(|s| {
        let first = masks.partition_point(|m| m.start + MAX_MASK <= s.start);
        let last = masks.partition_point(|m| m.start < s.end);
        !masks[first..last.max(first)]
            .iter()
            .any(|m| s.start < m.end && m.start < s.end)
    });
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

    fn span(start: usize, end: usize, rule: usize) -> Span<'static> {
        Span {
            start,
            end,
            rule,
            kind: "k",
            keep_suffix: 0,
        }
    }

    #[test]
    fn overlapping_spans_merge_into_their_union_with_the_specific_kind() {
        let mut wide = span(0, 10, 5);
        wide.kind = "generic";
        let mut narrow = span(4, 14, 1);
        narrow.kind = "specific";
        let merged = merge(vec![wide, narrow, span(20, 25, 3)]);
        assert_eq!(merged.len(), 2);
        assert_eq!(
            (merged[0].start, merged[0].end, merged[0].kind),
            (0, 14, "specific")
        );
        assert_eq!((merged[1].start, merged[1].end), (20, 25));
    }

    /// Where a built-in row's secret is placed from its match alone, the
    /// regex's own groups agree on its example.
    #[test]
    fn fixed_secrets_sit_where_the_groups_put_them() {
        let mut placed = 0;
        for spec in super::super::rules::SPECS {
            let Some(fixed) = fixed_secret(spec.pattern) else {
                continue;
            };
            let regex = compile(spec.pattern).unwrap();
            let captures = regex.captures(spec.example.as_bytes());
            let captures = captures.unwrap_or_else(|| panic!("{} matches its example", spec.kind));
            let (whole, secret) = (captures.get(0).unwrap(), captures.name("s").unwrap());
            assert_eq!(
                fixed.within((whole.start(), whole.end())),
                (secret.start(), secret.end()),
                "{}",
                spec.kind
            );
            placed += 1;
        }
        assert!(placed >= 10, "only {placed} rows have a fixed secret");
    }

    #[test]
    fn findings_inside_existing_masks_are_dropped() {
        let text = "key=<redacted:api_key> and ghp_x";
        let mut spans = vec![span(4, 22, 0), span(27, 32, 0)];
        drop_existing_masks(text, &mut spans);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].start, 27);
    }
}
