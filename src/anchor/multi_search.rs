//! Finding every occurrence of many strings in one text, in one pass, with memory in
//! proportion to the strings rather than to an automaton built from them.
//!
//! Aho-Corasick (which this replaced for long strings) builds a state per distinct
//! prefix of every string: for the 70,000 quotes of a 20,000-claim file that was 70 MB,
//! more than the article. Here a string of [`WINDOW`] bytes or more is found by a rolling
//! hash of its first [`WINDOW`] bytes: one pass over the text computes the hash at every
//! position, a bit set rules out almost every position at once, and at the rest the
//! strings sharing that hash, kept sorted, are checked by binary search. Shorter strings
//! (a few words) are left to Aho-Corasick, whose automaton for them is small.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// How many leading bytes of a long string its hash covers.
pub const WINDOW: usize = 32;
/// The multiplier of the rolling hash (odd, so every power is invertible mod 2^64).
const BASE: u64 = 0x100_0000_01b3;
/// The most bits in the filter: 2^24 (2 MB), over a hundred per string even for
/// 100,000 strings. Fewer strings get a smaller filter (64 bits each), so a news story
/// does not pay for touching 2 MB.
const MAX_FILTER_BITS: u32 = 24;

/// Every place each of `patterns` occurs in `text`, overlaps included, in order of
/// position: `result[i]` lists the byte ranges of `patterns[i]`. Empty patterns are
/// never found.
pub fn find_all(text: &str, patterns: &[&str]) -> Vec<Vec<Range<usize>>> {
    let mut found = vec![Vec::new(); patterns.len()];
    MultiSearch::new(patterns).search(text, 0, 0, |i, place| found[i].push(place));
    for places in &mut found {
        places.sort_unstable_by_key(|r| r.start);
    }
    found
}

/// A search for many strings, prepared once and run over a text a stretch at a time
/// ([`MultiSearch::search`]).
pub struct MultiSearch<'p> {
    patterns: &'p [&'p str],
    /// The shorter strings' automaton, with their indices.
    short: Option<(AhoCorasick, Vec<usize>)>,
    /// The long strings by the hash of their first [`WINDOW`] bytes, with the filter.
    long: Option<Long>,
}

/// The long strings, grouped by hash, and the bit set that rules out most positions.
struct Long {
    groups: HashMap<u64, Group>,
    bits: u32,
    filter: Vec<u64>,
}

impl<'p> MultiSearch<'p> {
    /// Prepares the search for `patterns` (empty ones are never found).
    pub fn new(patterns: &'p [&'p str]) -> MultiSearch<'p> {
        let (long, short): (Vec<usize>, Vec<usize>) = (0..patterns.len())
            .filter(|&i| !patterns[i].is_empty())
            .partition(|&i| patterns[i].len() >= WINDOW);
        let short = (!short.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                    .build(short.iter().map(|&i| patterns[i]))
                    .ok()
                    .map(|searcher| (searcher, short))
            })
            .flatten();
        MultiSearch {
            patterns,
            short,
            long: (!long.is_empty()).then(|| Long::new(patterns, &long)),
        }
    }

    /// Calls `report(i, place)` for every place of `patterns[i]` in `text` that ends
    /// after byte `fresh` of the whole text, of which `text` is the stretch beginning at
    /// byte `base`: searching overlapping stretches, each place is reported once when
    /// `fresh` is where the stretch before ended. Places are in the whole text's bytes,
    /// in no particular order.
    pub fn search(
        &self,
        text: &str,
        base: usize,
        fresh: usize,
        mut report: impl FnMut(usize, Range<usize>),
    ) {
        if let Some((searcher, short)) = &self.short {
            for hit in searcher.find_overlapping_iter(text) {
                if base + hit.end() > fresh {
                    report(
                        short[hit.pattern().as_usize()],
                        base + hit.start()..base + hit.end(),
                    );
                }
            }
        }
        if let Some(long) = &self.long {
            long.search(text.as_bytes(), self.patterns, |i, at, len| {
                if base + at + len > fresh {
                    report(i, base + at..base + at + len);
                }
            });
        }
    }
}

/// The hash of a window of bytes, as the rolling hash computes it.
fn hash(window: &[u8]) -> u64 {
    window.iter().fold(0u64, |h, &b| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(b) + 1)
    })
}

