//! The scan records on disk: one JSON file in a folder the host chooses,
//! replaced atomically (a temporary file in the same folder, flushed to
//! disk, then renamed over the old one), so a process killed mid-write
//! leaves the previous file whole.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use super::record::ScanRecord;

/// Records kept in the file.
pub const KEEP_SCANS: usize = 10;
/// The file's name in the state folder.
pub(super) const FILE_NAME: &str = "cve-scans.json";
/// The prefix of temporary files, which a reader never takes for records.
const TEMP_PREFIX: &str = ".cve-scans.json.tmp-";
/// The file format; a file of another format is not read.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct StateFile {
    format: u32,
    /// Oldest first.
    scans: Vec<ScanRecord>,
}

/// The kept records of one state folder.
#[derive(Debug)]
pub(super) struct History {
    dir: Option<PathBuf>,
    /// Oldest first.
    scans: Vec<ScanRecord>,
    /// Why the file on disk could not be read, until a scan replaces it.
    load_error: Option<String>,
}

impl History {
    /// The records in `dir` (none without a folder), and why they could
    /// not be read if they could not. Temporary files left by a killed
    /// writer are removed.
    pub(super) fn open(dir: Option<PathBuf>) -> Self {
        let mut history = Self {
            dir,
            scans: Vec::new(),
            load_error: None,
        };
        let Some(dir) = &history.dir else {
            return history;
        };
        remove_temporary_files(dir);
        let path = dir.join(FILE_NAME);
        match fs::read(&path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                history.load_error = Some(format!("{} could not be read: {error}", path.display()));
            }
            Ok(bytes) => match serde_json::from_slice::<StateFile>(&bytes) {
                Ok(file) if file.format == FORMAT => history.scans = file.scans,
                Ok(file) => {
                    history.load_error = Some(format!(
                        "{} has format {}, this version reads format {FORMAT}",
                        path.display(),
                        file.format
                    ));
                }
                Err(error) => {
                    history.load_error = Some(format!(
                        "{} is not a readable scan history (truncated or not JSON: {error})",
                        path.display()
                    ));
                }
            },
        }
        history
    }

    /// The newest record, if any; a file that could not be read shows as
    /// an error record until the next scan.
    pub(super) fn latest(&self) -> Option<ScanRecord> {
        if let Some(error) = &self.load_error {
            return Some(ScanRecord::failed(
                format!(
                    "the last scans could not be loaded: {error}; the next scan replaces the file"
                ),
                std::time::SystemTime::now(),
            ));
        }
        self.scans.last().cloned()
    }

    /// The kept records, newest first.
    pub(super) fn newest_first(&self) -> Vec<ScanRecord> {
        self.scans.iter().rev().cloned().collect()
    }

    /// How long ago the newest kept scan ran, if there is one.
    pub(super) fn newest_scan_age(
        &self,
        now: std::time::SystemTime,
    ) -> Option<std::time::Duration> {
        self.scans.last()?.age_at(now)
    }

    /// Replaces the newest record in memory (to note that it was not
    /// persisted).
    pub(super) fn replace_newest(&mut self, record: ScanRecord) {
        if let Some(newest) = self.scans.last_mut() {
            *newest = record;
        }
    }

    /// Adds `record` and writes the file. The record is kept in memory even
    /// when the write fails; the error says why it was not persisted.
    pub(super) fn push(&mut self, record: ScanRecord) -> Result<(), String> {
        self.scans.push(record);
        let excess = self.scans.len().saturating_sub(KEEP_SCANS);
        self.scans.drain(..excess);
        self.load_error = None;
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        let file = StateFile {
            format: FORMAT,
            scans: self.scans.clone(),
        };
        let bytes = serde_json::to_vec_pretty(&file).map_err(|e| e.to_string())?;
        write_atomically(dir, &bytes)
            .map_err(|error| format!("the scan could not be saved in {}: {error}", dir.display()))
    }
}

/// Replaces `dir/FILE_NAME` with `bytes`: never a half-written file under
/// that name.
fn write_atomically(dir: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    fs::create_dir_all(dir)?;
    let temp = dir.join(format!(
        "{TEMP_PREFIX}{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let written = (|| {
        let mut file = File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, dir.join(FILE_NAME))
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written?;
    // The rename itself reaches the disk with the folder's entry.
    #[cfg(unix)]
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Removes temporary files a killed writer left behind: those older than a
/// minute, so a write in progress in another process sharing the folder is
/// left alone.
fn remove_temporary_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(60));
        if old && entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}
