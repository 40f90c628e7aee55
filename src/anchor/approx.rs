//! Approximate search: where a quote occurs with a few characters changed, by edit distance counted in characters.
//!
//! The scan is Myers's bit-parallel algorithm in Hyyrö's form for patterns longer than
//! a machine word: one pass over the text, a few word operations per character and per
//! 64 characters of quote, whatever the number of errors allowed. No maintained crate
//! searches by characters rather than bytes (a curly quote or an accented letter is one
//! edit, not two or three), so the scan is written here and checked against the plain
//! dynamic programme by property tests.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

/// A place where the pattern occurs with `errors` character edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApproxMatch {
    /// Byte range in the searched text.
    pub range: Range<usize>,
    pub errors: usize,
}

/// What a search found: the distinct places, best first, or too many to tell apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Places(Vec<ApproxMatch>),
    /// More places than [`MAX_ENDS`] ends within the errors allowed: the pattern says
    /// too little to place it.
    TooMany,
}

/// The most distinct places a search reports (anchoring compares the best two).
const MAX_PLACES: usize = 8;

/// The most match ends a search collects before giving up as [`Found::TooMany`].
const MAX_ENDS: usize = 20_000;

/// The pattern's characters as bit masks: bit `i` of block `b` of a character's mask is
/// set where character `64 * b + i` of the pattern is that character.
struct Masks {
    blocks: usize,
    ascii: Vec<u64>,
    other: HashMap<char, Vec<u64>>,
    none: Vec<u64>,
}

impl Masks {
    fn new(pattern: &[char]) -> Masks {
        let blocks = pattern.len().div_ceil(64).max(1);
        let mut ascii = vec![0; 128 * blocks];
        let mut other: HashMap<char, Vec<u64>> = HashMap::new();
        for (i, &ch) in pattern.iter().enumerate() {
            let (block, bit) = (i / 64, 1u64 << (i % 64));
            if ch.is_ascii() {
                ascii[ch as usize * blocks + block] |= bit;
            } else {
                other.entry(ch).or_insert_with(|| vec![0; blocks])[block] |= bit;
            }
        }
        Masks {
            blocks,
            ascii,
            other,
            none: vec![0; blocks],
        }
    }

    fn of(&self, ch: char) -> &[u64] {
        if ch.is_ascii() {
            let at = ch as usize * self.blocks;
            &self.ascii[at..at + self.blocks]
        } else {
            self.other.get(&ch).map_or(&self.none, Vec::as_slice)
        }
    }
}

/// One 64-row block of the edit-distance column advanced by one text character, given
/// the change of score coming in at its top (`carry_in`); returns the change at the row
/// marked by `last` (Hyyrö 2003, as in edlib's `calculateBlock`).
fn advance_block(pv: &mut u64, mv: &mut u64, eq: u64, carry_in: i32, last: u64) -> i32 {
    let (p, m) = (*pv, *mv);
    let negative = u64::from(carry_in < 0);
    let xv = eq | m;
    let eq = eq | negative;
    let xh = ((eq & p).wrapping_add(p) ^ p) | eq;
    let mut ph = m | !(xh | p);
    let mut mh = p & xh;
    let carry_out = if ph & last != 0 {
        1
    } else if mh & last != 0 {
        -1
    } else {
        0
    };
    ph = (ph << 1) | u64::from(carry_in > 0);
    mh = (mh << 1) | negative;
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    carry_out
}

/// A text an approximate search reads: its characters in order, and any stretch of it.
/// The article's folding ([`crate::anchor::fold::FoldMap`]) is one, made a stretch at a
/// time, so that no folded copy of a whole article is needed.
pub trait Searched {
    /// Calls `visit(byte, character)` for each character in order, until it returns false.
    fn each_char(&self, visit: &mut dyn FnMut(usize, char) -> bool);
    /// The whole characters of bytes `range` (a character cut by either edge is left
    /// out), and the byte where they begin.
    fn window(&self, range: Range<usize>) -> (usize, Cow<'_, str>);
}

impl Searched for str {
    fn each_char(&self, visit: &mut dyn FnMut(usize, char) -> bool) {
        for (at, ch) in self.char_indices() {
            if !visit(at, ch) {
                return;
            }
        }
    }

