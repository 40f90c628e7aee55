//! The viewport: the reading cursor, the first line shown, the page height and the scroll margin, and the arithmetic that moves them over a layout.
//!
//! The reading position is a place in the text (`cursor`, a byte offset of the body), so it
//! survives re-wrapping; `top` is derived from it whenever the text re-wraps. Every method
//! takes the [`Layout`] and the [`Article`] it was made from; none chooses the current
//! claim (that rule is the reader's glue in `reader/update/navigate.rs`).

use std::ops::Range;

use crate::article::Article;
use crate::layout::{Layout, LinePos};

/// Where the reader is in the text and which lines are on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewport {
    /// The reading cursor: a byte offset into the body. The cursor line is the screen
    /// line showing it; line moves put it at a line's start, claim jumps at the claim.
    pub cursor: usize,
    /// The first screen line shown; derived from the cursor whenever the text re-wraps.
    pub top: LinePos,
    /// Rows of article text on screen, at least 1.
    page: usize,
    /// Lines kept between the cursor and the pane's top and bottom edges where the page
    /// allows (the configuration's `scroll_margin`).
    margin: usize,
    /// After a page move: the screen row the cursor was meant to keep, with the cursor and
    /// top line it left, so the next page move keeps that row even where the cursor had to
    /// settle on a nearby body line (paging stays symmetric, as in less).
    page_place: Option<(usize, usize, LinePos)>,
}

impl Viewport {
    /// A viewport with the cursor at byte `cursor`, the top at the first line, a page of
    /// one row (until [`Viewport::resize`]) and a scroll margin of `margin` lines.
    pub fn new(cursor: usize, margin: u16) -> Viewport {
        Viewport {
            cursor,
            top: LinePos::default(),
            page: 1,
            margin: usize::from(margin),
            page_place: None,
        }
    }

    /// Sets the page to `rows` rows of text (0 counts as 1) and the scroll margin to
    /// `margin` lines.
    pub fn resize(&mut self, rows: usize, margin: u16) {
        self.page = rows.max(1);
        self.margin = usize::from(margin);
    }

    /// Rows of article text on screen, at least 1.
    pub fn page(&self) -> usize {
        self.page
    }

    /// The screen line the cursor is on.
    pub fn cursor_line(&self, layout: &Layout, article: &Article) -> Option<LinePos> {
        layout.line_of(article, self.cursor)
    }

    /// The byte range of the body shown on the cursor's line.
    pub fn cursor_range(&self, layout: &Layout, article: &Article) -> Option<Range<usize>> {
        let line = self.cursor_line(layout, article)?;
        Some(layout.line(article, line)?.range.clone())
    }

    /// The cursor's row in the pane, counted from the top line shown, if it is on screen.
    pub fn cursor_row(&self, layout: &Layout, article: &Article) -> Option<usize> {
        let line = self.cursor_line(layout, article)?;
        layout.distance(article, self.top, line, self.page - 1)
    }

    /// How far through the article the cursor is, in percent of the body's bytes.
    pub fn percent(&self, layout: &Layout, article: &Article) -> usize {
        let (start, end) = body_span(layout, article);
        if end <= start {
            return 100;
        }
        (self.cursor.clamp(start, end) - start) * 100 / (end - start)
    }

    /// The highest the top line can go: a page above the last line.
    pub fn max_top(&self, layout: &Layout, article: &Article) -> LinePos {
        match layout.last(article) {
            Some(last) => layout.offset(article, last, 1 - self.page as isize),
            None => LinePos::default(),
        }
    }

    /// Puts the cursor at the start of screen line `line`; `false` (nothing moved) when
    /// there is no such line.
    pub fn set_cursor_line(&mut self, layout: &Layout, article: &Article, line: LinePos) -> bool {
        match layout.line(article, line) {
            Some(l) => {
                self.cursor = l.range.start;
                true
            }
            None => false,
        }
    }

    /// Scrolls as little as possible to show the cursor with the scroll margin.
    pub fn keep_cursor_visible(&mut self, layout: &Layout, article: &Article) {
        let Some(line) = self.cursor_line(layout, article) else {
            self.top = LinePos::default();
            return;
        };
        let page = self.page;
        let margin = self.margin.min(page.saturating_sub(1) / 2);
        let first = layout.first(article).unwrap_or_default();
        let row = layout.distance(article, self.top, line, page);
        if layout.first_body_line(article) == Some(line)
            && layout.distance(article, first, line, page - 1).is_some()
        {
            self.top = first;
        } else if line < self.top || row.is_some_and(|r| r < margin) {
            self.top = layout.offset(article, line, -(margin as isize));
        } else if row.is_none_or(|r| r + margin >= page) {
            self.top = layout.offset(article, line, (margin + 1) as isize - page as isize);
        }
        self.top = self.top.min(self.max_top(layout, article));
    }

