//! Tests of linking responses to claims, claims found by being answered, and stances: each rule with a family of invented sentences, shapes and near shapes.

use super::*;
use crate::draft::stance::stance;
use crate::draft::test_articles::{draft, index, said};

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
    // An answer with nothing else to tie it answers the article's first claim within
    // its reach, and nothing past it.
    for (distance, tied) in [
        (0, true),
        (2, true),
        (LEAD_PARAGRAPHS, true),
        (LEAD_PARAGRAPHS + 1, false),
        (9, false),
    ] {
        let lead = Ties {
            answering: true,
            distance,
            lead: true,
            ..none
        };
        assert_eq!(lead.enough(), tied, "{distance} paragraphs on");
        assert!(
            !Ties {
                answering: false,
                ..lead
            }
            .enough(),
            "no answer, {distance} on"
        );
    }
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

/// An answer tied by nothing but its wording answers the article's first claim in its
/// reach ([`LEAD_PARAGRAPHS`]) and no claim past it: further on, the wording may answer
/// anything the article has come to.
#[test]
fn an_answer_tied_by_nothing_else_reaches_the_first_claim_only_nearby() {
    for (between, tied) in [(1, true), (3, true), (5, false), (8, false)] {
        let mut text = String::from(
            "Mayor Tessa Brill claimed the harbor dredging would pay for itself within a decade.",
        );
        for k in 0..between {
            text.push_str(&format!("\n\nThe ferry ran late on day {k} of the month."));
        }
        text.push_str("\n\nHarbor pilot Omar Quist said that was false.");
        let x = draft(&text);
        let claim = index(&x, &text, "pay for itself");
        assert!(x.statements[claim].claim, "{text}");
        let answer = index(&x, &text, "was false");
        let want = tied.then_some(claim);
        assert_eq!(
            x.statements[answer].answers, want,
            "{between} paragraphs between"
        );
    }
}

#[test]
fn a_noun_pointing_back_names_the_statement_the_answer_speaks_of() {
    // Invented: the claimant says three things; the dispute's paragraph goes on about the
    // second one's words (`the valves … sealed`), so that one is the claim, not the run's
    // first.
    let text = "Mayor Ann Mole said the budget for the waterworks was balanced. She said \
                the valves at the Fenwick station had been sealed in March. She said the \
                crews would finish by June.\n\n\
                Inspector Lou Kerr rejected that explanation. The valves at the Fenwick \
                station were never sealed, Kerr said, and the logs show it.";
    let x = draft(text);
    assert!(
        said(&x, text, "valves at the Fenwick station had been").claim,
        "{:?}",
        x.statements
    );
    for other in ["budget for the waterworks", "crews would finish"] {
        assert!(!said(&x, text, other).claim, "{other}");
    }
    // Near shape: an answer sharing nothing with any of them names the run's first, as a
    // noun for an account did before.
    let vague = text.replace(
        "The valves at the Fenwick station were never sealed, Kerr said, and the logs show it.",
        "Nobody believes her, Kerr said.",
    );
    let x = draft(&vague);
    assert!(
        said(&x, &vague, "budget for the waterworks").claim,
        "{:?}",
        x.statements
    );
    assert!(!said(&x, &vague, "had been sealed").claim);
}

#[test]
fn a_noun_for_a_number_pointing_back_names_a_statement_that_holds_one() {
    // Invented: a possessive before a noun for a number (`her numbers`, `his figure`)
    // points back, and names the claimant's statement that holds a figure.
    for dispute in [
        "The parents' group disputed her numbers within an hour.",
        "The parents' group disputed her figure.",
        "The parents' group rejected those numbers.",
    ] {
        let text = format!(
            "Superintendent Ann Mole said the district was doing its best. She said \
             attendance had risen to 94 percent this year. She said the buses were \
             on time.\n\n{dispute} Its chair, Lou Kerr, said families were still \
             waiting for answers."
        );
        let x = draft(&text);
        assert!(
            said(&x, &text, "risen to 94 percent").claim,
            "{dispute}: {:?}",
            x.statements
        );
        for other in ["doing its best", "buses were"] {
            assert!(!said(&x, &text, other).claim, "{dispute}: {other}");
        }
    }
    // Near shapes: a possessive before a noun that names no saying (`her offer`), a
    // demonstrative before a name going on into a clause, and a denied dispute point
    // at nothing.
    for dispute in [
        "The parents' group rejected her offer.",
        "Neither side disputes that Kerr and Mole met.",
        "The parents' group disputed that Mole and Kerr had met.",
    ] {
        let text = format!(
            "Superintendent Ann Mole said attendance had risen to 94 percent this \
             year.\n\n{dispute}"
        );
        let x = draft(&text);
        assert!(
            !said(&x, &text, "risen to 94 percent").claim,
            "{dispute}: {:?}",
            x.statements
        );
    }
}
