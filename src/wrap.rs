//! Wrapping text to a width, first fit, grapheme-safe, keeping each line's byte range.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The display width of `text` as the terminal shows it: grapheme by grapheme, as ratatui draws.
pub fn display_width(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
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

/// Wraps `text`, first fit, breaking at spaces (line breaks and tabs count as spaces);
/// the first line has `first_width` columns, the others `width`. A word wider than its
/// line is cut between graphemes, never inside one. Returns the byte range of `text`
/// each line shows, without the spaces at the break.
///
/// This is our own first-fit rather than textwrap's because it must work word by word
/// (a 50 MB paragraph costs memory only for its lines, not for a list of every word)
/// and must never cut a grapheme, which textwrap's word breaking can.
pub fn wrap_with(text: &str, first_width: usize, width: usize) -> Vec<Range<usize>> {
    let (first_width, width) = (first_width.max(1), width.max(1));
    let mut lines: Vec<Range<usize>> = Vec::new();
    // The line being filled: its range and its width in columns.
    let mut current: Option<(Range<usize>, usize)> = None;
    let mut place = |piece: Range<usize>, piece_width: usize| {
        if let Some((line, used)) = &mut current {
            let limit = if lines.is_empty() { first_width } else { width };
            // Whitespace between words is single-column ASCII, shown as it is.
            let gap = piece.start - line.end;
            if *used + gap + piece_width <= limit {
                line.end = piece.end;
                *used += gap + piece_width;
                return;
            }
            lines.push(line.clone());
        }
        current = Some((piece, piece_width));
    };
    for (start, word) in words(text) {
        let word_width = display_width(word);
        if word_width <= width.min(first_width) {
            place(start..start + word.len(), word_width);
            continue;
        }
        // Too wide for a line: cut it into pieces that fit, between graphemes.
        let mut piece_start = start;
        let mut piece_width = 0;
        for (offset, grapheme) in word.grapheme_indices(true) {
            let grapheme_width = grapheme.width();
            let at = start + offset;
            if piece_width > 0 && piece_width + grapheme_width > width {
                place(piece_start..at, piece_width);
                piece_start = at;
                piece_width = 0;
            }
            piece_width += grapheme_width;
        }
        place(piece_start..start + word.len(), piece_width);
    }
    if let Some((line, _)) = current {
        lines.push(line);
    }
    lines
}

/// The words of `text` (runs between spaces, line breaks and tabs) with their offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split([' ', '\n', '\t'])
        .scan(0, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn wrapped_lines_keep_their_source_ranges() {
        let text = "The quick brown fox jumps over the lazy dog";
        let ranges = wrap_text(text, 10);
        assert_eq!(
            shown(text, &ranges),
            ["The quick", "brown fox", "jumps over", "the lazy", "dog"]
        );
        assert_eq!(ranges[1], 10..19);
    }

    #[test]
    fn line_breaks_inside_a_paragraph_are_spaces_and_long_words_break() {
        let text = "one\ntwo abcdefghij";
        let ranges = wrap_text(text, 4);
        assert_eq!(shown(text, &ranges), ["one", "two", "abcd", "efgh", "ij"]);
        assert_eq!(wrap_text(text, 80), vec![0..text.len()]);
    }

    #[test]
    fn wide_characters_wrap_by_display_width() {
        let text = "日本語 テキスト";
        assert_eq!(shown(text, &wrap_text(text, 6)), ["日本語", "テキス", "ト"]);
    }

    #[test]
    fn graphemes_are_never_split() {
        // "e" + combining acute, a family emoji (ZWJ sequence), a flag: one grapheme each.
        let text = "e\u{301}e\u{301}e\u{301} 👨\u{200d}👩\u{200d}👧👨\u{200d}👩\u{200d}👧 🇫🇷🇫🇷🇫🇷";
        for width in 1..8 {
            for range in wrap_text(text, width) {
                let line = &text[range];
                assert!(
                    !line.starts_with('\u{301}') && !line.starts_with('\u{200d}'),
                    "{width}: {line:?}"
                );
                assert!(
                    line.graphemes(true)
                        .all(|g| g != "\u{1f1eb}" && g != "\u{1f1f7}"),
                    "flag split: {line:?}"
                );
            }
        }
        assert_eq!(
            shown(text, &wrap_text(text, 2)),
            [
                "e\u{301}e\u{301}",
                "e\u{301}",
                "👨\u{200d}👩\u{200d}👧",
                "👨\u{200d}👩\u{200d}👧",
                "🇫🇷",
                "🇫🇷",
                "🇫🇷"
            ]
        );
    }

    #[test]
    fn spaces_inside_a_line_count_as_shown() {
        let text = "a  b c";
        assert_eq!(shown(text, &wrap_text(text, 4)), ["a  b", "c"]);
    }
}
