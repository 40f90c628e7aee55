//! The glue that lays the screen out again: a new terminal size, the sidebar shown or hidden, and the reading measure (how wide the text's lines get, changed while reading with `-` and `+`), each keeping the reading place.

use crate::layout::Layout;
use crate::reader::screen::Screen;
use crate::reader::state::{Focus, State};

/// Columns a key press takes off or adds to the measure.
pub const MEASURE_STEP: u16 = 4;
/// The narrowest and widest the keys take the measure (the configuration's own range).
pub const MEASURE_RANGE: std::ops::RangeInclusive<u16> = 10..=1000;

impl State {
    /// Recomputes the screen and the wrapping for a `width` × `height` terminal, keeping
    /// the cursor's place in the text and its row on screen.
    pub(crate) fn relayout(&mut self, width: u16, height: u16) {
        let row = self.cursor_row();
        self.screen = Screen::for_claims(
            width,
            height,
            &self.config.layout,
            self.sidebar_visible,
            self.measure,
            self.doc.claims.len(),
        );
        self.view
            .resize(self.screen.page_height(), self.config.layout.scroll_margin);
        let text_width = usize::from(self.screen.text_width);
        if text_width != self.layout.width {
            self.layout = Layout::new(&self.doc.article, text_width);
        }
        self.view.restore_row(&self.layout, &self.doc.article, row);
        if self.follows_cursor {
            self.follow_cursor();
        }
        self.keep_cursor_visible();
    }

    /// Shows or hides the sidebar (hiding it gives the article the focus), and lays the
    /// screen out again.
    pub(crate) fn toggle_sidebar(&mut self) {
        self.sidebar_visible = !self.sidebar_visible;
        if !self.sidebar_visible {
            self.focus = Focus::Article;
        }
        self.relayout(self.screen.area.width, self.screen.area.height);
    }

    /// Narrows (`wider` false) or widens the text by [`MEASURE_STEP`] columns and
    /// re-wraps it, keeping the reading place; says the new width in the status bar.
    pub(crate) fn change_measure(&mut self, wider: bool) {
        // The room the pane leaves for text, whatever the measure.
        let room = self
            .screen
            .article
            .width
            .saturating_sub(self.screen.gutter + crate::reader::screen::SCROLLBAR_COLUMNS);
        let shown = self.screen.text_width;
        let measure = if wider {
            if self.measure >= room {
                self.message = Some(format!(
                    "the text already takes the whole pane ({room} columns)"
                ));
                return;
            }
            shown.saturating_add(MEASURE_STEP)
        } else {
            // From the width shown, so a measure wider than the pane narrows at once.
            shown.saturating_sub(MEASURE_STEP)
        };
        let measure = measure.clamp(*MEASURE_RANGE.start(), *MEASURE_RANGE.end());
        if measure == self.measure && !wider && shown <= measure {
            self.message = Some(format!(
                "the text is as narrow as it goes ({measure} columns)"
            ));
            return;
        }
        self.measure = measure;
        self.relayout(self.screen.area.width, self.screen.area.height);
        self.message = Some(if measure > room {
            format!("text {room} columns wide (the whole pane)")
        } else {
            format!("text {measure} columns wide")
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::document::Document;
    use crate::reader::action::Action;
    use crate::reader::state::State;
    use crate::reader::update::update;

    fn reader(width: u16) -> State {
        let text = "word ".repeat(2000);
        let article = crate::article::Article::from_text("t.txt", &text).unwrap();
        let doc = Document::new(article, Vec::new());
        let mut state = State::new(doc, Config::default());
        update(&mut state, Action::ToggleSidebar);
        update(&mut state, Action::Resize { width, height: 30 });
        state
    }

    #[test]
    fn keys_narrow_and_widen_the_text_and_it_rewraps() {
        let mut state = reader(120);
        assert_eq!(state.screen.text_width, 80);
        update(&mut state, Action::Narrower);
        assert_eq!(state.screen.text_width, 76);
        assert_eq!(state.layout.width, 76);
        assert_eq!(state.message.as_deref(), Some("text 76 columns wide"));
        // Centred: 113 columns of room, 76 of text.
        assert_eq!(state.screen.indent, 18);
        update(&mut state, Action::Wider);
        update(&mut state, Action::Wider);
        assert_eq!(state.screen.text_width, 84);
    }

    #[test]
    fn a_pane_narrower_than_the_measure_gives_way() {
        let mut state = reader(50);
        assert_eq!(state.screen.text_width, 43);
        update(&mut state, Action::Wider);
        assert_eq!(
            state.message.as_deref(),
            Some("the text already takes the whole pane (43 columns)")
        );
        // Narrowing starts from what is shown, not from the 80 columns asked for.
        update(&mut state, Action::Narrower);
        assert_eq!(state.screen.text_width, 39);
        for _ in 0..20 {
            update(&mut state, Action::Narrower);
        }
        assert_eq!(state.screen.text_width, 10);
        assert_eq!(
            state.message.as_deref(),
            Some("the text is as narrow as it goes (10 columns)")
        );
    }

    #[test]
    fn the_reading_place_survives_a_change_of_measure() {
        let mut state = reader(120);
        for _ in 0..40 {
            update(&mut state, Action::LineDown);
        }
        let cursor = state.view.cursor;
        update(&mut state, Action::Narrower);
        let range = state.cursor_range().unwrap();
        assert!(range.contains(&cursor), "{range:?} lost {cursor}");
    }
}
