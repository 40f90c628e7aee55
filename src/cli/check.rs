//! `counterpoint check`: where every claim and response anchored, and what is wrong.

use std::collections::HashMap;
use std::fmt::Write;

use crate::anchor::fold::FoldedText;
use crate::anchor::{AnchorStatus, Anchoring};
use crate::document::Document;
use crate::sanitize::clean_line;
use crate::text::plural;

/// The report, and whether anything is wrong: a claim or response that fits several
/// places equally well, a claim not found, a claim or response whose nearest lookalike
/// was refused (named with its place, see [`crate::anchor::Refused`]), or with `strict`, a response
/// quote not found in the article. Approximate matches are placed and marked for
/// review, not failed.
///
/// With the claims file's text (`claims_text`), a quote that is not found or only
/// approximately placed also gets help to fix it: where the quote is written in the
/// file (`file:line`), and what the article says — the nearest stretch with its
/// similarity, or the words it was placed on — beside what the file says.
pub fn report(
    doc: &Document,
    claims_name: &str,
    claims_text: Option<&str>,
    strict: bool,
) -> (String, bool) {
    let mut help = Help {
        doc,
        folded: None,
        claims_name,
        claims_text,
        lines: None,
    };
    let mut out = String::new();
    let mut problems = 0;
    let mut reviews = 0;
    let mut responses = 0;
    let mut responses_placed = 0;
    let mut drafts = 0;
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
        drafts += usize::from(claim.entry.draft.is_some());
        writeln!(
            out,
            "{mark} claim {} \"{}\" ({}){}: {place}",
            i + 1,
            claim.entry.id,
            claim.entry.claimant,
            draft_mark(claim.entry.draft)
        )
        .ok();
        if !matches!(verdict, Verdict::Fine) {
            help.explain(
                &mut out,
                "    ",
                &claim.entry.id,
                None,
                &claim.entry.selector.exact,
                &claim.anchoring,
            );
        }
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
            drafts += usize::from(response.entry.draft.is_some());
            writeln!(
                out,
                "  {mark} response {} {} ({}){}: {place}",
                r + 1,
                response.entry.expert,
                response.entry.stance,
                draft_mark(response.entry.draft)
            )
            .ok();
            if mark == "✗" || mark == "≈" {
                let exact = &response.entry.selector.exact;
                help.explain(
                    &mut out,
                    "      ",
                    &claim.entry.id,
                    Some(r),
                    exact,
                    &response.anchoring,
                );
            }
        }
    }
    // A date that is no calendar date is wrong in the file, as a quote not found is: it is
    // listed here, above the line that counts it, and counted there with the quotes.
    let mut dates = 0;
    for warning in &doc.warnings {
        if matches!(warning, crate::warning::Warning::Date { .. }) {
            dates += 1;
            writeln!(out, "✗ {warning}").ok();
        }
    }
    let placed = doc.anchored_count();
    let review = if reviews == 0 {
        String::new()
    } else {
        format!(", {} to review", plural(reviews, "approximate match"))
    };
    let review = match drafts {
        0 => review,
        n => format!(
            "{review}; {} not yet reviewed (exports leave them out)",
            plural(n, "draft")
        ),
    };
    writeln!(
        out,
        "{} ({placed} in the text), {} ({responses_placed} quoted in the text): {}{review}",
        plural(doc.claims.len(), "claim"),
        plural(responses, "response"),
        problems_said(problems, dates)
    )
    .ok();
    (out, problems + dates > 0)
}

/// The summary's verdict, which agrees with the exit status: `no problems`, or how many
/// problems of which kind (`quotes` placed nowhere or in several places, `dates` that are
/// no calendar date) and what to do about them.
fn problems_said(quotes: usize, dates: usize) -> String {
    if quotes + dates == 0 {
        return "no problems".to_string();
    }
    let mut kinds = Vec::new();
    if quotes > 0 {
        kinds.push(format!(
            "{} not placed",
            if quotes == 1 {
                "1 quote".to_string()
            } else {
                format!("{quotes} quotes")
            }
        ));
    }
    if dates > 0 {
        kinds.push(if dates == 1 {
            "1 date that is no calendar date".to_string()
        } else {
            format!("{dates} dates that are no calendar date")
        });
    }
    format!(
        "{} ({}); mend each at the place marked ✗ above and check again",
        plural(quotes + dates, "problem"),
        kinds.join(", ")
    )
}

/// What follows a drafted entry's name in the report: ` (draft)`, or nothing.
fn draft_mark(draft: Option<crate::claims::DraftMark>) -> &'static str {
    if draft.is_some() { " (draft)" } else { "" }
}

