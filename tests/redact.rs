//! The `redact` module as a host uses it: shapes masked with their kind,
//! context kept, look-alikes left alone, truncation and custom rules.

use agent_hardening::redact::{RedactError, Redactor, TRUNCATION_MARKER, redact};

/// A deterministic token body of `len` characters from `alphabet`.
fn body(alphabet: &str, len: usize, seed: usize) -> String {
    let chars: Vec<char> = alphabet.chars().collect();
    (0..len)
        .map(|i| chars[(i * 7 + seed * 13 + i * i) % chars.len()])
        .collect()
}

const ALNUM: &str = "aB3cD4eF5gH6iJ7kL8mN9pQ2rS3tU4vW5xY6z";
const HEX: &str = "0123456789abcdef";

/// Asserts that `secret`, placed in `line`, is masked as `kind` and that
/// the words around it survive.
#[track_caller]
fn assert_masked(line: &str, secret: &str, kind: &str) {
    let out = redact(line, usize::MAX);
    assert!(!out.contains(secret), "{kind}: secret survived in {out:?}");
    assert!(
        out.contains(&format!("<redacted:{kind}>")),
        "{kind}: wrong or no mask in {out:?}"
    );
    let before = &line[..line.find(secret).unwrap_or(0)];
    assert!(
        out.starts_with(before),
        "{kind}: context before the secret changed in {out:?}"
    );
}

