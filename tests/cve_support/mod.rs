//! Advisory databases and lockfiles written for the tests, in the layout of
//! the RustSec advisory database: `crates/<package>/<ID>.md`, each a fenced
//! TOML block followed by a title and a description.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// A folder under the system's temporary directory, removed on drop.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new(label: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let path = std::env::temp_dir().join(format!(
            "agent-hardening-{label}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One advisory to write.
pub(crate) struct Advisory<'a> {
    pub(crate) id: &'a str,
    pub(crate) package: &'a str,
    pub(crate) date: &'a str,
    pub(crate) patched: &'a [&'a str],
    pub(crate) aliases: &'a [&'a str],
    pub(crate) cvss: Option<&'a str>,
    /// `unmaintained`, `unsound` or `notice` for an informational one.
    pub(crate) informational: Option<&'a str>,
    pub(crate) title: &'a str,
}

impl<'a> Advisory<'a> {
    /// A vulnerability in `package` fixed in `patched`.
    pub(crate) fn vulnerability(id: &'a str, package: &'a str, patched: &'a [&'a str]) -> Self {
        Self {
            id,
            package,
            date: "2026-03-14",
            patched,
            aliases: &[],
            cvss: None,
            informational: None,
            title: "Out-of-bounds read on crafted input",
        }
    }

    /// The advisory's file text.
    pub(crate) fn text(&self) -> String {
        let list = |items: &[&str]| {
            items
                .iter()
                .map(|item| format!("{item:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut toml = format!(
            "[advisory]\nid = {:?}\npackage = {:?}\ndate = {:?}\nurl = \"https://example.invalid/{}\"\n",
            self.id, self.package, self.date, self.id
        );
        if !self.aliases.is_empty() {
            let _ = writeln!(toml, "aliases = [{}]", list(self.aliases));
        }
        if let Some(cvss) = self.cvss {
            let _ = writeln!(toml, "cvss = {cvss:?}");
        }
        if let Some(kind) = self.informational {
            let _ = writeln!(toml, "informational = {kind:?}");
        }
        let _ = write!(toml, "\n[versions]\npatched = [{}]\n", list(self.patched));
        format!(
            "```toml\n{toml}```\n\n# {}\n\nA description of the problem and who it affects.\n",
            self.title
        )
    }
}

/// Writes an advisory database holding `advisories` under `root`.
pub(crate) fn write_database(root: &Path, advisories: &[Advisory<'_>]) {
    std::fs::create_dir_all(root.join("crates")).unwrap();
    for advisory in advisories {
        let dir = root.join("crates").join(advisory.package);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{}.md", advisory.id)), advisory.text()).unwrap();
    }
}

/// A `Cargo.lock` of an application depending on `packages` (name,
/// version), all from crates.io.
pub(crate) fn lockfile(packages: &[(&str, &str)]) -> String {
    let mut text = String::from("# generated for a test\nversion = 4\n\n");
    let names: Vec<String> = packages.iter().map(|(n, _)| format!("{n:?}")).collect();
    let _ = write!(
        text,
        "[[package]]\nname = \"fixture-app\"\nversion = \"0.1.0\"\ndependencies = [{}]\n",
        names.join(", ")
    );
    for (name, version) in packages {
        let _ = write!(
            text,
            "\n[[package]]\nname = {name:?}\nversion = {version:?}\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n"
        );
    }
    text
}
