//! The reader's state and `update`, the only place it changes.

use crate::config::Config;
use crate::document::Document;
use crate::reader::action::Action;
pub use crate::reader::update::update;
use std::ops::Range;

use crate::layout::{Layout, LinePos};
use crate::reader::screen::Screen;

/// A document still loading: what it is doing, and a key that must wait for all of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loading {
    pub stage: String,
    /// `G`, `n` or `p` pressed before the whole text and its claims were there.
    pub deferred: Option<Action>,
}

/// Which pane the movement keys drive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Article,
    Sidebar,
}

/// Everything the screen shows. The reading position is a place in the text
/// (`cursor`, a byte offset of the body), so it survives re-wrapping.
#[derive(Debug, Clone)]
pub struct State {
    pub doc: Document,
    pub config: Config,
    pub screen: Screen,
    pub layout: Layout,
    /// The reading cursor: a byte offset into the body. The cursor line is the screen
    /// line showing it; line moves put it at a line's start, claim jumps at the claim.
    pub cursor: usize,
    /// The first screen line shown; derived from the cursor whenever the text re-wraps.
    pub top: LinePos,
    pub focus: Focus,
    /// The current claim (an index into `doc.claims`).
    pub selected: Option<usize>,
    /// The response of the current claim selected in the sidebar.
    pub selected_response: Option<usize>,
    /// Whether `selected` is the rule's claim for the cursor (rather than chosen in the
    /// sidebar or by a jump), so re-wrapping should apply the rule again.
    pub(crate) follows_cursor: bool,
    /// After a page move: the screen row the cursor was meant to keep, with the cursor and
    /// top line it left, so the next page move keeps that row even where the cursor had to
    /// settle on a nearby body line (paging stays symmetric, as in less).
    pub(crate) page_place: Option<(usize, usize, LinePos)>,
    pub sidebar_visible: bool,
    /// Whether links carry their address to the terminal (OSC 8), settled at start.
    pub hyperlinks: bool,
    /// Whether the mouse is taken from the terminal (off: the terminal selects text).
    pub mouse: bool,
    /// The theme and colour depth, settled from the terminal when the reader starts.
    pub look: crate::palette::Look,
    /// The widest the text's lines get (from the configuration; `-` and `+` change it).
    pub measure: u16,
    pub help_open: bool,
    pub help_scroll: usize,
    /// The list of the article's links.
    pub links: crate::reader::model::links::LinksView,
    /// The filter on the claims, if one is in force.
    pub filter: Option<crate::reader::model::filter::ActiveFilter>,
    /// The list a filter or a person is chosen from, while it is open.
    pub chooser: crate::reader::model::chooser::Chooser,
    /// The search: its prompt while open, its matches.
    pub search: crate::reader::model::search::Search,
    /// The previous searches (Up and Down in the prompt), kept across sessions by the loop.
    pub search_history: crate::keys::prompt::History,
    /// A link to hand to the system's opener: the interactive loop opens it and answers
    /// with [`Action::LinkOpened`].
    pub open_request: Option<String>,
    /// Text to put on the clipboard: the interactive loop sends it to the terminal and
    /// answers with [`Action::Copied`].
    pub clipboard_request: Option<String>,
    /// A drafted claims file for the loop to write beside the article.
    pub draft_request: Option<String>,
    /// A one-off message for the status bar, cleared by the next action.
    pub message: Option<String>,
    /// The article or claims file has changed on disk since it was read.
    pub stale: bool,
    /// While a large document loads in the background, the document is its beginning
    /// alone, with no claims.
    pub loading: Option<Loading>,
    pub should_quit: bool,
}

impl State {
    /// The reader on the bundled sample, laid out at 120×40: the state unit tests start from.
    #[cfg(test)]
    pub(crate) fn sample_at_120x40() -> State {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let mut state = State::new(doc, crate::config::Config::default());
        crate::reader::update::update(
            &mut state,
            crate::reader::action::Action::Resize {
                width: 120,
                height: 40,
            },
        );
        state
    }

    /// A reader on `doc`, not yet sized: send [`Action::Resize`] before drawing.
    pub fn new(doc: Document, config: Config) -> State {
        let screen = Screen::default();
        // Nothing is wrapped until the first Resize says how wide the window is.
        let layout = Layout::empty();
        let measure = config.layout.max_text_width;
        let mouse = config.reading.mouse;
        let mut state = State {
            doc,
            config,
            screen,
            layout,
            cursor: 0,
            top: LinePos::default(),
            focus: Focus::Article,
            selected: None,
            selected_response: None,
            follows_cursor: true,
            page_place: None,
            sidebar_visible: true,
            mouse,
            hyperlinks: false,
            look: crate::palette::Look::default(),
            measure,
            help_open: false,
            help_scroll: 0,
            links: crate::reader::model::links::LinksView::default(),
            filter: None,
            chooser: crate::reader::model::chooser::Chooser::default(),
            search: crate::reader::model::search::Search::default(),
            search_history: crate::keys::prompt::History::default(),
            open_request: None,
            clipboard_request: None,
            draft_request: None,
            message: None,
            stale: false,
            loading: None,
            should_quit: false,
        };
        state.cursor = state
            .doc
            .article
            .paragraphs
            .first()
            .map_or(0, |p| p.range.start);
        state
    }

