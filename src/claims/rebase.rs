//! Moving changes made to one version of a claims file onto another (the file changed on disk meanwhile): each change's claim found again by its id, each response by its expert and quote, never by its place alone.

use crate::claims::change::{Change, Misfit};
use crate::claims::{ClaimEntry, ResponseEntry};

/// The changes `changes`, made in order to the entries `base` (file order), moved onto
/// `now` (the same file as another writer left it): a claim is named by its id there, a
/// response by its claim, its expert and its quote, and a new entry goes after the one it
/// followed in `base` (at the end when that one is gone). Returns the moved changes, in
/// order; for each change that no longer fits (its claim or response is gone, or a new
/// claim's id is taken) why; and what those changes had written, as claims (see
/// [`written`]), so that the caller can keep it for the user: nothing typed is dropped
/// because another writer moved the file on. A change to a claim whose own making did
/// not fit does not fit either (it would land on the other writer's claim of that id).
/// Rejected quotes move as they are.
pub fn rebase(
    changes: &[Change],
    base: &[ClaimEntry],
    now: &[ClaimEntry],
) -> (Vec<Change>, Vec<Misfit>, Vec<ClaimEntry>) {
    let mut old = base.to_vec();
    let mut new = now.to_vec();
    let (mut old_rejected, mut new_rejected) = (Vec::new(), Vec::new());
    let mut moved = Vec::new();
    let mut misfits = Vec::new();
    let mut unplaced: Vec<ClaimEntry> = Vec::new();
    let mut refused: Vec<crate::claims::Text> = Vec::new();
    for change in changes {
        let outcome = match refused_claim(change, &old, &refused) {
            Some(misfit) => Err(misfit),
            None => translate(change, &old, &new).and_then(|translated| {
                translated
                    .apply_to(&mut new, &mut new_rejected)
                    .map(|_| translated)
            }),
        };
        match outcome {
            Ok(translated) => moved.push(translated),
            Err(misfit) => {
                if let Change::AddClaim { entry, .. } = change {
                    refused.push(entry.id.clone());
                }
                keep(&mut unplaced, change, &old);
                misfits.push(misfit);
            }
        }
        // The old version goes on as it went, whatever became of the change here.
        let _ = change.apply_to(&mut old, &mut old_rejected);
    }
    (moved, misfits, unplaced)
}

/// The changes `changes`, made in order to the entries `old` and rejected quotes
/// `old_rejected`, moved one at a time onto `new` and `new_rejected` ([`rebase`]'s rule: a
/// claim by its id, a response by its expert and quote) and made on both as they go, so
/// that the two versions walk on together. Returns each moved change with the change that
/// undoes it on `new`, in order. Unlike [`rebase`], which makes an edit over what another
/// writer changed, a change here must take back nothing of theirs: an entry it removes is
/// there exactly as in `old`, a field it sets was not changed there to something else.
/// These are undos and redos of the reader's own edits.
///
/// # Errors
/// The first change that does not fit `new` (its claim or response is gone or was changed
/// there, two responses match it, or a new claim's id is taken there). The changes before
/// it have been made on both versions.
pub fn move_each(
    changes: &[Change],
    old: &mut Vec<ClaimEntry>,
    old_rejected: &mut Vec<String>,
    new: &mut Vec<ClaimEntry>,
    new_rejected: &mut Vec<String>,
) -> Result<Vec<(Change, Change)>, Misfit> {
    let mut moved = Vec::with_capacity(changes.len());
    for change in changes {
        let translated = translate(change, old, new)?;
        untouched(change, &translated, old, new)?;
        let undo = translated.apply_to(new, new_rejected)?;
        change.apply_to(old, old_rejected)?;
        moved.push((translated, undo));
    }
    Ok(moved)
}

