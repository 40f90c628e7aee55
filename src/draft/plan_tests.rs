//! Tests of the merge plan: reviewed entries untouched, old drafts replaced, rejected quotes left out by place and by words, drafted responses joining reviewed claims, and the plan agreeing with `draft --merge`.

use super::*;
use crate::claims::{DraftMark, Stance};

const BODY: &str = "Pompeo said Iran is the new home base. Clarke said that is false. \
                    Lahoud said there is no evidence. Zarif called it a lie.";

fn selector(quote: &str) -> QuoteSelector {
    assert!(BODY.contains(quote), "{quote}");
    QuoteSelector {
        exact: quote.into(),
        ..QuoteSelector::default()
    }
}

fn mark(draft: bool) -> Option<DraftMark> {
    draft.then_some(DraftMark { confidence: 80 })
}

fn response(expert: &str, quote: &str, draft: bool) -> ResponseEntry {
    ResponseEntry {
        expert: expert.into(),
        affiliation: None,
        stance: Stance::Disputes,
        selector: selector(quote),
        source: None,
        draft: mark(draft),
    }
}

fn claim(id: &str, quote: &str, draft: bool, responses: Vec<ResponseEntry>) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: "Pompeo".into(),
        summary: quote.into(),
        selector: selector(quote),
        responses,
        draft: mark(draft),
        ..ClaimEntry::default()
    }
}

/// The file after the plan's changes, and its rejected list.
fn merged(file: &[ClaimEntry], rejected: &[String], plan: &Plan) -> Vec<ClaimEntry> {
    let mut claims = file.to_vec();
    let mut kept = rejected.to_vec();
    for change in &plan.changes {
        change
            .apply_to(&mut claims, &mut kept)
            .expect("the plan fits");
    }
    assert_eq!(kept, rejected, "a merge never changes the rejected list");
    claims
}

#[test]
fn reviewed_entries_stay_old_drafts_give_way_and_drafted_responses_join_a_reviewed_claim() {
    let reviewed = claim(
        "home",
        "Iran is the new home base",
        false,
        vec![
            response("Clarke", "that is false", false),
            response("Lahoud", "there is no evidence", true),
        ],
    );
    let file = vec![reviewed.clone(), claim("lie", "it a lie", true, Vec::new())];
    let drafted = vec![claim(
        "iran-new-home-base",
        "Iran is the new home base",
        true,
        vec![
            response("Colin Clarke", "that is false", true),
            response("Nelly Lahoud", "there is no evidence", true),
            response("Zarif", "it a lie", true),
        ],
    )];
    let plan = plan(&file, &[], &drafted, BODY);
    let after = merged(&file, &[], &plan);
    assert_eq!(after.len(), 1, "the old drafted claim gave way");
    let home = &after[0];
    assert_eq!(
        ClaimEntry {
            responses: Vec::new(),
            ..home.clone()
        },
        ClaimEntry {
            responses: Vec::new(),
            ..reviewed.clone()
        },
        "the reviewed claim is untouched"
    );
    let experts: Vec<&str> = home.responses.iter().map(|r| r.expert.as_str()).collect();
    assert_eq!(
        experts,
        ["Clarke", "Nelly Lahoud", "Zarif"],
        "the reviewed response stays first; Clarke is not given twice; the old draft gave way"
    );
    assert_eq!(home.responses[0], reviewed.responses[0]);
    assert_eq!(
        plan.counts,
        Counts {
            kept: 2,
            added: 2,
            replaced: 2,
            rejected: 0,
            reviewed: 2,
        }
    );
}

#[test]
fn rejected_quotes_are_left_out_by_their_words_and_by_their_place() {
    let drafted = vec![
        claim(
            "home",
            "Iran is the new home base",
            true,
            vec![
                response("Clarke", "that is false", true),
                response("Zarif", "it a lie", true),
            ],
        ),
        claim(
            "evidence",
            "there is no evidence",
            true,
            vec![response("Zarif", "it a lie", true)],
        ),
    ];
    let rejected = vec![
        // The same words, white space aside.
        "there is  no\nevidence".to_string(),
        // Not the same words, but the same place (more than half of it shared).
        "said that is false".to_string(),
    ];
    let plan = plan(&[], &rejected, &drafted, BODY);
    let after = merged(&[], &rejected, &plan);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].id, "home");
    let experts: Vec<&str> = after[0]
        .responses
        .iter()
        .map(|r| r.expert.as_str())
        .collect();
    assert_eq!(experts, ["Zarif"]);
    assert_eq!(
        plan.counts.rejected, 3,
        "Clarke's response, and a claim with its response"
    );
    assert_eq!(plan.counts.added, 2);
    // Without the list, all of it comes in.
    assert_eq!(
        merged(&[], &[], &super::plan(&[], &[], &drafted, BODY)).len(),
        2
    );
}

