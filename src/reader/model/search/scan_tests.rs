use super::*;
use crate::reader::model::search::query::find;
use proptest::prelude::*;

/// Scans `body` for `query` to the end in steps of `budget` bytes, as the reader does.
fn scanned(
    body: &str,
    query: &str,
    origin: usize,
    backward: bool,
    budget: usize,
) -> Vec<Range<usize>> {
    let searcher = Query::new(query).unwrap();
    let mut scan = Scan::new(body, origin, backward);
    let (mut matches, mut more) = (Vec::new(), false);
    let mut steps = 0;
    while !scan.body_done() {
        scan.step(
            body,
            &searcher,
            word_count(query),
            budget,
            &mut matches,
            &mut more,
        );
        steps += 1;
        assert!(steps <= body.len() + 2, "the scan never ends");
    }
    matches
}

#[test]
fn a_scan_in_small_steps_finds_what_one_search_finds() {
    let body =
        "Iran said.\nThe offi\u{fb03}cial said Iran, and Irán again; iran\u{ad}ian views of IRAN";
    for query in [
        "iran",
        "Iran",
        "official",
        "said Iran",
        "an",
        "views of iran",
    ] {
        let (whole, _) = find(body, query);
        for origin in [0, 5, 30, body.len()] {
            for budget in [1, 3, 7, 16, 1000] {
                for backward in [false, true] {
                    assert_eq!(
                        scanned(body, query, origin, backward, budget),
                        whole,
                        "{query:?} from {origin} by {budget} backward {backward}"
                    );
                }
            }
        }
    }
}

#[test]
fn steps_begin_where_the_search_began_and_put_the_earlier_part_in_front() {
    let body = "alpha beta alpha gamma alpha delta";
    let searcher = Query::new("alpha").unwrap();
    let mut scan = Scan::new(body, 12, false);
    assert_eq!(scan.began, 11);
    let (mut matches, mut more) = (Vec::new(), false);
    let inserted = scan.step(body, &searcher, 1, 12, &mut matches, &mut more);
    assert_eq!(
        (matches.first().cloned(), matches.len(), inserted),
        (Some(11..16), 1, 0)
    );
    assert!(!scan.first_part_done());
    while !scan.body_done() {
        scan.step(body, &searcher, 1, 12, &mut matches, &mut more);
    }
    assert_eq!(matches, vec![0..5, 11..16, 23..28]);
    assert!(scan.first_part_done());
}

#[test]
fn word_starts_are_after_white_space() {
    let body = "ab cd\n\nef";
    assert_eq!(word_start_after(body, 0), 3);
    assert_eq!(word_start_after(body, 3), 3);
    assert_eq!(word_start_after(body, 4), 7);
    assert_eq!(word_start_after(body, 9), 9);
    assert_eq!(word_start_before(body, 8), 7);
    assert_eq!(word_start_before(body, 2), 0);
    assert_eq!(words_after(body, 0, 2), 5);
}

fn body() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        4 => "[a-cA-C]{1,5}",
        1 => Just("\u{e1}b".to_string()),
        1 => Just("a\u{301}b".to_string()),
        1 => Just("o\u{fb03}ce".to_string()),
        1 => Just("ab\u{ad}c".to_string()),
        1 => Just("\u{201c}ab\u{201d}".to_string()),
    ];
    let gap = prop_oneof![4 => Just(" "), 1 => Just("\n"), 1 => Just("  "), 1 => Just("\n\n")];
    proptest::collection::vec((word, gap), 0..40)
        .prop_map(|words| words.into_iter().map(|(w, g)| format!("{w}{g}")).collect())
}

/// Whether two occurrences of `query` can overlap (a proper suffix of it, ignoring
/// case, is also its beginning): then one search skips the second of two that overlap,
/// and a scan cut between them finds both and shows them as one.
fn overlaps_itself(query: &str) -> bool {
    let q = query.to_lowercase();
    (1..q.len()).any(|k| q.is_char_boundary(k) && q.starts_with(&q[k..]))
}

#[test]
fn occurrences_that_overlap_across_a_step_show_as_one() {
    // One search finds `bc ab` once in `abc abc abc` (the second starts inside the
    // first); steps cut at the second word find both, merged into one highlight.
    let body = "abc abc abc";
    let (whole, _) = find(body, "bc ab");
    assert_eq!(whole, std::iter::once(1..6).collect::<Vec<_>>());
    let scan = scanned(body, "bc ab", 0, false, 1);
    assert_eq!(scan, std::iter::once(1..10).collect::<Vec<_>>());
    assert!(overlaps_itself("bc ab") && !overlaps_itself("bc a") && overlaps_itself("aa"));
}

