//! Tests of what every draft holds, whatever the article: no two statements at the same place, and the marks a body shows for control and invisible characters taken as nothing (never words, names, or a quote's edge).

use std::ops::Range;

use proptest::prelude::*;

use super::*;
use crate::sanitize::{every_stand_in, mark_len, mark_len_back};

const NAMES: &[&str] = &[
    "Maria Lopez",
    "Tom Reed",
    "Ana Petrova",
    "Dr. Ruth Okafor",
    "Sen. Paul Brandt",
    "the ministry",
    "Officials",
];
const ROLES: &[&str] = &[
    "a senior fellow at the Harbor Institute",
    "director of research at Civic Data",
    "an economist at the central bank",
];
const VERBS: &[&str] = &["said", "added", "argued", "warned", "insisted", "claimed"];
const CLAUSES: &[&str] = &[
    "the river was lower than ever",
    "the budget would not cover the repairs",
    "nobody had seen the report",
    "the vote came too late",
    "prices kept rising all year",
];

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A sentence of one of the shapes news reports speech in, several of them with two
/// verbs that could take the same quotation.
fn sentence(shape: usize, a: &str, b: &str, verb: &str, c: &str, c2: &str, role: &str) -> String {
    let (cap, cap2) = (capital(c), capital(c2));
    let (a_cap, b_cap) = (capital(a), capital(b));
    match shape % 11 {
        0 => format!("“{cap},” {a_cap} said when {b} asked about it."),
        1 => format!("{a_cap} {verb} that {c}, and {b} {verb} that {c2}."),
        2 => format!("“{cap},” said {a}, {role}. “{cap2}.”"),
        3 => format!("According to {a}, {c}."),
        4 => format!("{a_cap} told {b}, “{cap}.”"),
        5 => format!("{a_cap} accused {b} of saying that {c}."),
        6 => format!("{b_cap} called it “{c}.”"),
        7 => format!("“{cap},” {a_cap}, {role}, {verb}. {b_cap} {verb} the claim was wrong."),
        8 => format!("{a_cap} {verb}: “{cap}.”"),
        9 => format!("He {verb} that {c}, {a} {verb}."),
        _ => format!("“{cap},” {a_cap} {verb}, and {b} {verb} so too. “{cap2},” {b} asked."),
    }
}

/// The paragraphs of a text written with blank lines between them.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices("\n\n") {
        out.push(start..at);
        start = at + 2;
    }
    out.push(start..text.len());
    out
}

fn drafted(body: &str) -> (Extraction, Vec<ClaimEntry>) {
    let extraction = extract(body, &paragraphs(body));
    let entries = entries(&extraction, body);
    (extraction, entries)
}

type Shape = (usize, usize, usize, usize, usize, usize, usize, bool);

fn article(shapes: &[Shape]) -> String {
    let mut text = String::new();
    for &(shape, a, b, v, c, c2, role, new_paragraph) in shapes {
        if !text.is_empty() {
            text.push_str(if new_paragraph { "\n\n" } else { " " });
        }
        text.push_str(&sentence(
            shape,
            NAMES[a % NAMES.len()],
            NAMES[b % NAMES.len()],
            VERBS[v % VERBS.len()],
            CLAUSES[c % CLAUSES.len()],
            CLAUSES[c2 % CLAUSES.len()],
            ROLES[role % ROLES.len()],
        ));
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// However the sentences come, no two drafted statements share any of the text, and
    /// no two entries have the same place.
    #[test]
    fn no_two_statements_overlap(shapes in prop::collection::vec(
        (0..11usize, 0..7usize, 0..7usize, 0..6usize, 0..5usize, 0..5usize, 0..3usize, any::<bool>()),
        1..14,
    )) {
        let body = article(&shapes);
        let (extraction, entries) = drafted(&body);
        let mut ranges: Vec<Range<usize>> =
            extraction.statements.iter().map(|s| s.range.clone()).collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        for pair in ranges.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "{:?} and {:?} in {body}", pair[0], pair[1]);
        }
        let mut places: Vec<_> = entries
            .iter()
            .flat_map(|c| std::iter::once(&c.selector).chain(c.responses.iter().map(|r| &r.selector)))
            .map(|s| s.position.map(|p| (p.start, p.end)))
            .collect();
        let count = places.len();
        places.sort();
        places.dedup();
        prop_assert_eq!(places.len(), count);
    }
}

#[test]
fn a_quotation_taken_by_one_verb_is_not_taken_again_by_the_next() {
    let body = "“The river was lower than ever,” Maria Lopez said when Tom Reed asked about it.";
    let (extraction, _) = drafted(body);
    assert_eq!(
        extraction.statements.len(),
        1,
        "{:?}",
        extraction.statements
    );
    assert_eq!(
        extraction.speaker(&extraction.statements[0]).name,
        "Maria Lopez"
    );
}

/// Whether a mark (or kept invisible character) is anywhere in `text`.
fn has_mark(text: &str) -> bool {
    text.char_indices()
        .any(|(at, _)| mark_len(&text[at..]).is_some())
}

/// What a reader of the sidebar gets: each entry's quote, speaker, affiliation and summary.
fn shown(
    entries: &[ClaimEntry],
) -> Vec<(
    crate::claims::Text,
    crate::claims::Text,
    Option<crate::claims::Text>,
    crate::claims::Text,
)> {
    let mut out = Vec::new();
    for c in entries {
        out.push((
            c.selector.exact.clone(),
            c.claimant.clone(),
            c.role.clone(),
            c.summary.clone(),
        ));
        for r in &c.responses {
            out.push((
                r.selector.exact.clone(),
                r.expert.clone(),
                r.affiliation.clone(),
                Default::default(),
            ));
        }
    }
    out
}

