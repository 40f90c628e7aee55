//! Drawing: reads the state, never changes it, never does I/O.

mod article_view;
mod help;
mod links;
mod sidebar;
mod status;
pub mod theme;

use ratatui::Frame;

use crate::state::State;
use theme::Theme;

pub use article_view::visible;
pub use help::max_scroll as help_max_scroll;

/// Draws one frame of the reader.
pub fn draw(frame: &mut Frame, state: &State) {
    let theme = Theme::new(&state.config.colors);
    let screen = &state.screen;
    let area = frame.area();
    // The state was laid out for its last Resize; draw only what fits this frame.
    let fit = |rect: ratatui::layout::Rect| rect.intersection(area);
    article_view::draw(frame, fit(screen.article), state, &theme);
    if let Some(sidebar_area) = screen.sidebar {
        sidebar::draw(frame, fit(sidebar_area), state, &theme);
    }
    if let Some(status_area) = screen.status {
        status::draw(frame, fit(status_area), state, &theme);
    }
    if state.links.open {
        links::draw(frame, area, state, &theme);
    }
    if state.help_open {
        help::draw(frame, area, state, &theme);
    }
}
