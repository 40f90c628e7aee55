//! The changes an edit makes to a claims file, entry by entry, in the file's own order: the one vocabulary the reader's state, the TOML file, undo and the journal share.

use crate::chunked::Chunked;
use crate::claims::{ClaimEntry, ResponseEntry};

/// One change to a claims file. Claims are counted in the order the file lists them
/// (0 is the first `[[claim]]`), responses in their claim's order; these are file
/// places, not the reader's reading order. Every change has an exact inverse, found
/// from the file before it is made (a removal's inverse holds what it removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Insert a claim, its responses with it, so that it becomes claim `at`
    /// (`at` may be the number of claims: at the end).
    AddClaim { at: usize, entry: ClaimEntry },
    /// Remove claim `at` and its responses.
    RemoveClaim { at: usize },
    /// Give claim `at` these fields; its responses stay as they are (the entry's
    /// `responses` are not used).
    SetClaim { at: usize, entry: ClaimEntry },
    /// Insert a response so that it becomes response `at` of claim `claim`.
    AddResponse {
        claim: usize,
        at: usize,
        entry: ResponseEntry,
    },
    /// Remove response `at` of claim `claim`.
    RemoveResponse { claim: usize, at: usize },
    /// Give response `at` of claim `claim` these fields.
    SetResponse {
        claim: usize,
        at: usize,
        entry: ResponseEntry,
    },
    /// Remember a rejected draft's quote (the file's top-level `rejected` list), so that
    /// drafting again does not bring it back.
    AddRejected { quote: String },
    /// Forget the last-added rejected quote equal to `quote`.
    RemoveRejected { quote: String },
}

/// What one user action does to the file: its changes, made in order, and a few words
/// for the status bar and the undo message ("new claim c10", "deleted Colin P. Clarke's
/// response"). Undoing it undoes the changes in reverse order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub changes: Vec<Change>,
    pub what: String,
}

impl Edit {
    /// An edit of one change.
    pub fn one(change: Change, what: impl Into<String>) -> Edit {
        Edit {
            changes: vec![change],
            what: what.into(),
        }
    }
}

/// A change that does not fit the file it is applied to: a claim or response that is
/// not there (the file changed since the change was made, or a journal is replayed on
/// another file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Misfit(pub String);

/// The claims of a file in file order, as [`Change::apply_to`] changes them: a `Vec`,
/// or a [`Chunked`] list where many changes are made at once (each insertion or
/// removal then moves at most a chunk, not every later claim).
pub trait ClaimList {
    /// How many claims there are.
    fn claim_count(&self) -> usize;
    /// Inserts `entry` so that it becomes claim `at` (`at` at most the count).
    fn insert_claim(&mut self, at: usize, entry: ClaimEntry);
    /// Removes and returns claim `at` (`at` below the count).
    fn remove_claim(&mut self, at: usize) -> ClaimEntry;
    /// Claim `at`, if there is one.
    fn claim_mut(&mut self, at: usize) -> Option<&mut ClaimEntry>;
}

impl ClaimList for Vec<ClaimEntry> {
    fn claim_count(&self) -> usize {
        self.len()
    }
    fn insert_claim(&mut self, at: usize, entry: ClaimEntry) {
        self.insert(at, entry);
    }
    fn remove_claim(&mut self, at: usize) -> ClaimEntry {
        self.remove(at)
    }
    fn claim_mut(&mut self, at: usize) -> Option<&mut ClaimEntry> {
        self.get_mut(at)
    }
}

impl ClaimList for Chunked<ClaimEntry> {
    fn claim_count(&self) -> usize {
        self.len()
    }
    fn insert_claim(&mut self, at: usize, entry: ClaimEntry) {
        self.insert(at, entry);
    }
    fn remove_claim(&mut self, at: usize) -> ClaimEntry {
        self.remove(at)
    }
    fn claim_mut(&mut self, at: usize) -> Option<&mut ClaimEntry> {
        self.get_mut(at)
    }
}

