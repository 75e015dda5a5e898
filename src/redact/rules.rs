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
    /// The shape alone is precise enough.
    Shape,
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
}

/// One built-in rule.
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
}

/// A rule whose keywords occur anywhere in the match: its regex searches
/// the line.
const fn rule(
    kind: &'static str,
    keywords: &'static [&'static str],
    pattern: &'static str,
) -> Spec {
    Spec {
        kind,
        keywords,
        exact: &[],
        pattern,
        check: Check::Shape,
        anchored: false,
    }
}

/// [`rule`] with keywords that must match case.
const fn exact(kind: &'static str, exact: &'static [&'static str], pattern: &'static str) -> Spec {
    Spec {
        kind,
        keywords: &[],
        exact,
        pattern,
        check: Check::Shape,
        anchored: false,
    }
}

/// A rule whose match starts with one of its keywords (a token prefix).
const fn prefixed(
    kind: &'static str,
    keywords: &'static [&'static str],
    pattern: &'static str,
) -> Spec {
    Spec {
        kind,
        keywords,
        exact: &[],
        pattern,
        check: Check::Shape,
        anchored: true,
    }
}

/// [`prefixed`] with keywords that must match case.
const fn prefixed_exact(
    kind: &'static str,
    exact: &'static [&'static str],
    pattern: &'static str,
) -> Spec {
    Spec {
        kind,
        keywords: &[],
        exact,
        pattern,
        check: Check::Shape,
        anchored: true,
    }
}

/// [`rule`] with a check beyond the shape.
const fn checked(
    kind: &'static str,
    keywords: &'static [&'static str],
    pattern: &'static str,
    check: Check,
) -> Spec {
    Spec {
        kind,
        keywords,
        exact: &[],
        pattern,
        check,
        anchored: false,
    }
}

