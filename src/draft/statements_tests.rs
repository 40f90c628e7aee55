//! Tests of statements and their speakers on invented sentences of the shapes news writes: each test a family of one shape.

use std::ops::Range;

use crate::draft::extract;

/// The paragraphs of `text`: stretches between blank lines.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices("\n\n") {
        out.push(start..i);
        start = i + 2;
    }
    out.push(start..text.len());
    out
}

/// The affiliations drafted for the person named `who` in `text` (none when nobody of
/// that name is drafted). Shared by the affiliation tests of `draft`.
pub(crate) fn affiliations_of(text: &str, who: &str) -> Vec<String> {
    let paras = paragraphs(text);
    extract(text, &paras)
        .people
        .iter()
        .find(|p| p.name == who)
        .map(|p| p.affiliations.clone())
        .unwrap_or_default()
}

/// Checks each (text, affiliations wanted for Ada Brill) of `cases`.
pub(crate) fn check_ada_brill(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(affiliations_of(text, "Ada Brill"), *want, "{text}");
    }
}

/// Every drafted statement of `text` as (its words, its speaker's name).
fn pairs(text: &str) -> Vec<(String, String)> {
    let x = extract(text, &paragraphs(text));
    x.statements
        .iter()
        .map(|s| (text[s.range.clone()].to_string(), x.speaker(s).name.clone()))
        .collect()
}

/// The speaker drafted for the statement holding `words`, if one holds them.
fn speaker_of(text: &str, words: &str) -> Option<String> {
    pairs(text)
        .into_iter()
        .find(|(w, _)| w.contains(words))
        .map(|(_, who)| who)
}

