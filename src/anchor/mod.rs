//! Placing a quote in the article: the position hint, then exact search, then approximate
//! search, and two gates (the quote's own similarity, the margin over the runner-up)
//! before any answer is believed.
//!
//! This follows the W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) with a
//! TextPositionSelector hint, in the order the well-known annotation clients use, with
//! one difference that matters: they always place the best-scoring candidate, so an
//! edited article can move a highlight silently onto the wrong sentence. Here a quote
//! that matches too poorly is not found, and one with a close runner-up is ambiguous;
//! both are reported and listed apart, never placed.

pub mod approx;
pub(crate) mod char_index;
pub mod fold;
pub mod multi_search;

use std::ops::Range;

mod hints;
pub use hints::hints;
mod score;

pub use hints::CONTEXT_CHARS;
pub use score::MAX_WIDENING;

use crate::anchor::approx::Searched;
use crate::anchor::char_index::CharIndex;
use std::borrow::Cow;

use crate::anchor::fold::{FoldMap, fold, fold_cow};
use crate::anchor::multi_search::MultiSearch;
use crate::claims::QuoteSelector;

/// The least similarity (1 − edits ÷ the quote's length in characters) a quote found
/// approximately must have.
pub const MIN_SIMILARITY: f64 = 0.8;
/// The least lead, in score, the best place must have over the next best.
pub const MIN_MARGIN: f64 = 0.05;
/// Below this similarity of prefix and suffix to the text around it, a quote found
/// exactly is also looked for approximately, in case the edit moved it.
const CONTEXT_TRUSTED: f64 = 0.5;
/// Below this mean similarity of the recorded prefix and suffix to the text beside a
/// place, its surroundings contradict the recorded context: more than half their
/// characters would have to change. Two unrelated stretches of English of
/// [`CONTEXT_CHARS`] characters score about 0.1–0.45.
pub const CONTEXT_CONTRADICTED: f64 = 0.5;

/// How much each part of the selector counts in a place's score (they sum to 1).
const QUOTE_WEIGHT: f64 = 0.5;
const PREFIX_WEIGHT: f64 = 0.2;
const SUFFIX_WEIGHT: f64 = 0.2;
const POSITION_WEIGHT: f64 = 0.1;
/// A place this many characters from the position hint scores half for nearness.
const NEARNESS_HALF: f64 = 1000.0;

/// How a quote was placed in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorStatus {
    /// The quote is where its position hint says, or (without a hint) it occurs once or
    /// its context singles out one of its `candidates` places.
    Exact { candidates: usize },
    /// The quote occurs exactly, but not where its position hint says.
    Moved { candidates: usize },
    /// The quote does not occur exactly; a stretch `similarity` per mille alike does.
    Approximate { similarity: u16 },
    /// `candidates` places fit about equally well: none is used.
    Ambiguous { candidates: usize },
    /// Nothing in the article is close enough.
    NotFound,
}

/// The outcome of anchoring one quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchoring {
    /// Where the quote is in the article (bytes), when it was placed.
    pub range: Option<Range<usize>>,
    pub status: AnchorStatus,
    /// For an ambiguous quote, the places that tied, best first (at most a few). A boxed
    /// slice, and `refused` boxed, because most quotes have neither: an anchoring is
    /// held for every claim and response.
    pub alternatives: Box<[Range<usize>]>,
    /// For a quote not found, the nearest lookalike that was refused because its
    /// surroundings contradict the quote's recorded context (see [`Refused`]).
    pub refused: Option<Box<Refused>>,
}

/// A place alike enough to the quote that was refused all the same: the quote is not
/// there word for word, and the text on both sides of the place contradicts the
/// quote's recorded prefix and suffix (their mean similarity is below
/// [`CONTEXT_CONTRADICTED`]; one side kept intact is always enough to keep a place). It
/// is a sibling sentence — the same words with another name, number or quantifier —
/// not the quote after an edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The lookalike's place in the article (bytes).
    pub range: Range<usize>,
    /// How alike it is to the quote, per mille.
    pub similarity: u16,
    /// How alike the text before it is to the recorded prefix, and the text after it to
    /// the recorded suffix, per mille.
    pub context: (u16, u16),
}

