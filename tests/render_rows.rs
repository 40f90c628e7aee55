//! Rows that hold several fields, and the sidebar's scrolling, at the widths people use:
//! the claimant is never lost to a long verdict, and the open claim's entry is shown
//! whole from its header.

use crate::common;

use common::{apply, joined, screen};
use counterpoint::article::Article;
use counterpoint::claims::parse_text;
use counterpoint::config::Config;
use counterpoint::document::Document;
use counterpoint::{Action, State, update};

const ARTICLE: &str = "# Deck\n\nThe mayor said the deck is “entirely safe” and the city had spent more on that bridge than any other.\n\nThe engineer said the deck was rated poor in 2023.\n";

/// A reader on `ARTICLE` with one claim whose verdict is `verdict`, sized `width` × `height`.
fn with_verdict(claimant: &str, verdict: &str, width: u16, height: u16) -> State {
    let article = Article::from_text("deck.md", ARTICLE).unwrap();
    let claims = format!(
        "[[claim]]\nclaimant = {claimant:?}\nquote = 'the deck is \"entirely safe\"'\nverdict = {verdict:?}\n"
    );
    let doc = Document::new(article, parse_text("deck.claims.toml", &claims).unwrap());
    let mut state = common::reader(doc, width, height);
    if state.selected.is_none() {
        update(&mut state, Action::NextClaim);
    }
    state
}

/// The sidebar's rows, beside the article or under it.
fn sidebar_rows(state: &State) -> Vec<String> {
    let lines = screen(state);
    let area = state.screen.sidebar.expect("a sidebar");
    lines
        .iter()
        .skip(usize::from(area.y))
        .take(usize::from(area.height))
        .map(|l| l.chars().skip(usize::from(area.x)).collect())
        .collect()
}

/// The claim header's row in the sidebar.
fn header_row(state: &State) -> String {
    sidebar_rows(state)
        .into_iter()
        .find(|l| l.contains(" 1 "))
        .unwrap_or_default()
}

#[test]
fn a_long_verdict_never_hides_the_claimant() {
    let verdicts = [
        "False",
        "Mostly false: the 2023 inspection rated the deck poor",
        "Mostly false: the 2023 inspection rated the deck poor, and the city's own engineers said so in a memo that the mayor had read",
    ];
    let claimants = [
        "Mayor",
        "Mayor Jane Holloway-Smith",
        "The Office of the Mayor of the City and County",
    ];
    for width in [40, 60, 80, 120] {
        for verdict in verdicts {
            for claimant in claimants {
                let state = with_verdict(claimant, verdict, width, 40);
                let row = header_row(&state);
                // The claimant keeps at least half the row, or all of itself.
                let shown: String = claimant.chars().take(8).collect();
                assert!(
                    row.contains(&shown),
                    "{width} columns, {claimant:?} / {verdict:?}: {row:?}"
                );
                // Blank space is used before anything is cut: a short verdict stays whole.
                if verdict == "False" {
                    assert!(row.contains(" False"), "{width}: {row:?}");
                }
                // The open claim shows in full what its header shortened.
                assert_eq!(state.selected, Some(0));
                {
                    let sidebar = sidebar_rows(&state).join(" ");
                    let words = |text: &str| {
                        text.split_whitespace()
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    };
                    let shown = words(&sidebar.replace('│', " "));
                    for word in words(claimant).iter().chain(words(verdict).iter()) {
                        assert!(
                            shown.contains(word),
                            "{width}: {word:?} never shown whole:\n{sidebar}"
                        );
                    }
                }
                // When both fit, neither is cut.
                let both = claimant.chars().count() + verdict.chars().count() + 8;
                let sidebar = state.screen.sidebar.unwrap().width as usize;
                if both <= sidebar {
                    assert!(row.contains(claimant) && row.contains(verdict), "{row:?}");
                }
            }
        }
    }
    // The example at 60 columns: the claimant whole, the verdict shortened.
    let state = with_verdict(
        "Mayor Jane Holloway-Smith",
        "Mostly false: the 2023 inspection rated the deck poor",
        60,
        24,
    );
    let row = header_row(&state);
    assert!(
        row.contains("Mayor Jane Holloway-Smith  Mostly false: the"),
        "{row:?}"
    );
    assert!(row.trim_end().ends_with('…'), "{row:?}");
}

