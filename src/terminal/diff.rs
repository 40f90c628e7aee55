//! Which cells of a frame to write: the cells that differ from the last frame
//! ([`changes`]) or from a blank screen ([`on_blank`]), exactly as ratatui's diff gives
//! them, each with its symbol read once for the writer ([`super::cells::Run`]).
//!
//! ratatui's diff (`Buffer::diff`, ratatui-core 0.1.2's `BufferDiff`) compares every cell
//! through `Cell::eq` and finds each changed cell's column and row by a division: on a
//! 120×40 frame that was about 200 instructions a cell, a third of a key's frame. [`changes`]
//! compares the styles first and a one-byte symbol by its byte, and follows the row as the
//! index moves ([`Places`]); property tests hold its cells equal to ratatui's for any two
//! buffers of wide, emoji, skipped, always updated and forced-width cells.
//!
//! The first frame goes onto a blank screen, where every cell that is not blank is new:
//! [`on_blank`] gives those cells without ratatui's diff against an empty buffer (a
//! comparison and a width for every cell), in the diff's own order.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::{Color, Modifier};

/// A cell to write: its column and row (zero-based, the buffer's area's origin added), the
/// cell, and its symbol (`cell.symbol()`, read once by the diff that found the cell).
pub type Update<'a> = (u16, u16, &'a Cell, &'a str);

/// The modifiers a terminal shows on a blank cell (ratatui-core's `VISIBLE_ON_BLANK`).
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The cells of `buffer` that differ from a blank screen, with their columns and rows
/// (zero-based, the buffer's area's origin added), exactly as ratatui's diff of an empty
/// buffer against `buffer` gives them (`Buffer::diff`, ratatui-core 0.1.2's
/// `BufferDiff`): skipped cells left out, a wide grapheme's trailing columns passed over
/// (those of an emoji with U+FE0F given when not blank), a forced width obeyed. A
/// property test holds the two equal for any cells. A one-byte symbol is one column wide,
/// so most cells cost a byte's test, not a width.
pub(super) fn on_blank(buffer: &Buffer) -> Vec<Update<'_>> {
    let cells = buffer.content.as_slice();
    let area = buffer.area;
    let width = usize::from(area.width).max(1);
    let place = |i: usize| {
        let x = (i % width) as u16 + area.x;
        let y = (i / width) as u16 + area.y;
        (x, y)
    };
    // `Cell::eq` with an empty cell, the styles first: the theme's blanks are coloured.
    let blank = |cell: &Cell| {
        let symbol = cell.symbol();
        symbol.as_bytes() == b" " && same(cell, symbol, &Cell::EMPTY, " ")
    };
    let mut out = Vec::with_capacity(cells.len());
    let mut i = 0;
    while i < cells.len() {
        let at = i;
        let cell = &cells[at];
        i += 1;
        if skipped(cell) {
            continue;
        }
        match cell.diff_option {
            CellDiffOption::ForcedWidth(w) => {
                i = i.saturating_add(usize::from(w.get() - 1));
                if *cell != Cell::EMPTY {
                    let (x, y) = place(at);
                    out.push((x, y, cell, cell.symbol()));
                }
            }
            option => {
                let symbol = cell.symbol();
                if symbol.len() == 1 {
                    if option == CellDiffOption::AlwaysUpdate || !blank(cell) {
                        let (x, y) = place(at);
                        out.push((x, y, cell, symbol));
                    }
                    continue;
                }
                // Not one byte: never blank.
                let (x, y) = place(at);
                out.push((x, y, cell, symbol));
                let columns = usize::from(cell.cell_width());
                if columns > 1 && symbol.contains('\u{FE0F}') {
                    // An emoji's trailing columns: each that is not blank, stepping over
                    // wide ones, as the diff's trailing state does.
                    let mut end = (at + columns).min(cells.len());
                    let mut next = at + 1;
                    while next < end {
                        let trailing = &cells[next];
                        let j = next;
                        next += usize::from(trailing.cell_width().max(1));
                        end = end.max(next).min(cells.len());
                        let trailing_symbol = trailing.symbol();
                        if !skipped(trailing) && trailing_symbol != " " {
                            let (x, y) = place(j);
                            out.push((x, y, trailing, trailing_symbol));
                        }
                    }
                    i = end;
                } else if columns > 1 {
                    i += columns - 1;
                }
            }
        }
    }
    out
}

/// Whether the diff leaves `cell` out (ratatui-core's `is_skip`).
fn skipped(cell: &Cell) -> bool {
    #[allow(deprecated)]
    let old_skip = cell.skip;
    cell.diff_option == CellDiffOption::Skip
        || (old_skip && cell.diff_option == CellDiffOption::None)
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
pub(super) fn changes<'a>(last: &Buffer, next: &'a Buffer) -> Vec<Update<'a>> {
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
struct Places {
    area: ratatui::layout::Rect,
    /// The buffer's width in cells (at least 1).
    width: usize,
    /// The index of the first cell of row `row` (counted from the area's top).
    start: usize,
    row: u16,
}

impl Places {
    /// Places in a buffer of `area`, from its first cell.
    fn new(area: ratatui::layout::Rect) -> Places {
        Places {
            area,
            width: usize::from(area.width).max(1),
            start: 0,
            row: 0,
        }
    }

    /// The column and row of cell `i` (zero-based, the area's origin added), as
    /// `(i % width + x, i / width + y)`. `i` must not be below an index asked before.
    fn at(&mut self, i: usize) -> (u16, u16) {
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
fn same(cell: &Cell, symbol: &str, before: &Cell, before_symbol: &str) -> bool {
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
pub(super) mod tests {
    use super::*;
    use crate::terminal::cells::tests::{frame_buffer, frame_cell};
    use proptest::prelude::*;
    use ratatui::layout::Rect;

    /// Two buffers of one area: the second often the first with a few cells changed.
    pub(crate) fn pair() -> impl Strategy<Value = (Buffer, Buffer)> {
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

    }

    proptest! {
        #[test]
        fn a_blank_screen_gets_the_cells_ratatui_s_diff_gives(buffer in frame_buffer()) {
            let theirs = Buffer::empty(buffer.area).diff(&buffer);
            let ours = on_blank(&buffer);
            // Each cell's symbol is carried with it, as the cell has it.
            prop_assert!(ours.iter().all(|&(_, _, cell, symbol)| symbol == cell.symbol()));
            let ours: Vec<_> = ours.into_iter().map(|(x, y, cell, _)| (x, y, cell)).collect();
            prop_assert_eq!(ours, theirs);
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
}
