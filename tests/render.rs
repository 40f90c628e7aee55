//! Rendering tests: the real drawing code on ratatui's TestBackend, read back as screen text.

use crate::common;

use common::{apply, joined, sample_state, screen, sidebar_text};
use counterpoint::Action::{self, *};
use counterpoint::State;
use counterpoint::config::Config;
use counterpoint::reader::state::Focus;

#[test]
fn opening_screen_at_120x40() {
    let state = sample_state(120, 40);
    insta::assert_snapshot!("open_120x40", joined(&screen(&state)));
}

#[test]
fn third_claim_at_80x24_stacks_the_sidebar() {
    let mut state = sample_state(80, 24);
    apply(&mut state, &[NextClaim, NextClaim, NextClaim]);
    let lines = screen(&state);
    insta::assert_snapshot!("third_claim_80x24", joined(&lines));
    assert!(state.screen.stacked);
    assert!(lines[23].contains("claim 3 of 9"), "{}", lines[23]);
}

#[test]
fn narrow_40x16_with_a_response_selected() {
    let mut state = sample_state(40, 16);
    apply(&mut state, &[NextClaim, ToggleFocus, LineDown, LineDown]);
    insta::assert_snapshot!("response_40x16", joined(&screen(&state)));
}

#[test]
fn help_overlay_lists_every_binding_from_the_key_map() {
    let mut state = sample_state(120, 40);
    apply(&mut state, &[ToggleHelp]);
    // The help scrolls when it is taller than the window: read it from top to bottom.
    let mut text = joined(&screen(&state));
    for _ in 0..8 {
        apply(&mut state, &vec![LineDown; 30]);
        text.push_str(&joined(&screen(&state)));
    }
    apply(&mut state, &[Action::Top]);
    for (_, keys, help) in state.config.keys.0.help_rows() {
        assert!(
            text.contains(&keys) && text.contains(help),
            "help lacks {keys} {help}:\n{text}"
        );
    }
    // In a short window the help scrolls, and no further than its last line.
    apply(
        &mut state,
        &[Action::Resize {
            width: 80,
            height: 12,
        }],
    );
    apply(&mut state, &vec![LineDown; 300]);
    let text = joined(&screen(&state));
    assert!(
        text.contains("else the nearest one before the cursor."),
        "{text}"
    );
    apply(&mut state, &[LineUp]);
    assert!(!joined(&screen(&state)).contains("else the nearest one before the cursor."));
    let effects = apply(&mut state, &[Quit]);
    let help_open = matches!(
        state.overlay,
        counterpoint::reader::model::overlay::Overlay::Help { .. }
    );
    assert!(!help_open && !effects.contains(&counterpoint::Effect::Quit));
    assert!(!joined(&screen(&state)).contains("Keys · h or q closes"));
}

/// For each claim reached with `n`, the sidebar's title counts it and its summary and
/// first response are on screen, at every size.
#[test]
fn sidebar_shows_the_claim_under_the_cursor_at_each_size() {
    for (width, height) in [(120, 40), (80, 24), (60, 30)] {
        let mut state = sample_state(width, height);
        let total = state.doc.claims.len();
        for number in 1..=total {
            apply(&mut state, &[NextClaim]);
            assert_eq!(state.selected, Some(number - 1), "{width}x{height}");
            let lines = screen(&state);
            let side = sidebar_text(&state, &lines);
            let claim = &state.doc.claims[number - 1];
            assert!(
                side.contains(&format!("Claims {number}/{total}")),
                "{width}x{height} claim {number}:\n{side}"
            );
            let first_words: String = claim
                .entry
                .summary
                .split(' ')
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                side.contains(&first_words),
                "{width}x{height} claim {number} summary:\n{side}"
            );
            let roomy = state.screen.sidebar.unwrap().height >= 15;
            if let (true, Some(response)) = (roomy, claim.responses.first()) {
                // Long names wrap, so look for the first two words.
                let name: String = response
                    .entry
                    .expert
                    .split(' ')
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    side.contains(&name),
                    "{width}x{height} claim {number} expert:\n{side}"
                );
            }
            // The article shows the claim's number in the gutter on the cursor's row.
            let row = state.cursor_row().unwrap();
            assert!(
                lines[row].starts_with(&format!("▌{number:>3} ")),
                "{width}x{height}: {}",
                lines[row]
            );
        }
    }
}

#[test]
fn a_cursor_on_a_response_quote_makes_its_claim_current() {
    let mut state = sample_state(120, 40);
    // Walk down to the line with Zarif's "warmongering lies", a response to claim 1.
    let zarif = state.doc.article.body.find("warmongering").unwrap();
    while state.cursor_line() != state.layout.line_of(&state.doc.article, zarif) {
        apply(&mut state, &[LineDown]);
    }
    assert_eq!(state.selected, Some(0));
    let side = sidebar_text(&state, &screen(&state));
    assert!(side.contains("Claims 1/9"), "{side}");
    assert!(
        side.contains("› ✗ disputes · Javad Zarif"),
        "the response under the cursor is marked:\n{side}"
    );
}

