//! Tests of undo across a reading of the claims file again (`r`, or another writer's change): the edits saved before stay undoable on the file as read, found by their ids, under their own words, and their undo is written as new changes (the file's writer began again and has no record of them).

use crate::claims::ClaimEntry;
use crate::claims::change::Change;
use crate::config::SavePolicy;
use crate::document::Document;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::state::State;
use crate::reader::update::edit_tests::{editable, select_response};
use crate::reader::update::update;

/// A claim another writer adds, with id `id` (a copy of the sample's first claim's
/// fields, as it is before any edit).
fn outside_claim(_state: &State, id: &str) -> ClaimEntry {
    let mut entry = editable().doc.entries()[0].clone();
    entry.id = id.into();
    entry.responses.clear();
    entry
}

/// The entries by id: a claim put back may go first or after the claim it followed, as
/// [`crate::claims::rebase`] places it; what matters is each claim's content.
fn by_id(entries: Vec<ClaimEntry>) -> std::collections::BTreeMap<String, ClaimEntry> {
    entries.into_iter().map(|c| (c.id.to_string(), c)).collect()
}

/// `entries` as another writer leaves them: one claim put first, another last.
fn with_outside(state: &State, mut entries: Vec<ClaimEntry>) -> Vec<ClaimEntry> {
    entries.insert(0, outside_claim(state, "outside-first"));
    entries.push(outside_claim(state, "outside-last"));
    entries
}

/// The document as read again after another writer added a claim first and one last.
fn read_again(state: &State) -> Document {
    let mut doc = state.doc.clone();
    let count = doc.entries().len();
    doc.apply(&Change::AddClaim {
        at: count,
        entry: outside_claim(state, "outside-last"),
    })
    .unwrap();
    doc.apply(&Change::AddClaim {
        at: 0,
        entry: outside_claim(state, "outside-first"),
    })
    .unwrap();
    doc
}

fn reloaded(doc: Document) -> Action {
    Action::Reloaded {
        doc: Box::new(doc),
        errors: Vec::new(),
    }
}

/// An edit made with the keys on the sample's state.
type KeyEdit = fn(&mut State);

/// The edits of each kind the keys make on a response or a claim, with the words undo
/// names them by.
fn edits() -> Vec<(&'static str, KeyEdit)> {
    vec![
        ("stance", |state| {
            select_response(state, 0);
            update(state, Action::CycleStance);
        }),
        ("response deleted", |state| {
            select_response(state, 0);
            update(state, Action::DeleteEntry);
            update(state, Action::Confirm(true));
        }),
        ("claim deleted", |state| {
            update(state, Action::NextClaim);
            update(state, Action::DeleteEntry);
            update(state, Action::Confirm(true));
        }),
    ]
}

/// Each kind of edit, saved, then the file read again with another writer's claims
/// before and after it: undo takes the edit back on the same claim of the file as
/// read, names it, and is written as new changes; redo makes it again.
#[test]
fn a_saved_edit_is_undone_on_the_file_read_again_by_its_ids() {
    for (kind, edit) in edits() {
        let mut state = editable();
        let before = state.doc.entries();
        edit(&mut state);
        let what = state.editing.history.undo_what().unwrap().to_string();
        update(&mut state, Action::Saved { error: None });
        let after = state.doc.entries();
        assert_ne!(before, after, "{kind}");
        let doc = read_again(&state);
        update(&mut state, reloaded(doc));
        assert_eq!(state.doc.entries(), with_outside(&state, after.clone()));
        assert_eq!(
            state.editing.history.undo_what(),
            Some(what.as_str()),
            "{kind}"
        );
        let effects = update(&mut state, Action::Undo);
        assert!(
            matches!(effects.as_slice(), [Effect::Edited { undo: false, .. }]),
            "{kind}: written as new changes: {effects:?}"
        );
        assert_eq!(
            by_id(state.doc.entries()),
            by_id(with_outside(&state, before.clone())),
            "{kind}: undone on the same claim"
        );
        let message = state.message.clone().unwrap();
        assert!(message.starts_with(&format!("undid: {what}")), "{message}");
        update(&mut state, Action::Redo);
        assert_eq!(
            by_id(state.doc.entries()),
            by_id(with_outside(&state, after)),
            "{kind}"
        );
    }
}

