//! Making text from files safe to show: control characters, bidirectional controls and
//! invisible characters become visible marks, so no input can drive the terminal or hide text.
//!
//! An article's body keeps its zero-width spaces and word joiners (and soft hyphens) as
//! they are: in running text they say where a line may or may not break, and wrapping
//! treats them so (see [`crate::wrap`]); they are never printed. Everywhere else (the
//! strings of a claims file, names, messages) they are marked like other invisible
//! characters, and a quote is shown with them marked ([`mark_invisible`]).

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Columns between tab stops when tabs are expanded.
pub const TAB_WIDTH: usize = 8;

/// The visible stand-in for a character that must not reach the terminal as it is,
/// or `None` when the character is safe. `prev` and `next` are its neighbours; with
/// `breaks_kept`, zero-width spaces and word joiners are kept (an article's body).
fn stand_in(
    ch: char,
    prev: Option<char>,
    next: Option<char>,
    breaks_kept: bool,
) -> Option<Cow<'static, str>> {
    let tag = |name: &'static str| Some(Cow::Borrowed(name));
    match ch {
        '\u{200b}' | '\u{2060}' if breaks_kept => None,
        // C0 controls and DEL: the Unicode control pictures (ESC shows as ␛).
        '\0'..='\x08' | '\x0b' | '\x0c' | '\x0e'..='\x1f' => {
            char::from_u32(0x2400 + ch as u32).map(|c| Cow::Owned(c.to_string()))
        }
        '\x7f' => tag("\u{2421}"),
        // C1 controls, as `less` shows them.
        '\u{80}'..='\u{9f}' => Some(Cow::Owned(format!("<{:02X}>", ch as u32))),
        // Bidirectional controls (the "Trojan Source" characters).
        '\u{202a}' => tag("⟨LRE⟩"),
        '\u{202b}' => tag("⟨RLE⟩"),
        '\u{202c}' => tag("⟨PDF⟩"),
        '\u{202d}' => tag("⟨LRO⟩"),
        '\u{202e}' => tag("⟨RLO⟩"),
        '\u{2066}' => tag("⟨LRI⟩"),
        '\u{2067}' => tag("⟨RLI⟩"),
        '\u{2068}' => tag("⟨FSI⟩"),
        '\u{2069}' => tag("⟨PDI⟩"),
        '\u{200e}' => tag("⟨LRM⟩"),
        '\u{200f}' => tag("⟨RLM⟩"),
        '\u{061c}' => tag("⟨ALM⟩"),
        // Invisible characters that could hide or join text unseen.
        '\u{200b}' => tag("⟨ZWSP⟩"),
        '\u{2060}' => tag("⟨WJ⟩"),
        '\u{feff}' => tag("⟨ZWNBSP⟩"),
        '\u{180e}' => tag("⟨MVS⟩"),
        '\u{2061}'..='\u{2064}' => Some(Cow::Owned(format!("⟨U+{:04X}⟩", ch as u32))),
        // Joiners are part of emoji sequences and of many scripts; between ASCII they hide text.
        '\u{200c}' | '\u{200d}' => {
            let ascii_side = prev.is_none_or(|c| c.is_ascii()) || next.is_none_or(|c| c.is_ascii());
            let name = if ch == '\u{200c}' {
                "⟨ZWNJ⟩"
            } else {
                "⟨ZWJ⟩"
            };
            ascii_side.then_some(Cow::Borrowed(name))
        }
        // Tag characters are invisible except inside an emoji flag sequence.
        '\u{e0000}'..='\u{e007f}' => {
            let in_flag = matches!(prev, Some('\u{1f3f4}' | '\u{e0000}'..='\u{e007f}'));
            (!in_flag).then(|| Cow::Owned(format!("⟨U+{:04X}⟩", ch as u32)))
        }
        _ => None,
    }
}

