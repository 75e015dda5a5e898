//! Secrets and personal data out of logs.
//!
//! **Threat:** key compromise through logs (threat 1). Tool results, API
//! responses, stack traces and LLM transcripts are logged verbatim; one
//! `tracing::info!(result = ?resp)` copies a Stripe key or a customer's card
//! number into every log sink, backup and support ticket downstream.
//!
//! [`redact`] masks what it recognises and leaves the rest of the line
//! readable:
//!
//! ```
//! use agent_hardening::redact::redact;
//!
//! let line = "charge failed key=sk_live_4eC39HqLyjWDarjtT1zdp7dc card=4111 1111 1111 1111 for ana@example.com";
//! assert_eq!(
//!     redact(line, usize::MAX),
//!     "charge failed key=<redacted:stripe_secret_key> card=<redacted:card_visa>1111 for <redacted:email>@example.com",
//! );
//! ```
//!
//! # Masks
//!
//! A finding is replaced by `<redacted:KIND>`, where `KIND` is the row of
//! the rule table that matched (`github_pat`, `openai_project_key`,
//! `password`, ...; [`Redactor::kinds`] lists them). A few kinds keep a
//! harmless part visible so that logs stay useful:
//!
//! | what | becomes |
//! |---|---|
//! | provider keys, JWTs, tokens | `<redacted:github_pat>` |
//! | `Authorization: Bearer abc...` | `Authorization: Bearer <redacted:authorization_header>` (the scheme stays) |
//! | `postgres://app:pw@db/x` | `postgres://app:<redacted:url_password>@db/x` |
//! | `password=hunter22`, `"api_key": "..."` | `password=<redacted:password>` (the name stays) |
//! | `ana@example.com` | `<redacted:email>@example.com` (the domain stays) |
//! | `4111 1111 1111 1111` | `<redacted:card_visa>1111` (the last four digits stay) |
//! | PEM private key | BEGIN and END lines stay, the body becomes `<redacted:private_key>` |
//!
//! Redaction is idempotent: a mask is never matched again, and text with
//! findings is scanned once more with them masked (a mask can end a value
//! or a word that ran into the next secret), until nothing new is found.
//! Text that passes through two redacting layers comes out the same, and
//! secrets written against each other are all masked in one call.
//!
//! # What is recognised
//!
//! Over 200 kinds, most specific rules first: API keys of the major providers by
//! their documented prefixes (OpenAI, Anthropic, Stripe, GitHub, GitLab,
//! Slack, AWS, Google, Cloudflare, Vercel, Hugging Face, npm, PyPI, SendGrid,
//! Twilio, Discord, Telegram, Shopify, DigitalOcean, Vault, Doppler,
//! Databricks and many more; `docs/redaction-coverage.md` maps gitleaks' rule
//! list onto them), also when a prefix is glued to the word before it
//! (`MY_tskey-…`); JWTs; PEM private-key blocks (also inside JSON with `\n`
//! escapes); `Authorization` headers and bearer tokens; passwords in URLs and
//! connection strings, and tokens in a URL's user slot; values under
//! secret-bearing names in env files, YAML (block scalars too), JSON, XML
//! elements and `key`/`value` attributes, CSV, query strings, Makefiles,
//! source code and command-line flags (`DB_PASSWORD=...`, `"api_key": "..."`,
//! `TOKEN ?= ...`, `var apiToken string = "..."`, `<apiToken>...</apiToken>`,
//! `--token ...`); `0x` private keys beside words that say so; email
//! addresses; card numbers that pass Luhn and carry a real issuer prefix;
//! IBANs that pass mod-97; US SSNs in context.
//!
//! Left alone on purpose:
//!
//! - **Placeholders and templates** written where a secret would go:
//!   `${PASSWORD}`, `$TOKEN`, `{{pass}}`, `<password>`, `YOUR_PASSWORD`,
//!   `REPLACE_WITH_...`, `__PASSWORD__`, `@KEY@`, `xxx`, `********`, `...`,
//!   `example`, `changeme`, `${{ secrets.X }}`, in assignments, connection
//!   strings and URL passwords alike; PEM blocks whose body is such a stand-in
//!   (`MIIE...`); provider-shaped tokens from documentation (`ghp_xxxx…`,
//!   `AKIAIOSFODNN7EXAMPLE`: a run of eight equal characters, or `example`).
//!   A password that merely starts with `$` (`$cX5C_mJ…`) is still masked.
//! - **Lookalikes** of formats with one exact length (GitHub's classic
//!   tokens, npm tokens, AWS key ids): a value one character off is left
//!   alone, also under a secret name.
//! - **Ids**: UUIDs, request, account and tenant ids, git SHAs, hex digests
//!   and `sha512-` integrity strings, transaction hashes without a word that
//!   calls them a key.
//! - **Source code and type names**: in source text and `Debug` output a
//!   declaration or an expression is not a value (`password: Option<String>`,
//!   `pub Password: LSA_UNICODE_STRING,`, `MAX_PASSWORD: u32 = 257u32`,
//!   `TOKEN => Ok(..)`, `token: self.next()?`); a literal is
//!   (`password: "hunter2"`, `password: Some("hunter2")`).
//! - Base64 blobs, timestamps, version strings (`pkg@1.2.3`), scp remotes
//!   (`git@github.com:org/repo.git`), cloud service-account addresses
//!   (`*@*.iam.gserviceaccount.com`), numbers that fail Luhn, words like
//!   `sk-learn` or `task-force`, URLs without credentials, prose that
//!   mentions a password, public keys made to be published.
//!
//! # Performance
//!
//! One Aho-Corasick pass finds the rules' keywords and one byte pass finds
//! long digit runs; a regex runs only for a rule whose keyword occurs, and
//! only over that line. A clean line costs the two passes and returns
//! [`Cow::Borrowed`] without allocating. `benches/redact.rs` measures both
//! paths.
//!
//! # Untrusted input
//!
//! Every input is safe to pass: the scanner never panics, the regexes are
//! linear-time (`regex` has no backtracking), and text built to make a
//! scanner rescan itself (`sk-sk-sk-…`, `key=key=…`, thousands of PEM
//! headers or unclosed masks, endless digit groups) is still read in linear
//! time: a rule skips keyword hits inside its own last match, reads at most
//! 16 KiB from a hit, and a PEM body ends at the next BEGIN line. Redaction is best effort, not a guarantee: a secret of no known
//! shape, under no telling name, passes through. Add the host's own shapes
//! with [`RedactorBuilder::rule`].
//!
//! # Logs
//!
//! With the `tracing` feature (on by default), [`RedactingMakeWriter`]
//! redacts every formatted log line once, at the writer, so no call site can
//! forget to.

