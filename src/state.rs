//! The reader's state and `update`, the only place it changes.

use crate::action::Action;
use crate::config::Config;
use crate::document::Document;
use crate::layout::Layout;
use crate::screen::Screen;

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
    pub top: usize,
    pub focus: Focus,
    /// The current claim (an index into `doc.claims`).
    pub selected: Option<usize>,
    /// The response of the current claim selected in the sidebar.
    pub selected_response: Option<usize>,
    /// Whether `selected` is the rule's claim for the cursor (rather than chosen in the
    /// sidebar or by a jump), so re-wrapping should apply the rule again.
    follows_cursor: bool,
    pub sidebar_visible: bool,
    pub help_open: bool,
    pub help_scroll: usize,
    /// A one-off message for the status bar, cleared by the next action.
    pub message: Option<String>,
    /// The article or claims file has changed on disk since it was read.
    pub stale: bool,
    pub should_quit: bool,
}

impl State {
    /// A reader on `doc`, not yet sized: send [`Action::Resize`] before drawing.
    pub fn new(doc: Document, config: Config) -> State {
        let screen = Screen::default();
        // Nothing is wrapped until the first Resize says how wide the window is.
        let layout = Layout::empty();
        let mut state = State {
            doc,
            config,
            screen,
            layout,
            cursor: 0,
            top: 0,
            focus: Focus::Article,
            selected: None,
            selected_response: None,
            follows_cursor: true,
            sidebar_visible: true,
            help_open: false,
            help_scroll: 0,
            message: None,
            stale: false,
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

    /// Whether the current claim is the rule's claim for the cursor, rather than one
    /// chosen in the sidebar or by a jump (which holds until the cursor moves again).
    pub fn follows_cursor(&self) -> bool {
        self.follows_cursor
    }

    /// The screen line the cursor is on.
    pub fn cursor_line(&self) -> Option<usize> {
        self.layout.line_of(self.cursor)
    }

    /// How far through the article the cursor is, in percent.
    pub fn percent(&self) -> usize {
        let lines = &self.layout.body_lines;
        match self.cursor_line() {
            Some(line) if lines.len() > 1 => {
                let nth = lines.partition_point(|&i| i < line);
                nth * 100 / (lines.len() - 1)
            }
            _ => 100,
        }
    }

    fn first_body_position(&self) -> usize {
        self.layout
            .body_lines
            .first()
            .map_or(0, |&i| self.layout.lines[i].range.start)
    }

    fn page(&self) -> usize {
        self.screen.page_height().max(1)
    }

    fn max_top(&self) -> usize {
        self.layout.lines.len().saturating_sub(self.page())
    }

    /// Puts the cursor on screen line `line` (a body line) and makes the claim under it current.
    fn set_cursor_line(&mut self, line: usize) {
        if let Some(l) = self.layout.lines.get(line) {
            self.cursor = l.range.start;
        }
        self.follow_cursor();
    }

    /// The current claim becomes the one the rule gives for the cursor.
    fn follow_cursor(&mut self) {
        let line = self
            .cursor_line()
            .map(|i| self.layout.lines[i].range.clone())
            .unwrap_or(0..0);
        self.selected = self.doc.current_claim(self.cursor, line);
        self.selected_response = None;
        self.follows_cursor = true;
    }

    /// Scrolls as little as possible to show the cursor with the configured margin.
    fn keep_cursor_visible(&mut self) {
        let Some(line) = self.cursor_line() else {
            self.top = 0;
            return;
        };
        let page = self.page();
        let margin = usize::from(self.config.layout.scroll_margin).min(page.saturating_sub(1) / 2);
        if self.layout.body_lines.first() == Some(&line) && line < page {
            self.top = 0;
        } else if line < self.top + margin {
            self.top = line.saturating_sub(margin);
        } else if line + margin >= self.top + page {
            self.top = line + margin + 1 - page;
        }
        self.top = self.top.min(self.max_top());
    }

    /// Shows the cursor a third of the way down if it is off screen (for jumps).
    fn reveal_cursor(&mut self) {
        if let Some(line) = self.cursor_line() {
            let page = self.page();
            if line < self.top || line >= self.top + page {
                self.top = line.saturating_sub(page / 3).min(self.max_top());
            }
        }
        self.keep_cursor_visible();
    }

    fn move_lines(&mut self, delta: isize) {
        if let Some(line) = self
            .cursor_line()
            .and_then(|l| self.layout.step_body_line(l, delta))
        {
            self.set_cursor_line(line);
            self.keep_cursor_visible();
        }
    }

    /// Scrolls the view by `delta` screen lines and carries the cursor along.
    fn scroll_pages(&mut self, delta: isize) {
        let Some(line) = self.cursor_line() else {
            return;
        };
        let last = self.layout.lines.len().saturating_sub(1);
        let target = line.saturating_add_signed(delta).min(last);
        self.top = self.top.saturating_add_signed(delta).min(self.max_top());
        if let Some(target) = self.layout.nearest_body_line(target) {
            let target = if delta < 0 && target > line {
                line
            } else {
                target
            };
            self.set_cursor_line(target);
        }
        self.keep_cursor_visible();
    }

    /// Makes claim `index` current, moving the cursor to it if it is in the text.
    fn select_claim(&mut self, index: usize, response: Option<usize>) {
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
    fn replace_document(&mut self, doc: Document, errors: Vec<String>) {
        let row = self.cursor_line().map(|l| l.saturating_sub(self.top));
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
            .cloned()
            .unwrap_or_else(|| "reloaded".to_string());
        self.doc.warnings.splice(0..0, errors);
        let body = &self.doc.article.body;
        let found = (!words.trim().is_empty())
            .then(|| {
                body.match_indices(&words)
                    .map(|(i, _)| i)
                    .min_by_key(|i| i.abs_diff(old_cursor))
            })
            .flatten();
        self.cursor = found.unwrap_or_else(|| {
            let mut at = old_cursor.min(body.len());
            while !body.is_char_boundary(at) {
                at -= 1;
            }
            at
        });
        if self.layout.width > 0 {
            self.layout = Layout::new(&self.doc.article, self.layout.width);
        }
        if let (Some(line), Some(row)) = (self.cursor_line(), row) {
            self.top = line.saturating_sub(row).min(self.max_top());
        }
        self.follow_cursor();
        self.keep_cursor_visible();
        self.stale = false;
        self.message = Some(message);
    }

    /// Recomputes the screen and the wrapping, keeping the cursor's place in the text
    /// and its row on screen.
    fn relayout(&mut self, width: u16, height: u16) {
        let row = self.cursor_line().map(|l| l.saturating_sub(self.top));
        self.screen = Screen::new(width, height, &self.config.layout, self.sidebar_visible);
        let text_width = usize::from(self.screen.text_width);
        if text_width != self.layout.width {
            self.layout = Layout::new(&self.doc.article, text_width);
        }
        if let (Some(line), Some(row)) = (self.cursor_line(), row) {
            self.top = line.saturating_sub(row).min(self.max_top());
        }
        if self.follows_cursor {
            self.follow_cursor();
        }
        self.keep_cursor_visible();
    }

    /// The sidebar's items in order: each claim, and the responses of the current one.
    fn sidebar_step(&mut self, forward: bool) {
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
                if claim + 1 < self.doc.claims.len() {
                    self.select_claim(claim + 1, None);
                }
            }
            (false, Some(0)) => self.selected_response = None,
            (false, Some(r)) => self.selected_response = Some(r - 1),
            (false, None) => {
                if let Some(prev) = claim.checked_sub(1) {
                    let last = self.doc.claims[prev].responses.len().checked_sub(1);
                    self.select_claim(prev, last);
                }
            }
        }
    }

    fn activate(&mut self) {
        match (self.focus, self.selected, self.selected_response) {
            (Focus::Sidebar, Some(claim), Some(r)) => {
                let response = &self.doc.claims[claim].responses[r];
                match response.anchoring.range.as_ref().map(|range| range.start) {
                    Some(start) => {
                        self.cursor = start;
                        self.reveal_cursor();
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

    fn toggle_focus(&mut self) {
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

/// Applies one action to the state. The only place state changes.
pub fn update(state: &mut State, action: Action) {
    state.message = None;
    if let Action::Resize { width, height } = action {
        state.relayout(width, height);
        return;
    }
    if let Action::Reloaded { .. } | Action::SourcesChanged = action {
        // Files change whatever is on screen.
    } else if state.help_open {
        match action {
            Action::Quit | Action::ToggleHelp => state.help_open = false,
            Action::ForceQuit => state.should_quit = true,
            Action::LineDown => {
                let area = state.screen.area;
                let max = crate::ui::help_max_scroll(state, area.width, area.height);
                state.help_scroll = (state.help_scroll + 1).min(max);
            }
            Action::LineUp => state.help_scroll = state.help_scroll.saturating_sub(1),
            Action::Top => state.help_scroll = 0,
            _ => {}
        }
        return;
    }
    let page = state.page() as isize;
    let in_sidebar = state.focus == Focus::Sidebar;
    match action {
        Action::LineDown if in_sidebar => state.sidebar_step(true),
        Action::LineUp if in_sidebar => state.sidebar_step(false),
        Action::LineDown => state.move_lines(1),
        Action::LineUp => state.move_lines(-1),
        Action::HalfPageDown => state.scroll_pages((page / 2).max(1)),
        Action::HalfPageUp => state.scroll_pages(-(page / 2).max(1)),
        Action::PageDown => state.scroll_pages(page),
        Action::PageUp => state.scroll_pages(-page),
        Action::Top => {
            state.cursor = state.first_body_position();
            state.follow_cursor();
            state.top = 0;
            // A title taller than the window leaves the first body line below it.
            state.keep_cursor_visible();
        }
        Action::Bottom => {
            if let Some(&last) = state.layout.body_lines.last() {
                state.set_cursor_line(last);
                state.top = state.max_top();
            }
        }
        Action::NextClaim | Action::PrevClaim => {
            let target = if action == Action::NextClaim {
                state.doc.next_claim(state.cursor, state.selected)
            } else {
                state.doc.prev_claim(state.cursor, state.selected)
            };
            match target {
                Some(index) => state.select_claim(index, None),
                None if state.doc.claims.is_empty() => {
                    state.message = Some("this article has no claims".into())
                }
                None if action == Action::NextClaim => {
                    state.message = Some("no claims after this point".into())
                }
                None => state.message = Some("no claims before this point".into()),
            }
        }
        Action::ToggleFocus => state.toggle_focus(),
        Action::Activate => state.activate(),
        Action::ToggleSidebar => {
            state.sidebar_visible = !state.sidebar_visible;
            if !state.sidebar_visible {
                state.focus = Focus::Article;
            }
            state.relayout(state.screen.area.width, state.screen.area.height);
        }
        Action::ToggleHelp => {
            state.help_open = true;
            state.help_scroll = 0;
        }
        Action::Quit | Action::ForceQuit => state.should_quit = true,
        Action::SourcesChanged => state.stale = true,
        Action::Notify(message) => state.message = Some(message),
        Action::Reloaded { doc, errors } => state.replace_document(*doc, errors),
        // The interactive loop does these (they are I/O); they change nothing here.
        Action::Reload | Action::Suspend | Action::Resize { .. } => {}
    }
}
