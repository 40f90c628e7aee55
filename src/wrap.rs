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

    #[test]
    fn a_word_wider_than_the_line_breaks_at_its_soft_hyphens_and_shows_a_hyphen() {
        let text = "Acknow\u{ad}ledge\u{ad}ments";
        let lines = wrap_text(text, 10);
        assert_eq!(shown(text, &lines), ["Acknow\u{ad}", "ledge\u{ad}ments"]);
        let drawn: Vec<String> = lines.iter().map(|r| shown_line(&text[r.clone()])).collect();
        assert_eq!(drawn, ["Acknow-", "ledgements"]);
        // Where the word fits, the soft hyphens are invisible and take no columns.
        assert_eq!(display_width(text), 16);
        assert_eq!(
            shown_line(&text[wrap_text(text, 16)[0].clone()]),
            "Acknowledgements"
        );
        // A hyphen needs its column: "Acknow" + "-" is 7.
        assert_eq!(shown(text, &wrap_text(text, 7))[0], "Acknow\u{ad}");
        assert_eq!(shown(text, &wrap_text(text, 6))[0], "Acknow");
    }

    #[test]
    fn soft_hyphens_at_a_word_end_are_not_shown() {
        let text = "one\u{ad} two";
        let lines = wrap_text(text, 4);
        assert_eq!(shown(text, &lines), ["one", "two"]);
        assert_eq!(shown_line("one\u{ad} two"), "one two");
    }

    #[test]
    fn zero_width_spaces_are_breaks_of_no_width() {
        let text = "日本語\u{200b}テキスト\u{200b}です";
        assert_eq!(display_width(text), 18);
        let lines = wrap_text(text, 8);
        assert_eq!(shown(text, &lines), ["日本語", "テキスト", "です"]);
        let together = wrap_text(text, 14);
        assert_eq!(shown_line(&text[together[0].clone()]), "日本語テキスト");
        // A word joiner takes no column and is no break.
        assert_eq!(display_width("a\u{2060}b"), 2);
        assert_eq!(wrap_text("ab\u{2060}cd", 3).len(), 2);
    }

    #[test]
    fn graphemes_measure_as_the_buffer_reserves_them() {
        for grapheme in [
            "a",
            "日",
            "❤️",
            "1️⃣",
            "e\u{301}",
            "\u{ff76}\u{ff9e}",
            "👨\u{200d}👩\u{200d}👧",
        ] {
            assert_eq!(
                display_width(grapheme),
                usize::from(grapheme.cell_width()),
                "{grapheme:?}"
            );
        }
    }

    use proptest::prelude::*;

    /// Words made of parts (Latin or CJK) joined by soft hyphens, joined by spaces or
    /// zero-width spaces.
    fn hyphenated_text() -> impl Strategy<Value = String> {
        let part = prop_oneof!["[a-z]{1,8}", "[日本語テキスト]{1,4}"];
        let word = proptest::collection::vec(part, 1..5).prop_map(|p| p.join("\u{ad}"));
        let gap = prop_oneof![Just(" "), Just("\u{200b}")];
        proptest::collection::vec((word, gap), 1..12).prop_map(|words| {
            words
                .into_iter()
                .map(|(w, g)| format!("{w}{g}"))
                .collect::<String>()
        })
    }

    /// Chinese and Japanese punctuation that closes (`，。、」）！？：；`) or opens (`「（`)
    /// the words beside it, as UAX #14 classes it.
    const CLOSING: &str = "，。、」）！？：；";
    const OPENING: &str = "「（";

    #[test]
    fn closing_punctuation_never_starts_a_line_nor_opening_ends_one() {
        let text = "他说：「我们今天去北京，好吗？」她回答：「好的。」";
        // From 6 columns: `吗？」` is three characters no break may divide.
        for width in 6..30 {
            let lines = wrap_lines(text, width, width);
            for (n, line) in lines.iter().enumerate() {
                assert!(display_width(line) <= width, "{width}: {lines:?}");
                if n > 0 {
                    let first = line.chars().next().unwrap();
                    assert!(!CLOSING.contains(first), "{width}: {lines:?}");
                }
                let last = line.chars().next_back().unwrap();
                assert!(
                    n + 1 == lines.len() || !OPENING.contains(last),
                    "{width}: {lines:?}"
                );
            }
        }
        // Plain text is cut as before: anywhere in a word too wide for its line.
        assert_eq!(wrap_lines("abcdefghij", 4, 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn a_run_of_ideographs_fills_the_line_it_starts_on() {
        // After Latin words and after a run of kana, at every width: each line but the
        // last is full to within one column (an ideograph is two), no line overflows.
        for lead in ["The minister said that ", "かなかな、", "He said: "] {
            let text = format!("{lead}北京市政府今天宣布新的交通计划将在明年全面实施并且扩大范围");
            for width in 8..60 {
                let ranges = wrap_text(&text, width);
                let lines: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
                assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
                for (n, line) in lines.iter().enumerate() {
                    assert!(display_width(line) <= width, "{width}: {lines:?}");
                    let Some(next) = ranges.get(n + 1) else {
                        continue;
                    };
                    let gap = next.start - ranges[n].end;
                    if text[next.start..].starts_with(['北', '京', '市', '政', '府', '今', '天'])
                    {
                        assert!(display_width(line) + gap + 2 > width, "{width}: {lines:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_in_chinese_and_japanese_text_are_never_cut() {
        // Each number (and its decimal point) is one stretch no line may divide, at every
        // width it fits; the ideographs around it still break anywhere.
        for (text, numbers) in [
            (
                "这座桥将在2025年完工，费用为12345678元。价格是3.14159元。",
                &["2025", "12345678", "3.14159"][..],
            ),
            (
                "人口は1,234,567人で、面積は98.6平方キロです。",
                &["1,234,567", "98.6"][..],
            ),
        ] {
            for width in 9..40 {
                let ranges = wrap_text(text, width);
                let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect();
                assert_eq!(joined, text);
                for number in numbers {
                    let at = text.find(number).unwrap();
                    let inside = at + 1..at + number.len();
                    assert!(
                        ranges.iter().all(|r| !inside.contains(&r.start)),
                        "{number} cut at {width}: {:?}",
                        ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>()
                    );
                }
            }
        }
    }

    proptest! {
        /// Runs of ideographs and punctuation with no spaces, at any width: no line starts
        /// with closing punctuation nor ends with opening, unless the stretch of text that
        /// cannot be broken (`」。` after a character, say) is itself wider than the line;
        /// every line within the width, every byte kept in order.
        #[test]
        fn no_wrapped_line_starts_with_closing_punctuation(
            text in proptest::collection::vec(
                prop_oneof![
                    4 => proptest::sample::select(vec!["北", "京", "日", "本", "語", "か", "な"]),
                    1 => proptest::sample::select(vec!["，", "。", "、", "」", "）", "！", "？", "：", "；"]),
                    1 => proptest::sample::select(vec!["「", "（"]),
                ],
                1..60,
            ).prop_map(|parts| parts.concat()),
            width in 1usize..24,
        ) {
            let ranges = wrap_text(&text, width);
            let joined: String = ranges.iter().map(|r| &text[r.clone()]).collect();
            prop_assert_eq!(&joined, &text);
            for (n, range) in ranges.iter().enumerate() {
                let line = &text[range.clone()];
                prop_assert!(display_width(line) <= width.max(2), "{:?}", line);
                if n == 0 {
                    continue;
                }
                let before = text[..range.start].chars().next_back().unwrap();
                let first = line.chars().next().unwrap();
                if CLOSING.contains(first) || OPENING.contains(before) {
                    // Allowed only where no break was possible within a line's width
                    // before it: the unbreakable stretch around this place is wider.
                    let breaks: Vec<usize> =
                        unicode_linebreak::linebreaks(&text).map(|(at, _)| at).collect();
                    let mut start = range.start;
                    let mut columns = 0;
                    while let Some(c) = text[..start].chars().next_back() {
                        if breaks.binary_search(&start).is_ok() {
                            break;
                        }
                        start -= c.len_utf8();
                        columns += display_width(c.encode_utf8(&mut [0; 4]));
                    }
                    prop_assert!(columns + display_width(first.encode_utf8(&mut [0; 4])) > width,
                        "{:?} at {}: {:?}", line, width, ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>());
                }
            }
        }
    }

    proptest! {
        /// The fast path for simple text measures exactly as grapheme by grapheme.
        #[test]
        fn display_width_is_the_sum_of_grapheme_widths(
            text in "[a-z é“”—…\u{ad}\u{200b}\u{301}\u{fe0f}\u{2764}\u{65e5}\t\n]{0,24}"
        ) {
            let by_grapheme: usize = text.graphemes(true).map(grapheme_width).sum();
            prop_assert_eq!(display_width(&text), by_grapheme);
        }

        /// Every line fits (its hyphen included); a word breaks only at its soft hyphens
        /// (every part fits a line), showing a hyphen exactly there, or between ideographs
        /// where a run of them fills the line it starts on; nothing invisible is
        /// shown; and no visible character is lost.
        #[test]
        fn lines_break_only_at_breaks_and_soft_hyphens(text in hyphenated_text(), width in 9usize..40) {
            let lines = wrap_text(&text, width);
            let mut kept = String::new();
            for range in &lines {
                let line = &text[range.clone()];
                let drawn = shown_line(line);
                prop_assert!(display_width(&drawn) <= width, "{drawn:?} wider than {width}");
                prop_assert!(!drawn.contains(['\u{ad}', '\u{200b}']), "{drawn:?}");
                prop_assert_eq!(drawn.ends_with('-'), line.ends_with('\u{ad}'));
                let at_break = text[range.end..].chars().next().is_none_or(breaks_at);
                // A run of ideographs after a space fills its line: cut between them.
                let wide = |c: Option<char>| c.is_some_and(|c| display_width(c.encode_utf8(&mut [0; 4])) == 2);
                let between_wide = wide(line.chars().next_back()) && wide(text[range.end..].chars().next());
                prop_assert!(at_break || line.ends_with('\u{ad}') || between_wide, "cut inside a part: {line:?}");
                kept.push_str(&drawn.trim_end_matches('-').replace(' ', ""));
            }
            let visible: String = text
                .chars()
                .filter(|&c| !is_invisible_break(c) && c != ' ')
                .collect();
            prop_assert_eq!(kept, visible);
        }
    }
}
