//! Tests of who speaks and what they are in the shapes held-out-8's misses showed, on invented sentences: a transcript's label with a title, a `who` clause going on past `and is`, two roles joined by `and the`, a role and `Dr.` before one name, a place in a sequence before a name, `his office`, and a document used `in a statement`; each a family of one shape and the near shapes that must not change.

use super::pairs_tests::{affiliations_of, check};
use super::tests::speaker_of;
use crate::draft::extract;
use crate::draft::statements::tests::paragraphs;

/// The speakers of the statements drafted from `text`, in reading order.
fn speakers(text: &str) -> Vec<String> {
    let x = extract(text, &paragraphs(text));
    x.statements
        .iter()
        .map(|s| x.speaker(s).name.clone())
        .collect()
}

#[test]
fn a_transcript_label_with_a_title_is_the_person_named_in_full() {
    let text = "State Sen. Ilse Varnholt spoke with the host on Sunday about the dam.\n\n\
                HOST: Will the dam on the river be finished in June?\n\n\
                SEN. VARNHOLT: It will be finished. We have the money in the budget.\n\n\
                REP. OKONJO: The money is not there, and everyone in the room knows it.\n\n\
                Varnholt later said the vote would be close. Okonjo voted against the budget.";
    let got = speakers(text);
    assert!(
        got.iter().filter(|w| *w == "Ilse Varnholt").count() >= 2,
        "{got:?}"
    );
    assert!(!got.iter().any(|w| w.contains("Sen.")), "{got:?}");
    // A label whose name the story never gave in full keeps its surname, without the title.
    assert!(got.iter().any(|w| w == "Okonjo"), "{got:?}");
    assert!(!got.iter().any(|w| w.contains("Rep.")), "{got:?}");
    // The title is an affiliation of the person.
    assert!(
        affiliations_of(text, "Ilse Varnholt").contains(&"Sen.".to_string()),
        "{:?}",
        affiliations_of(text, "Ilse Varnholt")
    );
    // Near shapes: a label of a full name, and a label that is a title alone, stay as
    // they were.
    // (Dan Reyes's turn is no question: an interviewer's turns draft nothing, the
    // convention of `draft/labelled`.)
    let text = "Dan Reyes met the senator on Sunday.\n\n\
                DAN REYES: The dam on the river will not be finished in June.\n\n\
                SENATOR: It will be finished, and the money is there for it.\n\n\
                The senator spoke for an hour.";
    let got = speakers(text);
    assert!(got.iter().any(|w| w == "Dan Reyes"), "{got:?}");
}

#[test]
fn a_who_clause_going_on_past_and_is_or_and_has_is_kept_whole() {
    for (text, want) in [
        (
            "Ada Brill, who has lived on Pike Street for 30 years and is the block club's president, said the road “is a danger.”",
            vec!["who has lived on Pike Street for 30 years and is the block club's president"],
        ),
        (
            "Ada Brill, who lives near the mill and has taught chemistry at Corlan High School for 12 years, said the road “is a danger.”",
            vec![
                "who lives near the mill and has taught chemistry at Corlan High School for 12 years",
            ],
        ),
        // Near shapes: something else said of them after `and` is cut off.
        (
            "Ada Brill, who studies river deltas and was not involved in the survey, said the road “is a danger.”",
            vec!["who studies river deltas"],
        ),
        (
            "Ada Brill, who studies river deltas and has not seen the survey, said the road “is a danger.”",
            vec!["who studies river deltas"],
        ),
        (
            "Ada Brill, who studies river deltas and is not a party to the suit, said the road “is a danger.”",
            vec!["who studies river deltas"],
        ),
        (
            "Ada Brill, who studies river deltas and had declined to comment before, said the road “is a danger.”",
            vec!["who studies river deltas"],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), want, "{text}");
    }
}

#[test]
fn two_roles_joined_by_and_and_a_determiner_are_two_affiliations() {
    for (text, want) in [
        (
            "“The filters did nothing,” said Ada Brill, a chemist at Hale University and the study's lead author.",
            vec!["a chemist at Hale University", "the study's lead author"],
        ),
        (
            "Ada Brill, an accountant in Port Ellery and a member of the school board, said the numbers “do not add up.”",
            vec![
                "an accountant in Port Ellery",
                "a member of the school board",
            ],
        ),
        // Only one side reads as a role: that side.
        (
            "Ada Brill, a resident of the east side and a certified public accountant, said the numbers “do not add up.”",
            vec!["a certified public accountant"],
        ),
        // Near shapes: `and` with no determiner after it is inside one role.
        (
            "“The filters did nothing,” said Ada Brill, director of policy and research at the Corlan Institute.",
            vec!["director of policy and research at the Corlan Institute"],
        ),
        (
            "“The filters did nothing,” said Ada Brill, a chemist at Hale University.",
            vec!["a chemist at Hale University"],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), want, "{text}");
    }
}

