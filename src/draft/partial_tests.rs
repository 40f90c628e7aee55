//! Tests of partial quotations inside a paraphrase on invented sentences: each test a family of one shape.

use crate::draft::extract;
use crate::draft::statements::tests::paragraphs;

/// Every drafted statement of `text` as (its words, its speaker's name, its rule).
fn drafted(text: &str) -> Vec<(String, String, &'static str)> {
    let x = extract(text, &paragraphs(text));
    x.statements
        .iter()
        .map(|s| {
            (
                text[s.range.clone()].to_string(),
                x.speaker(s).name.clone(),
                s.rule,
            )
        })
        .collect()
}

const INTRO: &str = "Senator Jane Roe spoke in Dover on Monday.\n\n";

#[test]
fn a_partial_quote_after_a_verb_of_judging_is_drafted_with_its_object() {
    for (sentence, words) in [
        (
            "Roe slammed the new toll plan as “reprehensible” on Monday.",
            "the new toll plan as “reprehensible” on Monday.",
        ),
        (
            "Roe described the county judge as “biased and unfair.”",
            "the county judge as “biased and unfair.”",
        ),
        (
            "Roe dismissed the audit as “a fishing trip” by her rivals.",
            "the audit as “a fishing trip” by her rivals.",
        ),
        (
            "Roe credited the volunteers for “a heroic week” of work.",
            "the volunteers for “a heroic week” of work.",
        ),
        (
            "Roe blamed the storm for “most of the damage.”",
            "the storm for “most of the damage.”",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w.contains(words) && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_partial_quote_after_a_verb_of_promising_or_urging_keeps_the_paraphrase() {
    for (sentence, words) in [
        (
            "Roe vowed to “fight every inch” of the way.",
            "to “fight every inch” of the way.",
        ),
        (
            "Roe urged the council “to act now.”",
            "the council “to act now.”",
        ),
        (
            "She pledged a “clean and open” budget.",
            "a “clean and open” budget.",
        ),
        (
            "Roe said that the levy is “peanuts,” compared to the repairs.",
            "the levy is “peanuts,”",
        ),
        (
            "Roe said the mayor “never showed up.”",
            "the mayor “never showed up.”",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w.contains(words) && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_pronoun_or_relative_subject_speaks_a_partial_quote() {
    for sentence in [
        "She attacked the ferry contract, which runs for “a decade too long.”",
        "Later, she praised the crews for their “tireless” work.",
        "The bill was filed by Roe, who called it “a first step.”",
        "The levy, which she described as “a fair share,” passed.",
        "Tom Hale, whom Roe described as “a true friend,” was there.",
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w.contains('“') && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn scare_quotes_titles_and_nouns_are_no_partial_quote() {
    for sentence in [
        "The “reform” package passed the house on a voice vote.",
        "Fans of “The Walking Dead” filled the hall, and Roe said nothing.",
        "Her promise of “cheaper ferries” was in every leaflet.",
        "The plan was called “a mess” in an editorial.",
        "Roe did not call the plan “a mess” at all.",
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter().all(|(_, _, rule)| *rule != super::RULE),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_sentence_opener_is_never_the_speaker_of_a_partial_quote() {
    for (sentence, opener) in [
        ("Hastily, aides called the plan “a mess.”", "Hastily"),
        (
            "Shortly after, the office said Roe “owes us answers.”",
            "Shortly",
        ),
        (
            "Citing the audit, reporters described the deal as “murky.”",
            "Citing",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter().all(|(_, who, _)| who != opener),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_quotation_paragraph_after_a_paragraph_ending_on_a_colon_is_its_speakers() {
    for (lead, who) in [
        ("Roe released the following statement:", "Jane Roe"),
        ("Asked about the ferry, she declared:", "Jane Roe"),
        (
            "The harbor master, Tom Hale, wrote to the board:",
            "Tom Hale",
        ),
        ("More from Tom Hale:", "Tom Hale"),
    ] {
        let text =
            format!("{INTRO}{lead}\n\n“We will open the port on time. Nobody should doubt it.”");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, speaker, _)| w.starts_with("We will open") && speaker == who),
            "{lead}: {got:?}"
        );
    }
    // A paragraph that does not end on a colon gives its quotation to no one this way.
    let text = format!("{INTRO}Roe released a statement.\n\n“The port will open.”");
    assert!(
        drafted(&text)
            .iter()
            .all(|(_, _, rule)| *rule != super::COLON_RULE),
        "{text}"
    );
}

#[test]
fn a_progressive_verb_takes_its_partial_quote() {
    for sentence in [
        "Roe is telling voters in Dover that the levy is “peanuts” next to the repairs.",
        "She’s predicting she will do “very, very well” in the county.",
        "Roe is pledging to “win every ward” next week.",
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w.contains('“') && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_quotation_after_an_infinitive_of_saying_or_a_verb_first_is_its_speakers() {
    for sentence in [
        "She went on to say, “The ferry will run all winter.”",
        "Roe rose to add, “Nobody will pay more.”",
        "Said Roe, “The ferry will run all winter.”",
        "Said Jane Roe, who grew up in the harbor town, “We were all so proud.”",
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        let quote = sentence.split('“').nth(1).unwrap().trim_end_matches('”');
        assert!(
            got.iter()
                .any(|(w, who, _)| w == quote && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_former_or_new_describes_the_speaker_after_an_inverted_verb() {
    for (sentence, who) in [
        (
            "“The polls mislead,” said a New Hampshire Republican.",
            "a New Hampshire Republican",
        ),
        (
            "“There was wrongdoing,” said a former senior law enforcement official.",
            "a former senior law enforcement official",
        ),
        (
            "“I do not want that,” said one former campaign staffer, who left.",
            "one former campaign staffer",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(_, speaker, _)| speaker.eq_ignore_ascii_case(who)),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_partial_quote_after_a_verb_of_speech_or_belief_is_drafted() {
    for (sentence, words) in [
        (
            "Roe proclaimed the harbor deal “a turning point for the town.”",
            "the harbor deal “a turning point for the town.”",
        ),
        (
            "Roe hinted that the final vote would be “very, very close.”",
            "the final vote would be “very, very close.”",
        ),
        (
            "Roe thinks the levy should be “a test of the council’s nerve.”",
            "the levy should be “a test of the council’s nerve.”",
        ),
        // A noun of saying is passed over for the verb before it.
        (
            "Roe denounced the mayor’s remarks as “cruel and reckless.”",
            "the mayor’s remarks as “cruel and reckless.”",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w.contains(words) && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
    // Near shapes: a belief with no quotation, a denied one.
    for sentence in [
        "Roe thinks the levy is too high for most families.",
        "Roe does not think the plan is “a mess” at all.",
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter().all(|(_, _, rule)| *rule != super::RULE),
            "{sentence}: {got:?}"
        );
    }
}

#[test]
fn a_partial_quote_finishes_the_same_speakers_clause_cut_just_before_it() {
    let sentence = "Roe charged that the firm made a secret deal with the county, which “has cost us dearly” in fees.";
    let text = format!("{INTRO}{sentence}");
    let got = drafted(&text);
    assert!(
        got.iter().any(|(w, who, _)| w
            == "the firm made a secret deal with the county, which “has cost us dearly”"
            && who == "Jane Roe"),
        "{got:?}"
    );
    assert!(got.iter().all(|(w, _, _)| !w.starts_with(',')), "{got:?}");
}

#[test]
fn a_quotation_after_a_verb_and_its_colon_is_the_verbs_subjects() {
    for (sentence, words) in [
        (
            "In her email, Roe goes on to say: “We will not back down from this fight.”",
            "We will not back down from this fight.",
        ),
        (
            "Roe called the move a “major breach,” adding: “I am informing the committee today.”",
            "I am informing the committee today.",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w == words && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
    // A colon that ends a list of words, not a verb's clause, gives nobody the quotation.
    let text = format!("{INTRO}The sign in the lobby had one word: “Closed.”");
    let got = drafted(&text);
    assert!(got.iter().all(|(_, who, _)| who != "Jane Roe"), "{got:?}");
}

#[test]
fn a_quotation_in_what_a_possessors_noun_of_saying_reports_is_the_possessors() {
    for (sentence, words) in [
        (
            "Reporters checked Roe’s claim that there had been “thousands of layoffs” this year.",
            "there had been “thousands of layoffs”",
        ),
        (
            "Few remembered her warning that the dam was “a disaster waiting to happen.”",
            "the dam was “a disaster waiting to happen.”",
        ),
        (
            "Roe’s warning that the dam was “unsafe” went unheeded.",
            "the dam was “unsafe”",
        ),
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter()
                .any(|(w, who, _)| w == words && who == "Jane Roe"),
            "{sentence}: {got:?}"
        );
    }
    // Near shapes: no possessor, or no `that` after the noun.
    for sentence in [
        "The claim that the plant was “unsafe” went unanswered for a week.",
        "Her promise of “cheaper ferries” was in every leaflet.",
    ] {
        let text = format!("{INTRO}{sentence}");
        let got = drafted(&text);
        assert!(
            got.iter().all(|(_, _, rule)| *rule != super::RULE),
            "{sentence}: {got:?}"
        );
    }
}
