//! The sidebar's quotations and addresses: a quote as the article has it, between marks only when it needs them; an address wrapped where addresses break, never at a hyphen.

use super::row::{Owner, Piece, Row, Tone};
use crate::layout::display_width;
use crate::reader::state::State;
use crate::sanitize::mark_invisible;

/// The words a claim or response quotes as the article has them (the anchored text, its
/// whitespace as single spaces), or the claims file's words when it is not placed;
/// invisible characters marked either way.
pub(super) fn words_quoted(
    state: &State,
    range: Option<std::ops::Range<usize>>,
    typed: &str,
) -> String {
    let words = range
        .and_then(|r| state.doc.article.body.get(r))
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| typed.trim().to_string());
    mark_invisible(&words).into_owned()
}

pub(super) use crate::quotation::quoted;

/// Appends an address after `lead` (`— [3] `), wrapped under a four-column indent at the
/// places an address can break (after `/`, `?`, `&`, `#`, `=`), and where a part is longer
/// than a line, cut between characters but never right after a hyphen, which would read
/// as a word broken at a line's end.
pub(super) fn push_address(
    rows: &mut Vec<Row>,
    owner: Owner,
    lead: &str,
    url: &str,
    width: usize,
    tone: Tone,
) {
    for line in wrap_address(&format!("{lead}{url}"), width.saturating_sub(4)) {
        rows.push(Row {
            pieces: vec![Piece::plain("    "), Piece::new(line, tone.clone())],
            owner,
            header: false,
        });
    }
}

/// Lines of at most `width` columns holding `text`, an address after a short lead; see
/// [`push_address`].
fn wrap_address(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut part = String::new();
    let breaks = |c: char| matches!(c, '/' | '?' | '&' | '#' | '=' | ' ');
    let flush = |part: &mut String, line: &mut String, lines: &mut Vec<String>| {
        if display_width(line) + display_width(part) > width && !line.is_empty() {
            lines.push(std::mem::take(line));
        }
        // A part longer than a line: cut it, never just after a hyphen.
        while display_width(part) > width {
            let mut cut = 0;
            let mut used = 0;
            for (i, c) in part.char_indices() {
                let w = display_width(&c.to_string());
                if used + w > width {
                    break;
                }
                used += w;
                cut = i + c.len_utf8();
            }
            let before_hyphens = part[..cut].trim_end_matches('-').len();
            if before_hyphens > 0 {
                cut = before_hyphens;
            }
            lines.push(part[..cut].to_string());
            part.replace_range(..cut, "");
        }
        line.push_str(part);
        part.clear();
    };
    for c in text.chars() {
        part.push(c);
        if breaks(c) {
            flush(&mut part, &mut line, &mut lines);
        }
    }
    flush(&mut part, &mut line, &mut lines);
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_never_break_at_a_hyphen() {
        let url = "https://example.org/docs/inspection-2023.pdf";
        for width in 8..60 {
            let lines = wrap_address(&format!("— [3] {url}"), width);
            assert_eq!(lines.concat(), format!("— [3] {url}"), "{width}");
            for line in &lines {
                assert!(display_width(line) <= width, "{width}: {line:?}");
            }
            for pair in lines.windows(2) {
                assert!(!pair[0].ends_with('-'), "{width}: {lines:?}");
            }
        }
        // Where it fits, a break comes after a slash.
        assert_eq!(
            wrap_address(url, 30),
            ["https://example.org/docs/", "inspection-2023.pdf"]
        );
    }
}
