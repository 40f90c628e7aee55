//! Making one [`Change`] to the reader's [`Document`] in place: the claim's quote anchored
//! alone, the claim moved in reading order, and spans, warnings and counts kept exactly as
//! [`Document::new`] would make them, without rebuilding anything else.
//!
//! Cost of one change: anchoring its quotes (the quote's length when its position hint
//! still points at it; one pass over the text otherwise), binary searches in the claims
//! and spans (the claims' by the starts kept beside them), a chunk of spans moved per span
//! (`spans`) and a chunk of claims' pointers per claim moved (`claim_list`). Spans name their claims by file index and the claims' places in
//! reading order are found by binary search, so a claim inserted or removed in reading
//! order renumbers nothing; only a claim inserted or removed in the middle of the file
//! (not at its end, where the forms add them) moves the later claims' and spans' file
//! indices, a pass over small numbers. Nothing is formatted or compared per claim except
//! for the claims that have quote warnings.

use std::sync::OnceLock;

use super::spans::FileSpan;
use super::{Claim, Document, Response, hidden_warnings, problem_warning, subject};
use crate::anchor::char_index::CharIndex;
use crate::anchor::{Anchoring, anchor_few};
use crate::claims::change::{Change, Edit, Misfit};
use crate::claims::{ClaimEntry, QuoteSelector};
use crate::warning::Warning;

/// What applying a change did, for undo and for the reader's selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// The change that undoes it (as [`Change::apply_to`] gives it).
    pub inverse: Change,
    /// The reading index, after the change, of the claim it added, changed or whose
    /// responses it changed; `None` when it removed a claim or touched only the rejected
    /// quotes.
    pub claim: Option<usize>,
    /// The response it added or changed (its index in that claim), if any.
    pub response: Option<usize>,
    /// How every other claim's reading index moved.
    pub shift: Shift,
}

/// How reading indices moved in one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Every claim kept its reading index.
    None,
    /// A claim was inserted at reading index `at`: those from `at` on moved one later.
    Inserted { at: usize },
    /// The claim at reading index `at` was removed: those after it moved one earlier.
    Removed { at: usize },
    /// The claim at reading index `from` moved to `to` (its quote moved); those between
    /// moved one place to fill the gap.
    Moved { from: usize, to: usize },
    /// The claims were put in reading order again all at once (an edit of many changes,
    /// [`Document::apply_edit`]): no claim's index after can be told from its index before.
    Renumbered,
}

impl Shift {
    /// The reading index after the change of the claim that had reading index `before`;
    /// `None` for the removed claim.
    pub fn index_after(self, before: usize) -> Option<usize> {
        match self {
            Shift::None => Some(before),
            Shift::Renumbered => None,
            Shift::Inserted { at } => Some(if before >= at { before + 1 } else { before }),
            Shift::Removed { at } => match before.cmp(&at) {
                std::cmp::Ordering::Less => Some(before),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(before - 1),
            },
            Shift::Moved { from, to } => {
                if before == from {
                    return Some(to);
                }
                let without = if before > from { before - 1 } else { before };
                Some(if without >= to { without + 1 } else { without })
            }
        }
    }
}

/// Whom the quote warnings at the head of [`Document::warnings`] are about: first one
/// warning per claim whose quote has a problem (`problems`, reading indices, ascending),
/// then the hidden-character warnings (`hidden`, claim and response, ascending).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct WarningOwners {
    pub(super) problems: Vec<usize>,
    pub(super) hidden: Vec<(usize, Option<usize>)>,
}

/// The body's character index, built the first time a position hint is looked up; a
/// cache, so two documents are equal whether or not theirs is built yet.
#[derive(Debug, Clone, Default)]
pub(super) struct LazyChars(OnceLock<CharIndex>);

impl PartialEq for LazyChars {
    fn eq(&self, _: &LazyChars) -> bool {
        true
    }
}

/// The order of [`Document::spans`]: by start, a claim's own quote before responses,
/// then by claim in reading order (its start, from `starts`, then its file index) and by
/// response.
pub(super) fn span_key(starts: &[usize], span: &FileSpan) -> (usize, bool, usize, u32, u32) {
    (
        span.range.start,
        span.response != FileSpan::OWN,
        starts[span.file()],
        span.file,
        span.response,
    )
}

