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
//! `n` then `p`; `jk`; `page`: Space then `b`); the terminal's size (default `120x40`).
//! Before the filter the reader is sized, sent to the end and paged up three times, as the
//! benchmarks' readers are. The document is loaded on a thread of its own, as the reader
//! loads it, so the frames' allocations come from a heap without it.

use std::path::PathBuf;
use std::process::ExitCode;

use counterpoint::config::Config;
use counterpoint::reader::action::Action;
use counterpoint::reader::state::State;
use counterpoint::reader::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

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
    let mut terminal = Terminal::new(TestBackend::new(width, height)).map_err(|e| e.to_string())?;
    let setup = [Action::Resize { width, height }, Action::Bottom]
        .into_iter()
        .chain(std::iter::repeat_n(Action::PageUp, 3))
        .chain(filter.iter().cloned());
    for action in setup {
        update(&mut state, action);
    }
    press_pairs(&mut state, &mut terminal, pairs, [first, second]);
    Ok(format!(
        "{article}: {claims} claims; {pairs} pairs pressed at {width}x{height}, the current claim {:?}",
        state.selected
    ))
}

/// Presses `keys` in turn `pairs` times, drawing a frame after each key.
#[inline(never)]
fn press_pairs(
    state: &mut State,
    terminal: &mut Terminal<TestBackend>,
    pairs: usize,
    keys: [Action; 2],
) {
    for _ in 0..pairs {
        for key in &keys {
            update(state, key.clone());
            terminal
                .draw(|frame| counterpoint::ui::draw(frame, state))
                .expect("a test backend draws");
        }
    }
}
