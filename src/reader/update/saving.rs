//! Whether what the reader shows is on disk: the writer's answers (saved, failed, the claims file unreadable) and the question asked on quitting with edits not written.

use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::model::editing::{SavePolicy, Saving, Target};
use crate::reader::model::overlay::Overlay;
use crate::reader::model::question::{OnYes, Question};
use crate::reader::state::State;

/// What [`Saving::Failed`] holds while the claims file on disk does not read.
pub(crate) const UNREADABLE: &str = "the claims file on disk cannot be read";

impl State {
    /// On quit: when edits are not saved (saving on a key, or a write that failed), asks
    /// first and returns `true`; else `false`, and the reader may quit.
    pub(crate) fn unsaved_on_quit(&mut self) -> bool {
        let waiting = match &self.editing.saving {
            Saving::Saved => false,
            Saving::Unsaved => self.editing.policy == SavePolicy::OnKey,
            Saving::Failed(_) => true,
        };
        if !waiting || !matches!(self.overlay, Overlay::None) {
            return false;
        }
        let save = self.config.keys.0.key_or_name(&Action::Save);
        self.overlay = Overlay::Question(Question {
            text: format!(
                "Quit without saving? ({save} saves and quits; your edits are not written to the claims file)"
            ),
            short: "Quit without saving?".into(),
            detail: Vec::new(),
            on_yes: OnYes::QuitUnsaved,
        });
        true
    }

    /// The result of a write of the claims file: [`Effect::Quit`] when the quit question's
    /// save key was waiting for it.
    pub(crate) fn saved(&mut self, error: Option<String>) -> Vec<Effect> {
        let note = self.editing.save_note.take();
        let quit = std::mem::take(&mut self.editing.quit_when_saved);
        match error {
            None => {
                self.editing.history.mark_saved();
                self.editing.saving = Saving::Saved;
                // The file is there now, with claims in it.
                self.doc.warnings.retain(|w| {
                    !matches!(
                        w,
                        crate::warning::Warning::NoClaimsFile { .. }
                            | crate::warning::Warning::NewClaimsFile { .. }
                            | crate::warning::Warning::NoClaims { .. }
                    )
                });
                if let Some(Target::File { exists, name }) = &mut self.editing.target {
                    *exists = true;
                    // A save asked for with the key is answered; one made at once after
                    // each edit leaves the edit's own message.
                    if self.editing.policy == SavePolicy::OnKey {
                        self.message = Some(match note {
                            Some(note) => format!("saved {name}; {note}"),
                            None => format!("saved {name}"),
                        });
                    }
                }
                if quit {
                    return vec![Effect::Quit];
                }
            }
            Some(error) => {
                self.message = Some(format!(
                    "could not save: {error} (your edits are journaled; they come back when you open the article again)"
                ));
                self.editing.saving = Saving::Failed(error);
            }
        }
        Vec::new()
    }

    /// The claims file on disk does not read (`error`: why, with its line and column):
    /// the edits stay as shown, journaled and not saved, and quitting asks first. The
    /// first time (and at every reload or save key) says it in full, with what to do; a
    /// later edit made meanwhile (`after_edit`) keeps its own message, with a few words
    /// saying it is not saved.
    pub(crate) fn claims_unreadable(&mut self, error: String, after_edit: bool) {
        self.editing.save_note = None;
        let quitting = std::mem::take(&mut self.editing.quit_when_saved);
        let already = std::mem::replace(&mut self.editing.unreadable, true);
        self.editing.saving = Saving::Failed(UNREADABLE.into());
        // The status bar's standing notice says the edits are not saved (not "changed on
        // disk": the reload key was the answer); the file's next change is noticed anew.
        self.stale = false;
        let reload = self.config.keys.0.key_or_name(&Action::Reload);
        let save = self.config.keys.0.key_or_name(&Action::Save);
        let mut message = match (already, self.message.take()) {
            (true, Some(own)) if after_edit && !quitting => {
                format!("{own} (not saved: the claims file on disk cannot be read)")
            }
            _ => format!(
                "{UNREADABLE} ({error}): your edits are kept, not saved; fix the file, then {reload} or {save} reads it again and makes them again"
            ),
        };
        if quitting {
            message.push_str(" (not quitting)");
        }
        self.message = Some(message);
    }
}
