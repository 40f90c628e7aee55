//! The help overlay's lines and how far it scrolls: what drawing shows and the scroll keys stop at, computed once for both.

use crate::reader::action::Action;
use crate::reader::state::State;
use crate::wrap::wrap_lines;

/// One line of the help overlay, before it is styled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// An empty line between sections.
    Blank,
    /// A section's title (a key table section, or the current-claim rule).
    Title(&'static str),
    /// A binding, or a later line of a long description: `keys` is the keys column padded
    /// to its width with two spaces each side (blank after a description's first line),
    /// `text` that line of the description.
    Binding { keys: String, text: String },
    /// The warnings' title.
    WarningsTitle,
    /// A line of plain text (the current-claim rule, a warning).
    Text(String),
}

/// Columns of the overlay's text in a window `area_width` columns wide: as wide as its
/// key list, within the window.
pub fn text_width(state: &State, area_width: u16) -> usize {
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
/// section, any warnings (wrapped), the editing keys, the keys of the other modes (the
/// search prompt, a form, a question, the lists), each mode's a section, and last the
/// current-claim rule.
///
/// The reading keys and the warnings keep the places they had before the other modes were
/// shown (the warnings a few lines higher), and the rule stays the last line.
pub fn lines(state: &State, width: usize) -> Vec<HelpLine> {
    use crate::keys::keymap::Section;
    let mut lines = Vec::new();
    let rows = state.config.keys.0.help_rows();
    let key_width = key_column(&rows);
    let (reading, others): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|r| !r.0.is_other_mode() && r.0 != Section::Editing);
    push_sections(&mut lines, reading, width, key_width);
    if !state.doc.warnings.is_empty() {
        lines.push(HelpLine::Blank);
        lines.push(HelpLine::WarningsTitle);
        for warning in &state.doc.warnings {
            let warning = warning.to_string();
            let wrapped = wrap_lines(&warning, width.saturating_sub(4), width.saturating_sub(4));
            for (n, part) in wrapped.into_iter().enumerate() {
                let lead = if n == 0 { "  ⚠ " } else { "    " };
                lines.push(HelpLine::Text(format!("{lead}{part}")));
            }
        }
    }
    push_sections(&mut lines, others, width, key_width);
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Title("The current claim"));
    // Each sentence of the rule wraps under itself, as a warning does, so a narrow help
    // shows all of it.
    for text in [
        "is the one whose quote, or a response's quote, holds the cursor;",
        "else the first that starts later on the cursor's line;",
        "else the nearest one before the cursor.",
    ] {
        let room = width.saturating_sub(4);
        for (n, part) in wrap_lines(text, room, room).into_iter().enumerate() {
            let lead = if n == 0 { "  " } else { "    " };
            lines.push(HelpLine::Text(format!("{lead}{part}")));
        }
    }
    lines
}

/// Columns a description needs beside the keys column; with fewer, the keys and their
/// description are stacked (a 40-column help had 11 columns of description per line and
/// ran to 650 lines).
const STACKED_BELOW: usize = 24;