/// A family of articles with `{m}` where a mark may stand: at a quotation's edges,
/// inside and beside a name, between words, at a sentence's start.
const PLACES: &[&str] = &[
    "“{m}The river was lower than ever,{m}” Maria Lopez, a senior fellow at the Harbor Institute, said.",
    "{m}“The river was lower than ever,”{m} Maria Lopez said.",
    "“The river was lower than ever,” Maria{m} Lopez said.",
    "“The river was lower than ever,” Maria {m}Lopez{m} said.",
    "“The river was lower than ever,” Mar{m}ia Lopez said.",
    "{m}Maria Lopez said that the river{m} was lower {m} than ever{m}.",
    "Maria Lopez, a senior{m} fellow at the Harbor{m} Institute, claimed that {m}the river was lower than ever{m}.",
    "{m}According to Maria Lopez, the river was lower than ever.",
    "The Ha{m}rlow administration said the river was lower than ever. The administration said that the budget would not cover the repairs.",
];

#[test]
fn the_marks_of_control_and_invisible_characters_are_taken_as_nothing() {
    let marks = every_stand_in();
    assert!(marks.iter().any(|(_, m)| m == "⟨LRE⟩"));
    assert!(marks.iter().any(|(_, m)| m == "␛"));
    assert!(marks.iter().any(|(_, m)| m == "<85>"));
    for place in PLACES {
        let (_, plain) = drafted(&place.replace("{m}", ""));
        let expected = shown(&plain);
        assert!(!expected.is_empty(), "{place}");
        for (c, mark) in &marks {
            // A zero-width space inside a word breaks it in two, as it says.
            let inside_word = place.match_indices("{m}").any(|(at, _)| {
                place[..at].ends_with(char::is_alphanumeric)
                    && place[at + 3..].starts_with(char::is_alphanumeric)
            });
            if *c == '\u{200b}' && inside_word {
                continue;
            }
            let body = place.replace("{m}", mark);
            let (_, entries) = drafted(&body);
            let got = shown(&entries);
            for (quote, who, role, summary) in &got {
                assert!(
                    mark_len(quote).is_none() && mark_len_back(quote).is_none(),
                    "a mark at the edge of {quote:?} ({c:?}) in {body}"
                );
                assert!(!has_mark(who), "{who:?} ({c:?}) in {body}");
                assert!(!role.as_deref().is_some_and(has_mark), "{role:?} ({c:?})");
                assert!(!has_mark(summary), "{summary:?} ({c:?})");
            }
            let people: Vec<_> = got.iter().map(|(_, who, role, _)| (who, role)).collect();
            let expected_people: Vec<_> = expected
                .iter()
                .map(|(_, who, role, _)| (who, role))
                .collect();
            assert_eq!(people, expected_people, "{c:?} in {body}");
            let words = |list: &[(
                crate::claims::Text,
                crate::claims::Text,
                Option<crate::claims::Text>,
                crate::claims::Text,
            )]|
             -> Vec<String> {
                list.iter()
                    .map(|(q, ..)| crate::sanitize::without_marks(q))
                    .collect()
            };
            assert_eq!(words(&got), words(&expected), "{c:?} in {body}");
        }
    }
}

const FILLER: &str = "The weather stayed mild through the week.";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// Linking each response by walking back from it, and stopping where distance alone
    /// rules out the claims further back, links as scoring every claim does, however far
    /// apart claims and responses are.
    #[test]
    fn the_walk_that_stops_early_links_as_scoring_every_claim(
        items in prop::collection::vec(
            ((0..11usize, 0..7usize, 0..7usize, 0..6usize, 0..5usize, 0..5usize, 0..3usize, any::<bool>()), 0..90usize),
            1..24,
        )
    ) {
        let mut body = String::new();
        for (shape, gap) in &items {
            for _ in 0..*gap {
                body.push_str(FILLER);
                body.push_str("\n\n");
            }
            body.push_str(&article(std::slice::from_ref(shape)));
            body.push_str("\n\n");
        }
        let paras = tokens::read(&body, &paragraphs(&body));
        let mut people = people::People::default();
        let found = statements::find(&body, &paras, &mut people, &Progress::default());
        let readings = readings::Readings::of(&body, &found);
        prop_assert_eq!(
            link::link(&body, &found, &people, &readings),
            link::link_walking(&body, &found, &people, &readings, true)
        );
    }
}

proptest! {
    /// Ids that remember each base's next number are the ids numbering from 2 each time
    /// gives, among ids already taken too.
    #[test]
    fn remembered_numbers_give_the_ids_counting_from_two_gives(
        taken in prop::collection::vec(prop::sample::select(vec![
            "river-lower", "river-lower-2", "river-lower-4", "budget-cover", "claim", "claim-3",
        ]), 0..6),
        words in prop::collection::vec(prop::sample::select(vec![
            "the river lower", "river lower", "budget cover", "a b", "", "river lower 2",
        ]), 0..40),
    ) {
        let taken: HashSet<String> = taken.into_iter().map(String::from).collect();
        let mut ids = Ids::new(taken.clone());
        let mut counted = taken;
        for w in words {
            let expected = id_for(w, &counted);
            counted.insert(expected.clone());
            prop_assert_eq!(ids.unique(w), expected);
        }
    }
}