mod assignment;
mod digits;
mod rules;
mod scan;
mod secret_group;
mod shapes;
mod span;
#[cfg(feature = "tracing")]
mod tracing;
mod trigrams;
mod validate;
mod value;

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use self::rules::{ASSIGNMENT_FOLLOWERS, Check, SPECS};
use self::scan::{CompiledRule, Placement, Scanner};
#[cfg(feature = "tracing")]
pub use self::tracing::{RedactingMakeWriter, RedactingWriter, RedactionStats};

/// Appended where [`redact`] cut the text short.
pub const TRUNCATION_MARKER: &str = "…[truncated]";

/// Masks secrets and personal data in `text` with the default rules, then
/// cuts the result to at most `max_len` bytes.
///
/// Masking runs over the whole text first, so a cut can never expose part
/// of a secret. When the masked text is longer than `max_len`, it is cut on
/// a character boundary (never inside a mask) and [`TRUNCATION_MARKER`] is
/// appended. Pass `usize::MAX` for no limit. Text with nothing to mask and
/// within the limit comes back borrowed, without allocating.
///
/// # Example
///
/// ```
/// use agent_hardening::redact::redact;
///
/// let out = redact("token ghp_1234567890abcdefghijklmnopqrstuvwxyz in a very long log line", 30);
/// assert_eq!(out, "token <redacted:github_pat> in…[truncated]");
/// ```
#[must_use]
pub fn redact(text: &str, max_len: usize) -> Cow<'_, str> {
    Redactor::shared().redact(text, max_len)
}

/// A compiled set of redaction rules.
///
/// [`Redactor::shared`] is the default set, built once per process. Build
/// your own with [`Redactor::builder`] to add the host's token shapes or to
/// turn rules off. A `Redactor` is `Send + Sync`; share it by reference or
/// in an `Arc`.
///
/// # Example: a host's own token shape
///
/// ```
/// use agent_hardening::redact::Redactor;
///
/// let redactor = Redactor::builder()
///     .rule("acme_token", r"acme_[a-z0-9]{24}", &["acme_"])
///     .build()?;
/// assert_eq!(
///     redactor.redact("auth acme_0123456789abcdefghijklmn ok", usize::MAX),
///     "auth <redacted:acme_token> ok",
/// );
/// # Ok::<(), agent_hardening::redact::RedactError>(())
/// ```
pub struct Redactor {
    scanner: Scanner,
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redactor")
            .field("rules", &self.scanner.rules.len())
            .finish_non_exhaustive()
    }
}

// The built-in table is compiled by every test run; failing here is a bug
// in the table, and running on without redaction would leak secrets.
#[allow(clippy::panic)]
static SHARED: LazyLock<Redactor> = LazyLock::new(|| match Redactor::builder().build() {
    Ok(redactor) => redactor,
    Err(error) => panic!("built-in redaction rules failed to compile: {error}"),
});

