//! Rendering tests of moving about (issue 16): the article following the sidebar, two
//! claims on one line, the search finding what the pane shows, and the resume notice.

use crate::common;

use common::{apply, joined, sample_state, screen};
use counterpoint::Action::*;
use counterpoint::reader::state::Focus;

/// The article pane's rows (beside or above the sidebar).
fn article_rows(state: &counterpoint::State, lines: &[String]) -> Vec<String> {
    let pane = state.screen.article;
    lines
        .iter()
        .skip(usize::from(pane.y))
        .take(usize::from(pane.height))
        .map(|l| {
            l.chars()
                .skip(usize::from(pane.x))
                .take(usize::from(pane.width))
                .collect()
        })
        .collect()
}

/// `<Tab>jjjjjjj` at 140×42 selects Clarke's "center of gravity" response: the cursor is
/// on the line quoting it, and the status no longer says 0%.
#[test]
fn the_article_follows_the_sidebar_to_a_quoted_response() {
    let mut state = sample_state(140, 42);
    apply(&mut state, &[ToggleFocus]);
    for _ in 0..7 {
        apply(&mut state, &[LineDown]);
    }
    let claim = state.selected.expect("a claim");
    let response = state.selected_response.expect("a response");
    let quoted = state.doc.claims[claim].responses[response]
        .anchoring
        .range
        .clone()
        .expect("quoted in the text");
    assert!(state.doc.article.body[quoted.clone()].contains("center of gravity"));
    assert_eq!(state.view.cursor, quoted.start);
    let lines = screen(&state);
    let status = lines.last().unwrap();
    assert!(!status.contains(" 0% "), "{status}");
    let cursor_row = article_rows(&state, &lines)
        .into_iter()
        .find(|l| l.contains('▌'))
        .unwrap();
    assert!(cursor_row.contains("center of"), "{}", joined(&lines));
    // The selection is the sidebar's, whatever claim the rule would give for that place,
    // and a resize keeps it.
    assert_eq!(
        (state.selected, state.selected_response),
        (Some(claim), Some(response))
    );
    apply(
        &mut state,
        &[Resize {
            width: 120,
            height: 40,
        }],
    );
    assert_eq!(
        (state.selected, state.selected_response),
        (Some(claim), Some(response))
    );
    assert_eq!(state.view.cursor, quoted.start);
    // Enter goes there and focuses the text.
    apply(&mut state, &[Activate]);
    assert_eq!(state.focus, Focus::Article);
    assert_eq!(state.view.cursor, quoted.start);
}

/// Every step through the sidebar, down and back up, at several sizes: the cursor is at
/// the selected response's quote when the text has it, else at the claim's; the sidebar's
/// selection is never snapped to another claim.
#[test]
fn every_sidebar_step_moves_the_cursor_and_keeps_the_selection() {
    for (width, height) in [(140, 42), (100, 30), (80, 24)] {
        let mut state = sample_state(width, height);
        apply(&mut state, &[ToggleFocus]);
        for action in std::iter::repeat_n(LineDown, 60).chain(std::iter::repeat_n(LineUp, 60)) {
            let before = (state.selected, state.selected_response);
            apply(&mut state, &[action]);
            let (Some(claim), response) = (state.selected, state.selected_response) else {
                continue;
            };
            let claim_entry = &state.doc.claims[claim];
            let place = response
                .and_then(|r| claim_entry.responses[r].anchoring.range.as_ref())
                .map(|r| r.start)
                .or(claim_entry.start());
            if let Some(place) = place {
                assert_eq!(state.view.cursor, place, "{width}x{height} {before:?}");
                assert!(state.cursor_row().is_some(), "the cursor is on screen");
            }
            assert!(!state.follows_cursor(), "the sidebar chose");
        }
    }
}

/// Reopened where it was left (49%), the reader says so and names the key to the start
/// from the key map in force (issue 16, item 16).
#[test]
fn a_reopened_article_says_where_it_opened_and_how_to_go_to_the_start() {
    use counterpoint::reader::model::resume::{SavedPlace, StartAt};
    let mut first = sample_state(120, 40);
    apply(&mut first, &[OpenAt(StartAt::Percent(49))]);
    let place = SavedPlace::at(&first.doc.article.body, first.view.cursor);
    let percent = first.percent();
    assert!((45..=50).contains(&percent), "{percent}");

    let mut state = sample_state(120, 40);
    apply(&mut state, &[OpenAt(StartAt::Saved(place.clone()))]);
    let lines = screen(&state);
    let status = lines.last().unwrap();
    let said = format!("reopened where you left off ({percent}%): g goes to the start");
    assert!(status.contains(&said), "{status}");

    // With `top` remapped, the message names the key in force.
    let mut config =
        counterpoint::config::Config::parse("config.toml", "[keys]\ntop = [\"Home\"]\n")
            .expect("config");
    config.layout = state.config.layout.clone();
    let mut state = common::reader_with(common::load(None, None), config, 120, 40);
    apply(
        &mut state,
        &[Resize {
            width: 120,
            height: 40,
        }],
    );
    apply(&mut state, &[OpenAt(StartAt::Saved(place))]);
    let message = state.message.clone().unwrap_or_default();
    assert!(message.ends_with("Home goes to the start"), "{message}");

    // Saved at the start: nothing to say.
    let start = sample_state(120, 40);
    let start = SavedPlace::at(&start.doc.article.body, start.view.cursor);
    let mut state = sample_state(120, 40);
    apply(&mut state, &[OpenAt(StartAt::Saved(start))]);
    assert_eq!(state.message, None);
}

