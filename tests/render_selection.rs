//! Rendering tests of the selection mode on ratatui's TestBackend: its highlight across
//! lines and paragraphs (wide and narrow) over emphasis, links and claims, its size and
//! keys in the status bar, and the same selection in Markdown, plain text and a saved page.

use crate::common;

use common::{apply, buffer_lines, drawn, load, reader_with};
use counterpoint::Action::*;
use counterpoint::State;
use counterpoint::config::Config;
use counterpoint::reader::model::selection::Step;
use ratatui::style::Color;

/// The selection's background in these tests, set in the configuration so that no other
/// colour on screen is it.
const SELECTION: Color = Color::Rgb(0x12, 0x34, 0x56);

fn config() -> Config {
    Config::parse("c.toml", "[colors]\nselection = \"#123456\"\n").unwrap()
}

fn sample(width: u16, height: u16) -> State {
    reader_with(load(None, None), config(), width, height)
}

fn fixture(name: &str, width: u16, height: u16) -> State {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    reader_with(load(Some(&root.join(name)), None), config(), width, height)
}

/// The article pane's rows, each followed, where it has cells drawn as selected, by a row
/// marking them with `^`.
fn marked(state: &State) -> String {
    let buffer = drawn(state);
    let lines = buffer_lines(&buffer);
    let pane = state.screen.article;
    let mut out = String::new();
    for row in pane.y..pane.y + pane.height {
        let line: String = lines[usize::from(row)]
            .chars()
            .skip(usize::from(pane.x))
            .take(usize::from(pane.width))
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
        let marks: String = (pane.x..pane.x + pane.width)
            .map(|x| {
                if buffer[(x, row)].bg == SELECTION {
                    '^'
                } else {
                    ' '
                }
            })
            .collect();
        if !marks.trim().is_empty() {
            out.push_str(marks.trim_end());
            out.push('\n');
        }
    }
    out
}

/// The text the selection holds.
fn selected(state: &State) -> &str {
    &state.doc.article.body[state.selection.as_ref().expect("a selection").range()]
}

/// `v`, `}`, `w`, `w`: the sample's first paragraph and the next one's first two words.
const ACROSS_TWO_PARAGRAPHS: [counterpoint::Action; 4] = [
    StartSelection,
    Extend(Step::ParagraphForward),
    Extend(Step::WordForward),
    Extend(Step::WordForward),
];

#[test]
fn the_highlight_runs_across_two_paragraphs_at_120x40() {
    let mut state = sample(120, 40);
    apply(&mut state, &ACROSS_TWO_PARAGRAPHS);
    let text = selected(&state);
    assert!(
        text.starts_with("Mike Pompeo") && text.ends_with("efforts.\n\nThe administration"),
        "{text:?}"
    );
    insta::assert_snapshot!("selection_two_paragraphs_120x40", marked(&state));
}

#[test]
fn the_highlight_runs_across_two_paragraphs_at_60x20() {
    let mut state = sample(60, 20);
    apply(&mut state, &ACROSS_TWO_PARAGRAPHS);
    assert!(selected(&state).ends_with("The administration"));
    let shown = marked(&state);
    insta::assert_snapshot!("selection_two_paragraphs_60x20", shown);
    // The cursor rides on the moving end: its line, the second paragraph's first, is shown.
    let cursor_row = shown.lines().find(|l| l.starts_with('▌')).unwrap();
    assert!(cursor_row.contains("The administration"), "{shown}");
}

#[test]
fn the_status_bar_counts_the_selection_and_shows_its_keys() {
    let mut state = sample(120, 40);
    apply(
        &mut state,
        &[
            StartSelection,
            Extend(Step::WordForward),
            Extend(Step::WordForward),
        ],
    );
    let status = buffer_lines(&drawn(&state))[39].clone();
    assert!(
        status.contains(" selection: 3 words, 14 characters "),
        "{status}"
    );
    assert!(
        status.contains("Esc leave · c claim · a response · y copy"),
        "{status}"
    );
    assert!(status.trim_end().ends_with("h help"), "{status}");
    // The reading hints are gone while selecting, and back after.
    assert!(!status.contains("n next"), "{status}");
    apply(&mut state, &[Back]);
    let status = buffer_lines(&drawn(&state))[39].clone();
    assert!(
        !status.contains("selection:") && status.contains("n next"),
        "{status}"
    );
    // Narrow: the count stays, help stays.
    let mut state = sample(60, 20);
    apply(&mut state, &[SelectSentence]);
    let status = buffer_lines(&drawn(&state))[19].clone();
    assert!(status.contains("selection: 42 words,"), "{status}");
    assert!(status.trim_end().ends_with("h help"), "{status}");
}

