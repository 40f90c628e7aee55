//! Wrapping the article into screen lines that remember the byte range of text they show.

use std::ops::Range;

use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::article::{Article, ParagraphKind};

/// What a screen line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Dek,
    Meta,
    Blank,
    Heading,
    Text,
}

impl LineKind {
    /// Lines that show body text, where the reading cursor can rest.
    pub fn is_body(self) -> bool {
        matches!(self, LineKind::Heading | LineKind::Text)
    }
}

/// One screen line: `range` indexes the body for body lines, and the header
/// string of its kind ([`Layout::header_text`]) for title, dek and meta lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    pub kind: LineKind,
    pub range: Range<usize>,
}

/// The article wrapped to one width.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: usize,
    pub lines: Vec<VisualLine>,
    /// Indices into `lines` of the body lines, in order (their ranges increase).
    pub body_lines: Vec<usize>,
    title: String,
    dek: String,
    meta: String,
}

impl Layout {
    /// Wraps `article` to `width` columns (at least 1).
    pub fn new(article: &Article, width: usize) -> Layout {
        let width = width.max(1);
        let meta = &article.meta;
        let title = article.display_title().to_string();
        let dek = meta.dek.clone().unwrap_or_default();
        let meta_line = [&meta.outlet, &meta.section, &meta.byline, &meta.date]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let mut lines = Vec::new();
        for (kind, text) in [
            (LineKind::Title, &title),
            (LineKind::Dek, &dek),
            (LineKind::Meta, &meta_line),
        ] {
            for range in wrap_text(text, width) {
                lines.push(VisualLine { kind, range });
            }
        }
        for paragraph in &article.paragraphs {
            if !lines.is_empty() {
                let at = paragraph.range.start;
                lines.push(VisualLine {
                    kind: LineKind::Blank,
                    range: at..at,
                });
            }
            let kind = match paragraph.kind {
                ParagraphKind::Heading => LineKind::Heading,
                ParagraphKind::Text => LineKind::Text,
            };
            let base = paragraph.range.start;
            for range in wrap_text(&article.body[paragraph.range.clone()], width) {
                lines.push(VisualLine {
                    kind,
                    range: range.start + base..range.end + base,
                });
            }
        }
        let body_lines = (0..lines.len())
            .filter(|&i| lines[i].kind.is_body())
            .collect();
        Layout {
            width,
            lines,
            body_lines,
            title,
            dek,
            meta: meta_line,
        }
    }

    /// The header string a title, dek or meta line indexes; empty for body lines.
    pub fn header_text(&self, kind: LineKind) -> &str {
        match kind {
            LineKind::Title => &self.title,
            LineKind::Dek => &self.dek,
            LineKind::Meta => &self.meta,
            _ => "",
        }
    }

    /// The index in `lines` of the body line that shows byte `pos` of the body
    /// (the last body line starting at or before it), or `None` for an empty body.
    pub fn line_of(&self, pos: usize) -> Option<usize> {
        let after = self
            .body_lines
            .partition_point(|&i| self.lines[i].range.start <= pos);
        let nth = after.saturating_sub(1);
        self.body_lines.get(nth).copied()
    }

    /// The body line `steps` body lines after (or, negative, before) line `from`, clamped.
    pub fn step_body_line(&self, from: usize, steps: isize) -> Option<usize> {
        let nth = self.body_lines.partition_point(|&i| i < from);
        let target = (nth as isize + steps).clamp(0, self.body_lines.len() as isize - 1);
        self.body_lines.get(target as usize).copied()
    }

    /// The body line at or after screen line `index`, else the last before it.
    pub fn nearest_body_line(&self, index: usize) -> Option<usize> {
        let nth = self.body_lines.partition_point(|&i| i < index);
        self.body_lines.get(nth).or(self.body_lines.last()).copied()
    }
}

/// Wraps `text` to `width` columns; returns the byte range of `text` each line shows,
/// without the spaces at the break. Line breaks and tabs inside `text` count as spaces.
pub fn wrap_text(text: &str, width: usize) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let spaced: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    let base = spaced.as_ptr() as usize;
    let offset_of = |word: &Word| word.word.as_ptr() as usize - base;
    let words: Vec<Word> = break_words(WordSeparator::AsciiSpace.find_words(&spaced), width);
    let words: Vec<Word> = words.into_iter().filter(|w| !w.word.is_empty()).collect();
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            Some(offset_of(first)..offset_of(last) + last.word.len())
        })
        .collect()
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
    fn layout_maps_positions_to_lines_and_back() {
        let article = Article::parse(
            "a",
            b"+++\ntitle = \"Title\"\n+++\nalpha beta gamma\n\ndelta",
        )
        .unwrap();
        let layout = Layout::new(&article, 11);
        let kinds: Vec<LineKind> = layout.lines.iter().map(|l| l.kind).collect();
        use LineKind::*;
        assert_eq!(kinds, [Title, Blank, Text, Text, Blank, Text]);
        assert_eq!(layout.body_lines, [2, 3, 5]);
        let delta = article.body.find("delta").unwrap();
        assert_eq!(layout.line_of(delta), Some(5));
        assert_eq!(layout.line_of(0), Some(2));
        assert_eq!(layout.line_of(article.body.find("gamma").unwrap()), Some(3));
        assert_eq!(layout.step_body_line(2, 5), Some(5));
        assert_eq!(layout.step_body_line(5, -1), Some(3));
        assert_eq!(layout.nearest_body_line(0), Some(2));
    }
}
