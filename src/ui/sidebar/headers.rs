//! The sidebar's header rows: a claim's number, claimant and verdict badge sharing one row fairly, a response's stance and expert, and a claim's tally of stances.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::super::theme::Theme;
use crate::anchor::AnchorStatus;
use crate::document::{Claim, Response};
use crate::layout::{display_width, wrap_lines};
use crate::reader::state::{Focus, State};
use crate::text::ellipsize;

/// `▌ ✗ disputes · Colin P. Clarke ↵`: the expert's name wraps under the stance rather
/// than being cut; `↵` says the quote is in the text.
pub(super) fn response_header(
    theme: &Theme,
    response: &Response,
    mark: Span<'static>,
    highlight: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let stance = response.entry.stance;
    // A drafted response's stance is the drafter's guess: it asks.
    let guess = if response.entry.draft.is_some() {
        "?"
    } else {
        ""
    };
    let stance_text = format!("{} {}{guess} · ", stance.mark(), stance.word());
    let stance_style = Style::new()
        .fg(theme.stance(stance))
        .add_modifier(Modifier::BOLD);
    let mut expert_style = Style::new().add_modifier(Modifier::BOLD);
    if highlight {
        expert_style = expert_style.add_modifier(Modifier::REVERSED);
    }
    let in_text = match response.anchoring.status {
        AnchorStatus::Exact { .. } | AnchorStatus::Moved { .. } => " ↵".to_string(),
        // No-break spaces keep the mark in one piece when the name wraps.
        AnchorStatus::Approximate { similarity } => format!(" ↵\u{a0}≈{}%", similarity / 10),
        AnchorStatus::Ambiguous { candidates } => {
            format!(" ⚠\u{a0}fits\u{a0}{candidates}\u{a0}places")
        }
        AnchorStatus::NotFound => String::new(),
    };
    let lead = 2 + stance_text.chars().count();
    let name = format!("{}{in_text}", response.entry.expert);
    let mut lines = Vec::new();
    let wrapped = wrap_lines(&name, width.saturating_sub(lead), width.saturating_sub(4));
    for (n, words) in wrapped.into_iter().enumerate() {
        let (words, arrow) = match words.strip_suffix(in_text.as_str()) {
            Some(words) if !in_text.is_empty() => (words, in_text.as_str()),
            _ => (words, ""),
        };
        let mut spans = if n == 0 {
            vec![
                mark.clone(),
                Span::styled(stance_text.clone(), stance_style),
            ]
        } else {
            vec![Span::raw("    ")]
        };
        spans.push(Span::styled(words.to_string(), expert_style));
        spans.push(Span::styled(arrow.to_string(), theme.muted()));
        lines.push(Line::from(spans));
    }
    lines
}

/// A claim's header row, and what it had to shorten (shown whole when the claim is open).
pub(super) struct Header {
    pub line: Line<'static>,
    pub cut_claimant: bool,
    pub cut_verdict: bool,
}

/// `▌ 1 Mike Pompeo          Dubious`: number, claimant, verdict badge at the right.
pub(super) fn claim_header(
    state: &State,
    theme: &Theme,
    index: usize,
    claim: &Claim,
    width: usize,
) -> Header {
    let current = state.selected == Some(index);
    let mark = match (current, state.focus) {
        (true, Focus::Sidebar) if state.selected_response.is_none() => {
            Span::styled("▌", Style::new().fg(theme.accent))
        }
        (true, _) => Span::styled("›", Style::new().fg(theme.accent)),
        _ => Span::raw(" "),
    };
    let number = format!("{:>2} ", index + 1);
    // A drafted claim awaiting review says so, with the drafter's confidence.
    let draft = claim
        .entry
        .draft
        .filter(|_| claim.entry.verdict_text().is_none())
        .map(|d| format!(" draft {}% ", d.confidence));
    let badge = claim
        .entry
        .verdict_text()
        .map(|v| format!(" {} ", v.trim()))
        .or(draft.clone());
    // Shortened first: the verdict badge (down to half the row), then the claimant; a
    // badge with fewer than four columns left is dropped. The claimant is never lost.
    let room = width.saturating_sub(1 + number.len() + 1);
    let (claimant_room, badge_room) = crate::text::share(
        display_width(&claim.entry.claimant),
        badge.as_deref().map_or(0, display_width),
        room,
    );
    let whole_badge = badge.clone();
    let badge = badge.filter(|_| badge_room >= 4).map(|b| {
        match ellipsize(b.trim(), badge_room.saturating_sub(2)) {
            cut if cut.len() < b.trim().len() => format!(" {cut} "),
            _ => b,
        }
    });
    let cut_verdict = claim.entry.verdict_text().is_some() && badge != whole_badge;
    let badge_width = badge.as_deref().map_or(0, display_width);
    let claimant_room = if badge.is_some() { claimant_room } else { room };
    let claimant = ellipsize(&claim.entry.claimant, claimant_room);
    let cut_claimant = claimant != claim.entry.claimant;
    let gap = room.saturating_sub(display_width(&claimant) + badge_width) + 1;
    let mut name_style = Style::new().add_modifier(Modifier::BOLD);
    if current && state.focus == Focus::Sidebar && state.selected_response.is_none() {
        name_style = name_style.add_modifier(Modifier::REVERSED);
    }
    let mut spans = vec![
        mark,
        Span::styled(
            number,
            if current {
                Style::new().fg(theme.accent)
            } else {
                theme.muted()
            },
        ),
        Span::styled(claimant, name_style),
    ];
    let style = match claim.entry.verdict_text() {
        Some(verdict) => theme.badge(verdict),
        None => theme.muted().add_modifier(Modifier::ITALIC),
    };
    if let Some(badge) = badge {
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(badge, style));
    }
    Header {
        line: Line::from(spans),
        cut_claimant,
        cut_verdict,
    }
}

/// `    ✗ 3 disputes  • 2 context` (or `✗3 •2` when narrow), or why there is nothing to count.
pub(super) fn tally_line(theme: &Theme, claim: &Claim, width: usize) -> Line<'static> {
    let mut spans = vec![Span::raw("    ")];
    let warning = Style::new().fg(theme.verdict_false);
    match claim.anchoring.status {
        AnchorStatus::Ambiguous { candidates } => spans.push(Span::styled(
            format!("⚠ fits {candidates} places  "),
            warning,
        )),
        AnchorStatus::NotFound => spans.push(Span::styled("⚠ not in the text  ", warning)),
        AnchorStatus::Approximate { similarity } => spans.push(Span::styled(
            format!("≈ {}% alike  ", similarity / 10),
            Style::new().fg(theme.verdict_mixed),
        )),
        // Placed exactly, but not where its position hint said: `check --fix` updates it.
        AnchorStatus::Moved { .. } => spans.push(Span::styled("↷ moved  ", theme.muted())),
        AnchorStatus::Exact { .. } => {}
    }
    let tally = claim.tally();
    if tally.is_empty() {
        spans.push(Span::styled("no responses", theme.muted()));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let long = tally
        .iter()
        .map(|(s, n)| format!("{} {n} {}  ", s.mark(), s.word()).chars().count())
        .sum::<usize>();
    let words = used + long <= width + 2;
    for (stance, count) in tally {
        let text = if words {
            format!("{} {count} {}  ", stance.mark(), stance.word())
        } else {
            format!("{}{count} ", stance.mark())
        };
        spans.push(Span::styled(text, Style::new().fg(theme.stance(stance))));
    }
    Line::from(spans)
}