impl Change {
    /// Makes every change of `changes` in order to `file`'s entries and `rejected`, in
    /// a [`Chunked`] list, so that thousands of changes to a long file cost in proportion
    /// to the file: the entries after them, or the first change's [`Misfit`].
    ///
    /// # Errors
    /// The first change that does not fit.
    pub fn apply_all(
        changes: &[Change],
        file: Vec<ClaimEntry>,
        rejected: &mut Vec<String>,
    ) -> Result<Vec<ClaimEntry>, Misfit> {
        let mut claims = Chunked::new(file);
        for change in changes {
            change.apply_to(&mut claims, rejected)?;
        }
        Ok(claims.into_vec())
    }
}

impl Change {
    /// Makes the change to `claims` (in file order) and `rejected` (the remembered
    /// quotes of rejected drafts), and returns the change that undoes it. This is the
    /// meaning of every change; the reader's document and the TOML file follow it.
    ///
    /// # Errors
    /// [`Misfit`] when the claim or response named is not there (an index past the end);
    /// nothing is changed then.
    pub fn apply_to(
        &self,
        claims: &mut impl ClaimList,
        rejected: &mut Vec<String>,
    ) -> Result<Change, Misfit> {
        let claim_count = claims.claim_count();
        let no_claim =
            |at: usize| Misfit(format!("there is no claim {} (of {claim_count})", at + 1));
        Ok(match self {
            Change::AddClaim { at, entry } => {
                if *at > claim_count {
                    return Err(no_claim(*at));
                }
                claims.insert_claim(*at, entry.clone());
                Change::RemoveClaim { at: *at }
            }
            Change::RemoveClaim { at } => {
                if *at >= claim_count {
                    return Err(no_claim(*at));
                }
                let entry = claims.remove_claim(*at);
                Change::AddClaim { at: *at, entry }
            }
            Change::SetClaim { at, entry } => {
                let claim = claims.claim_mut(*at).ok_or_else(|| no_claim(*at))?;
                let responses = std::mem::take(&mut claim.responses);
                let old = std::mem::replace(
                    claim,
                    ClaimEntry {
                        responses,
                        ..entry.clone()
                    },
                );
                Change::SetClaim {
                    at: *at,
                    entry: ClaimEntry {
                        responses: Vec::new(),
                        ..old
                    },
                }
            }
            Change::AddResponse { claim, at, entry } => {
                let list = &mut claims
                    .claim_mut(*claim)
                    .ok_or_else(|| no_claim(*claim))?
                    .responses;
                if *at > list.len() {
                    return Err(no_response(*claim, *at, list.len()));
                }
                list.insert(*at, entry.clone());
                Change::RemoveResponse {
                    claim: *claim,
                    at: *at,
                }
            }
            Change::RemoveResponse { claim, at } => {
                let list = &mut claims
                    .claim_mut(*claim)
                    .ok_or_else(|| no_claim(*claim))?
                    .responses;
                if *at >= list.len() {
                    return Err(no_response(*claim, *at, list.len()));
                }
                Change::AddResponse {
                    claim: *claim,
                    at: *at,
                    entry: list.remove(*at),
                }
            }
            Change::SetResponse { claim, at, entry } => {
                let list = &mut claims
                    .claim_mut(*claim)
                    .ok_or_else(|| no_claim(*claim))?
                    .responses;
                let count = list.len();
                let slot = list
                    .get_mut(*at)
                    .ok_or_else(|| no_response(*claim, *at, count))?;
                Change::SetResponse {
                    claim: *claim,
                    at: *at,
                    entry: std::mem::replace(slot, entry.clone()),
                }
            }
            Change::AddRejected { quote } => {
                rejected.push(quote.clone());
                Change::RemoveRejected {
                    quote: quote.clone(),
                }
            }
            Change::RemoveRejected { quote } => {
                let at = rejected.iter().rposition(|q| q == quote).ok_or_else(|| {
                    Misfit(format!("\"{quote}\" is not among the rejected quotes"))
                })?;
                rejected.remove(at);
                Change::AddRejected {
                    quote: quote.clone(),
                }
            }
        })
    }
}

