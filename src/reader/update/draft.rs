//! The reader's drafts: `D` drafts claims from the article's text off the keystroke path and merges them into its claims file as one edit (journaled, saved, undoable) the way `draft --merge` merges, leaving out rejected and reviewed quotes; then each draft is reviewed (next draft, accept, reject).

use crate::claims::change::{Change, Edit};
use crate::draft::plan::{Counts, DraftJob, Drafted, plan};
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::next_draft;
use crate::reader::model::overlay::Overlay;
use crate::reader::model::question::{OnYes, Question};
use crate::reader::state::State;
use crate::text::{plural, possessive};

impl State {
    /// `D`: when edits can be made here ([`State::may_edit`]), asks the loop to draft the
    /// article on a thread of its own; the status bar says it is drafting until
    /// [`State::drafted`] merges the result.
    pub(crate) fn draft_claims(&mut self) -> Option<Effect> {
        if self.editing.drafting {
            self.message = Some("already drafting: the drafts come when it is done".into());
            return None;
        }
        if !self.may_edit(&Action::DraftClaims) {
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
    // The changes made to a chunked copy: thousands of drafts in a long file cost in
    // proportion to it, not to the drafts times the file.
    let mut kept = rejected.to_vec();
    Change::apply_all(&plan.changes, file.to_vec(), &mut kept).is_ok_and(|after| after == file)
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;

impl State {
    /// Accepts the selected draft: the response, or the claim alone (`all`: the claim
    /// and every drafted response of it).
    pub(super) fn accept(&mut self, all: bool) -> Vec<Effect> {
        let Some((claim, response)) = self.selected_entry() else {
            self.nothing_selected("accept");
            return Vec::new();
        };
        let c = &self.doc.claims[claim];
        let file = c.file_index;
        let mut changes = Vec::new();
        if (response.is_none() || all) && c.entry.draft.is_some() {
            let mut entry = c.entry.clone();
            entry.draft = None;
            changes.push(Change::SetClaim { at: file, entry });
        }
        for (r, resp) in c.responses.iter().enumerate() {
            let wanted = if all { true } else { response == Some(r) };
            if wanted && resp.entry.draft.is_some() {
                let mut entry = resp.entry.clone();
                entry.draft = None;
                changes.push(Change::SetResponse {
                    claim: file,
                    at: r,
                    entry,
                });
            }
        }
        if changes.is_empty() {
            self.message = Some("nothing to accept: the selection is not a draft".into());
            return Vec::new();
        }
        let what = match changes.len() {
            1 => "accepted the draft".to_string(),
            n => format!("accepted {n} drafts"),
        };
        let effects = self.make_edit(Edit { changes, what });
        self.say_drafts_left();
        effects
    }

    /// Rejects the selected draft: deletes it and remembers its quote, so drafting again
    /// does not bring it back.
    pub(super) fn reject(&mut self) -> Vec<Effect> {
        let Some((claim, response)) = self.selected_entry() else {
            self.nothing_selected("reject");
            return Vec::new();
        };
        let c = &self.doc.claims[claim];
        let (draft, quote, change, who) = match response {
            Some(r) => {
                let e = &c.responses[r].entry;
                (
                    e.draft.is_some(),
                    e.selector.exact.to_string(),
                    Change::RemoveResponse {
                        claim: c.file_index,
                        at: r,
                    },
                    format!("{} response", possessive(&e.expert)),
                )
            }
            None => (
                c.entry.draft.is_some(),
                c.entry.selector.exact.to_string(),
                Change::RemoveClaim { at: c.file_index },
                super::edit::claim_name(claim, &c.entry.id),
            ),
        };
        // "rejected Dana Whitfield's drafted response", "rejected the drafted claim 3".
        let rejected = match response {
            Some(_) => who.replacen(" response", " drafted response", 1),
            None => format!("the drafted {who}"),
        };
        if !draft {
            let delete = self.config.keys.0.key_or_name(&Action::DeleteEntry);
            self.message = Some(format!(
                "{who} is not a draft: {delete} deletes it after asking"
            ));
            return Vec::new();
        }
        let alike = self.drafts_quoting(&quote, claim, response);
        let mut changes = vec![change, Change::AddRejected { quote }];
        if response.is_none() && !c.responses.is_empty() {
            // The claim's responses go with it: ask first, as deleting does, and name
            // each drafted one among the rejected, since drafting again leaves them out.
            changes.extend(
                c.responses
                    .iter()
                    .filter(|r| r.entry.draft.is_some())
                    .map(|r| Change::AddRejected {
                        quote: r.entry.selector.exact.to_string(),
                    }),
            );
            let with = match c.responses.len() {
                1 => " and its response".to_string(),
                n => format!(" and its {n} responses"),
            };
            self.overlay = Overlay::Question(Question {
                text: format!(
                    "Reject the drafted {}{with}?",
                    super::edit::claim_name(claim, &c.entry.id)
                ),
                short: format!("Reject claim {}{with}?", claim + 1),
                detail: super::edit::claim_detail(c),
                on_yes: OnYes::Apply(Edit {
                    changes,
                    what: format!("rejected {rejected}{with}"),
                }),
            });
            return Vec::new();
        }
        let edit = Edit {
            changes,
            what: format!("rejected {rejected}"),
        };
        let effects = self.make_edit(edit);
        self.say_alike_left_out(alike);
        self.say_drafts_left();
        effects
    }

    /// How many drafts other than the entry (`claim`, `response`: reading index, and the
    /// response or the claim itself) quote the same words as `quote`: drafting again
    /// leaves them out too once it is rejected. A pass over every claim and response.
    fn drafts_quoting(&self, quote: &str, claim: usize, response: Option<usize>) -> usize {
        let same = |exact: &str| crate::draft::plan::same_words(exact, quote);
        (self.doc.claims.iter().enumerate())
            .map(|(c, entry)| {
                let own = entry.entry.draft.is_some()
                    && !(c == claim && response.is_none())
                    && same(&entry.entry.selector.exact);
                let responses = (entry.responses.iter().enumerate())
                    .filter(|&(r, x)| {
                        x.entry.draft.is_some()
                            && (c != claim || response.is_some_and(|at| at != r))
                            && same(&x.entry.selector.exact)
                    })
                    .count();
                usize::from(own) + responses
            })
            .sum()
    }

    /// Adds to the message that `alike` other drafts quote the rejected words, which
    /// drafting again leaves out with it (nothing when there are none).
    fn say_alike_left_out(&mut self, alike: usize) {
        if alike == 0 {
            return;
        }
        let key = self.config.keys.0.key_or_name(&Action::DraftClaims);
        let tail = format!(
            "{} the same words: {key} leaves {} out too",
            match alike {
                1 => "1 other draft quotes".to_string(),
                n => format!("{n} other drafts quote"),
            },
            if alike == 1 { "it" } else { "them" }
        );
        self.message = Some(match self.message.take() {
            Some(message) => format!("{message} · {tail}"),
            None => tail,
        });
    }

    /// Adds the count of drafts left and the key to the next to the message.
    pub(super) fn say_drafts_left(&mut self) {
        let left = self.doc.drafts_to_review();
        let next = self.config.keys.0.key_or_name(&Action::NextDraft);
        let tail = match left {
            0 => "no drafts left to review".to_string(),
            1 => format!("1 draft to review ({next})"),
            n => format!("{n} drafts to review ({next})"),
        };
        self.message = Some(match self.message.take() {
            Some(message) => format!("{message} · {tail}"),
            None => tail,
        });
    }

    /// Goes to the next drafted entry to review, in reading order, going round.
    pub(super) fn step_to_next_draft(&mut self) {
        // From the claim under the cursor, that one first; from an entry chosen (by this
        // key, or in the sidebar), the one after it; from the entry that took the place of
        // one just taken out, that one first.
        // The place a removal left is looked at once: the next `d` goes past it.
        let here = self.selected.map(|s| (s, self.selected_response));
        let from = self.editing.review_from.take();
        let inclusive = self.follows_cursor || (here.is_some() && from == here);
        let Some((claim, response)) =
            next_draft(&self.doc, self.selected, self.selected_response, inclusive)
        else {
            self.message = Some("no drafts to review".into());
            return;
        };
        let place = match response {
            Some(r) => self.doc.claims[claim].responses[r].anchoring.range.clone(),
            None => self.doc.claims[claim].anchoring.range.clone(),
        };
        self.select_claim(claim, response);
        if let Some(range) = place {
            self.view.cursor = range.start;
            self.reveal_cursor();
        }
        self.focus = crate::reader::state::Focus::Sidebar;
        self.sidebar_visible = true;
        let keys = &self.config.keys.0;
        self.message = Some(format!(
            "{} to review · {} accepts · {} edits · {} rejects",
            match self.doc.drafts_to_review() {
                1 => "1 draft".to_string(),
                n => format!("{n} drafts"),
            },
            keys.key_or_name(&Action::Accept),
            keys.key_or_name(&Action::EditEntry),
            keys.key_or_name(&Action::Reject),
        ));
    }
}
