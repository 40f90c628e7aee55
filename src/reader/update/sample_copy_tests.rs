//! Tests of the bundled sample's copy at its first edit: the question asked, the key that asked done on the copy with the selection kept, and what a no leaves.

use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Target;
use crate::reader::model::form::Purpose;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;
use crate::reader::update::update;

#[test]
fn the_sample_offers_a_copy_before_its_first_edit() {
    let mut state = State::sample_at_120x40();
    update(&mut state, Action::EditTarget(Target::Sample));
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::EditEntry);
    let Overlay::Question(question) = &state.overlay else {
        panic!("no question");
    };
    assert!(question.text.contains("read-only"), "{}", question.text);
    let effects = update(&mut state, Action::Confirm(true));
    assert_eq!(effects, [Effect::CopySample]);
}

/// The question before the sample's first edit is one step, not two: the words selected
/// stay selected through it, and the key that asked (a new claim, a new response) opens
/// its form on them once the copy is open, with no second press.
#[test]
fn the_sample_s_copy_keeps_the_selection_and_does_what_the_key_asked() {
    for (asked, response) in [(Action::NewClaim, false), (Action::NewResponse, true)] {
        let mut state = State::sample_at_120x40();
        update(&mut state, Action::EditTarget(Target::Sample));
        update(&mut state, Action::NextClaim);
        update(&mut state, Action::NextClaim);
        update(&mut state, Action::SelectSentence);
        let selected = state.selection.clone().expect("a sentence is selected");
        update(&mut state, asked.clone());
        assert!(
            matches!(state.overlay, Overlay::Question(_)),
            "{asked:?}: no question"
        );
        assert_eq!(state.selection.as_ref(), Some(&selected), "{asked:?}");
        assert_eq!(
            update(&mut state, Action::Confirm(true)),
            [Effect::CopySample]
        );
        // The copy's document: the same text, read from the copied files.
        let copy = Box::new(state.doc.clone());
        update(
            &mut state,
            Action::CopiedSample {
                doc: copy,
                target: Target::File {
                    name: "counterpoint-sample.claims.toml".into(),
                    exists: true,
                },
                existed: false,
            },
        );
        let Overlay::Form(form) = &state.overlay else {
            panic!("{asked:?}: no form after the copy: {:?}", state.message);
        };
        assert_eq!(form.quote, selected.range(), "{asked:?}");
        assert_eq!(
            matches!(form.purpose, Purpose::NewResponse { .. }),
            response,
            "{asked:?}"
        );
    }
}

/// The key that asked waits beside the question only for a yes to the copy: a no drops
/// it, so a copy made later (by another key's yes) does only what that key asked.
#[test]
fn a_no_to_the_copy_drops_the_key_that_asked() {
    let mut state = State::sample_at_120x40();
    update(&mut state, Action::EditTarget(Target::Sample));
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::EditEntry);
    assert_eq!(state.after_copy, Some(Action::EditEntry));
    assert!(update(&mut state, Action::Confirm(false)).is_empty());
    assert_eq!(state.overlay, Overlay::None);
    assert_eq!(state.after_copy, None);
    // Asked again by another key, a yes copies and keeps that key, not the first.
    update(&mut state, Action::DraftClaims);
    assert!(matches!(state.overlay, Overlay::Question(_)));
    assert_eq!(
        update(&mut state, Action::Confirm(true)),
        [Effect::CopySample]
    );
    assert_eq!(state.after_copy, Some(Action::DraftClaims));
}

/// The reader on the sample with a sentence selected and `asked` pressed, answered yes:
/// the copy question is one step (its effect is to copy).
fn asked_and_answered(asked: Action) -> State {
    let mut state = State::sample_at_120x40();
    update(&mut state, Action::EditTarget(Target::Sample));
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::SelectSentence);
    update(&mut state, asked);
    assert_eq!(
        update(&mut state, Action::Confirm(true)),
        [Effect::CopySample]
    );
    state
}

fn copy_target() -> Target {
    Target::File {
        name: "counterpoint-sample.claims.toml".into(),
        exists: true,
    }
}

