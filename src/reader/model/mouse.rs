//! The mouse, when it is on: the wheel scrolls the pane under the pointer, a click on a claim's highlight or a sidebar entry selects it.

use crate::reader::action::Action;

/// Lines the article moves for one notch of the wheel.
pub const WHEEL_LINES: isize = 3;

/// What the mouse did (other buttons and drags are left to the terminal's selection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    ScrollUp,
    ScrollDown,
    /// The left button went down.
    Click,
}

/// While an overlay is open the wheel moves through it like the line keys.
pub fn overlay_action(kind: MouseKind) -> Option<Action> {
    match kind {
        MouseKind::ScrollDown => Some(Action::LineDown),
        MouseKind::ScrollUp => Some(Action::LineUp),
        MouseKind::Click => None,
    }
}
