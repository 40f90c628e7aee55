//! Tests of who speaks in the shapes held-out-9's misses showed, on invented sentences: a profile's `she` across paragraphs that name her husband or son, an ambiguous `the Foreign Ministry`, places and things that cannot speak, a description resolved to the name it introduces, a document given to its author, and affiliations in `whose` clauses and kinship; each a family of one shape and the near shapes that must not change.

use super::pairs_tests::affiliations_of;
use crate::draft::test_articles::who_said;

#[test]
fn she_in_a_profile_is_not_the_husband_named_in_between() {
    // The husband's `He died` tells his gender; `Mrs. Quill` after him is still she.
    let text = "Mara Quill, the architect who designed the harbor library, died on Monday. She was 90.\n\n\
                Mrs. Quill studied at the state college. In 1960 she married Oskar Quill, a painter. He died in 1999.\n\n\
                \"I wanted to build things that last,\" she told the Herald in 1990.\n\n\
                Mrs. Quill kept drawing until last year. \"Paper is patient,\" she said.";
    assert_eq!(who_said(text, "I wanted").as_deref(), Some("Mara Quill"));
    assert_eq!(who_said(text, "Paper is").as_deref(), Some("Mara Quill"));
    // Near shape: the husband speaks, and `he` is still him.
    let text = "Mara Quill, the architect, died on Monday. She was 90.\n\n\
                In 1960 she married Oskar Quill, a painter. He is 93.\n\n\
                \"She drew every morning,\" he said.";
    assert_eq!(who_said(text, "She drew").as_deref(), Some("Oskar Quill"));
}

#[test]
fn a_gendered_title_picks_the_surname_sharer_of_its_gender() {
    // Two Quills; `Mrs. Quill` is the woman whether or not the man was named last.
    let text = "Mara Quill, the mayor, met the council. She said the budget was short.\n\n\
                Her husband, Oskar Quill, a painter, was there. He said nothing.\n\n\
                \"We will cut nothing,\" Mrs. Quill said.\n\n\
                \"I paint,\" Mr. Quill said.";
    assert_eq!(who_said(text, "We will cut").as_deref(), Some("Mara Quill"));
    assert_eq!(who_said(text, "I paint").as_deref(), Some("Oskar Quill"));
    // Near shape: one Quill only, and `Mrs. Quill` is her as before.
    let text =
        "Mara Quill, the mayor, met the council.\n\n\"We will cut nothing,\" Mrs. Quill said.";
    assert_eq!(who_said(text, "We will cut").as_deref(), Some("Mara Quill"));
}

#[test]
fn a_name_one_was_born_with_is_no_one_new() {
    for former in [
        "She was born Mara Jean Toft in 1936.",
        "She was born in Tenby, née Mara Toft.",
    ] {
        let text = format!(
            "Mara Quill, the architect, died on Monday.\n\n{former} She studied drawing.\n\n\
             \"I wanted to build things that last,\" she said in 1990."
        );
        assert_eq!(
            who_said(&text, "I wanted").as_deref(),
            Some("Mara Quill"),
            "{former}"
        );
    }
    // Near shape: a name after `by` is someone new, and speaks.
    let text = "Mara Quill, the architect, died on Monday.\n\n\
                The library was finished by Jonah Pell Toft, her partner.\n\n\
                \"She never rested,\" Toft said.";
    assert_eq!(
        who_said(text, "She never").as_deref(),
        Some("Jonah Pell Toft")
    );
    let _ = affiliations_of;
}

#[test]
fn a_name_after_the_or_a_word_of_place_is_no_one_she_may_be() {
    for place in [
        "At a briefing at Harbor Hall on Friday, she",
        "After she drove across the Pell Viaduct one last time, she",
        "Standing near Mill Square in the rain, she",
    ] {
        let text = format!(
            "Mayor Ines Duro spoke to reporters on Friday.\n\n\
             {place} said the levy would be paid \"mostly by visitors.\""
        );
        assert_eq!(
            who_said(&text, "the levy").as_deref(),
            Some("Ines Duro"),
            "{place}"
        );
    }
    // Near shapes: a name after `with` or `by`, or opening the sentence, is someone, and
    // `she` may be her.
    let text = "Mayor Ines Duro spoke to reporters on Friday.\n\n\
                The mayor met with Vera Lusk on Monday. Later she said the levy would be \"fair.\"";
    assert_eq!(who_said(text, "the levy").as_deref(), Some("Vera Lusk"));
}