    /// A reader showing the beginning of a large document while the rest loads; the
    /// whole arrives as [`Action::Loaded`].
    pub fn new_loading(preview: Document, config: Config) -> State {
        let mut state = State::new(preview, config);
        state.loading = Some(Loading {
            stage: "reading…".into(),
            deferred: None,
        });
        state
    }

    /// Whether the current claim is the rule's claim for the cursor, rather than one
    /// chosen in the sidebar or by a jump (which holds until the cursor moves again).
    pub fn follows_cursor(&self) -> bool {
        self.follows_cursor
    }

    /// The screen line the cursor is on.
    pub fn cursor_line(&self) -> Option<LinePos> {
        self.layout.line_of(&self.doc.article, self.cursor)
    }

    /// The byte range of the body shown on the cursor's line.
    pub fn cursor_range(&self) -> Option<Range<usize>> {
        let line = self.cursor_line()?;
        Some(self.layout.line(&self.doc.article, line)?.range.clone())
    }

    /// The cursor's row in the article pane, counted from the top line shown, if it is
    /// on screen.
    pub fn cursor_row(&self) -> Option<usize> {
        let line = self.cursor_line()?;
        self.layout
            .distance(&self.doc.article, self.top, line, self.page() - 1)
    }

    /// How far through the article the cursor is, in percent of the body's bytes.
    pub fn percent(&self) -> usize {
        let (start, end) = self.body_span();
        if end <= start {
            return 100;
        }
        (self.cursor.clamp(start, end) - start) * 100 / (end - start)
    }

    /// Where the body's first paragraph and its last screen line begin: 0% and 100%.
    pub(crate) fn body_span(&self) -> (usize, usize) {
        let article = &self.doc.article;
        match (article.paragraphs.first(), self.last_body_range()) {
            (Some(first), Some(last)) => (first.range.start, last.start.max(first.range.start)),
            _ => (0, 0),
        }
    }

    pub(crate) fn last_body_range(&self) -> Option<Range<usize>> {
        let article = &self.doc.article;
        let last = self.layout.last(article)?;
        let last = self.layout.nearest_body_line(article, last)?;
        Some(self.layout.line(article, last)?.range.clone())
    }

    pub(crate) fn first_body_position(&self) -> usize {
        let article = &self.doc.article;
        self.layout
            .first_body_line(article)
            .and_then(|l| self.layout.line(article, l))
            .map_or(0, |l| l.range.start)
    }

    pub(crate) fn page(&self) -> usize {
        self.screen.page_height().max(1)
    }

    /// The highest the top line can go: a page above the last line.
    pub(crate) fn max_top(&self) -> LinePos {
        let article = &self.doc.article;
        match self.layout.last(article) {
            Some(last) => self.layout.offset(article, last, 1 - self.page() as isize),
            None => LinePos::default(),
        }
    }

    /// `line`, moved `steps` lines (clamped to the article).
    pub(crate) fn offset(&self, line: LinePos, steps: isize) -> LinePos {
        self.layout.offset(&self.doc.article, line, steps)
    }

    /// Puts the cursor on screen line `line` (a body line) and makes the claim under it current.
    pub(crate) fn set_cursor_line(&mut self, line: LinePos) {
        if let Some(l) = self.layout.line(&self.doc.article, line) {
            self.cursor = l.range.start;
        }
        self.follow_cursor();
    }

    /// The current claim becomes the one the rule gives for the cursor.
    pub(crate) fn follow_cursor(&mut self) {
        let line = self.cursor_range().unwrap_or(0..0);
        let current = self.doc.current_claim(self.cursor, line);
        // Under a filter, the nearest claim it shows.
        self.selected = current.and_then(|i| self.shown_from(i, false));
        self.selected_response = None;
        self.follows_cursor = true;
    }

