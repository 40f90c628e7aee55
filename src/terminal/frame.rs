//! Drawing the reader's frames: ratatui's `Terminal::draw`, with the frame compared to the
//! last one by our own diff (`terminal/diff`: the cells ratatui's would give, for fewer
//! instructions) and the last frame kept by the backend, which knows what the terminal
//! shows. A property test holds the bytes [`draw`] writes equal to `Terminal::draw`'s over
//! a run of frames.
//!
//! [`draw`] draws in the two buffers ratatui's `Terminal` makes: no third for the frame
//! shown.

use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;

use super::backend::{Shown, SteadyBackend};
use super::diff::{changes, on_blank};

/// Draws a frame as [`Terminal::draw`] does and writes the same bytes: `render` fills the
/// frame; the cells that differ from what the terminal shows (the backend's last frame;
/// on a blank screen the cells that are not blank, `diff::on_blank`; after cells written some
/// other way, the screen is cleared first) are written; the cursor is hidden and the
/// backend flushed. The frame is then the backend's last frame, and the terminal's
/// buffer is the one before it, emptied for the next `render` (after the first frame or
/// a clear, ratatui's other buffer, see [`spare`]): two buffers of the screen's size in
/// all, as ratatui's own drawing holds.
///
/// A terminal drawn this way keeps its own last frame with no cells: do not mix in
/// `Terminal::draw`, whose diff then finds nothing to compare with, and whose writes are
/// taken as unknown (a clear and a whole frame next time).
///
/// The cursor stays hidden: a position `render` gives the frame is not seen here (ratatui
/// keeps it private), and the reader never gives one.
///
/// # Errors
/// The backend's, as `draw` returns them.
pub fn draw<B>(
    terminal: &mut Terminal<SteadyBackend<B>>,
    render: impl FnOnce(&mut ratatui::Frame),
) -> Result<(), B::Error>
where
    B: Backend + Write,
    B::Error: From<io::Error>,
{
    terminal.autoresize()?;
    let area = terminal.get_frame().area();
    let current = terminal.current_buffer_mut();
    if current.area != area || current.content.len() != area.area() as usize {
        // Left with no cells by `Terminal::draw` drawing after a frame of ours (below).
        *current = Buffer::empty(area);
    }
    render(&mut terminal.get_frame());
    let frame = std::mem::take(terminal.current_buffer_mut());
    let backend = terminal.backend_mut();
    let shown = std::mem::replace(&mut backend.shown, Shown::Unknown);
    let (written, last) = match shown {
        Shown::Frame(last) if last.area == frame.area => {
            (backend.draw_cells(&changes(&last, &frame)), Some(last))
        }
        Shown::Blank => (backend.draw_cells(&on_blank(&frame)), None),
        Shown::Frame(_) | Shown::Unknown => {
            let cleared = backend.clear();
            backend.shown = Shown::Unknown;
            let written = cleared.and_then(|()| backend.draw_cells(&on_blank(&frame)));
            (written, None)
        }
    };
    // The next frame is rendered into the last one's cells, emptied (as ratatui's
    // `swap_buffers` empties its other buffer).
    if let Some(mut next) = last {
        next.reset();
        *terminal.current_buffer_mut() = next;
    } else {
        spare(terminal, frame.area);
    }
    written?;
    terminal.backend_mut().shown = Shown::Frame(frame);
    terminal.hide_cursor()?;
    terminal.backend_mut().flush()
}

