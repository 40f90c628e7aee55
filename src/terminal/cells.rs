//! Writing a run of changed cells to the terminal: the bytes ratatui's crossterm backend
//! writes, made with a few instructions a cell instead of a formatted command per cell.
//!
//! `CrosstermBackend::draw` (ratatui-crossterm 0.1) sends every cell's symbol and every
//! cursor move through crossterm's `queue!`, which formats each command through
//! `core::fmt`: on a first frame of 120×40 that is most of the cost of writing it
//! (about 1.1 M instructions of the 8.4 M the first screen takes). A [`Run`] writes
//! the same bytes: a cursor move (`CSI row;col H`) only where a cell does not follow the
//! last one written, the modifier changes and colours as the bytes crossterm's commands
//! format (written directly: they change every few cells, and `core::fmt` cost some 300
//! instructions a change), the symbol copied as it is, and the closing resets. A property
//! test holds it byte for byte equal to the crossterm backend.

use std::io;
#[cfg(test)]
use std::io::Write;

use ratatui::backend::IntoCrossterm;
use ratatui::buffer::Cell;
use ratatui::crossterm::queue;
use ratatui::crossterm::style::{
    Attribute, Color as CrosstermColor, Colored, Colors, SetAttribute, SetBackgroundColor,
    SetColors, SetForegroundColor, SetUnderlineColor,
};
use ratatui::style::{Color, Modifier};

