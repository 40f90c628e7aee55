//! Wide and combining text, and claims that overlap: wrapped by display width, never split
//! inside a grapheme, highlighted on exactly the right cells.

use crate::common;

use counterpoint::article::Article;
use counterpoint::claims::parse_text;
use counterpoint::document::Document;
use counterpoint::layout::display_width;
use counterpoint::{Action, State, update};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn reader(article: &str, claims: &str, width: u16, height: u16) -> State {
    let article = Article::from_text("wide.md", article).unwrap();
    let claims = parse_text("wide.claims.toml", claims).unwrap();
    crate::common::reader(Document::new(article, claims), width, height)
}

use crate::common::drawn as draw;

/// The text of the cells in the article pane drawn as the current claim (bold on a
/// colour), with the column of the first, row by row.
fn highlighted(state: &State, buffer: &Buffer) -> Vec<(u16, u16, String)> {
    let pane = state.screen.article;
    let mut found = Vec::new();
    for y in pane.y..pane.bottom() {
        let mut first = None;
        let mut text = String::new();
        for x in pane.x..pane.right() {
            let cell = &buffer[(x, y)];
            if cell.modifier.contains(Modifier::BOLD)
                && cell.bg != ratatui::style::Color::Reset
                && x >= state.screen.gutter
            {
                first.get_or_insert(x);
                text.push_str(cell.symbol());
            }
        }
        if let Some(x) = first {
            found.push((x, y, text));
        }
    }
    found
}

#[test]
fn highlights_land_on_the_right_cells_in_wide_text() {
    let cases = [
        ("日本語の記事です。ここにテキストがあります。", "テキスト"),
        (
            "A family 👨\u{200d}👩\u{200d}👧 and a flag 🇫🇷 then the claim words here.",
            "the claim words",
        ),
        (
            "Cafe\u{301} au lait, nai\u{308}ve re\u{301}sume\u{301} claim here.",
            "re\u{301}sume\u{301} claim",
        ),
        ("שלום עולם וזה הטענה כאן", "הטענה"),
    ];
    for (text, quote) in cases {
        let claims = format!("[[claim]]\nclaimant = \"x\"\nquote = \"{quote}\"\n");
        let mut state = reader(text, &claims, 110, 12);
        update(&mut state, Action::NextClaim);
        let buffer = draw(&state);
        let found = highlighted(&state, &buffer);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let (x, y, shown) = &found[0];
        assert_eq!(shown, quote, "{text}");
        // The highlight starts where the text before it ends, counted in display columns.
        let row_text = common::buffer_lines(&buffer)[usize::from(*y)].clone();
        let before = &text[..text.find(quote).unwrap()];
        let line_start = state.cursor_range().unwrap().start;
        let expected = state.screen.gutter + display_width(&text[line_start..before.len()]) as u16;
        assert_eq!(*x, expected, "{text}: row {row_text:?}");
    }
}

#[test]
fn narrow_wrapping_never_splits_a_grapheme() {
    let text = "👨\u{200d}👩\u{200d}👧👨\u{200d}👩\u{200d}👧👨\u{200d}👩\u{200d}👧 e\u{301}e\u{301}e\u{301}e\u{301}e\u{301} 日本語日本語";
    for width in 8..20 {
        let state = reader(text, "", width, 20);
        let lines = common::screen(&state);
        for line in &lines {
            assert!(!line.contains('\u{fffd}'), "{width}: {line:?}");
        }
        let shown: String = lines
            .iter()
            .map(|l| l.trim())
            .collect::<String>()
            .split_whitespace()
            .collect();
        assert!(
            shown.contains("👨\u{200d}👩\u{200d}👧"),
            "{width}: {lines:?}"
        );
        assert!(shown.contains("e\u{301}e\u{301}"), "{width}: {lines:?}");
    }
}

/// Nested, overlapping and identical claims: each is reachable with n, each is drawn,
/// and the innermost current one is filled.
#[test]
fn overlapping_nested_and_identical_claims() {
    let text = "Alpha beta gamma delta epsilon zeta eta theta.";
    let claims = "[[claim]]\nid = \"outer\"\nclaimant = \"a\"\nquote = \"beta gamma delta epsilon\"\n\n\
        [[claim]]\nid = \"inner\"\nclaimant = \"b\"\nquote = \"gamma delta\"\n\n\
        [[claim]]\nid = \"overlap\"\nclaimant = \"c\"\nquote = \"epsilon zeta\"\n\n\
        [[claim]]\nid = \"same\"\nclaimant = \"d\"\nquote = \"epsilon zeta\"\n";
    let mut state = reader(text, claims, 100, 12);
    let mut visited = Vec::new();
    for _ in 0..4 {
        update(&mut state, Action::NextClaim);
        let current = state.selected.unwrap();
        visited.push(state.doc.claims[current].entry.id.clone());
        let buffer = draw(&state);
        let found = highlighted(&state, &buffer);
        let quote = state.doc.claims[current].entry.selector.exact.clone();
        assert_eq!(
            found.iter().map(|f| f.2.clone()).collect::<String>(),
            quote,
            "{visited:?}"
        );
    }
    assert_eq!(visited, ["outer", "inner", "overlap", "same"]);
    update(&mut state, Action::NextClaim);
    assert_eq!(state.message.as_deref(), Some("no claims after this point"));
    for expected in ["overlap", "inner", "outer"] {
        update(&mut state, Action::PrevClaim);
        assert_eq!(state.doc.claims[state.selected.unwrap()].entry.id, expected);
    }
}
