//! The reader's state: a plain struct of sub-states (document, layout, viewport, overlay, search, filter), its constructors and read accessors; it changes only in `reader::update`.

use crate::config::Config;
use crate::document::Document;
use crate::reader::action::Action;
use std::ops::Range;

use crate::layout::{Layout, LinePos};
use crate::reader::screen::Screen;
use crate::reader::viewport::Viewport;

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
/// (`view.cursor`, a byte offset of the body), so it survives re-wrapping.
#[derive(Debug, Clone)]
pub struct State {
    pub doc: Document,
    pub config: Config,
    pub screen: Screen,
    pub layout: Layout,
    /// The reading position: the cursor (a byte offset of the body), the first line
    /// shown, the page and the scroll margin.
    pub view: Viewport,
    pub focus: Focus,
    /// The current claim (an index into `doc.claims`).
    pub selected: Option<usize>,
    /// The response of the current claim selected in the sidebar.
    pub selected_response: Option<usize>,
    /// Whether `selected` is the rule's claim for the cursor (rather than chosen in the
    /// sidebar or by a jump), so re-wrapping should apply the rule again.
    pub(crate) follows_cursor: bool,
    pub sidebar_visible: bool,
    /// Whether links carry their address to the terminal (OSC 8), settled at start.
    pub hyperlinks: bool,
    /// Whether the mouse is taken from the terminal (off: the terminal selects text).
    pub mouse: bool,
    /// The theme and colour depth, settled from the terminal when the reader starts.
    pub look: crate::palette::Look,
    /// The widest the text's lines get (from the configuration; `-` and `+` change it).
    pub measure: u16,
    /// What is open over the reader (help, a list, the search prompt), which takes the keys.
    pub overlay: crate::reader::model::overlay::Overlay,
    /// The filter on the claims, if one is in force.
    pub filter: Option<crate::reader::model::filter::ActiveFilter>,
    /// The search: its query and matches (its prompt, while open, is the overlay).
    pub search: crate::reader::model::search::Search,
    /// The previous searches (Up and Down in the prompt), kept across sessions by the loop.
    pub search_history: crate::keys::prompt::History,
    /// The selection of the text being made (the selection mode, `v`), if one is.
    pub selection: Option<crate::reader::model::selection::Selection>,
    /// Where the left button went down in the article's text (a body offset) while it is
    /// held: a drag from there selects.
    pub(crate) pressed: Option<usize>,
    /// A one-off message for the status bar, cleared by the next action.
    pub message: Option<String>,
    /// The article or claims file has changed on disk since it was read.
    pub stale: bool,
    /// While a large document loads in the background, the document is its beginning
    /// alone, with no claims.
    pub loading: Option<Loading>,
    /// Editing the claims file: where it is saved, the undo history, what is unsaved.
    pub editing: crate::reader::model::editing::Editing,
    /// The key's action that asked to copy the bundled sample (a new claim on the
    /// selected words, `D`, …), waiting beside the copy question: done on the copy once
    /// it is open, dropped by any answer but yes. Kept here, not in the question, so that
    /// the models know no [`Action`].
    pub after_copy: Option<Action>,
    /// The page the article was fetched from and the file it is kept in, if it was.
    pub page: Option<crate::reader::model::save_as::PageFile>,
    /// The page being fetched again (`r`), while it is.
    pub fetching: Option<crate::reader::model::save_as::Fetching>,
}

impl State {
    /// The reader on the bundled sample, laid out at 120×40: the state unit tests start from.
    #[cfg(test)]
    pub(crate) fn sample_at_120x40() -> State {
        State::at_120x40(crate::document::source::load(None, None).unwrap().doc)
    }

    /// A reader on `doc` with the default settings, laid out at 120×40 (for tests).
    #[cfg(test)]
    pub(crate) fn at_120x40(doc: Document) -> State {
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
        let scroll_margin = config.layout.scroll_margin;
        let mut state = State {
            doc,
            config,
            screen,
            layout,
            view: Viewport::new(0, scroll_margin),
            focus: Focus::Article,
            selected: None,
            selected_response: None,
            follows_cursor: true,
            sidebar_visible: true,
            mouse,
            hyperlinks: false,
            look: crate::palette::Look::default(),
            measure,
            overlay: crate::reader::model::overlay::Overlay::None,
            filter: None,
            search: crate::reader::model::search::Search::default(),
            search_history: crate::keys::prompt::History::default(),
            selection: None,
            pressed: None,
            message: None,
            stale: false,
            loading: None,
            editing: crate::reader::model::editing::Editing::default(),
            after_copy: None,
            page: None,
            fetching: None,
        };
        state.editing.policy = state.config.editing.save;
        state.view.cursor = state
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
        self.view.cursor_line(&self.layout, &self.doc.article)
    }

    /// The byte range of the body shown on the cursor's line.
    pub fn cursor_range(&self) -> Option<Range<usize>> {
        self.view.cursor_range(&self.layout, &self.doc.article)
    }

    /// The cursor's row in the article pane, counted from the top line shown, if it is
    /// on screen.
    pub fn cursor_row(&self) -> Option<usize> {
        self.view.cursor_row(&self.layout, &self.doc.article)
    }

    /// How far through the article the cursor is, in percent of the body's bytes.
    pub fn percent(&self) -> usize {
        self.view.percent(&self.layout, &self.doc.article)
    }

    /// Whether claim `index` passes the filter in force (all do without one).
    pub fn shows_claim(&self, index: usize) -> bool {
        self.filter.as_ref().is_none_or(|f| f.admits(index))
    }

    /// Whether a claim's or response's stretch of text is highlighted under the filter:
    /// for a person, only their own statements.
    pub fn shows_span(&self, span: &crate::document::Span) -> bool {
        match self.filter.as_ref().map(|f| &f.filter) {
            None => true,
            Some(crate::reader::model::filter::Filter::Person(name)) => {
                let claim = &self.doc.claims[span.claim];
                match span.response {
                    None => crate::reader::model::filter::same_person(&claim.entry.claimant, name),
                    Some(r) => crate::reader::model::filter::same_person(
                        &claim.responses[r].entry.expert,
                        name,
                    ),
                }
            }
            Some(_) => self.shows_claim(span.claim),
        }
    }

    /// The first claim shown at or after `index`, or at or before it.
    pub fn shown_from(&self, index: usize, forward: bool) -> Option<usize> {
        let count = self.doc.claims.len();
        if let Some(filter) = &self.filter {
            // A binary search in the claims it shows, however far apart they are.
            return filter
                .shown_from(index.min(count), forward)
                .filter(|&i| i < count);
        }
        if forward {
            (index..count).find(|&i| self.shows_claim(i))
        } else {
            (0..=index.min(count.checked_sub(1)?))
                .rev()
                .find(|&i| self.shows_claim(i))
        }
    }
}
