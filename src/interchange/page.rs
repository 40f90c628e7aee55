//! The fact-checks a page carries (schema.org ClaimReview JSON-LD in it): found when the page opens, and planned into its claims file as one edit, by the rules `draft --merge` keeps for what is already there.

use std::collections::HashSet;

use crate::anchor::Anchorer;
use crate::claims::change::Change;
use crate::claims::{ClaimEntry, QuoteSelector};
use crate::draft::plan::same_place;

/// The claims of the ClaimReview JSON-LD in the web page `html` (named `name`), in the
/// page's order; none when it carries none (or only blocks that are not ClaimReview).
pub fn claims_in(name: &str, html: &str) -> Vec<ClaimEntry> {
    // Cheap first look: most pages carry no ClaimReview, and the import parses the page.
    if !html.contains("ClaimReview") {
        return Vec::new();
    }
    match crate::interchange::claimreview::import(name, html) {
        Ok((claims, crate::interchange::claimreview::Shape::JsonLd)) => claims,
        _ => Vec::new(),
    }
}

/// How a save of the page's fact-checks goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PagePlan {
    /// The changes of one edit that add the new claims (claims counted in file order).
    pub changes: Vec<Change>,
    /// The page's claims not in the file yet, as they would be added (fresh ids).
    pub new: Vec<ClaimEntry>,
    /// The page's claims the file already has: a claim at the same place in the text, or
    /// with the same words.
    pub already: usize,
    /// The page's claims whose quote the file's `rejected` list holds.
    pub rejected: usize,
}

