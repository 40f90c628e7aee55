//! Tests of who speaks on invented sentences: openers that are no subject, participles after their clause, the subject after an opening participle; each test a family of one shape and the near shapes that must not change.

use crate::draft::extract;
use crate::draft::statements::tests::paragraphs;

/// The speaker drafted for the statement holding `words`, if one holds them.
pub(in crate::draft) fn speaker_of(text: &str, words: &str) -> Option<String> {
    let x = extract(text, &paragraphs(text));
    x.statements
        .iter()
        .find(|s| text[s.range.clone()].contains(words))
        .map(|s| x.speaker(s).name.clone())
}

#[test]
fn an_opening_adverbial_is_never_the_speaker() {
    for (text, words, who) in [
        (
            "Instead, Wells called for voters to back the mayor in the fall.",
            "called for voters",
            "Wells",
        ),
        (
            "Harmon spoke first. Likewise, Harmon went after the council and called for it to resign.",
            "called for it",
            "Harmon",
        ),
        (
            "Moments earlier, in her opening remarks, Dana Okafor said she was ready for the job.",
            "she was ready",
            "Dana Okafor",
        ),
        (
            "Last month, a panel of budget experts warned that the fund could run dry.",
            "the fund could",
            "a panel of budget experts",
        ),
        (
            "The plan would cost more, years after many towns agreed that buses should be free.",
            "buses should",
            "many towns",
        ),
        // Near shapes that keep their speaker: an adverb inside the name's stretch.
        (
            "Then Ann Mole said the audit was late.",
            "the audit",
            "Ann Mole",
        ),
        (
            "Kelly, a teacher, said the school was cold.",
            "the school",
            "Kelly",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
    for (text, words, not) in [
        (
            "Shortly after the vote, Pruitt told a crowd that he expects to win.",
            "he expects",
            "Shortly",
        ),
        (
            "One month after the vote, Carla Benes said the city deserves better.",
            "the city deserves",
            "One month",
        ),
    ] {
        assert_ne!(speaker_of(text, words).as_deref(), Some(not), "{text}");
    }
}

#[test]
fn a_participle_after_its_clause_is_the_subjects_not_its_objects() {
    for (text, words, who) in [
        (
            "Ann Pruitt, the city's former manager, also attacked councilman Dale Voss, with whom she clashed at a hearing, calling him a \"coward.\"",
            "coward",
            "Ann Pruitt",
        ),
        (
            "Sen. Kay Holt, R-Ore., who faces a hard race, withdrew her endorsement of Voss, saying he lacks the temper to lead.",
            "he lacks",
            "Kay Holt",
        ),
        (
            "At a rally in Bangor, Maine, Ray Cole voiced support for Dale Voss, saying his rival would bring ruin to the city.",
            "his rival",
            "Ray Cole",
        ),
        (
            "Washington (AFP) - Ann Mole has taken a swipe at her rival, saying the plan will fail.",
            "the plan will",
            "Ann Mole",
        ),
        // The attribution before the participle keeps its speaker.
        (
            "The plant will close next year, Jo Marsh said, adding that the jobs will move south.",
            "the jobs will",
            "Jo Marsh",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn an_opening_participles_verb_is_the_main_subjects() {
    for (text, words, who) in [
        (
            "Having announced that he would not run, Governor Ted Lowry endorsed his deputy.",
            "he would not run",
            "Ted Lowry",
        ),
        (
            "Citing the fire as a warning, Lowry urged the council to rebuild the station.",
            "rebuild",
            "Lowry",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_relative_clause_or_opening_participle_before_the_verb_is_no_speaker() {
    let text = "Ray Cole, president of the Teachers Union, which represents New Haven staff, said he hopes the strike ends.";
    assert_eq!(speaker_of(text, "he hopes").as_deref(), Some("Ray Cole"));
    let text = "Following a swiftly called, late-night meeting, the board issued a statement calling the vote \"a disgrace.\"";
    assert_ne!(
        speaker_of(text, "a disgrace").as_deref(),
        Some("Following a swiftly")
    );
}

#[test]
fn the_subject_of_a_relative_clause_that_ends_at_the_verb_speaks() {
    for (text, words, who) in [
        (
            "Nine people were hurt by a blast that Mayor Ann Mole described as \"a deliberate act.\"",
            "a deliberate act",
            "Ann Mole",
        ),
        (
            "Ray Cole urged voters to read what he called the council's \"secret budget.\"",
            "secret budget",
            "Ray Cole",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_full_name_met_only_as_a_possessive_names_the_surname_later() {
    for (text, words, who) in [
        (
            "Gov. Alma Tervo's plan drew criticism. \"We cannot keep doing this,\" Tervo said.",
            "keep doing",
            "Alma Tervo",
        ),
        (
            "Mayor Hank Oduya’s budget passed. Oduya said the parks would reopen.",
            "the parks",
            "Hank Oduya",
        ),
        (
            "Under Lena Fosse's proposal, fares rise. Fosse told reporters that riders would pay more.",
            "riders would",
            "Lena Fosse",
        ),
        // Near shapes that must not change: a lone possessive names no one new; a full
        // name written out is found as before; a surname nobody's full name ends in stays.
        (
            "Tervo's plan drew criticism. \"We cannot keep doing this,\" Tervo said.",
            "keep doing",
            "Tervo",
        ),
        (
            "Alma Tervo spoke first. \"We cannot keep doing this,\" Tervo said.",
            "keep doing",
            "Alma Tervo",
        ),
        (
            "Gov. Alma Tervo's plan drew criticism. \"It is a mistake,\" Brandt said.",
            "a mistake",
            "Brandt",
        ),
        // A possessive inside a quotation makes no one known while the sentence is read;
        // but the one full name the article gives the surname, even inside a quotation,
        // is the surname's at the end (`full_names`).
        (
            "\"Alma Tervo's plan is a mess,\" one rider said. \"We cannot keep doing this,\" Tervo said.",
            "keep doing",
            "Alma Tervo",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_business_is_found_by_its_first_word_and_by_the_kind_it_is() {
    for (text, words, who) in [
        (
            "Shares of Kessel Outdoor Co. fell. Kessel said that tariffs were to blame.",
            "tariffs were",
            "Kessel Outdoor Co.",
        ),
        (
            "Shares of Kessel Outdoor Co. fell. The 30 closings will cut 500 jobs, the company said.",
            "closings will",
            "Kessel Outdoor Co.",
        ),
        (
            "Brine Valley Railroad ran the line. The railroad denied that it had cut inspections.",
            "cut inspections",
            "Brine Valley Railroad",
        ),
        // A store named after its owner is no person: "she" is the owner.
        (
            "Ada Pilch runs Pilch Drug. When I visited Pilch Drug, she said that the shelves were bare.",
            "the shelves",
            "Ada Pilch",
        ),
        // Near shapes that must not change: no business named, "the company" stays itself;
        // a person's first word is no business; a surname still goes to its person.
        (
            "Sales fell. The 30 closings will cut 500 jobs, the company said.",
            "closings will",
            "The company",
        ),
        (
            "Ada Pilch runs Pilch Drug. Pilch said that the shelves were bare.",
            "the shelves",
            "Ada Pilch",
        ),
        (
            "Kessel Outdoor Co. and Kessel Marine Group both fell. Kessel said that tariffs were to blame.",
            "tariffs were",
            "Kessel",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_body_named_by_its_kind_or_head_word_is_the_body_last_named() {
    for (text, words, who) in [
        // A business whose name ends in a word of its trade, by its kind and short name.
        (
            "Northway Air canceled 900 flights. The airline said that storms were to blame.",
            "storms were",
            "Northway Air",
        ),
        (
            "Northway Air canceled 900 flights. Northway said that storms were to blame.",
            "storms were",
            "Northway Air",
        ),
        // A union by its kind, whatever its name's last word.
        (
            "The Harbor Pilots Association says the port cut crews. The union said it had filed a grievance.",
            "filed a grievance",
            "Harbor Pilots Association",
        ),
        // A body by the head word of its name, before `of` too.
        (
            "The Coastal Water Authority met on Monday. The authority said the lake was safe.",
            "the lake",
            "Coastal Water Authority",
        ),
        (
            "The Department of Transportation opened a review. The department said it was routine.",
            "it was routine",
            "Department of Transportation",
        ),
        // A government body as `the agency`.
        (
            "The Food and Drug Administration was asked about it. The agency said the tea was unapproved.",
            "the tea",
            "Food and Drug Administration",
        ),
        // An unnamed spokesperson speaks for the body: by `for`, or by the word before.
        (
            "The Coastal Water Authority met. A spokesperson for the authority said the lake was safe.",
            "the lake",
            "Coastal Water Authority",
        ),
        (
            "Four were taken to Linwood General Hospital. All four were released, a hospital spokeswoman said.",
            "All four",
            "Linwood General Hospital",
        ),
        // Of two firms, the one that has spoken is `the company`, not one met only in an
        // analyst's affiliation.
        (
            "Kessel Outdoor Co. reported a loss. Kessel said that sales fell. Ana Roe, an analyst at Bayfront Capital, agreed. The 30 closings will cut 500 jobs, the company said.",
            "closings will",
            "Kessel Outdoor Co.",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}

#[test]
fn a_kind_with_no_body_of_that_kind_known_stays_as_written() {
    for (text, words, who) in [
        // No body named: the phrase as written.
        (
            "The union said it had filed a grievance.",
            "filed a grievance",
            "The union",
        ),
        // A body of another kind is not `the union`, nor a hospital `the authority`.
        (
            "The Coastal Water Authority met. The union said it had filed a grievance.",
            "filed a grievance",
            "The union",
        ),
        (
            "Four were taken to Linwood General Hospital. The authority said the lake was safe.",
            "the lake",
            "The authority",
        ),
        // An unnamed spokesperson of a kind nobody named stays a spokesperson.
        (
            "Four were taken to Linwood General Hospital. A spokesman for the union said the talks failed.",
            "the talks",
            "A spokesman for the union",
        ),
        // A named spokesperson speaks for herself.
        (
            "The Coastal Water Authority met. Ana Roe, a spokeswoman for the authority, said the lake was safe.",
            "the lake",
            "Ana Roe",
        ),
    ] {
        assert_eq!(speaker_of(text, words).as_deref(), Some(who), "{text}");
    }
}
