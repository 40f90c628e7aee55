//! The sidebar's header rows: a claim's number, claimant and verdict badge sharing one row fairly, a response's stance and expert, and a claim's tally of stances.

use super::row::{Piece, Tone};
use crate::anchor::AnchorStatus;
use crate::claims::Stance;
use crate::document::{Claim, Response};
use crate::layout::{display_width, wrap_lines};
use crate::reader::state::{Focus, State};
use crate::text::ellipsize;

/// `▌ ✗ disputes · Colin P. Clarke ↵`: the expert's name wraps under the stance rather
/// than being cut; `↵` says the quote is in the text.
pub(super) fn response_header(
    response: &Response,
    mark: Piece,
    highlight: bool,
    width: usize,
) -> Vec<Vec<Piece>> {
    let stance = response.entry.stance;
    // A drafted response's stance is the drafter's guess: it asks.
    let guess = if response.entry.draft.is_some() {
        "?"
    } else {
        ""
    };
    let stance_text = format!("{} {}{guess} · ", stance.mark(), stance.word());
    let expert_tone = if highlight {
        Tone::BoldReversed
    } else {
        Tone::Bold
    };
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
        let mut pieces = if n == 0 {
            vec![
                mark.clone(),
                Piece::new(stance_text.clone(), Tone::StanceBold(stance)),
            ]
        } else {
            vec![Piece::plain("    ")]
        };
        pieces.push(Piece::new(words, expert_tone.clone()));
        pieces.push(Piece::new(arrow, Tone::Muted));
        lines.push(pieces);
    }
    lines
}

/// A claim's header row, and what it had to shorten (shown whole when the claim is open).
pub(super) struct Header {
    pub pieces: Vec<Piece>,
    pub cut_claimant: bool,
    pub cut_verdict: bool,
}

/// `▌ 1 Mike Pompeo          Dubious`: number, claimant, verdict badge at the right.
pub(super) fn claim_header(state: &State, index: usize, claim: &Claim, width: usize) -> Header {
    let current = state.selected == Some(index);
    let mark = match (current, state.focus) {
        (true, Focus::Sidebar) if state.selected_response.is_none() => {
            Piece::new("▌", Tone::Accent)
        }
        (true, _) => Piece::new("›", Tone::Accent),
        _ => Piece::plain(" "),
    };
    // The page's own fact-checks, not in the claims file yet, are marked ◇ by the number.
    // Right-aligned to the widest number (at least two columns), so that every name in
    // the list starts in the same column, with 100,000 claims as with 10.
    let digits = state.doc.claims.len().max(1).ilog10() as usize + 1;
    let digits = digits.max(2);
    let number = if claim.from_page {
        format!("{:>digits$}◇", index + 1)
    } else {
        format!("{:>digits$} ", index + 1)
    };
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
    let name_tone = if current && state.focus == Focus::Sidebar && state.selected_response.is_none()
    {
        Tone::BoldReversed
    } else {
        Tone::Bold
    };
    let mut pieces = vec![
        mark,
        Piece::new(number, if current { Tone::Accent } else { Tone::Muted }),
        Piece::new(claimant, name_tone),
    ];
    let tone = claim.verdict_class().map_or(Tone::MutedItalic, Tone::Badge);
    if let Some(badge) = badge {
        pieces.push(Piece::plain(" ".repeat(gap)));
        pieces.push(Piece::new(badge, tone));
    }
    Header {
        pieces,
        cut_claimant,
        cut_verdict,
    }
}

/// `    ✗ 3 disputes  • 2 context` (or `✗3 •2` when narrow), or why there is nothing to count.
pub(super) fn tally_line(claim: &Claim, width: usize) -> Vec<Piece> {
    let mut pieces = vec![Piece::plain("    ")];
    match claim.anchoring.status {
        AnchorStatus::Ambiguous { candidates } => pieces.push(Piece::new(
            format!("⚠ fits {candidates} places  "),
            Tone::Warning,
        )),
        AnchorStatus::NotFound => pieces.push(Piece::new("⚠ not in the text  ", Tone::Warning)),
        AnchorStatus::Approximate { similarity } => pieces.push(Piece::new(
            format!("≈ {}% alike  ", similarity / 10),
            Tone::Approximate,
        )),
        // Placed exactly, but not where its position hint said: `check --fix` updates it.
        AnchorStatus::Moved { .. } => pieces.push(Piece::new("↷ moved  ", Tone::Muted)),
        AnchorStatus::Exact { .. } => {}
    }
    let tally = claim.tally();
    if tally.is_empty() {
        pieces.push(Piece::new("no responses", Tone::Muted));
    }
    let used: usize = pieces
        .iter()
        .map(|p| unicode_width::UnicodeWidthStr::width(p.text.as_str()))
        .sum();
    let long = tally
        .iter()
        .map(|&(s, n)| worded_width(s, n))
        .sum::<usize>();
    let words = used + long <= width + 2;
    for (stance, count) in tally {
        // `{mark} {count} {word}  ` or `{mark}{count} `, put together without `format!`
        // (a row of the sidebar has several, in every frame).
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(count);
        let mut text = String::with_capacity(worded_width(stance, count) + 8);
        text.push_str(stance.mark());
        if words {
            text.push(' ');
            text.push_str(digits);
            text.push(' ');
            text.push_str(stance.word());
            text.push_str("  ");
        } else {
            text.push_str(digits);
            text.push(' ');
        }
        pieces.push(Piece::new(text, Tone::Stance(stance)));
    }
    pieces
}

/// The characters of a stance's count in words, `{mark} {count} {word}  `, counted
/// without formatting it (the row is measured before it is made).
fn worded_width(stance: Stance, count: usize) -> usize {
    let digits = count.checked_ilog10().map_or(1, |d| d as usize + 1);
    stance.mark().chars().count() + 1 + digits + 1 + stance.word().chars().count() + 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worded_count_is_measured_as_its_text_counts() {
        for stance in Stance::ALL {
            for count in [0, 1, 9, 10, 99, 100, 999, 1_000, 123_456, usize::MAX] {
                let text = format!("{} {count} {}  ", stance.mark(), stance.word());
                assert_eq!(
                    worded_width(stance, count),
                    text.chars().count(),
                    "{text:?}"
                );
            }
        }
    }
}