/// Where each quote is written in a claims file's `text`: by claim id (given, or the
/// default `cN` by position) and response index (`None` for the claim's own quote), the
/// 1-based line of the quote's value. A file that does not parse gives none.
fn quote_lines(text: &str) -> HashMap<(String, Option<usize>), usize> {
    let mut lines = HashMap::new();
    let Ok(document) = toml_edit::Document::parse(text) else {
        return lines;
    };
    // Where each line starts, so each quote's line is a binary search, not a scan of
    // the file (a 20,000-claim file has 60,000 quotes).
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |item: Option<&toml_edit::Item>| {
        let start = item?.span()?.start;
        Some(line_starts.partition_point(|&s| s <= start))
    };
    let Some(claims) = document.get("claim").and_then(|c| c.as_array_of_tables()) else {
        return lines;
    };
    for (index, claim) in claims.iter().enumerate() {
        let id = claim
            .get("id")
            .and_then(|id| id.as_str())
            .map_or_else(|| format!("c{}", index + 1), str::to_string);
        if let Some(line) = line_of(claim.get("quote")) {
            lines.insert((id.clone(), None), line);
        }
        let responses = claim.get("response").and_then(|r| r.as_array_of_tables());
        for (r, response) in responses.into_iter().flat_map(|r| r.iter()).enumerate() {
            if let Some(line) = line_of(response.get("quote")) {
                lines.insert((id.clone(), Some(r)), line);
            }
        }
    }
    lines
}

/// What helps fix a quote that is not found or only approximately placed.
struct Help<'a> {
    doc: &'a Document,
    /// The article folded for matching, made the first time a quote needs it.
    folded: Option<FoldedText>,
    claims_name: &'a str,
    /// The claims file's text, read for [`Help::lines`] only when a quote needs help.
    claims_text: Option<&'a str>,
    /// Where each quote is written ([`quote_lines`]), found the first time a quote needs
    /// help: a claims file whose quotes all hold is never parsed a second time (its syntax
    /// tree is many times the file's size).
    lines: Option<HashMap<(String, Option<usize>), usize>>,
}

impl Help<'_> {
    /// Writes, under a report line, where the quote is in the claims file and what the
    /// article says beside what the file says.
    fn explain(
        &mut self,
        out: &mut String,
        indent: &str,
        id: &str,
        response: Option<usize>,
        exact: &str,
        anchoring: &Anchoring,
    ) {
        let body = &self.doc.article.body;
        let said = |range: &std::ops::Range<usize>| {
            body.get(range.clone())
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default()
        };
        let article_says = match (&anchoring.range, &anchoring.status) {
            (Some(range), AnchorStatus::Approximate { .. }) => Some(said(range)),
            (None, AnchorStatus::NotFound) if anchoring.refused.is_none() => {
                let folded = self.folded.get_or_insert_with(|| FoldedText::new(body));
                Some(nearest(folded, exact).map_or_else(
                    || "nothing like it (no stretch is even two fifths alike)".to_string(),
                    |(range, similarity)| {
                        format!(
                            "{} (nearest, {}% alike, at {})",
                            whole_words(body, range.clone(), &said),
                            similarity,
                            self.doc.article.place(range.start)
                        )
                    },
                ))
            }
            (None, AnchorStatus::NotFound) => anchoring.refused.as_ref().map(|r| said(&r.range)),
            _ => None,
        };
        let Some(article_says) = article_says else {
            return;
        };
        let file = clean_line(exact.trim());
        let text = self.claims_text;
        let lines = self
            .lines
            .get_or_insert_with(|| text.map(quote_lines).unwrap_or_default());
        match lines.get(&(id.to_string(), response)) {
            Some(line) => writeln!(
                out,
                "{indent}the file says ({}:{line}): {file}",
                self.claims_name
            )
            .ok(),
            None => writeln!(out, "{indent}the file says: {file}").ok(),
        };
        writeln!(
            out,
            "{indent}the article says: {}",
            clean_line(&article_says)
        )
        .ok();
    }
}

