//! Tests of reported speech: each shape with a family of invented sentences.

use crate::draft::extract;

/// The statements drafted from `text`: (speaker, words) pairs in reading order.
pub(crate) fn drafted(text: &str) -> Vec<(String, String)> {
    let x = extract(text, std::slice::from_ref(&(0..text.len())));
    x.statements
        .iter()
        .map(|s| (x.speaker(s).name.clone(), text[s.range.clone()].to_string()))
        .collect()
}

/// Asserts that no statement drafted from `text` holds `words`.
#[track_caller]
pub(crate) fn not_drafted(text: &str, words: &str) {
    let got = drafted(text);
    assert!(
        got.iter().all(|(_, w)| !w.contains(words)),
        "{text}\n{got:?}"
    );
}

/// Asserts that `text` drafts exactly one statement, by a speaker whose name holds
/// `who`, of exactly `words` (final punctuation aside).
#[track_caller]
pub(crate) fn one(text: &str, who: &str, words: &str) {
    let got = drafted(text);
    assert_eq!(got.len(), 1, "{text}\n{got:?}");
    let (speaker, content) = &got[0];
    assert!(
        speaker.contains(who),
        "{text}\nspeaker {speaker:?}, wanted {who:?}"
    );
    assert_eq!(
        content.trim_end_matches(['.', ',']),
        words,
        "{text}\n{got:?}"
    );
}

#[test]
fn a_clause_after_adverbials_is_what_was_said() {
    one(
        "The mayor said on Sunday that the bridge would close in June.",
        "mayor",
        "the bridge would close in June",
    );
    one(
        "Ortiz said in a statement to reporters on Tuesday that the deal was dead.",
        "Ortiz",
        "the deal was dead",
    );
    one(
        "Helen Ortiz said Tuesday she would run again next year.",
        "Ortiz",
        "she would run again next year",
    );
    one(
        "Dana Reyes argued at a forum in Reno that the tax had failed every test.",
        "Reyes",
        "the tax had failed every test",
    );
    one(
        "Dana Reyes noted, however, that the tax had failed every test.",
        "Reyes",
        "the tax had failed every test",
    );
}

#[test]
fn a_bare_clause_after_said_opens_with_any_subject() {
    one(
        "Officials said 2019 had the wettest spring on record.",
        "Officials",
        "2019 had the wettest spring on record",
    );
    one(
        "Lena Park said Brooks’s offer was close to a bribe.",
        "Park",
        "Brooks’s offer was close to a bribe",
    );
    one(
        "Tom Ruiz says he’s sure two rivals will quit by Friday.",
        "Ruiz",
        "he’s sure two rivals will quit by Friday",
    );
    // The speaker and verb never enter the words.
    one(
        "Ann Cook said Carter stopped the practice in 1978.",
        "Cook",
        "Carter stopped the practice in 1978",
    );
}

#[test]
fn an_addressee_comes_between_the_verb_and_the_clause() {
    one(
        "Ortiz told reporters the plan would cost twice as much.",
        "Ortiz",
        "the plan would cost twice as much",
    );
    one(
        "Ortiz told The Daily Ledger on Monday that the plan was dead.",
        "Ortiz",
        "the plan was dead",
    );
    one(
        "Dana Reyes assured them the vote would be held in May.",
        "Reyes",
        "the vote would be held in May",
    );
}

#[test]
fn pledges_and_demands_are_reported_with_their_verb() {
    one(
        "Marta Silva vowed to veto any bill that cut the school budget.",
        "Silva",
        "vowed to veto any bill that cut the school budget",
    );
    one(
        "Marta Silva called for an inquiry into the contracts.",
        "Silva",
        "called for an inquiry into the contracts",
    );
    one(
        "Marta Silva urged voters to reject the measure in November.",
        "Silva",
        "urged voters to reject the measure in November",
    );
}

#[test]
fn verbs_of_attack_and_praise_report_what_they_aim_at() {
    one(
        "Ben Alvarez criticized the council’s handling of the flood.",
        "Alvarez",
        "criticized the council’s handling of the flood",
    );
    one(
        "Marta Silva praised the volunteers who rebuilt the library.",
        "Silva",
        "praised the volunteers who rebuilt the library",
    );
    one(
        "Ben Alvarez talked about growing up near the old mill.",
        "Alvarez",
        "talked about growing up near the old mill",
    );
}

