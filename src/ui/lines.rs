//! Drawing styled lines one per row, cut at the area's width: what ratatui's `Paragraph`
//! draws without wrapping, scrolling, a block or a style of its own, with a fast path for
//! spans of simple text (see [`crate::simple_text`]) that skips grapheme segmentation.
//!
//! The article pane and the sidebar draw every row of every frame this way, so most of
//! the first screen's drawing time was ratatui splitting plain words into graphemes one
//! by one. The result is the same buffer, cell for cell (a property test draws random
//! lines both ways and compares).

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_segmentation::UnicodeSegmentation;

use crate::simple_text::simple_width;

/// Lines drawn from the top of the area, one per row, each cut where the next grapheme
/// would pass the area's right edge (a grapheme wider than the whole area is left out);
/// a line's alignment places it as `Paragraph` does. Rows past the lines are untouched.
#[derive(Debug, Default)]
pub struct Lines<'a>(pub Vec<Line<'a>>);

impl Widget for Lines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        for (y, line) in (area.y..area.bottom()).zip(&self.0) {
            draw_line(line, area, y, buf);
        }
    }
}

/// Calls `put(symbol, columns, style)` for each grapheme of `line` that fits in `max`
/// columns, left to right, until one would pass the edge; a grapheme wider than `max`
/// is skipped and control characters are left out (as ratatui's spans drop them).
/// Returns the columns used.
fn each_piece(line: &Line, max: u16, mut put: impl FnMut(&str, u16, Style)) -> u16 {
    let base = Style::default().patch(line.style);
    let mut used: u16 = 0;
    for span in &line.spans {
        let style = base.patch(span.style);
        let content: &str = span.content.as_ref();
        if simple_width(content).is_some() {
            // Simple text is one grapheme per character, each one column wide.
            for (at, c) in content.char_indices() {
                if used >= max {
                    return used;
                }
                put(&content[at..at + c.len_utf8()], 1, style);
                used += 1;
            }
            continue;
        }
        for grapheme in content.graphemes(true) {
            if grapheme.contains(char::is_control) {
                continue;
            }
            let width = grapheme.cell_width();
            if width > max {
                continue;
            }
            if used + width > max {
                return used;
            }
            put(grapheme, width, style);
            used += width;
        }
    }
    used
}

fn draw_line(line: &Line, area: Rect, y: u16, buf: &mut Buffer) {
    let max = area.width;
    let mut x = match line.alignment.unwrap_or(Alignment::Left) {
        Alignment::Left => 0,
        alignment => {
            let width = each_piece(line, max, |_, _, _| {});
            match alignment {
                Alignment::Center => (max / 2).saturating_sub(width / 2),
                _ => max.saturating_sub(width),
            }
        }
    };
    let row = buf.index_of(area.x, y);
    let cells = &mut buf.content[row..row + usize::from(max)];
    each_piece(line, max, |symbol, width, style| {
        if width == 0 {
            return;
        }
        let symbol = if symbol.is_empty() { " " } else { symbol };
        cells[usize::from(x)].set_symbol(symbol).set_style(style);
        x += width;
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::Paragraph;

    fn both(lines: Vec<Line<'static>>, area: Rect) -> (Buffer, Buffer) {
        let whole = Rect::new(0, 0, area.right() + 2, area.bottom() + 1);
        let mut ours = Buffer::empty(whole);
        let mut theirs = Buffer::empty(whole);
        Lines(lines.clone()).render(area, &mut ours);
        Paragraph::new(lines).render(area, &mut theirs);
        (ours, theirs)
    }

    #[test]
    fn plain_and_mixed_lines_draw_as_a_paragraph_draws_them() {
        let lines = vec![
            Line::from("Plain words, “curly” quotes — and café."),
            Line::from(vec![
                Span::styled("bold ", Style::new().add_modifier(Modifier::BOLD)),
                Span::raw("日本語 and e\u{301} and ❤\u{fe0f}"),
            ]),
            Line::from("a line far too long for the area it is drawn in").centered(),
            Line::from("right")
                .right_aligned()
                .style(Style::new().fg(Color::Red)),
            Line::from("tab\there\nand a break"),
        ];
        let (ours, theirs) = both(lines, Rect::new(1, 1, 20, 6));
        assert_eq!(ours, theirs);
        assert_eq!(
            ours.content()[23 + 1..23 + 21]
                .iter()
                .map(|c| c.symbol())
                .collect::<String>(),
            "Plain words, “curly”"
        );
    }

    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-zA-Z ,.]{0,12}",
            1 => Just("“”—…é".to_string()),
            1 => Just("日本".to_string()),
            1 => Just("e\u{301}".to_string()),
            1 => Just("❤\u{fe0f}".to_string()),
            1 => Just("\u{ad}\u{200b}\t\n".to_string()),
        ];
        proptest::collection::vec(piece, 0..6).prop_map(|p| p.concat())
    }

    fn line() -> impl Strategy<Value = Line<'static>> {
        let style = prop_oneof![
            Just(Style::new()),
            Just(Style::new().fg(Color::Cyan)),
            Just(Style::new().add_modifier(Modifier::ITALIC).bg(Color::Blue)),
        ];
        let alignment = prop_oneof![
            Just(None),
            Just(Some(Alignment::Left)),
            Just(Some(Alignment::Center)),
            Just(Some(Alignment::Right)),
        ];
        (
            proptest::collection::vec((text(), style.clone()), 0..5),
            style,
            alignment,
        )
            .prop_map(|(spans, style, alignment)| {
                let mut line = Line::from(
                    spans
                        .into_iter()
                        .map(|(t, s)| Span::styled(t, s))
                        .collect::<Vec<_>>(),
                )
                .style(style);
                line.alignment = alignment;
                line
            })
    }

    proptest! {
        #[test]
        fn any_lines_draw_exactly_as_a_paragraph_draws_them(
            lines in proptest::collection::vec(line(), 0..6),
            x in 0u16..3, y in 0u16..3, width in 0u16..30, height in 0u16..7,
        ) {
            let (ours, theirs) = both(lines, Rect::new(x, y, width, height));
            prop_assert_eq!(ours, theirs);
        }
    }
}
