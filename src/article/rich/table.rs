//! Tables in the article's text: one block whose lines are the rows, cells set apart by
//! ` │ ` and padded with spaces into aligned columns when the table is narrow enough to
//! be shown aligned at all.
//!
//! Cells are written as they come (their words, styles and links like any text); when
//! the table ends its text is set again with each cell padded to its column's width,
//! and every place recorded inside it (styles, links, source points) is moved with its
//! cell. Layout shows the rows as they are when they fit the pane, else wraps each row
//! ([`crate::layout`]); a quote of a cell's words anchors in the cell.

use std::ops::Range;

use super::{InlineStyle, RichBuilder, Styled};
use crate::article::ParagraphKind;
use crate::wrap::display_width;

/// What stands between two cells of a row.
pub const CELL_SEPARATOR: &str = " │ ";

/// The widest table (in columns) that is padded into aligned columns: a wider one could
/// not be shown aligned in any pane, and its padding would only spread its words apart.
pub const ALIGN_LIMIT: usize = 160;

/// How a column's cells sit in its width.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// A cell written so far: its byte range in the body.
struct Row {
    cells: Vec<Range<usize>>,
    header: bool,
}

/// The table being filled.
pub(super) struct OpenTable {
    /// Where the table's text starts in the body.
    start: usize,
    aligns: Vec<Align>,
    rows: Vec<Row>,
    /// Where the open cell's text starts, if a cell is open.
    cell: Option<usize>,
    /// Tables opened inside this one's cells: their rows and cells are only spaces.
    nested: usize,
}

impl OpenTable {
    /// Whether `len` is where the open cell's text starts (no space goes there).
    pub(super) fn at_cell_start(&self, len: usize) -> bool {
        self.cell == Some(len)
    }
}

impl RichBuilder {
    /// Whether a table is being filled.
    pub fn in_table(&self) -> bool {
        self.table.is_some()
    }

    /// A table begins, its columns aligned as `aligns` says (a column not named is left
    /// aligned). A table inside a table's cell is read as words of that cell.
    pub fn start_table(&mut self, aligns: Vec<Align>) {
        if let Some(table) = &mut self.table {
            table.nested += 1;
            self.space = true;
            return;
        }
        self.start_block(ParagraphKind::Table);
        self.table = Some(OpenTable {
            start: self.rich.body.len(),
            aligns,
            rows: Vec::new(),
            cell: None,
            nested: 0,
        });
    }

    /// Words in a table outside any cell (a caption, stray text) open a cell of their
    /// own: they are kept, and the table's text is only ever its cells.
    pub(super) fn cell_for_text(&mut self) {
        if self
            .table
            .as_ref()
            .is_some_and(|t| t.cell.is_none() && t.nested == 0)
        {
            self.start_cell();
        }
    }

    /// A row begins; `header` for the table's heading row (its cells are set strong).
    pub fn start_row(&mut self, header: bool) {
        self.end_cell();
        let len = self.rich.body.len();
        let Some(table) = &mut self.table else {
            return;
        };
        self.space = true;
        if table.nested > 0 {
            return;
        }
        if len > table.start {
            self.rich.body.push('\n');
        }
        table.rows.push(Row {
            cells: Vec::new(),
            header,
        });
    }

    /// A row ends.
    pub fn end_row(&mut self) {
        self.end_cell();
        self.space = true;
    }

    /// A cell begins (a row begins first if none has).
    pub fn start_cell(&mut self) {
        self.end_cell();
        if self.table.as_ref().is_some_and(|t| t.rows.is_empty()) {
            self.start_row(false);
        }
        let Some(table) = &mut self.table else {
            return;
        };
        self.space = true;
        if table.nested > 0 {
            return;
        }
        if table.rows.last().is_some_and(|r| !r.cells.is_empty()) {
            self.rich.body.push_str(CELL_SEPARATOR);
        }
        let len = self.rich.body.len();
        if let Some(table) = &mut self.table {
            table.cell = Some(len);
        }
    }

    /// The open cell, if any, ends.
    pub fn end_cell(&mut self) {
        let len = self.rich.body.len();
        let Some(table) = &mut self.table else {
            return;
        };
        if table.nested > 0 {
            self.space = true;
            return;
        }
        if let Some(start) = table.cell.take()
            && let Some(row) = table.rows.last_mut()
        {
            row.cells.push(start..len);
        }
        self.space = false;
    }

    /// The table ends: its text is set again in aligned columns, and its block closes.
    pub fn end_table(&mut self) {
        self.end_cell();
        match &mut self.table {
            None => return,
            Some(table) if table.nested > 0 => {
                table.nested -= 1;
                self.space = true;
                return;
            }
            Some(_) => {}
        }
        let Some(table) = self.table.take() else {
            return;
        };
        self.set_table(table);
        self.space = false;
        self.close_block();
    }

