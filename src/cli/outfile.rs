//! Output files (`-o`, `--errors`, `--summary`) written so that a failed
//! run never leaves a truncated file: rows go to a temporary file beside
//! the destination (same directory, so the final rename is atomic), which
//! replaces the destination only when the run finishes.
//!
//! Only regular files are replaced that way. A symbolic link keeps being a
//! link (the file it points to is replaced), and a destination that is not
//! a regular file at all (`/dev/null`, `/dev/stdout`, a FIFO another
//! program reads) is written in place: renaming over it would destroy a
//! device or leave its reader waiting forever.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A destination being written.
pub struct OutFile {
    /// The temporary file, `None` when writing in place.
    tmp: Option<PathBuf>,
    /// The file the temporary file will replace.
    dest: PathBuf,
    done: bool,
}

impl OutFile {
    /// Open `dest` for writing (see the module doc for how).
    pub fn create(dest: &Path) -> Result<(OutFile, File)> {
        let shown = dest.display();
        if dest.as_os_str().to_string_lossy().ends_with('/') || dest.is_dir() {
            anyhow::bail!("cannot write {shown}: it is a directory");
        }
        // Through a link to the file it names, so the link survives.
        let target = match std::fs::symlink_metadata(dest) {
            Ok(m) if m.file_type().is_symlink() => {
                std::fs::canonicalize(dest).unwrap_or_else(|_| dest.to_path_buf())
            }
            _ => dest.to_path_buf(),
        };
        match std::fs::metadata(&target) {
            Ok(m) if m.is_dir() => anyhow::bail!("cannot write {shown}: it is a directory"),
            Ok(m) if !m.is_file() => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .with_context(|| format!("cannot write {shown}"))?;
                let out = OutFile {
                    tmp: None,
                    dest: target,
                    done: false,
                };
                Ok((out, file))
            }
            Ok(m) => {
                let (out, file) = Self::beside(&target)?;
                // The replacement keeps the mode of the file it replaces.
                file.set_permissions(m.permissions())
                    .with_context(|| format!("cannot write {shown}"))?;
                Ok((out, file))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Self::beside(&target),
            Err(e) => Err(e).with_context(|| format!("cannot write {shown}")),
        }
    }

    /// A new hidden temporary file in `dest`'s directory.
    fn beside(dest: &Path) -> Result<(OutFile, File)> {
        let dir = dest
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut attempt = 0;
        loop {
            // Hidden, so a directory walk of the same folder never reads it.
            let path = dir.join(format!(
                ".{name}.whosaid-{}-{attempt}.tmp",
                std::process::id()
            ));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    let out = OutFile {
                        tmp: Some(path),
                        dest: dest.to_path_buf(),
                        done: false,
                    };
                    return Ok((out, file));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot write {}", dest.display()));
                }
            }
        }
    }

    /// Move the finished file into place (nothing to do when written in place).
    pub fn persist(mut self) -> Result<()> {
        if let Some(tmp) = &self.tmp {
            std::fs::rename(tmp, &self.dest)
                .with_context(|| format!("cannot move output into {}", self.dest.display()))?;
        }
        self.done = true;
        Ok(())
    }
}

impl Drop for OutFile {
    fn drop(&mut self) {
        if let (Some(tmp), false) = (&self.tmp, self.done) {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write_via(dest: &Path, text: &str) {
        let (out, mut file) = OutFile::create(dest).expect("create");
        file.write_all(text.as_bytes()).expect("write");
        drop(file);
        out.persist().expect("persist");
    }

    #[test]
    fn replaces_a_regular_file_only_when_persisted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dest = dir.path().join("out.csv");
        std::fs::write(&dest, "old").expect("seed");
        let (out, mut file) = OutFile::create(&dest).expect("create");
        file.write_all(b"new").expect("write");
        drop((out, file));
        assert_eq!(std::fs::read_to_string(&dest).expect("read"), "old");
        assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
        write_via(&dest, "new");
        assert_eq!(std::fs::read_to_string(&dest).expect("read"), "new");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_stays_a_link_and_its_target_is_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("runs-1.csv");
        std::fs::write(&target, "old").expect("seed");
        let link = dir.path().join("latest.csv");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        write_via(&link, "new");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_written_in_place_not_replaced() {
        write_via(Path::new("/dev/null"), "rows");
        let meta = std::fs::metadata("/dev/null").expect("meta");
        assert!(!meta.is_file(), "/dev/null must still be a device");
    }

    #[test]
    fn directories_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(OutFile::create(dir.path()).is_err());
        let slash = format!("{}/new/", dir.path().display());
        assert!(OutFile::create(Path::new(&slash)).is_err());
    }
}
