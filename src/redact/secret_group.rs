//! Where a rule's secret lies in its match, read from the pattern's syntax.
//!
//! Resolving a capture group costs a regex several times what finding its
//! match does: the lazy DFA finds the match, then a backtracking engine
//! runs over it again for the group's bounds. When the secret group is the
//! first or the last thing the pattern matches and always has one length
//! (`(?P<s>ghp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)`, `…=(?P<s>[a-f0-9]{32})\b`),
//! its bounds follow from the match alone.

use regex_syntax::ParserBuilder;
use regex_syntax::hir::{Hir, HirKind};

/// A secret group of fixed length at one end of its pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FixedSecret {
    /// The group's `len` bytes open the match.
    Leading(usize),
    /// The group's `len` bytes close the match.
    Trailing(usize),
}

impl FixedSecret {
    /// The secret's bounds in a match spanning `start..end`.
    pub(super) fn within(self, (start, end): (usize, usize)) -> (usize, usize) {
        match self {
            Self::Leading(len) => (start, start + len),
            Self::Trailing(len) => (end - len, end),
        }
    }
}

/// The fixed place of `pattern`'s only capture group, named `s`, when it
/// has one. `pattern` is read as the scanner compiles it: bytes, ASCII
/// classes.
pub(super) fn fixed_secret(pattern: &str) -> Option<FixedSecret> {
    let hir = ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    if hir.properties().explicit_captures_len() != 1 {
        return None;
    }
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    // Assertions (`\b`, `$`) match no bytes: the group still opens or
    // closes the match when one stands beside it.
    let mut consuming = parts
        .iter()
        .filter(|part| !matches!(part.kind(), HirKind::Look(_)));
    let first = consuming.next()?;
    let last = consuming.next_back().unwrap_or(first);
    secret_len(first)
        .map(FixedSecret::Leading)
        .or_else(|| secret_len(last).map(FixedSecret::Trailing))
}

/// The length of `part` when it is the group `s` and always that long.
fn secret_len(part: &Hir) -> Option<usize> {
    let HirKind::Capture(group) = part.kind() else {
        return None;
    };
    if group.name.as_deref() != Some("s") {
        return None;
    }
    let properties = group.sub.properties();
    match (properties.minimum_len(), properties.maximum_len()) {
        (Some(min), Some(max)) if min == max => Some(min),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_length_group_at_either_end_is_placed() {
        assert_eq!(
            fixed_secret(r"(?P<s>ghp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)"),
            Some(FixedSecret::Leading(40))
        );
        assert_eq!(
            fixed_secret(r"(?i-u:twilio[a-z_]*)[ =:]+(?P<s>[a-f0-9]{32})(?-u:\b)"),
            Some(FixedSecret::Trailing(32))
        );
        assert_eq!(
            fixed_secret(r#"(?-u:\b)(?P<s>[0-9a-f]{32})-us\d{1,2}(?-u:\b)"#),
            Some(FixedSecret::Leading(32))
        );
        assert_eq!(FixedSecret::Trailing(4).within((10, 30)), (26, 30));
        assert_eq!(FixedSecret::Leading(4).within((10, 30)), (10, 14));
    }

    #[test]
    fn other_groups_are_left_to_the_regex() {
        // The group's length varies, it sits inside the match, there are
        // two groups, or none.
        for pattern in [
            r"bearer[ \t]+(?P<s>[A-Za-z0-9_\-.~+/]{16,}={0,2})",
            r"://[^\s:/@]*:(?P<s>[^\s/?#<>]+)@[A-Za-z0-9.]",
            r"(?P<s>[a-z]{4})|(?P<s2>[0-9]{4})",
            r"key=(?P<s>[a-f0-9]{8})(?P<t>[a-f0-9]{8})",
            r"sk-[A-Za-z0-9]{20}",
            r"(?P<s>[a-z]{4}",
        ] {
            assert_eq!(fixed_secret(pattern), None, "{pattern}");
        }
    }
}
