//! The glue for a fetched page: its own fact-checks (schema.org ClaimReview in the page, shown marked ◇ after the claims file's) saved into the claims file as one edit and not edited before; saving the page itself where the reader says, never over a file without a yes.

use crate::claims::change::Edit;
use crate::document::Document;
use crate::keys::prompt::{Edit as LineEdit, PromptKey};
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::Target;
use crate::reader::model::overlay::Overlay;
use crate::reader::model::question::{OnYes, Question};
use crate::reader::model::save_as::{SaveAs, Then, file_name};
use crate::reader::model::search::Prompt;
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
            let offered = self.doc.page_offer.len();
            self.message = Some(if offered > 0 {
                format!(
                    "the claims file already has the page's {}",
                    plural(offered, "fact-check")
                )
            } else if self.doc.article.meta.url.is_some() {
                "the page carries no fact-checks of its own to save (no ClaimReview in it, or all of them are in the claims file)".into()
            } else {
                "no fact-checks from the page to save: only a web page can carry them".into()
            });
            return Vec::new();
        }
        if !self.may_edit(&Action::SavePageClaims) {
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

impl State {
    /// The save-page key, and an edit on a page not saved: opens the prompt asking where
    /// to save the fetched page, offering the file it is kept in or a name from its
    /// address or title. An article not fetched from an address says so.
    pub(crate) fn ask_where_to_save(&mut self, then: Then) {
        if self.loading.is_some() {
            self.message = Some("still loading: save the page when it is read".into());
            return;
        }
        let offered = match (&self.page, &self.editing.target) {
            (Some(page), _) => page.offered().to_string(),
            (None, Some(Target::UnsavedPage { file, .. })) => file.clone(),
            (None, _) => {
                self.message = Some(format!(
                    "only a page opened from an address is saved this way: this article is {}",
                    self.doc.article.name
                ));
                return;
            }
        };
        self.message = None;
        self.overlay = Overlay::SaveAs(SaveAs::new(&offered, then));
    }

    /// A key typed into the save prompt: the line is edited as the search prompt's; Enter
    /// asks the loop to save the page as the name typed (never over a file without a
    /// yes), Esc closes the prompt and saves nothing.
    pub(crate) fn save_as_key(&mut self, key: PromptKey) -> Vec<Effect> {
        let Overlay::SaveAs(prompt) = &mut self.overlay else {
            return Vec::new();
        };
        prompt.problem = None;
        let Prompt { text, at } = &mut prompt.line;
        match key {
            PromptKey::Char(c) => crate::keys::prompt::insert(text, at, &c.to_string()),
            PromptKey::Text(pasted) => crate::keys::prompt::insert(text, at, &pasted),
            PromptKey::Backspace => {
                crate::keys::prompt::apply(text, at, LineEdit::Backspace);
            }
            PromptKey::Edit(edit) => {
                crate::keys::prompt::apply(text, at, edit);
            }
            PromptKey::Older | PromptKey::Newer => {}
            PromptKey::Cancel => {
                let then = prompt.then;
                self.overlay = Overlay::None;
                self.message = Some(match then {
                    Then::Keep => "the page was not saved".into(),
                    Then::Edit => "the page was not saved: its claims are kept in a file beside the saved page, so edits wait until it is saved".into(),
                });
            }
            PromptKey::Submit => match file_name(text) {
                Err(why) => prompt.problem = Some(why),
                Ok(file) => {
                    let then = prompt.then;
                    self.overlay = Overlay::None;
                    self.message = Some(format!("saving the page as {file}…"));
                    return vec![Effect::SavePage {
                        file,
                        replace: false,
                        then,
                    }];
                }
            },
        }
        Vec::new()
    }

    /// `r` on a fetched page: asks the loop to fetch it again off its thread (the status
    /// bar says how far it has come); a second `r` while it comes says so.
    pub(crate) fn fetch_again(&mut self) -> Vec<Effect> {
        if self.fetching.is_some() {
            self.message = Some("already fetching the page again (Esc cancels)".into());
            return Vec::new();
        }
        self.fetching = Some(crate::reader::model::save_as::Fetching::default());
        self.message = None;
        vec![Effect::Refetch]
    }

    /// Esc or Ctrl-c while the page is fetched again: the fetch is dropped, the text stays.
    pub(crate) fn cancel_fetch(&mut self) -> Vec<Effect> {
        self.fetching = None;
        self.message = Some("stopped fetching: the text shown stays".into());
        vec![Effect::CancelFetch]
    }

    /// The fetch of the page again is over: said when it failed (the text shown stays);
    /// when it came, the [`Action::Reloaded`] that follows says so.
    pub(crate) fn fetched(&mut self, error: Option<String>) {
        if self.fetching.take().is_none() {
            return;
        }
        if let Some(why) = error {
            self.message = Some(format!("not fetched again ({why}): the text shown stays"));
        }
    }

    /// The file the page was to be saved as is there: asks whether to replace it.
    pub(crate) fn ask_to_replace(&mut self, file: String, then: Then) {
        let claims = crate::document::source::claims_path_for(std::path::Path::new(&file));
        self.overlay = Overlay::Question(Question {
            text: format!("{file} is already there. Replace it with the page?"),
            short: format!("Replace {file}?"),
            detail: vec![
                file.clone(),
                format!(
                    "its claims file {} stays as it is, if there is one",
                    claims.display()
                ),
            ],
            on_yes: OnYes::SavePage { file, then },
        });
    }

    /// The page is saved as `file` and read again from it: its claims file is the one
    /// beside it, its address stays its name.
    pub(crate) fn page_saved(&mut self, doc: Document, target: Target, file: String, then: Then) {
        self.replace_with_copy(doc);
        self.editing.target = Some(target);
        let claims = crate::document::source::claims_path_for(std::path::Path::new(&file));
        let url = match &mut self.page {
            Some(page) => {
                page.file = Some(file.clone());
                page.url.clone()
            }
            None => self.doc.article.name.clone(),
        };
        self.message = Some(match then {
            Then::Keep => format!(
                "saved the page as {file}, its claims file {} beside it; it is still read as {url}",
                claims.display()
            ),
            Then::Edit => format!(
                "press the key again to edit: the page is saved as {file}, its claims go beside it"
            ),
        });
    }
}
