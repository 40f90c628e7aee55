//! Tests of the selection's glue: every key of the selection mode (pressed through the key map in force), the cursor on the moving end, resizing, reloading, and the mouse.

use super::*;
use crate::keys::mode::Mode;
use crate::reader::action::MouseKind;
use crate::reader::update::update;
use ratatui::crossterm::event::KeyEvent;

/// Presses the keys `keys` (as the configuration writes them, space-separated) in the
/// mode the reader is in; returns the effects asked for.
fn press(state: &mut State, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for key in keys.split(' ') {
        let spec: crate::keys::spec::KeySpec = key.parse().unwrap();
        let event = KeyEvent::new(spec.code, spec.modifiers);
        if let Some(action) = crate::reader::mode::key_action(state, &event) {
            effects.extend(update(state, action));
        }
    }
    effects
}

fn selected(state: &State) -> &str {
    let range = state.selection.as_ref().unwrap().range();
    &state.doc.article.body[range]
}

/// The cursor's line holds the selection's moving end, and is on screen.
fn cursor_on_head(state: &State) {
    let head = state.selection.as_ref().unwrap().head;
    let line = state.cursor_range().unwrap();
    assert!(
        line.start <= head && head <= line.end,
        "head {head} off the cursor's line {line:?}"
    );
    assert!(state.cursor_row().is_some(), "the cursor is on screen");
}

/// The reader at the start of the sample's body (its first line is "Mike Pompeo on
/// Tuesday accused Iran of …").
fn reader() -> State {
    State::sample_at_120x40()
}

#[test]
fn v_selects_the_first_word_of_the_cursor_s_line_and_enters_the_mode() {
    let mut state = reader();
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Article);
    press(&mut state, "j v");
    let line = state.cursor_range().unwrap();
    let first = state.doc.article.body[line].split(' ').next().unwrap();
    assert_eq!(selected(&state), first);
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    cursor_on_head(&state);
}

#[test]
fn every_move_key_of_the_mode_extends_the_selection() {
    let mut state = reader();
    press(&mut state, "v");
    assert_eq!(selected(&state), "Mike");
    press(&mut state, "w w");
    assert_eq!(selected(&state), "Mike Pompeo on");
    press(&mut state, "e");
    assert_eq!(selected(&state), "Mike Pompeo on Tuesday");
    press(&mut state, "b");
    assert_eq!(selected(&state), "Mike Pompeo on");
    // w is the people view in the article, never in a selection.
    assert!(matches!(state.overlay, Overlay::None));
    press(&mut state, ")");
    assert!(
        selected(&state).ends_with("diplomatic efforts."),
        "{}",
        selected(&state)
    );
    press(&mut state, "(");
    assert_eq!(selected(&state), "Mike");
    press(&mut state, "}");
    let first_paragraph = selected(&state).to_string();
    assert!(first_paragraph.ends_with("efforts."), "{first_paragraph}");
    press(&mut state, "}");
    assert!(
        selected(&state).ends_with("back it up."),
        "{}",
        selected(&state)
    );
    cursor_on_head(&state);
    press(&mut state, "{");
    assert_eq!(selected(&state), first_paragraph);
    press(&mut state, "{");
    assert_eq!(selected(&state), "Mike");
    for (down, up) in [("j", "k"), ("Down", "Up")] {
        press(&mut state, down);
        let two_lines = selected(&state).to_string();
        assert!(
            two_lines.starts_with("Mike Pompeo") && two_lines.len() > 60,
            "{two_lines}"
        );
        cursor_on_head(&state);
        press(&mut state, up);
        assert_eq!(selected(&state), "Mike");
    }
}

#[test]
fn o_swaps_the_ends_and_the_cursor_goes_with_the_moving_end() {
    let mut state = reader();
    press(&mut state, "j j v w w");
    let text = selected(&state).to_string();
    let line_before = state.cursor_range();
    press(&mut state, "j o");
    let swapped = selected(&state).to_string();
    assert!(swapped.starts_with(&text), "{swapped}");
    cursor_on_head(&state);
    assert_eq!(state.cursor_range(), line_before, "back on the first line");
    // The start moves now: b takes in the word before.
    press(&mut state, "b");
    assert!(selected(&state).len() > swapped.len());
    assert!(selected(&state).ends_with(&swapped), "{}", selected(&state));
    cursor_on_head(&state);
}

