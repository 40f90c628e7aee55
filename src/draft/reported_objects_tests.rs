//! Tests of reports a verb makes with its object or after a participle's comma: a verb
//! that takes a clause or an object (`acknowledged their uphill battle`), and a
//! participle after a quotation an earlier verb took (`"…," she said, noting he …`);
//! each next to the near shapes that must not change.

use crate::draft::reported::tests::{drafted, not_drafted, one};

#[test]
fn a_verb_of_clause_or_object_reports_its_object_after_a_determiner_or_a_name() {
    one(
        "Dana Reyes acknowledged their uphill battle in an essay last week.",
        "Reyes",
        "acknowledged their uphill battle in an essay last week",
    );
    one(
        "The mayor has promised a veto of the measure.",
        "mayor",
        "promised a veto of the measure",
    );
    one(
        "Lena Park announced her resignation from the board.",
        "Lena Park",
        "announced her resignation from the board",
    );
    one(
        "The city confirmed the closure of the Elm Street bridge.",
        "city",
        "confirmed the closure of the Elm Street bridge",
    );
}

#[test]
fn a_verb_of_clause_or_object_still_reports_a_clause_as_one() {
    one(
        "Dana Reyes acknowledged the plan had failed in March.",
        "Reyes",
        "the plan had failed in March",
    );
    one(
        "Dana Reyes admitted that her office lost the files.",
        "Reyes",
        "her office lost the files",
    );
}

#[test]
fn an_adverb_a_count_or_a_noun_in_s_after_the_verb_is_no_object() {
    for (text, words) in [
        (
            "Max Ortiz reports live from the field across the state.",
            "live",
        ),
        ("The judge was confirmed 92 to 0 in the spring.", "92 to 0"),
        (
            "More money arrived in May, new fundraising reports show.",
            "show",
        ),
        ("Leaders met to make sure promises become laws.", "become"),
    ] {
        not_drafted(text, words);
    }
}

#[test]
fn a_participle_after_a_quotation_another_verb_took_reports_what_follows_it() {
    let text = "\"I prefer Ellery,\" Reed said, noting he had backed Lena Park in May.";
    let got = drafted(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "I prefer Ellery,", "{got:?}");
    assert_eq!(
        got[1],
        ("Reed".into(), "he had backed Lena Park in May.".into())
    );
    let text = "\"We are late,\" Reed said, emphasizing it was time to end the strike.";
    let got = drafted(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "it was time to end the strike.", "{got:?}");
}

#[test]
fn a_participle_after_a_quotation_that_reports_nothing_adds_nothing() {
    for text in [
        "\"I prefer Ellery,\" Reed said, wiping his brow.",
        "\"I prefer Ellery,\" Reed said, standing by the door of the hall.",
        "\"I prefer Ellery,\" Reed said, speaking at the depot on Friday.",
    ] {
        let got = drafted(text);
        assert_eq!(got.len(), 1, "{text}\n{got:?}");
        assert_eq!(got[0].1, "I prefer Ellery,", "{text}\n{got:?}");
    }
    // With `that`, as before.
    let got = drafted("\"I prefer Ellery,\" Reed said, noting that he had backed Park.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "he had backed Park.", "{got:?}");
}

#[test]
fn a_second_subject_with_a_bare_clause_after_and_ends_the_first_report() {
    let text =
        "Most said the town was safe, and one in four said the county was hostile to farmers.";
    let got = drafted(text);
    assert!(got.iter().any(|(_, w)| w == "the town was safe"), "{got:?}");
    assert!(
        got.iter().all(|(_, w)| !w.contains("town was safe, and")),
        "{got:?}"
    );
    let text = "Reed said the road was closed, and Lena Park said she would reopen it by June.";
    let got = drafted(text);
    assert!(
        got.iter().any(|(_, w)| w == "the road was closed"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(who, w)| who.contains("Park") && w == "she would reopen it by June."),
        "{got:?}"
    );
}

#[test]
fn and_before_a_verb_with_no_clause_or_no_new_subject_goes_on() {
    // No finite verb after the second verb: the first report goes on.
    one(
        "Reed said the road was closed for repairs, and the crews said so too.",
        "Reed",
        "the road was closed for repairs, and the crews said so too",
    );
    // The same speaker's second verb, as before: a report of its own.
    let got = drafted("Reed said the road was closed and said the crews would return.");
    assert!(
        got.iter().any(|(_, w)| w == "the road was closed"),
        "{got:?}"
    );
}

#[test]
fn noting_recalling_repeating_and_explaining_report_their_object() {
    one(
        "Lena Park noted the rule in an interview last week.",
        "Park",
        "noted the rule in an interview last week",
    );
    one(
        "Reed recalled his first visit to the mill.",
        "Reed",
        "recalled his first visit to the mill",
    );
    let got = drafted("\"We will win,\" Reed said, repeating a line he often uses.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "repeating a line he often uses.", "{got:?}");
    // A participle's object ends at its comma.
    let got = drafted("Reed, repeating his plan for the mill, said the work would go on.");
    assert!(
        got.iter().all(|(_, w)| !w.contains("mill, said")),
        "{got:?}"
    );
    // `repeat` itself is a noun or an adjective far more often.
    not_drafted(
        "Job training cuts repeat offences in the county.",
        "offences",
    );
}

#[test]
fn a_noun_or_an_adjective_of_those_verbs_reports_nothing() {
    not_drafted("Voters backed a 2010 recall of three judges.", "recall of");
    not_drafted("He rose after repeated clashes with the board.", "clashes");
    not_drafted("The notes of the meeting ran to ten pages.", "notes");
}

#[test]
fn what_a_speaker_called_or_described_as_something_is_the_speakers_name_for_it() {
    // `what S called NP`, `what S described as NP`: the name is the speaker's words.
    for (text, who, words) in [
        (
            "The agency Norpress published photographs of what it described as fragments of a rocket.",
            "Norpress",
            "fragments of a rocket",
        ),
        (
            "Lena Park pointed to what she called a quiet betrayal of the river towns.",
            "Lena Park",
            "a quiet betrayal of the river towns",
        ),
        (
            "The crowd cheered after what Omar Reyes described simply as a long overdue repair.",
            "Omar Reyes",
            "a long overdue repair",
        ),
    ] {
        let got = drafted(text);
        assert!(
            got.iter()
                .any(|(s, w)| s.contains(who) && w.trim_end_matches('.') == words),
            "{text}\n{got:?}"
        );
    }
    // Near shapes: a question about a name, and `what` with no verb of naming.
    for (text, words) in [
        ("Ana Ruiz asked what he called the dog.", "the dog"),
        ("Nobody knew what he called the new ferry.", "the new ferry"),
        (
            "They built what he drew as a sketch of the dam.",
            "a sketch of the dam",
        ),
    ] {
        not_drafted(text, words);
    }
}
