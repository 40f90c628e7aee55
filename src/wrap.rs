//! Wrapping text to a width, first fit, grapheme-safe, keeping each line's byte range.
//!
//! Lines break at spaces, line breaks and tabs, at zero-width spaces (U+200B, which
//! Korean, Japanese and Thai pages put where a line may break), and inside a word at its
//! soft hyphens (U+00AD), where the line then ends with a shown hyphen. Soft hyphens,
//! zero-width spaces and word joiners (U+2060) take no columns.

use std::ops::Range;

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The soft hyphen: invisible, except at the end of a line that breaks there.
pub const SOFT_HYPHEN: char = '\u{00AD}';
/// The zero-width space: a place a line may break, invisible.
pub const ZERO_WIDTH_SPACE: char = '\u{200B}';
/// The word joiner: a place a line must not break, invisible.
pub const WORD_JOINER: char = '\u{2060}';

/// Whether `c` is one of the invisible characters the body keeps as they are (they shape
/// where lines break) but that are never printed: [`SOFT_HYPHEN`], [`ZERO_WIDTH_SPACE`],
/// [`WORD_JOINER`].
pub fn is_invisible_break(c: char) -> bool {
    matches!(c, SOFT_HYPHEN | ZERO_WIDTH_SPACE | WORD_JOINER)
}

/// The columns one grapheme takes, exactly as ratatui's buffer reserves them
/// (`CellWidth`: `unicode-width` 0.2, so `❤️` takes two, plus a column for each halfwidth
/// katakana sound mark, which terminals draw apart); the invisible break characters take
/// none (`unicode-width` gives the soft hyphen one column, as a hyphen, but it is shown
/// only where a line breaks at it, and then as the line's own `-`).
pub fn grapheme_width(grapheme: &str) -> usize {
    if grapheme.chars().all(is_invisible_break) {
        0
    } else if grapheme.len() == 1 {
        // ASCII (ratatui's own measure refuses control characters, which a line's
        // breaks and tabs are).
        grapheme.width()
    } else {
        usize::from(grapheme.cell_width())
    }
}

/// The display width of `text` as the terminal shows it: grapheme by grapheme, as ratatui
/// draws, with the invisible break characters taking no columns.
pub fn display_width(text: &str) -> usize {
    if let Some(width) = crate::simple_text::simple_width(text) {
        return width;
    }
    text.graphemes(true).map(grapheme_width).sum()
}

/// Shows body text with line breaks and tabs as spaces, and without the invisible break
/// characters (soft hyphens, zero-width spaces, word joiners; see [`shown_line`] for the
/// end of a line).
pub fn visible(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_invisible_break(c))
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// A wrapped line as it is shown: line breaks and tabs as spaces, the invisible break
/// characters left out, and a soft hyphen at its very end (the line broke there) shown
/// as `-`.
pub fn shown_line(line: &str) -> String {
    let mut out: String = line
        .chars()
        .filter(|&c| !is_invisible_break(c))
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    if line.ends_with(SOFT_HYPHEN) {
        out.push('-');
    }
    out
}

/// Wraps `text` to `width` columns; see [`wrap_with`].
pub fn wrap_text(text: &str, width: usize) -> Vec<Range<usize>> {
    wrap_with(text, width, width)
}

