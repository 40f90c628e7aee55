//! Drawing the list a filter or a person is chosen from, over the reader.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::title::Title;
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
        ChooserKind::Filters => Title::named("Filter claims").hint(format!("{enter} chooses")),
        ChooserKind::MoveTo { .. } => {
            Title::named("Move the response to which claim?").hint(format!("{enter} moves it"))
        }
        ChooserKind::People => {
            Title::named("People").hint(format!("{enter} steps through their statements"))
        }
    }
    .closed_by(quit);
    let current = state.filter.as_ref().map(|f| &f.filter);
    // The labels' column: the longest label, within half the list's width, and the details'
    // columns when they fit beside it (found once).
    let mut label_room = None;
    let mut columns = None;
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
            let room = inner_width.saturating_sub(3 + label_room + 2 + 1);
            let columns = columns.get_or_insert_with(|| detail_columns(rows, room));
            let detail = match columns {
                Some(widths) => ellipsize(&lay_out(&row.detail, widths), room),
                None => ellipsize(&joined(&row.detail), inner_width.saturating_sub(used + 1)),
            };
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

/// Gap between two detail columns, in columns.
const GAP: usize = 3;

/// The width of each detail column (in display columns) when every row's details, lined up
/// in columns `GAP` apart, fit in `room` columns, the last one given at least `LAST` columns
/// (or its whole width) and cut beyond the room; `None` when they do not (each row then shows
/// its details joined with ` · ` and cut). A column empty in every row takes no room.
fn detail_columns(
    rows: &[crate::reader::model::chooser::Choice],
    room: usize,
) -> Option<Vec<usize>> {
    let count = rows.iter().map(|r| r.detail.len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|j| {
            (rows.iter())
                .filter_map(|r| r.detail.get(j))
                .map(|d| display_width(d))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let shown: Vec<usize> = widths.iter().copied().filter(|&w| w > 0).collect();
    let Some((&last, leading)) = shown.split_last() else {
        return Some(widths);
    };
    let total = leading.iter().sum::<usize>() + GAP * leading.len() + last.min(LAST);
    (total <= room).then_some(widths)
}

/// The fewest columns the last detail column (the affiliation in the people view) is given
/// when the columns are lined up.
const LAST: usize = 16;

/// A row's details lined up in columns `widths` wide, `GAP` apart (the last one unpadded).
fn lay_out(detail: &[String], widths: &[usize]) -> String {
    let mut out = String::new();
    let mut pending = 0;
    for (text, &width) in detail.iter().zip(widths).filter(|(_, w)| **w > 0) {
        if !out.is_empty() || pending > 0 {
            out.push_str(&" ".repeat(pending + GAP));
        }
        out.push_str(text);
        pending = width - display_width(text);
    }
    out.trim_end().to_string()
}

/// A row's non-empty details in one line, ` · ` between them.
fn joined(detail: &[String]) -> String {
    let parts: Vec<&str> = (detail.iter().map(String::as_str))
        .filter(|d| !d.is_empty())
        .collect();
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::model::chooser::Choice;

    fn row(detail: &[&str]) -> Choice {
        Choice {
            label: "Ana".into(),
            detail: detail.iter().map(|d| d.to_string()).collect(),
            filter: None,
            claim: None,
        }
    }

    #[test]
    fn details_line_up_in_columns_when_they_fit_and_are_joined_when_not() {
        let rows = [
            row(&["made 2 claims", "", "Mayor's office"]),
            row(&["", "answered 1 claim: ✗ 1 disputes", "City Hospital"]),
            row(&["made 1 claim", "answered 3 claims: ✓ 3 supports", ""]),
        ];
        let widths = detail_columns(&rows, 200).unwrap();
        assert_eq!(widths, vec![13, 31, 14]);
        assert_eq!(
            detail_columns(&rows, 13 + 31 + 2 * GAP + 14),
            Some(widths.clone())
        );
        let lines: Vec<String> = rows.iter().map(|r| lay_out(&r.detail, &widths)).collect();
        // The third column starts at the same place on every row that has it.
        let start = |l: &str, w: &str| display_width(&l[..l.find(w).unwrap()]);
        assert_eq!(start(&lines[0], "Mayor"), start(&lines[1], "City"));
        assert_eq!(start(&lines[1], "answered"), start(&lines[2], "answered"));
        assert!(lines[0].starts_with("made 2 claims"));
        assert!(!lines[2].ends_with(' '));
        // Exactly the room needed fits; one column less does not. A last column wider than
        // LAST needs only LAST columns: it is cut.
        let need = 13 + 31 + 14 + 2 * GAP;
        assert!(detail_columns(&rows, need).is_some());
        assert!(detail_columns(&rows, need - 1).is_none());
        let long = [row(&["made 2 claims", "", &"x".repeat(90)])];
        assert!(detail_columns(&long, 13 + GAP + LAST).is_some());
        assert!(detail_columns(&long, 13 + GAP + LAST - 1).is_none());
        assert_eq!(joined(&rows[0].detail), "made 2 claims · Mayor's office");
        // A column no row uses takes no room.
        let sparse = [
            row(&["made 1 claim", "", ""]),
            row(&["made 2 claims", "", ""]),
        ];
        assert_eq!(detail_columns(&sparse, 13), Some(vec![13, 0, 0]));
        assert_eq!(lay_out(&sparse[0].detail, &[13, 0, 0]), "made 1 claim");
    }
}
