//! The backend that writes our frames: ratatui's crossterm backend, made steady where
//! terminals disagree about how wide a grapheme is (emoji with a presentation selector).
//!
//! ratatui's diff sends the cells that changed, and the crossterm backend moves the cursor
//! only when a cell is not the one right after the last one written: it assumes the
//! terminal's cursor moved one column per cell. For `❤️` (U+2764 U+FE0F) the buffer
//! reserves two columns, and ratatui-core 0.1.2 sends the reserved second column right
//! after the emoji (to clear it on terminals that draw the emoji one column wide). On a
//! terminal that draws it two wide (kitty, foot, WezTerm) the cursor is then already past
//! that column, no move is sent, and the rest of the row lands one column to the right
//! (ratatui issue #2357).
//!
//! [`SteadyBackend`] rewrites the order of the writes around such a grapheme so that both
//! kinds of terminal show what the buffer holds: the grapheme's reserved columns are
//! written first (blank, or what the diff sends for them), then the grapheme on its own,
//! and the next write starts with an explicit cursor move. A terminal that draws the
//! grapheme two wide paints over the blanks; one that draws it one wide leaves the second
//! column blank; and neither can shift what follows.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellWidth};
use ratatui::layout::{Position, Size};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::cells::Run;
use super::diff::Update;

/// A [`Backend`] that passes everything but drawing to `B` (ratatui's crossterm backend,
/// whose `Write` reaches the terminal) and draws graphemes of uncertain width (see
/// [`unsteady`]) so that the terminal's own idea of their width cannot move the cells
/// after them. Each run of steady cells is written as `B::draw` writes it (by
/// [`super::cells::Run`], byte for byte the same, with fewer instructions), opening with a
/// cursor move; a run costs a colour reset at its end, so rows without such graphemes
/// are written exactly as `B` writes them.
///
/// Each frame is sent as one synchronized update (DEC private mode 2026: `CSI ? 2026 h`
/// before its first cell, `CSI ? 2026 l` at the flush that ends it), so a terminal that
/// knows the mode (kitty, foot, WezTerm, iTerm2, Windows Terminal, tmux, recent VTE and
/// xterm.js) shows the frame whole, never half drawn while a key scrolls; others ignore it.
#[derive(Debug)]
pub struct SteadyBackend<B> {
    inner: B,
    /// A synchronized update was begun and not yet ended.
    updating: bool,
    /// What the terminal shows, for [`super::frame::draw`]'s diff.
    pub(super) shown: Shown,
    /// Cells were written through [`Backend::draw`] (ratatui's `Terminal::draw`), so the
    /// `Terminal`'s other buffer may hold a frame: [`super::frame::draw`] empties it
    /// before drawing into it.
    pub(super) foreign: bool,
}

/// What the terminal shows, as far as the backend knows: what [`super::frame::draw`]
/// compares the next frame with.
#[derive(Debug, Default)]
pub(super) enum Shown {
    /// Nothing: the alternate screen just entered or cleared (ratatui's `Terminal` clears
    /// through the backend, on a resize too).
    #[default]
    Blank,
    /// The last frame [`super::frame::draw`] wrote.
    Frame(ratatui::buffer::Buffer),
    /// Cells written some other way (`Terminal::draw`, ratatui's own diff).
    Unknown,
}

/// Begins a synchronized update (mode 2026; see the terminal-wg specification
/// "Synchronized Output", contour-terminal.org/vt-extensions/synchronized-output).
pub const BEGIN_UPDATE: &[u8] = b"\x1b[?2026h";
/// Ends a synchronized update: the terminal shows what came since [`BEGIN_UPDATE`].
pub const END_UPDATE: &[u8] = b"\x1b[?2026l";

impl<B> SteadyBackend<B> {
    /// Wraps `inner`.
    pub fn new(inner: B) -> Self {
        SteadyBackend {
            inner,
            updating: false,
            shown: Shown::Blank,
            foreign: false,
        }
    }

    /// The wrapped backend (tests read the bytes it wrote).
    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// The wrapped backend, mutably.
    pub fn inner_mut(&mut self) -> &mut B {
        &mut self.inner
    }
}

