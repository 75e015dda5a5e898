//! The `Csp` builder: directives as methods, checked when built, rendered
//! once into a header value.

use std::fmt;

use ::http::HeaderValue;

/// A Content-Security-Policy under construction.
///
/// Each directive method takes its sources as strings: keywords in single
/// quotes (`'self'`, `'none'`, `'strict-dynamic'`, `'nonce-…'`,
/// `'sha256-…'`), schemes (`https:`, `data:`) or hosts
/// (`https://cdn.example.com`). [`build`](Self::build) checks them and
/// refuses `'unsafe-eval'` unless
/// [`allow_unsafe_eval_despite_xss_risk`](Self::allow_unsafe_eval_despite_xss_risk)
/// was called: `eval` of injected text is how a cross-site scripting bug
/// becomes code execution.
///
/// # Example
///
/// ```
/// use agent_hardening::http::headers::Csp;
///
/// let policy = Csp::strict().report_to("csp", "https://agent.example/api/security/csp-report").build()?;
/// assert_eq!(
///     policy.header_value(),
///     "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; \
///      report-uri https://agent.example/api/security/csp-report; report-to csp"
/// );
/// assert!(Csp::starter().script_src(["'self'", "'unsafe-eval'"]).build().is_err());
/// # Ok::<(), agent_hardening::http::headers::CspError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use]
pub struct Csp {
    directives: Vec<(&'static str, Vec<String>)>,
    upgrade_insecure_requests: bool,
    report_uri: Option<String>,
    report_to: Option<(String, String)>,
    allow_unsafe_eval: bool,
}

/// A policy the [`Csp`] builder refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CspError {
    /// `'unsafe-eval'` without the explicit escape hatch.
    #[error(
        "'unsafe-eval' in {directive} lets injected text run as code; call allow_unsafe_eval_despite_xss_risk() if you must"
    )]
    UnsafeEval {
        /// Where it appeared.
        directive: &'static str,
    },
    /// A source that is not a keyword, scheme or host, or that would break
    /// the header (`;`, `,`, quotes, control characters).
    #[error("invalid source {value:?} in {directive}")]
    InvalidSource {
        /// The directive.
        directive: &'static str,
        /// The rejected source.
        value: String,
    },
    /// A directive with no sources (write `'none'` to allow nothing).
    #[error("{directive} has no sources; use 'none' to allow nothing")]
    EmptyDirective {
        /// The directive.
        directive: &'static str,
    },
    /// A reporting group name or URL the headers cannot carry.
    #[error(
        "invalid reporting endpoint {value:?}: use a token group name and an absolute https URL or a path"
    )]
    InvalidReporting {
        /// The rejected value.
        value: String,
    },
}

const KEYWORDS: &[&str] = &[
    "'self'",
    "'none'",
    "'unsafe-inline'",
    "'unsafe-eval'",
    "'strict-dynamic'",
    "'unsafe-hashes'",
    "'wasm-unsafe-eval'",
    "'report-sample'",
    "'inline-speculation-rules'",
];

