//! A change as one line of a journal: JSON, with the entries it carries as the TOML tables a claims file holds, so a crash loses no change.

use serde::{Deserialize, Serialize};
use toml_edit::{ArrayOfTables, DocumentMut, Item};

use crate::claims::change::Change;
use crate::claims::write::{claim_table, response_table};
use crate::claims::{ClaimEntry, ResponseEntry, parse_entries};

/// A journal line that is not a change: what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a change: {0}")]
pub struct BadRecord(pub String);

/// The JSON shape of a record; `entry` is TOML text.
#[derive(Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
enum Record {
    AddClaim {
        at: usize,
        entry: String,
    },
    RemoveClaim {
        at: usize,
    },
    SetClaim {
        at: usize,
        entry: String,
    },
    AddResponse {
        claim: usize,
        at: usize,
        entry: String,
    },
    RemoveResponse {
        claim: usize,
        at: usize,
    },
    SetResponse {
        claim: usize,
        at: usize,
        entry: String,
    },
    AddRejected {
        quote: String,
    },
    RemoveRejected {
        quote: String,
    },
}

/// What goes before a response's table so that the claims parser reads it.
const RESPONSE_HOLDER: &str = "[[claim]]\nclaimant = \"-\"\nquote = \"-\"\n";

impl Change {
    /// The change as one line of JSON (no line break in it): `{"change":"add_claim",
    /// "at":3,"entry":"[[claim]]\nid = …"}`, an entry as the TOML a claims file holds
    /// (a claim with its responses as `[[claim.response]]` tables, a response as one
    /// `[[claim.response]]` table).
    pub fn to_record(&self) -> String {
        let record = match self.clone() {
            Change::AddClaim { at, entry } => Record::AddClaim {
                at,
                entry: claim_text(&entry),
            },
            Change::RemoveClaim { at } => Record::RemoveClaim { at },
            Change::SetClaim { at, entry } => Record::SetClaim {
                at,
                entry: claim_text(&entry),
            },
            Change::AddResponse { claim, at, entry } => Record::AddResponse {
                claim,
                at,
                entry: response_text(&entry),
            },
            Change::RemoveResponse { claim, at } => Record::RemoveResponse { claim, at },
            Change::SetResponse { claim, at, entry } => Record::SetResponse {
                claim,
                at,
                entry: response_text(&entry),
            },
            Change::AddRejected { quote } => Record::AddRejected { quote },
            Change::RemoveRejected { quote } => Record::RemoveRejected { quote },
        };
        serde_json::to_string(&record).expect("a record is plain JSON")
    }

    /// The change a [`Change::to_record`] line holds.
    ///
    /// # Errors
    /// [`BadRecord`] saying what is wrong: the line is not JSON of a change's shape, or
    /// its entry is not a claims file's claim or response table (the claims parser's
    /// message).
    pub fn from_record(line: &str) -> Result<Change, BadRecord> {
        let record: Record =
            serde_json::from_str(line.trim()).map_err(|e| BadRecord(e.to_string()))?;
        Ok(match record {
            Record::AddClaim { at, entry } => Change::AddClaim {
                at,
                entry: claim_from(&entry)?,
            },
            Record::RemoveClaim { at } => Change::RemoveClaim { at },
            Record::SetClaim { at, entry } => Change::SetClaim {
                at,
                entry: claim_from(&entry)?,
            },
            Record::AddResponse { claim, at, entry } => Change::AddResponse {
                claim,
                at,
                entry: response_from(&entry)?,
            },
            Record::RemoveResponse { claim, at } => Change::RemoveResponse { claim, at },
            Record::SetResponse { claim, at, entry } => Change::SetResponse {
                claim,
                at,
                entry: response_from(&entry)?,
            },
            Record::AddRejected { quote } => Change::AddRejected { quote },
            Record::RemoveRejected { quote } => Change::RemoveRejected { quote },
        })
    }
}

fn claim_text(entry: &ClaimEntry) -> String {
    let mut doc = DocumentMut::new();
    let mut claims = ArrayOfTables::new();
    claims.push(claim_table(entry));
    doc.insert("claim", Item::ArrayOfTables(claims));
    doc.to_string()
}

