//! The chunked span list held to a plain `Vec` of the same spans, through any inserts and removes.

use super::{CHUNK, FileSpan, SpanList};
use proptest::prelude::*;

/// The plain list's answer to [`SpanList::first_reaching`]: the first span whose end, or
/// an earlier span's, is past `place`.
fn first_reaching(plain: &[FileSpan], place: usize) -> usize {
    let mut furthest = 0;
    for (at, span) in plain.iter().enumerate() {
        furthest = furthest.max(span.range.end);
        if furthest > place {
            return at;
        }
    }
    plain.len()
}

/// The numbers kept beside the chunks are the chunks' own, as computed afresh: the
/// spans before each chunk, its first span, its furthest end, the furthest end so far, and
/// each chunk's furthest end at each span.
fn numbers_kept(list: &SpanList) -> Result<(), TestCaseError> {
    let chunks = list.chunks.len();
    prop_assert_eq!((list.before.len(), list.firsts.len()), (chunks, chunks));
    prop_assert_eq!((list.ends.len(), list.reach.len()), (chunks, chunks));
    let (mut count, mut so_far) = (0, 0);
    for (at, chunk) in list.chunks.iter().enumerate() {
        prop_assert!(!chunk.spans.is_empty() && chunk.spans.len() <= CHUNK);
        prop_assert_eq!(chunk.reach.len(), chunk.spans.len());
        let mut furthest = 0;
        for (span, &reach) in chunk.spans.iter().zip(&chunk.reach) {
            furthest = furthest.max(span.range.end);
            prop_assert_eq!(reach, furthest, "chunk {}'s furthest ends", at);
        }
        so_far = so_far.max(furthest);
        prop_assert_eq!(list.before[at], count, "spans before chunk {}", at);
        prop_assert_eq!(
            &list.firsts[at],
            &chunk.spans[0],
            "chunk {}'s first span",
            at
        );
        prop_assert_eq!(list.ends[at], furthest, "chunk {}'s furthest end", at);
        prop_assert_eq!(list.reach[at], so_far, "furthest end to chunk {}", at);
        count += chunk.spans.len();
    }
    prop_assert_eq!(count, list.len());
    Ok(())
}

/// Every look-up of `list` agrees with `plain`'s, at places `probes`.
fn agrees(list: &SpanList, plain: &[FileSpan], probes: &[usize]) -> Result<(), TestCaseError> {
    prop_assert_eq!(list.len(), plain.len());
    prop_assert!(list.iter().eq(plain.iter()));
    numbers_kept(list)?;
    for &probe in probes {
        let at = probe % (plain.len() + 1);
        prop_assert_eq!(list.get(at), plain.get(at));
        let to = (at + probe % 700).min(plain.len());
        prop_assert!(list.range(at..to).eq(plain[at..to].iter()));
        let place = probe % 4000;
        prop_assert_eq!(
            list.partition_point(|s| s.range.start < place),
            plain.partition_point(|s| s.range.start < place)
        );
        prop_assert_eq!(list.first_reaching(place), first_reaching(plain, place));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The chunked list is a sorted list of spans: any inserts (each at its place by
    /// start) and removes, across chunk splits and emptied chunks, leave the spans, their
    /// indices, the binary searches and the furthest ends a `Vec` gives.
    #[test]
    fn spans_in_chunks_behave_as_a_vec(
        start in prop::collection::vec((0usize..4000, 0usize..300), 0..1500),
        steps in prop::collection::vec((any::<bool>(), 0usize..4000, 0usize..300, any::<usize>()), 0..1500),
        probes in prop::collection::vec(any::<usize>(), 1..12),
    ) {
        let span = |n: usize, at: usize, length: usize| FileSpan::new(at..at + length, n, (!n.is_multiple_of(3)).then_some(n % 5));
        let mut plain: Vec<FileSpan> = start.iter().enumerate().map(|(n, &(at, length))| span(n, at, length)).collect();
        plain.sort_by_key(|s| (s.range.start, s.file));
        let mut list = SpanList::new(plain.clone());
        agrees(&list, &plain, &probes)?;
        for (n, &(insert, at, length, pick)) in steps.iter().enumerate() {
            if insert || plain.is_empty() {
                let new = span(start.len() + n, at, length);
                let place = plain.partition_point(|s| s.range.start <= at);
                prop_assert_eq!(list.partition_point(|s| s.range.start <= at), place);
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
        list.for_each_mut(|s| s.file += 1);
        plain.iter_mut().for_each(|s| s.file += 1);
        prop_assert!(list.iter().eq(plain.iter()));
        numbers_kept(&list)?;
        prop_assert_eq!(&list, &SpanList::new(plain.clone()));
    }

    /// A run of neighbouring spans removed empties whole chunks in the middle (and
    /// thins the ones at its ends), and put back in their places splits chunks again:
    /// through both, with ends long and short (a long one is the furthest for many
    /// chunks after it), the list and every number beside its chunks stay a `Vec`'s.
    #[test]
    fn a_run_removed_and_put_back_keeps_the_numbers(
        spans in prop::collection::vec((0usize..6000, 0usize..40, 0usize..20), 300..2500),
        from in any::<usize>(),
        count in any::<usize>(),
        probes in prop::collection::vec(any::<usize>(), 1..12),
    ) {
        let length = |length: usize, long: usize| if long == 0 { length * 200 } else { length };
        let mut plain: Vec<FileSpan> = spans
            .iter()
            .enumerate()
            .map(|(n, &(at, l, long))| FileSpan::new(at..at + length(l, long), n, None))
            .collect();
        plain.sort_by_key(|s| (s.range.start, s.file));
        let mut list = SpanList::new(plain.clone());
        let from = from % plain.len();
        let count = count % (plain.len() - from + 1);
        let mut removed = Vec::new();
        for n in 0..count {
            // From the run's back half the time, its front the other: both ends' chunks thin.
            let at = if n % 2 == 0 { from } else { from + (count - n) - 1 };
            let span = list.remove(at);
            prop_assert_eq!(&span, &plain.remove(at));
            removed.push(span);
            if n % 61 == 0 {
                numbers_kept(&list)?;
            }
        }
        agrees(&list, &plain, &probes)?;
        for (n, span) in removed.into_iter().rev().enumerate() {
            let place = plain.partition_point(|s| (s.range.start, s.file) < (span.range.start, span.file));
            prop_assert_eq!(
                list.partition_point(|s| (s.range.start, s.file) < (span.range.start, span.file)),
                place
            );
            plain.insert(place, span.clone());
            list.insert(place, span);
            if n % 61 == 0 {
                numbers_kept(&list)?;
            }
        }
        agrees(&list, &plain, &probes)?;
    }
}

#[test]
fn a_span_keeps_its_claim_and_response() {
    let own = FileSpan::new(3..9, 7, None);
    assert_eq!((own.file(), own.response()), (7, None));
    let response = FileSpan::new(3..9, 7, Some(2));
    assert_eq!((response.file(), response.response()), (7, Some(2)));
    assert_eq!(std::mem::size_of::<FileSpan>(), 24);
}

#[test]
fn an_empty_list_takes_its_first_span() {
    let mut list = SpanList::default();
    assert_eq!(list.first_reaching(0), 0);
    assert_eq!(list.partition_point(|_| true), 0);
    list.insert(0, FileSpan::new(1..4, 0, None));
    assert_eq!(list.first_reaching(3), 0);
    assert_eq!(list.first_reaching(4), 1);
    assert_eq!(list.remove(0), FileSpan::new(1..4, 0, None));
    assert_eq!(list.len(), 0);
    assert_eq!(list.get(0), None);
}