    /// Sets the table's text again, padded into columns, and moves every place in it.
    fn set_table(&mut self, table: OpenTable) {
        let OpenTable {
            start,
            aligns,
            rows,
            ..
        } = table;
        let old = self.rich.body[start..].to_string();
        let text = |r: &Range<usize>| &old[r.start - start..r.end - start];
        let rows: Vec<Row> = rows
            .into_iter()
            .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
            .collect();
        let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        let mut widths = vec![0; columns];
        for row in &rows {
            for (c, cell) in row.cells.iter().enumerate() {
                widths[c] = widths[c].max(display_width(text(cell)));
            }
        }
        // A column empty in every row (spacer cells) is left out.
        let used: Vec<usize> = (0..columns)
            .filter(|&c| {
                rows.iter()
                    .any(|r| r.cells.get(c).is_some_and(|x| !x.is_empty()))
            })
            .collect();
        let widths: Vec<usize> = used.iter().map(|&c| widths[c]).collect();
        let natural = widths.iter().sum::<usize>()
            + display_width(CELL_SEPARATOR) * used.len().saturating_sub(1);
        let pad = natural <= ALIGN_LIMIT;
        // The new text, and where each old cell's text now starts.
        let mut new = String::new();
        let mut moves: Vec<(Range<usize>, usize)> = Vec::new();
        let mut headers = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            if r > 0 {
                new.push('\n');
            }
            let line_start = new.len();
            let mut row_end = line_start;
            let row_moves = moves.len();
            let count = if pad {
                used.len()
            } else {
                used.partition_point(|&c| c < row.cells.len())
            };
            for (c, &column) in used.iter().enumerate().take(count) {
                if c > 0 {
                    new.push_str(CELL_SEPARATOR);
                }
                let cell = row.cells.get(column);
                let words = cell.map_or("", text);
                let room = if pad {
                    widths[c].saturating_sub(display_width(words))
                } else {
                    0
                };
                let before = match aligns.get(column).copied().unwrap_or_default() {
                    Align::Left => 0,
                    Align::Center => room / 2,
                    Align::Right => room,
                };
                new.extend(std::iter::repeat_n(' ', before));
                if let Some(cell) = cell {
                    moves.push((cell.clone(), start + new.len()));
                    if row.header && !cell.is_empty() {
                        headers.push(start + new.len()..start + new.len() + cell.len());
                    }
                }
                new.push_str(words);
                if !words.is_empty() {
                    row_end = new.len();
                }
                new.extend(std::iter::repeat_n(' ', room - before));
            }
            // The row ends with its last words: no padding, no bars after them.
            new.truncate(row_end.max(line_start));
            let row_end = start + new.len();
            for (_, at) in &mut moves[row_moves..] {
                *at = (*at).min(row_end);
            }
        }
        let end = start + new.len();
        // A place inside a cell moves with it; one between cells goes to the end of the
        // cell before it (or the table's start).
        let moved = |p: usize| -> usize {
            if p < start {
                return p;
            }
            let at = moves.partition_point(|(old, _)| old.start <= p);
            match at.checked_sub(1).map(|i| &moves[i]) {
                Some((old, new)) => (new + (p.min(old.end) - old.start)).min(end),
                None => start,
            }
        };
        for style in &mut self.rich.styles {
            style.range = moved(style.range.start)..moved(style.range.end);
        }
        for link in &mut self.rich.links {
            link.range = moved(link.range.start)..moved(link.range.end);
        }
        for point in &mut self.rich.source_points {
            point.body = moved(point.body);
        }
        for (_, at) in &mut self.open_styles {
            *at = moved(*at);
        }
        for (_, at) in &mut self.open_links {
            *at = moved(*at);
        }
        // A link's style is kept while the link is, so that `Link(i)` keeps its index.
        self.rich
            .styles
            .retain(|s| !s.range.is_empty() || matches!(s.style, InlineStyle::Link(_)));
        self.rich.body.truncate(start);
        self.rich.body.push_str(&new);
        for range in headers {
            self.rich.styles.push(Styled {
                range,
                style: InlineStyle::Strong,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]], aligns: Vec<Align>) -> super::super::Rich {
        let mut b = RichBuilder::new();
        b.text("Before.", None);
        b.start_table(aligns);
        for (r, row) in rows.iter().enumerate() {
            b.start_row(r == 0);
            for cell in *row {
                b.start_cell();
                b.text(cell, None);
                b.end_cell();
            }
            b.end_row();
        }
        b.end_table();
        b.text("After.", None);
        b.finish()
    }