impl Refused {
    /// Why it was refused, for the user: "neither its prefix nor its suffix is there",
    /// or which side is missing and how far the other one fits.
    pub fn reason(&self) -> String {
        let half = (CONTEXT_CONTRADICTED * 1000.0) as u16;
        match self.context {
            (prefix, suffix) if prefix < half && suffix < half => {
                "neither its prefix nor its suffix is there".to_string()
            }
            (prefix, suffix) if prefix < half => format!(
                "its prefix is not there, and its suffix only in part ({}% alike)",
                suffix / 10
            ),
            (prefix, _) => format!(
                "its suffix is not there, and its prefix only in part ({}% alike)",
                prefix / 10
            ),
        }
    }
}

impl Anchoring {
    pub fn not_found() -> Anchoring {
        Anchoring {
            range: None,
            status: AnchorStatus::NotFound,
            alternatives: Box::default(),
            refused: None,
        }
    }

    fn placed(range: Range<usize>, status: AnchorStatus) -> Anchoring {
        Anchoring {
            range: Some(range),
            status,
            alternatives: Box::default(),
            refused: None,
        }
    }

    /// A sentence for the user, or `None` when the quote was placed without doubt.
    pub fn problem(&self) -> Option<String> {
        match self.status {
            AnchorStatus::Exact { .. } | AnchorStatus::Moved { .. } => None,
            AnchorStatus::Approximate { similarity } => Some(format!(
                "quote not found exactly; placed where the text is {}% alike",
                similarity / 10
            )),
            AnchorStatus::Ambiguous { candidates } => Some(format!(
                "quote fits {candidates} places about equally well, so it is not placed (add a prefix or suffix to choose)"
            )),
            AnchorStatus::NotFound => Some(match &self.refused {
                None => "quote not found in the article".to_string(),
                Some(refused) => format!(
                    "quote not found in the article; the nearest text, {}% alike, was refused: {}",
                    refused.similarity / 10,
                    refused.reason()
                ),
            }),
        }
    }

    /// One or two words for the status: "exact", "moved", "≈ 94%", "ambiguous", "not found".
    pub fn label(&self) -> String {
        match self.status {
            AnchorStatus::Exact { .. } => "exact".into(),
            AnchorStatus::Moved { .. } => "moved".into(),
            AnchorStatus::Approximate { similarity } => format!("≈ {}%", similarity / 10),
            AnchorStatus::Ambiguous { .. } => "ambiguous".into(),
            AnchorStatus::NotFound => "not found".into(),
        }
    }
}

/// The two tests a place must pass before it is believed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gates {
    /// The least similarity of a quote found approximately ([`MIN_SIMILARITY`]).
    pub min_similarity: f64,
    /// The least lead over the runner-up ([`MIN_MARGIN`]).
    pub min_margin: f64,
    /// Whether a lookalike whose surroundings contradict the recorded context is
    /// refused ([`Refused`]).
    pub refuse_lookalikes: bool,
}

impl Default for Gates {
    fn default() -> Gates {
        Gates {
            min_similarity: MIN_SIMILARITY,
            min_margin: MIN_MARGIN,
            refuse_lookalikes: true,
        }
    }
}

impl Gates {
    /// What the well-known annotation clients do: any place within half the quote's
    /// length in edits, the best score taken however close the next, whatever its
    /// context. For comparison in tests only.
    pub fn none() -> Gates {
        Gates {
            min_similarity: 0.5,
            min_margin: 0.0,
            refuse_lookalikes: false,
        }
    }
}

/// An article made ready for anchoring: its characters counted, and its folding mapped
/// when a quote first needs a search (a quote its position hint places never does). No
/// folded copy of the whole text is made: quotes are matched against the text as it is
/// folded, a stretch of [`STRETCH`] bytes at a time, and the text around a place is
/// folded when a place is judged.
pub struct Anchorer<'a> {
    source: &'a str,
    folded: std::sync::OnceLock<FoldMap>,
    chars: CharIndex,
    gates: Gates,
}