    /// Scrolls as little as possible to show the cursor with the configured margin.
    pub(crate) fn keep_cursor_visible(&mut self) {
        let article = &self.doc.article;
        let Some(line) = self.cursor_line() else {
            self.top = LinePos::default();
            return;
        };
        let page = self.page();
        let margin = usize::from(self.config.layout.scroll_margin).min(page.saturating_sub(1) / 2);
        let first = self.layout.first(article).unwrap_or_default();
        let row = self.layout.distance(article, self.top, line, page);
        if self.layout.first_body_line(article) == Some(line)
            && self
                .layout
                .distance(article, first, line, page - 1)
                .is_some()
        {
            self.top = first;
        } else if line < self.top || row.is_some_and(|r| r < margin) {
            self.top = self.offset(line, -(margin as isize));
        } else if row.is_none_or(|r| r + margin >= page) {
            self.top = self.offset(line, (margin + 1) as isize - page as isize);
        }
        self.top = self.top.min(self.max_top());
    }

    /// Shows the cursor a third of the way down if it is off screen (for jumps).
    pub(crate) fn reveal_cursor(&mut self) {
        if let Some(line) = self.cursor_line()
            && self.cursor_row().is_none()
        {
            let page = self.page();
            self.top = self
                .offset(line, -((page / 3) as isize))
                .min(self.max_top());
        }
        self.keep_cursor_visible();
    }

    /// Puts the cursor at byte `offset`, the rule choosing the claim, and shows it.
    pub(crate) fn go_to(&mut self, offset: usize) {
        self.cursor = offset.min(self.doc.article.body.len());
        self.follow_cursor();
        self.reveal_cursor();
    }

    pub(crate) fn move_lines(&mut self, delta: isize) {
        if let Some(line) = self.cursor_line() {
            let target = self.layout.step_body(&self.doc.article, line, delta);
            self.set_cursor_line(target);
            self.keep_cursor_visible();
        }
    }

    /// Scrolls the view by `delta` screen lines and carries the cursor along, on the same
    /// screen row. The row is the one the last page move meant (if nothing has moved
    /// since), not the one the cursor settled on, so `delta` then `-delta` comes back.
    pub(crate) fn scroll_pages(&mut self, delta: isize) {
        let Some(line) = self.cursor_line() else {
            return;
        };
        let row = match self.page_place {
            Some((row, cursor, top)) if cursor == self.cursor && top == self.top => row,
            _ => self.cursor_row().unwrap_or(0),
        };
        let meant = self.offset(self.top, row as isize);
        let target = self.offset(meant, delta);
        self.top = self.offset(self.top, delta).min(self.max_top());
        if let Some(target) = self.layout.nearest_body_line(&self.doc.article, target) {
            let target = if delta < 0 && target > line {
                line
            } else {
                target
            };
            self.set_cursor_line(target);
        }
        self.keep_cursor_visible();
        self.page_place = Some((row, self.cursor, self.top));
    }

    /// Makes claim `index` current, moving the cursor to it if it is in the text.
    pub(crate) fn select_claim(&mut self, index: usize, response: Option<usize>) {
        self.selected = Some(index);
        self.selected_response = response;
        self.follows_cursor = false;
        match self.doc.claims[index].start() {
            Some(start) => {
                self.cursor = start;
                self.reveal_cursor();
            }
            None => {
                self.message = Some(format!("claim {} is not in the article's text", index + 1));
            }
        }
    }

    /// Shows a newly read document in place of the old one, keeping the reading place:
    /// the cursor goes to the same words nearest where they were, else to the same offset.
    /// `errors` (parts that kept their last good version) lead the warnings.
    pub(crate) fn replace_document(&mut self, doc: Document, errors: Vec<crate::warning::Warning>) {
        let row = self.cursor_row();
        let old_body = &self.doc.article.body;
        let words: String = old_body
            .get(self.cursor..)
            .unwrap_or_default()
            .chars()
            .take(48)
            .collect();
        let old_cursor = self.cursor;
        self.doc = doc;
        let message = errors
            .first()
            .map_or_else(|| "reloaded".to_string(), ToString::to_string);
        self.doc.warnings.splice(0..0, errors);
        self.cursor = crate::reader::resume::find_place(&self.doc.article.body, &words, old_cursor);
        self.lay_out_new_text(row);
        self.stale = false;
        self.message = Some(message);
    }

    /// Shows the whole of a document whose beginning was shown while it loaded: the same
    /// text up to where the preview ended, so the cursor stays at the same offset.
    pub(crate) fn show_whole_document(&mut self, doc: Document) {
        let row = self.cursor_row();
        self.doc = doc;
        self.cursor = self.cursor.min(self.doc.article.body.len());
        self.lay_out_new_text(row);
    }