impl<B: Backend + Write> SteadyBackend<B>
where
    B::Error: From<io::Error>,
{
    /// Writes `updates` (column, row, cell, in the diff's order) as [`Backend::draw`]
    /// does, opening a synchronized update if none is open.
    ///
    /// # Errors
    /// What writing to the wrapped backend returns.
    pub(super) fn draw_cells(&mut self, updates: &[Update<'_>]) -> Result<(), B::Error> {
        if !self.updating && !updates.is_empty() {
            self.inner.write_all(BEGIN_UPDATE)?;
            self.updating = true;
        }
        let mut out = Vec::with_capacity(updates.len() * 2 + 32);
        // The steady cells since the last unsteady one: written as one run.
        let mut run = Run::new();
        let mut i = 0;
        while i < updates.len() {
            let (x, y, cell, symbol) = updates[i];
            i += 1;
            // One byte is one ASCII character: always steady.
            if symbol.len() <= 1 || !unsteady(&visible(symbol)) {
                run.cell(&mut out, x, y, cell, symbol)?;
                continue;
            }
            if run.written {
                run.end(&mut out)?;
            }
            // The columns the buffer reserves for the grapheme: the diff's own updates for
            // them (which follow it), else blanks in its style. Written before it, so a
            // terminal that draws it wide paints over them.
            let width = cell.cell_width().max(1);
            let end = x.saturating_add(width);
            let mut blank = Cell::EMPTY;
            blank.set_style(cell.style());
            for column in x.saturating_add(1)..end {
                match updates.get(i) {
                    Some(&(ux, uy, update, update_symbol)) if uy == y && ux == column => {
                        run.cell(&mut out, ux, uy, update, update_symbol)?;
                        i += 1;
                    }
                    _ => run.cell(&mut out, column, y, &blank, blank.symbol())?,
                }
            }
            if run.written {
                run.end(&mut out)?;
            }
            // The grapheme alone: the next cell opens with a cursor move.
            run.cell(&mut out, x, y, cell, symbol)?;
            run.end(&mut out)?;
        }
        if run.written {
            run.end(&mut out)?;
        }
        if !out.is_empty() {
            self.inner.write_all(&out)?;
        }
        Ok(())
    }
}

/// The part of a cell's symbol the terminal shows: the symbol without the escape
/// sequences (OSC 8 hyperlinks) that the reader wraps around some cells.
fn visible(symbol: &str) -> std::borrow::Cow<'_, str> {
    if !symbol.contains('\x1b') {
        return symbol.into();
    }
    let mut shown = String::new();
    let mut rest = symbol;
    while let Some(at) = rest.find('\x1b') {
        shown.push_str(&rest[..at]);
        // An OSC sequence ends at BEL or at ESC \; anything else after ESC is one byte.
        let after = &rest[at + 1..];
        rest = if let Some(osc) = after.strip_prefix(']') {
            match (osc.find('\x07'), osc.find("\x1b\\")) {
                (Some(bel), Some(st)) if st < bel => &osc[st + 2..],
                (Some(bel), _) => &osc[bel + 1..],
                (None, Some(st)) => &osc[st + 2..],
                (None, None) => "",
            }
        } else {
            after
        };
    }
    shown.push_str(rest);
    shown.into()
}

/// Whether terminals disagree about how many columns `grapheme` takes: a grapheme of
/// several code points that carries a variation selector (U+FE0E text, U+FE0F emoji
/// presentation), a zero-width joiner (U+200D) or a combining keycap (U+20E3), or whose
/// width as one cluster (Unicode's emoji rules, as `unicode-width` 0.2 and the buffer
/// measure it) differs from the sum of its code points' widths (as terminals that work
/// code point by code point, like xterm and VTE, advance). Combining accents and most
/// Indic clusters are steady: both ways of counting agree on them.
pub fn unsteady(grapheme: &str) -> bool {
    let mut chars = grapheme.chars();
    if chars.next().is_none() || chars.next().is_none() {
        return false;
    }
    let per_char: usize = grapheme.chars().filter_map(UnicodeWidthChar::width).sum();
    grapheme
        .chars()
        .any(|c| matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '\u{20E3}'))
        || per_char != grapheme.width()
}

