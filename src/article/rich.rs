//! Building an article's text from structured input (Markdown, a web page): its blocks, inline styles and links, and a map back to the source's lines.
//!
//! The text built is what the reader shows and what quotes are anchored in: the words
//! without their markup, blocks separated by blank lines, runs of whitespace as single
//! spaces (code keeps its lines). Emphasis, links and the like are kept beside it as
//! byte ranges, so a quote typed without the asterisks still matches, and a highlight
//! runs across an emphasised word.

use std::ops::Range;

use crate::article::{Lead, Paragraph, ParagraphKind};

mod script;
mod table;

pub use script::{Script, script_form};
pub use table::{Align, CELL_SEPARATOR};

/// How a stretch of text is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InlineStyle {
    Emphasis,
    Strong,
    Code,
    Strike,
    /// A link: the index into [`Rich::links`].
    Link(usize),
}

/// A styled stretch of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Styled {
    pub range: Range<usize>,
    pub style: InlineStyle,
}

/// A link in the article: the text it is set on, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub range: Range<usize>,
    pub url: String,
}

/// Where a piece of the text came from: text from `body` on is at `line`, `column` of
/// the source (1-based, columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourcePoint {
    pub body: usize,
    pub line: u32,
    pub column: u32,
}

/// The result of building: text, blocks, styles (sorted by start), links in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rich {
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    pub styles: Vec<Styled>,
    pub links: Vec<Link>,
    pub source_points: Vec<SourcePoint>,
}

/// A list being built: the next item's number, if it is numbered.
struct List {
    next: Option<u64>,
}

/// The block being filled.
struct OpenBlock {
    /// Where its text starts in the body.
    start: usize,
    /// The body's length before the blank line that separates it from the block before:
    /// where the body goes back to if the block ends empty.
    before: usize,
    kind: ParagraphKind,
    lead: Lead,
}

/// Builds a [`Rich`] from a stream of structure: blocks opened and closed, text, styles.
///
/// Whatever sequence of calls it gets, every range it hands out (paragraphs, styles,
/// links, source points) lies inside the body and on character boundaries.
#[derive(Default)]
pub struct RichBuilder {
    rich: Rich,
    block: Option<OpenBlock>,
    open_styles: Vec<(InlineStyle, usize)>,
    open_links: Vec<(String, usize)>,
    quote_depth: u8,
    lists: Vec<List>,
    /// The marker for the next block, set by a list item until its first block uses it.
    marker: Option<Box<str>>,
    /// A space is owed before the next word (whitespace collapses to one space).
    space: bool,
    /// The table being filled, if any (see [`RichBuilder::start_table`]).
    table: Option<table::OpenTable>,
}

impl RichBuilder {
    pub fn new() -> RichBuilder {
        RichBuilder::default()
    }

    /// A builder whose body has room for `bytes` bytes (the source's length, which the
    /// text rarely exceeds): a long article's body is allocated once rather than grown
    /// by doubling, which at its last step holds the old and new copies together.
    pub fn with_capacity(bytes: usize) -> RichBuilder {
        let mut builder = RichBuilder::default();
        builder.rich.body.reserve(bytes);
        builder
    }

    /// The lead of a block starting now: quote bars, list indent, and a waiting marker.
    fn lead(&mut self) -> Lead {
        let marker_indent: usize = self.lists.len().saturating_sub(1) * 3;
        Lead {
            quote_depth: self.quote_depth,
            indent: u16::try_from(marker_indent).unwrap_or(u16::MAX)
                + if self.lists.is_empty() || self.marker.is_some() {
                    0
                } else {
                    3
                },
            marker: self.marker.take(),
        }
    }

    /// Opens a block of `kind`, closing any open one. Inside a table a block is only a
    /// space between words: a cell's text stays in its cell.
    pub fn start_block(&mut self, kind: ParagraphKind) {
        if self.in_table() {
            self.space = true;
            return;
        }
        self.end_block();
        let before = self.rich.body.len();
        if !self.rich.body.is_empty() {
            self.rich.body.push_str("\n\n");
        }
        let lead = self.lead();
        self.block = Some(OpenBlock {
            start: self.rich.body.len(),
            before,
            kind,
            lead,
        });
        self.space = false;
    }

