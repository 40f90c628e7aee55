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
            "filter: {label} · {} · {} changes it", // not a count: the key that changes it
            crate::text::plural(count, "claim"),
            (self.config.keys.0).key_or_name(&crate::reader::action::Action::ChooseFilter)
        ));
    }

    /// The statements of the person the filter is on (none for another filter).
    fn statements_of_filtered(&self) -> Vec<Statement> {
        self.filter
            .as_ref()
            .map(|f| f.statements().to_vec())
            .unwrap_or_default()
    }

    /// `n` or `p` under a person's filter: their next or previous statement in the text
    /// (a binary search in the statements the filter keeps).
    pub(crate) fn step_statement(&mut self, forward: bool) {
        let Some(active) = self.filter.as_ref() else {
            return;
        };
        let Filter::Person(name) = &active.filter else {
            return;
        };
        let places = active.statements();
        let cursor = self.view.cursor;
        // Sorted by place: the first after the cursor, or the last before it.
        let at = if forward {
            let at = places.partition_point(|p| p.0 <= cursor);
            (at < places.len()).then_some(at)
        } else {
            places.partition_point(|p| p.0 < cursor).checked_sub(1)
        };
        let Some(at) = at else {
            self.message = Some(match (places.is_empty(), forward) {
                (true, _) => format!("{name} is not quoted in the text"),
                (false, true) => format!("no statements by {name} after this point"),
                (false, false) => format!("no statements by {name} before this point"),
            });
            return;
        };
        let (start, claim, response) = places[at];
        let message = format!("{name}: statement {} of {}", at + 1, places.len());
        self.go_to(start);
        self.selected = Some(claim);
        self.selected_response = response;
        self.follows_cursor = false;
        self.message = Some(message);
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
                    Filter::Person(_) => state
                        .statements_of_filtered()
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

    /// `n` and `p` under a person's filter go to the first of their statements after the
    /// cursor and the last before it, from every place in the text (the kept, sorted
    /// statements searched by halves give what a walk through them gives).
    #[test]
    fn a_persons_statements_are_stepped_from_anywhere() {
        let doc = crate::document::source::load(None, None).unwrap().doc;
        for person in people(&doc) {
            let mut state = State::sample_at_120x40();
            state.set_filter(Some(Filter::Person(person.name.clone())));
            let places = state.statements_of_filtered();
            let mut cursors: Vec<usize> = places
                .iter()
                .flat_map(|p| [p.0.saturating_sub(1), p.0, p.0 + 1])
                .collect();
            cursors.extend([0, doc.article.body.len()]);
            for cursor in cursors {
                for forward in [true, false] {
                    state.go_to(cursor);
                    let from = state.view.cursor;
                    let want = if forward {
                        places.iter().find(|p| p.0 > from)
                    } else {
                        places.iter().rev().find(|p| p.0 < from)
                    };
                    state.step_statement(forward);
                    match want {
                        Some(&(start, claim, response)) => {
                            assert_eq!(
                                (state.view.cursor, state.selected, state.selected_response),
                                (start, Some(claim), response),
                                "{} from {from}, forward {forward}",
                                person.name
                            );
                        }
                        None => assert_eq!(state.view.cursor, from),
                    }
                }
            }
        }
    }
}
