//! The glue that applies the editing keys to the reader's state: an edit made to the document and the history (the journal and the file follow as an effect), undo and redo, delete, stance, move, the draft review's keys, and saving.

use crate::claims::Stance;
use crate::claims::change::{Change, Edit};
use crate::document::edit::Applied;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::{SavePolicy, Saving, Target};
use crate::reader::model::overlay::Overlay;
use crate::reader::model::question::{OnYes, Question};
use crate::reader::state::State;
use crate::text::ellipsize;

/// How much of a quote messages and questions show, in characters.
const QUOTE_SHOWN: usize = 60;

/// A quote as messages show it: on one line, shortened, in quotation marks.
pub(super) fn shown(quote: &str) -> String {
    let line = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::quotation::quoted(&ellipsize(&line, QUOTE_SHOWN))
}

/// How the reader's messages and questions name the claim at `reading` (its index in
/// reading order): by the number the sidebar and the status bar give it (`claim 4`, as
/// in `claim 4 of 5`), and its id only when the file gave it a name of its own
/// (`claim 4 (ferry-halved)`). An id `cN` is the claim's place in the file, which is not
/// its place in the text, so it is left out: `c5` beside a sidebar's `4` was two numbers
/// for one claim.
pub(crate) fn claim_name(reading: usize, id: &str) -> String {
    let positional = id
        .strip_prefix('c')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if positional || id.is_empty() {
        format!("claim {}", reading + 1)
    } else {
        format!("claim {} ({id})", reading + 1)
    }
}

/// What a question about taking a claim away shows: its claimant and quote, then each
/// response (stance, expert, quote), a line each.
pub(super) fn claim_detail(c: &crate::document::Claim) -> Vec<String> {
    let mut detail = vec![format!(
        "{}: {}",
        c.entry.claimant,
        shown(&c.entry.selector.exact)
    )];
    detail.extend(c.responses.iter().map(|r| {
        format!(
            "  {} {} ({}): {}",
            r.entry.stance.mark(),
            r.entry.expert,
            r.entry.stance,
            shown(&r.entry.selector.exact)
        )
    }));
    detail
}

impl State {
    /// The editing keys: each acts on the sidebar's selected claim or response.
    pub(crate) fn edit_key(&mut self, action: &Action) -> Vec<Effect> {
        match action {
            Action::Undo => return self.undo(),
            Action::Redo => return self.redo(),
            Action::Save => return self.save_now(),
            Action::NextDraft => {
                self.step_to_next_draft();
                return Vec::new();
            }
            _ => {}
        }
        if !self.may_edit(action) {
            return Vec::new();
        }
        if let Some((claim, _)) = self.selected_entry()
            && self.refuses_page_claim(claim)
        {
            return Vec::new();
        }
        match action {
            Action::EditEntry => self.open_edit_form(),
            Action::DeleteEntry => self.ask_delete(),
            Action::MoveResponse => self.open_move_list(),
            Action::CycleStance => return self.cycle_stance(),
            Action::Accept => return self.accept(false),
            Action::AcceptAll => return self.accept(true),
            Action::Reject => return self.reject(),
            _ => {}
        }
        Vec::new()
    }

    /// Whether edits can be made here; if not, says why (for the bundled sample, asks
    /// whether to copy it here first, and a yes does `then`, the action that asked, on
    /// the copy) and returns `false`. Asked before a form opens, so a read-only file is
    /// told up front, not at the first save.
    pub(crate) fn may_edit(&mut self, then: &Action) -> bool {
        if self.loading.is_some() {
            self.message = Some("still loading: edit when the whole document is read".into());
            return false;
        }
        match &self.editing.target {
            None => {
                self.message = Some("this document cannot be edited".into());
                false
            }
            Some(Target::SampleCopyHere { article, claims }) if !(*article && *claims) => {
                // Nothing can be copied: said now, not after a question.
                self.message =
                    crate::reader::model::editing::sample_copy_refusal(*article, *claims);
                false
            }
            Some(Target::Sample | Target::SampleCopyHere { .. }) => {
                let (article, claims) = crate::reader::model::editing::SAMPLE_COPY;
                // The question says what `y` does: copy the sample, or open the copy an
                // earlier session left here.
                let (text, short) = match self.editing.target {
                    Some(Target::Sample) => (
                        "The bundled sample is read-only. Copy its article and claims file into this directory and edit the copy?",
                        "Copy the sample here to edit it?",
                    ),
                    _ => (
                        "The bundled sample is read-only. An earlier session's copy is in this directory: open that copy, as it was left, and edit it?",
                        "Open the copy here to edit it?",
                    ),
                };
                self.after_copy = Some(then.clone());
                self.overlay = Overlay::Question(Question {
                    text: text.into(),
                    short: short.into(),
                    detail: vec![article.into(), claims.into()],
                    on_yes: OnYes::CopySample,
                });
                false
            }
            Some(Target::UnsavedPage { .. }) => {
                self.ask_where_to_save(crate::reader::model::save_as::Then::Edit);
                false
            }
            Some(target) => match target.refusal() {
                Some(why) => {
                    self.message = Some(why);
                    false
                }
                None => true,
            },
        }
    }

