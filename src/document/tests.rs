//! The document's reading order, the current-claim rule and next/previous, and what a claim keeps.

use super::*;
use crate::claims::QuoteSelector;

fn entry(id: &str, quote: &str, responses: &[&str]) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: "C".into(),
        role: None,
        summary: id.into(),
        selector: QuoteSelector {
            exact: quote.into(),
            ..Default::default()
        },
        verdict: None,
        date: None,
        note: None,
        responses: responses
            .iter()
            .map(|q| ResponseEntry {
                expert: "E".into(),
                affiliation: None,
                stance: Stance::Disputes,
                selector: QuoteSelector {
                    exact: (*q).into(),
                    ..Default::default()
                },
                source: None,
                draft: None,
            })
            .collect(),
        ..ClaimEntry::default()
    }
}

/// Body: "aaa BBB ccc DDD eee FFF ggg" — claims on BBB and FFF, a response to BBB on DDD.
fn doc() -> Document {
    let article = Article::parse("t", b"aaa BBB ccc DDD eee FFF ggg").unwrap();
    Document::new(
        article,
        vec![
            entry("second", "FFF", &[]),
            entry("first", "BBB", &["DDD"]),
            entry("lost", "ZZZ", &[]),
        ],
    )
}

#[test]
fn claims_are_in_reading_order_with_unplaced_last() {
    let d = doc();
    let ids: Vec<&str> = d.claims.iter().map(|c| c.entry.id.as_str()).collect();
    assert_eq!(ids, ["first", "second", "lost"]);
    assert_eq!(d.anchored_count(), 2);
    assert_eq!(
        d.warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["claim 3 \"lost\": quote not found in the article"]
    );
    assert_eq!(
        d.spans().map(|s| s.range.start).collect::<Vec<_>>(),
        [4, 12, 20]
    );
}

#[test]
fn a_claim_gives_back_its_entry_with_its_responses() {
    let entries = vec![
        entry("first", "BBB", &["DDD", "eee"]),
        entry("second", "FFF", &[]),
    ];
    let article = Article::parse("t", b"aaa BBB ccc DDD eee FFF ggg").unwrap();
    let d = Document::new(article, entries.clone());
    assert!(
        d.claims[0].entry.responses.is_empty(),
        "held once, by the claim"
    );
    let back: Vec<ClaimEntry> = d.claims.iter().map(|c| c.to_entry()).collect();
    assert_eq!(back, entries);
}

#[test]
fn current_claim_follows_the_rule() {
    let d = doc();
    let whole = 0..27;
    // Before any claim on a line without one: none.
    assert_eq!(d.current_claim(0, 0..3), None);
    // A claim later on the cursor's line.
    assert_eq!(d.current_claim(0, whole.clone()), Some(0));
    // Inside the claim's quote.
    assert_eq!(d.current_claim(5, 4..7), Some(0));
    // Between the claim and its response: the nearest before.
    assert_eq!(d.current_claim(9, 8..11), Some(0));
    // Inside the response's quote: its claim.
    assert_eq!(d.current_claim(13, 12..15), Some(0));
    // After the second claim.
    assert_eq!(d.current_claim(25, 24..27), Some(1));
}

#[test]
fn next_and_previous_step_through_anchored_claims() {
    let d = doc();
    assert_eq!(d.next_claim(0, None), Some(0));
    assert_eq!(d.next_claim(4, Some(0)), Some(1));
    assert_eq!(d.next_claim(20, Some(1)), None);
    assert_eq!(d.next_claim(13, Some(0)), Some(1));
    assert_eq!(d.prev_claim(20, Some(1)), Some(0));
    assert_eq!(d.prev_claim(25, Some(1)), Some(1));
    assert_eq!(d.prev_claim(4, Some(0)), None);
}

#[test]
fn two_claims_on_one_line_are_both_reachable() {
    let article = Article::parse("t", b"one AAA two BBB three").unwrap();
    let d = Document::new(
        article,
        vec![entry("a", "AAA", &[]), entry("b", "BBB", &[])],
    );
    let line = 0..21;
    let first = d.next_claim(0, d.current_claim(0, line.clone())).unwrap();
    assert_eq!(first, 0);
    let cursor = d.claims[first].start().unwrap();
    let second = d
        .next_claim(cursor, d.current_claim(cursor, line.clone()))
        .unwrap();
    assert_eq!(second, 1);
    let cursor = d.claims[second].start().unwrap();
    assert_eq!(d.current_claim(cursor, line), Some(1));
}

