//! The claim and response forms at every size, from 30×3 up: what is typed, how to save
//! and how to close stay on screen (rendering tests on ratatui's TestBackend, read back as
//! screen text).

use crate::common;

use common::{apply, sample_state, screen};
use counterpoint::Action::{self, *};
use counterpoint::State;
use counterpoint::reader::model::editing::Target;
use counterpoint::reader::model::overlay::Overlay;

fn status(state: &State) -> String {
    screen(state).last().cloned().unwrap_or_default()
}

/// The sample at `width`×`height`, writing to a claims file that exists, after `before`
/// (moves), a selection started and `asked` (`NewClaim` or `NewResponse`): the form open.
fn form_open(width: u16, height: u16, before: &[Action], asked: Action) -> State {
    let mut state = sample_state(width, height);
    apply(
        &mut state,
        &[EditTarget(Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        })],
    );
    apply(&mut state, before);
    apply(&mut state, &[StartSelection, asked]);
    assert!(
        matches!(state.overlay, Overlay::Form(_)),
        "{width}x{height}"
    );
    state
}

/// A new claim's form at any size (issue 18 leftovers, items 3 and 4): its field being
/// typed in and a way out are on screen, what is typed shows, and the status bar hints
/// the form's keys, never the article's (the form takes every key).
#[test]
fn the_form_shows_its_field_and_a_way_out_at_every_size() {
    use counterpoint::keys::prompt::FormKey;
    for (width, height) in [(30, 10), (33, 7), (40, 20), (60, 20), (120, 40), (30, 3)] {
        let mut state = form_open(width, height, &[], NewClaim);
        apply(
            &mut state,
            &[Form(FormKey::Edit(
                counterpoint::keys::prompt::Edit::KillToStart,
            ))],
        );
        for c in "Zed".chars() {
            apply(&mut state, &[Form(FormKey::Char(c))]);
        }
        let rows = screen(&state);
        let text = rows.join("\n");
        assert!(
            text.contains("claimant") && text.contains("Zed"),
            "{width}x{height}:\n{text}"
        );
        if height >= 4 {
            assert!(text.contains("Esc close"), "{width}x{height}:\n{text}");
            // The key that saves is never cut, however narrow (`Enter s…` at 30×10).
            assert!(text.contains("Enter save"), "{width}x{height}:\n{text}");
            assert!(!text.contains("Enter s…"), "{width}x{height}:\n{text}");
        }
        if height >= 8 {
            let bar = status(&state);
            assert!(!bar.contains("search") && !bar.contains("focus"), "{bar}");
        }
    }
}

/// Every size under the full form's (8 to 33 columns, 1 to 7 rows, both forms): either
/// the field being typed in shows with the keys that save and close it whole, or the
/// window says it is too small and, from two rows up, which key closes the form. At 8×3
/// the form showed `claimant` alone, with no way out on screen.
#[test]
fn a_form_too_small_to_use_says_so_and_keeps_its_way_out() {
    for asked in [NewClaim, NewResponse] {
        for width in [8u16, 9, 10, 12, 16, 20, 24, 28, 33] {
            for height in 1u16..=7 {
                let state = form_open(width, height, &[NextClaim], asked.clone());
                let text = screen(&state).join("\n");
                let case = format!("{asked:?} {width}x{height}:\n{text}");
                let Overlay::Form(form) = &state.overlay else {
                    panic!("{case}");
                };
                let label = format!("{}: ", form.fields[form.focus].0.label());
                let field = text.contains(&label);
                let whole = text.contains("Enter saves") && text.contains("Esc closes");
                let small = text.contains("too sma");
                if height == 1 {
                    assert!(field || small, "{case}");
                    continue;
                }
                assert!((field && whole) || small, "{case}");
                if small {
                    assert!(text.contains("Esc"), "{case}");
                }
            }
        }
    }
}

/// Both forms, a claim's and a response's, at every size from 34×8 up (smaller, the one-field form): the title says
/// how to save and how to close whole (shortened by priority, never cut mid-word as
/// `Esc clo` was at 40×15), and the keys line stays on the bottom row with its first
/// hint whole, however many fields the form has above it.
#[test]
fn the_forms_say_how_to_save_and_close_at_every_size() {
    for (width, height) in [
        (34, 8),
        (36, 9),
        (40, 12),
        (40, 15),
        (44, 15),
        (60, 20),
        (80, 24),
        (120, 40),
    ] {
        for (asked, what) in [(NewClaim, "claim"), (NewResponse, "response")] {
            let state = form_open(width, height, &[NextClaim, NextClaim], asked);
            let rows = screen(&state);
            let text = rows.join("\n");
            let at = format!("{what} at {width}x{height}:\n{text}");
            let top = rows.iter().position(|r| r.contains('┌')).expect(&at);
            let bottom = rows.iter().rposition(|r| r.contains('└')).expect(&at);
            assert!(rows[top].contains("Enter save"), "{at}");
            assert!(rows[top].contains("Esc close"), "{at}");
            assert!(rows[bottom - 1].contains("Tab next field"), "{at}");
            for row in [top, bottom - 1] {
                assert!(!rows[row].contains('…'), "{at}");
            }
        }
    }
}
