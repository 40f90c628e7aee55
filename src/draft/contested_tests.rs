//! Tests of plain claims found by their answers: each rule with a family of invented articles, shapes and near shapes.

use super::*;
use crate::draft::Extraction;
use crate::draft::stance::disputing_verb;
use crate::draft::test_articles::{draft, index};

const CLAIM: &str = "Mayor Tessa Brill said the town has only four snowplows for 90 miles of road.";

/// `CLAIM`, then `between` paragraphs of filler, then `answer`.
fn article(between: usize, answer: &str) -> String {
    let mut text = String::from(CLAIM);
    for k in 0..between {
        text.push_str(&format!("\n\nThe storm reached the valley on day {k}."));
    }
    text.push_str("\n\n");
    text.push_str(answer);
    text
}

#[test]
fn a_plain_statement_whose_figure_someone_else_corrects_is_a_claim_answered() {
    for answer in [
        "The public works director, Omar Quist, said the town has seven snowplows, not four, and that two were bought last year.",
        "Omar Quist, the public works director, said the mayor was wrong and the town has seven snowplows for 90 miles.",
        "Omar Quist disputed the count, saying the town runs snowplows on 90 miles with a crew of twelve.",
    ] {
        let text = article(0, answer);
        let x = draft(&text);
        let claim = index(&x, &text, "four snowplows");
        assert!(x.statements[claim].claim, "{answer}");
        let response = index(&x, &text, "snowplows");
        let response = if response == claim {
            x.statements.len() - 1
        } else {
            response
        };
        assert_eq!(x.statements[response].answers, Some(claim), "{answer}");
        assert_eq!(x.statements[response].stance, Stance::Disputes, "{answer}");
    }
}

#[test]
fn a_statement_nobody_plainly_disputes_stays_a_statement() {
    for answer in [
        // No dispute: a figure and a word shared, and nothing said against it.
        "Omar Quist said the town bought two snowplows last year for its 90 miles.",
        // Its own speaker again.
        "Brill later said the town has seven snowplows, not four.",
        // A dispute of something else, sharing nothing.
        "Omar Quist said the budget report was wrong about salaries.",
        // Only a cue that may dispute, not one that says it is wrong.
        "Omar Quist said there were not enough snowplows for 90 miles of road.",
        // Questioned, in the passive: no one disputes.
        "Omar Quist, who was questioned about the snowplows for 90 miles, said crews start at dawn.",
    ] {
        let text = article(0, answer);
        let x = draft(&text);
        let claim = index(&x, &text, "four snowplows");
        assert!(!x.statements[claim].claim, "{answer}");
    }
}

#[test]
fn a_dispute_too_far_on_makes_no_claim() {
    let answer =
        "The public works director, Omar Quist, said the town has seven snowplows, not four.";
    for (between, claimed) in [(0, true), (3, true), (5, false), (9, false)] {
        let text = article(between, answer);
        let x = draft(&text);
        let claim = index(&x, &text, "four snowplows");
        assert_eq!(x.statements[claim].claim, claimed, "{between} paragraphs");
    }
}

#[test]
fn a_dispute_of_figures_answers_a_statement_that_holds_one() {
    let answer =
        "Council member Ada Fenn said the snowplow figures for the road miles were misleading.";
    let with = format!("{CLAIM}\n\n{answer}");
    let x = draft(&with);
    assert!(x.statements[index(&x, &with, "four snowplows")].claim);
    let without = format!("Mayor Tessa Brill said the snowplows were old and slow.\n\n{answer}");
    let x = draft(&without);
    assert!(!x.statements[index(&x, &without, "old and slow")].claim);
}

#[test]
fn a_verb_of_disputing_counts_in_the_active_voice_with_an_object() {
    for (sentence, disputing) in [
        ("she questioned the figures.", true),
        ("the union disputed the count on monday.", true),
        ("he was questioned about the checks.", false),
        ("she questioned whether it mattered.", false),
        ("it raised questions about the plan.", false),
    ] {
        assert_eq!(disputing_verb(sentence), disputing, "{sentence}");
    }
}

