//! `counterpoint check`: where every claim and response anchored, and what is wrong.

use std::fmt::Write;

use crate::anchor::{AnchorStatus, Anchoring};
use crate::document::Document;
use crate::text::plural;

/// The report, and whether anything is wrong: a claim or response that fits several
/// places equally well, a claim not found, a claim or response whose nearest lookalike
/// was refused (named with its place, see [`crate::anchor::Refused`]), or with `strict`, a response
/// quote not found in the article. Approximate matches are placed and marked for
/// review, not failed.
pub fn report(doc: &Document, claims_name: &str, strict: bool) -> (String, bool) {
    let mut out = String::new();
    let mut problems = 0;
    let mut reviews = 0;
    let mut responses = 0;
    let mut responses_placed = 0;
    writeln!(out, "{} with {claims_name}", doc.article.name).ok();
    for (i, claim) in doc.claims.iter().enumerate() {
        let (place, verdict) = describe(doc, &claim.anchoring);
        let mark = match verdict {
            Verdict::Fine => "✓",
            Verdict::Review => "≈",
            Verdict::Problem => "✗",
        };
        problems += usize::from(matches!(verdict, Verdict::Problem));
        reviews += usize::from(matches!(verdict, Verdict::Review));
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
            let (place, verdict) = describe(doc, &response.anchoring);
            // A response with a refused lookalike was quoted from the article once (its
            // context was recorded there): its quote has gone, which is a problem.
            let absent = response.anchoring.status == AnchorStatus::NotFound
                && response.anchoring.refused.is_none();
            let (mark, place) = match verdict {
                Verdict::Problem if absent && !strict => (
                    "·",
                    "not quoted in the article (fine if it was said elsewhere)".to_string(),
                ),
                Verdict::Problem => ("✗", place),
                Verdict::Review => ("≈", place),
                Verdict::Fine => ("✓", place),
            };
            problems += usize::from(mark == "✗");
            reviews += usize::from(mark == "≈");
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
    let review = if reviews == 0 {
        String::new()
    } else {
        format!(", {} to review", plural(reviews, "approximate match"))
    };
    writeln!(
        out,
        "{} ({placed} in the text), {} ({responses_placed} quoted in the text): {}{review}",
        plural(doc.claims.len(), "claim"),
        plural(responses, "response"),
        if problems == 0 {
            "no problems".to_string()
        } else {
            plural(problems, "problem")
        }
    )
    .ok();
    (out, problems > 0)
}

/// How an anchoring reads in the report, and how bad it is.
enum Verdict {
    Fine,
    /// Placed, but a person should look (an approximate match).
    Review,
    /// Not placed: ambiguous or not found.
    Problem,
}

/// "file:line:column (how)" and how bad it is.
fn describe(doc: &Document, anchoring: &Anchoring) -> (String, Verdict) {
    let article = &doc.article;
    let line_col = |start: usize| {
        if !article.source_lines {
            return article.paragraph_place(start);
        }
        let (line, column) = article.line_col(start);
        format!("{line}:{column}")
    };
    let place = |start: usize| article.place(start);
    let Some(range) = &anchoring.range else {
        return match anchoring.status {
            AnchorStatus::Ambiguous { candidates } => {
                let places: Vec<String> = anchoring
                    .alternatives
                    .iter()
                    .map(|r| line_col(r.start))
                    .collect();
                // A list agrees with its count: the places named, and how many more.
                let more = candidates.saturating_sub(places.len());
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                (
                    format!(
                        "ambiguous: fits {candidates} places about equally well (at {}{more}); add a prefix or suffix to choose",
                        places.join(", ")
                    ),
                    Verdict::Problem,
                )
            }
            _ => match &anchoring.refused {
                None => ("not found in the article".to_string(), Verdict::Problem),
                Some(refused) => (
                    format!(
                        "not found in the article; nearest: {}% alike at {}, refused: {}",
                        refused.similarity / 10,
                        place(refused.range.start),
                        refused.reason()
                    ),
                    Verdict::Problem,
                ),
            },
        };
    };
    let place = place(range.start);
    match anchoring.status {
        AnchorStatus::Exact { candidates: 1 } => (place, Verdict::Fine),
        AnchorStatus::Exact { candidates } => (
            format!("{place} (one of {candidates} matches, chosen by prefix/suffix)"),
            Verdict::Fine,
        ),
        AnchorStatus::Moved { .. } => (
            format!("{place} (moved from its position hint; `check --fix` updates it)"),
            Verdict::Fine,
        ),
        AnchorStatus::Approximate { similarity } => (
            format!(
                "{place} — approximate: the quote is not in the text exactly; placed where it is {}% alike; review it",
                similarity / 10
            ),
            Verdict::Review,
        ),
        AnchorStatus::Ambiguous { .. } | AnchorStatus::NotFound => {
            ("not found in the article".to_string(), Verdict::Problem)
        }
    }
}