#[test]
fn y_copies_the_selected_text_and_leaves_the_mode() {
    let mut state = reader();
    press(&mut state, "v w w");
    let effects = press(&mut state, "y");
    assert_eq!(effects, [Effect::Copy("Mike Pompeo on".into())]);
    assert_eq!(state.selection, None);
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Article);
    assert_eq!(
        state.message.as_deref(),
        Some("copied the selection: 3 words, 14 characters")
    );
    // The copy's result keeps the message; a failure says so.
    update(&mut state, Action::Copied { error: None });
    assert!(state.message.as_deref().unwrap().starts_with("copied"));
    // y in the article is still the claim's copy.
    let effects = press(&mut state, "y");
    assert!(
        matches!(&effects[..], [Effect::Copy(text)] if text.starts_with("[1] Mike Pompeo")),
        "{effects:?}"
    );
}

#[test]
fn esc_and_q_leave_the_mode_without_quitting_and_ctrl_c_quits() {
    for leave in ["Esc", "q"] {
        let mut state = reader();
        press(&mut state, "j v w");
        let cursor = state.view.cursor;
        let effects = press(&mut state, leave);
        assert!(effects.is_empty(), "{leave}: {effects:?}");
        assert_eq!(state.selection, None, "{leave}");
        assert_eq!(state.view.cursor, cursor, "{leave}: the cursor stays");
        assert_eq!(crate::reader::mode::key_mode(&state), Mode::Article);
    }
    let mut state = reader();
    press(&mut state, "v");
    assert_eq!(press(&mut state, "Ctrl-c"), [Effect::Quit]);
}

#[test]
fn help_opens_over_the_selection_and_closes_back_into_it() {
    let mut state = reader();
    press(&mut state, "v w");
    press(&mut state, "h");
    assert!(matches!(state.overlay, Overlay::Help { .. }));
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::List);
    press(&mut state, "Esc");
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    assert_eq!(selected(&state), "Mike Pompeo");
    press(&mut state, "F1 q");
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
}

#[test]
fn the_reading_keys_mean_nothing_in_a_selection() {
    let mut state = reader();
    press(&mut state, "v w");
    let before = (state.selection.clone(), state.view.clone(), state.selected);
    // n, Space, f, Tab, s, D: none is the selection's; none changes anything.
    let effects = press(&mut state, "n Space f Tab s D r m");
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(
        (state.selection.clone(), state.view.clone(), state.selected),
        before
    );
    assert!(matches!(state.overlay, Overlay::None));
    // Actions sent by other means are ignored there too.
    update(&mut state, Action::NextClaim);
    update(&mut state, Action::ToggleFocus);
    assert!(matches!(state.overlay, Overlay::None));
    assert_eq!(state.selection, before.0);
}

#[test]
fn big_v_selects_the_sentence_and_the_quote_key_the_quotation() {
    let mut state = reader();
    press(&mut state, "V");
    assert!(
        selected(&state).starts_with("Mike Pompeo on Tuesday")
            && selected(&state).ends_with("efforts."),
        "{}",
        selected(&state)
    );
    press(&mut state, "Esc");
    // The cursor's first line holds “new home base,”: " selects it without its marks.
    press(&mut state, "g \"");
    assert_eq!(selected(&state), "new home base,");
    cursor_on_head(&state);
    press(&mut state, "Esc");
    // A line with no quotation mark: said, and the article keeps the keys.
    let quoteless = |state: &State| {
        let line = &state.doc.article.body[state.cursor_range().unwrap()];
        !line.contains(['“', '”', '"'])
    };
    while !quoteless(&state) {
        press(&mut state, "j");
    }
    press(&mut state, "\"");
    assert_eq!(state.selection, None);
    assert_eq!(
        state.message.as_deref(),
        Some("no quotation on the cursor's line to select")
    );
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Article);
}

#[test]
fn v_in_the_sidebar_selects_in_the_article() {
    let mut state = reader();
    press(&mut state, "Tab j");
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Sidebar);
    press(&mut state, "v");
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    assert_eq!(state.focus, Focus::Article);
    cursor_on_head(&state);
}

#[test]
fn the_view_follows_the_moving_end_down_the_article() {
    let mut state = reader();
    update(
        &mut state,
        Action::Resize {
            width: 60,
            height: 20,
        },
    );
    press(&mut state, "v");
    let top = state.view.top;
    for _ in 0..6 {
        press(&mut state, "}");
        cursor_on_head(&state);
    }
    assert!(state.view.top > top, "the view scrolled");
    for _ in 0..40 {
        press(&mut state, "j");
        cursor_on_head(&state);
    }
}

#[test]
fn resizing_keeps_the_selection_and_the_cursor_on_its_end() {
    let mut state = reader();
    press(&mut state, "j v w w j j");
    let before = state.selection.clone();
    for (width, height) in [(60, 20), (200, 50), (41, 12), (120, 40)] {
        update(&mut state, Action::Resize { width, height });
        assert_eq!(state.selection, before, "{width}x{height}");
        cursor_on_head(&state);
    }
    // The measure re-wraps too: not a key of the selection, but sent as an action.
    state.measure = 50;
    state.relayout(120, 40);
    assert_eq!(state.selection, before);
    cursor_on_head(&state);
}