/// Whether `span` comes before the span of key `key` in [`span_key`] order: its claim's
/// start (a read in `starts`, 8 bytes a claim, far from the span) is read only when the
/// spans' starts are the same, so a binary search reads it at a step or two, not each.
fn span_before(starts: &[usize], span: &FileSpan, key: &(usize, bool, usize, u32, u32)) -> bool {
    match span.range.start.cmp(&key.0) {
        std::cmp::Ordering::Equal => span_key(starts, span) < *key,
        order => order.is_lt(),
    }
}

pub(super) fn no_claim(at: usize, count: usize) -> Misfit {
    Misfit(format!("there is no claim {} (of {count})", at + 1))
}

pub(super) fn no_response(claim: usize, at: usize, count: usize) -> Misfit {
    Misfit(format!(
        "claim {} has no response {} (it has {count})",
        claim + 1,
        at + 1
    ))
}

impl Document {
    /// The reading index of claim `file_index` (its place in the claims file), if there
    /// is such a claim: a binary search in the claims by reading order.
    pub fn reading_index(&self, file_index: usize) -> Option<usize> {
        let key = (*self.starts.get(file_index)?, file_index);
        let index = self.claims.reading_place(key);
        debug_assert_eq!(
            self.claims.get(index).map(|c| c.file_index),
            Some(file_index)
        );
        Some(index)
    }

    /// Every claim, in file order (one pass over the claims).
    pub(super) fn in_file_order(&self) -> impl Iterator<Item = &Claim> {
        let mut in_file: Vec<Option<&Claim>> = vec![None; self.claims.len()];
        for claim in &self.claims {
            in_file[claim.file_index] = Some(claim);
        }
        in_file.into_iter().flatten()
    }

    /// The claims as the file lists them, responses included: what [`Document::new`]
    /// was given, after every change applied since.
    /// The claims of the page's own fact-checks ([`Document::add_page_claims`]) are not
    /// the file's and are left out.
    pub fn entries(&self) -> Vec<ClaimEntry> {
        self.in_file_order()
            .filter(|c| !c.from_page)
            .map(Claim::to_entry)
            .collect()
    }

    /// Makes `change` (claims counted in file order) to the document in place: the same
    /// document [`Document::new`] would make from the entries [`Change::apply_to`]
    /// gives, with [`Document::rejected`] changed the same way, at the cost of anchoring
    /// the changed quotes alone.
    ///
    /// # Errors
    /// [`Misfit`] (the same as [`Change::apply_to`] gives) when the claim or response
    /// named is not there; the document is unchanged then.
    pub fn apply(&mut self, change: &Change) -> Result<Applied, Misfit> {
        let count = self.claims.len();
        let at_file = |at: usize| {
            (at < count)
                .then(|| self.reading_index(at))
                .flatten()
                .ok_or_else(|| no_claim(at, count))
        };
        match change {
            Change::AddClaim { at, entry } => {
                if *at > count {
                    return Err(no_claim(*at, count));
                }
                let index = self.add_claim(*at, entry);
                Ok(Applied {
                    inverse: Change::RemoveClaim { at: *at },
                    claim: Some(index),
                    response: None,
                    shift: Shift::Inserted { at: index },
                })
            }
            Change::RemoveClaim { at } => {
                let index = at_file(*at)?;
                let claim = self.take_claim(index);
                self.starts.remove(*at);
                self.shift_file_indices(*at + 1, -1);
                Ok(Applied {
                    inverse: Change::AddClaim {
                        at: *at,
                        entry: claim.to_entry(),
                    },
                    claim: None,
                    response: None,
                    shift: Shift::Removed { at: index },
                })
            }
            Change::SetClaim { at, entry } => {
                let index = at_file(*at)?;
                let (old, to) = self.set_claim(index, entry);
                Ok(Applied {
                    inverse: Change::SetClaim {
                        at: *at,
                        entry: old,
                    },
                    claim: Some(to),
                    response: None,
                    shift: if to == index {
                        Shift::None
                    } else {
                        Shift::Moved { from: index, to }
                    },
                })
            }
            Change::AddResponse { claim, at, entry } => {
                let index = at_file(*claim)?;
                let len = self.claims[index].responses.len();
                if *at > len {
                    return Err(no_response(*claim, *at, len));
                }
                let anchoring = self.anchored_alone(&entry.selector);
                self.unindex_claim(index);
                self.claims[index].responses.insert(
                    *at,
                    Response {
                        entry: entry.clone(),
                        anchoring,
                    },
                );
                self.index_claim(index);
                Ok(response_applied(
                    Change::RemoveResponse {
                        claim: *claim,
                        at: *at,
                    },
                    index,
                    Some(*at),
                ))
            }
            Change::RemoveResponse { claim, at } => {
                let index = at_file(*claim)?;
                let len = self.claims[index].responses.len();
                if *at >= len {
                    return Err(no_response(*claim, *at, len));
                }
                self.unindex_claim(index);
                let removed = self.claims[index].responses.remove(*at);
                self.index_claim(index);
                Ok(response_applied(
                    Change::AddResponse {
                        claim: *claim,
                        at: *at,
                        entry: removed.entry,
                    },
                    index,
                    None,
                ))
            }
            Change::SetResponse { claim, at, entry } => {
                let index = at_file(*claim)?;
                let len = self.claims[index].responses.len();
                let Some(old) = self.claims[index].responses.get(*at) else {
                    return Err(no_response(*claim, *at, len));
                };
                let anchoring = if old.entry.selector == entry.selector {
                    old.anchoring.clone()
                } else {
                    self.anchored_alone(&entry.selector)
                };
                self.unindex_claim(index);
                let old = std::mem::replace(
                    &mut self.claims[index].responses[*at],
                    Response {
                        entry: entry.clone(),
                        anchoring,
                    },
                );
                self.index_claim(index);
                Ok(response_applied(
                    Change::SetResponse {
                        claim: *claim,
                        at: *at,
                        entry: old.entry,
                    },
                    index,
                    Some(*at),
                ))
            }
            Change::AddRejected { .. } | Change::RemoveRejected { .. } => {
                let inverse = change.apply_to(&mut Vec::<ClaimEntry>::new(), &mut self.rejected)?;
                Ok(Applied {
                    inverse,
                    claim: None,
                    response: None,
                    shift: Shift::None,
                })
            }
        }
    }

