//! Tests of wrapping: source ranges, graphemes, soft hyphens, zero-width spaces, UAX #14 breaks in Chinese and Japanese text.

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
