//! Tests of the shapes session 32 reads as no statement (a circumstance before a speaker, a
//! headline's name after a semicolon, a noun of saying ending an opening phrase, a verb
//! whose object a relative clause with no pronoun took, a speech verb used for no words
//! said), each beside the near shapes that stay statements (invented sentences).

use super::super::reported::tests::{drafted, not_drafted, one};

/// Asserts that some statement drafted from `text` is `words` (final punctuation aside),
/// by a speaker whose name holds `who`.
#[track_caller]
fn has(text: &str, who: &str, words: &str) {
    let got = drafted(text);
    assert!(
        got.iter()
            .any(|(s, w)| s.contains(who) && w.trim_end_matches(['.', ',']) == words),
        "{text}\n{got:?}"
    );
}

#[test]
fn a_preposition_s_phrase_before_a_speaker_is_no_clause_he_said() {
    // The phrase alone is a circumstance; what follows the attribution is the report.
    let text = "During her four years on the council, Ann Mole said, the harbor has lost a third of its boats.";
    not_drafted(text, "During her four years");
    has(text, "Ann Mole", "the harbor has lost a third of its boats");
    not_drafted(
        "In the last week of the strike, the union said, in a statement on Friday.",
        "In the last week",
    );
    // Near shapes: a phrase and a clause after its comma, and a subordinate clause with a
    // verb, are clauses before their speaker still.
    one(
        "In the last week, the harbor lost a third of its boats, Ann Mole said.",
        "Ann Mole",
        "In the last week, the harbor lost a third of its boats",
    );
    one(
        "Though the vote was close, the levy passed easily, Ann Mole said.",
        "Ann Mole",
        "Though the vote was close, the levy passed easily",
    );
}