impl Change {
    /// The change in a few words, for a person deciding whether to recover it: "add
    /// claim home-base (Mike Pompeo): “new home base”", "remove response 2 of claim 3".
    /// Places are counted from 1, in file order.
    pub fn describe(&self) -> String {
        let quote = |q: &str| {
            let line = q.split_whitespace().collect::<Vec<_>>().join(" ");
            let cut: String = line.chars().take(50).collect();
            if cut.len() < line.len() {
                crate::quotation::quoted(&format!("{cut}…"))
            } else {
                crate::quotation::quoted(&cut)
            }
        };
        match self {
            Change::AddClaim { entry, .. } => format!(
                "add claim {} ({}): {}",
                entry.id,
                entry.claimant,
                quote(&entry.selector.exact)
            ),
            Change::RemoveClaim { at } => format!("remove claim {}", at + 1),
            Change::SetClaim { at, entry } => {
                format!("change claim {} ({})", at + 1, entry.id)
            }
            Change::AddResponse { claim, entry, .. } => format!(
                "add {}'s response ({}) to claim {}: {}",
                entry.expert,
                entry.stance,
                claim + 1,
                quote(&entry.selector.exact)
            ),
            Change::RemoveResponse { claim, at } => {
                format!("remove response {} of claim {}", at + 1, claim + 1)
            }
            Change::SetResponse { claim, at, entry } => format!(
                "change response {} of claim {} ({}, {})",
                at + 1,
                claim + 1,
                entry.expert,
                entry.stance
            ),
            Change::AddRejected { quote: q } => format!("remember the rejected draft {}", quote(q)),
            Change::RemoveRejected { quote: q } => {
                format!("forget the rejected draft {}", quote(q))
            }
        }
    }
}

/// [`Change::describe`] for `changes` made one after another on `entries` (the claims
/// file's, as the first change found it): one that names a claim or a response by its
/// place names it by its id too, as it stood when that change was made (`remove claim 12
/// (home-base)`, `remove response 2 of claim 3 (home-base, Colin P. Clarke)`); a place
/// with nothing there is described as [`Change::describe`] does.
pub fn describe_on(changes: &[Change], mut entries: Vec<ClaimEntry>) -> Vec<String> {
    let mut rejected = Vec::new();
    let mut said = Vec::with_capacity(changes.len());
    for change in changes {
        let claim = |at: &usize| entries.get(*at);
        let response = |c: &usize, r: &usize| {
            let claim = entries.get(*c)?;
            Some((claim, claim.responses.get(*r)?))
        };
        said.push(match change {
            Change::RemoveClaim { at } => match claim(at) {
                Some(claim) => format!("remove claim {} ({})", at + 1, claim.id),
                None => change.describe(),
            },
            Change::RemoveResponse { claim, at } => match response(claim, at) {
                Some((c, r)) => format!(
                    "remove response {} of claim {} ({}, {})",
                    at + 1,
                    claim + 1,
                    c.id,
                    r.expert
                ),
                None => change.describe(),
            },
            Change::AddResponse { claim: c, .. } => match claim(c) {
                Some(claim) => change.describe().replacen(
                    &format!(" to claim {}: ", c + 1),
                    &format!(" to claim {} ({}): ", c + 1, claim.id),
                    1,
                ),
                None => change.describe(),
            },
            Change::SetResponse {
                claim: c,
                at,
                entry,
            } => match claim(c) {
                Some(claim) => format!(
                    "change response {} of claim {} ({}: {}, {})",
                    at + 1,
                    c + 1,
                    claim.id,
                    entry.expert,
                    entry.stance
                ),
                None => change.describe(),
            },
            _ => change.describe(),
        });
        let _ = change.apply_to(&mut entries, &mut rejected);
    }
    said
}

