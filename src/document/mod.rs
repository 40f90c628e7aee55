//! An article with its claims anchored in it, in reading order, and the rule for the current claim.

mod batch;
mod claim_list;
pub mod edit;
pub(crate) mod fix;
pub mod generate;
mod index;
mod page;
pub mod plain;
pub mod source;
mod spans;
pub mod tally;

use std::ops::Range;

use crate::anchor::{Anchorer, Anchoring};
use crate::article::Article;
use crate::claims::verdict::VerdictClass;
use crate::claims::{ClaimEntry, QuoteSelector, ResponseEntry, Stance};
use crate::warning::Warning;
pub use claim_list::ClaimList;

/// A claim placed (or not) in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The claim as the file gives it; its responses are in `responses`, not here. Changed
    /// only through [`Document::apply`], which keeps the claim's verdict class with it.
    pub entry: ClaimEntry,
    pub anchoring: Anchoring,
    pub responses: Vec<Response>,
    /// Its place in the claims file (0 is the first `[[claim]]`), kept right by
    /// [`Document::apply`]; [`Document::reading_index`] goes the other way.
    pub file_index: usize,
    /// Whether the claim comes from the page's own fact-checks (schema.org ClaimReview
    /// in the page) rather than the claims file: shown, not saved, until the reader
    /// saves the page's fact-checks into the file ([`Document::add_page_claims`]).
    pub from_page: bool,
    /// How its verdict ([`ClaimEntry::verdict_text`]) reads, classed once when the claim is
    /// loaded or its fields change ([`Document::apply`] keeps it), so that drawing, which
    /// colours a claim on every scrollbar row, reads a byte. One byte beside `from_page`,
    /// in room the claim's alignment leaves, so a claim is no larger for it.
    verdict_class: Option<VerdictClass>,
}

/// A response placed (or not) in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub entry: ResponseEntry,
    pub anchoring: Anchoring,
}

/// A stretch of the article that belongs to a claim: its own quote, or one of its
/// responses; `claim` is the claim's reading index (the document keeps its spans naming
/// claims by file index, and gives them out so: [`Document::spans_overlapping`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub claim: usize,
    pub response: Option<usize>,
}

/// Everything the reader shows. Claims are in reading order: anchored claims by
/// their place in the text, then the claims that could not be placed, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub article: Article,
    /// In chunks of boxes, each chunk with its claims' starts beside it, so that inserting
    /// or removing one moves a chunk's pointers and a search by start reads no claim
    /// ([`ClaimList`]); read as a list (`claims[i]`, `len`, `iter`, `get`).
    pub claims: ClaimList,
    /// Every anchored claim and response quote, sorted by start (then a claim's own quote
    /// before responses, then by claim in reading order and by response), each naming its
    /// claim by file index, in chunks: see [`Document::spans`].
    spans: spans::SpanList,
    /// Problems worth telling the reader about, one sentence each: first the quote
    /// warnings [`Document::new`] finds (kept up to date by [`Document::apply`]), then
    /// any the loader adds.
    pub warnings: Vec<Warning>,
    /// The remembered quotes of rejected drafts (the claims file's `rejected` list),
    /// oldest first; empty unless the loader fills it.
    pub rejected: Vec<String>,
    /// Every fact-check the web page carries (schema.org ClaimReview in it), as entries
    /// in the page's order, whether shown or already in the claims file: kept so that the
    /// ones the file lacks can be shown again when an undo takes them out of it
    /// ([`Document::show_page_offer`]). Empty for any other article.
    pub page_offer: Vec<ClaimEntry>,
    /// How many claims shown are the page's own fact-checks ([`Claim::from_page`]).
    page_shown: usize,
    /// How many claims have a place in the text (they come first in `claims`).
    anchored: usize,
    /// For each claim in file order, its quote's start (`usize::MAX` when it has no place):
    /// with its file index, its place in reading order ([`Claim::reading_key`]), so a
    /// claim's reading index is found by binary search ([`Document::reading_index`]) and
    /// a claim inserted or removed in reading order moves no number here.
    starts: Vec<usize>,
    /// Whom the quote warnings at the head of `warnings` are about.
    owners: edit::WarningOwners,
    /// The body's character index, built on first use (placing a quote by its hint).
    chars: edit::LazyChars,
    /// How many claims and responses are drafts (`draft = true`), kept by
    /// [`Document::apply`] so the status bar does not count them every frame.
    drafts: usize,
    /// The people and verdicts of the claims, counted (kept by [`Document::apply`]).
    tally: tally::Tally,
}