#[test]
fn a_verb_with_its_answer_after_it_reports_no_clause_before_it() {
    for text in [
        "But when the county cut the ferry's funding two years later, Lena Park said enough.",
        "When the levy failed a third time, the mayor said no.",
        "After the council voted twice, the union said nothing.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
    // A clause before a verb that ends the sentence is the speaker's.
    one(
        "The county cut the ferry's funding two years later, Lena Park said.",
        "Lena Park",
        "The county cut the ferry's funding two years later",
    );
}

#[test]
fn a_final_attribution_reports_from_the_last_semicolon() {
    // A headline: the name after the semicolon is no clause.
    not_drafted(
        "Mayors decry the levy vote; Lena Park, others vow appeals.",
        "Mayors decry",
    );
    // A clause after the semicolon is what the final attribution reports.
    one(
        "Turnout fell in March; Voters will need a reason to come back, analysts say.",
        "analysts",
        "Voters will need a reason to come back",
    );
    // With no semicolon the whole clause is reported.
    one(
        "Voters will need a reason to come back, analysts say.",
        "",
        "Voters will need a reason to come back",
    );
}

#[test]
fn a_noun_of_saying_ending_an_opening_phrase_opens_no_parenthetical() {
    for (text, words) in [
        (
            "In the wake of the Harbor Courier report, Ann Mole has cast herself as a reformer.",
            "Ann Mole has cast",
        ),
        (
            "A judge may balk because of Lena Park's Fifth Amendment claims, prosecutors rarely pursue such cases.",
            "prosecutors rarely",
        ),
        (
            "After the Courier report, the council met again.",
            "the council met",
        ),
    ] {
        not_drafted(text, words);
    }
    // A speaker before the verb, or a phrase after its own comma, leaves the verb a verb.
    has(
        "The rate, Ann Mole says, will double next year.",
        "Ann Mole",
        "will double next year",
    );
    has(
        "In a statement, Ann Mole claims, the rate will double.",
        "Ann Mole",
        "the rate will double",
    );
}

#[test]
fn a_verb_whose_object_a_relative_clause_with_no_pronoun_took_reports_nothing() {
    not_drafted(
        "The levy is the main tool to meet the emissions target it pledged to reach at the summit in May.",
        "pledged to reach",
    );
    not_drafted(
        "To pay for the many new programs she has proposed, she needs to raise revenue.",
        "she needs to raise",
    );
    not_drafted(
        "The ferry routes they promised to restore have only grown fewer.",
        "promised to restore",
    );
    // A time or a measure before the pronoun leaves the verb its object.
    has(
        "Tom Reyes spoke first. This time he praised the council's handling of the flood.",
        "Tom Reyes",
        "praised the council's handling of the flood",
    );
    let text =
        "Ann Mole spoke first. To the extent she talks about the levy, her message is simple.";
    let got = drafted(text);
    assert!(
        got.iter()
            .any(|(s, w)| s == "Ann Mole" && w.starts_with("talks about the levy")),
        "{text}\n{got:?}"
    );
    // A pronoun opening its clause with no noun before it speaks as ever.
    has(
        "Ann Mole spoke first. On Monday she promised to restore the ferry routes.",
        "Ann Mole",
        "promised to restore the ferry routes",
    );
}

#[test]
fn what_someone_said_when_is_a_time_not_a_question() {
    for text in [
        "That was what Lena Park said when she resigned from the board in 2019.",
        "It is what Ann Mole told reporters when the vote was over.",
    ] {
        not_drafted(text, "when");
    }
    // A question's word after a verb that reports an answer, with no `what` before it,
    // is reported; after `asked` it is a question, no statement (the convention).
    one(
        "Lena Park explained when the board would vote on the levy.",
        "Lena Park",
        "when the board would vote on the levy",
    );
    assert!(drafted("Lena Park asked when the board would vote on the levy.").is_empty());
}

#[test]
fn a_speech_verb_used_for_no_words_said_is_no_statement() {
    for (text, words) in [
        // A demand to act.
        (
            "When he insisted on paying the bill himself, the owner understood the gesture.",
            "the owner understood",
        ),
        (
            "The candidate has insisted on building a seawall, despite critics who call it futile.",
            "despite critics",
        ),
        // No words said at all.
        (
            "It goes without saying that the levy is unpopular with landlords.",
            "the levy is unpopular",
        ),
        // A plural noun after an adjective in -ing, or after `taking`.
        (
            "At the hearing, Ann Mole cited disparaging remarks Lena Park had made about the port.",
            "Lena Park had made",
        ),
        (
            "By noon the host began taking calls from listeners to his \"Morning Call\" show.",
            "from listeners",
        ),
    ] {
        not_drafted(text, words);
    }
    // Near shapes: `insisted on` a thing, `insisted that`, and a saying in -ing after
    // `by` are statements.
    has(
        "Ann Mole insisted on Tuesday that the levy was fair.",
        "Ann Mole",
        "the levy was fair",
    );
    has(
        "Ann Mole said the levy was fair, without naming the landlords.",
        "Ann Mole",
        "the levy was fair, without naming the landlords",
    );
    has(
        "Lena Park remarks that the levy is fair.",
        "Lena Park",
        "the levy is fair",
    );
}

#[test]
fn an_alleged_thing_far_from_the_subject_is_no_claim_of_its() {
    not_drafted(
        "The two nurses hurt in the blast and the officer shot by the alleged gunman were bystanders.",
        "hurt in the blast",
    );
    // Close to its subject it is the subject's claim, as before.
    let got = drafted("Officials gave briefings on the port's alleged ties to the cartel.");
    assert!(
        got.iter()
            .any(|(s, w)| s.contains("Officials") && w.contains("alleged ties")),
        "{got:?}"
    );
}

#[test]
fn a_partial_quotation_leaves_out_the_circumstances_of_its_saying() {
    // Circumstances to their comma, and an `and` after them, are no part of the words.
    has(
        "The plan is \"bold,\" Ann Mole wrote in an email to the mayor, and \"long overdue.\"",
        "Ann Mole",
        "long overdue",
    );
    let text = "These nurses, Lena Park explained earlier in the hearing, were \"well paid.\"";
    let got = drafted(text);
    assert!(
        got.iter()
            .any(|(s, w)| s == "Lena Park" && w.starts_with("were \"well paid")),
        "{text}\n{got:?}"
    );
}
