//! Tests of the affiliations an appositive gives on invented sentences: a role going on into a `who` clause, an age before the appositive, roles in `-ist`, a role before a name, a firm with `&`; each a family of one shape and the near shapes that must not change.

use crate::draft::lexicon;

use crate::draft::statements::tests::check_ada_brill as check;

#[test]
fn a_role_going_on_into_a_who_clause_is_two_affiliations() {
    check(&[
        (
            "Ada Brill, a toxicologist at Hale University who studies river deltas, said the map “is wrong.”",
            &[
                "a toxicologist at Hale University",
                "who studies river deltas",
            ],
        ),
        (
            "“The map is wrong,” said Ada Brill, an analyst at Brightline Capital who covers shipping.",
            &["an analyst at Brightline Capital", "who covers shipping"],
        ),
        // A single act after the role: the role alone.
        (
            "Ada Brill, a professor of water law at Hale University who advised both sides when the treaty was drafted, said the map “is wrong.”",
            &["a professor of water law at Hale University"],
        ),
        // Near shapes: the role alone, the clause alone, as before.
        (
            "Ada Brill, a toxicologist at Hale University, said the map “is wrong.”",
            &["a toxicologist at Hale University"],
        ),
        (
            "Ada Brill, who chairs the parks committee, said the map “is wrong.”",
            &["who chairs the parks committee"],
        ),
        // Words that are no role before `who` give nothing.
        (
            "Ada Brill, the one in the red coat who stood up first, said the map “is wrong.”",
            &[],
        ),
    ]);
}

#[test]
fn an_age_before_the_appositive_is_passed_over() {
    check(&[
        (
            "“I vote for rent,” said Ada Brill, 61, a retired school nurse, pointing to a sign.",
            &["a retired school nurse"],
        ),
        (
            "“We planted half,” said Ada Brill, 62, who grows rice outside the village.",
            &["who grows rice outside the village"],
        ),
        (
            "Ada Brill, 58, who grows wheat near Oakley, told senators that her combine sat idle.",
            &["who grows wheat near Oakley"],
        ),
        // Near shapes: a verb after the age is no appositive; no appositive, nothing.
        (
            "Ada Brill, 71, is now the only potter left on the street. “It is quiet,” Brill said.",
            &[],
        ),
        ("“We planted half,” said Ada Brill, 62.", &[]),
    ]);
}

#[test]
fn a_practitioner_in_ist_is_a_role() {
    for word in [
        "toxicologist",
        "lobbyist",
        "pharmacologist",
        "criminologists",
        "machinist",
        "journalist",
    ] {
        assert!(lexicon::is_role(word), "{word}");
    }
    for word in ["insist", "exists", "checklist", "wrist", "list", "Marist"] {
        assert!(!lexicon::is_role(word), "{word}");
    }
    check(&[(
        "Ada Brill, a lobbyist for the Plains Dealers Association, said the bill “is a fantasy.”",
        &["a lobbyist for the Plains Dealers Association"],
    )]);
}

#[test]
fn a_title_and_labels_around_the_name() {
    check(&[
        // A role of two words in lower case before the name.
        (
            "“It is the product,” chief executive Ada Brill said in a video.",
            &["chief executive"],
        ),
        // A label in brackets, then a `who` clause.
        (
            "Rep. Ada Brill (R-Colby), who chairs the farm committee, said the figure “is made up.”",
            &["Rep.", "R-Colby", "who chairs the farm committee"],
        ),
        // What someone has done over a span since a year.
        (
            "Ada Brill, who has managed the Eastside branch since 2009, said families came back.",
            &["who has managed the Eastside branch since 2009"],
        ),
        // Near shape: a single act in the perfect is no affiliation.
        (
            "Ada Brill, who has voted against the plan, said families came back.",
            &[],
        ),
    ]);
}

#[test]
fn a_role_before_the_name_from_its_determiner() {
    check(&[
        (
            "But the auditor, Ada Brill, cautioned that the figures were not comparable.",
            &["the auditor"],
        ),
        (
            "The memo is signed by the firm's principal engineer, Ada Brill. She said the software “was at fault.”",
            &["the firm's principal engineer"],
        ),
        // Near shapes: a plural, a preposition or a verb between the determiner and the role.
        (
            "She was on the phone with House leaders, Ada Brill said, and the vote “is close.”",
            &[],
        ),
        (
            "In a memo sent to reporters, Ada Brill wrote that the poll was “skewed.”",
            &[],
        ),
    ]);
}

#[test]
fn a_firm_with_an_ampersand_is_kept_whole() {
    check(&[
        (
            "Ada Brill of Barstow & Klein was more measured. “It is fine,” Brill said.",
            &["Barstow & Klein"],
        ),
        // Near shape: a place of one word.
        (
            "Ada Brill of Barstow was more measured. “It is fine,” Brill said.",
            &["Barstow"],
        ),
    ]);
}
