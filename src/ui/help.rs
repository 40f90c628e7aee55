//! Drawing the help overlay, generated from the key map.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::layout::wrap_lines;
use crate::reader::state::State;

/// Columns of the overlay's text: as wide as its key list, within the window.
fn text_width(state: &State, area_width: u16) -> usize {
    let rows = state.config.keys.0.help_rows();
    let key_width = key_column(&rows);
    let widest = rows
        .iter()
        .map(|(_, _, help)| 6 + key_width + help.chars().count())
        .max()
        .unwrap_or(0)
        .max(66);
    widest.min(usize::from(area_width).saturating_sub(5))
}

/// Columns of the keys column: the longest key list, up to 24.
fn key_column(rows: &[(crate::keys::keymap::Section, String, &str)]) -> usize {
    rows.iter()
        .map(|(_, keys, _)| keys.chars().count())
        .max()
        .unwrap_or(0)
        .min(24)
}

/// The overlay's lines for text `width` columns wide: the reading modes' bindings by
/// section, any warnings (wrapped), the keys of the other modes (the search prompt, the
/// lists), each mode's a section, and last the current-claim rule.
///
/// The reading keys and the warnings keep the places they had before the other modes were
/// shown (the warnings a few lines higher), and the rule stays the last line.
pub fn lines(state: &State, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    use crate::keys::keymap::Section;
    let mut lines = Vec::new();
    let rows = state.config.keys.0.help_rows();
    let key_width = key_column(&rows);
    let other_mode = |s: &Section| matches!(s, Section::Prompt | Section::Lists);
    let (reading, others): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| !other_mode(&r.0));
    push_sections(&mut lines, reading, theme, width, key_width);
    if !state.doc.warnings.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            "Warnings",
            Style::new()
                .fg(theme.verdict_false)
                .add_modifier(Modifier::BOLD),
        ));
        for warning in &state.doc.warnings {
            let warning = warning.to_string();
            let wrapped = wrap_lines(&warning, width.saturating_sub(4), width.saturating_sub(4));
            for (n, part) in wrapped.into_iter().enumerate() {
                let lead = if n == 0 { "  ⚠ " } else { "    " };
                lines.push(Line::raw(format!("{lead}{part}")));
            }
        }
    }
    push_sections(&mut lines, others, theme, width, key_width);
    lines.push(Line::default());
    lines.push(Line::styled(
        "The current claim",
        Style::new().fg(theme.accent).add_modifier(Modifier::BOLD),
    ));
    for text in [
        "  is the one whose quote, or a response's quote, holds the cursor;",
        "  else the first that starts later on the cursor's line;",
        "  else the nearest one before the cursor.",
    ] {
        lines.push(Line::raw(text));
    }
    lines
}

/// Adds help rows under their sections' titles, a blank line before each title but on the
/// first line; a description wraps under itself, clear of the keys column.
fn push_sections(
    lines: &mut Vec<Line<'static>>,
    rows: Vec<(crate::keys::keymap::Section, String, &'static str)>,
    theme: &Theme,
    width: usize,
    key_width: usize,
) {
    let mut section = None;
    for (row_section, keys, help) in rows {
        if section != Some(row_section) {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(
                row_section.title(),
                Style::new().fg(theme.accent).add_modifier(Modifier::BOLD),
            ));
            section = Some(row_section);
        }
        let room = width.saturating_sub(key_width + 4).max(10);
        for (n, part) in wrap_lines(help, room, room).into_iter().enumerate() {
            let keys = if n == 0 { keys.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {keys:<key_width$}  "),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(part),
            ]));
        }
    }
}

/// How far the help can scroll in a window of `height` rows: its lines less those shown.
pub fn max_scroll(state: &State, width: u16, height: u16) -> usize {
    let theme = Theme::of(state);
    let count = lines(state, &theme, text_width(state, width)).len();
    let shown = usize::from(height.saturating_sub(2));
    count.saturating_sub(shown)
}

/// Where the help is scrolled to after `action`, from line `scroll`, in a window of
/// `height` rows where it can scroll `max` lines: every key that moves through the text
/// moves through the help (a page is the rows shown, a half page half of them); `None`
/// for an action that does not scroll.
pub fn scrolled(
    scroll: usize,
    action: &crate::reader::action::Action,
    height: u16,
    max: usize,
) -> Option<usize> {
    use crate::reader::action::Action;
    let page = usize::from(height.saturating_sub(2)).max(1);
    let half = (page / 2).max(1);
    let to = match action {
        Action::LineDown => scroll + 1,
        Action::LineUp => scroll.saturating_sub(1),
        Action::HalfPageDown => scroll + half,
        Action::HalfPageUp => scroll.saturating_sub(half),
        Action::PageDown => scroll + page,
        Action::PageUp => scroll.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => max,
        _ => return None,
    };
    Some(to.min(max))
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let text_width = text_width(state, area.width);
    let lines = lines(state, theme, text_width);
    let size = (text_width as u16 + 4, lines.len() as u16 + 2);
    // The keys that close it are the list mode's, which the help is read in.
    let keys = &state.config.keys.0;
    let list = crate::keys::bindings::Mode::List;
    let help = (keys
        .keys_in(list, &crate::reader::action::Action::ToggleHelp)
        .first())
    .map(|k| format!("{k} or "))
    .unwrap_or_default();
    let title = format!(
        " Keys · {help}{} closes ",
        keys.key_or_name_in(list, &crate::reader::action::Action::Quit)
    );
    let inner = super::popup(frame, area, size, title, theme);
    let scroll = state
        .help_scroll
        .min(lines.len().saturating_sub(usize::from(inner.height)));
    // How much is left below, in the bottom border: `↓ 12 more`, or `end` once scrolled.
    let below = lines
        .len()
        .saturating_sub(scroll + usize::from(inner.height));
    let left = match (below, scroll) {
        (0, 0) => None,
        (0, _) => Some(" end ".to_string()),
        (n, _) => Some(format!(" ↓ {n} more ")),
    };
    let border = inner.y + inner.height;
    if let Some(left) = left
        && border < area.y + area.height
        && inner.width > 12
    {
        frame.render_widget(
            Paragraph::new(Span::styled(
                left,
                Style::new().fg(theme.accent).add_modifier(Modifier::BOLD),
            ))
            .alignment(ratatui::layout::Alignment::Right),
            Rect {
                x: inner.x,
                y: border,
                width: inner.width.saturating_sub(1),
                height: 1,
            },
        );
    }
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(
        Paragraph::new(shown),
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(1),
            ..inner
        },
    );
}
