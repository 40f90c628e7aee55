//! What a [`Document`](super::Document) derives from its claims: their reading order, the spans of their quotes, the quote warnings, the file-order map and the counts, built in one pass for a new document or after a large edit.

use super::claim_list::ClaimList;
use super::edit::{WarningOwners, span_key};
use super::spans::{FileSpan, SpanList};
use super::{Claim, hidden_warnings, problem_warning, tally};
use crate::anchor::Anchoring;
use crate::article::Article;
use crate::warning::Warning;

/// A document's claims in reading order and everything kept beside them, as
/// [`Document::new`](super::Document::new) makes them and
/// [`Document::apply`](super::Document::apply) keeps them.
pub(super) struct Indexed {
    /// Reading order: anchored claims by their quote's start, then by file order;
    /// unplaced claims last, in file order.
    pub(super) claims: ClaimList,
    /// Every anchored quote, in [`span_key`] order.
    pub(super) spans: SpanList,
    /// For each claim in file order, its quote's start (`usize::MAX` when unplaced).
    pub(super) starts: Vec<usize>,
    /// The quote warnings: a problem per claim that has one, then the hidden characters.
    pub(super) warnings: Vec<Warning>,
    pub(super) owners: WarningOwners,
    /// How many claims have a place in the text.
    pub(super) anchored: usize,
    /// How many claims and responses are drafts.
    pub(super) drafts: usize,
    pub(super) tally: tally::Tally,
}

impl Indexed {
    /// Puts `claims` (each with its file index set, the indices 0 to `claims.len() - 1`
    /// each once) in reading order and builds what is kept beside them. Costs a sort of
    /// the claims and of their spans, and a pass over each claim's quotes for hidden
    /// characters.
    #[expect(clippy::vec_box, reason = "the document's own list, moved in")]
    pub(super) fn new(article: &Article, mut claims: Vec<Box<Claim>>) -> Indexed {
        // Claims at the same place keep file order; unplaced claims go last.
        claims.sort_unstable_by_key(|c| c.reading_key());

        let mut warnings = Vec::new();
        let mut owners = WarningOwners::default();
        // Sized first: grown by doubling, a list of 70,000 spans holds room for as many
        // again, and both copies at the last step.
        let placed = |a: &Anchoring| usize::from(a.range.is_some());
        let span_count = claims
            .iter()
            .map(|c| {
                placed(&c.anchoring)
                    + c.responses
                        .iter()
                        .map(|r| placed(&r.anchoring))
                        .sum::<usize>()
            })
            .sum();
        let mut spans = Vec::with_capacity(span_count);
        // Room for the claims a session adds: the first one added would otherwise copy
        // the whole list (160 KB for 20,000 claims) in the keystroke that adds it.
        let mut starts = Vec::with_capacity(claims.len() + starts_room(claims.len()));
        starts.resize(claims.len(), usize::MAX);
        for (index, claim) in claims.iter().enumerate() {
            starts[claim.file_index] = claim.start().unwrap_or(usize::MAX);
            if let Some(warning) = problem_warning(index, claim) {
                warnings.push(warning);
                owners.problems.push(index);
            }
            if let Some(range) = &claim.anchoring.range {
                spans.push(FileSpan::new(range.clone(), claim.file_index, None));
            }
            for (r, response) in claim.responses.iter().enumerate() {
                if let Some(range) = &response.anchoring.range {
                    spans.push(FileSpan::new(range.clone(), claim.file_index, Some(r)));
                }
            }
        }
        for (index, claim) in claims.iter().enumerate() {
            for (response, warning) in hidden_warnings(article, index, claim) {
                warnings.push(warning);
                owners.hidden.push((index, response));
            }
        }
        // Every span's key is its own (claim and response), so an unstable sort gives the
        // same order without a buffer the size of the list.
        spans.sort_unstable_by_key(|s| span_key(&starts, s));
        let spans = SpanList::new(spans);
        let anchored = claims.iter().take_while(|c| c.start().is_some()).count();
        let drafts = claims.iter().map(|c| c.drafts()).sum();
        let mut tally = tally::Tally::default();
        for claim in &claims {
            tally.count_claim(claim, true);
        }
        Indexed {
            claims: ClaimList::new(claims),
            spans,
            starts,
            warnings,
            owners,
            anchored,
            drafts,
            tally,
        }
    }
}

/// Spare room kept at the end of the claims' starts for `claims` claims: a sixteenth of
/// them and at least 64, so that adding claims one at a time in a session copies the list
/// only after that many (8 bytes a claim: 10 KB at 20,000 claims).
fn starts_room(claims: usize) -> usize {
    (claims / 16).max(64)
}
