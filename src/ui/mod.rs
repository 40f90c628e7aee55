//! Drawing: reads the state, never changes it, never does I/O.

mod article_view;
mod chooser;
mod color_depth;
mod form;
mod help;
mod hyperlinks;
mod lines;
mod links;
mod list;
mod question;
mod scrollbar;
mod sidebar;
mod status;
mod status_columns;
pub(crate) mod theme;
pub(crate) mod title;

use ratatui::Frame;

use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;
use theme::Theme;

/// Draws one frame of the reader.
pub fn draw(frame: &mut Frame, state: &State) {
    let theme = Theme::of(state);
    let screen = &state.screen;
    let area = frame.area();
    // The state was laid out for its last Resize; draw only what fits this frame.
    let fit = |rect: ratatui::layout::Rect| rect.intersection(area);
    article_view::draw(frame, fit(screen.article), state, &theme);
    scrollbar::draw(frame, fit(screen.article), state, &theme);
    if let Some(sidebar_area) = screen.sidebar {
        sidebar::draw(frame, fit(sidebar_area), state, &theme);
    }
    if let Some(status_area) = screen.status {
        status::draw(frame, fit(status_area), state, &theme);
    }
    match &state.overlay {
        Overlay::Links(list) => links::draw(frame, area, state, list, &theme),
        Overlay::Chooser(chooser) => chooser::draw(frame, area, state, chooser, &theme),
        &Overlay::Help { scroll } => help::draw(frame, area, state, scroll, &theme),
        Overlay::Form(form) => form::draw(frame, area, state, form, &theme),
        Overlay::Question(question) => question::draw(frame, area, state, question, &theme),
        // The prompts are drawn in the status bar.
        Overlay::Prompt(_) | Overlay::SaveAs(_) | Overlay::None => {}
    }
    // Links carry their address only where no overlay covers the text.
    if !state.overlay.covers_panes() {
        hyperlinks::mark(frame.buffer_mut(), state);
    }
    color_depth::reduce(frame.buffer_mut(), state.look.depth);
}

/// Draws an empty bordered box of `width` × `height` centred in `area`, titled `title`
/// (fitted to its top border by [`title::Title::fit`]), over whatever is there (the rows it takes are blank across `area`), and returns the
/// area inside its border.
fn popup(
    frame: &mut Frame,
    area: ratatui::layout::Rect,
    (width, height): (u16, u16),
    title: title::Title,
    theme: &Theme,
) -> ratatui::layout::Rect {
    use ratatui::style::{Modifier, Style};
    use ratatui::text::Span;
    use ratatui::widgets::{Block, Borders, Clear};
    let (width, height) = (width.min(area.width), height.min(area.height));
    let popup = ratatui::layout::Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let title = title.fit(usize::from(width.saturating_sub(2)));
    let accent = Style::new().fg(theme.accent);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(accent)
        .title(Span::styled(title, accent.add_modifier(Modifier::BOLD)));
    let inner = block.inner(popup);
    // The rows the box stands on are cleared across the whole window, borders included:
    // what is left of the panes beside it would be cut words (`│base,””`). Above and below
    // it the panes keep whole rows.
    frame.render_widget(
        Clear,
        ratatui::layout::Rect {
            x: area.x,
            width: area.width,
            ..popup
        },
    );
    frame.render_widget(block, popup);
    inner
}
