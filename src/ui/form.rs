//! Drawing a claim's or a response's form over the reader: the quote, the fields with the cursor in the one being typed in, its suggestions, why it did not save, and its keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::title::Title;
use crate::keys::keymap::Mode;
use crate::keys::prompt::{FormKey, cursor_cell, window};
use crate::layout::display_width;
use crate::reader::action::Action;
use crate::reader::model::form::{Form, Purpose};
use crate::reader::state::State;
use crate::text::ellipsize;
use crate::wrap::wrap_lines;

/// The labels' column, in columns.
const LABEL: usize = 12;
/// The most lines of the quote shown.
const QUOTE_LINES: usize = 3;

/// Draws `form` in a popup centred over `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &State, form: &Form, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(100);
    if width < 30 || area.height < 8 {
        draw_small(frame, area, state, form, theme);
        return;
    }
    let inner_width = usize::from(width.saturating_sub(2));
    let lines = lines(state, form, theme, inner_width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let title = Title::named(title(state, form, usize::from(width).saturating_sub(2)));
    let inner = super::popup(frame, area, (width, height), title, theme);
    // A form taller than the window keeps its focused field in view, and its last line,
    // the keys, on the bottom row.
    let rows = usize::from(inner.height);
    let mut lines = lines;
    let keys = (rows < lines.len()).then(|| lines.pop()).flatten();
    let rows = rows - usize::from(keys.is_some());
    let focus_row = lines.iter().position(|l| l.focused).unwrap_or(0);
    let skip = focus_row
        .saturating_sub(rows.saturating_sub(4))
        .min(lines.len().saturating_sub(rows));
    let mut shown: Vec<Line> = (lines.into_iter().skip(skip).take(rows))
        .map(|l| l.line)
        .collect();
    shown.extend(keys.map(|l| l.line));
    frame.render_widget(Paragraph::new(shown), inner);
}

/// The form's title for `room` columns of its top border: what it is and the keys that
/// save and close it; where that does not fit, the keys alone, then shorter words for
/// them (a way to save and a way out are always said, in words while they fit: the
/// form's keys matter more than its name, which the fields show).
fn title(state: &State, form: &Form, room: usize) -> String {
    let keys = &state.config.keys.0;
    let key = |k: FormKey| keys.key_or_name_in(Mode::Form, &Action::Form(k));
    let (save, close) = (key(FormKey::Submit), key(FormKey::Cancel));
    [
        format!(
            "{} · {save} saves · {close} closes",
            capitalized(form.purpose.title())
        ),
        format!("{save} saves · {close} closes"),
        format!("{save} save · {close} close"),
        format!("{save}·{close}"),
    ]
    .into_iter()
    .find(|title| display_width(title) + 2 <= room)
    .unwrap_or(close)
}

/// `hints` joined with ` · ` after a space, as many from the first as fit in `room`
/// columns (the first always, shortened if it must be): the hint bar's rule, most
/// needed first.
fn by_priority(hints: &[String], room: usize) -> String {
    let mut line = String::new();
    for hint in hints {
        let next = if line.is_empty() {
            format!(" {hint}")
        } else {
            format!("{line} · {hint}")
        };
        if display_width(&next) > room {
            break;
        }
        line = next;
    }
    if line.is_empty() {
        hints
            .first()
            .map_or_else(String::new, |h| ellipsize(&format!(" {h}"), room))
    } else {
        line
    }
}

