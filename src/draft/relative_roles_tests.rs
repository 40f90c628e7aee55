//! Tests of the affiliations relative clauses give on invented sentences: a description after a party–state label, `who` clauses with an adverb, in the perfect, the progressive or the past with its span, `whose` clauses on a person's work, a clause after a role's comma; each a family of one shape and the near shapes that must give no affiliation.

use crate::draft::statements::tests::check_ada_brill as check;

#[test]
fn a_description_after_a_party_label_is_kept_with_the_label() {
    check(&[
        (
            "Sen. Ada Brill, D-Ore., who chairs the budget committee, said the bill “will pass.”",
            &["Sen.", "D-Ore", "who chairs the budget committee"],
        ),
        (
            "Rep. Ada Brill, R-Tulsa, the panel's ranking Republican, said the bill “will pass.”",
            &["Rep.", "R-Tulsa", "the panel's ranking Republican"],
        ),
        (
            "Ada Brill, D-Salem, whose district includes two dams, said the bill “will pass.”",
            &["D-Salem", "whose district includes two dams"],
        ),
        (
            "Ada Brill, R-Kan., who has sponsored a rival version of the bill, said it “will fail.”",
            &["R-Kan", "who has sponsored a rival version of the bill"],
        ),
        // The label alone, as before.
        (
            "Ada Brill, D-Salem, said the bill “will pass.”",
            &["D-Salem"],
        ),
        // A single act after the label gives the label only.
        (
            "Ada Brill, D-Salem, who voted against it, said the bill “will pass.”",
            &["D-Salem"],
        ),
    ]);
}

#[test]
fn a_who_clause_with_an_adverb_of_time_says_who_they_are() {
    check(&[
        (
            "Ada Brill, who now runs the county's water board, said the pipe “was cracked.”",
            &["who now runs the county's water board"],
        ),
        (
            "Ada Brill, who also sits on the hospital board, said the pipe “was cracked.”",
            &["who also sits on the hospital board"],
        ),
        (
            "Ada Brill, who still coaches at the high school, said the pipe “was cracked.”",
            &["who still coaches at the high school"],
        ),
        (
            "Ada Brill, a former nurse who now hosts a radio show, said the pipe “was cracked.”",
            &["a former nurse who now hosts a radio show"],
        ),
        // An adverb before a single act: nothing.
        (
            "Ada Brill, who also voted against the plan, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who now said she regretted it, said the pipe “was cracked.”",
            &[],
        ),
    ]);
}

#[test]
fn a_who_clause_in_the_perfect_of_standing_work_says_who_they_are() {
    check(&[
        (
            "Ada Brill, who has advised the ministry on mining law, said the pipe “was cracked.”",
            &["who has advised the ministry on mining law"],
        ),
        (
            "Ada Brill, who has studied river floods in six counties, said the pipe “was cracked.”",
            &["who has studied river floods in six counties"],
        ),
        (
            "Ada Brill, who has long represented tenants in housing court, said the pipe “was cracked.”",
            &["who has long represented tenants in housing court"],
        ),
        (
            "Ada Brill, a geologist at Hale University who has worked on dams for the state, said the pipe “was cracked.”",
            &[
                "a geologist at Hale University",
                "who has worked on dams for the state",
            ],
        ),
        // The perfect of a single act: nothing.
        (
            "Ada Brill, who has denied any wrongdoing, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who has pleaded not guilty, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who has declined to resign, said the pipe “was cracked.”",
            &[],
        ),
        // Where one lives, what one gives spare time to.
        (
            "Ada Brill, who has lived on the street for a decade, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who has campaigned for a rent cap, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who now lives with her sister in Salem, said the pipe “was cracked.”",
            &[],
        ),
    ]);
}

#[test]
fn a_who_clause_in_the_progressive_of_standing_work_says_who_they_are() {
    check(&[
        (
            "Ada Brill, who is challenging the mayor in the fall election, said the pipe “was cracked.”",
            &["who is challenging the mayor in the fall election"],
        ),
        (
            "Ada Brill, who was leading the inquiry into the spill, said the pipe “was cracked.”",
            &["who was leading the inquiry into the spill"],
        ),
        (
            "Ada Brill, who is running for the open council seat, said the pipe “was cracked.”",
            &["who is running for the open council seat"],
        ),
        // The progressive of a single act: nothing.
        (
            "Ada Brill, who was driving the truck, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who was walking her dog nearby, said the pipe “was cracked.”",
            &[],
        ),
    ]);
}

