//! Tests of short forms resolved to full names: a surname to the one full name the text gives it (in a quotation, a transcript's label, with a nickname), a role word left out of a name, and a study's own words given to its lead author; with the near shapes that must not link.

use crate::draft::test_articles::who_said;

fn speaker(text: &str, start: &str) -> String {
    who_said(text, start).unwrap_or_else(|| panic!("{start:?} not drafted in {text:?}"))
}

#[test]
fn a_surname_takes_the_full_name_the_text_gives_anywhere() {
    for (text, start, full) in [
        // The full name only inside a quotation.
        (
            "The ad opens with a line: \"Since Lorraine Kessel became mayor, crime has \
             risen.\"\n\nKessel said violent crime was down this year.",
            "violent crime was down",
            "Lorraine Kessel",
        ),
        // The full name only in a transcript's label, in capitals.
        (
            "PAUL DRESSLER (Morrow Keane): How much of the decline is tariffs?\n\n\
             RADKE: The write-down is in the number.\n\n\
             Dressler said the company had buried a merchandising problem.",
            "the company had buried",
            "Paul Dressler",
        ),
        // A nickname in quotation marks between the given name and the surname.
        (
            "Winger Jamal \"Jet\" Okonkwo-Rey went down under a late challenge.\n\n\
             \"I felt the contact,\" Okonkwo-Rey said after the match.",
            "I felt the contact",
            "Jamal \"Jet\" Okonkwo-Rey",
        ),
        // The full name given later than the surname.
        (
            "Halloran said the bridge would reopen in May.\n\n\
             The council's engineer, a man named in the minutes as Brendan Halloran, has \
             run the works since 2019.",
            "the bridge would reopen",
            "Brendan Halloran",
        ),
    ] {
        assert_eq!(speaker(text, start), full, "{text}");
    }
}

#[test]
fn a_surname_stays_short_when_the_text_gives_no_single_full_name() {
    for (text, start, short) in [
        // Two people with the surname.
        (
            "\"Walter Pruett and Kevin Pruett swim here every morning,\" the flyer says.\n\n\
             Pruett said the pool should stay open.",
            "the pool should stay",
            "Pruett",
        ),
        // A surname that is also a place's last word, whose first word is a common one.
        (
            "\"Nobody in Little Stone believed the figure,\" the ad says.\n\n\
             Stone said the figure was right. The little town voted no.",
            "the figure was right",
            "Stone",
        ),
        // The word written as someone's given name: no surname at all.
        (
            "Rosa said the team should stay.\n\n\
             The mural shows Rosa Lindqvist, the club's founder, in 1950.",
            "the team should stay",
            "Rosa",
        ),
        // A word opening a sentence before the surname is no given name.
        (
            "Kessel said the count was wrong.\n\nSince Kessel took office, crime has fallen.",
            "the count was wrong",
            "Kessel",
        ),
    ] {
        assert_eq!(speaker(text, start), short, "{text}");
    }
}

#[test]
fn a_role_word_written_before_a_name_is_no_part_of_it() {
    for (text, start, full) in [
        (
            "Co-author Devendra Oyelowo, a statistician, said the team added noise \
             measurements at every nest.",
            "the team added noise",
            "Devendra Oyelowo",
        ),
        (
            "Co-founder Maren Lutz said the app would stay free.",
            "the app would stay",
            "Maren Lutz",
        ),
    ] {
        assert_eq!(speaker(text, start), full, "{text}");
    }
}

#[test]
fn a_study_s_own_words_are_its_lead_author_s() {
    for (text, start) in [
        (
            "Songbirds raised fewer chicks near streetlights, according to a study \
             published Wednesday.\n\n\
             \"Light at night is not a small thing,\" the study's lead author, Dr. Saoirse \
             Kane, said in an interview.\n\n\
             The authors wrote that the effect was strongest in the first week.",
            "the effect was strongest",
        ),
        (
            "The team, led by Prof Saoirse Kane of the University of Wearmouth, exposed \
             cells to vapour.\n\n\
             In the paper, the authors acknowledge that cells in a dish lack some defences.",
            "cells in a dish lack",
        ),
    ] {
        assert_eq!(speaker(text, start), "Saoirse Kane", "{text}");
    }
}