/// An edit whose claim another writer took out cannot be undone there: the history ends
/// before it, and undo says there is nothing to undo (never an edit of another claim).
#[test]
fn an_edit_of_a_claim_another_writer_removed_is_not_undone_on_another() {
    let mut state = editable();
    select_response(&mut state, 0);
    let claim = state.selected.unwrap();
    update(&mut state, Action::CycleStance);
    update(&mut state, Action::Saved { error: None });
    let mut doc = state.doc.clone();
    let file_index = doc
        .entries()
        .iter()
        .position(|c| c.id == state.doc.claims[claim].entry.id)
        .unwrap();
    doc.apply(&Change::RemoveClaim { at: file_index }).unwrap();
    let left = doc.entries();
    update(&mut state, reloaded(doc));
    assert!(state.editing.history.at_start());
    assert!(update(&mut state, Action::Undo).is_empty());
    assert_eq!(state.doc.entries(), left);
    let message = state.message.clone().unwrap();
    assert!(
        message.starts_with("nothing more to undo: another writer changed or removed"),
        "{message}"
    );
}

/// An edit whose field another writer changed since (the same response's stance set
/// otherwise) is not undone over theirs: the history ends before it; one whose entry they
/// changed elsewhere (an affiliation) is undone, keeping their change.
#[test]
fn an_undo_never_writes_over_another_writers_change_of_the_same_field() {
    for (theirs_too, undone) in [(true, false), (false, true)] {
        let mut state = editable();
        select_response(&mut state, 0);
        let claim = state.selected.unwrap();
        let before = state.doc.claims[claim].responses[0].entry.stance;
        update(&mut state, Action::CycleStance);
        update(&mut state, Action::Saved { error: None });
        let id = state.doc.claims[claim].entry.id.clone();
        let mut doc = state.doc.clone();
        let at = doc.entries().iter().position(|c| c.id == id).unwrap();
        let mut response = doc.entries()[at].responses[0].clone();
        let ours = response.stance;
        match theirs_too {
            // A stance neither the one before nor ours.
            true => {
                response.stance = [
                    crate::claims::Stance::Supports,
                    crate::claims::Stance::Disputes,
                    crate::claims::Stance::Qualifies,
                ]
                .into_iter()
                .find(|s| *s != before && *s != ours)
                .unwrap()
            }
            false => response.affiliation = Some("their affiliation".into()),
        }
        doc.apply(&Change::SetResponse {
            claim: at,
            at: 0,
            entry: response.clone(),
        })
        .unwrap();
        update(&mut state, reloaded(doc));
        update(&mut state, Action::Undo);
        let now = state.doc.entries()[at].responses[0].clone();
        if undone {
            assert_eq!(now.stance, before);
            assert_eq!(now.affiliation.as_deref(), Some("their affiliation"));
        } else {
            assert_eq!(now, response, "theirs kept");
            assert!(
                state
                    .message
                    .clone()
                    .unwrap()
                    .starts_with("nothing more to undo")
            );
        }
    }
}

/// With saving on the key: the saved edit stays undoable after the file is read again,
/// the unsaved one is not kept in the history (it is made again as an edit of its own).
#[test]
fn only_saved_edits_are_kept_the_unsaved_are_made_again_apart() {
    let mut state = editable();
    state.editing.policy = SavePolicy::OnKey;
    select_response(&mut state, 0);
    update(&mut state, Action::CycleStance);
    let first = state.editing.history.undo_what().unwrap().to_string();
    update(&mut state, Action::Saved { error: None });
    let saved = state.doc.entries();
    update(&mut state, Action::CycleStance);
    // The file read again holds the saved edit only.
    let mut doc = state.doc.clone();
    let undo = state.editing.history.clone().undo().unwrap();
    doc.apply_edit(&undo).unwrap();
    assert_eq!(doc.entries(), saved);
    update(&mut state, reloaded(doc));
    assert_eq!(state.editing.history.changes(), 1);
    assert_eq!(state.editing.history.undo_what(), Some(first.as_str()));
    assert!(state.editing.history.is_saved());
}

