//! Unit tests of anchoring: folding, context, hints, the gates and lookalikes.

use super::*;
use crate::claims::TextPosition;

fn selector(exact: &str, prefix: &str, suffix: &str) -> QuoteSelector {
    QuoteSelector {
        exact: exact.into(),
        prefix: prefix.into(),
        suffix: suffix.into(),
        position: None,
    }
}

fn find(source: &str, exact: &str, prefix: &str, suffix: &str) -> Anchoring {
    anchor(source, &selector(exact, prefix, suffix))
}

fn at(source: &str, exact: &str, start: usize, end: usize) -> Anchoring {
    let selector = QuoteSelector {
        position: Some(TextPosition { start, end }),
        ..selector(exact, "", "")
    };
    anchor(source, &selector)
}

fn found_text<'a>(source: &'a str, anchoring: &Anchoring) -> &'a str {
    &source[anchoring.range.clone().expect("anchored")]
}

const ONCE: AnchorStatus = AnchorStatus::Exact { candidates: 1 };

#[test]
fn straight_quotes_find_curly_text() {
    let source = "Pompeo accused Iran of acting as al-Qaida’s “new home base,” said";
    let a = find(source, "acting as al-Qaida's \"new home base,\"", "", "");
    assert_eq!(a.status, ONCE);
    assert_eq!(
        found_text(source, &a),
        "acting as al-Qaida’s “new home base,”"
    );
}

#[test]
fn curly_quotes_find_straight_text_and_dashes_fold() {
    let source = "a claim -- no: a claim - yes";
    let a = find(source, "claim — yes", "", "");
    assert_eq!(found_text(source, &a), "claim - yes");
    let a = find("he said \"hi\"", "said “hi”", "", "");
    assert_eq!(a.status, ONCE);
}

#[test]
fn whitespace_runs_and_line_breaks_fold() {
    let source = "relationship\n  with   Iran.";
    let a = find(source, "relationship with Iran.", "", "");
    assert_eq!(found_text(source, &a), source);
}

#[test]
fn ellipsis_matches_three_dots() {
    let source = "for Biden…to return";
    let a = find(source, "Biden...to", "", "");
    assert_eq!(found_text(source, &a), "Biden…to");
}

#[test]
fn ligatures_and_other_compatibility_forms_anchor_by_their_plain_letters() {
    let source = "The ﬁrst oﬃcial ﬁgures arrived late.";
    let a = find(source, "first official figures", "", "");
    assert_eq!(a.status, ONCE);
    assert_eq!(found_text(source, &a), "ﬁrst oﬃcial ﬁgures");
    // A quote that starts inside a ligature covers all of it.
    let a = find(source, "irst official", "", "");
    assert_eq!(found_text(source, &a), "ﬁrst oﬃcial");
    let source = "Ｔｈｅ ｆｉｇｕｒｅ ｗａｓ 2⁸⁰, H₂O.";
    let a = find(source, "figure was 280, H2O", "", "");
    assert_eq!(found_text(source, &a), "ｆｉｇｕｒｅ ｗａｓ 2⁸⁰, H₂O");
}

#[test]
fn invisible_characters_and_marked_superscripts_anchor_either_way() {
    for (text, quote, found) in [
        (
            "Acknow\u{AD}ledge\u{200B}ments of it.",
            "Acknowledgements",
            "Acknow\u{AD}ledge\u{200B}ments",
        ),
        (
            "Acknowledgements of it.",
            "Acknow\u{AD}ledge\u{2060}ments",
            "Acknowledgements",
        ),
        ("\u{FEFF}Keys: 2⁸⁰ of them.", "Keys: 2^80", "Keys: 2⁸⁰"),
        ("Keys: 2^(80) of them.", "Keys: 2⁸⁰ of", "Keys: 2^(80) of"),
        ("Water is H_2O here.", "is H₂O", "is H_2O"),
    ] {
        let a = find(text, quote, "", "");
        assert_eq!(a.status, ONCE, "{quote:?} in {text:?}");
        assert_eq!(found_text(text, &a), found);
    }
}