/// White space folded and letters lowered: words joined by single spaces.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Plans adding the page's claims `page` to a claims file whose entries are `file` (file
/// order) and whose rejected quotes are `rejected`, for the article `body`.
///
/// The rules are those `draft --merge` keeps for what is already in a file: every entry
/// of the file stays exactly as it is; a claim of the page the file already has (the same
/// place in the text, or the same words after folding white space and case) is not added
/// again; a claim whose quote was rejected does not come back. A new claim goes after the
/// last claim of the file placed at or before it in the text (unplaced ones last), with an
/// id no claim of the file has. Unlike a draft, the page's claims replace nothing: the
/// file's drafts stay too. Planning again after the changes are made adds nothing.
pub fn plan(file: &[ClaimEntry], rejected: &[String], page: &[ClaimEntry], body: &str) -> PagePlan {
    let anchorer = Anchorer::new(body);
    let place = |selectors: Vec<&QuoteSelector>| anchorer.places(&selectors);
    let old_places = place(file.iter().map(|c| &c.selector).collect());
    let new_places = place(page.iter().map(|c| &c.selector).collect());
    let old_words: HashSet<String> = file.iter().map(|c| folded(&c.selector.exact)).collect();
    let rejected_words: HashSet<String> = rejected.iter().map(|q| folded(q)).collect();
    let mut ids = crate::draft::Ids::new(
        file.iter()
            .map(|c| c.id.to_string())
            .collect::<HashSet<_>>(),
    );
    let mut out = PagePlan::default();
    // (the gap it goes in, its place, the entry), for the new claims.
    let mut adding: Vec<(usize, usize, ClaimEntry)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (entry, at) in page.iter().zip(&new_places) {
        let words = folded(&entry.selector.exact);
        let there = old_words.contains(&words)
            || at
                .as_ref()
                .is_some_and(|at| old_places.iter().flatten().any(|old| same_place(old, at)));
        if there {
            out.already += 1;
            continue;
        }
        if rejected_words.contains(&words) {
            out.rejected += 1;
            continue;
        }
        // The same claim twice in the page is added once.
        if !seen.insert(words) {
            continue;
        }
        let key = at.as_ref().map_or(usize::MAX, |r| r.start);
        // After the last claim of the file placed at or before it.
        let gap = old_places
            .iter()
            .rposition(|old| old.as_ref().is_some_and(|old| old.start <= key))
            .map_or(0, |i| i + 1);
        let gap = if key == usize::MAX { file.len() } else { gap };
        let mut entry = entry.clone();
        entry.id = ids.fresh(&entry.id).into();
        adding.push((gap, key, entry));
    }
    adding.sort_by_key(|(gap, key, _)| (*gap, *key));
    for (inserted, (gap, _, entry)) in adding.into_iter().enumerate() {
        out.changes.push(Change::AddClaim {
            at: gap + inserted,
            entry: entry.clone(),
        });
        out.new.push(entry);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "The mayor said the river was cleaner than ever. \
        Critics said the budget had doubled since last year. \
        A resident said nothing had changed at all.";

    fn claim(id: &str, quote: &str) -> ClaimEntry {
        ClaimEntry {
            id: id.into(),
            claimant: "Someone".into(),
            summary: quote.into(),
            selector: QuoteSelector {
                exact: quote.into(),
                ..QuoteSelector::default()
            },
            ..ClaimEntry::default()
        }
    }

    fn apply(file: &[ClaimEntry], plan: &PagePlan) -> Vec<ClaimEntry> {
        let mut after = file.to_vec();
        let mut rejected = Vec::new();
        for change in &plan.changes {
            change.apply_to(&mut after, &mut rejected).unwrap();
        }
        after
    }

    #[test]
    fn new_claims_go_in_reading_order_and_a_second_plan_adds_nothing() {
        let file = vec![claim("budget", "the budget had doubled since last year")];
        let page = vec![
            claim("changed", "nothing had changed at all"),
            claim("river", "the river was cleaner than ever"),
        ];
        let first = plan(&file, &[], &page, BODY);
        assert_eq!(first.new.len(), 2);
        assert_eq!(first.already, 0);
        let after = apply(&file, &first);
        let quotes: Vec<&str> = after.iter().map(|c| c.selector.exact.as_str()).collect();
        assert_eq!(
            quotes,
            [
                "the river was cleaner than ever",
                "the budget had doubled since last year",
                "nothing had changed at all"
            ]
        );
        let again = plan(&after, &[], &page, BODY);
        assert!(again.changes.is_empty(), "{again:?}");
        assert_eq!(again.already, 2);
    }

    #[test]
    fn the_files_own_claims_stay_and_a_claim_at_the_same_place_is_not_added() {
        let mut mine = claim("mine", "the river was cleaner than ever");
        mine.note = Some("my own note".into());
        mine.summary = "My summary".into();
        let file = vec![mine.clone()];
        // The same place in other words (longer), and the same words in another case.
        let page = vec![
            claim("river", "said the river was cleaner than ever"),
            claim("budget", "The Budget had doubled since last year"),
        ];
        let plan = plan(&file, &[], &page, BODY);
        assert_eq!(plan.already, 1);
        assert_eq!(plan.new.len(), 1);
        let after = apply(&file, &plan);
        assert_eq!(after[0], mine);
    }

    #[test]
    fn rejected_quotes_unplaced_claims_and_taken_ids() {
        let file = vec![claim("river", "the river was cleaner than ever")];
        let page = vec![
            claim("budget", "the budget had doubled since last year"),
            claim("river", "Unemployment fell by half"),
            claim("gone", "nothing had changed at all"),
        ];
        let rejected = vec!["nothing  had changed at all".to_string()];
        let plan = plan(&file, &rejected, &page, BODY);
        assert_eq!(plan.rejected, 1);
        let after = apply(&file, &plan);
        assert_eq!(after.len(), 3);
        // The unplaced claim goes last, with an id of its own.
        assert_eq!(after[2].selector.exact, "Unemployment fell by half");
        assert_ne!(after[2].id, "river");
    }

    #[test]
    fn a_page_without_claimreview_has_no_claims() {
        assert!(claims_in("p.html", "<html><body><p>Hello</p></body></html>").is_empty());
        let html = r#"<html><head><script type="application/ld+json">
            {"@type": "ClaimReview", "claimReviewed": "The river was cleaner than ever",
             "reviewRating": {"alternateName": "False"},
             "itemReviewed": {"author": {"name": "The Mayor"}}}
            </script></head><body><p>Text</p></body></html>"#;
        let claims = claims_in("p.html", html);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].claimant, "The Mayor");
        assert_eq!(claims[0].verdict_text(), Some("False"));
    }
}
