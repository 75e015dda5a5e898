//! Values under secret-bearing names in the notations configuration files,
//! source code and logs use: each carrier masks the value and keeps the
//! name, and a name alone (a type, an expression) is left as it is.

use agent_hardening::redact::redact;

const SECRET: &str = "Zq8vK2mN4pR7tW1xY3bC6dF9gH0jL5sA";

/// Each template with `{s}` replaced by the secret: the secret is gone and
/// the text before it is kept.
#[track_caller]
fn assert_carriers_mask(templates: &[&str]) {
    for template in templates {
        let text = template.replace("{s}", SECRET);
        let out = redact(&text, usize::MAX);
        assert!(!out.contains(&SECRET[..12]), "{text:?} -> {out:?}");
        let before = &text[..text.find(SECRET).unwrap_or(0)];
        assert!(out.starts_with(before), "{text:?} -> {out:?}");
        assert!(out.contains("<redacted:"), "{text:?} -> {out:?}");
    }
}

#[test]
fn assignment_operators_of_make_php_go_and_shells() {
    assert_carriers_mask(&[
        "deployToken={s}",
        "deployToken = \"{s}\"",
        "DEPLOY_TOKEN := \"{s}\"",
        "DEPLOY_TOKEN ::= \"{s}\"",
        "DEPLOY_TOKEN :::= \"{s}\"",
        "DEPLOY_TOKEN ?= \"{s}\"",
        "DEPLOY_TOKEN += \"{s}\"",
        "$deployToken .= \"{s}\"",
        "$deployToken ??= \"{s}\"",
        "  \"deployToken\" => \"{s}\"",
        "deployToken := `{s}`",
    ]);
}

#[test]
fn typed_declarations_in_source_code() {
    assert_carriers_mask(&[
        "var deployToken string = \"{s}\"",
        "String deployToken = \"{s}\";",
        "string deployToken = \"{s}\";",
        "let deploy_token: &str = \"{s}\";",
        "val deployToken: String = \"{s}\"",
    ]);
}

#[test]
fn structured_documents_json_xml_yaml_csv() {
    assert_carriers_mask(&[
        "{\n  \"deploy_token\": \"{s}\"\n}",
        // JSON inside a JSON string: the quotes are escaped.
        "\\{\\\"deploy_token\\\": \\\"{s}\\\"\\}",
        "<deployToken>{s}</deployToken>",
        "<deployToken>\n    {s}\n</deployToken>",
        "deploy_token: '{s}'",
        "deploy_token: |\n  {s}",
        "deploy_token: >-\n  {s}\nnext: 1",
        "deployToken,{s},",
        "deploy_token\t{s}",
        "{\"name\": \"deploy_token\", \"value\": \"{s}\"}",
        "<entry name=\"deployToken\" value=\"{s}\" />",
        "<add key=\"ClearTextPassword\" value=\"{s}\" />",
        "curl -H \"X-Api-Key: {s}\" https://api.example.com",
        "System.setProperty(\"DEPLOY_TOKEN\", \"{s}\")",
    ]);
}

#[test]
fn debug_output_of_options_masks_the_wrapped_value() {
    let out = redact(
        "Config { password: Some(\"hunter2-prod\"), retries: 3 }",
        usize::MAX,
    );
    assert_eq!(
        out,
        "Config { password: Some(\"<redacted:password>\"), retries: 3 }"
    );
    let out = redact("Login { password: \"hunter2-prod\" }", usize::MAX);
    assert_eq!(out, "Login { password: \"<redacted:password>\" }");
}

/// Source text names secrets without holding them: declarations, types,
/// constants and expressions are not values.
#[test]
fn types_constants_and_expressions_are_not_values() {
    for line in [
        "    password: Option<String>,",
        "    pub Password: LSA_UNICODE_STRING,",
        "    password: String,",
        "    api_key: SecretString,",
        "const MAX_PASSWORD: u32 = 257u32;",
        "const BAD_KEY: u128 = 0x5252_5252_5252_5252_5252_5252_5252_5252;",
        "    TOKEN => Ok(Token::Ident),",
        "    token: Token::Eof,",
        "    let token = self.next_token()?;",
        "    eq_token: input.parse()?,",
        "    fn_token = syn::Token![fn](span);",
        "    let assign_token = input.parse::<Token![=]>()?;",
        "    and_token: *and_token,",
        "    token: Some(self.pop(&state.cursor)),",
        "    let secret = req.headers.secret;",
        "    password = DEFAULT_PASSWORD",
        "fn tokenize(&mut self) -> Result<Vec<Token>, ParseError> {",
        "    .header(\"sec-websocket-key\", \"6D69KGBOr4Re+Nj6zx9aQA==\")",
        "[auth] md5=7d588b37abfdea1db9134155f4a9f98f size=26654",
    ] {
        assert_eq!(redact(line, usize::MAX), line);
    }
}

/// A value that merely starts like a template is still a secret.
#[test]
fn passwords_that_start_with_a_dollar_are_masked() {
    let out = redact("postgres://app:$cX5C_mJsEfi82A@db:5432/app", usize::MAX);
    assert_eq!(out, "postgres://app:<redacted:url_password>@db:5432/app");
    let out = redact("DB_PASSWORD=$cX5C_mJsEfi82A", usize::MAX);
    assert_eq!(out, "DB_PASSWORD=<redacted:password>");
}
