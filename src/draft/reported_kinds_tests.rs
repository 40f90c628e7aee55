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

#[test]
fn a_verb_of_saying_after_is_or_was_in_ing_is_progressive_and_reports() {
    one(
        "Dan Ortiz is warning voters that a Reyes victory would bring back the old tax.",
        "Ortiz",
        "a Reyes victory would bring back the old tax",
    );
    one(
        "Ann Reyes is stressing that her plans will cut the cost of child care.",
        "Reyes",
        "her plans will cut the cost of child care",
    );
    one(
        "The mayor was arguing that the levy is fair.",
        "mayor",
        "the levy is fair",
    );
    one(
        "Critics have been warning that the dam could fail.",
        "Critics",
        "the dam could fail",
    );
    one(
        "Republicans are slamming Governor Ann Reyes for her work on the tax.",
        "Republicans",
        "slamming Governor Ann Reyes for her work on the tax",
    );
}

#[test]
fn an_ing_after_is_that_is_an_adjective_or_lost_its_object_reports_nothing() {
    for text in [
        "The job is demanding and the pay is low.",
        "The new job was demanding.",
        "That is what Ann Reyes is promising them.",
        "The problem is funding the schools.",
        "The plan was rejected by most voters.",
        "Ann Reyes had been talking about road money for an hour when the rain came.",
        "Dan Ortiz was speaking about the budget when the lights went out.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn police_and_a_share_in_percent_say_as_plural_subjects() {
    one(
        "Police say the driver posed a grave risk to the crowd.",
        "Police",
        "the driver posed a grave risk to the crowd",
    );
    one(
        "Only 26% say they are conservative.",
        "26%",
        "they are conservative",
    );
    // `say` as a noun stays one.
    for text in [
        "The 26% say-so was all it took.",
        "The police had no say in the matter of the new cars.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn a_second_report_with_its_own_subject_ends_the_first() {
    let got = drafted(
        "Officials said that the reforms were not complete, and rights groups warned that the army still held power.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0].1.trim_end_matches(['.', ',']),
        "the reforms were not complete"
    );
    assert!(got[1].0.contains("rights groups"), "{got:?}");
    assert_eq!(got[1].1.trim_end_matches('.'), "the army still held power");
    let got =
        drafted("Ann Reyes said that the plan was sound, but she added that it came too late.");
    let words: Vec<&str> = got
        .iter()
        .map(|(_, w)| w.trim_end_matches(['.', ',']))
        .collect();
    assert_eq!(words, ["the plan was sound", "it came too late"], "{got:?}");
    assert!(got.iter().all(|(who, _)| who.contains("Reyes")), "{got:?}");
    // With no verb of saying, or no subject of its own, the clause runs on.
    one(
        "Officials said that the reforms were slow, and the army stayed in power.",
        "Officials",
        "the reforms were slow, and the army stayed in power",
    );
    one(
        "Officials said that the reforms were slow, and that the army had warned of delays.",
        "Officials",
        "the reforms were slow, and that the army had warned of delays",
    );
}

#[test]
fn that_after_a_verb_of_disputing_is_a_determiner_when_no_clause_follows() {
    // The act of dispute with a noun object is a statement whose words are the whole
    // predicate, verb and all.
    let got = drafted("The region's largest clinic disputed that timeline on Friday.");
    assert!(
        got.iter()
            .any(|(_, w)| w.trim_end_matches('.') == "disputed that timeline on Friday"),
        "{got:?}"
    );
    let got = drafted("The union rejected that account.");
    assert!(
        got.iter()
            .any(|(_, w)| w.trim_end_matches('.') == "rejected that account"),
        "{got:?}"
    );
    // Near shapes: a clause after `that` is what is disputed, as before.
    one(
        "The clinic disputed that the timeline was accurate.",
        "clinic",
        "the timeline was accurate",
    );
    one(
        "Mayor Ines Roda denied that she knew of the audit.",
        "Ines Roda",
        "she knew of the audit",
    );
    one(
        "Mayor Ines Roda disputed that prices rose in March.",
        "Ines Roda",
        "prices rose in March",
    );
}
