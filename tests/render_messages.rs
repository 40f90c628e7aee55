//! A message longer than the status bar has room for (the newcomer's `… 12 old draft…`,
//! `deleted claim ferry-halved-comm…`): shown whole on rows of its own above the bar for
//! the keystroke it lasts, the bar keeping its hints; a message that fits stays in the bar.
//! Rendering tests on ratatui's TestBackend, read back as screen text.

use crate::common;

use common::{sample_state, screen};

const SIZES: [(u16, u16); 4] = [(40, 20), (60, 20), (80, 24), (120, 40)];

/// A message of `words` distinct words (`w1 w2 …`), so that every word can be found.
fn message_of(words: usize) -> String {
    (1..=words)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words `w1`, `w2`… read from `text`, in order.
fn words_in(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '…' || c == '│' || c == '┃')
        .filter(|w| w.len() > 1 && w.starts_with('w') && w[1..].chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// The rows a message may take above the bar at `width` columns: three, or enough for
/// 160 characters there (twice the room, for rows ended short by a word).
fn rows_for_messages(width: u16) -> usize {
    (160usize * 2).div_ceil(usize::from(width) - 2).max(3)
}

/// Every message of up to 160 characters (words of every length, up to 10 letters) is
/// shown whole in a narrow window with the rows for it, 30 to 60 columns and 10 to 14
/// rows; at 34×10 the message of a changed sample copy was cut at three rows.
#[test]
fn a_message_of_up_to_160_characters_is_whole_in_a_narrow_window() {
    use proptest::prelude::*;
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(64));
    let words = proptest::collection::vec(1usize..=10, 1..60);
    let size = (30u16..=60, 10u16..=14);
    runner
        .run(&(words, size), |(lengths, (width, height))| {
            let mut message = String::new();
            for (i, n) in lengths.iter().enumerate() {
                let word = format!("w{i}{}", "x".repeat(n.saturating_sub(2)));
                if message.len() + 1 + word.len() > 160 {
                    break;
                }
                if !message.is_empty() {
                    message.push(' ');
                }
                message.push_str(&word);
            }
            let mut state = sample_state(width, height);
            state.message = Some(message.clone());
            let shown = screen(&state).join(" ");
            let seen = words_in(&shown.replace('x', ""));
            let all = words_in(&message.replace('x', ""));
            prop_assert_eq!(seen, all, "{}x{}: {}", width, height, shown);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_long_message_is_shown_whole_above_the_bar_and_the_bar_keeps_its_hints() {
    for (width, height) in SIZES {
        let plain = screen(&sample_state(width, height));
        for words in [1, 4, 12, 30, 60, 400] {
            let mut state = sample_state(width, height);
            let message = message_of(words);
            state.message = Some(message.clone());
            let shown = screen(&state);
            let bar = shown.last().unwrap();
            let rows = usize::from(height);
            // Rows that differ from the screen without a message, above the bar.
            let above: Vec<&String> = (0..rows - 1)
                .filter(|&r| shown[r] != plain[r])
                .map(|r| &shown[r])
                .collect();
            let label = format!("{width}x{height}, {words} words");
            let fits = words_in(bar) == words_in(&message);
            if above.is_empty() {
                assert!(fits, "{label}: cut in the bar and nowhere else: {bar}");
                continue;
            }
            let cap = rows_for_messages(width);
            assert!(above.len() <= cap, "{label}: {above:?}");
            let rows_text: String = above
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let seen = words_in(&rows_text);
            let all = words_in(&message);
            if seen.len() == all.len() {
                assert_eq!(seen, all, "{label}: whole, in order");
            } else {
                // Longer than its rows: its start, in order, then an ellipsis.
                assert!(
                    above.len() == cap && rows_text.contains('…'),
                    "{label}: {above:?}"
                );
                assert_eq!(seen[..seen.len() - 1], all[..seen.len() - 1], "{label}");
            }
            assert!(bar.contains("h help"), "{label}: the bar keeps help: {bar}");
            assert!(
                words_in(bar).is_empty(),
                "{label}: not in the bar too: {bar}"
            );
            // The rows are next to the bar: the last one changed is the one above it.
            assert_eq!(shown[rows - 2], *above[above.len() - 1], "{label}");
        }
    }
}

/// The hint bar offers the keys of what is open, never the article's: a list's (close,
/// choose), a selection made to choose a quote again (Enter uses it, Esc keeps the old),
/// and, where edits cannot be kept, no editing keys in the sidebar (the newcomer saw
/// `n next · p prev` over a list, `c claim · a response` while requoting, and `u undo ·
/// x delete` on a read-only file).
#[test]
fn the_hint_bar_offers_the_keys_of_what_is_open() {
    use counterpoint::Action::*;
    use counterpoint::keys::prompt::FormKey;
    use counterpoint::reader::model::editing::Target;
    let bar = |state: &counterpoint::State| screen(state).last().cloned().unwrap();
    for (width, height) in [(80, 24), (120, 40)] {
        let mut state = sample_state(width, height);
        common::apply(&mut state, &[ChooseFilter]);
        let line = bar(&state);
        assert!(
            line.contains("Esc close") && line.contains("Enter choose"),
            "{line}"
        );
        assert!(
            !line.contains("n next") && !line.contains("/ search"),
            "{line}"
        );

        // A question: its answers, never `n next` (n is no there).
        let mut state = sample_state(width, height);
        common::apply(
            &mut state,
            &[
                EditTarget(Target::File {
                    name: "a.claims.toml".into(),
                    exists: true,
                }),
                NextClaim,
                ToggleFocus,
                DeleteEntry,
            ],
        );
        let line = bar(&state);
        assert!(line.contains("y yes") && line.contains("n no"), "{line}");
        assert!(
            !line.contains("n next") && !line.contains("/ search"),
            "{line}"
        );

        let writable = Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        };
        let mut state = sample_state(width, height);
        common::apply(
            &mut state,
            &[
                EditTarget(writable),
                NextClaim,
                EditEntry,
                Form(FormKey::Reselect),
            ],
        );
        let line = bar(&state);
        assert!(line.contains("Enter use as the quote"), "{line}");
        assert!(!line.contains("c claim"), "{line}");

        for (target, editing) in [
            (
                Target::File {
                    name: "a.claims.toml".into(),
                    exists: true,
                },
                true,
            ),
            (
                Target::ReadOnly {
                    name: "a.claims.toml".into(),
                    why: "the file is read-only".into(),
                },
                false,
            ),
        ] {
            let mut state = sample_state(width, height);
            common::apply(&mut state, &[EditTarget(target), NextClaim, ToggleFocus]);
            let line = bar(&state);
            assert_eq!(line.contains("u undo"), editing, "{line}");
            assert_eq!(line.contains("x delete"), editing, "{line}");
            assert!(line.contains("h help"), "{line}");
        }
    }
}

/// Every question the reader asks (the sample's copy, a deletion, quitting unsaved),
/// drawn with the whole screen at the sizes the reader supports: its answer keys are on
/// screen at each (the copy's `y yes n no` was under the window's edge at 34×10), and
/// from 3 rows and 10 columns so is its question, whole or in its short form.
#[test]
fn a_question_s_answer_keys_show_at_every_size() {
    use counterpoint::Action::*;
    use counterpoint::reader::model::editing::{SavePolicy, Target};
    use counterpoint::reader::model::overlay::Overlay;
    let sizes = [
        (34, 10),
        (34, 8),
        (30, 6),
        (20, 4),
        (12, 3),
        (9, 2),
        (40, 20),
        (120, 40),
    ];
    let file = || {
        EditTarget(Target::File {
            name: "a.claims.toml".into(),
            exists: true,
        })
    };
    let questions: [(&str, Vec<counterpoint::Action>); 3] = [
        (
            "copy",
            vec![EditTarget(Target::Sample), NextClaim, EditEntry],
        ),
        ("delete", vec![file(), NextClaim, DeleteEntry]),
        (
            "quit",
            vec![file(), NextClaim, DeleteEntry, Confirm(true), Quit],
        ),
    ];
    for (what, actions) in questions {
        for (width, height) in sizes {
            let mut state = sample_state(width, height);
            state.editing.policy = SavePolicy::OnKey;
            common::apply(&mut state, &actions);
            let Overlay::Question(question) = &state.overlay else {
                panic!("{what} {width}x{height}: no question: {:?}", state.message);
            };
            let short = question.short.clone();
            let text = screen(&state).join("\n");
            let case = format!("{what} at {width}x{height}:\n{text}");
            let whole = text.contains("y yes") && text.contains("n no");
            assert!(whole || (width < 14 && text.contains("y/n")), "{case}");
            if height >= 3 && width >= 10 {
                let first: String = short.chars().take(3).collect();
                assert!(text.contains(&first), "{case}");
            }
        }
    }
}
