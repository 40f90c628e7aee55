//! Tests of who speaks and what they are on invented sentences in the shapes of real news: titles of position before a name, descriptions set off after a name, a passive between a name and its verb, possessive and named bodies, datelines, `it` after a collective; each test a family of one shape and the near shapes that must not change.

use crate::draft::extract;
use crate::draft::speakers::tests::speaker_of;
use crate::draft::statements::tests::paragraphs;

/// The affiliations drafted for the person named `who` in `text`.
pub(super) fn affiliations_of(text: &str, who: &str) -> Vec<String> {
    extract(text, &paragraphs(text))
        .people
        .iter()
        .find(|p| p.name == who)
        .map(|p| p.affiliations.clone())
        .unwrap_or_default()
}

pub(super) fn check(cases: &[(&str, &str, Option<&str>)]) {
    for (text, words, who) in cases {
        assert_eq!(speaker_of(text, words).as_deref(), *who, "{text}");
    }
}

#[test]
fn a_position_written_before_a_name_is_a_title() {
    check(&[
        (
            "Forward Caleb Whitlow said the ankle was fine. \"He wanted to play,\" Whitlow said.",
            "He wanted to play",
            Some("Caleb Whitlow"),
        ),
        (
            "Referee Gloria Pruitt called a foul. Pruitt, the crew chief, told a pool reporter that she had a clear look.",
            "she had a clear look",
            Some("Gloria Pruitt"),
        ),
        // A document filed by someone with a title is theirs, the title kept apart.
        (
            "According to an affidavit filed by Detective Sgt. Raymond Oyelaran, a camera recorded the truck.",
            "a camera recorded",
            Some("Raymond Oyelaran"),
        ),
        // Near shapes: a body's name, the word as a surname, a body filing.
        (
            "Forward Motors said the recall was over.",
            "the recall was over",
            Some("Forward Motors"),
        ),
        (
            "Caleb Forward said the ankle was fine.",
            "the ankle was fine",
            Some("Caleb Forward"),
        ),
        (
            "According to an affidavit filed by the Ashgrove Police Department, a camera recorded the truck.",
            "a camera recorded",
            Some("Ashgrove Police Department"),
        ),
    ]);
    let text = "Referee Gloria Pruitt called a foul. Pruitt, the crew chief, told a pool reporter that she had a clear look.";
    assert_eq!(
        affiliations_of(text, "Gloria Pruitt"),
        ["Referee", "the crew chief"]
    );
    let text = "According to an affidavit filed by Detective Sgt. Raymond Oyelaran, a camera recorded the truck.";
    assert_eq!(
        affiliations_of(text, "Raymond Oyelaran"),
        ["Detective Sgt."]
    );
}

#[test]
fn a_description_set_off_after_a_name_is_no_speaker() {
    check(&[
        (
            "Council member Gregory Hale, whose ward includes Maple Court, said Sunday that he would file an ordinance.",
            "he would file",
            Some("Gregory Hale"),
        ),
        (
            "Rita Haynes of Rock Hill, South Carolina, says she liked the pitch.",
            "she liked the pitch",
            Some("Rita Haynes"),
        ),
        // Near shapes: a `who` clause, a town alone, a place that opens the sentence.
        (
            "Gregory Hale, who represents Maple Court, said he would file an ordinance.",
            "he would file",
            Some("Gregory Hale"),
        ),
        (
            "Rita Haynes of Rock Hill says she liked the pitch.",
            "she liked the pitch",
            Some("Rita Haynes"),
        ),
        (
            "In Rock Hill, South Carolina, voters say the race is close.",
            "the race is close",
            Some("voters"),
        ),
    ]);
    assert_eq!(
        affiliations_of(
            "Rita Haynes of Rock Hill, South Carolina, says she liked the pitch.",
            "Rita Haynes"
        ),
        ["Rock Hill, South Carolina"]
    );
    assert_eq!(
        affiliations_of(
            "Rita Haynes of Rock Hill says she liked the pitch.",
            "Rita Haynes"
        ),
        ["Rock Hill"]
    );
}

#[test]
fn a_passive_set_off_between_a_name_and_its_verb_is_no_statement() {
    let text = "Grant Ellery, asked about the layoffs at a stop in Roswell, told reporters that the plant would reopen.";
    check(&[
        (text, "asked about the layoffs", None),
        (text, "the plant would reopen", Some("Grant Ellery")),
        (
            "Grant Ellery, pressed on the figure, said the count was right.",
            "the count was right",
            Some("Grant Ellery"),
        ),
        // Near shapes: the verb with an object after the name's comma is the name's own;
        // a verb in a series is not set off.
        (
            "Its manager, Priya Ramanathan, repeated that figure Tuesday, telling the council that most jobs would pay $21 an hour.",
            "most jobs would pay",
            Some("Priya Ramanathan"),
        ),
    ]);
    assert!(
        speaker_of(
            "Grant Ellery, asked about the layoffs, said the plant would reopen.",
            "asked about"
        )
        .is_none()
    );
}

