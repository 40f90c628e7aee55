//! The document's claims in reading order, in chunks: a claim inserted or removed moves at most a chunk's boxes, and the searches by quote start read the starts kept beside the boxes, not each claim's box.

use std::ops::{Index, IndexMut};

use super::Claim;

/// Most claims a chunk of [`ClaimList`] holds before it is split in two halves.
const CHUNK: usize = 512;

/// The start a claim is searched by: its quote's start, `usize::MAX` when it has no place
/// (so unplaced claims sort last, as in reading order).
fn start_of(claim: &Claim) -> usize {
    claim.start().unwrap_or(usize::MAX)
}

/// One chunk: its claims and, beside them, each claim's start ([`start_of`]).
#[derive(Debug, Clone, Default)]
struct Chunk {
    #[expect(
        clippy::vec_box,
        reason = "a claim inserted or removed moves pointers in its chunk, not claims"
    )]
    claims: Vec<Box<Claim>>,
    starts: Vec<usize>,
}

impl Chunk {
    #[expect(clippy::vec_box, reason = "the chunk's own list, moved in")]
    fn new(claims: Vec<Box<Claim>>) -> Chunk {
        let starts = claims.iter().map(|c| start_of(c)).collect();
        Chunk { claims, starts }
    }
}

/// The claims in reading order, cut into chunks of 256 to 512 (fewer in the last, or when
/// removals thin one out), with, per chunk, how many claims come before it and its first
/// claim's start, in arrays of their own. Inserting or removing a claim moves at most a
/// chunk's boxes and starts, adds one to (or takes one from) the later chunks' counts and
/// sets the chunk's own first start: no other chunk's block is read. About `512 + n /
/// 256` steps for `n` claims (20,000 claims: about 600), against `n` pointers moved in a
/// `Vec`. Reading claim `i` is a
/// binary search in the chunks' counts (in cache: 8 bytes per 256 claims). The searches by
/// start ([`ClaimList::partition_by_start`], [`ClaimList::reading_place`]) read the
/// chunks' first starts and then one chunk's starts, a compact list, rather than a box a
/// step spread over the heap.
///
/// A claim changed in place (`list[i]`, [`ClaimList::iter_mut`]) must keep its quote's
/// start: a claim whose quote moves is taken out and put back
/// ([`ClaimList::remove`], [`ClaimList::insert`]).
#[derive(Debug, Clone, Default)]
pub struct ClaimList {
    chunks: Vec<Chunk>,
    /// For each chunk, how many claims the chunks before it hold.
    before: Vec<usize>,
    /// For each chunk, its first claim's start.
    firsts: Vec<usize>,
    len: usize,
}

/// Two lists are equal when they hold equal claims in the same order (and the same starts
/// beside them), however they are cut into chunks.
impl PartialEq for ClaimList {
    fn eq(&self, other: &ClaimList) -> bool {
        self.len == other.len
            && self.iter().eq(other.iter())
            && (self.chunks.iter().flat_map(|c| &c.starts))
                .eq(other.chunks.iter().flat_map(|c| &c.starts))
    }
}

impl ClaimList {
    /// The list of `claims`, already in reading order, in chunks of half the most a chunk
    /// holds (the given list is emptied from the back and given back as it goes).
    #[expect(clippy::vec_box, reason = "the document's claims, moved in")]
    pub(super) fn new(mut claims: Vec<Box<Claim>>) -> ClaimList {
        let len = claims.len();
        let mut chunks = Vec::with_capacity(len.div_ceil(CHUNK / 2));
        while !claims.is_empty() {
            let from = (claims.len() - 1) / (CHUNK / 2) * (CHUNK / 2);
            chunks.push(Chunk::new(claims.split_off(from)));
            if claims.capacity() >= 2 * claims.len() + CHUNK {
                claims.shrink_to_fit();
            }
        }
        chunks.reverse();
        let mut list = ClaimList {
            chunks,
            len,
            ..ClaimList::default()
        };
        list.fix_chunks();
        list
    }

