//! Tests of when a word is a verb of speech: its forms, beliefs and findings (a document's findings are statements), nouns and passives that look like one, denied or only possible speech, a plural subject before a base form; each with a family of invented sentences.

use super::*;
use crate::draft::reported::tests::{drafted, one};

#[test]
fn forms_of_speech_verbs_are_known_and_beliefs_are_apart() {
    for w in [
        "said",
        "criticized",
        "criticizing",
        "vowed",
        "urges",
        "talked",
        "denied",
        "replies",
        "testified",
        "told",
        "blasting",
        "slammed",
        "praises",
        "pledging",
    ] {
        assert!(is_speech(w), "{w}");
    }
    for w in [
        "thinks", "believed", "hoping", "fears", "wanted", "expects", "felt",
    ] {
        assert!(is_belief(w) && !is_speech(w), "{w}");
    }
    for w in ["the", "sad", "calling-card", "", "bed"] {
        assert!(!is_speech(w), "{w}");
    }
}

#[test]
fn beliefs_are_no_statements() {
    for text in [
        "Helen Ortiz thinks the glacier has passed a tipping point.",
        "Ortiz believes the plan will fail within a year.",
        "Ben Alvarez hopes the council will listen this time.",
        "Marta Silva fears the river will flood the lower town.",
        "Marta Silva wants the council to rebuild the bridge.",
        "Voters think the tax is too high in every district.",
    ] {
        assert_eq!(drafted(text), Vec::new(), "{text}");
    }
}

#[test]
fn a_verb_that_reports_nothing_drafts_nothing() {
    for text in [
        "Ortiz talked for an hour.",
        "The mayor said Tuesday.",
        "She spoke.",
        "The reports were late.",
        "His questions went unanswered.",
        "Her critics do not dispute that more riders board each day.",
        "Ortiz never said the plan would cost more.",
        "The agency did not respond to questions about the figures.",
        "Ortiz declined to say whether the plan would go ahead.",
        "Critics could argue that the levy failed.",
        "The measure was rejected by most voters in the county.",
        "Ortiz spoke to reporters after the meeting on Tuesday.",
        "The appeal was rejected by the county board in March.",
        "Lena Park reported from the flooded valley towns.",
        "He is a critic and gadfly who has repeatedly pledged to close the port.",
    ] {
        assert_eq!(drafted(text), Vec::new(), "{text}");
    }
}

#[test]
fn a_documents_findings_are_statements_of_the_document() {
    // The owner's convention (session 37): what a study, report or paper found is
    // its authors' statement; the speaker is the document as written (or its author).
    one(
        "The study found that the river had dropped two feet since May.",
        "The study",
        "the river had dropped two feet since May",
    );
    one(
        "Their study showed that the levy had failed in three districts.",
        "study",
        "the levy had failed in three districts",
    );
    one(
        "The report also found that the depot had been overbilled for years.",
        "The report",
        "the depot had been overbilled for years",
    );
    // The document past what is said of it: a participle's phrase.
    let got = drafted(
        "A paper published last month by Ada Brink found that most of the wells were dry by August.",
    );
    assert!(
        got.iter()
            .any(|(_, w)| w.starts_with("most of the wells were dry by August")),
        "{got:?}"
    );
    one(
        "An audit released in March found that the depot had been overbilled.",
        "An audit",
        "the depot had been overbilled",
    );
}

#[test]
fn findings_of_polls_people_and_records_are_no_statement_unless_quoted() {
    for text in [
        // A poll's finding is what those polled think: a belief (PolNeAR's reading too).
        "The poll found that most riders want later trains.",
        "A new survey shows that the ferry lost money again.",
        // A person's finding is a judgement, no document's words.
        "The inspector found that the gate had been left open.",
        "Investigators found the depot had been overbilled.",
        // Records show what they hold; no one wrote a finding.
        "Records obtained by the council show the mayor met the builder twice.",
        "The harbour's accounts, the review found.",
    ] {
        assert_eq!(drafted(text), Vec::new(), "{text}");
    }
    // A finding quoted is someone's words.
    let got = drafted(
        "Lena Park published a study in 2019 showing that the guild “distrusts the council deeply,” as others had.",
    );
    assert!(
        got.iter()
            .any(|(_, w)| w.contains("distrusts the council deeply")),
        "{got:?}"
    );
}

