//! A fast path for the common case of text made only of characters that are each a
//! grapheme of their own and one column wide (ASCII, Latin, common punctuation), so
//! wrapping and drawing can skip grapheme segmentation where it cannot change anything.
//!
//! Unicode's grapheme cluster rules (UAX #29) join characters only around combining
//! marks, joiners, variation selectors, prepended marks, spacing marks, Hangul syllables,
//! regional indicators and controls: between two characters of none of those kinds there
//! is always a boundary (rule GB999). [`is_simple`] accepts only characters of none of
//! those kinds whose width `unicode-width` (and ratatui's buffer) gives as one column; the
//! tests check both facts exhaustively for every accepted character and every pair of
//! them, against `unicode-segmentation` and the wrapper's own measure.

/// Whether `c` is a grapheme of its own next to any other simple character and takes
/// exactly one column: printable ASCII; U+00A0–U+02FF (Latin-1 letters and signs, Latin
/// Extended-A and -B, IPA, spacing modifier letters) but the soft hyphen; and the common
/// punctuation of U+2010–U+2027 and U+2030–U+205E (dashes, curly quotes, ellipsis,
/// primes) but the emoji `‼` (U+203C) and `⁉` (U+2049); and the marks the sidebar draws
/// beside its words (`↷ ≈ ─ ▌ ◇ ✓ ✗`), so its rows take this path too.
pub fn is_simple(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{2FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{203B}'
        | '\u{203D}'..='\u{2048}'
        | '\u{204A}'..='\u{205E}'
        | '\u{21B7}'
        | '\u{2248}'
        | '\u{2500}'
        | '\u{258C}'
        | '\u{25C7}'
        | '\u{2713}'
        | '\u{2717}')
}

/// The display width of `text` in columns when every character in it is simple
/// ([`is_simple`]): its number of characters; `None` when any is not.
pub fn simple_width(text: &str) -> Option<usize> {
    if text.is_ascii() {
        // Printable ASCII only (controls, tabs and line breaks are not simple).
        return text
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b))
            .then_some(text.len());
    }
    let mut count = 0;
    for c in text.chars() {
        if !is_simple(c) {
            return None;
        }
        count += 1;
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn simple_chars() -> Vec<char> {
        (0u32..0x3000)
            .filter_map(char::from_u32)
            .filter(|&c| is_simple(c))
            .collect()
    }

    #[test]
    fn every_simple_character_takes_one_column_as_the_wrapper_and_buffer_measure() {
        for c in simple_chars() {
            let s = c.to_string();
            assert_eq!(
                crate::wrap::grapheme_width(&s),
                1,
                "{c:?} U+{:04X}",
                c as u32
            );
            assert_eq!(
                usize::from(ratatui::buffer::CellWidth::cell_width(s.as_str())),
                1,
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn every_pair_of_simple_characters_is_two_graphemes() {
        let chars = simple_chars();
        let mut pair = String::new();
        for &a in &chars {
            for &b in &chars {
                pair.clear();
                pair.push(a);
                pair.push(b);
                assert_eq!(
                    pair.graphemes(true).count(),
                    2,
                    "U+{:04X} U+{:04X}",
                    a as u32,
                    b as u32
                );
            }
        }
    }

    #[test]
    fn controls_marks_joiners_and_emoji_are_not_simple() {
        for c in [
            '\n',
            '\t',
            '\r',
            '\u{7f}',
            '\u{ad}',
            '\u{300}',
            '\u{200B}',
            '\u{200D}',
            '\u{2028}',
            '\u{202E}',
            '\u{203C}',
            '\u{2049}',
            '\u{2060}',
            '\u{FE0F}',
            '日',
            '😀',
            '\u{1F1EB}',
            '\u{1100}',
        ] {
            assert!(!is_simple(c), "U+{:04X}", c as u32);
        }
        assert_eq!(simple_width("a\u{301}"), None);
        assert_eq!(simple_width("tab\there"), None);
        assert_eq!(simple_width("“Café” — naïve…"), Some(15));
        assert_eq!(simple_width("plain"), Some(5));
        // The sidebar's marks, as its tally and headers draw them.
        assert_eq!(simple_width("✗ 3 disputes  ✓ 1 supports"), Some(26));
        assert_eq!(simple_width("▌ 12◇ ≈ 90% alike ↷ moved ──"), Some(28));
        // Marks the sidebar draws that are emoji, or wide, stay off the path.
        assert_eq!(simple_width("⚠ not in the text"), None);
        assert_eq!(simple_width("✔"), None);
        assert_eq!(simple_width(""), Some(0));
    }
}