#[test]
fn a_noun_for_an_account_points_at_the_start_of_its_speakers_run() {
    // The account is all the claimant said: its first statement is the claim, however
    // many quotes follow it.
    let text = "Rep. Nell Arbor said the county's two pumps were still in the garage when \
                the river crested.\n\n\
                \"The warning came on Monday,\" Arbor said. \"Our neighbors bailed with \
                buckets.\"\n\n\
                The county's engineer, Omar Bisset, disputed that account, saying both \
                pumps were running by noon.";
    let x = draft(text);
    let first = index(&x, text, "two pumps were still");
    assert!(x.statements[first].claim, "{:?}", x.statements);
    for later in ["The warning came", "Our neighbors bailed"] {
        assert!(!x.statements[index(&x, text, later)].claim, "{later}");
    }
    // Near shapes. A pronoun points at the statement just before, as it did.
    let pronoun = text.replace("disputed that account", "disputed that");
    let x = draft(&pronoun);
    assert!(x.statements[index(&x, &pronoun, "Our neighbors bailed")].claim);
    assert!(!x.statements[index(&x, &pronoun, "two pumps were still")].claim);
    // Another speaker between ends the run: the account is the last speaker's alone.
    let broken = text.replace(
        "\"The warning came on Monday,\" Arbor said. \"Our neighbors bailed with buckets.\"",
        "\"The warning came on Monday,\" Arbor said. Sheriff Lou Dent said roads were closed. \
         \"Our neighbors bailed with buckets,\" Arbor said.",
    );
    let x = draft(&broken);
    assert!(!x.statements[index(&x, &broken, "two pumps were still")].claim);
    assert!(!x.statements[index(&x, &broken, "The warning came")].claim);
    assert!(x.statements[index(&x, &broken, "Our neighbors bailed")].claim);
    // A run more than a paragraph apart is two accounts.
    let apart = text.replace(
        "crested.\n\n",
        "crested.\n\nThe water rose all night.\n\nThe water fell by Friday.\n\n",
    );
    let x = draft(&apart);
    assert!(!x.statements[index(&x, &apart, "two pumps were still")].claim);
    assert!(x.statements[index(&x, &apart, "The warning came")].claim);
}

const BRIDGE: &str =
    "Mayor Tessa Brill said the new bridge will cost $45 million and open in two years.";

/// `BRIDGE`, then each answer in a paragraph of its own after `between` paragraphs of filler.
fn answered(between: usize, answers: &[&str]) -> String {
    let mut text = String::from(BRIDGE);
    for k in 0..between {
        text.push_str(&format!("\n\nThe ferry ran late on day {k} of the month."));
    }
    for a in answers {
        text.push_str("\n\n");
        text.push_str(a);
    }
    text
}

const QUIST: &str =
    "Engineer Omar Quist said the $45 million estimate left out the approach ramps.";
const PARK: &str =
    "Council member Lena Park said it was doubtful the bridge could be built for $45 million.";
const STAN: &str =
    "Contractor Ivo Stan said steel prices alone could add a tenth to the $45 million.";

#[test]
fn a_statement_three_others_answer_and_one_disputes_is_a_claim() {
    // The order of the answers does not matter, nor a paragraph or two between.
    for (between, answers) in [
        (0, [QUIST, PARK, STAN]),
        (0, [PARK, STAN, QUIST]),
        (1, [PARK, STAN, QUIST]),
    ] {
        let text = answered(between, &answers);
        let x = draft(&text);
        let claim = index(&x, &text, "$45 million and open");
        assert!(x.statements[claim].claim, "{text}");
        let doubt = index(&x, &text, "doubtful");
        assert_eq!(x.statements[doubt].answers, Some(claim), "{text}");
        assert_eq!(x.statements[doubt].stance, Stance::Disputes, "{text}");
        for words in ["approach ramps", "steel prices"] {
            assert!(
                !x.statements[index(&x, &text, words)].claim,
                "{words}: {text}"
            );
        }
    }
}

