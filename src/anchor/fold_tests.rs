//! Unit tests of the folding rules and of the map back to the source.

use super::*;

/// The source text that folded `needle` (its first occurrence) came from.
fn source_of<'a>(source: &'a str, needle: &str) -> &'a str {
    let folded = FoldedText::new(source);
    let at = folded
        .folded
        .find(needle)
        .expect("the needle is in the folded text");
    &source[folded.source_range(at..at + needle.len())]
}

#[test]
fn ligatures_fold_and_map_back_to_the_whole_ligature() {
    let source = "The ﬁrst oﬃcial ﬁgures arrived late.";
    assert_eq!(fold(source), "The first official figures arrived late.");
    assert_eq!(
        source_of(source, "first official figures"),
        "ﬁrst oﬃcial ﬁgures"
    );
    // A match that starts or ends inside a ligature covers all of it.
    assert_eq!(source_of(source, "irst"), "ﬁrst");
    assert_eq!(source_of(source, "offi"), "oﬃ");
    assert_eq!(source_of(source, "of"), "oﬃ");
    assert_eq!(source_of(source, "ci"), "ci");
}

#[test]
fn every_quotation_mark_folds_to_a_straight_one_and_nothing_else_does() {
    for &mark in &crate::quotation::QUOTATION_MARKS {
        let straight = if crate::quotation::is_single(mark) {
            "'"
        } else {
            "\""
        };
        let source = format!("a {mark}b{mark} c");
        assert_eq!(
            fold(&source),
            format!("a {straight}b{straight} c"),
            "{mark}"
        );
        // And maps back to the mark whole.
        assert_eq!(source_of(&source, straight), mark.to_string(), "{mark}");
    }
    for (shown, typed) in [
        (
            "Il a dit « le bac est en retard ».",
            "Il a dit \" le bac est en retard \".",
        ),
        ("彼は「船が遅い」と言った", "彼は\"船が遅い\"と言った"),
        ("彼は『船』と", "彼は'船'と"),
        ("‹ non ›", "' non '"),
    ] {
        assert_eq!(fold(shown), typed, "{shown}");
    }
    // Primes stay as they were folded; other punctuation is not a quotation mark.
    assert_eq!(fold("5′ 9″ 。・`´"), "5' 9\" 。・`´");
}

#[test]
fn compatibility_forms_fold_to_plain_characters() {
    for (shown, plain) in [
        ("ＯＦＦＩＣＩＡＬ ｆｉｇｕｒｅｓ", "OFFICIAL figures"),
        ("2⁸⁰ and 10⁶", "280 and 106"),
        ("H₂O and xₙ", "H2O and xn"),
        ("xⁿ⁺¹", "xn+1"),
        ("Ⅻ ½ ™ ㎏", "XII 1⁄2 TM kg"),
        ("𝐁𝐨𝐥𝐝 ﬅ", "Bold st"),
        ("ﻻ﹘", "لا-"),
    ] {
        let folded = FoldedText::new(shown);
        // Everything folds back to the whole source.
        assert_eq!(folded.folded, plain, "{shown:?}");
        assert_eq!(folded.source_range(0..plain.len()), 0..shown.len());
    }
}

#[test]
fn text_that_normalizes_to_itself_is_untouched() {
    for text in [
        "naïve café",
        "日本語のテキスト",
        "한국어",
        "Ελληνικά",
        "❤️ 👨‍👩‍👧",
        "e\u{301}",
    ] {
        assert_eq!(FoldedText::new(text).folded, text);
        assert!(FoldedText::new(text).units.is_empty(), "{text:?}");
    }
}

#[test]
fn spacing_accents_are_kept_rather_than_split_into_a_space() {
    // NFKC gives " ́" for "´": folding that would put a space inside the word.
    assert_eq!(fold("don´t ¨x"), "don´t ¨x");
}

#[test]
fn invisible_format_characters_fold_to_nothing() {
    let visible = "Acknowledgements for the word-joined text";
    for invisible in [
        '\u{AD}', '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{200E}', '\u{2067}',
    ] {
        let source =
            format!("Acknow{invisible}ledge{invisible}ments for the word{invisible}-joined text");
        let folded = FoldedText::new(&source);
        assert_eq!(folded.folded, visible, "{invisible:?}");
        // A match next to one leaves it out; a match across it covers it.
        let word = folded.folded.find("ledge").unwrap();
        assert_eq!(&source[folded.source_range(word..word + 5)], "ledge");
        assert_eq!(
            &source[folded.source_range(0..word + 5)],
            format!("Acknow{invisible}ledge")
        );
        assert!(is_ignorable(invisible));
    }
}