impl Redactor {
    /// The default rules, compiled on first use and shared process-wide.
    ///
    /// ```
    /// use agent_hardening::redact::Redactor;
    /// assert!(Redactor::shared().kinds().any(|k| k == "github_pat"));
    /// ```
    #[must_use]
    pub fn shared() -> &'static Redactor {
        &SHARED
    }

    /// A builder starting from the default rules.
    pub fn builder() -> RedactorBuilder {
        RedactorBuilder::default()
    }

    /// Masks `text` as [`redact`] does, with this rule set.
    ///
    /// ```
    /// use agent_hardening::redact::Redactor;
    /// let r = Redactor::shared();
    /// assert_eq!(r.redact("nothing to hide", usize::MAX), "nothing to hide");
    /// ```
    #[must_use]
    pub fn redact<'t>(&self, text: &'t str, max_len: usize) -> Cow<'t, str> {
        let masked = match self.scanner.scan(text).1 {
            None => Cow::Borrowed(text),
            Some(masked) => Cow::Owned(masked),
        };
        truncate(masked, max_len)
    }

    /// Where this rule set would mask `text`, without changing it.
    ///
    /// ```
    /// use agent_hardening::redact::Redactor;
    /// let found = Redactor::shared().find("export GITHUB_TOKEN=ghp_1234567890abcdefghijklmnopqrstuvwxyz");
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].kind(), "github_pat");
    /// assert_eq!(found[0].range(), 20..60);
    /// ```
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<Finding<'_>> {
        self.scanner
            .spans(text)
            .into_iter()
            .map(|s| Finding {
                start: s.start,
                end: s.end - s.keep_suffix,
                kind: s.kind,
            })
            .collect()
    }

    /// The kinds this rule set can report (a kind may have several rules;
    /// card findings are reported per network).
    pub fn kinds(&self) -> impl Iterator<Item = &str> {
        let mut seen: Vec<&str> = Vec::new();
        for rule in &self.scanner.rules {
            let reported: Vec<&str> = match rule.check {
                // Long digit runs are labelled with the card network, or
                // as an IBAN.
                Check::Card => validate::CARD_NETWORKS
                    .iter()
                    .map(|(kind, _)| *kind)
                    .chain([validate::IBAN])
                    .collect(),
                // Values under secret-bearing names are labelled by what
                // the name says.
                Check::Assignment => assignment::NameClass::KINDS.to_vec(),
                _ => vec![&*rule.kind],
            };
            for kind in reported {
                if !seen.contains(&kind) {
                    seen.push(kind);
                }
            }
        }
        seen.into_iter()
    }
}

/// Cuts masked text to `max_len` bytes on a char boundary, never inside a
/// mask, and marks the cut.
fn truncate(text: Cow<'_, str>, max_len: usize) -> Cow<'_, str> {
    if text.len() <= max_len {
        return text;
    }
    let mut cut = max_len;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // A mask holds no `<`, so the last one before the cut opens the mask
    // the cut may fall into.
    if let Some(open) = text[..cut].rfind('<')
        && text[open..].starts_with("<redacted:")
        && !text[open..cut].contains('>')
    {
        cut = open;
    }
    let mut out = String::with_capacity(cut + TRUNCATION_MARKER.len());
    out.push_str(&text[..cut]);
    out.push_str(TRUNCATION_MARKER);
    Cow::Owned(out)
}

/// Where a secret was found: a byte range of the scanned text and its kind.
///
/// A finding holds positions, never the secret itself, so it is safe to
/// log. The range covers what [`Redactor::redact`] masks (for cards, all
/// but the last four digits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding<'r> {
    start: usize,
    end: usize,
    kind: &'r str,
}

impl Finding<'_> {
    /// The masked byte range.
    #[must_use]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The mask label (`github_pat`, `email`, ...).
    #[must_use]
    pub fn kind(&self) -> &str {
        self.kind
    }
}

/// Errors building a [`Redactor`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RedactError {
    /// A kind label must be 1 to 64 characters of `a-z`, `0-9` and `_`, so
    /// that masks stay parseable and redaction stays idempotent.
    #[error("invalid redaction kind {kind:?}: use 1-64 characters of a-z, 0-9 and _")]
    InvalidKind {
        /// The rejected label.
        kind: String,
    },
    /// A custom rule's pattern did not compile.
    #[error("pattern of redaction rule {kind:?} does not compile: {source}")]
    InvalidPattern {
        /// The rule's kind.
        kind: String,
        /// What the regex compiler said.
        #[source]
        source: regex::Error,
    },
    /// [`RedactorBuilder::disable`] named a kind no rule has.
    #[error("no redaction rule has kind {kind:?}")]
    UnknownKind {
        /// The name that matched nothing.
        kind: String,
    },
    /// The keyword prefilter could not be built.
    #[error("redaction keyword prefilter: {0}")]
    Prefilter(#[from] aho_corasick::BuildError),
}

