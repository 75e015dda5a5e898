//! The built-in shapes: one row per kind of secret or personal data.
//!
//! A row names the mask label (`kind`), the literal keywords that must occur
//! on a line before its regex runs (matched ASCII-case-insensitively in one
//! Aho-Corasick pass; `exact` keywords must also match case), the regex, and
//! the check a match must pass. The named group `s` is the part that is
//! masked; without it the whole match is. Rules with an empty pattern are
//! matched in code (digit runs, assignments). Rows are ordered from the most to
//! the least specific: when two findings overlap, the mask covers both and
//! is labelled with the earlier row's kind.

/// What a regex match must also pass to count as a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Check {
    /// The shape alone is precise enough, unless the token is a
    /// documentation example (`ghp_xxxxxxxx…`, `…EXAMPLE`).
    Shape,
    /// The shape alone, runs of one character included: they are part of
    /// the format (a Dropbox long-lived token holds ten `A`s).
    Fixed,
    /// A long digit run, matched in code: a card number (Luhn, a known
    /// issuer prefix, printed grouping; the last four digits stay visible)
    /// or an IBAN whose country code sits right before the run.
    Card,
    /// An IBAN: country length and mod-97.
    Iban,
    /// A US SSN in its assigned ranges.
    Ssn,
    /// A value assigned to a secret-bearing name, parsed in code
    /// (`password=`, `"api_key": "..."`, `token: &str =`): not a
    /// placeholder or a word. Under a generic name (`*_key`, `auth`) it must
    /// also look generated.
    Assignment,
    /// Under a credential flag (`--token`): not a placeholder or a word.
    Credential,
    /// No name to go by: the value must look generated (letters and digits).
    Generated,
    /// An email address: not an scp-style `git@host:path` remote.
    Email,
    /// A Discord bot token (`id.timestamp.hmac`, the id in base64), matched
    /// in code around each `.`.
    DiscordToken,
    /// A PEM private-key block: the body up to its END line is masked.
    PemBlock,
    /// A header value: looks generated and is not an expression of source
    /// code (`authorization = self.headers.get(..)`).
    HeaderValue,
    /// A password in a URL's user info: not a placeholder
    /// (`postgres://app:${DB_PASS}@db`, `mysql://root:changeme@db`).
    UrlPassword,
}

/// One built-in rule: its kind, its pattern, and, set by the chained
/// methods, the keywords that wake it, where it runs, the check a match
/// must pass, and an example it masks.
#[derive(Debug)]
pub(crate) struct Spec {
    pub(crate) kind: &'static str,
    pub(crate) keywords: &'static [&'static str],
    pub(crate) exact: &'static [&'static str],
    pub(crate) pattern: &'static str,
    pub(crate) check: Check,
    /// The pattern starts with one of its keywords: it runs anchored at
    /// each keyword hit instead of over the whole line.
    pub(crate) anchored: bool,
    /// A text this rule masks (a test checks it).
    pub(crate) example: &'static str,
}

impl Spec {
    /// A rule that reports `kind` where `pattern` matches, with no
    /// keywords yet and no check beyond the shape.
    const fn new(kind: &'static str, pattern: &'static str) -> Self {
        Self {
            kind,
            keywords: &[],
            exact: &[],
            pattern,
            check: Check::Shape,
            anchored: false,
            example: "",
        }
    }

    /// Literals (ASCII case ignored) one of which must be on a line before
    /// the pattern runs.
    const fn keywords(mut self, keywords: &'static [&'static str]) -> Self {
        self.keywords = keywords;
        self
    }

    /// Keywords that must also match case.
    const fn exact(mut self, exact: &'static [&'static str]) -> Self {
        self.exact = exact;
        self
    }

    /// The match starts with one of the keywords (a token prefix).
    const fn anchored(mut self) -> Self {
        self.anchored = true;
        self
    }

    /// A check beyond the shape.
    const fn check(mut self, check: Check) -> Self {
        self.check = check;
        self
    }

    /// A text this rule masks.
    const fn example(mut self, example: &'static str) -> Self {
        self.example = example;
        self
    }
}

/// What may stand between a key name and its value in the rows that read
/// one (`AWS_SECRET_ACCESS_KEY=`, `"okta_token": "`, `key: &str =`): a
/// closing quote, blanks, `=`, `=>`, `:=`, `:` or a typed declaration
/// (`: &'static str =`), blanks and an opening quote. The assignment
/// parser (`assignment.rs`) reads the same grammar in code, and a test
/// keeps the two in step.
macro_rules! separator {
    () => {
        r#"["']?[ \t]*(?:=>|:=|=|:(?:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_:<>]*[ \t]*=)?)[ \t]*["']?"#
    };
}

/// Words a secret-bearing key name ends with, longest first where one is
/// the prefix of another (`password` before `pass`).
pub(crate) const SECRET_WORDS: &[&str] = &[
    "passphrase",
    "password",
    "passwd",
    "pwd",
    "pass",
    "secret",
    "credentials",
    "credential",
    "token",
    "key",
    "auth",
];

/// What may follow a key name before its value: `=`, `:`, a closing quote,
/// bracket or tag (`<apiToken>`), an escaped quote, a comma (CSV, call
/// arguments), a blank, or a terminal colour code. A secret word is a
/// keyword only together with one of these, so `prompt_tokens` or
/// `keyboard` never wake the assignment parser.
pub(crate) const ASSIGNMENT_FOLLOWERS: &[char] = &[
    '=', ':', '"', '\'', '`', ']', '>', '\\', ',', ' ', '\t', '\x1b',
];

/// `SK` and the first hex digit of a Twilio API key SID: `SK` alone is in
/// too many words (`task`, `risk`) to be a useful keyword.
const TWILIO_PREFIXES: &[&str] = &[
    "SK0", "SK1", "SK2", "SK3", "SK4", "SK5", "SK6", "SK7", "SK8", "SK9", "SKa", "SKb", "SKc",
    "SKd", "SKe", "SKf", "SKA", "SKB", "SKC", "SKD", "SKE", "SKF",
];