#[test]
fn a_quotation_before_its_attribution_is_kept_when_a_clause_with_that_follows() {
    for (text, who) in [
        (
            "“We feel fine about every state,” she said, adding that she would not guess.",
            "Jane Roe",
        ),
        (
            "“The levee will hold,” Tom Hale said, noting that rain was due.",
            "Tom Hale",
        ),
        (
            "“Nobody asked us,” the farmer said, arguing that the plan was late.",
            "The farmer",
        ),
    ] {
        let text = format!("Senator Jane Roe visited the town.\n\n{text}");
        let quote = text.split('“').nth(1).unwrap().split('”').next().unwrap();
        assert_eq!(speaker_of(&text, quote).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn speech_verbs_of_manner_and_quotation_only_verbs_attribute_the_quote_beside_them() {
    for verb in [
        "shouted",
        "joked",
        "quipped",
        "barked",
        "retorted",
        "answered",
        "shot back",
        "went on",
        "fired back",
        "remarked",
        "exclaimed",
    ] {
        let text = format!("“Go back to the studio, now,” Dana Pike {verb}.");
        assert_eq!(
            speaker_of(&text, "Go back").as_deref(),
            Some("Dana Pike"),
            "{text}"
        );
    }
    let sign = "“No new taxes on bread,” the sign read.";
    assert_eq!(
        speaker_of(sign, "No new taxes").as_deref(),
        Some("The sign")
    );
    // Without a quotation beside them, these verbs report nothing.
    for text in [
        "Dana Pike read the report on the dam twice before the vote.",
        "Dana Pike went on to win the primary in March.",
        "The guard shot back at the car as it left the lot.",
    ] {
        assert!(pairs(text).is_empty(), "{text}: {:?}", pairs(text));
    }
}

#[test]
fn a_common_noun_phrase_speaks_a_quotation_beside_its_verb() {
    for (text, who) in [
        (
            "“It was a fine evening,” the tycoon told reporters.",
            "The tycoon",
        ),
        ("“Where is the bus?” a reporter asked.", "A reporter"),
        ("“Costs will rise,” the letter says.", "The letter"),
        (
            "“He never called back,” one neighbour said.",
            "One neighbour",
        ),
        ("“The line was long,” said the driver.", "The driver"),
    ] {
        let quote = text.split('“').nth(1).unwrap().split('”').next().unwrap();
        assert_eq!(speaker_of(text, quote).as_deref(), Some(who), "{text}");
    }
    // "the 46-year-old" is the person last named.
    let text = "Mara Quill runs the bakery.\n\n“Flour doubled in price,” the 46-year-old said.";
    assert_eq!(
        speaker_of(text, "Flour doubled").as_deref(),
        Some("Mara Quill")
    );
    // A role that is not the last speaker's is someone else.
    let text = "Mayor Helen Ortiz spoke first.\n\n“We are ready,” she said.\n\n\
                “Nobody told us,” the farmer said.";
    assert_eq!(
        speaker_of(text, "Nobody told us").as_deref(),
        Some("The farmer")
    );
}

#[test]
fn a_quotation_after_the_verb_and_its_object_or_circumstances_is_the_verbs() {
    for text in [
        "Dana Pike told a radio host in Ohio on Monday, “The plan is dead.”",
        "Dana Pike declared: “The plan is dead.”",
        "Dana Pike responded pointedly, with a smile: “The plan is dead.”",
        "In a speech in 1999, Dana Pike said, “The plan is dead.”",
        "Dana Pike told reporters: “The plan is dead.”",
    ] {
        assert_eq!(
            speaker_of(text, "The plan is dead").as_deref(),
            Some("Dana Pike"),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn an_indefinite_speaker_after_the_verb_is_read_to_its_relative_clause() {
    for (text, who) in [
        (
            "“The gap is too wide,” said a Nevada Democrat.",
            "A Nevada Democrat",
        ),
        (
            "“We have work to do,” said a longtime adviser to the mayor, who asked not to be named.",
            "A longtime adviser to the mayor",
        ),
        (
            "“That was the plan,” said one source who saw the memo.",
            "One source",
        ),
        (
            "“She did not like it,” added a person close to the family.",
            "A person close to the family",
        ),
    ] {
        let quote = text.split('“').nth(1).unwrap().split('”').next().unwrap();
        assert_eq!(speaker_of(text, quote).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_quotation_ending_in_a_nested_one_or_in_no_mark_still_meets_its_attribution() {
    for (text, words) in [
        (
            "“She told me, ‘Go home,’” Dana Pike said.",
            "She told me, ‘Go home,’",
        ),
        (
            "“The river is a battle of wills” Dana Pike said.",
            "The river is a battle of wills",
        ),
        (
            "“It was unusual,“ said Dana Pike, a lawyer.",
            "It was unusual,",
        ),
        (
            "“We are very happy” about the ruling, said Dana Pike.",
            "“We are very happy” about the ruling",
        ),
    ] {
        assert!(
            pairs(text).contains(&(words.to_string(), "Dana Pike".to_string())),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn the_inner_attribution_of_a_nested_one_gives_the_speaker() {
    for outer in [
        "reports the Valley Courier",
        "the Valley Courier reported",
        "according to the Valley Courier",
    ] {
        let text = format!("“The bridge will wait,” said Rep. Ann Mole, a Green, {outer}.");
        assert_eq!(
            speaker_of(&text, "The bridge will wait").as_deref(),
            Some("Ann Mole"),
            "{text}: {:?}",
            pairs(&text)
        );
    }
}

#[test]
fn a_definite_description_that_speaks_is_the_person_last_named_and_a_document_is_itself() {
    let text = "Joan Ruiz helped write the letter.\n\n\
                “I found out from a spreadsheet,” said the mother of two.\n\n\
                “We grew it ourselves,” the billionaire said.\n\n\
                “The taps were skipped,” the letter says.\n\n\
                “Four more years,” the crowd chanted.";
    for (words, who) in [
        ("I found out", "Joan Ruiz"),
        ("We grew it", "Joan Ruiz"),
        ("The taps were skipped", "The letter"),
        ("Four more years", "The crowd"),
    ] {
        assert_eq!(
            speaker_of(text, words).as_deref(),
            Some(who),
            "{words}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_quotation_after_a_colon_is_the_subjects_of_the_clause_before_it_verb_first_or_not() {
    for text in [
        "Dana Pike: “We will not fold.”",
        "In a speech in 1999, Dana Pike had one message: “We will not fold.”",
        "Dana Pike put it plainly on Monday: “We will not fold.”",
        "Dana Pike spoke last. Stated Pike: “We will not fold.”",
        "“We start now,” Dana Pike said. Added the councilwoman: “We will not fold.”",
    ] {
        assert_eq!(
            speaker_of(text, "We will not fold").as_deref(),
            Some("Dana Pike"),
            "{text}: {:?}",
            pairs(text)
        );
    }
    // A colon before a title or a fragment gives no speaker.
    for text in [
        "The show had a name: “Night Lines.”",
        "The sign said nothing. Below it: “closed for repairs.”",
    ] {
        assert!(pairs(text).is_empty(), "{text}: {:?}", pairs(text));
    }
}

/// The affiliations drafted for the speaker named `who`.
fn affiliations(text: &str, who: &str) -> Vec<String> {
    let x = extract(text, &paragraphs(text));
    x.people
        .iter()
        .find(|p| p.name == who)
        .map(|p| p.affiliations.clone())
        .unwrap_or_default()
}

#[test]
fn party_state_labels_go_into_the_affiliation_never_the_name() {
    for text in [
        "Sen. Ada Brill, R-Fla., said the bill “would never pass the House.”",
        "“The bill would never pass,” said Sen. Ada Brill, R-Fla., on Monday.",
        "Rep. Ada Brill (D-N.Y.) said: “The bill would never pass.”",
        "“The bill would never pass,” Rep. Ada Brill (R-S.C.) told reporters.",
        "“The bill would never pass,” said Rep. Ada Brill (I-WI).",
    ] {
        let found = pairs(text);
        assert!(
            !found.is_empty() && found.iter().all(|(_, who)| who == "Ada Brill"),
            "{text}: {found:?}"
        );
        let labels = affiliations(text, "Ada Brill");
        assert!(
            labels
                .iter()
                .any(|a| a.starts_with("R-") || a.starts_with("D-") || a.starts_with("I-")),
            "{text}: {labels:?}"
        );
    }
}

#[test]
fn words_that_open_a_sentence_or_a_dateline_are_never_names() {
    for (text, who) in [
        (
            "Having heard the plan, Judge Rosa Tam said, “It will not stand.”",
            "Rosa Tam",
        ),
        ("Later, Dana Pike said, “It will not stand.”", "Dana Pike"),
        (
            "WASHINGTON — Dana Pike said, “It will not stand.”",
            "Dana Pike",
        ),
        (
            "Making her case, Dana Pike said, “It will not stand.”",
            "Dana Pike",
        ),
    ] {
        assert_eq!(
            speaker_of(text, "It will not stand").as_deref(),
            Some(who),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_participle_of_speech_gives_its_quotation_the_sentences_subject() {
    let text = "“The vote is set,” said Mayor Lena Park.\n\n\
                Dana Pike tried to laugh it off by interjecting, “Only on Tuesdays.”\n\n\
                Dana Pike closed the meeting, saying: “We are done here.”";
    for words in ["Only on Tuesdays", "We are done here"] {
        assert_eq!(
            speaker_of(text, words).as_deref(),
            Some("Dana Pike"),
            "{words}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_partial_quotation_naming_something_keeps_what_it_names() {
    let text = "Dana Pike went after Tom Hale, calling him “a very dull man.”\n\n\
                Ann Mole called the new stadium plan for the east bank “a gift to builders.”\n\n\
                Tom Hale once described the harbour as “our front door.”";
    for (words, who) in [
        ("him “a very dull man.", "Dana Pike"),
        (
            "the new stadium plan for the east bank “a gift to builders.",
            "Ann Mole",
        ),
        ("the harbour as “our front door.", "Tom Hale"),
    ] {
        assert!(
            pairs(text)
                .iter()
                .any(|(w, s)| w.starts_with(words) && s == who),
            "{words}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_title_of_lower_case_words_stays_out_of_the_name() {
    for (text, who) in [
        (
            "Republican presidential hopeful Dana Pike says the plan “will not fly.”",
            "Dana Pike",
        ),
        (
            "Democratic pollster Tom Hale told the station: “It will not fly.”",
            "Tom Hale",
        ),
        (
            "“It will not fly,” said GOP strategist Ann Mole.",
            "Ann Mole",
        ),
    ] {
        assert!(
            pairs(text).iter().any(|(_, s)| s == who),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn the_speaker_is_the_name_not_a_proper_noun_in_its_description() {
    for text in [
        "“Good reporter,” Dana Pike, the 2016 GOP frontrunner and current leader in South Carolina by a wide margin, said.",
        "“Good reporter,” Dana Pike, a graduate of Princeton University, said.",
        "“Good reporter!” Dana Pike went on, as if she had not heard. “Very good.”",
        "“Good reporter?” Dana Pike told the Valley Courier in an interview.",
    ] {
        assert_eq!(
            speaker_of(text, "Good reporter").as_deref(),
            Some("Dana Pike"),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_source_after_as_or_according_to_may_be_a_body_or_a_common_noun() {
    for (text, who) in [
        ("As Ann Vale put it, “Hello, it is the band.”", "Ann Vale"),
        (
            "As the Valley Courier reported, “The mill will close.”",
            "Valley Courier",
        ),
        (
            "According to the newspaper, “Gun laws are porous. Very few people are barred.”",
            "The newspaper",
        ),
    ] {
        let quote = text.split('“').nth(1).unwrap().split('”').next().unwrap();
        let got = speaker_of(text, quote);
        assert!(
            got.as_deref().is_some_and(|g| g.ends_with(who)),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_quotation_opening_its_sentence_is_the_source_s_after_according_to_comma_or_none() {
    for text in [
        "“The mill will close in the spring” according to the Valley Courier.",
        "“The mill will close in the spring,” according to the Valley Courier.",
        "\"The mill will close in the spring\" according to the Valley Courier, which saw the plan.",
    ] {
        assert_eq!(
            speaker_of(text, "The mill will close in the spring").as_deref(),
            Some("Valley Courier"),
            "{text}: {:?}",
            pairs(text)
        );
    }
    // A quotation inside the sentence is no report of the source's: the clause around it
    // is, or nothing.
    for text in [
        "The mayor called the mill “a relic” according to the Valley Courier.",
        "Workers sang “The Mill Song” according to the Valley Courier.",
    ] {
        assert!(
            pairs(text)
                .iter()
                .all(|(w, who)| !(who.ends_with("Valley Courier") && w.starts_with("“"))),
            "{text}: {:?}",
            pairs(text)
        );
    }
}

#[test]
fn a_pronoun_with_no_one_of_its_gender_before_guesses_the_person_last_named_with_low_confidence() {
    let text = "Mrs. Lena Park opened the hall.\n\n“We kept every promise,” he said.";
    let x = extract(text, &paragraphs(text));
    let s = x
        .statements
        .iter()
        .find(|s| text[s.range.clone()].contains("every promise"))
        .expect("the quotation is drafted");
    assert_eq!(x.speaker(s).name, "Lena Park");
    assert!(s.confidence <= 50, "{}", s.confidence);
    // With nobody named at all, nothing is guessed.
    assert!(pairs("“We kept every promise,” he said.").is_empty());
}

#[test]
fn a_role_that_opens_the_clause_speaks_not_the_name_its_verb_takes() {
    let text = "“It is a gift to builders,” Rep. Tom Hale said.\n\n\
                The mayor went after Hale, calling him “a very dull man.”\n\n\
                The mayor attacked Hale, calling him “a very dull man indeed.”";
    for (_, who) in pairs(text).iter().filter(|(w, _)| w.contains("dull man")) {
        assert_eq!(who, "The mayor", "{:?}", pairs(text));
    }
    let split = "“From the bond,” Rep. Tom Hale answered, “and from the state.”";
    let order: Vec<String> = pairs(split).into_iter().map(|(w, _)| w).collect();
    assert_eq!(order, ["From the bond,", "and from the state."]);
}

#[test]
fn questions_and_disputes_as_plural_nouns_report_nothing() {
    use crate::draft::reported::tests::{drafted, one};
    for text in [
        "Mayor Lena Park took questions and posed for photos with the volunteers.",
        "Tom Reyes is taking questions in a church hall in Dover tonight.",
        "Councillor Ann Hale will face questions from the committee next week.",
        "Budget questions are likely to dominate the session in March.",
        "The farms have gone to seed while they await the end of zoning disputes.",
        "The board sent a dozen questions to each of the bidders.",
        "Senator Joan Miles deflected questions.",
    ] {
        assert_eq!(drafted(text), Vec::new(), "{text}");
    }
    // The verb still reports its object, and `questions about …` stays a report.
    one(
        "Lena Park questions the cost of the new bridge.",
        "Lena Park",
        "questions the cost of the new bridge",
    );
    assert!(!drafted("Tom Reyes raised questions about the cost of the new bridge.").is_empty());
}

#[test]
fn a_title_beside_a_verb_is_no_statement_and_the_verb_reports_its_clause() {
    // Shows, books and podcasts named in marks after a possessive, `on`, a noun for a work,
    // or straight after `told`: no one's words.
    let wrong = [
        (
            "Speaking Sunday on KXRA’s “Morning Desk,” Mayor Lena Park said the bridge would reopen.",
            "Morning Desk",
        ),
        (
            "On Channel 9’s “Good Evening Valley” Tuesday, Lena Park said, “The bridge is safe.”",
            "Good Evening Valley",
        ),
        (
            "In his memoir, “Harbour Days,” Owen Hart said the port had been sold twice.",
            "A Harbour Life",
        ),
        (
            "“We will not close the school,” Lena Park told “Valley Mornings” on Friday.",
            "Valley Mornings",
        ),
        (
            "In an appearance on “Breakfast With Tom,” Owen Hart said the levy was a mistake.",
            "Breakfast With Tom",
        ),
    ]
    .into_iter()
    .filter(|(text, title)| {
        let got = pairs(text);
        got.is_empty() || got.iter().any(|(w, _)| w.contains(title))
    })
    .map(|(text, _)| (text, pairs(text)))
    .collect::<Vec<_>>();
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Words said in capitals and short answers stay statements.
    for (text, words) in [
        ("“Never Again,” Lena Park said.", "Never Again"),
        (
            "Asked about the vote, Owen Hart said, “Absolutely Not.”",
            "Absolutely Not",
        ),
        (
            "The crowd chanted “Park! Park!” as she spoke.",
            "Park! Park!",
        ),
    ] {
        assert!(
            speaker_of(text, words).is_some(),
            "{text}\n{:?}",
            pairs(text)
        );
    }
}
