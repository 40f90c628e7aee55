//! Drawing the status bar: title, position, claim i of N, a warning or message, and key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::layout::display_width;
use crate::state::State;
use crate::text::ellipsize;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let width = usize::from(area.width);
    if let Some(prompt) = &state.search.prompt {
        draw_prompt(frame, area, state, theme, prompt);
        return;
    }
    let total = state.doc.claims.len();
    // While loading, neither the length nor the claims are known yet: say so.
    let position = match &state.loading {
        Some(_) => " ⋯ ".to_string(),
        None => format!(" {}% ", state.percent()),
    };
    let claim = match state.selected {
        _ if state.loading.is_some() => " loading ".to_string(),
        Some(i) => format!(" claim {} of {total} ", i + 1),
        None if total == 0 => " no claims ".to_string(),
        None => format!(" {total} claims ").replace(" 1 claims ", " 1 claim "),
    };
    // A message from the last key wins over a standing warning.
    let stale = match &state.loading {
        Some(loading) => Some(loading.stage.clone()),
        None => state
            .stale
            .then(|| format!("changed on disk: {} reloads", reload_key(state))),
    };
    let searched = search_notice(state);
    let filtered = state
        .filter
        .as_ref()
        .map(|f| format!("⧩ {} ({})", f.filter.label(), f.count));
    let notice = match (
        state
            .message
            .as_ref()
            .or(stale.as_ref())
            .or(searched.as_ref())
            .or(filtered.as_ref()),
        state.doc.warnings.as_slice(),
    ) {
        (Some(message), _) => Some((
            format!(" {message} "),
            Style::new().add_modifier(Modifier::BOLD),
        )),
        (None, [first, rest @ ..]) => {
            let more = if rest.is_empty() {
                String::new()
            } else {
                format!(" (+{} more; see counterpoint check)", rest.len())
            };
            Some((
                format!(" ⚠ {first}{more} "),
                Style::new()
                    .fg(theme.verdict_false)
                    .add_modifier(Modifier::BOLD),
            ))
        }
        _ => link_notice(state, theme),
    };
    let hints: Vec<String> = state
        .config
        .keys
        .0
        .hints()
        .into_iter()
        .map(|(key, words)| format!("{key} {words}"))
        .collect();

    let fixed = position.chars().count() + claim.chars().count();
    let notice_width = notice.as_ref().map_or(0, |(text, _)| display_width(text));
    // The last hint (help) is kept when there is room for a title of 20 columns beside it.
    let essential = hints.last().map_or(0, |hint| display_width(hint) + 2);
    let essential = if width >= fixed + essential + 20 {
        essential
    } else {
        0
    };
    // The title gets what is left after the rest, but at least a little.
    let title_room = width
        .saturating_sub(fixed + notice_width + essential)
        .clamp(width.min(12), 60);
    let title = ellipsize(
        &format!(" {}", state.doc.article.display_title()),
        title_room.saturating_sub(1),
    );
    let mut used = display_width(&title) + 1 + fixed;
    let mut spans = vec![
        Span::styled(
            format!("{title} "),
            theme.status.add_modifier(Modifier::BOLD),
        ),
        Span::styled(position, theme.status),
        Span::styled(claim, theme.status.add_modifier(Modifier::BOLD)),
    ];
    if let Some((text, style)) = notice {
        let text = ellipsize(&text, width.saturating_sub(used));
        used += display_width(&text);
        spans.push(Span::styled(text, style));
    }
    // Hints fill from the right, as many as fit whole; the last ones (help, quit) matter most.
    let mut hint_text = String::new();
    for hint in hints.iter().rev() {
        let candidate = if hint_text.is_empty() {
            format!("{hint} ")
        } else {
            format!("{hint} · {hint_text}")
        };
        if used + 1 + display_width(&candidate) > width {
            break;
        }
        hint_text = candidate;
    }
    let gap = width.saturating_sub(used + display_width(&hint_text));
    spans.push(Span::styled(" ".repeat(gap), theme.status));
    spans.push(Span::styled(hint_text, theme.status));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

/// The search prompt in place of the status bar: `/words█` and how many matches so far.
fn draw_prompt(frame: &mut Frame, area: Rect, state: &State, theme: &Theme, prompt: &str) {
    let width = usize::from(area.width);
    let lead = if state.search.backward { "?" } else { "/" };
    let count = if prompt.is_empty() {
        "type to search · Enter keeps · Esc goes back".to_string()
    } else {
        state.match_count().unwrap_or_default()
    };
    let count = format!(" {count} ");
    let room = width.saturating_sub(display_width(&count) + 3);
    let (before, after) = prompt.split_at(state.search.prompt_at.min(prompt.len()));
    let (under, after) = crate::line_edit::cursor_cell(after);
    let (before, after) = crate::line_edit::window(before, after, room);
    let text = format!(" {lead}{before}");
    let used = display_width(&text) + display_width(under) + display_width(&after);
    let gap = width.saturating_sub(used + display_width(&count));
    let line = Line::from(vec![
        Span::styled(text, theme.status.add_modifier(Modifier::BOLD)),
        Span::styled(
            under.to_string(),
            theme.status.add_modifier(Modifier::REVERSED),
        ),
        Span::styled(after, theme.status.add_modifier(Modifier::BOLD)),
        Span::styled(" ".repeat(gap), theme.status),
        Span::styled(count, theme.status),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// "match 3 of 17 · > next" while a search is active.
fn search_notice(state: &State) -> Option<String> {
    let count = state.match_count()?;
    let next = (state.config.keys.0)
        .first_key(&crate::action::Action::NextMatch)
        .map(|k| format!(" · {k} next"))
        .unwrap_or_default();
    Some(format!("{count}{next}"))
}

/// "link 3 · o opens" when the cursor's line has a link and nothing else is to be said.
fn link_notice(state: &State, theme: &Theme) -> Option<(String, Style)> {
    let here = state.links_on_cursor_line();
    let first = here.first()?;
    let keys = state
        .config
        .keys
        .0
        .keys_for(&crate::action::Action::OpenLink);
    let key = keys.first()?.to_string();
    let numbers = if here.len() == 1 {
        format!("link {}", first + 1)
    } else {
        format!("links {}–{}", first + 1, here[here.len() - 1] + 1)
    };
    Some((
        format!(" {numbers} · {key} opens "),
        Style::new().fg(theme.accent),
    ))
}

/// The first key bound to reload, for the "changed on disk" notice.
fn reload_key(state: &State) -> String {
    (state.config.keys.0)
        .first_key(&crate::action::Action::Reload)
        .unwrap_or_else(|| "reload".to_string())
}