fn response_text(entry: &ResponseEntry) -> String {
    let mut doc = DocumentMut::new();
    for (key, item) in response_table(entry).iter() {
        doc.insert(key, item.clone());
    }
    format!("[[claim.response]]\n{doc}")
}

fn claim_from(text: &str) -> Result<ClaimEntry, BadRecord> {
    let file =
        parse_entries("the journal's entry", text, false).map_err(|e| BadRecord(e.to_string()))?;
    let mut claims = file.claims.into_iter();
    match (claims.next(), claims.next()) {
        (Some(claim), None) => Ok(claim),
        _ => Err(BadRecord("the entry is not one claim".into())),
    }
}

fn response_from(text: &str) -> Result<ResponseEntry, BadRecord> {
    if !text.starts_with("[[claim.response]]\n") {
        return Err(BadRecord("the entry is not a response".into()));
    }
    let holder = format!("{RESPONSE_HOLDER}{text}");
    let file = parse_entries("the journal's entry", &holder, false)
        .map_err(|e| BadRecord(e.to_string()))?;
    let mut responses = file.claims.into_iter().flat_map(|c| c.responses);
    match (responses.next(), responses.next()) {
        (Some(response), None) => Ok(response),
        _ => Err(BadRecord("the entry is not one response".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{DraftMark, QuoteSelector, Stance, TextPosition};

    const ODD: &str = "she said \"no\"\nthen\ttabbed, naïve “curly” 日本 \u{1}\u{7f}\\ 'end'";

    fn response() -> ResponseEntry {
        ResponseEntry {
            expert: format!("Dr. {ODD}").into(),
            affiliation: Some(ODD.into()),
            stance: Stance::Qualifies,
            selector: QuoteSelector {
                exact: ODD.into(),
                prefix: "before ".into(),
                suffix: Default::default(),
                position: Some(TextPosition { start: 3, end: 90 }),
            },
            source: None,
            draft: Some(DraftMark { confidence: 37 }),
        }
    }

    fn claim() -> ClaimEntry {
        ClaimEntry {
            id: "c\"1".into(),
            claimant: ODD.into(),
            role: Some("role\n".into()),
            summary: "short".into(),
            selector: QuoteSelector {
                exact: ODD.into(),
                ..QuoteSelector::default()
            },
            verdict: Some("False".into()),
            date: Some("2021-01-12".into()),
            note: Some(ODD.into()),
            responses: vec![response(), response()],
            draft: Some(DraftMark { confidence: 100 }),
            ..ClaimEntry::default()
        }
    }

    #[test]
    fn every_change_reads_back_from_its_one_line_record() {
        let changes = [
            Change::AddClaim {
                at: 3,
                entry: claim(),
            },
            Change::RemoveClaim { at: 0 },
            Change::SetClaim {
                at: 7,
                entry: ClaimEntry {
                    responses: Vec::new(),
                    draft: None,
                    ..claim()
                },
            },
            Change::AddResponse {
                claim: 1,
                at: 2,
                entry: response(),
            },
            Change::RemoveResponse { claim: 4, at: 5 },
            Change::SetResponse {
                claim: 0,
                at: 0,
                entry: ResponseEntry {
                    draft: None,
                    ..response()
                },
            },
            Change::AddRejected { quote: ODD.into() },
            Change::RemoveRejected { quote: ODD.into() },
        ];
        for change in changes {
            let line = change.to_record();
            assert!(!line.contains('\n'), "{line}");
            assert_eq!(Change::from_record(&line), Ok(change), "{line}");
        }
    }

    #[test]
    fn a_bad_line_says_what_is_wrong() {
        for (line, says) in [
            ("{\"change\":\"add_claim\",\"at\":1", "EOF while parsing"),
            ("{\"change\":\"paint\"}", "unknown variant `paint`"),
            ("{\"change\":\"remove_claim\"}", "missing field `at`"),
            (
                r#"{"change":"add_claim","at":0,"entry":"[[claim]]\nclaimant = \"x\""}"#,
                "quote",
            ),
            (
                r#"{"change":"set_response","claim":0,"at":0,"entry":"[[claim]]\nclaimant = \"x\"\nquote = \"q\""}"#,
                "not a response",
            ),
        ] {
            let err = Change::from_record(line).unwrap_err().to_string();
            assert!(err.starts_with("not a change: "), "{err}");
            assert!(err.contains(says), "{line}: {err}");
        }
    }
}
