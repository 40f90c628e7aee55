//! Searching the article: the prompt (`/` forward, `?` backward), incremental matching with smart case, every match found, and stepping from match to match.

use std::ops::Range;

use crate::layout::{Layout, LineKind};

pub(crate) mod query;
pub(crate) mod scan;
pub use query::{MAX_MATCHES, Query, find, header_matches};
pub use scan::Scan;

/// Pasted text as one line for the prompt: each line break (CR LF, CR or LF) and tab
/// becomes a space, other control characters are dropped, and line breaks at either end
/// are trimmed. A paste is never read as keys, so a pasted line break never submits.
pub fn pasted_line(text: &str) -> String {
    text.trim_matches(['\r', '\n'])
        .replace("\r\n", " ")
        .chars()
        .filter_map(|c| match c {
            '\r' | '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// The search prompt while it is open (shown as
/// [`crate::reader::model::overlay::Overlay::Prompt`]): the line being typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prompt {
    /// The prompt's text.
    pub text: String,
    /// The prompt's cursor: a byte offset into its text, on a character boundary.
    pub at: usize,
}

/// The search: what was searched, and where it was found (what is being typed is the
/// open [`Prompt`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Searching forward (`/`) or backward (`?`).
    pub backward: bool,
    /// The query the matches are for.
    pub query: String,
    /// Every place it occurs in the body, in order (at most [`MAX_MATCHES`]).
    pub matches: Vec<Range<usize>>,
    /// More than [`MAX_MATCHES`] were found.
    pub more: bool,
    /// The claims whose sidebar text mentions the query (see [`crate::reader::model::claim_search`]).
    pub claim_hits: Vec<usize>,
    /// The match the cursor is on.
    pub current: Option<usize>,
    /// Matches in the header the pane shows above the text (title, dek, meta line): the
    /// line kind and the byte range in that header string ([`Layout::header_text`]).
    /// They come before the body's matches in the count and in stepping.
    pub header: Vec<(LineKind, Range<usize>)>,
    /// The header match stepped to (the view is at the top), instead of `current`.
    pub on_header: Option<usize>,
    /// The cursor when the prompt opened, to go back to on Esc.
    pub(crate) origin: usize,
    /// What is left to scan of a search too long for one keystroke (`None`: all done).
    pub scan: Option<Scan>,
    /// A byte offset whose match becomes the current one when the scan finds it (the
    /// reader's match kept across the end of a load, which searches the text anew).
    pub(crate) keep_at: Option<usize>,
}

impl Search {
    /// Finds the query again in a new text (after a reload), a step at a time as a
    /// keystroke's search goes ([`Scan`]): the matches are cleared and a scan begins at
    /// `at` (the reader's place), which the caller steps once at once and the loop steps
    /// while no key waits, so a reload of a long document never waits for a whole search.
    /// No match is current, and the scan does not move the reader.
    pub(crate) fn refresh(&mut self, doc: &crate::document::Document, layout: &Layout, at: usize) {
        self.matches.clear();
        self.more = false;
        self.claim_hits.clear();
        self.current = None;
        self.on_header = None;
        self.keep_at = None;
        self.header = header_matches(layout, &self.query);
        self.scan = Query::new(&self.query).map(|_| {
            let mut scan = Scan::new(&doc.article.body, at, self.backward);
            scan.landing = false;
            scan
        });
    }
}
