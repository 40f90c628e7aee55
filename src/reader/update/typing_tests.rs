//! Tests of forms' typing kept across sessions: every kind of form, open or closed with Esc, taken from one state and placed in a fresh one (as the next session) comes back with its fields, focus and claim; typing that no longer fits the document is not placed.

use crate::keys::prompt::FormKey;
use crate::reader::action::Action;
use crate::reader::model::form::{Form, Purpose};
use crate::reader::model::overlay::Overlay;
use crate::reader::model::typing::TypedForm;
use crate::reader::state::{Focus, State};
use crate::reader::update::edit_tests::editable;
use crate::reader::update::update;

/// The four ways a form opens, each on the sample's second claim (or its first response).
#[derive(Debug, Clone, Copy)]
enum Kind {
    NewClaim,
    NewResponse,
    EditClaim,
    EditResponse,
}

const KINDS: [Kind; 4] = [
    Kind::NewClaim,
    Kind::NewResponse,
    Kind::EditClaim,
    Kind::EditResponse,
];

fn open(state: &mut State, kind: Kind) {
    update(state, Action::NextClaim);
    update(state, Action::NextClaim);
    match kind {
        Kind::NewClaim | Kind::NewResponse => {
            update(state, Action::StartSelection);
            let action = match kind {
                Kind::NewClaim => Action::NewClaim,
                _ => Action::NewResponse,
            };
            update(state, action);
        }
        Kind::EditClaim => {
            update(state, Action::EditEntry);
        }
        Kind::EditResponse => {
            update(state, Action::ToggleFocus);
            update(state, Action::LineDown);
            assert_eq!(state.focus, Focus::Sidebar);
            update(state, Action::EditEntry);
        }
    }
    assert!(
        matches!(state.overlay, Overlay::Form(_)),
        "{kind:?}: {:?}",
        state.message
    );
}

fn form(state: &State) -> &Form {
    match &state.overlay {
        Overlay::Form(form) => form,
        other => panic!("no form: {other:?} ({:?})", state.message),
    }
}

/// Types into the first two fields, leaving the second focused.
fn type_some(state: &mut State) {
    update(state, Action::Form(FormKey::Text("Zed Ö 🦀".into())));
    update(state, Action::Form(FormKey::NextField));
    update(state, Action::Form(FormKey::Text(" qux".into())));
}

fn resume(state: &mut State, forms: Vec<TypedForm>) {
    update(
        state,
        Action::ResumeTyping {
            forms,
            unplaced: Vec::new(),
            set_aside: None,
        },
    );
}

fn texts(form: &Form) -> Vec<String> {
    form.fields
        .iter()
        .map(|(_, line)| line.text.clone())
        .collect()
}

#[test]
fn an_open_form_of_every_kind_opens_again_in_the_next_session_as_it_was() {
    for kind in KINDS {
        let mut before = editable();
        open(&mut before, kind);
        type_some(&mut before);
        let was = form(&before).clone();
        let typing = before.typing();
        assert_eq!(typing.len(), 1, "{kind:?}");
        assert!(typing[0].open);

        let mut after = editable();
        resume(&mut after, typing);
        let now = form(&after);
        assert_eq!(now.purpose, was.purpose, "{kind:?}");
        assert_eq!(now.quote, was.quote, "{kind:?}");
        assert_eq!(texts(now), texts(&was), "{kind:?}");
        assert_eq!(now.focus, 1, "{kind:?}: the field typed in last");
        assert!(now.is_dirty(), "{kind:?}");
        assert!(
            (after.message.as_deref()).is_some_and(|m| m.contains("open again")),
            "{kind:?}: {:?}",
            after.message
        );
        // Saved, it makes what the first session's form would have made.
        let mut first = before.clone();
        update(&mut first, Action::Form(FormKey::Submit));
        update(&mut after, Action::Form(FormKey::Submit));
        assert_eq!(after.doc.entries(), first.doc.entries(), "{kind:?}");
        assert!(
            after.typing().is_empty(),
            "{kind:?}: saved, nothing is kept"
        );
    }
}

#[test]
fn forms_closed_with_esc_wait_for_their_words_and_untouched_forms_are_not_kept() {
    for kind in KINDS {
        let mut before = editable();
        open(&mut before, kind);
        assert!(before.typing().is_empty(), "{kind:?}: nothing typed yet");
        type_some(&mut before);
        let was = texts(form(&before));
        update(&mut before, Action::Form(FormKey::Cancel));
        let typing = before.typing();
        assert_eq!(typing.len(), 1, "{kind:?}");
        assert!(!typing[0].open);

        let mut after = editable();
        resume(&mut after, typing);
        assert_eq!(after.overlay, Overlay::None, "{kind:?}");
        assert!(
            (after.message.as_deref()).is_some_and(|m| m.contains("comes back when opened")),
            "{kind:?}: {:?}",
            after.message
        );
        open(&mut after, kind);
        assert_eq!(texts(form(&after)), was, "{kind:?}");
    }
}

#[test]
fn typing_whose_claim_or_words_are_gone_is_not_placed() {
    for kind in [Kind::NewResponse, Kind::EditClaim, Kind::EditResponse] {
        let mut before = editable();
        open(&mut before, kind);
        type_some(&mut before);
        let mut typed = before.typing().remove(0);
        typed.claim = Some("no-such-claim".into());
        assert!(before.place_typed(&typed).is_none(), "{kind:?}");
    }
    let mut before = editable();
    open(&mut before, Kind::NewClaim);
    type_some(&mut before);
    let typed = before.typing().remove(0);
    assert!(before.place_typed(&typed).is_some());
    let mut gone = typed.clone();
    gone.quote = "words the article never had".into();
    assert!(before.place_typed(&gone).is_none());
    let mut unknown = typed.clone();
    unknown.purpose = "rename claim".into();
    assert!(before.place_typed(&unknown).is_none());
    // Words that are in the article once are found where they are now; words that are
    // there more than once are not guessed at.
    let body = before.doc.article.body.clone();
    let mut moved = typed;
    moved.quote = body[..60].to_string();
    moved.start = 1;
    let placed = before
        .place_typed(&moved)
        .expect("found where the words are now");
    assert_eq!(placed.quote, 0..60);
    let twice = body.find(" the ").unwrap();
    moved.quote = " the ".into();
    moved.start = twice + 1;
    assert!(before.place_typed(&moved).is_none());
}

#[test]
fn an_open_form_waits_while_a_question_is_asked() {
    let mut before = editable();
    open(&mut before, Kind::NewClaim);
    type_some(&mut before);
    let typing = before.typing();

    let mut after = editable();
    update(
        &mut after,
        Action::OfferRecovery {
            changes: vec!["a change".into()],
            moved: false,
        },
    );
    resume(&mut after, typing);
    assert!(matches!(after.overlay, Overlay::Question(_)));
    assert_eq!(after.typing().len(), 1, "kept, not lost");
    assert!(
        !after.typing()[0].open,
        "it comes back when its form is opened"
    );
    assert!(matches!(after.editing.kept[0].purpose, Purpose::NewClaim));
}