#[test]
fn a_clause_ends_where_another_begins() {
    one(
        "Voters said they would back the levy, however this time the number has dropped.",
        "Voters",
        "they would back the levy",
    );
    one(
        "Ortiz said the road would reopen; the council has not agreed.",
        "Ortiz",
        "the road would reopen",
    );
    one(
        "Ortiz said the road would reopen — a promise made twice before.",
        "Ortiz",
        "the road would reopen",
    );
}

#[test]
fn a_subject_no_rule_names_is_the_speaker_as_written() {
    one(
        "A county spokesman said the office does not comment on open cases.",
        "county spokesman",
        "the office does not comment on open cases",
    );
    one(
        "About four in 10 said life would be worse for their children.",
        "About four in 10",
        "life would be worse for their children",
    );
    one(
        "Others say this is only a rough patch for the district.",
        "Others",
        "this is only a rough patch for the district",
    );
}

#[test]
fn a_bare_clause_may_open_with_a_plain_noun_or_follow_an_adverbial() {
    one(
        "Ortiz said crews of volunteers were sent along the levee.",
        "Ortiz",
        "crews of volunteers were sent along the levee",
    );
    one(
        "The Harbor Trust said in a statement Friday night they dropped the listing.",
        "Harbor Trust",
        "they dropped the listing",
    );
    one(
        "Council aides say their office has no wish to prolong the dispute.",
        "aides",
        "their office has no wish to prolong the dispute",
    );
}

#[test]
fn a_report_inside_a_subordinate_clause_ends_at_its_comma() {
    one(
        "While only 7 percent said they were undecided, the rest had picked a side.",
        "7 percent",
        "they were undecided",
    );
    one(
        "Although Ortiz said the road would reopen, crews were still at work in May.",
        "Ortiz",
        "the road would reopen",
    );
}

#[test]
fn a_second_report_of_the_same_speaker_is_apart() {
    let got = drafted(
        "Lena Park told the Ledger her office never hired the firm and said the firm had acted alone.",
    );
    let words: Vec<&str> = got.iter().map(|(_, w)| w.trim_end_matches('.')).collect();
    assert_eq!(
        words,
        [
            "her office never hired the firm",
            "the firm had acted alone"
        ],
        "{got:?}"
    );
}

#[test]
fn a_statement_issued_or_sent_is_reported_by_its_sender() {
    one(
        "The Reyes campaign sent an email Wednesday saying that the results show a two-way race.",
        "Reyes",
        "the results show a two-way race",
    );
    one(
        "Thirty percent of those surveyed say they would back the levy.",
        "those surveyed",
        "they would back the levy",
    );
}

#[test]
fn a_clause_after_as_reported_is_the_reporters() {
    one(
        "As Ortiz pointed out, the new rules apply to every district in the state.",
        "Ortiz",
        "the new rules apply to every district in the state",
    );
    one(
        "As reported by the Valley Ledger, the council spent twice its budget last year.",
        "Valley Ledger",
        "the council spent twice its budget last year",
    );
}

#[test]
fn an_adverb_may_stand_between_a_verb_and_its_preposition() {
    one(
        "Marta Silva spoke movingly of the flood that took her father's farm.",
        "Silva",
        "spoke movingly of the flood that took her father's farm",
    );
    // "points to" cites evidence rather than reporting speech: no statement, and never
    // the relative clause after its object.
    assert_eq!(
        drafted("Ben Alvarez points to a rate that has doubled since 2015."),
        Vec::new()
    );
}

#[test]
fn a_short_clause_after_said_is_reported_and_a_trailing_clause_of_the_writer_is_not() {
    one(
        "Hope Hicks said funding is needed.",
        "Hicks",
        "funding is needed",
    );
    one(
        "Carla Diaz said prices were rising.",
        "Diaz",
        "prices were rising",
    );
    one(
        "Omar Reyes says taxes will fall.",
        "Reyes",
        "taxes will fall",
    );
    one(
        "Hope Hicks said all staffers sign NDAs, though she did not discuss their terms.",
        "Hicks",
        "all staffers sign NDAs",
    );
    one(
        "Omar Reyes said both plants close in May, but he gave no reason.",
        "Reyes",
        "both plants close in May",
    );
    // Never a verb as the clause's subject: a participle before its verb.
    assert!(drafted("A merger announced Monday would turn the firm into an Irish one.").is_empty());
    assert!(drafted("The fees announced Friday would double next year.").is_empty());
}

