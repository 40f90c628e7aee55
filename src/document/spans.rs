//! The document's quote spans as it keeps them: each naming its claim by file index (which a claim inserted or removed in reading order does not move), in chunks with their numbers in arrays beside them, so that one span inserted or removed moves a chunk's spans and touches a few cache lines, not every later chunk.

use std::ops::Range;

/// Most spans a chunk of [`SpanList`] holds before it is split in two halves.
const CHUNK: usize = 512;

/// A quote span as the document keeps it: its claim named by its place in the claims
/// file, not by its reading index, so that inserting or removing a claim in reading order
/// changes no span. 24 bytes (a claims file of more than 4 × 10⁹ claims is not read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FileSpan {
    /// Bytes of the body.
    pub(super) range: Range<usize>,
    /// The claim's file index ([`super::Claim::file_index`]).
    pub(super) file: u32,
    /// The response's index in its claim, or [`FileSpan::OWN`] for the claim's own quote.
    pub(super) response: u32,
}

impl FileSpan {
    /// [`FileSpan::response`] of a claim's own quote.
    pub(super) const OWN: u32 = u32::MAX;

    /// The span of claim `file` (file index), or of its response `response`.
    pub(super) fn new(range: Range<usize>, file: usize, response: Option<usize>) -> FileSpan {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX - 1);
        FileSpan {
            range,
            file: narrow(file),
            response: response.map_or(FileSpan::OWN, narrow),
        }
    }

    /// The claim's file index.
    pub(super) fn file(&self) -> usize {
        self.file as usize
    }

    /// The response's index in its claim, `None` for the claim's own quote.
    pub(super) fn response(&self) -> Option<usize> {
        (self.response != FileSpan::OWN).then_some(self.response as usize)
    }
}

/// One chunk: its spans and, for each, the furthest end among it and the chunk's spans
/// before it.
#[derive(Debug, Clone, Default)]
struct Chunk {
    spans: Vec<FileSpan>,
    reach: Vec<usize>,
}

impl Chunk {
    fn new(spans: Vec<FileSpan>) -> Chunk {
        let mut furthest = 0;
        let reach = spans
            .iter()
            .map(|span| {
                furthest = furthest.max(span.range.end);
                furthest
            })
            .collect();
        Chunk { spans, reach }
    }

    /// Takes span `i`'s furthest end into `reach` after the span was inserted there.
    fn inserted(&mut self, i: usize) {
        let before = i.checked_sub(1).map_or(0, |b| self.reach[b]);
        self.reach.insert(i, before.max(self.spans[i].range.end));
        self.settle(i + 1);
    }

    /// Takes span `i`'s furthest end out of `reach` after the span was removed from there.
    fn removed(&mut self, i: usize) {
        self.reach.remove(i);
        self.settle(i);
    }

    /// Recomputes `reach` from entry `from` on, until an entry comes out as it is kept:
    /// the entries after it were computed from that same value and the same spans, so
    /// they stand (a span's end rarely changes more than its neighbours' furthest end).
    fn settle(&mut self, from: usize) {
        let mut furthest = from.checked_sub(1).map_or(0, |b| self.reach[b]);
        for (span, reach) in self.spans[from..].iter().zip(&mut self.reach[from..]) {
            furthest = furthest.max(span.range.end);
            if *reach == furthest {
                break;
            }
            *reach = furthest;
        }
    }

    /// The furthest end among its spans (0 for none).
    fn furthest(&self) -> usize {
        self.reach.last().copied().unwrap_or(0)
    }
}

