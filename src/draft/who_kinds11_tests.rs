//! Tests of who speaks in the shapes held-out-11's misses showed, on invented sentences: a body's name whose complement after `of` joins two things by `and`, kept whole as the speaker and found again by its head word; and a single name introduced by a description of a person set off before it; each a family of one shape and the near shapes that must not change.

use crate::draft::test_articles::who_said;

#[test]
fn a_body_s_name_keeps_both_things_joined_after_its_of() {
    for (text, start, who) in [
        (
            "The Department of Parks and Recreation said the pool would close in June.",
            "the pool",
            "Department of Parks and Recreation",
        ),
        (
            "The state Bureau of Mines and Geology said in a report that the slope was unstable.",
            "the slope",
            "Bureau of Mines and Geology",
        ),
        (
            "In a statement, the Office of Planning and Research said the plan was premature.",
            "the plan",
            "Office of Planning and Research",
        ),
        // Two words on either side of `and`.
        (
            "The Ministry of Foreign Affairs and International Trade said the talks had ended.",
            "the talks",
            "Ministry of Foreign Affairs and International Trade",
        ),
        // A country's ministry keeps its possessor and its whole name.
        (
            "Tavria's Ministry of Energy and Mines said the grid was stable.",
            "the grid",
            "Tavria's Ministry of Energy and Mines",
        ),
        // Met whole in an object, then found again by its head word.
        (
            "The fine was issued by the Division of Labor and Industry on Friday.\n\nThe division said the mill had ignored two warnings.",
            "the mill",
            "Division of Labor and Industry",
        ),
        (
            "Inspectors from the Department of Fish and Game visited the creek.\n\nThe department said the trout had died of heat.",
            "the trout",
            "Department of Fish and Game",
        ),
    ] {
        assert_eq!(who_said(text, start).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_title_or_a_person_after_a_body_s_and_is_someone_else() {
    // A titled person after `and` is not part of the body's name.
    let text = "The Department of Justice and Sen. Ann Mole said the deal was off.";
    assert_ne!(
        who_said(text, "the deal").as_deref(),
        Some("Department of Justice and Sen. Ann Mole"),
        "{text}"
    );
    // A name with no `of` after its head still joins only as before: two people stay two.
    for (text, start, who) in [
        (
            "The Food and Drug Administration said the tea was unapproved.",
            "the tea",
            "Food and Drug Administration",
        ),
        (
            "Ann Mole of the Department of Parks said the pool would close.",
            "the pool",
            "Ann Mole",
        ),
    ] {
        assert_eq!(who_said(text, start).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_description_before_a_single_name_introduces_that_name() {
    for (text, start, who) in [
        (
            "Another picker, Marisol, said the belts ran too fast.",
            "the belts",
            "Marisol",
        ),
        (
            "Her neighbor, Pilar, said the fence had been there for years.",
            "the fence",
            "Pilar",
        ),
        (
            "A caller, Yusuf, said the buses never came on time.",
            "the buses",
            "Yusuf",
        ),
        (
            "His brother, Anselm, said the farm had flooded twice.",
            "the farm",
            "Anselm",
        ),
        // Beside a quotation too.
        (
            "\"We waited all night,\" another driver, Teodor, said.",
            "We waited",
            "Teodor",
        ),
    ] {
        assert_eq!(who_said(text, start).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_single_word_after_a_description_that_is_no_person_stays_out() {
    // A description of no person (a place) introduces no name: the word after it is a
    // place, not a speaker.
    let text = "In the old mill town, Harwick, the workers said the plant would close.";
    let who = who_said(text, "the plant");
    assert_ne!(who.as_deref(), Some("Harwick"), "{text}");
}
