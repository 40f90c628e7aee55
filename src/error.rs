//! The one error type for loading articles, claims files and configuration, with file:line:col.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use crate::sanitize::clean_line;

/// Everything that can stop counterpoint from opening what it was asked to open.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read at all.
    #[error("{}: {}", clean_line(.path), clean_line(.reason))]
    Io { path: String, reason: String },

    /// A page could not be fetched from its address (DNS, connection, TLS, time-out, an
    /// HTTP status, too large, not a web page).
    #[error("{}: {}", clean_line(.url), clean_line(.reason))]
    Fetch { url: String, reason: String },

    /// The user stopped the work (Ctrl-c while a page was fetched): said, then the
    /// program ends with status 130 as a shell's interrupted command does.
    #[error("{}: cancelled", clean_line(.0))]
    Cancelled(String),

    /// Something is wrong at a known place in a file.
    #[error("{}", .0)]
    At(Located),

    /// The command line asks for something that cannot be done.
    #[error("{}", clean_line(.0))]
    Usage(String),

    /// The terminal itself failed.
    #[error("terminal: {0}")]
    Terminal(String),

    /// Writing to standard output failed (a full disk, `> /dev/full`, an I/O error).
    #[error("standard output: {}", clean_line(.0))]
    Output(String),

    /// The reader of standard output has gone (`| head -1`): not an error to report;
    /// the program ends quietly with status 0.
    #[error("standard output was closed")]
    ClosedPipe,
}

/// A message tied to a place in a file, printed as `file:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// What the user can do about it, printed on its own line.
    pub hint: Option<String>,
}

impl fmt::Display for Located {
    /// Messages quote input (file names, keys, values): all of it is cleaned first.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, message) = (clean_line(&self.path), clean_line(&self.message));
        write!(f, "{path}:{}:{}: {message}", self.line, self.column)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {}", clean_line(hint))?;
        }
        Ok(())
    }
}

impl Error {
    /// An I/O failure on `path`, phrased for a person rather than as an OS code.
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory, not a file".to_string(),
            _ => err.to_string(),
        };
        Error::Io {
            path: path.display().to_string(),
            reason,
        }
    }

    /// An error at byte `offset` of `source`, the text of the file named `path`.
    pub fn at(path: &str, source: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = line_col(source, offset);
        Error::At(Located {
            path: path.to_string(),
            line,
            column,
            message: message.into(),
            hint: None,
        })
    }

    /// Adds a hint to a located error; other kinds are returned unchanged.
    pub fn with_hint(self, hint: impl Into<String>) -> Self {
        match self {
            Error::At(mut located) => {
                located.hint = Some(hint.into());
                Error::At(located)
            }
            other => other,
        }
    }

    /// A TOML parse or type error, placed with the span the parser reports.
    pub fn from_toml(path: &str, source: &str, err: &toml::de::Error) -> Self {
        let offset = err.span().map_or(0, |span: Range<usize>| span.start);
        let message = err.message().trim().replace('\n', " ");
        Error::at(path, source, offset, message)
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let text = "ab\n“cd”\nef";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // after the curly quote (3 bytes) and 'c'
        assert_eq!(line_col(text, 7), (2, 3));
        assert_eq!(line_col(text, text.len()), (3, 3));
        // inside a multi-byte character: the character's own column
        assert_eq!(line_col(text, 4), (2, 1));
    }

    #[test]
    fn located_error_prints_file_line_column_and_hint() {
        let err = Error::at("x.toml", "a = 1\nb = ?", 10, "invalid value").with_hint("quote it");
        assert_eq!(
            err.to_string(),
            "x.toml:2:5: invalid value\n  hint: quote it"
        );
    }
}
