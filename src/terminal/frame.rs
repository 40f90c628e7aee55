//! Drawing the reader's frames: ratatui's `Terminal::draw`, with the frame compared to the
//! last one by our own diff (the cells ratatui's would give, for fewer instructions) and
//! the last frame kept by the backend, which knows what the terminal shows.
//!
//! ratatui's diff (`Buffer::diff`, ratatui-core 0.1.2's `BufferDiff`) compares every cell
//! through `Cell::eq` and finds each changed cell's column and row by a division: on a
//! 120×40 frame that was about 200 instructions a cell, a third of a key's frame. [`changes`]
//! compares the styles first and a one-byte symbol by its byte; a property test holds
//! its cells equal to ratatui's for any two buffers of wide, emoji, skipped, always
//! updated and forced-width cells, and another the bytes [`draw`] writes equal to
//! `Terminal::draw`'s over a run of frames.
//!
//! [`draw`] draws in the two buffers ratatui's `Terminal` makes: no third for the frame
//! shown.

use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::{Color, Modifier};

use super::backend::{Shown, SteadyBackend};
use super::cells::{Update, on_blank, skipped};

/// The modifiers a terminal shows on a blank cell (ratatui-core's `VISIBLE_ON_BLANK`).
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// Draws a frame as [`Terminal::draw`] does and writes the same bytes: `render` fills the
/// frame; the cells that differ from what the terminal shows (the backend's last frame;
/// on a blank screen the cells that are not blank, [`on_blank`]; after cells written some
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

/// The cells of `next` that differ from `last` (buffers of one area), with their columns
/// and rows (zero-based, the area's origin added), exactly as ratatui's
/// `last.diff(next)` gives them: skipped cells left out, a wide grapheme's trailing
/// columns passed over (those of an emoji with U+FE0F given when their symbol changed),
/// the columns a wide grapheme left behind given again when its style shows on blanks, a
/// forced width obeyed.
///
/// # Panics
/// Never on buffers ratatui itself diffs; where ratatui's diff would index past the end
/// (a wide grapheme replaced in the last cell), this stops at the end.
pub fn changes<'a>(last: &Buffer, next: &'a Buffer) -> Vec<Update<'a>> {
    let (old, new) = (last.content.as_slice(), next.content.as_slice());
    let len = old.len().min(new.len());
    let mut place = Places::new(next.area);
    let mut out = Vec::new();
    let mut i = 0;
    while i < len {
        let at = i;
        let (cell, before) = (&new[at], &old[at]);
        i += 1;
        if skipped(cell) {
            continue;
        }
        if let CellDiffOption::ForcedWidth(w) = cell.diff_option {
            i = i.saturating_add(usize::from(w.get() - 1));
            if cell != before {
                let (x, y) = place.at(at);
                out.push((x, y, cell, cell.symbol()));
            }
            continue;
        }
        let symbol = cell.symbol();
        let columns = if symbol.len() == 1 {
            1
        } else {
            usize::from(symbol.cell_width())
        };
        // Read once: `same` compares it, and a changed cell's width needs it.
        let before_symbol = before.symbol();
        if cell.diff_option == CellDiffOption::None && same(cell, symbol, before, before_symbol) {
            i += columns.saturating_sub(1);
            continue;
        }
        let (x, y) = place.at(at);
        out.push((x, y, cell, symbol));
        if columns > 1 && symbol.contains('\u{FE0F}') {
            i = trailing(
                new,
                old,
                at + 1,
                (at + columns).min(len),
                false,
                &mut out,
                &mut place,
            );
        } else if columns > 1 {
            i += columns - 1;
        } else {
            // Measured only here: most cells replace a one-byte symbol, one column wide.
            let before_columns = columns_of(before, before_symbol);
            if before_columns > columns
                && (before.bg != Color::Reset || before.modifier.intersects(VISIBLE_ON_BLANK))
            {
                i = trailing(
                    new,
                    old,
                    at + 1,
                    (at + before_columns).min(len),
                    true,
                    &mut out,
                    &mut place,
                );
            }
        }
    }
    out
}

/// `cell.cell_width()` as a count of columns (`symbol` is its symbol), a one-byte
/// symbol's 1 without measuring it.
fn columns_of(cell: &Cell, symbol: &str) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => usize::from(w.get()),
        _ => {
            if symbol.len() == 1 {
                1
            } else {
                usize::from(symbol.cell_width())
            }
        }
    }
}

/// The column and row of a buffer's cells by their index, for indices that never go
/// back (the diff's order): the row is followed as the index moves, so a changed cell's
/// place costs a comparison, not a division.
pub(super) struct Places {
    area: ratatui::layout::Rect,
    /// The buffer's width in cells (at least 1).
    width: usize,
    /// The index of the first cell of row `row` (counted from the area's top).
    start: usize,
    row: u16,
}