/// For every claim of the sample, and every response of it selected from the sidebar,
/// at several sizes: the open claim's header is on screen, and the sidebar's first row
/// begins an entry (its header, or the header of the claim before it), never the tail
/// of one.
#[test]
fn the_sidebar_shows_the_open_claim_from_its_header() {
    for (width, height) in [
        (140, 42),
        (120, 40),
        (100, 30),
        (140, 16),
        (40, 16),
        (80, 24),
    ] {
        let mut state = common::sample_state(width, height);
        let claims = state.doc.claims.len();
        for _ in 0..claims {
            apply(&mut state, &[Action::NextClaim]);
            let sidebar = joined(&sidebar_rows(&state));
            let number = state.selected.map(|c| c + 1).unwrap_or(0);
            let first = sidebar.lines().nth(1).unwrap_or_default();
            assert!(
                first
                    .trim_start_matches(['›', '▌', ' ', '│'])
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit()),
                "{width}x{height}, claim {number}: the sidebar starts mid-entry:\n{sidebar}"
            );
            assert!(
                sidebar.lines().any(|l| l.contains(&format!("› {number} "))
                    || l.contains(&format!("▌ {number} "))
                    || l.contains(&format!("›{number:>2} "))),
                "{width}x{height}, claim {number}: its header is not in view:\n{sidebar}"
            );
            // Each response selected from the sidebar keeps the header in view.
            apply(&mut state, &[Action::ToggleFocus]);
            let responses = state
                .selected
                .map_or(0, |c| state.doc.claims[c].responses.len());
            for _ in 0..responses {
                apply(&mut state, &[Action::LineDown]);
                let lines = screen(&state);
                let text = joined(&lines);
                assert!(
                    text.contains(&format!(" {number} ")),
                    "{width}x{height}, claim {number}, response {:?}: header gone:\n{text}",
                    state.selected_response
                );
            }
            apply(&mut state, &[Action::ToggleFocus]);
        }
    }
}

/// The sidebar quotes the article's own words (what the quote anchored to, not the claims
/// file's typing), adds no outer marks to a quote that has its own, and shows a source
/// that is an address as a numbered link, broken after a slash and never at a hyphen.
#[test]
fn quotes_are_the_article_s_words_and_sources_are_numbered_links() {
    let article = Article::from_text("deck.md", ARTICLE).unwrap();
    let claims = "[[claim]]\nclaimant = 'The mayor'\nquote = 'the deck is \"entirely  safe\"'\n\n\
        [[claim.response]]\nexpert = 'The engineer'\nstance = 'disputes'\nquote = '“the deck was rated poor in 2023.”'\n\
        source = 'https://example.org/docs/city-bridge-inspection-report-2023.pdf'\n";
    let doc = Document::new(article, parse_text("deck.claims.toml", claims).unwrap());
    let mut state = State::new(doc, Config::default());
    for width in [40, 60, 80, 120] {
        apply(&mut state, &[Action::Resize { width, height: 40 }]);
        if state.selected.is_none() {
            apply(&mut state, &[Action::NextClaim]);
        }
        let rows = sidebar_rows(&state);
        let text = rows.join("\n");
        let flat: String = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("“the deck is “entirely safe”")
                || flat.contains("‘the deck is “entirely safe”’"),
            "{width}: {text}"
        );
        assert!(
            !flat.contains("“the deck is \"entirely"),
            "the file's typing is not shown: {text}"
        );
        assert!(
            flat.contains("“the deck was rated poor in 2023.”"),
            "{width}: {text}"
        );
        assert!(!flat.contains("““the deck"), "no doubled marks: {text}");
        assert!(
            flat.contains("— [1] https://example.org/"),
            "{width}: {text}"
        );
        let joined: String = rows
            .iter()
            .map(|r| r.trim_start_matches('│').trim())
            .collect();
        assert!(
            joined.contains("https://example.org/docs/city-bridge-inspection-report-2023.pdf"),
            "{width}: the whole address, in order: {text}"
        );
        for row in &rows {
            assert!(
                !row.trim_end().ends_with("-") || row.contains("──"),
                "{width}: broken at a hyphen: {text}"
            );
        }
    }
}

