//! A form's fields: what each holds, its label and placeholder, what it is offered, and the check a typed date must pass.

use crate::reader::model::known::Offer;

/// One field of a form. A claim has a claimant, a role, a summary, a verdict, a date
/// and a note; a response an expert, an affiliation, a stance and a source (the words
/// of both are the quote, chosen by selecting them in the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Claimant,
    Role,
    Summary,
    Verdict,
    Date,
    Note,
    Expert,
    Affiliation,
    Stance,
    Source,
}

impl Field {
    /// The label shown before the field, with what it holds.
    pub fn label(self) -> &'static str {
        match self {
            Field::Claimant => "claimant",
            Field::Role => "role",
            Field::Summary => "summary",
            Field::Verdict => "verdict",
            Field::Date => "date",
            Field::Note => "note",
            Field::Expert => "expert",
            Field::Affiliation => "affiliation",
            Field::Stance => "stance",
            Field::Source => "source",
        }
    }

    /// A claim's fields, in the order its form shows them.
    pub const CLAIM: [Field; 6] = [
        Field::Claimant,
        Field::Role,
        Field::Summary,
        Field::Verdict,
        Field::Date,
        Field::Note,
    ];

    /// A response's fields, in the order its form shows them.
    pub const RESPONSE: [Field; 4] = [
        Field::Expert,
        Field::Affiliation,
        Field::Stance,
        Field::Source,
    ];

    /// The field a [`Field::label`] names, if any.
    pub fn from_label(label: &str) -> Option<Field> {
        (Field::CLAIM.into_iter())
            .chain(Field::RESPONSE)
            .find(|field| field.label() == label)
    }

    /// What the field is for, shown while it is empty.
    pub fn placeholder(self) -> &'static str {
        match self {
            Field::Claimant => "who makes the claim (required)",
            Field::Role => "their role or affiliation (optional)",
            Field::Summary => "the claim in a few words (empty: the quote)",
            Field::Verdict => "e.g. False, Misleading, Dubious (optional)",
            Field::Date => "when it was said, YYYY-MM-DD (optional)",
            Field::Note => "a note for readers (optional)",
            Field::Expert => "who responds (required)",
            Field::Affiliation => "their affiliation (optional)",
            Field::Stance => "supports, disputes, qualifies or context (required)",
            Field::Source => "a link to where they said it (optional)",
        }
    }

    /// What the field is offered as suggestions.
    pub fn offer(self) -> Offer {
        match self {
            Field::Claimant | Field::Expert => Offer::People,
            Field::Role | Field::Affiliation => Offer::Affiliations,
            Field::Verdict => Offer::Verdicts,
            Field::Stance => Offer::Stances,
            Field::Summary | Field::Date | Field::Note | Field::Source => Offer::Nothing,
        }
    }

    /// The field filled with a chosen person's affiliation: a claimant's role, an
    /// expert's affiliation.
    pub(crate) fn companion(self) -> Option<Field> {
        match self {
            Field::Claimant => Some(Field::Role),
            Field::Expert => Some(Field::Affiliation),
            _ => None,
        }
    }
}

pub use crate::claims::dates::is_calendar_date;