#[test]
fn bodies_by_possessive_by_kind_and_after_a_noun_for_what_they_are() {
    check(&[
        (
            "Solvany's Foreign Ministry said on Thursday that the river had dropped by half.",
            "the river had dropped",
            Some("Solvany's Foreign Ministry"),
        ),
        (
            "The Fairhaven Chamber of Commerce backed the rezoning. In a letter, the chamber said the project would bring customers.",
            "the project would bring",
            Some("Fairhaven Chamber of Commerce"),
        ),
        (
            "The Continental Basketball League fined the coach. The league added that its report would come Monday.",
            "its report would come",
            Some("Continental Basketball League"),
        ),
        // `she` is never the journal a paper appeared in.
        (
            "Miriam Achterberg studies oysters. \"It was bad,\" she says. In a paper published in the journal Coastal Ecology, she claimed that a parasite had reached the beds.",
            "a parasite had reached",
            Some("Miriam Achterberg"),
        ),
        // Near shapes: a person's office and a minister keep their names; the journal
        // speaking for itself.
        (
            "Solvany's foreign minister, Ana Ruiz, said the talks had failed.",
            "the talks had failed",
            Some("Ana Ruiz"),
        ),
        (
            "The journal Coastal Ecology said in a statement that the paper was sound.",
            "the paper was sound",
            Some("Coastal Ecology"),
        ),
    ]);
}

#[test]
fn a_dateline_is_never_a_speaker() {
    let text = "ASHGROVE, Pa. — A judge ruled Tuesday that the case can go on, after a body shop owner testified that the man paid cash.";
    assert_ne!(
        speaker_of(text, "the man paid cash").as_deref(),
        Some("ASHGROVE")
    );
    check(&[(
        "ASHGROVE, Pa. — Mayor Ann Mole said Tuesday that the bridge would close.",
        "the bridge would close",
        Some("Ann Mole"),
    )]);
}

#[test]
fn it_after_a_collective_that_spoke_is_that_collective() {
    check(&[
        (
            "The state Department of Justice says crime rose. Pell's campaign said in an email that he had the only plan. It added that his figures come from the payroll.",
            "his figures come",
            Some("Pell's campaign"),
        ),
        // Near shapes: a body that spoke last, and a plural group, which `it` is not.
        (
            "The state Department of Justice says crime rose. It added that arrests fell.",
            "arrests fell",
            Some("Department of Justice"),
        ),
        (
            "The state Department of Justice says crime rose. Pell's aides said he had the only plan. It added that arrests fell.",
            "arrests fell",
            Some("Department of Justice"),
        ),
    ]);
}

#[test]
fn a_bare_role_with_its_who_clause_is_one_affiliation() {
    for (text, want) in [
        (
            "Ada Brill, a nurse who works overnight shifts at Harker Hospital, said the ward \"is full.\"",
            &["a nurse who works overnight shifts at Harker Hospital"][..],
        ),
        // A single act after a bare role: the role alone.
        (
            "Ada Brill, a retired teacher who drove an hour to see her, said the plan \"is bad.\"",
            &["a retired teacher"],
        ),
        // Near shape: a role placed by a preposition stays two.
        (
            "Ada Brill, a toxicologist at Hale University who studies river deltas, said the map \"is wrong.\"",
            &[
                "a toxicologist at Hale University",
                "who studies river deltas",
            ],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), want, "{text}");
    }
}

#[test]
fn a_role_placed_in_a_town_goes_on_to_its_state() {
    for (text, want) in [
        (
            "Ada Brill, a naturopathic doctor in Boise, Idaho, said the tea \"does nothing.\"",
            &["a naturopathic doctor in Boise, Idaho"][..],
        ),
        (
            "\"It is hot,\" said Ada Brill, the head trainer at Pine Ridge High School in Tillman, Ala.",
            &["the head trainer at Pine Ridge High School in Tillman, Ala"],
        ),
        // Near shapes: a town alone; a name after the comma is the next person, not a state.
        (
            "Ada Brill, a doctor in Boise, said the tea \"does nothing.\"",
            &["a doctor in Boise"],
        ),
        (
            "Ada Brill, a doctor in Boise, Mark Fell and others said the tea \"does nothing.\"",
            &["a doctor in Boise"],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), want, "{text}");
    }
}

#[test]
fn a_name_after_a_stretch_ending_on_a_place_is_the_subject_unless_a_person_of_that_place_precedes()
{
    check(&[
        (
            "Hillary Clinton spoke. Speaking in Harlem, Clinton, without naming him, also accused Pell of being late to the issue.",
            "being late",
            Some("Hillary Clinton"),
        ),
        (
            "Hillary Clinton and Ben Pell met. While Clinton pledged to work with both parties in Washington, Pell insisted that change will come only with a shake-up.",
            "change will come",
            Some("Ben Pell"),
        ),
        (
            "Ann Mole of Rock Hill, South Carolina, said the race is close.",
            "the race is close",
            Some("Ann Mole"),
        ),
    ]);
}