    /// Shows the cursor a third of the way down if it is off screen (for jumps), then
    /// keeps it visible.
    pub fn reveal_cursor(&mut self, layout: &Layout, article: &Article) {
        if let Some(line) = self.cursor_line(layout, article)
            && self.cursor_row(layout, article).is_none()
        {
            let up = -((self.page / 3) as isize);
            self.top = layout
                .offset(article, line, up)
                .min(self.max_top(layout, article));
        }
        self.keep_cursor_visible(layout, article);
    }

    /// Moves the cursor `delta` body lines (clamped to the body) and keeps it visible;
    /// `false` when there is no cursor line (an empty body) and nothing moved.
    pub fn move_lines(&mut self, layout: &Layout, article: &Article, delta: isize) -> bool {
        let Some(line) = self.cursor_line(layout, article) else {
            return false;
        };
        let target = layout.step_body(article, line, delta);
        self.set_cursor_line(layout, article, target);
        self.keep_cursor_visible(layout, article);
        true
    }

    /// Scrolls the view by `delta` screen lines and carries the cursor along, on the same
    /// screen row. The row is the one the last page move meant (if nothing has moved
    /// since), not the one the cursor settled on, so `delta` then `-delta` comes back.
    /// Returns whether the cursor was put on a new line (the current claim then follows).
    pub fn scroll_pages(&mut self, layout: &Layout, article: &Article, delta: isize) -> bool {
        let Some(line) = self.cursor_line(layout, article) else {
            return false;
        };
        let row = match self.page_place {
            Some((row, cursor, top)) if cursor == self.cursor && top == self.top => row,
            _ => self.cursor_row(layout, article).unwrap_or(0),
        };
        let meant = layout.offset(article, self.top, row as isize);
        let target = layout.offset(article, meant, delta);
        self.top = layout
            .offset(article, self.top, delta)
            .min(self.max_top(layout, article));
        let mut moved = false;
        if let Some(target) = layout.nearest_body_line(article, target) {
            let target = if delta < 0 && target > line {
                line
            } else {
                target
            };
            self.set_cursor_line(layout, article, target);
            moved = true;
        }
        self.keep_cursor_visible(layout, article);
        self.page_place = Some((row, self.cursor, self.top));
        moved
    }

    /// The top of the text: the cursor on the first body line, the title in view (unless
    /// it is taller than the pane, when the first body line shows).
    pub fn move_to_top(&mut self, layout: &Layout, article: &Article) {
        self.cursor = first_body_position(layout, article);
        self.top = layout.first(article).unwrap_or_default();
        self.keep_cursor_visible(layout, article);
    }

    /// The end of the text: the cursor on the last body line, the last page shown.
    /// `false` when there is no body line and nothing moved.
    pub fn move_to_bottom(&mut self, layout: &Layout, article: &Article) -> bool {
        let Some(last) = layout
            .last(article)
            .and_then(|l| layout.nearest_body_line(article, l))
        else {
            return false;
        };
        self.set_cursor_line(layout, article, last);
        self.top = self.max_top(layout, article);
        true
    }

    /// Scrolls so that the cursor's line is on screen row `row`, as it was before the
    /// text changed or re-wrapped (nothing for `None`).
    pub fn restore_row(&mut self, layout: &Layout, article: &Article, row: Option<usize>) {
        if let (Some(line), Some(row)) = (self.cursor_line(layout, article), row) {
            self.top = layout
                .offset(article, line, -(row as isize))
                .min(self.max_top(layout, article));
        }
    }
}

/// Where the body's first paragraph and its last screen line begin: 0% and 100%, as byte
/// offsets of the body; `(0, 0)` for an empty body.
pub fn body_span(layout: &Layout, article: &Article) -> (usize, usize) {
    match (article.paragraphs.first(), last_body_range(layout, article)) {
        (Some(first), Some(last)) => (first.range.start, last.start.max(first.range.start)),
        _ => (0, 0),
    }
}

/// The byte range of the body shown on the last body line.
fn last_body_range(layout: &Layout, article: &Article) -> Option<Range<usize>> {
    let last = layout.last(article)?;
    let last = layout.nearest_body_line(article, last)?;
    Some(layout.line(article, last)?.range.clone())
}