#[test]
fn a_drafted_claim_with_a_reviewed_response_stays_with_it() {
    let file = vec![claim(
        "home",
        "Iran is the new home base",
        true,
        vec![
            response("Clarke", "that is false", false),
            response("Zarif", "it a lie", true),
        ],
    )];
    let drafted = vec![claim(
        "home",
        "Iran is the new home base",
        true,
        vec![response("Lahoud", "there is no evidence", true)],
    )];
    let plan = plan(&file, &[], &drafted, BODY);
    let after = merged(&file, &[], &plan);
    assert_eq!(after.len(), 1, "not doubled");
    let experts: Vec<&str> = after[0]
        .responses
        .iter()
        .map(|r| r.expert.as_str())
        .collect();
    assert_eq!(
        experts,
        ["Clarke", "Lahoud"],
        "the reviewed response is never lost"
    );
}

#[test]
fn new_claims_go_in_reading_order_among_those_that_stay_with_fresh_ids() {
    let file = vec![
        claim("c1", "Clarke said that is false", false, Vec::new()),
        claim("lie", "Zarif called it a lie", false, Vec::new()),
    ];
    let drafted = vec![
        claim("home", "Iran is the new home base", true, Vec::new()),
        claim("lie", "there is no evidence", true, Vec::new()),
    ];
    let plan = plan(&file, &[], &drafted, BODY);
    let after = merged(&file, &[], &plan);
    let ids: Vec<&str> = after.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["home", "c1", "lie-2", "lie"]);
    // Planned again on its own result, nothing changes.
    let again = super::plan(&after, &[], &drafted, BODY);
    assert_eq!(merged(&after, &[], &again), after);
}

/// The plan's result is what `draft --merge` writes, on the bundled sample drafted, its
/// first claim reviewed, and one drafted quote rejected.
#[test]
fn the_plan_agrees_with_draft_merge() {
    let article =
        crate::article::Article::from_text("sample.md", crate::document::source::SAMPLE_ARTICLE)
            .unwrap();
    let drafted = crate::draft::entries(&crate::draft::extract_article(&article), &article.body);
    let mut file = drafted.clone();
    file[0].draft = None;
    file.pop();
    let rejected = vec![drafted[2].selector.exact.to_string()];
    let mut text = crate::claims::write::write(&file, "a draft");
    text = format!(
        "rejected = [{}]\n\n{text}",
        toml_edit::Value::from(rejected[0].as_str())
    );
    let parsed = crate::claims::parse_file("a.toml", &text).unwrap();
    assert_eq!(parsed.rejected, rejected);
    let by_merge = super::super::merge::merge("a.toml", &text, &drafted, &article.body).unwrap();
    let written = crate::claims::parse_file("a.toml", &by_merge.text).unwrap();
    let plan = plan(&parsed.claims, &parsed.rejected, &drafted, &article.body);
    assert_eq!(merged(&parsed.claims, &rejected, &plan), written.claims);
    assert_eq!(by_merge.rejected, plan.counts.rejected);
    assert!(plan.counts.rejected > 0);
    assert!(
        written
            .claims
            .iter()
            .all(|c| c.selector.exact != rejected[0])
    );
}

/// Words a person reviewed as a response are not drafted again as a claim: a drafted claim
/// at the same place as a reviewed response (or sharing half of it) stays out with its
/// responses, wherever that response is; at the place of a drafted response (which gives
/// way) or elsewhere it comes in.
#[test]
fn a_drafted_claim_on_a_reviewed_response_s_words_stays_out() {
    let file = vec![claim(
        "home",
        "Iran is the new home base",
        false,
        vec![
            response("Clarke", "Clarke said that is false", false),
            response("Lahoud", "there is no evidence", true),
        ],
    )];
    for (quote, added) in [
        ("Clarke said that is false", false),
        ("that is false", false),
        ("Clarke said that is false. Lahoud", false),
        ("there is no evidence", true),
        ("Zarif called it a lie", true),
    ] {
        let drafted = vec![claim(
            "drafted",
            quote,
            true,
            vec![response("Zarif", "it a lie", true)],
        )];
        let plan = plan(&file, &[], &drafted, BODY);
        let after = merged(&file, &[], &plan);
        let came = after.iter().any(|c| c.selector.exact == quote);
        assert_eq!(came, added, "{quote}");
        assert!(
            after[0]
                .responses
                .iter()
                .any(|r| r.expert == "Clarke" && r.draft.is_none()),
            "the reviewed response stays: {quote}"
        );
    }
}