fn filter_slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The long strings whose first [`WINDOW`] bytes share one hash.
#[derive(Default)]
struct Group {
    /// Indices of the strings, sorted by the strings.
    members: Vec<usize>,
    /// The length of the longest, known before a place is searched.
    longest: usize,
    /// How many leading bytes every string of the group shares (the whole window, but
    /// for strings whose windows only share a hash; many more when quotes begin alike,
    /// as a generated file's do): the binary search compares only what follows.
    shared: usize,
}

impl Long {
    fn new(patterns: &[&str], long: &[usize]) -> Long {
        // Strings by the hash of their first WINDOW bytes, each group sorted (equal
        // strings side by side, all reported).
        let mut groups: HashMap<u64, Group> = HashMap::new();
        for &i in long {
            let group = groups
                .entry(hash(&patterns[i].as_bytes()[..WINDOW]))
                .or_default();
            group.members.push(i);
            group.longest = group.longest.max(patterns[i].len());
        }
        let bits = (groups.len() * 64)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(6, MAX_FILTER_BITS);
        let mut filter = vec![0u64; (1 << bits) / 64];
        for (&h, group) in &mut groups {
            group
                .members
                .sort_unstable_by(|&a, &b| patterns[a].cmp(patterns[b]));
            // Sorted, the first and last share the least with each other.
            if let (Some(&first), Some(&last)) = (group.members.first(), group.members.last()) {
                let (first, last) = (patterns[first].as_bytes(), patterns[last].as_bytes());
                group.shared = first.iter().zip(last).take_while(|(a, b)| a == b).count();
            }
            let slot = filter_slot(h, bits);
            filter[slot / 64] |= 1 << (slot % 64);
        }
        Long {
            groups,
            bits,
            filter,
        }
    }

    /// Calls `report(i, at, len)` for each place `at` of `text` where long string `i`
    /// (of length `len`) occurs.
    fn search(&self, text: &[u8], patterns: &[&str], mut report: impl FnMut(usize, usize, usize)) {
        if text.len() < WINDOW {
            return;
        }
        let bits = self.bits;
        // BASE^(WINDOW-1), to take the byte leaving the window out of the hash.
        let top = (1..WINDOW).fold(1u64, |p, _| p.wrapping_mul(BASE));
        let mut h = hash(&text[..WINDOW]);
        let mut at = 0;
        loop {
            let slot = filter_slot(h, bits);
            if self.filter[slot / 64] & (1 << (slot % 64)) != 0
                && let Some(group) = self.groups.get(&h)
            {
                report_prefixes(&text[at..], patterns, group, |i, len| report(i, at, len));
            }
            if at + WINDOW >= text.len() {
                break;
            }
            let leaving = u64::from(text[at]) + 1;
            let entering = u64::from(text[at + WINDOW]) + 1;
            h = h
                .wrapping_sub(leaving.wrapping_mul(top))
                .wrapping_mul(BASE)
                .wrapping_add(entering);
            at += 1;
        }
    }
}