/// A place a quote might be, in folded bytes, with how it matched.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    range: Range<usize>,
    /// 1 − edits ÷ the quote's length (1 for an exact match).
    similarity: f64,
    score: f64,
}

impl<'a> Anchorer<'a> {
    pub fn new(source: &'a str) -> Anchorer<'a> {
        Anchorer {
            source,
            folded: std::sync::OnceLock::new(),
            chars: CharIndex::new(source),
            gates: Gates::default(),
        }
    }

    /// The same, with other gates (for comparing matchers).
    pub fn with_gates(self, gates: Gates) -> Anchorer<'a> {
        Anchorer { gates, ..self }
    }

    pub fn chars(&self) -> &CharIndex {
        &self.chars
    }

    /// The map of the text's folding, made at the first call.
    pub(crate) fn folded(&self) -> &FoldMap {
        self.folded.get_or_init(|| FoldMap::new(self.source))
    }

    /// The folded text as an approximate search reads it.
    pub(crate) fn searched(&self) -> FoldedSource<'_> {
        FoldedSource {
            map: self.folded(),
            source: self.source,
        }
    }

    /// Every place each of `patterns` (folded, not empty) occurs in the folded text, in
    /// folded bytes: the text is folded a stretch at a time, each stretch overlapping the
    /// one before by the longest pattern, so a place across two stretches is found once.
    fn find_exact(&self, patterns: &[&str]) -> Found {
        let map = self.folded();
        let search = MultiSearch::new(patterns);
        let longest = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        // Most quotes are found once: room for that, so the list is seldom grown.
        let mut found = Vec::with_capacity(patterns.len());
        // Places ending at or before `fresh` were found in the stretches before.
        let (mut from, mut fresh) = (0, 0);
        while fresh < map.len() {
            let (start, text) = map.text(self.source, from..fresh + STRETCH);
            search.search(&text, start, fresh, |i, place| found.push((i, place.start)));
            let end = start + text.len();
            if end <= fresh {
                break;
            }
            fresh = end;
            from = end.saturating_sub(longest);
        }
        found.sort_unstable();
        found.shrink_to_fit();
        Found(found)
    }

    /// Where each selector's quote is placed (`None`: not placed), in the order given:
    /// [`Anchorer::anchor_all`] without the rest of each anchoring.
    pub fn places(&self, selectors: &[&QuoteSelector]) -> Vec<Option<std::ops::Range<usize>>> {
        self.anchor_all(selectors)
            .into_iter()
            .map(|a| a.range)
            .collect()
    }

    /// Places every selector: the position hints first, then every remaining quote
    /// searched for exactly in one pass over the text ([`find_all`]), so the cost grows
    /// with the text plus the quotes, not with the text times the quotes; approximate
    /// search only for the quotes that need it.
    pub fn anchor_all(&self, selectors: &[&QuoteSelector]) -> Vec<Anchoring> {
        let quotes: Vec<Cow<str>> = selectors.iter().map(|s| fold_cow(&s.exact)).collect();
        let mut results: Vec<Option<Anchoring>> = selectors
            .iter()
            .zip(&quotes)
            .map(|(selector, quote)| self.at_hint(selector, quote))
            .collect();
        // Each different quote still to place is one pattern, however many selectors share it.
        // Counted first: grown by doubling, the list would hold twice its room at the end.
        let unplaced = |(quote, result): &(&Cow<str>, &Option<Anchoring>)| {
            result.is_none() && !quote.is_empty()
        };
        let mut patterns: Vec<&str> =
            Vec::with_capacity(quotes.iter().zip(&results).filter(unplaced).count());
        patterns.extend(
            (quotes.iter().zip(&results))
                .filter(unplaced)
                .map(|(quote, _)| &**quote),
        );
        patterns.sort_unstable();
        patterns.dedup();
        let found = if patterns.is_empty() {
            Found::default()
        } else {
            self.find_exact(&patterns)
        };
        for ((result, selector), quote) in results.iter_mut().zip(selectors).zip(&quotes) {
            if result.is_none() {
                let exact = match patterns.binary_search(&&**quote) {
                    Ok(pattern) => found.places(pattern, quote.len()),
                    Err(_) => Vec::new(),
                };
                *result = Some(self.choose(selector, quote, &exact));
            }
        }
        results
            .into_iter()
            .map(|r| r.unwrap_or_else(Anchoring::not_found))
            .collect()
    }

    /// The quote where its position hint says, if the text there is still the quote.
    fn at_hint(&self, selector: &QuoteSelector, quote: &str) -> Option<Anchoring> {
        at_hint(self.source, &self.chars, selector, quote)
    }

    /// Picks among a quote's exact places (`exact`, in folded bytes), adding approximate
    /// ones when there are none or their context fits badly, and applies both gates.
    fn choose(&self, selector: &QuoteSelector, quote: &str, exact: &[Range<usize>]) -> Anchoring {
        if quote.is_empty() {
            return Anchoring::not_found();
        }
        let prefix = fold(&selector.prefix);
        let suffix = fold(&selector.suffix);
        let hint = selector.position.map(|p| p.start);
        // The common case: one exact place, no hint to disagree with, context that fits.
        if let [only] = exact
            && hint.is_none()
            && self.context_similarity(only, &prefix, &suffix) >= CONTEXT_TRUSTED
        {
            return Anchoring::placed(
                self.folded().source_range(only.clone()),
                AnchorStatus::Exact { candidates: 1 },
            );
        }
        let mut pool: Vec<Candidate> = exact
            .iter()
            .map(|range| Candidate {
                range: range.clone(),
                similarity: 1.0,
                score: 0.0,
            })
            .collect();
        let context_fits = exact
            .iter()
            .any(|r| self.context_similarity(r, &prefix, &suffix) >= CONTEXT_TRUSTED);
        let mut refused: Option<Candidate> = None;
        if exact.is_empty() || !context_fits {
            for candidate in self.approximate(quote, exact) {
                if self.gates.refuse_lookalikes
                    && self.contradicted(&candidate.range, &prefix, &suffix)
                {
                    if refused
                        .as_ref()
                        .is_none_or(|r| candidate.similarity > r.similarity)
                    {
                        refused = Some(candidate);
                    }
                } else {
                    pool.push(candidate);
                }
            }
        }
        for candidate in &mut pool {
            candidate.score = self.score(candidate, &prefix, &suffix, hint);
        }
        pool.sort_by(|a, b| b.score.total_cmp(&a.score));
        let Some(best) = pool.first() else {
            return Anchoring {
                refused: refused.map(|r| {
                    Box::new(Refused {
                        context: (
                            per_mille(self.prefix_similarity(&r.range, &prefix)),
                            per_mille(self.suffix_similarity(&r.range, &suffix)),
                        ),
                        range: self.folded().source_range(r.range),
                        similarity: per_mille(r.similarity),
                    })
                }),
                ..Anchoring::not_found()
            };
        };
        let margin = self.gates.min_margin;
        if let Some(second) = pool.get(1)
            && best.score - second.score < margin.max(f64::EPSILON)
        {
            let close = pool
                .iter()
                .filter(|c| best.score - c.score < margin.max(f64::EPSILON))
                .take(4)
                .map(|c| self.folded().source_range(c.range.clone()))
                .collect();
            return Anchoring {
                range: None,
                status: AnchorStatus::Ambiguous {
                    candidates: pool.len(),
                },
                alternatives: close,
                refused: None,
            };
        }
        let status = if best.similarity < 1.0 {
            AnchorStatus::Approximate {
                similarity: per_mille(best.similarity),
            }
        } else if hint.is_some() {
            AnchorStatus::Moved {
                candidates: exact.len(),
            }
        } else {
            AnchorStatus::Exact {
                candidates: exact.len(),
            }
        };
        Anchoring::placed(self.folded().source_range(best.range.clone()), status)
    }
}

