//! Making a large [`Edit`] to the reader's [`Document`] at once: the changes made to the claims in file order, then the reading order, spans, warnings and counts built again in one pass, so an edit of many changes (`D`'s drafts merged, or their undoing) costs in proportion to the document, not to the changes times the document.

use super::edit::{Applied, Shift, no_claim, no_response};
use super::index::Indexed;
use super::{Claim, Document, Response};
use crate::chunked::Chunked;
use crate::claims::ClaimEntry;
use crate::claims::change::{Change, Edit, Misfit};

/// From how many changes an edit is made at once rather than change by change. Below it
/// each change costs a pass over the spans and claims' numbers; from it the whole edit
/// costs one rebuild (a sort of the claims and spans).
pub(super) const AT_ONCE: usize = 64;

/// Claim `at` of `file`, or the misfit that names it among `count` claims.
fn claim_at(
    file: &mut Chunked<Box<Claim>>,
    at: usize,
    count: usize,
) -> Result<&mut Box<Claim>, Misfit> {
    file.get_mut(at).ok_or_else(|| no_claim(at, count))
}

impl Document {
    /// [`Document::apply_edit`] for an edit of [`AT_ONCE`] changes or more, when the
    /// document shows none of the page's own fact-checks: the same document and the same
    /// inverse, each change's [`Applied`] saying the claims were renumbered wholesale
    /// ([`Shift::Renumbered`]). `None` when the edit is not made this way (the caller
    /// makes it change by change).
    ///
    /// # Errors
    /// The first change's [`Misfit`], the same as change by change; the document is
    /// unchanged then.
    pub(super) fn apply_at_once(
        &mut self,
        edit: &Edit,
    ) -> Option<Result<(Edit, Vec<Applied>), Misfit>> {
        if edit.changes.len() < AT_ONCE || self.page_shown > 0 {
            return None;
        }
        let mut file: Vec<Option<Box<Claim>>> = Vec::new();
        file.resize_with(self.claims.len(), || None);
        for claim in std::mem::take(&mut self.claims).into_boxes() {
            let at = claim.file_index;
            file[at] = Some(claim);
        }
        let mut file = Chunked::new(file.into_iter().flatten().collect());
        let mut inverses: Vec<Change> = Vec::with_capacity(edit.changes.len());
        let mut failed = None;
        for change in &edit.changes {
            match self.change_in(&mut file, change) {
                Ok(inverse) => inverses.push(inverse),
                Err(misfit) => {
                    // The exact inverse of a change just made always fits.
                    for inverse in inverses.iter().rev() {
                        let _ = self.change_in(&mut file, inverse);
                    }
                    failed = Some(misfit);
                    break;
                }
            }
        }
        self.rebuild(file.into_vec());
        if let Some(misfit) = failed {
            return Some(Err(misfit));
        }
        let applied = inverses
            .iter()
            .map(|inverse| Applied {
                inverse: inverse.clone(),
                claim: None,
                response: None,
                shift: Shift::Renumbered,
            })
            .collect();
        inverses.reverse();
        Some(Ok((
            Edit {
                changes: inverses,
                what: edit.what.clone(),
            },
            applied,
        )))
    }

    /// Makes `change` to `file` (the claims in file order, their indices and
    /// reading order not kept while the edit is made) and to [`Document::rejected`];
    /// returns its inverse, as [`Change::apply_to`] gives it.
    fn change_in(
        &mut self,
        file: &mut Chunked<Box<Claim>>,
        change: &Change,
    ) -> Result<Change, Misfit> {
        let count = file.len();
        Ok(match change {
            Change::AddClaim { at, entry } => {
                if *at > count {
                    return Err(no_claim(*at, count));
                }
                file.insert(*at, Box::new(self.new_claim(entry, 0)));
                Change::RemoveClaim { at: *at }
            }
            Change::RemoveClaim { at } => {
                if *at >= count {
                    return Err(no_claim(*at, count));
                }
                let claim = file.remove(*at);
                Change::AddClaim {
                    at: *at,
                    entry: claim.to_entry(),
                }
            }
            Change::SetClaim { at, entry } => {
                let selector = &claim_at(file, *at, count)?.entry.selector;
                let anchoring =
                    (selector != &entry.selector).then(|| self.anchored_alone(&entry.selector));
                let claim = claim_at(file, *at, count)?;
                if let Some(anchoring) = anchoring {
                    claim.anchoring = anchoring;
                }
                let old = claim.replace_entry(ClaimEntry {
                    responses: Vec::new(),
                    ..entry.clone()
                });
                Change::SetClaim {
                    at: *at,
                    entry: old,
                }
            }
            Change::AddResponse { claim, at, entry } => {
                let len = claim_at(file, *claim, count)?.responses.len();
                if *at > len {
                    return Err(no_response(*claim, *at, len));
                }
                let anchoring = self.anchored_alone(&entry.selector);
                claim_at(file, *claim, count)?.responses.insert(
                    *at,
                    Response {
                        entry: entry.clone(),
                        anchoring,
                    },
                );
                Change::RemoveResponse {
                    claim: *claim,
                    at: *at,
                }
            }
            Change::RemoveResponse { claim, at } => {
                let responses = &mut claim_at(file, *claim, count)?.responses;
                if *at >= responses.len() {
                    return Err(no_response(*claim, *at, responses.len()));
                }
                Change::AddResponse {
                    claim: *claim,
                    at: *at,
                    entry: responses.remove(*at).entry,
                }
            }
            Change::SetResponse { claim, at, entry } => {
                let responses = &claim_at(file, *claim, count)?.responses;
                let Some(old) = responses.get(*at) else {
                    return Err(no_response(*claim, *at, responses.len()));
                };
                let anchoring = if old.entry.selector == entry.selector {
                    old.anchoring.clone()
                } else {
                    self.anchored_alone(&entry.selector)
                };
                let old = std::mem::replace(
                    &mut claim_at(file, *claim, count)?.responses[*at],
                    Response {
                        entry: entry.clone(),
                        anchoring,
                    },
                );
                Change::SetResponse {
                    claim: *claim,
                    at: *at,
                    entry: old.entry,
                }
            }
            Change::AddRejected { .. } | Change::RemoveRejected { .. } => {
                change.apply_to(&mut Vec::<ClaimEntry>::new(), &mut self.rejected)?
            }
        })
    }

    /// Makes `file` (every claim, in file order) the document's claims, in reading
    /// order, with everything kept beside them built again; the warnings the loader
    /// added after the quote warnings stay.
    #[expect(clippy::vec_box, reason = "the document's own list, moved in")]
    fn rebuild(&mut self, mut file: Vec<Box<Claim>>) {
        for (at, claim) in file.iter_mut().enumerate() {
            claim.file_index = at;
        }
        let quote_warnings = self.owners.problems.len() + self.owners.hidden.len();
        let others = self
            .warnings
            .split_off(quote_warnings.min(self.warnings.len()));
        let Indexed {
            claims,
            spans,
            starts,
            mut warnings,
            owners,
            anchored,
            drafts,
            tally,
        } = Indexed::new(&self.article, file);
        warnings.extend(others);
        self.claims = claims;
        self.spans = spans;
        self.starts = starts;
        self.warnings = warnings;
        self.owners = owners;
        self.anchored = anchored;
        self.drafts = drafts;
        self.tally = tally;
    }
}
