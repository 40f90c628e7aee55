//! Rendering tests of the reading comforts on ratatui's TestBackend: the reading measure,
//! filters, the people view, and the search in the sidebar.

use crate::common;

use common::{apply, joined, sample_state, screen, sidebar_text};
use counterpoint::Action::*;
use counterpoint::State;

#[test]
fn the_text_stands_centred_in_a_wide_pane_and_the_keys_change_its_measure() {
    let mut state = sample_state(120, 20);
    apply(&mut state, &[ToggleSidebar]);
    let lines = screen(&state);
    // 113 columns of room for 80 of text: 16 blank columns, then the gutter's cursor mark.
    let cursor_row = lines.iter().find(|l| l.contains('▌')).unwrap();
    assert_eq!(cursor_row.find('▌'), Some(16), "{cursor_row}");
    let longest = |lines: &[String]| {
        lines[..19]
            .iter()
            // Leaving out the scrollbar in the last column.
            .map(|l| {
                l.chars()
                    .take(119)
                    .collect::<String>()
                    .trim_end()
                    .chars()
                    .count()
            })
            .max()
            .unwrap()
    };
    // The longest line ends within the margin, gutter and 80 columns.
    assert!(longest(&lines) <= 16 + 5 + 80, "{}", joined(&lines));
    apply(
        &mut state,
        &[Narrower, Narrower, Narrower, Narrower, Narrower],
    );
    let lines = screen(&state);
    let cursor_row = lines.iter().find(|l| l.contains('▌')).unwrap();
    assert_eq!(cursor_row.find('▌'), Some(26), "{cursor_row}");
    assert!(longest(&lines) <= 26 + 5 + 60, "{}", joined(&lines));
    assert!(lines[19].contains("text 60 columns wide"), "{}", lines[19]);
}

#[test]
fn a_verdict_filter_keeps_only_its_claims_in_the_sidebar_the_gutter_and_the_highlights() {
    let mut state = sample_state(120, 40);
    // Claim 1's quote, highlighted before the filter: the cell under "acting as".
    let quote_cell = |state: &State| {
        let lines = screen(state);
        let row = lines
            .iter()
            .position(|l| l.contains("accused Iran of"))
            .unwrap();
        let byte = lines[row].find("acting as").unwrap();
        let column = lines[row][..byte].chars().count() as u16;
        common::drawn(state)[(column, row as u16)].clone()
    };
    let highlighted = |cell: &ratatui::buffer::Cell| {
        cell.bg != ratatui::style::Color::Reset
            || cell.modifier.contains(ratatui::style::Modifier::UNDERLINED)
    };
    assert!(highlighted(&quote_cell(&state)));
    apply(&mut state, &[ChooseFilter]);
    let text = joined(&screen(&state));
    assert!(text.contains("Filter claims · Enter chooses"), "{text}");
    assert!(
        text.contains("Verdict: Unsupported") && text.contains("3 claims"),
        "{text}"
    );
    // "Verdict: Unsupported" is the second row: All claims, then the verdicts by how
    // many claims give them (Unsupported 3, Disputed 2, …), then who disputes them.
    assert!(
        text.find("Verdict: Unsupported") < text.find("Verdict: Disputed"),
        "{text}"
    );
    apply(&mut state, &[LineDown, Activate]);
    let lines = screen(&state);
    let text = joined(&lines);
    assert!(
        text.contains("Claims 3 of 9 · verdict Unsupported"),
        "{text}"
    );
    let sidebar = sidebar_text(&state, &lines);
    for claimant in ["Trump administration", "U.S. officials"] {
        assert!(!sidebar.contains(claimant), "{claimant} shown:\n{sidebar}");
    }
    // The first claim's number is gone from the gutter, and its quote is not highlighted.
    assert!(!lines.iter().any(|l| l.starts_with("   1 ")), "{text}");
    assert!(
        !highlighted(&quote_cell(&state)),
        "claim 1 is still highlighted"
    );
}