/// [`prefixed`] with a check beyond the shape.
const fn checked_prefixed(
    kind: &'static str,
    keywords: &'static [&'static str],
    pattern: &'static str,
    check: Check,
) -> Spec {
    Spec {
        kind,
        keywords,
        exact: &[],
        pattern,
        check,
        anchored: true,
    }
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

/// What may follow a key name before its value: `=`, `:`, a closing quote
/// or bracket, a blank, or a terminal colour code. A secret word is a
/// keyword only together with one of these, so `prompt_tokens` or
/// `keyboard` never wake the assignment parser.
pub(crate) const ASSIGNMENT_FOLLOWERS: &[char] = &['=', ':', '"', '\'', ']', ' ', '\t', '\x1b'];

/// `SK` and the first hex digit of a Twilio API key SID: `SK` alone is in
/// too many words (`task`, `risk`) to be a useful keyword.
const TWILIO_PREFIXES: &[&str] = &[
    "SK0", "SK1", "SK2", "SK3", "SK4", "SK5", "SK6", "SK7", "SK8", "SK9", "SKa", "SKb", "SKc",
    "SKd", "SKe", "SKf", "SKA", "SKB", "SKC", "SKD", "SKE", "SKF",
];

/// The built-in rules, most specific first (one row per line).
#[rustfmt::skip]
pub(crate) static SPECS: &[Spec] = &[
    // --- Private keys and tokens with structure -----------------------------
    checked_prefixed("private_key", &["-----begin"], r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Check::PemBlock),
    prefixed("jwt", &["eyj"], r"(?-u:\b)eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"),
    // --- LLM providers -------------------------------------------------------
    prefixed("anthropic_admin_key", &["sk-ant-admin"], r"(?-u:\b)sk-ant-admin\d{2}-[A-Za-z0-9_\-]{20,}"),
    prefixed("anthropic_api_key", &["sk-ant-"], r"(?-u:\b)sk-ant-[a-z]{3}\d{2}-[A-Za-z0-9_\-]{20,}"),
    prefixed("openai_project_key", &["sk-proj-"], r"(?-u:\b)sk-proj-[A-Za-z0-9_\-]{20,}"),
    prefixed("openai_admin_key", &["sk-admin-"], r"(?-u:\b)sk-admin-[A-Za-z0-9_\-]{20,}"),
    prefixed("openai_service_account_key", &["sk-svcacct-"], r"(?-u:\b)sk-svcacct-[A-Za-z0-9_\-]{20,}"),
    prefixed("openrouter_api_key", &["sk-or-"], r"(?-u:\b)sk-or-v\d-[a-f0-9]{32,}"),
    prefixed("openai_api_key_legacy", &["sk-"], r"(?-u:\b)sk-[A-Za-z0-9]{16,}T3BlbkFJ[A-Za-z0-9]{16,}"),
    prefixed("deepseek_api_key", &["sk-"], r"(?-u:\b)sk-[a-f0-9]{32}(?-u:\b)"),
    checked_prefixed("openai_api_key", &["sk-"], r"(?-u:\b)sk-[A-Za-z0-9][A-Za-z0-9_\-]{23,}", Check::Generated),
    prefixed("groq_api_key", &["gsk_"], r"(?-u:\b)gsk_[A-Za-z0-9]{40,}"),
    prefixed("xai_api_key", &["xai-"], r"(?-u:\b)xai-[A-Za-z0-9]{60,}"),
    prefixed("perplexity_api_key", &["pplx-"], r"(?-u:\b)pplx-[A-Za-z0-9]{40,}"),
    prefixed("huggingface_token", &["hf_"], r"(?-u:\b)hf_[A-Za-z0-9]{30,}"),
    prefixed("huggingface_org_token", &["api_org_"], r"(?-u:\b)api_org_[A-Za-z0-9]{30,}"),
    prefixed("replicate_api_token", &["r8_"], r"(?-u:\b)r8_[A-Za-z0-9]{30,}"),
    prefixed("langsmith_api_key", &["lsv2_"], r"(?-u:\b)lsv2_(?:sk|pt)_[a-f0-9]{32}_[a-f0-9]{10}"),
    prefixed("tavily_api_key", &["tvly-"], r"(?-u:\b)tvly-(?:dev-|prod-)?[A-Za-z0-9]{24,}"),
    prefixed("pinecone_api_key", &["pcsk_"], r"(?-u:\b)pcsk_[A-Za-z0-9_]{40,}"),
    prefixed("cerebras_api_key", &["csk-"], r"(?-u:\b)csk-[a-z0-9]{40,}"),
    prefixed("fireworks_api_key", &["fw_"], r"(?-u:\b)fw_[A-Za-z0-9]{24,}"),
    prefixed("elevenlabs_api_key", &["sk_"], r"(?-u:\b)sk_[a-f0-9]{48}(?-u:\b)"),
    // --- Payments ------------------------------------------------------------
    prefixed("stripe_secret_key", &["sk_live_", "sk_test_"], r"(?-u:\b)sk_(?:live|test)_[A-Za-z0-9]{10,}"),
    prefixed("stripe_restricted_key", &["rk_live_", "rk_test_"], r"(?-u:\b)rk_(?:live|test)_[A-Za-z0-9]{10,}"),
    prefixed("stripe_webhook_secret", &["whsec_"], r"(?-u:\b)whsec_[A-Za-z0-9+/=]{20,}"),
    prefixed("stripe_customer_id", &["cus_"], r"(?-u:\b)cus_[A-Za-z0-9]{10,}"),
    prefixed("square_access_token", &["eaaa"], r"(?-u:\b)EAAA[A-Za-z0-9_\-+=]{56,}"),
    prefixed("square_oauth_secret", &["sq0csp-", "sq0atp-"], r"(?-u:\b)sq0(?:csp|atp)-[A-Za-z0-9_\-]{22,}"),
    prefixed("shopify_access_token", &["shpat_"], r"(?-u:\b)shpat_[a-fA-F0-9]{32}"),
    prefixed("shopify_custom_app_token", &["shpca_"], r"(?-u:\b)shpca_[a-fA-F0-9]{32}"),
    prefixed("shopify_private_app_token", &["shppa_"], r"(?-u:\b)shppa_[a-fA-F0-9]{32}"),
    prefixed("shopify_shared_secret", &["shpss_"], r"(?-u:\b)shpss_[a-fA-F0-9]{32}"),
    prefixed("flutterwave_secret_key", &["flwseck"], r"(?-u:\b)FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X"),
    prefixed("duffel_api_token", &["duffel_"], r"(?-u:\b)duffel_(?:test|live)_[A-Za-z0-9_\-=]{40,}"),
    prefixed("shippo_api_token", &["shippo_"], r"(?-u:\b)shippo_(?:live|test)_[a-f0-9]{40}"),
    prefixed("easypost_api_key", &["ezak", "eztk"], r"(?-u:\b)EZ[AT]K[A-Za-z0-9]{54}"),
    prefixed("plaid_access_token", &["access-"], r"(?-u:\b)access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
    // --- Source hosting and CI ----------------------------------------------
    prefixed("github_fine_grained_pat", &["github_pat_"], r"(?-u:\b)github_pat_[A-Za-z0-9_]{50,}"),
    prefixed("github_pat", &["ghp_"], r"(?-u:\b)ghp_[A-Za-z0-9]{30,}"),
    prefixed("github_oauth_token", &["gho_"], r"(?-u:\b)gho_[A-Za-z0-9]{30,}"),
    prefixed("github_user_to_server_token", &["ghu_"], r"(?-u:\b)ghu_[A-Za-z0-9]{30,}"),
    prefixed("github_server_to_server_token", &["ghs_"], r"(?-u:\b)ghs_[A-Za-z0-9]{30,}"),
    prefixed("github_refresh_token", &["ghr_"], r"(?-u:\b)ghr_[A-Za-z0-9]{30,}"),
    prefixed("gitlab_pat", &["glpat-"], r"(?-u:\b)glpat-[A-Za-z0-9_\-.]{20,}"),
    prefixed("gitlab_deploy_token", &["gldt-"], r"(?-u:\b)gldt-[A-Za-z0-9_\-]{20,}"),
    prefixed("gitlab_runner_token", &["glrt-"], r"(?-u:\b)glrt-[A-Za-z0-9_\-.]{20,}"),
    prefixed("gitlab_runner_registration_token", &["gr1348941"], r"(?-u:\b)GR1348941[A-Za-z0-9_\-]{20,}"),
    prefixed("gitlab_pipeline_trigger_token", &["glptt-"], r"(?-u:\b)glptt-[A-Za-z0-9_\-]{20,}"),
    prefixed("gitlab_feed_token", &["glft-"], r"(?-u:\b)glft-[A-Za-z0-9_\-]{20,}"),
    prefixed("gitlab_oauth_secret", &["gloas-"], r"(?-u:\b)gloas-[A-Za-z0-9_\-]{20,}"),
    prefixed("gitlab_agent_token", &["glagent-"], r"(?-u:\b)glagent-[A-Za-z0-9_\-]{20,}"),
    prefixed("gitlab_ci_build_token", &["glcbt-"], r"(?-u:\b)glcbt-[A-Za-z0-9_\-]{20,}"),
    prefixed("bitbucket_app_password", &["atbb"], r"(?-u:\b)ATBB[A-Za-z0-9_=.\-]{28,}"),
    prefixed("buildkite_token", &["bkua_"], r"(?-u:\b)bkua_[a-f0-9]{40}"),
    prefixed("circleci_token", &["ccipat_"], r"(?-u:\b)CCIPAT_[A-Za-z0-9]{20,}_[a-f0-9]{40}"),
    prefixed("npm_token", &["npm_"], r"(?-u:\b)npm_[A-Za-z0-9]{36}"),
    prefixed("pypi_token", &["pypi-"], r"(?-u:\b)pypi-AgE[A-Za-z0-9_\-]{50,}"),
    prefixed("rubygems_api_key", &["rubygems_"], r"(?-u:\b)rubygems_[a-f0-9]{48}"),
    prefixed("docker_hub_pat", &["dckr_pat_"], r"(?-u:\b)dckr_pat_[A-Za-z0-9_\-]{24,}"),
    prefixed("artifactory_api_key", &["akcp"], r"(?-u:\b)AKCp[A-Za-z0-9]{64,}"),
    prefixed("readme_api_key", &["rdme_"], r"(?-u:\b)rdme_[a-z0-9]{64,}"),
    // --- Cloud ---------------------------------------------------------------
    prefixed_exact("aws_access_key_id", &["AKIA", "ABIA", "ACCA", "A3T"], r"(?-u:\b)(?:AKIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?-u:\b)"),
    prefixed_exact("aws_temp_access_key_id", &["ASIA"], r"(?-u:\b)ASIA[A-Z0-9]{16}(?-u:\b)"),
    prefixed("aws_session_token", &["iqojb3jpz2lux2vj", "fwogzxivyxdze"], r"(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+=]{40,}"),
    prefixed("aws_secret_access_key", &["aws"], concat!(r"(?i-u:aws[a-z0-9_.\-]*secret[a-z0-9_.\-]*)", r#"["']?[ \t]*(?:=>|:=|=|:(?:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_:<>]*[ \t]*=)?)[ \t]*["']?(?P<s>[A-Za-z0-9/+=]{40})(?-u:\b)"#),
    ),
    prefixed("aws_secret_access_key", &["secretaccesskey"], r#"(?i-u:secretAccessKey)["']?[ \t]*(?:=|:)[ \t]*["']?(?P<s>[A-Za-z0-9/+=]{40})"#),
    prefixed("gcp_api_key", &["aiza"], r"(?-u:\b)AIza[A-Za-z0-9_\-]{30,}"),
    prefixed("gcp_oauth_client_secret", &["gocspx-"], r"(?-u:\b)GOCSPX-[A-Za-z0-9_\-]{24,}"),
    prefixed("google_oauth_access_token", &["ya29."], r"(?-u:\b)ya29\.[A-Za-z0-9_\-]{20,}"),
    rule("azure_ad_client_secret", &["q~"], r"(?-u:\b)[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}"),
    prefixed("azure_storage_account_key", &["accountkey"], r"(?i-u:AccountKey)=(?P<s>[A-Za-z0-9+/]{80,}={0,2})"),
    rule("azure_sas_signature", &["sig="], r"[?&]sig=(?P<s>[A-Za-z0-9%+/=]{20,})"),
    prefixed("alibaba_access_key_id", &["ltai"], r"(?-u:\b)LTAI[A-Za-z0-9]{12,20}(?-u:\b)"),
    prefixed("digitalocean_pat", &["dop_v1_"], r"(?-u:\b)dop_v1_[a-f0-9]{64}"),
    prefixed("digitalocean_oauth_token", &["doo_v1_"], r"(?-u:\b)doo_v1_[a-f0-9]{64}"),
    prefixed("digitalocean_refresh_token", &["dor_v1_"], r"(?-u:\b)dor_v1_[a-f0-9]{64}"),
    prefixed("heroku_api_key", &["hrku-"], r"(?-u:\b)HRKU-[A-Za-z0-9_\-]{30,}"),
    prefixed("heroku_api_key_legacy", &["heroku"], concat!(r"(?i-u:heroku[a-z0-9_.\-]*)", r#"["']?[ \t]*(?:=>|:=|=|:(?:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_:<>]*[ \t]*=)?)[ \t]*["']?(?P<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"#),
    ),
    prefixed("databricks_token", &["dapi"], r"(?-u:\b)dapi[a-f0-9]{32}(?:-\d+)?"),
    prefixed("vault_service_token", &["hvs."], r"(?-u:\b)hvs\.[A-Za-z0-9_\-]{20,}"),
    prefixed("vault_batch_token", &["hvb."], r"(?-u:\b)hvb\.[A-Za-z0-9_\-]{20,}"),
    prefixed("vault_recovery_token", &["hvr."], r"(?-u:\b)hvr\.[A-Za-z0-9_\-]{20,}"),
    prefixed("doppler_personal_token", &["dp.pt."], r"(?-u:\b)dp\.pt\.[A-Za-z0-9]{30,}"),
    prefixed("doppler_service_token", &["dp.st."], r"(?-u:\b)dp\.st\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{30,}"),
    prefixed("doppler_service_account_token", &["dp.sa."], r"(?-u:\b)dp\.sa\.[A-Za-z0-9]{30,}"),
    prefixed("doppler_cli_token", &["dp.ct."], r"(?-u:\b)dp\.ct\.[A-Za-z0-9]{30,}"),
    rule("terraform_cloud_token", &["atlasv1"], r"(?-u:\b)[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,}"),
    prefixed("pulumi_access_token", &["pul-"], r"(?-u:\b)pul-[a-f0-9]{40}"),
    prefixed("planetscale_password", &["pscale_pw_"], r"(?-u:\b)pscale_pw_[A-Za-z0-9_\-=.]{32,}"),
    prefixed("planetscale_token", &["pscale_tkn_"], r"(?-u:\b)pscale_tkn_[A-Za-z0-9_\-=.]{32,}"),
    prefixed("planetscale_oauth_token", &["pscale_oauth_"], r"(?-u:\b)pscale_oauth_[A-Za-z0-9_\-=.]{32,}"),
    prefixed("supabase_access_token", &["sbp_"], r"(?-u:\b)sbp_[a-f0-9]{40}"),
    prefixed("supabase_secret_key", &["sb_secret_"], r"(?-u:\b)sb_secret_[A-Za-z0-9_\-]{20,}"),
    prefixed("neon_api_key", &["napi_"], r"(?-u:\b)napi_[a-z0-9]{60,}"),
    prefixed("netlify_token", &["nfp_"], r"(?-u:\b)nfp_[A-Za-z0-9]{36,}"),
    prefixed("render_api_key", &["rnd_"], r"(?-u:\b)rnd_[A-Za-z0-9]{30,}"),
    prefixed("flyio_token", &["fo1_", "fm2_"], r"(?-u:\b)(?:fo1_[A-Za-z0-9_\-]{40,}|fm2_[A-Za-z0-9+/=_\-]{50,})"),
    prefixed("tailscale_key", &["tskey-"], r"(?-u:\b)tskey-[a-z]+-[A-Za-z0-9]{6,}-[A-Za-z0-9]{10,}"),
    prefixed("dynatrace_token", &["dt0c01."], r"(?-u:\b)dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}"),
    prefixed("age_secret_key", &["age-secret-key-1"], r"AGE-SECRET-KEY-1[0-9A-Z]{58}"),
    prefixed("onepassword_service_token", &["ops_eyj"], r"(?-u:\b)ops_eyJ[A-Za-z0-9+/=_\-]{100,}"),
    // --- Messaging, mail, collaboration --------------------------------------
    prefixed("slack_bot_token", &["xoxb-"], r"(?-u:\b)xoxb-[0-9]{8,}-[0-9]{8,}-[A-Za-z0-9]{16,}"),
    prefixed("slack_user_token", &["xoxp-"], r"(?-u:\b)xoxp-[0-9]{8,}-[0-9]{8,}-[0-9]{8,}-[a-f0-9]{24,}"),
    prefixed("slack_app_token", &["xapp-"], r"(?-u:\b)xapp-\d-[A-Z0-9]{8,}-\d{8,}-[a-z0-9]{32,}"),
    prefixed("slack_config_token", &["xoxe"], r"(?-u:\b)xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{100,}"),
    prefixed("slack_legacy_token", &["xoxa-", "xoxo-", "xoxr-", "xoxs-"], r"(?-u:\b)xox[aors]-[A-Za-z0-9\-]{20,}"),
    prefixed("slack_webhook_url", &["hooks.slack.com/"], r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<s>[A-Za-z0-9_/\-]{20,})"),
    prefixed("discord_webhook_url", &["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"], r"discord(?:app)?\.com/api/webhooks/\d+/(?P<s>[A-Za-z0-9_\-]{40,})"),
    // Three dot-separated parts with fixed lengths, found in code from each
    // `.` in the text: no keyword needed, so a pasted bare token is caught.
    checked("discord_bot_token", &[], "", Check::DiscordToken),
    prefixed("teams_webhook_url", &["webhook.office.com/webhookb2/"], r"webhook\.office\.com/webhookb2/(?P<s>[A-Za-z0-9@\-/]{40,})"),
    prefixed("zapier_webhook_url", &["hooks.zapier.com/hooks/catch/"], r"hooks\.zapier\.com/hooks/catch/(?P<s>\d+/[A-Za-z0-9]+)"),
    exact("telegram_bot_token", &[":AA"], r"(?-u:\b)\d{8,10}:AA[A-Za-z0-9_\-]{30,}"),
    prefixed_exact("twilio_api_key", TWILIO_PREFIXES, r"(?-u:\b)SK[0-9a-fA-F]{32}(?-u:\b)"),
    prefixed("twilio_auth_token", &["twilio", "authtoken", "auth_token"], concat!(r"(?i-u:twilio[a-z0-9_.\-]*|auth_?token)", r#"["']?[ \t]*(?:=>|:=|=|:(?:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_:<>]*[ \t]*=)?)[ \t]*["']?(?P<s>[a-f0-9]{32})(?-u:\b)"#),
    ),
    prefixed("sendgrid_api_key", &["sg."], r"(?-u:\b)SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{30,}"),
    prefixed("brevo_api_key", &["xkeysib-"], r"(?-u:\b)xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"),
    prefixed("mailgun_api_key", &["key-"], r"(?-u:\b)key-[0-9a-f]{32}(?-u:\b)"),
    rule("mailchimp_api_key", &["-us"], r"(?-u:\b)(?P<s>[0-9a-f]{32})-us\d{1,2}(?-u:\b)"),
    prefixed("resend_api_key", &["re_"], r"(?-u:\b)re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?-u:\b)"),
    prefixed("postman_api_key", &["pmak-"], r"(?-u:\b)PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    prefixed("atlassian_api_token", &["atatt3"], r"(?-u:\b)ATATT3[A-Za-z0-9_\-=]{100,}"),
    prefixed("linear_api_key", &["lin_api_"], r"(?-u:\b)lin_api_[A-Za-z0-9]{40}"),
    prefixed("notion_token", &["ntn_"], r"(?-u:\b)ntn_[A-Za-z0-9]{40,}"),
    prefixed("notion_token_legacy", &["secret_"], r"(?-u:\b)secret_[A-Za-z0-9]{43}(?-u:\b)"),
    prefixed("figma_pat", &["figd_"], r"(?-u:\b)figd_[A-Za-z0-9_\-]{30,}"),
    prefixed_exact("airtable_pat", &["pat"], r"(?-u:\b)pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"),
    prefixed("hubspot_private_app_token", &["pat-"], r"(?-u:\b)pat-(?:na|eu)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
    prefixed("typeform_pat", &["tfp_"], r"(?-u:\b)tfp_[A-Za-z0-9_\-.=]{50,}"),
    prefixed("contentful_pat", &["cfpat-"], r"(?-u:\b)CFPAT-[A-Za-z0-9_\-]{43}"),
    prefixed("frameio_token", &["fio-u-"], r"(?-u:\b)fio-u-[A-Za-z0-9_=\-]{64}"),
    prefixed("facebook_access_token", &["eaacedeose0cba"], r"(?-u:\b)EAACEdEose0cBA[0-9A-Za-z]{20,}"),
    rule("twitter_bearer_token", &["aaaaaaaaaaaaaaaaaaaaa"], r"(?-u:\b)A{22}[A-Za-z0-9%]{30,}"),
    rule("firebase_cloud_messaging_key", &[":apa91b"], r"(?-u:\b)AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,}"),
    prefixed("mapbox_secret_token", &["sk.eyj"], r"(?-u:\b)sk\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,}"),
    prefixed("adafruit_io_key", &["aio_"], r"(?-u:\b)aio_[A-Za-z0-9]{28}(?-u:\b)"),
    prefixed("infracost_api_key", &["ico-"], r"(?-u:\b)ico-[A-Za-z0-9]{32}(?-u:\b)"),
    prefixed("prefect_api_key", &["pnu_"], r"(?-u:\b)pnu_[A-Za-z0-9]{36}"),
    // --- Observability -------------------------------------------------------
    prefixed("grafana_service_account_token", &["glsa_"], r"(?-u:\b)glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}"),
    prefixed("grafana_cloud_token", &["glc_"], r"(?-u:\b)glc_[A-Za-z0-9+/=_\-]{32,}"),
    prefixed("grafana_api_key_legacy", &["eyjrijoi"], r"(?-u:\b)eyJrIjoi[A-Za-z0-9+/=]{40,}"),
    prefixed("newrelic_user_api_key", &["nrak-"], r"(?-u:\b)NRAK-[A-Z0-9]{27}"),
    prefixed("newrelic_insert_key", &["nrii-"], r"(?-u:\b)NRII-[A-Za-z0-9_\-]{32}"),
    prefixed("newrelic_browser_key", &["nrjs-"], r"(?-u:\b)NRJS-[a-f0-9]{19}"),
    prefixed("sentry_user_token", &["sntryu_"], r"(?-u:\b)sntryu_[a-f0-9]{64}"),
    prefixed("sentry_org_token", &["sntrys_"], r"(?-u:\b)sntrys_eyJ[A-Za-z0-9+/=_\-]{50,}"),
    prefixed("datadog_api_key", &["datadog", "dd_api", "dd_app", "dd-api"], concat!(r"(?i-u:(?:datadog|dd)[a-z0-9_.\-]*(?:api|app)[_.\-]?key)", r#"["']?[ \t]*(?:=>|:=|=|:(?:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_:<>]*[ \t]*=)?)[ \t]*["']?(?P<s>[a-f0-9]{32,40})(?-u:\b)"#),
    ),
    prefixed("okta_api_token", &["okta"], concat!(r"(?i-u:okta[a-z0-9_.\-]*)", r#"["']?[ \t]*(?:=>|:=|=|:(?:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][A-Za-z0-9_:<>]*[ \t]*=)?)[ \t]*["']?(?P<s>00[A-Za-z0-9_\-]{40})"#),
    ),
    // --- Credentials in URLs, headers and config -----------------------------
    prefixed("authorization_header", &["authorization"], r#"(?i-u:authorization)["']?[ \t]*[:=][ \t]*["']?(?:(?i-u:bearer|basic|token|bot|digest|negotiate|apikey|sso-key|aws4-hmac-sha256)[ \t]+)?(?P<s>[^\s"']{16,})"#),
    checked_prefixed("bearer_token", &["bearer"], r"(?-u:\b)(?i-u:bearer)[ \t]+(?P<s>[A-Za-z0-9_\-.~+/]{16,}={0,2})(?:[^A-Za-z0-9_\-.~+/=]|$)", Check::Generated),
    prefixed("docker_config_auth", &["\"auth\""], r#""auth"[ \t]*:[ \t]*"(?P<s>[A-Za-z0-9+/=]{12,})""#),
    rule("url_password", &["://"], r"(?-u:\b)[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s:/@?#<>]*:(?P<s>[^\s/?#<>]+)@[A-Za-z0-9.\-\[\]_]"),
    checked("email", &["@"], r"(?P<s>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?-u:\b)", Check::Email),
    // --- Personal and financial numbers (also run on long digit runs) ---------
    // Long digit runs are found by the scanner itself (no keyword, no regex).
    checked("card", &[], "", Check::Card),
    checked("iban", &["iban"], r"(?-u:\b)[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,36}", Check::Iban),
    checked("us_ssn", &["ssn", "social security"], r"(?-u:\b)\d{3}-\d{2}-\d{4}(?-u:\b)", Check::Ssn),
    checked("us_ssn", &["ssn"], r#"(?i-u:ssn)["']?[ \t]*[:=][ \t]*["']?(?P<s>\d{9})(?-u:\b)"#, Check::Ssn),
    // --- Key names: values recognisable only by what they are called ---------
    checked_prefixed("secret_flag", &[ "--api", "--token", "--access", "--auth", "--password", "--secret", "--client", ], r"--(?i-u:api-?key|token|access-token|auth-token|password|secret|client-secret)(?:=|[ \t]+)(?P<s>[^\s\x22'`]{6,})", Check::Credential),
    // Anchored at the word; the full name (`DB_PASSWORD`, `cache_key`) is
    // read leftwards in code and decides the kind and the value check.
    // Anchored at the word and parsed in code; the full name (`DB_PASSWORD`,
    // `cache_key`) is read leftwards and decides the kind and the check.
    checked_prefixed("secret", SECRET_WORDS, "", Check::Assignment),
];

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
];