#[test]
fn a_study_s_words_stay_its_own_with_no_single_lead_author() {
    for (text, start, who) in [
        // No lead author named.
        (
            "A study of 400 schools was published Tuesday.\n\n\
             The authors wrote that the effect was strongest in August.",
            "the effect was strongest",
            "The authors",
        ),
        // Two lead authors: a role held by two people.
        (
            "\"Heat matters,\" the study's lead author, Dr. Ann Mole, said.\n\n\
             \"Grass matters too,\" said Dr. Hal Moss, the other lead author.\n\n\
             The authors wrote that the effect was strongest in August.",
            "the effect was strongest",
            "The authors",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
    // Researchers from outside the study are not its authors.
    let text = "\"Heat matters,\" the study's lead author, Dr. Ann Mole, said.\n\n\
                Outside researchers said the sample was too small.";
    assert_ne!(speaker(text, "the sample was too small"), "Ann Mole");
}

#[test]
fn a_body_written_short_takes_the_whole_name_it_runs_into() {
    for (text, start, whole) in [
        (
            "Tessaly Foods agreed on Monday to buy Brannock Mills.\n\n\
             Tessaly said it would hold listening sessions with growers.",
            "it would hold listening",
            "Tessaly Foods",
        ),
        (
            "The tank cars belonged to Great Plains & Western Railway.\n\n\
             Western Railway said the joint had been inspected twice.",
            "the joint had been",
            "Great Plains & Western Railway",
        ),
        (
            "Alerts came from the Tallis County Sheriff's Office overnight.\n\n\
             The Office said its alerts went out in two waves.",
            "its alerts went out",
            "Tallis County Sheriff's Office",
        ),
    ] {
        assert_eq!(speaker(text, start), whole, "{text}");
    }
}

#[test]
fn a_body_written_short_stays_short_when_the_run_is_no_name_of_it() {
    for (text, start, short) in [
        // Two whole names the short form runs into.
        (
            "Tessaly Foods and Tessaly Farms are rivals.\n\n\
             Tessaly said it would hold listening sessions with growers.",
            "it would hold listening",
            "Tessaly",
        ),
        // A question's verb before the name is no word of it.
        (
            "Did Hill Country Power cut corners?\n\n\
             Hill Country Power said the remaining miles had been rescheduled.",
            "the remaining miles",
            "Hill Country Power",
        ),
        // A surname with a gender is a person's, not the business named after it.
        (
            "Hale Foods makes the bread.\n\n\
             Carla Hale, no relation, said she had never bought it. Hale said the price \
             was too high.",
            "the price was too high",
            "Carla Hale",
        ),
    ] {
        assert_eq!(speaker(text, start), short, "{text}");
    }
}

#[test]
fn a_body_s_name_runs_over_capitals_joins_and_a_role_s_possessive_only() {
    use super::{run_after, run_before};
    assert_eq!(
        run_before("the Tallis County Sheriff's "),
        "Tallis County Sheriff's "
    );
    assert_eq!(run_before("owned by Great Plains & "), "Great Plains & ");
    // A place's possessive is the body's owner; a question's verb no word of it.
    assert_eq!(run_before("Tamsar's "), "");
    assert_eq!(run_before("Did "), "");
    assert_eq!(run_before("Monday. "), "");
    assert_eq!(run_after(" & Light."), " & Light");
    assert_eq!(run_after(" on Aging, which"), " on Aging");
    assert_eq!(run_after(" Foods said"), " Foods");
    assert_eq!(run_after(" said it would"), "");
    assert_eq!(run_after(" of the"), "");
}
