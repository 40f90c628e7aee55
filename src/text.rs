//! Turning file bytes into the text counterpoint works on, and small text helpers shared by loaders.

use serde::{Deserialize, Deserializer};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::error::{Error, Result};
use crate::wrap::{display_width, wrap_lines};

/// Decodes UTF-8 strictly, dropping a byte-order mark and the CR of CRLF line endings:
/// for the files no flag makes forgiving (claims files, `config.toml`, imports).
/// Invalid UTF-8 is an error that names the line and column of the first bad byte.
///
/// # Errors
/// [`Error::At`] at the first NUL byte when the bytes look binary, or at the first byte
/// that is not UTF-8, with a hint to convert the file (never to pass `--force` or
/// `--lossy`, which are for articles); `name` is the file named in the error.
pub fn decode_utf8(name: &str, bytes: &[u8]) -> Result<String> {
    decode(name, bytes, Decoding::default())
        .map(|decoded| decoded.text)
        .map_err(|e| {
            let binary = matches!(&e, Error::At(at) if at.message.contains("binary"));
            e.with_hint(match binary {
                true => "this file must be text: check that the right file is named",
                false => {
                    "convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW"
                }
            })
        })
}

/// How forgiving to be with a file's bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Decoding {
    /// Replace invalid UTF-8 with U+FFFD instead of stopping.
    pub lossy: bool,
    /// Open a file that looks binary (has a NUL byte) instead of refusing.
    pub force: bool,
}

/// Decoded text, and what the reader should be warned of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<crate::warning::Warning>,
}

/// Decodes a file's bytes: refuses binary files unless forced, and invalid UTF-8 unless
/// lossy; drops a byte-order mark and the CR of CRLF line endings.
///
/// # Errors
/// [`Error::At`] in the file `name`: at the first NUL byte when `how.force` is off (the
/// bytes look binary; the hint says to pass `--force`), or at the first byte that is not
/// UTF-8 when `how.lossy` is off (the hint says to convert the file or pass `--lossy`).
/// With both on it never fails; what it let through is in [`Decoded::warnings`].
pub fn decode(name: &str, bytes: &[u8], how: Decoding) -> Result<Decoded> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut warnings = Vec::new();
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        if !how.force {
            let before = String::from_utf8_lossy(&bytes[..at]);
            let message = "this looks like a binary file (it has a NUL byte)";
            return Err(Error::at(name, &before, before.len(), message)
                .with_hint("pass --force to open it anyway; NUL bytes show as ␀"));
        }
        warnings.push(crate::warning::Warning::NulBytes { file: name.into() });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(err) => {
            let good = &bytes[..err.valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            if !how.lossy {
                return Err(Error::at(name, good, good.len(), "invalid UTF-8").with_hint(
                    "convert the file to UTF-8 (iconv -t UTF-8), or pass --lossy to show bad bytes as �",
                ));
            }
            let (line, column) = crate::error::line_col(good, good.len());
            warnings.push(crate::warning::Warning::InvalidUtf8 {
                file: name.into(),
                line,
                column,
            });
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    };
    Ok(Decoded { text, warnings })
}

/// [`decode`] of bytes the caller gives up: a file that is plain UTF-8 already (no
/// byte-order mark, NUL or CR, as most are) becomes the text in place, without a copy
/// as large as the file.
///
/// # Errors
/// Those of [`decode`].
pub fn decode_owned(name: &str, bytes: Vec<u8>, how: Decoding) -> Result<Decoded> {
    let bytes = if bytes.starts_with(b"\xEF\xBB\xBF") || bytes.iter().any(|&b| b == 0 || b == b'\r')
    {
        bytes
    } else {
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Ok(Decoded {
                    text,
                    warnings: Vec::new(),
                });
            }
            Err(err) => err.into_bytes(),
        }
    };
    decode(name, &bytes, how)
}

/// Accepts a string or a TOML date/time for a field that is kept exactly as written.
///
/// # Errors
/// The deserializer's error ("data did not match any variant of untagged enum
/// StringOrDate") when the value is present but neither a string nor a date/time, e.g. a
/// number or a table.
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