/// Over emphasis, a link, a claim's highlight: the selected cells take the selection's
/// background and keep their italics, underline and bold.
#[test]
fn the_selection_is_drawn_over_emphasis_links_and_claims() {
    use ratatui::style::Modifier;
    let mut state = fixture("bridge.md", 100, 30);
    apply(&mut state, &[NextClaim, SelectSentence]);
    let text = selected(&state).to_string();
    assert!(
        text.starts_with("The minister said") && text.ends_with("last week."),
        "{text}"
    );
    let buffer = drawn(&state);
    let lines = buffer_lines(&buffer);
    let cell = |word: &str| {
        let row = lines.iter().position(|l| l.contains(word)).unwrap();
        let column = lines[row][..lines[row].find(word).unwrap()].chars().count();
        buffer[(column as u16, row as u16)].clone()
    };
    for (word, modifier) in [
        ("entirely", Modifier::ITALIC),
        ("engineering", Modifier::UNDERLINED),
        ("finished", Modifier::BOLD),
    ] {
        let cell = cell(word);
        assert_eq!(cell.bg, SELECTION, "{word}");
        assert!(cell.modifier.contains(modifier), "{word}: {cell:?}");
        assert!(!cell.modifier.contains(Modifier::REVERSED), "{word}");
    }
    // Left, the claim's own highlight is back under the words.
    apply(&mut state, &[Back]);
    let buffer = drawn(&state);
    let row = lines.iter().position(|l| l.contains("entirely")).unwrap();
    let column = lines[row][..lines[row].find("entirely").unwrap()]
        .chars()
        .count();
    let under = &buffer[(column as u16, row as u16)];
    assert_ne!(under.bg, SELECTION);
    assert!(under.modifier.contains(Modifier::ITALIC));
}

/// The same keys select the same words in Markdown, plain text and a saved web page: the
/// text shown, which `y` copies as it is.
#[test]
fn a_selection_is_the_text_shown_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("bridge.txt");
    std::fs::write(
        &plain,
        "The bridge report\n\nThe minister said the bridge is entirely safe, and the engineering report was finished last week.\n",
    )
    .unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for (path, words) in [
        (root.join("bridge.md"), "The minister said the"),
        (plain, "The minister said the"),
        (root.join("pompeo-saved-page.html"), ""),
    ] {
        let mut state = reader_with(load(Some(&path), None), config(), 100, 30);
        // The first paragraph that holds a sentence of several words.
        let body = state.doc.article.body.clone();
        let start = state
            .doc
            .article
            .paragraphs
            .iter()
            .find(|p| body[p.range.clone()].split(' ').count() > 8)
            .unwrap()
            .range
            .start;
        state.view.cursor = start;
        apply(
            &mut state,
            &[
                StartSelection,
                Extend(Step::WordForward),
                Extend(Step::WordForward),
                Extend(Step::WordForward),
            ],
        );
        let text = selected(&state).to_string();
        assert_eq!(text.split_whitespace().count(), 4, "{path:?}: {text}");
        if !words.is_empty() {
            assert_eq!(text, words, "{path:?}");
        }
        // Every selected character is drawn as selected, on the screen's rows.
        let shown = marked(&state);
        let marks = shown.matches('^').count();
        assert_eq!(marks, text.chars().count(), "{path:?}\n{shown}");
        let effects = apply(&mut state, &[CopySelection]);
        assert_eq!(effects, [counterpoint::Effect::Copy(text)], "{path:?}");
    }
}