/// Writes `cells` (column, row, cell; zero-based, in the order the diff gives them) to
/// `w` as ratatui's crossterm backend draws them, ending with the colours and attributes
/// reset: made in memory, then handed to `w` in one write. One [`Run`] over the cells; the
/// backend writes its runs itself, and the tests hold this to crossterm's bytes.
///
/// # Errors
/// What writing to `w` returns.
#[cfg(test)]
pub fn write_cells<'a, W, I>(w: &mut W, cells: I) -> io::Result<()>
where
    W: Write,
    I: Iterator<Item = (u16, u16, &'a Cell)>,
{
    let mut out = Vec::with_capacity(cells.size_hint().0 * 2 + 32);
    escapes(&mut out, cells)?;
    w.write_all(&out)
}

/// The bytes of [`write_cells`], appended to `w`.
#[cfg(test)]
fn escapes<'a, I>(w: &mut Vec<u8>, cells: I) -> io::Result<()>
where
    I: Iterator<Item = (u16, u16, &'a Cell)>,
{
    let mut run = Run::new();
    for (x, y, cell) in cells {
        run.cell(w, x, y, cell, cell.symbol())?;
    }
    run.end(w)
}

/// A run of cells being written as ratatui's crossterm backend writes one `draw`: what
/// the terminal's colours, attributes and cursor are after the cells written so far, so
/// that the next cell sends only what changes. [`Run::end`] resets the colours and
/// attributes, as the backend does at the end of its `draw`.
pub(super) struct Run {
    /// crossterm writes no colours at all under NO_COLOR (its memoized check); the
    /// commands themselves are then used, so the bytes stay the same.
    plain: bool,
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
    /// Where the terminal's cursor is after the last cell written (column, row): the
    /// next cell there needs no move. A column past 65,535 (the crossterm backend's
    /// `checked_add` failing) and the start match no cell.
    cursor: (u32, u16),
    /// Whether any cell was written since the run began.
    pub(super) written: bool,
}

impl Run {
    /// A run with nothing written yet: default colours, no attributes, the cursor unknown.
    #[inline]
    pub(super) fn new() -> Run {
        Run {
            plain: Colored::ansi_color_disabled_memoized(),
            fg: Color::Reset,
            bg: Color::Reset,
            underline: Color::Reset,
            modifier: Modifier::empty(),
            cursor: (u32::MAX, 0),
            written: false,
        }
    }

    /// Appends to `w` what writing `cell` (whose symbol is `symbol`) at column `x`, row `y`
    /// (zero-based) sends: a cursor move unless the cursor is there, the attribute and
    /// colour changes, the symbol.
    ///
    /// # Errors
    /// Never, in fact: crossterm's commands (under NO_COLOR) are queued into memory.
    ///
    /// Inlined: it is called for every changed cell, from the backend's generic drawing,
    /// which is made in the crate that draws (as a call it cost some 30 instructions a
    /// cell more).
    #[inline(always)]
    pub(super) fn cell(
        &mut self,
        w: &mut Vec<u8>,
        x: u16,
        y: u16,
        cell: &Cell,
        symbol: &str,
    ) -> io::Result<()> {
        self.written = true;
        if (u32::from(x), y) != self.cursor {
            move_to(w, x, y);
        }
        self.cursor = (u32::from(x) + 1, y);
        if cell.modifier != self.modifier {
            modifier_change(w, self.modifier, cell.modifier);
            self.modifier = cell.modifier;
        }
        if cell.fg != self.fg || cell.bg != self.bg {
            if self.plain {
                queue!(
                    w,
                    SetColors(Colors::new(
                        cell.fg.into_crossterm(),
                        cell.bg.into_crossterm()
                    ))
                )?;
            } else {
                w.extend_from_slice(b"\x1b[");
                color(w, b'3', cell.fg);
                w.push(b';');
                color(w, b'4', cell.bg);
                w.push(b'm');
            }
            self.fg = cell.fg;
            self.bg = cell.bg;
        }
        if cell.underline_color != self.underline {
            if self.plain {
                queue!(w, SetUnderlineColor(cell.underline_color.into_crossterm()))?;
            } else {
                w.extend_from_slice(b"\x1b[");
                color(w, b'5', cell.underline_color);
                w.push(b'm');
            }
            self.underline = cell.underline_color;
        }
        match symbol.as_bytes() {
            &[byte] => w.push(byte),
            bytes => w.extend_from_slice(bytes),
        }
        Ok(())
    }

    /// Appends the resets that end the run (colours, then attributes), and begins a new
    /// one: the next cell opens with a cursor move and sends its colours whole.
    ///
    /// # Errors
    /// Never, in fact, as [`Run::cell`].
    pub(super) fn end(&mut self, w: &mut Vec<u8>) -> io::Result<()> {
        *self = Run::new();
        if self.plain {
            queue!(
                w,
                SetForegroundColor(CrosstermColor::Reset),
                SetBackgroundColor(CrosstermColor::Reset),
                SetUnderlineColor(CrosstermColor::Reset),
                SetAttribute(Attribute::Reset),
            )
        } else {
            w.extend_from_slice(b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m");
            Ok(())
        }
    }
}

/// A colour's parameters in a Select Graphic Rendition sequence as crossterm's `Colored`
/// writes them (after ratatui's mapping to crossterm's colours): `layer` is `3`
/// (foreground), `4` (background) or `5` (underline); the default colour is `layer`
/// `9`, a numbered one `layer 8;5;n`, a 24-bit one `layer 8;2;r;g;b`.
fn color(w: &mut Vec<u8>, layer: u8, color: Color) {
    let named: &[u8] = match color {
        Color::Reset => {
            w.extend_from_slice(&[layer, b'9']);
            return;
        }
        Color::Black => b"5;0",
        Color::Red => b"5;1",
        Color::Green => b"5;2",
        Color::Yellow => b"5;3",
        Color::Blue => b"5;4",
        Color::Magenta => b"5;5",
        Color::Cyan => b"5;6",
        Color::Gray => b"5;7",
        Color::DarkGray => b"5;8",
        Color::LightRed => b"5;9",
        Color::LightGreen => b"5;10",
        Color::LightYellow => b"5;11",
        Color::LightBlue => b"5;12",
        Color::LightMagenta => b"5;13",
        Color::LightCyan => b"5;14",
        Color::White => b"5;15",
        Color::Indexed(n) => {
            w.extend_from_slice(&[layer, b'8', b';', b'5', b';']);
            number(w, n);
            return;
        }
        Color::Rgb(r, g, b) => {
            w.extend_from_slice(&[layer, b'8', b';', b'2', b';']);
            number(w, r);
            w.push(b';');
            number(w, g);
            w.push(b';');
            number(w, b);
            return;
        }
    };
    w.extend_from_slice(&[layer, b'8', b';']);
    w.extend_from_slice(named);
}

/// `n` in decimal (through `itoa`, a digit pair at a time).
fn number(w: &mut Vec<u8>, n: impl itoa::Integer) {
    w.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `CSI row;column H`, one-based, as crossterm's `MoveTo` writes it: made on the stack
/// and appended in one copy (a move is written for a few cells of every frame, and each
/// append of a number of unknown length was a call to `memcpy`).
fn move_to(w: &mut Vec<u8>, x: u16, y: u16) {
    let (mut row, mut column) = (itoa::Buffer::new(), itoa::Buffer::new());
    let row = row.format(u32::from(y) + 1).as_bytes();
    let column = column.format(u32::from(x) + 1).as_bytes();
    // `ESC [`, two numbers of at most 5 digits, `;` and `H`: 14 bytes.
    let mut sequence = [0u8; 14];
    sequence[..2].copy_from_slice(b"\x1b[");
    let mut end = 2;
    for &byte in row.iter().chain(b";").chain(column).chain(b"H") {
        sequence[end] = byte;
        end += 1;
    }
    w.extend_from_slice(&sequence[..end]);
}

/// The attribute changes from `from` to `to`, in the order and form ratatui's crossterm
/// backend sends them (intensity reset then re-applied when bold or dim goes), each as
/// crossterm's `SetAttribute` writes it (`CSI n m`, the attribute's SGR number).
fn modifier_change(w: &mut Vec<u8>, from: Modifier, to: Modifier) {
    let removed = from - to;
    let mut set = |sgr: &[u8]| w.extend_from_slice(sgr);
    if removed.contains(Modifier::REVERSED) {
        set(b"\x1b[27m");
    }
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        set(b"\x1b[22m");
        if to.contains(Modifier::DIM) {
            set(b"\x1b[2m");
        }
        if to.contains(Modifier::BOLD) {
            set(b"\x1b[1m");
        }
    }
    for (modifier, off) in [
        (Modifier::ITALIC, b"\x1b[23m"),
        (Modifier::UNDERLINED, b"\x1b[24m"),
        (Modifier::CROSSED_OUT, b"\x1b[29m"),
        (Modifier::HIDDEN, b"\x1b[28m"),
    ] {
        if removed.contains(modifier) {
            set(off);
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        set(b"\x1b[25m");
    }
    let added = to - from;
    if added.contains(Modifier::REVERSED) {
        set(b"\x1b[7m");
    }
    if added.contains(Modifier::BOLD) && !reset_intensity {
        set(b"\x1b[1m");
    }
    if added.contains(Modifier::ITALIC) {
        set(b"\x1b[3m");
    }
    if added.contains(Modifier::UNDERLINED) {
        set(b"\x1b[4m");
    }
    if added.contains(Modifier::DIM) && !reset_intensity {
        set(b"\x1b[2m");
    }
    for (modifier, on) in [
        (Modifier::CROSSED_OUT, b"\x1b[9m"),
        (Modifier::HIDDEN, b"\x1b[8m"),
        (Modifier::SLOW_BLINK, b"\x1b[5m"),
        (Modifier::RAPID_BLINK, b"\x1b[6m"),
    ] {
        if added.contains(modifier) {
            set(on);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::backend::{Backend, CrosstermBackend};
    use ratatui::buffer::{Buffer, CellDiffOption};
    use ratatui::style::Style;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// A writer whose bytes the test can read after the backend has taken it.
    #[derive(Clone, Default)]
    pub(crate) struct Tape(pub(crate) Rc<RefCell<Vec<u8>>>);

    impl Write for Tape {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    pub(crate) fn color() -> impl Strategy<Value = Color> {
        prop_oneof![
            Just(Color::Reset),
            (0u8..16).prop_map(|n| [
                Color::Black,
                Color::Red,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Gray,
                Color::DarkGray,
                Color::LightRed,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
                Color::White,
            ][usize::from(n)]),
            any::<u8>().prop_map(Color::Indexed),
            any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
        ]
    }

    pub(crate) fn cell() -> impl Strategy<Value = Cell> {
        (
            prop::sample::select(vec!["a", " ", "日", "é", "❤\u{fe0f}", "", "\x1b]8;;u\x07x"]),
            color(),
            color(),
            color(),
            any::<u16>(),
        )
            .prop_map(|(symbol, fg, bg, underline, bits)| {
                let mut cell = Cell::new(symbol);
                cell.set_style(
                    Style::new()
                        .fg(fg)
                        .bg(bg)
                        .underline_color(underline)
                        .add_modifier(Modifier::from_bits_truncate(bits)),
                );
                cell
            })
    }

    /// Places in writing order: mostly the next column, sometimes a jump.
    pub(crate) fn places(n: usize) -> impl Strategy<Value = Vec<(u16, u16)>> {
        prop::collection::vec((any::<bool>(), 0u16..300, 0u16..200), n).prop_map(|steps| {
            let mut at = (0u16, 0u16);
            steps
                .into_iter()
                .map(|(jump, x, y)| {
                    at = if jump { (x, y) } else { (at.0 + 1, at.1) };
                    at
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn writes_the_bytes_the_crossterm_backend_writes(
            (cells, places) in (0usize..60).prop_flat_map(|n| {
                (prop::collection::vec(cell(), n), places(n))
            })
        ) {
            let updates: Vec<(u16, u16, &Cell)> =
                places.iter().zip(&cells).map(|(&(x, y), c)| (x, y, c)).collect();
            let tape = Tape::default();
            CrosstermBackend::new(tape.clone()).draw(updates.iter().copied()).unwrap();
            let mut ours = Vec::new();
            write_cells(&mut ours, updates.iter().copied()).unwrap();
            let theirs = tape.0.borrow();
            prop_assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
        }
    }

    /// A frame's cell as widgets leave it: ASCII (a space often), wide, emoji with and
    /// without U+FE0F, a combining accent, an empty symbol, a hyperlink's escapes, styled
    /// or not; now and then skipped, always updated or of forced width.
    pub(crate) fn frame_cell() -> impl Strategy<Value = Cell> {
        let symbol = prop::sample::select(vec![
            " ",
            " ",
            " ",
            "a",
            "x",
            "日",
            "é",
            "e\u{301}",
            "❤\u{fe0f}",
            "☀\u{fe0f}",
            "😀",
            "",
            "│",
            "\x1b]8;;u\x07x",
        ]);
        let option = prop_oneof![
            8 => Just(CellDiffOption::None),
            1 => Just(CellDiffOption::Skip),
            1 => Just(CellDiffOption::AlwaysUpdate),
            1 => (1u16..4).prop_map(|w| CellDiffOption::ForcedWidth(
                std::num::NonZeroU16::new(w).unwrap()
            )),
        ];
        let plain = prop_oneof![3 => Just(true), 1 => Just(false)];
        (
            symbol,
            plain,
            color(),
            color(),
            any::<u16>(),
            option,
            any::<u8>(),
        )
            .prop_map(|(symbol, plain, fg, bg, bits, option, old_skip)| {
                let mut cell = Cell::new(symbol);
                if !plain {
                    cell.set_style(
                        Style::new()
                            .fg(fg)
                            .bg(bg)
                            .add_modifier(Modifier::from_bits_truncate(bits)),
                    );
                }
                cell.set_diff_option(option);
                #[allow(deprecated)]
                {
                    cell.skip = old_skip == 0;
                }
                cell
            })
    }

    /// A buffer of `frame_cell`s at a random place, as a widget might leave it.
    pub(crate) fn frame_buffer() -> impl Strategy<Value = Buffer> {
        (1u16..12, 1u16..5, 0u16..3, 0u16..3).prop_flat_map(|(w, h, x, y)| {
            prop::collection::vec(frame_cell(), usize::from(w * h)).prop_map(move |cells| {
                let mut buffer = Buffer::empty(ratatui::layout::Rect::new(x, y, w, h));
                buffer.content = cells;
                buffer
            })
        })
    }

    #[test]
    fn every_row_and_column_is_written_in_decimal_as_format_writes_it() {
        // Every one-based place a cursor move can name, and the digits' boundaries.
        for n in 0..=65_536u32 {
            let mut out = Vec::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes(), "{n}");
        }
        for n in [99_999u32, 10_000, 70_000] {
            let mut out = Vec::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes(), "{n}");
        }
    }

    #[test]
    fn a_cursor_move_is_one_based_row_then_column() {
        let mut out = Vec::new();
        move_to(&mut out, 0, 0);
        move_to(&mut out, 65534, 9);
        assert_eq!(out, b"\x1b[1;1H\x1b[10;65535H");
    }
}
