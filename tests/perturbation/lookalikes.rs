//! Lookalike edits: the quote is rewritten, and a sibling of it — the same sentence with
//! a name, a number or a quantifier swapped, or a repeated piece of boilerplate one
//! letter off — stands elsewhere, so that the sibling is the nearest approximate match.
//! A quote whose recorded context is there to contradict it must not be placed on the
//! sibling; a bare quote may be (it has no context to tell an edit from a sibling).

use super::*;

/// Names a sibling sentence may have instead of the quote's.
const NAMES: [&str; 6] = ["Iraq", "Beta", "Syria", "Obama", "Gamma", "Riyadh"];
/// Words a sibling sentence may have instead of the quote's (whole words).
const SWAPS: [(&str, &str); 11] = [
    ("all", "most"),
    ("most", "all"),
    ("some", "many"),
    ("many", "some"),
    ("several", "many"),
    ("one", "two"),
    ("two", "three"),
    ("every", "each"),
    ("no", "any"),
    ("is", "was"),
    ("was", "is"),
];

/// `quote` with its first capitalized word of three letters or more swapped for another
/// name of about its length.
fn name_swapped(quote: &str) -> Option<String> {
    let word = quote
        .split(|c: char| !c.is_alphabetic())
        .find(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_uppercase()))?;
    let name = NAMES
        .iter()
        .filter(|n| **n != word)
        .min_by_key(|n| n.len().abs_diff(word.len()))?;
    let at = quote.find(word)?;
    Some(format!(
        "{}{name}{}",
        &quote[..at],
        &quote[at + word.len()..]
    ))
}

/// `quote` with a number or a quantifier changed, or else with "not" put in.
fn quantity_swapped(quote: &str) -> String {
    if let Some(at) = quote.find(|c: char| c.is_ascii_digit()) {
        let digit = quote.as_bytes()[at] - b'0';
        let other = char::from(b'0' + (digit + 1) % 10);
        return format!("{}{other}{}", &quote[..at], &quote[at + 1..]);
    }
    let words: Vec<&str> = quote.split(' ').collect();
    for (i, word) in words.iter().enumerate() {
        if let Some((_, to)) = SWAPS.iter().find(|(from, _)| from == word) {
            let mut swapped = words.clone();
            swapped[i] = to;
            return swapped.join(" ");
        }
    }
    let middle = words.len() / 2;
    let mut negated = words.clone();
    negated.insert(middle, "not");
    negated.join(" ")
}

/// `quote` with one letter near its middle changed.
fn letter_changed(quote: &str) -> String {
    let mut changed = quote.to_string();
    if let Some(at) = near_middle(quote, &(0..quote.len()), |c| c.is_ascii_lowercase()) {
        let letter = if &quote[at..=at] == "q" { "z" } else { "q" };
        changed.replace_range(at..=at, letter);
    }
    changed
}

