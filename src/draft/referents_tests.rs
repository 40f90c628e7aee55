//! Tests of whom `he` or `she` points back to after a subject that is no name: an unnamed source opened by `one` or `another`, a single name introduced by a short noun for a person (`Another fan, Rosa, said`), and a role whose one holder the article named (`The judge did not agree.`); with the shapes that must keep the pronoun where it was.

use crate::draft::test_articles::who_said;

fn speaker(text: &str, start: &str) -> String {
    who_said(text, start).unwrap_or_else(|| panic!("{start:?} not drafted in {text:?}"))
}

#[test]
fn a_pronoun_after_an_unnamed_source_opened_by_one_or_another_is_theirs() {
    for (text, start, who) in [
        (
            "Maria Velez, the chief executive, said the cuts were needed.\n\n\
             One engineer, who asked not to be named, said that her team had been cut.\n\n\
             \"We write the code that runs the heaters,\" she said.",
            "We write the code",
            "one engineer",
        ),
        (
            "Tom Reyes, the plant manager, said output was up.\n\n\
             One worker, who spoke on the condition of anonymity, said the line had slowed.\n\n\
             \"We cannot keep up with it,\" he said.",
            "We cannot keep up",
            "one worker",
        ),
        (
            "Gail Porter, the hospital's director, said the ward would stay open.\n\n\
             Another nurse, who did not want to be named, said the ward had lost six beds.\n\n\
             \"Nobody asked us about any of it,\" she said.",
            "Nobody asked us",
            "another nurse",
        ),
    ] {
        let got = speaker(text, start).to_lowercase();
        assert!(got.starts_with(who), "{got:?} for {text}");
    }
}

#[test]
fn a_pronoun_stays_with_a_name_met_after_the_unnamed_source() {
    for (text, start, who) in [
        // The named person spoke after the unnamed one: `she` is hers.
        (
            "One engineer, who asked not to be named, said that her team had been cut.\n\n\
             Maria Velez, the chief executive, said the cuts were needed. \"We had no \
             choice at all,\" she said.",
            "We had no choice",
            "Maria Velez",
        ),
        (
            "One worker, who spoke on the condition of anonymity, said the line had slowed.\n\n\
             Tom Reyes, the plant manager, said output was up. \"The numbers are clear \
             enough,\" he said.",
            "The numbers are clear",
            "Tom Reyes",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
}

#[test]
fn a_pronoun_after_a_role_as_subject_is_its_one_holder_s() {
    for (text, start, who) in [
        (
            "Judge Anita Ferraro ruled on Monday. Carla Reyes, a former clerk, had recorded \
             the call in March.\n\n\
             The judge did not agree. \"Nothing suggests that Ms. Reyes led the \
             conversation,\" she wrote.",
            "Nothing suggests",
            "Anita Ferraro",
        ),
        (
            "Sheriff Dale Moss ordered the search on Friday. Tom Ortiz, a neighbor, said \
             deputies came late.\n\n\
             The sheriff disputed that. \"We went the minute we were called,\" he said.",
            "We went the minute",
            "Dale Moss",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
}

#[test]
fn a_role_with_no_verb_after_it_moves_no_pronoun() {
    for (text, start, not) in [
        // A role placed in another time may be someone else.
        (
            "Mayor Colin Ashworth backs the plan. Gail Sorensen, a neighbor, said she \
             remembered the promise.\n\n\
             The mayor at the time, she said, told a meeting the lot would be a park.",
            "told a meeting",
            ["Colin Ashworth", "Colin Ashworth"],
        ),
        // The role's possessive opens a thing, not a subject.
        (
            "Judge Anita Ferraro ruled on Monday. Carla Reyes, a former clerk, testified \
             that the checks were forged.\n\n\
             The judge's ruling came late. \"I told them everything I knew,\" she said.",
            "I told them everything",
            ["Anita Ferraro", "Anita Ferraro"],
        ),
    ] {
        let got = speaker(text, start);
        assert!(!not.contains(&got.as_str()), "{got:?} for {text}");
    }
}

#[test]
fn a_single_name_after_a_short_noun_for_a_person_is_the_speaker() {
    for (text, start, who) in [
        (
            "\"It was loud,\" said Darnell, 34, a forklift operator.\n\n\
             Another fan, Rosa, said she was glad the team would stay. \"I love this \
             team,\" she said.",
            "I love this team",
            "Rosa",
        ),
        (
            "\"It was loud,\" said Darnell, 34, a forklift operator.\n\n\
             Another fan, Rosa, said she was glad the team would stay.",
            "she was glad",
            "Rosa",
        ),
        (
            "Mayor Ann Cole said the pool would reopen in June.\n\n\
             A kid, Mateo, said the water had been too cold all summer.",
            "the water had been",
            "Mateo",
        ),
    ] {
        assert_eq!(speaker(text, start), who, "{text}");
    }
}
