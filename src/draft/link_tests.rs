//! Tests of linking responses to claims, claims found by being answered, and stances: each rule with a family of invented sentences, shapes and near shapes.

use super::*;
use crate::draft::{Extraction, extract};

/// Drafts an invented article whose paragraphs are separated by blank lines.
fn draft(text: &str) -> Extraction {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        paragraphs.push(start..start + part.len());
        start += part.len() + 2;
    }
    extract(text, &paragraphs)
}

/// The drafted statement holding `words`.
fn said<'a>(x: &'a Extraction, text: &str, words: &str) -> &'a crate::draft::Statement {
    x.statements
        .iter()
        .find(|s| text[s.range.clone()].contains(words))
        .unwrap_or_else(|| panic!("{words:?} not drafted in {text:?}"))
}

/// The index of the drafted statement holding `words`.
fn index(x: &Extraction, text: &str, words: &str) -> usize {
    x.statements
        .iter()
        .position(|s| text[s.range.clone()].contains(words))
        .unwrap_or_else(|| panic!("{words:?} not drafted in {text:?}"))
}

#[test]
fn stances_follow_the_wording() {
    assert_eq!(stance("that is a lie", "").0, Stance::Disputes);
    assert_eq!(
        stance("I wouldn’t be surprised if it goes on", "").0,
        Stance::Qualifies
    );
    assert_eq!(
        stance("I would be very surprised if it did", "").0,
        Stance::Disputes
    );
    assert_eq!(stance("the report is correct", "").0, Stance::Supports);
    assert_eq!(stance("the valley is dry in summer", "").0, Stance::Context);
}

#[test]
fn a_family_of_answers_takes_its_stance_from_its_words_and_its_verb() {
    // (the response's words, its sentence, the stance)
    let cases = [
        (
            "the figure was false",
            "He said the figure was false.",
            Stance::Disputes,
        ),
        (
            "the charge",
            "The agency denied the charge.",
            Stance::Disputes,
        ),
        (
            "the report",
            "She rejected the report outright.",
            Stance::Disputes,
        ),
        (
            "it is misleading",
            "It is misleading, he said.",
            Stance::Disputes,
        ),
        ("the numbers were exaggerated", "", Stance::Disputes),
        ("the claim", "He called the claim false.", Stance::Disputes),
        ("the numbers do not back that up", "", Stance::Disputes),
        ("that is not right", "", Stance::Disputes),
        ("that is not true", "", Stance::Disputes),
        (
            "the plan was sound",
            "She agreed that the plan was sound.",
            Stance::Supports,
        ),
        (
            "the leak happened",
            "The utility confirmed the leak happened.",
            Stance::Supports,
        ),
        ("the audit bears out the figure", "", Stance::Supports),
        ("she is partly right", "", Stance::Qualifies),
        ("it might work if the rains come", "", Stance::Qualifies),
        (
            "the council meets on Tuesday",
            "He said the council meets on Tuesday.",
            Stance::Context,
        ),
    ];
    for (words, sentence, want) in cases {
        assert_eq!(stance(words, sentence).0, want, "{words:?} in {sentence:?}");
    }
}

#[test]
fn cues_are_whole_words_so_words_holding_them_are_no_cue() {
    // `lie` in believe, earlier, applied, allies; `true` in construed; `wrong` in wrongful
    // is another word; `doubt` in doubtless likewise.
    for words in [
        "she believes the plant will open earlier",
        "they applied for a permit with their allies",
        "the contract was construed narrowly",
        "a wrongful-dismissal case is pending",
        "the supplies arrived",
    ] {
        assert_eq!(stance(words, "").0, Stance::Context, "{words:?}");
    }
    // The near shapes that are cues.
    assert_eq!(stance("that is a lie", "").0, Stance::Disputes);
    assert_eq!(stance("they lied about it", "").0, Stance::Disputes);
    assert_eq!(stance("the figure is wrong.", "").0, Stance::Disputes);
}

#[test]
fn a_negated_cue_is_no_cue_and_denied_agreement_disputes() {
    for (words, want) in [
        (
            "nobody disputes that the valley needs water",
            Stance::Context,
        ),
        ("the company did not deny the leak", Stance::Context),
        ("he never disputed the figure", Stance::Context),
        ("she didn't reject the plan", Stance::Context),
        ("the figure is not accurate", Stance::Disputes),
        ("that is not correct", Stance::Disputes),
        ("the data do not confirm it", Stance::Disputes),
        ("the study does not back up the claim", Stance::Disputes),
    ] {
        assert_eq!(stance(words, "").0, want, "{words:?}");
    }
    // Only the two words before a cue negate it.
    assert_eq!(
        stance("not once in ten years has the mayor denied it", "").0,
        Stance::Disputes
    );
}

