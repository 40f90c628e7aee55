//! Drawing the list a filter or a person is chosen from, over the reader.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::layout::display_width;
use crate::reader::model::chooser::{Chooser, ChooserKind};
use crate::reader::state::State;
use crate::text::ellipsize;

/// Draws the open chooser over `area`, the filter in force marked.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, chooser: &Chooser, theme: &Theme) {
    let rows = &chooser.list.rows;
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
    let title = match chooser.kind {
        ChooserKind::Filters => format!(" Filter claims · {enter} chooses · {quit} closes "),
        ChooserKind::MoveTo { .. } => {
            format!(" Move the response to which claim? · {enter} moves it · {quit} closes ")
        }
        ChooserKind::People => {
            format!(" People · {enter} steps through their statements · {quit} closes ")
        }
    };
    let current = state.filter.as_ref().map(|f| &f.filter);
    // The labels' column: the longest label, within half the list's width (found once).
    let mut label_room = None;
    super::list::draw(
        frame,
        area,
        &chooser.list,
        title,
        theme,
        |_, row, selected, inner_width| {
            let label_room = *label_room.get_or_insert_with(|| {
                rows.iter()
                    .map(|r| display_width(&r.label))
                    .max()
                    .unwrap_or(0)
                    .min(inner_width / 2)
            });
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
            let style = if selected {
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
        },
    );
}
