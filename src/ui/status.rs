//! Drawing the status bar: title, position, claim i of N, a warning or message (or the selection's size), and key hints (the selection's in a selection).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::status_columns::{Wants, share};
use super::theme::Theme;
use crate::layout::display_width;
use crate::reader::state::State;
use crate::text::ellipsize;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let width = usize::from(area.width);
    if let Some(prompt) = state.overlay.prompt() {
        draw_prompt(frame, area, state, theme, prompt);
        return;
    }
    if let crate::reader::model::overlay::Overlay::SaveAs(save) = &state.overlay {
        let hint = save
            .problem
            .clone()
            .unwrap_or_else(|| "Enter saves · Esc cancels".into());
        let line = prompt_line(
            theme,
            usize::from(area.width),
            "save the page as: ",
            &save.line,
            &hint,
            save.problem.is_some(),
        );
        frame.render_widget(Paragraph::new(line).style(theme.status), area);
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
        // ◇: the page's own fact-check, not in the claims file.
        Some(i) if state.doc.claims.get(i).is_some_and(|c| c.from_page) => {
            format!(" claim {}◇ of {total} ", i + 1)
        }
        Some(i) => format!(" claim {} of {total} ", i + 1),
        None if total == 0 => " no claims ".to_string(),
        None => format!(" {} ", crate::text::plural(total, "claim")),
    };
    let short_claim = match state.selected {
        _ if state.loading.is_some() => None,
        Some(i) if state.doc.claims.get(i).is_some_and(|c| c.from_page) => {
            Some(format!(" {}◇/{total} ", i + 1))
        }
        Some(i) => Some(format!(" {}/{total} ", i + 1)),
        None => None,
    };
    // A message from the last key wins over a standing warning.
    let stale = match &state.loading {
        Some(loading) => Some(loading.stage.clone()),
        None => state
            .stale
            .then(|| format!("changed on disk: {} reloads", reload_key(state))),
    };
    let fetching = state.fetching.as_ref().map(|f| f.describe());
    let drafting = state.editing.drafting.then(|| {
        format!(
            "drafting claims from the text… {}%",
            state.editing.draft_percent
        )
    });
    // In a selection its size is the standing notice, over any other.
    let selecting = state.selection.as_ref().map(|s| selection_notice(state, s));
    let filtered = state
        .filter
        .as_ref()
        .map(|f| format!("⧩ {} ({})", f.filter.label(), f.count));
    // Edits not on disk yet (saving on a key, or a write that failed).
    let unsaved = state.editing.mark().map(|mark| match state.editing.saving {
        crate::reader::model::editing::Saving::Unsaved
            if state.editing.policy == crate::config::SavePolicy::Immediate =>
        {
            "● saving…".to_string()
        }
        crate::reader::model::editing::Saving::Unsaved => format!(
            "● {mark} ({} saves)",
            state
                .config
                .keys
                .0
                .key_or_name(&crate::reader::action::Action::Save)
        ),
        _ => format!("● {mark}"),
    });
    // The page's own fact-checks, shown and not saved.
    let page = match state.doc.page_claims() {
        0 => None,
        n => Some(format!(
            "◇ {} from the page ({} saves)",
            crate::text::plural(n, "fact-check"),
            state
                .config
                .keys
                .0
                .key_or_name(&crate::reader::action::Action::SavePageClaims)
        )),
    };
    let drafts = match state.doc.drafts_to_review() {
        0 => None,
        1 => Some("1 draft to review".to_string()),
        n => Some(format!("{n} drafts to review")),
    };
    // The state in force speaks unless the last key had something to say: a search's
    // count is such a message, set by Enter in the prompt and by `>`/`<` (issue 16, item 12).
    let mut notice = match (
        state
            .message
            .as_ref()
            .or(selecting.as_ref())
            .or(stale.as_ref())
            .or(fetching.as_ref())
            .or(drafting.as_ref())
            .or(unsaved.as_ref())
            .or(filtered.as_ref())
            .or(page.as_ref())
            .or(drafts.as_ref()),
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
    // Claims' hints only where there are claims to step through.
    let claims = total > 0 || state.loading.is_some();
    let keys = &state.config.keys.0;
    // Where edits cannot be kept, the editing keys are not offered.
    let editable = (state.editing.target.as_ref()).is_none_or(|t| t.refusal().is_none());
    let hints = match crate::reader::mode::key_mode(state) {
        crate::keys::mode::Mode::Selection if state.editing.parked.is_some() => keys.mode_hints(
            crate::keys::mode::Mode::Selection,
            crate::keys::selection_rows::REQUOTE_HINTS,
        ),
        crate::keys::mode::Mode::Selection => keys.selection_hints(),
        crate::keys::mode::Mode::Confirm => keys.mode_hints(
            crate::keys::mode::Mode::Confirm,
            crate::keys::bindings::QUESTION_HINTS,
        ),
        crate::keys::mode::Mode::List
            if !matches!(
                state.overlay,
                crate::reader::model::overlay::Overlay::Help { .. }
            ) =>
        {
            keys.mode_hints(
                crate::keys::mode::Mode::List,
                crate::keys::bindings::LIST_HINTS,
            )
        }
        crate::keys::mode::Mode::Form => keys.mode_hints(
            crate::keys::mode::Mode::Form,
            crate::keys::edit_rows::FORM_HINTS,
        ),
        crate::keys::mode::Mode::Sidebar if drafts.is_some() && editable => keys.mode_hints(
            crate::keys::mode::Mode::Sidebar,
            crate::keys::edit_rows::REVIEW_HINTS,
        ),
        crate::keys::mode::Mode::Sidebar if total > 0 && editable => keys.mode_hints(
            crate::keys::mode::Mode::Sidebar,
            crate::keys::edit_rows::SIDEBAR_HINTS,
        ),
        _ => keys.hints_of(|action| {
            claims
                || !matches!(
                    action,
                    crate::reader::action::Action::NextClaim
                        | crate::reader::action::Action::PrevClaim
                )
        }),
    };
    let hints: Vec<String> = hints
        .into_iter()
        .map(|(key, words)| format!("{key} {words}"))
        .collect();
    // In a selection its size takes the title's place (the text's first line shows it).
    let title = match selecting {
        Some(_) => String::new(),
        None => format!(" {}", state.doc.article.display_title()),
    };
    // At the narrowest, position and claim give way to help (which stays): the claim
    // said short (` 10/12 `), then the position dropped, then the claim cut with `…`.
    let help_cost = hints.first().map_or(0, |h| display_width(h) + 2);
    let (position, claim) = fit_fixed(
        position,
        claim,
        short_claim,
        width.saturating_sub(help_cost),
    );
    let wants = |notice: usize| Wants {
        title: if title.is_empty() {
            0
        } else {
            display_width(&title) + 1
        },
        fixed: display_width(&position) + display_width(&claim),
        notice,
        transient: state.message.is_some(),
        hints: hints.iter().map(|h| display_width(h)).collect(),
    };
    let wanted = notice.as_ref().map_or(0, |(text, _)| display_width(text));
    let mut plan = share(width, wants(wanted));
    // A message the bar would cut is shown whole on rows of its own above the bar, for
    // the one keystroke it lasts, and the bar keeps its hints.
    if let Some(message) = &state.message
        && plan.notice < wanted
        && area.y > 0
    {
        message_rows(frame, area, message, theme);
        notice = None;
        plan = share(width, wants(0));
    }
    // The title's columns end with a space; none at all when it gets none.
    let title = match plan.title {
        0 => String::new(),
        columns => format!("{} ", ellipsize(&title, columns - 1)),
    };
    let mut used = display_width(&title) + display_width(&position) + display_width(&claim);
    let mut spans = vec![
        Span::styled(title, theme.status.add_modifier(Modifier::BOLD)),
        Span::styled(position, theme.status),
        Span::styled(claim, theme.status.add_modifier(Modifier::BOLD)),
    ];
    if let Some((text, style)) = notice {
        let text = super::title::fit_words(&text, plan.notice);
        used += display_width(&text);
        spans.push(Span::styled(text, style));
    }
    // Shown in the key table's order, help last at the right edge.
    let mut shown: Vec<&str> = hints[..plan.hints].iter().map(String::as_str).collect();
    if !shown.is_empty() {
        shown.rotate_left(1);
    }
    let hint_text = if shown.is_empty() {
        String::new()
    } else {
        format!("{} ", shown.join(" · "))
    };
    let gap = width.saturating_sub(used + display_width(&hint_text));
    spans.push(Span::styled(" ".repeat(gap), theme.status));
    spans.push(Span::styled(hint_text, theme.status));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

/// The bar's position and claim in `room` columns: both whole where they fit; else the
/// claim said `short` (when it has a short form), then the position dropped, then the
/// claim cut with `…` (never silently by the bar's edge).
fn fit_fixed(
    position: String,
    claim: String,
    short: Option<String>,
    room: usize,
) -> (String, String) {
    let fits = |p: &str, c: &str| display_width(p) + display_width(c) <= room;
    if fits(&position, &claim) {
        return (position, claim);
    }
    let claim = short.unwrap_or(claim);
    if fits(&position, &claim) {
        return (position, claim);
    }
    if fits("", &claim) {
        return (String::new(), claim);
    }
    (String::new(), super::title::fit_words(&claim, room))
}

/// Up to [`message_rows_at`] rows (fewer when the screen has fewer above the bar) just
/// above the status bar `bar`, in its colours, holding `message` wrapped at spaces; a
/// message longer still ends with an ellipsis. Drawn over the panes for the keystroke the
/// message lasts.
fn message_rows(frame: &mut Frame, bar: Rect, message: &str, theme: &Theme) {
    use ratatui::widgets::Clear;
    let room = usize::from(bar.width).saturating_sub(2).max(1);
    let lines = crate::wrap::wrap_lines(message.trim(), room, room);
    let rows = (lines.len())
        .min(message_rows_at(bar.width))
        .min(usize::from(bar.y));
    if rows == 0 {
        return;
    }
    let mut shown: Vec<String> = lines[..rows]
        .iter()
        .map(|l| l.trim_end().to_string())
        .collect();
    if lines.len() > rows {
        let start = lines[rows - 1].as_ptr() as usize - message.trim().as_ptr() as usize;
        shown[rows - 1] = ellipsize(&message.trim()[start..], room);
    }
    let height = rows as u16;
    let area = Rect {
        y: bar.y - height,
        height,
        ..bar
    };
    let text: Vec<Line> = shown
        .into_iter()
        .map(|line| {
            Line::from(Span::styled(
                format!(" {line}"),
                theme.status.add_modifier(Modifier::BOLD),
            ))
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(text).style(theme.status), area);
}

/// How many rows a message may take above a bar `width` columns wide: three, or enough
/// for [`MESSAGE_WHOLE`] characters wrapped at that width when that is more (a narrow
/// window's messages were cut at three rows: 96 characters at 34 columns).
pub(crate) fn message_rows_at(width: u16) -> usize {
    let room = usize::from(width).saturating_sub(2).max(1);
    // Wrapping at spaces leaves a row short by up to a word: twice the characters are
    // allowed for it (words up to 10 letters at 30 columns).
    (MESSAGE_WHOLE * 2).div_ceil(room).max(3)
}

/// The characters a message above the status bar is always shown whole up to, at any
/// width the screen has the rows for; the longest the reader says (a copy opened with
/// its text changed, a conflict's save) are under it.
pub(crate) const MESSAGE_WHOLE: usize = 160;

/// The search prompt in place of the status bar: `/words█` and how many matches so far.
fn draw_prompt(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    theme: &Theme,
    prompt: &crate::reader::model::search::Prompt,
) {
    let lead = if state.search.backward { "?" } else { "/" };
    let count = if prompt.text.is_empty() {
        "type to search · Enter keeps · Esc goes back".to_string()
    } else {
        state.match_count().unwrap_or_default()
    };
    let line = prompt_line(theme, usize::from(area.width), lead, prompt, &count, false);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// A prompt's line in the status bar `width` columns wide: `lead`, the line typed with its
/// cursor (scrolled to keep the cursor in view), and `count` at the right (a `problem`
/// with the line typed is shortened rather than left out when the bar is narrow; beside a
/// one-column lead, the search's count gives way to the line typed, up to half the bar).
fn prompt_line(
    theme: &Theme,
    width: usize,
    lead: &str,
    prompt: &crate::reader::model::search::Prompt,
    count: &str,
    problem: bool,
) -> Line<'static> {
    let (prompt, at) = (prompt.text.as_str(), prompt.at);
    let count = format!(" {count} ");
    // A long lead gives way to the line typed on a narrow screen.
    let lead = if display_width(lead) * 3 > width {
        ellipsize(lead, width / 3)
    } else {
        lead.to_string()
    };
    // Beside a long lead the hint gives way too, keeping room for the line typed.
    let count = if display_width(&lead) > 1 {
        // A hint whole or not at all; a problem shortened if it must be.
        let room = width.saturating_sub(display_width(&lead) + 18);
        if display_width(&count) <= room {
            count
        } else if problem {
            format!(
                " {} ",
                ellipsize(count.trim(), width.saturating_sub(display_width(&lead) + 6))
            )
        } else {
            String::new()
        }
    } else {
        // The count gives way to the line typed (up to half the bar): shortened while
        // eight columns are left for it, else left out.
        let typed = (display_width(prompt) + 1).min(width / 2);
        let room = width.saturating_sub(display_width(&lead) + 2 + typed);
        if display_width(&count) <= room {
            count
        } else if room >= 8 {
            format!(" {} ", ellipsize(count.trim(), room - 2))
        } else {
            String::new()
        }
    };
    let room = width.saturating_sub(display_width(&count) + display_width(&lead) + 2);
    let (before, after) = prompt.split_at(at.min(prompt.len()));
    let (under, after) = crate::keys::prompt::cursor_cell(after);
    let (before, after) = crate::keys::prompt::window(before, after, room);
    let text = format!(" {lead}{before}");
    let used = display_width(&text) + display_width(under) + display_width(&after);
    let gap = width.saturating_sub(used + display_width(&count));
    Line::from(vec![
        Span::styled(text, theme.status.add_modifier(Modifier::BOLD)),
        Span::styled(
            under.to_string(),
            theme.status.add_modifier(Modifier::REVERSED),
        ),
        Span::styled(after, theme.status.add_modifier(Modifier::BOLD)),
        Span::styled(" ".repeat(gap), theme.status),
        Span::styled(count, theme.status),
    ])
}

/// "selection: 12 words, 74 characters": the selection mode and the selection's size.
pub fn selection_notice(
    state: &State,
    selection: &crate::reader::model::selection::Selection,
) -> String {
    let (words, chars) = selection.size(&state.doc.article.body);
    format!(
        "selection: {}, {}",
        crate::text::plural(words, "word"),
        crate::text::plural(chars, "character")
    )
}

/// "link 3 · o opens" when the cursor's line has a link and nothing else is to be said.
fn link_notice(state: &State, theme: &Theme) -> Option<(String, Style)> {
    let here = state.links_on_cursor_line();
    let first = here.first()?;
    let keys = state
        .config
        .keys
        .0
        .keys_for(&crate::reader::action::Action::OpenLink);
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
        .first_key(&crate::reader::action::Action::Reload)
        .unwrap_or_else(|| "reload".to_string())
}