/// Cleans text for display. With `keep_newlines` (an article's body), line breaks stay
/// (a lone CR becomes one, and U+2028/U+2029 too), and so do zero-width spaces and word
/// joiners (break opportunities, never printed); otherwise every line break becomes a
/// space and those are marked `⟨ZWSP⟩`, `⟨WJ⟩`. Tabs are expanded to the next multiple of
/// [`TAB_WIDTH`] columns.
pub fn clean(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    clean_as(text, keep_newlines, keep_newlines)
}

/// Cleans a quote from a claims file: as a one-line field, but keeping zero-width spaces,
/// word joiners and soft hyphens as they are, as the body keeps them, so a quote copied
/// with them anchors exactly. Show it through [`mark_invisible`].
pub fn clean_quote(text: &str) -> Cow<'_, str> {
    clean_as(text, false, true)
}

/// `text` with the invisible characters the body keeps shown as marks: `⟨ZWSP⟩`,
/// `⟨WJ⟩`, `⟨SHY⟩`. For quotes, where an invisible character could hide something.
pub fn mark_invisible(text: &str) -> Cow<'_, str> {
    if !text.contains(['\u{200b}', '\u{2060}', '\u{ad}']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for ch in text.chars() {
        match ch {
            '\u{200b}' => out.push_str("⟨ZWSP⟩"),
            '\u{2060}' => out.push_str("⟨WJ⟩"),
            '\u{ad}' => out.push_str("⟨SHY⟩"),
            _ => out.push(ch),
        }
    }
    Cow::Owned(out)
}

fn clean_as(text: &str, keep_newlines: bool, breaks_kept: bool) -> Cow<'_, str> {
    // Printable ASCII (and line breaks, when kept) is safe as it is: look only at the rest.
    let plain = |b: &u8| (b' '..=b'~').contains(b) || (*b == b'\n' && keep_newlines);
    let first_other = text.bytes().position(|b| !plain(&b));
    let Some(first_other) = first_other else {
        return Cow::Borrowed(text);
    };
    let unsafe_char = |ch: char| {
        ch == '\t'
            || ch == '\r'
            || ch == '\u{2028}'
            || ch == '\u{2029}'
            || (ch == '\n' && !keep_newlines)
            || (ch != '\n' && stand_in(ch, None, None, breaks_kept).is_some())
            || matches!(ch, '\u{200c}' | '\u{200d}' | '\u{e0000}'..='\u{e007f}')
    };
    // Character by character only where the text is not plain ASCII.
    let mut rest = &text[first_other..];
    loop {
        let Some(ch) = rest.chars().next() else {
            return Cow::Borrowed(text);
        };
        if unsafe_char(ch) {
            break;
        }
        rest = &rest[ch.len_utf8()..];
        let skip = rest.bytes().position(|b| !plain(&b)).unwrap_or(rest.len());
        rest = &rest[skip..];
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut column = 0;
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let next = chars.peek().copied();
        match ch {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                if ch == '\r' && next == Some('\n') {
                    // CRLF: the LF that follows makes the break.
                } else if keep_newlines {
                    out.push('\n');
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            _ => match stand_in(ch, prev, next, breaks_kept) {
                Some(mark) => {
                    column += mark.chars().count();
                    out.push_str(&mark);
                }
                None => {
                    column += ch.width().unwrap_or(0);
                    out.push(ch);
                }
            },
        }
        prev = Some(ch);
    }
    Cow::Owned(out)
}

/// Cleans a one-line field (a name, a summary, a message): line breaks become spaces.
pub fn clean_line(text: &str) -> String {
    clean(text, false).into_owned()
}

