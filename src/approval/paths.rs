//! What a path argument points at: the root, a home directory, a top-level
//! system directory, a disk device, a secret file. Lexical only: the
//! command has not run, so nothing is resolved on disk.

/// Top-level directories whose recursive removal breaks the machine (or, for
/// `home` and `Users`, every user on it).
const SYSTEM_DIRS: &[&str] = &[
    "bin",
    "boot",
    "dev",
    "etc",
    "home",
    "lib",
    "lib32",
    "lib64",
    "libx32",
    "opt",
    "proc",
    "root",
    "run",
    "sbin",
    "srv",
    "sys",
    "usr",
    "var",
    "Applications",
    "Library",
    "System",
    "Users",
];

/// Directories under which each entry is one user's home.
const HOME_PARENTS: &[&str] = &["home", "Users"];

/// Device-name prefixes of disks and partitions under `/dev` (Linux and
/// macOS). `/dev/null`, `/dev/zero`, `/dev/tty` and the like are not disks.
const DISK_PREFIXES: &[&str] = &[
    "sd", "hd", "vd", "xvd", "nvme", "mmcblk", "disk", "rdisk", "md", "dm-", "mapper/", "sr",
];

/// Path components with `.` and empty components dropped and `..` applied
/// (never above the start). Lexical: nothing is resolved on disk.
fn lexical_components(path: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// [`lexical_components`] with a trailing `*` (the directory's contents)
/// dropped: what a recursive command ends up removing.
fn components(path: &str) -> Vec<&str> {
    let mut out = lexical_components(path);
    if out.last() == Some(&"*") {
        out.pop();
    }
    out
}

/// Whether removing `path` recursively destroys the system or a user's
/// home: `/`, `/*`, `//`, `/.`, `/tmp/..`, a top-level system directory,
/// `/home/<user>`, `/root`, `~`, `~/`, `~user`.
pub(super) fn is_root_like(path: &str) -> bool {
    if let Some(rest) = path.strip_prefix('~') {
        // `~`, `~/`, `~user`, `~/.` and `~/*`: the home directory itself.
        let after_user = rest.find('/').map_or("", |i| &rest[i..]);
        return components(after_user).is_empty();
    }
    if !path.starts_with('/') {
        return false;
    }
    match components(path).as_slice() {
        [] => true,
        [top] => matches_any(top, SYSTEM_DIRS),
        [parent, _user] => matches_any(parent, HOME_PARENTS),
        _ => false,
    }
}

/// Whether `component` names, or as a glob matches (`e*`, `u?r`,
/// `[eu]*`), one of `names`.
fn matches_any(component: &str, names: &[&str]) -> bool {
    names.iter().any(|name| glob_match(component, name))
}

/// Shell glob matching of one path component: `*`, `?` and `[..]` classes
/// (`!`/`^` negation, `a-z` ranges). Linear backtracking on the last `*`.
fn glob_match(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    let (mut p, mut n) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, n));
                p += 1;
                continue;
            }
            Some('?') => {
                p += 1;
                n += 1;
                continue;
            }
            Some('[') => {
                if let Some((matched, next)) = class_match(&pattern, p, name[n]) {
                    if matched {
                        p = next;
                        n += 1;
                        continue;
                    }
                } else if name[n] == '[' {
                    p += 1;
                    n += 1;
                    continue;
                }
            }
            Some(c) if *c == name[n] => {
                p += 1;
                n += 1;
                continue;
            }
            _ => {}
        }
        match star {
            Some((sp, sn)) => {
                p = sp + 1;
                n = sn + 1;
                star = Some((sp, sn + 1));
            }
            None => return false,
        }
    }
    pattern[p..].iter().all(|c| *c == '*')
}

