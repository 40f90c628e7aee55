//! Emoji with a presentation selector (`❤️` is U+2764 U+FE0F): the bytes the reader writes,
//! replayed through terminal models that draw such emoji two columns wide (kitty, foot,
//! WezTerm; vt100) and one column wide, must leave the screen the buffer holds, frame
//! after frame, when only the changed cells are sent (ratatui issue #2357).

use crate::common;

use common::{apply, buffer_lines, drawn};
use counterpoint::Action::*;
use counterpoint::State;
use counterpoint::article::Article;
use counterpoint::document::Document;
use counterpoint::terminal::backend::SteadyBackend;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How a terminal model advances over a VS16 sequence.
#[derive(Clone, Copy, Debug)]
enum Vs16 {
    /// The selector widens its one-column base to two columns (kitty, foot, WezTerm, vt100).
    Wide,
    /// Code point by code point: the selector adds nothing (xterm, VTE, the Linux console).
    Narrow,
}

/// A cell of the model: its text, and whether it is the right half of a wide one.
#[derive(Clone, Debug, Default)]
struct Slot {
    text: String,
    wide: bool,
    continuation: bool,
}

/// A tiny terminal: a grid of cells, a cursor, cursor moves (CUP) and printable text;
/// every other escape sequence is read and ignored. A wide character takes its cell and
/// the next; writing into either half of a wide character blanks the other half, as
/// terminals do.
struct Model {
    rule: Vs16,
    cols: usize,
    grid: Vec<Vec<Slot>>,
    x: usize,
    y: usize,
}

impl Model {
    fn new(rule: Vs16, cols: usize, rows: usize) -> Model {
        Model {
            rule,
            cols,
            grid: vec![vec![Slot::default(); cols]; rows],
            x: 0,
            y: 0,
        }
    }

    fn blank(&mut self, x: usize) {
        if let Some(slot) = self.grid[self.y].get_mut(x) {
            *slot = Slot::default();
        }
    }

    /// Clears the wide character that cell `x` is part of, if any.
    fn break_wide(&mut self, x: usize) {
        let Some(slot) = self.grid[self.y].get(x) else {
            return;
        };
        if slot.continuation && x > 0 {
            self.blank(x - 1);
            self.blank(x);
        } else if slot.wide {
            self.blank(x);
            self.blank(x + 1);
        }
    }

    fn print(&mut self, c: char) {
        let width = c.width().unwrap_or(0);
        if width == 0 {
            // Joins the character before the cursor.
            let Some(mut at) = self.x.checked_sub(1) else {
                return;
            };
            if self.grid[self.y][at].continuation && at > 0 {
                at -= 1;
            }
            self.grid[self.y][at].text.push(c);
            let widen = c == '\u{FE0F}'
                && matches!(self.rule, Vs16::Wide)
                && !self.grid[self.y][at].wide
                && at + 1 < self.cols;
            if widen {
                self.break_wide(at + 1);
                self.grid[self.y][at].wide = true;
                self.grid[self.y][at + 1] = Slot {
                    continuation: true,
                    ..Slot::default()
                };
                self.x = at + 2;
            }
            return;
        }
        if self.x + width > self.cols {
            self.x = 0;
            self.y = (self.y + 1).min(self.grid.len() - 1);
        }
        self.break_wide(self.x);
        if width == 2 {
            self.break_wide(self.x + 1);
        }
        self.grid[self.y][self.x] = Slot {
            text: c.to_string(),
            wide: width == 2,
            continuation: false,
        };
        if width == 2 {
            self.grid[self.y][self.x + 1].continuation = true;
        }
        self.x += width;
    }

