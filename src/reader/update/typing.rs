//! The glue that keeps forms' typing across sessions: the state's forms as [`TypedForm`]s to write, and the typing an earlier session kept placed back (the form that was open opened again).

use crate::reader::model::form::{Form, Purpose};
use crate::reader::model::overlay::Overlay;
use crate::reader::model::typing::TypedForm;
use crate::reader::state::State;

impl State {
    /// The typing worth keeping now, for the loop to write after each change: the open
    /// form (or the one waiting while its quote is chosen again) when something was
    /// typed in it, then the forms closed with typing in them. Empty when there is none.
    /// Costs a look at each form: nothing grows with the document.
    pub fn typing(&self) -> Vec<TypedForm> {
        let body = &self.doc.article.body;
        let open = match &self.overlay {
            Overlay::Form(form) => Some(form.as_ref()),
            _ => self.editing.parked.as_deref(),
        };
        (open.filter(|form| form.is_dirty()))
            .map(|form| TypedForm::of(form, self.claim_id(&form.purpose), body, true))
            .into_iter()
            .chain(
                (self.editing.kept.iter())
                    .map(|form| TypedForm::of(form, self.claim_id(&form.purpose), body, false)),
            )
            .collect()
    }

    /// Whether the question about recovering a crashed session's edits is open: the
    /// typing that session kept is placed once it is answered (on the file as recovered,
    /// so a form on a claim the recovery makes is placed too, and the open one reopens).
    pub fn asks_recovery(&self) -> bool {
        matches!(&self.overlay, Overlay::Question(q)
            if q.on_yes == crate::reader::model::question::OnYes::Recover)
    }

    /// The id of the claim `purpose` answers or edits (`None` for a new claim).
    fn claim_id(&self, purpose: &Purpose) -> Option<String> {
        let file = match purpose {
            Purpose::NewClaim => return None,
            Purpose::NewResponse { claim }
            | Purpose::EditClaim { claim }
            | Purpose::EditResponse { claim, .. } => *claim,
        };
        let reading = self.doc.reading_index(file)?;
        Some(self.doc.claims[reading].entry.id.to_string())
    }

    /// `typed` as a form of this document: its purpose with the claim its id names now,
    /// its quote where its words are now; `None` when the claim (or the response) is gone
    /// or the words are not in the article once.
    pub fn place_typed(&self, typed: &TypedForm) -> Option<Form> {
        let claim = match &typed.claim {
            None => None,
            Some(id) => Some(
                (self.doc.claims.iter())
                    .find(|claim| !claim.from_page && *claim.entry.id == **id)?
                    .file_index,
            ),
        };
        let purpose = typed.purpose(claim)?;
        if let Purpose::EditResponse { claim, response } = purpose {
            let reading = self.doc.reading_index(claim)?;
            self.doc.claims[reading].responses.get(response)?;
        }
        let range = typed.place_in(&self.doc.article.body)?;
        let selector = self.doc.selector_for(range.clone());
        Some(
            Form::new(purpose, range, selector, &typed.values(), None).kept(
                typed.initial.clone(),
                typed.focus,
                typed.requoted,
            ),
        )
    }

    /// Places the typing an earlier session kept ([`State::place_typed`] each): the forms
    /// closed with typing come back when opened on the same words, and the form that was
    /// open opens again at its words (unless something else is open: then it waits with
    /// the others; the loop places nothing while the question about recovering edits is
    /// open, see [`State::asks_recovery`]). `set_aside` names the file
    /// the forms that could not be placed were written to (the loop wrote them there),
    /// and the message says what came back and what did not.
    pub(crate) fn resume_typing(
        &mut self,
        forms: Vec<TypedForm>,
        unplaced: Vec<TypedForm>,
        set_aside: Option<String>,
    ) {
        let mut open = None;
        let mut waiting = 0;
        for typed in &forms {
            let Some(form) = self.place_typed(typed) else {
                continue;
            };
            if typed.open && open.is_none() {
                open = Some((form.purpose.clone(), form.quote.clone()));
                // Beside any kept form of its purpose: taken back out as it opens.
                self.editing.kept.push(form);
            } else {
                self.editing.keep(form);
                waiting += 1;
            }
        }
        let reopened = match open {
            Some((purpose, quote)) if matches!(self.overlay, Overlay::None) => {
                self.reopen(&purpose, quote)
            }
            Some(_) => {
                waiting += 1;
                false
            }
            None => false,
        };
        let mut said = Vec::new();
        if reopened {
            said.push("the form you were typing in when the reader closed is open again".into());
        }
        if waiting > 0 {
            said.push(format!(
                "{} kept from last time: {} back when opened on the same words",
                if waiting == 1 {
                    "a form's typing is".to_string()
                } else {
                    format!("{waiting} forms' typing are")
                },
                if waiting == 1 {
                    "it comes"
                } else {
                    "each comes"
                }
            ));
        }
        for typed in &unplaced {
            said.push(format!(
                "could not bring back {}: its claim or its words are no longer in the article{}",
                typed.describe(),
                set_aside
                    .as_ref()
                    .map(|path| format!(" (kept in {path})"))
                    .unwrap_or_default()
            ));
        }
        if !said.is_empty() {
            self.message = Some(said.join("; "));
        }
    }

    /// Opens the form for `purpose` on `quote` again, as its key would (the kept typing
    /// comes back with it); `false` when it could not be opened.
    fn reopen(&mut self, purpose: &Purpose, quote: std::ops::Range<usize>) -> bool {
        match *purpose {
            Purpose::NewClaim | Purpose::NewResponse { .. } => {
                if let Purpose::NewResponse { claim } = *purpose {
                    let Some(reading) = self.doc.reading_index(claim) else {
                        return false;
                    };
                    self.selected = Some(reading);
                    self.selected_response = None;
                    self.follows_cursor = false;
                }
                self.view.cursor = quote.start;
                self.reveal_cursor();
                self.open_new_form(quote, matches!(purpose, Purpose::NewResponse { .. }));
            }
            Purpose::EditClaim { claim } | Purpose::EditResponse { claim, .. } => {
                let Some(reading) = self.doc.reading_index(claim) else {
                    return false;
                };
                let response = match *purpose {
                    Purpose::EditResponse { response, .. } => Some(response),
                    _ => None,
                };
                self.select_claim(reading, response);
                self.open_edit_form();
            }
        }
        matches!(&self.overlay, Overlay::Form(form) if form.purpose == *purpose)
    }
}
