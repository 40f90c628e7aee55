//! Tests of merging drafts into a reviewed claims file: every reviewed entry stays byte for byte where a person wrote it, the file's header stays on top with a blank line before each claim, and no drafted claim or response repeats a reviewed quote anywhere (through `draft --merge` and through the plan `D` makes).

use super::merge;
use crate::claims::{ClaimEntry, DraftMark, QuoteSelector, ResponseEntry, Stance};
use crate::draft::plan::plan;

const BODY: &str = "Mayor Dana Whitfield said the roads will be fixed by spring. \
                    Paul Brennan said the budget is empty. Whitfield answered that the \
                    budget was never larger. Brennan added that nobody believes her.";

fn selector(quote: &str) -> QuoteSelector {
    assert!(BODY.contains(quote), "{quote}");
    QuoteSelector {
        exact: quote.into(),
        ..QuoteSelector::default()
    }
}

fn response(expert: &str, quote: &str) -> ResponseEntry {
    ResponseEntry {
        expert: expert.into(),
        affiliation: None,
        stance: Stance::Disputes,
        selector: selector(quote),
        source: None,
        draft: Some(DraftMark { confidence: 70 }),
    }
}

fn drafted(id: &str, who: &str, quote: &str, responses: Vec<ResponseEntry>) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: who.into(),
        summary: quote.into(),
        selector: selector(quote),
        responses,
        draft: Some(DraftMark { confidence: 80 }),
        ..ClaimEntry::default()
    }
}

/// A person's file: a header, an id-less claim with a comment of its own, a named claim
/// with a reviewed response.
const REVIEWED: &str = "# My review of the roads story.\n\n\
# Brennan's words, checked.\n\
[[claim]]\n\
claimant = \"Paul Brennan\"\n\
quote   = \"the budget is empty\"   # spaced my way\n\
\n\
[[claim]]\n\
id = \"roads\"\n\
claimant = \"Dana Whitfield\"\n\
quote = \"the roads will be fixed by spring\"\n\
\n\
[[claim.response]]\n\
expert = \"Paul Brennan\"\n\
stance = \"disputes\"\n\
quote = \"nobody believes her\"\n";

/// Each reviewed claim's block, as written.
fn blocks() -> [&'static str; 2] {
    let at = REVIEWED.find("[[claim]]\nid").expect("second claim");
    let first = &REVIEWED[REVIEWED.find("# Brennan").expect("comment")..at];
    [first.trim_end(), REVIEWED[at..].trim_end()]
}

/// Drafts that repeat every reviewed quote in every way: as a claim, as a response under
/// another claim, as a response under the claim that quotes it; and one new response.
fn repeating() -> Vec<ClaimEntry> {
    vec![
        drafted(
            "roads-fixed",
            "Dana Whitfield",
            "the roads will be fixed by spring",
            vec![
                response("Paul Brennan", "the budget is empty"),
                response("Dana Whitfield", "budget was never larger"),
            ],
        ),
        drafted(
            "budget-empty",
            "Paul Brennan",
            "the budget is empty",
            vec![
                response("Dana Whitfield", "the roads will be fixed by spring"),
                response("Paul Brennan", "nobody believes her"),
            ],
        ),
        drafted(
            "nobody-believes",
            "Paul Brennan",
            "nobody believes her",
            vec![response("Paul Brennan", "the budget is empty")],
        ),
    ]
}

fn count(text: &str, words: &str) -> usize {
    text.matches(&format!("\"{words}\"")).count()
}

#[test]
fn no_reviewed_quote_comes_back_as_a_claim_or_a_response_anywhere() {
    let merged = merge("a.claims.toml", REVIEWED, &repeating(), BODY).expect("merges");
    let text = &merged.text;
    for quote in [
        "the budget is empty",
        "the roads will be fixed by spring",
        "nobody believes her",
    ] {
        assert_eq!(count(text, quote), 1, "{quote} once:\n{text}");
    }
    assert_eq!(count(text, "budget was never larger"), 1, "{text}");
    assert_eq!(merged.added, 1, "{text}");
    assert_eq!(merged.kept, 3);
}

#[test]
fn the_plan_d_makes_leaves_out_the_same_repeats() {
    let file = crate::claims::parse_text("a.claims.toml", REVIEWED).expect("reads");
    let plan = plan(&file, &[], &repeating(), BODY);
    let mut claims = file.clone();
    let mut rejected = Vec::new();
    for change in &plan.changes {
        change.apply_to(&mut claims, &mut rejected).expect("fits");
    }
    let quotes: Vec<String> = (claims.iter())
        .flat_map(|c| {
            std::iter::once(c.selector.exact.to_string())
                .chain(c.responses.iter().map(|r| r.selector.exact.to_string()))
        })
        .collect();
    for quote in &quotes {
        assert_eq!(
            quotes.iter().filter(|q| *q == quote).count(),
            1,
            "{quotes:?}"
        );
    }
    assert_eq!(plan.counts.added, 1, "{quotes:?}");
    assert_eq!(claims.len(), 2, "{quotes:?}");
    assert_eq!(
        claims[0], file[0],
        "the claim with nothing new is untouched"
    );
}

#[test]
fn reviewed_claims_stay_byte_for_byte_and_merging_again_changes_nothing() {
    let merged = merge("a.claims.toml", REVIEWED, &repeating(), BODY).expect("merges");
    for block in blocks() {
        assert!(merged.text.contains(block), "{block}\nin\n{}", merged.text);
    }
    assert!(!merged.text.contains("id = \"c1\""), "{}", merged.text);
    let again = merge("a.claims.toml", &merged.text, &repeating(), BODY).expect("again");
    assert_eq!(again.text, merged.text);
}

#[test]
fn the_header_stays_on_top_and_every_claim_has_a_blank_line_before_it() {
    // A new claim placed before every reviewed one takes the top of the file.
    let drafts = vec![drafted(
        "mayor-said",
        "Dana Whitfield",
        "Mayor Dana Whitfield said",
        Vec::new(),
    )];
    let merged = merge("a.claims.toml", REVIEWED, &drafts, BODY).expect("merges");
    let text = &merged.text;
    assert!(
        text.starts_with("# My review of the roads story.\n\n[[claim]]\nid = \"mayor-said\""),
        "{text}"
    );
    assert_eq!(text.matches("# My review").count(), 1);
    assert!(
        text.contains("\n\n# Brennan's words, checked.\n[[claim]]\n"),
        "{text}"
    );
    assert!(text.contains("\n\n[[claim]]\nid = \"roads\""), "{text}");
    assert!(!text.contains("\n[[claim]]\n[[claim]]"));
    // Without a header the first claim opens the file; values first keep their place.
    for (old, start) in [
        (
            REVIEWED.replace("# My review of the roads story.\n\n", ""),
            "[[claim]]\nid",
        ),
        (
            format!("rejected = [\"x\"]\n{}", &REVIEWED[33..]),
            "rejected = [\"x\"]\n\n[[claim]]\nid",
        ),
    ] {
        let merged = merge("a.claims.toml", &old, &drafts, BODY).expect("merges");
        assert!(merged.text.starts_with(start), "{}", merged.text);
        assert!(merged.text.contains(blocks()[1]), "{}", merged.text);
    }
}
