//! The glue of the forms and questions: opening a form for a new or an existing entry (with what the article knows), its keys, the entry it saves as an edit, moving a response, and answering a question.

use std::ops::Range;

use crate::claims::change::{Change, Edit};
use crate::keys::prompt::{Edit as LineEdit, FormKey, PromptKey};
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::chooser::{Chooser, ChooserKind, choices};
use crate::reader::model::form::{Entry, Field, Form, FormOutcome, Purpose};
use crate::reader::model::known::Known;
use crate::reader::model::list::List;
use crate::reader::model::overlay::Overlay;
use crate::reader::model::question::OnYes;
use crate::reader::state::State;

impl State {
    /// Opens the form for a new claim (`response_to`: `None`) or a new response to the
    /// current claim, quoting `range` of the body, filled with the drafter's guess and
    /// any typing kept from an earlier form of the same purpose.
    pub(crate) fn open_new_form(&mut self, range: Range<usize>, response: bool) {
        let asking = if response {
            Action::NewResponse
        } else {
            Action::NewClaim
        };
        if !self.may_edit(&asking) {
            return;
        }
        let purpose = if response {
            let Some(claim) = self.selected else {
                self.message = Some(
                    "a response answers a claim: go to the claim first (n, p), then select its words"
                        .into(),
                );
                return;
            };
            if self.refuses_page_claim(claim) {
                return;
            }
            Purpose::NewResponse {
                claim: self.doc.claims[claim].file_index,
            }
        } else {
            Purpose::NewClaim
        };
        let selector = self.doc.selector_for(range.clone());
        let (known, guess) = Known::gather(&self.doc, range.clone());
        let mut values = Vec::new();
        let mut note = None;
        if let Some(guess) = &guess {
            let (who, affiliation) = if response {
                (Field::Expert, Field::Affiliation)
            } else {
                (Field::Claimant, Field::Role)
            };
            values.push((who, guess.speaker.clone()));
            if let Some(a) = &guess.affiliation {
                values.push((affiliation, a.clone()));
            }
            if response {
                values.push((Field::Stance, guess.stance.word().to_string()));
            }
            note = Some(format!(
                "the drafter's guess: {}{}",
                guess.speaker,
                if response {
                    format!(", {}", guess.stance)
                } else {
                    String::new()
                }
            ));
        }
        if let Some(already) = self.already_quoting(&range) {
            note = Some(match note {
                Some(guess) => format!("{already} · {guess}"),
                None => already,
            });
        }
        let mut form = Form::new(purpose.clone(), range.clone(), selector, &values, None);
        form.note = note;
        if let Some(kept) = self.editing.take_kept(&purpose, &range) {
            form.restore(&kept);
            form.note = Some(self.resumed_note());
        }
        self.editing.known = known;
        self.overlay = Overlay::Form(Box::new(form));
    }

    /// What already quotes exactly the words at `range`, as a new entry's form says it
    /// (`claim 3 (new-home-base) already quotes these words`), so that a second entry on
    /// them is made knowingly; `None` when nothing does. Costs a binary search in the
    /// document's spans.
    fn already_quoting(&self, range: &Range<usize>) -> Option<String> {
        let span = self
            .doc
            .spans_overlapping(range.clone())
            .find(|span| span.range == *range)?;
        let claim = self.doc.claims.get(span.claim)?;
        Some(match span.response {
            None => format!(
                "{} already quotes these words",
                super::edit::claim_name(span.claim, &claim.entry.id)
            ),
            Some(r) => format!(
                "{}'s response to claim {} already quotes these words",
                claim.responses.get(r)?.entry.expert,
                span.claim + 1
            ),
        })
    }