    /// The selected entry: a claim's reading index, and the response selected in it.
    pub(crate) fn selected_entry(&self) -> Option<(usize, Option<usize>)> {
        let claim = self.selected?;
        let responses = self.doc.claims.get(claim)?.responses.len();
        Some((claim, self.selected_response.filter(|&r| r < responses)))
    }

    /// Says that an editing key needs a selected entry, and how to select one.
    pub(super) fn nothing_selected(&mut self, what: &str) {
        self.message = Some(format!(
            "{what}: no claim is selected (n and p step through claims; Tab, then j, selects a response)"
        ));
    }

    /// Makes `edit` to the document and records it for undo; the journal and the file
    /// follow through [`Effect::Edited`].
    pub(crate) fn make_edit(&mut self, edit: Edit) -> Vec<Effect> {
        match self.doc.apply_edit(&edit) {
            Ok((inverse, applied)) => {
                self.after_change(&applied);
                self.show_page_offer();
                let changes = edit.changes.clone();
                let undoing = inverse.changes.clone();
                self.message = Some(self.edit_message(&edit.what));
                self.editing.history.record(edit, inverse);
                self.editing.saving = Saving::Unsaved;
                vec![Effect::Edited {
                    changes,
                    inverse: undoing,
                    undo: false,
                }]
            }
            Err(misfit) => {
                self.message = Some(format!("could not make the change: {misfit}"));
                Vec::new()
            }
        }
    }

    /// The message after an edit: what it did, and how to undo it.
    fn edit_message(&self, what: &str) -> String {
        let undo = self.config.keys.0.key_or_name(&Action::Undo);
        format!("{what} ({undo} undoes)")
    }

    /// Undoes the newest edit still in force.
    fn undo(&mut self) -> Vec<Effect> {
        let Some(edit) = self.editing.history.undo() else {
            use crate::reader::model::history::Beginning;
            self.message = Some(match self.editing.history.begins() {
                Beginning::Opened => "nothing to undo: the claims file is as it was opened",
                Beginning::ReadAgain => "nothing to undo: none of your edits is in force (the claims file keeps what another writer changed)",
                Beginning::Cut => "nothing more to undo: another writer changed or removed what your earlier edits made, so they stay as the claims file has them",
            }.into());
            return Vec::new();
        };
        // An edit made before the file was read again is undone in the file as new
        // changes: the writer began again from the file read and has no record of it.
        let moved = self.editing.history.last_moved(false);
        self.step_history(edit, true, moved)
    }

    /// Makes the newest undone edit again.
    fn redo(&mut self) -> Vec<Effect> {
        let Some(edit) = self.editing.history.redo() else {
            self.message = Some("nothing to redo".into());
            return Vec::new();
        };
        self.step_history(edit, false, false)
    }

    /// Applies the edit that [`History::undo`] (`undo`) or [`History::redo`] gave;
    /// `as_new`: the file's writer makes it as new changes, not as its own undo.
    ///
    /// [`History::undo`]: crate::reader::model::history::History::undo
    /// [`History::redo`]: crate::reader::model::history::History::redo
    fn step_history(&mut self, edit: Edit, undo: bool, as_new: bool) -> Vec<Effect> {
        match self.doc.apply_edit(&edit) {
            Ok((inverse, applied)) => {
                self.after_change(&applied);
                self.show_page_offer();
                let verb = if undo { "undid" } else { "redid" };
                let left = match self.editing.history.changes() {
                    0 if self.editing.history.begins()
                        == crate::reader::model::history::Beginning::Opened =>
                    {
                        "the file is as it was opened".to_string()
                    }
                    0 => "none of your edits that undo can reach is in force".to_string(),
                    1 => "1 change in force".to_string(),
                    n => format!("{n} changes in force"),
                };
                self.message = Some(format!("{verb}: {} · {left}", edit.what));
                self.editing.saving = match self.editing.policy {
                    SavePolicy::OnKey if self.editing.history.is_saved() => Saving::Saved,
                    _ => Saving::Unsaved,
                };
                vec![Effect::Edited {
                    changes: edit.changes,
                    inverse: inverse.changes,
                    undo: undo && !as_new,
                }]
            }
            Err(misfit) => {
                self.editing.history.restore(!undo);
                self.message = Some(format!("could not undo or redo: {misfit}"));
                Vec::new()
            }
        }
    }