/// Each kind of edit, saved, undone and the undo saved, then the file read again with
/// another writer's claims before and after it: redo makes the edit again on the same
/// claim of the file as read, as new changes, and undo takes it back again.
#[test]
fn an_undone_edit_is_redone_on_the_file_read_again_by_its_ids() {
    for (kind, edit) in edits() {
        let mut state = editable();
        let before = state.doc.entries();
        edit(&mut state);
        let what = state.editing.history.undo_what().unwrap().to_string();
        update(&mut state, Action::Saved { error: None });
        let after = state.doc.entries();
        update(&mut state, Action::Undo);
        update(&mut state, Action::Saved { error: None });
        assert_eq!(state.doc.entries(), before, "{kind}");
        let doc = read_again(&state);
        update(&mut state, reloaded(doc));
        assert_eq!(
            state.editing.history.redo_what(),
            Some(what.as_str()),
            "{kind}"
        );
        let effects = update(&mut state, Action::Redo);
        assert!(
            matches!(effects.as_slice(), [Effect::Edited { undo: false, .. }]),
            "{kind}: written as new changes: {effects:?}"
        );
        assert_eq!(
            by_id(state.doc.entries()),
            by_id(with_outside(&state, after.clone())),
            "{kind}: redone on the same claim"
        );
        let message = state.message.clone().unwrap();
        assert!(message.starts_with(&format!("redid: {what}")), "{message}");
        let effects = update(&mut state, Action::Undo);
        assert!(
            matches!(effects.as_slice(), [Effect::Edited { undo: false, .. }]),
            "{kind}: undone as new changes too: {effects:?}"
        );
        assert_eq!(
            by_id(state.doc.entries()),
            by_id(with_outside(&state, before.clone())),
            "{kind}"
        );
    }
}

/// A redo whose claim another writer removed is not made on another claim: redo is
/// forgotten from there, and the file is as read.
#[test]
fn an_undone_edit_of_a_claim_another_writer_removed_is_not_redone() {
    let mut state = editable();
    select_response(&mut state, 0);
    let claim = state.selected.unwrap();
    let id = state.doc.claims[claim].entry.id.clone();
    update(&mut state, Action::CycleStance);
    update(&mut state, Action::Saved { error: None });
    update(&mut state, Action::Undo);
    update(&mut state, Action::Saved { error: None });
    let mut doc = state.doc.clone();
    let at = doc.entries().iter().position(|c| c.id == id).unwrap();
    doc.apply(&Change::RemoveClaim { at }).unwrap();
    let left = doc.entries();
    update(&mut state, reloaded(doc));
    assert_eq!(state.editing.history.redo_what(), None);
    assert!(update(&mut state, Action::Redo).is_empty());
    assert_eq!(state.doc.entries(), left);
}

/// With saving on the key and an undo not yet saved, the unsaved undo is made again as
/// an edit of its own on the file read, and redo (which would not follow it) is forgotten.
#[test]
fn redo_is_forgotten_when_the_undo_was_not_saved() {
    let mut state = editable();
    state.editing.policy = SavePolicy::OnKey;
    select_response(&mut state, 0);
    update(&mut state, Action::CycleStance);
    update(&mut state, Action::Saved { error: None });
    let saved = state.doc.entries();
    update(&mut state, Action::Undo);
    assert!(!state.editing.history.is_saved());
    // The file read again holds the saved edit (the undo was never written).
    let mut doc = state.doc.clone();
    let redo = state.editing.history.clone().redo().unwrap();
    doc.apply_edit(&redo).unwrap();
    assert_eq!(doc.entries(), saved);
    update(&mut state, reloaded(doc));
    assert_eq!(state.editing.history.redo_what(), None);
}
