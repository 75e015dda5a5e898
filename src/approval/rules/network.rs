//! The network: programs that download and print what they fetched, and
//! the files they write, so that running one later is seen.

use super::super::argv::operands;
use super::super::command::{Arg, Output, Redirect};
use super::super::context::Context;

/// A downloader: records the files it writes; its output is a download.
pub(super) fn check(cx: &mut Context, name: &str, args: &[Arg], redirects: &[Redirect]) -> Output {
    for file in download_files(name, args, redirects) {
        cx.record_download(&file);
    }
    Output {
        downloads: true,
        literal: None,
        ..Output::default()
    }
}

/// The files a downloader writes: its output option (`curl -o f`, `curl
/// -sSLo f`, `wget -O f`, `--output=f`), the URL's last segment where that
/// is the default (`curl -O`, `wget` without `-O`), and redirections of its
/// output.
fn download_files(name: &str, args: &[Arg], redirects: &[Redirect]) -> Vec<String> {
    let mut files: Vec<String> = redirects
        .iter()
        .filter(|r| r.writes)
        .map(|r| r.target.text.clone())
        .collect();
    let (short, long, remote_name) = match name {
        "curl" => (
            'o',
            "--output",
            args.iter()
                .any(|a| a.text == "-O" || a.text.starts_with("--remote-name")),
        ),
        "wget" => ('O', "--output-document", true),
        _ => ('o', "--output", false),
    };
    let mut named = false;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let t = a.text.as_str();
        let next = |i: &mut usize| {
            *i += 1;
            args.get(*i).map(|a| a.text.clone())
        };
        let value = if let Some(rest) = t.strip_prefix(long) {
            match rest.strip_prefix('=') {
                Some(v) => Some(v.to_owned()),
                None if rest.is_empty() => next(&mut i),
                None => None,
            }
        } else if let Some(group) = t.strip_prefix('-').filter(|g| !g.starts_with('-')) {
            match group.find(short) {
                Some(at) if at + 1 == group.len() => next(&mut i),
                Some(at) => Some(group[at + 1..].to_owned()),
                None => None,
            }
        } else {
            None
        };
        if let Some(v) = value {
            named = true;
            if v != "-" {
                files.push(v);
            }
        }
        i += 1;
    }
    if remote_name && !named {
        for url in operands(args).filter(|a| a.text.contains("://")) {
            let path = url.text.split(['?', '#']).next().unwrap_or_default();
            if let Some(last) = path
                .rsplit('/')
                .next()
                .filter(|l| !l.is_empty() && !l.contains(':'))
            {
                files.push(last.to_owned());
            }
        }
    }
    files
}
