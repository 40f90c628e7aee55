//! The glue that moves the reading position: line, page, top and bottom moves and claim steps in the article, steps through the sidebar, and the rule that makes the claim under the cursor current.
//!
//! The arithmetic is the [`Viewport`](crate::reader::viewport::Viewport)'s; what is here
//! decides which claim is current after a move, and which pane has the focus.

use crate::reader::action::Action;
use crate::reader::state::{Focus, State};
use crate::reader::viewport::{body_span, first_body_position};

impl State {
    /// Rows of article text on screen, at least 1.
    pub(crate) fn page(&self) -> usize {
        self.view.page()
    }

    /// Where the body's first paragraph and its last screen line begin: 0% and 100%.
    pub(crate) fn body_span(&self) -> (usize, usize) {
        body_span(&self.layout, &self.doc.article)
    }

    /// Where the body's first line begins.
    pub(crate) fn first_body_position(&self) -> usize {
        first_body_position(&self.layout, &self.doc.article)
    }

    /// Scrolls as little as possible to show the cursor with the configured margin.
    pub(crate) fn keep_cursor_visible(&mut self) {
        self.view
            .keep_cursor_visible(&self.layout, &self.doc.article);
    }

    /// Shows the cursor a third of the way down if it is off screen (for jumps).
    pub(crate) fn reveal_cursor(&mut self) {
        self.view.reveal_cursor(&self.layout, &self.doc.article);
    }

    /// Puts the cursor on screen line `line` (a body line) and makes the claim under it current.
    pub(crate) fn set_cursor_line(&mut self, line: crate::layout::LinePos) {
        self.view
            .set_cursor_line(&self.layout, &self.doc.article, line);
        self.follow_cursor();
    }

    /// The current claim becomes the one the rule gives for the cursor.
    pub(crate) fn follow_cursor(&mut self) {
        let line = self.cursor_range().unwrap_or(0..0);
        let current = self.doc.current_claim(self.view.cursor, line);
        // Under a filter, the nearest claim it shows.
        self.selected = current.and_then(|i| self.shown_from(i, false));
        self.selected_response = None;
        self.follows_cursor = true;
    }

    /// Puts the cursor at byte `offset`, the rule choosing the claim, and shows it.
    pub(crate) fn go_to(&mut self, offset: usize) {
        self.view.cursor = offset.min(self.doc.article.body.len());
        self.follow_cursor();
        self.reveal_cursor();
    }

    /// Moves the cursor `delta` body lines, the claim under it becoming current.
    pub(crate) fn move_lines(&mut self, delta: isize) {
        if self.view.move_lines(&self.layout, &self.doc.article, delta) {
            self.follow_cursor();
        }
    }

    /// Scrolls by `delta` screen lines, carrying the cursor along on its row (see
    /// [`Viewport::scroll_pages`](crate::reader::viewport::Viewport::scroll_pages)).
    pub(crate) fn scroll_pages(&mut self, delta: isize) {
        if self
            .view
            .scroll_pages(&self.layout, &self.doc.article, delta)
        {
            self.follow_cursor();
        }
    }

    /// The line and page keys in the article, and the sidebar's line steps: `action` is
    /// one of `LineDown`, `LineUp`, the four page moves, `Top` or `Bottom`.
    pub(crate) fn navigate(&mut self, action: &Action) {
        let page = self.page() as isize;
        let half = (page / 2).max(1);
        let in_sidebar = self.focus == Focus::Sidebar;
        match action {
            Action::LineDown if in_sidebar => self.sidebar_step(true),
            Action::LineUp if in_sidebar => self.sidebar_step(false),
            Action::LineDown => self.move_lines(1),
            Action::LineUp => self.move_lines(-1),
            Action::HalfPageDown => self.scroll_pages(half),
            Action::HalfPageUp => self.scroll_pages(-half),
            Action::PageDown => self.scroll_pages(page),
            Action::PageUp => self.scroll_pages(-page),
            Action::Top => {
                // A title taller than the window leaves the first body line below it.
                self.view.move_to_top(&self.layout, &self.doc.article);
                self.follow_cursor();
            }
            Action::Bottom => {
                // An article with no body line has no bottom to go to.
                let moved = self.view.move_to_bottom(&self.layout, &self.doc.article);
                if moved {
                    self.follow_cursor();
                }
            }
            _ => {}
        }
    }

    /// `n` and `p` (`forward` for `n`): the next or previous claim in the text that the
    /// filter shows, or a message saying there is none.
    pub(crate) fn step_claim_in_text(&mut self, forward: bool) {
        let anchored = self.doc.anchored_count();
        // A claim chosen (in the sidebar, by a jump) rather than found under the cursor
        // steps to its neighbour, wherever the sidebar took the cursor since.
        let chosen = self
            .selected
            .filter(|&c| !self.follows_cursor() && c < anchored);
        let target = match chosen {
            Some(c) if forward => Some(c + 1),
            Some(c) => c.checked_sub(1),
            None if forward => self.doc.next_claim(self.view.cursor, self.selected),
            None => self.doc.prev_claim(self.view.cursor, self.selected),
        };
        // Claims in the text come in its order: the nearest one the filter shows.
        let target = target
            .and_then(|t| self.shown_from(t, forward))
            .filter(|&t| t < anchored);
        match target {
            Some(index) => self.select_claim(index, None),
            None if self.doc.claims.is_empty() => {
                self.message = Some("this article has no claims".into())
            }
            None if forward => self.message = Some("no claims after this point".into()),
            None => self.message = Some("no claims before this point".into()),
        }
    }

    /// Makes claim `index` current, moving the cursor to it if it is in the text.
    pub(crate) fn select_claim(&mut self, index: usize, response: Option<usize>) {
        self.selected = Some(index);
        self.selected_response = response;
        self.follows_cursor = false;
        match self.doc.claims[index].start() {
            Some(start) => {
                self.view.cursor = start;
                self.reveal_cursor();
            }
            None => {
                self.message = Some(format!("claim {} is not in the article's text", index + 1));
            }
        }
    }

    /// The sidebar's items in order: each claim, and the responses of the current one.
    pub(crate) fn sidebar_step(&mut self, forward: bool) {
        let Some(claim) = self.selected else {
            if forward && !self.doc.claims.is_empty() {
                let first = self.doc.next_claim(self.view.cursor, None).unwrap_or(0);
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
            self.view.cursor = place;
            self.follows_cursor = false;
            self.reveal_cursor();
        }
    }

    /// Enter: in the sidebar, the article goes to the selected response's quote (or the
    /// claim) and takes the focus; in the article, the focus moves to the sidebar.
    pub(crate) fn activate(&mut self) {
        match (self.focus, self.selected, self.selected_response) {
            (Focus::Sidebar, Some(claim), Some(r)) => {
                let response = &self.doc.claims[claim].responses[r];
                match response.anchoring.range.as_ref().map(|range| range.start) {
                    Some(start) => {
                        self.view.cursor = start;
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

    /// Moves the focus between the article and the sidebar, showing a hidden sidebar.
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
#[path = "navigate_tests.rs"]
mod tests;