#[test]
fn a_reload_or_a_loaded_document_ends_the_selection() {
    let mut state = reader();
    press(&mut state, "v w");
    let doc = state.doc.clone();
    update(
        &mut state,
        Action::Reloaded {
            doc: Box::new(doc.clone()),
            errors: Vec::new(),
        },
    );
    assert_eq!(state.selection, None);
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Article);
    press(&mut state, "v w");
    state.loading = Some(crate::reader::state::Loading {
        stage: "reading…".into(),
        deferred: None,
    });
    update(&mut state, Action::Loaded(Box::new(doc)));
    assert_eq!(state.selection, None);
}

/// The terminal cell where the body's byte `at` is drawn.
fn cell_of(state: &State, at: usize) -> (u16, u16) {
    let pane = state.screen.article;
    for row in pane.y..pane.y + pane.height {
        for column in pane.x..pane.x + pane.width {
            if crate::reader::geometry::article::offset_at(state, column, row) == Some(at) {
                return (column, row);
            }
        }
    }
    panic!("byte {at} is not on screen");
}

/// The mouse at the cell where byte `at` of the body is drawn.
fn mouse(state: &mut State, kind: MouseKind, at: usize) {
    let (column, row) = cell_of(state, at);
    update(state, Action::Mouse { kind, column, row });
}

#[test]
fn a_drag_selects_words_and_a_click_selects_a_claim() {
    let mut state = reader();
    state.mouse = true;
    let body = state.doc.article.body.clone();
    let tuesday = body.find("Tuesday").unwrap();
    let iran = body.find("Iran of").unwrap();
    mouse(&mut state, MouseKind::Click, tuesday + 2);
    assert_eq!(state.selection, None, "a press alone selects nothing");
    mouse(&mut state, MouseKind::Drag, iran + 1);
    assert_eq!(selected(&state), "Tuesday accused Iran");
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    // Dragged back before where it began: the selection turns round.
    let pompeo = body.find("Pompeo on").unwrap();
    mouse(&mut state, MouseKind::Drag, pompeo);
    assert_eq!(selected(&state), "Pompeo on Tuesday");
    mouse(&mut state, MouseKind::Release, pompeo);
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    // The keys go on from the drag: its moving end is the start now, so w gives up a word.
    press(&mut state, "w");
    assert_eq!(selected(&state), "on Tuesday");
    press(&mut state, "o w");
    assert_eq!(selected(&state), "on Tuesday accused");
    // A plain click (no drag): the selection ends and the claim under it is current.
    let quote = body.find("new home base").unwrap();
    mouse(&mut state, MouseKind::Click, quote);
    mouse(&mut state, MouseKind::Release, quote);
    assert_eq!(state.selection, None);
    assert_eq!(state.selected, Some(0));
    // A drag with no press before it (the press was outside the text) does nothing.
    mouse(&mut state, MouseKind::Drag, iran);
    assert_eq!(state.selection, None);
}

#[test]
fn a_drag_below_the_text_grows_the_selection_a_line_and_scrolls() {
    let mut state = reader();
    update(
        &mut state,
        Action::Resize {
            width: 60,
            height: 20,
        },
    );
    state.mouse = true;
    let body = state.doc.article.body.clone();
    let tuesday = body.find("Tuesday").unwrap();
    mouse(&mut state, MouseKind::Click, tuesday);
    mouse(&mut state, MouseKind::Drag, tuesday + 8);
    let top = state.view.top;
    let pane = state.screen.article;
    let below = pane.y + pane.height;
    let mut lengths = vec![selected(&state).len()];
    for _ in 0..20 {
        update(
            &mut state,
            Action::Mouse {
                kind: MouseKind::Drag,
                column: pane.x + 10,
                row: below,
            },
        );
        lengths.push(selected(&state).len());
        cursor_on_head(&state);
    }
    assert!(lengths.windows(2).all(|w| w[1] > w[0]), "{lengths:?}");
    assert!(state.view.top > top, "the text scrolled");
    // Dragged back up to the pane's first row, it shrinks.
    update(
        &mut state,
        Action::Mouse {
            kind: MouseKind::Drag,
            column: pane.x + 10,
            row: pane.y,
        },
    );
    assert!(selected(&state).len() < *lengths.last().unwrap());
}

