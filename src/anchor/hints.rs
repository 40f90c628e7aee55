//! Fresh hints for a placed quote: its context and its position, as `check --fix` writes them.

use std::ops::Range;

use super::Anchorer;
use crate::anchor::char_index::CharIndex;
use crate::claims::TextPosition;

/// How many characters of context hints keep on each side of a quote: enough to tell
/// repeated phrases apart, few enough to survive nearby edits.
pub const CONTEXT_CHARS: usize = 32;

impl Anchorer<'_> {
    /// Fresh hints for a quote placed at `range` (bytes): the text just before and after
    /// it (about [`CONTEXT_CHARS`] characters, whole words, whitespace as single spaces)
    /// and its position in characters.
    pub fn hints_for(&self, range: Range<usize>) -> (String, String, TextPosition) {
        hints(self.source, &self.chars, range)
    }
}

/// [`Anchorer::hints_for`] with the text's character index at hand (`chars` must be
/// [`CharIndex::new`] of `source`): costs the context's length and one index lookup.
pub fn hints(
    source: &str,
    chars: &CharIndex,
    range: Range<usize>,
) -> (String, String, TextPosition) {
    let before = &source[..range.start];
    let cut = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(at, _)| at);
    let mut prefix = &before[cut..];
    if cut > 0 && before[..cut].ends_with(|c: char| !c.is_whitespace()) {
        prefix = prefix
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest);
    }
    let after = &source[range.end..];
    let cut = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(at, _)| at);
    let mut suffix = &after[..cut];
    if cut < after.len() && after[cut..].starts_with(|c: char| !c.is_whitespace()) {
        suffix = suffix
            .rsplit_once(char::is_whitespace)
            .map_or("", |(rest, _)| rest);
    }
    let spaced = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let start = chars.char_of(source, range.start);
    let position = TextPosition {
        start,
        end: start + source[range].chars().count(),
    };
    (
        with_edge_space(&spaced(prefix), prefix, true),
        with_edge_space(&spaced(suffix), suffix, false),
        position,
    )
}

/// `text` with the space that separated it from the quote, if there was one: a prefix
/// "accused Iran of " reads better than "accused Iran of" against its quote.
fn with_edge_space(text: &str, original: &str, trailing: bool) -> String {
    if text.is_empty() {
        String::new()
    } else if trailing && original.ends_with(char::is_whitespace) {
        format!("{text} ")
    } else if !trailing && original.starts_with(char::is_whitespace) {
        format!(" {text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchor::{AnchorStatus, anchor};
    use crate::claims::QuoteSelector;

    #[test]
    fn hints_keep_whole_words_of_context_and_the_position_in_characters() {
        let source = "Pompeo, in a speech on Tuesday,\naccused Iran of acting as al-Qaida’s “new home base,” said nothing more that afternoon at all.";
        let anchorer = Anchorer::new(source);
        let start = source.find("acting").unwrap();
        let end = source.find(" said").unwrap();
        let (prefix, suffix, position) = anchorer.hints_for(start..end);
        assert_eq!(prefix, "on Tuesday, accused Iran of ");
        assert_eq!(suffix, " said nothing more that");
        assert_eq!(position.start, source[..start].chars().count());
        assert_eq!(position.end - position.start, 37);
        // The hints place the quote again, exactly, at its position.
        let selector = QuoteSelector {
            exact: source[start..end].to_string().into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
            position: Some(position),
        };
        let a = anchor(source, &selector);
        assert_eq!(
            (a.range, a.status),
            (Some(start..end), AnchorStatus::Exact { candidates: 1 })
        );
    }
}
