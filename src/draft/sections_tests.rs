//! Tests of fact-check sections: a heading that quotes a claim (or heads a rating) makes it a claim, and what others say under it answers it; families of invented articles, shapes and near shapes.

use super::*;
use crate::draft::{Extraction, extract_article};

/// Drafts an invented Markdown article.
fn draft(text: &str) -> (Extraction, String) {
    let article = Article::from_text("check.md", text).unwrap();
    (extract_article(&article), article.body)
}

/// The index of the drafted statement holding `words`.
fn index(x: &Extraction, body: &str, words: &str) -> usize {
    x.statements
        .iter()
        .position(|s| body[s.range.clone()].contains(words))
        .unwrap_or_else(|| panic!("{words:?} not drafted in {body:?}: {:?}", x.statements))
}

/// A fact-check of two claims made in one quotation, each under a heading quoting it.
const CHECK: &str = "A video by Dora Quill, a candidate for mayor, has been shared widely.\n\n\
\"Our water rates have tripled since 2019,\" Quill says. \"And the city pays more for \
consultants than for its parks.\"\n\n\
## \"Our water rates have tripled\"\n\n\
**Our rating:** False.\n\n\
The utility's director, Ada Pruitt, said the average bill rose from $41 to $55.\n\n\
\"Nobody's bill tripled,\" said Ines Varga, an economist at Pell College.\n\n\
Her campaign manager, Theo Marsh, said Quill's own bill went up more.\n\n\
## \"More for consultants than for parks\"\n\n\
**Our rating:** Mostly False.\n\n\
Parks director Hugo Lenz said Quill is wrong: the parks budget is $9 million, against $2 million for consultants.\n\n\
## What else we found\n\n\
The council's clerk, Rosa Imbert, said the next budget hearing is in May.\n";

#[test]
fn a_heading_quoting_a_claim_makes_it_one_and_its_section_answers_it() {
    let (x, body) = draft(CHECK);
    let tripled = index(&x, &body, "Our water rates have tripled since 2019");
    let consultants = index(&x, &body, "the city pays more for consultants");
    // The quotation of two sentences is cut in two, each its own claim.
    assert_ne!(tripled, consultants);
    assert!(x.statements[tripled].claim && x.statements[consultants].claim);
    assert!(!body[x.statements[tripled].range.clone()].contains("consultants"));
    // Under each heading, others answer its claim.
    for (words, claim) in [
        ("the average bill rose", tripled),
        ("Nobody's bill tripled", tripled),
        ("the parks budget is $9 million", consultants),
    ] {
        assert_eq!(
            x.statements[index(&x, &body, words)].answers,
            Some(claim),
            "{words}"
        );
    }
    // The claimant's side answers nothing; nor does what is said under a heading that
    // names no claim.
    assert_eq!(
        x.statements[index(&x, &body, "own bill went up")].answers,
        None
    );
    assert_eq!(
        x.statements[index(&x, &body, "the next budget hearing")].answers,
        None
    );
}

#[test]
fn headings_that_name_no_claim_change_nothing() {
    // Near shapes: a heading that quotes nothing and heads no rating; a quoted heading
    // whose words nobody said; a quoted heading of two words.
    for heading in [
        "## The numbers",
        "## \"A city of parks and water\"",
        "## \"Rates tripled\"",
    ] {
        let text = CHECK.replace(
            "## \"Our water rates have tripled\"\n\n**Our rating:** False.\n\n",
            &format!("{heading}\n\n"),
        );
        let (x, body) = draft(&text);
        let rates = index(&x, &body, "Our water rates have tripled");
        assert!(!x.statements[rates].claim, "{heading}");
        assert_ne!(
            x.statements[index(&x, &body, "the average bill rose")].answers,
            Some(rates),
            "{heading}"
        );
    }
    // Under a rating, a heading need not quote: its words name the claim.
    let text = CHECK.replace(
        "## \"Our water rates have tripled\"",
        "## Water rates have tripled since 2019",
    );
    let (x, body) = draft(&text);
    let rates = index(&x, &body, "Our water rates have tripled");
    assert!(x.statements[rates].claim);
    assert_eq!(
        x.statements[index(&x, &body, "Nobody's bill tripled")].answers,
        Some(rates)
    );
}

#[test]
fn sentences_are_cut_at_their_ends_and_not_after_abbreviations() {
    let cases = [
        (
            "Rates tripled. And parks lost.",
            vec!["Rates tripled.", "And parks lost."],
        ),
        (
            "It rose. \"Then it fell.\"",
            vec!["It rose.", "\"Then it fell.\""],
        ),
        ("Why? Nobody knows.", vec!["Why?", "Nobody knows."]),
        (
            "Gov. Ann Mole spoke at 9 a.m. Friday.",
            vec!["Gov. Ann Mole spoke at 9 a.m. Friday."],
        ),
        (
            "It rose in Dec. Then it fell.",
            vec!["It rose in Dec. Then it fell."],
        ),
        ("It rose. then it fell.", vec!["It rose. then it fell."]),
        ("One sentence", vec!["One sentence"]),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_rating_paragraph_opens_with_a_label_and_a_colon() {
    for yes in [
        "Our rating: False.",
        "Verdict: Mostly true",
        "Our ruling: Half True",
    ] {
        assert!(rating(yes), "{yes}");
    }
    for no in [
        "Rating agencies: all three cut it.",
        "Our rating is false.",
        "False.",
    ] {
        assert!(!rating(no), "{no}");
    }
}

#[test]
fn a_ratings_verdict_is_the_stance_of_answers_with_no_word_of_their_own() {
    for (text, want) in [
        ("Our rating: False.", Some(Stance::Disputes)),
        ("Our rating: Mostly False.", Some(Stance::Disputes)),
        ("Verdict: Pants on Fire!", Some(Stance::Disputes)),
        ("Our rating: Half True.", Some(Stance::Qualifies)),
        ("Our rating: Mostly True.", Some(Stance::Supports)),
        ("Our ruling: True", Some(Stance::Supports)),
        // Near shapes: a word that only begins like a verdict, and no verdict at all.
        ("Our rating: Truest of all.", None),
        ("Our rating: see below.", None),
        ("False.", None),
    ] {
        assert_eq!(verdict(text), want, "{text}");
    }
    // Under `Our rating: False.`, an answer with no cue disputes and one with a cue of
    // its own keeps it; a `Mostly True` section supports.
    let (x, body) = draft(CHECK);
    let stance = |words: &str| x.statements[index(&x, &body, words)].stance;
    assert_eq!(stance("the average bill rose"), Stance::Disputes);
    let text = CHECK
        .replace(
            "**Our rating:** Mostly False.",
            "**Our rating:** Mostly True.",
        )
        .replace("Quill is wrong: the parks", "the parks");
    let (x, body) = draft(&text);
    assert_eq!(
        x.statements[index(&x, &body, "the parks budget")].stance,
        Stance::Supports
    );
    // With no rating, an answer with no cue stays context.
    let text = CHECK.replace("**Our rating:** False.\n\n", "");
    let (x, body) = draft(&text);
    assert_eq!(
        x.statements[index(&x, &body, "the average bill rose")].stance,
        Stance::Context
    );
}
