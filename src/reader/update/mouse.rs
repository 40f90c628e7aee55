//! The glue that applies the mouse feature's actions to the reader's state.

use crate::reader::action::MouseKind;
use crate::reader::geometry::sidebar::Owner;
use crate::reader::model::mouse::*;
use crate::reader::state::{Focus, State};

impl State {
    /// Turns the mouse on or off, saying how to select text while it is on.
    pub(crate) fn toggle_mouse(&mut self) {
        self.mouse = !self.mouse;
        self.message = Some(if self.mouse {
            "mouse on: wheel scrolls, click selects a claim, drag selects words (Shift+drag: the terminal's)".into()
        } else {
            "mouse off: the terminal selects text".into()
        });
    }

    /// Applies a mouse event at terminal cell (`column`, `row`).
    pub(crate) fn mouse_event(&mut self, kind: MouseKind, column: u16, row: u16) {
        let at = ratatui::layout::Position::new(column, row);
        let in_article = self.screen.article.contains(at);
        let in_sidebar = self.screen.sidebar.is_some_and(|s| s.contains(at));
        match kind {
            MouseKind::ScrollDown | MouseKind::ScrollUp => {
                let down = kind == MouseKind::ScrollDown;
                if in_article {
                    self.scroll_pages(if down { WHEEL_LINES } else { -WHEEL_LINES });
                } else if in_sidebar {
                    self.step_claim(down);
                }
            }
            // A click ends a selection being made; in the text it may start the next.
            MouseKind::Click if in_article => {
                self.end_selection();
                self.click_article(column, row);
                self.pressed = crate::reader::geometry::article::offset_at(self, column, row);
            }
            MouseKind::Drag => {
                let pane = self.screen.article;
                match crate::reader::geometry::article::offset_at(self, column, row) {
                    Some(at) => self.drag_to(at),
                    // Above or below the text: the selection grows a line that way.
                    None if row < pane.y => self.drag_past(false),
                    None if row >= pane.y + pane.height => self.drag_past(true),
                    None => {}
                }
            }
            MouseKind::Release => self.pressed = None,
            MouseKind::Click if in_sidebar => {
                self.end_selection();
                match crate::reader::geometry::sidebar::owner_at(self, column, row) {
                    Some(Owner::Claim(index)) => self.select_claim(index, None),
                    Some(Owner::Response(index, response)) => {
                        self.select_claim(index, Some(response))
                    }
                    None => {}
                }
                self.focus = Focus::Sidebar;
            }
            MouseKind::Click => self.end_selection(),
        }
    }

    /// The wheel over the sidebar: the next or previous claim in its list (which, under a
    /// filter, holds only the claims the filter shows).
    fn step_claim(&mut self, forward: bool) {
        let target = match (self.selected, forward) {
            (None, _) => self.shown_from(0, true),
            (Some(i), true) => self.shown_from(i + 1, true),
            (Some(i), false) => i.checked_sub(1).and_then(|i| self.shown_from(i, false)),
        };
        if let Some(index) = target {
            self.select_claim(index, None);
        }
    }

    /// A click in the article: the cursor goes to the line clicked, and a claim's or
    /// response's highlight under the pointer becomes current.
    fn click_article(&mut self, column: u16, row: u16) {
        let Some(offset) = crate::reader::geometry::article::offset_at(self, column, row) else {
            return;
        };
        self.focus = Focus::Article;
        let line = self.layout.line_of(&self.doc.article, offset);
        if let Some(line) = line {
            self.set_cursor_line(line);
        }
        let under = self
            .doc
            .spans_overlapping(offset..offset + 1)
            .filter(|s| s.range.contains(&offset) && self.shows_span(s))
            .max_by_key(|s| s.response.is_none())
            .map(|s| (s.claim, s.response));
        if let Some((claim, response)) = under {
            self.selected = Some(claim);
            self.selected_response = response;
            self.follows_cursor = false;
        }
        self.keep_cursor_visible();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::action::Action;
    use crate::reader::update::update;

    #[test]
    fn the_wheel_over_the_sidebar_keeps_to_the_claims_a_filter_shows() {
        let mut state = State::sample_at_120x40();
        state.set_filter(Some(crate::reader::model::filter::Filter::Verdict(
            "Unsupported".into(),
        )));
        let sidebar = state.screen.sidebar.unwrap();
        let mut seen = vec![state.selected.unwrap()];
        for kind in [MouseKind::ScrollDown; 5] {
            update(
                &mut state,
                Action::Mouse {
                    kind,
                    column: sidebar.x + 5,
                    row: 5,
                },
            );
            seen.push(state.selected.unwrap());
        }
        seen.dedup();
        assert_eq!(seen, [2, 3, 4]);
        update(
            &mut state,
            Action::Mouse {
                kind: MouseKind::ScrollUp,
                column: sidebar.x + 5,
                row: 5,
            },
        );
        assert_eq!(state.selected, Some(3));
    }
}
