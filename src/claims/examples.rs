//! Small claims and responses for tests: a claim by its id, a response by its expert and stance, each quoting words made from its name.

use crate::claims::{ClaimEntry, QuoteSelector, ResponseEntry, Stance};

/// Claim `id` by "A", quoting `quote {id}`, with no responses.
pub(crate) fn claim(id: &str) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: "A".into(),
        summary: "s".into(),
        selector: QuoteSelector {
            exact: format!("quote {id}").into(),
            ..QuoteSelector::default()
        },
        ..ClaimEntry::default()
    }
}

/// A response by `expert` taking `stance`, quoting `words of {expert}`.
pub(crate) fn response(expert: &str, stance: Stance) -> ResponseEntry {
    ResponseEntry {
        expert: expert.into(),
        affiliation: None,
        stance,
        selector: QuoteSelector {
            exact: format!("words of {expert}").into(),
            ..QuoteSelector::default()
        },
        source: None,
        draft: None,
    }
}