impl Claim {
    /// A claim from the file's `entry` (whose own `responses` the claim does not read:
    /// they are `responses`), placed by `anchoring`, at `file_index` in the claims file;
    /// its verdict is classed here.
    pub(crate) fn new(
        entry: ClaimEntry,
        anchoring: Anchoring,
        responses: Vec<Response>,
        file_index: usize,
    ) -> Claim {
        let verdict_class = entry.verdict_text().map(VerdictClass::of);
        Claim {
            entry,
            anchoring,
            responses,
            file_index,
            from_page: false,
            verdict_class,
        }
    }

    /// How the claim's verdict reads, if it has one ([`ClaimEntry::verdict_text`]).
    pub fn verdict_class(&self) -> Option<VerdictClass> {
        self.verdict_class
    }

    /// Gives the claim the fields of `entry` (its responses stay in `responses`) and
    /// classes its verdict; returns the old fields.
    pub(crate) fn replace_entry(&mut self, entry: ClaimEntry) -> ClaimEntry {
        self.verdict_class = entry.verdict_text().map(VerdictClass::of);
        std::mem::replace(&mut self.entry, entry)
    }

    /// The claim as the file gave it, responses included.
    pub fn to_entry(&self) -> ClaimEntry {
        ClaimEntry {
            responses: self.responses.iter().map(|r| r.entry.clone()).collect(),
            ..self.entry.clone()
        }
    }

    pub fn start(&self) -> Option<usize> {
        self.anchoring.range.as_ref().map(|r| r.start)
    }

    /// Where the claim goes in reading order: by its quote's start (unplaced claims
    /// last), then by its place in the file.
    pub(crate) fn reading_key(&self) -> (usize, usize) {
        (self.start().unwrap_or(usize::MAX), self.file_index)
    }

    /// How many of the claim and its responses are drafts waiting for review.
    pub(crate) fn drafts(&self) -> usize {
        usize::from(self.entry.draft.is_some())
            + self
                .responses
                .iter()
                .filter(|r| r.entry.draft.is_some())
                .count()
    }

    /// How many responses take each stance, in [`Stance::ALL`] order, leaving out zeros.
    pub fn tally(&self) -> Vec<(Stance, usize)> {
        Stance::ALL
            .iter()
            .map(|&s| {
                (
                    s,
                    self.responses
                        .iter()
                        .filter(|r| r.entry.stance == s)
                        .count(),
                )
            })
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// How a warning names claim `index` (reading order, from 0) or, with `response`, one of
/// its responses: `claim 3 "c3"`, `claim 3 "c3", response 2 (Jane Doe)`.
fn subject(index: usize, claim: &Claim, response: Option<usize>) -> String {
    let name = format!("claim {} \"{}\"", index + 1, claim.entry.id);
    match response.and_then(|r| Some((r, claim.responses.get(r)?))) {
        None => name,
        Some((r, response)) => format!("{name}, response {} ({})", r + 1, response.entry.expert),
    }
}

/// The warning about placing claim `index`'s quote, if it has a problem.
fn problem_warning(index: usize, claim: &Claim) -> Option<Warning> {
    Some(Warning::Quote {
        problem: claim.anchoring.problem()?,
        subject: subject(index, claim, None),
    })
}

/// A warning for the claim (at reading index `index`) and each of its responses whose
/// stretch of the article holds a zero-width space or word joiner, each with the
/// response it is about (`None` for the claim): the body keeps them unmarked (they are
/// line-break rules in running text), so where a quote could hide something behind one
/// the reader says so, naming the first one's place.
fn hidden_warnings(
    article: &Article,
    index: usize,
    claim: &Claim,
) -> Vec<(Option<usize>, Warning)> {
    let first_hidden = |range: &Option<Range<usize>>| {
        let range = range.as_ref()?;
        let text = article.body.get(range.clone())?;
        let (at, ch) = text
            .char_indices()
            .find(|&(_, c)| matches!(c, '\u{200B}' | '\u{2060}'))?;
        let mark = if ch == '\u{200B}' {
            "⟨ZWSP⟩"
        } else {
            "⟨WJ⟩"
        };
        Some(format!(
            "the text it quotes holds an invisible character {mark} at {}",
            article.place(range.start + at)
        ))
    };
    let own = std::iter::once((None, &claim.anchoring.range));
    let responses =
        (claim.responses.iter().enumerate()).map(|(r, x)| (Some(r), &x.anchoring.range));
    own.chain(responses)
        .filter_map(|(response, range)| {
            let problem = first_hidden(range)?;
            Some((
                response,
                Warning::Quote {
                    subject: subject(index, claim, response),
                    problem,
                },
            ))
        })
        .collect()
}

/// Moves each entry, with its anchoring and its responses' (`anchorings` holds one per
/// claim, then one per response of it, in file order), into a boxed [`Claim`], in file
/// order. Taken from the back, and both lists given back to the allocator as they
/// empty (a shrink of a large block is the kernel unmapping pages, not a copy): built
/// front to back, the entries' list (208 bytes a claim) and the anchorings (64 bytes a
/// quote) were held whole until the last box was made, which set the load's peak
/// (about 9 MB at 20 MB). A missing anchoring counts as not found.
#[expect(
    clippy::vec_box,
    reason = "the document's own list: a claim inserted or removed moves a pointer per later claim"
)]
fn boxed_claims(mut entries: Vec<ClaimEntry>, mut anchorings: Vec<Anchoring>) -> Vec<Box<Claim>> {
    let count: usize = entries.iter().map(|e| 1 + e.responses.len()).sum();
    anchorings.resize_with(count, Anchoring::not_found);
    let mut claims: Vec<Box<Claim>> = Vec::with_capacity(entries.len());
    while let Some(mut entry) = entries.pop() {
        let first_response = anchorings.len() - entry.responses.len();
        // The responses move to the claim's own list (the entry keeps none).
        let responses = std::mem::take(&mut entry.responses)
            .into_iter()
            .zip(anchorings.drain(first_response..))
            .map(|(entry, anchoring)| Response { entry, anchoring })
            .collect();
        let anchoring = anchorings.pop().unwrap_or_else(Anchoring::not_found);
        claims.push(Box::new(Claim::new(
            entry,
            anchoring,
            responses,
            entries.len(),
        )));
        give_back(&mut entries);
        give_back(&mut anchorings);
    }
    claims.reverse();
    claims
}