    /// Cuts the body back to `len` bytes, and with it every place that pointed past it:
    /// styles and links still open start no later than the new end, those closed end no
    /// later than it (and go if nothing is left of them), and source points beyond it go.
    ///
    /// Closed styles are pushed with the body's length at their end, which only grows
    /// between truncations, so the ones past `len` are the last pushed: the walk back
    /// stops at the first that fits, and a long document costs nothing more.
    fn truncate(&mut self, len: usize) {
        self.rich.body.truncate(len);
        let past = self
            .rich
            .styles
            .iter()
            .rposition(|s| s.range.end <= len)
            .map_or(0, |i| i + 1);
        let cut: Vec<Styled> = self.rich.styles.drain(past..).collect();
        for mut styled in cut {
            styled.range.end = len;
            let kept = styled.range.start < len;
            if let InlineStyle::Link(index) = styled.style {
                let link = &mut self.rich.links[index].range;
                *link = link.start.min(len)..len;
                if !kept && index + 1 == self.rich.links.len() {
                    self.rich.links.pop();
                }
            }
            if kept {
                self.rich.styles.push(styled);
            }
        }
        for (_, start) in &mut self.open_styles {
            *start = (*start).min(len);
        }
        for (_, start) in &mut self.open_links {
            *start = (*start).min(len);
        }
        let keep = self.rich.source_points.partition_point(|p| p.body <= len);
        self.rich.source_points.truncate(keep);
    }

    /// Closes the open block, if any, trimmed of trailing whitespace; an empty block is
    /// dropped. Inside a table it is a space (the table's block ends with the table).
    pub fn end_block(&mut self) {
        if self.in_table() {
            self.space = true;
            return;
        }
        self.close_block();
    }

    fn close_block(&mut self) {
        let Some(OpenBlock {
            start,
            before,
            kind,
            lead,
        }) = self.block.take()
        else {
            return;
        };
        let end = start + self.rich.body[start..].trim_end().len();
        self.truncate(end);
        self.space = false;
        if end > start || kind == ParagraphKind::Rule {
            self.rich.paragraphs.push(Paragraph {
                range: start..end,
                kind,
                continues: false,
                lead,
            });
        } else {
            // Nothing was written: take back the blank line before it (and only that: a
            // rule before it is an empty block that keeps its place), keep the marker.
            self.truncate(before);
            if lead.marker.is_some() {
                self.marker = lead.marker;
            }
        }
    }

    fn in_code(&self) -> bool {
        matches!(
            self.block,
            Some(OpenBlock {
                kind: ParagraphKind::Code,
                ..
            })
        )
    }

    /// Whether the next word starts a line: the block's start, after a line break, or
    /// at the start of a table cell. No space goes before it.
    fn fresh(&self) -> bool {
        let len = self.rich.body.len();
        self.block.as_ref().is_some_and(|b| b.start == len)
            || (!self.in_code() && self.rich.body.ends_with('\n'))
            || self.table.as_ref().is_some_and(|t| t.at_cell_start(len))
    }

