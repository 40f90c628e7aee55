//! Drawing the scrollbar beside the article: where the screen is in the whole text, a mark for every claim (in its colour) and for every search match.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::theme::Theme;
use crate::layout::LineKind;
use crate::reader::state::State;

/// What a row of the scrollbar shows, most telling first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Track,
    Match,
    /// A claim starts in this stretch of the text: its index.
    Claim(usize),
}

/// Draws the scrollbar in the last column of the article pane (a column the text never
/// takes). Row `r` of `h` stands for the bytes from `r/h` to `(r+1)/h` of the text.
/// Nothing is drawn when the whole text fits the pane.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if area.width < 20 || area.height < 3 || state.loading.is_some() {
        return;
    }
    let article = &state.doc.article;
    let length = article.body.len().max(1);
    let height = usize::from(area.height);
    // A text that fits the pane whole needs no scrollbar: its rows would map bytes to rows
    // below the text, and claim marks would stand beside blank rows.
    let layout = &state.layout;
    if layout.prev(article, state.view.top).is_none()
        && layout
            .lines_from(article, state.view.top)
            .nth(height)
            .is_none()
    {
        return;
    }
    let row_of = |offset: usize| (offset.min(length - 1) * height / length).min(height - 1);
    // The stretch of text on screen.
    let shown: Vec<_> = state
        .layout
        .lines_from(article, state.view.top)
        .take(height)
        .filter(|(_, line)| line.kind.is_body() || line.kind == LineKind::Blank)
        .map(|(_, line)| line.range.clone())
        .collect();
    let first = shown.first().map_or(0, |r| r.start);
    let last = shown.last().map_or(length, |r| r.end.max(r.start + 1));
    let thumb = row_of(first)..=row_of(last - 1);
    let mut marks = vec![Mark::Track; height];
    for m in &state.search.matches {
        marks[row_of(m.start)] = Mark::Match;
    }
    // Claims over matches; in a row with several, the current claim, else the first.
    for (index, claim) in state.doc.claims[..state.doc.anchored_count()]
        .iter()
        .enumerate()
    {
        let Some(start) = claim.start().filter(|_| state.shows_claim(index)) else {
            continue;
        };
        let row = &mut marks[row_of(start)];
        if !matches!(row, Mark::Claim(_)) || state.selected == Some(index) {
            *row = Mark::Claim(index);
        }
    }
    let lines: Vec<Line> = marks
        .iter()
        .enumerate()
        .map(|(row, mark)| {
            let in_view = thumb.contains(&row);
            let (symbol, mut style) = match *mark {
                Mark::Track if in_view => ("┃", Style::new().fg(theme.accent)),
                Mark::Track => ("│", theme.muted()),
                Mark::Match => ("◆", Style::new().fg(theme.accent)),
                Mark::Claim(index) => {
                    let claim = &state.doc.claims[index];
                    let mut style = Style::new().fg(theme.claim_color(claim));
                    if state.selected == Some(index) {
                        style = style.add_modifier(Modifier::BOLD);
                    }
                    ("●", style)
                }
            };
            if in_view && *mark != Mark::Track {
                style = style.add_modifier(Modifier::REVERSED);
            }
            Line::styled(symbol, style)
        })
        .collect();
    let column = Rect {
        x: area.x + area.width - 1,
        width: 1,
        ..area
    };
    frame.render_widget(super::lines::Lines(lines), column);
}