#[test]
fn fewer_answers_no_dispute_or_the_claimants_own_words_make_no_claim() {
    let agreeing =
        "Council member Lena Park said she expected the bridge to be built for $45 million.";
    let again = "Brill said it was doubtful anyone would pay more than $45 million.";
    let elsewhere =
        "Council member Lena Park said it was doubtful the library would reopen in spring.";
    for (between, answers) in [
        // Two answer, one disputing: not enough.
        (0, vec![QUIST, PARK]),
        // Three answer, none disputing.
        (0, vec![QUIST, agreeing, STAN]),
        // The claimant's own doubt is no answer: two others remain.
        (0, vec![QUIST, again, STAN]),
        // The dispute shares nothing with it.
        (0, vec![QUIST, elsewhere, STAN]),
        // Too far on.
        (9, vec![QUIST, PARK, STAN]),
    ] {
        let text = answered(between, &answers);
        let x = draft(&text);
        let claim = index(&x, &text, "$45 million and open");
        assert!(!x.statements[claim].claim, "{text}");
    }
}

/// Plain statements of a flood, each with the words a denial of it would take up.
const PUMPS: [&str; 3] = [
    "Councilor Ada Brenner said the pumps at the Lowell station had failed twice in May and flooded the basement.",
    "Ada Brenner, a councilor, said both Lowell pumps had failed during the May storm.",
    "Councilor Ada Brenner said the Lowell station's pumps had failed when the river rose.",
];

/// Denials by someone else whose word of denial reaches two of a statement's own words
/// (`Lowell` and `failed`, `station` or `pumps`), before them or after.
const DENIALS: [&str; 4] = [
    "The utility's director, Sam Okafor, said no pump at Lowell had failed, and that the water came from a broken main.",
    "Sam Okafor, the utility's director, said the Lowell pumps never failed, and that the basement flooded from a broken main.",
    "Sam Okafor, the utility's director, said nothing at the Lowell station had failed in May.",
    "The utility's director, Sam Okafor, said there was never a failure of the Lowell pumps, and that a main had broken.",
];

/// The index of the last drafted statement whose text holds `words`.
fn last(x: &Extraction, text: &str, words: &str) -> usize {
    (x.statements.iter())
        .rposition(|s| text[s.range.clone()].contains(words))
        .unwrap_or_else(|| panic!("{words:?} not drafted in {text:?}"))
}

/// A statement, `between` paragraphs of filler, then an answer.
fn then(claim: &str, between: usize, answer: &str) -> String {
    let mut text = String::from(claim);
    for k in 0..between {
        text.push_str(&format!("\n\nThe storm reached the valley on day {k}."));
    }
    text.push_str("\n\n");
    text.push_str(answer);
    text
}

#[test]
fn a_denial_of_anothers_own_words_makes_them_a_claim_it_disputes() {
    for claim in PUMPS {
        for denial in DENIALS {
            for between in 0..3 {
                let text = then(claim, between, denial);
                let x = draft(&text);
                let c = index(&x, &text, "Lowell");
                assert!(x.statements[c].claim, "{text}");
                let r = last(&x, &text, "Lowell");
                assert_ne!(r, c, "{text}");
                assert_eq!(x.statements[r].answers, Some(c), "{text}");
                assert_eq!(x.statements[r].stance, Stance::Disputes, "{text}");
            }
        }
    }
}

#[test]
fn a_denial_of_something_else_or_the_claimants_own_makes_no_claim() {
    for claim in PUMPS {
        for answer in [
            // A denial of something else.
            "Sam Okafor, the utility's director, said the new library would not open before the autumn.",
            // A denial reaching none of the statement's words.
            "Sam Okafor, the utility's director, said nobody had asked him about it, and that the Lowell pumps are old.",
            // A cue that only may dispute: `not enough` agrees as often as not.
            "Sam Okafor, the utility's director, said there were not enough pumps at the Lowell station for a storm like that.",
            // The claimant's own denial is no answer.
            "Brenner later said the Lowell pumps had not been repaired since they failed.",
            // Too far on.
            &format!(
                "{}Sam Okafor said no pump at the Lowell station had failed.",
                "The storm reached the valley that day.\n\n".repeat(5)
            ),
        ] {
            let text = then(claim, 0, answer);
            let x = draft(&text);
            let c = index(&x, &text, "Lowell");
            assert!(!x.statements[c].claim, "{text}");
        }
    }
}