#[test]
fn find_cue_finds_whole_words_and_stems_marked_with_a_star() {
    assert_eq!(find_cue("the claim is false", "false"), Some(13));
    assert_eq!(find_cue("falsehood", "false"), None);
    assert_eq!(find_cue("it was exaggerated", "exaggerat*"), Some(7));
    assert_eq!(find_cue("an exaggeration", "exaggerat*"), Some(3));
    assert_eq!(find_cue("unexaggerated", "exaggerat*"), None);
    assert_eq!(find_cue("", "false"), None);
    assert_eq!(find_cue("false", ""), None);
    assert_eq!(find_cue("the minister's figures", "the minister"), None);
    assert_eq!(
        find_cue("the minister's figures", "the minister's"),
        Some(0)
    );
}

#[test]
fn evidence_is_needed_and_nearness_alone_is_none() {
    let none = Ties::default();
    assert!(!none.enough(), "nearness alone");
    let near = Ties {
        distance: 1,
        ..none
    };
    assert!(
        !near.enough(),
        "the paragraph after, nothing said of the claim"
    );
    assert!(
        Ties {
            quoted: true,
            distance: 9,
            ..none
        }
        .enough()
    );
    assert!(
        Ties {
            shared: 2,
            distance: 9,
            ..none
        }
        .enough()
    );
    assert!(
        !Ties {
            shared: 1,
            distance: 0,
            ..none
        }
        .enough()
    );
    assert!(
        Ties {
            named: true,
            shared: 1,
            distance: 9,
            ..none
        }
        .enough()
    );
    assert!(
        !Ties {
            named: true,
            distance: 0,
            ..none
        }
        .enough(),
        "a name alone"
    );
    assert!(
        Ties {
            named: true,
            answering: true,
            distance: 9,
            ..none
        }
        .enough()
    );
    assert!(
        Ties {
            answering: true,
            distance: 1,
            ..none
        }
        .enough()
    );
    assert!(
        !Ties {
            answering: true,
            distance: 2,
            ..none
        }
        .enough()
    );
    assert!(
        Ties {
            answering: true,
            distance: 9,
            lead: true,
            ..none
        }
        .enough()
    );
    assert!(
        Ties {
            refers: true,
            distance: 3,
            ..none
        }
        .enough()
    );
    assert!(
        !Ties {
            refers: true,
            distance: 4,
            ..none
        }
        .enough()
    );
}

#[test]
fn pointing_back_needs_a_verb_of_disputing_and_a_word_for_what_was_said() {
    for sentence in [
        "kowalczyk disputed that, noting that two homes flooded.",
        "the railroad denied the allegations in a court filing.",
        "she rejected the claim.",
        "the agency denied it on friday.",
        "he dismissed those figures as guesswork.",
        "the company disputed this.",
    ] {
        assert!(points_back(sentence).is_some(), "{sentence:?}");
    }
    assert_eq!(points_back("she rejected the claim."), Some(Pointer::Noun));
    assert_eq!(points_back("he denied it."), Some(Pointer::Pronoun));
    for sentence in [
        "he denied that he knew about the loan.",
        "she disputed that the pond would overflow.",
        "the agency denied it was at fault.",
        "they rejected the claims process as slow, she said.",
        "he said that, and more.",
        "she questioned, then left.",
    ] {
        assert_eq!(points_back(sentence), None, "{sentence:?}");
    }
}

#[test]
fn no_one_answers_their_own_claim() {
    // Invented: the claimant says more, then someone else disputes the claim.
    let text = "Mayor Ann Mole claimed that the new dam will double the water supply.\n\n\
                “The numbers are clear,” Mole said.\n\n\
                “That claim is false,” said Karim Haddad, a hydrologist.";
    let x = draft(text);
    let claim = x.statements.iter().position(|s| s.claim).expect("a claim");
    assert_eq!(said(&x, text, "The numbers are clear").answers, None);
    assert_eq!(said(&x, text, "That claim is false").answers, Some(claim));
}

