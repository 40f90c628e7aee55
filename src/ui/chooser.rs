//! Drawing the list a filter or a person is chosen from, over the reader.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::layout::display_width;
use crate::reader::model::chooser::ChooserKind;
use crate::reader::state::State;
use crate::text::ellipsize;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(kind) = state.chooser.open else {
        return;
    };
    let rows = &state.chooser.rows;
    let keys = &state.config.keys.0;
    let (enter, quit) = (
        keys.key_or_name_in(
            crate::keys::keymap::Mode::List,
            &crate::reader::action::Action::Activate,
        ),
        keys.key_or_name_in(
            crate::keys::keymap::Mode::List,
            &crate::reader::action::Action::Quit,
        ),
    );
    let title = match kind {
        ChooserKind::Filters => format!(" Filter claims · {enter} chooses · {quit} closes "),
        ChooserKind::People => {
            format!(" People · {enter} steps through their statements · {quit} closes ")
        }
    };
    let selected = state.chooser.selected.min(rows.len().saturating_sub(1));
    let Some((inner, offset)) =
        super::list_popup(frame, area, (rows.len(), selected), title, theme)
    else {
        return;
    };
    let shown = usize::from(inner.height);
    let inner_width = usize::from(inner.width);
    let label_room = rows
        .iter()
        .map(|r| display_width(&r.label))
        .max()
        .unwrap_or(0)
        .min(inner_width / 2);
    let current = state.filter.as_ref().map(|f| &f.filter);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(shown)
        .map(|(i, row)| {
            // The filter in force is marked, whichever row is selected.
            let mark = if row.filter.as_ref() == current {
                "● "
            } else {
                "  "
            };
            let label = ellipsize(&row.label, label_room);
            let pad = " ".repeat(label_room.saturating_sub(display_width(&label)) + 2);
            let used = 3 + display_width(&label) + pad.len();
            let detail = ellipsize(&row.detail, inner_width.saturating_sub(used + 1));
            let style = if i == selected {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(format!(" {mark}"), style.fg(theme.accent)),
                Span::styled(label, style.add_modifier(Modifier::BOLD)),
                Span::styled(pad, style),
                Span::styled(detail, style.patch(theme.muted())),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
