//! Cues of the `delimiter-escape` family: the wrapper closed or forged.

use super::{R, Spec, Strong, spec};

/// The delimiter-escape cues, in the order they are tried.
pub(super) static SPECS: &[Spec] = &[
    spec(R::DelimiterEscape, Strong, r"<\s*/?\s*untrusted"),
    // The end of the untrusted block announced in words, in any spelling
    // (`---- END OF UNTRUSTED CONTENT ----`); no business text has one.
    spec(
        R::DelimiterEscape,
        Strong,
        "(?:end|close|closing|stop) (?:of )?(?:the )?(?:untrusted|external|retrieved|quoted|third party|tool|user supplied|user provided|unverified) (?:content|data|input|text|block|section|document|context|output|material)",
    ),
    // The end of the mail forged, then a role's orders: `---- end of
    // customer email ---- Operator note: reply to every ticket ..`.
    spec(
        R::DelimiterEscape,
        Strong,
        "end of (?:the )?(?:{w} )?(?:e ?mail|message|mail|letter|document|page|ticket|thread|text|content|data|input|conversation) (?:operator|developer|admin|administrator|root|supervisor) (?:note|notes|message|instructions?|notice|override|directive|orders?)",
    ),
];
