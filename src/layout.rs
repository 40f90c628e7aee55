//! The article laid out in screen lines, lazily: a paragraph is wrapped the first time a
//! line of it is needed, so a screen of a 20 MB article costs a screen's worth of work.
//!
//! Lines are addressed by [`LinePos`] (block, row): block 0 holds the header (title,
//! dek, meta), block `i` the rows of paragraph block `i - 1` of the article, led by a
//! blank row when a paragraph begins. Each wrapped line keeps the byte range of the text
//! it shows. The wrapped rows are memoised in `OnceCell`s: a layout is a pure function of
//! the article and the width, filled in as it is read, so drawing can take `&State`.

use std::cell::OnceCell;
use std::ops::Range;

use crate::article::rich::CELL_SEPARATOR;
use crate::article::{Article, ParagraphKind};
pub use crate::wrap::{display_width, wrap_lines, wrap_text, wrap_with};

/// The lines of a text, heading or table paragraph's `text` at `width` columns, as byte
/// ranges of `text`. With `breaks` (the article's line breaks are its author's) each
/// line of the text is wrapped on its own. A table's rows are shown as they are, aligned,
/// when every one fits; else each cell's words are wrapped on lines of their own, one
/// row after another, an empty range (a blank line) between rows.
pub fn paragraph_lines(
    text: &str,
    kind: ParagraphKind,
    breaks: bool,
    width: usize,
) -> Vec<Range<usize>> {
    let table = kind == ParagraphKind::Table;
    let lines = table || (breaks && text.contains('\n'));
    if !lines {
        return wrap_text(text, width);
    }
    let fits = table && text.split('\n').all(|l| display_width(l) <= width);
    let mut ranges = Vec::new();
    let mut start = 0;
    let wrap = |ranges: &mut Vec<Range<usize>>, at: usize, words: &str| {
        ranges.extend(
            wrap_text(words, width)
                .into_iter()
                .map(|r| at + r.start..at + r.end),
        );
    };
    for (row, line) in text.split('\n').enumerate() {
        if fits {
            ranges.push(start..start + line.len());
        } else if table {
            if row > 0 {
                ranges.push(start..start);
            }
            let mut cell = start;
            for piece in line.split(CELL_SEPARATOR) {
                let lead = piece.len() - piece.trim_start().len();
                wrap(&mut ranges, cell + lead, piece.trim());
                cell += piece.len() + CELL_SEPARATOR.len();
            }
        } else {
            wrap(&mut ranges, start, line);
        }
        start += line.len() + 1;
    }
    ranges
}

/// What a screen line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Dek,
    Meta,
    /// The address of a page fetched from one, shortened to one line.
    Address,
    Blank,
    Heading,
    Text,
    /// A line of preformatted text.
    Code,
    /// A horizontal rule.
    Rule,
}

impl LineKind {
    /// Lines that show body text, where the reading cursor can rest.
    pub fn is_body(self) -> bool {
        matches!(self, LineKind::Heading | LineKind::Text | LineKind::Code)
    }
}

/// One screen line: `range` indexes the body for body lines, and the header
/// string of its kind ([`Layout::header_text`]) for title, dek and meta lines.
/// `first` marks a paragraph's first line, where a list item's marker goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    pub kind: LineKind,
    pub range: Range<usize>,
    pub first: bool,
}

/// Where a screen line is: its block (0 is the header) and its row within the block.
/// Positions compare in reading order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LinePos {
    pub block: usize,
    pub row: usize,
}

/// Paragraph blocks a chunk of the layout holds.
const CHUNK: usize = 1024;

/// The rows of [`CHUNK`] paragraph blocks (fewer in the last chunk), each once wrapped.
type Chunk = Box<[OnceCell<Box<[VisualLine]>>]>;

/// The article wrapped to one width, block by block as blocks are needed.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: usize,
    header: Vec<VisualLine>,
    /// How many paragraph blocks the article has.
    paragraphs: usize,
    /// The rows of each paragraph block, once wrapped, [`CHUNK`] blocks a chunk: a chunk's
    /// cells are made when one of its blocks is first read, so a new layout (a resize, a
    /// new measure) costs a cell per [`CHUNK`] paragraphs, not one per paragraph.
    chunks: Box<[OnceCell<Chunk>]>,
    title: String,
    dek: String,
    meta: String,
    address: String,
}

impl Layout {
    /// No lines yet: the layout of a reader that has not been given a size.
    pub fn empty() -> Layout {
        Layout {
            width: 0,
            header: Vec::new(),
            paragraphs: 0,
            chunks: Box::default(),
            title: String::new(),
            dek: String::new(),
            meta: String::new(),
            address: String::new(),
        }
    }

