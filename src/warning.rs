//! What the reader warns of while a document is still usable: each kind a variant, shown as one sentence (status bar, help, `check`).

use std::fmt;

/// Something about the files the user should know, though the reader can go on. Kinds are
/// variants, so code asks `matches!(w, Warning::NoClaimsFile { .. })` rather than reading the
/// sentence; [`fmt::Display`] gives the sentence the user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// `file` has NUL bytes, opened anyway (`--force`); they show as ␀.
    NulBytes { file: String },
    /// `file` is not valid UTF-8 from `line`, `column` (1-based; column in characters),
    /// opened anyway (`--lossy`); bad bytes show as �.
    InvalidUtf8 {
        file: String,
        line: usize,
        column: usize,
    },
    /// The web page `file` has bytes that are not valid in its charset `encoding` (a
    /// WHATWG name, as `windows-1252`); they show as �.
    Undecodable { file: String, encoding: String },
    /// No article was found in the web page `page`: the reader shows all of the page's
    /// visible text instead.
    WholePage { page: String },
    /// The article has no paragraphs of text.
    NoText { article: String },
    /// No claims file: `looked_for` is the path beside the article that does not exist,
    /// `None` when the article came from standard input.
    NoClaimsFile { looked_for: Option<String> },
    /// A page fetched from an address and not saved has no claims file beside it.
    NoClaimsFileForPage,
    /// The claims file `file`, named with `--claims`, does not exist yet: it is made at
    /// the first edit.
    NewClaimsFile { file: String },
    /// The claims file `file` has no `[[claim]]` entries.
    NoClaims { file: String },
    /// `subject` (claim N "id", or its response N (expert)) has a problem placing its
    /// quote or in the text it quotes: `problem` says which, as a sentence.
    Quote { subject: String, problem: String },
    /// The claims file's date at `at` (`file:line:column`) is no calendar date
    /// ([`crate::claims::dates::is_calendar_date`], the rule the form keeps): kept as
    /// written, left out of exports.
    Date { at: String, date: String },
    /// A reload of one part failed; the part keeps its last good version.
    NotReloaded { part: Part, error: String },
}

/// The two files a document is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Article,
    Claims,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NulBytes { file } => write!(f, "{file} has NUL bytes (shown as ␀)"),
            Warning::InvalidUtf8 { file, line, column } => write!(
                f,
                "{file}: invalid UTF-8 from line {line}, column {column}, shown as �"
            ),
            Warning::Undecodable { file, encoding } => {
                write!(f, "{file}: some bytes are not valid {encoding}, shown as �")
            }
            Warning::WholePage { page } => write!(
                f,
                "no article found in {page}: showing all of the page's text"
            ),
            Warning::NoText { article } => write!(f, "{article} has no text"),
            Warning::NoClaimsFile { looked_for: None } => write!(
                f,
                "no claims file: the article came from standard input; give --claims FILE"
            ),
            Warning::NoClaimsFile {
                looked_for: Some(path),
            } => write!(
                f,
                "no claims file: looked for {path} (or give --claims FILE)"
            ),
            Warning::NoClaimsFileForPage => write!(
                f,
                "no claims file: the page was fetched and not saved; give --save FILE to keep it with its claims beside it, or --claims FILE"
            ),
            Warning::NoClaims { file } => write!(f, "{file} has no [[claim]] entries"),
            Warning::NewClaimsFile { file } => write!(
                f,
                "{file} does not exist yet: it is made when you record the first claim"
            ),
            Warning::Quote { subject, problem } => write!(f, "{subject}: {problem}"),
            Warning::Date { at, date } => write!(
                f,
                "{at}: the date `{date}` is no calendar date (YYYY-MM-DD, YYYY-MM, YYYY, or a day and time as 2021-01-14T09:30:00Z): kept as written, left out of exports"
            ),
            Warning::NotReloaded { part, error } => {
                let part = match part {
                    Part::Article => "article",
                    Part::Claims => "claims",
                };
                write!(f, "{part} not reloaded, last good version kept: {error}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each kind reads as the sentence the reader has always shown for it.
    #[test]
    fn each_kind_reads_as_its_sentence() {
        let cases = [
            (
                Warning::NulBytes {
                    file: "f.bin".into(),
                },
                "f.bin has NUL bytes (shown as ␀)",
            ),
            (
                Warning::InvalidUtf8 {
                    file: "a.md".into(),
                    line: 3,
                    column: 7,
                },
                "a.md: invalid UTF-8 from line 3, column 7, shown as �",
            ),
            (
                Warning::Undecodable {
                    file: "p.html".into(),
                    encoding: "Shift_JIS".into(),
                },
                "p.html: some bytes are not valid Shift_JIS, shown as �",
            ),
            (
                Warning::WholePage {
                    page: "p.html".into(),
                },
                "no article found in p.html: showing all of the page's text",
            ),
            (
                Warning::NoClaimsFile { looked_for: None },
                "no claims file: the article came from standard input; give --claims FILE",
            ),
            (
                Warning::NoClaimsFile {
                    looked_for: Some("a.claims.toml".into()),
                },
                "no claims file: looked for a.claims.toml (or give --claims FILE)",
            ),
            (
                Warning::NotReloaded {
                    part: Part::Claims,
                    error: "bad".into(),
                },
                "claims not reloaded, last good version kept: bad",
            ),
        ];
        for (warning, sentence) in cases {
            assert_eq!(warning.to_string(), sentence);
        }
    }
}