/// `range` of `body` as `said` shows it, cut to whole words: a word the range starts or
/// ends inside (an approximate match can) is left out and an ellipsis stands for it
/// (`…the pier stays open…`), word boundaries as UAX #29 finds them (between ideographs in
/// Chinese and Japanese). Only 64 bytes either side of the range are read. When no whole
/// word is left, the range is shown as it is.
fn whole_words(
    body: &str,
    range: std::ops::Range<usize>,
    said: &dyn Fn(&std::ops::Range<usize>) -> String,
) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let floor = |mut i: usize| {
        while !body.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        while i < body.len() && !body.is_char_boundary(i) {
            i += 1;
        }
        i.min(body.len())
    };
    let (from, to) = (floor(range.start.saturating_sub(64)), ceil(range.end + 64));
    let bounds: Vec<usize> = (body[from..to].split_word_bound_indices())
        .map(|(i, _)| from + i)
        .chain(std::iter::once(to))
        .collect();
    // A window's own ends are boundaries only at the body's ends.
    let is_bound =
        |i: usize| bounds.contains(&i) && (i != from || from == 0) && (i != to || to == body.len());
    let is_word_char = |i: usize| body[i..].chars().next().is_some_and(char::is_alphanumeric);
    let inside_word = |i: usize| i > 0 && i < body.len() && !is_bound(i) && is_word_char(i);
    let (cut_start, cut_end) = (inside_word(range.start), inside_word(range.end));
    let start = match cut_start {
        true => bounds.iter().copied().find(|&b| b > range.start),
        false => Some(range.start),
    };
    let end = match cut_end {
        true => bounds.iter().copied().rev().find(|&b| b < range.end),
        false => Some(range.end),
    };
    let (Some(start), Some(end)) = (start, end) else {
        return said(&range);
    };
    let text = if start < end {
        said(&(start..end))
    } else {
        String::new()
    };
    if text.is_empty() {
        return said(&range);
    }
    let mark = |cut: bool| if cut { "…" } else { "" };
    format!("{}{text}{}", mark(cut_start), mark(cut_end))
}

/// The stretch of the article most like `quote` when the quote is not in it: its byte
/// range in the body and its similarity in percent, when at least two fifths of the
/// quote's characters match (so a quote with nothing like it gets no guess).
fn nearest(folded: &FoldedText, quote: &str) -> Option<(std::ops::Range<usize>, usize)> {
    let pattern = crate::anchor::fold::fold(quote);
    let length = pattern.chars().count();
    if length == 0 {
        return None;
    }
    let found = crate::anchor::approx::find_approx(&folded.folded, &pattern, length * 3 / 5);
    let crate::anchor::approx::Found::Places(places) = found else {
        return None;
    };
    let best = places.into_iter().next()?;
    let similarity = 100 * length.saturating_sub(best.errors) / length;
    Some((folded.source_range(best.range), similarity))
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
            format!("{place} (one of {candidates} matches, chosen by prefix/suffix)"), // 2 or more: 1 is the arm above
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

#[cfg(test)]
mod whole_word_tests {
    use super::whole_words;

    fn said(body: &str) -> impl Fn(&std::ops::Range<usize>) -> String + '_ {
        move |r| {
            body[r.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        }
    }

    fn cut(body: &str, from: &str, to: &str) -> String {
        let start = body.find(from).unwrap();
        let end = body.find(to).unwrap() + to.len();
        whole_words(body, start..end, &said(body))
    }

    #[test]
    fn the_nearest_text_is_cut_at_word_boundaries_with_an_ellipsis() {
        let body = "The harbour pier stays open all winter, the council said.";
        // Starting and ending inside words: those words go, an ellipsis each side.
        assert_eq!(cut(body, "rbour", "wi"), "…pier stays open all…");
        // Whole words at both ends: shown as they are.
        assert_eq!(
            cut(body, "harbour", "winter"),
            "harbour pier stays open all winter"
        );
        // Ending at a comma or the end of the text is a boundary.
        assert_eq!(cut(body, "pier", "winter,"), "pier stays open all winter,");
        assert_eq!(cut(body, "council", "said."), "council said.");
        assert_eq!(cut(body, "The", "pi"), "The harbour…");
        // Inside one word only: nothing whole is left, the stretch is shown.
        assert_eq!(cut(body, "arb", "bou"), "arbou");
        // Wide characters: a word boundary falls between ideographs, never inside one.
        let cjk = "市议会说，港口码头整个冬天都开放。";
        let start = cjk.find("港").unwrap();
        let shown = whole_words(cjk, start..cjk.find("天").unwrap(), &said(cjk));
        assert!(
            shown.starts_with('港') && cjk.contains(shown.trim_end_matches('…')),
            "{shown}"
        );
        // In a long text: only the nearby words are read, the cut is the same.
        let long = format!("{} {body} {}", "word ".repeat(200), "word ".repeat(200));
        assert_eq!(cut(&long, "rbour", "wi"), "…pier stays open all…");
    }
}
