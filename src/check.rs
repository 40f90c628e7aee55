//! `counterpoint check`: where every claim and response anchored, and what is wrong.

use std::fmt::Write;

use crate::anchor::{AnchorStatus, Anchoring};
use crate::document::Document;

/// The report, and whether anything is wrong: a claim not found or ambiguous, or with
/// `strict`, a response quote not found in the article.
pub fn report(doc: &Document, claims_name: &str, strict: bool) -> (String, bool) {
    let mut out = String::new();
    let mut problems = 0;
    let mut responses = 0;
    let mut responses_placed = 0;
    writeln!(out, "{} with {claims_name}", doc.article.name).ok();
    for (i, claim) in doc.claims.iter().enumerate() {
        let (place, bad) = describe(doc, &claim.anchoring);
        problems += usize::from(bad);
        let mark = if bad { "✗" } else { "✓" };
        writeln!(
            out,
            "{mark} claim {} \"{}\" ({}): {place}",
            i + 1,
            claim.entry.id,
            claim.entry.claimant
        )
        .ok();
        for (r, response) in claim.responses.iter().enumerate() {
            responses += 1;
            let placed = response.anchoring.range.is_some();
            responses_placed += usize::from(placed);
            let (place, ambiguous) = describe(doc, &response.anchoring);
            let bad = (strict && !placed) || (placed && ambiguous);
            problems += usize::from(bad);
            let mark = if bad {
                "✗"
            } else if placed {
                "✓"
            } else {
                "·"
            };
            let place = if placed {
                place
            } else {
                "not quoted in the article (fine if it was said elsewhere)".into()
            };
            writeln!(
                out,
                "  {mark} response {} {} ({}): {place}",
                r + 1,
                response.entry.expert,
                response.entry.stance
            )
            .ok();
        }
    }
    let placed = doc.anchored_count();
    writeln!(
        out,
        "{} ({placed} in the text), {} ({responses_placed} quoted in the text): {}",
        count(doc.claims.len(), "claim"),
        count(responses, "response"),
        if problems == 0 {
            "no problems".to_string()
        } else {
            count(problems, "problem")
        }
    )
    .ok();
    (out, problems > 0)
}

/// "1 claim", "2 claims".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "file:line:column (how)" and whether that is a problem.
fn describe(doc: &Document, anchoring: &Anchoring) -> (String, bool) {
    let Some(range) = &anchoring.range else {
        return ("not found in the article".to_string(), true);
    };
    let (line, column) = doc.article.line_col(range.start);
    let place = format!("{}:{line}:{column}", doc.article.name);
    match anchoring.status {
        AnchorStatus::Unique => (place, false),
        AnchorStatus::ChosenByContext { candidates } => (
            format!("{place} (one of {candidates} matches, chosen by prefix/suffix)"),
            false,
        ),
        AnchorStatus::Ambiguous { candidates } => (
            format!(
                "{place} — ambiguous: {candidates} matches and no prefix/suffix to choose; add one"
            ),
            true,
        ),
        AnchorStatus::NotFound => ("not found in the article".to_string(), true),
    }
}