/// The length in bytes of the stand-in mark `text` starts with (`⟨LRE⟩`, `␛`, `<85>`:
/// what [`clean`] writes for a character that must not reach the terminal), or of an
/// invisible character a body keeps as it is (zero-width space, word joiner, soft hyphen,
/// joiners, tag characters); `None` when it starts with neither. For readers of the body,
/// such as the drafter, that must take them as nothing.
pub fn mark_len(text: &str) -> Option<usize> {
    let ch = text.chars().next()?;
    match ch {
        // The control pictures C0 controls and DEL are shown as.
        '\u{2400}'..='\u{2421}' => Some(ch.len_utf8()),
        '\u{200b}'
        | '\u{2060}'
        | '\u{ad}'
        | '\u{200c}'
        | '\u{200d}'
        | '\u{e0000}'..='\u{e007f}' => Some(ch.len_utf8()),
        // A named mark: `⟨LRE⟩`, `⟨U+2061⟩`.
        '⟨' => {
            let (close, _) = text.char_indices().take(12).find(|&(_, c)| c == '⟩')?;
            let inner = &text[ch.len_utf8()..close];
            let named = (2..=9).contains(&inner.len())
                && inner
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+');
            named.then_some(close + '⟩'.len_utf8())
        }
        // A C1 control, as `less` shows it: `<85>`.
        '<' => {
            let b = text.as_bytes();
            let c1 = b.len() >= 4
                && matches!(b[1], b'8' | b'9')
                && (b[2].is_ascii_digit() || (b'A'..=b'F').contains(&b[2]))
                && b[3] == b'>';
            c1.then_some(4)
        }
        _ => None,
    }
}

/// The length in bytes of the stand-in mark or kept invisible character `text` ends
/// with (see [`mark_len`]); `None` when it ends with neither.
pub fn mark_len_back(text: &str) -> Option<usize> {
    let last = text.chars().next_back()?;
    let mut starts = vec![text.len() - last.len_utf8()];
    let near = (text.len().saturating_sub(40)..text.len())
        .find(|&at| text.is_char_boundary(at))
        .unwrap_or(0);
    if let Some(open) = text[near..].rfind('⟨').map(|at| at + near) {
        starts.push(open);
    }
    if text.len() >= 4 && text.is_char_boundary(text.len() - 4) {
        starts.push(text.len() - 4);
    }
    starts
        .into_iter()
        .find(|&at| mark_len(&text[at..]) == Some(text.len() - at))
        .map(|at| text.len() - at)
}

