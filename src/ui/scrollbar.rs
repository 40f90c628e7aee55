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

/// The claim each of `height` rows marks (`row_of`: the row of a byte offset, never
/// decreasing): in a row with several, the current claim, else the first shown. The placed
/// claims come first, sorted by where they start, and a row's claims are a run of them,
/// found by binary search in their starts: a frame costs a few steps a row, not a step per
/// claim (a pass over 100,000 of them was most of a frame at 100 MB).
fn claim_per_row(
    state: &State,
    height: usize,
    row_of: impl Fn(usize) -> usize,
) -> Vec<Option<usize>> {
    let claims = &state.doc.claims;
    let anchored = state.doc.anchored_count();
    let mut from = 0;
    (0..height)
        .map(|row| {
            // By the starts kept beside the claims: no claim is read.
            let to = (claims.partition_by_start(|s| s != usize::MAX && row_of(s) <= row))
                .clamp(from, anchored);
            let chosen = state
                .selected
                .filter(|s| (from..to).contains(s) && state.shows_claim(*s))
                .or_else(|| state.shown_from(from, true).filter(|&index| index < to));
            from = to;
            chosen
        })
        .collect()
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
    // Claims over matches.
    for (mark, claim) in marks.iter_mut().zip(claim_per_row(state, height, row_of)) {
        if let Some(index) = claim {
            *mark = Mark::Claim(index);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::action::Action;
    use crate::reader::model::filter::{Filter, filter_choices};
    use crate::reader::update::update;

    /// The rows' claims by binary search are what a pass over every claim gives, for
    /// every height, every claim current, with and without each filter.
    #[test]
    fn each_row_marks_the_claim_a_pass_over_every_claim_would() {
        let mut state = State::sample_at_120x40();
        let length = state.doc.article.body.len();
        let mut filters: Vec<Option<Filter>> = vec![None];
        filters.extend(filter_choices(&state.doc).into_iter().map(|(f, _)| Some(f)));
        for filter in filters {
            state.set_filter(filter.clone());
            for selected in 0..state.doc.claims.len() {
                update(&mut state, Action::Top);
                state.selected = Some(selected);
                for height in 1..=40 {
                    let row_of =
                        |offset: usize| (offset.min(length - 1) * height / length).min(height - 1);
                    let mut want = vec![None; height];
                    for (index, claim) in state.doc.claims.iter().enumerate() {
                        let Some(start) = claim.start().filter(|_| state.shows_claim(index)) else {
                            continue;
                        };
                        let row: &mut Option<usize> = &mut want[row_of(start)];
                        if row.is_none() || state.selected == Some(index) {
                            *row = Some(index);
                        }
                    }
                    assert_eq!(
                        claim_per_row(&state, height, row_of),
                        want,
                        "{filter:?}, claim {selected}, height {height}"
                    );
                }
            }
        }
    }
}
