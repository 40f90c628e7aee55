//! The page's own fact-checks (schema.org ClaimReview in the page) shown as claims after the claims file's: added, counted, taken as entries and taken away.

use super::Document;
use crate::claims::ClaimEntry;
use crate::claims::change::Change;

impl Document {
    /// Shows `entries` (the page's own fact-checks) as claims after the file's, each
    /// anchored where its words are found and marked [`super::Claim::from_page`]. They come
    /// after every claim of the file in file order, so the changes of edits (which count
    /// the file's claims alone) never reach them.
    pub fn add_page_claims(&mut self, entries: Vec<ClaimEntry>) {
        for entry in entries {
            let at = self.starts.len();
            let index = self.add_claim(at, &entry);
            self.claims[index].from_page = true;
            self.page_shown += 1;
        }
    }

    /// Keeps `page` (every fact-check the page carries) and shows those the claims file
    /// does not have yet ([`Document::show_page_offer`]).
    pub fn offer_page_claims(&mut self, page: Vec<ClaimEntry>) {
        self.page_offer = page;
        self.show_page_offer();
    }

    /// Shows, marked as the page's, exactly the page's fact-checks that the claims file
    /// does not have (planned as `I` plans a save, by
    /// [`crate::interchange::page::plan`]: not already there by place or words, not
    /// rejected), after the file's claims; returns whether the claims shown changed. Made
    /// again after an undo or a redo, so an undone save of them shows them again.
    pub fn show_page_offer(&mut self) -> bool {
        if self.page_offer.is_empty() && self.page_shown == 0 {
            return false;
        }
        let before = self.page_entries();
        self.remove_page_claims();
        let plan = crate::interchange::page::plan(
            &self.entries(),
            &self.rejected,
            &self.page_offer,
            &self.article.body,
        );
        self.add_page_claims(plan.new);
        self.page_entries() != before
    }

    /// How many claims come from the page's own fact-checks (kept as they are added and
    /// taken away: the status bar asks every frame).
    pub fn page_claims(&self) -> usize {
        self.page_shown
    }

    /// The claims from the page's own fact-checks, as entries (in the page's order).
    pub fn page_entries(&self) -> Vec<ClaimEntry> {
        self.in_file_order()
            .filter(|c| c.from_page)
            .map(super::Claim::to_entry)
            .collect()
    }

    /// Takes every claim of the page's own fact-checks away (saved into the file, or
    /// not wanted where the file alone counts, as in `check`).
    pub fn remove_page_claims(&mut self) {
        let mut pages: Vec<usize> = (self.claims.iter())
            .filter(|c| c.from_page)
            .map(|c| c.file_index)
            .collect();
        // From the file's end, so each file index taken is still the claim's.
        pages.sort_unstable_by(|a, b| b.cmp(a));
        for at in pages {
            // A claim's file index is always there to remove.
            let _ = self.apply(&Change::RemoveClaim { at });
        }
        self.page_shown = 0;
    }
}