#[test]
fn state_and_states_as_nouns_and_participles_after_numbers_report_nothing() {
    for text in [
        "The United States is the port's largest trading partner.",
        "Voters in five states go to the polls on Tuesday.",
        "The other states voting next week are small ones.",
        "Member States are wary of the new tariff on steel.",
        "The mayor has won 310 pledged delegates so far in the race.",
    ] {
        assert_eq!(drafted(text), Vec::new(), "{text}");
    }
    one(
        "Lena Park states that the bridge is unsafe for lorries.",
        "Lena Park",
        "the bridge is unsafe for lorries",
    );
}

#[test]
fn an_infinitive_of_attack_or_defence_with_its_object_is_no_statement() {
    for text in [
        "Mark Jones had to defend his record in the debate.",
        "Ana Ruiz got a chance to attack the plan on Monday.",
        "The mayor is trying to blame the council for the delay.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
    one(
        "Mark Jones defended his record in the debate.",
        "Mark Jones",
        "defended his record in the debate",
    );
}

#[test]
fn a_plural_subject_some_words_back_makes_say_a_verb() {
    one(
        "Aides to Clinton say she is shifting her tack.",
        "Aides",
        "she is shifting her tack",
    );
    let got = drafted("Jane Hale and Omar Reyes say the plan has failed badly.");
    assert!(
        got.iter().any(|(_, w)| w == "the plan has failed badly."),
        "{got:?}"
    );
    let got = drafted("About 4 in 10 say they want lower taxes.");
    assert!(
        got.iter().any(|(_, w)| w == "they want lower taxes."),
        "{got:?}"
    );
    // Nouns of speech stay nouns after a plural: `in order to`, `attack ads`.
    for text in [
        "The states must win by large margins in order to catch up.",
        "Voters saw more Democratic attack ads this fall.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
}

#[test]
fn a_passive_of_a_verb_of_speech_reports_nothing_of_its_subject() {
    // The subject of a passive is what was spoken of or to, never the speaker: a question
    // put to someone, a thing in dispute, a charge laid against someone.
    for text in [
        "The northern boundary has been disputed since the war ended in 1962.",
        "Mayor Ana Ruiz was asked repeatedly about the missing funds.",
        "The old ferry was mentioned twice during the long meeting.",
        "Tom Hale was questioned about the contracts on Friday.",
        "The quarry's route is contested by nobody in the valley now.",
    ] {
        assert_eq!(drafted(text), Vec::new(), "{text}");
    }
    // Near shapes that still report: the active verb, the passive inside a report, and a
    // passive with a clause, a request or a quotation after it.
    one(
        "Ana Ruiz disputed the figures in the audit.",
        "Ana Ruiz",
        "disputed the figures in the audit",
    );
    one(
        "Ana Ruiz said the boundary has been disputed for years.",
        "Ana Ruiz",
        "the boundary has been disputed for years",
    );
    for (text, words) in [
        (
            "Ana Ruiz was told that the ferry would close in May.",
            "the ferry would close in May",
        ),
        (
            "The plan has been called “a gift to developers” by Tom Hale.",
            "a gift to developers",
        ),
    ] {
        let got = drafted(text);
        assert!(
            got.iter().any(|(_, w)| w.contains(words)),
            "{text}\n{got:?}"
        );
    }
}

#[test]
fn a_document_in_another_clause_is_no_subject_of_a_finding() {
    // `finds` here belongs to `the lab`, in a clause of its own; the paper is the object
    // of the clause before: the lab's finding is no statement, Voss's fear no statement.
    let got = drafted(
        "Ada Brink fears that the paper alone could close the hatchery, whatever the lab finds, and that buyers will leave.",
    );
    assert_eq!(got, Vec::new());
    let got = drafted("The paper was late, and the lab finds that the tanks are clean.");
    assert!(
        got.iter().all(|(_, w)| !w.contains("the tanks are clean")),
        "{got:?}"
    );
}
