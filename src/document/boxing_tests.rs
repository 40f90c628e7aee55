//! `boxed_claims` gives each claim and response the anchoring of its own quote, in file
//! order, whatever the mix of response counts and however often its lists shrink.

use super::*;
use crate::anchor::AnchorStatus;

/// An entry with `responses` responses; quotes are not read here, only counted.
fn entry(id: usize, responses: usize) -> ClaimEntry {
    ClaimEntry {
        id: format!("c{id}").into(),
        responses: (0..responses)
            .map(|_| ResponseEntry {
                expert: "E".into(),
                affiliation: None,
                stance: Stance::Disputes,
                selector: QuoteSelector::default(),
                source: None,
                draft: None,
            })
            .collect(),
        ..ClaimEntry::default()
    }
}

/// An anchoring that says which quote it belongs to: the `n`th in file order.
fn marked(n: usize) -> Anchoring {
    Anchoring {
        range: Some(n..n + 1),
        status: AnchorStatus::Exact { candidates: 1 },
        ..Anchoring::not_found()
    }
}

/// Builds claims from response counts and checks every quote got its own anchoring.
fn check(counts: &[usize], anchorings_given: Option<usize>) {
    let entries: Vec<ClaimEntry> = (counts.iter().enumerate())
        .map(|(i, &n)| entry(i, n))
        .collect();
    let total: usize = counts.iter().map(|n| n + 1).sum();
    let given = anchorings_given.unwrap_or(total);
    let claims = boxed_claims(entries, (0..given).map(marked).collect());
    assert_eq!(claims.len(), counts.len());
    let mut n = 0;
    for (i, (claim, &responses)) in claims.iter().zip(counts).enumerate() {
        let expect = |n: usize| {
            if n < given {
                marked(n)
            } else {
                Anchoring::not_found()
            }
        };
        assert_eq!(claim.file_index, i);
        assert_eq!(claim.entry.id.as_str(), format!("c{i}"));
        assert!(
            claim.entry.responses.is_empty(),
            "responses move to the claim"
        );
        assert_eq!(claim.anchoring, expect(n), "claim {i}");
        n += 1;
        assert_eq!(claim.responses.len(), responses);
        for (r, response) in claim.responses.iter().enumerate() {
            assert_eq!(response.anchoring, expect(n), "claim {i} response {r}");
            n += 1;
        }
    }
    assert_eq!(n, total);
}

#[test]
fn each_quote_keeps_its_own_anchoring() {
    check(&[], None);
    check(&[0], None);
    check(&[3], None);
    check(&[0, 0, 0], None);
    check(&[2, 0, 1, 0, 5], None);
    check(&[0, 4, 0], None);
}

#[test]
fn missing_anchorings_are_not_found_and_extra_ones_unused() {
    check(&[1, 2, 0], Some(2));
    check(&[1, 2, 0], Some(0));
    check(&[1, 2, 0], Some(9));
}

#[test]
fn long_lists_given_back_in_steps_keep_every_pairing() {
    // 3,000 claims and 6,000 responses: the entries' list (over 600 KB) and the
    // anchorings' (over 500 KB) shrink many times as they empty.
    let counts: Vec<usize> = (0..3000).map(|i| (i * 7 + i / 13) % 4).collect();
    check(&counts, None);
    let no_responses = vec![0; 5000];
    check(&no_responses, None);
}