/// The possessive of a name or noun phrase: `Dana Whitfield's`, `Public health experts'`
/// (a plural in -s takes the apostrophe alone, as in "the experts' response").
pub fn possessive(name: &str) -> String {
    if name.ends_with("s'") || name.ends_with("'s") {
        return name.to_string();
    }
    match name.ends_with('s') && !name.ends_with("ss") {
        true => format!("{name}'"),
        false => format!("{name}'s"),
    }
}

/// "1 claim", "2 claims", "2 entries": a count with its noun.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    // A consonant and -y: -ies (entries, replies).
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{n} {stem}ies");
    }
    // English's regular plural: -es after a sibilant (matches, boxes, wishes), else -s.
    let sibilant = ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| noun.ends_with(end));
    format!("{n} {noun}{}", if sibilant { "es" } else { "s" })
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

/// A web address shortened to at most `width` display columns for a one-line display:
/// without its scheme (`https://`), then, when still too wide, its host and the end of
/// its path around a `…` (`example.org/…/the-pier`), or cut at the end when even the host
/// does not fit.
pub fn shorten_address(url: &str, width: usize) -> String {
    let bare = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .trim_end_matches('/');
    if display_width(bare) <= width {
        return bare.to_string();
    }
    let (host, path) = bare.split_at(bare.find('/').unwrap_or(bare.len()));
    // The host, `/…/`, and as much of the path's end as fits.
    let room = width.saturating_sub(display_width(host) + 3);
    if path.is_empty() || room < 8 {
        return ellipsize(bare, width);
    }
    let mut tail = Vec::new();
    let mut used = 0;
    for grapheme in path.graphemes(true).rev() {
        let w = grapheme.width();
        if used + w > room {
            break;
        }
        used += w;
        tail.push(grapheme);
    }
    tail.reverse();
    let tail = tail.concat();
    format!("{host}/…/{}", tail.trim_start_matches('/'))
}

/// The columns two fields of one row get when they share `total`: `first` wants
/// `first_width` and matters more, `second` wants `second_width` and is shortened first.
/// Blank space is used before anything is cut; when both cannot fit, the second gives
/// way down to its fair share (half the row, rounded down), and only then the first.
/// Returns (first's columns, second's columns), their sum at most `total`.
pub fn share(first_width: usize, second_width: usize, total: usize) -> (usize, usize) {
    if first_width + second_width <= total {
        return (first_width, second_width);
    }
    let second = second_width.min(total.saturating_sub(first_width).max(total / 2));
    (first_width.min(total - second), second)
}

