//! Drawing the article pane: wrapped lines, claim highlights, search matches, the selection, the gutter and the reading cursor.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::article::Lead;
use crate::article::rich::InlineStyle;
use crate::layout::{LineKind, LinePos, VisualLine, display_width};
use crate::reader::state::{Focus, State};
use crate::wrap::{shown_line, visible};

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    // The text's column, centred in a pane wider than the measure.
    let indent = state.screen.indent.min(area.width.saturating_sub(1));
    let area = Rect {
        x: area.x + indent,
        width: area.width - indent,
        ..area
    };
    let cursor_line = state.cursor_line();
    let lines: Vec<Line> = state
        .layout
        .lines_from(&state.doc.article, state.view.top)
        .take(usize::from(area.height))
        .map(|(at, line)| screen_line(state, theme, at, line, Some(at) == cursor_line))
        .collect();
    frame.render_widget(super::lines::Lines(lines), area);
}

fn screen_line<'a>(
    state: &'a State,
    theme: &Theme,
    at: LinePos,
    line: &VisualLine,
    is_cursor: bool,
) -> Line<'a> {
    let mut spans = gutter(state, theme, at, line, is_cursor);
    let paragraph = at
        .block
        .checked_sub(1)
        .and_then(|p| state.doc.article.paragraphs.get(p));
    if let Some(paragraph) = paragraph
        && line.kind != LineKind::Blank
    {
        spans.extend(lead(theme, &paragraph.lead, line.first));
    }
    match line.kind {
        LineKind::Title | LineKind::Dek | LineKind::Meta | LineKind::Address => {
            let text = &state.layout.header_text(line.kind)[line.range.clone()];
            let style = match line.kind {
                LineKind::Title => Style::new().add_modifier(Modifier::BOLD),
                LineKind::Dek => Style::new().add_modifier(Modifier::ITALIC),
                _ => theme.muted(),
            };
            spans.extend(header_pieces(state, line, text, style));
        }
        LineKind::Blank => {}
        LineKind::Heading => {
            let base = Style::new().fg(theme.accent).add_modifier(Modifier::BOLD);
            spans.extend(highlighted(state, theme, line.range.clone(), base));
        }
        LineKind::Text => spans.extend(highlighted(state, theme, line.range.clone(), Style::new())),
        LineKind::Code => {
            spans.extend(highlighted(state, theme, line.range.clone(), theme.muted()))
        }
        LineKind::Rule => {
            let width = state
                .layout
                .width
                .saturating_sub(paragraph.map_or(0, |p| p.lead.width()));
            spans.push(Span::styled("─".repeat(width), theme.muted()));
        }
    }
    Line::from(spans)
}

/// Block-quote bars, indent, and on a paragraph's first line its list marker.
fn lead<'a>(theme: &Theme, lead: &Lead, first: bool) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    for _ in 0..lead.quote_depth {
        spans.push(Span::styled("│ ", Style::new().fg(theme.accent)));
    }
    if lead.indent > 0 {
        spans.push(Span::raw(" ".repeat(usize::from(lead.indent))));
    }
    if let Some(marker) = &lead.marker {
        if first {
            spans.push(Span::styled(
                marker.to_string(),
                Style::new().fg(theme.accent),
            ));
        } else {
            spans.push(Span::raw(" ".repeat(display_width(marker))));
        }
    }
    spans
}

/// How an inline style (emphasis, a link, ...) sets its text.
fn inline_style(theme: &Theme, style: InlineStyle) -> Style {
    match style {
        InlineStyle::Emphasis => Style::new().add_modifier(Modifier::ITALIC),
        InlineStyle::Strong => Style::new().add_modifier(Modifier::BOLD),
        InlineStyle::Code => theme.muted(),
        InlineStyle::Strike => Style::new().add_modifier(Modifier::CROSSED_OUT),
        InlineStyle::Link(_) => Style::new()
            .fg(theme.accent)
            .add_modifier(Modifier::UNDERLINED),
    }
}