    /// Makes every change of `edit` in order and returns the edit that undoes it (the
    /// inverses in reverse order, with the same words), and what each change did. An
    /// edit of many changes (64 or more: `D`'s drafts merged, or their undoing) is made
    /// at once: its changes to the claims in file order, then the reading order and what
    /// is kept beside it built again (its changes' [`Applied`] then say
    /// [`Shift::Renumbered`]), so it costs the document's size once rather than once a
    /// change.
    ///
    /// # Errors
    /// The first change's [`Misfit`]; the changes made before it are undone, so the
    /// document is unchanged then.
    pub fn apply_edit(&mut self, edit: &Edit) -> Result<(Edit, Vec<Applied>), Misfit> {
        if let Some(done) = self.apply_at_once(edit) {
            return done;
        }
        let mut applied: Vec<Applied> = Vec::with_capacity(edit.changes.len());
        for change in &edit.changes {
            match self.apply(change) {
                Ok(done) => applied.push(done),
                Err(misfit) => {
                    for done in applied.iter().rev() {
                        // The exact inverse of a change just made always fits.
                        let _ = self.apply(&done.inverse);
                    }
                    return Err(misfit);
                }
            }
        }
        let inverse = Edit {
            changes: applied.iter().rev().map(|a| a.inverse.clone()).collect(),
            what: edit.what.clone(),
        };
        Ok((inverse, applied))
    }

    /// The selector of a new quote at `range` (bytes of the body): its exact words, and
    /// the prefix, suffix and position `check --fix` would write for it, so it anchors
    /// exactly at once. Costs the quote's length and its context's, once the body's
    /// character index is built (the first time, one pass over the body).
    pub fn selector_for(&self, range: std::ops::Range<usize>) -> QuoteSelector {
        let body = &self.article.body;
        let range = range.start.min(body.len())..range.end.min(body.len());
        let chars = self.chars.0.get_or_init(|| CharIndex::new(body));
        let (prefix, suffix, position) = crate::anchor::hints(body, chars, range.clone());
        // As the claims file is read back: a quote is one line (a paragraph break in it
        // is read as spaces, which anchor at the same place), so the reader holds what a
        // reload would give.
        let clean = |text: &str| crate::sanitize::clean_quote(text).into_owned();
        QuoteSelector {
            exact: clean(body.get(range).unwrap_or_default()).into(),
            prefix: clean(&prefix).into(),
            suffix: clean(&suffix).into(),
            position: Some(position),
        }
    }

    /// Places these selectors as [`Document::new`] would, each on its own: by its
    /// position hint in the length of its quote when the hint still points at it.
    pub(super) fn anchor_alone(&self, selectors: &[&QuoteSelector]) -> Vec<Anchoring> {
        let body = &self.article.body;
        let chars = self.chars.0.get_or_init(|| CharIndex::new(body));
        anchor_few(body, chars, selectors)
    }