/// Matches `c` against the class starting at `pattern[open] == '['`.
/// Returns whether it matched and where the class ends, or `None` when the
/// class is not closed (then `[` is literal).
fn class_match(pattern: &[char], open: usize, c: char) -> Option<(bool, usize)> {
    let mut i = open + 1;
    let negated = matches!(pattern.get(i), Some('!' | '^'));
    if negated {
        i += 1;
    }
    let mut matched = false;
    let mut first = true;
    while let Some(&pc) = pattern.get(i) {
        if pc == ']' && !first {
            return Some((matched != negated, i + 1));
        }
        first = false;
        if pattern.get(i + 1) == Some(&'-') && pattern.get(i + 2).is_some_and(|e| *e != ']') {
            let end = pattern[i + 2];
            matched |= pc <= c && c <= end;
            i += 3;
        } else {
            matched |= pc == c;
            i += 1;
        }
    }
    None
}

/// Most alternatives a brace expansion yields before the rest is left
/// unexpanded.
const MAX_ALTERNATIVES: usize = 64;

/// The words a brace expansion yields: `/{etc,usr}` -> `/etc`, `/usr`;
/// `a{b,c}{d,e}` -> four words. Text without a `{..,..}` group comes back
/// as it is. Bounded by [`MAX_ALTERNATIVES`].
pub(super) fn brace_alternatives(text: &str) -> Vec<String> {
    if !text.contains('{') {
        return vec![text.to_owned()];
    }
    let mut done = Vec::new();
    let mut work = vec![text.to_owned()];
    while let Some(word) = work.pop() {
        match brace_group(&word) {
            Some((open, close, parts))
                if done.len() + work.len() + parts.len() <= MAX_ALTERNATIVES =>
            {
                for part in parts {
                    work.push(format!("{}{part}{}", &word[..open], &word[close + 1..]));
                }
            }
            _ => done.push(word),
        }
    }
    done
}

/// The first `{..}` group with a top-level comma: its byte span and parts.
fn brace_group(word: &str) -> Option<(usize, usize, Vec<&str>)> {
    let bytes = word.as_bytes();
    let mut from = 0;
    while let Some(rel) = bytes[from..].iter().position(|&b| b == b'{') {
        let open = from + rel;
        let mut depth = 0usize;
        let mut commas = Vec::new();
        for (i, &b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        if commas.is_empty() {
                            break;
                        }
                        let mut parts = Vec::with_capacity(commas.len() + 1);
                        let mut start = open + 1;
                        for &comma in &commas {
                            parts.push(&word[start..comma]);
                            start = comma + 1;
                        }
                        parts.push(&word[start..i]);
                        return Some((open, i, parts));
                    }
                }
                b',' if depth == 1 => commas.push(i),
                _ => {}
            }
        }
        from = open + 1;
    }
    None
}