#[test]
fn enter_on_a_response_moves_the_article_to_its_quote() {
    let mut state = sample_state(120, 40);
    apply(
        &mut state,
        &[
            NextClaim,
            ToggleFocus,
            LineDown,
            LineDown,
            LineDown,
            LineDown,
        ],
    );
    assert_eq!(state.focus, Focus::Sidebar);
    assert_eq!(state.selected_response, Some(3));
    apply(&mut state, &[Activate]);
    let zarif = state.doc.claims[0].responses[3]
        .anchoring
        .range
        .clone()
        .unwrap();
    assert_eq!(state.view.cursor, zarif.start);
    let lines = screen(&state);
    let row = state.cursor_row().unwrap();
    assert!(lines[row].contains("“warmongering lies”"), "{}", lines[row]);
}

#[test]
fn resizing_keeps_the_reading_position() {
    let mut state = sample_state(120, 40);
    apply(
        &mut state,
        &[NextClaim, NextClaim, NextClaim, NextClaim, NextClaim],
    );
    let cursor = state.view.cursor;
    for (width, height) in [(80, 24), (45, 12), (200, 60), (120, 40)] {
        apply(&mut state, &[Action::Resize { width, height }]);
        assert_eq!(state.view.cursor, cursor);
        assert_eq!(state.selected, Some(4));
        assert!(state.cursor_row().is_some(), "{width}x{height}");
    }
}

#[test]
fn status_bar_shows_title_position_claim_and_hints() {
    let mut state = sample_state(120, 40);
    let status = screen(&state)[39].clone();
    assert!(
        status.starts_with(" Pompeo floats dubious claim that Iran is helping a"),
        "{status}"
    );
    assert!(
        status.contains(" 0% ") && status.contains("claim 1 of 9"),
        "{status}"
    );
    assert!(status.trim_end().ends_with("/ search · h help"), "{status}");
    apply(&mut state, &[Bottom]);
    let status = screen(&state)[39].clone();
    // The last line is Clarke's response to claim 2, so by the rule claim 2 is current.
    assert!(
        status.contains(" 100% ") && status.contains("claim 2 of 9"),
        "{status}"
    );
    apply(&mut state, &[NextClaim]);
    assert!(screen(&state)[39].contains("no claims after this point"));
}

#[test]
fn every_size_down_to_1x1_draws() {
    for width in 1..=50 {
        for height in 1..=14 {
            let mut state = sample_state(width, height);
            apply(&mut state, &[NextClaim, ToggleFocus, LineDown, ToggleHelp]);
            screen(&state);
            apply(&mut state, &[Quit, ToggleSidebar, PageDown]);
            screen(&state);
        }
    }
}

/// While a large document loads, the screen says so: no percentage or claim count it
/// cannot know yet, the stage in the status bar, and why the sidebar is empty.
#[test]
fn a_document_still_loading_says_so() {
    let (article, _) = counterpoint::document::generate::generate(200_000, 200, 2);
    let cut = article[..60_000].rfind("\n\n").unwrap();
    let preview =
        counterpoint::article::Article::parse("report.md", &article.as_bytes()[..cut]).unwrap();
    let doc = counterpoint::document::Document::new(preview, Vec::new());
    let mut state = State::new_loading(doc, Config::default());
    apply(
        &mut state,
        &[Action::Resize {
            width: 120,
            height: 30,
        }],
    );
    apply(
        &mut state,
        &[Action::LoadProgress("placing the claims…".into())],
    );
    let lines = screen(&state);
    let status = lines.last().unwrap();
    assert!(
        status.contains(" ⋯  loading  placing the claims… "),
        "{status}"
    );
    assert!(!status.contains('%'), "{status}");
    let side = sidebar_text(&state, &lines);
    assert!(side.contains("Claims (loading…)"), "{side}");
    assert!(side.contains("Loading the claims"), "{side}");
    // A key that needs the whole document waits for it, and says so.
    apply(&mut state, &[Action::NextClaim]);
    assert!(screen(&state).last().unwrap().contains("still loading"));
    let (article, claims) = counterpoint::document::generate::generate(200_000, 200, 2);
    let whole = counterpoint::document::Document::new(
        counterpoint::article::Article::parse("report.md", article.as_bytes()).unwrap(),
        counterpoint::claims::parse_text("report.claims.toml", &claims).unwrap(),
    );
    apply(&mut state, &[Action::Loaded(Box::new(whole))]);
    assert!(state.loading.is_none());
    assert_eq!(state.selected, Some(0), "the n pressed while loading");
    assert!(screen(&state).last().unwrap().contains("claim 1 of 200"));
}

