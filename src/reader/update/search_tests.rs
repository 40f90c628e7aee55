//! Tests of the search: smart case, folding, the prompt, stepping, pastes.

use super::*;
use crate::reader::action::Action;
use crate::reader::update::update;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[test]
fn smart_case_ignores_case_until_a_capital_is_typed() {
    let text = "Iran, iran and IRAN";
    assert_eq!(find(text, "iran").0.len(), 3);
    assert_eq!(find(text, "Iran").0, vec![(0..4)]);
    assert!(find(text, "").0.is_empty());
}

#[test]
fn compatibility_forms_are_found_by_their_plain_letters() {
    let text = "The ﬁrst oﬃcial ﬁgures arrived late: ＯＦＦＩＣＩＡＬ, 2⁸⁰ keys.";
    let found = |query| {
        let (matches, _) = find(text, query);
        matches.iter().map(|m| &text[m.clone()]).collect::<Vec<_>>()
    };
    assert_eq!(found("official"), ["oﬃcial", "ＯＦＦＩＣＩＡＬ"]);
    assert_eq!(found("OFFICIAL"), ["ＯＦＦＩＣＩＡＬ"]);
    // A match inside a ligature covers the ligature, once.
    assert_eq!(found("f"), ["ﬁ", "ﬃ", "ﬁ", "Ｆ", "Ｆ"]);
    assert_eq!(found("irst"), ["ﬁrst"]);
    assert_eq!(found("280"), ["2⁸⁰"]);
    assert_eq!(found("2^80"), ["2⁸⁰"]);
    assert_eq!(found("2^(80) keys"), ["2⁸⁰ keys"]);
}

#[test]
fn marks_and_invisible_characters_in_the_text_do_not_hide_words() {
    let text = "snake_case, 2^80 and Acknow\u{AD}ledge\u{200B}ments";
    let found = |query| {
        let (matches, _) = find(text, query);
        matches.iter().map(|m| &text[m.clone()]).collect::<Vec<_>>()
    };
    assert_eq!(
        found("acknowledgements"),
        ["Acknow\u{AD}ledge\u{200B}ments"]
    );
    // `_` and `^` alone are searched for as they are.
    assert_eq!(found("_"), ["_"]);
    assert_eq!(found("^"), ["^"]);
    assert_eq!(found("e_"), ["e_"]);
    // A superscript is found whichever way it is written.
    assert_eq!(found("280"), ["2^80"]);
    assert_eq!(found("2⁸⁰"), ["2^80"]);
    assert_eq!(found("snakecase"), ["snake_case"]);
    assert!(
        find(text, "\u{200B}").0.is_empty(),
        "an invisible query finds nothing"
    );
}

fn reader() -> State {
    State::sample_at_120x40()
}

fn type_in(state: &mut State, text: &str) {
    for c in text.chars() {
        crate::reader::update::update(state, Action::Prompt(PromptKey::Char(c)));
    }
}

#[test]
fn the_search_follows_each_keystroke_and_enter_keeps_it() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::SearchForward);
    type_in(&mut state, "warmonger");
    let at = state.doc.article.body.find("warmongering").unwrap();
    assert_eq!(
        state.view.cursor, at,
        "the cursor is on the match as it is typed"
    );
    assert_eq!(
        state.match_count().as_deref(),
        Some("match 1 of 1 · 1 claim in the sidebar")
    );
    update(&mut state, Action::Prompt(PromptKey::Submit));
    assert_eq!(state.overlay.prompt(), None);
    assert_eq!(state.search.matches.len(), 1);
    // Zarif's words are a response to claim 1: the rule makes it current.
    assert_eq!(state.selected, Some(0));
}

#[test]
fn next_and_previous_match_wrap_and_say_so() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::SearchForward);
    type_in(&mut state, "Clarke");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    let total = state.search.matches.len();
    assert!(total >= 3, "{total}");
    for n in 2..=total {
        update(&mut state, Action::NextMatch);
        assert_eq!(state.search.current, Some(n - 1));
    }
    update(&mut state, Action::NextMatch);
    assert_eq!(state.search.current, Some(0));
    let message = state.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("search wrapped to the top · match 1 of"),
        "{message}"
    );
    update(&mut state, Action::PrevMatch);
    assert_eq!(state.search.current, Some(total - 1));
    let message = state.message.clone().unwrap_or_default();
    assert!(
        message.starts_with(&format!("search wrapped to the bottom · match {total} of")),
        "{message}"
    );
}

