//! The status bar, the hint bar and the overlays at every width (issue 16, items 7, 8, 10,
//! 11, 12 and 15): rendering tests on ratatui's TestBackend, read back as screen text.

use crate::common;

use common::{apply, sample_state, screen};
use counterpoint::Action::*;
use counterpoint::State;
use counterpoint::keys::prompt::PromptKey;
use counterpoint::reader::model::overlay::Overlay;

const SIZES: [(u16, u16); 4] = [(40, 20), (60, 20), (80, 24), (120, 40)];

fn status(state: &State) -> String {
    screen(state).last().cloned().unwrap_or_default()
}

/// The status bar with the three rows above it, where a message the bar cannot hold is
/// shown whole.
fn bottom(state: &State) -> String {
    let rows = screen(state);
    rows[rows.len().saturating_sub(4)..].join("\n")
}

fn search(state: &mut State, query: &str) {
    apply(state, &[SearchForward]);
    for c in query.chars() {
        apply(state, &[Prompt(PromptKey::Char(c))]);
    }
    apply(state, &[Prompt(PromptKey::Submit)]);
}

/// Chooses the filter "verdict Unsupported" (the fourth row of the filter list).
fn filter_unsupported(state: &mut State) {
    apply(
        state,
        // The second row: the verdict with most claims comes first.
        &[ChooseFilter, LineDown, Activate],
    );
}

/// The hints shown, in order, read from the right end of the status bar.
fn hints_shown(status: &str) -> Vec<&'static str> {
    [
        "n next",
        "p prev",
        "Tab focus",
        "/ search",
        "q quit",
        "h help",
    ]
    .into_iter()
    .filter(|hint| status.contains(hint))
    .collect()
}

/// Hints by priority: help always, then next, prev, focus, search; a message is shortened
/// before they go. At 120 columns `n next` shows; at 60×20 with a message `h help` stays.
#[test]
fn the_hint_bar_keeps_the_useful_hints_at_every_width() {
    let priority = ["n next", "p prev", "Tab focus", "/ search"];
    for (width, height) in SIZES {
        for with_message in [false, true] {
            let mut state = sample_state(width, height);
            if with_message {
                filter_unsupported(&mut state);
            }
            let line = status(&state);
            let label = format!("{width}x{height} message {with_message}: {line:?}");
            assert_eq!(line.chars().count(), usize::from(width), "{label}");
            assert!(line.trim_end().ends_with("h help"), "{label}");
            // A hint shows only when every more useful one does.
            let shown = hints_shown(&line);
            let kept = priority.iter().take_while(|h| shown.contains(h)).count();
            assert!(
                priority[kept..].iter().all(|h| !shown.contains(h)),
                "{label}"
            );
            if with_message {
                // The message is shown whole: in the bar, or above it when the bar
                // cannot hold it beside help (tests/render_messages.rs).
                let whole = bottom(&state);
                assert!(
                    whole.contains("filter: verdict Unsupported · 3 claims"),
                    "{label}: {whole}"
                );
            }
        }
    }
    let line = status(&sample_state(120, 40));
    assert!(
        line.trim_end()
            .ends_with("n next · p prev · Tab focus · / search · h help"),
        "{line}"
    );
    // Blank space first: a bar wide enough shows the whole title, message and every hint.
    let mut state = sample_state(220, 40);
    filter_unsupported(&mut state);
    let line = status(&state);
    assert!(
        line.starts_with(" Pompeo floats dubious claim that Iran is helping al-Qaida ")
            && line.contains("filter: verdict Unsupported · 3 claims · f changes it ")
            && line.trim_end().ends_with("/ search · q quit · h help"),
        "{line}"
    );
}

/// The search's count is the message of Enter and of `>`/`<`; the next key gives the bar
/// back to the state in force (the filter, the link on the line).
#[test]
fn the_search_message_gives_way_to_the_state_in_force() {
    for (width, height) in SIZES {
        let mut state = sample_state(width, height);
        filter_unsupported(&mut state);
        search(&mut state, "iran");
        let line = bottom(&state);
        assert!(line.contains("match "), "{width}: {line}");
        for key in [LineDown, NextClaim, Bottom] {
            apply(&mut state, std::slice::from_ref(&key));
            let line = status(&state);
            // `n` may have its own message ("no claims after this point").
            let filter_shown = line.contains("⧩ verdict") || state.message.is_some();
            assert!(
                !line.contains("match") && filter_shown,
                "{width} after {key:?}: {line}"
            );
        }
        apply(&mut state, &[NextMatch]);
        let line = bottom(&state);
        assert!(
            line.contains("match") || line.contains("search wr"),
            "{width}: {line}"
        );
        apply(&mut state, &[LineUp]);
        let line = status(&state);
        assert!(
            !line.contains("match ") && !line.contains("search wr"),
            "{width}: {line}"
        );
    }
}