    fn feed(&mut self, bytes: &[u8]) {
        let text = std::str::from_utf8(bytes).expect("the backend writes UTF-8");
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\x1b' => match chars.next() {
                    Some('[') => {
                        let mut params = String::new();
                        for c in chars.by_ref() {
                            if ('\x40'..='\x7e').contains(&c) {
                                match c {
                                    'H' => self.move_to(&params),
                                    'J' if params == "2" => {
                                        for row in &mut self.grid {
                                            row.fill(Slot::default());
                                        }
                                    }
                                    _ => {}
                                }
                                break;
                            }
                            params.push(c);
                        }
                    }
                    Some(']') => {
                        while let Some(c) = chars.next() {
                            if c == '\x07' || (c == '\x1b' && chars.next_if_eq(&'\\').is_some()) {
                                break;
                            }
                        }
                    }
                    _ => {}
                },
                '\r' => self.x = 0,
                '\n' => self.y = (self.y + 1).min(self.grid.len() - 1),
                c if c.is_control() => {}
                c => self.print(c),
            }
        }
    }

    fn move_to(&mut self, params: &str) {
        let mut numbers = params.split(';').map(|n| n.parse::<usize>().unwrap_or(1));
        let row = numbers.next().unwrap_or(1).max(1);
        let col = numbers.next().unwrap_or(1).max(1);
        self.y = (row - 1).min(self.grid.len() - 1);
        self.x = (col - 1).min(self.cols - 1);
    }

    /// Each row as the text that starts in each column (" " for an empty cell or the
    /// right half of a wide one).
    fn columns(&self) -> Vec<Vec<String>> {
        self.grid
            .iter()
            .map(|row| {
                row.iter()
                    .map(|slot| {
                        if slot.continuation || slot.text.is_empty() {
                            " ".to_string()
                        } else {
                            slot.text.clone()
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// The text the terminal shows for a cell's symbol: without OSC 8 hyperlink escapes.
fn shown(symbol: &str) -> String {
    let mut out = String::new();
    let mut rest = symbol;
    while let Some(at) = rest.find("\x1b]") {
        out.push_str(&rest[..at]);
        rest = rest[at..]
            .find('\x07')
            .map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// The buffer as the same column map: each cell's text, blank under a wide character.
fn buffer_columns(buffer: &Buffer) -> Vec<Vec<String>> {
    let area = buffer.area;
    (area.y..area.bottom())
        .map(|y| {
            let mut covered = 0;
            (area.x..area.right())
                .map(|x| {
                    let cell = &buffer[(x, y)];
                    if covered > 0 {
                        covered -= 1;
                        return " ".to_string();
                    }
                    let text = shown(cell.symbol());
                    covered = match cell.diff_option {
                        CellDiffOption::ForcedWidth(width) => usize::from(width.get()),
                        _ => text.width(),
                    }
                    .saturating_sub(1);
                    if text.is_empty() {
                        " ".to_string()
                    } else {
                        text
                    }
                })
                .collect()
        })
        .collect()
}

/// The vt100 crate's screen (which draws VS16 sequences two wide) as the column map.
fn vt100_columns(parser: &vt100::Parser, cols: u16, rows: u16) -> Vec<Vec<String>> {
    let screen = parser.screen();
    (0..rows)
        .map(|y| {
            (0..cols)
                .map(|x| {
                    let cell = screen.cell(y, x).expect("inside the screen");
                    if cell.is_wide_continuation() || !cell.has_contents() {
                        " ".to_string()
                    } else {
                        cell.contents().to_string()
                    }
                })
                .collect()
        })
        .collect()
}

fn readable(columns: &[Vec<String>]) -> String {
    columns
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| format!("{c:<1}"))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a backend's bytes go: memory the test can read while the terminal holds it.
#[derive(Clone, Default)]
struct Tape(Rc<RefCell<Vec<u8>>>);

impl Write for Tape {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Tape {
    fn bytes(&self) -> Vec<u8> {
        self.0.borrow().clone()
    }
}

fn terminal<B: Backend>(backend: B, cols: u16, rows: u16) -> Terminal<B> {
    let viewport = Viewport::Fixed(Rect::new(0, 0, cols, rows));
    Terminal::with_options(backend, TerminalOptions { viewport }).unwrap()
}

/// Replays `bytes` through both models and vt100 and returns the screens that differ
/// from `expected`, named.
fn mismatches(bytes: &[u8], expected: &[Vec<String>], cols: u16, rows: u16) -> Vec<String> {
    let mut wrong = Vec::new();
    for rule in [Vs16::Wide, Vs16::Narrow] {
        let mut model = Model::new(rule, usize::from(cols), usize::from(rows));
        model.feed(bytes);
        let got = model.columns();
        if got != expected {
            wrong.push(format!("{rule:?}:\n{}", readable(&got)));
        }
    }
    let size = |n: u16| std::num::NonZeroU16::new(n).expect("a screen has cells");
    let mut parser = vt100::Parser::new(size(rows), size(cols), 0);
    parser.process(bytes);
    let got = vt100_columns(&parser, cols, rows);
    if got != expected {
        wrong.push(format!("vt100:\n{}", readable(&got)));
    }
    wrong
}

/// Draws each frame of `frames` (rows of text) in turn on `backend`, the second and later
/// as diffs, and returns the bytes and the last buffer's column map.
fn replay_frames<B: Backend>(
    backend: B,
    tape: &Tape,
    frames: &[Vec<&str>],
    cols: u16,
    rows: u16,
) -> (Vec<u8>, Vec<Vec<String>>) {
    let mut terminal = terminal(backend, cols, rows);
    let mut last = Vec::new();
    for frame in frames {
        let completed = terminal
            .draw(|f| {
                for (y, row) in frame.iter().enumerate() {
                    f.buffer_mut()
                        .set_string(0, y as u16, row, ratatui::style::Style::default());
                }
            })
            .unwrap();
        last = buffer_columns(completed.buffer);
    }
    (tape.bytes(), last)
}

fn steady_replay(frames: &[Vec<&str>], cols: u16, rows: u16) -> Vec<String> {
    let tape = Tape::default();
    let backend = SteadyBackend::new(CrosstermBackend::new(tape.clone()));
    let (bytes, expected) = replay_frames(backend, &tape, frames, cols, rows);
    mismatches(&bytes, &expected, cols, rows)
}

const HEARTS_BEFORE: &str = "one two three four five six";
const HEARTS_AFTER: &str = "❤️ a ❤️❤️ b ☀️ 1️⃣ c ❤️ end";

/// The case: a row of text scrolled away under a row of hearts, sun and keycap.
#[test]
fn a_row_of_vs16_emoji_drawn_as_a_diff_reads_the_same_on_both_kinds_of_terminal() {
    let frames = [
        vec![HEARTS_BEFORE, "plain"],
        vec![HEARTS_AFTER, HEARTS_BEFORE],
    ];
    let wrong = steady_replay(&frames, 32, 2);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// ratatui's own backend drifts on a two-wide terminal: the models can tell, so the test
/// above would fail without the steadied backend.
#[test]
fn the_unsteadied_backend_drifts_where_vs16_is_drawn_two_wide() {
    let frames = [
        vec![HEARTS_BEFORE, "plain"],
        vec![HEARTS_AFTER, HEARTS_BEFORE],
    ];
    let tape = Tape::default();
    let backend = CrosstermBackend::new(tape.clone());
    let (bytes, expected) = replay_frames(backend, &tape, &frames, 32, 2);
    let wrong = mismatches(&bytes, &expected, 32, 2);
    assert!(
        wrong.iter().any(|w| w.starts_with("Wide")) && wrong.iter().any(|w| w.starts_with("vt100")),
        "{wrong:?}"
    );
}

/// A linked emoji (the reader wraps its cell in an OSC 8 escape and forces its width).
#[test]
fn a_linked_vs16_emoji_keeps_its_row_in_place() {
    let cols = 12;
    let tape = Tape::default();
    let backend = SteadyBackend::new(CrosstermBackend::new(tape.clone()));
    let mut terminal = terminal(backend, cols, 1);
    let mut expected = Vec::new();
    for text in ["abcdefghijkl", "x❤️yz❤️ok"] {
        let completed = terminal
            .draw(|f| {
                let buffer = f.buffer_mut();
                buffer.set_string(0, 0, text, ratatui::style::Style::default());
                for x in 0..cols {
                    let cell = &mut buffer[(x, 0)];
                    if cell.symbol().contains('\u{FE0F}') {
                        let symbol = format!(
                            "\x1b]8;;https://a.example/\x07{}\x1b]8;;\x07",
                            cell.symbol()
                        );
                        cell.set_symbol(&symbol);
                        cell.set_diff_option(CellDiffOption::ForcedWidth(2.try_into().unwrap()));
                    }
                }
            })
            .unwrap();
        expected = buffer_columns(completed.buffer);
    }
    let wrong = mismatches(&tape.bytes(), &expected, cols, 1);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Graphemes the models agree on how to draw: ASCII, CJK, a plain emoji, a combining
/// accent, text presentation (VS15), and the VS16 sequences they disagree about.
const PIECES: &[&str] = &[
    "a", "b", "c", " ", "日", "本", "😀", "e\u{301}", "❤︎", "❤️", "☀️", "1️⃣", "✔️",
];

fn row() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..14).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any sequence of frames of such text, drawn as diffs, leaves every model showing the
    /// buffer.
    #[test]
    fn any_frames_of_mixed_emoji_read_the_same_on_every_terminal(
        frames in proptest::collection::vec(proptest::collection::vec(row(), 3), 1..5)
    ) {
        let frames: Vec<Vec<&str>> = frames
            .iter()
            .map(|rows| rows.iter().map(String::as_str).collect())
            .collect();
        let wrong = steady_replay(&frames, 16, 3);
        prop_assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}

const EMOJI_ARTICLE: &str = "# Hearts\n\n\
Opening words that scroll away first, with nothing unusual in them at all, \
just plain words filling a line or two.\n\n\
Readers sent ❤️ ❤️ and ❤️❤️ to the team, with ☀️ for the weather and 1️⃣ for first place; \
more ❤️ hearts ☀️ followed, and 2️⃣ then 3️⃣ came in with ✔️ marks and ❤️ again.\n\n\
Plain closing words after the emoji, long enough to wrap across the pane, so that \
scrolling moves them under the rows that held the hearts.\n\n\
More plain words. More plain words. More plain words. More plain words.\n";

fn emoji_reader(width: u16, height: u16) -> State {
    let article = Article::from_text("hearts.md", EMOJI_ARTICLE).unwrap();
    common::reader(Document::new(article, Vec::new()), width, height)
}

/// The reader itself, scrolled line by line: every frame's bytes through the steadied
/// backend leave each model showing what the TestBackend shows.
#[test]
fn the_reader_scrolled_over_emoji_rows_reads_the_same_on_both_kinds_of_terminal() {
    let (cols, rows) = (60, 12);
    let mut state = emoji_reader(cols, rows);
    let tape = Tape::default();
    let backend = SteadyBackend::new(CrosstermBackend::new(tape.clone()));
    let mut terminal = terminal(backend, cols, rows);
    for step in 0..12 {
        terminal
            .draw(|frame| counterpoint::ui::draw(frame, &state))
            .unwrap();
        let expected = buffer_columns(&drawn(&state));
        let wrong = mismatches(&tape.bytes(), &expected, cols, rows);
        assert!(wrong.is_empty(), "step {step}:\n{}", wrong.join("\n"));
        apply(&mut state, &[LineDown]);
    }
}

/// The scrolled screen on the TestBackend: the emoji take two columns each, as the wrap
/// measured them, and the text after them stays in its columns.
#[test]
fn a_scrolled_row_of_vs16_and_keycap_emoji() {
    let mut state = emoji_reader(60, 12);
    apply(&mut state, &[LineDown, LineDown, LineDown, LineDown]);
    let lines = buffer_lines(&drawn(&state));
    let text = lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("scrolled_emoji_rows", text);
    assert!(text.contains("Readers sent ❤️ ❤️ and ❤️❤️"), "{text}");
}

/// The binary itself in a pseudo-terminal, scrolled over the emoji rows: its bytes leave
/// the two-wide model, the one-wide model and vt100 showing the same screen.
#[test]
fn the_binary_scrolled_over_emoji_rows_draws_the_same_screen_on_every_terminal() {
    let dir = common::files::scratch("emoji-rows");
    let article = common::files::write(&dir, "hearts.md", EMOJI_ARTICLE);
    let (cols, rows) = (60, 12);
    let mut session = common::pty::Session::start(&[&article], cols, rows);
    session.wait_text("Readers sent");
    for _ in 0..6 {
        session.press("j");
        std::thread::sleep(std::time::Duration::from_millis(60));
    }
    session.wait_for("the emoji rows scrolled to the top", |screen| {
        screen.lines().next().is_some_and(|row| row.contains('❤'))
    });
    // A last key, so the frame before it has surely been written whole.
    session.press("j");
    session.wait_for("the next line", |screen| {
        !screen
            .lines()
            .next()
            .is_some_and(|row| row.contains("Readers sent"))
    });
    let bytes = session.raw_output();
    let screens: Vec<Vec<Vec<String>>> = [Vs16::Wide, Vs16::Narrow]
        .into_iter()
        .map(|rule| {
            let mut model = Model::new(rule, usize::from(cols), usize::from(rows));
            model.feed(&bytes);
            model.columns()
        })
        .collect();
    assert!(
        screens[0].iter().flatten().any(|c| c.contains('❤')),
        "{}",
        readable(&screens[0])
    );
    assert_eq!(
        screens[0],
        screens[1],
        "\n{}\n\n{}",
        readable(&screens[0]),
        readable(&screens[1])
    );
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    let mut parser = vt100::Parser::new(size(rows), size(cols), 0);
    parser.process(&bytes);
    assert_eq!(vt100_columns(&parser, cols, rows), screens[1]);
}