    /// After the claims file changed (an edit, an undo, a redo): the page's own
    /// fact-checks shown are exactly those the file lacks, so an undone save of them
    /// shows them as the page's again and a redone one takes them away. When that
    /// changes the claims shown, the claim under the cursor is current again.
    fn show_page_offer(&mut self) {
        let row = self.cursor_row();
        if self.doc.show_page_offer() {
            self.selected = None;
            self.selected_response = None;
            self.follows_cursor = true;
            self.lay_out_new_text(row);
        }
    }

    /// After the document changed: the current claim is the one changed (else the one
    /// selected before, where it moved), and what depends on claims' indices is made
    /// again. A change of many claims at once (`D`'s drafts, or their undoing) points at
    /// none of them: the current claim is then the one at the reader's place, as if the
    /// cursor had just moved there.
    pub(crate) fn after_change(&mut self, applied: &[Applied]) {
        let mut claims = applied.iter().filter_map(|done| done.claim);
        let many = claims
            .next()
            .is_some_and(|first| claims.any(|c| c != first))
            || applied
                .iter()
                .any(|done| done.shift == crate::document::edit::Shift::Renumbered);
        let mut selected = self.selected;
        let mut response = self.selected_response;
        for done in applied {
            selected = selected.and_then(|s| done.shift.index_after(s));
            if done.claim.is_some() && !many {
                selected = done.claim;
                response = done.response;
            }
        }
        let count = self.doc.claims.len();
        // The selected claim was taken out: the one now in its place is reviewed next.
        let took_place = self.selected.is_some() && selected.is_none() && !many;
        if selected.is_none() && count > 0 {
            selected = Some(self.selected.unwrap_or(0).min(count - 1));
            response = None;
        }
        let selected = selected.filter(|&s| s < count);
        self.selected_response =
            response.filter(|&r| selected.is_some_and(|s| r < self.doc.claims[s].responses.len()));
        self.selected = selected;
        self.editing.review_from = selected
            .filter(|_| took_place)
            .map(|s| (s, self.selected_response));
        self.follows_cursor = false;
        if let Some(active) = self.filter.take() {
            self.filter = Some(crate::reader::model::filter::ActiveFilter::new(
                active.filter,
                &self.doc,
            ));
        }
        self.search.claim_hits =
            crate::reader::model::claim_search::claims_mentioning(&self.doc, &self.search.query);
        if many {
            self.follow_cursor();
        }
    }

    /// Asks before deleting the selected claim (with its responses) or response, naming
    /// what goes.
    fn ask_delete(&mut self) {
        let Some((claim, response)) = self.selected_entry() else {
            return self.nothing_selected("delete");
        };
        let c = &self.doc.claims[claim];
        let file = c.file_index;
        let (text, short, detail, edit) = match response {
            Some(r) => {
                let resp = &c.responses[r].entry;
                (
                    format!(
                        "Delete {} response to {}?",
                        crate::text::possessive(&resp.expert),
                        claim_name(claim, &c.entry.id)
                    ),
                    format!("Delete {} response?", crate::text::possessive(&resp.expert)),
                    vec![format!(
                        "{} {}: {}",
                        resp.stance.mark(),
                        resp.stance,
                        shown(&resp.selector.exact)
                    )],
                    Edit::one(
                        Change::RemoveResponse { claim: file, at: r },
                        format!("deleted {} response", crate::text::possessive(&resp.expert)),
                    ),
                )
            }
            None => {
                let detail = claim_detail(c);
                let with = match c.responses.len() {
                    0 => String::new(),
                    1 => " and its response".into(),
                    n => format!(" and its {n} responses"),
                };
                let name = claim_name(claim, &c.entry.id);
                (
                    format!("Delete {name}{with}?"),
                    // The short question keeps what goes with the claim.
                    format!("Delete claim {}{with}?", claim + 1),
                    detail,
                    Edit::one(
                        Change::RemoveClaim { at: file },
                        format!("deleted {name}{with}"),
                    ),
                )
            }
        };
        self.overlay = Overlay::Question(Question {
            text,
            short,
            detail,
            on_yes: OnYes::Apply(edit),
        });
    }

