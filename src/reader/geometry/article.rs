//! Where the article pane's cells fall in the text: the body offset under a terminal cell, as the pane is drawn.

use crate::reader::state::State;
use crate::wrap::is_invisible_break;

/// The place in the body at terminal cell (`column`, `row`) of the article pane: the
/// byte where the character drawn there begins (a click left of the text gives the line's
/// start, right of it the line's end). `None` off the text's lines.
pub fn offset_at(state: &State, column: u16, row: u16) -> Option<usize> {
    let pane = state.screen.article;
    if !pane.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let (at, line) = state
        .layout
        .lines_from(&state.doc.article, state.view.top)
        .nth(usize::from(row - pane.y))?;
    if !line.kind.is_body() {
        return None;
    }
    let lead = at
        .block
        .checked_sub(1)
        .and_then(|p| state.doc.article.paragraphs.get(p))
        .map_or(0, |p| p.lead.width());
    let text_x = usize::from(pane.x + state.screen.indent + state.screen.gutter) + lead;
    let mut room = usize::from(column).saturating_sub(text_x);
    let text = &state.doc.article.body[line.range.clone()];
    for (i, c) in text.char_indices() {
        let width = if is_invisible_break(c) {
            0
        } else {
            unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
        };
        if room < width.max(1) {
            return Some(line.range.start + i);
        }
        room -= width;
    }
    Some(line.range.end)
}
