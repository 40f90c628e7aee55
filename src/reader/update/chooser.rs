//! The glue that applies the chooser feature's actions to the reader's state.

use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::chooser::*;
use crate::reader::model::list::{List, ListKey};
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;

impl State {
    /// Opens list `kind` at the row of the filter in force (or at its first row).
    pub(crate) fn open_chooser(&mut self, kind: ChooserKind) {
        let current = self.filter.as_ref().map(|f| f.filter.clone());
        let rows = choices(&self.doc, kind);
        let selected = rows.iter().position(|c| c.filter == current).unwrap_or(0);
        self.overlay = Overlay::Chooser(Chooser {
            kind,
            list: List::new(rows, selected),
        });
    }

    /// A key while a list is open: move, choose, or close (or quit, the one effect).
    pub(crate) fn chooser_update(&mut self, action: Action) -> Option<Effect> {
        let Overlay::Chooser(chooser) = &mut self.overlay else {
            return None;
        };
        match chooser.list.key(&action) {
            ListKey::Chosen(_) => {
                let row = chooser.list.selected_row().cloned();
                let kind = chooser.kind;
                self.overlay = Overlay::None;
                if let ChooserKind::MoveTo { claim, response } = kind {
                    let to = row.and_then(|r| r.claim);
                    return to.and_then(|to| self.move_response(claim, response, to).pop());
                }
                self.set_filter(row.and_then(|c| c.filter));
            }
            ListKey::Closed => self.overlay = Overlay::None,
            ListKey::Other if matches!(action, Action::ChooseFilter | Action::People) => {
                self.overlay = Overlay::None
            }
            ListKey::Quit => return Some(Effect::Quit),
            ListKey::Moved | ListKey::Other => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::action::Action;
    use crate::reader::update::update;

    fn reader() -> State {
        State::sample_at_120x40()
    }

    #[test]
    fn choosing_a_person_steps_through_their_statements() {
        let mut state = reader();
        update(&mut state, Action::People);
        let rows = choices(&state.doc, ChooserKind::People);
        let clarke = rows
            .iter()
            .position(|c| c.label == "Colin P. Clarke")
            .unwrap();
        assert!(
            rows[clarke].detail.iter().any(|d| d.contains("answered")),
            "{:?}",
            rows[clarke]
        );
        for _ in 0..clarke {
            update(&mut state, Action::LineDown);
        }
        update(&mut state, Action::Activate);
        assert_eq!(state.overlay, crate::reader::model::overlay::Overlay::None);
        let message = state.message.clone().unwrap();
        assert!(
            message.starts_with("Colin P. Clarke: statement 1 of "),
            "{message}"
        );
        let first = state.view.cursor;
        update(&mut state, Action::NextClaim);
        assert!(state.view.cursor > first);
        let response = state.selected_response.unwrap();
        let claim = &state.doc.claims[state.selected.unwrap()];
        assert_eq!(claim.responses[response].entry.expert, "Colin P. Clarke");
        update(&mut state, Action::PrevClaim);
        assert_eq!(state.view.cursor, first);
    }

    #[test]
    fn a_verdict_filter_hides_the_other_claims_from_n_and_p() {
        let mut state = reader();
        update(&mut state, Action::ChooseFilter);
        let rows = choices(&state.doc, ChooserKind::Filters);
        assert_eq!(rows[0].label, "All claims");
        let disputed = rows
            .iter()
            .position(|c| c.label == "Verdict: Disputed")
            .unwrap();
        for _ in 0..disputed {
            update(&mut state, Action::LineDown);
        }
        update(&mut state, Action::Activate);
        let mut seen = vec![state.selected.unwrap()];
        for _ in 0..10 {
            update(&mut state, Action::NextClaim);
            seen.push(state.selected.unwrap());
        }
        seen.dedup();
        assert!(
            seen.iter()
                .all(|&i| state.doc.claims[i].entry.verdict_text() == Some("Disputed")),
            "{seen:?}"
        );
        assert_eq!(seen.len(), state.filter.as_ref().unwrap().count);
        // All claims again from the same list.
        update(&mut state, Action::ChooseFilter);
        update(&mut state, Action::Top);
        update(&mut state, Action::Activate);
        assert!(state.filter.is_none());
    }
}