/// Where the exact search found the patterns: (pattern, folded start) pairs, sorted,
/// one list for all of them (a list per pattern cost a small allocation each).
#[derive(Default)]
struct Found(Vec<(usize, usize)>);

impl Found {
    /// The places of pattern `pattern` (`len` bytes long) in order of position.
    fn places(&self, pattern: usize, len: usize) -> Vec<Range<usize>> {
        let first = self.0.partition_point(|&(p, _)| p < pattern);
        self.0[first..]
            .iter()
            .take_while(|&&(p, _)| p == pattern)
            .map(|&(_, start)| start..start + len)
            .collect()
    }
}

/// How many folded bytes of the article are made at a time for the exact search.
pub const STRETCH: usize = 1 << 20;

/// An article's folded text, read through its [`FoldMap`] a stretch at a time.
pub(crate) struct FoldedSource<'a> {
    map: &'a FoldMap,
    source: &'a str,
}

impl FoldedSource<'_> {
    /// The whole characters of folded bytes `range`, and the folded byte where they begin.
    pub(crate) fn text(&self, range: Range<usize>) -> (usize, String) {
        self.map.text(self.source, range)
    }
}

impl Searched for FoldedSource<'_> {
    fn each_char(&self, visit: &mut dyn FnMut(usize, char) -> bool) {
        let mut from = 0;
        while from < self.map.len() {
            let (start, text) = self.text(from..from + STRETCH);
            for (at, ch) in text.char_indices() {
                if !visit(start + at, ch) {
                    return;
                }
            }
            let end = start + text.len();
            if end <= from {
                return;
            }
            from = end;
        }
    }

    fn window(&self, range: Range<usize>) -> (usize, std::borrow::Cow<'_, str>) {
        let (start, text) = self.text(range);
        (start, std::borrow::Cow::Owned(text))
    }
}