    /// Lays out `article` at `width` columns (at least 1): the header now, paragraphs
    /// when first read.
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
        // A page fetched from an address is named by it: one line, shortened to fit.
        let address = if article.name.starts_with("http://") || article.name.starts_with("https://")
        {
            crate::text::shorten_address(&article.name, width)
        } else {
            String::new()
        };
        let mut header = Vec::new();
        for (kind, text) in [
            (LineKind::Title, &title),
            (LineKind::Dek, &dek),
            (LineKind::Meta, &meta_line),
            (LineKind::Address, &address),
        ] {
            for range in wrap_text(text, width) {
                header.push(VisualLine {
                    kind,
                    range,
                    first: false,
                });
            }
        }
        Layout {
            width,
            header,
            paragraphs: article.paragraphs.len(),
            chunks: (0..article.paragraphs.len().div_ceil(CHUNK))
                .map(|_| OnceCell::new())
                .collect(),
            title,
            dek,
            meta: meta_line,
            address,
        }
    }

    /// The header string a title, dek or meta line indexes; empty for body lines.
    pub fn header_text(&self, kind: LineKind) -> &str {
        match kind {
            LineKind::Title => &self.title,
            LineKind::Dek => &self.dek,
            LineKind::Meta => &self.meta,
            LineKind::Address => &self.address,
            _ => "",
        }
    }

    /// How many blocks there are, the header included.
    fn block_count(&self) -> usize {
        self.paragraphs + 1
    }

    /// The rows of `block`, wrapping it now if this is the first time it is read.
    fn rows<'a>(&'a self, article: &Article, block: usize) -> &'a [VisualLine] {
        if block == 0 {
            return &self.header;
        }
        let index = block - 1;
        if index >= self.paragraphs {
            return &[];
        }
        let chunk = self.chunks[index / CHUNK].get_or_init(|| {
            let start = index / CHUNK * CHUNK;
            (start..self.paragraphs.min(start + CHUNK))
                .map(|_| OnceCell::new())
                .collect()
        });
        chunk[index % CHUNK].get_or_init(|| {
            let Some(paragraph) = article.paragraphs.get(block - 1) else {
                return Box::default();
            };
            let mut rows = Vec::new();
            let at = paragraph.range.start;
            let joins = article.joins_previous(block - 1);
            if !paragraph.continues && !joins && (block > 1 || !self.header.is_empty()) {
                rows.push(VisualLine {
                    kind: LineKind::Blank,
                    range: at..at,
                    first: false,
                });
            }
            let width = self.width.saturating_sub(paragraph.lead.width()).max(1);
            let text = &article.body[paragraph.range.clone()];
            let first_row = rows.len();
            match paragraph.kind {
                ParagraphKind::Rule => rows.push(VisualLine {
                    kind: LineKind::Rule,
                    range: at..at,
                    first: true,
                }),
                ParagraphKind::Code => {
                    // Each line on its own, its indentation kept.
                    let mut line_start = at;
                    for line in text.split('\n') {
                        let mut pieces = code_line(line, width);
                        match pieces.first_mut() {
                            Some(first) => first.start = 0,
                            None => pieces.push(0..0),
                        }
                        for range in pieces {
                            rows.push(VisualLine {
                                kind: LineKind::Code,
                                range: line_start + range.start..line_start + range.end,
                                first: false,
                            });
                        }
                        line_start += line.len() + 1;
                    }
                }
                kind => {
                    let kind = if kind == ParagraphKind::Heading {
                        LineKind::Heading
                    } else {
                        LineKind::Text
                    };
                    for range in paragraph_lines(text, paragraph.kind, article.line_breaks, width) {
                        // An empty range parts a table's rows shown one cell a line.
                        let kind = if range.is_empty() {
                            LineKind::Blank
                        } else {
                            kind
                        };
                        rows.push(VisualLine {
                            kind,
                            range: range.start + at..range.end + at,
                            first: false,
                        });
                    }
                }
            }
            if let Some(row) = rows.get_mut(first_row) {
                row.first = !paragraph.continues;
            }
            rows.into_boxed_slice()
        })
    }

    /// The line at `pos`, if there is one.
    pub fn line<'a>(&'a self, article: &Article, pos: LinePos) -> Option<&'a VisualLine> {
        self.rows(article, pos.block).get(pos.row)
    }

    /// The first line of all (the title's), if any.
    pub fn first(&self, article: &Article) -> Option<LinePos> {
        self.first_in_or_after(article, 0)
    }

    /// The last line of all, if any.
    pub fn last(&self, article: &Article) -> Option<LinePos> {
        self.last_before(article, self.block_count())
    }

    /// The last line of the last non-empty block before `block`.
    fn last_before(&self, article: &Article, block: usize) -> Option<LinePos> {
        (0..block).rev().find_map(|block| {
            let rows = self.rows(article, block).len();
            rows.checked_sub(1).map(|row| LinePos { block, row })
        })
    }

    fn first_in_or_after(&self, article: &Article, block: usize) -> Option<LinePos> {
        (block..self.block_count())
            .find(|&b| !self.rows(article, b).is_empty())
            .map(|block| LinePos { block, row: 0 })
    }

    /// The line after `pos`.
    pub fn next(&self, article: &Article, pos: LinePos) -> Option<LinePos> {
        if pos.row + 1 < self.rows(article, pos.block).len() {
            return Some(LinePos {
                row: pos.row + 1,
                ..pos
            });
        }
        self.first_in_or_after(article, pos.block + 1)
    }

    /// The line before `pos`.
    pub fn prev(&self, article: &Article, pos: LinePos) -> Option<LinePos> {
        if pos.row > 0 {
            return Some(LinePos {
                row: pos.row - 1,
                ..pos
            });
        }
        self.last_before(article, pos.block)
    }

    /// The line after `pos` (`forward`) or before it.
    fn step(&self, article: &Article, pos: LinePos, forward: bool) -> Option<LinePos> {
        if forward {
            self.next(article, pos)
        } else {
            self.prev(article, pos)
        }
    }

    /// The line `steps` lines after (negative: before) `pos`, stopping at either end.
    pub fn offset(&self, article: &Article, pos: LinePos, steps: isize) -> LinePos {
        let mut at = pos;
        for _ in 0..steps.unsigned_abs() {
            match self.step(article, at, steps > 0) {
                Some(next) => at = next,
                None => break,
            }
        }
        at
    }

    /// How many lines `to` is after `from`, if it is at most `limit` lines after it.
    pub fn distance(
        &self,
        article: &Article,
        from: LinePos,
        to: LinePos,
        limit: usize,
    ) -> Option<usize> {
        if to < from {
            return None;
        }
        let mut at = from;
        for steps in 0..=limit {
            if at == to {
                return Some(steps);
            }
            at = self.next(article, at)?;
        }
        None
    }

    /// The lines from `pos` on, in order.
    pub fn lines_from<'a>(
        &'a self,
        article: &'a Article,
        pos: LinePos,
    ) -> impl Iterator<Item = (LinePos, &'a VisualLine)> + 'a {
        std::iter::successors(self.line(article, pos).map(|_| pos), move |&at| {
            self.next(article, at)
        })
        .filter_map(move |at| Some((at, self.line(article, at)?)))
    }

    /// The body line showing byte `pos` of the body (the last body line starting at or
    /// before it, else the first body line), or `None` for an empty body.
    pub fn line_of(&self, article: &Article, pos: usize) -> Option<LinePos> {
        let after = article.paragraphs.partition_point(|p| p.range.start <= pos);
        let block = after.max(1);
        let rows = self.rows(article, block);
        let row = rows
            .iter()
            .rposition(|l| l.kind.is_body() && l.range.start <= pos)
            .or_else(|| rows.iter().position(|l| l.kind.is_body()))?;
        Some(LinePos { block, row })
    }

    /// The body line `steps` body lines after (negative: before) `from`, stopping at
    /// the first or last body line.
    pub fn step_body(&self, article: &Article, from: LinePos, steps: isize) -> LinePos {
        let mut at = from;
        for _ in 0..steps.unsigned_abs() {
            let mut probe = at;
            let found = loop {
                match self.step(article, probe, steps > 0) {
                    Some(next) => probe = next,
                    None => break None,
                }
                if self.line(article, probe).is_some_and(|l| l.kind.is_body()) {
                    break Some(probe);
                }
            };
            match found {
                Some(next) => at = next,
                None => break,
            }
        }
        at
    }

    /// The body line at or after `pos`, else the last body line before it.
    pub fn nearest_body_line(&self, article: &Article, pos: LinePos) -> Option<LinePos> {
        let is_body = |at: LinePos| self.line(article, at).is_some_and(|l| l.kind.is_body());
        let mut at = Some(pos);
        while let Some(here) = at {
            if is_body(here) {
                return Some(here);
            }
            at = self.next(article, here);
        }
        let mut at = self.last(article);
        while let Some(here) = at {
            if is_body(here) {
                return Some(here);
            }
            at = self.prev(article, here);
        }
        None
    }

    /// The first body line.
    pub fn first_body_line(&self, article: &Article) -> Option<LinePos> {
        self.nearest_body_line(article, self.first(article)?)
    }

    /// How many blocks have been wrapped so far (for tests and measurements).
    pub fn wrapped_blocks(&self) -> usize {
        self.chunks
            .iter()
            .filter_map(OnceCell::get)
            .flat_map(|chunk| chunk.iter())
            .filter(|b| b.get().is_some())
            .count()
    }
}

/// A line of a code block wrapped to `width` columns: byte ranges of `line`, the first
/// from its start, its indentation kept, so the first row holds the indentation and as
/// much of the line as fits after it; the rows after it start at the line's words (no
/// indentation: the width is the text's). Spaces and tabs of the indentation take a
/// column each, as [`wrap_with`] counts them between words. An indentation that leaves
/// no room on the row is wrapped as part of the line.
fn code_line(line: &str, width: usize) -> Vec<Range<usize>> {
    let words = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - words.len();
    if words.is_empty() || indent >= width {
        return wrap_text(line, width);
    }
    let mut pieces = wrap_with(words, width - indent, width);
    for piece in &mut pieces {
        *piece = piece.start + indent..piece.end + indent;
    }
    pieces
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
