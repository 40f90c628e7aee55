//! A web page's bytes as text: its charset from a byte-order mark, the HTTP header, or the page's own `<meta>` declaration, else UTF-8 when valid, else windows-1252.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into a page its `<meta charset>` is looked for. Browsers look in the first
/// 1024 bytes; a saved page often has more before it (a saved-from comment, long
/// inline scripts or styles in the head), and a declaration found a little later is
/// still the page's own word.
pub const PRESCAN_BYTES: usize = 4096;

/// What decided a page's charset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetFrom {
    /// A byte-order mark (UTF-8, UTF-16LE or UTF-16BE).
    Bom,
    /// The charset of an HTTP `Content-Type` header.
    Header,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the page.
    Meta,
    /// Nothing declared (or a declaration the bytes contradict): UTF-8 when the bytes
    /// are UTF-8, else windows-1252 (what browsers assume of an undeclared Western page).
    Guess,
}

/// A decoded page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    /// The text, without a byte-order mark, with CRLF line ends made LF and NUL bytes
    /// dropped (an HTML parser drops them too; they are no sign of a binary file here).
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    pub from: CharsetFrom,
    /// Whether some bytes were not valid in that encoding (each shown as U+FFFD).
    pub replaced: bool,
}

/// Decodes a web page's bytes; `header_charset` is the `charset` parameter of an HTTP
/// `Content-Type` header, when the page was fetched with one. Never fails.
///
/// The order is the browsers': a byte-order mark, then the header, then the page's
/// own declaration (found by [`prescan`]), then UTF-8 if the bytes are UTF-8, else
/// windows-1252. Two declarations are overruled by the bytes: a page declared in a
/// single-byte legacy charset (latin-1, windows-125x, …) whose bytes are valid UTF-8
/// with some non-ASCII is UTF-8 (text in those charsets is almost never valid UTF-8 by
/// chance, while a page converted to UTF-8 that kept its old declaration is common);
/// and a page declared or guessed UTF-8 whose bytes are mostly not is windows-1252.
pub fn decode_page(bytes: &[u8], header_charset: Option<&str>) -> PageText {
    let (encoding, from, start) = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        (encoding, CharsetFrom::Bom, bom)
    } else if let Some(encoding) = header_charset.and_then(label) {
        (encoding, CharsetFrom::Header, 0)
    } else if let Some(encoding) = prescan(bytes) {
        (encoding, CharsetFrom::Meta, 0)
    } else {
        (UTF_8, CharsetFrom::Guess, 0)
    };
    let bytes = &bytes[start..];
    let (encoding, from) = match (encoding, from) {
        (_, CharsetFrom::Bom) => (encoding, from),
        (e, _) if e == UTF_8 && !mostly_utf8(bytes) => (WINDOWS_1252, CharsetFrom::Guess),
        (e, CharsetFrom::Header | CharsetFrom::Meta)
            if e != UTF_8 && e.is_single_byte() && is_utf8_beyond_ascii(bytes) =>
        {
            (UTF_8, CharsetFrom::Guess)
        }
        _ => (encoding, from),
    };
    let (text, replaced) = encoding.decode_without_bom_handling(bytes);
    PageText {
        text: tidy(text),
        encoding,
        from,
        replaced,
    }
}

/// The encoding an HTML `charset` label names, as a `<meta>` may name it: a UTF-16
/// label means UTF-8 (a page that could be read to find the label is not UTF-16), and
/// `x-user-defined` means windows-1252.
fn label(name: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(name.trim().trim_matches(['"', '\'']).as_bytes())?;
    Some(
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            UTF_8
        } else if encoding == encoding_rs::X_USER_DEFINED {
            WINDOWS_1252
        } else {
            encoding
        },
    )
}

/// Whether `bytes` are valid UTF-8 with at least one character beyond ASCII.
fn is_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// Whether `bytes` are UTF-8 with at most a few bad bytes: no more bad sequences than
/// good multi-byte characters (a UTF-8 page with a stray byte pasted in stays UTF-8; a
/// latin-1 page has only bad sequences).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    bad == 0 || good >= bad
}