    /// The chunks' numbers, all computed afresh.
    fn fix_chunks(&mut self) {
        let mut count = 0;
        self.before = (self.chunks.iter())
            .map(|c| {
                count += c.claims.len();
                count - c.claims.len()
            })
            .collect();
        self.firsts = self.chunks.iter().map(|c| c.starts[0]).collect();
    }

    /// How many claims it holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The chunk holding claim `at` and the claim's index in it; for `at == len`, the last
    /// chunk and its length (`None` when there are no chunks).
    fn locate(&self, at: usize) -> Option<(usize, usize)> {
        let chunk = self.before.partition_point(|&b| b <= at).checked_sub(1)?;
        Some((chunk, at - self.before[chunk]))
    }

    /// Claim `at` (reading index), if there is one.
    pub fn get(&self, at: usize) -> Option<&Claim> {
        let (chunk, i) = self.locate(at)?;
        self.chunks[chunk].claims.get(i).map(|c| &**c)
    }

    /// Claim `at`, to change in place (its quote's start kept).
    fn get_mut(&mut self, at: usize) -> Option<&mut Claim> {
        let (chunk, i) = self.locate(at)?;
        self.chunks[chunk].claims.get_mut(i).map(|c| &mut **c)
    }

    /// The claims, in reading order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            chunks: self.chunks.iter(),
            front: Default::default(),
            back: Default::default(),
            left: self.len,
        }
    }

    /// The claims `range.start` to `range.end` in reading order, or `None` when the range
    /// runs backwards or past the end (as [`slice::get`] with a range). Starts in the
    /// chunk holding `range.start`, so a step of a long pass costs its own claims.
    pub fn range(&self, range: std::ops::Range<usize>) -> Option<impl Iterator<Item = &Claim>> {
        if range.start > range.end || range.end > self.len {
            return None;
        }
        let (chunk, i) = self.locate(range.start).unwrap_or((0, 0));
        let chunks = self.chunks.get(chunk..).unwrap_or_default();
        Some(
            (chunks.iter())
                .flat_map(|c| c.claims.iter().map(|c| &**c))
                .skip(i)
                .take(range.len()),
        )
    }

    /// The claims, in reading order, to change in place: each must keep its quote's start.
    pub(super) fn iter_mut(&mut self) -> impl Iterator<Item = &mut Claim> {
        self.chunks
            .iter_mut()
            .flat_map(|c| c.claims.iter_mut().map(|c| &mut **c))
    }

    /// The claims, in reading order, taken out of the list.
    pub(super) fn into_boxes(self) -> impl Iterator<Item = Box<Claim>> {
        self.chunks.into_iter().flat_map(|c| c.claims)
    }

    /// The number of claims whose start (`usize::MAX` for a claim with no place) satisfies
    /// `pred`, when it holds for a first stretch of them and for none after (as
    /// [`slice::partition_point`]): two binary searches in starts, no claim read.
    pub fn partition_by_start(&self, mut pred: impl FnMut(usize) -> bool) -> usize {
        let after = self.firsts.partition_point(|&s| pred(s));
        match after.checked_sub(1) {
            None => 0,
            Some(chunk) => {
                self.before[chunk] + self.chunks[chunk].starts.partition_point(|&s| pred(s))
            }
        }
    }

    /// How many claims come before reading key `key` ([`Claim::reading_key`]: a start,
    /// `usize::MAX` for no place, and a file index) in reading order: where a claim of
    /// that key goes, or is. The starts decide; only claims at the same start are read,
    /// by binary search on their file index (few share a start but the unplaced claims).
    pub(super) fn reading_place(&self, key: (usize, usize)) -> usize {
        let (start, file_index) = key;
        let mut low = self.partition_by_start(|s| s < start);
        let mut high = self.partition_by_start(|s| s <= start);
        while low < high {
            let middle = low + (high - low) / 2;
            if self[middle].file_index < file_index {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    /// Inserts `claim` so that it becomes claim `at` (`at <= len`); its place in reading
    /// order is the caller's to find ([`ClaimList::reading_place`]).
    pub(super) fn insert(&mut self, at: usize, claim: Box<Claim>) {
        let start = start_of(&claim);
        let Some((chunk, i)) = self.locate(at) else {
            *self = ClaimList::new(vec![claim]);
            return;
        };
        let c = &mut self.chunks[chunk];
        c.claims.insert(i, claim);
        c.starts.insert(i, start);
        self.len += 1;
        self.before[chunk + 1..].iter_mut().for_each(|b| *b += 1);
        if c.claims.len() > CHUNK {
            let back = Chunk {
                claims: c.claims.split_off(CHUNK / 2),
                starts: c.starts.split_off(CHUNK / 2),
            };
            self.before
                .insert(chunk + 1, self.before[chunk] + CHUNK / 2);
            self.firsts.insert(chunk + 1, back.starts[0]);
            self.chunks.insert(chunk + 1, back);
        }
        self.firsts[chunk] = self.chunks[chunk].starts[0];
    }

    /// Removes and returns claim `at` (`at < len`).
    ///
    /// # Panics
    /// When there is no claim `at`, as [`Vec::remove`].
    pub(super) fn remove(&mut self, at: usize) -> Box<Claim> {
        assert!(at < self.len, "no claim {at} of {}", self.len);
        let (chunk, i) = self.locate(at).expect("a claim is in a chunk");
        let c = &mut self.chunks[chunk];
        let claim = c.claims.remove(i);
        c.starts.remove(i);
        self.len -= 1;
        self.before[chunk + 1..].iter_mut().for_each(|b| *b -= 1);
        if c.claims.is_empty() {
            self.chunks.remove(chunk);
            self.before.remove(chunk);
            self.firsts.remove(chunk);
        } else {
            self.firsts[chunk] = c.starts[0];
        }
        claim
    }
}

/// Claim `at` in reading order.
///
/// # Panics
/// When there is no claim `at`, as a slice does.
impl Index<usize> for ClaimList {
    type Output = Claim;

    fn index(&self, at: usize) -> &Claim {
        match self.get(at) {
            Some(claim) => claim,
            None => panic!("no claim {at} of {}", self.len),
        }
    }
}

/// Claim `at` to change in place: its quote's start must stay as it is.
///
/// # Panics
/// When there is no claim `at`, as a slice does.
impl IndexMut<usize> for ClaimList {
    fn index_mut(&mut self, at: usize) -> &mut Claim {
        let len = self.len;
        match self.get_mut(at) {
            Some(claim) => claim,
            None => panic!("no claim {at} of {len}"),
        }
    }
}

impl<'a> IntoIterator for &'a ClaimList {
    type Item = &'a Claim;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// The claims of a [`ClaimList`] in reading order, from either end ([`ClaimList::iter`]).
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    /// The chunks neither end has started.
    chunks: std::slice::Iter<'a, Chunk>,
    /// What is left of the chunk the front is in, and of the one the back is in.
    front: std::slice::Iter<'a, Box<Claim>>,
    back: std::slice::Iter<'a, Box<Claim>>,
    /// How many claims are left between the two ends.
    left: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Claim;

    fn next(&mut self) -> Option<&'a Claim> {
        loop {
            if let Some(claim) = self.front.next() {
                self.left -= 1;
                return Some(&**claim);
            }
            match self.chunks.next() {
                Some(chunk) => self.front = chunk.claims.iter(),
                None => {
                    let claim = self.back.next()?;
                    self.left -= 1;
                    return Some(&**claim);
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(claim) = self.back.next_back() {
                self.left -= 1;
                return Some(&**claim);
            }
            match self.chunks.next_back() {
                Some(chunk) => self.back = chunk.claims.iter(),
                None => {
                    let claim = self.front.next_back()?;
                    self.left -= 1;
                    return Some(&**claim);
                }
            }
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
#[path = "claim_list_tests.rs"]
mod tests;
