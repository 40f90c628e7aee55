//! Helpers shared by the integration tests: a reader on the sample, drawn on a TestBackend.

pub mod files;
pub mod http;
pub mod pty;
pub mod sources;

use std::path::Path;

use counterpoint::config::Config;
use counterpoint::document::Document;
use counterpoint::{Action, Effect, State, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// A reader on `doc` with `config`, sized `width` × `height` columns and rows: the one way
/// the tests build a reader (the loop sends the same Resize first).
pub fn reader_with(doc: Document, config: Config, width: u16, height: u16) -> State {
    let mut state = State::new(doc, config);
    update(&mut state, Action::Resize { width, height });
    state
}

/// A reader on `doc` with the default configuration, sized `width` × `height`.
pub fn reader(doc: Document, width: u16, height: u16) -> State {
    reader_with(doc, Config::default(), width, height)
}

/// The document the reader shows for the files `article` (None: the bundled sample) and
/// `claims` (None: the file beside the article), loaded as the command line loads them.
pub fn load(article: Option<&Path>, claims: Option<&Path>) -> Document {
    counterpoint::document::source::load(article, claims)
        .expect("the files load")
        .doc
}

/// A reader on the bundled sample, sized `width` × `height`.
pub fn sample_state(width: u16, height: u16) -> State {
    reader(load(None, None), width, height)
}

/// Applies `actions` in order; returns every effect they asked for (none is carried out).
pub fn apply(state: &mut State, actions: &[Action]) -> Vec<Effect> {
    actions
        .iter()
        .flat_map(|action| update(state, action.clone()))
        .collect()
}

/// Draws `state` on a TestBackend of its own size and returns the screen as text lines.
pub fn screen(state: &State) -> Vec<String> {
    buffer_lines(&drawn(state))
}

/// Draws `state` on a TestBackend of its own size and returns the cells.
pub fn drawn(state: &State) -> Buffer {
    let area = state.screen.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| counterpoint::ui::draw(frame, state))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The text of each row of a buffer, wide characters counted once, trailing spaces kept.
pub fn buffer_lines(buffer: &Buffer) -> Vec<String> {
    counterpoint::cli::render::buffer_rows(buffer)
}

pub fn joined(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The sidebar's columns of each row (side-by-side layout).
pub fn sidebar_text(state: &State, lines: &[String]) -> String {
    let sidebar = state.screen.sidebar.expect("sidebar shown");
    lines
        .iter()
        .skip(usize::from(sidebar.y))
        .take(usize::from(sidebar.height))
        .map(|l| {
            let chars: Vec<char> = l.chars().collect();
            let start = usize::from(sidebar.x).min(chars.len());
            chars[start..]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