    fn window(&self, range: Range<usize>) -> (usize, Cow<'_, str>) {
        let mut start = range.start.min(self.len());
        while !self.is_char_boundary(start) {
            start += 1;
        }
        let mut end = range.end.min(self.len()).max(start);
        while !self.is_char_boundary(end) {
            end -= 1;
        }
        (start, Cow::Borrowed(&self[start..end]))
    }
}

/// The edit-distance column of a pattern against the text read so far.
struct Scanner {
    masks: Masks,
    last_row: u64,
    pv: Vec<u64>,
    mv: Vec<u64>,
    score: isize,
}

impl Scanner {
    fn new(pattern: &[char]) -> Scanner {
        let masks = Masks::new(pattern);
        let blocks = masks.blocks;
        Scanner {
            masks,
            last_row: 1u64 << ((pattern.len().max(1) - 1) % 64),
            pv: vec![!0u64; blocks],
            mv: vec![0u64; blocks],
            score: pattern.len() as isize,
        }
    }

    /// Reads one more character: the fewest edits that turn the pattern into some
    /// stretch of the text ending with it.
    fn step(&mut self, ch: char) -> usize {
        let blocks = self.masks.blocks;
        let last_row = self.last_row;
        let eq = self.masks.of(ch);
        let mut carry = 0;
        let columns = self.pv.iter_mut().zip(self.mv.iter_mut()).zip(eq);
        for (b, ((pv, mv), &eq)) in columns.enumerate() {
            let last = if b + 1 == blocks { last_row } else { 1 << 63 };
            carry = advance_block(pv, mv, eq, carry, last);
        }
        self.score += carry as isize;
        self.score as usize
    }
}

/// For every character of `text`, the fewest edits that turn `pattern` into some stretch
/// of the text ending with that character; calls `at_end(char_position, end_byte, errors)`
/// for each, and stops when it returns false.
#[cfg(test)]
fn scan(text: &str, pattern: &[char], mut at_end: impl FnMut(usize, usize, usize) -> bool) {
    let mut scanner = Scanner::new(pattern);
    for (position, (at, ch)) in text.char_indices().enumerate() {
        if !at_end(position, at + ch.len_utf8(), scanner.step(ch)) {
            return;
        }
    }
}

/// Where the stretch of `text` ending at byte `end` that best matches `pattern` starts:
/// the whole pattern aligned against the characters before `end`, at most
/// `pattern.len() + errors` of them.
fn start_of(text: &str, pattern: &[char], end: usize, errors: usize) -> usize {
    let window: Vec<(usize, char)> = text[..end]
        .char_indices()
        .rev()
        .take(pattern.len() + errors)
        .collect();
    // Row i: the pattern's last i characters against the window's first l (from the end).
    let mut row: Vec<usize> = (0..=window.len()).collect();
    for (i, &p) in pattern.iter().rev().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (l, &(_, t)) in window.iter().enumerate() {
            let substitute = diagonal + usize::from(p != t);
            diagonal = row[l + 1];
            row[l + 1] = substitute.min(row[l] + 1).min(row[l + 1] + 1);
        }
    }
    // The fewest edits; among equals, the stretch closest to the pattern's length.
    let best = (0..=window.len())
        .min_by_key(|&l| (row[l], l.abs_diff(pattern.len())))
        .unwrap_or(0);
    if best == 0 { end } else { window[best - 1].0 }
}

/// The distinct places where `pattern` occurs in `text` with at most `max_errors`
/// character edits, best first. Each place is the best remaining end (fewest errors; the
/// later of equals, so a changed last letter is inside the place, not cut off), with the
/// ends less than half the pattern's length away from it set aside as the same place.
pub fn find_approx(text: &str, pattern: &str, max_errors: usize) -> Found {
    find_approx_in(text, pattern, max_errors)
}

/// [`find_approx`] in any [`Searched`] text: one pass over its characters, then a short
/// stretch of it read for each place reported.
pub fn find_approx_in<T: Searched + ?Sized>(text: &T, pattern: &str, max_errors: usize) -> Found {
    let pattern: Vec<char> = pattern.chars().collect();
    if pattern.is_empty() {
        return Found::Places(Vec::new());
    }
    let mut ends: Vec<(usize, std::cmp::Reverse<usize>, usize)> = Vec::new();
    let mut too_many = false;
    let mut scanner = Scanner::new(&pattern);
    let mut position = 0;
    text.each_char(&mut |at, ch| {
        let errors = scanner.step(ch);
        if errors <= max_errors {
            ends.push((errors, std::cmp::Reverse(position), at + ch.len_utf8()));
            too_many = ends.len() > MAX_ENDS;
        }
        position += 1;
        !too_many
    });
    if too_many {
        return Found::TooMany;
    }
    ends.sort_unstable();
    let apart = (pattern.len() / 2).max(1);
    let mut chosen: Vec<usize> = Vec::new();
    let mut places: Vec<ApproxMatch> = Vec::new();
    for (errors, std::cmp::Reverse(position), end) in ends {
        if places.len() == MAX_PLACES {
            break;
        }
        if chosen.iter().all(|&c| c.abs_diff(position) >= apart) {
            chosen.push(position);
            // Enough bytes for the characters `start_of` reads, whatever their width.
            let reach = (pattern.len() + errors) * 4 + 4;
            let (base, before) = text.window(end.saturating_sub(reach)..end);
            let start = base + start_of(&before, &pattern, before.len(), errors);
            places.push(ApproxMatch {
                range: trim_spaces(text, start..end),
                errors,
            });
        }
    }
    Found::Places(places)
}

