//! Which key mode the reader is in (the key table's mode column): from what is open over
//! the text and which pane has focus. The one place that says it.

use ratatui::crossterm::event::KeyEvent;

use crate::keys::bindings::Mode;
use crate::reader::action::Action;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::{Focus, State};

/// The mode keys are read in: the search prompt while it is open, else a list's while a
/// list or the help is open over the text, else the selection's while one is being made,
/// else the focused pane's.
pub fn key_mode(state: &State) -> Mode {
    match state.overlay {
        Overlay::Prompt(_) | Overlay::SaveAs(_) => Mode::Prompt,
        Overlay::Form(_) => Mode::Form,
        Overlay::Question(_) => Mode::Confirm,
        Overlay::Help { .. } | Overlay::Links(_) | Overlay::Chooser(_) => Mode::List,
        Overlay::None if state.selection.is_some() => Mode::Selection,
        Overlay::None if state.focus == Focus::Sidebar => Mode::Sidebar,
        Overlay::None => Mode::Article,
    }
}

/// The action a key press asks for in the reader's mode, through the key map in force.
/// While reading, a key the reading modes leave free that the selection's mode gives to
/// an action on the selected words (`c`: a new claim from them) is that action, which,
/// with nothing selected, says how to select ([`State::needs_a_selection`]) rather than
/// nothing at all.
pub fn key_action(state: &State, key: &KeyEvent) -> Option<Action> {
    let keys = &state.config.keys.0;
    let mode = key_mode(state);
    keys.action_for(mode, key).or_else(|| {
        if !matches!(mode, Mode::Article | Mode::Sidebar) {
            return None;
        }
        keys.action_for(Mode::Selection, key).filter(|action| {
            matches!(
                action,
                Action::NewClaim
                    | Action::NewResponse
                    | Action::CopySelection
                    | Action::UseSelection
            )
        })
    })
}