/// A sorted list of spans cut into chunks of 256 to 512 spans (fewer in the last, or
/// when removals thin one out), with, per chunk, in arrays of their own beside the
/// chunks: how many spans come before it, a copy of its first span, its own furthest end
/// and the furthest end among it and the chunks before it. Inserting or removing a span
/// moves at most a chunk's spans and its furthest ends, adds one to (or takes one from)
/// the later chunks' counts, one pass over a compact array (8 bytes a chunk), and
/// recomputes the furthest ends so far only until one comes out as it was (usually the
/// next chunk's): no chunk's own block is read but the one changed. Reading span `i` is a
/// binary search in the counts; [`SpanList::partition_point`] and
/// [`SpanList::first_reaching`] search the first spans' copies or the furthest ends so
/// far, then one chunk.
#[derive(Debug, Clone, Default)]
pub(super) struct SpanList {
    chunks: Vec<Chunk>,
    /// For each chunk, how many spans the chunks before it hold.
    before: Vec<usize>,
    /// For each chunk, a copy of its first span.
    firsts: Vec<FileSpan>,
    /// For each chunk, the furthest end among its own spans.
    ends: Vec<usize>,
    /// For each chunk, the furthest end among its spans and all spans before it.
    reach: Vec<usize>,
    len: usize,
}

/// Two lists are equal when they hold the same spans in the same order, however they are
/// cut into chunks.
impl PartialEq for SpanList {
    fn eq(&self, other: &SpanList) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl SpanList {
    /// The list of `spans`, already sorted, in chunks of half the most a chunk holds (the
    /// given list is emptied from the back and given back as it goes).
    pub(super) fn new(mut spans: Vec<FileSpan>) -> SpanList {
        let len = spans.len();
        let mut chunks = Vec::with_capacity(len.div_ceil(CHUNK / 2));
        while !spans.is_empty() {
            let from = (spans.len() - 1) / (CHUNK / 2) * (CHUNK / 2);
            chunks.push(Chunk::new(spans.split_off(from)));
            if spans.capacity() >= 2 * spans.len() + CHUNK {
                spans.shrink_to_fit();
            }
        }
        chunks.reverse();
        let mut count = 0;
        let before = chunks
            .iter()
            .map(|c| {
                count += c.spans.len();
                count - c.spans.len()
            })
            .collect();
        let mut list = SpanList {
            before,
            firsts: chunks.iter().map(|c| c.spans[0].clone()).collect(),
            ends: chunks.iter().map(Chunk::furthest).collect(),
            reach: vec![0; chunks.len()],
            chunks,
            len,
        };
        list.fix_reach(0, usize::MAX);
        list
    }

    /// Recomputes the furthest ends so far from chunk `from` on, until one at or after
    /// chunk `settled` comes out as it is kept (the later ones were computed from it).
    fn fix_reach(&mut self, from: usize, settled: usize) {
        let mut furthest = from.checked_sub(1).map_or(0, |b| self.reach[b]);
        for at in from..self.reach.len() {
            furthest = furthest.max(self.ends[at]);
            if at >= settled && self.reach[at] == furthest {
                break;
            }
            self.reach[at] = furthest;
        }
    }

    /// Takes chunk `chunk`'s first span and furthest end into the arrays beside the
    /// chunks, after a span of it was inserted or removed.
    fn fix_chunk(&mut self, chunk: usize) {
        let c = &self.chunks[chunk];
        if self.firsts[chunk] != c.spans[0] {
            self.firsts[chunk] = c.spans[0].clone();
        }
        self.ends[chunk] = c.furthest();
    }

    /// How many spans it holds.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The chunk holding span `at` and the span's index in it; for `at == len`, the last
    /// chunk and its length (`None` when there are no chunks).
    fn locate(&self, at: usize) -> Option<(usize, usize)> {
        let chunk = self.before.partition_point(|&b| b <= at).checked_sub(1)?;
        Some((chunk, at - self.before[chunk]))
    }

    /// Span `at`, if there is one.
    pub(super) fn get(&self, at: usize) -> Option<&FileSpan> {
        let (chunk, i) = self.locate(at)?;
        self.chunks[chunk].spans.get(i)
    }

    /// The spans, in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &FileSpan> {
        self.chunks.iter().flat_map(|c| &c.spans)
    }

