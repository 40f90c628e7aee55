//! Drawing a yes-or-no question over the reader: the question, what is at stake, and the keys that answer it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::keys::keymap::Mode;
use crate::reader::action::Action;
use crate::reader::model::question::Question;
use crate::reader::state::State;
use crate::text::ellipsize;
use crate::wrap::wrap_lines;

/// The most lines of detail shown; more are counted.
const DETAIL_LINES: usize = 12;

/// Draws `question` in a popup centred over `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, question: &Question, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(90);
    if width < 20 || area.height < 5 {
        return;
    }
    let room = usize::from(width.saturating_sub(4)).max(1);
    let keys = &state.config.keys.0;
    let (yes, no) = (
        keys.key_or_name_in(Mode::Confirm, &Action::Confirm(true)),
        keys.key_or_name_in(Mode::Confirm, &Action::Confirm(false)),
    );
    let mut lines: Vec<Line> = wrap_lines(&question.text, room, room)
        .into_iter()
        .map(|l| {
            Line::from(Span::styled(
                format!(" {l}"),
                Style::new().add_modifier(Modifier::BOLD),
            ))
        })
        .collect();
    if !question.detail.is_empty() {
        lines.push(Line::default());
    }
    for detail in question.detail.iter().take(DETAIL_LINES) {
        lines.push(Line::from(Span::raw(ellipsize(
            &format!("   {detail}"),
            room + 2,
        ))));
    }
    if question.detail.len() > DETAIL_LINES {
        lines.push(Line::from(Span::styled(
            format!("   … and {} more", question.detail.len() - DETAIL_LINES),
            theme.muted(),
        )));
    }
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::styled(
            format!(" {yes}"),
            Style::new().fg(theme.accent).add_modifier(Modifier::BOLD),
        ),
        Span::raw(" yes   "),
        Span::styled(
            no,
            Style::new().fg(theme.accent).add_modifier(Modifier::BOLD),
        ),
        Span::raw(" no"),
    ]));
    let height = (lines.len() as u16 + 2).min(area.height);
    let inner = super::popup(frame, area, (width, height), " Question ".into(), theme);
    frame.render_widget(Paragraph::new(lines), inner);
}