#[test]
fn a_second_verb_after_a_first_clause_reports_its_own_clause() {
    let got = drafted(
        "Mark Jones came. She blamed the riot on a \"disturbed person,\" not on his faith, \
         and said it was unnerving to wonder why he drove north.",
    );
    assert!(
        got.iter()
            .any(|(_, w)| w.starts_with("it was unnerving to wonder")),
        "{got:?}"
    );
    let got = drafted("Ana Ruiz thanked the crowd and said it was great to be home.");
    assert!(
        got.iter()
            .any(|(who, w)| who.contains("Ruiz") && w.starts_with("it was great")),
        "{got:?}"
    );
}

#[test]
fn a_participle_before_the_verb_is_no_speaker_and_its_quotation_no_statement_of_the_verb() {
    for text in [
        "Mr. Manafort, citing the unique magic of Trump, said the candidate could win.",
        "Mr. Manafort, quoting Governor Hale, said the candidate could win.",
    ] {
        one(text, "Manafort", "the candidate could win");
    }
    // The quotation the participle cites is the subject's own partial quotation (the
    // partial-quotation rule), never the content of `said` nor another speaker's.
    let text = "Mr. Manafort, citing \"the unique magic of Trump,\" said the candidate could win.";
    let got = drafted(text);
    assert!(
        got.iter().all(|(who, _)| who.contains("Manafort")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(_, w)| w.trim_end_matches('.') == "the candidate could win"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .filter(|(_, w)| w.contains("the candidate"))
            .all(|(_, w)| !w.contains("magic")),
        "{got:?}"
    );
}

#[test]
fn a_relative_who_said_speaks_for_its_antecedent() {
    one(
        "Voters backed Bernie Sanders, who said the party is best suited to lead.",
        "Bernie Sanders",
        "the party is best suited to lead",
    );
    one(
        "The crowd cheered Ana Ruiz, who said taxes would fall next year.",
        "Ana Ruiz",
        "taxes would fall next year",
    );
    let got = drafted("Most teachers who said the plan would fail voted against it.");
    assert!(got.iter().any(|(who, _)| who == "teachers"), "{got:?}");
}

#[test]
fn told_with_a_long_addressee_reports_its_that_clause() {
    one(
        "Ben Carson told a crowded hall in downtown Baltimore that he is not quitting.",
        "Carson",
        "he is not quitting",
    );
    one(
        "Jane Doe told members of the union council on Monday that the strike was over.",
        "Jane Doe",
        "the strike was over",
    );
}

#[test]
fn a_quantifier_or_demonstrative_or_long_description_before_said_is_its_subject() {
    one(
        "Some said they had cringed at the remarks.",
        "Some",
        "they had cringed at the remarks",
    );
    one(
        "Mark Jones spoke. That person said the hostility hampered his work.",
        "That person",
        "the hostility hampered his work",
    );
    one(
        "A federal official familiar with the long inquiry said that the charges would fail.",
        "official",
        "the charges would fail",
    );
    // `some reports` stays a noun.
    assert!(drafted("Some reports of the plan were wrong.").is_empty());
}

#[test]
fn the_subject_of_a_report_inside_a_relative_clause_speaks() {
    let got = drafted(
        "Ana Ruiz spoke. Prices rose after the tariffs, which critics said were unfair to farmers.",
    );
    assert!(
        got.iter()
            .any(|(who, w)| who == "critics" && w.starts_with("were unfair")),
        "{got:?}"
    );
    let got = drafted("Rents rose, a change that several landlords said came too fast.");
    assert!(
        got.iter()
            .any(|(who, w)| who.contains("landlords") && w.starts_with("came too fast")),
        "{got:?}"
    );
}

#[test]
fn a_clause_after_a_subject_and_a_comma_break_word_goes_on() {
    one(
        "Andy Smith said Trump, despite his wealth, is better placed to win.",
        "Andy Smith",
        "Trump, despite his wealth, is better placed to win",
    );
    let got = drafted("Three former employees said disagreements broke out within the firm.");
    assert!(
        got.iter()
            .any(|(_, w)| w == "disagreements broke out within the firm."),
        "{got:?}"
    );
}

#[test]
fn a_second_report_after_a_denial_is_apart() {
    let got = drafted(
        "Ms. Conway rejected the idea that the changes were a shake-up and said that Mr. Hale was not diminished.",
    );
    assert!(
        got.iter()
            .any(|(_, w)| w.starts_with("Mr. Hale was not diminished")),
        "{got:?}"
    );
    assert!(got.iter().all(|(_, w)| !w.contains("and said")), "{got:?}");
}

/// The project's convention: a question is no statement (`asked whether …`, `wondered
/// why …`, `asked X about …`), a request is one (`asked the board to …`), and a verb
/// that reports an answer after a question's word keeps it (`explained why …`).
#[test]
fn a_question_is_no_statement_and_a_request_is_one() {
    for text in [
        "Later, Jake Tapper asked whether the party would hold the House.",
        "Ben Alvarez asked the council whether it had read the report at all.",
        "Hugh Hale asked the senator about statements he had made.",
        "Dana Reyes wondered why the vote had been held in May.",
        "Reporters asked Ms. Mole how the bridge would be paid for.",
        "She tried to ask Mr. Hale about the plan.",
    ] {
        assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
    }
    for (text, who, words) in [
        (
            "Ben Alvarez asked the council to delay the vote until May.",
            "Alvarez",
            "asked the council to delay the vote until May",
        ),
        (
            "Dana Reyes asked the department to say whether the car had touched the van.",
            "Reyes",
            "asked the department to say whether the car had touched the van",
        ),
        (
            "Marta Silva explained why the plan had failed in the spring.",
            "Silva",
            "why the plan had failed in the spring",
        ),
        (
            "Marta Silva told reporters how the money had been spent.",
            "Silva",
            "how the money had been spent",
        ),
    ] {
        one(text, who, words);
    }
}

/// `…, and she asked the board to …` opens a request of its own, which ends the report
/// before it; so does a question, which is no statement itself.
#[test]
fn a_request_or_question_after_and_ends_the_report_before_it() {
    let got = drafted(
        "Dana Reyes said the family had been told the van was damaged, and she asked the \
         department to say whether the car had touched it.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0].1.trim_end_matches(['.', ',']),
        "the family had been told the van was damaged"
    );
    assert!(
        got[1].1.starts_with("asked the department to say"),
        "{got:?}"
    );
    let got = drafted(
        "Dana Reyes said the family had been told the van was damaged, and she asked \
         whether the car had touched it.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1.trim_end_matches(['.', ',']),
        "the family had been told the van was damaged"
    );
    // Near shapes that stay whole: a clause with no second subject, and a second
    // subject that did something other than speak.
    let got =
        drafted("Dana Reyes said the van was damaged and asked the department to pay for it.");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = drafted("Dana Reyes said the van was damaged, and the driver tried to fix it.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1.trim_end_matches('.'),
        "the van was damaged, and the driver tried to fix it"
    );
}

#[test]
fn according_to_inside_a_sentence_reports_the_clause_after_it_when_none_stands_before() {
    for (text, who, words) in [
        (
            "In addition, according to the ministry, nine thousand more nurses will be hired.",
            "ministry",
            "nine thousand more nurses will be hired",
        ),
        (
            "But, according to the survey, 46 percent of riders want later trains.",
            "survey",
            "46 percent of riders want later trains",
        ),
        (
            "While most of the files were sealed, according to a county clerk, two were left open.",
            "clerk",
            "two were left open",
        ),
    ] {
        one(text, who, words);
    }
    // A clause before the source stays the report, and the source's description after
    // its comma is none.
    one(
        "Ferry fares will rise in May, according to the harbour board, a body of nine members.",
        "harbour board",
        "Ferry fares will rise in May",
    );
    one(
        "Skills training cuts repeat offences, according to Lena Park, head of the prison trust.",
        "Lena Park",
        "Skills training cuts repeat offences",
    );
}

#[test]
fn a_wish_or_demand_after_a_long_addressee_is_reported_with_its_verb() {
    for (text, who, words) in [
        (
            "During the service, pastor Ann Mole asked the congregation to stand for the mayor.",
            "Ann Mole",
            "asked the congregation to stand for the mayor",
        ),
        (
            "Since May, officials have told Flint Creek residents not to drink the tap water.",
            "officials",
            "told Flint Creek residents not to drink the tap water",
        ),
        (
            "Owen Hart asks his assistant in one email to print out the harbour accounts.",
            "Owen Hart",
            "asks his assistant in one email to print out the harbour accounts",
        ),
    ] {
        one(text, who, words);
    }
    // No `to` and a verb after the addressee: no demand.
    let text = "Ann Mole asked the congregation for patience before the vote.";
    assert!(drafted(text).is_empty(), "{text}\n{:?}", drafted(text));
}