#[test]
fn joiners_and_variation_selectors_are_part_of_the_text() {
    // An emoji family without its joiners is three faces; a Persian word without its
    // non-joiner is drawn differently: neither folds away.
    for kept in ['\u{200C}', '\u{200D}', '\u{034F}', '\u{FE0F}', '\u{FE0E}'] {
        assert!(!is_ignorable(kept), "{kept:?}");
        let text = format!("a{kept}b");
        assert_eq!(FoldedText::new(&text).folded, text);
    }
    assert_eq!(fold("می‌خواهم"), "می‌خواهم");
}

#[test]
fn marked_superscripts_fold_like_superscript_characters() {
    for (a, b) in [
        ("2^80", "2⁸⁰"),
        ("2^(80)", "2⁸⁰"),
        ("x^(n+1) grows", "xⁿ⁺¹ grows"),
        ("H_2O", "H₂O"),
        ("10^6 km^2", "10⁶ km²"),
    ] {
        assert_eq!(fold(a), fold(b), "{a:?} and {b:?}");
    }
    // The marks fold away, and a match maps back over them.
    let source = "about 2^(80) keys";
    assert_eq!(fold(source), "about 280 keys");
    assert_eq!(source_of(source, "280"), "2^(80)");
    // Parentheses inside are kept; only the pair that the mark opened goes.
    assert_eq!(fold("e^(f(x)) (sic)"), "ef(x) (sic)");
}

#[test]
fn a_caret_or_underscore_beside_a_space_is_text() {
    for text in ["a ^ b", "^start", "end_", "x _y", "x^ y"] {
        let folded = fold(text);
        assert!(folded.contains(['^', '_']), "{text:?} became {folded:?}");
    }
    assert_eq!(fold("2^(80"), "2(80");
    assert!(has_marked_form("2^80"));
    assert!(!has_marked_form("a ^ b _"));
}

#[test]
fn literal_folding_keeps_the_marks() {
    let text = "snake_case and 2^80 and ﬁ";
    assert_eq!(
        FoldedText::literal(text).folded,
        "snake_case and 2^80 and fi"
    );
    assert_eq!(FoldedText::new(text).folded, "snakecase and 280 and fi");
}

/// The folded text of `range` as the map makes it, checked against the folded copy.
fn check_map(source: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    proptest::prop_assert_eq!(fold_cow(source), fold(source));
    let copy = FoldedText::new(source);
    // The map in 16-byte units (any text under SMALL_TEXT) and in 32-byte ones, alike.
    for map in [FoldMap::new(source), FoldMap::wide(source)] {
        check_one_map(source, &copy, &map)?;
    }
    Ok(())
}

fn check_one_map(
    source: &str,
    copy: &FoldedText,
    map: &FoldMap,
) -> Result<(), proptest::test_runner::TestCaseError> {
    proptest::prop_assert_eq!(map.len(), copy.folded.len());
    proptest::prop_assert_eq!(map.text(source, 0..map.len()), (0, copy.folded.clone()));
    let len = copy.folded.len();
    for start in 0..=len {
        for end in start..=len.min(start + 12) {
            let (at, text) = map.text(source, start..end);
            let mut from = start;
            while !copy.folded.is_char_boundary(from) {
                from += 1;
            }
            let mut to = end.max(from);
            while !copy.folded.is_char_boundary(to) {
                to -= 1;
            }
            if !text.is_empty() {
                proptest::prop_assert_eq!(at, from, "{:?} {}..{}", source, start, end);
            }
            proptest::prop_assert_eq!(&text, &copy.folded[from..to]);
            if copy.folded.is_char_boundary(start) && copy.folded.is_char_boundary(end) {
                proptest::prop_assert_eq!(
                    map.source_range(start..end),
                    copy.source_range(start..end)
                );
            }
        }
    }
    Ok(())
}

#[test]
fn the_map_of_an_article_keeps_its_units_in_16_bytes() {
    assert_eq!(std::mem::size_of::<SmallUnit>(), 16);
    assert!(matches!(FoldMap::new("a “b”").units, Units::Small(_)));
    assert!(matches!(FoldMap::wide("a “b”").units, Units::Wide(_)));
}

#[test]
fn the_map_makes_the_same_folded_text_as_the_copy() {
    for source in [
        "",
        "plain text",
        "The ﬁrst oﬃcial ﬁgures… “arrived”  late.\n\nNext \u{AD}para",
        "about 2^(80) keys and H_2O, x^(ﬁ\u{200B}) e^(f(x)) (sic) 2^(80",
        "™) x^(™\u{200B}) ⁸⁰ ＯＦＦ  \t\u{2029} end ",
    ] {
        check_map(source).unwrap();
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn the_map_agrees_with_the_copy_everywhere(
        source in "[ab ^_()\n“”…ﬁ™⁸é\u{200B}\u{AD}\t-]{0,40}",
    ) {
        check_map(&source)?;
    }
}
