//! Log lines for the redaction benches: clean, secret-dense, and the mix
//! of a real agent service's log.

/// Log lines of the shapes agent services write, with nothing to mask:
/// timestamps, levels, request ids, paths, durations, SQL, access logs.
pub(crate) fn clean_lines() -> Vec<String> {
    let services = [
        "api-gateway",
        "scheduler",
        "tool-runner",
        "llm-proxy",
        "ingest",
        "billing",
    ];
    let paths = [
        "/api/orders",
        "/v1/chat/completions",
        "/healthz",
        "/api/tools/run",
        "/webhooks/stripe",
    ];
    (0..2_000)
        .map(|i| {
            let svc = services[i % services.len()];
            let path = paths[i % paths.len()];
            match i % 6 {
                0 => format!(
                    "2026-03-{:02}T12:{:02}:{:02}.{:03}Z INFO [{svc}] GET {path} 200 {}ms",
                    i % 28 + 1,
                    i % 60,
                    (i * 7) % 60,
                    i % 1000,
                    i % 900
                ),
                1 => format!(
                    "time=2026-04-02T08:15:{:02}.120Z level=debug svc={svc} request_id=3f2a9c1e-77b4-4d0a-9e51-{:012x} queue depth {} workers {}",
                    i % 60,
                    i * 7919,
                    i % 500,
                    i % 16
                ),
                2 => format!(
                    "10.1.{}.{} - - [02/Apr/2026:08:15:{:02} +0000] \"POST {path} HTTP/1.1\" 201 {} \"-\" \"python-requests/2.31\"",
                    i % 255,
                    (i * 3) % 255,
                    i % 60,
                    i * 13 % 9000
                ),
                3 => format!(
                    "2026-04-02 08:15:{:02},{:03} WARN  {svc}[{}]: SELECT id, status FROM orders WHERE tenant_id = {} LIMIT {}",
                    i % 60,
                    i % 1000,
                    4000 + i,
                    i % 200,
                    i % 500
                ),
                4 => format!(
                    "[{svc}] llm call model=gpt-4o finished in {}ms, cost_usd=0.{:04}, retries={}, cache=hit",
                    i % 7000,
                    i % 10000,
                    i % 3
                ),
                _ => format!(
                    "{svc}: deployed build {} of commit 9f{:06x}e to production after {} checks passed",
                    i % 900,
                    i * 31,
                    i % 40
                ),
            }
        })
        .collect()
}

/// Lines where most carry a secret of a different kind.
pub(crate) fn dense_lines() -> Vec<String> {
    let secrets = [
        "export OPENAI_API_KEY=sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90",
        "curl -H \"Authorization: Bearer ghp_Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8\" https://api.github.com/user",
        "charge failed for card 4111 1111 1111 1111 (customer ana.lopez@example.org)",
        "DATABASE_URL=postgres://app:Tr0ub4dor-and-3@db.internal:5432/orders",
        "{\"stripe_key\":\"sk_live_51Hx9Qd2eZvKYlo2C8sNqR3tW\",\"region\":\"eu-west-1\"}",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLF AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ",
        "slack token xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx posted",
        "GET /callback?code=ok&access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "2026-04-02T08:15:01.120Z INFO [billing] invoice 5123 paid in 122ms",
        "password: Winter-2026-Rotation! (set by ops)",
    ];
    (0..2_000)
        .map(|i| secrets[i % secrets.len()].to_owned())
        .collect()
}

/// Mostly clean lines with a secret about every 2 KB, the mix of a real
/// agent service's log.
pub(crate) fn mixed_lines() -> Vec<String> {
    let dense = dense_lines();
    clean_lines()
        .into_iter()
        .enumerate()
        .flat_map(|(i, line)| {
            let secret = (i % 20 == 0).then(|| dense[i / 20 % dense.len()].clone());
            std::iter::once(line).chain(secret)
        })
        .collect()
}