/// Builds a [`Redactor`]: the default rules, minus the kinds you disable,
/// plus your own.
///
/// ```
/// use agent_hardening::redact::Redactor;
///
/// // Keep emails readable in an internal audit log, mask everything else.
/// let redactor = Redactor::builder().disable("email").build()?;
/// assert_eq!(redactor.redact("by ana@example.com", usize::MAX), "by ana@example.com");
/// # Ok::<(), agent_hardening::redact::RedactError>(())
/// ```
#[derive(Debug, Default)]
#[must_use]
pub struct RedactorBuilder {
    without_builtin: bool,
    disabled: Vec<String>,
    custom: Vec<(String, String, Vec<String>)>,
}

impl RedactorBuilder {
    /// Starts from no rules at all (only the ones added with [`rule`](Self::rule)).
    pub fn without_builtin_rules(mut self) -> Self {
        self.without_builtin = true;
        self
    }

    /// Turns off every built-in rule of `kind` (see [`Redactor::kinds`];
    /// `card` turns off all card networks).
    pub fn disable(mut self, kind: &str) -> Self {
        self.disabled.push(kind.to_owned());
        self
    }

    /// Adds a rule: text matching `pattern` is masked as `<redacted:KIND>`.
    /// If the pattern has a group named `s`, only that group is masked.
    ///
    /// `keywords` are literals, matched case-insensitively, of which one
    /// must occur on a line for the pattern to run there; pass at least one
    /// (usually the token's prefix). A rule with no keywords runs over every
    /// text and costs a full regex scan per call.
    ///
    /// Custom rules take precedence over built-in ones when they overlap.
    /// The kind and pattern are checked by [`build`](Self::build).
    pub fn rule(mut self, kind: &str, pattern: &str, keywords: &[&str]) -> Self {
        let keywords = keywords.iter().map(|k| (*k).to_owned()).collect();
        self.custom
            .push((kind.to_owned(), pattern.to_owned(), keywords));
        self
    }

    /// Compiles the rules.
    ///
    /// # Errors
    ///
    /// [`RedactError::InvalidKind`] or [`RedactError::InvalidPattern`] for a
    /// bad custom rule, [`RedactError::UnknownKind`] for a `disable` that
    /// names no rule.
    pub fn build(self) -> Result<Redactor, RedactError> {
        let mut rules = Vec::new();
        let mut keywords: Vec<(Vec<String>, Vec<String>)> = Vec::new();
        for (kind, pattern, words) in self.custom {
            if kind.is_empty() || kind.len() > 64 || !kind.bytes().all(span::is_label_byte) {
                return Err(RedactError::InvalidKind { kind });
            }
            let rule = CompiledRule::new(
                kind.clone().into_boxed_str(),
                &pattern,
                Check::Shape,
                Placement::Line,
            )
            .map_err(|source| RedactError::InvalidPattern { kind, source })?;
            rules.push(rule);
            keywords.push((words, Vec::new()));
        }
        for kind in &self.disabled {
            if !SPECS.iter().any(|s| s.kind == kind) {
                return Err(RedactError::UnknownKind { kind: kind.clone() });
            }
        }
        if !self.without_builtin {
            for spec in SPECS
                .iter()
                .filter(|s| !self.disabled.iter().any(|d| d == s.kind))
            {
                let placement = if spec.anchored {
                    Placement::AtKeyword
                } else {
                    Placement::Line
                };
                let rule = CompiledRule::new(spec.kind.into(), spec.pattern, spec.check, placement)
                    .map_err(|source| RedactError::InvalidPattern {
                        kind: spec.kind.to_owned(),
                        source,
                    })?;
                rules.push(rule);
                let loose = if spec.check == Check::Assignment {
                    // A secret word counts only where an assignment can follow.
                    let words = spec.keywords.iter();
                    words
                        .flat_map(|w| ASSIGNMENT_FOLLOWERS.iter().map(move |f| format!("{w}{f}")))
                        .collect()
                } else {
                    spec.keywords.iter().map(|k| (*k).to_owned()).collect()
                };
                keywords.push((loose, spec.exact.iter().map(|k| (*k).to_owned()).collect()));
            }
        }
        let lists: Vec<(&[String], &[String])> = keywords
            .iter()
            .map(|(l, e)| (l.as_slice(), e.as_slice()))
            .collect();
        Ok(Redactor {
            scanner: Scanner::new(rules, &lists)?,
        })
    }
}