    #[test]
    fn cells_are_padded_into_aligned_columns() {
        let rich = table(
            &[
                &["Country", "Share", "Note"],
                &["France", "12.5%", "up"],
                &["Germany", "3%"],
            ],
            vec![Align::Left, Align::Right, Align::Center],
        );
        assert_eq!(
            rich.body,
            "Before.\n\nCountry │ Share │ Note\nFrance  │ 12.5% │  up\nGermany │    3%\n\nAfter."
        );
        assert_eq!(rich.paragraphs[1].kind, ParagraphKind::Table);
        let strong: Vec<&str> = rich
            .styles
            .iter()
            .filter(|s| s.style == InlineStyle::Strong)
            .map(|s| &rich.body[s.range.clone()])
            .collect();
        assert_eq!(strong, ["Country", "Share", "Note"]);
    }

    #[test]
    fn styles_links_and_source_points_move_with_their_cells() {
        let mut b = RichBuilder::new();
        b.start_table(vec![Align::Right, Align::Left]);
        for (n, (first, second)) in [("a long first cell", "x"), ("b", "the link")]
            .iter()
            .enumerate()
        {
            b.start_row(false);
            b.start_cell();
            b.start_style(InlineStyle::Emphasis);
            b.text(first, Some((n as u32 + 1, 3)));
            b.end_style(InlineStyle::Emphasis);
            b.end_cell();
            b.start_cell();
            b.start_link("https://example.org");
            b.text(second, Some((n as u32 + 1, 9)));
            b.end_link();
            b.end_cell();
            b.end_row();
        }
        b.end_table();
        let rich = b.finish();
        assert_eq!(
            rich.body,
            "a long first cell │ x\n                b │ the link"
        );
        let styled: Vec<&str> = rich
            .styles
            .iter()
            .map(|s| &rich.body[s.range.clone()])
            .collect();
        assert_eq!(styled, ["a long first cell", "x", "b", "the link"]);
        let linked: Vec<&str> = rich
            .links
            .iter()
            .map(|l| &rich.body[l.range.clone()])
            .collect();
        assert_eq!(linked, ["x", "the link"]);
        let points: Vec<&str> = rich
            .source_points
            .iter()
            .map(|p| &rich.body[p.body..p.body + 1])
            .collect();
        assert_eq!(points, ["a", "x", "b", "t"]);
    }

    #[test]
    fn columns_empty_in_every_row_are_left_out() {
        let rich = table(&[&["", "maha", ""], &["", "Alex", "", "x"]], Vec::new());
        assert_eq!(
            &rich.body[rich.paragraphs[1].range.clone()],
            "maha\nAlex │ x"
        );
    }

    #[test]
    fn a_table_too_wide_to_align_is_not_padded() {
        let long = "word ".repeat(40);
        let rich = table(&[&["a", long.trim()], &["b", "c"]], Vec::new());
        let text = &rich.body[rich.paragraphs[1].range.clone()];
        assert_eq!(text.lines().nth(1), Some("b │ c"));
    }

    #[test]
    fn blocks_inside_a_cell_stay_in_the_cell_and_empty_rows_go() {
        let mut b = RichBuilder::new();
        b.start_table(Vec::new());
        b.start_row(false);
        b.start_cell();
        b.start_block(ParagraphKind::Text);
        b.text("one", None);
        b.end_block();
        b.enter_list(None);
        b.start_item();
        b.text("two", None);
        b.end_item();
        b.leave_list();
        b.rule();
        b.hard_break();
        b.text("three", None);
        b.end_cell();
        b.start_row(false);
        b.start_cell();
        b.end_cell();
        b.end_table();
        // Stray words outside any cell open a cell of their own.
        let rich = b.finish();
        assert_eq!(rich.body, "one two three");
        assert_eq!(rich.paragraphs.len(), 1);
        assert_eq!(rich.paragraphs[0].range, 0..rich.body.len());
    }

    #[test]
    fn a_table_in_a_cell_is_words_of_that_cell() {
        let mut b = RichBuilder::new();
        b.start_table(Vec::new());
        b.start_cell();
        b.text("outer", None);
        b.start_table(Vec::new());
        b.start_row(false);
        b.start_cell();
        b.text("inner", None);
        b.end_cell();
        b.end_row();
        b.end_table();
        b.end_cell();
        b.start_cell();
        b.text("next", None);
        b.end_table();
        b.text("after", None);
        let rich = b.finish();
        assert_eq!(rich.body, "outer inner │ next\n\nafter");
    }
}
