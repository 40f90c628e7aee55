//! The glue that applies the filter feature's actions to the reader's state.

use crate::reader::model::filter::*;
use crate::reader::state::State;

impl State {
    /// Puts `filter` in force (or none) and goes to its first claim from the cursor on.
    pub(crate) fn set_filter(&mut self, filter: Option<Filter>) {
        let Some(filter) = filter else {
            self.filter = None;
            // The claim the filter let the cursor rest on may not be the rule's now.
            if self.follows_cursor() {
                self.follow_cursor();
            }
            self.message = Some("all claims shown".into());
            return;
        };
        let active = ActiveFilter::new(filter, &self.doc);
        let label = active.filter.label();
        let count = active.count;
        let person = matches!(active.filter, Filter::Person(_));
        self.filter = Some(active);
        if person {
            // The statement the reader is on, if it is theirs; else their next one.
            let name = label.clone();
            let here =
                self.statements_of_filtered()
                    .into_iter()
                    .position(|(_, claim, response)| {
                        Some(claim) == self.selected
                            && (response == self.selected_response || response.is_none())
                    });
            match here {
                Some(at) => {
                    let places = self.statements_of_filtered();
                    let (start, claim, response) = places[at];
                    self.go_to(start);
                    self.selected = Some(claim);
                    self.selected_response = response;
                    self.follows_cursor = false;
                    self.message =
                        Some(format!("{name}: statement {} of {}", at + 1, places.len()));
                }
                None => self.step_statement(true),
            }
            if self.message.is_none() {
                let keys = &self.config.keys.0;
                self.message = Some(format!(
                    "{label}: {} and {} step through their statements",
                    keys.key_or_name(&crate::reader::action::Action::NextClaim),
                    keys.key_or_name(&crate::reader::action::Action::PrevClaim)
                ));
            }
            return;
        }
        // The claim the reader is on stays when the filter shows it; else the first
        // shown from the cursor on.
        let next = self.doc.next_claim(self.view.cursor, None).unwrap_or(0);
        let target = self
            .selected
            .filter(|&i| self.shows_claim(i))
            .or_else(|| self.shown_from(next, true))
            .or_else(|| self.shown_from(next, false));
        if let Some(index) = target {
            self.select_claim(index, None);
        }
        self.message = Some(format!(
            "filter: {label} · {} · {} changes it",
            crate::text::plural(count, "claim"),
            (self.config.keys.0).key_or_name(&crate::reader::action::Action::ChooseFilter)
        ));
    }

    /// The places where the filtered person speaks, in the text's order: each claim they
    /// make and each response of theirs that is quoted.
    fn statements(&self, name: &str) -> Vec<(usize, usize, Option<usize>)> {
        let mut places = Vec::new();
        for (index, claim) in self.doc.claims.iter().enumerate() {
            if same_person(&claim.entry.claimant, name)
                && let Some(start) = claim.start()
            {
                places.push((start, index, None));
            }
            for (r, response) in claim.responses.iter().enumerate() {
                if same_person(&response.entry.expert, name)
                    && let Some(range) = &response.anchoring.range
                {
                    places.push((range.start, index, Some(r)));
                }
            }
        }
        places.sort_unstable();
        places
    }

    /// The statements of the person the filter is on (none for another filter).
    fn statements_of_filtered(&self) -> Vec<(usize, usize, Option<usize>)> {
        match self.filter.as_ref().map(|f| &f.filter) {
            Some(Filter::Person(name)) => self.statements(name),
            _ => Vec::new(),
        }
    }

    /// `n` or `p` under a person's filter: their next or previous statement in the text.
    pub(crate) fn step_statement(&mut self, forward: bool) {
        let Some(Filter::Person(name)) = self.filter.as_ref().map(|f| f.filter.clone()) else {
            return;
        };
        let places = self.statements(&name);
        let cursor = self.view.cursor;
        let target = if forward {
            places.iter().position(|p| p.0 > cursor)
        } else {
            places.iter().rposition(|p| p.0 < cursor)
        };
        let Some(at) = target else {
            self.message = Some(match (places.is_empty(), forward) {
                (true, _) => format!("{name} is not quoted in the text"),
                (false, true) => format!("no statements by {name} after this point"),
                (false, false) => format!("no statements by {name} before this point"),
            });
            return;
        };
        let (start, claim, response) = places[at];
        self.go_to(start);
        self.selected = Some(claim);
        self.selected_response = response;
        self.follows_cursor = false;
        self.message = Some(format!("{name}: statement {} of {}", at + 1, places.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::model::filter::people;

    /// Choosing a filter or a person keeps the claim the reader is on when the filter
    /// shows it (it used to jump to the next shown claim after the cursor), for every
    /// claim of the sample and every verdict, expert and person.
    #[test]
    fn a_filter_keeps_the_claim_the_reader_is_on_when_it_shows_it() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        let mut choices: Vec<Filter> = filter_choices(&doc).into_iter().map(|(f, _)| f).collect();
        choices.extend(people(&doc).into_iter().map(|p| Filter::Person(p.name)));
        for claim in 0..doc.claims.len() {
            for filter in &choices {
                let mut state = State::sample_at_120x40();
                state.select_claim(claim, None);
                state.set_filter(Some(filter.clone()));
                let shown = state.filter.as_ref().unwrap().admits(claim);
                let theirs = match filter {
                    Filter::Person(name) => state
                        .statements(name)
                        .iter()
                        .any(|p| p.1 == claim && p.2.is_none()),
                    _ => shown,
                };
                if theirs {
                    assert_eq!(
                        state.selected,
                        Some(claim),
                        "claim {claim} under {filter:?}"
                    );
                }
            }
        }
    }
}