/// Line ends made LF, NUL bytes dropped.
fn tidy(text: Cow<'_, str>) -> String {
    if text.contains(['\r', '\0']) {
        text.replace("\r\n", "\n").replace('\0', "")
    } else {
        text.into_owned()
    }
}

/// The charset the page declares in a `<meta>` among its first [`PRESCAN_BYTES`]
/// bytes, found as browsers find it before parsing: comments and other tags are passed
/// over; a `<meta>` counts by its `charset` attribute, or by `http-equiv="content-type"`
/// with a `content` naming `charset=`. `None` when there is none, or the label names
/// no encoding.
pub fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let bytes = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        if rest.starts_with(b"<!--") {
            at += find(&rest[4..], b"-->").map_or(rest.len(), |end| end + 7);
        } else if starts_with_ignore_case(rest, b"<meta")
            && rest
                .get(5)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/')
        {
            let (attributes, end) = attributes(&rest[5..]);
            at += 5 + end;
            if let Some(encoding) = meta_charset(&attributes) {
                return Some(encoding);
            }
        } else if rest.first() == Some(&b'<')
            && rest
                .get(1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/')
        {
            // Another tag: its attributes are passed over (a `>` inside quotes too).
            let name = rest[1..]
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>')
                .map_or(rest.len(), |n| n + 1);
            let (_, end) = attributes(&rest[name..]);
            at += name + end;
        } else if rest.first() == Some(&b'<') && matches!(rest.get(1), Some(b'!' | b'?')) {
            at += find(rest, b">").map_or(rest.len(), |end| end + 1);
        } else {
            at += 1;
        }
    }
    None
}

/// The encoding a `<meta>`'s attributes declare.
fn meta_charset(attributes: &[(String, String)]) -> Option<&'static Encoding> {
    let get = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(charset) = get("charset") {
        return label(charset);
    }
    let is_content_type = get("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-type"));
    is_content_type
        .then(|| get("content"))
        .flatten()
        .and_then(charset_parameter)
        .and_then(label)
}

/// The value of `charset=` in a `Content-Type` value (`text/html; charset=utf-8`),
/// quoted or not; `None` when there is none.
pub fn charset_parameter(content_type: &str) -> Option<&str> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset")? + "charset".len();
    let rest = content_type[at..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let value = match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next()?,
        _ => rest.split([';', ' ', '\t']).next()?,
    };
    (!value.is_empty()).then_some(value)
}

/// The attributes of a tag whose name has been read, as lower-case names and their
/// values, and where the tag ends (after its `>`, or the end of `bytes`).
fn attributes(bytes: &[u8]) -> (Vec<(String, String)>, usize) {
    let mut found = Vec::new();
    let mut at = 0;
    let skip_space = |at: &mut usize| {
        while bytes
            .get(*at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            *at += 1;
        }
    };
    loop {
        skip_space(&mut at);
        match bytes.get(at) {
            None => return (found, at),
            Some(b'>') => return (found, at + 1),
            _ => {}
        }
        let start = at;
        while bytes
            .get(at)
            .is_some_and(|&b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>' | b'='))
        {
            at += 1;
        }
        let name = String::from_utf8_lossy(&bytes[start..at]).to_ascii_lowercase();
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let mut value = String::new();
        if bytes.get(at) == Some(&b'=') {
            at += 1;
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            let (start, end) = match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = bytes[at + 1..]
                        .iter()
                        .position(|&b| b == quote)
                        .map_or(bytes.len(), |n| at + 1 + n);
                    (at + 1, end)
                }
                _ => {
                    let end = bytes[at..]
                        .iter()
                        .position(|&b| b.is_ascii_whitespace() || b == b'>')
                        .map_or(bytes.len(), |n| at + n);
                    (at, end)
                }
            };
            value = String::from_utf8_lossy(&bytes[start..end]).into_owned();
            at = if bytes.get(end).is_some_and(|&b| b == b'"' || b == b'\'') {
                end + 1
            } else {
                end
            };
        }
        if !name.is_empty() {
            found.push((name, value));
        } else if at == start {
            at += 1;
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
#[path = "charset_tests.rs"]
mod tests;
