//! A search of a long text done a step at a time: the part from where the search began
//! first (what the reader sees and lands on), the rest in later steps between keys, with
//! the count saying it is still counting.
//!
//! The text is cut at word starts (a character after ASCII white space), where folding
//! starts afresh exactly as it would have run through, and each step's scan reads past
//! its end by as many words as the query has, plus one, so a match that starts in the step
//! and ends in the next one is found whole; only matches that start in the step are kept.

use std::ops::Range;

use super::query::{MAX_MATCHES, Query};

/// The body bytes one step scans (a few milliseconds of folding and matching).
pub const STEP_BYTES: usize = 1 << 20;

/// The claims one step reads for the sidebar's hits.
pub const STEP_CLAIMS: usize = 500;

/// What is left of a search over the body and the claims, and what waits for its end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// The body still to scan, in order: the first range is scanned before the second.
    pub(crate) ranges: Vec<Range<usize>>,
    /// Matches from the part before where the scan began, inserted before the others so
    /// the list stays in text order: how many are in so far.
    pub(crate) front: usize,
    /// The first range scanned began here: ranges starting before it go to the front.
    pub(crate) began: usize,
    /// The next claim to read for the sidebar's hits.
    pub(crate) next_claim: usize,
    /// The search has not landed yet (no match in the part scanned so far).
    pub(crate) landing: bool,
    /// Enter was pressed while it scanned: what Enter says waits for the end.
    pub(crate) submitted: bool,
    /// The first part is all scanned.
    first_done: bool,
}

impl Scan {
    /// The scan of a body of `len` bytes that begins at the word start at or before
    /// `origin` (`backward`: the part before `origin` first, then the rest).
    pub fn new(body: &str, origin: usize, backward: bool) -> Scan {
        let len = body.len();
        let began = word_start_before(body, origin.min(len));
        let mut ranges = Vec::with_capacity(2);
        match (began, backward) {
            (0, _) => ranges.push(0..len),
            (_, false) => ranges.extend([began..len, 0..began]),
            (_, true) => ranges.extend([0..began, began..len]),
        }
        Scan {
            began: if backward { 0 } else { began },
            ranges,
            front: 0,
            next_claim: 0,
            landing: true,
            submitted: false,
            first_done: false,
        }
    }

    /// Whether the body is all scanned.
    pub fn body_done(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Whether the first part (the one the reader lands in) is all scanned.
    pub fn first_part_done(&self) -> bool {
        self.first_done
    }

    /// Scans up to about `budget` bytes of `body` for `query`, adding what it finds to
    /// `matches` (kept in text order, at most [`MAX_MATCHES`]; `more` set past that).
    /// Returns how many matches went in before the ones already there (the caller moves
    /// its current index by that much).
    pub fn step(
        &mut self,
        body: &str,
        query: &Query,
        words: usize,
        budget: usize,
        matches: &mut Vec<Range<usize>>,
        more: &mut bool,
    ) -> usize {
        let mut inserted = 0;
        let mut left = budget.max(1);
        while left > 0 {
            let Some(range) = self.ranges.first().cloned() else {
                break;
            };
            let end = if range.end - range.start <= left {
                range.end
            } else {
                word_start_after(body, range.start + left).min(range.end)
            };
            let reach = words_after(body, end, words + 1).max(end);
            let found = query
                .find_in(&body[range.start..reach])
                .into_iter()
                .map(|r| r.start + range.start..r.end + range.start)
                .take_while(|r| r.start < end);
            let in_front = range.start < self.began;
            for found in found {
                if matches.len() >= MAX_MATCHES {
                    *more = true;
                    self.ranges.clear();
                    return inserted;
                }
                if in_front {
                    insert_merged(matches, self.front, found, &mut self.front, &mut inserted);
                } else {
                    let at = matches.len();
                    let (mut count, mut added) = (0, 0);
                    insert_merged(matches, at, found, &mut count, &mut added);
                }
            }
            left = left.saturating_sub(end - range.start);
            if end == range.end {
                self.ranges.remove(0);
                self.first_done = true;
            } else {
                self.ranges[0].start = end;
            }
        }
        inserted
    }
}

/// Puts `found` into `matches` at `at` (between the ones before and after it), merged
/// with the one before when they share a character; counts it in `count` and
/// `inserted` when it is a new entry.
fn insert_merged(
    matches: &mut Vec<Range<usize>>,
    at: usize,
    found: Range<usize>,
    count: &mut usize,
    inserted: &mut usize,
) {
    if let Some(before) = at.checked_sub(1).and_then(|i| matches.get_mut(i))
        && found.start < before.end
    {
        before.end = before.end.max(found.end);
        return;
    }
    matches.insert(at, found);
    *count += 1;
    *inserted += 1;
}

/// The number of white-space-separated words in `query`, at least one.
pub fn word_count(query: &str) -> usize {
    query.split_ascii_whitespace().count().max(1)
}

/// The first word start at or after `at` (a character after ASCII white space), or the
/// end of `body`.
pub fn word_start_after(body: &str, at: usize) -> usize {
    let bytes = body.as_bytes();
    let mut i = at.min(bytes.len());
    if i > 0
        && i < bytes.len()
        && bytes[i - 1].is_ascii_whitespace()
        && !bytes[i].is_ascii_whitespace()
    {
        return i;
    }
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The last word start at or before `at`, or 0.
pub fn word_start_before(body: &str, at: usize) -> usize {
    let bytes = body.as_bytes();
    let mut i = at.min(bytes.len());
    while i > 0 {
        if bytes[i - 1].is_ascii_whitespace() && i < bytes.len() && !bytes[i].is_ascii_whitespace()
        {
            return i;
        }
        i -= 1;
    }
    0
}

/// Where the `n`th word after `at` ends (or the end of `body`).
fn words_after(body: &str, at: usize, n: usize) -> usize {
    let bytes = body.as_bytes();
    let mut i = at;
    for _ in 0..n {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
    }
    i
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
