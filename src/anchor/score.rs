//! Scoring the places a quote might be: its similarity, its context's, its nearness to the hint.

use std::ops::Range;

use super::{
    Anchorer, CONTEXT_CONTRADICTED, Candidate, NEARNESS_HALF, POSITION_WEIGHT, PREFIX_WEIGHT,
    QUOTE_WEIGHT, SUFFIX_WEIGHT,
};
use crate::anchor::approx::{Found, distance, find_approx_in};

/// The most characters an approximate match is widened by at each edge to end on a
/// word's boundary.
pub const MAX_WIDENING: usize = 16;

impl Anchorer<'_> {
    /// Places where the quote occurs with few enough edits, apart from the exact ones.
    pub(super) fn approximate(&self, quote: &str, exact: &[Range<usize>]) -> Vec<Candidate> {
        let length = quote.chars().count();
        let min_similarity = self.gates.min_similarity;
        let max_errors = (length as f64 * (1.0 - min_similarity)).floor() as usize;
        if max_errors == 0 {
            return Vec::new();
        }
        let Found::Places(places) = find_approx_in(&self.searched(), quote, max_errors) else {
            return Vec::new();
        };
        places
            .into_iter()
            .filter(|p| p.errors > 0)
            .filter(|p| {
                !exact
                    .iter()
                    .any(|e| e.start < p.range.end && p.range.start < e.end)
            })
            .map(|p| Candidate {
                range: self.whole_words(p.range),
                similarity: 1.0 - p.errors as f64 / length as f64,
                score: 0.0,
            })
            .filter(|c| c.similarity >= min_similarity)
            .collect()
    }

    /// How well the text around a place fits the prefix and suffix (1 without either).
    pub(super) fn context_similarity(
        &self,
        range: &Range<usize>,
        prefix: &str,
        suffix: &str,
    ) -> f64 {
        let parts: Vec<f64> = [
            (!prefix.is_empty()).then(|| self.prefix_similarity(range, prefix)),
            (!suffix.is_empty()).then(|| self.suffix_similarity(range, suffix)),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            1.0
        } else {
            parts.iter().sum::<f64>() / parts.len() as f64
        }
    }

    /// Whether the text beside an approximate place contradicts the quote's recorded
    /// context, so that the place is a lookalike and not the quote after an edit.
    ///
    /// The rule: the selector records both a prefix and a suffix, and the mean of their
    /// similarities to the text before and after the place is below
    /// [`CONTEXT_CONTRADICTED`] (one half): taken over both sides, the surroundings are
    /// more unlike what was recorded than like it. So one side kept intact (a similarity
    /// of one) always keeps a place, whatever became of the other (an edit next to a
    /// quote seldom changes both sides), and a selector without both sides contradicts
    /// nothing: a bare or half-recorded quote is judged by its own words, as before.
    /// Exact places are never refused: their words are the quote's.
    ///
    /// Measured over the perturbation suite, a side that is the right place's scores
    /// 0.7–1 (0.3 when the sentence beside it was rewritten), an unrelated side 0.03–0.45,
    /// and a parallel sentence's side that shares a phrase up to about 0.7, so its other
    /// side decides.
    pub(super) fn contradicted(&self, range: &Range<usize>, prefix: &str, suffix: &str) -> bool {
        !prefix.is_empty()
            && !suffix.is_empty()
            && self.context_similarity(range, prefix, suffix) < CONTEXT_CONTRADICTED
    }

    pub(super) fn prefix_similarity(&self, range: &Range<usize>, prefix: &str) -> f64 {
        let n = prefix.chars().count();
        // The folded text before the place, widened until it holds `n` characters
        // after its trailing spaces (or reaches the start of the text).
        let mut reach = 4 * n + 16;
        let before = loop {
            let from = range.start.saturating_sub(reach);
            let (_, text) = self.searched().text(from..range.start);
            let trimmed = text.trim_end();
            if from == 0 || trimmed.chars().count() >= n {
                break trimmed.to_string();
            }
            reach *= 2;
        };
        let start = before
            .char_indices()
            .rev()
            .nth(n.wrapping_sub(1))
            .map_or(0, |(at, _)| at);
        similarity(prefix, &before[start..])
    }

    pub(super) fn suffix_similarity(&self, range: &Range<usize>, suffix: &str) -> f64 {
        let n = suffix.chars().count();
        let len = self.folded().len();
        // The folded text after the place, widened until it holds `n` characters after
        // its leading spaces (or reaches the end of the text).
        let mut reach = 4 * n + 16;
        let after = loop {
            let to = range.end.saturating_add(reach).min(len);
            let (_, text) = self.searched().text(range.end..to);
            let trimmed = text.trim_start();
            if to == len || trimmed.chars().count() >= n {
                break trimmed.to_string();
            }
            reach *= 2;
        };
        let end = after
            .char_indices()
            .nth(n)
            .map_or(after.len(), |(at, _)| at);
        similarity(suffix, &after[..end])
    }

    /// [`whole_words`] on the folded text, read only around `range`.
    fn whole_words(&self, range: Range<usize>) -> Range<usize> {
        // Enough bytes either side for MAX_WIDENING + 1 characters of any width.
        let reach = 4 * (MAX_WIDENING + 2);
        let from = range.start.saturating_sub(reach);
        let (base, text) = self.searched().text(from..range.end.saturating_add(reach));
        let widened = whole_words(&text, range.start - base..range.end - base);
        base + widened.start..base + widened.end
    }

    /// A place's score: its similarity, its context's and its nearness to the hint,
    /// weighted; a part the selector lacks counts fully for every place.
    pub(super) fn score(
        &self,
        candidate: &Candidate,
        prefix: &str,
        suffix: &str,
        hint: Option<usize>,
    ) -> f64 {
        let prefix_part = if prefix.is_empty() {
            1.0
        } else {
            self.prefix_similarity(&candidate.range, prefix)
        };
        let suffix_part = if suffix.is_empty() {
            1.0
        } else {
            self.suffix_similarity(&candidate.range, suffix)
        };
        let nearness = hint.map_or(1.0, |hint| {
            let start = self.folded().source_range(candidate.range.clone()).start;
            let at = self.chars.char_of(self.source, start);
            1.0 / (1.0 + at.abs_diff(hint) as f64 / NEARNESS_HALF)
        });
        QUOTE_WEIGHT * candidate.similarity
            + PREFIX_WEIGHT * prefix_part
            + SUFFIX_WEIGHT * suffix_part
            + POSITION_WEIGHT * nearness
    }
}

