//! Writing a claims file: entries as TOML tables, in the order and with the keys the README documents (imports write these).

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, value};

use crate::claims::review::ReviewEntry;
use crate::claims::{ClaimEntry, DraftMark, QuoteSelector, ResponseEntry};

/// The claims file for `entries`, opened by `header` as comment lines.
pub fn write(entries: &[ClaimEntry], header: &str) -> String {
    let mut doc = DocumentMut::new();
    let mut claims = ArrayOfTables::new();
    for entry in entries {
        claims.push(claim_table(entry));
    }
    doc.insert("claim", Item::ArrayOfTables(claims));
    let comments: String = header
        .lines()
        .map(|line| format!("# {line}").trim_end().to_string() + "\n")
        .collect();
    let mut text = format!("{comments}\n{doc}");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

pub(crate) fn claim_table(entry: &ClaimEntry) -> Table {
    let mut t = Table::new();
    t.insert("id", value(entry.id.as_str()));
    t.insert("claimant", value(entry.claimant.as_str()));
    text(&mut t, "role", entry.role.as_deref());
    if entry.summary != entry.selector.exact {
        t.insert("summary", value(entry.summary.as_str()));
    }
    selector(&mut t, &entry.selector);
    text(&mut t, "verdict", entry.verdict.as_deref());
    text(&mut t, "date", entry.date.as_deref());
    text(&mut t, "note", entry.note.as_deref());
    if !entry.appearances.is_empty() {
        let list: Array = entry.appearances.iter().map(String::as_str).collect();
        t.insert("appearances", value(list));
    }
    text(&mut t, "extra", entry.extra.as_deref());
    draft_mark(&mut t, entry.draft);
    if !entry.reviews.is_empty() {
        let mut reviews = ArrayOfTables::new();
        for review in &entry.reviews {
            reviews.push(review_table(review));
        }
        t.insert("review", Item::ArrayOfTables(reviews));
    }
    if !entry.responses.is_empty() {
        let mut responses = ArrayOfTables::new();
        for response in &entry.responses {
            responses.push(response_table(response));
        }
        t.insert("response", Item::ArrayOfTables(responses));
    }
    t
}

pub(crate) fn response_table(response: &ResponseEntry) -> Table {
    let mut t = Table::new();
    t.insert("expert", value(response.expert.as_str()));
    text(&mut t, "affiliation", response.affiliation.as_deref());
    t.insert("stance", value(response.stance.word()));
    selector(&mut t, &response.selector);
    text(&mut t, "source", response.source.as_deref());
    draft_mark(&mut t, response.draft);
    t
}

/// `draft = true` and the confidence as a fraction, for an entry awaiting review.
fn draft_mark(t: &mut Table, mark: Option<DraftMark>) {
    if let Some(mark) = mark {
        t.insert("draft", value(true));
        t.insert("confidence", value(f64::from(mark.confidence) / 100.0));
    }
}

fn review_table(review: &ReviewEntry) -> Table {
    let mut t = Table::new();
    text(&mut t, "publisher", review.publisher.as_deref());
    text(&mut t, "publisher_url", review.publisher_url.as_deref());
    text(&mut t, "url", review.url.as_deref());
    text(&mut t, "title", review.title.as_deref());
    text(&mut t, "date", review.date.as_deref());
    text(&mut t, "rating", review.rating.as_deref());
    for (key, number) in [
        ("rating_value", &review.rating_value),
        ("best_rating", &review.best_rating),
        ("worst_rating", &review.worst_rating),
    ] {
        if let Some(number) = number {
            t.insert(key, Item::Value(number.to_toml()));
        }
    }
    text(&mut t, "language", review.language.as_deref());
    text(&mut t, "extra", review.extra.as_deref());
    t
}

fn selector(t: &mut Table, selector: &QuoteSelector) {
    t.insert("quote", value(selector.exact.as_str()));
    for (key, part) in [("prefix", &selector.prefix), ("suffix", &selector.suffix)] {
        if !part.is_empty() {
            t.insert(key, value(part.as_str()));
        }
    }
    if let Some(position) = selector.position {
        let mut pair = Array::new();
        pair.push(position.start as i64);
        pair.push(position.end as i64);
        t.insert("position", value(pair));
    }
}

fn text(t: &mut Table, key: &str, text: Option<&str>) {
    if let Some(text) = text {
        t.insert(key, value(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::review::Number;
    use crate::claims::{Stance, TextPosition, parse_text};

    #[test]
    fn a_written_file_reads_back_the_same() {
        let entries = vec![ClaimEntry {
            id: "home-base".into(),
            claimant: "Mike Pompeo".into(),
            role: Some("Secretary of State".into()),
            summary: "Iran is al-Qaida's home base".into(),
            selector: QuoteSelector {
                exact: "acting as al-Qaida’s “new home base,”".into(),
                prefix: "accused Iran of ".into(),
                suffix: Default::default(),
                position: Some(TextPosition { start: 34, end: 71 }),
            },
            verdict: None,
            date: Some("2021-01-12".into()),
            note: Some("a \"quoted\" note".into()),
            responses: vec![ResponseEntry {
                expert: "Colin P. Clarke".into(),
                affiliation: None,
                stance: Stance::Disputes,
                selector: QuoteSelector {
                    exact: "is politics".into(),
                    ..QuoteSelector::default()
                },
                source: Some("email".into()),
                draft: Some(DraftMark { confidence: 72 }),
            }],
            reviews: vec![ReviewEntry {
                publisher: Some("PolitiFact".into()),
                rating: Some("False".into()),
                rating_value: Some(Number::Decimal("1.5".into())),
                best_rating: Some(Number::Text("5".into())),
                extra: Some(r#"{"@id":"https://x.org/r#1","image":null}"#.into()),
                ..ReviewEntry::default()
            }],
            appearances: vec!["https://www.state.gov/speech".into()],
            extra: Some(r#"{"@type":"Claim"}"#.into()),
            draft: Some(DraftMark { confidence: 90 }),
        }];
        let text = write(&entries, "Imported from a test.\nTwo lines.");
        assert!(
            text.starts_with("# Imported from a test.\n# Two lines.\n\n[[claim]]\n"),
            "{text}"
        );
        assert_eq!(parse_text("t.toml", &text).unwrap(), entries, "{text}");
    }
}
