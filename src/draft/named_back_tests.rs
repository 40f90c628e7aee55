//! Tests of claims named back as a speaker's (`the governor's figure`): each rule with a family of invented sentences, shapes and near shapes.

use super::*;
use crate::claims::Stance;
use crate::draft::test_articles::{draft, index, said};

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

#[test]
fn a_denial_is_never_the_claim_named_back_but_answers_the_claim_it_denies() {
    // A body's plain dispute, then its officer's answer, then the claimant asked about
    // the body's account: the account named is the claim the denial answers, not the
    // denial.
    for verb in ["disputed", "rejected", "denied"] {
        let text = format!(
            "Councilor Ada Brenner said the clinic turned away eleven patients during the storm.\n\n\
             The Harbor Clinic {verb} that account on Monday. Its director, Dr. Lena Vogt, said the clinic stayed open all night and saw every patient who came.\n\n\
             Asked about the clinic's account, Brenner said two of the families had shown her their discharge papers."
        );
        let x = draft(&text);
        let denial = index(&x, &text, "that account");
        assert!(!x.statements[denial].claim, "{text}");
        let claim = index(&x, &text, "eleven patients");
        assert!(x.statements[claim].claim, "{text}");
        assert_eq!(x.statements[denial].answers, Some(claim), "{text}");
        assert_eq!(x.statements[denial].stance, Stance::Disputes, "{text}");
        // The claimant's own words again answer nothing.
        assert_eq!(said(&x, &text, "discharge papers").answers, None, "{text}");
    }
}