/// A reader on the sample with the keys a message names bound elsewhere.
fn remapped(width: u16, height: u16) -> State {
    use counterpoint::Action;
    let mut state = sample_state(width, height);
    let keys = &mut state.config.keys.0;
    for (action, key) in [
        (Action::NextClaim, "J"),
        (Action::PrevClaim, "K"),
        (Action::ChooseFilter, "F"),
        (Action::ToggleFocus, "F2"),
        (Action::NextMatch, "F3"),
        (Action::SearchForward, "F4"),
        (Action::SearchBackward, "F5"),
        (Action::Activate, "F6"),
        (Action::ToggleHelp, "F7"),
        (Action::Quit, "Q"),
    ] {
        keys.set(action, vec![key.parse().unwrap()]);
    }
    assert_eq!(keys.conflict(), None);
    state
}

/// Every message and title that names a key names the one bound now (issue 16, item 15).
#[test]
fn messages_name_the_keys_of_the_key_map_in_force() {
    let said = |state: &State| state.message.clone().unwrap_or_default();
    // The filter's message.
    let mut state = remapped(120, 40);
    filter_unsupported(&mut state);
    assert!(said(&state).ends_with("· F changes it"), "{}", said(&state));
    // A search found only in the sidebar.
    let mut state = remapped(120, 40);
    search(&mut state, "(outgoing)");
    assert!(
        said(&state).ends_with("F2, then F3 steps through them"),
        "{}",
        said(&state)
    );
    // `>` before any search.
    let mut state = remapped(120, 40);
    apply(&mut state, &[NextMatch]);
    assert_eq!(
        said(&state),
        "no search yet: F4 searches forward, F5 backward"
    );
    // After a search, its count names the next-match key.
    search(&mut state, "iran");
    assert!(said(&state).ends_with("· F3 next"), "{}", said(&state));
    // `y` where no claim is current (40 columns: the cursor is before the first claim).
    let mut state = remapped(40, 20);
    assert_eq!(state.selected, None);
    apply(&mut state, &[CopyClaim]);
    assert_eq!(
        said(&state),
        "no claim here to copy: J goes to the next one"
    );
    // The overlays' titles.
    let mut state = remapped(120, 40);
    apply(&mut state, &[ToggleHelp]);
    assert!(
        screen(&state)[0].contains(" Keys · F7 or Q closes "),
        "{}",
        screen(&state)[0]
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let loaded = counterpoint::document::source::load(Some(&root.join("bridge.md")), None).unwrap();
    let mut state = State::new(loaded.doc, remapped(120, 40).config);
    apply(
        &mut state,
        &[
            Resize {
                width: 120,
                height: 40,
            },
            ToggleLinks,
        ],
    );
    assert!(
        screen(&state)
            .iter()
            .any(|row| row.contains("· F6 opens · Q closes ")),
        "{}",
        screen(&state).join("\n")
    );
    let mut state = remapped(120, 40);
    apply(&mut state, &[ChooseFilter]);
    assert!(
        screen(&state)
            .iter()
            .any(|row| row.contains(" Filter claims · F6 chooses · Q closes ")),
        "{}",
        screen(&state).join("\n")
    );
    // An action left unbound is named by its `[keys]` name.
    let mut state = remapped(120, 40);
    state
        .config
        .keys
        .0
        .set(counterpoint::Action::ChooseFilter, Vec::new());
    filter_unsupported(&mut state);
    assert!(
        said(&state).ends_with("· filter (unbound) changes it"),
        "{}",
        said(&state)
    );
}

/// `y` in an article with no claims does not send the reader to a next one, and the hint
/// bar does not offer `n` and `p` there.
#[test]
fn copying_in_an_article_without_claims_says_there_are_none() {
    let dir = common::files::scratch("copy-no-claims");
    let article = common::files::write(&dir, "plain.md", "# A title\n\nJust some text.\n");
    let loaded = counterpoint::document::source::load(Some(std::path::Path::new(&article)), None)
        .expect("loads");
    let mut state = State::new(loaded.doc, counterpoint::config::Config::default());
    apply(
        &mut state,
        &[
            Resize {
                width: 80,
                height: 24,
            },
            CopyClaim,
        ],
    );
    assert_eq!(
        state.message.as_deref(),
        Some("this article has no claims to copy")
    );
    apply(&mut state, &[LineDown]);
    let line = status(&state);
    assert!(
        line.trim_end().ends_with("Tab focus · h help") && !line.contains("n next"),
        "{line}"
    );
}

/// The scrollbar column of the article pane, top to bottom.
fn scrollbar_column(state: &State) -> String {
    let article = state.screen.article;
    let x = usize::from(article.x + article.width - 1);
    screen(state)[usize::from(article.y)..usize::from(article.y + article.height)]
        .iter()
        .map(|row| row.chars().nth(x).unwrap_or(' '))
        .collect()
}

/// A reader on `text` with its claims file `claims`, written to a scratch directory.
fn reader_on(name: &str, text: &str, claims: &str, width: u16, height: u16) -> State {
    let dir = common::files::scratch(name);
    let article = common::files::write(&dir, "short.md", text);
    common::files::write(&dir, "short.claims.toml", claims);
    common::reader(
        common::load(Some(std::path::Path::new(&article)), None),
        width,
        height,
    )
}

/// A text that fits its pane has no scrollbar, so no claim mark stands beside the blank
/// rows below it; one line more and the scrollbar is back (issue 16, item 7).
#[test]
fn a_text_that_fits_its_pane_has_no_scrollbar() {
    let claims =
        "[[claim]]\nclaimant = \"The mayor\"\nquote = 'entirely safe'\nverdict = \"Disputed\"\n";
    for (width, height) in SIZES {
        let state = reader_on(
            "short-article",
            "# The bridge\n\nThe mayor said the bridge is entirely safe.\n",
            claims,
            width,
            height,
        );
        let bar = scrollbar_column(&state);
        assert!(
            !bar.contains(['●', '│', '┃', '◆']),
            "{width}x{height}: {bar:?}\n{}",
            screen(&state).join("\n")
        );
    }
    // Paragraphs added one by one: the bar shows exactly when the text is taller than
    // the pane.
    for paragraphs in 1..24 {
        let mut text = String::from("The mayor said the bridge is entirely safe.\n");
        for n in 1..paragraphs {
            text.push_str(&format!("\nParagraph {n}.\n"));
        }
        let state = reader_on("growing-article", &text, claims, 80, 24);
        let layout = &state.layout;
        let article = &state.doc.article;
        let first = layout.first(article).unwrap();
        let rows = layout.lines_from(article, first).count();
        let pane = usize::from(state.screen.article.height);
        let bar = scrollbar_column(&state);
        assert_eq!(
            bar.contains('●'),
            rows > pane,
            "{paragraphs} paragraphs, {rows} rows in {pane}: {bar:?}"
        );
    }
}

/// The rows an overlay's box takes (from `┌` to `└`) and its columns: nothing of the
/// panes may show beside it on those rows.
fn assert_overlay_stands_alone(lines: &[String], label: &str) {
    let top = lines.iter().position(|row| row.contains('┌'));
    let bottom = lines.iter().position(|row| row.contains('└'));
    let (Some(top), Some(bottom)) = (top, bottom) else {
        panic!("{label}: no overlay\n{}", lines.join("\n"));
    };
    let left = lines[top].chars().position(|c| c == '┌').unwrap();
    let right = lines[top].chars().position(|c| c == '┐').unwrap();
    for row in &lines[top..=bottom] {
        let chars: Vec<char> = row.chars().collect();
        let outside: String = chars[..left].iter().chain(&chars[right + 1..]).collect();
        assert!(
            outside.trim().is_empty(),
            "{label}: {outside:?} beside the overlay\n{}",
            lines.join("\n")
        );
    }
}

/// Overlays clear the rows they stand on (issue 16, item 10): the help, the links list,
/// the filter and people lists, at every width.
#[test]
fn overlays_leave_no_fragments_beside_them() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for (width, height) in SIZES.into_iter().chain([(100, 30), (140, 42)]) {
        for (name, action) in [
            ("help", ToggleHelp),
            ("filters", ChooseFilter),
            ("people", People),
        ] {
            let mut state = sample_state(width, height);
            apply(&mut state, &[NextClaim, NextClaim, action]);
            assert_overlay_stands_alone(&screen(&state), &format!("{name} {width}x{height}"));
        }
        let loaded =
            counterpoint::document::source::load(Some(&root.join("bridge.md")), None).unwrap();
        let mut state = State::new(loaded.doc, counterpoint::config::Config::default());
        apply(&mut state, &[Resize { width, height }, ToggleLinks]);
        assert_overlay_stands_alone(&screen(&state), &format!("links {width}x{height}"));
    }
}