/// The verdict class a claim keeps costs it no room: with `from_page` it shares the word
/// after `file_index` that the claim's alignment leaves (a claim is boxed for each of
/// 100,000 claims at 100 MB, so a word more would be 0.8 MB more).
#[test]
fn a_claim_keeps_its_verdict_class_in_room_it_already_had() {
    use std::mem::size_of;
    assert_eq!(size_of::<Option<VerdictClass>>(), 1);
    let fields = size_of::<ClaimEntry>()
        + size_of::<Anchoring>()
        + size_of::<Vec<Response>>()
        + size_of::<usize>();
    assert_eq!(size_of::<Claim>(), fields + std::mem::align_of::<Claim>());
}

/// Plain output marks a claim after the quotation marks that close round its quote, of
/// every kind, and never after an apostrophe that a word goes on from.
#[test]
fn a_claim_s_marker_goes_after_the_marks_that_close_its_quote() {
    for (body, quote, marked) in [
        (
            "He said it is \"entirely safe\" and needs nothing.",
            "entirely safe",
            "\"entirely safe\"[1] and",
        ),
        (
            "He said it is “entirely safe” and needs nothing.",
            "entirely safe",
            "“entirely safe”[1] and",
        ),
        (
            "Il a dit « tout à fait sûr » hier.",
            "tout à fait sûr",
            "sûr »[1] hier",
        ),
        (
            "She wrote: ‘“it is safe,”’ he said.",
            "it is safe,",
            "safe,”’[1] he",
        ),
        (
            "It is safe and needs nothing.",
            "It is safe",
            "It is safe[1] and",
        ),
        (
            "al-Qaida’s ‘new home’s base’ is here.",
            "new home",
            "new home[1]’s base",
        ),
    ] {
        let article = Article::parse("t", body.as_bytes()).unwrap();
        let doc = Document::new(article, vec![entry("a", quote, &[])]);
        let plain = crate::document::plain::render(&doc, 200);
        assert!(plain.contains(marked), "{body}: {plain}");
    }
}

/// The tally's ids that begin with a base are the claims' ids that do, each once, in
/// order, for every base over a family of ids that begin alike (repeated ids among
/// them), and stay so as claims are taken out: an id goes when its last claim does.
#[test]
fn the_ids_that_begin_alike_are_the_claims_ids() {
    let article = Article::parse("t", b"aaa BBB ccc DDD eee FFF ggg").unwrap();
    let names = [
        "a", "ab", "ab-2", "ab-10", "abc", "b", "ba", "ab", "a-b", "",
    ];
    let entries: Vec<ClaimEntry> = names.iter().map(|id| entry(id, "BBB", &[])).collect();
    let mut d = Document::new(article, entries);
    let bases = ["", "a", "ab", "ab-", "ab-1", "abc", "abcd", "b", "c", "-"];
    for removed in 0..=names.len() {
        for base in bases {
            let mut wanted: Vec<String> = (d.claims.iter())
                .map(|c| c.entry.id.to_string())
                .filter(|id| id.starts_with(base))
                .collect();
            wanted.sort();
            wanted.dedup();
            let found: Vec<&str> = d.tally().ids_starting_with(base).collect();
            assert_eq!(found, wanted, "base {base:?} after {removed} taken out");
        }
        if removed < names.len() {
            d.apply(&crate::claims::change::Change::RemoveClaim { at: 0 })
                .unwrap();
        }
    }
    assert!(d.claims.is_empty());
}

/// Documents of every size keep room for the claims a session adds one at a time: adding
/// as many as the room holds never copies the claims' starts (the first claim added to a
/// large document would otherwise copy the whole list within its keystroke).
#[test]
fn adding_claims_copies_no_list_of_starts_within_the_room_kept() {
    for claims in [0usize, 1, 7, 300, 2500] {
        let body: String = (0..claims.max(1)).map(|i| format!("word{i} ")).collect();
        let article = Article::parse("t", body.as_bytes()).unwrap();
        let entries = (0..claims)
            .map(|i| entry(&format!("c{i}"), &format!("word{i}"), &[]))
            .collect();
        let mut d = Document::new(article, entries);
        let room = d.starts.capacity() - d.starts.len();
        assert!(
            room >= (claims / 16).max(64),
            "{claims} claims: room {room}"
        );
        let kept = d.starts.as_ptr();
        for n in 0..room {
            let at = d.claims.len();
            d.add_claim(at, &entry(&format!("new{n}"), "word0", &[]));
            assert_eq!(d.starts.as_ptr(), kept, "{claims} claims, {n} added");
        }
        assert_eq!(d.claims.len(), claims + room);
    }
}