impl<B: Backend + Write> Backend for SteadyBackend<B>
where
    B::Error: From<io::Error>,
{
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let updates: Vec<Update<'_>> = content.map(|(x, y, c)| (x, y, c, c.symbol())).collect();
        self.shown = Shown::Unknown;
        self.foreign = true;
        self.draw_cells(&updates)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shown = Shown::Unknown;
        self.inner.clear()?;
        self.shown = Shown::Blank;
        Ok(())
    }

    /// Clears as `B` does; the screen is then taken as blank, as ratatui's `Terminal`
    /// takes it after any clear (it resets its last frame).
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.shown = Shown::Unknown;
        self.inner.clear_region(clear_type)?;
        self.shown = Shown::Blank;
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        if self.updating {
            self.inner.write_all(END_UPDATE)?;
            self.updating = false;
        }
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminal::cells::tests::{cell, frame_cell, places};
    use proptest::prelude::*;

    /// How many times `needle` occurs in `bytes`.
    fn count(bytes: &[u8], needle: &[u8]) -> usize {
        bytes.windows(needle.len()).filter(|w| *w == needle).count()
    }

    #[test]
    fn each_frame_is_one_synchronized_update_and_an_unchanged_frame_sends_none() {
        let tape = crate::terminal::cells::tests::Tape::default();
        let backend = SteadyBackend::new(ratatui::backend::CrosstermBackend::new(tape.clone()));
        let mut terminal = ratatui::Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 20, 2)),
            },
        )
        .unwrap();
        let mut written = 0;
        for (frame, text) in ["first", "second", "second"].iter().enumerate() {
            terminal
                .draw(|f| f.render_widget(ratatui::text::Text::raw(*text), f.area()))
                .unwrap();
            let bytes = tape.0.borrow()[written..].to_vec();
            written += bytes.len();
            if frame == 2 {
                assert_eq!(count(&bytes, BEGIN_UPDATE), 0, "nothing changed");
                assert_eq!(count(&bytes, END_UPDATE), 0);
                continue;
            }
            assert_eq!(count(&bytes, BEGIN_UPDATE), 1, "frame {frame}");
            assert_eq!(count(&bytes, END_UPDATE), 1, "frame {frame}");
            let begin = find(&bytes, BEGIN_UPDATE);
            let end = find(&bytes, END_UPDATE);
            let text = find(&bytes, text.as_bytes()).expect("the text is drawn");
            assert!(begin < Some(text) && Some(text) < end, "frame {frame}");
        }
    }

    /// The writing [`SteadyBackend::draw_cells`] did before it read each symbol once: the
    /// cells scanned for unsteady graphemes first, each run of steady cells then written
    /// by [`super::super::cells::write_cells`] on its own (the oracle for the one pass).
    fn runs_written_one_by_one(updates: &[(u16, u16, &Cell)]) -> Vec<u8> {
        use crate::terminal::cells::write_cells;
        let mut w = Vec::new();
        let mut run = 0;
        let mut i = 0;
        while i < updates.len() {
            let (x, y, cell) = updates[i];
            i += 1;
            let symbol = cell.symbol();
            if symbol.len() <= 1 || !unsteady(&visible(symbol)) {
                continue;
            }
            if run < i - 1 {
                write_cells(&mut w, updates[run..i - 1].iter().copied()).unwrap();
            }
            let width = cell.cell_width().max(1);
            let end = x.saturating_add(width);
            let mut blank = Cell::EMPTY;
            blank.set_style(cell.style());
            let mut reserved: Vec<(u16, u16, &Cell)> = Vec::new();
            for column in x.saturating_add(1)..end {
                match updates.get(i) {
                    Some(&(ux, uy, update)) if uy == y && ux == column => {
                        reserved.push((ux, uy, update));
                        i += 1;
                    }
                    _ => reserved.push((column, y, &blank)),
                }
            }
            if !reserved.is_empty() {
                write_cells(&mut w, reserved.into_iter()).unwrap();
            }
            write_cells(&mut w, std::iter::once((x, y, cell))).unwrap();
            run = i;
        }
        if run < updates.len() {
            write_cells(&mut w, updates[run..].iter().copied()).unwrap();
        }
        w
    }

    proptest! {
        #[test]
        fn one_pass_writes_the_runs_each_written_on_its_own(
            (cells, places) in (0usize..60).prop_flat_map(|n| {
                (prop::collection::vec(prop_oneof![cell(), frame_cell()], n), places(n))
            })
        ) {
            let updates: Vec<(u16, u16, &Cell)> =
                places.iter().zip(&cells).map(|(&(x, y), c)| (x, y, c)).collect();
            let tape = crate::terminal::cells::tests::Tape::default();
            let mut backend =
                SteadyBackend::new(ratatui::backend::CrosstermBackend::new(tape.clone()));
            backend.updating = true;
            let with_symbols: Vec<Update<'_>> =
                updates.iter().map(|&(x, y, c)| (x, y, c, c.symbol())).collect();
            backend.draw_cells(&with_symbols).unwrap();
            let written = tape.0.borrow().clone();
            prop_assert_eq!(written, runs_written_one_by_one(&updates));
        }
    }

    fn find(bytes: &[u8], needle: &[u8]) -> Option<usize> {
        bytes.windows(needle.len()).position(|w| w == needle)
    }

    #[test]
    fn presentation_selectors_and_joined_emoji_are_unsteady() {
        for grapheme in [
            "\u{2764}\u{FE0F}",       // ❤️
            "\u{2600}\u{FE0F}",       // ☀️
            "1\u{FE0F}\u{20E3}",      // 1️⃣
            "\u{2764}\u{FE0E}",       // ❤︎, text presentation
            "👍🏽",                     // skin tone
            "👨\u{200D}👩\u{200D}👧", // family
        ] {
            assert!(unsteady(grapheme), "{grapheme:?}");
        }
    }

    #[test]
    fn plain_wide_and_combining_text_is_steady() {
        for grapheme in ["a", "日", "😀", "e\u{301}", "", "🇫🇷"] {
            assert!(!unsteady(grapheme), "{grapheme:?}");
        }
    }

    #[test]
    fn hyperlink_escapes_are_not_what_the_terminal_shows() {
        let linked = "\x1b]8;id=cp1;https://example.org/\x07\u{2764}\u{FE0F}\x1b]8;;\x07";
        assert_eq!(visible(linked), "\u{2764}\u{FE0F}");
        assert_eq!(visible("\x1b]8;;https://a\x1b\\x\x1b]8;;\x1b\\"), "x");
        assert_eq!(visible("plain"), "plain");
    }

    #[test]
    fn the_buffer_reserves_two_columns_for_a_vs16_emoji_as_wrapping_measures_it() {
        for grapheme in ["\u{2764}\u{FE0F}", "\u{2600}\u{FE0F}", "1\u{FE0F}\u{20E3}"] {
            assert_eq!(grapheme.cell_width(), 2, "{grapheme:?}");
            assert_eq!(crate::wrap::display_width(grapheme), 2, "{grapheme:?}");
        }
    }
}
