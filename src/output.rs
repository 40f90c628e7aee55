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
/// cannot be created in `path`'s folder (e.g. it is not writable; a missing folder is
/// [`folder_must_exist`]'s [`Error::Usage`]),
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
    replace(path, write, true)
}

/// [`write_atomically`] without waiting for the disk: the new file is renamed over `path`
/// unsynced. A reader, or the program crashing or being killed at any point, still sees
/// the old file whole or the new one whole (a rename is atomic in the kernel, and what was
/// written is in its page cache); only the machine failing before the kernel writes it out
/// can lose it (on ext4 and btrfs, which write a renamed file's data before the rename, it
/// then leaves the old file). For state that a restart makes again (the reading places):
/// the sync costs about 10 ms, each time the reader quits.
///
/// # Errors
/// Those of [`write_atomically`], less the sync's.
pub fn write_atomically_unsynced(path: &Path, text: &str) -> Result<()> {
    replace(path, |out| out.write_all(text.as_bytes()), false)
}

/// Writes what `write` makes to a new file beside `path` and renames it over `path`,
/// syncing the new file to the disk first when `sync` is set.
fn replace<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
    sync: bool,
) -> Result<T> {
    let dir = folder_of(path);
    let io = |e: std::io::Error| Error::io(path, &e);
    // A new file gets the permissions any program's new file gets (0666 less the umask);
    // an existing one keeps its own (below).
    let mut temp = tempfile::Builder::new()
        .prefix(".counterpoint-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| match folder_must_exist(path) {
            Err(missing) => missing,
            Ok(()) => io(e),
        })?;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, temp.as_file_mut());
    let made = write(&mut buffered).map_err(io)?;
    buffered.flush().map_err(io)?;
    drop(buffered);
    if sync {
        temp.as_file().sync_all().map_err(io)?;
    }
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

/// The refusal to write `path` when the folder it would be in is missing (a write there
/// once said `no such file`, naming the file): the folder named, with what to do; `Ok`
/// when it is there (or `path` is a bare name, in the current folder).
///
/// # Errors
/// [`Error::Usage`]: `missing/folder: no such folder; make it first (mkdir -p
/// missing/folder), or give a file in a folder that exists`.
pub fn folder_must_exist(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    if folder.is_dir() {
        return Ok(());
    }
    let name = folder.display();
    Err(Error::Usage(format!(
        "{name}: no such folder; make it first (mkdir -p {name}), or give --out a file in a folder that exists"
    )))
}

/// The folder `path` is in, as the file system takes it: its parent, or `.` for a bare
/// file name.
pub fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A folder named for a message as the user knows it: `the current folder (/home/ada)`
/// for `.` (or an empty path), an absolute path for any other relative one, an absolute
/// path as it is. Where the current folder cannot be found, the path as given.
pub fn folder_name(dir: &Path) -> String {
    let here = dir.as_os_str().is_empty() || dir == Path::new(".");
    let absolute = std::path::absolute(if here { Path::new(".") } else { dir });
    match absolute {
        Ok(full) if here => format!(
            "the current folder ({})",
            full.display().to_string().trim_end_matches("/.")
        ),
        Ok(full) => full.display().to_string(),
        Err(_) => dir.display().to_string(),
    }
}

/// Whether `path` (a file or folder) can be written by this process: `access(W_OK)`, and
/// for a file, some write permission bit (root passes `access` on a read-only file).
pub fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    if let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
        && meta.permissions().mode() & 0o222 == 0
    {
        return false;
    }
    // SAFETY: access reads the NUL-terminated path and changes nothing.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
}

/// Whether a claims file that does not exist yet (`--claims new.toml`) can be made at
/// the first edit: its folder must exist and be writable.
///
/// # Errors
/// [`Error::Usage`] naming the file and its folder ([`folder_name`]) and what to do, when
/// the folder does not exist, is not a folder, or cannot be written.
pub fn can_make(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    let name = path.display();
    let folder = folder_name(dir);
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "{name} cannot be made: its folder {folder} does not exist; make the folder first (mkdir -p), or give --claims a file in a folder that exists"
        )));
    }
    if !writable(dir) {
        return Err(Error::Usage(format!(
            "{name} cannot be made: its folder {folder} cannot be written; give --claims a file in a folder you can write"
        )));
    }
    Ok(())
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
        // Synced or not, the replacement is the same from outside.
        for replace in [write_atomically, write_atomically_unsynced] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("c.claims.toml");
            std::fs::write(&path, "old").unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
            replace(&path, "new text").unwrap();
            assert_eq!(std::fs::read_to_string(&path).unwrap(), "new text");
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
            // Nothing is left beside it.
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
            // A new file is made; one in a missing folder is an error naming it, and
            // leaves nothing behind.
            let fresh = dir.path().join("places.toml");
            replace(&fresh, "made").unwrap();
            assert_eq!(std::fs::read_to_string(&fresh).unwrap(), "made");
            let missing = dir.path().join("gone/places.toml");
            let err = replace(&missing, "x").unwrap_err().to_string();
            assert!(err.contains("gone"), "{err}");
            assert!(!dir.path().join("gone").exists());
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        }
    }

    #[test]
    fn folders_are_named_as_the_user_knows_them() {
        let here = std::env::current_dir().unwrap();
        let current = format!("the current folder ({})", here.display());
        for bare in ["", "."] {
            assert_eq!(folder_name(Path::new(bare)), current);
        }
        assert_eq!(folder_of(Path::new("new.toml")), Path::new("."));
        assert_eq!(folder_name(folder_of(Path::new("new.toml"))), current);
        assert_eq!(
            folder_name(Path::new("notes/2026")),
            here.join("notes/2026").display().to_string()
        );
        assert_eq!(folder_name(Path::new("/srv/claims")), "/srv/claims");
        assert_eq!(
            folder_of(Path::new("/srv/claims/a.toml")),
            Path::new("/srv/claims")
        );
    }

    #[test]
    fn a_new_file_needs_a_folder_that_is_there_and_can_be_written() {
        let dir = tempfile::tempdir().unwrap();
        assert!(can_make(&dir.path().join("new.claims.toml")).is_ok());
        let missing = dir.path().join("no-such-folder/new.claims.toml");
        let err = can_make(&missing).unwrap_err().to_string();
        assert!(
            err.contains("does not exist; make the folder first"),
            "{err}"
        );
        assert!(
            err.contains(&dir.path().join("no-such-folder").display().to_string()),
            "{err}"
        );
        let file = dir.path().join("a-file");
        std::fs::write(&file, "").unwrap();
        let err = can_make(&file.join("new.toml")).unwrap_err().to_string();
        assert!(err.contains("does not exist"), "{err}");
    }
}