#[test]
fn the_people_view_lists_who_claims_and_who_answers() {
    let mut state = sample_state(120, 40);
    apply(&mut state, &[People]);
    let text = joined(&screen(&state));
    assert!(
        text.contains("People · Enter steps through their statements"),
        "{text}"
    );
    assert!(
        text.contains("Colin P. Clarke")
            && text.contains("answered 2 claims: ✗ 3 disputes, • 2 context"),
        "{text}"
    );
    assert!(
        text.contains("made 5 claims · U.S. Secretary of State"),
        "{text}"
    );
}

/// The people view takes the window's width as the help does (its border four columns in),
/// and lines its details up in columns when they fit; narrower, they are joined and cut.
#[test]
fn the_people_view_uses_the_width_it_is_given_and_lines_up_its_columns() {
    for width in [100u16, 160, 200, 260] {
        let mut state = sample_state(width, 30);
        apply(&mut state, &[People]);
        let lines = screen(&state);
        let top = lines.iter().find(|l| l.contains("People ·")).unwrap();
        let left = top.chars().position(|c| c == '┌').unwrap();
        let right = top.chars().position(|c| c == '┐').unwrap();
        assert_eq!(right - left + 1, usize::from(width) - 4, "{width}: {top}");
    }
    let mut state = sample_state(200, 30);
    apply(&mut state, &[People]);
    let lines = screen(&state);
    let column = |who: &str, word: &str| {
        let line = lines
            .iter()
            .find(|l| l.contains(&format!("│   {who}")))
            .unwrap();
        line[..line.find(word).unwrap()].chars().count()
    };
    // Pompeo makes claims and answers none; Clarke answers: their columns line up.
    assert_eq!(
        column("Mike Pompeo", "made 5"),
        column("U.S. officials", "made 1")
    );
    assert_eq!(
        column("Mike Pompeo", "U.S. Secretary"),
        column("Brett McGurk", "former")
    );
    assert_eq!(
        column("Colin P. Clarke", "director"),
        column("Brett McGurk", "former")
    );
    assert!(
        !joined(&lines).contains("made 5 claims · U.S."),
        "{}",
        joined(&lines)
    );
    assert!(joined(&lines).contains("U.S. Secretary of State"));
}

#[test]
fn the_search_also_finds_claims_by_their_sidebar_text_and_marks_it_there() {
    use counterpoint::keys::prompt::PromptKey;
    let mut state = sample_state(120, 40);
    apply(&mut state, &[SearchForward]);
    for c in "(outgoing)".chars() {
        apply(&mut state, &[Prompt(PromptKey::Char(c))]);
    }
    apply(&mut state, &[Prompt(PromptKey::Submit)]);
    // Only the sidebar says "(outgoing)": Pompeo's role on his five claims.
    let lines = screen(&state);
    let status = &lines[39];
    assert!(
        status.contains("only in the sidebar: 5 claims · Tab, then > steps through them"),
        "{status}"
    );
    assert_eq!(state.search.claim_hits, [0, 2, 3, 4, 5]);
    apply(&mut state, &[ToggleFocus, NextMatch]);
    assert_eq!(state.selected, Some(2));
    assert_eq!(
        state.message.as_deref(),
        Some("claim 3 mentions (outgoing) (2 of 5)")
    );
    // The words are reversed where the sidebar shows them.
    let lines = screen(&state);
    let buffer = common::drawn(&state);
    let row = lines
        .iter()
        .position(|l| l.contains("Secretary of State (outgoing)"))
        .unwrap();
    let byte = lines[row].find("(outgoing)").unwrap();
    let column = lines[row][..byte].chars().count() as u16;
    assert!(
        buffer[(column, row as u16)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    );
    apply(&mut state, &[NextMatch, NextMatch, NextMatch, NextMatch]);
    assert_eq!(
        state.message.as_deref(),
        Some("claim 1 mentions (outgoing) (1 of 5) · wrapped")
    );
}