/// `range` widened to whole words: an approximate match that found "hran" in "Tehran"
/// (fewer edits than "Tehran" for "Iran") highlights the word, not part of it. A word
/// that runs on for more than [`MAX_WIDENING`] characters is not a word: the edge stays.
pub(super) fn whole_words(text: &str, range: Range<usize>) -> Range<usize> {
    let is_word = |c: char| c.is_alphanumeric();
    let mut start = range.start;
    if text[start..].chars().next().is_some_and(is_word) {
        let before: Vec<(usize, char)> = text[..start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word(c))
            .take(MAX_WIDENING + 1)
            .collect();
        if before.len() <= MAX_WIDENING
            && let Some(&(at, _)) = before.last()
        {
            start = at;
        }
    }
    let mut end = range.end;
    if text[..end].chars().next_back().is_some_and(is_word) {
        let after: Vec<(usize, char)> = text[end..]
            .char_indices()
            .take_while(|&(_, c)| is_word(c))
            .take(MAX_WIDENING + 1)
            .collect();
        if after.len() <= MAX_WIDENING
            && let Some(&(at, c)) = after.last()
        {
            end += at + c.len_utf8();
        }
    }
    start..end
}

/// 1 − edits ÷ the longer length, in characters (1 for equal strings).
fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let longer = a.chars().count().max(b.chars().count());
    1.0 - distance(a, b) as f64 / longer as f64
}