/// Shrinks `list` to its length once an eighth of its room is unused and that room is
/// at least 64 KiB, so a list emptied from the back is given back in about 40 steps
/// whatever its length (each a shrink in place).
fn give_back<T>(list: &mut Vec<T>) {
    let spare = (list.capacity() - list.len()) * std::mem::size_of::<T>();
    if spare >= 64 * 1024 && spare * 8 >= list.capacity() * std::mem::size_of::<T>() {
        list.shrink_to_fit();
    }
}

impl Document {
    /// Anchors every claim and response of `entries` in `article`.
    pub fn new(article: Article, entries: Vec<ClaimEntry>) -> Document {
        // Every claim's quote, then its responses' quotes, anchored in one pass (the
        // anchorer's map of the folded text is dropped as soon as it is done).
        let count = entries.iter().map(|e| 1 + e.responses.len()).sum();
        let mut selectors: Vec<&QuoteSelector> = Vec::with_capacity(count);
        for e in &entries {
            selectors.push(&e.selector);
            selectors.extend(e.responses.iter().map(|r| &r.selector));
        }
        let anchorings = Anchorer::new(&article.body).anchor_all(&selectors);
        drop(selectors);
        let claims = boxed_claims(entries, anchorings);
        let index::Indexed {
            claims,
            spans,
            starts,
            warnings,
            owners,
            anchored,
            drafts,
            tally,
        } = index::Indexed::new(&article, claims);
        Document {
            anchored,
            article,
            claims,
            spans,
            warnings,
            rejected: Vec::new(),
            page_offer: Vec::new(),
            page_shown: 0,
            starts,
            owners,
            chars: edit::LazyChars::default(),
            drafts,
            tally,
        }
    }

    /// The people and verdicts the claims name, counted.
    pub fn tally(&self) -> &tally::Tally {
        &self.tally
    }

    /// How many drafted entries (claims and responses with `draft = true`) wait for
    /// review; kept as edits are made, so it costs nothing to ask.
    pub fn drafts_to_review(&self) -> usize {
        self.drafts
    }

    /// How many claims have a place in the text (they come first in `claims`).
    pub fn anchored_count(&self) -> usize {
        self.anchored
    }

