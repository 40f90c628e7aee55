//! Tests of which claim a new response answers: the form's keys that step it to another claim, going round, past the page's own fact-checks, and the response saved under the claim chosen.

use crate::claims::change::Change;
use crate::keys::prompt::{Edit, FormKey};
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Target;
use crate::reader::model::form::Purpose;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;
use crate::reader::update::update;

/// The sample as a writable file, with a new response's form open on the first words
/// after the first claim (which it answers, as the sidebar follows the cursor).
fn response_form() -> State {
    let mut state = State::sample_at_120x40();
    update(
        &mut state,
        Action::EditTarget(Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        }),
    );
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::StartSelection);
    update(&mut state, Action::NewResponse);
    assert!(
        matches!(state.overlay, Overlay::Form(_)),
        "{:?}",
        state.message
    );
    state
}

/// The claim (its place in reading order) the open form's new response answers.
fn answered(state: &State) -> usize {
    let Overlay::Form(form) = &state.overlay else {
        panic!("no form");
    };
    let Purpose::NewResponse { claim } = form.purpose else {
        panic!("not a new response: {:?}", form.purpose);
    };
    state.doc.reading_index(claim).unwrap()
}

fn type_field(state: &mut State, text: &str) {
    update(state, Action::Form(FormKey::Edit(Edit::KillToStart)));
    update(state, Action::Form(FormKey::Edit(Edit::KillToEnd)));
    update(state, Action::Form(FormKey::Text(text.into())));
}

/// PageDown and PageUp step the claim answered through every claim in reading order,
/// going round both ways, the sidebar selecting each, and the response is saved under
/// the last one chosen (a newcomer's responses went to the claim nearest above their
/// words, with no way to choose another in the form).
#[test]
fn a_new_response_answers_the_claim_stepped_to() {
    let mut state = response_form();
    let count = state.doc.claims.len();
    assert!(count >= 3);
    let first = answered(&state);
    let mut seen = vec![first];
    for _ in 0..count {
        update(&mut state, Action::Form(FormKey::NextClaim));
        seen.push(answered(&state));
        assert_eq!(state.selected, Some(answered(&state)));
    }
    let expected: Vec<usize> = (0..=count).map(|i| (first + i) % count).collect();
    assert_eq!(seen, expected, "forward, round");
    update(&mut state, Action::Form(FormKey::PrevClaim));
    assert_eq!(answered(&state), (first + count - 1) % count, "back, round");
    update(&mut state, Action::Form(FormKey::NextClaim));
    update(&mut state, Action::Form(FormKey::NextClaim));
    let chosen = answered(&state);
    assert_eq!(chosen, (first + 1) % count);
    let id = state.doc.claims[chosen].entry.id.to_string();
    let before = state.doc.claims[chosen].responses.len();
    type_field(&mut state, "Ana Ruiz");
    for _ in 0..2 {
        update(&mut state, Action::Form(FormKey::NextField));
    }
    type_field(&mut state, "disputes");
    let effects = update(&mut state, Action::Form(FormKey::Submit));
    let added = effects.iter().any(|e| {
        matches!(e, Effect::Edited { changes, .. }
            if changes.iter().any(|c| matches!(c, Change::AddResponse { .. })))
    });
    assert!(added, "{effects:?} {:?}", state.overlay);
    let claim = state.doc.claims.iter().find(|c| c.entry.id == id).unwrap();
    assert_eq!(claim.responses.len(), before + 1);
    assert!(claim.responses.iter().any(|r| r.entry.expert == "Ana Ruiz"));
}

/// The keys mean nothing to the other forms, which say why; with one claim there is
/// none other to answer.
#[test]
fn other_forms_and_a_lone_claim_say_why_the_claim_stays() {
    let mut state = response_form();
    update(&mut state, Action::Form(FormKey::Cancel));
    update(&mut state, Action::Form(FormKey::Cancel));
    update(&mut state, Action::StartSelection);
    update(&mut state, Action::NewClaim);
    update(&mut state, Action::Form(FormKey::NextClaim));
    let Overlay::Form(form) = &state.overlay else {
        panic!("no form");
    };
    assert_eq!(form.purpose, Purpose::NewClaim);
    assert_eq!(
        form.error.as_deref(),
        Some("only a new response answers a claim")
    );

    let mut state = response_form();
    let keep = state.doc.claims[answered(&state)].entry.clone();
    let article = state.doc.article.clone();
    let target = state.editing.target.clone().unwrap();
    state.replace_document(
        crate::document::Document::new(article, vec![keep]),
        Vec::new(),
    );
    update(&mut state, Action::EditTarget(target));
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::StartSelection);
    update(&mut state, Action::NewResponse);
    update(&mut state, Action::Form(FormKey::NextClaim));
    let Overlay::Form(form) = &state.overlay else {
        panic!("no form");
    };
    assert_eq!(
        form.error.as_deref(),
        Some("there is no other claim to answer")
    );
    assert_eq!(answered(&state), 0);
}