#[test]
fn prefix_and_suffix_choose_among_repeats() {
    let source = "Iran is a home base. Experts say no home base exists.";
    let a = find(source, "home base", "no", "");
    assert_eq!(a.status, AnchorStatus::Exact { candidates: 2 });
    let second = source.rfind("home base").unwrap();
    assert_eq!(a.range, Some(second..second + 9));
    let a = find(source, "home base", "", ". Experts");
    assert_eq!(a.range, Some(10..19));
    // Context that is itself slightly off still chooses.
    let a = find(source, "home base", "Experts sey no", "");
    assert_eq!(a.range, Some(second..second + 9));
}

#[test]
fn repeats_without_context_are_ambiguous_and_not_placed() {
    let a = find("x y x", "x", "", "");
    assert_eq!(a.status, AnchorStatus::Ambiguous { candidates: 2 });
    assert_eq!(a.range, None);
    assert_eq!(*a.alternatives, [0..1, 4..5]);
    assert!(a.problem().unwrap().contains("2 places"));
}

#[test]
fn missing_quote_is_not_found() {
    let a = find("nothing here", "home base", "", "");
    assert_eq!(a, Anchoring::not_found());
    assert_eq!(a.problem().unwrap(), "quote not found in the article");
}

#[test]
fn multibyte_end_is_a_whole_character() {
    let source = "say “yes”";
    let a = find(source, "\"yes\"", "", "");
    assert_eq!(found_text(source, &a), "“yes”");
}

#[test]
fn a_position_hint_that_still_matches_is_taken_without_search() {
    // Characters, not bytes: "é" and "“" are one each.
    let source = "café “a” then a";
    let a = at(source, "a", 6, 7);
    assert_eq!(a.status, ONCE);
    assert_eq!(found_text(source, &a), "a");
    assert_eq!(a.range.unwrap().start, "café “".len());
    // Without the hint the two "a"s are ambiguous.
    assert_eq!(find(source, "a", "", "").range, None);
}

#[test]
fn a_quote_not_at_its_hint_is_moved() {
    let source = "A new first paragraph. Then the quote we want.";
    let a = at(source, "the quote we want", 5, 22);
    assert_eq!(a.status, AnchorStatus::Moved { candidates: 1 });
    assert_eq!(found_text(source, &a), "the quote we want");
    // A hint beyond the end of the text is only out of date.
    assert_eq!(
        at(source, "the quote", 900, 909).status,
        AnchorStatus::Moved { candidates: 1 }
    );
}

#[test]
fn the_hint_chooses_between_repeats_only_when_clearly_nearer() {
    let filler = "filler text. ".repeat(300);
    let source = format!("the claim here. {filler} the claim here.");
    let second = source.rfind("the claim").unwrap();
    let a = at(&source, "the claim", second + 3, second + 12);
    assert_eq!(a.status, AnchorStatus::Moved { candidates: 2 });
    assert_eq!(a.range.unwrap().start, second);
    // Two repeats a few words apart are too close for the hint to tell.
    let source = "the claim, and again the claim.";
    assert_eq!(at(source, "the claim", 12, 21).range, None);
}

#[test]
fn a_typo_fixed_in_the_article_is_found_approximately() {
    let source = "Clarke said the revelations are politics, plain and simple.";
    let a = find(source, "the revelatoins are politcs", "", "");
    assert_eq!(found_text(source, &a), "the revelations are politics");
    assert_eq!(
        a.status,
        AnchorStatus::Approximate {
            similarity: 888 // 3 edits in 27 characters
        }
    );
    assert!(a.problem().unwrap().contains("88% alike"));
}

#[test]
fn a_quote_changed_too_much_is_not_found_rather_than_misplaced() {
    let source = "Clarke said the revelations are politics, plain and simple.";
    let a = find(source, "the disclosures were mere politicking", "", "");
    assert_eq!(a.status, AnchorStatus::NotFound);
}

