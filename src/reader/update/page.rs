//! The glue for the page's own fact-checks (schema.org ClaimReview in the page, shown marked ◇ after the claims file's): saving them into the claims file as one edit, and refusing to edit them before they are saved.

use crate::claims::change::Edit;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::state::State;
use crate::text::plural;

impl State {
    /// Whether claim `index` (reading order) is one of the page's own fact-checks, which
    /// cannot be edited before they are saved into the claims file; if so, says how.
    pub(crate) fn refuses_page_claim(&mut self, index: usize) -> bool {
        if !self.doc.claims.get(index).is_some_and(|c| c.from_page) {
            return false;
        }
        let key = self.config.keys.0.key_or_name(&Action::SavePageClaims);
        self.message = Some(format!(
            "claim {} is the page's own fact-check, not in the claims file: {key} saves the page's fact-checks there, then it can be edited",
            index + 1
        ));
        true
    }

    /// The save-page-claims key: the page's own fact-checks go into the claims file as one
    /// edit (journaled, saved, undoable), planned by [`crate::interchange::page::plan`]: the
    /// file's entries stay as they are, a claim it already has is not added again. They
    /// are then the file's claims, shown without the page's mark. Where edits cannot be
    /// made yet ([`State::may_edit`]: a page fetched and not saved) the reader asks first.
    pub(crate) fn save_page_claims(&mut self) -> Vec<Effect> {
        let page = self.doc.page_entries();
        if page.is_empty() {
            self.message = Some(if self.doc.article.meta.url.is_some() {
                "the page carries no fact-checks of its own to save (no ClaimReview in it, or all of them are in the claims file)".into()
            } else {
                "no fact-checks from the page to save: only a web page can carry them".into()
            });
            return Vec::new();
        }
        if !self.may_edit() {
            return Vec::new();
        }
        let file = self.doc.entries();
        let plan = crate::interchange::page::plan(
            &file,
            &self.doc.rejected,
            &page,
            &self.doc.article.body,
        );
        let row = self.cursor_row();
        let mut effects = Vec::new();
        if !plan.changes.is_empty() {
            effects = self.make_edit(Edit {
                changes: plan.changes,
                what: format!(
                    "saved {} from the page",
                    plural(plan.new.len(), "fact-check")
                ),
            });
            if effects.is_empty() {
                // The edit did not fit (make_edit said why): the page's claims stay shown.
                return effects;
            }
        }
        // Shown once: from now on they are the file's (or the file has them already).
        // Removing them moves the claims after them in reading order: the claim under the
        // cursor is current again.
        self.doc.remove_page_claims();
        self.selected = None;
        self.selected_response = None;
        self.follows_cursor = true;
        self.lay_out_new_text(row);
        let mut said = if plan.new.is_empty() {
            "the claims file already has the page's fact-checks".to_string()
        } else {
            let undo = self.config.keys.0.key_or_name(&Action::Undo);
            format!(
                "saved {} from the page into the claims file ({undo} undoes)",
                plural(plan.new.len(), "fact-check")
            )
        };
        if plan.already > 0 && !plan.new.is_empty() {
            said.push_str(&format!("; {} already there", plan.already));
        }
        if plan.rejected > 0 {
            said.push_str(&format!("; {} left out as rejected", plan.rejected));
        }
        self.message = Some(said);
        effects
    }
}