/// The lookalike edits aimed at anchor `i` (its text at `r`): the quote rewritten (its
/// words in reverse order) and its sibling put in a new paragraph at the far end of the
/// article, or, for boilerplate, at both ends.
pub(super) fn family(body: &str, ranges: &[Range<usize>], i: usize) -> Vec<Perturbed> {
    let r = &ranges[i];
    let quote = &body[r.clone()];
    let reversed: Vec<&str> = quote.split(' ').rev().collect();
    let rewrite = Edit {
        at: r.start,
        remove: r.len(),
        insert: reversed.join(" "),
    };
    let far_start = r.start > body.len() / 2;
    let mut kinds: Vec<(&'static str, String, bool)> = Vec::new();
    if let Some(sibling) = name_swapped(quote) {
        kinds.push(("rewritten, a sibling with a name swapped", sibling, false));
    }
    kinds.push((
        "rewritten, a sibling with a number or quantifier swapped",
        quantity_swapped(quote),
        false,
    ));
    kinds.push((
        "rewritten, boilerplate one letter off at both ends",
        letter_changed(quote),
        true,
    ));
    let mut all = Vec::new();
    for (kind, sibling, both_ends) in kinds {
        let paragraph = format!("As was noted elsewhere, {sibling} and that was all.");
        let first = Edit {
            at: 0,
            remove: 0,
            insert: format!("{paragraph}\n\n"),
        };
        let last = Edit {
            at: body.len(),
            remove: 0,
            insert: format!("\n\n{paragraph}"),
        };
        let mut edits = match (both_ends, far_start) {
            (true, _) => vec![first, rewrite.clone(), last],
            (false, true) => vec![first, rewrite.clone()],
            (false, false) => vec![rewrite.clone(), last],
        };
        edits.sort_by_key(|e| e.at);
        let mut perturbed = apply(kind, body, ranges, edits, &[], Some(i));
        // Without context a sibling cannot be told from the quote after an edit.
        let lead = "As was noted elsewhere, ";
        let mut from = 0;
        while let Some(at) = perturbed.text[from..].find(lead) {
            let start = from + at + lead.len();
            perturbed.same_words.push(start..start + sibling.len());
            from = start;
        }
        all.push(perturbed);
    }
    all
}

/// An article of parallel sentences, as reports and release notes are: every sentence
/// has a sibling elsewhere with another name, number or quantifier.
const SIBLINGS: &str = "Quarterly engineering notes, written up by the platform group.\n\n\
Team Alpha reported that the new deployment reduced latency by twelve percent across all regions. \
The rollout finished in March, ahead of plan.\n\n\
Meanwhile, in the other half of the company, \
Team Beta reported that the new deployment reduced latency by twelve percent across most regions. \
Their migration is still under way.\n\n\
In 2023 the service handled 41 million requests a day, most of them from phones. \
Costs rose with it.\n\n\
Figures for the northern region are provisional and may be revised next quarter.\n\n\
A separate audit looked at storage. In 2024 the service handled 47 million requests a day, \
most of them from laptops. Nobody expected that.\n\n\
Figures for the southern region are provisional and may be revised next quarter.\n\n\
Questions go to the platform group.";

/// The example and its family: in an article of parallel sentences annotated
/// with hints as `check --fix` writes them, each sentence in turn is rewritten (its
/// sibling is then the nearest match: it must not be placed there), or given a typo or
/// a word (it must still be placed, on itself).
#[test]
fn parallel_sentences_never_take_each_others_place() {
    let sentences: Vec<&str> = [
        "Team Alpha reported that the new deployment reduced latency by twelve percent across all regions.",
        "Team Beta reported that the new deployment reduced latency by twelve percent across most regions.",
        "In 2023 the service handled 41 million requests a day,",
        "In 2024 the service handled 47 million requests a day,",
        "Figures for the northern region are provisional and may be revised next quarter.",
        "Figures for the southern region are provisional and may be revised next quarter.",
    ]
    .into();
    let anchorer = Anchorer::new(SIBLINGS);
    let ranges: Vec<Range<usize>> = sentences
        .iter()
        .map(|s| {
            let start = SIBLINGS.find(s).expect("in the article");
            start..start + s.len()
        })
        .collect();
    let selectors: Vec<QuoteSelector> = ranges
        .iter()
        .zip(&sentences)
        .map(|(r, s)| {
            let (prefix, suffix, position) = anchorer.hints_for(r.clone());
            QuoteSelector {
                exact: s.to_string().into(),
                prefix: prefix.into(),
                suffix: suffix.into(),
                position: Some(position),
            }
        })
        .collect();
    let refs: Vec<&QuoteSelector> = selectors.iter().collect();
    let mut by_kind: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut unrefused = Tally::default();
    for (i, r) in ranges.iter().enumerate() {
        let quote = &SIBLINGS[r.clone()];
        let reworded = quote.replacen(" the ", " the very ", 1);
        let mut rewritten: Vec<&str> = quote.split(' ').collect();
        rewritten.reverse();
        let edits = [
            ("rewritten", rewritten.join(" "), true),
            (
                "typo",
                typo(SIBLINGS, r)
                    .map(|e| {
                        let mut q = quote.to_string();
                        q.replace_range(e.at - r.start..e.at - r.start + 1, &e.insert);
                        q
                    })
                    .unwrap_or_default(),
                false,
            ),
            ("word inserted", reworded, false),
        ];
        for (kind, insert, removed) in edits {
            let edit = Edit {
                at: r.start,
                remove: r.len(),
                insert: insert.clone(),
            };
            let perturbed = apply(
                kind,
                SIBLINGS,
                &ranges,
                vec![edit],
                &[],
                removed.then_some(i),
            );
            // What was edited is still the quote's place, unless it was rewritten.
            let truth: Vec<Range<usize>> = if removed {
                Vec::new()
            } else {
                std::iter::once(r.start..r.start + insert.len()).collect()
            };
            let anchoring = Anchorer::new(&perturbed.text)
                .anchor_all(&refs)
                .swap_remove(i);
            let tally = by_kind.entry(kind).or_default();
            assert!(
                judge(tally, &anchoring, &truth),
                "{kind} {quote:?}: placed on {:?}",
                &perturbed.text[anchoring.range.clone().unwrap_or_default()]
            );
            if removed {
                // Reported with its lookalike named.
                let refused = anchoring.refused.as_ref();
                assert!(refused.is_some(), "{kind} {quote:?}: {anchoring:?}");
            }
            let old = Gates {
                refuse_lookalikes: false,
                ..Gates::default()
            };
            let before = Anchorer::new(&perturbed.text)
                .with_gates(old)
                .anchor_all(&refs)
                .swap_remove(i);
            judge(&mut unrefused, &before, &truth);
        }
    }
    println!(
        "\nParallel sentences (the issue's two teams and their kin), hints from `check --fix`:"
    );
    println!("| edit | exact | moved | approximate | reported | rightly not found | wrong |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (kind, t) in &by_kind {
        println!(
            "| {kind} | {} | {} | {} | {} | {} | {} |",
            t.exact, t.moved, t.approximate, t.reported, t.rightly_absent, t.wrong
        );
    }
    println!("Without refusing lookalikes: {unrefused:?}");
    assert_eq!(by_kind["rewritten"].rightly_absent, sentences.len());
    assert_eq!(by_kind["typo"].approximate, sentences.len());
    assert_eq!(by_kind["word inserted"].approximate, sentences.len());
    // Before, the rewritten sentences went to their siblings.
    assert!(unrefused.wrong >= 4, "{unrefused:?}");
}