#[test]
fn two_near_matches_of_equal_merit_are_ambiguous() {
    let source = "They said the home bass. Later: the home bast.";
    let a = find(source, "the home base", "", "");
    assert_eq!(a.status, AnchorStatus::Ambiguous { candidates: 2 });
    assert_eq!(a.range, None);
    // Context breaks the tie.
    let a = find(source, "the home base", "Later:", "");
    assert_eq!(found_text(source, &a), "the home bast");
}

#[test]
fn an_exact_repeat_with_the_wrong_context_yields_to_the_edited_original() {
    // The quote was edited where it was annotated ("Iran" -> "Tehran"), and the
    // old wording survives elsewhere with other words around it.
    let source = "Pompeo said Tehran is the new home base for the group. \
                  Critics asked whether Iran is the new home base at all.";
    let a = find(
        source,
        "Iran is the new home base",
        "Pompeo said",
        "for the group",
    );
    assert_eq!(found_text(source, &a), "Tehran is the new home base");
    assert!(matches!(a.status, AnchorStatus::Approximate { .. }));
}

#[test]
fn without_gates_a_wrong_place_is_taken() {
    // The quote was deleted; a sentence half like it remains.
    let source = "Experts said the claim about the bridge was plainly false.";
    let selector = selector("the claim about the tunnel is simply untrue", "", "");
    assert_eq!(anchor(source, &selector).status, AnchorStatus::NotFound);
    let ungated = Anchorer::new(source)
        .with_gates(Gates::none())
        .anchor_all(&[&selector])
        .pop()
        .unwrap();
    assert!(ungated.range.is_some(), "{ungated:?}");
}

#[test]
fn labels_name_each_status() {
    let labels: Vec<String> = [
        find("a b", "a", "", ""),
        at("x a", "a", 0, 1),
        find("the home base", "the hme base", "", ""),
        find("x x", "x", "", ""),
        find("x", "y", "", ""),
    ]
    .iter()
    .map(Anchoring::label)
    .collect();
    assert_eq!(
        labels,
        ["exact", "moved", "≈ 91%", "ambiguous", "not found"]
    );
}

/// The two teams: parallel sentences that differ in a name and a quantifier.
const TEAMS: &str = "Quarterly engineering notes, written up by the platform group.\n\n\
    Team Alpha reported that the new deployment reduced latency by twelve percent across all regions. \
    The rollout finished in March, ahead of plan.\n\n\
    Meanwhile, in the other half of the company, \
    Team Beta reported that the new deployment reduced latency by twelve percent across most regions. \
    Their migration is still under way.";
const ALPHA: &str = "Team Alpha reported that the new deployment reduced latency by twelve percent across all regions.";

/// A selector for `quote` in `source` with hints as `check --fix` writes them.
fn with_hints(source: &str, quote: &str) -> QuoteSelector {
    let start = source.find(quote).expect("the quote is in the text");
    let (prefix, suffix, position) = Anchorer::new(source).hints_for(start..start + quote.len());
    QuoteSelector {
        exact: quote.into(),
        prefix: prefix.into(),
        suffix: suffix.into(),
        position: Some(position),
    }
}

#[test]
fn a_rewritten_sentence_is_not_placed_on_its_lookalike() {
    let selector = with_hints(TEAMS, ALPHA);
    let rewritten = TEAMS.replace(
        ALPHA,
        "Team Alpha now says its figures were measured wrongly and withdraws them.",
    );
    let a = anchor(&rewritten, &selector);
    assert_eq!(a.status, AnchorStatus::NotFound, "{a:?}");
    assert_eq!(a.range, None);
    // The lookalike is named, with why it was refused.
    let refused = a.refused.clone().expect("the lookalike is reported");
    assert!(rewritten[refused.range.clone()].starts_with("Team Beta reported"));
    assert_eq!(refused.similarity / 10, 91);
    assert_eq!(
        a.problem().unwrap(),
        "quote not found in the article; the nearest text, 91% alike, was refused: neither its prefix nor its suffix is there"
    );
    // A sibling that shares a phrase on one side is refused by both sides together.
    let shared = Refused {
        range: 0..1,
        similarity: 910,
        context: (170, 710),
    };
    assert_eq!(
        shared.reason(),
        "its prefix is not there, and its suffix only in part (71% alike)"
    );
    // What the gates alone did: the lookalike placed.
    let ungated = Anchorer::new(&rewritten)
        .with_gates(Gates::none())
        .anchor_all(&[&selector])
        .pop()
        .unwrap();
    assert!(ungated.range.is_some(), "{ungated:?}");
}

