//! Reading a command without the parser: the prefilter that lets plainly
//! harmless commands skip the parse, how deeply a text nests, and the
//! rough split into commands that the fallback scan of text the parser
//! rejects reads.

use std::sync::LazyLock;

use regex::Regex;

use super::catalog;

/// Everything any rule can react to. A command that matches none of it
/// (after quotes are removed, so `r''m` still reads `rm`) runs no rule, so
/// it can skip the parse. Expansions, substitutions, subshells, escapes
/// and function definitions always go to the parser. The program names
/// are the catalog's ([`super::catalog::prefilter_words`]).
static RISKY: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)[$`(\\]|/dev/|prod|\.env|credential|secret|\.aws|\.ssh|\.gnupg|\.kube|\.docker/|\.azure|\.password-store|\.config/g|\.vault-token|_history|environ|shadow|\.key|\.p12|\.pfx|\.jks|\.keystore|\.npmrc|\.pypirc|\.netrc|\.pgpass|\.htpasswd|\.pem|id_rsa|id_ecdsa|id_ed25519|id_dsa|authorized_keys|(?:^|[\s;&|<>{{}}/=])(?:function|{})(?:$|[\s;&|<>{{}}])",
        catalog::prefilter_words().join("|")
    );
    #[allow(clippy::unwrap_used)] // built from literals, covered by tests
    Regex::new(&pattern).unwrap()
});

/// Whether any rule could react to `command`. An unbalanced quote always
/// goes to the parser, which rejects it (fail closed).
pub(super) fn may_be_risky(command: &str) -> bool {
    let quotes = |q: u8| command.bytes().filter(|&b| b == q).count();
    if quotes(b'\'') % 2 == 1 || quotes(b'"') % 2 == 1 {
        return true;
    }
    if command.contains(['\'', '"']) {
        RISKY.is_match(&command.replace(['\'', '"'], ""))
    } else {
        RISKY.is_match(command)
    }
}

/// How deeply groups, substitutions and compound commands nest in `text`,
/// read lexically (quotes and escapes honoured, keywords counted as
/// words). The parser recurses once per level, so text nested deeper than
/// [`MAX_NESTING`] is not parsed: a few hundred `$(` would otherwise
/// overflow a thread's stack.
pub(super) fn nesting_depth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut in_single = false;
    let mut in_backticks = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_single {
            in_single = b != b'\'';
            i += 1;
            continue;
        }
        match b {
            b'\\' => i += 1,
            b'\'' => in_single = true,
            b'(' | b'{' => depth += 1,
            b')' | b'}' => depth = depth.saturating_sub(1),
            b'`' => {
                in_backticks = !in_backticks;
                if in_backticks {
                    depth += 1;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            b'a'..=b'z' if i == 0 || b" \t\n;&|(".contains(&bytes[i - 1]) => {
                let end = bytes[i..]
                    .iter()
                    .position(|c| !c.is_ascii_lowercase())
                    .map_or(bytes.len(), |p| i + p);
                match &text[i..end] {
                    "if" | "case" | "for" | "while" | "until" | "select" => depth += 1,
                    "fi" | "esac" | "done" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                i = end;
                max = max.max(depth);
                continue;
            }
            _ => {}
        }
        max = max.max(depth);
        i += 1;
    }
    max
}

/// Deeper nesting than this is not parsed (see [`nesting_depth`]). Agent
/// commands rarely pass 4.
pub(super) const MAX_NESTING: usize = 16;

/// Where the lexer is: command text, inside `"..."`, or inside a `$(..)` or
/// backtick substitution (which may sit inside double quotes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Frame {
    Quoted,
    Substitution,
    Backticks,
}

/// Commands as word lists, each with whether it pipes into the next.
///
/// Iterative, with an explicit stack, because the text that reaches the
/// fallback is often nested too deep for recursion. A substitution inside
/// double quotes (`"$(rm -rf /)"`) is read as commands.
pub(super) fn segments(text: &str) -> Vec<(Vec<String>, bool)> {
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text.chars().peekable();
    let end_word = |word: &mut String, words: &mut Vec<String>, in_word: &mut bool| {
        if *in_word {
            words.push(std::mem::take(word));
            *in_word = false;
        }
    };
    let end_segment = |out: &mut Vec<(Vec<String>, bool)>, words: &mut Vec<String>, piped: bool| {
        if !words.is_empty() || piped {
            out.push((std::mem::take(words), piped));
        }
    };
    while let Some(c) = chars.next() {
        let quoted = stack.last() == Some(&Frame::Quoted);
        match c {
            '$' if chars.peek() == Some(&'(') => {
                chars.next();
                stack.push(Frame::Substitution);
                end_word(&mut word, &mut words, &mut in_word);
                end_segment(&mut out, &mut words, false);
            }
            '`' => {
                if stack.last() == Some(&Frame::Backticks) {
                    stack.pop();
                } else {
                    stack.push(Frame::Backticks);
                }
                end_word(&mut word, &mut words, &mut in_word);
                end_segment(&mut out, &mut words, false);
            }
            '"' if quoted => {
                stack.pop();
            }
            '\\' if quoted => {
                in_word = true;
                if let Some(e) = chars.next() {
                    word.push(e);
                }
            }
            _ if quoted => {
                in_word = true;
                word.push(c);
            }
            '"' => {
                in_word = true;
                stack.push(Frame::Quoted);
            }
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '\\' => {
                in_word = true;
                if let Some(e) = chars.next() {
                    word.push(e);
                }
            }
            ')' if stack.last() == Some(&Frame::Substitution) => {
                stack.pop();
                end_word(&mut word, &mut words, &mut in_word);
                end_segment(&mut out, &mut words, false);
            }
            ';' | '&' | '|' | '(' | ')' | '\n' | '{' | '}' => {
                end_word(&mut word, &mut words, &mut in_word);
                let piped = c == '|' && chars.peek() != Some(&'|');
                end_segment(&mut out, &mut words, piped);
            }
            c if c.is_whitespace() => end_word(&mut word, &mut words, &mut in_word),
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    end_word(&mut word, &mut words, &mut in_word);
    end_segment(&mut out, &mut words, false);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefilter_passes_plain_commands_and_catches_spliced_names() {
        for quiet in [
            "ls -la",
            "go build ./...",
            "npm run build",
            "cargo test",
            "make test",
            "pytest -x",
            "grep -c error app.log",
            "add a unit test",
        ] {
            assert!(!may_be_risky(quiet), "{quiet}");
        }
        for risky in [
            "r''m -rf /",
            "\"rm\" -rf /",
            "/bin/rm -rf /",
            "x $(y)",
            "g(){ g|g& };g",
            "git push",
            "cat .env",
            "echo 1 >/dev/sda",
            "kubectl get svc -n prod",
            "npm publish",
            "gem push x.gem",
        ] {
            assert!(may_be_risky(risky), "{risky}");
        }
    }

    #[test]
    fn segments_split_commands_and_keep_quoted_words() {
        let got = segments("curl x | sh -c 'rm -rf /'; echo \"a b\" && $(");
        assert_eq!(got[0], (vec!["curl".to_owned(), "x".to_owned()], true));
        assert_eq!(got[1].0, ["sh", "-c", "rm -rf /"]);
        assert_eq!(got[2].0, ["echo", "a b"]);
        let got = segments("echo \"a $(rm -rf \"/\") b\" `id`");
        assert_eq!(got[0].0, ["echo", "a "]);
        assert_eq!(got[1].0, ["rm", "-rf", "/"]);
        assert_eq!(got[2].0, [" b"]);
        assert_eq!(got[3].0, ["id"]);
    }
}