    /// Appends text. Outside code, whitespace runs become one space and a block never
    /// starts with one; text outside any block opens a text block. `source` is where
    /// the text begins in the source (line, column), for messages.
    pub fn text(&mut self, text: &str, source: Option<(u32, u32)>) {
        if self.block.is_none() {
            self.start_block(ParagraphKind::Text);
        }
        let point = |rich: &mut Rich| {
            if let Some((line, column)) = source {
                let body = rich.body.len();
                rich.source_points.push(SourcePoint { body, line, column });
            }
        };
        if self.in_code() {
            point(&mut self.rich);
            self.rich.body.push_str(text);
            return;
        }
        let mut first = true;
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            self.cell_for_text();
            if self.space && !self.fresh() {
                self.rich.body.push(' ');
            }
            self.space = false;
            if first {
                point(&mut self.rich);
                first = false;
            }
            self.rich.body.push_str(word);
        }
    }

    /// A line break in the source: a space between words.
    pub fn soft_break(&mut self) {
        if self.in_code() {
            self.rich.body.push('\n');
        } else {
            self.space = true;
        }
    }

    /// A line break the author asked for (a Markdown hard break, `<br>`): a `'\n'` in
    /// the text, which layout and plain output keep as a break. Never two in a row, never
    /// at a block's start; inside a table cell, a space.
    pub fn hard_break(&mut self) {
        if self.in_code() {
            self.rich.body.push('\n');
            return;
        }
        if self.in_table() || self.block.is_none() {
            self.space = true;
            return;
        }
        self.space = false;
        if self.fresh() {
            return;
        }
        let body = &self.rich.body;
        let end = body.trim_end_matches(' ').len();
        self.truncate(end);
        self.rich.body.push('\n');
        // A style or link opened just before the break begins after it.
        for (_, start) in &mut self.open_styles {
            if *start == end {
                *start = end + 1;
            }
        }
        for (_, start) in &mut self.open_links {
            if *start == end {
                *start = end + 1;
            }
        }
    }

    pub fn start_style(&mut self, style: InlineStyle) {
        self.flush_space();
        self.open_styles.push((style, self.rich.body.len()));
    }

    pub fn end_style(&mut self, style: InlineStyle) {
        if let Some(i) = self.open_styles.iter().rposition(|(s, _)| *s == style) {
            let (style, start) = self.open_styles.remove(i);
            let end = self.rich.body.len();
            if end > start {
                self.rich.styles.push(Styled {
                    range: start..end,
                    style,
                });
            }
        }
    }

    pub fn start_link(&mut self, url: &str) {
        self.flush_space();
        let url = crate::sanitize::clean_line(url);
        self.open_links.push((url, self.rich.body.len()));
    }

    pub fn end_link(&mut self) {
        let Some((url, start)) = self.open_links.pop() else {
            return;
        };
        let end = self.rich.body.len();
        if end > start && !url.trim().is_empty() {
            let index = self.rich.links.len();
            self.rich.links.push(Link {
                range: start..end,
                url: url.trim().to_string(),
            });
            self.rich.styles.push(Styled {
                range: start..end,
                style: InlineStyle::Link(index),
            });
        }
    }

    /// A styled stretch begins after any owed space, not before it.
    fn flush_space(&mut self) {
        if self.block.is_none() {
            self.start_block(ParagraphKind::Text);
        }
        if self.space && !self.fresh() && !self.in_code() {
            self.rich.body.push(' ');
        }
        self.space = false;
    }

    pub fn enter_quote(&mut self) {
        if self.in_table() {
            return self.end_block();
        }
        self.end_block();
        self.quote_depth = self.quote_depth.saturating_add(1);
    }

    pub fn leave_quote(&mut self) {
        if self.in_table() {
            return self.end_block();
        }
        self.end_block();
        self.quote_depth = self.quote_depth.saturating_sub(1);
    }

    /// A list begins; `first` is the first item's number for a numbered list.
    pub fn enter_list(&mut self, first: Option<u64>) {
        if self.in_table() {
            return self.end_block();
        }
        self.end_block();
        self.lists.push(List { next: first });
    }

    pub fn leave_list(&mut self) {
        if self.in_table() {
            return self.end_block();
        }
        self.end_block();
        self.lists.pop();
        self.marker = None;
    }

    /// An item begins: its first block will carry the bullet or number.
    pub fn start_item(&mut self) {
        if self.in_table() {
            return self.end_block();
        }
        self.end_block();
        let marker = match self.lists.last_mut() {
            Some(List { next: Some(n) }) => {
                let marker = format!("{n}.");
                *n += 1;
                marker
            }
            _ => "•".to_string(),
        };
        self.marker = Some(format!("{marker:<2} ").into());
    }

    pub fn end_item(&mut self) {
        if self.in_table() {
            return self.end_block();
        }
        self.end_block();
        self.marker = None;
    }

    /// A thematic break (a horizontal rule).
    pub fn rule(&mut self) {
        if self.in_table() {
            return self.end_block();
        }
        self.start_block(ParagraphKind::Rule);
        self.end_block();
    }

    pub fn finish(mut self) -> Rich {
        while self.in_table() {
            self.end_table();
        }
        self.end_block();
        while let Some((style, _)) = self.open_styles.last().copied() {
            self.end_style(style);
        }
        while !self.open_links.is_empty() {
            self.end_link();
        }
        self.rich.styles.sort_by_key(|s| s.range.start);
        // The body grew by doubling; on a long article the spare capacity is megabytes
        // that would be held for the whole session.
        self.rich.body.shrink_to_fit();
        self.rich.styles.shrink_to_fit();
        self.rich.paragraphs.shrink_to_fit();
        self.rich.source_points.shrink_to_fit();
        self.rich
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rich: &Rich) -> Vec<&str> {
        rich.paragraphs
            .iter()
            .map(|p| &rich.body[p.range.clone()])
            .collect()
    }

    #[test]
    fn blocks_are_separated_and_whitespace_collapses() {
        let mut b = RichBuilder::new();
        b.start_block(ParagraphKind::Text);
        b.text("  One   two\n three ", None);
        b.end_block();
        b.text("Implicit block", None);
        let rich = b.finish();
        assert_eq!(rich.body, "One two three\n\nImplicit block");
        assert_eq!(texts(&rich), ["One two three", "Implicit block"]);
    }

    #[test]
    fn styles_and_links_cover_their_words_only() {
        let mut b = RichBuilder::new();
        b.text("Read", None);
        b.soft_break();
        b.start_link("https://example.org/report");
        b.text("the ", None);
        b.start_style(InlineStyle::Emphasis);
        b.text("full", None);
        b.end_style(InlineStyle::Emphasis);
        b.text(" report", None);
        b.end_link();
        b.text(" now.", None);
        let rich = b.finish();
        assert_eq!(rich.body, "Read the full report now.");
        assert_eq!(rich.links[0].range, 5..20);
        assert_eq!(&rich.body[rich.links[0].range.clone()], "the full report");
        let emphasis = rich
            .styles
            .iter()
            .find(|s| s.style == InlineStyle::Emphasis)
            .unwrap();
        assert_eq!(&rich.body[emphasis.range.clone()], "full");
    }

    #[test]
    fn list_items_carry_markers_and_nesting() {
        let mut b = RichBuilder::new();
        b.enter_list(Some(3));
        b.start_item();
        b.text("three", None);
        b.enter_list(None);
        b.start_item();
        b.text("inner", None);
        b.end_item();
        b.leave_list();
        b.end_item();
        b.start_item();
        b.text("four", None);
        b.end_item();
        b.leave_list();
        let rich = b.finish();
        let leads: Vec<(Option<&str>, u16)> = rich
            .paragraphs
            .iter()
            .map(|p| (p.lead.marker.as_deref(), p.lead.indent))
            .collect();
        assert_eq!(
            leads,
            [(Some("3. "), 0), (Some("•  "), 3), (Some("4. "), 0)]
        );
        assert_eq!(texts(&rich), ["three", "inner", "four"]);
    }

    #[test]
    fn code_keeps_its_lines_and_empty_blocks_vanish() {
        let mut b = RichBuilder::new();
        b.start_block(ParagraphKind::Text);
        b.end_block();
        b.start_block(ParagraphKind::Code);
        b.text("let a = 1;\n  let b = 2;\n", None);
        b.end_block();
        b.enter_quote();
        b.text("quoted", Some((7, 3)));
        b.leave_quote();
        let rich = b.finish();
        assert_eq!(rich.body, "let a = 1;\n  let b = 2;\n\nquoted");
        assert_eq!(rich.paragraphs[1].lead.quote_depth, 1);
        assert_eq!(
            rich.source_points,
            [SourcePoint {
                body: 25,
                line: 7,
                column: 3
            }]
        );
    }

    #[test]
    fn hard_breaks_are_line_breaks_once_and_only_between_words() {
        let mut b = RichBuilder::new();
        b.hard_break();
        b.start_block(ParagraphKind::Text);
        b.hard_break();
        b.text("the bridge ", None);
        b.hard_break();
        b.hard_break();
        b.text(" is ", None);
        b.start_style(InlineStyle::Emphasis);
        b.hard_break();
        b.text("safe", None);
        b.end_style(InlineStyle::Emphasis);
        b.hard_break();
        b.end_block();
        b.start_block(ParagraphKind::Code);
        b.text("a", None);
        b.hard_break();
        b.text("b", None);
        let rich = b.finish();
        assert_eq!(rich.body, "the bridge\nis\nsafe\n\na\nb");
        assert_eq!(texts(&rich), ["the bridge\nis\nsafe", "a\nb"]);
        assert_eq!(&rich.body[rich.styles[0].range.clone()], "safe");
    }
}