#[test]
fn a_role_and_dr_before_one_name_are_two_affiliations_and_dr_is_kept() {
    for (text, want) in [
        (
            "Superintendent Dr. Ada Brill said the buildings “cost too much to heat.”",
            vec!["Superintendent", "Dr."],
        ),
        (
            "“The buildings cost too much to heat,” said Dr. Ada Brill, an engineer at Hale University.",
            vec!["Dr.", "an engineer at Hale University"],
        ),
        // Near shapes: a form of address is no affiliation; a title alone stays whole.
        (
            "Ms. Ada Brill said the buildings “cost too much to heat.”",
            vec![],
        ),
        (
            "Superintendent Ada Brill said the buildings “cost too much to heat.”",
            vec!["Superintendent"],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), want, "{text}");
    }
}

#[test]
fn a_place_in_a_sequence_before_a_name_is_no_role() {
    for (text, want) in [
        (
            "The first speaker, Ada Brill, a chemist at Hale University, said the plan “will fail.”",
            vec!["a chemist at Hale University"],
        ),
        (
            "The next witness, Ada Brill, said the plan “will fail.”",
            vec![],
        ),
        // Near shapes: a role before the name, and an ordinal inside a longer title.
        (
            "The board's treasurer, Ada Brill, said the plan “will fail.”",
            vec!["The board's treasurer"],
        ),
        (
            "The first deputy mayor, Ada Brill, said the plan “will fail.”",
            vec!["The first deputy mayor"],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Ada Brill"), want, "{text}");
    }
}

#[test]
fn his_office_and_the_statement_it_issued_are_the_persons() {
    let text = "Tomas Reinholt, the firm's lawyer, did not return a call. His office said in a statement that the firm \"will appeal the ruling.\" The statement said the firm had \"done nothing wrong.\"";
    check(&[
        (text, "will appeal", Some("Tomas Reinholt")),
        (text, "done nothing wrong", Some("Tomas Reinholt")),
    ]);
    let text = "Ada Brill, the county's lawyer, left early. Her office said the county \"will appeal the ruling.\"";
    check(&[(text, "will appeal", Some("Ada Brill"))]);
    // Near shapes: an office named by its owner stays the office; a body's release is
    // the body's.
    let text = "The mayor's office said the city \"will appeal the ruling.\"";
    check(&[(text, "will appeal", Some("The mayor's office"))]);
    let text = "Hale University announced the results in a news release on Monday. The release said the trial \"found no benefit at all.\"";
    check(&[(text, "found no benefit", Some("Hale University"))]);
    // No statement before the document: a later `The release` has no author from it.
    let text = "The trial ended in a statement of thanks to the families. The statement said the trial \"found no benefit at all.\"";
    assert_ne!(
        speaker_of(text, "found no benefit").as_deref(),
        Some("Hale University")
    );
}

#[test]
fn a_collective_right_before_the_verb_speaks_not_a_name_before_it() {
    check(&[
        (
            "Tomas Reinholt of Port Ellery was pronounced dead at the scene shortly after 2 a.m., police said.",
            "pronounced dead",
            Some("police"),
        ),
        (
            "Tomas Reinholt, a welder, said he was leaving. Reinholt worked at a bakery on Main Street and was saving for college, his family said.",
            "worked at a bakery",
            Some("Reinholt's family"),
        ),
        (
            "In a statement read by their lawyer, Ada Brill, on Sunday, Reinholt's family said the officers had \"chased him to his death.\"",
            "chased him",
            Some("Reinholt's family"),
        ),
        // Near shapes: a name, a role or a pronoun before the verb is the speaker as before.
        (
            "Tomas Reinholt was pronounced dead at the scene shortly after 2 a.m., Chief Ada Brill said.",
            "pronounced dead",
            Some("Ada Brill"),
        ),
        (
            "Tomas Reinholt said the bakery would close in June, and the owner was selling it, he said.",
            "the bakery would close",
            Some("Tomas Reinholt"),
        ),
    ]);
}

#[test]
fn a_measure_of_distance_or_time_between_commas_is_no_speaker() {
    for text in [
        "A man who was waiting outside a bar on Hale Street, about 200 yards from the corner, said he saw the car pass.",
        "A woman who lives on the block, two blocks from the school, said she heard the crash.",
    ] {
        let who =
            speaker_of(text, "saw the car pass").or_else(|| speaker_of(text, "heard the crash"));
        assert!(
            who.as_deref()
                .is_none_or(|w| !w.contains("yards") && !w.contains("blocks")),
            "{text}: {who:?}"
        );
    }
    // Near shape: a measure that opens a clause of time is the next test's.
}

#[test]
fn a_measure_of_time_before_a_clause_keeps_the_clauses_subject() {
    // `seven hours after the council announced …`: the measure opens a clause of time,
    // and what the council announced is still drafted.
    let text = "That was seven hours after the council announced its decision on the bridge.";
    let paras = paragraphs(text);
    let x = extract(text, &paras);
    let got: Vec<String> = x
        .statements
        .iter()
        .map(|s| x.speaker(s).name.clone())
        .collect();
    assert!(got.iter().all(|w| !w.contains("hours")), "{got:?}");
}