#[test]
fn a_statement_about_something_else_answers_no_claim() {
    // Invented: a claim, then statements with no word of it, by others, near and far.
    let opening = "Mayor Ann Mole claimed that the new reservoir will double the water supply.";
    for later in [
        "“We open the library on Mondays now,” said Ruth Ames, a librarian.",
        "Ruth Ames, a librarian, said the library opens on Mondays now.",
        "\n\nThe school board met on Tuesday.\n\nBoard chair Tom Reyes said the \
         budget vote would come in June.",
    ] {
        let text = format!("{opening}\n\n{later}");
        let x = draft(&text);
        let last = x.statements.last().expect("statements");
        assert!(!last.claim, "{later:?}");
        assert_eq!(last.answers, None, "{later:?}");
    }
}

#[test]
fn a_response_with_evidence_answers_the_claim() {
    let opening = "Mayor Ann Mole claimed that the new reservoir will double the water supply.";
    // Each: a response that names, quotes, shares words with or answers the claim.
    for later in [
        // Right after the claim, answering in words.
        "“That is simply false,” said Karim Haddad, a hydrologist.",
        "Karim Haddad, a hydrologist, rejected the idea, saying the river is too small.",
        // Far after, naming the claimant and answering.
        "The council met.\n\nIt voted.\n\nIt rose.\n\nKarim Haddad, a hydrologist, said \
         Mole was wrong about the river.",
        // Far after, sharing the claim's words.
        "The council met.\n\nIt voted.\n\nIt rose.\n\nKarim Haddad, a hydrologist, said the \
         reservoir could never double the supply.",
    ] {
        let text = format!("{opening}\n\n{later}");
        let x = draft(&text);
        let claim = x.statements.iter().position(|s| s.claim).expect("a claim");
        let last = x.statements.last().expect("statements");
        assert_eq!(last.answers, Some(claim), "{later:?}");
    }
}

#[test]
fn a_speakers_turn_goes_on_answering_what_it_answered() {
    let text = "Mayor Ann Mole claimed that the new reservoir will double the water supply.\n\n\
                “That is false,” said Karim Haddad, a hydrologist. “The river carries \
                half of what it did in 1990.”";
    let x = draft(text);
    let claim = index(&x, text, "double the water supply");
    assert_eq!(said(&x, text, "That is false").answers, Some(claim));
    assert_eq!(said(&x, text, "The river carries").answers, Some(claim));
    // Near shape: the next speaker says something else, and is not carried.
    let text = "Mayor Ann Mole claimed that the new reservoir will double the water supply.\n\n\
                “That is false,” said Karim Haddad, a hydrologist.\n\n\
                “We open the library on Mondays now,” said Ruth Ames, a librarian.";
    let x = draft(text);
    assert_eq!(said(&x, text, "library on Mondays").answers, None);
}

#[test]
fn a_statement_disputed_by_a_word_pointing_back_becomes_a_claim() {
    for (text, claim_words, answer_words) in [
        (
            "The city engineer, Hal Moss, told the council that the pond would hold a \
             100-year storm.\n\nDana Kowal disputed that, noting that two homes flooded in 2019.",
            "the pond would hold",
            "two homes flooded",
        ),
        (
            "Ann Mole said the plant had never leaked.\n\nThe union rejected the claim, \
             saying that workers saw oil in the creek.",
            "the plant had never leaked",
            "workers saw oil",
        ),
    ] {
        let x = draft(text);
        let claim = index(&x, text, claim_words);
        assert!(x.statements[claim].claim, "{text:?}");
        assert_eq!(
            said(&x, text, answer_words).answers,
            Some(claim),
            "{text:?}"
        );
    }
    // Near shapes: a verb of disputing with a clause of its own points at nothing.
    for text in [
        "Hal Moss told the council that the pond would hold a 100-year storm.\n\n\
         Dana Kowal disputed that the pond was big enough, noting that two homes flooded.",
        "Hal Moss told the council that the pond would hold a 100-year storm.\n\n\
         Dana Kowal denied that she had seen the plans.",
    ] {
        let x = draft(text);
        assert!(
            !said(&x, text, "the pond would hold").claim,
            "{text:?}: {:?}",
            x.statements
        );
    }
}

#[test]
fn a_noun_pointing_back_names_the_claim_already_made() {
    // `the charge` answers the allegation two paragraphs up; the statement just before
    // it, the claimant's own, stays a statement.
    let text = "Rep. Tom Brack alleged that the agency had used the money to hire office staff.\n\n\
                “I watched that money disappear once,” Brack said.\n\n\
                The agency denied the charge, saying that every dollar went to crews.";
    let x = draft(text);
    let claim = index(&x, text, "hire office staff");
    assert!(x.statements[claim].claim);
    assert!(!said(&x, text, "I watched that money").claim);
    assert_eq!(said(&x, text, "every dollar went").answers, Some(claim));
}