    /// A new claim of `entry` at file index `file_index`, its quote and its responses'
    /// anchored alone (by their position hints where they still point at them).
    pub(super) fn new_claim(&self, entry: &ClaimEntry, file_index: usize) -> Claim {
        let selectors: Vec<&QuoteSelector> = std::iter::once(&entry.selector)
            .chain(entry.responses.iter().map(|r| &r.selector))
            .collect();
        let mut anchorings = self.anchor_alone(&selectors).into_iter();
        let anchoring = anchorings.next().unwrap_or_else(Anchoring::not_found);
        let responses = (entry.responses.iter().zip(anchorings))
            .map(|(r, anchoring)| Response {
                entry: r.clone(),
                anchoring,
            })
            .collect();
        let entry = ClaimEntry {
            responses: Vec::new(),
            ..entry.clone()
        };
        Claim::new(entry, anchoring, responses, file_index)
    }

    /// One quote anchored alone, as [`Document::new_claim`] anchors each.
    pub(super) fn anchored_alone(&self, selector: &QuoteSelector) -> Anchoring {
        self.anchor_alone(&[selector])
            .pop()
            .unwrap_or_else(Anchoring::not_found)
    }

    /// Inserts `entry` as claim `at` of the file; returns its reading index.
    pub(super) fn add_claim(&mut self, at: usize, entry: &ClaimEntry) -> usize {
        let claim = self.new_claim(entry, at);
        // The claims from `at` on in the file move one later there (none for a claim
        // added at the end, as the forms add them).
        self.shift_file_indices(at, 1);
        // The start is filled in by `put_claim`.
        self.starts.insert(at, usize::MAX);
        self.put_claim(Box::new(claim))
    }

    /// The claims from file index `from` on, and their spans, have their file index moved
    /// by `delta`: a pass over the claims and one over the spans, skipped when no claim
    /// is that late in the file (a claim added or removed at the file's end).
    fn shift_file_indices(&mut self, from: usize, delta: isize) {
        if from >= self.claims.len() + usize::from(delta < 0) {
            return;
        }
        for claim in self.claims.iter_mut() {
            if claim.file_index >= from {
                claim.file_index = claim.file_index.saturating_add_signed(delta);
            }
        }
        let from = u32::try_from(from).unwrap_or(u32::MAX);
        self.spans.for_each_mut(|span| {
            if span.file >= from {
                span.file = span.file.saturating_add_signed(delta as i32);
            }
        });
    }

    /// Gives the claim at reading index `index` the fields of `entry` (its responses
    /// stay); returns its old fields (without responses) and its new reading index.
    fn set_claim(&mut self, index: usize, entry: &ClaimEntry) -> (ClaimEntry, usize) {
        let entry = ClaimEntry {
            responses: Vec::new(),
            ..entry.clone()
        };
        let claim = &self.claims[index];
        let anchoring = if claim.entry.selector == entry.selector {
            claim.anchoring.clone()
        } else {
            self.anchored_alone(&entry.selector)
        };
        let same_place = anchoring.range.as_ref().map(|r| r.start) == claim.start();
        if same_place {
            self.unindex_claim(index);
            let claim = &mut self.claims[index];
            claim.anchoring = anchoring;
            let old = claim.replace_entry(entry);
            self.index_claim(index);
            return (old, index);
        }
        let mut claim = self.take_claim(index);
        claim.anchoring = anchoring;
        let old = claim.replace_entry(entry);
        (old, self.put_claim(claim))
    }

    /// Puts `claim` in its place in reading order (its file index already right, the
    /// other claims' file indices too); returns its reading index.
    fn put_claim(&mut self, claim: Box<Claim>) -> usize {
        let key = claim.reading_key();
        let index = self.claims.reading_place(key);
        let (file_index, start) = (claim.file_index, claim.start());
        self.claims.insert(index, claim);
        self.renumber(index + 1, 1);
        self.starts[file_index] = start.unwrap_or(usize::MAX);
        self.anchored += usize::from(start.is_some());
        self.index_claim(index);
        index
    }

    /// Takes the claim at reading index `index` out of reading order, its spans and
    /// warnings with it (file indices are left to the caller).
    fn take_claim(&mut self, index: usize) -> Box<Claim> {
        self.unindex_claim(index);
        let claim = self.claims.remove(index);
        self.renumber(index, -1);
        self.anchored -= usize::from(claim.start().is_some());
        claim
    }