macro_rules! directives {
    ($($(#[$doc:meta])* $method:ident => $name:literal,)*) => {
        impl Csp {
            $(
                $(#[$doc])*
                pub fn $method<I, S>(self, sources: I) -> Self
                where
                    I: IntoIterator<Item = S>,
                    S: Into<String>,
                {
                    self.directive($name, sources)
                }
            )*
        }
    };
}

directives! {
    /// `default-src`: the fallback for every fetch directive.
    default_src => "default-src",
    /// `script-src`: where scripts may come from.
    script_src => "script-src",
    /// `style-src`: where styles may come from.
    style_src => "style-src",
    /// `img-src`: where images may come from.
    img_src => "img-src",
    /// `font-src`: where fonts may come from.
    font_src => "font-src",
    /// `connect-src`: where `fetch`, XHR and WebSockets may connect.
    connect_src => "connect-src",
    /// `media-src`: where audio and video may come from.
    media_src => "media-src",
    /// `object-src`: plugins (`'none'` is the safe value).
    object_src => "object-src",
    /// `frame-src`: what the page may frame.
    frame_src => "frame-src",
    /// `worker-src`: where workers may come from.
    worker_src => "worker-src",
    /// `manifest-src`: where the web app manifest may come from.
    manifest_src => "manifest-src",
    /// `frame-ancestors`: who may frame this page (`'none'` stops clickjacking).
    frame_ancestors => "frame-ancestors",
    /// `base-uri`: what `<base href>` may be.
    base_uri => "base-uri",
    /// `form-action`: where forms may submit.
    form_action => "form-action",
}

impl Csp {
    /// An empty policy, to build from scratch.
    pub fn new() -> Self {
        Self::default()
    }

    /// For a web UI served by the agent itself: everything from its own
    /// origin, images also from `data:`, no plugins, no framing, no inline
    /// script or style.
    pub fn starter() -> Self {
        Self::new()
            .default_src(["'self'"])
            .script_src(["'self'"])
            .style_src(["'self'"])
            .img_src(["'self'", "data:"])
            .font_src(["'self'"])
            .connect_src(["'self'"])
            .object_src(["'none'"])
            .base_uri(["'self'"])
            .form_action(["'self'"])
            .frame_ancestors(["'none'"])
    }

    /// For an API that serves no pages: nothing may load, nothing may frame
    /// it.
    pub fn strict() -> Self {
        Self::new()
            .default_src(["'none'"])
            .base_uri(["'none'"])
            .form_action(["'none'"])
            .frame_ancestors(["'none'"])
    }

    fn directive<I, S>(mut self, name: &'static str, sources: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let sources = sources.into_iter().map(Into::into).collect();
        match self.directives.iter_mut().find(|(n, _)| *n == name) {
            Some(existing) => existing.1 = sources,
            None => self.directives.push((name, sources)),
        }
        self
    }

    /// Adds `upgrade-insecure-requests` (for pages served over HTTPS).
    pub fn upgrade_insecure_requests(mut self) -> Self {
        self.upgrade_insecure_requests = true;
        self
    }

    /// Reports violations to `url` with `report-uri` (read by all browsers
    /// today; `report-to` is its successor).
    pub fn report_uri(mut self, url: impl Into<String>) -> Self {
        self.report_uri = Some(url.into());
        self
    }

    /// Reports violations to the `group` endpoint at `url`: the policy gets
    /// `report-to group` (and `report-uri url` for older browsers), and the
    /// headers layer sends `Reporting-Endpoints: group="url"`.
    pub fn report_to(mut self, group: impl Into<String>, url: impl Into<String>) -> Self {
        let url = url.into();
        if self.report_uri.is_none() {
            self.report_uri = Some(url.clone());
        }
        self.report_to = Some((group.into(), url));
        self
    }

    /// Lets `'unsafe-eval'` through [`build`](Self::build). Prefer fixing the
    /// code that needs `eval`.
    pub fn allow_unsafe_eval_despite_xss_risk(mut self) -> Self {
        self.allow_unsafe_eval = true;
        self
    }

    /// Checks the policy and renders it.
    ///
    /// # Errors
    ///
    /// [`CspError`] for `'unsafe-eval'` without the escape hatch, an invalid
    /// or empty source list, or a reporting endpoint a header cannot carry.
    pub fn build(self) -> Result<CspPolicy, CspError> {
        let mut parts = Vec::new();
        for (directive, sources) in &self.directives {
            if sources.is_empty() {
                return Err(CspError::EmptyDirective { directive });
            }
            for source in sources {
                check_source(directive, source)?;
                if source == "'unsafe-eval'" && !self.allow_unsafe_eval {
                    return Err(CspError::UnsafeEval { directive });
                }
            }
            parts.push(format!("{directive} {}", sources.join(" ")));
        }
        if self.upgrade_insecure_requests {
            parts.push("upgrade-insecure-requests".to_owned());
        }
        if let Some(url) = &self.report_uri {
            check_url(url)?;
            parts.push(format!("report-uri {url}"));
        }
        let mut reporting_endpoints = None;
        if let Some((group, url)) = &self.report_to {
            check_url(url)?;
            if group.is_empty()
                || !group
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                return Err(CspError::InvalidReporting {
                    value: group.clone(),
                });
            }
            parts.push(format!("report-to {group}"));
            reporting_endpoints = Some(header_value(&format!("{group}=\"{url}\""))?);
        }
        let value = header_value(&parts.join("; "))?;
        Ok(CspPolicy {
            value,
            reporting_endpoints,
        })
    }
}

fn check_source(directive: &'static str, source: &str) -> Result<(), CspError> {
    let invalid = || CspError::InvalidSource {
        directive,
        value: source.to_owned(),
    };
    // Visible ASCII only: a non-ASCII host must be written in punycode,
    // and a header value with other bytes cannot be read back as text.
    if source.is_empty()
        || source
            .bytes()
            .any(|b| !b.is_ascii_graphic() || matches!(b, b';' | b','))
    {
        return Err(invalid());
    }
    if source.starts_with('\'') {
        let hashed = ["'nonce-", "'sha256-", "'sha384-", "'sha512-"]
            .iter()
            .any(|p| source.starts_with(p))
            && source.ends_with('\'');
        if !(KEYWORDS.contains(&source) || hashed) {
            return Err(invalid());
        }
    } else if source.contains(['\'', '"']) {
        return Err(invalid());
    }
    Ok(())
}

fn check_url(url: &str) -> Result<(), CspError> {
    let ok = (url.starts_with("https://") || url.starts_with('/'))
        && url
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b';' | b',' | b'"'));
    if ok {
        Ok(())
    } else {
        Err(CspError::InvalidReporting {
            value: url.to_owned(),
        })
    }
}

fn header_value(text: &str) -> Result<HeaderValue, CspError> {
    HeaderValue::from_str(text).map_err(|_| CspError::InvalidReporting {
        value: text.to_owned(),
    })
}

/// A checked, rendered policy, ready to send.
#[derive(Clone, PartialEq, Eq)]
pub struct CspPolicy {
    pub(crate) value: HeaderValue,
    pub(crate) reporting_endpoints: Option<HeaderValue>,
}

impl CspPolicy {
    /// The header value, as sent.
    #[must_use]
    pub fn header_value(&self) -> &str {
        self.value.to_str().unwrap_or_default()
    }
}

impl fmt::Debug for CspPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CspPolicy")
            .field(&self.header_value())
            .finish()
    }
}
