//! How the search matches text: smart case, the anchoring's folding (compatibility forms, invisible characters, marked superscripts), capped counts, and the header lines the pane shows.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::anchor::fold::FoldedText;
use crate::layout::{Layout, LineKind};

/// The longest query, in bytes once folded, searched with a DFA (longer ones use an NFA,
/// built in time linear in their length).
pub const LONG_QUERY: usize = 128;

/// The most matches counted and highlighted; more are reported as "N+".
pub const MAX_MATCHES: usize = 100_000;

/// Every place `query` occurs in the header lines the pane shows (title, dek, meta), as
/// [`find`] finds them in the body: everything the pane shows can be found.
pub fn header_matches(layout: &Layout, query: &str) -> Vec<(LineKind, Range<usize>)> {
    [LineKind::Title, LineKind::Dek, LineKind::Meta]
        .into_iter()
        .flat_map(|kind| {
            let (found, _) = find(layout.header_text(kind), query);
            found.into_iter().map(move |range| (kind, range))
        })
        .collect()
}

/// A search for a query, ready to run over any text: the query folded as anchoring
/// folds a quote ([`crate::anchor::fold`]: typography, invisible characters, compatibility forms
/// such as ligatures and fullwidth letters, marked superscripts), so `/official` finds
/// `oﬃcial` and `/280` finds `2⁸⁰` and `2^80`, with smart case. A query with a `^` or
/// `_` that marks nothing (`/_`, `/x ^ y`) is searched for literally: then neither it
/// nor the text has its marks folded.
pub struct Query {
    pub(super) searcher: AhoCorasick,
    pub(super) marks: bool,
}

impl Query {
    /// The search for `query`, or `None` when it folds to nothing. Without capitals it
    /// ignores case (ASCII letters, after folding), with one it matches case exactly
    /// ("smart case").
    pub fn new(query: &str) -> Option<Query> {
        let marks = crate::anchor::fold::has_marked_form(query) || !query.contains(['^', '_']);
        let folded = fold_for_search(query, marks).folded;
        if folded.is_empty() {
            return None;
        }
        let ignore_case = !folded.chars().any(char::is_uppercase);
        // A DFA searches fastest, but building one costs time and memory with every byte
        // of the query (a pasted paragraph took seconds a key); past a sentence's length
        // the NFA, built in time linear in the query, is used instead.
        let kind = (folded.len() > LONG_QUERY).then_some(AhoCorasickKind::ContiguousNFA);
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(ignore_case)
            .kind(kind)
            .build([folded])
            .ok()?;
        Some(Query { searcher, marks })
    }

    /// Every place the query occurs in `text`, in bytes of `text`, in order: whole
    /// characters of it (a match inside a ligature covers the ligature), and places that
    /// share a character merged into one.
    pub fn find_in(&self, text: &str) -> Vec<Range<usize>> {
        self.find_in_folded(&fold_for_search(text, self.marks))
    }

    /// The same in a text already folded for this query.
    pub(super) fn find_in_folded(&self, folded: &FoldedText) -> Vec<Range<usize>> {
        let ranges: Vec<Range<usize>> = self
            .searcher
            .find_iter(&folded.folded)
            .map(|found| folded.source_range(found.range()))
            .collect();
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start < last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }

    /// Whether the query occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.searcher
            .is_match(&fold_for_search(text, self.marks).folded)
    }
}

pub(crate) fn fold_for_search(text: &str, marks: bool) -> FoldedText {
    if marks {
        FoldedText::new(text)
    } else {
        FoldedText::literal(text)
    }
}

/// Every place `query` occurs in `text` (see [`Query`]), at most [`MAX_MATCHES`], and
/// whether there were more.
pub fn find(text: &str, query: &str) -> (Vec<Range<usize>>, bool) {
    let Some(query) = Query::new(query) else {
        return (Vec::new(), false);
    };
    capped(query.find_in(text).into_iter())
}

/// The first [`MAX_MATCHES`] places, and whether there were more.
pub(crate) fn capped(places: impl Iterator<Item = Range<usize>>) -> (Vec<Range<usize>>, bool) {
    let mut matches = Vec::new();
    for found in places {
        if matches.len() == MAX_MATCHES {
            return (matches, true);
        }
        matches.push(found);
    }
    (matches, false)
}
