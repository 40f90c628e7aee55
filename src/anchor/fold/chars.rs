//! The folding rules for one character at a time: typography (rule 1), invisible format characters (rule 2), compatibility forms (rule 3) and the marks of superscripts and subscripts (rule 4), as the parent module's documentation gives them.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Rule 1 for one character: its typographic replacement, if it has one.
pub(super) fn typographic(ch: char) -> Option<&'static str> {
    Some(match ch {
        '\u{2032}' => "'",
        '\u{2033}' => "\"",
        // Every other quotation mark (Unicode's Quotation_Mark): single ones to `'`,
        // double ones (“ „ « 「 〝 …) to `"`.
        c if c.is_ascii() => return None,
        c if crate::quotation::is_quotation_mark(c) => {
            if crate::quotation::is_single(c) {
                "'"
            } else {
                "\""
            }
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Whether `ch` is an invisible format character that folds to nothing (rule 2 of the
/// module's rules): U+00AD soft hyphen, U+200B zero-width space, U+2060 word joiner and
/// U+2061–U+2064 (invisible operators), U+FEFF byte-order mark (zero-width no-break
/// space), U+200E/U+200F/U+061C directional marks, U+202A–U+202E embeddings and
/// overrides, U+2066–U+2069 isolates. Not U+200C ZWNJ, U+200D ZWJ, U+034F or the
/// variation selectors, which change how the text is drawn.
pub fn is_ignorable(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Appends what the non-ASCII, non-whitespace `ch` folds to (rules 1–3) to `out`;
/// returns whether that differs from `ch`.
pub(super) fn fold_char(ch: char, out: &mut String) -> bool {
    if let Some(with) = typographic(ch) {
        out.push_str(with);
        return true;
    }
    if is_ignorable(ch) {
        return true;
    }
    if is_nfkc_quick(std::iter::once(ch)) == IsNormalized::Yes {
        out.push(ch);
        return false;
    }
    let mut normal = std::iter::once(ch).nfkc().peekable();
    if normal.peek() == Some(&ch) && normal.clone().nth(1).is_none() {
        out.push(ch);
        return false;
    }
    let normal: Vec<char> = normal.collect();
    if normal.is_empty() || normal.iter().any(|c| c.is_whitespace()) {
        out.push(ch);
        return false;
    }
    for c in normal {
        match typographic(c) {
            Some(with) => out.push_str(with),
            None if is_ignorable(c) => {}
            None => out.push(c),
        }
    }
    true
}

/// Whether `text` holds a marked superscript or subscript (rule 4): a `^` or `_`
/// directly between two characters that are not whitespace.
pub fn has_marked_form(text: &str) -> bool {
    text.char_indices()
        .any(|(at, c)| matches!(c, '^' | '_') && marks_here(text, at))
}

/// Whether the `^` or `_` at byte `at` of `text` stands between two non-space characters.
pub(super) fn marks_here(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    before.is_some_and(|c| !c.is_whitespace()) && after.is_some_and(|c| !c.is_whitespace())
}

/// The byte of the `)` that closes the `(` at byte `open` of `text`, on the same line and
/// within 64 bytes.
pub(super) fn closing_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.as_bytes()[open..].iter().enumerate().take(64) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}
