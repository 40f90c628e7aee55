//! Standard output for every subcommand: one path, which ends quietly when the reader of a pipe has gone and reports every other failure.
//!
//! Rust ignores SIGPIPE, so a closed pipe (`counterpoint check | head -1`) arrives as an
//! `EPIPE` error on the write; as ripgrep does, that ends the program quietly with status
//! 0 ([`Error::ClosedPipe`]). Any other failure (a full disk, `> /dev/full`, an I/O error)
//! is [`Error::Output`]: `counterpoint: standard output: <reason>`, status 2. Nothing is
//! reported as done until its text has been written and flushed.

use std::io::Write;

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

/// Writes `text` to `out` and flushes it, with standard output's errors (see [`print`]).
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
}
