//! The glue that applies the claim search feature's actions to the reader's state.

use crate::reader::state::State;

impl State {
    /// `>` or `<` with the sidebar focused: the next or previous claim that mentions the
    /// search's query (wrapping), made current.
    pub(crate) fn step_claim_hit(&mut self, forward: bool) {
        let hits: Vec<usize> = self
            .search
            .claim_hits
            .iter()
            .copied()
            .filter(|&i| self.shows_claim(i))
            .collect();
        if hits.is_empty() {
            self.message = Some(format!("no claim mentions {}", self.search.query));
            return;
        }
        let current = self.selected;
        let next = match current {
            Some(c) if forward => hits.iter().position(|&h| h > c),
            Some(c) => hits.iter().rposition(|&h| h < c),
            None => Some(0),
        };
        let (at, wrapped) = match next {
            Some(at) => (at, false),
            None if forward => (0, true),
            None => (hits.len() - 1, true),
        };
        self.select_claim(hits[at], None);
        self.message = Some(format!(
            "claim {} mentions {} ({} of {}){}",
            hits[at] + 1,
            self.search.query,
            at + 1,
            hits.len(),
            if wrapped { " · wrapped" } else { "" }
        ));
    }
}