#[test]
fn a_lookalike_with_one_side_of_its_context_is_still_placed() {
    // The same edit in the right place: a typo, and the sentence after rewritten.
    let selector = with_hints(TEAMS, ALPHA);
    let edited = TEAMS
        .replace("twelve percent across all", "twelve percnet across all")
        .replace(
            "The rollout finished in March, ahead of plan.",
            "Nobody expected it.",
        );
    let a = anchor(&edited, &selector);
    assert!(
        matches!(a.status, AnchorStatus::Approximate { .. }),
        "{a:?}"
    );
    assert!(edited[a.range.unwrap()].starts_with("Team Alpha"));
    // A bare quote has no context to contradict: the best lookalike is judged by its
    // words alone, as before.
    let bare = selector_without_hints(ALPHA);
    let rewritten = TEAMS.replace(ALPHA, "Team Alpha withdrew its figures.");
    assert!(anchor(&rewritten, &bare).range.is_some());
}

fn selector_without_hints(quote: &str) -> QuoteSelector {
    selector(quote, "", "")
}

#[test]
fn an_exact_quote_is_never_refused_for_its_context() {
    // Its words are the quote's: a paragraph moved among new neighbours is still found.
    let selector = with_hints(TEAMS, ALPHA);
    let moved = format!(
        "Something new first.\n\n{ALPHA}\n\nAnd something new after.\n\n{}",
        TEAMS.replace(ALPHA, "")
    );
    let a = anchor(&moved, &selector);
    assert_eq!(a.status, AnchorStatus::Moved { candidates: 1 });
}

/// A text longer than a [`STRETCH`], every word different, with paragraph breaks and
/// curly quotes (so the folded text is shorter than the source and offsets differ).
fn long_text() -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < STRETCH + STRETCH / 2 {
        i += 1;
        text.push_str(&format!("word{i} "));
        if i % 40 == 0 {
            text.push_str(&format!("“quoted{i}”\n\n"));
        }
    }
    text
}

#[test]
fn quotes_across_the_stretches_of_a_long_text_are_placed_exactly_and_approximately() {
    let source = long_text();
    // Where the first stretch of folded text ends, in the source (the folded text is
    // ASCII: curly quotes fold to straight ones); it is well after STRETCH bytes of source.
    let boundary = FoldMap::new(&source)
        .source_range(STRETCH..STRETCH + 1)
        .start;
    assert!(boundary > STRETCH + 1000);
    // Quotes that straddle it, and one beyond.
    for near in [
        boundary - 30,
        boundary - 5,
        boundary + 3,
        boundary + STRETCH / 3,
    ] {
        let start = source[..near].rfind(' ').unwrap() + 1;
        let end = start + source[start..].char_indices().nth(70).unwrap().0;
        let end = source[..end].rfind(' ').unwrap();
        let quote = &source[start..end];
        let exact = find(&source, quote, "", "");
        assert_eq!(exact.status, ONCE, "{quote:?}");
        assert_eq!(exact.range, Some(start..end), "{quote:?}");
        // One letter changed: found approximately, in the same place, told apart from
        // the rest of the text by its context.
        let typo = quote.replacen("word", "wrod", 1);
        let prefix = &source[start - 20..start];
        let suffix = &source[end..end + 20];
        let approximate = find(&source, &typo, prefix, suffix);
        assert!(
            matches!(approximate.status, AnchorStatus::Approximate { .. }),
            "{typo:?}: {approximate:?}"
        );
        assert_eq!(approximate.range, Some(start..end), "{typo:?}");
    }
}