    /// Opens the form of the selected claim or response, every field filled in.
    pub(crate) fn open_edit_form(&mut self) {
        let Some((claim, response)) = self.selected_entry() else {
            self.message = Some("edit: no claim is selected (n and p step through claims)".into());
            return;
        };
        let c = &self.doc.claims[claim];
        let file = c.file_index;
        let (purpose, selector, place, values, base) = match response {
            Some(r) => {
                let resp = &c.responses[r];
                (
                    Purpose::EditResponse {
                        claim: file,
                        response: r,
                    },
                    resp.entry.selector.clone(),
                    resp.anchoring.range.clone(),
                    Form::response_values(&resp.entry),
                    Entry::Response(resp.entry.clone()),
                )
            }
            None => (
                Purpose::EditClaim { claim: file },
                c.entry.selector.clone(),
                c.anchoring.range.clone(),
                Form::claim_values(&c.entry),
                Entry::Claim(c.entry.clone()),
            ),
        };
        let range = place.clone().unwrap_or(0..0);
        let mut form = Form::new(
            purpose.clone(),
            range.clone(),
            selector,
            &values,
            Some(base),
        );
        if place.is_none() {
            let requote = self.config.keys.0.key_or_name_in(
                crate::keys::keymap::Mode::Form,
                &Action::Form(FormKey::Reselect),
            );
            form.note = Some(format!(
                "its quote is not in the text: {requote} chooses it again"
            ));
        }
        if let Some(kept) = self.editing.take_kept(&purpose, &range) {
            form.restore(&kept);
            form.note = Some(self.resumed_note());
        }
        self.editing.known = Known::gather(&self.doc, range).0;
        self.overlay = Overlay::Form(Box::new(form));
    }

    /// The form's note when it comes back with what was typed before it was closed.
    fn resumed_note(&self) -> String {
        let clear = self.config.keys.0.key_or_name_in(
            crate::keys::keymap::Mode::Form,
            &Action::Form(FormKey::Edit(LineEdit::KillToStart)),
        );
        format!("resumed: what you typed before closing it ({clear} clears a field)")
    }

    /// A key while a form is open.
    pub(crate) fn form_update(&mut self, action: Action) -> Vec<Effect> {
        let key = match action {
            Action::Form(key) => key,
            Action::Prompt(PromptKey::Edit(edit)) => FormKey::Edit(edit),
            Action::Prompt(PromptKey::Backspace) => FormKey::Edit(LineEdit::Backspace),
            Action::Prompt(PromptKey::Char(c)) => FormKey::Char(c),
            Action::Prompt(PromptKey::Text(text)) | Action::Paste(text) => FormKey::Text(text),
            _ => return Vec::new(),
        };
        let Overlay::Form(form) = &mut self.overlay else {
            return Vec::new();
        };
        match form.key(key, &self.editing.known) {
            FormOutcome::Open => Vec::new(),
            FormOutcome::Save(entry) => {
                let Overlay::Form(form) = std::mem::take(&mut self.overlay) else {
                    return Vec::new();
                };
                // An edit saved as it was changes nothing, and makes no step to undo
                // (a draft's form saved unchanged still accepts it).
                let unchanged = matches!(
                    (&form.purpose, entry.as_ref()),
                    (Purpose::EditClaim { .. }, Entry::Claim(c)) if self.unchanged_claim(&form, c)
                ) || matches!(
                    (&form.purpose, entry.as_ref()),
                    (Purpose::EditResponse { .. }, Entry::Response(r)) if self.unchanged_response(&form, r)
                );
                if unchanged {
                    self.message = Some("nothing changed".into());
                    return Vec::new();
                }
                match self.edit_for(&form.purpose, *entry) {
                    Some(edit) => self.make_edit(edit),
                    None => Vec::new(),
                }
            }
            FormOutcome::Close { kept } => {
                let Overlay::Form(form) = std::mem::take(&mut self.overlay) else {
                    return Vec::new();
                };
                if kept {
                    self.editing.keep(*form);
                    self.message = Some(
                        "form closed; what you typed comes back when you open it on the same words again".into(),
                    );
                }
                Vec::new()
            }
            FormOutcome::OtherClaim { forward } => {
                self.answer_other_claim(forward);
                Vec::new()
            }
            FormOutcome::Reselect => {
                let Overlay::Form(form) = std::mem::take(&mut self.overlay) else {
                    return Vec::new();
                };
                let at = form.quote.clone();
                self.editing.parked = Some(form);
                self.start_selection_for_requote(at);
                Vec::new()
            }
        }
    }