/// A copy an earlier session left is opened as it is and said so: with the sample's
/// text, the key that asked does it there on the words still selected (the question
/// once came again and `y` did nothing); with its text changed, the selection ends and
/// the key waits (its words may not be there); a fresh copy says it was copied.
#[test]
fn an_earlier_copy_is_opened_and_said_and_the_key_does_it_on_the_same_text() {
    for (existed, changed, form, said) in [
        (false, false, true, "are copied here"),
        (true, false, true, "was already here: that copy is open"),
        (true, true, false, "its text changed"),
    ] {
        let mut state = asked_and_answered(Action::NewClaim);
        let selected = state.selection.clone().expect("a sentence is selected");
        let doc = if changed {
            let text = format!("A new first line.\n\n{}", state.doc.article.body);
            let article = crate::article::Article::from_text("counterpoint-sample.md", &text);
            crate::document::Document::new(article.unwrap(), Vec::new())
        } else {
            state.doc.clone()
        };
        update(
            &mut state,
            Action::CopiedSample {
                doc: Box::new(doc),
                target: copy_target(),
                existed,
            },
        );
        let case = format!("existed {existed}, changed {changed}");
        let message = state.message.clone().unwrap_or_default();
        assert!(message.contains(said), "{case}: {message}");
        assert_eq!(state.editing.target, Some(copy_target()), "{case}");
        assert_eq!(state.after_copy, None, "{case}");
        match &state.overlay {
            Overlay::Form(open) => {
                assert!(form, "{case}: a form on changed text");
                assert_eq!(open.quote, selected.range(), "{case}");
            }
            other => {
                assert!(!form, "{case}: no form: {other:?}");
                assert_eq!(state.selection, None, "{case}");
            }
        }
    }
}

/// When the copy cannot be made or opened (one of its two files alone is here, a write
/// fails), what the effect says is shown and the words stay selected, to try again.
#[test]
fn a_copy_refused_says_why_and_keeps_the_selection() {
    let mut state = asked_and_answered(Action::NewClaim);
    let selected = state.selection.clone();
    let why = "not copied: counterpoint-sample.md is already here without its claims file";
    update(&mut state, Action::Notify(why.into()));
    assert_eq!(state.message.as_deref(), Some(why));
    assert_eq!(state.selection, selected);
    assert_eq!(state.overlay, Overlay::None);
}

/// The question says what `y` will do, for each way the copy's files can be here: copy
/// the sample (none here), open the copy left here (both; it asked "Copy …?" and then
/// opened the old copy), or no question at all when one alone is here and nothing can be
/// copied (said at once, the words kept selected).
#[test]
fn the_copy_question_says_what_yes_will_do() {
    for (article, claims) in [(false, false), (true, true), (true, false), (false, true)] {
        let mut state = State::sample_at_120x40();
        let target = match article || claims {
            true => Target::SampleCopyHere { article, claims },
            false => Target::Sample,
        };
        update(&mut state, Action::EditTarget(target));
        update(&mut state, Action::NextClaim);
        update(&mut state, Action::SelectSentence);
        let selected = state.selection.clone();
        update(&mut state, Action::NewClaim);
        let case = format!("article here: {article}, claims here: {claims}");
        match (&state.overlay, article, claims) {
            (Overlay::Question(q), false, false) => {
                assert!(q.text.contains("Copy its article"), "{case}: {}", q.text);
                assert!(q.short.starts_with("Copy"), "{case}: {}", q.short);
            }
            (Overlay::Question(q), true, true) => {
                assert!(q.text.contains("open that copy"), "{case}: {}", q.text);
                assert!(!q.text.contains("Copy"), "{case}: {}", q.text);
                assert!(q.short.starts_with("Open the copy"), "{case}: {}", q.short);
                assert_eq!(
                    update(&mut state, Action::Confirm(true)),
                    [Effect::CopySample]
                );
            }
            (Overlay::None, true, false) | (Overlay::None, false, true) => {
                let message = state.message.clone().unwrap_or_default();
                assert!(message.starts_with("not copied: "), "{case}: {message}");
                assert_eq!(state.selection, selected, "{case}");
                assert_eq!(state.after_copy, None, "{case}");
            }
            (other, ..) => panic!("{case}: {other:?}"),
        }
    }
}
