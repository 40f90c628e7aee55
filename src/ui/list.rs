//! Drawing a list overlay (the links, the filters, the people): a popup as wide as the window allows, the rows that fit, the selected row kept in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::theme::Theme;
use crate::reader::model::list::List;

/// Draws `list` in a popup titled `title` centred over `area` (see [`popup`]), each row it
/// shows made by `row(index, item, is_selected, inner_width)` (the width inside the border,
/// in columns). Nothing is drawn when the window is too small for a list.
pub fn draw<'a, T>(
    frame: &mut Frame,
    area: Rect,
    list: &'a List<T>,
    title: super::title::Title,
    theme: &Theme,
    mut row: impl FnMut(usize, &'a T, bool, usize) -> Line<'a>,
) {
    let count = list.rows.len();
    let selected = list.selected.min(count.saturating_sub(1));
    let Some((inner, offset)) = popup(frame, area, (count, selected), title, theme) else {
        return;
    };
    let inner_width = usize::from(inner.width);
    let lines: Vec<Line> = (list.rows.iter().enumerate())
        .skip(offset)
        .take(usize::from(inner.height))
        .map(|(i, item)| row(i, item, i == selected, inner_width))
        .collect();
    frame.render_widget(super::lines::Lines(lines), inner);
}

/// Opens a list popup of `count` rows titled `title`, as wide as the window allows (its
/// width less four columns, as the help is), and returns the area inside it with the first row to show so that row
/// `selected` stays in view, a little below the top when it can; `None` when the window is
/// too small for a list.
fn popup(
    frame: &mut Frame,
    area: Rect,
    (count, selected): (usize, usize),
    title: super::title::Title,
    theme: &Theme,
) -> Option<(Rect, usize)> {
    let width = area.width.saturating_sub(4);
    let height = (count as u16).saturating_add(2).min(area.height);
    if width < 10 || height < 3 {
        return None;
    }
    let inner = super::popup(frame, area, (width, height), title, theme);
    let rows = usize::from(inner.height);
    let selected = selected.min(count.saturating_sub(1));
    let offset = selected
        .saturating_sub(rows / 3)
        .min(count.saturating_sub(rows));
    Some((inner, offset))
}