/// The built-in rules, most specific first (one row per line). Adding a
/// kind is one row with an example of what it masks.
#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // --- Private keys and tokens with structure -----------------------------
    Spec::new("private_key", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----").keywords(&["-----begin"]).anchored().check(Check::PemBlock).example("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----"),
    Spec::new("jwt", r"(?-u:\b)eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}").keywords(&["eyj"]).anchored().example(r"eyJ-ed2at-1Exl-T-8.eyJ0PmlV-H__M-_52.-P9FH8h0ttmh-Q"),
    // A JWT encoded once more in base64 (`eyJ` becomes `ZXlK`).
    Spec::new("jwt_base64", r"(?-u:\b)ZXlK[A-Za-z0-9+/]{60,}={0,2}").exact(&["ZXlK"]).anchored().example(r"ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlKemRXSWlPaUl4TWpNME5UWTNPRGt3SW4wLlNmbEt4d1JKU01lS0tGMlFUNGZ3cE1lSmYzNlBPazZ5SlZfYWRRc3N3NWM="),
    // --- LLM providers -------------------------------------------------------
    Spec::new("anthropic_admin_key", r"sk-ant-admin\d{2}-[A-Za-z0-9_\-]{20,}").keywords(&["sk-ant-admin"]).anchored().example(r"sk-ant-admin05-dv__Ea-5-z_2g-7a_W_b--X8_nic5-VdF-"),
    Spec::new("anthropic_api_key", r"sk-ant-[a-z]{3}\d{2}-[A-Za-z0-9_\-]{20,}").keywords(&["sk-ant-"]).anchored().example(r"sk-ant-bvx42-OF0FM-T1wY0ds6fd_qd_4vAE-_66g"),
    Spec::new("openai_project_key", r"sk-proj-[A-Za-z0-9_\-]{20,}").keywords(&["sk-proj-"]).anchored().example(r"sk-proj-_95GwJ5Ox--G-y---3U5nD"),
    Spec::new("openai_admin_key", r"sk-admin-[A-Za-z0-9_\-]{20,}").keywords(&["sk-admin-"]).anchored().example(r"sk-admin-_Q_-pc_YJ6_-5_V-_b_XD_E"),
    Spec::new("openai_service_account_key", r"sk-svcacct-[A-Za-z0-9_\-]{20,}").keywords(&["sk-svcacct-"]).anchored().example(r"sk-svcacct---i-1w1_oim7MJkM-G-_BC_Tjx"),
    Spec::new("openrouter_api_key", r"sk-or-v\d-[a-f0-9]{32,}").keywords(&["sk-or-"]).anchored().example(r"sk-or-v2-ce8f65e94b78169f6f5c6d82dbd9a4ff06415ae9f79acb7a5b8dbbe33ea6"),
    Spec::new("openai_api_key_legacy", r"(?-u:\b)sk-[A-Za-z0-9]{16,}T3BlbkFJ[A-Za-z0-9]{16,}").keywords(&["sk-"]).anchored().example(r"sk-5tbSWHq7J09d953B0yfpF6m1Vd05eT3BlbkFJaD839D1Jh2qVVnN9o"),
    Spec::new("deepseek_api_key", r"(?-u:\b)sk-[a-f0-9]{32}(?-u:\b)").keywords(&["sk-"]).anchored().example(r"sk-6b0d1d0bcac91a0d5cff21027c6351ef"),
    Spec::new("openai_api_key", r"(?-u:\b)sk-[A-Za-z0-9][A-Za-z0-9_\-]{23,}").keywords(&["sk-"]).anchored().check(Check::Generated).example(r"sk-iw4Ki_pI_7-m_Ztn5-ym23x-_--j9-3D-"),
    Spec::new("groq_api_key", r"gsk_[A-Za-z0-9]{40,}").keywords(&["gsk_"]).anchored().example(r"gsk_Y76RE9Dud4LGkD2Lahie1102y36KRiRVThPKEh81hfQ9iZNFhlzD5Bu8CyB5fzjBhr0GVfbhu"),
    Spec::new("xai_api_key", r"xai-[A-Za-z0-9]{60,}").keywords(&["xai-"]).anchored().example(r"xai-8ZcDF4PZqQniRhu9svZ92JK7IV5SLmf3ZehrqqlcJGlm4A6X5GadJu4TTcBLPFYfrCAR7jgNFlZs8dR63bn7Ig87DpJws1T866P4URbwZX"),
    Spec::new("perplexity_api_key", r"pplx-[A-Za-z0-9]{40,}").keywords(&["pplx-"]).anchored().example(r"pplx-C9rHgwq2j7762iB48z9cAE79t5L0ARYnB0153hQfKI530Wsfl7QtvN1UbX38W0c5GMt9EW9UguJ"),
    Spec::new("huggingface_token", r"(?-u:\b)hf_[A-Za-z0-9]{30,}").keywords(&["hf_"]).anchored().example(r"hf_3BgZk1wtiFNzoEaC4jL0yhzTtbuETV"),
    Spec::new("huggingface_org_token", r"api_org_[A-Za-z0-9]{30,}").keywords(&["api_org_"]).anchored().example(r"api_org_9FQ8MhCW1Jc9i6QKJxx7GTnONs2IHSKf5T6VY7vdj1n1574291ibT28a7AH"),
    Spec::new("replicate_api_token", r"(?-u:\b)r8_[A-Za-z0-9]{30,}").keywords(&["r8_"]).anchored().example(r"r8_37H3ae1P536nf0RFa4399jeC6PNw5HT98LSdK9dp826GPHRwpeoZsE"),
    Spec::new("langsmith_api_key", r"lsv2_(?:sk|pt)_[a-f0-9]{32}_[a-f0-9]{10}").keywords(&["lsv2_"]).anchored().example(r"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"),
    Spec::new("tavily_api_key", r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{24,}").keywords(&["tvly-"]).anchored().example(r"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"),
    Spec::new("pinecone_api_key", r"pcsk_[A-Za-z0-9_]{40,}").keywords(&["pcsk_"]).anchored().example(r"pcsk_e_HY_WLl3NDf_2_VITgTwa__taTe5E9_pLc8hk_x940SU__2FWS3r9YG__R7IJ_4kuI0hJOSfMrC"),
    Spec::new("cerebras_api_key", r"(?-u:\b)csk-[a-z0-9]{40,}").keywords(&["csk-"]).anchored().example(r"csk-8516qwv899xnssz71bkd5y02863qe35jq71a6468roukb8n0ubkjrk7qlm"),
    Spec::new("fireworks_api_key", r"(?-u:\b)fw_[A-Za-z0-9]{24,}").keywords(&["fw_"]).anchored().example(r"fw_OemgYkF683CmKpyw731kJvqkbEYce1tj2yX4dQe6G"),
    Spec::new("elevenlabs_api_key", r"(?-u:\b)sk_[a-f0-9]{48}(?-u:\b)").keywords(&["sk_"]).anchored().example(r"sk_5ab6cbfc6c4570d1daa7e9bbdd198dedaa46297950b2231c"),
    Spec::new("adyen_api_key", r"(?-u:\b)AQE[a-z0-9]{5,}\.[A-Za-z0-9_=\-]{50,80}").exact(&["AQE"]).anchored().example(r"AQE86h546.54K4HPILejMzMc7XuptffQ1g4A3PooOJ4xEWuaXelTp5gdorPKkn3sYwvk2M"),
    // --- Payments ------------------------------------------------------------
    Spec::new("stripe_secret_key", r"(?-u:\b)sk_(?:live|test|prod)_[A-Za-z0-9]{10,}").keywords(&["sk_live_", "sk_test_", "sk_prod_"]).anchored().example(r"sk_test_5rUt34MCy0lA"),
    Spec::new("stripe_restricted_key", r"(?-u:\b)rk_(?:live|test|prod)_[A-Za-z0-9]{10,}").keywords(&["rk_live_", "rk_test_", "rk_prod_"]).anchored().example(r"rk_test_5PHsnC7A55m0BB8ut2"),
    Spec::new("stripe_webhook_secret", r"whsec_[A-Za-z0-9+/=]{20,}").keywords(&["whsec_"]).anchored().example(r"whsec_=1==e+fj4E0v=Q=MM+Q06V+i=+++Tx=/5q=+R"),
    Spec::new("stripe_customer_id", r"(?-u:\b)cus_[A-Za-z0-9]{10,}").keywords(&["cus_"]).anchored().example(r"cus_wVITu8Ez15qOY9HcfJ2"),
    Spec::new("braintree_access_token", r"access_token\$(?:production|sandbox)\$[a-z0-9]{16}").keywords(&["access_token$production$", "access_token$sandbox$"]).anchored().example(r"access_token$production$sq49vai1q72dj5oy"),
    Spec::new("square_access_token", r"(?-u:\b)EAAA[A-Za-z0-9_\-+=]{56,}").keywords(&["eaaa"]).anchored().example(r"EAAA+z91_Fwd_=O=k-=Qa+_G9_6-=+4+7L-____+=1_3lE3+++=l-+-=+pB1m0=UL-3Oh-mlB+_S---8=l--X-=3P=IW8-3Y18==s=L=5O3++Zw_"),
    Spec::new("square_oauth_secret", r"sq0(?:csp|atp)-[A-Za-z0-9_\-]{22,}").keywords(&["sq0csp-", "sq0atp-"]).anchored().example(r"sq0csp-F_5ua_Y4q-8Wl__1vvg-9-72_-"),
    Spec::new("shopify_access_token", r"shpat_[A-Za-z0-9]{32,64}").keywords(&["shpat_"]).anchored().example(r"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"),
    Spec::new("shopify_custom_app_token", r"shpca_[A-Za-z0-9]{32,64}").keywords(&["shpca_"]).anchored().example(r"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"),
    Spec::new("shopify_private_app_token", r"shppa_[A-Za-z0-9]{32,64}").keywords(&["shppa_"]).anchored().example(r"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"),
    Spec::new("shopify_shared_secret", r"shpss_[A-Za-z0-9]{32,64}").keywords(&["shpss_"]).anchored().example(r"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"),
    Spec::new("flutterwave_secret_key", r"FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X").keywords(&["flwseck"]).anchored().example(r"FLWSECK-AAd2E0B4e58C46f6766fffBf1DDCfdf2-X"),
    Spec::new("flutterwave_encryption_key", r"FLWSECK_TEST-[a-hA-H0-9]{12}(?-u:\b)").keywords(&["flwseck_test-"]).anchored().example(r"FLWSECK_TEST-2b6f0f0g390d"),
    Spec::new("duffel_api_token", r"duffel_(?:test|live)_[A-Za-z0-9_\-=]{40,}").keywords(&["duffel_"]).anchored().example(r"duffel_test_=-x4_g--_Ga5J-=4_Uo==cbq=-wGJV8EQ5=bR=D=3hG-d"),
    Spec::new("shippo_api_token", r"shippo_(?:live|test)_[a-f0-9]{40}").keywords(&["shippo_"]).anchored().example(r"shippo_live_aa307da58c8df6469bd0b0e9d2a7ad8bbd235fc1"),
    Spec::new("easypost_api_key", r"EZ[AT]K[A-Za-z0-9]{54}").keywords(&["ezak", "eztk"]).anchored().example(r"EZTKSslF9t3ZYdog8VGd47weDeOV1fl5AdVLHYfVZLQ7KzqOHWDe6IL006"),
    Spec::new("plaid_access_token", r"(?-u:\b)access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}").keywords(&["access-"]).anchored().example(r"access-sandbox-ffc2516a-2627-45bd-c40c-39cbae8cc6e2"),
    // --- Source hosting and CI ----------------------------------------------
    Spec::new("github_fine_grained_pat", r"github_pat_[A-Za-z0-9_]{50,}").keywords(&["github_pat_"]).anchored().example(r"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xf2qgz"),
    Spec::new("github_pat", r"(?P<s>ghp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)").keywords(&["ghp_"]).anchored().example(r"ghp_xWf1Sr2eQCJeLhzOKBhwV8BQ07wv9KAq3Zt1"),
    Spec::new("github_oauth_token", r"(?P<s>gho_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)").keywords(&["gho_"]).anchored().example(r"gho_8JF8z63ku0otv5qsq3uj4L613xC7ds3Dj6Jq"),
    Spec::new("github_user_to_server_token", r"(?P<s>ghu_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)").keywords(&["ghu_"]).anchored().example(r"ghu_YALGr22vG329zPcsHA79q3skp5l8BP8G2cy9"),
    Spec::new("github_server_to_server_token", r"ghs_(?:[A-Za-z0-9]{30,}|\d{4,}_[A-Za-z0-9_\-]{20,}(?:\.[A-Za-z0-9_\-]+)*)").keywords(&["ghs_"]).anchored().example(r"ghs_NQ4kG41w657XFpWV704F82cPup2pOocj9xphbfm3WDjn35tEn7NfAV"),
    Spec::new("github_refresh_token", r"ghr_[A-Za-z0-9]{30,}").keywords(&["ghr_"]).anchored().example(r"ghr_fzs6Z4Q4qzQYEB2BHX6WFR1X54V04U3ZwgXwp18F1AlP2LFQ1SsG8ffX6zD"),
    Spec::new("gitlab_pat", r"glpat-[A-Za-z0-9_\-.]{20,}").keywords(&["glpat-"]).anchored().example(r"glpat-.-s_0_x..-3SY.9sNmFMB_b.-__-4ej"),
    Spec::new("gitlab_deploy_token", r"gldt-[A-Za-z0-9_\-]{20,}").keywords(&["gldt-"]).anchored().example(r"gldt-vrPYucto--c_-zE8C95-5sabr1-nSQ6v"),
    Spec::new("gitlab_runner_token", r"glrt-[A-Za-z0-9_\-.]{20,}").keywords(&["glrt-"]).anchored().example(r"glrt-H-h_.YBN_rrd_.n_H._-B8Oz_.wi"),
    Spec::new("gitlab_runner_registration_token", r"GR1348941[A-Za-z0-9_\-]{20,}").keywords(&["gr1348941"]).anchored().example(r"GR1348941_47_zV_O4sGfc-8FkDDW8W-_Fjs-xE-"),
    Spec::new("gitlab_pipeline_trigger_token", r"glptt-[A-Za-z0-9_\-]{20,}").keywords(&["glptt-"]).anchored().example(r"glptt-2AZPRgB--5dNZdoClPy3FoU__Qj6"),
    Spec::new("gitlab_feed_token", r"glft-[A-Za-z0-9_\-]{20,}").keywords(&["glft-"]).anchored().example(r"glft-X72RlAv2-00ud-_-azl5ENFF3_7-JfsG"),
    Spec::new("gitlab_oauth_secret", r"gloas-[A-Za-z0-9_\-]{20,}").keywords(&["gloas-"]).anchored().example(r"gloas-3--_t8sSfCn-MWc--3--2qP5"),
    Spec::new("gitlab_agent_token", r"glagent-[A-Za-z0-9_\-]{20,}").keywords(&["glagent-"]).anchored().example(r"glagent-rcE--_3j37M_a-lHmtIb2i5Tw-V_p"),
    Spec::new("gitlab_ci_build_token", r"glcbt-[A-Za-z0-9_\-]{20,}").keywords(&["glcbt-"]).anchored().example(r"glcbt-P8_3-0Ro5gZLL-_jZnwb_76z_G-l_-bA-JqQ2-"),
    Spec::new("gitlab_feature_flag_token", r"glffct-[A-Za-z0-9_\-]{20,}").keywords(&["glffct-"]).anchored().example(r"glffct-nNoS1VCnsDevDuLXmrMe"),
    Spec::new("gitlab_incoming_mail_token", r"glimt-[A-Za-z0-9_\-]{25,}").keywords(&["glimt-"]).anchored().example(r"glimt-MnbJPeos7qxhvttdcZbrcoWds"),
    Spec::new("gitlab_scim_token", r"glsoat-[A-Za-z0-9_\-]{20,}").keywords(&["glsoat-"]).anchored().example(r"glsoat-ZH6rr0Gk017qi9T0TvDo"),
    Spec::new("gitlab_session_cookie", r"_gitlab_session=(?P<s>[a-z0-9]{32})").keywords(&["_gitlab_session="]).anchored().example(r"_gitlab_session=1fhysm669p17va9f4hbivjjc7gg5dgu5"),
    Spec::new("sourcegraph_token", r"(?-u:\b)sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}(?-u:\b)").keywords(&["sgp_"]).anchored().example(r"sgp_46ce8aeb90f81185_5925a8b390a1881922eafd3eb55e23277a4111c2"),
    Spec::new("harness_token", r"(?-u:\b)(?:pat|sat)\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}(?-u:\b)").keywords(&["pat.", "sat."]).anchored().example(r"pat.VFoIARV7M77kfmKjwL20Hw.SvNhRtO5c26MRPKDHzRiFbOy.30zJspKN1YGyYPWmRnc6"),
    Spec::new("octopus_deploy_api_key", r"(?-u:\b)API-[A-Z0-9]{26}(?-u:\b)").exact(&["API-"]).anchored().example(r"API-L3A2IY0XD1IMGTMKPTNX3FFP5D"),
    Spec::new("clojars_token", r"(?i-u:CLOJARS_)[a-z0-9]{60}").keywords(&["clojars_"]).anchored().example(r"CLOJARS_5craxnssdugplkbknoq5ynjmlr03w0bl3grkxsjogxozdcyib25fsrv6lzav"),
    Spec::new("artifactory_reference_token", r"(?-u:\b)cmVmd[A-Za-z0-9]{59}(?-u:\b)").exact(&["cmVmd"]).anchored().example(r"cmVmdo7h6zfPdjh1bCtYO4wnrQy30LuSdS4xlmwWCcXcFXVgHBAfrHvQItqxLvXm"),
    Spec::new("sidekiq_secret", concat!(r"(?i-u:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM)", separator!(), r"(?P<s>[a-f0-9]{8}:[a-f0-9]{8})")).keywords(&["__contribsys__com"]).example(r"BUNDLE_GEMS__CONTRIBSYS__COM=ef8ac678:2e36c993"),
    Spec::new("chieftools_token", r"(?-u:\b)ct[por]_[A-Za-z0-9]{30,248}").keywords(&["ctp_", "cto_", "ctr_"]).anchored().example(r"ctp_FtgQVTZBDOOIRNH6PbFhHG32v8Fyh1wfMPwu"),
    Spec::new("bitbucket_app_password", r"(?-u:\b)ATBB[A-Za-z0-9_=.\-]{28,}").keywords(&["atbb"]).anchored().example(r"ATBB=j==_-.=K8G0x.=_=-i4-Y1y=_=l="),
    Spec::new("buildkite_token", r"bkua_[a-f0-9]{40}").keywords(&["bkua_"]).anchored().example(r"bkua_2c748a26b6811ef5bfa186fe2fbca3266dbcea8f"),
    Spec::new("circleci_token", r"CCIPAT_[A-Za-z0-9]{20,}_[a-f0-9]{40}").keywords(&["ccipat_"]).anchored().example(r"CCIPAT_tgCdoiltJzeyYeaEakSP7vfHFo4461wnSjF_cd4c4de86cce65ce48e8b7cbc877a488d586580b"),
    Spec::new("npm_token", r"(?P<s>npm_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)").keywords(&["npm_"]).anchored().example(r"npm_Q08AaT2kevukx281EOBnv0MQxBq03yRQ6OYk"),
    Spec::new("pypi_token", r"pypi-AgE[A-Za-z0-9_\-]{50,}").keywords(&["pypi-"]).anchored().example(r"pypi-AgELwByhl84l9Cb-j_l_-of_L-X_X__295n8_K8D-R1s03r1_kFEY6xfyG-CZ4-_t-9S1d-EiQ_l21avGj7CGd-3h_8"),
    Spec::new("rubygems_api_key", r"rubygems_[a-f0-9]{48}").keywords(&["rubygems_"]).anchored().example(r"rubygems_7ea3f3989ada8219a251709bdc0f6c1394d8e3bc1e36ca8e"),
    Spec::new("docker_hub_pat", r"dckr_pat_[A-Za-z0-9_\-]{24,}").keywords(&["dckr_pat_"]).anchored().example(r"dckr_pat_5D_c-ztj_-xC-_11_7y_I-Gy0-j_ra9Kz-T-e_r__aV3w"),
    Spec::new("artifactory_api_key", r"(?-u:\b)AKCp[A-Za-z0-9]{64,}").keywords(&["akcp"]).anchored().example(r"AKCpwi6Mi5t5AD6hkSZl7LSM3zmRx8xBtiF8MFj1aJH5NQtonUtOO84183Pg30KanEEeCSe0ArUitUp9Ombgp9r3"),
    Spec::new("readme_api_key", r"rdme_[a-z0-9]{64,}").keywords(&["rdme_"]).anchored().example(r"rdme_1yw4i0x3ncze72n9323na51235062beb5j55249l8973r3052532g82jft7j6s1b8635rz7a9spyrd7i7i231woh75t6nfj"),
    // --- Cloud ---------------------------------------------------------------
    Spec::new("aws_access_key_id", r"(?-u:\b)(?:AKIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?-u:\b)").exact(&["AKIA", "ABIA", "ACCA", "A3T"]).anchored().example(r"AKIAN64KO5B1H6K5TQDY"),
    Spec::new("aws_temp_access_key_id", r"(?-u:\b)ASIA[A-Z0-9]{16}(?-u:\b)").exact(&["ASIA"]).anchored().example(r"ASIAP92YV2N6CQ939T0L"),
    Spec::new("aws_session_token", r"(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+=]{40,}").keywords(&["iqojb3jpz2lux2vj", "fwogzxivyxdze"]).anchored().example(r"IQoJb3JpZ2luX2VjT/N8B+x+k+=+n=U/D=I=+/+=/n++=BFJ59=983==w17M=VfRN=++i+Ny49/17x"),
    Spec::new("aws_secret_access_key", concat!(r"(?i-u:aws[a-z0-9_.\-]*secret[a-z0-9_.\-]*)", separator!(), r"(?P<s>[A-Za-z0-9/+=]{40})(?-u:\b)")).keywords(&["aws"]).anchored().example(r#"AWS_SECRET_ACCESS_KEY="Zk3q9Lm2Pw8Rt5Yv1Bn6Hc4Jx7Ds0Fa2Ge9Ku3Qo""#),
    Spec::new("aws_secret_access_key", r#"(?i-u:secretAccessKey)["']?[ \t]*(?:=|:)[ \t]*["']?(?P<s>[A-Za-z0-9/+=]{40})"#).keywords(&["secretaccesskey"]).anchored().example(r"secretAccessKey: Zk3q9Lm2Pw8Rt5Yv1Bn6Hc4Jx7Ds0Fa2Ge9Ku3Qo"),
    Spec::new("gcp_api_key", r"(?-u:\b)AIza[A-Za-z0-9_\-]{30,}").keywords(&["aiza"]).anchored().example(r"AIza7QU-iVv---_yyKLJqWoF_aQR__JebmLWU-_5_8_1Wo__vUQ-sjfOBL"),
    Spec::new("gcp_oauth_client_secret", r"GOCSPX-[A-Za-z0-9_\-]{24,}").keywords(&["gocspx-"]).anchored().example(r"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8w___r-"),
    Spec::new("google_oauth_access_token", r"ya29\.[A-Za-z0-9_\-]{20,}").keywords(&["ya29."]).anchored().example(r"ya29.X900_---esNUwhIo15gyLom_e5kVy__Mc"),
    Spec::new("azure_ad_client_secret", r"(?-u:\b)[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}").keywords(&["q~"]).example(r"FG~2Q~~uja2jn3.UDT16vH.146xR--diH_5_q"),
    Spec::new("azure_storage_account_key", r"(?i-u:AccountKey)=(?P<s>[A-Za-z0-9+/]{80,}={0,2})").keywords(&["accountkey"]).anchored().example(r"AccountKey=05+Xe+7fRWj0f+O04X1G84V+2KR4OyoSDQqXY+N325/YzVAw7+0pSN+H7UExhCnio1KOWC4/qrY+/7++3+iBy78++/3B++P+GYjH2Q1fNt0oJ+0L0=="),
    Spec::new("azure_sas_signature", r"[?&]sig=(?P<s>[A-Za-z0-9%+/=]{20,})").keywords(&["sig="]).example(r"?sig=XHlX%+rup3%u/%PeP+++%==omlz"),
    Spec::new("alibaba_access_key_id", r"(?-u:\b)LTAI[A-Za-z0-9]{12,20}(?-u:\b)").keywords(&["ltai"]).anchored().example(r"LTAI0hH498g4y92m30bC4q"),
    Spec::new("digitalocean_pat", r"dop_v1_[a-f0-9]{64}").keywords(&["dop_v1_"]).anchored().example(r"dop_v1_babfb1eaaf6612eeac42bdb5bf2aa8c604fec21c77aba1dede5960e52873f931"),
    Spec::new("digitalocean_oauth_token", r"doo_v1_[a-f0-9]{64}").keywords(&["doo_v1_"]).anchored().example(r"doo_v1_85edcbfcbb0522f6c3fda4466c6e5d3a9e51706f1cefc4f5b3ef65b0bfd36c27"),
    Spec::new("digitalocean_refresh_token", r"dor_v1_[a-f0-9]{64}").keywords(&["dor_v1_"]).anchored().example(r"dor_v1_8eecab44bb7d4dafd4d1def2e514a86ea2d88bc4acc05693e9c054b1d047fe1d"),
    Spec::new("heroku_api_key", r"HRKU-[A-Za-z0-9_\-]{30,}").keywords(&["hrku-"]).anchored().example(r"HRKU-7_NQ5U25GYDDyY-GU5BkorOx_Q-e_K8Yq7__nT_cd43Qard2_w4"),
    Spec::new("heroku_api_key_legacy", concat!(r"(?i-u:heroku[a-z0-9_.\-]*)", separator!(), r"(?P<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")).keywords(&["heroku"]).anchored().example(r"HEROKU_API_KEY=3f2c8d1e-9a7b-4c6d-8e5f-1a2b3c4d5e6f"),
    Spec::new("databricks_token", r"(?-u:\b)dapi[a-fA-F0-9]{32}(?:-\d+)?").keywords(&["dapi"]).anchored().example(r"dapi5bba3be2d8406f411765cc7c80fa416f"),
    Spec::new("vault_service_token", r"hvs\.[A-Za-z0-9_\-]{20,}").keywords(&["hvs."]).anchored().example(r"hvs.n-o33H-i7___FywU-63MxmUxhT-j__vC1W"),
    Spec::new("vault_batch_token", r"hvb\.[A-Za-z0-9_\-]{20,}").keywords(&["hvb."]).anchored().example(r"hvb._jd_7X-g_-W-w__p-ILXt-8-I0ARv_f0p-3"),
    Spec::new("vault_recovery_token", r"hvr\.[A-Za-z0-9_\-]{20,}").keywords(&["hvr."]).anchored().example(r"hvr.k713_cN_G_F5f-U-7W58-vH2x--_A"),
    Spec::new("doppler_personal_token", r"dp\.pt\.[A-Za-z0-9]{30,}").keywords(&["dp.pt."]).anchored().example(r"dp.pt.L95QRJun7XnurR4u0elVJ4cX52RBVQDEgvJvrvOq6vOma8BIB"),
    Spec::new("doppler_service_token", r"dp\.st\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{30,}").keywords(&["dp.st."]).anchored().example(r"dp.st.eAEyyaugR8AM2rFX8bivhhtB5YfdbzxsQGO9U9kVIqjgqoTeNG7oNmnjb"),
    Spec::new("doppler_service_account_token", r"dp\.sa\.[A-Za-z0-9]{30,}").keywords(&["dp.sa."]).anchored().example(r"dp.sa.teC8FJ1XITWS3bzG7IGULnz1C40Fxo7c1Hla3fCgqNwe4dINz"),
    Spec::new("doppler_cli_token", r"dp\.ct\.[A-Za-z0-9]{30,}").keywords(&["dp.ct."]).anchored().example(r"dp.ct.10IdGdn16d8gnN6GOA8r8u0qN8n2Jd"),
    Spec::new("terraform_cloud_token", r"(?-u:\b)[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,}").keywords(&["atlasv1"]).example(r"9W6J5N4Bf9zGG5.atlasv1.q5=L7-6--5-x-ci-_z=T-Z_-_LH-=Ye_9=8s=0o6UK-jN_J--=n=-kvJ9NP9="),
    Spec::new("pulumi_access_token", r"(?-u:\b)pul-[a-f0-9]{40}").keywords(&["pul-"]).anchored().example(r"pul-5575fd1cbc06e900d836a63ec0b796a9d9ff91b2"),
    Spec::new("planetscale_password", r"pscale_pw_[A-Za-z0-9_\-=.]{32,}").keywords(&["pscale_pw_"]).anchored().example(r"pscale_pw_7J4._6.t_66CB-=Gob=to_=I0joXmG._Z==_=E_.0."),
    Spec::new("planetscale_token", r"pscale_tkn_[A-Za-z0-9_\-=.]{32,}").keywords(&["pscale_tkn_"]).anchored().example(r"pscale_tkn_rMP3c=F===_-qp_nJ4kTuQH_d=.N=ZUOUJ__-=Z=inA9agH.7__l_=I8.W"),
    Spec::new("planetscale_oauth_token", r"pscale_oauth_[A-Za-z0-9_\-=.]{32,}").keywords(&["pscale_oauth_"]).anchored().example(r"pscale_oauth_=s4=iV=s=2H.g=-=NX_g.78l6=.xZ2_wy5.ss..__="),
    Spec::new("supabase_access_token", r"sbp_[a-f0-9]{40}").keywords(&["sbp_"]).anchored().example(r"sbp_d7ccecaa3ee30a238743dbac13c78258f3ad2237"),
    Spec::new("supabase_secret_key", r"sb_secret_[A-Za-z0-9_\-]{20,}").keywords(&["sb_secret_"]).anchored().example(r"sb_secret_Hb----_P_-_wc6Li_-S_"),
    Spec::new("neon_api_key", r"napi_[a-z0-9]{60,}").keywords(&["napi_"]).anchored().example(r"napi_26n471gv81z2sni87g13v750cdij4ixw5870ce344whdjoy85i6tc66fp9e92wif0zk537hoz14q153435238c1b757byp0g5n4e9aeb0l7b51a7"),
    Spec::new("netlify_token", r"nfp_[A-Za-z0-9]{36,}").keywords(&["nfp_"]).anchored().example(r"nfp_SgLYXka4sl5958Hkq10IMp5KIGD3KJAhC6iu7hbfb6r9SkZo020D0IW5k8k3WpiqbAk2"),
    Spec::new("render_api_key", r"(?-u:\b)rnd_[A-Za-z0-9]{30,}").keywords(&["rnd_"]).anchored().example(r"rnd_qH5YR4NnYZrbHRbeS4wLN4Bw5TpSxQq5ZP3XRMQAbcA2NW"),
    Spec::new("flyio_token", r"(?-u:\b)(?:fo1_[A-Za-z0-9_\-]{40,}|fm1[ar]_[A-Za-z0-9+/=_\-]{50,}|fm2_[A-Za-z0-9+/=_\-]{50,})").keywords(&["fo1_", "fm1a_", "fm1r_", "fm2_"]).anchored().example(r"fo1_eru_mo2ILT-cGq2_lq__jO-2mO-f_B30TV8__R-kzM_"),
    Spec::new("tailscale_key", r"tskey-[a-z]+-[A-Za-z0-9]{6,}-[A-Za-z0-9]{10,}").keywords(&["tskey-"]).anchored().example(r"tskey-xuckxchmdrdjsqwzfbcrbsspnvaljzz-1k4LvTZ91-B84iz2OmibGgJI"),
    Spec::new("dynatrace_token", r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}").keywords(&["dt0c01."]).anchored().example(r"dt0c01.79I08E0Z41NK1UAMAEN943T5.9NOP43ZL2QRBA5JDPKP0W34X514O4I638R9S3RE2W4E0S93IJ2M58S016Q4WP3RU"),
    Spec::new("vercel_personal_token", r"(?-u:\b)vcp_[A-Za-z0-9]{20,60}(?-u:\b)").keywords(&["vcp_"]).anchored().example(r"vcp_hZ2Y1vMOAWP3zxQCS6gDSxlt"),
    Spec::new("vercel_integration_token", r"(?-u:\b)vci_[A-Za-z0-9]{20,60}(?-u:\b)").keywords(&["vci_"]).anchored().example(r"vci_KrAAt4s5We7K3i1CLZVaq14y"),
    Spec::new("vercel_app_access_token", r"(?-u:\b)vca_[A-Za-z0-9]{20,60}(?-u:\b)").keywords(&["vca_"]).anchored().example(r"vca_mPiHYVljoP5nWRf1ZJnsZXnB7GSzKp3i"),
    Spec::new("vercel_app_refresh_token", r"(?-u:\b)vcr_[A-Za-z0-9]{20,60}(?-u:\b)").keywords(&["vcr_"]).anchored().example(r"vcr_Bbvvq214bmy9XlHku4TtKAbabGf9hw8o"),
    Spec::new("vercel_ai_gateway_key", r"(?-u:\b)vck_[A-Za-z0-9]{20,60}(?-u:\b)").keywords(&["vck_"]).anchored().example(r"vck_F8bEaJzOxMfwcBN2whpyTEKcdf2tr6KhOKhEZqde"),
    Spec::new("cloudflare_global_api_key", r"cfk_[A-Za-z0-9]{40,}").keywords(&["cfk_"]).anchored().example(r"cfk_o4UwdUdyLVmwVZishzNXGj9qsvt3gqQZTRtUw6Zv41edea5f"),
    Spec::new("cloudflare_user_api_token", r"cfut_[A-Za-z0-9]{40,}").keywords(&["cfut_"]).anchored().example(r"cfut_GOl76oOaABDHV0FBjs5KK4rkmOL7mOCbv2vZX1Tc3dd66ba7"),
    Spec::new("cloudflare_account_api_token", r"cfat_[A-Za-z0-9]{40,}").keywords(&["cfat_"]).anchored().example(r"cfat_ImSTsv2T5mYn8N9utSgdFJLhOtTyVkr8dbUjmn1Sd5dc9e20"),
    Spec::new("cloudflare_origin_ca_key", r"(?-u:\b)v1\.0-[a-f0-9]{24}-[a-f0-9]{146}").keywords(&["v1.0-"]).anchored().example(r"v1.0-bd0a3d6c6932063026b4b51a-ef40de5682f7f90b7e87d99ea376b822fa3b66ea562241ff4178b15c9914e0adb88cd95fe826461c92659bb3a58785c40a1cee2580ab755417f66584bb36b24f1590d81179679226e3"),
    // The legacy global key (37 hex) and API tokens (40) have no prefix:
    // only a `cloudflare` name before them tells what they are.
    Spec::new("cloudflare_api_key", concat!(r"(?i-u:cloudflare[a-z0-9_.\-]*)", separator!(), r"(?P<s>[a-f0-9]{37}|[A-Za-z0-9_\-]{40})(?-u:\b)")).keywords(&["cloudflare"]).anchored().example(r#"cloudflare: "aca5ddea382ad6709a4b8fb5ca776e0338578""#),
    Spec::new("scalingo_api_token", r"tk-us-[A-Za-z0-9_\-]{48}").keywords(&["tk-us-"]).anchored().example(r"tk-us-lrWj5BEFyOzWjq9dKJ56Lnj2FcbpYYGaNflUkLjmpZESL0vh"),
    Spec::new("clickhouse_cloud_secret", r"(?-u:\b)4b1d[A-Za-z0-9]{38}(?-u:\b)").keywords(&["4b1d"]).anchored().example(r"4b1djxs3Gf6hGfJr1RQRgCwnhmuet0uFpQjLbljpWe"),
    Spec::new("castai_api_key", r"castai_v1_[A-Za-z0-9]{64}_[A-Za-z0-9]{8}").keywords(&["castai_v1_"]).anchored().example(r"castai_v1_YM91oTydQEuYnJLzE61q4vNaF1WF2nYE90qm0DpnEUI61xTy2xevWaHhVjZfCWGr_QGT2rMS2"),
    Spec::new("defined_networking_token", r"dnkey-[A-Za-z0-9=_\-]{26}-[A-Za-z0-9=_\-]{52}").keywords(&["dnkey-"]).anchored().example(r"dnkey-ptuuwaxjffqttp3c87eqjyiu60-exz04pitajexkvrx92xwlikp5c100xr1ae2s7ysilbol1t32iiqe"),
    Spec::new("openshift_user_token", r"sha256~[A-Za-z0-9_\-]{43}").keywords(&["sha256~"]).anchored().example(r"sha256~ui1g3t2epevPMbsqvk429gDgMeeIOIFEBjf65kMkkVf"),
    Spec::new("azure_data_factory_key", r"(?-u:\b)IR@[0-9a-zA-Z\-]{36}@[^@\s]{1,100}@[0-9a-zA-Z\-=]*@[A-Za-z0-9+/=]{44}").exact(&["IR@"]).anchored().example(r"IR@cab50e55-dc0f-2189-16d5-4d8b89f64019@adf-app-001@we@JzajyFZo2dAQjtE8gOhuVJGmi6bRoqvnZyPAk4gJdif="),
    Spec::new("maxmind_license_key", r"(?-u:\b)[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?-u:\b)").keywords(&["_mmk"]).example(r"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"),
    Spec::new("onepassword_secret_key", r"(?-u:\b)A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?-u:\b)").exact(&["A3-"]).anchored().example(r"A3-24J9JX-KWLAC7A7WHZ-ADJ83-L4Q8J-H9TZG"),
    Spec::new("authress_access_key", r"(?-u:\b)(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_\-][A-Za-z0-9\-]{10,32}\.[A-Za-z0-9+/_=\-]{30,120}").keywords(&[".acc_", ".acc-"]).example(r"sc_35z8oal9ap.kw70x.acc_uql4km5qbube2r8jyotu.gM3ZIoAiagIBMX2wput0sp5v3nusd1lyuWNqZ5I8mEonxtqbmQ0wh66KDCNr"),
    Spec::new("django_insecure_secret_key", r#"["'](?P<s>django-insecure-[^"'\s]{1,250})["']"#).keywords(&["django-insecure-"]).example(r#"SECRET_KEY = "django-insecure-z-+ne0^36^h0lxbxld(-c7&5p7-38q!lf7o3pi2^""#),
    Spec::new("intra42_client_secret", r"(?-u:\b)s-s4t2(?:ud|af)-[a-fA-F0-9]{64}").keywords(&["s-s4t2ud-", "s-s4t2af-"]).anchored().example(r"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"),
    Spec::new("settlemint_token", r"(?-u:\b)sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}(?-u:\b)").keywords(&["sm_aat_", "sm_pat_", "sm_sat_"]).anchored().example(r"sm_pat_uiQqt8y0K65pzMS1"),
    Spec::new("adobe_client_secret", r"(?-u:\b)p8e-[A-Za-z0-9]{32}(?-u:\b)").keywords(&["p8e-"]).anchored().example(r"p8e-q2i6fhn8s372xe8lamw3iwybtiq8b1pz"),
    Spec::new("age_secret_key", r"AGE-SECRET-KEY-1[0-9A-Z]{58}").keywords(&["age-secret-key-1"]).anchored().example(r"AGE-SECRET-KEY-18164739T562DFT511Q0E8MJ9XLM5KYMZ8AX2K0K05FE73LLK98VC06HV6V"),
    Spec::new("onepassword_service_token", r"ops_eyJ[A-Za-z0-9+/=_\-]{100,}").keywords(&["ops_eyj"]).anchored().example(r"ops_eyJ+-3Vo=o=1++fkxb_bF3g6=_-_an_m=/d_=Kka9==W/-t+2_lT=P=iu=16P+_=3gs/=4___-=+Pv1=UQ=tt+e+Hmv=-D8Hp=K3R_w-+_RM/5JgG+_=-6XHE==+G+C=W7+LY=+3"),
    // --- Messaging, mail, collaboration --------------------------------------
    Spec::new("slack_bot_token", r"xoxb-[0-9]{8,}-[0-9]{8,}-[A-Za-z0-9]{16,}").keywords(&["xoxb-"]).anchored().example(r"xoxb-346132100-90966018-8BE2I43PDmAO8pN09351dT0T3QuC1Qi"),
    Spec::new("slack_legacy_bot_token", r"xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}(?-u:\b)").keywords(&["xoxb-"]).anchored().example(r"xoxb-78348139175-7ADs868YEfyJBbNf9PZZxk6G"),
    Spec::new("slack_user_token", r"xox[pe]-[0-9]{8,}-[0-9]{8,}-[0-9]{8,}-[A-Za-z0-9]{24,}").keywords(&["xoxp-"]).anchored().example(r"xoxp-58420321148-5295976498-28225601148-1bec58fb4bb7f00cb590c87358429bdfaa4035fb426e7a"),
    Spec::new("slack_app_token", r"xapp-\d-[A-Z0-9]{8,}-\d{8,}-[a-z0-9]{32,}").keywords(&["xapp-"]).anchored().example(r"xapp-1-A0123ABCD45-1234567890123-0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d"),
    Spec::new("slack_config_token", r"xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{100,}").keywords(&["xoxe"]).anchored().example(r"xoxe.xoxp-8-M4R93s6INwE2DFcBw6m6N7X55Q2eg7q43ozPeqOn8yuaeE0B69Nz0trtBJ71bMICcG0eQ5qabPcK2Or258RW07Fpird8wQuiYKR4X3L773x4in06B215fY0E69Skyw89F5xAj9Ld2r6gYm6w8uT"),
    Spec::new("slack_legacy_token", r"(?-u:\b)xox[aors]-[A-Za-z0-9\-]{20,}").keywords(&["xoxa-", "xoxo-", "xoxr-", "xoxs-"]).anchored().example(r"xoxo-nfPd0WCgP27JIjQ9H8Ip4VcvuEVOJX-0Z-Z"),
    Spec::new("slack_webhook_url", r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<s>[A-Za-z0-9_/\-]{20,})").keywords(&["hooks.slack.com/"]).anchored().example(r"hooks.slack.com/workflows/q_gJhD-_-ksxTZ-b/_9bda_-lXL"),
    Spec::new("discord_webhook_url", r"discord(?:app)?\.com/api/webhooks/\d+/(?P<s>[A-Za-z0-9_\-]{40,})").keywords(&["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"]).anchored().example(r"discordapp.com/api/webhooks/1/ico9o5b0_KpH7oSi03g9DlqC8x5-d__zjF8om_OkmQk3-bi_OJ"),
    // Three dot-separated parts with fixed lengths, found in code from each
    // `.` in the text: no keyword needed, so a pasted bare token is caught.
    Spec::new("discord_bot_token", "").check(Check::DiscordToken).example(r"MTA4NjE1NjQ0MjU2NjY5Mjc1Mg.GvJ3xX.k9d8Wq2LzPp0aBcDeFgHiJkLmNoPqRsTuV"),
    Spec::new("teams_webhook_url", r"webhook\.office\.com/webhookb2/(?P<s>[A-Za-z0-9@\-/]{40,})").keywords(&["webhook.office.com/webhookb2/"]).anchored().example(r"webhook.office.com/webhookb2/x6sG9Xvjg10Q-4-9t-jb4v-HRW1/-r@8-Ep4ZYEx5G1It/oGLD6e"),
    Spec::new("zapier_webhook_url", r"hooks\.zapier\.com/hooks/catch/(?P<s>\d+/[A-Za-z0-9]+)").keywords(&["hooks.zapier.com/hooks/catch/"]).anchored().example(r"https://hooks.zapier.com/hooks/catch/1234567/abcDEF12/"),
    Spec::new("telegram_bot_token", r"(?-u:\b)\d{8,10}:AA[A-Za-z0-9_\-]{30,}").exact(&[":AA"]).example(r"1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"),
    Spec::new("twilio_api_key", r"(?-u:\b)SK[0-9a-fA-F]{32}(?-u:\b)").exact(TWILIO_PREFIXES).anchored().example(r"SKd19d3CE75fB93cfBBB97AfCda6fdB7c8"),
    Spec::new("twilio_auth_token", concat!(r"(?i-u:twilio[a-z0-9_.\-]*|auth_?token)", separator!(), r"(?P<s>[a-f0-9]{32})(?-u:\b)")).keywords(&["twilio", "authtoken", "auth_token"]).anchored().example(r"TWILIO_AUTH_TOKEN=4dadfe1a673c6e6c667faca4e2c1b74c"),
    Spec::new("sendgrid_api_key", r"(?-u:\b)SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{30,}").keywords(&["sg."]).anchored().example(r"SG.-38-_-zX-m_0_iVv_-7sf-si-VD0._-dW_L0kP__KEw-Yi-__R-_____24it_87e_-r-7dYODh-5kio_JoKHV"),
    Spec::new("brevo_api_key", r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}").keywords(&["xkeysib-"]).anchored().example(r"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"),
    Spec::new("mailgun_api_key", r"(?-u:\b)key-[0-9a-f]{32}(?-u:\b)").keywords(&["key-"]).anchored().example(r"key-b39844df2b90d9ad03a00077d86e25d8"),
    Spec::new("mailchimp_api_key", r"(?-u:\b)(?P<s>[0-9a-f]{32})-us\d{1,2}(?-u:\b)").keywords(&["-us"]).example(r"b2a7e9b30dedddfdbf51d0c9dcd62369-us3"),
    Spec::new("resend_api_key", r"(?-u:\b)re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?-u:\b)").keywords(&["re_"]).anchored().example(r"re_29108Wxq_g8FFcgZcNFy6k0wp5u6QuqqT"),
    Spec::new("postman_api_key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}").keywords(&["pmak-"]).anchored().example(r"PMAK-a6dbadce89da324a86077a65-dce9a78dc4bc97a54bef0b8ba37bb2cd51"),
    Spec::new("atlassian_api_token", r"ATATT3[A-Za-z0-9_\-=]{100,}").keywords(&["atatt3"]).anchored().example(r"ATATT3_E-RjtG=_s2=n-k-0_h7-3A_7=SLrX=_-1w_fvN=-sBHCw=-y_KkC=KA8=V-_fG--hgJ1-3oUdWuH=owr7-=MD=697_LvJ4D=h=Bf0m35L=4aS-99-_3_h_r2tt1=T__-_--m83I-C6D-=-=dEC_I-_=rR3ioz15Sn_t4jK5mHrln__"),
    Spec::new("linear_api_key", r"lin_api_[A-Za-z0-9]{40}").keywords(&["lin_api_"]).anchored().example(r"lin_api_kmjo97OfK006eSL52SG1HP6arP3oZlTxaY8s7uC8"),
    Spec::new("notion_token", r"ntn_[A-Za-z0-9]{40,}").keywords(&["ntn_"]).anchored().example(r"ntn_tZN3jNZLt5m8n11c28y9KAVQ5cgqU4u803D3iJl9EnNFVa9sh4ZJ57w"),
    Spec::new("notion_token_legacy", r"(?-u:\b)secret_[A-Za-z0-9]{43}(?-u:\b)").keywords(&["secret_"]).anchored().example(r"secret_sY7aN5a0ltV53cE7lHiL5k1Tw9ibTD5pcAhB0Y2H3VE"),
    Spec::new("figma_pat", r"figd_[A-Za-z0-9_\-]{30,}").keywords(&["figd_"]).anchored().example(r"figd_jD3f5T0zGz_Z9nz2a_9B3a9_f_1QpWRY7_l7qs949_l_-arV7___r-x"),
    Spec::new("airtable_pat", r"(?-u:\b)pat[A-Za-z0-9]{14}\.[a-f0-9]{64}").exact(&["pat"]).anchored().example(r"pat7zQ4oxK9jY8kLY.e1200b32dce792b0ba5c9e4c50b8e1bfcce355fee6fdf31796ce6477122ca3ad"),
    Spec::new("hubspot_private_app_token", r"(?-u:\b)pat-(?:na|eu)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}").keywords(&["pat-"]).anchored().example(r"pat-na5-9b168ee4-a61d-a61a-d98b-3ba0f9b8a5b3"),
    Spec::new("typeform_pat", r"(?-u:\b)tfp_[A-Za-z0-9_\-.=]{50,}").keywords(&["tfp_"]).anchored().example(r"tfp_-pR-D8j6_8R._d.7M=.2_1=B2_WC=b-r==H-==D=2R-=c=_46==..rX7.l=53M2b==rz5h=8=Ab.0Z.J=44h.-LQWx-m-_"),
    Spec::new("contentful_pat", r"CFPAT-[A-Za-z0-9_\-]{43}").keywords(&["cfpat-"]).anchored().example(r"CFPAT-v945___K_I_-_---54--_-PX4_q5so_HbC8nVl--3uZ"),
    Spec::new("frameio_token", r"fio-u-[A-Za-z0-9_=\-]{64}").keywords(&["fio-u-"]).anchored().example(r"fio-u-YW=O===__Z_5-vy-Y6__gwo8_W-_ORco=He=9ebVoPf-1T_0Mu9=RL=Yt=I=L2__"),
    Spec::new("facebook_access_token", r"(?-u:\b)(?:EAACEdEose0cBA[0-9A-Za-z]{20,}|EAA[MC][0-9A-Za-z]{100,})").exact(&["EAAM", "EAAC"]).anchored().example(r"EAACEdEose0cBAg9zlYrNj9QxXzGHRltnp458ewvGf70Xw1"),
    Spec::new("dropbox_short_lived_token", r"(?-u:\b)sl\.[A-Za-z0-9_=\-]{130,}").keywords(&["sl."]).anchored().example(r"sl.LHTLkfE68mThoo4lN6PPnbCyP0J2jR8Nc5IaAs3BA64ndtkWyxl3L1ty8nQHJdDPubM2uww124Aq2zNeKHnWFM3p6NJr67iW41oTzWIoIMOqb3KzykIUL8D9HHXG0y7hs91B1Gh"),
    Spec::new("dropbox_long_lived_token", r"(?-u:\b)[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=\-]{43}(?-u:\b)").exact(&["AAAAAAAAAA"]).example(r"g3iitge9jh3AAAAAAAAAATJ0l2uqWXu61yiPusroc1lnyArCx5pAWhvthKKy93uc").check(Check::Fixed),
    Spec::new("twitter_bearer_token", r"(?-u:\b)A{22}[A-Za-z0-9%]{30,}").keywords(&["aaaaaaaaaaaaaaaaaaaaa"]).example(r"AAAAAAAAAAAAAAAAAAAAAAn8%NO%j26BW3hM3Kd8Q%B6Jl%UveZ%3Ne8T09O%0%4%1"),
    Spec::new("firebase_cloud_messaging_key", r"(?-u:\b)AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,}").keywords(&[":apa91b"]).example(r"AAAA-CCZz7_:APA91b_9_s4ox9_d_1_t6_BlB_g-8i-O2sRZ-5A-i-_3g_6H__xSaz4uu1l5BF_hHW3DTya0sIJyP61_k0MajxJVUZ-zA__41qn--b6U2__r_0X_i63_Sk-vQ_-__q7nXsC2YRVb7-I_-16T-GU_w5---3yzf-w5__E65kU9I"),
    Spec::new("mapbox_secret_token", r"(?-u:\b)sk\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,}").keywords(&["sk.eyj"]).anchored().example(r"sk.eyJBIoT_Tzk_Q0Zb-rHM0ZIy_--7W_83D__L8urO14y0i_k462-lG_A5C.-K3__gjh0QhVe___tIFA"),
    Spec::new("adafruit_io_key", r"(?-u:\b)aio_[A-Za-z0-9]{28}(?-u:\b)").keywords(&["aio_"]).anchored().example(r"aio_aU3L2i0qiyelVxX4TF087A04mpoA"),
    Spec::new("infracost_api_key", r"(?-u:\b)ico-[A-Za-z0-9]{32}(?-u:\b)").keywords(&["ico-"]).anchored().example(r"ico-7bgTTf4SO2XMdJ3JRiYusZqX1Elzyiy8"),
    Spec::new("prefect_api_key", r"(?-u:\b)pnu_[A-Za-z0-9]{36}").keywords(&["pnu_"]).anchored().example(r"pnu_y2Qmj1t9dr7jlIG0tRZfShwwf4t1ttuTumij"),
    // --- Observability -------------------------------------------------------
    Spec::new("grafana_service_account_token", r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}").keywords(&["glsa_"]).anchored().example(r"glsa_A2SY59fFK2ewe2hpxH5EhGJIIcBW6RFu_e903f34b"),
    Spec::new("grafana_cloud_token", r"(?-u:\b)glc_[A-Za-z0-9+/=_\-]{32,}").keywords(&["glc_"]).anchored().example(r"glc___WJii/=vorH10_9xu+=q==+B5V3+n//--NyW+f-_--=7dDt_K_+4+r"),
    Spec::new("grafana_api_key_legacy", r"(?-u:\b)eyJrIjoi[A-Za-z0-9+/=]{40,}").keywords(&["eyjrijoi"]).anchored().example(r"eyJrIjoi9mPfh++6=Pa6H+G=HM6OP==+P4=NX=Ao+p=bT+oM/J+q+y4NKwYasGEnhPm==S==9fR=="),
    Spec::new("newrelic_user_api_key", r"NRAK-[A-Z0-9]{27}").keywords(&["nrak-"]).anchored().example(r"NRAK-OFZ44CGHD260SV48FZ9Z23IM1DT"),
    Spec::new("newrelic_insert_key", r"NRII-[A-Za-z0-9_\-]{32}").keywords(&["nrii-"]).anchored().example(r"NRII-7-1PK5yV_I-_V-_B-lP_t1ggi8-4X0-_"),
    Spec::new("newrelic_browser_key", r"NRJS-[a-f0-9]{19}").keywords(&["nrjs-"]).anchored().example(r"NRJS-c4f773c5c5d5bf0fda0"),
    Spec::new("sentry_user_token", r"sntryu_[a-f0-9]{64}").keywords(&["sntryu_"]).anchored().example(r"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"),
    Spec::new("sentry_org_token", r"sntrys_eyJ[A-Za-z0-9+/=_\-]{50,}").keywords(&["sntrys_"]).anchored().example(r"sntrys_eyJ+==-WC4zfK/=9Y=6IRM-+-W-=-er73PW=R_c+7L1EaL+587_--Lr2++K=+-7HiZ7GH+s7+=6_=D--"),
    Spec::new("datadog_api_key", concat!(r"(?i-u:(?:datadog|dd)[a-z0-9_.\-]*(?:api|app)[_.\-]?key)", separator!(), r"(?P<s>[a-f0-9]{32,40})(?-u:\b)")).keywords(&["datadog", "dd_api", "dd_app", "dd-api"]).anchored().example(r#"DD_API_KEY="283ee50bb6dbffd8f18f8bde6c3b52a0""#),
    Spec::new("okta_api_token", concat!(r"(?i-u:okta[a-z0-9_.\-]*)", separator!(), r"(?P<s>00[A-Za-z0-9_\-]{40})")).keywords(&["okta"]).anchored().example(r#"okta_token: "00Abc123Def456Ghi789Jkl012Mno345Pqr678Stuv""#),
    // --- Credentials in URLs, headers and config -----------------------------
    Spec::new("authorization_header", r#"(?i-u:authorization)["']?[ \t]*[:=][ \t]*["']?(?:(?i-u:bearer|basic|token|bot|digest|negotiate|apikey|sso-key|aws4-hmac-sha256)[ \t]+)?(?P<s>[^\s"':{][^\s"']{15,})"#).keywords(&["authorization"]).anchored().check(Check::HeaderValue).example(r"Authorization: Basic dXNlcjpwYXNzd29yZDEyMzQ1Ng=="),
    Spec::new("bearer_token", r"(?-u:\b)(?i-u:bearer)[ \t]+(?P<s>[A-Za-z0-9_\-.~+/]{16,}={0,2})").keywords(&["bearer"]).anchored().check(Check::Generated).example(r"curl -H 'X-Api: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0'"),
    Spec::new("docker_config_auth", r#""auth"[ \t]*:[ \t]*"(?P<s>[A-Za-z0-9+/=]{12,})""#).keywords(&["\"auth\""]).anchored().example(r#"{"auths": {"registry.example.com": {"auth": "dXNlcjpzM2NyM3QtcGFzcw=="}}}"#),
    Spec::new("url_password", r"(?-u:\b)[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s:/@?#<>]*:(?P<s>[^\s/?#<>]+)@[A-Za-z0-9.\-\[\]_]").keywords(&["://"]).check(Check::UrlPassword).example(r#"Yqj+brh+x1k.6i.://":.Y@c"#),
    // `https://TOKEN:x-oauth-basic@host`, `https://TOKEN@host`: a token in
    // the user slot, where a person's name would be short and readable.
    Spec::new("url_user_token", r"(?-u:\b)[A-Za-z][A-Za-z0-9+.\-]{1,20}://(?P<s>[A-Za-z0-9_\-.~]{20,})(?::[^\s/?#@<>]*)?@[A-Za-z0-9.\-\[\]_]").keywords(&["://"]).check(Check::Generated).example(r"https://GAq5kIv8WNQC6A7ZoWAbKMnhaFL4fhH5NKQbeBgU:x-oauth-basic@github.com/org/repo.git"),
    Spec::new("email", r"(?P<s>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?-u:\b)").keywords(&["@"]).check(Check::Email).example(r"contact dana.okafor@northwind.example"),
    // --- Personal and financial numbers (also run on long digit runs) ---------
    // Long digit runs are found by the scanner itself (no keyword, no regex).
    Spec::new("card", "").check(Check::Card).example(r"card 4111 1111 1111 1111"),
    Spec::new("iban", r"(?-u:\b)[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,36}").keywords(&["iban"]).check(Check::Iban).example(r"IBAN NL91 ABNA 0417 1643 00"),
    Spec::new("us_ssn", r"(?-u:\b)\d{3}-\d{2}-\d{4}(?-u:\b)").keywords(&["ssn", "social security"]).check(Check::Ssn).example(r"SSN 123-45-6789"),
    Spec::new("us_ssn", r#"(?i-u:ssn)["']?[ \t]*[:=][ \t]*["']?(?P<s>\d{9})(?-u:\b)"#).keywords(&["ssn"]).check(Check::Ssn).example(r"ssn=123456789"),
    // `0x` + 64 hex is a private key or a transaction hash; only words
    // saying "key" before it make it a key.
    Spec::new("crypto_private_key", r"(?i-u:priv(?:ate)?[ _.\-]?key|wallet[ _.\-]?key|signer[ _.\-]?key|mnemonic)[^\n]{0,40}?(?-u:\b)(?P<s>0x[a-fA-F0-9]{64})(?-u:\b)").keywords(&["priv", "wallet", "signer", "mnemonic"]).example(r"wallet private key: 0xf50d054a81b7047fa1a9773f66696e7b436f9c81dfff981addd6ccefbf9f694e"),
    // --- Key names: values recognisable only by what they are called ---------
    Spec::new("secret_flag", r"--(?i-u:api-?key|token|access-token|auth-token|password|secret|client-secret)(?:=|[ \t]+)(?P<s>[^\s\x22'`]{6,})").keywords(&[ "--api", "--token", "--access", "--auth", "--password", "--secret", "--client", ]).anchored().check(Check::Credential).example(r"--password=\2XdbvG!%H:"),
    // Anchored at the word; the full name (`DB_PASSWORD`, `cache_key`) is
    // read leftwards in code and decides the kind and the value check.
    // Anchored at the word and parsed in code; the full name (`DB_PASSWORD`,
    // `cache_key`) is read leftwards and decides the kind and the check.
    Spec::new("secret", "").keywords(SECRET_WORDS).anchored().check(Check::Assignment).example(r"DB_PASSWORD=Tr0ub4dor-3xample"),
];

/// Prefixes whose rows match one exact length (GitHub's classic tokens and
/// npm's are 36 characters after the prefix, AWS key ids 16): a value under
/// a secret name that starts with one but does not fit its row is a
/// lookalike (a token cut short, a test string off by one) and is left to
/// the row. Formats whose length varies (`sk_live_`, `glpat-`, `xoxb-`)
/// are not listed: any value under a secret name is masked there.
pub(crate) const STRICT_PREFIXES: &[&str] = &["ghp_", "gho_", "ghu_", "npm_", "AKIA", "ASIA"];

/// Names ending in `key` that are not secrets.
pub(crate) const BENIGN_KEY_NAMES: &[&str] = &[
    "public_key",
    "publickey",
    "publishable_key",
    "publishablekey",
    "primary_key",
    "foreign_key",
    "sort_key",
    "partition_key",
    "cache_key",
    "idempotency_key",
    "idempotencykey",
    "routing_key",
    "object_key",
    "s3_key",
    "dedup_key",
    "lookup_key",
    "row_key",
    "hash_key",
    "range_key",
    "map_key",
    "group_key",
    "key_id",
    "kid",
    "monkey",
    "hotkey",
    "turnkey",
    "pubkey",
    "pub_key",
    "ssh_key_fingerprint",
    "websocket_key",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Redactor;

    /// Every row masks its own example, as that row (the shared redactor
    /// compiles the rows in this order).
    #[test]
    fn every_row_masks_its_example() {
        let redactor = Redactor::shared();
        for (index, spec) in SPECS.iter().enumerate() {
            assert!(!spec.example.is_empty(), "{} has no example", spec.kind);
            let spans = redactor.scanner.spans(spec.example);
            assert!(
                spans.iter().any(|s| s.rule == index),
                "row {index} ({}) does not mask its example",
                spec.kind
            );
            let masked = crate::redact::redact(spec.example, usize::MAX);
            assert!(masked.contains("<redacted:"), "{}: {masked}", spec.kind);
        }
    }

    /// The separator of the keyed rows and the assignment parser read the
    /// same spellings between a name and its value.
    #[test]
    fn keyed_rows_and_the_assignment_parser_agree_on_separators() {
        let value = "4dadfe1a673c6e6c667faca4e2c1b74c";
        for separator in [
            "=",
            " = ",
            "=>",
            " := ",
            ": ",
            "\": \"",
            "='",
            ": &str = \"",
            ": &'static str = \"",
            ": String = ",
        ] {
            for name in ["TWILIO_AUTH_TOKEN", "DB_PASSWORD"] {
                let quote = separator
                    .trim_start_matches(|c| !matches!(c, '"' | '\''))
                    .chars()
                    .last();
                let close = quote.map(String::from).unwrap_or_default();
                let text = format!("{name}{separator}{value}{close}");
                assert!(
                    !crate::redact::redact(&text, usize::MAX).contains(value),
                    "{text}"
                );
            }
        }
    }
}