/// The search prompt edits as a shell's line does, and the drawn prompt shows the cursor
/// where the edit happens (issue 16, item 14).
#[test]
fn the_search_prompt_edits_as_a_shell_line_does() {
    use counterpoint::keys::prompt::Edit::*;
    use counterpoint::keys::prompt::PromptKey::{self, *};
    let key = |k: PromptKey| Prompt(k);
    let typed = |text: &str| text.chars().map(|c| Prompt(Char(c))).collect::<Vec<_>>();
    let mut state = sample_state(120, 40);
    apply(&mut state, &[SearchForward]);
    apply(&mut state, &typed("Zarif qaida"));
    apply(&mut state, &[key(Edit(KillWord))]);
    assert_eq!(
        state.overlay.prompt().map(|p| p.text.as_str()),
        Some("Zarif ")
    );
    apply(&mut state, &[key(Edit(Home)), key(Edit(Delete))]);
    apply(&mut state, &typed("Z"));
    apply(&mut state, &[key(Edit(End)), key(PromptKey::Backspace)]);
    assert_eq!(
        state.overlay.prompt().map(|p| p.text.as_str()),
        Some("Zarif")
    );
    assert_eq!(state.search.query, "Zarif", "the search follows each edit");
    let zarif = state.doc.article.body.find("Zarif").unwrap();
    assert_eq!(state.view.cursor, zarif);
    // The cursor two characters from the end: "Zar", then "i" under the cursor, then "f".
    apply(&mut state, &[key(Edit(Left)), key(Edit(Left))]);
    let buffer = common::drawn(&state);
    let status_row = state.screen.area.height - 1;
    let lines = screen(&state);
    let status = lines.last().unwrap();
    assert!(status.starts_with(" /Zarif "), "{status}");
    let under = buffer[(5, status_row)].clone();
    assert_eq!(under.symbol(), "i");
    assert!(under.modifier.contains(ratatui::style::Modifier::REVERSED));
    // Ctrl-u deletes to the start, typing goes in at the cursor; Right stops at the end.
    apply(&mut state, &[key(Edit(KillToStart))]);
    assert_eq!(state.overlay.prompt().map(|p| p.text.as_str()), Some("if"));
    apply(&mut state, &typed("Zar"));
    apply(
        &mut state,
        &[key(Edit(Right)), key(Edit(Right)), key(Edit(Right))],
    );
    apply(&mut state, &typed("!"));
    apply(&mut state, &[key(PromptKey::Backspace)]);
    assert_eq!(
        state.overlay.prompt().map(|p| p.text.as_str()),
        Some("Zarif")
    );
    apply(&mut state, &[key(Submit)]);

    // Up and Down: the previous searches, then the line being typed.
    apply(&mut state, &[SearchForward]);
    apply(&mut state, &typed("Soleimani"));
    apply(&mut state, &[key(Submit), SearchForward]);
    apply(&mut state, &typed("Pom"));
    apply(&mut state, &[key(Older)]);
    assert_eq!(
        state.overlay.prompt().map(|p| p.text.as_str()),
        Some("Soleimani")
    );
    assert_eq!(state.search.query, "Soleimani");
    apply(&mut state, &[key(Older), key(Older)]);
    assert_eq!(
        state.overlay.prompt().map(|p| p.text.as_str()),
        Some("Zarif"),
        "the oldest one"
    );
    apply(&mut state, &[key(Newer), key(Newer)]);
    assert_eq!(state.overlay.prompt().map(|p| p.text.as_str()), Some("Pom"));
    assert_eq!(state.search_history.entries, ["Zarif", "Soleimani"]);
}

/// An article whose first line holds the start of two claims (and a paragraph after).
fn two_on_one_line(width: u16, height: u16) -> (tempfile::TempDir, counterpoint::State) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("two.md");
    let claims = dir.path().join("two.claims.toml");
    std::fs::write(
        &article,
        "# Two claims\n\nThe minister said the bridge is safe and the mayor said the tolls will fall soon.\n\nA second paragraph follows with more words in it, and then a third.\n\nThe end.\n",
    )
    .unwrap();
    std::fs::write(
        &claims,
        "[[claim]]\nclaimant = \"Minister\"\nquote = \"the bridge is safe\"\nverdict = \"False\"\n\n[[claim]]\nclaimant = \"Mayor\"\nquote = \"the tolls will fall\"\nverdict = \"Unproven\"\n",
    )
    .unwrap();
    let doc = common::load(Some(&article), Some(&claims));
    (dir, common::reader(doc, width, height))
}

