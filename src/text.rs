//! Turning file bytes into the text counterpoint works on, and small text helpers shared by loaders.

use serde::{Deserialize, Deserializer};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::error::{Error, Result};
use crate::layout::{display_width, wrap_lines};

/// Decodes UTF-8, dropping a byte-order mark and the CR of CRLF line endings.
/// Invalid UTF-8 is an error that names the line and column of the first bad byte.
pub fn decode_utf8(name: &str, bytes: &[u8]) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let good = &bytes[..err.valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            return Err(Error::at(name, good, good.len(), "invalid UTF-8")
                .with_hint("convert the file to UTF-8, for example with iconv -t UTF-8"));
        }
    };
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    })
}

/// Accepts a string or a TOML date/time for a field that is kept exactly as written.
pub fn verbatim_string<'de, D>(deserializer: D) -> std::result::Result<Option<String>, D::Error>
where
    D: Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum StringOrDate {
        Text(String),
        Date(toml::value::Datetime),
    }
    Ok(
        Option::<StringOrDate>::deserialize(deserializer)?.map(|value| match value {
            StringOrDate::Text(text) => text,
            StringOrDate::Date(date) => date.to_string(),
        }),
    )
}

/// Shortens `text` to at most `width` display columns, ending with `…` when cut,
/// and never inside a grapheme.
pub fn ellipsize(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let w = grapheme.width();
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push_str(grapheme);
    }
    out.push('…');
    out
}

/// `text` wrapped to `width` columns, the first line after `first`, the rest after `rest`,
/// ending with a line break.
pub fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    let room = |indent: &str| width.saturating_sub(display_width(indent));
    let mut out = String::new();
    for (n, line) in wrap_lines(text, room(first), room(rest))
        .into_iter()
        .enumerate()
    {
        out.push_str(if n == 0 { first } else { rest });
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_removed() {
        assert_eq!(decode_utf8("f", b"\xEF\xBB\xBFa\r\nb").unwrap(), "a\nb");
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode_utf8("f.md", b"ok\nab\xFFc").unwrap_err();
        assert!(
            err.to_string().starts_with("f.md:2:3: invalid UTF-8"),
            "{err}"
        );
    }

    #[test]
    fn ellipsize_cuts_by_display_width() {
        assert_eq!(ellipsize("hello", 5), "hello");
        assert_eq!(ellipsize("hello world", 6), "hello…");
        assert_eq!(ellipsize("日本語テキスト", 5), "日本…");
        assert_eq!(ellipsize("abc", 0), "");
        assert_eq!(ellipsize("ae\u{301}e\u{301}e\u{301}", 3), "ae\u{301}…");
    }

    #[test]
    fn fill_indents_and_wraps() {
        assert_eq!(
            fill("one two three four", 10, "- ", "  "),
            "- one two\n  three\n  four\n"
        );
    }
}
