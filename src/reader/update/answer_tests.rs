//! Tests of a new entry's form as it opens and is saved: the claim a new response answers (the keys that step it to another, going round, and the response saved under the one chosen), and what already quotes the words.

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

/// A new entry's form on words a claim or a response already quotes says so (a newcomer
/// recorded a second claim on a drafted claim's words unawares); words that differ by a
/// character from every quote, or hold one, are not flagged.
#[test]
fn a_form_on_words_already_quoted_says_what_quotes_them() {
    let mut state = response_form();
    update(&mut state, Action::Form(FormKey::Cancel));
    update(&mut state, Action::Form(FormKey::Cancel));
    let (claim, response) = (0..state.doc.claims.len())
        .find_map(|c| {
            let claim = &state.doc.claims[c];
            let r = claim
                .responses
                .iter()
                .position(|r| r.anchoring.range.is_some())?;
            claim.anchoring.range.as_ref()?;
            Some((c, r))
        })
        .expect("a placed claim with a placed response");
    let quote = state.doc.claims[claim].anchoring.range.clone().unwrap();
    let answer = state.doc.claims[claim].responses[response]
        .anchoring
        .range
        .clone()
        .unwrap();
    let id = state.doc.claims[claim].entry.id.to_string();
    let expert = state.doc.claims[claim].responses[response]
        .entry
        .expert
        .to_string();
    let note = |state: &mut State, range: std::ops::Range<usize>, response: bool| {
        state.open_new_form(range, response);
        let Overlay::Form(form) = &state.overlay else {
            panic!("no form: {:?}", state.message);
        };
        let note = form.note.clone().unwrap_or_default();
        state.overlay = Overlay::None;
        state.editing.kept.clear();
        note
    };
    let said = note(&mut state, quote.clone(), false);
    assert!(
        said.starts_with(&format!(
            "claim {} ({id}) already quotes these words",
            claim + 1
        )),
        "{said}"
    );
    let said = note(&mut state, answer.clone(), true);
    assert!(
        said.starts_with(&format!(
            "{expert}'s response to claim {} already quotes these words",
            claim + 1
        )),
        "{said}"
    );
    let body = state.doc.article.body.clone();
    let after = |at: usize| body.ceil_char_boundary(at + 1);
    let before = |at: usize| body.floor_char_boundary(at - 1);
    for other in [
        after(quote.start)..quote.end,
        quote.start..before(quote.end),
        answer.start..before(answer.end),
    ] {
        let said = note(&mut state, other.clone(), false);
        assert!(!said.contains("already quotes"), "{other:?}: {said}");
    }
}

/// A paste (the terminal's bracketed paste) goes into the form's field being typed in,
/// as one line, and nowhere else; over no form it is refused and said.
#[test]
fn a_paste_goes_into_the_open_form_s_field() {
    let mut state = response_form();
    update(&mut state, Action::Form(FormKey::Edit(Edit::KillToStart)));
    update(&mut state, Action::Paste("Ruth\r\nOkafor 👨‍👩‍👧".into()));
    let Overlay::Form(form) = &state.overlay else {
        panic!("the paste closed the form: {:?}", state.message);
    };
    assert_eq!(form.value(form.field()), "Ruth Okafor 👨‍👩‍👧");
    assert_eq!(state.message, None);
    update(&mut state, Action::Form(FormKey::Cancel));
    update(&mut state, Action::Paste("words".into()));
    assert!(
        (state.message.as_deref()).is_some_and(|m| m.starts_with("paste ignored")),
        "{:?}",
        state.message
    );
}

/// Each step says which claim the response now answers, and going round from the last
/// claim to the first (or back) says so: a newcomer saved a response to the last claim
/// after a PageUp on the first, with nothing on screen saying it had gone round.
#[test]
fn stepping_the_claim_answered_says_which_and_when_it_goes_round() {
    let mut state = response_form();
    let count = state.doc.claims.iter().filter(|c| !c.from_page).count();
    let note = |state: &State| {
        let Overlay::Form(form) = &state.overlay else {
            panic!("no form");
        };
        form.note.clone().unwrap_or_default()
    };
    assert_eq!(answered(&state), 0, "the form opens on the first claim");
    let claimant = |state: &State, i: usize| state.doc.claims[i].entry.claimant.to_string();
    // Back from the first: round to the last.
    update(&mut state, Action::Form(FormKey::PrevClaim));
    assert_eq!(answered(&state), count - 1);
    assert_eq!(
        note(&state),
        format!(
            "went round to the last claim: answering {}'s (claim {count} of {count})",
            claimant(&state, count - 1)
        )
    );
    // Forward from the last: round to the first.
    update(&mut state, Action::Form(FormKey::NextClaim));
    assert_eq!(answered(&state), 0);
    assert_eq!(
        note(&state),
        format!(
            "went round to the first claim: answering {}'s (claim 1 of {count})",
            claimant(&state, 0)
        )
    );
    // A plain step says only which.
    update(&mut state, Action::Form(FormKey::NextClaim));
    assert_eq!(
        note(&state),
        format!(
            "answering {}'s claim (claim 2 of {count})",
            claimant(&state, 1)
        )
    );
}