/// `Ok` when `change` (made to `old`) takes nothing back from what another writer changed
/// in `new`, where `moved` (the same change there) acts: an entry it removes is there
/// exactly as in `old` (a claim with its responses); a field it sets was not changed there
/// to something else (fields the other writer changed and this change leaves are kept, as
/// [`rebase`] keeps them). Else why not.
fn untouched(
    change: &Change,
    moved: &Change,
    old: &[ClaimEntry],
    new: &[ClaimEntry],
) -> Result<(), Misfit> {
    let changed = |id: &crate::claims::Text| {
        Misfit(format!("claim {id} was changed by another writer since"))
    };
    match (change, moved) {
        (Change::RemoveClaim { at }, Change::RemoveClaim { at: to }) if old[*at] != new[*to] => {
            return Err(changed(&old[*at].id));
        }
        // A field both changed, each its own way: merged either way round, the two differ.
        (Change::SetClaim { at, entry }, Change::SetClaim { at: to, .. }) => {
            let (base, theirs) = (&old[*at], &new[*to]);
            // A claim's fields only: a set claim's responses are not the change's.
            let fields = |c: ClaimEntry| ClaimEntry {
                responses: Vec::new(),
                ..c
            };
            if fields(merge_claim(base, entry, theirs)) != fields(merge_claim(base, theirs, entry))
            {
                return Err(changed(&base.id));
            }
        }
        (
            Change::SetResponse { claim, at, entry },
            Change::SetResponse {
                claim: to, at: r, ..
            },
        ) => {
            let (base, theirs) = (&old[*claim].responses[*at], &new[*to].responses[*r]);
            if merge_response(base, entry, theirs) != merge_response(base, theirs, entry) {
                return Err(response_changed(base, &old[*claim].id));
            }
        }
        (Change::RemoveResponse { claim, at }, Change::RemoveResponse { claim: to, at: r })
            if old[*claim].responses[*at] != new[*to].responses[*r] =>
        {
            return Err(response_changed(
                &old[*claim].responses[*at],
                &old[*claim].id,
            ));
        }
        _ => {}
    }
    Ok(())
}

/// Another writer changed `response` of claim `id`.
fn response_changed(response: &ResponseEntry, id: &crate::claims::Text) -> Misfit {
    Misfit(format!(
        "{}'s response to claim {id} was changed by another writer since",
        response.expert
    ))
}

/// Why `change` cannot be moved when it touches a claim (of `old`) whose own adding was
/// refused: its id in the new file names another writer's claim.
fn refused_claim(
    change: &Change,
    old: &[ClaimEntry],
    refused: &[crate::claims::Text],
) -> Option<Misfit> {
    let at = match change {
        Change::RemoveClaim { at } | Change::SetClaim { at, .. } => *at,
        Change::AddResponse { claim, .. }
        | Change::RemoveResponse { claim, .. }
        | Change::SetResponse { claim, .. } => *claim,
        _ => return None,
    };
    let id = &old.get(at)?.id;
    refused.contains(id).then(|| {
        Misfit(format!(
            "claim {id} was not made again, so neither was this change to it"
        ))
    })
}

/// What `change` (made to `old`) wrote, as a claim that carries it, or `None` for a
/// change that wrote nothing (a removal, a rejected quote): a new claim as it is (with its
/// responses); a claim's new fields with the responses it had; a response under a copy
/// of its claim's fields (its id, claimant and quote) holding that one response.
pub fn written(change: &Change, old: &[ClaimEntry]) -> Option<ClaimEntry> {
    match change {
        Change::AddClaim { entry, .. } => Some(entry.clone()),
        Change::SetClaim { at, entry } => {
            let mut claim = entry.clone();
            claim.responses = old
                .get(*at)
                .map(|c| c.responses.clone())
                .unwrap_or_default();
            Some(claim)
        }
        Change::AddResponse { claim, entry, .. } | Change::SetResponse { claim, entry, .. } => {
            let mut holder = old.get(*claim)?.clone();
            holder.responses = vec![entry.clone()];
            Some(holder)
        }
        _ => None,
    }
}

/// Adds what `change` (made to `old`) wrote to `unplaced`: a claim already there by its
/// id takes the change's fields (the later change wins) and its responses are added after
/// the ones there, except that a response set anew replaces its earlier self.
fn keep(unplaced: &mut Vec<ClaimEntry>, change: &Change, old: &[ClaimEntry]) {
    let Some(kept) = written(change, old) else {
        return;
    };
    let Some(there) = unplaced.iter_mut().find(|c| c.id == kept.id) else {
        unplaced.push(kept);
        return;
    };
    let mut responses = std::mem::take(&mut there.responses);
    if let Change::SetResponse { claim, at, entry } = change {
        let before = old.get(*claim).and_then(|c| c.responses.get(*at));
        if let Some(slot) = responses.iter_mut().find(|r| Some(&**r) == before) {
            *slot = entry.clone();
        }
    }
    for response in &kept.responses {
        if !responses.contains(response) {
            responses.push(response.clone());
        }
    }
    *there = ClaimEntry { responses, ..kept };
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
    let candidates: Vec<usize> = (new[to].responses.iter().enumerate())
        .filter(|(_, r)| r.expert == response.expert && r.selector.exact == response.selector.exact)
        .map(|(i, _)| i)
        .collect();
    match candidates.as_slice() {
        [] => Err(Misfit(format!(
            "{}'s response to claim {} is no longer in the file",
            response.expert, old[claim].id
        ))),
        [one] => Ok(*one),
        // Two by the same expert on the same words (another writer's copy beside ours):
        // the one equal in every field, else none, never a guess.
        several => {
            let equal: Vec<usize> = (several.iter().copied())
                .filter(|&i| new[to].responses[i] == *response)
                .collect();
            match equal.as_slice() {
                [one] => Ok(*one),
                _ => Err(Misfit(format!(
                    "claim {} has {} by {} on those words now: which is meant cannot be told",
                    old[claim].id,
                    crate::text::plural(several.len(), "response"),
                    response.expert
                ))),
            }
        }
    }
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
        Change::SetClaim { at, entry } => {
            let to = claim_in(old, new, *at)?;
            Change::SetClaim {
                at: to,
                entry: merge_claim(&old[*at], entry, &new[to]),
            }
        }
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
            let r = response_in(old, new, *claim, to, *at)?;
            Change::SetResponse {
                claim: to,
                at: r,
                entry: merge_response(&old[*claim].responses[*at], entry, &new[to].responses[r]),
            }
        }
        Change::AddRejected { .. } | Change::RemoveRejected { .. } => change.clone(),
    })
}

