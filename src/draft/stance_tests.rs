//! Tests of the stance cues found by one search for all of them: the same stance and cue as looking for each cue on its own, in the lexicon's order.

use proptest::prelude::*;

use super::*;

/// The stance as drafting found it before one searcher looked for every cue: each cue of
/// each list searched for on its own, in the lexicon's order. What [`stance`] must give.
fn cue_by_cue(words: &str, sentence: &str) -> (Stance, Option<&'static str>) {
    let lower = format!("{} {}", fold(words), fold(sentence));
    let first = |list: &str, negated: bool| {
        (lexicon::list(list).iter())
            .find(|cue| cue_at(&lower, &fold(cue), negated).is_some())
            .copied()
    };
    if let Some(cue) = first("disputes", false) {
        return (Stance::Disputes, Some(cue));
    }
    if let Some(cue) = first("supports", true) {
        return (Stance::Disputes, Some(cue));
    }
    if let Some(cue) = first("qualifies", false) {
        return (Stance::Qualifies, Some(cue));
    }
    if let Some(cue) = first("supports", false) {
        return (Stance::Supports, Some(cue));
    }
    if super::super::topic_words::negated_figure(&fold(words)) {
        return (Stance::Disputes, Some("not"));
    }
    (Stance::Context, None)
}

/// The pieces the property's texts are made of: every cue of the three lists as the
/// lexicon writes it (a stem's `*` dropped, and with an ending), words that negate, words
/// that hold a cue inside them (`believe` holds `lie`, `backed` holds `back`), figures,
/// curly quotes and apostrophes, capitals, and words that are none of these.
fn pieces() -> Vec<String> {
    let mut out: Vec<String> = ["disputes", "supports", "qualifies"]
        .iter()
        .flat_map(|list| lexicon::list(list).iter())
        .flat_map(|cue| {
            let bare = cue.trim_end_matches('*');
            [bare.to_string(), format!("{bare}ed"), bare.to_uppercase()]
        })
        .collect();
    out.extend(
        [
            "not",
            "never",
            "no",
            "nobody",
            "didn't",
            "didn’t",
            "won’t",
            "can't",
            "without",
            "nor",
            "believe",
            "belied",
            "untruest",
            "cautiously",
            "maybe",
            "correctly",
            "the",
            "figure",
            "is",
            "was",
            "six",
            "four",
            "$2,400",
            "It’s",
            "“",
            "”",
            "‘",
            "’",
            ",",
            ".",
            "-",
            "'",
            "Mayor",
            "Okafor",
            "said",
            "that",
            "river",
        ]
        .map(String::from),
    );
    out
}

/// A text of `picks` (indexes into `pieces`), each joined to the one before by a space or
/// by nothing (so that a cue can stand inside a longer word).
fn text(pieces: &[String], picks: &[(usize, bool)]) -> String {
    let mut out = String::new();
    for &(i, spaced) in picks {
        if spaced && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&pieces[i % pieces.len()]);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    /// Whatever the words and their sentence, the stance and its cue are those of the
    /// cue-by-cue search: a cue the searcher did not see is one that does not stand there.
    #[test]
    fn one_search_finds_what_each_cue_searched_alone_finds(
        words in prop::collection::vec((0..10_000usize, prop::bool::weighted(0.8)), 0..12),
        sentence in prop::collection::vec((0..10_000usize, prop::bool::weighted(0.8)), 0..12),
    ) {
        let pieces = pieces();
        let (words, sentence) = (text(&pieces, &words), text(&pieces, &sentence));
        prop_assert_eq!(stance(&words, &sentence), cue_by_cue(&words, &sentence), "{:?} in {:?}", words, sentence);
    }
}

/// The shapes the searcher could get wrong, each with the stance it must give: a cue
/// inside a longer word, a cue negated and then not, a later list's cue against an earlier
/// one, a cue made of several words, a stem, the cue in the sentence alone, and no cue.
#[test]
fn the_searched_cues_keep_each_shape_its_stance() {
    let cases: &[(&str, &str, Stance, Option<&str>)] = &[
        ("I believe the plan works", "", Stance::Context, None),
        (
            "she did not deny it, then denied it",
            "",
            Stance::Disputes,
            Some("denied"),
        ),
        ("she did not deny it", "", Stance::Context, None),
        (
            "that is true and false",
            "",
            Stance::Disputes,
            Some("false"),
        ),
        ("it might be true", "", Stance::Qualifies, Some("might")),
        (
            "the numbers do not back that up",
            "",
            Stance::Disputes,
            Some("back that up"),
        ),
        (
            "the figure was exaggerated",
            "",
            Stance::Disputes,
            Some("exaggerat*"),
        ),
        (
            "the plan",
            "Okafor denied that the plan",
            Stance::Disputes,
            Some("denied"),
        ),
        (
            "six inspectors, not four",
            "",
            Stance::Disputes,
            Some("not"),
        ),
        ("It’s just not $2,400", "", Stance::Disputes, Some("not")),
        (
            "the river was low",
            "Okafor said the river was low",
            Stance::Context,
            None,
        ),
        ("THAT IS A LIE", "", Stance::Disputes, Some("lie")),
    ];
    for &(words, sentence, want, cue) in cases {
        assert_eq!(
            stance(words, sentence),
            (want, cue),
            "{words:?} in {sentence:?}"
        );
        assert_eq!(
            stance(words, sentence),
            cue_by_cue(words, sentence),
            "{words:?}"
        );
    }
}