/// The form in a window too small for it (under 34 columns or 8 rows): the field being
/// typed in, with its cursor, and the keys to save, close and go on, across the whole
/// width; the form takes its keys as ever. Under 4 rows, the field on the top row and the
/// keys to save and close under it. Where not even that fits (the field's label, two
/// cells to type in, and the keys whole), the window says it is too small and which key
/// closes the form and which saves it, a row each, as far as the rows go: a form that
/// cannot be used never hides its way out.
fn draw_small(frame: &mut Frame, area: Rect, state: &State, form: &Form, theme: &Theme) {
    use ratatui::widgets::Clear;
    if area.width == 0 || area.height == 0 {
        return;
    }
    let keys = &state.config.keys.0;
    let key = |k: FormKey| keys.key_or_name_in(Mode::Form, &Action::Form(k));
    let Some((field, line)) = form.fields.get(form.focus) else {
        return;
    };
    let label = format!("{}: ", field.label());
    let room = usize::from(area.width).saturating_sub(2);
    let close = key(FormKey::Cancel);
    let save_key = key(FormKey::Submit);
    let way_out = format!(" {save_key} saves · {close} closes");
    let usable = display_width(&label) + 2 <= room && display_width(&way_out) <= room + 1;
    if !usable {
        frame.render_widget(Clear, area);
        let rows: Vec<Line> = [
            "too small".to_string(),
            format!("{close} closes"),
            format!("{save_key} saves"),
        ]
        .into_iter()
        .take(usize::from(area.height))
        .map(|row| Line::from(ellipsize(&row, usize::from(area.width))))
        .collect();
        frame.render_widget(Paragraph::new(rows).style(theme.status), area);
        return;
    }
    let value_room = room.saturating_sub(display_width(&label)).max(2);
    let (before, after) = line.text.split_at(line.at.min(line.text.len()));
    let (before, after) = window(before, after, value_room);
    let (cell, rest) = cursor_cell(&after);
    let field_line = Line::from(vec![
        Span::styled(
            label,
            Style::new().fg(theme.accent).add_modifier(Modifier::BOLD),
        ),
        Span::raw(before),
        Span::styled(
            cell.to_string(),
            Style::new().add_modifier(Modifier::REVERSED),
        ),
        Span::raw(rest.to_string()),
    ]);
    if area.height < 4 {
        let rows = area.height.min(2);
        let row = Rect {
            height: rows,
            ..area
        };
        frame.render_widget(Clear, row);
        let keys_line = Line::from(Span::styled(way_out, theme.muted()));
        frame.render_widget(
            Paragraph::new(vec![field_line, keys_line]).style(theme.status),
            row,
        );
        return;
    }
    let title = Title::named(capitalized(form.purpose.title())).closed_by(close);
    // The keys before the words: in a narrow window what goes first is `window too
    // small`, then the next field's key, never the key that saves.
    let save = format!(" {save_key} saves");
    let keys = format!("{save} · {} next field", key(FormKey::NextField));
    let keys_line = [format!(" window too small ·{keys}"), keys, save.clone()]
        .into_iter()
        .find(|line| display_width(line) <= room)
        .unwrap_or_else(|| ellipsize(&save, room));
    let inner = super::popup(frame, area, (area.width, 4), title, theme);
    frame.render_widget(
        Paragraph::new(vec![
            field_line,
            Line::from(Span::styled(keys_line, theme.muted())),
        ]),
        inner,
    );
}

/// A line of the form, marked when it holds the focused field.
struct FormLine<'a> {
    line: Line<'a>,
    focused: bool,
}