impl Places {
    /// Places in a buffer of `area`, from its first cell.
    pub(super) fn new(area: ratatui::layout::Rect) -> Places {
        Places {
            area,
            width: usize::from(area.width).max(1),
            start: 0,
            row: 0,
        }
    }

    /// The column and row of cell `i` (zero-based, the area's origin added), as
    /// `(i % width + x, i / width + y)`. `i` must not be below an index asked before.
    pub(super) fn at(&mut self, i: usize) -> (u16, u16) {
        debug_assert!(i >= self.start, "places are asked for in order");
        if i - self.start >= self.width {
            let rows = (i - self.start) / self.width;
            self.start += rows * self.width;
            self.row = self.row.wrapping_add(rows as u16);
        }
        let x = (i - self.start) as u16;
        (
            x.wrapping_add(self.area.x),
            self.row.wrapping_add(self.area.y),
        )
    }
}

/// `Cell::eq` for `cell` (whose symbol is `symbol`) and `before` (whose symbol is
/// `before_symbol`): the styles first, then the symbols (an empty cell's is a space), a
/// one-byte symbol by its byte.
pub(super) fn same(cell: &Cell, symbol: &str, before: &Cell, before_symbol: &str) -> bool {
    #[allow(deprecated)]
    let skips = cell.skip == before.skip;
    if !(cell.fg == before.fg
        && cell.bg == before.bg
        && cell.modifier == before.modifier
        && cell.underline_color == before.underline_color
        && cell.diff_option == before.diff_option
        && skips)
    {
        return false;
    }
    let (a, b) = (symbol.as_bytes(), before_symbol.as_bytes());
    match (a, b) {
        ([a], [b]) => a == b,
        _ => a == b,
    }
}

/// The trailing columns `from..end` of a wide grapheme, as ratatui's diff's trailing
/// state gives them: each not skipped whose symbol changed (or every one, `force`),
/// stepping over wide cells, which may carry `end` on (never past the buffers). Returns
/// where the diff goes on.
fn trailing<'a>(
    new: &'a [Cell],
    old: &[Cell],
    from: usize,
    mut end: usize,
    force: bool,
    out: &mut Vec<Update<'a>>,
    place: &mut Places,
) -> usize {
    let len = old.len().min(new.len());
    let mut next = from;
    while next < end {
        let j = next;
        next += usize::from(new[j].cell_width().max(1));
        end = end.max(next).min(len);
        let symbol = new[j].symbol();
        if !skipped(&new[j]) && (force || old[j].symbol() != symbol) {
            let (x, y) = place.at(j);
            out.push((x, y, &new[j], symbol));
        }
    }
    end.max(from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminal::cells::tests::{Tape, frame_buffer, frame_cell};
    use proptest::prelude::*;
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;

    /// Two buffers of one area: the second often the first with a few cells changed.
    fn pair() -> impl Strategy<Value = (Buffer, Buffer)> {
        frame_buffer().prop_flat_map(|last| {
            let n = last.content.len();
            let edits = prop::collection::vec((0..n, frame_cell()), 0..6);
            let fresh = prop::collection::vec(frame_cell(), n);
            (Just(last), edits, fresh, any::<bool>()).prop_map(|(last, edits, fresh, edit)| {
                let mut next = last.clone();
                if edit {
                    for (at, cell) in edits {
                        next.content[at] = cell;
                    }
                } else {
                    next.content = fresh;
                }
                (last, next)
            })
        })
    }

    /// Whether ratatui's diff would index past the end: a grapheme wider than one column
    /// in `last`'s final cell, replaced by a narrower one whose style shows on blanks.
    fn ratatui_would_panic(last: &Buffer) -> bool {
        last.content.last().is_some_and(|c| c.cell_width() > 1)
    }

    proptest! {
        #[test]
        fn the_changed_cells_are_those_ratatui_s_diff_gives((last, next) in pair()) {
            prop_assume!(!ratatui_would_panic(&last));
            let ours = changes(&last, &next);
            // Each cell's symbol is carried with it, as the cell has it.
            prop_assert!(ours.iter().all(|&(_, _, cell, symbol)| symbol == cell.symbol()));
            let ours: Vec<_> = ours.into_iter().map(|(x, y, cell, _)| (x, y, cell)).collect();
            prop_assert_eq!(ours, last.diff(&next));
        }

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

    proptest! {
        #[test]
        fn places_followed_in_order_are_those_a_division_gives(
            (x, y, width) in (0u16..300, 0u16..300, 1u16..200),
            steps in prop::collection::vec(0usize..700, 0..40),
        ) {
            let area = Rect::new(x, y, width, 60);
            let mut places = Places::new(area);
            let mut i = 0;
            for step in steps {
                i += step;
                let w = usize::from(width);
                let expected = ((i % w) as u16 + x, (i / w) as u16 + y);
                prop_assert_eq!(places.at(i), expected, "cell {}", i);
            }
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
