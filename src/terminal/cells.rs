//! Writing a run of changed cells to the terminal: the bytes ratatui's crossterm backend
//! writes, made with a few instructions a cell instead of a formatted command per cell.
//!
//! `CrosstermBackend::draw` (ratatui-crossterm 0.1) sends every cell's symbol and every
//! cursor move through crossterm's `queue!`, which formats each command through
//! `core::fmt`: on a first frame of 120×40 that is most of the cost of writing it
//! (about 1.1 M instructions of the 8.4 M the first screen takes). [`write_cells`] writes
//! the same bytes: a cursor move (`CSI row;col H`) only where a cell does not follow the
//! last one written, the modifier changes and colours through crossterm's own commands
//! (they change once a styled run, not once a cell), the symbol copied as it is, and the
//! closing resets. A property test holds it byte for byte equal to the crossterm backend.

use std::io::{self, Write};

use ratatui::backend::IntoCrossterm;
use ratatui::buffer::Cell;
use ratatui::crossterm::queue;
use ratatui::crossterm::style::{
    Attribute, Color as CrosstermColor, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use ratatui::style::{Color, Modifier};

/// Writes `cells` (column, row, cell; zero-based, in the order the diff gives them) to
/// `w` as ratatui's crossterm backend draws them, ending with the colours and attributes
/// reset: made in memory, then handed to `w` in one write.
///
/// # Errors
/// What writing to `w` returns.
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
fn escapes<'a, I>(w: &mut Vec<u8>, cells: I) -> io::Result<()>
where
    I: Iterator<Item = (u16, u16, &'a Cell)>,
{
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut underline = Color::Reset;
    let mut modifier = Modifier::empty();
    let mut last: Option<(u16, u16)> = None;
    for (x, y, cell) in cells {
        if !matches!(last, Some((lx, ly)) if y == ly && Some(x) == lx.checked_add(1)) {
            move_to(w, x, y);
        }
        last = Some((x, y));
        if cell.modifier != modifier {
            modifier_change(w, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            queue!(
                w,
                SetColors(Colors::new(
                    cell.fg.into_crossterm(),
                    cell.bg.into_crossterm()
                ))
            )?;
            fg = cell.fg;
            bg = cell.bg;
        }
        if cell.underline_color != underline {
            queue!(w, SetUnderlineColor(cell.underline_color.into_crossterm()))?;
            underline = cell.underline_color;
        }
        w.extend_from_slice(cell.symbol().as_bytes());
    }
    queue!(
        w,
        SetForegroundColor(CrosstermColor::Reset),
        SetBackgroundColor(CrosstermColor::Reset),
        SetUnderlineColor(CrosstermColor::Reset),
        SetAttribute(Attribute::Reset),
    )
}

/// `CSI row;column H`, one-based, as crossterm's `MoveTo` writes it.
fn move_to(w: &mut Vec<u8>, x: u16, y: u16) {
    let mut out = [0u8; 16];
    let mut at = 0;
    out[..2].copy_from_slice(b"\x1b[");
    at += 2;
    at += decimal(u32::from(y) + 1, &mut out[at..]);
    out[at] = b';';
    at += 1;
    at += decimal(u32::from(x) + 1, &mut out[at..]);
    out[at] = b'H';
    at += 1;
    w.extend_from_slice(&out[..at]);
}

/// Writes `n` in decimal at the start of `out` (which has room for 5 digits); returns
/// how many bytes.
fn decimal(mut n: u32, out: &mut [u8]) -> usize {
    let mut digits = [0u8; 5];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for i in 0..len {
        out[i] = digits[len - 1 - i];
    }
    len
}

/// The attribute changes from `from` to `to`, in the order and form ratatui's crossterm
/// backend sends them (intensity reset then re-applied when bold or dim goes).
fn modifier_change(w: &mut Vec<u8>, from: Modifier, to: Modifier) -> io::Result<()> {
    let removed = from - to;
    let mut set = |a: Attribute| queue!(w, SetAttribute(a));
    if removed.contains(Modifier::REVERSED) {
        set(Attribute::NoReverse)?;
    }
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        set(Attribute::NormalIntensity)?;
        if to.contains(Modifier::DIM) {
            set(Attribute::Dim)?;
        }
        if to.contains(Modifier::BOLD) {
            set(Attribute::Bold)?;
        }
    }
    for (modifier, off) in [
        (Modifier::ITALIC, Attribute::NoItalic),
        (Modifier::UNDERLINED, Attribute::NoUnderline),
        (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
        (Modifier::HIDDEN, Attribute::NoHidden),
    ] {
        if removed.contains(modifier) {
            set(off)?;
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        set(Attribute::NoBlink)?;
    }
    let added = to - from;
    if added.contains(Modifier::REVERSED) {
        set(Attribute::Reverse)?;
    }
    if added.contains(Modifier::BOLD) && !reset_intensity {
        set(Attribute::Bold)?;
    }
    if added.contains(Modifier::ITALIC) {
        set(Attribute::Italic)?;
    }
    if added.contains(Modifier::UNDERLINED) {
        set(Attribute::Underlined)?;
    }
    if added.contains(Modifier::DIM) && !reset_intensity {
        set(Attribute::Dim)?;
    }
    for (modifier, on) in [
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    ] {
        if added.contains(modifier) {
            set(on)?;
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::backend::{Backend, CrosstermBackend};
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

    fn color() -> impl Strategy<Value = Color> {
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

    fn cell() -> impl Strategy<Value = Cell> {
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
    fn places(n: usize) -> impl Strategy<Value = Vec<(u16, u16)>> {
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

    #[test]
    fn a_cursor_move_is_one_based_row_then_column() {
        let mut out = Vec::new();
        move_to(&mut out, 0, 0);
        move_to(&mut out, 65534, 9);
        assert_eq!(out, b"\x1b[1;1H\x1b[10;65535H");
    }
}