/// The quote (`quote`, folded) where `selector`'s position hint says, if the text of
/// `source` there is still the quote: a cost in the quote's length, with `chars` (the
/// character index of `source`) turning the hint's characters into bytes.
fn at_hint(
    source: &str,
    chars: &CharIndex,
    selector: &QuoteSelector,
    quote: &str,
) -> Option<Anchoring> {
    let position = selector.position?;
    if quote.is_empty() || position.end < position.start {
        return None;
    }
    let start = chars.byte_of(source, position.start)?;
    let end = chars.byte_of(source, position.end)?;
    let text = source.get(start..end)?;
    (fold(text) == quote).then(|| {
        let trimmed = start + (text.len() - text.trim_start().len());
        let range = trimmed..(end - (text.len() - text.trim_end().len())).max(trimmed);
        Anchoring::placed(range, AnchorStatus::Exact { candidates: 1 })
    })
}

/// Places a few selectors in `source` (whose character index is `chars`) exactly as
/// [`Anchorer::anchor_all`] would among any others: each quote whose position hint
/// still points at it costs only the quote's length; the rest are searched for in one
/// pass over the text (an [`Anchorer`] is built only when one is left).
pub(crate) fn anchor_few(
    source: &str,
    chars: &CharIndex,
    selectors: &[&QuoteSelector],
) -> Vec<Anchoring> {
    let mut results: Vec<Option<Anchoring>> = selectors
        .iter()
        .map(|selector| at_hint(source, chars, selector, &fold(&selector.exact)))
        .collect();
    let rest: Vec<&QuoteSelector> = selectors
        .iter()
        .zip(&results)
        .filter(|(_, result)| result.is_none())
        .map(|(selector, _)| *selector)
        .collect();
    if !rest.is_empty() {
        let mut found = Anchorer::new(source).anchor_all(&rest).into_iter();
        for result in results.iter_mut().filter(|r| r.is_none()) {
            *result = found.next();
        }
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(Anchoring::not_found))
        .collect()
}

/// A similarity (0 to 1) per mille, rounded down.
fn per_mille(similarity: f64) -> u16 {
    (similarity * 1000.0).floor() as u16
}

/// Places one selector in `source` (for tests and tools; the reader anchors a whole file
/// at once with [`Anchorer::anchor_all`]).
pub fn anchor(source: &str, selector: &QuoteSelector) -> Anchoring {
    Anchorer::new(source)
        .anchor_all(&[selector])
        .pop()
        .unwrap_or_else(Anchoring::not_found)
}

#[cfg(test)]
mod tests;