    /// The open new-response form answers the next claim in reading order (`forward`)
    /// or the one before, going round and past the page's own fact-checks (which take
    /// no responses); the sidebar selects it, so the reader sees what is answered.
    fn answer_other_claim(&mut self, forward: bool) {
        let Overlay::Form(form) = &self.overlay else {
            return;
        };
        let Purpose::NewResponse { claim } = form.purpose else {
            return;
        };
        let count = self.doc.claims.len();
        let Some(from) = self.doc.reading_index(claim) else {
            return;
        };
        let step = |i: usize| {
            if forward {
                (i + 1) % count
            } else {
                (i + count - 1) % count
            }
        };
        let mut next = step(from);
        while next != from && self.doc.claims[next].from_page {
            next = step(next);
        }
        if next == from {
            if let Overlay::Form(form) = &mut self.overlay {
                form.error = Some("there is no other claim to answer".into());
            }
            return;
        }
        let file_index = self.doc.claims[next].file_index;
        // Going round from the last claim to the first (or back) is said, so that a
        // response is not saved to a claim far from the one meant.
        let wrapped = if forward { next < from } else { next > from };
        let answering = (
            self.doc.claims[next].entry.claimant.as_str(),
            next + 1,
            count,
        );
        if let Overlay::Form(form) = &mut self.overlay {
            form.purpose = Purpose::NewResponse { claim: file_index };
            let (claimant, number, of) = answering;
            form.note = Some(match wrapped {
                true if forward => format!(
                    "went round to the first claim: answering {claimant}'s (claim {number} of {of})"
                ),
                true => format!(
                    "went round to the last claim: answering {claimant}'s (claim {number} of {of})"
                ),
                false => format!("answering {claimant}'s claim (claim {number} of {of})"),
            });
        }
        self.select_claim(next, None);
    }

    /// Whether `claim` from an edit form is the claim as the file has it.
    fn unchanged_claim(&self, form: &Form, claim: &crate::claims::ClaimEntry) -> bool {
        let Purpose::EditClaim { claim: at } = form.purpose else {
            return false;
        };
        self.doc
            .reading_index(at)
            .is_some_and(|i| self.doc.claims[i].entry == *claim)
    }

    /// Whether `response` from an edit form is the response as the file has it.
    fn unchanged_response(&self, form: &Form, response: &crate::claims::ResponseEntry) -> bool {
        let Purpose::EditResponse { claim, response: r } = form.purpose else {
            return false;
        };
        self.doc
            .reading_index(claim)
            .and_then(|i| self.doc.claims[i].responses.get(r))
            .is_some_and(|old| old.entry == *response)
    }

    /// The edit a saved form makes: a new claim at the end of the file, a new response
    /// after the claim's others, or the entry's fields set.
    fn edit_for(&self, purpose: &Purpose, entry: Entry) -> Option<Edit> {
        Some(match (purpose, entry) {
            (Purpose::NewClaim, Entry::Claim(mut claim)) => {
                // Only the ids that begin as this one would can be taken: the document's
                // tally keeps the ids in order (no pass over every claim on a keystroke).
                let base = crate::draft::id_for(&claim.summary, &Default::default());
                let taken: std::collections::HashSet<String> = (self.doc.tally())
                    .ids_starting_with(&base)
                    .map(str::to_string)
                    .collect();
                claim.id = crate::draft::id_for(&claim.summary, &taken).into();
                // Its number in the sidebar is known once it is placed: the status bar
                // says it then (`claim 4 of 5`); its id would be a second name for it.
                let what = format!("new claim by {}", claim.claimant);
                Edit::one(
                    Change::AddClaim {
                        at: self.doc.claims.len(),
                        entry: claim,
                    },
                    what,
                )
            }
            (Purpose::NewResponse { claim }, Entry::Response(response)) => {
                let at = self
                    .doc
                    .reading_index(*claim)
                    .map_or(0, |i| self.doc.claims[i].responses.len());
                let what = format!("new response by {} ({})", response.expert, response.stance);
                Edit::one(
                    Change::AddResponse {
                        claim: *claim,
                        at,
                        entry: response,
                    },
                    what,
                )
            }
            (Purpose::EditClaim { claim }, Entry::Claim(entry)) => {
                let what = match self.doc.reading_index(*claim) {
                    Some(i) => format!("edited {}", super::edit::claim_name(i, &entry.id)),
                    None => "edited the claim".to_string(),
                };
                Edit::one(Change::SetClaim { at: *claim, entry }, what)
            }
            (Purpose::EditResponse { claim, response }, Entry::Response(entry)) => {
                let what = format!("edited {} response", crate::text::possessive(&entry.expert));
                Edit::one(
                    Change::SetResponse {
                        claim: *claim,
                        at: *response,
                        entry,
                    },
                    what,
                )
            }
            // A form makes the entry of its own kind: nothing else comes.
            (_, _) => return None,
        })
    }