#[test]
fn provider_keys_are_masked_with_their_kind() {
    let cases = [
        (
            "anthropic_api_key",
            format!("sk-ant-api03-{}", body(ALNUM, 93, 1)),
        ),
        (
            "anthropic_admin_key",
            format!("sk-ant-admin01-{}", body(ALNUM, 93, 2)),
        ),
        (
            "openai_project_key",
            format!("sk-proj-{}", body(ALNUM, 120, 3)),
        ),
        (
            "openai_service_account_key",
            format!("sk-svcacct-{}", body(ALNUM, 100, 4)),
        ),
        ("openai_api_key", format!("sk-{}", body(ALNUM, 48, 5))),
        (
            "stripe_secret_key",
            format!("sk_live_{}", body(ALNUM, 99, 6)),
        ),
        (
            "stripe_secret_key",
            format!("sk_test_{}", body(ALNUM, 24, 7)),
        ),
        (
            "stripe_restricted_key",
            format!("rk_live_{}", body(ALNUM, 40, 8)),
        ),
        (
            "stripe_webhook_secret",
            format!("whsec_{}", body(ALNUM, 32, 9)),
        ),
        ("github_pat", format!("ghp_{}", body(ALNUM, 36, 10))),
        ("github_oauth_token", format!("gho_{}", body(ALNUM, 36, 11))),
        (
            "github_user_to_server_token",
            format!("ghu_{}", body(ALNUM, 36, 12)),
        ),
        (
            "github_server_to_server_token",
            format!("ghs_{}", body(ALNUM, 36, 13)),
        ),
        (
            "github_refresh_token",
            format!("ghr_{}", body(ALNUM, 36, 14)),
        ),
        (
            "github_fine_grained_pat",
            format!("github_pat_{}", body(ALNUM, 82, 15)),
        ),
        ("gitlab_pat", format!("glpat-{}", body(ALNUM, 20, 16))),
        (
            "slack_bot_token",
            format!("xoxb-1234567890-1234567890123-{}", body(ALNUM, 24, 17)),
        ),
        ("aws_access_key_id", "AKIAQWERTYUIOPASDF23".to_owned()),
        ("aws_temp_access_key_id", "ASIAQWERTYUIOPASDF23".to_owned()),
        ("gcp_api_key", format!("AIza{}", body(ALNUM, 35, 18))),
        ("huggingface_token", format!("hf_{}", body(ALNUM, 34, 19))),
        ("npm_token", format!("npm_{}", body(ALNUM, 36, 20))),
        (
            "pypi_token",
            format!("pypi-AgEIcHlwaS5vcmc{}", body(ALNUM, 60, 21)),
        ),
        (
            "sendgrid_api_key",
            format!("SG.{}.{}", body(ALNUM, 22, 22), body(ALNUM, 43, 23)),
        ),
        ("twilio_api_key", format!("SK{}", body(HEX, 32, 24))),
        (
            "shopify_access_token",
            format!("shpat_{}", body(HEX, 32, 25)),
        ),
        ("digitalocean_pat", format!("dop_v1_{}", body(HEX, 64, 26))),
        (
            "vault_service_token",
            format!("hvs.{}", body(ALNUM, 90, 27)),
        ),
        (
            "doppler_service_token",
            format!("dp.st.prd.{}", body(ALNUM, 43, 28)),
        ),
        ("databricks_token", format!("dapi{}", body(HEX, 32, 29))),
        (
            "telegram_bot_token",
            format!("123456789:AA{}", body(ALNUM, 33, 30)),
        ),
        ("groq_api_key", format!("gsk_{}", body(ALNUM, 52, 31))),
        ("linear_api_key", format!("lin_api_{}", body(ALNUM, 40, 32))),
        (
            "age_secret_key",
            format!(
                "AGE-SECRET-KEY-1{}",
                body("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58, 33)
            ),
        ),
        ("pulumi_access_token", format!("pul-{}", body(HEX, 40, 34))),
        (
            "postman_api_key",
            format!("PMAK-{}-{}", body(HEX, 24, 35), body(HEX, 34, 36)),
        ),
    ];
    for (kind, secret) in &cases {
        assert_masked(
            &format!("loaded credential {secret} for the tool"),
            secret,
            kind,
        );
    }
}

#[test]
fn at_least_a_hundred_kinds() {
    let kinds: Vec<&str> = Redactor::shared().kinds().collect();
    assert!(kinds.len() >= 100, "only {} kinds", kinds.len());
}

#[test]
fn tokens_in_query_strings_and_code_are_matched_to_their_end() {
    let token = format!("ghp_{}", body(ALNUM, 36, 40));
    for line in [
        format!("GET /repos?access={token}&page=2 200"),
        format!("client.login({token})"),
        format!("[{token}]"),
    ] {
        let found = Redactor::shared().find(&line);
        assert_eq!(found.len(), 1, "{line}");
        let start = line.find(&token).unwrap_or_default();
        assert_eq!(
            found[0].range(),
            start..start + token.len(),
            "span must cover the whole token in {line}"
        );
    }
}

#[test]
fn jwt_and_authorization_headers() {
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assert_eq!(
        redact(&format!("session={jwt};"), usize::MAX),
        "session=<redacted:jwt>;"
    );
    let bearer = format!("Authorization: Bearer {}", body(ALNUM, 40, 41));
    assert_eq!(
        redact(&bearer, usize::MAX),
        "Authorization: Bearer <redacted:authorization_header>"
    );
    let basic = "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1lMTIz";
    assert_eq!(
        redact(basic, usize::MAX),
        "Authorization: Basic <redacted:authorization_header>"
    );
}

#[test]
fn pem_private_key_body_is_masked_between_its_armour_lines() {
    let key = format!(
        "-----BEGIN RSA PRIVATE KEY-----\n{}\n{}\n-----END RSA PRIVATE KEY-----",
        body(ALNUM, 64, 42),
        body(ALNUM, 64, 43)
    );
    let text = format!("tls:\n{key}\nnext: line");
    let out = redact(&text, usize::MAX);
    assert_eq!(
        out,
        "tls:\n-----BEGIN RSA PRIVATE KEY-----\n<redacted:private_key>\n-----END RSA PRIVATE KEY-----\nnext: line"
    );
    // The same key inside JSON, with escaped newlines, and cut short.
    let json = format!(
        r#"{{"private_key": "-----BEGIN PRIVATE KEY-----\n{}\n{}", "client_email": "x"}}"#,
        body(ALNUM, 64, 44),
        body(ALNUM, 20, 45)
    );
    let out = redact(&json, usize::MAX);
    assert!(!out.contains(&body(ALNUM, 64, 44)), "{out}");
    assert!(out.ends_with(r#"", "client_email": "x"}"#), "{out}");
}

#[test]
fn a_pem_block_cut_short_ends_at_the_next_block() {
    let first = body(ALNUM, 64, 46);
    let second = body(ALNUM, 64, 47);
    let text = format!(
        "-----BEGIN EC PRIVATE KEY-----\n{first}\n-----BEGIN RSA PRIVATE KEY-----\n{second}\n-----END RSA PRIVATE KEY-----"
    );
    let out = redact(&text, usize::MAX);
    assert!(
        !out.contains(&first[..16]) && !out.contains(&second[..16]),
        "{out}"
    );
    assert!(
        out.contains(
            "-----BEGIN RSA PRIVATE KEY-----\n<redacted:private_key>\n-----END RSA PRIVATE KEY-----"
        ),
        "{out}"
    );
    // Many headers with no END line: each block ends at the next header.
    let flood = "-----BEGIN PRIVATE KEY-----\n".repeat(2000);
    assert_eq!(redact(&flood, usize::MAX), flood);
}

/// Every `sk-` or `key=` below is a keyword hit inside one long token; each
/// must not rescan the rest of it (that would take minutes, not
/// milliseconds).
#[test]
fn long_runs_of_repeated_keywords_are_read_once() {
    for unit in ["sk-", "key=", "xoxb-", "ghp_", "eyJ."] {
        let text = format!("start {} end", unit.repeat(50_000));
        assert_eq!(redact(&text, usize::MAX), text, "{unit}");
    }
    let unclosed = format!(
        "x {} ghp_0123456789abcdefghijABCDEFGHIJ012345",
        "<redacted".repeat(30_000)
    );
    assert!(redact(&unclosed, usize::MAX).ends_with("<redacted:github_pat>"));
    let groups = format!("ids {} end", "1234 ".repeat(30_000));
    assert_eq!(redact(&groups, usize::MAX), groups);
    let digits = format!("key {}9 end", "sk-a1".repeat(20_000));
    let out = redact(&digits, usize::MAX);
    assert!(
        out.starts_with("key <redacted:") && out.ends_with(" end"),
        "{}",
        &out[..80]
    );
}

#[test]
fn connection_strings_keep_user_and_host() {
    for (scheme, host) in [
        ("postgres", "db.internal:5432/app"),
        ("mysql", "db:3306/crm"),
        ("mongodb+srv", "cluster0.ab12c.mongodb.net/events"),
        ("redis", "cache:6379/0"),
        ("amqp", "rabbit:5672/jobs"),
    ] {
        let line = format!("connecting to {scheme}://app_user:S3cr3t~pass!@{host} now");
        assert_eq!(
            redact(&line, usize::MAX),
            format!("connecting to {scheme}://app_user:<redacted:url_password>@{host} now")
        );
    }
}

#[test]
fn values_under_secret_names_are_masked_and_the_name_kept() {
    let cases = [
        (
            "DB_PASSWORD=Tr0ub4dor&3-horse",
            "DB_PASSWORD=<redacted:password>&3-horse",
        ),
        (
            r#"{"api_key": "a1b2c3d4e5f6a7b8c9d0"}"#,
            r#"{"api_key": "<redacted:api_key>"}"#,
        ),
        ("DB_PWD=Tr0ub4dor3horse", "DB_PWD=<redacted:password>"),
        ("pwd=Tr0ub4dor3horse", "pwd=<redacted:password>"),
        (
            "smtp_password: 'Winter-2026!'",
            "smtp_password: '<redacted:password>'",
        ),
        (
            "?client_secret=AbCdEf123456789&x=1",
            "?client_secret=<redacted:secret>&x=1",
        ),
        (
            r#"let auth_token: &str = "9f8e7d6c5b4a39281706";"#,
            r#"let auth_token: &str = "<redacted:token>";"#,
        ),
        (
            "deploy --token abc123def456ghi789",
            "deploy --token <redacted:secret_flag>",
        ),
    ];
    for (line, want) in cases {
        assert_eq!(redact(line, usize::MAX), want, "{line}");
    }
}

/// Emails keep their domain, cards their last four digits; IBANs and SSNs
/// are masked whole.
#[test]
fn personal_and_financial_data() {
    let cases = [
        (
            "to ana.lopez+billing@example.co.uk",
            "to <redacted:email>@example.co.uk",
        ),
        (
            "card 4111 1111 1111 1111 declined",
            "card <redacted:card_visa>1111 declined",
        ),
        (
            "pan=5500-0055-5555-5559",
            "pan=<redacted:card_mastercard>5559",
        ),
        ("amex 378282246310005.", "amex <redacted:card_amex>0005."),
        (
            "wire to GB82 WEST 1234 5698 7654 32 today",
            "wire to <redacted:iban> today",
        ),
        ("iban=DE89370400440532013000", "iban=<redacted:iban>"),
        (
            "applicant ssn: 123-45-6789",
            "applicant ssn: <redacted:us_ssn>",
        ),
    ];
    for (line, want) in cases {
        assert_eq!(redact(line, usize::MAX), want, "{line}");
    }
}

/// The shapes other scanners mistake for secrets.
#[test]
fn look_alikes_stay_untouched() {
    let clean = [
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged",
        "request_id=3f2a9c1e-77b4-4d0a-9e51-1c2d3e4f5a6b finished",
        "sha256:50725f630f0c4dd3983136e7694a532abffc3d6e8ae8db0326ce3e40bc5520de",
        "md5=7d588b37abfdea1db9134155f4a9f98f etag=\"b285925181a4ce0dbbf732a94c6e4411\"",
        r#""integrity": "sha512-hmRWTHaG8Q9ZNO/OYZmRzrY+5imF+z/UJLqCB1BMZgG3H+NiNPp7PVw3VVLBG2GD+yXyFK35xBY6h8Sgde6KZQ==""#,
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "2026-04-02T08:15:01.120Z scheduled at epoch_ms=1712045701120",
        "upgraded tokio from 1.44.2 to 1.45.0-rc.1+build.7",
        "batch 5952100608968412 processed",
        "routing number 021000021 and account 12345678",
        "We benchmarked sk-learn against xgboost; the task-force report is due",
        "git remote add origin git@github.com:acme/agent.git",
        "npm i left-pad@1.3.0 and @types/node@20.11.5",
        "see https://docs.example.com/v2/auth?lang=en#tokens",
        "Password must contain at least 12 characters; forgot your password?",
        "PASSWORD_MIN_LENGTH=12 and max_tokens=4096 prompt_tokens=1200",
        r#"{"username": "ana", "password": "********"}"#,
        "OPENAI_API_KEY=<your-api-key>",
        "api_key: ${{ secrets.API_KEY }}",
        "export AWS_SECRET_ACCESS_KEY=$AWS_SECRET",
        "STRIPE_SECRET_KEY=sk_live_...",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMBTuDAHC9cKyvqJMQyfLrltBaANwFufGQYZH6CFbG08 ci-deploy",
        "401 Unauthorized: missing Bearer credentials",
        "auth scheme=Bearer token_present=false",
        "The bearer of this letter is authorised to collect parcel 10393.",
        "logo@2x.png and icon@3x.png",
        r#""client_email": "deployer@acme-123456.iam.gserviceaccount.com""#,
        "cache_key=user:42:profile idempotency_key=7b1e0c52-3a9d-4e57-9a0f-2f3c1d5e6b7a",
        "WARN agent_hardening::http::auth::service: client locked out",
        "\x1b[2magent::auth\x1b[0m\x1b[2m:\x1b[0m locked out client=127.0.0.1 lockout=900s",
        "HOME=/home/app\nPWD=/srv/app/releases/42\nOLDPWD=/tmp\nSHELL=/bin/bash",
    ];
    for line in clean {
        assert_eq!(redact(line, usize::MAX), line, "changed: {line}");
    }
}

#[test]
fn clean_text_is_borrowed() {
    let line = "GET /api/health 200 3ms";
    assert!(matches!(
        redact(line, usize::MAX),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn truncation_comes_after_masking_and_never_cuts_a_mask() {
    let token = format!("ghp_{}", body(ALNUM, 36, 50));
    let line = format!("token {token} then a long tail of ordinary words");
    // A cut inside the secret's position in the input: the mask is whole or gone.
    for max in 0..line.len() {
        let out = redact(&line, max);
        assert!(!out.contains(&token[4..12]), "max {max}: {out}");
        let kept = out.strip_suffix(TRUNCATION_MARKER).unwrap_or(&out);
        assert!(kept.len() <= max, "max {max}: {out}");
        assert!(
            !kept.contains("<redacted") || kept.contains("<redacted:github_pat>"),
            "max {max}: {out}"
        );
    }
    // Multi-byte text is cut on a character boundary.
    let out = redact("ünïcödé ünïcödé", 4);
    assert_eq!(out, format!("ün{TRUNCATION_MARKER}"));
}

#[test]
fn custom_rules_disable_and_errors() -> Result<(), RedactError> {
    let redactor = Redactor::builder()
        .rule("acme_token", r"acme_(?P<s>[a-z0-9]{24})", &["acme_"])
        .build()?;
    assert_eq!(
        redactor.redact("auth acme_0123456789abcdefghijklmn ok", usize::MAX),
        "auth acme_<redacted:acme_token> ok"
    );
    assert!(redactor.kinds().any(|k| k == "acme_token"));

    let no_email = Redactor::builder().disable("email").build()?;
    assert_eq!(
        no_email.redact("by ana@example.com", usize::MAX),
        "by ana@example.com"
    );

    let only_custom = Redactor::builder()
        .without_builtin_rules()
        .rule("x_key", "xk_[0-9]{6}", &["xk_"])
        .build()?;
    assert_eq!(
        only_custom.redact("xk_123456 ana@example.com", usize::MAX),
        "<redacted:x_key> ana@example.com"
    );

    assert!(matches!(
        Redactor::builder().rule("Bad Kind", "x", &["x"]).build(),
        Err(RedactError::InvalidKind { .. })
    ));
    assert!(matches!(
        Redactor::builder().rule("ok", "(", &["x"]).build(),
        Err(RedactError::InvalidPattern { .. })
    ));
    assert!(matches!(
        Redactor::builder().disable("no_such_kind").build(),
        Err(RedactError::UnknownKind { .. })
    ));
    Ok(())
}

#[test]
fn redacting_twice_changes_nothing() {
    let line = format!(
        "user ana@example.com key=sk_live_{} card 4111111111111111 url postgres://u:pw12345@h/db Authorization: Bearer {}",
        body(ALNUM, 30, 60),
        body(ALNUM, 30, 61)
    );
    let once = redact(&line, usize::MAX).into_owned();
    assert_eq!(redact(&once, usize::MAX), once);
}