    /// Gives the selected response the next stance, in one key.
    fn cycle_stance(&mut self) -> Vec<Effect> {
        let Some((claim, Some(r))) = self.selected_entry() else {
            self.message =
                Some("the stance is a response's: select one in the sidebar (Tab, then j)".into());
            return Vec::new();
        };
        let c = &self.doc.claims[claim];
        let mut entry = c.responses[r].entry.clone();
        entry.stance = next_stance(entry.stance);
        let what = format!(
            "{} response: {}",
            crate::text::possessive(&entry.expert),
            entry.stance
        );
        let change = Change::SetResponse {
            claim: c.file_index,
            at: r,
            entry,
        };
        self.make_edit(Edit::one(change, what))
    }

    /// The save key: writes the file when it has unsaved edits.
    fn save_now(&mut self) -> Vec<Effect> {
        match self.editing.saving {
            Saving::Saved => {
                self.message = Some(if self.editing.history.changes() == 0 {
                    "nothing to save".into()
                } else {
                    "saved already".into()
                });
                Vec::new()
            }
            Saving::Unsaved | Saving::Failed(_) => {
                self.message = Some("saving…".into());
                vec![Effect::Save]
            }
        }
    }

    /// Changes from outside the keys (a recovery from the journal, or unsaved edits
    /// applied again after the file changed on disk), made as one edit: those that still
    /// fit are made, and the message says how many did not, why the first did not, and
    /// where what they wrote was kept (`kept`, see [`Action::Recovered`]).
    ///
    /// [`Action::Recovered`]: crate::reader::action::Action::Recovered
    pub(crate) fn recovered(
        &mut self,
        changes: Vec<Change>,
        what: String,
        lost: Vec<String>,
        kept: Option<Result<String, String>>,
        save: bool,
    ) -> Vec<Effect> {
        let mut made = Vec::new();
        let mut applied = Vec::new();
        let mut misfits: Vec<String> = lost;
        for change in changes {
            match self.doc.apply(&change) {
                Ok(done) => {
                    applied.push(done);
                    made.push(change);
                }
                Err(misfit) => misfits.push(misfit.0),
            }
        }
        let mut message = match made.len() {
            1 => format!("{what}: 1 change made"),
            n => format!("{what}: {n} changes made"),
        };
        if let Some(first) = misfits.first() {
            message.push_str(&format!("; {} could not be ({first})", misfits.len()));
        }
        match &kept {
            Some(Ok(at)) => message.push_str(&format!("; what they wrote is kept in {at}")),
            Some(Err(why)) => {
                message.push_str(&format!("; what they wrote could not be kept ({why})"))
            }
            None => {}
        }
        if !misfits.is_empty() && self.editing.quit_when_saved {
            // What could not be made is said before the reader goes.
            self.editing.quit_when_saved = false;
            message.push_str(" (not quitting: read this first)");
        }
        self.message = Some(message);
        if made.is_empty() {
            if save {
                self.editing.quit_when_saved = false;
            }
            return Vec::new();
        }
        self.after_change(&applied);
        let inverse = Edit {
            changes: applied.iter().rev().map(|a| a.inverse.clone()).collect(),
            what: what.clone(),
        };
        let edit = Edit {
            changes: made.clone(),
            what,
        };
        let undoing = inverse.changes.clone();
        self.editing.history.record(edit, inverse);
        self.editing.saving = Saving::Unsaved;
        let mut effects = vec![Effect::Edited {
            changes: made,
            inverse: undoing,
            undo: false,
        }];
        if save {
            // The save asked for goes on, on the file as read again; its message keeps
            // what was done first.
            // Said in full when something could not be made; else in a few words, so
            // that the save's message fits the status bar.
            let full = self.message.take();
            self.editing.save_note = match misfits.is_empty() && kept.is_none() {
                true => Some("read again first: it had changed on disk".into()),
                false => full,
            };
            self.message = Some("saving…".into());
            effects.push(Effect::Save);
        }
        effects
    }

    /// Asks whether to recover what a session that ended without saving left journaled.
    pub(crate) fn offer_recovery(&mut self, changes: Vec<String>, moved: bool) {
        let (count, them) = match changes.len() {
            1 => ("1 change".to_string(), "it"),
            n => (format!("{n} changes"), "them"),
        };
        let since = if moved {
            " The claims file changed since: each is made where it still fits."
        } else {
            ""
        };
        self.overlay = Overlay::Question(Question {
            text: format!(
                "A session that ended without saving left {count} to the claims file.{since} Recover {them}?"
            ),
            short: format!("Recover {count}?"),
            detail: changes,
            on_yes: OnYes::Recover,
        });
    }
}

/// The stance after `stance` in the order the key cycles through.
pub(crate) fn next_stance(stance: Stance) -> Stance {
    match stance {
        Stance::Supports => Stance::Disputes,
        Stance::Disputes => Stance::Qualifies,
        Stance::Qualifies => Stance::Context,
        Stance::Context => Stance::Supports,
    }
}