/// Two claims starting on one line: both numbers show in the gutter, and n/p move between
/// them visibly: the status, the sidebar's selection and the gutter's bold number change
/// (issue 16, item 2).
#[test]
fn two_claims_on_one_line_both_show_and_n_moves_between_them() {
    for (width, height) in [(140, 30), (120, 24), (80, 24), (60, 20)] {
        let (_dir, mut state) = two_on_one_line(width, height);
        assert_eq!(state.doc.anchored_count(), 2);
        let lines = screen(&state);
        let text = joined(&article_rows(&state, &lines));
        let gutter: Vec<String> = article_rows(&state, &lines)
            .iter()
            .map(|l| {
                l.chars()
                    .skip(usize::from(state.screen.indent))
                    .take(5)
                    .collect()
            })
            .collect();
        let shows = |n: &str| {
            gutter
                .iter()
                .any(|g| g.split([' ', ',', '▌', '+']).any(|w| w == n))
        };
        assert!(
            shows("1") && shows("2"),
            "{width}x{height}: both numbers:\n{text}"
        );
        let mut seen = Vec::new();
        for action in [NextClaim, NextClaim, PrevClaim] {
            apply(&mut state, &[action]);
            let lines = screen(&state);
            let status = lines.last().unwrap().clone();
            let number = state.selected.map(|c| c + 1).unwrap();
            assert!(status.contains(&format!("claim {number} of 2")), "{status}");
            let sidebar = common::sidebar_text(&state, &lines);
            assert!(
                sidebar.contains(&format!("› {number} ")),
                "{width}x{height}: sidebar selects {number}:\n{sidebar}"
            );
            seen.push(number);
        }
        assert_eq!(seen, [1, 2, 1], "{width}x{height}");
    }
}

fn search_for(state: &mut counterpoint::State, query: &str) {
    use counterpoint::keys::prompt::PromptKey::*;
    apply(state, &[SearchForward]);
    for c in query.chars() {
        apply(state, &[Prompt(Char(c))]);
    }
    apply(state, &[Prompt(Submit)]);
}

/// `/floats` finds the title's word (issue 16, item 13): counted, highlighted where the
/// pane shows it, and no "no match".
#[test]
fn the_search_finds_the_header_the_pane_shows() {
    let mut state = sample_state(120, 40);
    search_for(&mut state, "floats");
    // Enter shows the count as its message, as for a match in the text.
    assert_eq!(state.message.as_deref(), Some("match 1 of 1 · > next"));
    assert_eq!(state.match_count().as_deref(), Some("match 1 of 1"));
    let lines = screen(&state);
    let buffer = common::drawn(&state);
    let row = lines.iter().position(|l| l.contains("floats")).unwrap();
    let column = lines[row][..lines[row].find("floats").unwrap()]
        .chars()
        .count();
    let cell = &buffer[(column as u16, row as u16)];
    assert_eq!(cell.symbol(), "f");
    assert!(
        cell.modifier.contains(ratatui::style::Modifier::REVERSED),
        "{}",
        lines[row]
    );
}

/// Every word of every header line shown (title, dek, meta) at several widths is found,
/// and stepping with `>` visits every match of the header and the text once, then wraps.
#[test]
fn every_word_the_header_shows_is_found_and_stepped_to() {
    for (width, height) in [(140, 42), (80, 24), (40, 16)] {
        let state = sample_state(width, height);
        let header: Vec<String> = state
            .layout
            .lines_from(
                &state.doc.article,
                state.layout.first(&state.doc.article).unwrap(),
            )
            .take_while(|(at, _)| at.block == 0)
            .map(|(_, line)| state.layout.header_text(line.kind)[line.range.clone()].to_string())
            .collect();
        assert!(!header.is_empty());
        for word in header.iter().flat_map(|l| l.split_whitespace()) {
            let mut state = sample_state(width, height);
            search_for(&mut state, &word.to_lowercase());
            let total = state.search.header.len() + state.search.matches.len();
            assert!(total > 0, "{width}x{height}: {word:?} not found");
        }
    }
    let mut state = sample_state(120, 40);
    search_for(&mut state, "pompeo");
    let header = state.search.header.len();
    let total = header + state.search.matches.len();
    assert!(header > 0 && total > header);
    let mut visited = std::collections::BTreeSet::new();
    for _ in 0..total {
        apply(&mut state, &[NextMatch]);
        let at = state
            .search
            .on_header
            .or(state.search.current.map(|i| header + i))
            .unwrap();
        visited.insert(at);
    }
    assert_eq!(visited.len(), total, "every match once");
    assert_eq!(state.search.current, Some(0), "a whole round comes back");
    // The header is above the text: `<` from the text's first match goes up to it.
    apply(&mut state, &[PrevMatch]);
    assert_eq!(state.search.on_header, Some(header - 1));
    assert_eq!(
        state.view.top,
        state.layout.first(&state.doc.article).unwrap()
    );
    apply(&mut state, &[NextMatch]);
    assert_eq!(state.search.current, Some(0));
}