/// `/` in a selection searches as in less or vim's visual mode: Enter takes the moving end
/// to the match's last word (with the marks it carries), `>` to the next match, and Esc
/// in the prompt gives the selection back as it was; the mode is kept throughout.
#[test]
fn a_search_in_a_selection_moves_its_end_to_the_match() {
    let mut state = reader();
    press(&mut state, "v w");
    let before = state.selection.clone();
    press(&mut state, "/ a c c u Esc");
    assert_eq!(state.selection, before, "Esc gives the selection back");
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    press(&mut state, "/ h o m e Space b a Enter");
    assert_eq!(
        selected(&state),
        "Mike Pompeo on Tuesday accused Iran of acting as al-Qaida’s “new home base,”"
    );
    assert_eq!(crate::reader::mode::key_mode(&state), Mode::Selection);
    cursor_on_head(&state);
    // `>` goes on to the next match, which the selection reaches too.
    let first = selected(&state).len();
    press(&mut state, "/ I r a n Enter >");
    assert!(selected(&state).len() > first, "{}", selected(&state));
    assert!(selected(&state).starts_with("Mike Pompeo"));
    cursor_on_head(&state);
    // `?` back before the anchor turns the selection round onto the match's first word.
    press(&mut state, "Esc j j v ? P o m p e o Enter");
    assert!(
        selected(&state).starts_with("Pompeo"),
        "{}",
        selected(&state)
    );
}

#[test]
fn a_reload_says_how_many_more_quotes_it_could_not_place_or_placed_only_approximately() {
    let mut state = State::sample_at_120x40();
    let entries = state.doc.entries();
    let reload = |body: &str| {
        let article =
            crate::article::Article::from_text_as("a.md", body, crate::article::Format::Plain)
                .unwrap();
        Action::Reloaded {
            doc: Box::new(crate::document::Document::new(article, entries.clone())),
            errors: Vec::new(),
        }
    };
    let body = state.doc.article.body.clone();
    // The same text: nothing more unplaced, the message is the plain one.
    update(&mut state, reload(&body));
    assert_eq!(state.message.as_deref(), Some("reloaded"));
    // Each claim's and response's quote cut out of the text: every placed one is said.
    let placed = (state.doc.claims.iter())
        .flat_map(|c| std::iter::once(&c.anchoring).chain(c.responses.iter().map(|r| &r.anchoring)))
        .filter(|a| a.range.is_some())
        .count();
    assert!(placed > 2, "the sample places its quotes");
    let mut cut = body.clone();
    for entry in &entries {
        for quote in std::iter::once(&entry.selector.exact)
            .chain(entry.responses.iter().map(|r| &r.selector.exact))
        {
            cut = cut.replace(quote.as_str(), "");
        }
    }
    update(&mut state, reload(&cut));
    let message = state.message.clone().unwrap();
    assert_eq!(
        message,
        format!(
            "reloaded; {placed} more quotes are not found in the article now (⚠ in the sidebar)"
        )
    );
    // Back to the text that has them: none more unplaced.
    update(&mut state, reload(&body));
    assert_eq!(state.message.as_deref(), Some("reloaded"));
    // One word of each of two quotes changed in the text: both still shown, at the
    // nearest words, and said.
    let mut changed = body.clone();
    let mut edited = 0;
    for entry in entries.iter().take(2) {
        let quote = entry.selector.exact.as_str();
        let words: Vec<&str> = quote.split(' ').collect();
        if words.len() < 6 {
            continue;
        }
        let mut new = words.clone();
        new[words.len() / 2] = "zebra";
        changed = changed.replacen(quote, &new.join(" "), 1);
        edited += 1;
    }
    assert_eq!(edited, 2, "two long quotes to change");
    update(&mut state, reload(&changed));
    assert_eq!(
        state.message.as_deref(),
        Some("reloaded; 2 more quotes are placed only approximately now (h lists the warnings)")
    );
}

#[test]
fn a_key_for_selected_words_pressed_with_none_says_how_to_select() {
    let mut state = reader();
    let effects = press(&mut state, "c");
    assert!(effects.is_empty());
    assert!(state.selection.is_none());
    assert!(matches!(state.overlay, Overlay::None), "no form opens");
    assert_eq!(
        state.message.as_deref(),
        Some(
            "c records a claim quoting the selected words: nothing is selected; v selects from the cursor's word, V a sentence, \" a quotation"
        )
    );
    // The same key with words selected acts on them (the bundled sample is not edited in
    // place: it says how to make a copy), and says nothing of the kind.
    press(&mut state, "v c");
    let said = state.message.clone().unwrap_or_default();
    assert!(!said.contains("nothing is selected"), "{said}");
    assert!(
        !matches!(state.overlay, Overlay::None) || !said.is_empty(),
        "a form or a word about it"
    );
    // Each such action names itself and the selection keys from the key table.
    let state = reader();
    for action in [
        Action::NewResponse,
        Action::CopySelection,
        Action::UseSelection,
    ] {
        let said = state.needs_a_selection(&action);
        assert!(said.contains("nothing is selected; v selects"), "{said}");
    }
}