/// The lines of `text` wrapped with a first line of `first_width` columns and the rest
/// of `width`, as string slices.
pub fn wrap_lines(text: &str, first_width: usize, width: usize) -> Vec<&str> {
    wrap_with(text, first_width, width)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

/// Wraps `text`, first fit, breaking at spaces (line breaks and tabs count as spaces) and
/// zero-width spaces, and inside a word at its soft hyphens; the first line has
/// `first_width` columns, the others `width`. A line that breaks at a soft hyphen keeps
/// it as its last character and has room for it to be shown as `-` (see [`shown_line`]).
/// A word (or the part of it between soft hyphens) wider than its line is cut between
/// graphemes, never inside one. Returns the byte range of `text` each line shows,
/// without the spaces at the break.
///
/// This is our own first-fit rather than textwrap's because it must work word by word
/// (a 50 MB paragraph costs memory only for its lines, not for a list of every word)
/// and must never cut a grapheme, which textwrap's word breaking can.
pub fn wrap_with(text: &str, first_width: usize, width: usize) -> Vec<Range<usize>> {
    let (first_width, width) = (first_width.max(1), width.max(1));
    let mut lines = Lines {
        text,
        first_width,
        width,
        lines: Vec::new(),
        current: None,
    };
    for (start, word) in words(text) {
        for (offset, part) in hyphenated(word) {
            let start = start + offset;
            let hyphen = usize::from(part.ends_with(SOFT_HYPHEN) && width > 1);
            let part_width = display_width(part);
            // A run of ideographs after a space (`said that 北京…`) may break between
            // them: it fills the line it starts on rather than moving whole to the next,
            // as a word does. (After a zero-width space or a soft hyphen, whoever wrote
            // the text chose the breaks: it moves whole.)
            let fills = lines.after_space(start)
                && lines
                    .room_left(start)
                    .is_some_and(|left| part_width + hyphen > left && left >= 2)
                && breaks_beside_wide(part);
            if part_width + hyphen <= width.min(first_width) && !fills {
                lines.place(start..start + part.len(), part_width, hyphen);
                continue;
            }
            if hyphen > 0 && part_width <= width.min(first_width) && !fills {
                // It fits a line but its hyphen does not: leave the soft hyphen out of
                // the line, so that a line ending here ends without one.
                let end = start + part.len() - SOFT_HYPHEN.len_utf8();
                lines.place(start..end, part_width, 0);
                continue;
            }
            // Too wide for a line: cut it into pieces that fit, between graphemes (with
            // room for the hyphen if the part ends at one), where UAX #14's line-breaking
            // algorithm (`unicode-linebreak`) lets a line break: never before `，。」）！？`,
            // never after `「（`, never inside a number (`3.14159`, `2025`); where a piece
            // has no such place, between any graphemes. The first piece fills what is
            // left of the line being filled when it can end at such a place (a run of
            // ideographs goes on after `said that`); else it starts a line. On the
            // text's first line, of `first_width`, it is cut to fit whatever its breaks.
            let room = width - hyphen;
            // The text's first line may be narrower than the rest: cut to fit it too.
            let starts_text = lines.current.is_none() && lines.lines.is_empty();
            let mut first_room = match starts_text {
                true => Some(first_width),
                false => lines.room_left(start),
            };
            // Where UAX #14 lets a line break inside the part: byte offsets in `part`,
            // ascending, each the start of what may begin a new line.
            let breaks: Vec<usize> = unicode_linebreak::linebreaks(part)
                .map(|(at, _)| at)
                .collect();
            let mut piece_start = start;
            let mut piece_width = 0;
            // The last place in the piece a line may break: its offset and the piece's
            // width before it.
            let mut may_break: Option<(usize, usize)> = None;
            for (offset, grapheme) in part.grapheme_indices(true) {
                let grapheme_width = grapheme_width(grapheme);
                let at = start + offset;
                let allowed = offset > 0 && breaks.binary_search(&offset).is_ok();
                if let Some(left) = first_room
                    && piece_width + grapheme_width > left
                {
                    first_room = None;
                    match may_break {
                        // The piece up to the last break goes on the line being filled.
                        Some((cut, cut_width))
                            if !allowed && cut > piece_start && cut_width > 0 =>
                        {
                            lines.place(piece_start..cut, cut_width, 0);
                            piece_start = cut;
                            piece_width -= cut_width;
                            lines.close();
                        }
                        _ if (allowed || starts_text) && piece_width > 0 => {
                            lines.place(piece_start..at, piece_width, 0);
                            piece_start = at;
                            piece_width = 0;
                            lines.close();
                        }
                        _ => {}
                    }
                    may_break = None;
                }
                if piece_width > 0 && piece_width + grapheme_width > room {
                    match may_break {
                        Some((cut, cut_width))
                            if !allowed
                                && cut > piece_start
                                && piece_width - cut_width + grapheme_width <= room =>
                        {
                            lines.place(piece_start..cut, cut_width, 0);
                            piece_start = cut;
                            piece_width -= cut_width;
                        }
                        _ => {
                            lines.place(piece_start..at, piece_width, 0);
                            piece_start = at;
                            piece_width = 0;
                        }
                    }
                    may_break = None;
                } else if allowed {
                    may_break = Some((at, piece_width));
                }
                piece_width += grapheme_width;
            }
            lines.place(piece_start..start + part.len(), piece_width, hyphen);
        }
    }
    lines.finish()
}

/// The lines [`wrap_with`] has made, and the one it is filling.
struct Lines<'a> {
    text: &'a str,
    first_width: usize,
    width: usize,
    lines: Vec<Range<usize>>,
    /// The line being filled: its range and its width in columns.
    current: Option<(Range<usize>, usize)>,
}

