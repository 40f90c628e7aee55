//! Tests of the resolver's candidates and features on invented sentences: families of document nouns, descriptions of bodies, surnames, nicknames and pronouns across paragraphs, and the window that keeps it linear.

use super::*;
use crate::draft::people::Gender;

fn person(name: &str, kind: NpKind, gender: Option<Gender>) -> Person {
    Person {
        name: name.to_string(),
        kind,
        affiliations: Vec::new(),
        gender,
    }
}

/// The paragraphs of `text`: its blocks between blank lines.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices("\n\n") {
        out.push(start..i);
        start = i + 2;
    }
    out.push(start..text.len());
    out
}

/// The features of `candidate` for the statement `words` (its sentence the one holding
/// them), said by `people[rule]` as the rules drafted it.
fn features_of(
    text: &str,
    people: &[Person],
    words: &str,
    rule: usize,
    candidate: usize,
) -> Vec<&'static str> {
    let at = text.find(words).expect("the words are in the text");
    let range = at..at + words.len();
    let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
    let start = start.max(text[..at].rfind("\n\n").map_or(0, |i| i + 2));
    let end = text[range.end..]
        .find('.')
        .map_or(text.len(), |i| range.end + i + 1);
    let said = [Said {
        range,
        sentence: start..end,
        speaker: rule,
    }];
    let lists = candidates(text, &paragraphs(text), &said, people);
    assert_eq!(lists[0][0].person, rule, "the rules' choice comes first");
    lists[0]
        .iter()
        .find(|c| c.person == candidate)
        .map(|c| c.features.iter().map(|&i| FEATURES[i]).collect())
        .unwrap_or_default()
}

#[test]
fn a_surname_or_a_nickname_points_to_the_full_name_introduced_before() {
    for (full, short) in [
        ("Jamal \"Jet\" Okonkwo-Reyes", "Okonkwo-Reyes"),
        ("Priya Lindqvist", "Lindqvist"),
        ("Tomasz O’Hare", "O’Hare"),
        ("Ines de Vries", "Vries"),
    ] {
        let text = format!(
            "{full} joined the club in May.\n\nOn Sunday {short} said the pitch was too dry to play on."
        );
        let people = [
            person(full, NpKind::Name, None),
            person(short, NpKind::Name, None),
        ];
        let got = features_of(&text, &people, "the pitch was too dry", 1, 0);
        assert!(got.contains(&"surname_of_rule"), "{full}: {got:?}");
        // The written surname is itself a mention of the full-named person, in the
        // statement's sentence.
        assert!(got.contains(&"same_sentence"), "{full}: {got:?}");
        assert!(got.contains(&"rule_one_word_name"), "{full}: {got:?}");
    }
    // A one-word name that is another's first name is no surname of it.
    let text = "Priya Lindqvist spoke first.\n\nPriya said the pitch was dry.";
    let people = [
        person("Priya Lindqvist", NpKind::Name, None),
        person("Priya", NpKind::Name, None),
    ];
    let got = features_of(text, &people, "the pitch was dry", 1, 0);
    assert!(
        got.contains(&"first_name_of_rule") && !got.contains(&"surname_of_rule"),
        "{got:?}"
    );
}

#[test]
fn a_document_stands_for_whoever_was_said_to_write_or_sign_it() {
    for (intro, noun) in [
        (
            "In a blog post on Monday, chief executive Mara Quill wrote that sales were up.",
            "post",
        ),
        (
            "Mara Quill signed a letter to the council on Friday.",
            "letter",
        ),
        (
            "A memo sent by Mara Quill to staff on Tuesday set out the cuts.",
            "memo",
        ),
        ("The study by Mara Quill looked at 400 farms.", "study"),
    ] {
        let text = format!("{intro} The {noun} said the plant would close in June.");
        let people = [
            person("Mara Quill", NpKind::Name, Some(Gender::Female)),
            person(&format!("The {noun}"), NpKind::Body, None),
        ];
        let got = features_of(&text, &people, "the plant would close", 1, 0);
        for want in [
            "rule_document",
            "document_near_mention",
            "rule_description",
            "candidate_person",
        ] {
            assert!(got.contains(&want), "{noun}: {want} missing from {got:?}");
        }
    }
    // A document noun nowhere near the person's mention is no sign of authorship.
    let text = "Mara Quill visited the plant in spring and met its workers and their families there. \
                Weeks later a report appeared. The report said the plant would close in June.";
    let people = [
        person("Mara Quill", NpKind::Name, None),
        person("The report", NpKind::Body, None),
    ];
    let got = features_of(text, &people, "the plant would close", 1, 0);
    assert!(
        got.contains(&"rule_document") && !got.contains(&"document_near_mention"),
        "{got:?}"
    );
}

#[test]
fn a_description_of_a_body_points_to_the_body_named_in_full() {
    for (body, noun) in [
        ("Continental Match Officials Board", "board"),
        ("Harlow County Water Authority", "authority"),
        ("Northern Rail Safety Commission", "commission"),
    ] {
        let text = format!(
            "The {body} reviewed the incident on Saturday.\n\nFans waited all day.\n\nThe {noun} said the decision was correct."
        );
        let people = [
            person(body, NpKind::Body, None),
            person(&format!("The {noun}"), NpKind::Body, None),
        ];
        let got = features_of(&text, &people, "the decision was correct", 1, 0);
        assert!(got.contains(&"rule_head_in_name"), "{body}: {got:?}");
        assert!(got.contains(&"paragraph_2_3"), "{body}: {got:?}");
        assert!(got.contains(&"candidate_body"), "{body}: {got:?}");
    }
    // A shortened name of a body points to its full name (`Northfork Power` of `Northfork
    // Power & Light`).
    let text = "Northfork Power & Light runs the line. Northfork Power said the line was off.";
    let people = [
        person("Northfork Power & Light", NpKind::Body, None),
        person("Northfork Power", NpKind::Body, None),
    ];
    let got = features_of(text, &people, "the line was off", 1, 0);
    assert!(got.contains(&"extends_rule"), "{got:?}");
}

