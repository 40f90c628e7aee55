//! Tests of the words that tie statements together: cues as whole words, figures, a corrected figure, quoted phrases and words that point back.

use super::*;
use crate::claims::Stance;
use crate::draft::stance::stance;

#[test]
fn figures_are_digits_less_years_and_small_numbers_in_words() {
    let set = |t: &str| {
        let mut v: Vec<String> = figures(t).into_iter().collect();
        v.sort();
        v
    };
    assert_eq!(set("about $2,400 a year"), ["2400"]);
    assert_eq!(set("up 40% since 2019"), ["40"]);
    assert_eq!(set("four inspectors, not 6"), ["4", "6"]);
    assert_eq!(set("$2,000 in 2021"), ["2000"]);
    assert_eq!(set("3.1 million miles."), ["3.1"]);
    assert!(set("one day in the spring").is_empty());
}

#[test]
fn a_figure_after_not_is_corrected_and_other_nots_are_not() {
    for (words, corrected) in [
        ("the city has six inspectors, not four", true),
        ("it's just not $2,400.", true),
        ("not 40 percent but 12", true),
        ("not since 2019", false),
        ("not yet four years old", false),
        ("we did not know", false),
    ] {
        assert_eq!(negated_figure(words), corrected, "{words}");
    }
    assert_eq!(stance("It's just not $2,400.", "").0, Stance::Disputes);
    assert_eq!(stance("It was not 2019.", "").0, Stance::Context);
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
fn quoted_phrases_of_two_words_or_more() {
    assert_eq!(
        quoted_phrases("accused Iran of acting as al-Qaida’s “new home base,” and “x”"),
        ["new home base"]
    );
}

#[test]
fn a_demonstrative_or_possessive_before_a_noun_points_back_and_a_number_is_a_figure() {
    for (sentence, pointer) in [
        (
            "the hospital disputed that timeline on thursday.",
            Pointer::Noun,
        ),
        ("she rejected that explanation.", Pointer::Noun),
        ("the team rejected her account.", Pointer::Noun),
        (
            "the union disputed her numbers within an hour.",
            Pointer::Figure,
        ),
        ("the group disputed his figure.", Pointer::Figure),
        ("he dismissed those figures as guesswork.", Pointer::Figure),
        ("she rejected the claim.", Pointer::Noun),
    ] {
        assert_eq!(points_back(sentence), Some(pointer), "{sentence:?}");
    }
    // Near shapes: a possessive before a noun of no saying, a demonstrative before a name
    // going on into a clause, a denied dispute, a number of digits.
    for sentence in [
        "they rejected her offer.",
        "neither side disputes that aguilar and strand were late.",
        "she disputed that kerr and mole had met.",
        "nobody disputed that timeline.",
        "he denied that 40 were hurt.",
    ] {
        assert_eq!(points_back(sentence), None, "{sentence:?}");
    }
}