#[test]
fn backward_search_finds_the_match_before_the_cursor() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::Bottom);
    let end = state.view.cursor;
    update(&mut state, Action::SearchBackward);
    type_in(&mut state, "pompeo");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    let found = state.search.current.unwrap();
    let last_before = state
        .search
        .matches
        .iter()
        .rposition(|m| m.start < end)
        .unwrap();
    assert_eq!(found, last_before);
    // In a backward search, "next" goes on backward.
    update(&mut state, Action::NextMatch);
    assert_eq!(state.search.current, Some(last_before - 1));
}

#[test]
fn esc_goes_back_to_where_the_search_began() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::NextClaim);
    let origin = state.view.cursor;
    update(&mut state, Action::SearchForward);
    type_in(&mut state, "Soleimani");
    assert_ne!(state.view.cursor, origin);
    update(&mut state, Action::Prompt(PromptKey::Cancel));
    assert_eq!(state.view.cursor, origin);
    assert_eq!(state.search, Search::default(), "no highlights are left");
    // A search with no match says so, and leaves the cursor where it was.
    update(&mut state, Action::SearchForward);
    type_in(&mut state, "zzzz");
    assert_eq!(state.view.cursor, origin);
    assert_eq!(state.match_count().as_deref(), Some("no match for zzzz"));
    update(&mut state, Action::Prompt(PromptKey::Submit));
    assert_eq!(state.message.as_deref(), Some("no match for zzzz"));
}

#[test]
fn a_reload_finds_the_matches_again_in_the_new_text() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::SearchForward);
    type_in(&mut state, "Zarif");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    // The new text has a multibyte word before every old match: old places are stale.
    let mut doc = state.doc.clone();
    let body = format!("Ünïcödé “quotes” first. {}", doc.article.body);
    doc.article =
        crate::article::Article::from_text_as("a.md", &body, crate::article::Format::Plain)
            .unwrap();
    update(
        &mut state,
        Action::Reloaded {
            doc: Box::new(doc),
            errors: Vec::new(),
        },
    );
    let body = &state.doc.article.body;
    assert!(!state.search.matches.is_empty());
    for m in &state.search.matches {
        assert_eq!(&body[m.clone()], "Zarif");
    }
}

#[test]
fn keys_typed_into_the_prompt_are_text_not_commands() {
    let event = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let keys = crate::keys::keymap::KeyMap::default();
    let prompt_action =
        |event: &KeyEvent| keys.action_for(crate::keys::bindings::Mode::Prompt, event);
    assert_eq!(
        prompt_action(&event(KeyCode::Char('q'))),
        Some(Action::Prompt(PromptKey::Char('q')))
    );
    assert_eq!(
        prompt_action(&event(KeyCode::Esc)),
        Some(Action::Prompt(PromptKey::Cancel))
    );
    assert_eq!(prompt_action(&event(KeyCode::Tab)), None);
}

#[test]
fn matches_are_capped() {
    let text = "a".repeat(MAX_MATCHES + 10);
    let (matches, more) = find(&text, "a");
    assert_eq!(matches.len(), MAX_MATCHES);
    assert!(more);
}

#[test]
fn a_paste_into_the_prompt_is_one_line_of_text_and_never_keys() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::SearchForward);
    // Pasted as keys, the line break would submit and "qq" quit.
    let effects = update(&mut state, Action::Paste("Soufan\nqq".into()));
    assert_eq!(
        state.overlay.prompt().map(|p| p.text.as_str()),
        Some("Soufan qq")
    );
    assert!(!effects.contains(&crate::reader::effect::Effect::Quit));
    for (pasted, line) in [
        ("a\r\nb\rc\nd\te", "a b c d e"),
        ("\r\nSoufan\n", "Soufan"),
        ("bell\x07 and \x1b[31mesc", "bell and [31mesc"),
    ] {
        assert_eq!(pasted_line(pasted), line, "{pasted:?}");
    }
}

