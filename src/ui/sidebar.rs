//! Drawing the sidebar: its border and title, and its rows (built in `reader::geometry::sidebar`) in the theme's styles.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::theme::Theme;
use super::title::Title;
use crate::reader::geometry::sidebar::{Piece, Row, Tone, borders, rows, visible};
use crate::reader::state::{Focus, State};

/// Draws the sidebar in `area`: its border, titled with the claims count (or the filter),
/// and the rows that fit, the search's matches marked.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let focused = state.focus == Focus::Sidebar;
    let border_style = if focused {
        Style::new().fg(theme.accent)
    } else {
        theme.muted()
    };
    let total = state.doc.claims.len();
    let title = match state.selected {
        _ if state.loading.is_some() => Title::named("Claims (loading…)"),
        _ if state.filter.is_some() => {
            let active = state.filter.as_ref().map_or(0, |f| f.count);
            let label = state
                .filter
                .as_ref()
                .map(|f| f.filter.label())
                .unwrap_or_default();
            Title::named(format!("Claims {active} of {total}")).hint(label)
        }
        Some(i) => Title::named(format!("Claims {}/{total}", i + 1)),
        None => Title::named(format!("Claims ({total})")),
    };
    // The border's corners (where it has them) are not the title's.
    let title = title.fit(usize::from(area.width.saturating_sub(2)));
    let block = Block::new()
        .borders(borders(state))
        .border_style(border_style)
        .title(Span::styled(
            title,
            border_style.add_modifier(Modifier::BOLD),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let rows = rows(state, usize::from(inner.width), usize::from(inner.height));
    let shown = visible(state, &rows, usize::from(inner.height));
    let query = &state.search.query;
    let mut rows: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    let lines: Vec<Line> = shown
        .into_iter()
        .filter_map(|i| rows[i].take())
        .map(|r| styled(theme, r))
        .map(|line| crate::reader::model::claim_search::mark_matches(line, query))
        .collect();
    frame.render_widget(super::lines::Lines(lines), inner);
}

/// A row as a line of spans, each piece in its tone's style.
fn styled(theme: &Theme, row: Row) -> Line<'static> {
    Line::from(
        row.pieces
            .into_iter()
            .map(|Piece { text, tone }| Span::styled(text, style(theme, &tone)))
            .collect::<Vec<_>>(),
    )
}

/// The style of a tone in this theme.
fn style(theme: &Theme, tone: &Tone) -> Style {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    match tone {
        Tone::Plain => Style::new(),
        Tone::Bold => bold,
        Tone::BoldReversed => bold.add_modifier(Modifier::REVERSED),
        Tone::Italic => Style::new().add_modifier(Modifier::ITALIC),
        Tone::Muted => theme.muted(),
        Tone::MutedItalic => theme.muted().add_modifier(Modifier::ITALIC),
        Tone::Accent => Style::new().fg(theme.accent),
        Tone::Warning => Style::new().fg(theme.verdict_false),
        Tone::Approximate => Style::new().fg(theme.verdict_mixed),
        Tone::Stance(stance) => Style::new().fg(theme.stance(*stance)),
        Tone::StanceBold(stance) => Style::new()
            .fg(theme.stance(*stance))
            .add_modifier(Modifier::BOLD),
        Tone::Verdict(class) => Style::new().fg(theme.verdict(*class)),
        Tone::Badge(class) => theme.badge(*class),
    }
}