    /// A new quote chosen for the parked form: the form comes back with it.
    pub(crate) fn requote(&mut self, range: Range<usize>) {
        let Some(mut form) = self.editing.parked.take() else {
            return;
        };
        let selector = self.doc.selector_for(range.clone());
        form.requote(range, selector);
        form.note = Some("the quote is the new selection".into());
        self.overlay = Overlay::Form(form);
    }

    /// Opens the list of claims the selected response can move to.
    pub(crate) fn open_move_list(&mut self) {
        let Some((claim, Some(response))) = self.selected_entry() else {
            self.message =
                Some("move: select a response in the sidebar first (Tab, then j)".into());
            return;
        };
        if self.doc.claims.len() < 2 {
            self.message = Some("move: there is no other claim to move it to".into());
            return;
        }
        let kind = ChooserKind::MoveTo {
            claim: self.doc.claims[claim].file_index,
            response,
        };
        self.overlay = Overlay::Chooser(Chooser {
            kind,
            list: List::new(choices(&self.doc, kind), 0),
        });
    }

    /// Moves response `response` of claim `from` to the end of claim `to`'s (file places).
    pub(crate) fn move_response(&mut self, from: usize, response: usize, to: usize) -> Vec<Effect> {
        let (Some(from_index), Some(to_index)) =
            (self.doc.reading_index(from), self.doc.reading_index(to))
        else {
            return Vec::new();
        };
        let Some(entry) = self.doc.claims[from_index]
            .responses
            .get(response)
            .map(|r| r.entry.clone())
        else {
            return Vec::new();
        };
        let at = self.doc.claims[to_index].responses.len();
        let what = format!(
            "moved {} response to {}",
            crate::text::possessive(&entry.expert),
            super::edit::claim_name(to_index, &self.doc.claims[to_index].entry.id)
        );
        self.make_edit(Edit {
            changes: vec![
                Change::RemoveResponse {
                    claim: from,
                    at: response,
                },
                Change::AddResponse {
                    claim: to,
                    at,
                    entry,
                },
            ],
            what,
        })
    }

    /// A key while a question is open: yes does what it says, no (or Esc) closes it.
    pub(crate) fn question_update(&mut self, action: Action) -> Vec<Effect> {
        let answer = match action {
            Action::Confirm(answer) => answer,
            Action::ForceQuit => return vec![Effect::Quit],
            // The quit question says the save key saves: it does, and the reader quits
            // once the file is written (a failed write says why and stays).
            Action::Save => {
                let Overlay::Question(question) = &self.overlay else {
                    return Vec::new();
                };
                if question.on_yes == OnYes::QuitUnsaved {
                    self.overlay = Overlay::None;
                    let effects = self.edit_key(&Action::Save);
                    self.editing.quit_when_saved = effects.contains(&Effect::Save);
                    return effects;
                }
                return self.edit_key(&Action::Save);
            }
            _ => return Vec::new(),
        };
        let Overlay::Question(question) = std::mem::take(&mut self.overlay) else {
            return Vec::new();
        };
        if !(answer && question.on_yes == OnYes::CopySample) {
            // The key that asked for the copy waits only for a yes to the copy.
            self.after_copy = None;
        }
        match (answer, question.on_yes) {
            (true, OnYes::Apply(edit)) => self.make_edit(edit),
            (true, OnYes::QuitUnsaved) => vec![Effect::DiscardJournal, Effect::Quit],
            (true, OnYes::Recover) => vec![Effect::Recover],
            (false, OnYes::Recover) => {
                self.message = Some(
                    "the unsaved changes were set aside (kept beside the journal, not applied)"
                        .into(),
                );
                vec![Effect::DiscardJournal]
            }
            (true, OnYes::CopySample) => vec![Effect::CopySample],
            (true, OnYes::SavePage { file, then }) => vec![Effect::SavePage {
                file,
                replace: true,
                then,
            }],
            (false, _) => Vec::new(),
        }
    }
}
