//! Drawing the links list: every link of the article and its claims, numbered, the selected one marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::layout::display_width;
use crate::reader::state::State;
use crate::text::ellipsize;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let links = &state.links.items;
    let keys = &state.config.keys.0;
    let title = format!(
        " Links ({}) · {} opens · {} closes ",
        links.len(),
        keys.key_or_name_in(
            crate::keys::keymap::Mode::List,
            &crate::reader::action::Action::Activate
        ),
        keys.key_or_name_in(
            crate::keys::keymap::Mode::List,
            &crate::reader::action::Action::Quit
        )
    );
    let selected = state.links.selected.min(links.len().saturating_sub(1));
    let Some((inner, offset)) =
        super::list_popup(frame, area, (links.len(), selected), title, theme)
    else {
        return;
    };
    let rows = usize::from(inner.height);
    let inner_width = usize::from(inner.width);
    let number_width = links.len().to_string().len();
    let text_room = (inner_width / 2).saturating_sub(number_width + 3);
    let lines: Vec<Line> = links
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .map(|(i, link)| {
            let words = ellipsize(&link.words, text_room);
            let number = format!(" {:>number_width$}  ", i + 1);
            let pad = " ".repeat(text_room.saturating_sub(display_width(&words)) + 2);
            let used = display_width(&number) + display_width(&words) + pad.len();
            let url = ellipsize(&link.url, inner_width.saturating_sub(used + 1));
            let mut line = Line::from(vec![
                Span::styled(number, theme.muted()),
                Span::styled(words, Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(pad),
                Span::styled(url, Style::new().fg(theme.accent)),
            ]);
            if i == selected {
                line = line.style(Style::new().add_modifier(Modifier::REVERSED));
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