fn plain(line: Line) -> FormLine {
    FormLine {
        line,
        focused: false,
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// The form's lines for `width` columns inside its border.
fn lines<'a>(state: &State, form: &'a Form, theme: &Theme, width: usize) -> Vec<FormLine<'a>> {
    let mut out = Vec::new();
    let muted = theme.muted();
    // The quote, as the article has it, in a few lines.
    let quote = form
        .selector
        .exact
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let room = width.saturating_sub(2).max(1);
    let quoted = crate::quotation::quoted(&quote);
    let wrapped = wrap_lines(&quoted, room, room);
    let cut = wrapped.len() > QUOTE_LINES;
    for (n, part) in wrapped.iter().take(QUOTE_LINES).enumerate() {
        let text = if cut && n + 1 == QUOTE_LINES {
            ellipsize(&format!("{part} …"), room)
        } else {
            (*part).to_string()
        };
        out.push(plain(Line::from(Span::styled(
            format!(" {text}"),
            Style::new().fg(theme.claim).add_modifier(Modifier::ITALIC),
        ))));
    }
    let place = if form.quote.is_empty() {
        "not in the text".to_string()
    } else {
        format!("at {}", state.doc.article.place(form.quote.start))
    };
    let chars = form.selector.exact.chars().count();
    out.push(plain(Line::from(Span::styled(
        format!(" {}, {place}", crate::text::plural(chars, "character")),
        muted,
    ))));
    // A response says which claim it answers.
    let answers = match form.purpose {
        Purpose::NewResponse { claim } | Purpose::EditResponse { claim, .. } => {
            state.doc.reading_index(claim)
        }
        _ => None,
    };
    if let Some(index) = answers {
        let claim = &state.doc.claims[index].entry;
        out.push(plain(Line::from(vec![
            Span::styled(" answers claim ", muted),
            Span::styled(
                ellipsize(
                    &format!("{} ({}): {}", claim.id, claim.claimant, claim.summary),
                    width.saturating_sub(16),
                ),
                Style::new().add_modifier(Modifier::BOLD),
            ),
        ])));
    }
    out.push(plain(Line::default()));
    let value_room = width.saturating_sub(LABEL + 3).max(4);
    for (index, (field, line)) in form.fields.iter().enumerate() {
        let focused = index == form.focus;
        let label_style = if focused {
            Style::new().fg(theme.accent).add_modifier(Modifier::BOLD)
        } else {
            muted
        };
        let label = format!("{:>LABEL$}  ", field.label());
        let mut spans = vec![Span::styled(label, label_style)];
        if focused {
            let (before, after) = line.text.split_at(line.at.min(line.text.len()));
            let (before, after) = window(before, after, value_room);
            let (cell, rest) = cursor_cell(&after);
            spans.push(Span::raw(before));
            spans.push(Span::styled(
                cell.to_string(),
                Style::new().add_modifier(Modifier::REVERSED),
            ));
            spans.push(Span::raw(rest.to_string()));
            if line.text.is_empty() {
                spans.push(Span::styled(
                    ellipsize(
                        &format!(" {}", field.placeholder()),
                        value_room.saturating_sub(1),
                    ),
                    muted,
                ));
            }
        } else if line.text.is_empty() {
            spans.push(Span::styled(
                ellipsize(field.placeholder(), value_room),
                muted,
            ));
        } else {
            spans.push(Span::raw(ellipsize(&line.text, value_room)));
        }
        out.push(FormLine {
            line: Line::from(spans),
            focused,
        });
        if focused {
            out.extend(suggestions(form, theme, width));
        }
    }
    out.push(plain(Line::default()));
    if let Some(error) = &form.error {
        out.push(plain(Line::from(Span::styled(
            ellipsize(&format!(" ✗ {error}"), width),
            Style::new()
                .fg(theme.verdict_false)
                .add_modifier(Modifier::BOLD),
        ))));
    } else if let Some(note) = &form.note {
        out.push(plain(Line::from(Span::styled(
            ellipsize(&format!(" {note}"), width),
            muted,
        ))));
    }
    out.push(plain(Line::from(Span::styled(
        by_priority(&keys_hints(state, form), width),
        muted,
    ))));
    out
}

/// The suggestions under the focused field, the chosen one reversed.
fn suggestions<'a>(form: &'a Form, theme: &Theme, width: usize) -> Vec<FormLine<'a>> {
    let indent = " ".repeat(LABEL + 2);
    let text_room = form
        .suggestions
        .iter()
        .map(|s| display_width(&s.text))
        .max()
        .unwrap_or(0)
        .min(width / 2);
    form.suggestions
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let chosen = form.chosen == Some(n);
            let style = if chosen {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            let text = ellipsize(&s.text, text_room);
            let pad = " ".repeat(text_room.saturating_sub(display_width(&text)) + 2);
            let detail = s.detail.clone().unwrap_or_default();
            let used = LABEL + 4 + text_room + 2;
            let rest = width.saturating_sub(used);
            let mut detail_text = detail;
            if !s.origin.is_empty() {
                detail_text = if detail_text.is_empty() {
                    format!("({})", s.origin)
                } else {
                    format!("{detail_text}  ({})", s.origin)
                };
            }
            plain(Line::from(vec![
                Span::raw(indent.clone()),
                Span::styled(if chosen { "▸ " } else { "  " }, style.fg(theme.accent)),
                Span::styled(text, style.add_modifier(Modifier::BOLD)),
                Span::styled(pad, style),
                Span::styled(ellipsize(&detail_text, rest), style.patch(theme.muted())),
            ]))
        })
        .collect()
}

/// The form's keys, from the key map, most needed first: how to move, choose, requote,
/// and for a new response, answer another claim.
fn keys_hints(state: &State, form: &Form) -> Vec<String> {
    let keys = &state.config.keys.0;
    let key = |k: FormKey| keys.key_or_name_in(Mode::Form, &Action::Form(k));
    let mut hints = vec![
        format!("{} next field", key(FormKey::NextField)),
        format!("{} suggestions", key(FormKey::NextSuggestion)),
        format!("{} new quote", key(FormKey::Reselect)),
    ];
    if matches!(form.purpose, Purpose::NewResponse { .. }) {
        hints.push(format!(
            "{}/{} another claim",
            key(FormKey::NextClaim),
            key(FormKey::PrevClaim)
        ));
    }
    hints
}
