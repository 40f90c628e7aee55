//! Drawing the links list: every link of the article and its claims, numbered, the selected one marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::layout::display_width;
use crate::reader::model::links::LinkItem;
use crate::reader::model::list::List;
use crate::reader::state::State;
use crate::text::ellipsize;

/// Draws the open links list `links` over `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, links: &List<LinkItem>, theme: &Theme) {
    let keys = &state.config.keys.0;
    let count = links.rows.len();
    let title = super::title::Title::named(format!("Links ({count})"))
        .hint(format!(
            "{} opens",
            keys.key_or_name_in(
                crate::keys::keymap::Mode::List,
                &crate::reader::action::Action::Activate
            )
        ))
        .closed_by(keys.key_or_name_in(
            crate::keys::keymap::Mode::List,
            &crate::reader::action::Action::Quit,
        ));
    let number_width = count.to_string().len();
    super::list::draw(
        frame,
        area,
        links,
        title,
        theme,
        |i, link, selected, inner_width| {
            let text_room = (inner_width / 2).saturating_sub(number_width + 3);
            let words = ellipsize(&link.words, text_room);
            let number = format!(" {:>number_width$}  ", i + 1);
            let pad = " ".repeat(text_room.saturating_sub(display_width(&words)) + 2);
            let used = display_width(&number) + display_width(&words) + pad.len();
            let url = ellipsize(&link.url, inner_width.saturating_sub(used + 1));
            let line = Line::from(vec![
                Span::styled(number, theme.muted()),
                Span::styled(words, Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(pad),
                Span::styled(url, Style::new().fg(theme.accent)),
            ]);
            if selected {
                line.style(Style::new().add_modifier(Modifier::REVERSED))
            } else {
                line
            }
        },
    );
}