proptest! {
    /// However the body is cut into steps and wherever the search begins, the scan ends
    /// with exactly the matches one search of the whole body finds (for a query whose
    /// occurrences cannot overlap; see the test above for one whose can).
    #[test]
    fn any_scan_finds_what_one_search_finds(
        body in body(),
        query in prop_oneof!["[a-cA-C]{1,3}", "[a-c]{1,2} [a-c]{1,2}", Just("ab".to_string()), Just("\u{e1}".to_string())],
        origin in 0usize..400,
        budget in 1usize..40,
        backward: bool,
    ) {
        prop_assume!(Query::new(&query).is_some());
        prop_assume!(!overlaps_itself(&query));
        let (whole, _) = find(&body, &query);
        prop_assert_eq!(scanned(&body, &query, origin, backward, budget), whole);
    }
}

/// A pasted paragraph is searched with an NFA (a DFA for it took seconds to build), and
/// finds what the short query's DFA finds, case folded or not.
#[test]
fn long_queries_use_an_nfa_and_find_the_same() {
    use aho_corasick::AhoCorasickKind;
    let short = Query::new("word").unwrap();
    assert_eq!(short.searcher.kind(), AhoCorasickKind::DFA);
    let long_query = "word ".repeat(1_600);
    let long = Query::new(&long_query).unwrap();
    assert_eq!(long.searcher.kind(), AhoCorasickKind::ContiguousNFA);
    // Without capitals case is ignored (both copies found); with one, it is matched.
    for (query, copies) in [("word ".repeat(30), 2), ("Word ".repeat(30), 1)] {
        let query = query.trim_end();
        assert!(query.len() > crate::reader::model::search::query::LONG_QUERY);
        let body = format!("start {query} end, and {}", query.to_lowercase());
        let second = body.rfind(&query.to_lowercase()).unwrap();
        let expected = [6..6 + query.len(), second..second + query.len()];
        let found = Query::new(query).unwrap().find_in(&body);
        assert_eq!(found, expected[..copies], "{query:.20}");
    }
}

/// Smart case beyond ASCII: a query without capitals finds the word however it is
/// capitalised, in Latin, Greek and Cyrillic alike; one capital makes case count.
#[test]
fn smart_case_ignores_case_beyond_ascii_too() {
    let body =
        "Ødegaard met ØDEGAARD and ødegaard; Σωκράτης, σωκράτης; Москва, МОСКВА; Émile, émile.";
    let count = |query: &str| find(body, query).0.len();
    for (query, found) in [
        ("ødegaard", 3),
        ("Ødegaard", 1),
        ("ØDEGAARD", 1),
        ("σωκράτης", 2),
        ("Σωκράτης", 1),
        ("москва", 2),
        ("Москва", 1),
        ("émile", 2),
        ("Émile", 1),
        ("ødegaard; σωκ", 1),
    ] {
        assert_eq!(count(query), found, "{query}");
    }
    // Matches are places in the body, whole characters.
    for m in find(body, "ødegaard").0 {
        assert!(
            body[m.clone()].eq_ignore_ascii_case("ødegaard")
                || body[m].to_lowercase() == "ødegaard"
        );
    }
}

proptest! {
    /// Lowering for search keeps every byte offset: the result is as long as the text,
    /// has its character boundaries at the same places, and differs only in letters
    /// that are the same letter in another case.
    #[test]
    fn lowering_for_search_keeps_every_offset(text in "\\PC{0,40}") {
        let lowered = crate::reader::model::search::query::lower_same_length(&text);
        prop_assert_eq!(lowered.len(), text.len());
        for ((a, x), (b, y)) in text.char_indices().zip(lowered.char_indices()) {
            prop_assert_eq!(a, b);
            prop_assert!(x == y || x.to_lowercase().eq(std::iter::once(y)) || (x, y) == ('ς', 'σ'));
        }
    }

    /// A query without capitals finds a word whatever its case, when lowering keeps the
    /// word's length.
    #[test]
    fn a_lowercase_query_finds_any_capitalisation(word in "[a-zà-öø-ÿα-ωа-я]{1,8}", flips in proptest::collection::vec(any::<bool>(), 8)) {
        let capitalised: String = word
            .chars()
            .zip(flips.iter().cycle())
            .map(|(c, &up)| if up { c.to_uppercase().next().unwrap() } else { c })
            .collect();
        prop_assume!(capitalised.len() == word.len());
        let body = format!("1 {capitalised} 2");
        let (found, _) = find(&body, &word);
        prop_assert_eq!(found, vec![2..2 + capitalised.len()]);
    }
}