    /// The spans from `range.start` to `range.end` (clamped to the list), in order.
    pub(super) fn range(&self, range: Range<usize>) -> impl Iterator<Item = &FileSpan> {
        let end = range.end.min(self.len);
        let start = range.start.min(end);
        let (chunk, i) = self.locate(start).unwrap_or((0, 0));
        self.chunks
            .get(chunk..)
            .unwrap_or_default()
            .iter()
            .flat_map(|c| &c.spans)
            .skip(i)
            .take(end - start)
    }

    /// The number of spans for which `pred` holds, when it holds for a first stretch of
    /// them and for none after (as [`slice::partition_point`]): a binary search in the
    /// chunks' first spans, then in one chunk.
    pub(super) fn partition_point(&self, mut pred: impl FnMut(&FileSpan) -> bool) -> usize {
        let after = self.firsts.partition_point(&mut pred);
        match after.checked_sub(1) {
            None => 0,
            Some(chunk) => self.before[chunk] + self.chunks[chunk].spans.partition_point(pred),
        }
    }

    /// The index of the first span whose end, or the end of a span before it, is past
    /// `place`: every span before it ends at or before `place` (`len` when all do).
    pub(super) fn first_reaching(&self, place: usize) -> usize {
        let chunk = self.reach.partition_point(|&r| r <= place);
        match self.chunks.get(chunk) {
            None => self.len,
            // The chunks before end at or before `place`: the chunk's own ends decide.
            Some(c) => self.before[chunk] + c.reach.partition_point(|&r| r <= place),
        }
    }

    /// Inserts `span` so that it becomes span `at` (`at <= len`).
    pub(super) fn insert(&mut self, at: usize, span: FileSpan) {
        let Some((chunk, i)) = self.locate(at) else {
            *self = SpanList::new(vec![span]);
            return;
        };
        let c = &mut self.chunks[chunk];
        c.spans.insert(i, span);
        c.inserted(i);
        self.len += 1;
        self.before[chunk + 1..].iter_mut().for_each(|b| *b += 1);
        let mut settled = chunk;
        if c.spans.len() > CHUNK {
            let back = Chunk::new(c.spans.split_off(CHUNK / 2));
            c.reach.truncate(CHUNK / 2);
            self.before
                .insert(chunk + 1, self.before[chunk] + CHUNK / 2);
            self.firsts.insert(chunk + 1, back.spans[0].clone());
            self.ends.insert(chunk + 1, back.furthest());
            self.reach.insert(chunk + 1, 0);
            self.chunks.insert(chunk + 1, back);
            settled = chunk + 2;
        }
        self.fix_chunk(chunk);
        self.fix_reach(chunk, settled);
    }

    /// Removes and returns span `at` (`at < len`).
    ///
    /// # Panics
    /// When there is no span `at`, as [`Vec::remove`].
    pub(super) fn remove(&mut self, at: usize) -> FileSpan {
        assert!(at < self.len, "no span {at} of {}", self.len);
        let (chunk, i) = self.locate(at).expect("a span is in a chunk");
        let c = &mut self.chunks[chunk];
        let span = c.spans.remove(i);
        self.len -= 1;
        self.before[chunk + 1..].iter_mut().for_each(|b| *b -= 1);
        if c.spans.is_empty() {
            self.chunks.remove(chunk);
            self.before.remove(chunk);
            self.firsts.remove(chunk);
            self.ends.remove(chunk);
            self.reach.remove(chunk);
        } else {
            c.removed(i);
            self.fix_chunk(chunk);
        }
        self.fix_reach(chunk, chunk);
        span
    }

    /// Applies `change` to every span (one pass; for a claim inserted or removed in the
    /// middle of the file, whose later claims' file indices move). The change must keep
    /// each span's range, and so its place in the order and its end.
    pub(super) fn for_each_mut(&mut self, mut change: impl FnMut(&mut FileSpan)) {
        for chunk in &mut self.chunks {
            chunk.spans.iter_mut().for_each(&mut change);
        }
        for (first, chunk) in self.firsts.iter_mut().zip(&self.chunks) {
            first.clone_from(&chunk.spans[0]);
        }
    }
}

#[cfg(test)]
#[path = "spans_tests.rs"]
mod tests;