/// With the sidebar on the left, a line stands between it and the article, as it does on
/// the right.
#[test]
fn a_line_stands_between_the_sidebar_and_the_article_on_either_side() {
    use counterpoint::config::Side;
    for side in [Side::Left, Side::Right] {
        let loaded = counterpoint::document::source::load(None, None).unwrap();
        let mut config = Config::default();
        config.layout.sidebar_side = side;
        let mut state = State::new(loaded.doc, config);
        apply(
            &mut state,
            &[
                Action::Resize {
                    width: 120,
                    height: 20,
                },
                Action::NextClaim,
            ],
        );
        let sidebar = state.screen.sidebar.unwrap();
        let column = match side {
            Side::Left => usize::from(sidebar.x + sidebar.width - 1),
            Side::Right => usize::from(sidebar.x),
        };
        for (row, line) in screen(&state)
            .iter()
            .enumerate()
            .skip(1)
            .take(usize::from(sidebar.height) - 1)
        {
            let cell = line.chars().nth(column);
            assert_eq!(cell, Some('│'), "{side:?}, row {row}: {line:?}");
        }
    }
}

/// The search's count of claims in the sidebar counts the claims the sidebar shows: under
/// a filter, only those the filter lets through.
#[test]
fn the_sidebar_count_of_a_search_follows_the_filter() {
    let status = |keys: &str| {
        let state = common::sample_state(120, 20);
        let keys = counterpoint::cli::render::parse_keys(keys).unwrap();
        counterpoint::cli::render::render(state, 120, 20, &keys)
            .last()
            .cloned()
            .unwrap_or_default()
    };
    assert!(status("/iran<Enter>").contains("9 claims in the sidebar"));
    let filtered = status("fjj<Enter>/iran<Enter>");
    assert!(filtered.contains("2 claims in the sidebar"), "{filtered}");
}

/// Claim numbers of four, five and more digits keep the text in its columns: the gutter
/// widens by a column a digit, every number is shown whole with a space after it, and no
/// line of text reaches the column before the scrollbar (a newcomer saw `10005` push a
/// word off the right edge).
#[test]
fn the_gutter_fits_the_largest_claim_number_and_the_text_keeps_its_columns() {
    use counterpoint::document::generate::generate;
    for (claims, digits) in [(120, 3), (1_200, 4), (10_050, 5)] {
        let (article, claims_text) = generate(claims * 500, claims, 7);
        let article = Article::from_text("gen.md", &article).unwrap();
        let parsed = parse_text("gen.claims.toml", &claims_text).unwrap();
        let doc = Document::new(article, parsed);
        for (width, height) in [(120, 40), (80, 24)] {
            let mut state = common::reader(doc.clone(), width, height);
            apply(&mut state, &[Action::Bottom, Action::PrevClaim]);
            let gutter = usize::from(state.screen.gutter);
            assert_eq!(gutter, 2 + digits, "{claims} claims at {width}");
            let lines = screen(&state);
            let pane = state.screen.article;
            let rows: Vec<Vec<char>> = lines
                .iter()
                .skip(usize::from(pane.y))
                .take(usize::from(pane.height))
                .map(|l| l.chars().skip(usize::from(pane.x)).collect())
                .collect();
            let mut numbers = 0;
            for row in &rows {
                assert_eq!(row.get(gutter - 1), Some(&' '), "{claims}: {row:?}");
                let label: String = row[1..gutter - 1].iter().collect();
                if let Ok(n) = label.trim().parse::<usize>() {
                    assert!(n <= claims, "{label}");
                    numbers += 1;
                }
                // The blank column between the text and the scrollbar.
                let edge = usize::from(pane.width) - 2;
                assert_eq!(row.get(edge), Some(&' '), "{claims} at {width}: {row:?}");
            }
            assert!(
                numbers > 0,
                "{claims} at {width}: no claim number on screen:\n{}",
                lines.join("\n")
            );
        }
    }
}
