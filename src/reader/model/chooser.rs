//! The lists a filter is chosen from: `f` (all claims, each verdict, each expert who disputes) and `w`, the people view (everyone who claims or responds).

use crate::document::Document;
use crate::reader::model::filter::{Filter, filter_choices, people};
use crate::reader::model::list::List;
use crate::text::plural;

/// Which list it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChooserKind {
    Filters,
    People,
    /// The claims a response can move to: response `response` of the claim at file place
    /// `claim` goes to the claim chosen.
    MoveTo {
        claim: usize,
        response: usize,
    },
}

/// An open chooser (shown as [`crate::reader::model::overlay::Overlay::Chooser`]): which
/// list, and its rows (made once when it opens: the people view reads every claim) with
/// the selected one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    pub kind: ChooserKind,
    pub list: List<Choice>,
}

/// One row of a list: what it says, the details after it (columns: in the people view the
/// claims made, the claims answered with their stances, the affiliation; the list lines them
/// up when the window has room), and the filter it puts in force (or, in the list of claims
/// a response moves to, that claim's place in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub label: String,
    pub detail: Vec<String>,
    pub filter: Option<Filter>,
    pub claim: Option<usize>,
}

/// The rows of list `kind` for `doc`; the first shows every claim again.
pub fn choices(doc: &Document, kind: ChooserKind) -> Vec<Choice> {
    if let ChooserKind::MoveTo { claim: from, .. } = kind {
        return doc
            .claims
            .iter()
            // The page's own fact-checks are not in the file: nothing moves to them.
            .filter(|c| c.file_index != from && !c.from_page)
            .map(|c| Choice {
                label: c.entry.id.to_string(),
                detail: vec![format!(
                    "{}: {}",
                    c.entry.claimant,
                    c.entry
                        .selector
                        .exact
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                )],
                filter: None,
                claim: Some(c.file_index),
            })
            .collect();
    }
    let mut rows = vec![Choice {
        label: match kind {
            ChooserKind::People => "Everyone".into(),
            _ => "All claims".into(),
        },
        detail: vec![plural(doc.claims.len(), "claim")],
        filter: None,
        claim: None,
    }];
    match kind {
        ChooserKind::MoveTo { .. } => {}
        ChooserKind::Filters => {
            rows.extend(
                filter_choices(doc)
                    .into_iter()
                    .map(|(filter, count)| Choice {
                        label: match &filter {
                            Filter::Verdict(v) => format!("Verdict: {v}"),
                            other => sentence_case(&other.label()),
                        },
                        detail: vec![plural(count, "claim")],
                        filter: Some(filter),
                        claim: None,
                    }),
            );
        }
        ChooserKind::People => {
            rows.extend(people(doc).into_iter().map(|person| {
                // Counts and stances first: an affiliation can be long. Every row has the
                // same three columns (empty where there is nothing) so they line up.
                let mut detail = vec![String::new(); 3];
                if person.claims_made > 0 {
                    detail[0] = format!("made {}", plural(person.claims_made, "claim"));
                }
                if person.claims_answered > 0 {
                    let stances: Vec<String> = person
                        .stances
                        .iter()
                        .map(|(s, n)| format!("{} {n} {}", s.mark(), s.word()))
                        .collect();
                    detail[1] = format!(
                        "answered {}: {}",
                        plural(person.claims_answered, "claim"),
                        stances.join(", ")
                    );
                }
                if let Some(affiliation) = &person.affiliation {
                    detail[2] = affiliation.clone();
                }
                Choice {
                    label: person.name.clone(),
                    detail,
                    filter: Some(Filter::Person(person.name)),
                    claim: None,
                }
            }));
        }
    }
    rows
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