#[test]
fn a_who_clause_in_the_past_with_its_span_says_who_they_were() {
    check(&[
        (
            "Ada Brill, who spent two years measuring the creek, said the pipe “was cracked.”",
            &["who spent two years measuring the creek"],
        ),
        (
            "Ada Brill, who played 12 seasons in the league, said the pipe “was cracked.”",
            &["who played 12 seasons in the league"],
        ),
        (
            "Ada Brill, who served three terms on the council, said the pipe “was cracked.”",
            &["who served three terms on the council"],
        ),
        // A past with no span is a single act: nothing.
        (
            "Ada Brill, who spent the night at a shelter, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, who played in the final, said the pipe “was cracked.”",
            &[],
        ),
    ]);
}

#[test]
fn a_whose_clause_on_their_work_says_who_they_are() {
    check(&[
        (
            "Ada Brill, whose district includes the harbor, said the pipe “was cracked.”",
            &["whose district includes the harbor"],
        ),
        (
            "Ada Brill, whose firm audits the port authority, said the pipe “was cracked.”",
            &["whose firm audits the port authority"],
        ),
        (
            "Ada Brill, whose law firm represents the tenants, said the pipe “was cracked.”",
            &["whose law firm represents the tenants"],
        ),
        (
            "Ada Brill, whose research focuses on lead in water, said the pipe “was cracked.”",
            &["whose research focuses on lead in water"],
        ),
        (
            "“The pipe was cracked,” said Ada Brill, whose ward covers the east side.",
            &["whose ward covers the east side"],
        ),
    ]);
}

#[test]
fn a_whose_clause_on_kin_home_or_a_single_act_gives_nothing() {
    check(&[
        (
            "Ada Brill, whose daughter attends the school, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, whose son was hurt in the blast, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, whose house sits beside the plant, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, whose car was struck by the bus, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, whose basement flooded twice, said the pipe “was cracked.”",
            &[],
        ),
        (
            "Ada Brill, whose case is still pending, said the pipe “was cracked.”",
            &[],
        ),
        // The past tells a single act of their office.
        (
            "Ada Brill, whose office filed a brief in May, said the pipe “was cracked.”",
            &[],
        ),
    ]);
}

#[test]
fn a_clause_after_a_role_s_comma_is_a_second_affiliation() {
    check(&[
        (
            "Ada Brill, the library's deputy director, who will run it until a successor is hired, said the budget “is thin.”",
            &[
                "the library's deputy director",
                "who will run it until a successor is hired",
            ],
        ),
        (
            "Ada Brill, a county commissioner, whose district includes the dam, said the budget “is thin.”",
            &["a county commissioner", "whose district includes the dam"],
        ),
        (
            "Ada Brill, the branch manager, who has run the library since 2009, said the budget “is thin.”",
            &["the branch manager", "who has run the library since 2009"],
        ),
        // A single act after the role's comma: the role alone.
        (
            "Ada Brill, a county commissioner, who voted for the levy, said the budget “is thin.”",
            &["a county commissioner"],
        ),
    ]);
}

#[test]
fn a_role_before_a_name_after_a_preposition_opens_at_its_determiner() {
    check(&[
        (
            "The memo, signed by its chief technology officer, Ada Brill, said the data “was never shared.”",
            &["its chief technology officer"],
        ),
        (
            "The board sent a letter to the firm's chief executive, Ada Brill, who said the data “was never shared.”",
            &["the firm's chief executive"],
        ),
        (
            "According to a memo from the district's facilities director, Ada Brill, the filters “will cost $180,000.”",
            &["the district's facilities director"],
        ),
        // A role opening its clause, as before.
        (
            "The company's chief executive, Ada Brill, said the data “was never shared.”",
            &["The company's chief executive"],
        ),
    ]);
}

#[test]
fn a_title_and_the_place_or_body_after_of_are_both_affiliations() {
    check(&[
        (
            "Sen. Ada Brill of Minnesota said the bill “goes too far.”",
            &["Sen.", "Minnesota"],
        ),
        (
            "Dr. Ada Brill of Hale University said the bill “goes too far.”",
            &["Dr.", "Hale University"],
        ),
        // No title: the place alone, as before.
        (
            "Ada Brill of Minnesota said the bill “goes too far.”",
            &["Minnesota"],
        ),
        // A form of address is no affiliation; the place still is.
        (
            "Ms. Ada Brill of Minnesota said the bill “goes too far.”",
            &["Minnesota"],
        ),
    ]);
}

#[test]
fn a_place_or_body_set_off_by_commas_after_a_name_is_an_affiliation() {
    check(&[
        (
            "Ada Brill, 34, of Dayton, Ohio, said she had bought “three boxes.”",
            &["Dayton, Ohio"],
        ),
        (
            "Ada Brill, of the Sierra Club, said she had bought “three boxes.”",
            &["the Sierra Club"],
        ),
        (
            "Ada Brill, from the East End, said she had bought “three boxes.”",
            &["the East End"],
        ),
        // Words in lower case after `of` or `from` name no place.
        (
            "Ada Brill, from the start, said she had bought “three boxes.”",
            &[],
        ),
    ]);
}