/// `text` without its stand-in marks and kept invisible characters ([`mark_len`]), its
/// words joined by single spaces: a name, a role or a summary read from a body.
pub fn without_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(ch) = rest.chars().next() {
        match mark_len(rest) {
            Some(len) => rest = &rest[len..],
            None => {
                out.push(ch);
                rest = &rest[ch.len_utf8()..];
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every character that [`clean`] shows in a body as a stand-in, with its mark, and the
/// invisible characters a body keeps as they are: what readers of a body must take as
/// nothing ([`mark_len`]).
#[cfg(test)]
pub(crate) fn every_stand_in() -> Vec<(char, String)> {
    let mut out: Vec<(char, String)> = (0..=0x10ffff_u32)
        .filter_map(char::from_u32)
        .filter(|&c| !matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}'))
        .filter_map(|c| {
            // Between ASCII letters, as joiners are marked there.
            let text = format!("a{c}b");
            let shown = clean(&text, true);
            (shown != text).then(|| (c, shown[1..shown.len() - 1].to_string()))
        })
        .collect();
    out.extend(['\u{200b}', '\u{2060}', '\u{ad}'].map(|c| (c, c.to_string())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stand_in_mark_and_kept_invisible_character_is_known_as_one() {
        let marks = every_stand_in();
        assert!(marks.len() > 200, "{}", marks.len());
        for (c, mark) in &marks {
            assert_eq!(mark_len(mark), Some(mark.len()), "{c:?} {mark}");
            assert_eq!(mark_len_back(mark), Some(mark.len()), "{c:?} {mark}");
            assert_eq!(without_marks(&format!("Jane{mark} Doe")), "Jane Doe");
        }
        for kept in ['\u{200b}', '\u{2060}', '\u{ad}'] {
            let text = format!("x{kept}");
            assert_eq!(clean(&text, true), text);
            assert_eq!(mark_len(&text[1..]), Some(kept.len_utf8()));
        }
        for plain in ["⟨a⟩", "<80", "<7F>", "⟨⟩", "Jane", "⟨NOT A MARK AT ALL⟩"] {
            assert_eq!(mark_len(plain), None, "{plain}");
        }
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(clean("a\x1b[2Jb", true), "a␛[2Jb");
        assert_eq!(clean("\x1b]52;c;aGk=\x07", true), "␛]52;c;aGk=␇");
        assert_eq!(clean("x\x7fy\u{9b}z", true), "x␡y<9B>z");
        assert_eq!(clean("\0", true), "␀");
    }

    #[test]
    fn line_breaks_tabs_and_carriage_returns() {
        assert_eq!(clean("a\r\nb\rc", true), "a\nb\nc");
        assert_eq!(clean("a\nb", false), "a b");
        assert_eq!(clean("ab\tc", true), "ab      c");
        assert_eq!(clean("x\n\ty", true), "x\n        y");
        assert_eq!(clean("日本\tx", true), "日本    x");
    }

    #[test]
    fn bidi_controls_cannot_reorder_text() {
        let trojan = "access = \"user\u{202e} \u{2066}// admin\u{2069}\u{2066}\"";
        let shown = clean(trojan, true);
        assert_eq!(shown, "access = \"user⟨RLO⟩ ⟨LRI⟩// admin⟨PDI⟩⟨LRI⟩\"");
        assert!(
            !shown
                .chars()
                .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        );
    }

    #[test]
    fn zero_width_characters_are_marked_unless_they_join_emoji_or_scripts() {
        // In claims-file strings, names and messages.
        assert_eq!(clean("Iran\u{200b}is", false), "Iran⟨ZWSP⟩is");
        assert_eq!(clean("a\u{2060}b", false), "a⟨WJ⟩b");
        assert_eq!(clean("a\u{feff}b", true), "a⟨ZWNBSP⟩b");
        assert_eq!(clean("a\u{200d}b", true), "a⟨ZWJ⟩b");
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(clean(family, true), family);
        let persian = "می\u{200c}خواهم";
        assert_eq!(clean(persian, true), persian);
        let scotland = "\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}";
        assert_eq!(clean(scotland, true), scotland);
        assert_eq!(clean("a\u{e0041}b", true), "a⟨U+E0041⟩b");
    }

    #[test]
    fn the_body_keeps_zero_width_spaces_word_joiners_and_soft_hyphens_as_break_rules() {
        let korean = "한국어\u{200b}텍스트는\u{200b}여기서";
        assert_eq!(clean(korean, true), korean);
        assert!(matches!(clean(korean, true), Cow::Borrowed(_)));
        assert_eq!(clean("a\u{2060}b", true), "a\u{2060}b");
        assert_eq!(
            clean("Acknow\u{ad}ledge\u{ad}ments", true),
            "Acknow\u{ad}ledge\u{ad}ments"
        );
        assert_eq!(clean("Acknow\u{ad}ledge", false), "Acknow\u{ad}ledge");
        // The other invisible characters stay marked in the body.
        assert_eq!(clean("a\u{200d}b\u{180e}", true), "a⟨ZWJ⟩b⟨MVS⟩");
    }

    #[test]
    fn quotes_keep_break_characters_and_are_shown_with_them_marked() {
        let quote = "Iran\u{200b}is \u{1b}[2J\nnext";
        assert_eq!(clean_quote(quote), "Iran\u{200b}is ␛[2J next");
        assert_eq!(
            mark_invisible(&clean_quote(quote)),
            "Iran⟨ZWSP⟩is ␛[2J next"
        );
        assert_eq!(mark_invisible("a\u{2060}b\u{ad}c"), "a⟨WJ⟩b⟨SHY⟩c");
        assert!(matches!(mark_invisible("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn safe_text_is_borrowed() {
        assert!(matches!(
            clean("plain “quoted” text\nnext", true),
            Cow::Borrowed(_)
        ));
        assert!(matches!(clean("plain", false), Cow::Borrowed(_)));
    }
}