/// Each claim's anchor status shows in the sidebar: an approximate match with how alike
/// it is, and the claims not placed (ambiguous, not found) listed apart under a divider.
#[test]
fn the_sidebar_shows_how_each_claim_was_placed() {
    let article = "The minister said the bridge is entirely safe for every vehicle.\n\n\
        An engineer said the load tests were never finished. Later the minister said it again: \
        repairs are done. And repairs are done, the mayor agreed.\n";
    let claims = r#"
[[claim]]
id = "safe"
claimant = "Minister"
quote = "the bridge is entirely safe for every vehicle"

[[claim.response]]
expert = "Engineer"
stance = "disputes"
quote = "the load tests were never finishd"

[[claim]]
id = "repairs"
claimant = "Minister"
quote = "repairs are done"

[[claim]]
id = "moved"
claimant = "Mayor"
quote = "the mayor agreed"
position = [0, 16]

[[claim]]
id = "budget"
claimant = "Minister"
quote = "the budget was balanced"

[[claim]]
id = "tests"
claimant = "Engineer"
quote = "the lode tests were never finished"
"#;
    let doc = counterpoint::document::Document::new(
        counterpoint::article::Article::parse("bridge.md", article.as_bytes()).unwrap(),
        counterpoint::claims::parse_text("bridge.claims.toml", claims).unwrap(),
    );
    let mut state = common::reader(doc, 100, 34);
    apply(&mut state, &[NextClaim]);
    let lines = screen(&state);
    insta::assert_snapshot!("anchor_statuses_100x34", joined(&lines));
    let side = sidebar_text(&state, &lines);
    assert!(side.contains("Engineer ↵\u{a0}≈96%"), "{side}");
    assert!(side.contains("≈ 94% alike"), "{side}");
    assert!(side.contains("── not placed in the text (2) ─"), "{side}");
    assert!(side.contains("⚠ fits 2 places"), "{side}");
    assert!(side.contains("⚠ not in the text"), "{side}");
    assert!(side.contains("↷ moved"), "{side}");
}

fn fixture_state(name: &str, width: u16, height: u16) -> State {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    common::reader(common::load(Some(&root.join(name)), None), width, height)
}

/// Markdown is rendered: emphasis and the link set apart, the quote as a bar, lists
/// with their markers and no blank lines between items, a rule, code kept as written;
/// the claim's highlight runs across the emphasis and the link.
#[test]
fn a_markdown_article_is_rendered_with_its_structure() {
    let mut state = fixture_state("bridge.md", 100, 30);
    apply(&mut state, &[NextClaim]);
    let lines = screen(&state);
    insta::assert_snapshot!("markdown_100x30", joined(&lines));
    let text = joined(&lines);
    assert!(
        text.contains("│ An engineer said the load tests were never"),
        "{text}"
    );
    let item = lines
        .iter()
        .position(|l| l.contains("•  the main span and its cables"))
        .unwrap();
    assert!(
        lines[item + 1].contains("•  the approach ramps"),
        "items without blank lines:\n{text}"
    );
    assert!(text.contains("1. north ramp"), "{text}");
    assert!(
        text.contains("  status: incomplete"),
        "code keeps its indent:\n{text}"
    );
    assert_eq!(state.doc.anchored_count(), 1);
    // The link on the cursor's line is offered in the status bar; L lists the links.
    assert!(!lines[29].contains("o opens"), "{}", lines[29]);
    apply(&mut state, &[LineDown]);
    let status = screen(&state)[29].clone();
    assert!(status.contains("link 1 · o opens"), "{status}");
    apply(&mut state, &[ToggleLinks]);
    let text = joined(&screen(&state));
    assert!(
        text.contains("Links (1) · Enter opens · q closes"),
        "{text}"
    );
    assert!(text.contains("1  engineering report"), "{text}");
    assert!(text.contains("https://example.org/report.pdf"), "{text}");
}