/// Every paging key of the key map moves through the help, and its bottom border says
/// how much is left (issue 16, item 11).
#[test]
fn the_help_pages_with_every_paging_key_and_says_what_is_left() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |name: &str| -> KeyEvent {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        match name {
            "Space" => KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE),
            "PageDown" => KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
            "PageUp" => KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE),
            "Home" => KeyEvent::new(KeyCode::Home, KeyModifiers::NONE),
            "End" => KeyEvent::new(KeyCode::End, KeyModifiers::NONE),
            "Ctrl-d" => ctrl('d'),
            "Ctrl-u" => ctrl('u'),
            "Ctrl-f" => ctrl('f'),
            "Ctrl-b" => ctrl('b'),
            "G" => KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT),
            other => KeyEvent::new(
                KeyCode::Char(other.chars().next().unwrap()),
                KeyModifiers::NONE,
            ),
        }
    };
    // What the border says, read back: `↓ N more`, `end`, or nothing.
    let left = |state: &State| -> Option<String> {
        let lines = screen(state);
        let row = lines.iter().find(|row| row.contains('└'))?;
        let words = row.trim_matches(|c: char| "└┘─ ".contains(c)).to_string();
        (!words.is_empty()).then_some(words)
    };
    for (width, height) in SIZES {
        let mut state = sample_state(width, height);
        apply(&mut state, &[ToggleHelp]);
        let area = state.screen.area;
        let max = counterpoint::reader::geometry::help::max_scroll(&state, area.width, area.height);
        assert!(
            max > 0,
            "{width}x{height}: the help is longer than the window"
        );
        assert_eq!(
            left(&state),
            Some(format!("↓ {max} more")),
            "{width}x{height}"
        );
        let press = |state: &mut State, name: &str| {
            let action = (state.config.keys.0)
                .action_for(counterpoint::keys::bindings::Mode::List, &key(name));
            let action = action.unwrap_or_else(|| panic!("{name} is bound"));
            apply(state, &[action]);
            match state.overlay {
                Overlay::Help { scroll } => scroll,
                _ => panic!("{name} closed the help"),
            }
        };
        let page = usize::from(height - 2);
        for (down, up, step) in [
            ("Space", "b", page),
            ("PageDown", "PageUp", page),
            ("Ctrl-f", "Ctrl-b", page),
            ("Ctrl-d", "Ctrl-u", page / 2),
            ("j", "k", 1),
        ] {
            assert_eq!(
                press(&mut state, down),
                step.min(max),
                "{down} {width}x{height}"
            );
            let more = max - step.min(max);
            let expected = if more == 0 {
                "end".to_string()
            } else {
                format!("↓ {more} more")
            };
            assert_eq!(left(&state), Some(expected), "{down} {width}x{height}");
            assert_eq!(press(&mut state, up), 0, "{up} {width}x{height}");
        }
        for (end, start) in [("G", "g"), ("End", "Home")] {
            assert_eq!(press(&mut state, end), max, "{end}");
            assert_eq!(
                left(&state).as_deref(),
                Some("end"),
                "{end} {width}x{height}"
            );
            assert_eq!(press(&mut state, start), 0, "{start}");
        }
        assert!(
            matches!(state.overlay, Overlay::Help { .. }),
            "paging keys keep the help open"
        );
    }
}

