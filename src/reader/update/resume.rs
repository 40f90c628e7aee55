//! The glue that applies the resume feature's actions to the reader's state.

use crate::reader::model::resume::*;
use crate::reader::state::State;

impl State {
    /// Moves the cursor to where the reader asked to open.
    pub(crate) fn start_at(&mut self, at: StartAt) {
        let article = &self.doc.article;
        match at {
            StartAt::Line(line) => match article.offset_of_line(line) {
                Some(offset) => self.go_to_line_of(offset),
                None => {
                    crate::reader::update::update(self, crate::reader::action::Action::Bottom);
                    self.message = Some(format!("line {line} is past the end of the article"));
                }
            },
            StartAt::Percent(percent) => {
                let (start, end) = self.body_span();
                let offset = start + (end - start) * usize::from(percent) / 100;
                let offset = find_place(&self.doc.article.body, "", offset);
                self.go_to_line_of(offset);
            }
            StartAt::Claim(name) => match find_claim(&self.doc, &name) {
                Some(index) => self.select_claim(index, None),
                None => self.message = Some(format!("no claim \"{name}\" in this article")),
            },
            StartAt::Saved(place) => {
                let offset = find_place(&article.body, &place.words, place.offset);
                self.go_to(offset);
                // Say so, or a reader who expected the start is lost.
                if self.view.cursor > self.first_body_position() {
                    let top = (self.config.keys.0)
                        .first_key(&crate::reader::action::Action::Top)
                        .map_or_else(String::new, |key| format!(": {key} goes to the start"));
                    self.message = Some(format!(
                        "reopened where you left off ({}%){top}",
                        self.percent()
                    ));
                }
            }
        }
    }

    /// Puts the cursor at the start of the screen line that shows `offset`.
    fn go_to_line_of(&mut self, offset: usize) {
        let start = self
            .layout
            .line_of(&self.doc.article, offset)
            .and_then(|line| self.layout.line(&self.doc.article, line))
            .map_or(offset, |line| line.range.start);
        self.go_to(start);
    }
}