#[test]
fn quoted_phrases_of_two_words_or_more() {
    assert_eq!(
        quoted_phrases("accused Iran of acting as al-Qaida’s “new home base,” and “x”"),
        ["new home base"]
    );
}

#[test]
fn a_claim_past_the_horizon_is_answered_by_nobody_and_the_first_claim_has_none() {
    // Invented: two claims, then a response sharing the second's words after N
    // paragraphs of something else. Within the horizon it answers the second claim; past
    // it (over 124 paragraphs, where the most evidence scores below nothing) it answers
    // none of them: which also keeps the walk back from each response short.
    let claims = "Mayor Ann Mole claimed that the new reservoir will double the water supply.\n\n\
                  Council member Joe Park claimed that the bus depot on Elm Street will close in \
                  spring.";
    let response = "Karim Haddad, a planner, said the bus depot on Elm Street will stay open \
                    past spring.";
    for (gap, answers) in [
        (3, true),
        (100, true),
        (123, true),
        (126, false),
        (300, false),
    ] {
        let filler = "The weather stayed mild through the week.\n\n".repeat(gap);
        let text = format!("{claims}\n\n{filler}{response}");
        let x = draft(&text);
        let second = index(&x, &text, "bus depot on Elm Street will close");
        assert!(x.statements[second].claim, "{gap}");
        let last = said(&x, &text, "stay open");
        assert_eq!(
            last.answers == Some(second),
            answers,
            "{gap}: {:?}",
            last.answers
        );
    }
}

#[test]
fn a_statement_named_back_as_its_speakers_figure_becomes_a_claim() {
    for (text, claim_words, answer_words) in [
        // The role word of a short title: `Gov.` is `the governor`.
        (
            "Gov. Alma Tervo told the board that riders pay a third of the cost.\n\n\
             \"We will not raise the gas tax again,\" Tervo said.\n\n\
             Rep. Dana Kowal said the governor's figure left out the parking fees.",
            "riders pay a third",
            "left out the parking",
        ),
        // The surname, a noun two words on.
        (
            "Hal Moss said the new pond would hold a 100-year storm.\n\n\
             Ann Mole said Moss's own flood estimate was ten years old.",
            "the new pond would",
            "ten years old",
        ),
        // A business by `the company`.
        (
            "Kessel Outdoor Co. said that tariffs explained nearly all of the drop.\n\n\
             Lena Fosse, an analyst, said the company's split of the decline was roughly right.",
            "tariffs explained",
            "roughly right",
        ),
        // A figure names the earliest statement that holds one, not an earlier one with
        // none; an account (no number) names the earliest.
        (
            "Northway Air says most delays were not its fault.\n\n\
             The airline said that radar centers caused 70 percent of them.\n\n\
             Ann Mole disputed the airline's figure.",
            "caused 70 percent",
            "airline's figure",
        ),
        (
            "Northway Air says most delays were not its fault.\n\n\
             The airline said that radar centers caused 70 percent of them.\n\n\
             Ann Mole disputed the airline's account.",
            "not its fault",
            "airline's account",
        ),
    ] {
        let x = draft(text);
        let claim = index(&x, text, claim_words);
        assert!(x.statements[claim].claim, "{text:?}: {:?}", x.statements);
        assert_eq!(
            said(&x, text, answer_words).answers,
            Some(claim),
            "{text:?}"
        );
    }
    // Near shapes that make no claim: the speaker named without a noun for what was
    // said, a possessive of something else, a noun owned by nobody who spoke, and a
    // speaker naming their own figure.
    for text in [
        "Gov. Alma Tervo told the board that riders pay a third of the cost.\n\n\
         Rep. Dana Kowal said the governor's office had not called her back.",
        "Gov. Alma Tervo told the board that riders pay a third of the cost.\n\n\
         Rep. Dana Kowal said the state's figure left out the parking fees.",
        "Gov. Alma Tervo told the board that riders pay a third of the cost.\n\n\
         Rep. Dana Kowal said the governor was right about the ferries.",
        "Gov. Alma Tervo told the board that riders pay a third of the cost.\n\n\
         Tervo said later that the governor's figure was a careful one.",
    ] {
        let x = draft(text);
        assert!(
            !said(&x, text, "riders pay a third").claim,
            "{text:?}: {:?}",
            x.statements
        );
    }
}