    /// After a claim was inserted or removed: the claims now from reading index `from`
    /// on had the index `delta` less. Only their quote warnings say so (they name claims
    /// by reading index): spans and the file-order map name claims by file index.
    fn renumber(&mut self, from: usize, delta: isize) {
        // Their indices before: from `from - delta` on.
        let old_from = from.saturating_add_signed(-delta);
        let shift = |index: &mut usize| *index = index.saturating_add_signed(delta);
        let problems = self.owners.problems.partition_point(|&c| c < old_from);
        for at in problems..self.owners.problems.len() {
            shift(&mut self.owners.problems[at]);
            let index = self.owners.problems[at];
            rename(&mut self.warnings[at], index, &self.claims[index], None);
        }
        let base = self.owners.problems.len();
        let hidden = self.owners.hidden.partition_point(|&(c, _)| c < old_from);
        for at in hidden..self.owners.hidden.len() {
            shift(&mut self.owners.hidden[at].0);
            let (index, response) = self.owners.hidden[at];
            rename(
                &mut self.warnings[base + at],
                index,
                &self.claims[index],
                response,
            );
        }
    }

    /// Removes the spans, warnings, drafts' count and tally of the claim at reading index `index`.
    fn unindex_claim(&mut self, index: usize) {
        self.drafts -= self.claims[index].drafts();
        self.tally.count_claim(&self.claims[index], false);
        for span in claim_spans(&self.claims[index]) {
            let key = span_key(&self.starts, &span);
            let at = self
                .spans
                .partition_point(|s| span_before(&self.starts, s, &key));
            debug_assert_eq!(self.spans.get(at), Some(&span));
            self.spans.remove(at);
        }
        let at = self.owners.problems.partition_point(|&c| c < index);
        if self.owners.problems.get(at) == Some(&index) {
            self.owners.problems.remove(at);
            self.warnings.remove(at);
        }
        let base = self.owners.problems.len();
        let first = self.owners.hidden.partition_point(|&(c, _)| c < index);
        let end = self.owners.hidden.partition_point(|&(c, _)| c <= index);
        self.owners.hidden.drain(first..end);
        self.warnings.drain(base + first..base + end);
    }

    /// Adds the spans, warnings, drafts' count and tally of the claim at reading index `index`.
    fn index_claim(&mut self, index: usize) {
        self.drafts += self.claims[index].drafts();
        self.tally.count_claim(&self.claims[index], true);
        let claim = &self.claims[index];
        let spans = claim_spans(claim);
        let problem = problem_warning(index, claim);
        let hidden = hidden_warnings(&self.article, index, claim);
        for span in spans {
            let key = span_key(&self.starts, &span);
            let at = self
                .spans
                .partition_point(|s| span_before(&self.starts, s, &key));
            self.spans.insert(at, span);
        }
        if let Some(warning) = problem {
            let at = self.owners.problems.partition_point(|&c| c < index);
            self.owners.problems.insert(at, index);
            self.warnings.insert(at, warning);
        }
        let base = self.owners.problems.len();
        let first = self.owners.hidden.partition_point(|&(c, _)| c < index);
        for (n, (response, warning)) in hidden.into_iter().enumerate() {
            self.owners.hidden.insert(first + n, (index, response));
            self.warnings.insert(base + first + n, warning);
        }
    }
}

/// The spans of `claim`: its quote's and its responses', naming it by file index.
fn claim_spans(claim: &Claim) -> Vec<FileSpan> {
    let own = std::iter::once((None, &claim.anchoring.range));
    let responses =
        (claim.responses.iter().enumerate()).map(|(r, x)| (Some(r), &x.anchoring.range));
    own.chain(responses)
        .filter_map(|(response, range)| {
            Some(FileSpan::new(range.clone()?, claim.file_index, response))
        })
        .collect()
}

/// Gives a quote warning the name of the claim (or response) it is about at its new
/// reading index.
fn rename(warning: &mut Warning, index: usize, claim: &Claim, response: Option<usize>) {
    if let Warning::Quote { subject: s, .. } = warning {
        *s = subject(index, claim, response);
    }
}

fn response_applied(inverse: Change, claim: usize, response: Option<usize>) -> Applied {
    Applied {
        inverse,
        claim: Some(claim),
        response,
        shift: Shift::None,
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