/// Reports each string of `group` (sorted) that `rest` begins with, longest first.
///
/// The largest string not above a prefix of `rest` is either itself a prefix of `rest`
/// (the longest one there is) or shares only its first `k` bytes with `rest`, and then no
/// prefix of `rest` longer than `k` is in the group. Either way the next search is for a
/// shorter prefix, so a place costs a binary search per string found there, plus one.
fn report_prefixes(
    rest: &[u8],
    patterns: &[&str],
    group: &Group,
    mut report: impl FnMut(usize, usize),
) {
    let shared = group.shared;
    let mut limit = rest.len().min(group.longest);
    let group = &group.members;
    // Every string of the group begins with the shared bytes: unless `rest` does too,
    // none of them is a prefix of it, and when it does, strings and probe compare as
    // what follows them does.
    let Some(&first) = group.first() else {
        return;
    };
    if !rest.starts_with(&patterns[first].as_bytes()[..shared]) {
        return;
    }
    while limit >= WINDOW.max(shared) {
        let probe = &rest[..limit];
        let below = group.partition_point(|&i| patterns[i].as_bytes()[shared..] <= probe[shared..]);
        let Some(&candidate) = below.checked_sub(1).and_then(|b| group.get(b)) else {
            return;
        };
        let bytes = patterns[candidate].as_bytes();
        let common = shared
            + bytes[shared..]
                .iter()
                .zip(&probe[shared..])
                .take_while(|(a, b)| a == b)
                .count();
        if common == bytes.len() {
            // Equal strings sit together just below: report each of them.
            for &same in group[..below].iter().rev() {
                if patterns[same].as_bytes() != bytes {
                    break;
                }
                report(same, bytes.len());
            }
            limit = bytes.len() - 1;
        } else {
            limit = common;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_scan(text: &str, pattern: &str) -> Vec<Range<usize>> {
        if pattern.is_empty() {
            return Vec::new();
        }
        (0..text.len())
            .filter(|&at| text.as_bytes()[at..].starts_with(pattern.as_bytes()))
            .map(|at| at..at + pattern.len())
            .collect()
    }

    #[test]
    fn finds_long_and_short_strings_with_overlaps_and_shared_beginnings() {
        let stem = "The records show nothing of the kind about district";
        let text =
            format!("{stem} 1, point 1. {stem} 12, point 2. {stem} 1, point 1, again; aaaa aaaa");
        let long_a = format!("{stem} 1, point 1");
        let long_b = format!("{stem} 12, point 2");
        let long_c = format!("{stem} 1");
        let missing = format!("{stem} 3");
        let patterns = [
            long_a.as_str(),
            long_b.as_str(),
            long_c.as_str(),
            missing.as_str(),
            "aa",
            "point",
            long_a.as_str(),
            "",
        ];
        let found = find_all(&text, &patterns);
        for (pattern, places) in patterns.iter().zip(&found) {
            assert_eq!(places, &by_scan(&text, pattern), "{pattern:?}");
        }
        assert_eq!(found[0].len(), 2);
        assert_eq!(found[2].len(), 3, "a string inside a longer one");
        assert_eq!(found[4].len(), 6, "overlapping");
        assert_eq!(found[6], found[0], "the same string twice");
    }

    proptest::proptest! {
        /// Strings that begin alike (a long shared stem, then a few letters), some of
        /// them prefixes of others, are each found where a scan finds them.
        #[test]
        fn strings_that_begin_alike_are_found_where_a_scan_finds_them(
            tails in proptest::collection::vec("[ab]{0,4}", 1..12),
            text_tails in proptest::collection::vec("[ab ]{0,6}", 0..8),
            stems in proptest::collection::vec(0usize..3, 12),
        ) {
            let stem = ["The records show nothing of the kind about ", "The records show nothing of the kind", "A shorter stem of 32 bytes, or so"];
            let patterns: Vec<String> = tails
                .iter()
                .zip(&stems)
                .map(|(tail, &s)| format!("{}{tail}", stem[s]))
                .collect();
            let text: String = text_tails
                .iter()
                .zip(stems.iter().rev())
                .map(|(tail, &s)| format!("{}{tail}", stem[s]))
                .collect();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let found = find_all(&text, &patterns);
            for (pattern, places) in patterns.iter().zip(&found) {
                proptest::prop_assert_eq!(places, &by_scan(&text, pattern), "{:?}", pattern);
            }
        }
    }

    #[test]
    fn overlapping_stretches_report_each_place_once() {
        let stem = "The records show nothing of the kind about district";
        let text = format!("{stem} 1 and aa {stem} 2; aaa {stem} 1.");
        let long = format!("{stem} 1");
        let patterns = [long.as_str(), "aa", "d 1", stem];
        let whole = find_all(&text, &patterns);
        let longest = patterns.iter().map(|p| p.len()).max().unwrap();
        for step in [1, 5, 40, 200] {
            let search = MultiSearch::new(&patterns);
            let mut found = vec![Vec::new(); patterns.len()];
            let (mut from, mut fresh) = (0, 0);
            while fresh < text.len() {
                let to = (fresh + step).min(text.len());
                search.search(&text[from..to], from, fresh, |i, place| {
                    found[i].push(place)
                });
                fresh = to;
                from = to.saturating_sub(longest);
            }
            for places in &mut found {
                places.sort_unstable_by_key(|r| r.start);
            }
            assert_eq!(found, whole, "stretches of {step}");
        }
    }

    #[test]
    fn a_string_at_the_very_end_and_a_text_shorter_than_the_window() {
        let tail = "x".repeat(WINDOW + 3);
        let text = format!("start {tail}");
        let found = find_all(&text, &[tail.as_str()]);
        assert_eq!(found[0], by_scan(&text, &tail));
        assert_eq!(find_all("short", &[tail.as_str(), "or"])[1], vec![2..4]);
    }
}
