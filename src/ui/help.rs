//! Drawing the help overlay, generated from the key map (its lines and scrolling are in `reader::geometry::help`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::reader::geometry::help::{self, HelpLine};
use crate::reader::state::State;

/// The overlay's lines for text `width` columns wide, styled: see [`help::lines`].
fn lines(state: &State, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let title = Style::new().fg(theme.accent).add_modifier(Modifier::BOLD);
    help::lines(state, width)
        .into_iter()
        .map(|line| match line {
            HelpLine::Blank => Line::default(),
            HelpLine::Title(text) => Line::styled(text, title),
            HelpLine::Binding { keys, text } => Line::from(vec![
                Span::styled(keys, Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(text),
            ]),
            HelpLine::WarningsTitle => Line::styled(
                "Warnings",
                Style::new()
                    .fg(theme.verdict_false)
                    .add_modifier(Modifier::BOLD),
            ),
            HelpLine::Text(text) => Line::raw(text),
        })
        .collect()
}

/// Draws the help over `area`, scrolled `scroll` lines down (as far as it goes).
pub fn draw(frame: &mut Frame, area: Rect, state: &State, scroll: usize, theme: &Theme) {
    let text_width = help::text_width(state, area.width);
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
    let quit = keys.key_or_name_in(list, &crate::reader::action::Action::Quit);
    let title = super::title::Title {
        close: Some((format!("{help}{quit} closes"), quit)),
        ..super::title::Title::named("Keys")
    };
    let inner = super::popup(frame, area, size, title, theme);
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(inner.height)));
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
