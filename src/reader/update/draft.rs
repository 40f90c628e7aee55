//! The reader's `D`: claims drafted from the article's text off the keystroke path, then merged into its claims file as one edit (journaled, saved, undoable) the way `draft --merge` merges, leaving out rejected and reviewed quotes.

use crate::claims::change::Edit;
use crate::draft::plan::{Counts, DraftJob, Drafted, plan};
use crate::reader::effect::Effect;
use crate::reader::model::overlay::Overlay;
use crate::reader::state::State;
use crate::text::plural;

impl State {
    /// `D`: when edits can be made here ([`State::may_edit`]), asks the loop to draft the
    /// article on a thread of its own; the status bar says it is drafting until
    /// [`State::drafted`] merges the result.
    pub(crate) fn draft_claims(&mut self) -> Option<Effect> {
        if self.editing.drafting {
            self.message = Some("already drafting: the drafts come when it is done".into());
            return None;
        }
        if !self.may_edit() {
            return None;
        }
        self.editing.drafting = true;
        self.editing.draft_percent = 0;
        // The status bar says how far it has come (ui/status).
        self.message = None;
        Some(Effect::Draft(Box::new(DraftJob {
            article: self.doc.article.clone(),
            file: self.doc.entries(),
            rejected: self.doc.rejected.clone(),
        })))
    }

    /// A draft done in the background: its plan made as one edit. The plan is made again
    /// when the claims changed while drafting; nothing is made when the article changed,
    /// or an overlay is open (a form or question may be about a claim the merge moves).
    pub(crate) fn drafted(&mut self, done: Result<Box<Drafted>, String>) -> Vec<Effect> {
        self.editing.drafting = false;
        let key = self
            .config
            .keys
            .0
            .key_or_name(&crate::reader::action::Action::DraftClaims);
        let done = match done {
            Ok(done) => done,
            Err(why) => {
                self.message = Some(format!("could not draft: {why}"));
                return Vec::new();
            }
        };
        if done.job.article.body != self.doc.article.body || self.loading.is_some() {
            self.message = Some(format!(
                "the article changed while drafting: {key} drafts it again"
            ));
            return Vec::new();
        }
        if !matches!(self.overlay, Overlay::None) {
            self.message = Some(format!(
                "drafting finished while a window was open: {key} drafts again"
            ));
            return Vec::new();
        }
        let file = self.doc.entries();
        let plan = if file == done.job.file && self.doc.rejected == done.job.rejected {
            done.plan
        } else {
            plan(
                &file,
                &self.doc.rejected,
                &done.drafted,
                &self.doc.article.body,
            )
        };
        let counts = plan.counts;
        let left_out = left_out(&counts);
        if done.drafted.is_empty() {
            self.message = Some("found no quotation or reported speech to draft".into());
            return Vec::new();
        }
        if unchanged(&file, &self.doc.rejected, &plan) {
            self.message = Some(format!(
                "drafted again: nothing new{}",
                if left_out.is_empty() {
                    String::new()
                } else {
                    format!(" ({left_out})")
                }
            ));
            return Vec::new();
        }
        let what = format!(
            "drafted {} from the text",
            plural(counts.added, "new entry")
        );
        let effects = self.make_edit(Edit {
            changes: plan.changes,
            what,
        });
        if !effects.is_empty() {
            let undo = self
                .config
                .keys
                .0
                .key_or_name(&crate::reader::action::Action::Undo);
            let mut said = format!("drafted from the text: {} added", counts.added);
            if !left_out.is_empty() {
                said.push_str(&format!(", {left_out}"));
            }
            if counts.replaced > 0 {
                said.push_str(&format!(
                    ", {} replaced",
                    plural(counts.replaced, "old draft")
                ));
            }
            said.push_str(&format!(" ({undo} undoes)"));
            self.message = Some(said);
            self.say_drafts_left();
        }
        effects
    }
}

/// "2 left out as rejected, 3 already reviewed", or empty when nothing was left out.
fn left_out(counts: &Counts) -> String {
    let mut parts = Vec::new();
    if counts.rejected > 0 {
        parts.push(format!("{} left out as rejected", counts.rejected));
    }
    if counts.reviewed > 0 {
        parts.push(format!("{} already reviewed", counts.reviewed));
    }
    parts.join(", ")
}

/// Whether the plan would leave the entries as they are (the same drafts again).
fn unchanged(
    file: &[crate::claims::ClaimEntry],
    rejected: &[String],
    plan: &crate::draft::plan::Plan,
) -> bool {
    let mut after = file.to_vec();
    let mut kept = rejected.to_vec();
    plan.changes
        .iter()
        .all(|change| change.apply_to(&mut after, &mut kept).is_ok())
        && after == file
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