/// The cursor mark and the number of a claim that starts on this line.
fn gutter<'a>(
    state: &State,
    theme: &Theme,
    at: LinePos,
    line: &VisualLine,
    is_cursor: bool,
) -> Vec<Span<'a>> {
    let width = usize::from(state.screen.gutter);
    if width == 0 {
        return Vec::new();
    }
    let mark_style = if state.focus == Focus::Article {
        Style::new().fg(theme.accent)
    } else {
        theme.muted()
    };
    let mark = Span::styled(if is_cursor { "▌" } else { " " }, mark_style);
    let (number, more) = match line.kind {
        LineKind::Text => gutter_claims(state, at),
        _ => (None, Vec::new()),
    };
    // The number's columns: the gutter less the mark and the space after the number.
    let digits = width.saturating_sub(2);
    let label = match number {
        Some(i) if width >= 5 && !more.is_empty() => {
            // The last line of a paragraph with claims left over: as many as fit.
            let both = format!("{},{}", i + 1, more[0] + 1);
            let plus = format!("{}+", i + 1);
            if both.len() <= digits {
                format!("{both:>digits$} ")
            } else if plus.len() <= digits {
                format!("{plus:>digits$} ")
            } else {
                format!("{:>digits$} ", i + 1)
            }
        }
        Some(i) if width >= 5 => format!("{:>digits$} ", i + 1),
        _ => " ".repeat(width - 1),
    };
    let label_style = match number {
        Some(i) if Some(i) == state.selected => {
            Style::new().fg(theme.accent).add_modifier(Modifier::BOLD)
        }
        _ => theme.muted(),
    };
    vec![mark, Span::styled(label, label_style)]
}

/// How far back in a paragraph the gutter looks for claims still to be numbered.
const GUTTER_LOOKBACK: usize = 8;

/// The claim numbered in the gutter of line `at`, and those left over at a paragraph's
/// last line. Several claims starting on one line stack downward, one number a line: each
/// line shows the first claim not yet numbered among those starting on it or on the few
/// lines above it in the paragraph ([`GUTTER_LOOKBACK`]).
fn gutter_claims(state: &State, at: LinePos) -> (Option<usize>, Vec<usize>) {
    let article = &state.doc.article;
    let mut lines = Vec::with_capacity(GUTTER_LOOKBACK + 1);
    for row in at.row.saturating_sub(GUTTER_LOOKBACK)..=at.row {
        let Some(line) = state.layout.line(article, LinePos { row, ..at }) else {
            return (None, Vec::new());
        };
        if line.kind == LineKind::Text {
            lines.push(line.range.clone());
        }
    }
    // One search for the claims starting on any of these lines (a binary search in the
    // claims costs a cache miss a step on a long document), then each line's in turn:
    // the lines and the claims both come in the text's order.
    let whole = match (lines.first(), lines.last()) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => 0..0,
    };
    let mut starting = state
        .doc
        .claims_starting_in(whole)
        .filter(|&i| state.shows_claim(i))
        .filter_map(|i| Some((state.doc.claims[i].start()?, i)))
        .peekable();
    let mut queue = std::collections::VecDeque::new();
    let mut shown = None;
    for line in lines {
        while let Some(&(start, claim)) = starting.peek() {
            if start >= line.end {
                break;
            }
            starting.next();
            if start >= line.start {
                queue.push_back(claim);
            }
        }
        shown = queue.pop_front();
    }
    let last_row = state
        .layout
        .line(
            article,
            LinePos {
                row: at.row + 1,
                ..at
            },
        )
        .is_none_or(|l| l.kind != LineKind::Text);
    let more = if last_row { queue.into() } else { Vec::new() };
    (shown, more)
}

/// The text of `range`, cut where inline styles, claim and response quotes, search matches
/// and the selection begin and end, each piece styled: `base`, then the inline styles,
/// then the highlight, then a match, then the selection over all.
fn highlighted<'a>(
    state: &State,
    theme: &Theme,
    range: Range<usize>,
    base: Style,
) -> Vec<Span<'a>> {
    let article = &state.doc.article;
    let body = &article.body;
    let touching: Vec<_> = state
        .doc
        .spans_overlapping(range.clone())
        .filter(|s| state.shows_span(s))
        .collect();
    let styled: Vec<_> = article.styles_overlapping(range.clone()).collect();
    let found = search_matches(state, range.clone());
    let selected = state.selection.as_ref().map(|s| s.range());
    let mut cuts = vec![range.start, range.end];
    if let Some(r) = &selected {
        cuts.push(r.start.clamp(range.start, range.end));
        cuts.push(r.end.clamp(range.start, range.end));
    }
    let ranges = touching
        .iter()
        .map(|s| &s.range)
        .chain(styled.iter().map(|s| &s.range));
    for r in ranges.chain(found.iter().map(|(r, _)| r)) {
        cuts.push(r.start.clamp(range.start, range.end));
        cuts.push(r.end.clamp(range.start, range.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let piece = w[0]..w[1];
            let covering = touching
                .iter()
                .filter(|s| s.range.start <= piece.start && piece.end <= s.range.end);
            // A claim's own quote outranks a response's; the current claim outranks others.
            let best =
                covering.max_by_key(|s| (s.response.is_none(), Some(s.claim) == state.selected));
            let inline = styled
                .iter()
                .filter(|s| s.range.start <= piece.start && piece.end <= s.range.end)
                .fold(base, |style, s| style.patch(inline_style(theme, s.style)));
            let highlight = match best {
                None => Style::new(),
                Some(s) => {
                    let claim = &state.doc.claims[s.claim];
                    let current = Some(s.claim) == state.selected;
                    match s.response {
                        None => theme.claim_span(claim, current),
                        Some(r) => theme.response_span(claim.responses[r].entry.stance, current),
                    }
                }
            };
            let matched = found
                .iter()
                .find(|(r, _)| r.start <= piece.start && piece.end <= r.end)
                .map(|&(_, current)| {
                    let style = Style::new().add_modifier(Modifier::REVERSED);
                    if current {
                        style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                    } else {
                        style
                    }
                })
                .unwrap_or_default();
            let mut style = inline.patch(highlight).patch(matched);
            if (selected.as_ref()).is_some_and(|r| r.start <= piece.start && piece.end <= r.end) {
                style = style.patch(theme.selected());
            }
            // The line's last piece shows a soft hyphen it breaks at as `-`.
            let text = if piece.end == range.end {
                shown_line(&body[piece])
            } else {
                visible(&body[piece])
            };
            Span::styled(text, style)
        })
        .collect()
}