/// The search prompt keeps what is typed in view at every width: the count beside it
/// is shortened or left out first (at 40 columns it used to hide the query whole).
#[test]
fn the_search_prompt_shows_the_query_before_the_count_at_every_width() {
    for width in [30u16, 34, 40, 50, 60, 80, 120] {
        for query in ["war", "warmonger", "the claims about the dam"] {
            let mut state = sample_state(width, 12);
            apply(&mut state, &[SearchForward]);
            for c in query.chars() {
                apply(&mut state, &[Prompt(PromptKey::Char(c))]);
            }
            let bar = status(&state);
            let shown = bar.trim_start().trim_start_matches('/');
            // The query whole, or (longer than half the bar) its end beside the cursor.
            let half = usize::from(width) / 2 - 2;
            let tail: String = query
                .chars()
                .skip(query.chars().count().saturating_sub(half))
                .collect();
            assert!(
                shown.starts_with(query) || bar.contains(&tail),
                "{width} columns, {query:?}: {bar:?}"
            );
            assert!(bar.chars().count() <= usize::from(width), "{bar:?}");
            // Where there is room, the count is there too, whole.
            if width >= 80 {
                let count = state.match_count().unwrap();
                assert!(
                    bar.contains(&count),
                    "{width} columns: {bar:?} lacks {count:?}"
                );
            }
        }
    }
}

/// A title cut to a stub (`A g…`) says nothing: at every width the status bar shows the
/// title whole, cut with at least five of its characters kept, or not at all.
#[test]
fn the_title_is_shown_whole_shortened_or_not_at_all_never_a_stub() {
    for width in 24u16..=70 {
        let state = sample_state(width, 12);
        let bar = status(&state);
        let title = state.doc.article.display_title().to_string();
        let Some(before) = bar.split(&format!(" {}%", state.percent())).next() else {
            continue;
        };
        let shown = before.trim();
        if shown.is_empty() {
            continue;
        }
        let kept = shown.trim_end_matches('…');
        assert!(
            title.starts_with(kept) && (kept == title || kept.chars().count() >= 5),
            "{width} columns: {bar:?}"
        );
    }
}
