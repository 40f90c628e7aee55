//! The mouse, when it is on: the wheel scrolls the pane under the pointer, a click on a claim's highlight or a sidebar entry selects it, a drag in the text selects words.

use crate::reader::action::{Action, MouseKind};

/// Lines the article moves for one notch of the wheel.
pub const WHEEL_LINES: isize = 3;

/// While an overlay is open the wheel moves through it like the line keys.
pub fn overlay_action(kind: MouseKind) -> Option<Action> {
    match kind {
        MouseKind::ScrollDown => Some(Action::LineDown),
        MouseKind::ScrollUp => Some(Action::LineUp),
        MouseKind::Click | MouseKind::Drag | MouseKind::Release => None,
    }
}