/// A field as a three-way merge takes it: `ours` where this edit changed it from `base`,
/// else `theirs`, what the other writer left (changed or not).
fn field<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours == base { theirs } else { ours }.clone()
}

/// The claim an edit that turned `base` into `ours` makes of `theirs` (the same claim as
/// another writer left it): only the fields the edit changed are set, so accepting a draft
/// (which changes only its draft mark) keeps a claimant or a response changed on disk.
fn merge_claim(base: &ClaimEntry, ours: &ClaimEntry, theirs: &ClaimEntry) -> ClaimEntry {
    ClaimEntry {
        id: field(&base.id, &ours.id, &theirs.id),
        claimant: field(&base.claimant, &ours.claimant, &theirs.claimant),
        role: field(&base.role, &ours.role, &theirs.role),
        summary: field(&base.summary, &ours.summary, &theirs.summary),
        selector: field(&base.selector, &ours.selector, &theirs.selector),
        verdict: field(&base.verdict, &ours.verdict, &theirs.verdict),
        date: field(&base.date, &ours.date, &theirs.date),
        note: field(&base.note, &ours.note, &theirs.note),
        responses: field(&base.responses, &ours.responses, &theirs.responses),
        reviews: field(&base.reviews, &ours.reviews, &theirs.reviews),
        appearances: field(&base.appearances, &ours.appearances, &theirs.appearances),
        extra: field(&base.extra, &ours.extra, &theirs.extra),
        draft: field(&base.draft, &ours.draft, &theirs.draft),
    }
}

/// The response an edit that turned `base` into `ours` makes of `theirs`, field by field
/// as [`merge_claim`].
fn merge_response(
    base: &ResponseEntry,
    ours: &ResponseEntry,
    theirs: &ResponseEntry,
) -> ResponseEntry {
    ResponseEntry {
        expert: field(&base.expert, &ours.expert, &theirs.expert),
        affiliation: field(&base.affiliation, &ours.affiliation, &theirs.affiliation),
        stance: field(&base.stance, &ours.stance, &theirs.stance),
        selector: field(&base.selector, &ours.selector, &theirs.selector),
        source: field(&base.source, &ours.source, &theirs.source),
        draft: field(&base.draft, &ours.draft, &theirs.draft),
    }
}

