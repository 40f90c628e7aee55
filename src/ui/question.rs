//! Drawing a yes-or-no question over the reader: the question, what is at stake, and the keys that answer it, the keys shown at every size.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::theme::Theme;
use crate::keys::keymap::Mode;
use crate::reader::action::Action;
use crate::reader::model::question::Question;
use crate::reader::state::State;
use crate::text::ellipsize;
use crate::wrap::{display_width, wrap_lines};

/// The most lines of detail shown; more are counted.
const DETAIL_LINES: usize = 12;

/// Draws `question` in a popup centred over `area`. The keys that answer it are on its
/// last row at every size; as rows run short, what gives way first is the blank lines,
/// then the detail (the last line shown counting the rest), then the whole question for
/// its short form ([`Question::short`]), then the short form's end (`…`). Under 4 rows
/// or 10 columns there is no box: the bottom row of `area` holds the keys, then as much
/// of the short form as fits, and the row above it (when there is one) the short form.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, question: &Question, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let keys = &state.config.keys.0;
    let (yes, no) = (
        keys.key_or_name_in(Mode::Confirm, &Action::Confirm(true)),
        keys.key_or_name_in(Mode::Confirm, &Action::Confirm(false)),
    );
    let key = Style::new().fg(theme.accent).add_modifier(Modifier::BOLD);
    if area.height < 4 || area.width < 10 {
        let row = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        let mut spans = answer_spans(&yes, &no, usize::from(area.width), key);
        let used: usize = spans.iter().map(|s| display_width(&s.content)).sum();
        let rest = usize::from(area.width).saturating_sub(used);
        if rest > 3 {
            spans.push(Span::raw(ellipsize(
                &format!(" · {}", question.short),
                rest,
            )));
        }
        frame.render_widget(Clear, row);
        frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), row);
        if area.height >= 2 {
            let above = Rect {
                y: row.y - 1,
                ..row
            };
            let short = ellipsize(&question.short, usize::from(area.width));
            frame.render_widget(Clear, above);
            frame.render_widget(Paragraph::new(short).style(theme.status), above);
        }
        return;
    }
    let width = if area.width >= 24 {
        (area.width - 4).min(90)
    } else {
        area.width
    };
    // Inside the border, a space before each line and one after.
    let room = usize::from(width.saturating_sub(4)).max(1);
    let rows = usize::from(area.height - 2);
    let text_rows = rows - 1;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut text: Vec<String> = wrap_lines(&question.text, room, room)
        .into_iter()
        .map(str::to_string)
        .collect();
    if text.len() > text_rows {
        text = wrap_lines(&question.short, room, room)
            .into_iter()
            .map(str::to_string)
            .collect();
    }
    if text.len() > text_rows {
        text.truncate(text_rows);
        if let Some(last) = text.last_mut() {
            *last = ellipsize(&format!("{last} …"), room);
        }
    }
    let mut spare = text_rows - text.len();
    let details = detail_lines(&question.detail, spare.min(DETAIL_LINES + 1), room);
    spare -= details.len();
    let blank_before_keys = spare >= 1;
    spare = spare.saturating_sub(1);
    let blank_before_detail = !details.is_empty() && spare >= 1;
    let mut lines: Vec<Line> = text
        .into_iter()
        .map(|l| Line::from(Span::styled(format!(" {l}"), bold)))
        .collect();
    if blank_before_detail {
        lines.push(Line::default());
    }
    for (detail, counted) in details {
        let style = if counted { theme.muted() } else { Style::new() };
        lines.push(Line::from(Span::styled(format!("   {detail}"), style)));
    }
    if blank_before_keys {
        lines.push(Line::default());
    }
    let mut answer = vec![Span::raw(" ")];
    answer.extend(answer_spans(&yes, &no, room + 1, key));
    lines.push(Line::from(answer));
    let height = (lines.len() as u16 + 2).min(area.height);
    let inner = super::popup(
        frame,
        area,
        (width, height),
        super::title::Title::named("Question"),
        theme,
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The detail to show in `rows` rows of `room` columns: every line when they fit, else
/// as many as leave a last row counting the rest (`… and 3 more`, marked `true`).
fn detail_lines(detail: &[String], rows: usize, room: usize) -> Vec<(String, bool)> {
    let cut = |d: &String| ellipsize(d, room.saturating_sub(2).max(1));
    if detail.len() <= rows {
        return detail.iter().map(|d| (cut(d), false)).collect();
    }
    if rows == 0 {
        return Vec::new();
    }
    let shown = rows - 1;
    let mut out: Vec<(String, bool)> = detail[..shown].iter().map(|d| (cut(d), false)).collect();
    out.push((format!("… and {} more", detail.len() - shown), true));
    out
}

/// The keys that answer, in `room` columns: `y yes   n no`, else `y yes · n no`, else
/// `y/n`, else that cut.
fn answer_spans(yes: &str, no: &str, room: usize, key: Style) -> Vec<Span<'static>> {
    let long = [
        Span::styled(yes.to_string(), key),
        Span::raw(" yes   "),
        Span::styled(no.to_string(), key),
        Span::raw(" no"),
    ];
    let width = |spans: &[Span]| {
        spans
            .iter()
            .map(|s| display_width(&s.content))
            .sum::<usize>()
    };
    if width(&long) <= room {
        return long.to_vec();
    }
    let short = [
        Span::styled(yes.to_string(), key),
        Span::raw(" yes · "),
        Span::styled(no.to_string(), key),
        Span::raw(" no"),
    ];
    if width(&short) <= room {
        return short.to_vec();
    }
    let shortest = [
        Span::styled(yes.to_string(), key),
        Span::raw("/"),
        Span::styled(no.to_string(), key),
    ];
    if width(&shortest) <= room {
        return shortest.to_vec();
    }
    vec![Span::styled(ellipsize(&format!("{yes}/{no}"), room), key)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::model::question::OnYes;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn shown(state: &State, question: &Question, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let theme = Theme::of(state);
        terminal
            .draw(|frame| draw(frame, frame.area(), state, question, &theme))
            .unwrap();
        let buffer = terminal.backend().buffer();
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn question(text: &str, short: &str, details: usize) -> Question {
        Question {
            text: text.into(),
            short: short.into(),
            detail: (0..details).map(|i| format!("entry number {i}")).collect(),
            on_yes: OnYes::QuitUnsaved,
        }
    }

    /// At every size from 1×1 to 100×30, the keys that answer are on screen, whole when
    /// there are 5 columns for `y/n`; from 3 rows and 10 columns the question shows
    /// (whole, its short form, or that form's start), and the detail never pushes
    /// the keys off: a question with none, two and forty lines of detail.
    #[test]
    fn the_answer_keys_show_at_every_size() {
        let state = State::sample_at_120x40();
        let long = "The bundled sample is read-only. Copy its article and claims file into this directory and edit the copy?";
        for q in [
            question(long, "Copy the sample here?", 2),
            question("Delete claim c4 and its 3 responses?", "Delete c4?", 40),
            question("Quit without saving?", "Quit without saving?", 0),
        ] {
            for width in 1..=100u16 {
                for height in 1..=30u16 {
                    let screen = shown(&state, &q, width, height);
                    let size = format!("{width}x{height}:\n{screen}");
                    if width >= 5 {
                        assert!(screen.contains("y/n") || screen.contains("y yes"), "{size}");
                    }
                    if width >= 16 {
                        assert!(
                            screen.contains("y yes") && screen.contains("n no"),
                            "{size}"
                        );
                    }
                    if height >= 3 && width >= 10 {
                        let first: String = q.short.chars().take(3).collect();
                        assert!(screen.contains(&first), "{size}");
                    }
                }
            }
        }
    }

    /// The whole question, every detail line and the blank lines when there is room; the
    /// short form and the detail counted when there is not, in that order.
    #[test]
    fn what_gives_way_first_is_blank_lines_then_detail_then_the_long_question() {
        let state = State::sample_at_120x40();
        let q = question(
            "The bundled sample is read-only. Copy its article and claims file here?",
            "Copy the sample here?",
            3,
        );
        let roomy = shown(&state, &q, 120, 40);
        assert!(roomy.contains("claims file here?"), "{roomy}");
        assert!(roomy.contains("entry number 2"), "{roomy}");
        assert!(!roomy.contains("Copy the sample here?"), "{roomy}");
        // 60×8: six rows inside: the question (2), the detail (3) and the keys.
        let tight = shown(&state, &q, 60, 8);
        assert!(tight.contains("entry number 2"), "{tight}");
        assert!(tight.contains("claims file here?"), "{tight}");
        // 60×6: four rows: the question (2), a detail counting the rest, the keys.
        let tighter = shown(&state, &q, 60, 6);
        assert!(tighter.contains("… and 3 more"), "{tighter}");
        assert!(tighter.contains("claims file here?"), "{tighter}");
        // 34×5: three rows: the long question does not fit, its short form does.
        let small = shown(&state, &q, 34, 5);
        assert!(small.contains("Copy the sample here?"), "{small}");
        assert!(small.contains("y yes"), "{small}");
    }
}
