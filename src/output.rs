//! What the program writes: standard output for every subcommand (one path, which ends quietly when the reader of a pipe has gone and reports every other failure), and files replaced atomically.
//!
//! Rust ignores SIGPIPE, so a closed pipe (`counterpoint check | head -1`) arrives as an
//! `EPIPE` error on the write; as ripgrep does, that ends the program quietly with status
//! 0 ([`Error::ClosedPipe`]). Any other failure (a full disk, `> /dev/full`, an I/O error)
//! is [`Error::Output`]: `counterpoint: standard output: <reason>`, status 2. Nothing is
//! reported as done until its text has been written and flushed.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `text` to standard output and flushes it.
///
/// # Errors
/// [`Error::ClosedPipe`] when the other end of a pipe was closed; [`Error::Output`] for
/// any other write failure.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    write_to(&mut out, text)
}

/// Writes to standard output what `write` makes as it writes, through a buffer, and
/// flushes it. Returns what `write` returned.
///
/// # Errors
/// Those of [`print()`], for `write`'s failures as for the flush's.
pub fn print_with<T>(write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>) -> Result<T> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write(&mut out)
        .and_then(|made| out.flush().map(|()| made))
        .map_err(|e| failure(&e))
}

/// Writes `text` to `out` and flushes it, with standard output's errors (see [`print()`]).
///
/// # Errors
/// [`Error::ClosedPipe`] when a write or the flush fails with a broken pipe;
/// [`Error::Output`] for any other failure ("no space left on the device" when the disk
/// is full, else the I/O error's text).
pub fn write_to(out: &mut impl Write, text: &str) -> Result<()> {
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| failure(&e))
}

/// The error for a failed write to standard output.
fn failure(err: &std::io::Error) -> Error {
    match err.kind() {
        std::io::ErrorKind::BrokenPipe => Error::ClosedPipe,
        std::io::ErrorKind::StorageFull => Error::Output("no space left on the device".into()),
        _ => Error::Output(err.to_string()),
    }
}

/// Replaces `path` with `text` so that a reader of the file sees the old whole or the
/// new whole, never a mixture, and a crash leaves the old file: the text goes to a new
/// file beside it, which is flushed and then renamed over it. The file keeps its
/// permissions; a new file has 0666 less the umask, as any program's new file.
///
/// # Errors
/// [`Error::Io`] naming `path`, with the I/O error's reason, when the temporary file
/// cannot be created in `path`'s folder (e.g. the folder is missing or not writable),
/// written, synced, given the old file's permissions, or renamed over `path`. On an error
/// `path` is unchanged and the temporary file is removed.
pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    write_bytes_atomically(path, text.as_bytes())
}

/// [`write_atomically`] for bytes that need not be text (a fetched page as it was sent).
///
/// # Errors
/// Those of [`write_atomically`].
pub fn write_bytes_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |out| out.write_all(bytes))
}

/// [`write_atomically`] for text made as it is written: `write` writes it, through a
/// buffer, to the new file beside `path`. Returns what `write` returned.
///
/// # Errors
/// Those of [`write_atomically`], and [`Error::Io`] naming `path` when `write` fails.
pub fn write_atomically_with<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
) -> Result<T> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let io = |e: std::io::Error| Error::io(path, &e);
    // A new file gets the permissions any program's new file gets (0666 less the umask);
    // an existing one keeps its own (below).
    let mut temp = tempfile::Builder::new()
        .prefix(".counterpoint-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(io)?;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, temp.as_file_mut());
    let made = write(&mut buffered).map_err(io)?;
    buffered.flush().map_err(io)?;
    drop(buffered);
    temp.as_file().sync_all().map_err(io)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .map_err(io)?;
    }
    temp.persist(path).map_err(|e| io(e.error))?;
    Ok(made)
}

/// Writes a drafted claims file to `path`, never over an existing one. Returns the
/// file's name as written, or why not.
///
/// # Errors
/// A sentence saying why not: that the article came from standard input (no `path`,
/// so no place beside it), that `path` already exists, or the text of
/// [`write_atomically`]'s [`Error::Io`] when writing fails.
pub fn write_new(path: Option<&Path>, text: &str) -> std::result::Result<String, String> {
    let Some(path) = path else {
        return Err(
            "the article came from standard input; `counterpoint draft` with --out keeps them"
                .into(),
        );
    };
    let name = path.display().to_string();
    if path.exists() {
        return Err(format!(
            "{name} already exists; `counterpoint draft --merge` adds to it"
        ));
    }
    write_atomically(path, text).map_err(|e| e.to_string())?;
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails every write with `kind`.
    struct Failing(std::io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::from(self.0))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_told_apart_from_a_failure() {
        let closed = write_to(&mut Failing(std::io::ErrorKind::BrokenPipe), "x");
        assert!(matches!(closed, Err(Error::ClosedPipe)));
        let full = write_to(&mut Failing(std::io::ErrorKind::StorageFull), "x").unwrap_err();
        assert_eq!(
            full.to_string(),
            "standard output: no space left on the device"
        );
        let mut written = Vec::new();
        write_to(&mut written, "text").unwrap();
        assert_eq!(written, b"text");
    }

    #[test]
    fn a_file_is_replaced_whole_and_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.claims.toml");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, "new text").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new text");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        // Nothing is left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
