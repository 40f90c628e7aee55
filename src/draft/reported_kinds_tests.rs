//! Tests of the shapes that look like reported speech and are none: a speech verb after
//! `to` with its object, `added` with a thing as its object; each next to the near shapes
//! that are statements.

use super::tests::{drafted, one};

#[test]
fn a_speech_verb_after_to_with_its_object_or_clause_is_no_statement() {
    for text in [
        "The mayor plans to announce a new budget on Monday.",
        "Lena Park plans to attack the budget plan on Monday.",
        "The group set up a fund to counter the ads of its rivals.",
        "Clerks struggled to post the records on the county website.",
        "The board was given the power to advise the governor on contracts.",
        "It is easy to predict the outcome of the vote in March.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn a_speech_verb_after_to_with_a_preposition_or_a_question_is_a_statement() {
    one(
        "Lena Park attacked the budget plan on Monday.",
        "Lena Park",
        "attacked the budget plan on Monday",
    );
    one(
        "Lena Park was pressed to explain why the budget grew so fast.",
        "Lena Park",
        "why the budget grew so fast",
    );
    one(
        "Lena Park went on to call for a new vote on the levy.",
        "Lena Park",
        "call for a new vote on the levy",
    );
    one(
        "Lena Park vowed to veto the bill if it reached her desk.",
        "Lena Park",
        "vowed to veto the bill if it reached her desk",
    );
}

#[test]
fn added_with_a_thing_as_its_object_is_no_statement() {
    for text in [
        "Over ten years the plan would add up to $2 billion in costs.",
        "The county added 3,000 jobs in December.",
        "The new account adds a missing voice to the public record.",
        "The county added around 300 nurses last year.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
    one(
        "Lena Park added that the county would hire more nurses.",
        "Lena Park",
        "the county would hire more nurses",
    );
    one(
        "Lena Park added the county would hire more nurses next year.",
        "Lena Park",
        "the county would hire more nurses next year",
    );
}
