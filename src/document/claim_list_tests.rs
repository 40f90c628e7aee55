//! The chunked claim list held to a plain `Vec` of the same claims in reading order, through any inserts and removes.

use super::{CHUNK, ClaimList, start_of};
use crate::anchor::{AnchorStatus, Anchoring};
use crate::claims::ClaimEntry;
use crate::document::Claim;
use proptest::prelude::*;

/// A claim at file index `file_index`, placed at `start` (or nowhere).
fn claim(file_index: usize, start: Option<usize>) -> Box<Claim> {
    let anchoring = match start {
        Some(start) => Anchoring {
            range: Some(start..start + 5),
            status: AnchorStatus::Exact { candidates: 1 },
            ..Anchoring::not_found()
        },
        None => Anchoring::not_found(),
    };
    Box::new(Claim::new(
        ClaimEntry::default(),
        anchoring,
        Vec::new(),
        file_index,
    ))
}

/// The claims' file indices, in order: which claims, and where.
fn files<'a>(claims: impl Iterator<Item = &'a Claim>) -> Vec<usize> {
    claims.map(|c| c.file_index).collect()
}

/// Every look-up of `list` agrees with `plain`'s, at places `probes`.
fn agrees(list: &ClaimList, plain: &[Box<Claim>], probes: &[usize]) -> Result<(), TestCaseError> {
    prop_assert_eq!(list.len(), plain.len());
    prop_assert_eq!(list.is_empty(), plain.is_empty());
    prop_assert_eq!(list.iter().len(), plain.len());
    prop_assert_eq!(files(list.iter()), files(plain.iter().map(|c| &**c)));
    prop_assert_eq!(
        files(list.iter().rev()),
        files(plain.iter().rev().map(|c| &**c))
    );
    let mut looped = Vec::new();
    for claim in list {
        looped.push(claim.file_index);
    }
    prop_assert_eq!(looped, files(plain.iter().map(|c| &**c)));
    prop_assert!(list.chunks.iter().all(|c| !c.claims.is_empty()
        && c.claims.len() <= CHUNK
        && c.starts.len() == c.claims.len()));
    // The starts beside the claims are the claims' own.
    let starts_kept = list.chunks.iter().all(|c| {
        c.claims
            .iter()
            .map(|c| start_of(c))
            .eq(c.starts.iter().copied())
    });
    prop_assert!(starts_kept, "a chunk's starts differ from its claims'");
    // The numbers beside the chunks are theirs: the claims before each, its first start.
    let mut count = 0;
    prop_assert_eq!(list.before.len(), list.chunks.len());
    prop_assert_eq!(list.firsts.len(), list.chunks.len());
    for (at, chunk) in list.chunks.iter().enumerate() {
        prop_assert_eq!(list.before[at], count, "claims before chunk {}", at);
        prop_assert_eq!(
            list.firsts[at],
            chunk.starts[0],
            "chunk {}'s first start",
            at
        );
        count += chunk.claims.len();
    }
    for &probe in probes {
        let at = probe % (plain.len() + 1);
        prop_assert_eq!(
            list.get(at).map(|c| c.file_index),
            plain.get(at).map(|c| c.file_index)
        );
        if let Some(c) = plain.get(at) {
            prop_assert_eq!(list[at].file_index, c.file_index);
            prop_assert_eq!(list.reading_place(c.reading_key()), at);
        }
        let to = (at + probe % 700).min(plain.len() + 1);
        prop_assert_eq!(
            list.range(at..to).map(files),
            plain.get(at..to).map(|p| files(p.iter().map(|c| &**c)))
        );
        // Both ends met in the middle of a chunk.
        let mut both = list.iter();
        let front: Vec<usize> = both.by_ref().take(at).map(|c| c.file_index).collect();
        let back: Vec<usize> = both.rev().map(|c| c.file_index).collect();
        prop_assert_eq!(front.len() + back.len(), plain.len());
        let place = probe % 400;
        let before = |s: usize| s < place;
        let placed_before = |s: usize| s != usize::MAX && s / 7 <= place / 7;
        prop_assert_eq!(
            list.partition_by_start(before),
            plain.partition_point(|c| before(start_of(c)))
        );
        prop_assert_eq!(
            list.partition_by_start(placed_before),
            plain.partition_point(|c| placed_before(start_of(c)))
        );
        for key in [(place, probe % 50), (usize::MAX, probe % 50)] {
            prop_assert_eq!(
                list.reading_place(key),
                plain.partition_point(|c| c.reading_key() < key)
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The chunked list is a list of claims in reading order: any inserts (each at its
    /// reading place) and removes, across chunk splits and emptied chunks, leave the
    /// claims, their indices, both ends' iteration, the searches by start and by reading
    /// key, and the starts kept beside the claims as a `Vec` of the claims gives them;
    /// many claims share a start, and unplaced ones (which all share one) come last.
    #[test]
    fn claims_in_chunks_behave_as_a_vec(
        start in prop::collection::vec(prop::option::weighted(0.9, 0usize..400), 0..1400),
        steps in prop::collection::vec((any::<bool>(), prop::option::weighted(0.9, 0usize..400), any::<usize>()), 0..1400),
        probes in prop::collection::vec(any::<usize>(), 1..12),
    ) {
        let mut plain: Vec<Box<Claim>> = (start.iter().enumerate()).map(|(n, &s)| claim(n, s)).collect();
        plain.sort_by_key(|c| c.reading_key());
        let mut list = ClaimList::new(plain.clone());
        agrees(&list, &plain, &probes)?;
        for (n, &(insert, at, pick)) in steps.iter().enumerate() {
            if insert || plain.is_empty() {
                let new = claim(start.len() + n, at);
                let place = plain.partition_point(|c| c.reading_key() < new.reading_key());
                prop_assert_eq!(list.reading_place(new.reading_key()), place);
                plain.insert(place, new.clone());
                list.insert(place, new);
            } else {
                let at = pick % plain.len();
                prop_assert_eq!(list.remove(at), plain.remove(at));
            }
            if n % 97 == 0 {
                agrees(&list, &plain, &probes)?;
            }
        }
        agrees(&list, &plain, &probes)?;
        for claim in list.iter_mut() {
            claim.file_index += 1;
        }
        plain.iter_mut().for_each(|c| c.file_index += 1);
        prop_assert_eq!(&list, &ClaimList::new(plain.clone()));
        prop_assert!(list.into_boxes().eq(plain.into_iter()));
    }
}

#[test]
fn an_empty_list_takes_its_first_claim() {
    let mut list = ClaimList::default();
    assert_eq!(list.partition_by_start(|_| true), 0);
    assert_eq!(list.reading_place((3, 0)), 0);
    assert!(list.get(0).is_none());
    assert_eq!(list.iter().next(), None);
    list.insert(0, claim(0, Some(3)));
    assert_eq!(list.reading_place((3, 1)), 1);
    assert_eq!(list.partition_by_start(|s| s <= 3), 1);
    assert_eq!(list[0].file_index, 0);
    assert_eq!(list.remove(0).file_index, 0);
    assert!(list.is_empty());
}

#[test]
#[should_panic(expected = "no claim 1 of 1")]
fn reading_past_the_end_panics_as_a_slice_does() {
    let list = ClaimList::new(vec![claim(0, None)]);
    let _ = &list[1];
}
