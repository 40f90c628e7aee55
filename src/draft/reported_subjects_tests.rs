//! Tests of the subjects and ends of reported speech read in session 30: a subject set off
//! from its verb by commas or a count (`Others, however, say`, `About one in five say`),
//! a coordinated clause's own subject, a participle's clause subject, a document or a
//! participle inside the subject, `called` naming with no quotation, a clause before its
//! speaker with circumstances after the verb, and where a clause ends before a second
//! verb of saying; each beside the near shapes that must not change.

use super::tests::{drafted, one};

#[test]
fn a_subject_set_off_by_commas_or_a_count_speaks_a_base_form() {
    one(
        "Others, however, say a new tax on boats is overdue.",
        "Others",
        "a new tax on boats is overdue",
    );
    one(
        "Local economists, like their state counterparts, say taxing fuel encourages saving.",
        "Local economists",
        "taxing fuel encourages saving",
    );
    one(
        "About one in five say they would not vote at all.",
        "About one in five",
        "they would not vote at all",
    );
    one(
        "Two-thirds say they will vote for the levy.",
        "Two-thirds",
        "they will vote for the levy",
    );
    one(
        "Some say the harbor should stay open all year.",
        "Some",
        "the harbor should stay open all year",
    );
    // Near shapes: a base form that is a noun or an infinitive says nothing.
    for text in [
        "The board had the final say on the new harbor plan.",
        "Residents of the town, in the end, had their say at the meeting.",
        "The rules were changed to warn drivers about the new tolls.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn a_coordinated_clause_and_a_count_have_their_own_subject() {
    // The content is the second clause's; its speaker is still the first subject when
    // the speaker rules read one there (left as it is).
    let got = drafted(
        "The party does not care about the town, and one in four said the party was hostile to it.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1.trim_end_matches('.'),
        "the party was hostile to it"
    );
    one(
        "More than six in 10 said they were tired of the race.",
        "More than six in 10",
        "they were tired of the race",
    );
    let got = drafted(
        "More than six in 10 said they were tired of the race; 46 percent said they were unenthusiastic.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "46 percent", "{got:?}");
    assert_eq!(got[1].1.trim_end_matches('.'), "they were unenthusiastic");
}

#[test]
fn a_participle_of_saying_is_the_clause_subject_s_and_ends_the_object_before_it() {
    let got = drafted("Reyes attacked Mole, saying she would close the harbor.");
    assert_eq!(
        got,
        vec![
            ("Reyes".to_string(), "attacked Mole".to_string()),
            (
                "Reyes".to_string(),
                "she would close the harbor.".to_string()
            ),
        ]
    );
    one(
        "The departments declined to provide any documents, saying they cannot discuss the case.",
        "The departments",
        "they cannot discuss the case",
    );
    // Near shape: `according to` after the comma is no participle of saying.
    let got = drafted("Reyes attacked Mole, according to the minutes of the meeting.");
    assert!(got.iter().all(|(_, w)| w != "attacked Mole"), "{got:?}");
}

#[test]
fn a_document_or_a_participle_inside_the_subject_leaves_it_a_subject() {
    one(
        "An earlier report in a local paper said that Reyes had used photos of nurses.",
        "An earlier report in a local paper",
        "Reyes had used photos of nurses",
    );
    one(
        "A court filing released Thursday says that the aide will not be charged.",
        "A court filing released Thursday",
        "the aide will not be charged",
    );
    // Near shape: a subject with a verb of its own is no subject (`did not respond to`).
    assert!(drafted("The office that reported the leak did not respond to questions.").is_empty());
}

#[test]
fn called_names_with_no_quotation_what_it_calls_someone() {
    one(
        "Reyes called him a political opportunist who neglected his duties.",
        "Reyes",
        "him a political opportunist who neglected his duties",
    );
    one(
        "Ann Mole called himself a friend of the port.",
        "Ann Mole",
        "himself a friend of the port",
    );
    one(
        "Lopez called the crash a reason for the state to rebuild its roads.",
        "Lopez",
        "the crash a reason for the state to rebuild its roads",
    );
    // Near shapes: a telephone call, a meeting called, a passive name.
    for text in [
        "The council called an emergency session after the flood.",
        "Ann Mole called him on Tuesday.",
        "Ann Mole called her back an hour later.",
        "The resort, now called Harbor Point, opened in May.",
    ] {
        let got = drafted(text);
        assert!(
            got.iter().all(|(_, w)| !w.starts_with("him")
                && !w.starts_with("her")
                && !w.contains("session")),
            "{text}\n{got:?}"
        );
    }
}

#[test]
fn a_clause_before_its_speaker_allows_circumstances_after_the_verb() {
    one(
        "The ferry will run again in May, Ann Mole said during a lunch on Friday.",
        "Ann Mole",
        "The ferry will run again in May",
    );
    one(
        "The ferry will run again in May, Ann Mole said, a promise that could cost millions.",
        "Ann Mole",
        "The ferry will run again in May",
    );
    one(
        "To win the county, candidates need 40 percent of the vote, political analysts say; Reyes won 38.",
        "analysts",
        "To win the county, candidates need 40 percent of the vote",
    );
    // Near shape: a clause after the circumstance is no circumstance.
    let got = drafted("On Friday morning, Ann Mole reported at least six boats filled the bay.");
    assert!(
        got.iter().all(|(_, w)| !w.starts_with("On Friday morning")),
        "{got:?}"
    );
}

#[test]
fn a_clause_ends_before_a_second_verb_of_saying_and_a_relative_clause_s_verb_is_read() {
    let got = drafted("Ann Mole says she respects Reyes but argues that he cannot deliver.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "she respects Reyes");
    assert_eq!(got[1].1.trim_end_matches('.'), "he cannot deliver");
    let got = drafted("Podesta, who said the project was vetted, said he was unaware of it.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "the project was vetted");
    let got =
        drafted("\"We show anger,\" said Harvey, who acknowledged Reyes was his fourth choice.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Harvey");
    assert_eq!(
        got[1].1.trim_end_matches('.'),
        "Reyes was his fourth choice"
    );
    // Near shape: an inverted attribution after the comma keeps the clause whole.
    one(
        "The levy is fair, said one aide to the mayor.",
        "ne aide",
        "The levy is fair",
    );
    // An addressee after the comma is no speaker: the name before it speaks.
    one(
        "Tenants waited for weeks, Omar Haddad, a housing lawyer, told reporters.",
        "Omar Haddad",
        "Tenants waited for weeks",
    );
}

/// A `which` clause set off inside a report stays in it when the report goes on after
/// the clause's comma (a second `that`, or the verb it interrupted); one that ends the
/// sentence, or runs on to anything else, is the writer's aside and ends the report.
#[test]
fn a_which_clause_inside_a_report_stays_in_it() {
    for (text, words) in [
        (
            "Ann Mole argued that the fee paid for repairs to the pipes, which the city does \
             not maintain, and that tenants had agreed to it.",
            "the fee paid for repairs to the pipes, which the city does not maintain, and \
             that tenants had agreed to it",
        ),
        (
            "Ann Mole said the plan, which costs $5 million, would fail in the spring.",
            "the plan, which costs $5 million, would fail in the spring",
        ),
    ] {
        one(text, "Mole", words);
    }
    for (text, words) in [
        (
            "Ann Mole said the plan would fail, which drew jeers from the crowd.",
            "the plan would fail",
        ),
        (
            "Ann Mole said the fee paid for the pipes, which the city owns, in most years.",
            "the fee paid for the pipes",
        ),
    ] {
        one(text, "Mole", words);
    }
}

/// A request after `and that` inside a report is part of it: the second `that` has no
/// subject of its own before the verb (`…, and that she had asked the team to rest him`).
#[test]
fn a_request_after_and_that_stays_in_the_report() {
    one(
        "Ann Mole said the player had been hurt for weeks, and that she had asked the team \
         to rest him before the game.",
        "Mole",
        "the player had been hurt for weeks, and that she had asked the team to rest him \
         before the game",
    );
}

#[test]
fn a_report_in_a_relative_clause_set_off_by_commas_ends_before_the_main_predicate() {
    for (text, words) in [
        (
            "Ana Ruiz, the engineer who closed the dam in 1981, and who spent years insisting that inspectors be heard, died on Monday at her home.",
            "inspectors be heard",
        ),
        (
            "Tom Hale, who said the ferry was safe, resigned in March after the inquiry.",
            "the ferry was safe",
        ),
        (
            "Omar Reyes, who argued that the levy was too small, voted against it on Tuesday.",
            "the levy was too small",
        ),
    ] {
        let got = drafted(text);
        assert!(
            got.iter().any(|(_, w)| w.trim_end_matches(',') == words),
            "{text}\n{got:?}"
        );
    }
    // Near shapes: the relative clause closing the sentence runs to its end, commas and
    // all, and a comma before something that is no predicate does not end it.
    for (text, words) in [
        (
            "The plan was drafted by Tom Hale, who said that the ferry, which is old, needs repairs.",
            "the ferry, which is old, needs repairs.",
        ),
        (
            "Ana Ruiz, who said the vote was close, tight and bitter, resigned early.",
            "the vote was close, tight and bitter",
        ),
    ] {
        let got = drafted(text);
        assert!(
            got.iter().any(|(_, w)| w.trim_end_matches(',') == words),
            "{text}\n{got:?}"
        );
    }
}