#[test]
fn owners_of_claims_are_the_possessives_before_a_noun_for_what_was_said() {
    assert_eq!(
        owners_of_claims("she said the governor's own figure was old."),
        (vec!["the governor".to_string()], true)
    );
    assert_eq!(
        owners_of_claims("rao called moss's estimate fair"),
        (vec!["called moss".to_string()], true)
    );
    // A noun for what was said that is no number.
    assert_eq!(
        owners_of_claims("rao called moss's account fair"),
        (vec!["called moss".to_string()], false)
    );
    // Too far from the noun, or no noun for what was said.
    assert!(
        owners_of_claims("the governor's long-held and often repeated figure")
            .0
            .is_empty()
    );
    assert!(
        owners_of_claims("the governor's office said no")
            .0
            .is_empty()
    );
}

#[test]
fn a_noun_for_what_was_said_names_the_statement_its_complement_speaks_of() {
    let request = "Mayor Ines Varga asked the council to sell the old tram depot.\n\n";
    let ridership = "Varga also said that bus ridership had doubled since 2021.\n\n";
    for (text, claim_words, answer_words) in [
        // The complement (`about ridership`) names her second statement, not her first.
        (
            format!(
                "{request}{ridership}Council member Tom Reyes said the mayor's claim about \
                 ridership was not what the transit office reported."
            ),
            "ridership had doubled",
            "not what the transit",
        ),
        // A word of four letters names the longer word it begins (`fare` → `fares`).
        (
            format!(
                "{request}Varga also said that fares had not risen in a decade.\n\n\
                 Tom Reyes, a council member, said the mayor's figure on fare increases \
                 left out the weekend passes."
            ),
            "fares had not risen",
            "left out the weekend",
        ),
        // A point, as a noun for what was said.
        (
            format!(
                "{request}{ridership}Tom Reyes, a council member, said the mayor's point \
                 about ridership was fair but beside the point."
            ),
            "ridership had doubled",
            "was fair but",
        ),
        // Over a claim of hers already made that speaks of something else.
        (
            format!(
                "Mayor Ines Varga claimed the old tram depot was worthless.\n\n{ridership}\
                 Tom Reyes, a council member, said the mayor's claim about ridership was \
                 wrong."
            ),
            "ridership had doubled",
            "was wrong",
        ),
    ] {
        let x = draft(&text);
        let claim = index(&x, &text, claim_words);
        assert!(x.statements[claim].claim, "{text:?}: {:?}", x.statements);
        assert_eq!(
            said(&x, &text, answer_words).answers,
            Some(claim),
            "{text:?}: {:?}",
            x.statements
        );
    }
    // Near shapes that keep the earliest: a complement none of her statements speaks
    // of, and no complement at all.
    for text in [
        format!(
            "{request}{ridership}Tom Reyes, a council member, said the mayor's claim about \
             parking meters was old."
        ),
        format!("{request}{ridership}Tom Reyes, a council member, said the mayor's claim was old."),
    ] {
        let x = draft(&text);
        assert!(
            said(&x, &text, "sell the old tram").claim,
            "{text:?}: {:?}",
            x.statements
        );
        assert!(
            !said(&x, &text, "ridership had doubled").claim,
            "{text:?}: {:?}",
            x.statements
        );
    }
    // A claim of hers already made that speaks of the complement as much: nothing more
    // is promoted.
    let text = "Mayor Ines Varga claimed that bus ridership had doubled.\n\n\
                Varga said that ridership fell sharply during the storms.\n\n\
                Tom Reyes, a council member, said the mayor's claim about ridership was wrong.";
    let x = draft(text);
    assert!(said(&x, text, "had doubled").claim, "{:?}", x.statements);
    assert!(!said(&x, text, "fell sharply").claim, "{:?}", x.statements);
}

#[test]
fn topics_of_claims_are_the_words_of_a_claim_nouns_complement() {
    assert_eq!(
        topics_of_claims("he said the superintendent's claim about test scores was wrong."),
        vec!["test".to_string(), "scores".to_string()]
    );
    // Up to four words, ending at a verb or conjunction; short words left out.
    assert_eq!(
        topics_of_claims("the council's point on the newer ionizer models and filters"),
        vec![
            "newer".to_string(),
            "ionize".to_string(),
            "models".to_string()
        ]
    );
    // No opener straight after the noun, or no noun for what was said.
    assert!(topics_of_claims("the mayor's claim was about parking").is_empty());
    assert!(topics_of_claims("a question about test scores").is_empty());
    assert!(topics_of_claims("the claim that scores fell").is_empty());
}