#[test]
fn a_paste_outside_the_prompt_changes_nothing_but_the_message() {
    use crate::reader::update::update;
    let mut state = reader();
    update(&mut state, Action::NextClaim);
    let before = (
        state.view.cursor,
        state.view.top,
        state.selected,
        state.focus,
    );
    // Prose that, typed as keys, would draft claims (D), copy (y), quit (q)...
    let effects = update(
        &mut state,
        Action::Paste("Dry yarn. Quite good.\nq\n".into()),
    );
    assert_eq!(
        before,
        (
            state.view.cursor,
            state.view.top,
            state.selected,
            state.focus
        )
    );
    // No quit, no draft to write, nothing to copy: no effect at all.
    assert_eq!(effects, []);
    assert_eq!(state.search, Search::default());
    assert_eq!(
        state.message.as_deref(),
        Some("paste ignored: text is pasted into the search prompt (/) or a form's field")
    );
}

/// A reader of a document longer than one search step: `filler` paragraphs, then one
/// paragraph with `far`, then more filler, at 120x40.
fn long_reader(far: &str) -> State {
    use crate::reader::model::search::scan::STEP_BYTES;
    let filler = "Plain words fill this paragraph of the long report again and again.\n\n";
    let half = filler.repeat(STEP_BYTES / filler.len() + 10);
    let text = format!("# Long\n\n{half}{far}\n\n{half}");
    let article = crate::article::Article::from_text("long.md", &text).unwrap();
    let doc = crate::document::Document::new(article, Vec::new());
    let mut state = State::new(doc, crate::config::Config::default());
    update(
        &mut state,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    state
}

fn type_query(state: &mut State, query: &str) {
    update(state, Action::SearchForward);
    for c in query.chars() {
        update(state, Action::Prompt(PromptKey::Char(c)));
    }
}

#[test]
fn a_long_search_lands_once_its_match_is_found_and_counts_in_steps() {
    let mut state = long_reader("The needle is here.");
    let origin = state.view.cursor;
    type_query(&mut state, "needle");
    // One step scanned the first two megabytes: nothing yet, still counting.
    assert!(state.search.scan.is_some());
    assert_eq!(state.view.cursor, origin);
    assert_eq!(
        state.match_count().unwrap(),
        "searching for needle (counting…)"
    );
    let mut steps = 0;
    while state.search.scan.is_some() {
        update(&mut state, Action::SearchMore);
        steps += 1;
    }
    assert!((1..=3).contains(&steps), "{steps} steps");
    let needle = state.doc.article.body.find("needle").unwrap();
    assert_eq!(state.search.matches, vec![needle..needle + 6]);
    assert_eq!(state.view.cursor, needle, "landed on it");
    assert_eq!(state.match_count().unwrap(), "match 1 of 1");
}

#[test]
fn enter_while_counting_says_the_count_at_the_end_and_a_key_stops_the_landing() {
    let mut state = long_reader("The needle is here.");
    type_query(&mut state, "needl");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    assert!(state.message.as_deref().unwrap().contains("(counting…)"));
    while state.search.scan.is_some() {
        update(&mut state, Action::SearchMore);
    }
    assert_eq!(state.message.as_deref(), Some("match 1 of 1 · > next"));

    // Moving on before the match is found: the cursor stays where the reader put it.
    let mut state = long_reader("The needle is here.");
    type_query(&mut state, "needle");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    update(&mut state, Action::LineDown);
    let moved = state.view.cursor;
    while state.search.scan.is_some() {
        update(&mut state, Action::SearchMore);
    }
    assert_eq!(state.view.cursor, moved);
    assert_eq!(state.search.matches.len(), 1);
}

#[test]
fn a_long_search_with_no_match_says_so_at_the_end() {
    let mut state = long_reader("Nothing special.");
    type_query(&mut state, "zebra");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    while state.search.scan.is_some() {
        update(&mut state, Action::SearchMore);
    }
    assert_eq!(state.message.as_deref(), Some("no match for zebra"));
}

/// A reload of a long document searches the new text a step at a time, as a keystroke's
/// search does: the reader stays where it is, the count says it is counting, and the
/// steps end with every match of the new text (those before the reader's place too).
#[test]
fn a_reload_of_a_long_document_finds_the_matches_again_in_steps() {
    let mut state = long_reader("The needle is here.");
    type_query(&mut state, "needle");
    update(&mut state, Action::Prompt(PromptKey::Submit));
    while state.search.scan.is_some() {
        update(&mut state, Action::SearchMore);
    }
    update(&mut state, Action::Bottom);
    let mut doc = state.doc.clone();
    let body = format!("A needle first.\n\n{}", doc.article.body);
    doc.article = crate::article::Article::from_text("long.md", &body).unwrap();
    update(
        &mut state,
        Action::Reloaded {
            doc: Box::new(doc),
            errors: Vec::new(),
        },
    );
    let cursor = state.view.cursor;
    assert!(
        state.search.scan.is_some(),
        "one step did not search it all"
    );
    assert!(state.match_count().unwrap().contains("(counting…)"));
    while state.search.scan.is_some() {
        update(&mut state, Action::SearchMore);
    }
    assert_eq!(state.view.cursor, cursor, "the reader was not moved");
    let body = &state.doc.article.body;
    let want: Vec<_> = body
        .match_indices("needle")
        .map(|(at, _)| at..at + 6)
        .collect();
    assert_eq!(want.len(), 2);
    assert_eq!(state.search.matches, want);
    assert_eq!(state.search.current, None);
}

/// A reader showing the beginning of `full` (its first `shown` bytes, cut at a paragraph)
/// while the rest loads.
fn loading_reader(full: &str, shown: usize) -> (State, crate::document::Document) {
    let cut = full[..shown].rfind("\n\n").unwrap() + 2;
    let part = crate::article::Article::from_text("long.md", &full[..cut]).unwrap();
    let mut state = State::new(
        crate::document::Document::new(part, Vec::new()),
        crate::config::Config::default(),
    );
    update(
        &mut state,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    state.loading = Some(crate::reader::state::Loading {
        stage: "reading…".into(),
        deferred: None,
    });
    let whole = crate::article::Article::from_text("long.md", full).unwrap();
    (state, crate::document::Document::new(whole, Vec::new()))
}

#[test]
fn a_search_while_the_document_loads_says_it_is_counting_and_gives_the_whole_count_once_loaded() {
    let paragraph = "A needle in this paragraph, and more words around it.\n\n";
    for (shown_paragraphs, total_paragraphs, submit) in [
        (3, 10, true),
        (1, 2, true),
        (5, 400, false),
        (40, 4000, true),
    ] {
        let full = format!("# Long\n\n{}", paragraph.repeat(total_paragraphs));
        let shown = 8 + paragraph.len() * shown_paragraphs + 1;
        let (mut state, whole) = loading_reader(&full, shown);
        type_query(&mut state, "needle");
        let count = state.match_count().unwrap();
        assert_eq!(
            count,
            format!("match 1 of {shown_paragraphs}+ (counting…)"),
            "{total_paragraphs}"
        );
        if submit {
            update(&mut state, Action::Prompt(PromptKey::Submit));
            assert!(state.message.as_deref().unwrap().contains("(counting…)"));
        }
        update(&mut state, Action::Loaded(Box::new(whole)));
        while state.search.scan.is_some() {
            update(&mut state, Action::SearchMore);
        }
        // Still on the first match, which the count names.
        let whole_count = format!("match 1 of {total_paragraphs}");
        assert_eq!(state.match_count().unwrap(), whole_count);
        assert_eq!(
            state.view.cursor,
            state.doc.article.body.find("needle").unwrap()
        );
        if submit {
            // What Enter said is said again with the whole count.
            assert_eq!(
                state.message.as_deref(),
                Some(format!("{whole_count} · > next").as_str())
            );
        }
    }
}

#[test]
fn suspending_from_the_prompt_keeps_the_prompt_and_its_text_for_fg() {
    let mut state = reader();
    type_query(&mut state, "warm");
    let effects = update(&mut state, Action::Suspend);
    assert_eq!(effects, vec![crate::reader::effect::Effect::Suspend]);
    assert_eq!(
        state.overlay,
        Overlay::Prompt(Prompt {
            text: "warm".into(),
            at: 4
        })
    );
}
