//! Tests of moving the reader's own undos and redos onto a file another writer changed (`move_each`): each finds its entry by id, expert and quote, and takes back nothing of theirs, a family per kind of change.

use super::*;
use crate::claims::Stance;
use crate::claims::examples::response;

use super::tests::claim;

/// `change`, made to `old`, moved onto `new`: the file it makes there, or why not.
fn moved(
    change: Change,
    old: &[ClaimEntry],
    new: &[ClaimEntry],
) -> Result<Vec<ClaimEntry>, Misfit> {
    let (mut old, mut new) = (old.to_vec(), new.to_vec());
    move_each(
        &[change],
        &mut old,
        &mut Vec::new(),
        &mut new,
        &mut Vec::new(),
    )
    .map(|_| new)
}

#[test]
fn a_response_is_removed_only_as_it_was_made_and_never_a_copy_beside_it() {
    let ours = vec![claim("a", &["Clarke"])];
    let remove = Change::RemoveResponse { claim: 0, at: 0 };
    // Untouched, with another claim put first: removed there.
    let mut theirs = vec![claim("b", &[]), ours[0].clone()];
    assert_eq!(
        moved(remove.clone(), &ours, &theirs).unwrap()[1].responses,
        []
    );
    // Another writer's copy before ours (same expert and words, another stance): ours goes.
    let mut copy = ours[0].responses[0].clone();
    copy.stance = Stance::Supports;
    copy.affiliation = Some("desk copy".into());
    theirs[1].responses.insert(0, copy.clone());
    assert_eq!(
        moved(remove.clone(), &ours, &theirs).unwrap()[1].responses,
        [copy.clone()]
    );
    // Two equal copies: which is ours cannot be told, so neither goes.
    let twins = vec![claim("a", &["Clarke", "Clarke"])];
    assert!(moved(remove.clone(), &ours, &twins).is_err());
    // Ours changed by the other writer: not removed (their change would go with it).
    let mut changed = ours.clone();
    changed[0].responses[0].affiliation = Some("Georgetown".into());
    let err = moved(remove, &ours, &changed).unwrap_err();
    assert!(err.0.contains("changed by another writer"), "{err}");
}

#[test]
fn a_field_is_set_back_only_where_the_other_writer_left_it() {
    let ours = vec![claim("a", &["Clarke"])];
    let mut stance = ours[0].responses[0].clone();
    stance.stance = Stance::Context;
    let set = Change::SetResponse {
        claim: 0,
        at: 0,
        entry: stance,
    };
    // They changed another field: ours is set, theirs kept.
    let mut theirs = ours.clone();
    theirs[0].responses[0].affiliation = Some("Georgetown".into());
    let file = moved(set.clone(), &ours, &theirs).unwrap();
    assert_eq!(file[0].responses[0].stance, Stance::Context);
    assert_eq!(
        file[0].responses[0].affiliation.as_deref(),
        Some("Georgetown")
    );
    // They changed the same field to something else: not written over.
    let mut theirs = ours.clone();
    theirs[0].responses[0].stance = Stance::Qualifies;
    assert!(moved(set.clone(), &ours, &theirs).is_err());
    // They made the same change: nothing to refuse.
    let mut theirs = ours.clone();
    theirs[0].responses[0].stance = Stance::Context;
    assert!(moved(set, &ours, &theirs).is_ok());

    // A claim's own fields the same way; its responses are not the change's.
    let mut verdict = ours[0].clone();
    verdict.verdict = Some("False".into());
    verdict.responses.clear();
    let set = Change::SetClaim {
        at: 0,
        entry: verdict,
    };
    let mut theirs = ours.clone();
    theirs[0].summary = "their summary".into();
    theirs[0]
        .responses
        .push(response("Slavin", Stance::Supports));
    let file = moved(set.clone(), &ours, &theirs).unwrap();
    assert_eq!(file[0].verdict.as_deref(), Some("False"));
    assert_eq!(file[0].summary, "their summary");
    assert_eq!(file[0].responses.len(), 2);
    let mut theirs = ours.clone();
    theirs[0].verdict = Some("True".into());
    assert!(moved(set, &ours, &theirs).is_err());
}

#[test]
fn a_claim_is_removed_only_as_it_was_made() {
    let ours = vec![claim("a", &["Clarke"]), claim("b", &[])];
    let remove = Change::RemoveClaim { at: 0 };
    let theirs = vec![claim("c", &[]), ours[1].clone(), ours[0].clone()];
    let file = moved(remove.clone(), &ours, &theirs).unwrap();
    let ids: Vec<&str> = file.iter().map(|c| &*c.id).collect();
    assert_eq!(ids, ["c", "b"]);
    // A response another writer added to it would go with it: not removed.
    let mut theirs = ours.clone();
    theirs[0]
        .responses
        .push(response("Slavin", Stance::Supports));
    assert!(moved(remove.clone(), &ours, &theirs).is_err());
    let mut theirs = ours.clone();
    theirs[0].summary = "their summary".into();
    assert!(moved(remove, &ours, &theirs).is_err());
}
