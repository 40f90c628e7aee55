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
pub fn key_action(state: &State, key: &KeyEvent) -> Option<Action> {
    state.config.keys.0.action_for(key_mode(state), key)
}