/// A claim's reviews (ClaimReview) show when it is open: each fact-checker's rating in
/// its verdict's colour, where it is published, and where the claim was made.
#[test]
fn an_open_claim_lists_its_reviews() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let claims = "[[claim]]\nid = \"home-base\"\nclaimant = \"Mike Pompeo\"\nquote = \"acting as al-Qaida’s “new home base,”\"\nappearances = [\"https://2017-2021.state.gov/the-iran-al-qaida-axis/\"]\n\n[[claim.review]]\npublisher = \"Example Fact Desk\"\nurl = \"https://factdesk.example.org/checks/home-base\"\ndate = \"2021-01-14\"\nrating = \"Unsupported\"\nrating_value = 1\nbest_rating = 4\n";
    let entries = counterpoint::claims::parse_text("c.toml", claims).unwrap();
    let loaded = counterpoint::document::source::load(
        Some(&root.join("assets/pompeo-iran-al-qaida.md")),
        None,
    )
    .unwrap();
    let doc = counterpoint::document::Document::new(loaded.doc.article, entries);
    let mut state = State::new(doc, Config::default());
    apply(
        &mut state,
        &[
            Action::Resize {
                width: 120,
                height: 30,
            },
            NextClaim,
        ],
    );
    let side = sidebar_text(&state, &screen(&state));
    assert!(
        side.contains("Unsupported"),
        "the review's rating is the badge:\n{side}"
    );
    let flat = side.replace("\n│    ", " ");
    assert!(
        flat.contains("✎ Example Fact Desk: Unsupported (1 of 4), 2021-01-14"),
        "{side}"
    );
    // An address breaks after a slash, never inside a word or at a hyphen.
    assert!(
        side.contains("https://factdesk.example.org/checks/\n│    home-base"),
        "{side}"
    );
    assert!(side.contains("said at"), "{side}");
}

/// While typing, the status bar is the prompt with a running count; afterwards every
/// match is drawn reversed (the current one also bold and underlined) and counted.
#[test]
fn search_prompt_highlights_and_counts() {
    use counterpoint::keys::prompt::PromptKey;
    let mut state = sample_state(120, 40);
    apply(&mut state, &[SearchForward]);
    for c in "iran".chars() {
        apply(&mut state, &[Prompt(PromptKey::Char(c))]);
    }
    // Smart case: all lowercase, so "Iran", "Iranian" and "IRAN" all count.
    let total = state
        .doc
        .article
        .body
        .to_lowercase()
        .matches("iran")
        .count();
    // The header's "Iran" (the title) is found too, and counted first (issue 16, item 13).
    let header = state.search.header.len();
    assert!(header > 0);
    let total = total + header;
    let lines = screen(&state);
    assert!(lines[39].starts_with(" /iran█"), "{}", lines[39]);
    assert!(
        lines[39].trim_end().ends_with(&format!(
            "match {} of {total} · 9 claims in the sidebar",
            header + 1
        )),
        "{}",
        lines[39]
    );
    apply(&mut state, &[Prompt(PromptKey::Submit), NextMatch]);
    let lines = screen(&state);
    assert!(
        lines[39].contains(&format!(
            "match {} of {total} · 9 claims in the sidebar · > next",
            header + 2
        )),
        "{}",
        lines[39]
    );
    // The cells of every "Iran" on screen are reversed; the current one also bold.
    let buffer = common::drawn(&state);
    let row = state.cursor_row().unwrap() as u16;
    let reversed = |x: u16, y: u16| {
        buffer[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    };
    let line = &lines[usize::from(row)];
    let at = line.find("Iran").expect("a match on the cursor's row");
    let x = line[..at].chars().count() as u16;
    assert!(reversed(x, row) && reversed(x + 3, row) && !reversed(x + 4, row));
    assert!(
        buffer[(x, row)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    );
}

/// The scrollbar: the screen's stretch, a mark for each claim, and search matches; it
/// follows the reader to the end of the text.
#[test]
fn the_scrollbar_shows_where_the_screen_and_the_claims_are() {
    use counterpoint::keys::prompt::PromptKey;
    let column = |state: &State| -> String {
        let x = usize::from(state.screen.article.x + state.screen.article.width - 1);
        screen(state)[..39]
            .iter()
            .map(|row| row.chars().nth(x).unwrap_or(' '))
            .collect()
    };
    let mut state = sample_state(120, 40);
    let bar = column(&state);
    assert_eq!(bar.chars().count(), 39);
    assert!(
        bar.starts_with('●'),
        "the first claim is at the start: {bar}"
    );
    assert!(bar.contains('┃') && bar.contains('│'), "{bar}");
    // Every anchored claim has a mark, though several may share a row.
    let marks = bar.matches('●').count();
    assert!((5..=9).contains(&marks), "{bar}");
    let top_thumb = bar.find('┃').unwrap();
    apply(&mut state, &[Bottom]);
    let bar = column(&state);
    assert!(
        bar.rfind('┃').unwrap() > top_thumb + 20,
        "the thumb moved down: {bar}"
    );
    apply(&mut state, &[SearchForward]);
    for c in "soleimani".chars() {
        apply(&mut state, &[Prompt(PromptKey::Char(c))]);
    }
    apply(&mut state, &[Prompt(PromptKey::Submit)]);
    assert!(column(&state).contains('◆'), "{}", column(&state));
}
