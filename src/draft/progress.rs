//! How far a draft has come, shared between the thread that drafts and whoever shows it (the reader's status bar, `counterpoint draft` on a terminal): thousandths of the work, read without waiting.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How far a draft has come. Clones share the count: hand one to the drafting thread and
/// read another. It never goes back.
#[derive(Debug, Clone, Default)]
pub struct Progress(Arc<AtomicUsize>);

/// The stages of drafting, as the thousandths of the whole each ends at: reading the
/// text into words, finding the statements (most of the time), linking responses to
/// claims, making the entries, and planning the merge.
pub(crate) const READ: usize = 150;
pub(crate) const FOUND: usize = 800;
pub(crate) const LINKED: usize = 880;
pub(crate) const ENTRIES: usize = 950;

impl Progress {
    /// How far, in percent (0 to 100).
    pub fn percent(&self) -> u8 {
        // At most 1000 thousandths: the quotient fits.
        u8::try_from(self.0.load(Ordering::Relaxed).min(1000) / 10).unwrap_or(100)
    }

    /// Notes that the work is done up to `thousandths` of the whole.
    pub(crate) fn reach(&self, thousandths: usize) {
        self.0.fetch_max(thousandths.min(1000), Ordering::Relaxed);
    }

    /// Notes that a stage running from `from` to `to` thousandths has done `done` of its
    /// `total` units.
    pub(crate) fn within(&self, from: usize, to: usize, done: usize, total: usize) {
        let part = (to - from) as u128 * done as u128 / total.max(1) as u128;
        self.reach(from + usize::try_from(part).unwrap_or(to - from).min(to - from));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_shared_by_clones_and_never_goes_back() {
        let progress = Progress::default();
        let shown = progress.clone();
        assert_eq!(shown.percent(), 0);
        progress.within(READ, FOUND, 1, 2);
        assert_eq!(shown.percent(), 47);
        progress.reach(100);
        assert_eq!(shown.percent(), 47);
        progress.reach(5000);
        assert_eq!(shown.percent(), 100);
    }
}
