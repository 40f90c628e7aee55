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
    /// Whether case is ignored beyond ASCII too: the query has no capitals and has a
    /// letter outside ASCII that has one (`/ødegaard` finds `Ødegaard`), so the text is
    /// searched lowered by [`lower_same_length`].
    pub(super) lower: bool,
}

impl Query {
    /// The search for `query`, or `None` when it folds to nothing. Without capitals it
    /// ignores case (after folding: every letter whose lower case is written in as many
    /// bytes, which is all of Latin, Greek, Cyrillic and Armenian but for a few signs
    /// such as the Kelvin sign), with one it matches case exactly ("smart case").
    pub fn new(query: &str) -> Option<Query> {
        let marks = crate::anchor::fold::has_marked_form(query) || !query.contains(['^', '_']);
        let folded = fold_for_search(query, marks).folded;
        if folded.is_empty() {
            return None;
        }
        let ignore_case = !folded.chars().any(char::is_uppercase);
        let lower = ignore_case && folded.chars().any(|c| !c.is_ascii() && c.is_lowercase());
        // A DFA searches fastest, but building one costs time and memory with every byte
        // of the query (a pasted paragraph took seconds a key); past a sentence's length
        // the NFA, built in time linear in the query, is used instead.
        let kind = (folded.len() > LONG_QUERY).then_some(AhoCorasickKind::ContiguousNFA);
        let folded = match lower {
            true => lower_same_length(&folded),
            false => folded,
        };
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(ignore_case)
            .kind(kind)
            .build([folded])
            .ok()?;
        Some(Query {
            searcher,
            marks,
            lower,
        })
    }

    /// Every place the query occurs in `text`, in bytes of `text`, in order: whole
    /// characters of it (a match inside a ligature covers the ligature), and places that
    /// share a character merged into one.
    pub fn find_in(&self, text: &str) -> Vec<Range<usize>> {
        self.find_in_folded(&fold_for_search(text, self.marks))
    }

    /// The same in a text already folded for this query.
    pub(super) fn find_in_folded(&self, folded: &FoldedText) -> Vec<Range<usize>> {
        let lowered = self.lower.then(|| lower_same_length(&folded.folded));
        let ranges: Vec<Range<usize>> = self
            .searcher
            .find_iter(lowered.as_deref().unwrap_or(&folded.folded))
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
        let folded = fold_for_search(text, self.marks).folded;
        match self.lower {
            true => self.searcher.is_match(&lower_same_length(&folded)),
            false => self.searcher.is_match(&folded),
        }
    }
}

/// `text` with every capital outside ASCII lowered where its lower case is one character
/// written in as many bytes (`Ø` → `ø`, `Д` → `д`, `Σ` → `σ`; the final sigma `ς` is
/// written `σ` too, as its capital lowers to it), others left as they are:
/// every byte offset of the result is the same place in `text`, so a match in it maps
/// back through the folding's units unchanged. ASCII is left to the searcher's own
/// ASCII case folding.
pub(crate) fn lower_same_length(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lowers = c.to_lowercase();
        match (lowers.next(), lowers.next()) {
            _ if c == 'ς' => out.push('σ'),
            (Some(l), None) if !c.is_ascii() && l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    debug_assert_eq!(out.len(), text.len());
    out
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