#[cfg(test)]
#[path = "rebase_move_tests.rs"]
mod move_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Stance;

    use crate::claims::examples::response;

    /// A claim `id` holding a disputing response by each of `responses`.
    pub(super) fn claim(id: &str, responses: &[&str]) -> ClaimEntry {
        ClaimEntry {
            responses: responses
                .iter()
                .map(|e| response(e, Stance::Disputes))
                .collect(),
            ..crate::claims::examples::claim(id)
        }
    }

    #[test]
    fn an_edit_sets_only_the_fields_it_changed_and_keeps_what_another_writer_changed() {
        use crate::claims::DraftMark;
        let mut drafted = claim("a", &["Clarke", "Slavin"]);
        drafted.draft = Some(DraftMark { confidence: 60 });
        drafted.responses[1].draft = Some(DraftMark { confidence: 50 });
        let base = vec![drafted.clone()];
        // Here: the claim accepted (its draft mark gone), Slavin's stance changed.
        let mut accepted = drafted.clone();
        accepted.draft = None;
        let mut slavin = drafted.responses[1].clone();
        slavin.stance = Stance::Supports;
        let changes = [
            Change::SetClaim {
                at: 0,
                entry: accepted,
            },
            Change::SetResponse {
                claim: 0,
                at: 1,
                entry: slavin,
            },
        ];
        // On disk meanwhile: the claimant, a note and Slavin's affiliation changed.
        let mut theirs = drafted.clone();
        theirs.claimant = "Outside Writer".into();
        theirs.note = Some("checked by phone".into());
        theirs.responses[1].affiliation = Some("Georgetown".into());
        let now = vec![theirs];
        let (moved, misfits, _) = rebase(&changes, &base, &now);
        assert!(misfits.is_empty(), "{misfits:?}");
        let mut file = now.clone();
        for change in &moved {
            change.apply_to(&mut file, &mut Vec::new()).unwrap();
        }
        let c = &file[0];
        assert_eq!(c.claimant, "Outside Writer", "their claimant kept");
        assert_eq!(c.note.as_deref(), Some("checked by phone"));
        assert_eq!(c.draft, None, "our accepting made");
        assert_eq!(c.responses[1].affiliation.as_deref(), Some("Georgetown"));
        assert_eq!(c.responses[1].stance, Stance::Supports, "our stance made");
        assert_eq!(c.responses[1].draft, drafted.responses[1].draft);
        // Where both changed a field, the edit made here wins, as before.
        let mut ours = drafted.clone();
        ours.claimant = "Our Name".into();
        let (moved, _, _) = rebase(&[Change::SetClaim { at: 0, entry: ours }], &base, &now);
        let Change::SetClaim { entry, .. } = &moved[0] else {
            panic!("{moved:?}")
        };
        assert_eq!(entry.claimant, "Our Name");
        assert_eq!(entry.note.as_deref(), Some("checked by phone"));
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
        let (moved, misfits, _) = rebase(&[change], &base, &now);
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
        let (moved, misfits, unplaced) = rebase(&changes, &base, &now);
        assert_eq!(moved, [Change::RemoveClaim { at: 0 }]);
        assert_eq!(misfits.len(), 1);
        assert_eq!(misfits[0].0, "claim a is no longer in the file");
        // What the change wrote is kept, under its claim, for the user to place.
        let mut kept = claim("a", &[]);
        kept.responses = vec![response("Clarke", Stance::Context)];
        assert_eq!(unplaced, [kept]);
    }

    #[test]
    fn what_misfits_wrote_is_kept_and_nothing_lands_on_another_writers_claim() {
        let base = vec![claim("a", &["Clarke"])];
        // Another writer made a claim "x" and removed "a".
        let now = vec![claim("x", &["Theirs"])];
        let mut ours_a = claim("a", &[]);
        ours_a.claimant = "Renamed".into();
        let changes = [
            // Our own claim "x", with a response added to it after.
            Change::AddClaim {
                at: 1,
                entry: claim("x", &[]),
            },
            Change::AddResponse {
                claim: 1,
                at: 0,
                entry: response("Lahoud", Stance::Supports),
            },
            Change::SetResponse {
                claim: 1,
                at: 0,
                entry: response("Lahoud", Stance::Disputes),
            },
            // Claim "a" renamed and a response added to it, then a removal (writes nothing).
            Change::SetClaim {
                at: 0,
                entry: ours_a.clone(),
            },
            Change::AddResponse {
                claim: 0,
                at: 1,
                entry: response("Novak", Stance::Context),
            },
            Change::RemoveResponse { claim: 0, at: 0 },
        ];
        let (moved, misfits, unplaced) = rebase(&changes, &base, &now);
        assert!(moved.is_empty(), "{moved:?}");
        assert_eq!(misfits.len(), changes.len());
        assert_eq!(
            misfits[1].0,
            "claim x was not made again, so neither was this change to it"
        );
        let ids: Vec<&str> = unplaced.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["x", "a"]);
        // The later change to a response replaces the earlier; each response is kept once.
        let experts = |c: &ClaimEntry| -> Vec<(String, Stance)> {
            c.responses
                .iter()
                .map(|r| (r.expert.to_string(), r.stance))
                .collect()
        };
        assert_eq!(
            experts(&unplaced[0]),
            [("Lahoud".to_string(), Stance::Disputes)]
        );
        assert_eq!(unplaced[1].claimant, "Renamed");
        assert_eq!(
            experts(&unplaced[1]),
            [
                ("Clarke".to_string(), Stance::Disputes),
                ("Novak".to_string(), Stance::Context)
            ]
        );
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
        let (moved, misfits, _) = rebase(&changes, &base, &now);
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
        let (moved, misfits, _) = rebase(&changes, &base, &now);
        assert!(misfits.is_empty(), "{misfits:?}");
        let mut entries = now.clone();
        for change in &moved {
            change.apply_to(&mut entries, &mut Vec::new()).unwrap();
        }
        assert_eq!(entries[1].responses[0].stance, Stance::Supports);
        assert!(entries[0].responses.is_empty());
    }
}