impl Lines<'_> {
    /// The columns of the line being filled, and its limit.
    fn limit(&self) -> usize {
        match self.lines.is_empty() {
            true => self.first_width,
            false => self.width,
        }
    }

    /// The columns between the line being filled and what starts at `start`: spaces,
    /// line breaks and tabs take a column each (they are shown as spaces); zero-width
    /// spaces and soft hyphens none.
    fn gap(&self, line: &Range<usize>, start: usize) -> usize {
        self.text[line.end..start]
            .chars()
            .filter(|&c| !is_invisible_break(c))
            .count()
    }

    /// Whether a space, line break or tab parts the line being filled from `start`.
    fn after_space(&self, start: usize) -> bool {
        self.current
            .as_ref()
            .is_some_and(|(line, _)| self.gap(line, start) > 0)
    }

    /// The columns left on the line being filled for a piece starting at `start`, or
    /// `None` when no line is being filled or nothing fits on it.
    fn room_left(&self, start: usize) -> Option<usize> {
        let (line, used) = self.current.as_ref()?;
        let taken = used + self.gap(line, start);
        (taken < self.limit()).then(|| self.limit() - taken)
    }

    /// Places `piece` of `piece_width` columns, `hyphen` columns more if it ends at a soft
    /// hyphen (where the line may end, showing `-`): on the line being filled if it fits
    /// there, else starting the next.
    fn place(&mut self, piece: Range<usize>, piece_width: usize, hyphen: usize) {
        if let Some((line, used)) = &self.current {
            let gap = self.gap(line, piece.start);
            if used + gap + piece_width + hyphen <= self.limit() {
                let (line, used) = self.current.as_mut().expect("a line is being filled");
                line.end = piece.end;
                *used += gap + piece_width;
                return;
            }
            self.lines.push(line.clone());
        }
        self.current = Some((piece, piece_width));
    }

    /// Ends the line being filled: what is placed next starts a line.
    fn close(&mut self) {
        if let Some((line, _)) = self.current.take() {
            self.lines.push(line);
        }
    }

    /// The lines, the one being filled last.
    fn finish(mut self) -> Vec<Range<usize>> {
        self.close();
        self.lines
    }
}

/// Whether UAX #14 lets a line break inside `part` beside a wide character (an ideograph,
/// kana, a fullwidth form): text that breaks between its characters, not at spaces.
fn breaks_beside_wide(part: &str) -> bool {
    let wide = |c: Option<char>| c.is_some_and(|c| grapheme_width(c.encode_utf8(&mut [0; 4])) == 2);
    unicode_linebreak::linebreaks(part).any(|(at, _)| {
        at > 0
            && at < part.len()
            && (wide(part[..at].chars().next_back()) || wide(part[at..].chars().next()))
    })
}

/// Whether a line may break at `c` (and leave it out): a space, line break, tab or
/// zero-width space.
fn breaks_at(c: char) -> bool {
    matches!(c, ' ' | '\n' | '\t' | ZERO_WIDTH_SPACE)
}

/// The words of `text` (runs between spaces, line breaks, tabs and zero-width spaces,
/// without soft hyphens at their ends) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let rest = &text[at..];
            let end = rest.find(breaks_at).unwrap_or(rest.len());
            let start = at;
            // Past the word and the one break character after it.
            at += end + rest[end..].chars().next().map_or(0, char::len_utf8);
            let word = &rest[..end];
            let trimmed = word.trim_start_matches(SOFT_HYPHEN);
            let lead = word.len() - trimmed.len();
            let trimmed = trimmed.trim_end_matches(SOFT_HYPHEN);
            if !trimmed.is_empty() {
                return Some((start + lead, trimmed));
            }
        }
        None
    })
}

/// The parts of `word` between its soft hyphens, each but the last ending with its soft
/// hyphen, with their byte offsets in `word`.
fn hyphenated(word: &str) -> impl Iterator<Item = (usize, &str)> {
    word.split_inclusive(SOFT_HYPHEN)
        .scan(0, |offset, part| {
            let start = *offset;
            *offset += part.len();
            Some((start, part))
        })
        .filter(|(_, part)| *part != "\u{00AD}")
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;
