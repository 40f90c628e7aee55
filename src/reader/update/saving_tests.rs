//! Tests of what the reader says and does when the claims file on disk does not read: the edits stay as shown and unsaved, quitting asks, the quit question's save key does not quit, and a later read that works starts afresh.

use crate::config::SavePolicy;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Saving;
use crate::reader::model::overlay::Overlay;
use crate::reader::update::edit_tests::{editable, select_response};
use crate::reader::update::saving::UNREADABLE;
use crate::reader::update::update;

const WHY: &str = "a.claims.toml:3:7: expected `=`";

/// The loop's answer to a reload or save key (`after_edit`: to an edit just made).
fn unreadable(after_edit: bool) -> Action {
    Action::ClaimsUnreadable {
        error: WHY.into(),
        after_edit,
    }
}

/// Under either policy: an edit answered by "unreadable" is kept in the document, marked
/// not saved, and quitting asks first; the save key asks the loop to try again.
#[test]
fn edits_made_while_the_file_does_not_read_stay_unsaved_and_quitting_asks() {
    for policy in [SavePolicy::Immediate, SavePolicy::OnKey] {
        let mut state = editable();
        state.editing.policy = policy;
        select_response(&mut state, 0);
        let claim = state.selected.unwrap();
        update(&mut state, Action::CycleStance);
        let stance = state.doc.claims[claim].responses[0].entry.stance;
        assert!(update(&mut state, unreadable(true)).is_empty());
        let message = state.message.clone().unwrap();
        assert!(message.starts_with(UNREADABLE), "{policy:?}: {message}");
        assert!(message.contains(WHY), "{message}");
        assert!(
            message.contains("fix the file, then r or Ctrl-s reads it again"),
            "{message}"
        );
        assert_eq!(state.editing.saving, Saving::Failed(UNREADABLE.into()));
        // The standing notice is that the edits are not saved.
        assert!(!state.stale);
        assert_eq!(
            state.editing.mark().as_deref(),
            Some("not saved: the claims file on disk cannot be read")
        );
        // The edit is still shown.
        assert_eq!(state.doc.claims[claim].responses[0].entry.stance, stance);
        // Quitting asks; the save key is handed to the loop (which reads the file again).
        assert!(update(&mut state, Action::Quit).is_empty(), "{policy:?}");
        assert!(matches!(state.overlay, Overlay::Question(_)), "{policy:?}");
        assert_eq!(update(&mut state, Action::Save), [Effect::Save]);
        assert!(state.editing.quit_when_saved);
        // Still unreadable: the reader stays, and says why it did not quit.
        assert!(update(&mut state, unreadable(false)).is_empty());
        assert!(!state.editing.quit_when_saved);
        let message = state.message.clone().unwrap();
        assert!(message.ends_with("(not quitting)"), "{message}");
        assert!(message.starts_with(UNREADABLE), "{message}");
    }
}

/// A second edit while the file still does not read keeps its own message, with a few
/// words; once a read works the document is new and the next failure is said in full.
#[test]
fn a_later_edit_says_it_briefly_and_a_good_read_starts_afresh() {
    let mut state = editable();
    select_response(&mut state, 0);
    update(&mut state, Action::CycleStance);
    update(&mut state, unreadable(true));
    update(&mut state, Action::CycleStance);
    let own = state.message.clone().unwrap();
    update(&mut state, unreadable(true));
    let message = state.message.clone().unwrap();
    assert_eq!(
        message,
        format!("{own} (not saved: the claims file on disk cannot be read)")
    );
    // The save key's answer is said in full, never after "saving…".
    assert_eq!(update(&mut state, Action::Save), [Effect::Save]);
    update(&mut state, unreadable(false));
    let message = state.message.clone().unwrap();
    assert!(message.starts_with(UNREADABLE), "{message}");
    // The file read again (fixed): the next failure is a new one, said in full.
    let doc = state.doc.clone();
    update(
        &mut state,
        Action::Reloaded {
            doc: Box::new(doc),
            errors: Vec::new(),
        },
    );
    assert!(!state.editing.unreadable);
    update(&mut state, Action::CycleStance);
    update(&mut state, unreadable(true));
    assert!(state.message.clone().unwrap().starts_with(UNREADABLE));
}

/// Undo while the file does not read is an edit like any other: kept, not saved.
#[test]
fn undo_while_the_file_does_not_read_stays_unsaved() {
    let mut state = editable();
    select_response(&mut state, 0);
    update(&mut state, Action::CycleStance);
    update(&mut state, unreadable(true));
    let effects = update(&mut state, Action::Undo);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Edited { undo: true, .. })),
        "{effects:?}"
    );
    update(&mut state, unreadable(true));
    assert_eq!(state.editing.saving, Saving::Failed(UNREADABLE.into()));
    assert!(update(&mut state, Action::Quit).is_empty());
}