/// `path` with `.`, empty components and `..` applied, for comparing two
/// spellings of one file (`./i.sh`, `i.sh`; `/tmp//x`, `/tmp/x`).
pub(super) fn normalize(path: &str) -> String {
    let joined = lexical_components(path).join("/");
    if path.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

/// Whether `path` is `/` or a top-level system directory (the targets of a
/// recursive `chmod`/`chown` that break the machine). Home directories are
/// not included: `chown -R me ~` is a common repair.
pub(super) fn is_system_root(path: &str) -> bool {
    path.starts_with('/')
        && match components(path).as_slice() {
            [] => true,
            [top] => matches_any(top, SYSTEM_DIRS),
            _ => false,
        }
}

/// Whether `path` names a disk or partition device (`/dev/sda`,
/// `/dev/nvme0n1p1`, `/dev/disk4`, `/dev/mapper/root`, `/dev/disk/by-id/..`).
pub(super) fn is_disk_device(path: &str) -> bool {
    let comps = components(path);
    match comps.as_slice() {
        ["dev", "disk", _, ..] => true,
        ["dev", "mapper", _] => true,
        ["dev", name] => DISK_PREFIXES
            .iter()
            .any(|p| name.starts_with(p) && name.len() > p.len()),
        _ => false,
    }
}

/// The last path component.
pub(super) fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Whether `path` is a dotenv file that can hold secrets: `.env`,
/// `.env.local`, `.env.production`, but not `.env.example`.
pub(super) fn is_env_file(path: &str) -> bool {
    let name = basename(path);
    (name == ".env" || name.starts_with(".env.")) && !is_env_template(name)
}

/// Whether writing to `path` replaces credentials: dotenv files, cloud and
/// registry credential files, SSH keys, `.netrc`/`.pgpass`, key material.
pub(super) fn is_secret_file(path: &str) -> bool {
    const NAMES: &[&str] = &[
        "credentials",
        "credentials.json",
        ".git-credentials",
        ".npmrc",
        ".pypirc",
        ".netrc",
        ".pgpass",
        ".htpasswd",
        "id_rsa",
        "id_ecdsa",
        "id_ed25519",
        "id_dsa",
        "authorized_keys",
        "secrets.json",
        "secrets.yml",
        "secrets.yaml",
    ];
    const DIRS: &[&str] = &[".aws/", ".ssh/", ".gnupg/", ".kube/", ".docker/config.json"];
    let name = basename(path);
    is_env_file(path)
        || NAMES.contains(&name)
        || name.ends_with(".pem")
        || DIRS.iter().any(|d| path.contains(d))
}

/// Whether reading `path` hands over a secret: a file [`is_secret_file`]
/// names (but not the public halves beside SSH keys: `*.pub`,
/// `known_hosts`, `config`, `authorized_keys`), a directory of them
/// (`~/.ssh`, `~/.aws`), dotenv globs (`.env*`), other key and token files
/// (`*.key`, `*.p12`, `.vault-token`, the GitHub and cloud CLIs'
/// credentials), shell and database histories, a process's environment
/// (`/proc/self/environ`) and the system's password hashes.
pub(super) fn is_secret_source(path: &str) -> bool {
    const DIRS: &[&str] = &[
        ".ssh",
        ".aws",
        ".gnupg",
        ".kube",
        ".azure",
        ".password-store",
    ];
    const UNDER: &[&str] = &[
        ".azure/",
        ".config/gcloud/",
        ".config/gh/",
        ".password-store/",
    ];
    const NAMES: &[&str] = &[
        ".vault-token",
        "credentials.toml",
        "credentials.tfrc.json",
        "shadow",
        "gshadow",
        "environ",
    ];
    const PUBLIC_SSH: &[&str] = &[
        "known_hosts",
        "known_hosts.old",
        "config",
        "authorized_keys",
    ];
    let trimmed = path.trim_end_matches('/');
    let name = basename(trimmed);
    // Every secret path holds a `.` or a `_` but for these four names:
    // most words (`status`, `main`, `build`) stop here.
    if !trimmed.contains(['.', '_'])
        && !matches!(name, "credentials" | "shadow" | "gshadow" | "environ")
    {
        return false;
    }
    if name.ends_with(".pub") || (trimmed.contains(".ssh/") && PUBLIC_SSH.contains(&name)) {
        return false;
    }
    let in_proc_or_etc = |n: &str| match n {
        "environ" => trimmed.starts_with("/proc/"),
        "shadow" | "gshadow" => trimmed.starts_with("/etc/"),
        _ => true,
    };
    is_secret_file(trimmed)
        || DIRS.contains(&name)
        || UNDER.iter().any(|d| trimmed.contains(d))
        || (NAMES.contains(&name) && in_proc_or_etc(name))
        || name.ends_with("_history")
        || [".key", ".p12", ".pfx", ".jks", ".keystore"]
            .iter()
            .any(|ext| name.len() > ext.len() && name.ends_with(ext))
        || is_env_glob(name)
}

/// `.env*`, `.env.?*`: a glob that matches dotenv files.
fn is_env_glob(name: &str) -> bool {
    name.strip_prefix(".env")
        .is_some_and(|rest| rest.contains(['*', '?', '[']) && !is_env_template(name))
}

/// Whether writing to `path` sends to the network: bash's `/dev/tcp/HOST/PORT`
/// and `/dev/udp/HOST/PORT`.
pub(super) fn is_socket(path: &str) -> bool {
    path.starts_with("/dev/tcp/") || path.starts_with("/dev/udp/")
}

/// `.env.example` and friends (and copies such as `.env.example.bak`) hold
/// placeholders, not secrets.
fn is_env_template(name: &str) -> bool {
    name.split('.')
        .any(|part| ["example", "sample", "template", "dist", "defaults"].contains(&part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_like_paths() {
        for p in [
            "/",
            "//",
            "/.",
            "/*",
            "/tmp/..",
            "/tmp/../",
            "/etc",
            "/etc/",
            "/usr/*",
            "/home",
            "/home/alice",
            "/Users/bob/",
            "/root",
            "/e*",
            "/u?r",
            "/[eu]*",
            "/*/*",
            "/ho*/carol",
            "~",
            "~/",
            "~/.",
            "~/*",
            "~alice",
        ] {
            assert!(is_root_like(p), "{p}");
        }
        for p in [
            "/tmp/cache",
            "/home/alice/project",
            "/opt/app/old",
            "~/.cache",
            "build",
            ".",
            "/tmp",
            "/mnt/usb",
            "$DIR",
            "/tmp*",
            "/*.log",
            "/[!eu]tc",
        ] {
            assert!(!is_root_like(p), "{p}");
        }
    }

    #[test]
    fn globs_and_braces() {
        assert!(glob_match("e*", "etc") && glob_match("*", "usr") && glob_match("?sr", "usr"));
        assert!(
            glob_match("[a-f]tc", "etc") && glob_match("[!x]tc", "etc") && glob_match("[e", "[e")
        );
        assert!(
            !glob_match("e*x", "etc") && !glob_match("[!e]tc", "etc") && !glob_match("??", "etc")
        );
        let mut got = brace_alternatives("/{etc,usr}/{a,b}");
        got.sort();
        assert_eq!(got, ["/etc/a", "/etc/b", "/usr/a", "/usr/b"]);
        assert_eq!(brace_alternatives("/{etc}"), ["/{etc}"]);
        assert_eq!(brace_alternatives("x{a,{b,c}}").len(), 3);
        let bomb = "{a,b}".repeat(40);
        assert!(brace_alternatives(&bomb).len() <= MAX_ALTERNATIVES);
        assert_eq!(normalize("./a//b/../c"), "a/c");
        assert_eq!(normalize("/tmp/./i.sh"), "/tmp/i.sh");
    }

    #[test]
    fn disks_and_secret_files() {
        for p in [
            "/dev/sda",
            "/dev/sdb1",
            "/dev/nvme0n1",
            "/dev/disk4",
            "/dev/xvdb",
            "/dev/mapper/root",
            "/dev/disk/by-id/x",
        ] {
            assert!(is_disk_device(p), "{p}");
        }
        for p in [
            "/dev/null",
            "/dev/zero",
            "/dev/tty",
            "/dev/stdout",
            "/dev/shm/x",
            "sda",
        ] {
            assert!(!is_disk_device(p), "{p}");
        }
        for p in [
            ".env",
            "app/.env.local",
            "~/.aws/credentials",
            "~/.ssh/id_rsa",
            "key.pem",
        ] {
            assert!(is_secret_file(p), "{p}");
        }
        for p in [
            ".env.example",
            ".env.sample.bak",
            "env",
            "README.md",
            ".gitignore",
            "creds.txt",
        ] {
            assert!(!is_secret_file(p), "{p}");
        }
        for p in [
            "~/.ssh/id_ed25519",
            "~/.ssh",
            "~/.ssh/",
            "/home/me/.aws",
            "~/.config/gcloud/application_default_credentials.json",
            "~/.bash_history",
            "/proc/self/environ",
            "/etc/shadow",
            ".env*",
            "tls/server.key",
            "~/.cargo/credentials.toml",
            "~/.ssh/*",
        ] {
            assert!(is_secret_source(p), "{p}");
        }
        for p in [
            "~/.ssh/id_ed25519.pub",
            "~/.ssh/known_hosts",
            "~/.ssh/config",
            ".env.example",
            ".env.*.example",
            "environ",
            "shadow.png",
            "notes/shadow",
            ".key",
            "src/keys.rs",
            "monkey",
        ] {
            assert!(!is_secret_source(p), "{p}");
        }
        assert!(is_socket("/dev/tcp/evil.example/443") && !is_socket("/dev/null"));
        assert!(is_system_root("/") && is_system_root("/usr") && is_system_root("/home"));
        assert!(!is_system_root("/usr/local") && !is_system_root("~"));
    }
}
