//! A list cut into chunks, for many insertions and removals in the middle of a long list: the claims of a large edit, made at once.

/// Most items a chunk of [`Chunked`] holds before it is split in two.
const CHUNK: usize = 1024;

/// A list cut into chunks of at most [`CHUNK`] items, so that inserting or removing an
/// item in the middle moves at most a chunk's items: the claims in file order while a
/// large edit is made (a `Vec` would move every later claim at each of its thousands of
/// insertions). Finding an index walks the chunks' lengths (a chunk per 512 to 1,024
/// items), so `k` changes to `n` items cost about `k × n / 512` steps, against `k × n`
/// moves of whole items for a `Vec`.
pub struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Chunked<T> {
    /// The list of `items`, in chunks of half the most a chunk holds.
    pub fn new(items: Vec<T>) -> Chunked<T> {
        let len = items.len();
        let mut chunks = Vec::with_capacity(len / (CHUNK / 2) + 1);
        let mut items = items.into_iter().peekable();
        while items.peek().is_some() {
            chunks.push(items.by_ref().take(CHUNK / 2).collect());
        }
        Chunked { chunks, len }
    }

    /// The chunk holding index `at` (or, for `at == len`, the last chunk) and the index
    /// within it.
    fn locate(&self, mut at: usize) -> (usize, usize) {
        for (c, chunk) in self.chunks.iter().enumerate() {
            if at < chunk.len() {
                return (c, at);
            }
            at -= chunk.len();
        }
        let last = self.chunks.len().saturating_sub(1);
        (last, self.chunks.get(last).map_or(0, Vec::len))
    }

    /// Item `at`, if there is one.
    pub fn get_mut(&mut self, at: usize) -> Option<&mut T> {
        if at >= self.len {
            return None;
        }
        let (c, i) = self.locate(at);
        self.chunks[c].get_mut(i)
    }

    /// Inserts `item` so that it becomes item `at` (`at <= len`).
    pub fn insert(&mut self, at: usize, item: T) {
        if self.chunks.is_empty() {
            self.chunks.push(Vec::new());
        }
        let (c, i) = self.locate(at);
        self.chunks[c].insert(i, item);
        self.len += 1;
        if self.chunks[c].len() > CHUNK {
            let back = self.chunks[c].split_off(CHUNK / 2);
            self.chunks.insert(c + 1, back);
        }
    }

    /// Removes and returns item `at` (`at < len`).
    pub fn remove(&mut self, at: usize) -> T {
        let (c, i) = self.locate(at);
        let item = self.chunks[c].remove(i);
        self.len -= 1;
        if self.chunks[c].is_empty() {
            self.chunks.remove(c);
        }
        item
    }

    /// The items, in order, as one list.
    pub fn into_vec(self) -> Vec<T> {
        let mut all = Vec::with_capacity(self.len);
        for chunk in self.chunks {
            all.extend(chunk);
        }
        all
    }
}

impl<T> Chunked<T> {
    /// How many items it holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The items, in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The chunked list is a list: any inserts and removes give what a `Vec` gives.
        #[test]
        fn chunks_behave_as_a_vec(
            start in 0usize..3000,
            steps in proptest::collection::vec((any::<bool>(), any::<usize>()), 0..3000),
        ) {
            let mut plain: Vec<usize> = (0..start).collect();
            let mut chunks = Chunked::new(plain.clone());
            for (n, (insert, at)) in steps.into_iter().enumerate() {
                if insert || plain.is_empty() {
                    let at = at % (plain.len() + 1);
                    plain.insert(at, start + n);
                    chunks.insert(at, start + n);
                } else {
                    let at = at % plain.len();
                    prop_assert_eq!(plain.remove(at), chunks.remove(at));
                }
                prop_assert_eq!(plain.len(), chunks.len());
                prop_assert!(chunks.chunks.iter().all(|c| !c.is_empty() && c.len() <= CHUNK));
            }
            if let Some(last) = plain.len().checked_sub(1) {
                prop_assert_eq!(chunks.get_mut(last).copied(), Some(plain[last]));
            }
            prop_assert_eq!(chunks.get_mut(plain.len()), None);
            prop_assert!(plain.iter().eq(chunks.iter()));
            prop_assert_eq!(plain, chunks.into_vec());
        }
    }
}
