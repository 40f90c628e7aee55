//! Tests of the shapes around a verb of speech that report nothing, each beside the near
//! shapes that are statements (invented sentences).

use super::super::reported::tests::{drafted, not_drafted, one};

#[test]
fn a_time_where_the_report_would_stand_is_no_statement() {
    not_drafted(
        "The levy passed in May, as the Courier reported a few days later.",
        "a few days later",
    );
    not_drafted(
        "The county budget is short this year, the Courier reported on Tuesday -- a sign of trouble.",
        "on Tuesday",
    );
    not_drafted(
        "Lena Park won the race, as the Courier declared two days after the polls closed.",
        "two days after",
    );
    for text in [
        "Lena Park said this week at an event in Dayton.",
        "Lena Park reported on Friday.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn a_time_before_what_was_reported_leaves_it_a_statement() {
    one(
        "The Courier reported on Tuesday that the mayor would resign.",
        "Courier",
        "the mayor would resign",
    );
    one(
        "Lena Park reported on the county's budget.",
        "Lena Park",
        "reported on the county's budget",
    );
    one(
        "Lena Park said last year that the county would hire more nurses.",
        "Lena Park",
        "the county would hire more nurses",
    );
}

#[test]
fn a_verb_whose_object_a_relative_pronoun_took_reports_nothing_after_it() {
    not_drafted(
        "Ann Mole thanked the mayor, whom Lena Park attacked viciously during the campaign.",
        "viciously",
    );
    not_drafted(
        "The levy, which Lena Park has denied and which the council backed, passed.",
        "denied",
    );
    not_drafted(
        "It matched the tax rate which Senator Owen Hart proposed under a flat tax.",
        "under a flat tax",
    );
    not_drafted(
        "The nurses were hired with the money which he pledged to raise in May.",
        "to raise in May",
    );
}

#[test]
fn a_relative_after_a_preposition_or_as_the_subject_leaves_the_verb_its_object() {
    one(
        "Lena Park gave a speech in which she attacked the levy.",
        "Lena Park",
        "attacked the levy",
    );
    let text = "The two counties, which together vowed to cut their budgets, met in May.";
    let got = drafted(text);
    assert!(
        got.iter()
            .any(|(who, w)| who.contains("counties") && w.starts_with("vowed to cut their budgets")),
        "{text}\n{got:?}"
    );
}

#[test]
fn a_form_in_s_after_an_adjective_is_a_plural_noun() {
    for text in [
        "Other estimates put the number of new nurses far higher.",
        "Initial reports put the cost at about $5 million.",
        "Lena Park will face more questions about the budget in May.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
    one(
        "Lena Park questions whether the budget adds up.",
        "Lena Park",
        "questions whether the budget adds up",
    );
    one(
        "The Courier reports that the levy passed.",
        "Courier",
        "the levy passed",
    );
}

#[test]
fn a_final_attribution_reports_a_clause_with_a_verb() {
    not_drafted(
        "In a memo to the council, county officials insist they're short.",
        "In a memo",
    );
    one(
        "The levy passed easily, county officials said.",
        "officials",
        "The levy passed easily",
    );
}

#[test]
fn a_comma_after_the_verb_that_ends_a_clause_or_opens_a_phrase_reports_nothing() {
    for (text, words) in [
        (
            "Lena Park responded quickly, with ads set to run on Friday in three markets.",
            "with ads",
        ),
        (
            "The council met on Monday and Lena Park testified, which was seen as a sign of unease.",
            "which was seen",
        ),
        (
            "When Lena Park spoke, the hall went quiet for a long time.",
            "the hall",
        ),
        (
            "Until the inspector testified, the county had denied any leak at the plant.",
            "the county had",
        ),
    ] {
        not_drafted(text, words);
    }
    // A parenthetical attribution inside the clause it reports, and one after a
    // subordinate clause ended by its own comma, are still statements.
    one(
        "The levy, Lena Park said, will cost the county millions.",
        "Lena Park",
        "will cost the county millions",
    );
    let text = "If the levy passes, Lena Park said, the county will hire forty teachers.";
    assert!(
        drafted(text)
            .iter()
            .any(|(who, w)| who.contains("Lena Park") && w.contains("the county will hire")),
        "{text}\n{:?}",
        drafted(text)
    );
}