/// Where the first body line begins (a byte offset of the body; 0 with no body line).
pub fn first_body_position(layout: &Layout, article: &Article) -> usize {
    layout
        .first_body_line(article)
        .and_then(|l| layout.line(article, l))
        .map_or(0, |l| l.range.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `paragraphs` paragraphs of eight words (each wraps to two lines at 20 columns),
    /// laid out 20 columns wide, with a viewport of `page` rows on its first paragraph.
    fn setup(paragraphs: usize, page: usize, margin: u16) -> (Article, Layout, Viewport) {
        let text: Vec<String> = (0..paragraphs)
            .map(|i| format!("para{i:03} alpha beta gamma delta epsilon zeta eta"))
            .collect();
        let article = Article::from_text("t.txt", &text.join("\n\n")).unwrap();
        let layout = Layout::new(&article, 20);
        let mut view = Viewport::new(article.paragraphs[0].range.start, margin);
        view.resize(page, margin);
        (article, layout, view)
    }

    #[test]
    fn the_page_is_never_less_than_a_row() {
        let mut view = Viewport::new(0, 2);
        assert_eq!(view.page(), 1);
        view.resize(0, 2);
        assert_eq!(view.page(), 1);
        view.resize(30, 2);
        assert_eq!(view.page(), 30);
    }

    #[test]
    fn line_moves_keep_the_margin_and_the_cursor_on_screen() {
        let (article, layout, mut view) = setup(40, 10, 2);
        view.move_to_top(&layout, &article);
        for step in 0..60 {
            assert!(view.move_lines(&layout, &article, 1));
            let row = view.cursor_row(&layout, &article).expect("on screen");
            if view.top < view.max_top(&layout, &article) {
                assert!(row + 2 < 10, "step {step}: row {row} inside the margin");
            }
        }
        for _ in 0..200 {
            view.move_lines(&layout, &article, -1);
            let row = view.cursor_row(&layout, &article).expect("on screen");
            let first = layout.first(&article).unwrap();
            if view.top > first {
                assert!(row >= 2, "row {row} inside the top margin");
            }
        }
        assert_eq!(view.cursor, first_body_position(&layout, &article));
    }

    #[test]
    fn paging_down_then_up_comes_back() {
        let (article, layout, mut view) = setup(40, 12, 3);
        view.move_to_top(&layout, &article);
        for _ in 0..5 {
            view.move_lines(&layout, &article, 1);
        }
        let start = (view.cursor, view.top);
        for _ in 0..3 {
            assert!(view.scroll_pages(&layout, &article, 12));
        }
        assert_ne!((view.cursor, view.top), start);
        for _ in 0..3 {
            view.scroll_pages(&layout, &article, -12);
        }
        assert_eq!((view.cursor, view.top), start);
    }

    #[test]
    fn the_bottom_shows_the_last_page_and_percent_reaches_100() {
        let (article, layout, mut view) = setup(10, 6, 1);
        assert_eq!(view.percent(&layout, &article), 0);
        assert!(view.move_to_bottom(&layout, &article));
        assert_eq!(view.top, view.max_top(&layout, &article));
        assert_eq!(view.percent(&layout, &article), 100);
        let last = layout.last(&article).unwrap();
        assert_eq!(layout.distance(&article, view.top, last, 10), Some(5));
        let (start, end) = body_span(&layout, &article);
        assert!(start < end && view.cursor == end);
    }

    #[test]
    fn a_jump_off_screen_shows_the_cursor_a_third_of_the_way_down() {
        let (article, layout, mut view) = setup(40, 9, 0);
        view.move_to_top(&layout, &article);
        view.cursor = article.paragraphs[20].range.start;
        assert_eq!(view.cursor_row(&layout, &article), None);
        view.reveal_cursor(&layout, &article);
        assert_eq!(view.cursor_row(&layout, &article), Some(3));
    }

    #[test]
    fn a_row_is_restored_after_rewrapping() {
        let (article, layout, mut view) = setup(40, 10, 0);
        view.cursor = article.paragraphs[15].range.start;
        view.reveal_cursor(&layout, &article);
        let wider = Layout::new(&article, 30);
        view.restore_row(&wider, &article, Some(4));
        assert_eq!(view.cursor_row(&wider, &article), Some(4));
        let range = view.cursor_range(&wider, &article).unwrap();
        assert!(range.contains(&view.cursor));
    }

    #[test]
    fn an_empty_body_moves_nothing() {
        let article = Article::from_text("t.txt", "").unwrap();
        let layout = Layout::new(&article, 20);
        let mut view = Viewport::new(0, 2);
        view.resize(10, 2);
        assert!(!view.move_lines(&layout, &article, 1));
        assert!(!view.scroll_pages(&layout, &article, 10));
        assert_eq!(view.percent(&layout, &article), 100);
        assert_eq!(body_span(&layout, &article), (0, 0));
    }
}