    /// After the document changed: lays its text out at the same width, puts the cursor's
    /// line back on screen row `row`, and makes the claim under the cursor current.
    pub(crate) fn lay_out_new_text(&mut self, row: Option<usize>) {
        if self.layout.width > 0 {
            self.layout = Layout::new(&self.doc.article, self.layout.width);
        }
        // The matches were places in the old text: find them again in the new.
        self.search.refresh(&self.doc, &self.layout);
        if let Some(active) = self.filter.take() {
            self.filter = Some(crate::reader::model::filter::ActiveFilter::new(
                active.filter,
                &self.doc,
            ));
        }
        if let Some(kind) = self.chooser.open {
            self.chooser.rows = crate::reader::model::chooser::choices(&self.doc, kind);
            let last = self.chooser.rows.len().saturating_sub(1);
            self.chooser.selected = self.chooser.selected.min(last);
        }
        self.restore_row(row);
        self.follow_cursor();
        self.keep_cursor_visible();
    }

    /// Scrolls so that the cursor's line is on screen row `row`, as it was before the
    /// text changed or re-wrapped.
    pub(crate) fn restore_row(&mut self, row: Option<usize>) {
        if let (Some(line), Some(row)) = (self.cursor_line(), row) {
            self.top = self.offset(line, -(row as isize)).min(self.max_top());
        }
    }

    /// Recomputes the screen and the wrapping, keeping the cursor's place in the text
    /// and its row on screen.
    pub(crate) fn relayout(&mut self, width: u16, height: u16) {
        let row = self.cursor_row();
        self.screen = Screen::new(
            width,
            height,
            &self.config.layout,
            self.sidebar_visible,
            self.measure,
        );
        let text_width = usize::from(self.screen.text_width);
        if text_width != self.layout.width {
            self.layout = Layout::new(&self.doc.article, text_width);
        }
        self.restore_row(row);
        if self.follows_cursor {
            self.follow_cursor();
        }
        self.keep_cursor_visible();
    }

    /// The sidebar's items in order: each claim, and the responses of the current one.
    pub(crate) fn sidebar_step(&mut self, forward: bool) {
        let Some(claim) = self.selected else {
            if forward && !self.doc.claims.is_empty() {
                let first = self.doc.next_claim(self.cursor, None).unwrap_or(0);
                self.select_claim(first, None);
            }
            return;
        };
        let responses = self.doc.claims[claim].responses.len();
        self.follows_cursor = false;
        match (forward, self.selected_response) {
            (true, None) if responses > 0 => self.selected_response = Some(0),
            (true, Some(r)) if r + 1 < responses => self.selected_response = Some(r + 1),
            (true, _) => {
                if let Some(next) = self.shown_from(claim + 1, true) {
                    self.select_claim(next, None);
                }
            }
            (false, Some(0)) => self.selected_response = None,
            (false, Some(r)) => self.selected_response = Some(r - 1),
            (false, None) => {
                if let Some(prev) = claim.checked_sub(1).and_then(|c| self.shown_from(c, false)) {
                    let last = self.doc.claims[prev].responses.len().checked_sub(1);
                    self.select_claim(prev, last);
                }
            }
        }
        self.follow_sidebar();
    }

    /// The article follows the sidebar: the cursor goes to the selected response where the
    /// text quotes it, else to the claim's start (if it is in the text), and the sidebar's
    /// selection stays as it is (the cursor rule is not applied to the new place).
    fn follow_sidebar(&mut self) {
        let Some(claim) = self.selected.and_then(|c| self.doc.claims.get(c)) else {
            return;
        };
        let place = self
            .selected_response
            .and_then(|r| claim.responses.get(r))
            .and_then(|r| r.anchoring.range.as_ref())
            .map(|range| range.start)
            .or_else(|| claim.start());
        if let Some(place) = place {
            self.cursor = place;
            self.follows_cursor = false;
            self.reveal_cursor();
        }
    }

    pub(crate) fn activate(&mut self) {
        match (self.focus, self.selected, self.selected_response) {
            (Focus::Sidebar, Some(claim), Some(r)) => {
                let response = &self.doc.claims[claim].responses[r];
                match response.anchoring.range.as_ref().map(|range| range.start) {
                    Some(start) => {
                        self.cursor = start;
                        self.follows_cursor = false;
                        self.reveal_cursor();
                        self.focus = Focus::Article;
                    }
                    None => {
                        self.message = Some(format!(
                            "{} is not quoted in the article's text",
                            response.entry.expert
                        ));
                    }
                }
            }
            (Focus::Sidebar, Some(claim), None) => {
                self.select_claim(claim, None);
                self.focus = Focus::Article;
            }
            _ => self.toggle_focus(),
        }
    }

    pub(crate) fn toggle_focus(&mut self) {
        self.focus = match self.focus {
            Focus::Article => {
                if !self.sidebar_visible {
                    self.sidebar_visible = true;
                    self.relayout(self.screen.area.width, self.screen.area.height);
                }
                Focus::Sidebar
            }
            Focus::Sidebar => Focus::Article,
        };
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