#[test]
fn a_pronoun_agrees_or_clashes_with_the_gender_the_article_gives() {
    for (name, gender, pronoun, agrees) in [
        ("Dana Okafor", Gender::Female, "She", true),
        ("Dana Okafor", Gender::Female, "He", false),
        ("Omar Haddad", Gender::Male, "He", true),
        ("Omar Haddad", Gender::Male, "She", false),
    ] {
        let text = format!(
            "{name} runs the clinic.\n\nThe wait grew.\n\n{pronoun} said the list was too long."
        );
        let p = if pronoun == "She" {
            Pronoun::She
        } else {
            Pronoun::He
        };
        let people = [
            person(name, NpKind::Name, Some(gender)),
            person(pronoun, NpKind::Pronoun(p), None),
        ];
        let got = features_of(&text, &people, "the list was too long", 1, 0);
        let want = if agrees {
            "pronoun_agrees"
        } else {
            "pronoun_clashes"
        };
        assert!(
            got.contains(&want) && got.contains(&"rule_pronoun"),
            "{name} {pronoun}: {got:?}"
        );
    }
}

#[test]
fn another_person_in_the_sentence_and_mentions_inside_the_words_are_told_apart() {
    let text = "Ana Ruiz met Leo Park on Monday. Ana Ruiz said Leo Park had asked for more time.";
    let people = [
        person("Ana Ruiz", NpKind::Name, None),
        person("Leo Park", NpKind::Name, None),
    ];
    let got = features_of(text, &people, "Leo Park had asked for more time", 0, 1);
    assert!(!got.contains(&"same_sentence"), "{got:?}");
    assert!(
        got.contains(&"mentions_2_3") || got.contains(&"paragraph_0"),
        "{got:?}"
    );
    let text = "Ana Ruiz said the talks had stalled, Leo Park told reporters.";
    let got = features_of(text, &people, "the talks had stalled", 1, 0);
    assert!(got.contains(&"same_sentence"), "{got:?}");
}

#[test]
fn a_person_named_only_far_back_and_sharing_no_word_is_no_candidate() {
    let filler = "The river rose again overnight and the roads stayed shut. ".repeat(WINDOW / 40);
    let text =
        format!("Ana Ruiz runs the shelter. {filler}The official said the shelter was full.");
    let people = [
        person("Ana Ruiz", NpKind::Name, None),
        person("The official", NpKind::Body, None),
    ];
    assert!(features_of(&text, &people, "the shelter was full", 1, 0).is_empty());
    // Within the window she is one.
    let text = "Ana Ruiz runs the shelter. The official said the shelter was full.";
    assert!(!features_of(text, &people, "the shelter was full", 1, 0).is_empty());
}

#[test]
fn the_rules_choice_has_only_its_own_feature() {
    let text = "Ana Ruiz said the shelter was full.";
    let people = [person("Ana Ruiz", NpKind::Name, None)];
    assert_eq!(
        features_of(text, &people, "the shelter was full", 0, 0),
        vec!["rule"]
    );
}

mod weights {
    use crate::draft::resolver::{Candidate, FEATURES};
    use crate::draft::resolver_model::Weights;

    /// The committed weights file parses, holds a weight for every feature (parsing refuses
    /// one short), and is written in the form the trainer writes: reading and writing it
    /// again gives its lines back, byte for byte.
    #[test]
    fn the_committed_weights_are_a_file_the_trainer_writes() {
        let text = include_str!("resolver_weights.txt");
        let w = Weights::parse(text).expect("the committed weights parse");
        assert_eq!(w.weights.len(), FEATURES.len());
        let body: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        let again = w.to_text("");
        assert_eq!(again.lines().collect::<Vec<_>>(), body);
        assert!(
            text.contains("train_resolver"),
            "the file names its trainer"
        );
    }

    #[test]
    fn a_file_short_of_a_feature_or_with_an_unknown_one_is_refused() {
        let full = Weights::zero().to_text("");
        assert_eq!(Weights::parse(&full), Ok(Weights::zero()));
        for name in FEATURES {
            let short: String = full
                .lines()
                .filter(|l| !l.starts_with(&format!("{name} ")))
                .map(|l| format!("{l}\n"))
                .collect();
            assert!(Weights::parse(&short).is_err(), "{name}");
        }
        assert!(Weights::parse(&format!("{full}no_such_feature 1.0\n")).is_err());
        assert!(Weights::parse(&full.replace("margin 0.000000\n", "")).is_err());
    }

    #[test]
    fn another_candidate_is_taken_only_when_it_beats_the_rules_by_the_margin() {
        let candidate = |features: &[usize]| Candidate {
            person: 0,
            features: features.to_vec(),
        };
        let mut w = Weights::zero();
        w.weights[1] = 1.0;
        w.weights[2] = 0.5;
        let list = [candidate(&[0]), candidate(&[2]), candidate(&[1])];
        for (margin, want) in [(0.0, 2), (0.75, 2), (1.0, 0), (2.0, 0)] {
            w.margin = margin;
            assert_eq!(w.choose(&list), want, "margin {margin}");
        }
        // A tie keeps the rules' choice, and of two equal others the first.
        w.margin = 0.0;
        w.weights[0] = 1.0;
        assert_eq!(w.choose(&list), 0);
        w.weights[0] = 0.0;
        w.weights[2] = 1.0;
        assert_eq!(w.choose(&list), 1);
        assert_eq!(Weights::zero().choose(&list), 0);
    }
}
