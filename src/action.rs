//! The one `Action` enum: everything that can change the reader's state.

/// A change to the reader's state. Keys map to these through the key map;
/// the terminal's resize events become [`Action::Resize`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    LineDown,
    LineUp,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextClaim,
    PrevClaim,
    ToggleFocus,
    Activate,
    ToggleSidebar,
    ToggleHelp,
    /// Closes the help overlay if it is open, else quits.
    Quit,
    /// Quits at once, whatever is open.
    ForceQuit,
    /// The terminal now has this many columns and rows.
    Resize {
        width: u16,
        height: u16,
    },
}
