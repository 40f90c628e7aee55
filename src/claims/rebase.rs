//! Moving changes made to one version of a claims file onto another (the file changed on disk meanwhile): each change's claim found again by its id, each response by its expert and quote, never by its place alone.

use crate::claims::ClaimEntry;
use crate::claims::change::{Change, Misfit};

/// The changes `changes`, made in order to the entries `base` (file order), moved onto
/// `now` (the same file as another writer left it): a claim is named by its id there, a
/// response by its claim, its expert and its quote, and a new entry goes after the one it
/// followed in `base` (at the end when that one is gone). Returns the moved changes, in
/// order, and for each change that no longer fits (its claim or response is gone, or a
/// new claim's id is taken) why. Rejected quotes move as they are.
pub fn rebase(
    changes: &[Change],
    base: &[ClaimEntry],
    now: &[ClaimEntry],
) -> (Vec<Change>, Vec<Misfit>) {
    let mut old = base.to_vec();
    let mut new = now.to_vec();
    let (mut old_rejected, mut new_rejected) = (Vec::new(), Vec::new());
    let mut moved = Vec::new();
    let mut misfits = Vec::new();
    for change in changes {
        match translate(change, &old, &new) {
            Ok(translated) => match translated.apply_to(&mut new, &mut new_rejected) {
                Ok(_) => moved.push(translated),
                Err(misfit) => misfits.push(misfit),
            },
            Err(misfit) => misfits.push(misfit),
        }
        // The old version goes on as it went, whatever became of the change here.
        let _ = change.apply_to(&mut old, &mut old_rejected);
    }
    (moved, misfits)
}

/// Claim `at` of `old`, found in `new` by its id.
fn claim_in(old: &[ClaimEntry], new: &[ClaimEntry], at: usize) -> Result<usize, Misfit> {
    let id = &old
        .get(at)
        .ok_or_else(|| Misfit(format!("there is no claim {}", at + 1)))?
        .id;
    new.iter()
        .position(|c| &c.id == id)
        .ok_or_else(|| Misfit(format!("claim {id} is no longer in the file")))
}

/// Response `at` of claim `claim` of `old`, found in claim `to` of `new` by its expert
/// and quote.
fn response_in(
    old: &[ClaimEntry],
    new: &[ClaimEntry],
    claim: usize,
    to: usize,
    at: usize,
) -> Result<usize, Misfit> {
    let response = old[claim].responses.get(at).ok_or_else(|| {
        Misfit(format!(
            "claim {} has no response {}",
            old[claim].id,
            at + 1
        ))
    })?;
    new[to]
        .responses
        .iter()
        .position(|r| r.expert == response.expert && r.selector.exact == response.selector.exact)
        .ok_or_else(|| {
            Misfit(format!(
                "{}'s response to claim {} is no longer in the file",
                response.expert, old[claim].id
            ))
        })
}

