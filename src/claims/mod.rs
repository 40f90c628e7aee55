//! The claims file: its TOML shape, parsing, and the checks a hand-edited file needs.

pub mod change;
pub mod dates;
pub mod edit;
#[cfg(test)]
pub(crate) mod examples;
pub mod journal;
pub mod rebase;
pub mod record;
pub(crate) mod review;
pub mod verdict;
pub mod write;

#[cfg(test)]
pub(crate) use parse::claim_stretches;
pub(crate) use parse::parse_entries;
pub use parse::{parse, parse_file, parse_text};

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

mod messages;
mod parse;
use crate::claims::review::ReviewEntry;

/// A string of the claims file: immutable, 8 bytes where a `String` is 24 (an
/// `Option<Text>` too), its text on the heap behind a count of its holders, so that a
/// clone shares it. The parser gives the fields that repeat across a file (people,
/// roles, verdicts, dates) one shared copy each ([`Interner`]).
pub type Text = arcstr::ArcStr;

/// One shared [`Text`] for each different string, while a file is read.
#[derive(Debug, Default)]
pub(crate) struct Interner(HashSet<Text>);

impl Interner {
    /// `value` as a [`Text`], shared with an equal one made before.
    pub(crate) fn text(&mut self, value: &str) -> Text {
        if let Some(known) = self.0.get(value) {
            return known.clone();
        }
        let text = Text::from(value);
        self.0.insert(text.clone());
        text
    }
}

/// How an expert's response bears on a claim. A claims file may write it in any letter
/// case (`Disputes`, `DISPUTES`); the file keeps its own word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    Supports,
    Disputes,
    Qualifies,
    Context,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Disputes,
        Stance::Qualifies,
        Stance::Supports,
        Stance::Context,
    ];

    /// A mark that tells the stance without colour.
    pub fn mark(self) -> &'static str {
        match self {
            Stance::Supports => "✓",
            Stance::Disputes => "✗",
            Stance::Qualifies => "≈",
            Stance::Context => "•",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Disputes => "disputes",
            Stance::Qualifies => "qualifies",
            Stance::Context => "context",
        }
    }
}

impl<'de> Deserialize<'de> for Stance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let word = String::deserialize(deserializer)?;
        Stance::ALL
            .into_iter()
            .find(|stance| stance.word().eq_ignore_ascii_case(word.trim()))
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown stance `{word}`, expected one of `supports`, `disputes`, `qualifies`, `context`"
                ))
            })
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// Where a quote sits in the article, as the file describes it: the W3C Web Annotation
/// TextQuoteSelector (exact, prefix, suffix) and, optionally, a TextPositionSelector.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteSelector {
    pub exact: Text,
    pub prefix: Text,
    pub suffix: Text,
    /// Where the quote was when the file was written, a hint that may be out of date.
    pub position: Option<TextPosition>,
}

/// A stretch of the article's text counted in characters (Unicode scalar values) from the
/// start of its body: `start` is the first character, `end` the one after the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPosition {
    pub start: usize,
    pub end: usize,
}

/// An entry `counterpoint draft` wrote that no person has reviewed yet (`draft = true`),
/// with how sure the drafter was of it, in percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftMark {
    pub confidence: u8,
}

/// One claim as written in the claims file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimEntry {
    pub id: Text,
    pub claimant: Text,
    pub role: Option<Text>,
    pub summary: Text,
    pub selector: QuoteSelector,
    pub verdict: Option<Text>,
    pub date: Option<Text>,
    pub note: Option<Text>,
    pub responses: Vec<ResponseEntry>,
    /// Fact-checkers' reviews of the claim (schema.org ClaimReview).
    pub reviews: Vec<ReviewEntry>,
    /// Where the claim was made: addresses (ClaimReview `appearance`).
    pub appearances: Vec<String>,
    /// Properties of the claim an import did not use, as a JSON object, for export.
    pub extra: Option<String>,
    /// Set while the claim is a draft awaiting review.
    pub draft: Option<DraftMark>,
}

impl ClaimEntry {
    /// The verdict to show: the file's own, else the first review's rating.
    pub fn verdict_text(&self) -> Option<&str> {
        self.verdict
            .as_deref()
            .or_else(|| self.reviews.iter().find_map(|r| r.rating.as_deref()))
    }
}

/// One expert's response to a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseEntry {
    pub expert: Text,
    pub affiliation: Option<Text>,
    pub stance: Stance,
    pub selector: QuoteSelector,
    pub source: Option<Text>,
    /// Set while the response is a draft awaiting review; its stance is then a guess.
    pub draft: Option<DraftMark>,
}

/// A whole claims file: its claims in file order and the quotes of the drafts a person
/// rejected (the top-level `rejected` list), which drafting again leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimsFile {
    pub claims: Vec<ClaimEntry>,
    pub rejected: Vec<String>,
}

#[cfg(test)]
mod tests;
