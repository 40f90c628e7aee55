//! Tests of the forms' glue: an edit form saved as an edit and its typing kept when it is
//! closed, a response moved to another claim from the list, a new claim's typing resumed
//! only on the same words. (The edits themselves, undo and the questions are in
//! `edit_tests`.)

use crate::keys::prompt::FormKey;
use crate::reader::action::Action;
use crate::reader::model::form::Field;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;
use crate::reader::update::edit_tests::{editable, edited, select_response};
use crate::reader::update::update;

#[test]
fn an_edit_form_saves_the_fields_typed_and_esc_keeps_typing_for_next_time() {
    let mut state = editable();
    update(&mut state, Action::NextClaim);
    let claim = state.selected.unwrap();
    let id = state.doc.claims[claim].entry.id.clone();
    update(&mut state, Action::EditEntry);
    let Overlay::Form(form) = &state.overlay else {
        panic!("no form");
    };
    assert_eq!(
        form.value(Field::Claimant),
        state.doc.claims[claim].entry.claimant
    );
    // Go to the verdict, replace it.
    for _ in 0..3 {
        update(&mut state, Action::Form(FormKey::NextField));
    }
    update(
        &mut state,
        Action::Prompt(crate::keys::prompt::PromptKey::Edit(
            crate::keys::prompt::Edit::KillToStart,
        )),
    );
    for c in "False".chars() {
        update(&mut state, Action::Form(FormKey::Char(c)));
    }
    // Esc closes the form; its typing comes back.
    update(&mut state, Action::Form(FormKey::Cancel));
    update(&mut state, Action::Form(FormKey::Cancel));
    assert_eq!(state.overlay, Overlay::None);
    update(&mut state, Action::EditEntry);
    let Overlay::Form(form) = &state.overlay else {
        panic!("no form");
    };
    assert_eq!(form.value(Field::Verdict), "False");
    let effects = update(&mut state, Action::Form(FormKey::Submit));
    assert_eq!(edited(&effects).len(), 1);
    let claim = state.doc.claims.iter().find(|c| c.entry.id == id).unwrap();
    assert_eq!(claim.entry.verdict.as_deref(), Some("False"));
    assert_eq!(state.overlay, Overlay::None);
}

#[test]
fn a_response_moves_to_another_claim_chosen_from_the_list() {
    let mut state = editable();
    select_response(&mut state, 0);
    let from = state.selected.unwrap();
    let expert = state.doc.claims[from].responses[0].entry.expert.clone();
    let count = state.doc.claims[from].responses.len();
    update(&mut state, Action::MoveResponse);
    assert!(matches!(state.overlay, Overlay::Chooser(_)));
    update(&mut state, Action::LineDown);
    let effects = update(&mut state, Action::Activate);
    assert_eq!(
        edited(&effects).len(),
        2,
        "a move is a removal and an addition"
    );
    let source = state
        .doc
        .claims
        .iter()
        .find(|c| c.file_index == state.doc.claims[from].file_index)
        .unwrap();
    assert!(source.responses.len() < count || source.responses[0].entry.expert != expert);
    update(&mut state, Action::Undo);
    assert_eq!(state.doc.claims[from].responses.len(), count);
}

/// A new claim's form closed with typing in it starts empty for other words, and comes
/// back with the typing (saying so) only when opened on the same words again.
#[test]
fn a_closed_form_s_typing_comes_back_only_for_the_same_words() {
    let mut state = editable();
    let first = state.doc.article.body.find("Pompeo").unwrap();
    let words = first..first + "Pompeo".len();
    let claimant = |state: &State| match &state.overlay {
        Overlay::Form(form) => (form.value(Field::Claimant).to_string(), form.note.clone()),
        other => panic!("no form: {other:?}"),
    };
    state.open_new_form(words.clone(), false);
    update(
        &mut state,
        Action::Prompt(crate::keys::prompt::PromptKey::Edit(
            crate::keys::prompt::Edit::KillToStart,
        )),
    );
    for c in "Zed Typed".chars() {
        update(&mut state, Action::Form(FormKey::Char(c)));
    }
    update(&mut state, Action::Form(FormKey::Cancel));
    update(&mut state, Action::Form(FormKey::Cancel));
    assert_eq!(state.overlay, Overlay::None);
    // Other words: a new claim of its own, empty of that typing.
    let other = state.doc.article.body.find("Iran").unwrap();
    state.open_new_form(other..other + 4, false);
    let (typed, note) = claimant(&state);
    assert_ne!(typed, "Zed Typed");
    assert!(!note.unwrap_or_default().starts_with("resumed"));
    update(&mut state, Action::Form(FormKey::Cancel));
    // The same words again: resumed, and the form says so.
    state.open_new_form(words, false);
    let (typed, note) = claimant(&state);
    assert_eq!(typed, "Zed Typed");
    assert!(note.unwrap_or_default().starts_with("resumed"));
}