/// `change`, made to `old`, as the same change to `new`.
fn translate(change: &Change, old: &[ClaimEntry], new: &[ClaimEntry]) -> Result<Change, Misfit> {
    Ok(match change {
        Change::AddClaim { at, entry } => {
            if new.iter().any(|c| c.id == entry.id) {
                return Err(Misfit(format!(
                    "a claim with the id {} is in the file already",
                    entry.id
                )));
            }
            let after = at
                .checked_sub(1)
                .and_then(|before| claim_in(old, new, before).ok())
                .map_or(new.len(), |i| i + 1);
            let at = if *at == 0 { 0 } else { after };
            Change::AddClaim {
                at,
                entry: entry.clone(),
            }
        }
        Change::RemoveClaim { at } => Change::RemoveClaim {
            at: claim_in(old, new, *at)?,
        },
        Change::SetClaim { at, entry } => Change::SetClaim {
            at: claim_in(old, new, *at)?,
            entry: entry.clone(),
        },
        Change::AddResponse { claim, at, entry } => {
            let to = claim_in(old, new, *claim)?;
            let after = at
                .checked_sub(1)
                .and_then(|before| response_in(old, new, *claim, to, before).ok())
                .map_or(new[to].responses.len(), |r| r + 1);
            Change::AddResponse {
                claim: to,
                at: if *at == 0 { 0 } else { after },
                entry: entry.clone(),
            }
        }
        Change::RemoveResponse { claim, at } => {
            let to = claim_in(old, new, *claim)?;
            Change::RemoveResponse {
                claim: to,
                at: response_in(old, new, *claim, to, *at)?,
            }
        }
        Change::SetResponse { claim, at, entry } => {
            let to = claim_in(old, new, *claim)?;
            Change::SetResponse {
                claim: to,
                at: response_in(old, new, *claim, to, *at)?,
                entry: entry.clone(),
            }
        }
        Change::AddRejected { .. } | Change::RemoveRejected { .. } => change.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Stance;

    use crate::claims::examples::response;

    fn claim(id: &str, responses: &[&str]) -> ClaimEntry {
        ClaimEntry {
            responses: responses
                .iter()
                .map(|e| response(e, Stance::Disputes))
                .collect(),
            ..crate::claims::examples::claim(id)
        }
    }

    #[test]
    fn a_response_changed_is_found_again_after_a_claim_was_put_before_it() {
        let base = vec![claim("a", &["Clarke", "Slavin"])];
        // Another writer put a claim with a response at the top.
        let now = vec![claim("top", &["Other"]), claim("a", &["Clarke", "Slavin"])];
        let change = Change::SetResponse {
            claim: 0,
            at: 1,
            entry: response("Slavin", Stance::Context),
        };
        let (moved, misfits) = rebase(&[change], &base, &now);
        assert!(misfits.is_empty(), "{misfits:?}");
        assert_eq!(
            moved,
            [Change::SetResponse {
                claim: 1,
                at: 1,
                entry: response("Slavin", Stance::Context)
            }]
        );
    }

    #[test]
    fn a_change_to_an_entry_another_writer_removed_is_not_made_anywhere_else() {
        let base = vec![claim("a", &["Clarke"]), claim("b", &["Slavin"])];
        let now = vec![claim("b", &["Slavin"])];
        let changes = [
            Change::SetResponse {
                claim: 0,
                at: 0,
                entry: response("Clarke", Stance::Context),
            },
            Change::RemoveClaim { at: 1 },
        ];
        let (moved, misfits) = rebase(&changes, &base, &now);
        assert_eq!(moved, [Change::RemoveClaim { at: 0 }]);
        assert_eq!(misfits.len(), 1);
        assert_eq!(misfits[0].0, "claim a is no longer in the file");
    }

    #[test]
    fn new_entries_follow_the_ones_they_followed() {
        let base = vec![claim("a", &["Clarke"]), claim("b", &[])];
        let now = vec![
            claim("b", &[]),
            claim("x", &[]),
            claim("a", &["New", "Clarke"]),
        ];
        let changes = [
            Change::AddClaim {
                at: 1,
                entry: claim("c", &[]),
            },
            Change::AddResponse {
                claim: 0,
                at: 1,
                entry: response("Lahoud", Stance::Supports),
            },
            Change::AddClaim {
                at: 0,
                entry: claim("x", &[]),
            },
        ];
        let (moved, misfits) = rebase(&changes, &base, &now);
        assert_eq!(
            moved[..2],
            [
                Change::AddClaim {
                    at: 3,
                    entry: claim("c", &[])
                },
                Change::AddResponse {
                    claim: 2,
                    at: 2,
                    entry: response("Lahoud", Stance::Supports)
                },
            ]
        );
        assert_eq!(misfits[0].0, "a claim with the id x is in the file already");
    }

    #[test]
    fn changes_made_in_turn_follow_each_other() {
        let base = vec![claim("a", &[])];
        let now = vec![claim("z", &[]), claim("a", &[])];
        let changes = [
            Change::AddResponse {
                claim: 0,
                at: 0,
                entry: response("Clarke", Stance::Disputes),
            },
            Change::SetResponse {
                claim: 0,
                at: 0,
                entry: response("Clarke", Stance::Supports),
            },
        ];
        let (moved, misfits) = rebase(&changes, &base, &now);
        assert!(misfits.is_empty(), "{misfits:?}");
        let mut entries = now.clone();
        for change in &moved {
            change.apply_to(&mut entries, &mut Vec::new()).unwrap();
        }
        assert_eq!(entries[1].responses[0].stance, Stance::Supports);
        assert!(entries[0].responses.is_empty());
    }
}