/// `range` without whitespace at either edge (an edit may have taken in a space).
fn trim_spaces<T: Searched + ?Sized>(text: &T, range: Range<usize>) -> Range<usize> {
    let (base, inner) = text.window(range);
    let start = base + (inner.len() - inner.trim_start().len());
    let end = base + inner.trim_end().len();
    start..end.max(start)
}

/// The edit distance between two strings, counted in characters.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str, pattern: &str, k: usize) -> Vec<(&'static str, usize)> {
        match find_approx(text, pattern, k) {
            Found::Places(places) => places
                .into_iter()
                .map(|p| (&*String::from(&text[p.range]).leak(), p.errors))
                .collect(),
            Found::TooMany => panic!("too many"),
        }
    }

    #[test]
    fn a_typo_is_one_edit_and_the_place_is_the_stretch() {
        let text = "Pompeo accused Iran of acting as the new home base of the group.";
        assert_eq!(
            places(text, "acting as the new hme base", 2),
            [("acting as the new home base", 1)]
        );
    }

    #[test]
    fn characters_not_bytes_are_counted() {
        // "é" for "e" is one edit, though it is two bytes.
        assert_eq!(places("a café here", "cafe", 1), [("café", 1)]);
        assert_eq!(places("a café here", "cafe", 0), []);
    }

    #[test]
    fn distinct_places_are_reported_apart_best_first() {
        let text = "the home base here; later the hone base there";
        let found = places(text, "home base", 1);
        assert_eq!(found[0], ("home base", 0));
        assert_eq!(found[1], ("hone base", 1));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn long_patterns_cross_word_blocks() {
        let quote = "x".repeat(70) + "abcdefghij" + &"y".repeat(70);
        let mut edited = quote.clone();
        edited.replace_range(100..101, "Z");
        let text = format!("start {edited} end");
        assert_eq!(places(&text, &quote, 3), [(&*edited.leak(), 1)]);
    }

    #[test]
    fn too_many_places_say_so() {
        let text = "ab ".repeat(30_000);
        assert_eq!(find_approx(&text, "ab", 1), Found::TooMany);
    }

    /// The plain dynamic programme: for each text character, the fewest edits from the
    /// pattern to a stretch ending there.
    fn plain_scores(text: &str, pattern: &[char]) -> Vec<usize> {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut scores = Vec::new();
        for t in text.chars() {
            let mut diagonal = column[0];
            column[0] = 0;
            for (i, &p) in pattern.iter().enumerate() {
                let substitute = diagonal + usize::from(p != t);
                diagonal = column[i + 1];
                column[i + 1] = substitute.min(column[i] + 1).min(column[i + 1] + 1);
            }
            scores.push(column[pattern.len()]);
        }
        scores
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn the_bit_parallel_scan_equals_the_plain_programme(
            text in "[abé“ ]{0,200}",
            pattern in "[abé“ ]{1,150}",
        ) {
            let pattern: Vec<char> = pattern.chars().collect();
            let mut scores = Vec::new();
            scan(&text, &pattern, |_, _, errors| {
                scores.push(errors);
                true
            });
            proptest::prop_assert_eq!(scores, plain_scores(&text, &pattern));
        }

        #[test]
        fn every_place_reported_is_within_the_errors_allowed(
            text in "[abé ]{0,200}",
            pattern in "[abé]{1,20}",
            k in 0usize..4,
        ) {
            if let Found::Places(places) = find_approx(&text, &pattern, k) {
                for place in places {
                    proptest::prop_assert!(place.errors <= k);
                    let found = &text[place.range.clone()];
                    let trimmed = pattern.trim();
                    proptest::prop_assert!(
                        distance(found, trimmed) <= k + (pattern.len() - trimmed.len()),
                        "{found:?} for {pattern:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn distance_counts_characters() {
        assert_eq!(distance("“home”", "\"home\""), 2);
    }
}
