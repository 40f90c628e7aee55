//! A driver for counting the instructions of the reader's keys (README, Performance): loads
//! a document from disk, opens a filter, and presses pairs of keys, each with a frame.
//!
//! ```sh
//! cargo build --release --example key_pairs
//! valgrind --tool=callgrind target/release/examples/key_pairs /tmp/gen20.md verdict 0
//! valgrind --tool=callgrind target/release/examples/key_pairs /tmp/gen20.md verdict 50
//! ```
//!
//! The cost of a pair is the difference of the two runs' totals divided by the pairs
//! pressed: everything else (process start, the load, the setting up) is the same in both.
//!
//! Arguments, in order: the article (`sample` for the bundled sample; its claims file is
//! the one beside it); the filter (`none`, `verdict`: `f`, the list's second row, Enter, as
//! `cargo bench -- next_prev_filtered` does; `person`: `w`, the second row, Enter, as
//! `next_prev_person` does); how many pairs (default 50); which pair (`np`, the default:
//! `n` then `p`; `jk`; `page`: Space then `b`); the terminal's size (default `120x40`);
//! the backend frames are drawn on (`test`, the default: ratatui's `TestBackend`, as the
//! benchmarks draw; `terminal`: the reader's own, `SteadyBackend` over crossterm's, its
//! bytes written to nowhere, each frame drawn by `terminal::frame::draw` as the reader
//! draws it, so each frame costs what the reader pays to draw and write it).
//!
//! On the test backend it first presses two pairs and says, on standard error, which
//! claim each key reached and how many cells its frame changed: a key's cost is mostly
//! drawing and writing the screen, so scenes are compared by the cells they change.
//! Before the filter the reader is sized, sent to the end and paged up three times, as the
//! benchmarks' readers are. The document is loaded on a thread of its own, as the reader
//! loads it, so the frames' allocations come from a heap without it.

use std::path::PathBuf;
use std::process::ExitCode;

use counterpoint::config::Config;
use counterpoint::reader::action::Action;
use counterpoint::reader::state::State;
use counterpoint::reader::update::update;
use counterpoint::terminal::backend::SteadyBackend;
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("key_pairs: {message}");
            eprintln!(
                "usage: key_pairs ARTICLE|sample [none|verdict|person] [PAIRS] [np|jk|page] [WxH]"
            );
            ExitCode::from(2)
        }
    }
}

/// Loads, sets up and presses the pairs; says what was pressed and where it ended.
fn run(args: Vec<String>) -> Result<String, String> {
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.into());
    let article = arg(0, "sample");
    let filter: &[Action] = match arg(1, "none").as_str() {
        "none" => &[],
        "verdict" => &[Action::ChooseFilter, Action::LineDown, Action::Activate],
        "person" => &[Action::People, Action::LineDown, Action::Activate],
        other => return Err(format!("no filter {other:?}")),
    };
    let pairs: usize = arg(2, "50").parse().map_err(|e| format!("pairs: {e}"))?;
    let (first, second) = match arg(3, "np").as_str() {
        "np" => (Action::NextClaim, Action::PrevClaim),
        "jk" => (Action::LineDown, Action::LineUp),
        "page" => (Action::PageDown, Action::PageUp),
        other => return Err(format!("no pair {other:?}")),
    };
    let size = arg(4, "120x40");
    let (width, height) = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        .ok_or_else(|| format!("size {size:?} is not WIDTHxHEIGHT"))?;

    let path = (article != "sample").then(|| PathBuf::from(&article));
    let doc =
        std::thread::spawn(move || counterpoint::document::source::load(path.as_deref(), None))
            .join()
            .map_err(|_| "the load panicked".to_string())?
            .map_err(|e| e.to_string())?
            .doc;
    let claims = doc.claims.len();
    let mut state = State::new(doc, Config::default());
    let setup = [Action::Resize { width, height }, Action::Bottom]
        .into_iter()
        .chain(std::iter::repeat_n(Action::PageUp, 3))
        .chain(filter.iter().cloned());
    for action in setup {
        update(&mut state, action);
    }
    let keys = [first, second];
    let probe = match arg(5, "test").as_str() {
        "test" => {
            let mut terminal =
                Terminal::new(TestBackend::new(width, height)).map_err(|e| e.to_string())?;
            let probe = (0..2)
                .map(|_| probe_pair(&mut state, &mut terminal, keys.clone()))
                .collect::<Vec<_>>()
                .join(" then ");
            press_pairs(&mut state, &mut terminal, pairs, keys, |state, terminal| {
                terminal
                    .draw(|frame| counterpoint::ui::draw(frame, state))
                    .expect("drawing on a test backend does not fail");
            });
            probe
        }
        "terminal" => {
            let backend = SteadyBackend::new(CrosstermBackend::new(std::io::sink()));
            let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
            let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport })
                .map_err(|e| e.to_string())?;
            // The same two pairs first, unprobed, so the pairs counted start where the
            // test backend's do. Each frame drawn as the reader draws it.
            let steady = |state: &State, terminal: &mut Terminal<_>| {
                counterpoint::terminal::frame::draw(terminal, |frame| {
                    counterpoint::ui::draw(frame, state)
                })
                .expect("drawing to nowhere does not fail")
            };
            press_pairs(&mut state, &mut terminal, 2, keys.clone(), steady);
            press_pairs(&mut state, &mut terminal, pairs, keys, steady);
            "pressed, not probed on this backend".into()
        }
        other => return Err(format!("no backend {other:?}")),
    };
    Ok(format!(
        "{article}: {claims} claims; two pairs: {probe}; then {pairs} pairs pressed at {width}x{height}"
    ))
}

/// Presses `keys` once each, with a frame, after a first frame; says the current claim
/// and how many cells each key's frame changed (what the scene costs: a key that changes
/// more of the screen costs more to draw, whatever the document's size). Run before the
/// pairs counted, and with none, so that its cost is the same in both runs.
fn probe_pair(
    state: &mut State,
    terminal: &mut Terminal<TestBackend>,
    keys: [Action; 2],
) -> String {
    let draw = |state: &State, terminal: &mut Terminal<TestBackend>| {
        terminal
            .draw(|frame| counterpoint::ui::draw(frame, state))
            .expect("drawing on a test backend or to nowhere does not fail");
    };
    draw(state, terminal);
    let mut said = format!("from claim {:?}", state.selected);
    for key in keys {
        let before = terminal.backend().buffer().clone();
        update(state, key.clone());
        draw(state, terminal);
        let after = terminal.backend().buffer();
        let changed = before.diff(after).len();
        said += &format!(
            ", {key:?} to {:?} ({changed} cells changed)",
            state.selected
        );
    }
    said
}

/// Presses `keys` in turn `pairs` times, drawing a frame after each key with `draw`.
#[inline(never)]
fn press_pairs<B: Backend>(
    state: &mut State,
    terminal: &mut Terminal<B>,
    pairs: usize,
    keys: [Action; 2],
    draw: impl Fn(&State, &mut Terminal<B>),
) {
    for _ in 0..pairs {
        for key in &keys {
            update(state, key.clone());
            draw(state, terminal);
        }
    }
}