/// Makes the terminal's current buffer an empty one of `area` for the next frame when no
/// last frame can be reused (the first frame, or one after a clear): ratatui's
/// `Terminal` makes two buffers of the screen's size, and [`draw`] renders into one of
/// them only, so the other (its "previous" buffer, which ratatui resizes with the screen
/// and our diff never reads) is taken, emptied, instead of a third made. On the first
/// screen that saves a 4,800-cell buffer of 230 KB at 120×40: its allocation, the cells
/// written into it (0.12 M instructions) and some 56 page faults.
fn spare<B>(terminal: &mut Terminal<SteadyBackend<B>>, area: ratatui::layout::Rect)
where
    B: Backend + Write,
    B::Error: From<io::Error>,
{
    // `swap_buffers` empties the buffer we leave (the frame just taken, already empty)
    // and makes the other current. Drawn only by [`draw`], that one is empty: made so by
    // ratatui, or resized from nothing with the screen. After `Terminal::draw` it may
    // hold a frame, and is emptied.
    let dirty = terminal.backend().foreign;
    // The buffer left behind has no cells: `Terminal::draw`, if it drew next, would find
    // nothing to compare with (its diff asks for the same origin and width) and write
    // no cell; the frame after it is one of ours, which clears and draws all.
    *terminal.current_buffer_mut() = Buffer {
        area: ratatui::layout::Rect { height: 0, ..area },
        content: Vec::new(),
    };
    terminal.swap_buffers();
    let next = terminal.current_buffer_mut();
    if next.area == area && next.content.len() == area.area() as usize {
        if dirty {
            next.reset();
        }
    } else {
        *next = Buffer::empty(area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminal::cells::tests::Tape;
    use crate::terminal::diff::tests::pair;
    use proptest::prelude::*;
    use ratatui::backend::CrosstermBackend;
    use ratatui::buffer::Cell;
    use ratatui::layout::Rect;

    proptest! {
        #[test]
        fn frames_drawn_write_what_terminal_draw_writes(
            frames in prop::collection::vec(pair(), 1..4),
        ) {
            let frames: Vec<Buffer> = frames
                .into_iter()
                .flat_map(|(a, b)| [a, b])
                .collect();
            // The screen's last column is never painted, so ratatui's diff never meets a
            // wide grapheme in the screen's last cell.
            let width = frames.iter().map(|f| f.area.right()).max().unwrap_or(0) + 2;
            let height = frames.iter().map(|f| f.area.bottom()).max().unwrap_or(0) + 1;
            let run = |ours: bool| {
                let tape = Tape::default();
                let steady = SteadyBackend::new(CrosstermBackend::new(tape.clone()));
                let viewport = ratatui::Viewport::Fixed(Rect::new(0, 0, width, height));
                let mut terminal =
                    Terminal::with_options(steady, ratatui::TerminalOptions { viewport })
                        .unwrap();
                let mut each = Vec::new();
                for source in &frames {
                    let paint = |frame: &mut ratatui::Frame| {
                        let screen = Rect { width: width - 1, ..frame.area() };
                        let area = source.area.intersection(screen);
                        for y in area.top()..area.bottom() {
                            for x in area.left()..area.right() {
                                frame.buffer_mut()[(x, y)] = source[(x, y)].clone();
                            }
                        }
                    };
                    if ours {
                        draw(&mut terminal, paint).unwrap();
                    } else {
                        terminal.draw(paint).unwrap();
                    }
                    each.push(tape.0.borrow().len());
                }
                let bytes = tape.0.borrow().clone();
                (String::from_utf8_lossy(&bytes).into_owned(), each)
            };
            prop_assert_eq!(run(true), run(false));
        }
    }

    /// Where a buffer's cells are: tells buffers apart without comparing them.
    fn cells_at(buffer: &Buffer) -> *const Cell {
        buffer.content.as_ptr()
    }

    #[test]
    fn frames_are_drawn_in_the_terminal_s_two_buffers_and_no_third_is_made() {
        let steady = SteadyBackend::new(CrosstermBackend::new(Tape::default()));
        let viewport = ratatui::Viewport::Fixed(Rect::new(0, 0, 7, 2));
        let mut terminal =
            Terminal::with_options(steady, ratatui::TerminalOptions { viewport }).unwrap();
        // ratatui's two buffers (swapping twice leaves them as they were: both empty).
        let first = cells_at(terminal.current_buffer_mut());
        terminal.swap_buffers();
        let spare = cells_at(terminal.current_buffer_mut());
        terminal.swap_buffers();
        let text = |s: &'static str| {
            move |frame: &mut ratatui::Frame| {
                frame.render_widget(ratatui::text::Text::raw(s), frame.area())
            }
        };
        draw(&mut terminal, text("one")).unwrap();
        // The first frame is kept as the one shown; the next is drawn in the spare, empty.
        assert_eq!(cells_at(terminal.current_buffer_mut()), spare);
        assert_eq!(
            *terminal.current_buffer_mut(),
            Buffer::empty(Rect::new(0, 0, 7, 2))
        );
        draw(&mut terminal, text("two")).unwrap();
        assert_eq!(cells_at(terminal.current_buffer_mut()), first);
        draw(&mut terminal, text("three")).unwrap();
        assert_eq!(cells_at(terminal.current_buffer_mut()), spare);
        assert!(
            terminal
                .current_buffer_mut()
                .content
                .iter()
                .all(|c| *c == Cell::EMPTY)
        );
    }

    /// Draws `texts` in turn, the screen cleared as a resize clears it before the frames
    /// in `clear_before`, and by ratatui's own `Terminal::draw` for the frames in
    /// `theirs`; returns, for each frame of ours, the screen the bytes so far leave.
    fn screens(
        texts: &[&'static str],
        clear_before: &[usize],
        theirs: &[usize],
    ) -> Vec<Vec<String>> {
        let tape = Tape::default();
        let steady = SteadyBackend::new(CrosstermBackend::new(tape.clone()));
        let viewport = ratatui::Viewport::Fixed(Rect::new(0, 0, 9, 2));
        let mut terminal =
            Terminal::with_options(steady, ratatui::TerminalOptions { viewport }).unwrap();
        let mut shown = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            if clear_before.contains(&i) {
                terminal
                    .backend_mut()
                    .clear_region(ratatui::backend::ClearType::All)
                    .unwrap();
            }
            let paint = |frame: &mut ratatui::Frame| {
                frame.render_widget(ratatui::text::Text::raw(*text), frame.area())
            };
            if theirs.contains(&i) {
                terminal.draw(paint).unwrap();
            } else {
                draw(&mut terminal, paint).unwrap();
                shown.push(vt100_screen(&String::from_utf8_lossy(&tape.0.borrow())));
            }
        }
        shown
    }

    #[test]
    fn frames_after_a_clear_or_ratatui_s_own_draw_start_from_an_empty_buffer() {
        let texts = ["a long one\nsecond", "b", "c row\nx", "dd", "e"];
        let screen = |text: &str| {
            let mut rows: Vec<String> = text.lines().map(|l| format!("{l:9.9}")).collect();
            rows.resize(2, " ".repeat(9));
            rows
        };
        // The frame after a clear, after `Terminal::draw`, both, a clear at every frame:
        // each frame of ours shows its text alone (a buffer left with another frame's
        // cells would leave "long" or "row" behind).
        for (clears, theirs) in [
            (&[][..], &[][..]),
            (&[2][..], &[][..]),
            (&[0, 1, 2, 3, 4][..], &[][..]),
            (&[][..], &[0][..]),
            (&[][..], &[2][..]),
            (&[3][..], &[2][..]),
            (&[1, 3][..], &[0, 2][..]),
        ] {
            let ours: Vec<_> = (0..texts.len()).filter(|i| !theirs.contains(i)).collect();
            let expected: Vec<_> = ours.iter().map(|&i| screen(texts[i])).collect();
            assert_eq!(
                screens(&texts, clears, theirs),
                expected,
                "clears {clears:?}, theirs {theirs:?}"
            );
        }
    }

    /// The text a run of bytes leaves on a 9×2 screen (only the cursor moves, printable
    /// bytes and the clears our frames write are read; colours are left out).
    fn vt100_screen(bytes: &str) -> Vec<String> {
        let mut rows = vec![vec![' '; 9]; 2];
        let (mut x, mut y) = (0usize, 0usize);
        let mut chars = bytes.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\x1b' {
                if y < 2 && x < 9 {
                    rows[y][x] = c;
                }
                x += 1;
                continue;
            }
            // CSI parameters and final byte.
            if chars.next() != Some('[') {
                continue;
            }
            let mut params = String::new();
            let mut last = ' ';
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    last = c;
                    break;
                }
                params.push(c);
            }
            match last {
                'H' => {
                    let mut it = params.split(';').map(|p| p.parse::<usize>().unwrap_or(1));
                    y = it.next().unwrap_or(1) - 1;
                    x = it.next().unwrap_or(1) - 1;
                }
                'J' if params == "2" => rows = vec![vec![' '; 9]; 2],
                'J' => {
                    for (row, cells) in rows.iter_mut().enumerate() {
                        for (column, cell) in cells.iter_mut().enumerate() {
                            if (row, column) >= (y, x) {
                                *cell = ' ';
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        rows.into_iter().map(|r| r.into_iter().collect()).collect()
    }

    #[test]
    fn a_frame_after_cells_written_another_way_clears_the_screen_and_draws_all_of_it() {
        let tape = Tape::default();
        let steady = SteadyBackend::new(CrosstermBackend::new(tape.clone()));
        let viewport = ratatui::Viewport::Fixed(Rect::new(0, 0, 6, 1));
        let mut terminal =
            Terminal::with_options(steady, ratatui::TerminalOptions { viewport }).unwrap();
        let text = |s: &'static str| {
            move |frame: &mut ratatui::Frame| {
                frame.render_widget(ratatui::text::Text::raw(s), frame.area())
            }
        };
        draw(&mut terminal, text("one")).unwrap();
        terminal.draw(text("two")).unwrap();
        let before = tape.0.borrow().len();
        draw(&mut terminal, text("two")).unwrap();
        let bytes = String::from_utf8_lossy(&tape.0.borrow()[before..]).into_owned();
        // Cleared (crossterm's `Clear(All)`), then the whole frame again.
        let clear = bytes.find("\x1b[2J").expect("cleared");
        assert!(bytes[clear..].contains("two"), "{bytes:?}");
        // And the next frame, unchanged, writes no cell.
        let before = tape.0.borrow().len();
        draw(&mut terminal, text("two")).unwrap();
        let bytes = String::from_utf8_lossy(&tape.0.borrow()[before..]).into_owned();
        assert!(!bytes.contains("two"), "{bytes:?}");
    }
}
