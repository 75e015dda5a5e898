//! `scan`: secrets in files or in what is staged for the next commit,
//! found with the redaction rules. Each finding prints as `path:line: kind`
//! and the line with every secret on it masked; nothing prints a secret.
//! Binary files and files over the size limit are skipped, and said so.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use agent_hardening::redact::{Redactor, redact};
use clap::ArgMatches;

/// Files larger than this are skipped (lockfiles, bundles, data dumps).
const MAX_FILE: u64 = 1024 * 1024;
/// A NUL byte in the first this many bytes makes a file binary.
const BINARY_PROBE: usize = 8 * 1024;
/// Folders never walked into: git's own data, build output, dependencies.
const SKIPPED_DIRS: &[&str] = &[".git", "target", "node_modules"];
/// A line holding one of these is a known example the author vouches for.
const ALLOW_MARKERS: &[&str] = &["agent-hardening:allow", "gitleaks:allow"];
/// Masked lines are shown up to this many characters.
const SHOWN: usize = 160;

pub(crate) fn run(args: &ArgMatches) -> Result<u8, String> {
    let excluded: Vec<&String> = args
        .get_many::<String>("exclude")
        .map(Iterator::collect)
        .unwrap_or_default();
    let is_excluded = |path: &str| {
        excluded.iter().any(|prefix| {
            path.trim_start_matches("./")
                .starts_with(prefix.trim_start_matches("./"))
        })
    };
    let mut findings = 0;
    if args.get_flag("staged") {
        for path in staged_paths()? {
            if is_excluded(&path) {
                continue;
            }
            let bytes = git(&["show", &format!(":{path}")])?;
            findings += scan_bytes(&path, &bytes);
        }
    } else {
        let roots: Vec<PathBuf> = args
            .get_many::<PathBuf>("paths")
            .map(|paths| paths.cloned().collect())
            .unwrap_or_else(|| vec![PathBuf::from(".")]);
        let mut files = Vec::new();
        for root in &roots {
            walk(root, &is_excluded, &mut files)?;
        }
        for (file, shown) in files {
            findings += scan_file(&file, &shown)?;
        }
    }
    if findings > 0 {
        eprintln!("agent-hardening: {findings} secret(s) found");
        return Ok(1);
    }
    Ok(0)
}

/// Every file under `path` (or `path` itself) that is not excluded, with
/// the path as shown, in a stable order. Excluded folders are not entered.
fn walk(
    path: &Path,
    is_excluded: &dyn Fn(&str) -> bool,
    files: &mut Vec<(PathBuf, String)>,
) -> Result<(), String> {
    let shown = path.display().to_string();
    let shown = shown.strip_prefix("./").unwrap_or(&shown).to_owned();
    if shown != "." && (is_excluded(&shown) || is_excluded(&format!("{shown}/"))) {
        return Ok(());
    }
    let meta = std::fs::symlink_metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if meta.is_file() {
        files.push((path.to_owned(), shown));
    } else if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            let skipped = entry
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|name| SKIPPED_DIRS.contains(&name));
            if !(skipped && entry.is_dir()) {
                walk(&entry, is_excluded, files)?;
            }
        }
    }
    // Symbolic links and special files are not followed.
    Ok(())
}

fn scan_file(file: &Path, shown: &str) -> Result<usize, String> {
    let meta = match std::fs::metadata(file) {
        Ok(meta) => meta,
        // Removed since the folder was listed (a build, a fuzzer): nothing
        // to scan, and no reason to stop.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("{shown}: skipped (removed while scanning)");
            return Ok(0);
        }
        Err(e) => return Err(format!("{shown}: {e}")),
    };
    if meta.len() > MAX_FILE {
        eprintln!("{shown}: skipped (larger than {} KiB)", MAX_FILE / 1024);
        return Ok(0);
    }
    let mut bytes = Vec::new();
    match std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("{shown}: skipped (removed while scanning)");
            return Ok(0);
        }
        Err(e) => return Err(format!("{shown}: {e}")),
    }
    Ok(scan_bytes(shown, &bytes))
}

/// Prints the findings of one file's contents; how many there were.
fn scan_bytes(shown: &str, bytes: &[u8]) -> usize {
    if bytes.len() as u64 > MAX_FILE {
        eprintln!("{shown}: skipped (larger than {} KiB)", MAX_FILE / 1024);
        return 0;
    }
    if bytes[..bytes.len().min(BINARY_PROBE)].contains(&0) {
        eprintln!("{shown}: skipped (binary)");
        return 0;
    }
    let text = String::from_utf8_lossy(bytes);
    let redactor = Redactor::shared();
    let mut count = 0;
    for (number, line) in text.lines().enumerate() {
        if ALLOW_MARKERS.iter().any(|marker| line.contains(marker)) {
            continue;
        }
        let found = redactor.find(line);
        if found.is_empty() {
            continue;
        }
        let masked = redact(line, line.len().saturating_mul(4).saturating_add(256));
        let masked: String = masked.trim().chars().take(SHOWN).collect();
        for finding in &found {
            println!("{shown}:{}: {}: {masked}", number + 1, finding.kind());
        }
        count += found.len();
    }
    count
}

/// The paths added, copied, modified or renamed in the index.
fn staged_paths() -> Result<Vec<String>, String> {
    let listed = git(&[
        "diff",
        "--cached",
        "--name-only",
        "-z",
        "--diff-filter=ACMR",
    ])?;
    Ok(listed
        .split(|&b| b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect())
}

fn git(args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| format!("running git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git {}: {}",
            args.first().copied().unwrap_or_default(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(output.stdout)
}