/// `text` wrapped to `width` columns, the first line after `first`, the rest after `rest`,
/// ending with a line break; each line as [`crate::wrap::shown_line`] shows it (no
/// invisible break characters, `-` where it breaks at a soft hyphen).
pub fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    let room = |indent: &str| width.saturating_sub(display_width(indent));
    let mut out = String::new();
    for (n, line) in wrap_lines(text, room(first), room(rest))
        .into_iter()
        .enumerate()
    {
        out.push_str(if n == 0 { first } else { rest });
        out.push_str(&crate::wrap::shown_line(line));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessive_is_made_as_english_makes_it() {
        assert_eq!(possessive("Dana Whitfield"), "Dana Whitfield's");
        assert_eq!(
            possessive("Public health experts"),
            "Public health experts'"
        );
        assert_eq!(
            possessive("the Chamber of Commerce"),
            "the Chamber of Commerce's"
        );
        assert_eq!(possessive("Congress"), "Congress's");
        assert_eq!(possessive("the experts'"), "the experts'");
    }

    #[test]
    fn addresses_are_shortened_around_the_middle_and_never_overflow() {
        let url = "https://example.org/news/2026/11/the-pier-and-the-storms";
        assert_eq!(
            shorten_address(url, 80),
            "example.org/news/2026/11/the-pier-and-the-storms"
        );
        let short = shorten_address(url, 37);
        assert!(short.starts_with("example.org/…"), "{short}");
        assert!(short.ends_with("the-pier-and-the-storms"), "{short}");
        assert!(display_width(&short) <= 37, "{short}");
        for width in 0..60 {
            assert!(
                display_width(&shorten_address(url, width)) <= width,
                "{width}"
            );
        }
        assert_eq!(
            shorten_address("http://127.0.0.1:8765/", 40),
            "127.0.0.1:8765"
        );
        assert_eq!(shorten_address(url, 12), "example.org…");
    }

    fn sentences(warnings: &[crate::warning::Warning]) -> Vec<String> {
        warnings.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn counted_nouns_take_their_plural() {
        for (n, noun, said) in [
            (1, "approximate match", "1 approximate match"),
            (2, "approximate match", "2 approximate matches"),
            (0, "claim", "0 claims"),
            (3, "box", "3 boxes"),
            (2, "wish", "2 wishes"),
            (5, "place", "5 places"),
            (2, "response", "2 responses"),
            (2, "new entry", "2 new entries"),
            (2, "day", "2 days"),
        ] {
            assert_eq!(plural(n, noun), said);
        }
    }

    #[test]
    fn a_row_s_fields_share_it_fairly() {
        // Both fit: blank space first, nothing cut.
        assert_eq!(share(10, 5, 20), (10, 5));
        // The second gives way, down to half the row...
        assert_eq!(share(10, 30, 20), (10, 10));
        assert_eq!(share(5, 30, 20), (5, 15));
        // ...then the first.
        assert_eq!(share(30, 30, 20), (10, 10));
        assert_eq!(share(30, 4, 20), (16, 4));
        for total in 0..40 {
            for a in 0..40 {
                for b in 0..40 {
                    let (x, y) = share(a, b, total);
                    assert!(x <= a && y <= b && x + y <= total);
                    if a + b <= total {
                        assert_eq!((x, y), (a, b));
                    } else {
                        // Nothing is left unused, and the first keeps at least half.
                        assert_eq!(x + y, total);
                        assert!(x >= a.min(total - total / 2));
                    }
                }
            }
        }
    }

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
    fn binary_files_are_refused_unless_forced() {
        let err = decode("f.bin", b"ab\ncd\0ef", Decoding::default()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("f.bin:2:3: this looks like a binary file"),
            "{err}"
        );
        let forced = decode(
            "f.bin",
            b"ab\0",
            Decoding {
                force: true,
                lossy: false,
            },
        )
        .unwrap();
        assert_eq!(forced.text, "ab\0");
        assert_eq!(
            sentences(&forced.warnings),
            ["f.bin has NUL bytes (shown as ␀)"]
        );
    }

    #[test]
    fn lossy_mode_replaces_bad_bytes_and_says_where() {
        let decoded = decode(
            "f.md",
            b"ok\nab\xFFc",
            Decoding {
                lossy: true,
                force: false,
            },
        )
        .unwrap();
        assert_eq!(decoded.text, "ok\nab\u{FFFD}c");
        assert_eq!(
            sentences(&decoded.warnings),
            ["f.md: invalid UTF-8 from line 2, column 3, shown as �"]
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

    #[test]
    fn decoding_owned_bytes_gives_what_decoding_borrowed_ones_does() {
        let how = Decoding {
            lossy: true,
            force: true,
        };
        for bytes in [
            &b"plain text\n"[..],
            b"\xEF\xBB\xBFwith a mark",
            b"crlf\r\nlines\r\n",
            b"nul\0byte",
            b"bad \xFF utf-8",
            "caf\u{e9} \u{201c}quoted\u{201d}".as_bytes(),
            b"",
        ] {
            assert_eq!(
                decode_owned("f", bytes.to_vec(), how).unwrap(),
                decode("f", bytes, how).unwrap(),
                "{bytes:?}"
            );
            assert_eq!(
                decode_owned("f", bytes.to_vec(), Decoding::default()).ok(),
                decode("f", bytes, Decoding::default()).ok(),
                "{bytes:?}"
            );
        }
    }
}