/// Adds help rows under their sections' titles, a blank line before each title but on the
/// first line; a description wraps under itself, clear of the keys column, or, where the
/// text is too narrow for both columns, under its keys across the width.
fn push_sections(
    lines: &mut Vec<HelpLine>,
    rows: Vec<(crate::keys::keymap::Section, String, &'static str)>,
    width: usize,
    key_width: usize,
) {
    let mut section = None;
    for (row_section, keys, help) in rows {
        if section != Some(row_section) {
            if !lines.is_empty() {
                lines.push(HelpLine::Blank);
            }
            lines.push(HelpLine::Title(row_section.title()));
            section = Some(row_section);
        }
        if width < key_width + 4 + STACKED_BELOW {
            // Too narrow for two columns: the keys on a line of their own, the
            // description under them across the width.
            lines.push(HelpLine::Binding {
                keys: format!("  {keys}"),
                text: String::new(),
            });
            let room = width.saturating_sub(4).max(10);
            for part in wrap_lines(help, room, room) {
                lines.push(HelpLine::Binding {
                    keys: "    ".into(),
                    text: part.to_string(),
                });
            }
            continue;
        }
        let room = width.saturating_sub(key_width + 4);
        for (n, part) in wrap_lines(help, room, room).into_iter().enumerate() {
            let keys = if n == 0 { keys.as_str() } else { "" };
            lines.push(HelpLine::Binding {
                keys: format!("  {keys:<key_width$}  "),
                text: part.to_string(),
            });
        }
    }
}

/// How far the help can scroll in a window of `width` × `height`: its lines less those
/// shown (the rows inside the overlay's border).
pub fn max_scroll(state: &State, width: u16, height: u16) -> usize {
    let count = lines(state, text_width(state, width)).len();
    let shown = usize::from(height.saturating_sub(2));
    count.saturating_sub(shown)
}

/// Where the help is scrolled to after `action`, from line `scroll`, in a window of
/// `height` rows where it can scroll `max` lines: every key that moves through the text
/// moves through the help (a page is the rows shown, a half page half of them); `None`
/// for an action that does not scroll.
pub fn scrolled(scroll: usize, action: &Action, height: u16, max: usize) -> Option<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// No line of the help is wider than the overlay's text, at any window width (the
    /// bindings and titles from 60 columns, where their keys column fits): long descriptions,
    /// warnings and the current-claim rule wrap (the rule used to be cut at the right
    /// edge below about 70 columns).
    #[test]
    fn every_help_line_fits_the_overlay_at_every_width() {
        let state = State::sample_at_120x40();
        for area_width in 24..=140u16 {
            let width = text_width(&state, area_width);
            for line in lines(&state, width) {
                let shown = match &line {
                    // The keys column fits from 30 columns (the keys stacked over their
                    // descriptions below about 55); the longest titles from 60.
                    HelpLine::Binding { keys, text } if area_width >= 30 => {
                        format!("{keys}{text}")
                    }
                    HelpLine::Title(title) if area_width >= 60 => format!("  {title}"),
                    HelpLine::Binding { .. } | HelpLine::Title(_) => continue,
                    HelpLine::Text(text) => text.clone(),
                    HelpLine::Blank | HelpLine::WarningsTitle => continue,
                };
                assert!(
                    crate::wrap::display_width(&shown) <= width,
                    "{area_width} columns: {shown:?} is wider than {width}"
                );
            }
        }
    }

    #[test]
    fn the_scroll_stops_at_the_last_line() {
        let state = State::sample_at_120x40();
        let count = lines(&state, text_width(&state, 120)).len();
        let max = max_scroll(&state, 120, 10);
        assert_eq!(max, count - 8);
        assert_eq!(scrolled(0, &Action::Bottom, 10, max), Some(max));
        assert_eq!(scrolled(max, &Action::LineDown, 10, max), Some(max));
        assert_eq!(scrolled(5, &Action::PageUp, 10, max), Some(0));
        assert_eq!(scrolled(0, &Action::HalfPageDown, 10, max), Some(4));
        assert_eq!(scrolled(3, &Action::ToggleHelp, 10, max), None);
    }
}

#[cfg(test)]
mod narrow_tests {
    use super::*;

    /// A narrow help stacks each binding's keys over its description, so that it stays a
    /// few screens long; a wide one keeps two columns. Every description's words are
    /// shown either way.
    #[test]
    fn a_narrow_help_stacks_keys_over_descriptions_and_stays_short() {
        let state = State::sample_at_120x40();
        let wide = lines(&state, text_width(&state, 120));
        let rows = state.config.keys.0.help_rows();
        for area_width in [30u16, 40, 50, 60, 80, 120] {
            let width = text_width(&state, area_width);
            let shown = lines(&state, width);
            // At most three times the wide help (it was four to five times at 40 columns).
            assert!(
                area_width < 40 || shown.len() <= wide.len() * 3,
                "{area_width} columns: {} lines (wide {})",
                shown.len(),
                wide.len()
            );
            let words: String = shown
                .iter()
                .filter_map(|l| match l {
                    HelpLine::Binding { text, .. } => Some(format!("{text} ")),
                    _ => None,
                })
                .collect();
            let words: Vec<&str> = words.split_whitespace().collect();
            for (_, _, help) in &rows {
                let wanted: Vec<&str> = help.split_whitespace().collect();
                assert!(
                    words.windows(wanted.len()).any(|w| w == wanted.as_slice()),
                    "{area_width} columns: {help:?} is not shown whole"
                );
            }
        }
        // Two columns where there is room: the first binding's description beside its keys.
        let first = wide
            .iter()
            .find_map(|l| match l {
                HelpLine::Binding { keys, text } if !keys.trim().is_empty() => Some(text),
                _ => None,
            })
            .unwrap();
        assert!(!first.is_empty());
    }
}