fn no_response(claim: usize, at: usize, count: usize) -> Misfit {
    Misfit(format!(
        "claim {} has no response {} (it has {count})",
        claim + 1,
        at + 1
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Stance;

    use crate::claims::examples::claim;

    fn response(expert: &str) -> ResponseEntry {
        crate::claims::examples::response(expert, Stance::Disputes)
    }

    /// A recovery's list names each entry a change reaches by place by its id too, as it
    /// stood when that change was made (after the changes before it): a removal shifts
    /// the ids the next changes name; a place with nothing there is said as before.
    #[test]
    fn changes_described_on_the_file_name_their_entries_ids() {
        let mut with_response = claim("b");
        with_response.responses.push(response("E"));
        let start = vec![claim("a"), with_response, claim("c")];
        let changes = [
            Change::RemoveClaim { at: 0 },
            Change::RemoveResponse { claim: 0, at: 0 },
            Change::AddResponse {
                claim: 1,
                at: 0,
                entry: response("F"),
            },
            Change::SetResponse {
                claim: 1,
                at: 0,
                entry: response("G"),
            },
            Change::RemoveClaim { at: 7 },
        ];
        let said = describe_on(&changes, start);
        assert_eq!(said[0], "remove claim 1 (a)");
        assert_eq!(said[1], "remove response 1 of claim 1 (b, E)");
        assert!(
            said[2].starts_with("add F's response (disputes) to claim 2 (c): "),
            "{}",
            said[2]
        );
        assert_eq!(said[3], "change response 1 of claim 2 (c: G, disputes)");
        assert_eq!(said[4], changes[4].describe());
    }

    #[test]
    fn every_change_is_undone_by_its_inverse() {
        let mut with_response = claim("b");
        with_response.responses.push(response("E"));
        let start = vec![claim("a"), with_response];
        let changes = [
            Change::AddClaim {
                at: 1,
                entry: claim("x"),
            },
            Change::RemoveClaim { at: 1 },
            Change::SetClaim {
                at: 1,
                entry: claim("y"),
            },
            Change::AddResponse {
                claim: 1,
                at: 0,
                entry: response("F"),
            },
            Change::RemoveResponse { claim: 1, at: 0 },
            Change::SetResponse {
                claim: 1,
                at: 0,
                entry: response("G"),
            },
            Change::AddRejected { quote: "q".into() },
        ];
        for change in changes {
            let (mut claims, mut rejected) = (start.clone(), vec!["q".to_string()]);
            let inverse = change.apply_to(&mut claims, &mut rejected).unwrap();
            assert_ne!(
                (&claims, &rejected),
                (&start, &vec!["q".to_string()]),
                "{change:?}"
            );
            inverse.apply_to(&mut claims, &mut rejected).unwrap();
            assert_eq!(claims, start, "{change:?}");
            assert_eq!(rejected, ["q"], "{change:?}");
        }
    }

    #[test]
    fn setting_a_claim_keeps_its_responses() {
        let mut b = claim("b");
        b.responses.push(response("E"));
        let mut claims = vec![b];
        Change::SetClaim {
            at: 0,
            entry: claim("c"),
        }
        .apply_to(&mut claims, &mut Vec::new())
        .unwrap();
        assert_eq!(claims[0].id, "c");
        assert_eq!(claims[0].responses.len(), 1);
    }

    #[test]
    fn a_change_that_does_not_fit_changes_nothing_and_says_why() {
        let mut claims = vec![claim("a")];
        let misfits = [
            (Change::RemoveClaim { at: 1 }, "there is no claim 2 (of 1)"),
            (
                Change::AddClaim {
                    at: 2,
                    entry: claim("x"),
                },
                "there is no claim 3 (of 1)",
            ),
            (
                Change::RemoveResponse { claim: 0, at: 0 },
                "claim 1 has no response 1 (it has 0)",
            ),
            (
                Change::RemoveRejected { quote: "q".into() },
                "\"q\" is not among the rejected quotes",
            ),
        ];
        for (change, message) in misfits {
            let err = change.apply_to(&mut claims, &mut Vec::new()).unwrap_err();
            assert_eq!(err.0, message);
            assert_eq!(claims, [claim("a")]);
        }
    }
}
