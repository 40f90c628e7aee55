//! Tests of who speaks in the shapes held-out-7's misses showed, on invented sentences: a person of a firm, a title joined by a hyphen, a country's ministry `of` something, state media, a candidate's campaign, a note by its pronoun, an unnamed official met again and by `he`, a `who` clause that runs through the appositive of its last noun, `the utility`; each test a family of one shape and the near shapes that must not change.

use super::pairs_tests::{affiliations_of, check};
use crate::draft::speakers::tests::speaker_of;

#[test]
fn a_person_of_a_firm_is_the_person_with_the_firm_as_affiliation() {
    check(&[
        (
            "\"Nobody reads the fine print,\" said Ona Halvik of Brightwater Capital.",
            "Nobody reads",
            Some("Ona Halvik"),
        ),
        (
            "\"We are done,\" said Ilse Varn of the Corlan Institute, who follows the sector.",
            "We are done",
            Some("Ilse Varn"),
        ),
        // Near shapes: a person from a place; a body whose name holds `of`; a person of
        // something that is no body.
        (
            "\"The dam will hold,\" said Ona Halvik of Port Ellery.",
            "The dam will hold",
            Some("Ona Halvik"),
        ),
        (
            "\"Rates will fall,\" said the Bank of Tavria.",
            "Rates will fall",
            Some("Bank of Tavria"),
        ),
    ]);
    assert_eq!(
        affiliations_of(
            "\"Nobody reads the fine print,\" said Ona Halvik of Brightwater Capital.",
            "Ona Halvik"
        ),
        ["Brightwater Capital"]
    );
    assert_eq!(
        affiliations_of(
            "\"We are done,\" said Ilse Varn of the Corlan Institute.",
            "Ilse Varn"
        ),
        ["the Corlan Institute"]
    );
    assert_eq!(
        affiliations_of(
            "\"The dam will hold,\" said Ona Halvik of Port Ellery.",
            "Ona Halvik"
        ),
        ["Port Ellery"]
    );
    // `of the` and a thing that is no body gives no affiliation.
    assert_eq!(
        affiliations_of(
            "\"It floods,\" said Ilse Varn of the Lower Meadows.",
            "Ilse Varn"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_title_joined_by_a_hyphen_is_kept_out_of_the_name() {
    let text =
        "Harlow County Judge-Executive Dwight Pemberton said the repair plan was \"optimistic.\"";
    check(&[
        (text, "the repair plan", Some("Dwight Pemberton")),
        // Near shapes: a hyphenated surname; a title of one word.
        (
            "Marta Ilves-Roe said the repair plan was late.",
            "the repair plan",
            Some("Marta Ilves-Roe"),
        ),
        (
            "Harlow County Judge Dwight Pemberton said the repair plan was late.",
            "the repair plan",
            Some("Dwight Pemberton"),
        ),
    ]);
    assert_eq!(
        affiliations_of(text, "Dwight Pemberton"),
        ["Harlow County Judge-Executive"]
    );
}

#[test]
fn a_countrys_ministry_of_something_and_its_state_media_are_bodies() {
    check(&[
        (
            "Morvania's Ministry of Foreign Affairs said the ferry had strayed into its waters.",
            "the ferry had strayed",
            Some("Morvania's Ministry of Foreign Affairs"),
        ),
        (
            "Tavrian state media said the ferry had been turned back.",
            "the ferry had been",
            Some("Tavrian state media"),
        ),
        (
            "Tavrian state television reported that the ferry had been turned back.",
            "the ferry had been",
            Some("Tavrian state television"),
        ),
        // Near shapes: a person's office keeps no possessor; state officials are a group.
        (
            "Ana Ruiz's Office of Policy said the ferry had strayed.",
            "the ferry had strayed",
            Some("Office of Policy"),
        ),
        (
            "Tavrian state officials said the ferry had been turned back.",
            "the ferry had been",
            Some("Tavrian state officials"),
        ),
    ]);
}

#[test]
fn a_candidates_campaign_speaks_for_itself() {
    check(&[
        (
            "Rita Halberg, a county commissioner, posted the video. Halberg's campaign said she had misread the chart.",
            "she had misread",
            Some("Halberg's campaign"),
        ),
        // Near shapes: a candidate's letter is hers; the campaign by its kind.
        (
            "Rita Halberg, a county commissioner, posted the video. Halberg's letter said the chart was right.",
            "the chart was right",
            Some("Rita Halberg"),
        ),
    ]);
}

#[test]
fn a_note_by_its_pronoun_is_its_authors() {
    let before = "In a note to clients, Ilse Marrow, an analyst at Kestrel Partners, wrote that the plan was \"late.\" ";
    let text = format!("{before}Her note said the margins had fallen for three years.");
    check(&[(&text, "the margins had fallen", Some("Ilse Marrow"))]);
    // Near shapes: `its` is no person's; a note no one wrote before stays a document.
    let its = format!("{before}Its note said the margins had fallen for three years.");
    assert_ne!(
        speaker_of(&its, "the margins had fallen").as_deref(),
        Some("Ilse Marrow")
    );
    let letter = format!("{before}Her letter said the margins had fallen for three years.");
    assert_ne!(
        speaker_of(&letter, "the margins had fallen").as_deref(),
        Some("Ilse Marrow")
    );
}

#[test]
fn an_unnamed_official_is_found_again_by_role_and_by_he() {
    let first = "Luka Varga, the navy's chief, spoke on Monday. A senior Tavrian defense official, speaking on condition of anonymity, said the frigates would stay away. ";
    check(&[
        (
            &format!("{first}He said the navy would not board any vessel."),
            "the navy would not board",
            Some("A senior Tavrian defense official"),
        ),
        (
            &format!(
                "{first}Tavria's ministry disputed it. The senior defense official said no shots had been fired."
            ),
            "no shots had been fired",
            Some("A senior Tavrian defense official"),
        ),
        // Near shapes: a name met after the official is whom `he` is; a plain `the
        // official` with no unnamed official before keeps its old reading.
        (
            &format!("{first}Varga rejected that. He said the navy would board."),
            "the navy would board",
            Some("Luka Varga"),
        ),
    ]);
}

#[test]
fn a_who_clause_runs_through_the_appositive_of_its_last_noun() {
    for (text, want) in [
        (
            "Tomas Reit, who directs the sea program at the Corlan Center, a think tank in Vienna, said the ship was close.",
            &["who directs the sea program at the Corlan Center, a think tank in Vienna"][..],
        ),
        // Near shapes: a clause with nothing after it; a second description of the person
        // (a role) is not the noun's.
        (
            "Tomas Reit, who directs the sea program at the Corlan Center, said the ship was close.",
            &["who directs the sea program at the Corlan Center"],
        ),
        (
            "Tomas Reit, who directs the sea program at the Corlan Center, a former navy officer, said the ship was close.",
            &["who directs the sea program at the Corlan Center"],
        ),
    ] {
        assert_eq!(affiliations_of(text, "Tomas Reit"), want, "{text}");
    }
}

#[test]
fn the_utility_is_the_utility_named_before() {
    check(&[
        (
            "Brightwell Ridge Power said in a statement that it had restored most lines. The utility said that about 300 homes could not be reconnected.",
            "about 300 homes",
            Some("Brightwell Ridge Power"),
        ),
        // Near shape: the company, as before.
        (
            "Brightwell Ridge Power said in a statement that it had restored most lines. The company said that about 300 homes could not be reconnected.",
            "about 300 homes",
            Some("Brightwell Ridge Power"),
        ),
    ]);
}