    /// Every anchored claim and response quote, sorted by start (a claim's own quote
    /// before responses at the same start), each with its claim's reading index. Costs a
    /// binary search in the claims per span given.
    pub fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.spans.iter().map(|s| self.span_of(s))
    }

    /// The span `span` as it is given out: its claim by reading index.
    fn span_of(&self, span: &spans::FileSpan) -> Span {
        Span {
            range: span.range.clone(),
            claim: self.claim_of(span),
            response: span.response(),
        }
    }

    /// The reading index of the claim of `span`.
    fn claim_of(&self, span: &spans::FileSpan) -> usize {
        let index = self.reading_index(span.file());
        debug_assert!(index.is_some(), "a span's claim is in the document");
        index.unwrap_or_default()
    }

    /// The spans that overlap `range` (or, for an empty range, contain its start), in
    /// order, as the document keeps them.
    fn overlapping(&self, range: Range<usize>) -> impl Iterator<Item = &spans::FileSpan> {
        let end = self
            .spans
            .partition_point(|s| s.range.start < range.end.max(range.start + 1));
        let first = self.spans.first_reaching(range.start);
        self.spans
            .range(first.min(end)..end)
            .filter(move |s| s.range.end > range.start)
    }

    /// The spans that overlap `range` (or, for an empty range, contain its start), in order.
    pub fn spans_overlapping(&self, range: Range<usize>) -> impl Iterator<Item = Span> + '_ {
        self.overlapping(range).map(|s| self.span_of(s))
    }

    /// The index of the first span starting at `start`.
    fn first_span_at(&self, start: usize) -> usize {
        self.spans.partition_point(|s| s.range.start < start)
    }

    /// The current claim for a cursor at byte `cursor` on a screen line covering `line`.
    ///
    /// The rule, in order: the claim whose quote, or one of whose responses' quotes,
    /// contains the cursor (the latest-starting such stretch; a claim's own quote wins
    /// a tie); else the first such stretch that starts later on the cursor's line;
    /// else the nearest stretch that starts before the cursor; else none.
    pub fn current_claim(&self, cursor: usize, line: Range<usize>) -> Option<usize> {
        // Latest-starting stretch that contains the cursor; among stretches that start at
        // the same place (sorted claim quote first) the first that contains it.
        let latest = self
            .overlapping(cursor..cursor)
            .map(|s| s.range.start)
            .max();
        if let Some(start) = latest {
            return self
                .spans
                .range(self.first_span_at(start)..self.spans.len())
                .find(|s| cursor < s.range.end)
                .map(|s| self.claim_of(s));
        }
        let starts_after = self.spans.partition_point(|s| s.range.start <= cursor);
        if let Some(later) = self.spans.get(starts_after)
            && later.range.start < line.end
        {
            return Some(self.claim_of(later));
        }
        let nearest_start = self.spans.get(starts_after.checked_sub(1)?)?.range.start;
        Some(self.claim_of(self.spans.get(self.first_span_at(nearest_start))?))
    }

    /// The claim that `n` goes to from a cursor at `cursor` whose current claim is `current`.
    pub fn next_claim(&self, cursor: usize, current: Option<usize>) -> Option<usize> {
        let anchored = self.anchored;
        if let Some(c) = current
            && self.claims[c].start() == Some(cursor)
        {
            return (c + 1 < anchored).then_some(c + 1);
        }
        let after = (self.claims.partition_by_start(|s| s <= cursor)).min(anchored);
        (after < anchored).then_some(after)
    }

    /// The claim that `p` goes to from a cursor at `cursor` whose current claim is `current`.
    pub fn prev_claim(&self, cursor: usize, current: Option<usize>) -> Option<usize> {
        if let Some(c) = current
            && self.claims[c].start() == Some(cursor)
        {
            return c.checked_sub(1);
        }
        (self.claims.partition_by_start(|s| s < cursor))
            .min(self.anchored)
            .checked_sub(1)
    }

    /// Every claim whose quote starts inside `range`, in the text's order.
    pub fn claims_starting_in(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let first = (self.claims.partition_by_start(|s| s < range.start)).min(self.anchored);
        (first..self.anchored).take_while(move |&i| self.claims[i].start() < Some(range.end))
    }

    /// The claim whose quote starts inside `range`, if any (the first such).
    pub fn claim_starting_in(&self, range: Range<usize>) -> Option<usize> {
        let first = (self.claims.partition_by_start(|s| s < range.start)).min(self.anchored);
        (first < self.anchored && self.claims[first].start() < Some(range.end)).then_some(first)
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[path = "boxing_tests.rs"]
mod boxing_tests;
