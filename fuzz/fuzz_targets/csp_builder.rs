//! The `Csp` builder with any sources and reporting URL: no panic, and a
//! policy that builds says exactly what was asked: one `; `-separated
//! directive per directive set, each holding its name and its sources as
//! whole tokens, so no source can smuggle a directive or a second policy.
#![no_main]

use agent_hardening::http::headers::Csp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `script sources \n connect sources \n report url`, sources split on `|`.
    let mut lines = text.splitn(3, '\n');
    let script: Vec<&str> = lines.next().unwrap_or_default().split('|').collect();
    let connect: Vec<&str> = lines.next().unwrap_or_default().split('|').collect();
    let report = lines.next();
    let mut csp = Csp::new()
        .default_src(["'self'"])
        .script_src(script.iter().copied())
        .connect_src(connect.iter().copied());
    if let Some(url) = report {
        csp = csp.report_uri(url);
    }
    let Ok(policy) = csp.build() else {
        return;
    };
    let value = policy.header_value();
    assert!(!value.contains(','), "{value:?}");
    assert!(value.bytes().all(|b| !b.is_ascii_control()), "{value:?}");
    let directives: Vec<Vec<&str>> = value
        .split(';')
        .map(|d| d.split_ascii_whitespace().collect::<Vec<_>>())
        .filter(|d| !d.is_empty())
        .collect();
    let expect = |name: &str, sources: &[&str]| {
        let found: Vec<&Vec<&str>> = directives.iter().filter(|d| d[0] == name).collect();
        assert_eq!(found.len(), 1, "{name} in {value:?}");
        assert_eq!(&found[0][1..], sources, "{value:?}");
    };
    expect("default-src", &["'self'"]);
    expect("script-src", &script);
    expect("connect-src", &connect);
    let expected = 3 + usize::from(report.is_some());
    assert_eq!(directives.len(), expected, "{value:?}");
});