/// A header line's text (`text`, its part `line.range` of the header string), with the
/// search's matches in it reversed (the current one also bold and underlined).
fn header_pieces<'a>(state: &State, line: &VisualLine, text: &str, style: Style) -> Vec<Span<'a>> {
    let range = line.range.clone();
    let found: Vec<(Range<usize>, bool)> = (state.search.header.iter().enumerate())
        .filter(|(_, (kind, m))| *kind == line.kind && m.start < range.end && range.start < m.end)
        .map(|(i, (_, m))| (m.clone(), state.search.on_header == Some(i)))
        .collect();
    if found.is_empty() {
        return vec![Span::styled(shown_line(text), style)];
    }
    let mut cuts = vec![range.start, range.end];
    for (m, _) in &found {
        cuts.push(m.start.clamp(range.start, range.end));
        cuts.push(m.end.clamp(range.start, range.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let whole = state.layout.header_text(line.kind);
    cuts.windows(2)
        .filter(|w| whole.is_char_boundary(w[0]) && whole.is_char_boundary(w[1]))
        .map(|w| {
            let piece = &whole[w[0]..w[1]];
            let matched = found
                .iter()
                .find(|(m, _)| m.start <= w[0] && w[1] <= m.end)
                .map_or(Style::new(), |&(_, current)| {
                    let reversed = Style::new().add_modifier(Modifier::REVERSED);
                    if current {
                        reversed.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                    } else {
                        reversed
                    }
                });
            let shown = if w[1] == range.end {
                shown_line(piece)
            } else {
                visible(piece)
            };
            Span::styled(shown, style.patch(matched))
        })
        .collect()
}

/// The search's matches that overlap `range`, each with whether it is the current one.
fn search_matches(state: &State, range: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let matches = &state.search.matches;
    let first = matches.partition_point(|m| m.end <= range.start);
    matches[first..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.start < range.end)
        .map(|(i, m)| (m.clone(), state.search.current == Some(first + i)))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::reader::action::Action;
    use crate::reader::update::update;
    use ratatui::style::Modifier;

    /// With no colours (`NO_COLOR`) the selection is reverse video, and the words beside
    /// it are not.
    #[test]
    fn without_colours_the_selection_is_reversed() {
        let mut state = crate::reader::state::State::sample_at_120x40();
        state.look.depth = crate::palette::Depth::Mono;
        for action in [
            Action::StartSelection,
            Action::Extend(crate::reader::model::selection::Step::WordForward),
        ] {
            update(&mut state, action);
        }
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|frame| crate::ui::draw(frame, &state))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let row = (0..40)
            .find(|&y| {
                (0..120)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .contains("Mike Pompeo on")
            })
            .unwrap();
        let line: String = (0..120)
            .map(|x| buffer[(x, row)].symbol().to_string())
            .collect();
        let at = line[..line.find("Mike").unwrap()].chars().count() as u16;
        let reversed = |x: u16| buffer[(x, row)].modifier.contains(Modifier::REVERSED);
        // "Mike Pompeo" (11 cells) reversed, the space and "on" after it not.
        assert!((at..at + 11).all(reversed), "{line}");
        assert!(!reversed(at + 11) && !reversed(at + 12), "{line}");
        assert!((at..at + 11).all(|x| buffer[(x, row)].bg == ratatui::style::Color::Reset));
    }
}
