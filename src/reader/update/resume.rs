//! The glue that applies the resume feature's actions to the reader's state.

use crate::reader::model::resume::*;
use crate::reader::state::State;

impl State {
    /// Moves the cursor to where the reader asked to open.
    pub(crate) fn start_at(&mut self, at: StartAt) {
        let article = &self.doc.article;
        match at {
            // As `less +N`: lines are numbered from 1 (`+0` is the first), and a line past
            // the end opens at the end; either is said, with where it opened.
            StartAt::Line(line) => {
                let unit = if article.source_lines {
                    "line"
                } else {
                    "paragraph"
                };
                match article.offset_of_line(line.max(1)) {
                    Some(offset) => {
                        self.go_to_line_of(offset);
                        if line == 0 {
                            self.message = Some(format!(
                                "+0: {unit}s are numbered from 1, as in less: opened at {unit} 1"
                            ));
                        }
                    }
                    None => {
                        crate::reader::update::update(self, crate::reader::action::Action::Bottom);
                        self.message = Some(format!(
                            "+{line}: the article has no {unit} {line}: opened at its end"
                        ));
                    }
                }
            }
            StartAt::Percent(percent) => {
                let (start, end) = self.body_span();
                // Rounded up: the status bar rounds down, and must say `percent` there.
                let offset = start + ((end - start) * usize::from(percent)).div_ceil(100);
                let offset = find_place(&self.doc.article.body, "", offset);
                self.go_to_line_from(offset);
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

    /// Puts the cursor at the start of the first screen line that begins at `offset` or
    /// after it (the last line if none does), so that the status bar's percentage is
    /// never below the one asked for (`+50%` opens at 50%, not at the 49% where the
    /// line holding the exact byte begins).
    fn go_to_line_from(&mut self, offset: usize) {
        let article = &self.doc.article;
        let Some(line) = self.layout.line_of(article, offset) else {
            self.go_to_line_of(offset);
            return;
        };
        let starts_before = self
            .layout
            .line(article, line)
            .is_some_and(|l| l.range.start < offset);
        let line = if starts_before {
            self.layout.offset(article, line, 1)
        } else {
            line
        };
        match self.layout.line(article, line) {
            Some(l) => {
                let start = l.range.start;
                self.go_to(start);
            }
            None => self.go_to_line_of(offset),
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

// The place to keep is read from the state, so it is the glue's, not the model's: the
// model sits below the state (`reader::action` names its `StartAt`).
impl State {
    /// The reading place to keep when the reader ends: the cursor's, or, while the
    /// document is still loading with a place to go to once it is read (`--claim`, `+N`,
    /// `G`, the saved place), the saved place it was going to (`StartAt::Saved`) or
    /// `None`, to leave the one kept before alone. A load cut short must never keep the
    /// first screen's offset 0 over the place the reader was opening at.
    pub fn place_to_keep(&self) -> Option<SavedPlace> {
        match self.loading.as_ref().and_then(|l| l.deferred.as_ref()) {
            None => Some(SavedPlace::at(&self.doc.article.body, self.view.cursor)),
            Some(crate::reader::action::Action::OpenAt(StartAt::Saved(place))) => {
                Some(place.clone())
            }
            Some(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::reader::action::Action;
    use crate::reader::model::resume::StartAt;
    use crate::reader::state::State;
    use crate::reader::update::update;

    /// An article of `count` paragraphs whose lengths cycle through `words` words.
    fn article(count: usize, words: &[usize]) -> String {
        let mut text = String::from("# Places\n\n");
        for i in 0..count {
            let n = words[i % words.len()];
            let paragraph: Vec<String> = (0..n).map(|w| format!("word{}x{w}", i % 7)).collect();
            text.push_str(&paragraph.join(" "));
            text.push_str(".\n\n");
        }
        text
    }

    #[test]
    fn opening_at_a_percentage_shows_that_percentage_or_just_past_it() {
        let texts = [
            article(400, &[12, 80, 3, 150]),
            article(60, &[40]),
            article(3, &[500, 20, 900]),
        ];
        for text in &texts {
            for (width, height) in [(120, 40), (40, 10)] {
                for percent in 0..=100u8 {
                    let parsed = crate::article::Article::from_text("p.md", text).unwrap();
                    let doc = crate::document::Document::new(parsed, Vec::new());
                    let mut state = State::new(doc, crate::config::Config::default());
                    update(&mut state, Action::Resize { width, height });
                    update(&mut state, Action::OpenAt(StartAt::Percent(percent)));
                    let shown = state.percent();
                    let (start, end) = state.body_span();
                    let target = start + ((end - start) * usize::from(percent)).div_ceil(100);
                    let article = &state.doc.article;
                    let layout = &state.layout;
                    let line = layout.line_of(article, state.view.cursor).unwrap();
                    let at_end = layout.offset(article, line, 1) == line;
                    assert!(
                        shown >= usize::from(percent) || at_end,
                        "+{percent}% opened at {shown}% ({width}x{height})"
                    );
                    // It is the first line of text from the target on: the one before
                    // begins before the target (or is a gap, which holds no text).
                    let before = layout.offset(article, line, -1);
                    if before != line && !at_end {
                        let range = layout.line(article, before).unwrap().range.clone();
                        let before_start = range.start;
                        assert!(
                            before_start < target || range.is_empty(),
                            "+{percent}% skipped a line: {before_start} >= {target}, cursor {} ({width}x{height})",
                            state.view.cursor
                        );
                    }
                }
            }
        }
    }
}
