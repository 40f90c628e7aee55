//! The undo history of an editing session: the edits made, the ones undone that can be redone, where the file was saved, and its words for the status bar.

use crate::claims::ClaimEntry;
use crate::claims::change::{Change, Edit};
use crate::claims::rebase::move_each;

/// An edit as it was made, with the edit that undoes it.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    edit: Edit,
    inverse: Edit,
    /// Made before the claims file was read again ([`History::moved_onto`]): the file's
    /// writer, which began again from the file read, has no record of it, so its undo
    /// is written as new changes, not as the writer's own undo.
    moved: bool,
}

/// The edits made since the file was opened, newest last, and those undone since the
/// last new edit, next to redo last. Undo takes the newest edit back (the reader applies
/// the inverse it gives); redo makes the newest undone edit again; a new edit forgets
/// what was undone. The point the file was last saved at is remembered as a depth, so
/// undoing back to it shows the file as saved again.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
    /// How many edits were done when the file was last saved (0: as opened), or `None`
    /// when that point was lost (undone past, then a new edit made).
    saved: Option<usize>,
    /// Where the history begins: the file as opened, or as read again after another
    /// writer's change (see [`History::moved_onto`]).
    begins: Beginning,
}

/// Where an undo history begins, for the words said when it is all undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Beginning {
    /// The claims file as it was opened.
    #[default]
    Opened,
    /// The file read again, every earlier edit of the session kept in the history.
    ReadAgain,
    /// The file read again, where an earlier edit could not be kept (another writer
    /// changed or removed its entry): it and those before it stay as the file has them.
    Cut,
}

impl History {
    /// An empty history: the file as opened, which is saved.
    pub fn new() -> History {
        History {
            done: Vec::new(),
            undone: Vec::new(),
            saved: Some(0),
            begins: Beginning::Opened,
        }
    }

    /// Records an edit just made and `inverse`, the edit that undoes it (its changes in
    /// the order to apply them, as [`crate::document::Document::apply_edit`] gives it).
    /// The edits undone before it can no longer be redone.
    pub fn record(&mut self, edit: Edit, inverse: Edit) {
        self.undone.clear();
        if self.saved.is_some_and(|depth| depth > self.done.len()) {
            // The saved state was among the undone edits: no undo or redo leads back to it.
            self.saved = None;
        }
        self.done.push(Step {
            edit,
            inverse,
            moved: false,
        });
    }

    /// Takes back the newest edit: returns the edit to apply to undo it, or `None` when
    /// the file is as it was opened.
    pub fn undo(&mut self) -> Option<Edit> {
        let step = self.done.pop()?;
        let inverse = step.inverse.clone();
        self.undone.push(step);
        Some(inverse)
    }

    /// Makes the newest undone edit again: returns the edit to apply, or `None` when
    /// nothing was undone since the last edit.
    pub fn redo(&mut self) -> Option<Edit> {
        let step = self.undone.pop()?;
        let edit = step.edit.clone();
        self.done.push(step);
        Some(edit)
    }

    /// Puts back an edit that [`History::undo`] or [`History::redo`] gave but that could
    /// not be applied (it did not fit the file): the history is as before the call.
    /// `redone` says which of the two gave it.
    pub fn restore(&mut self, redone: bool) {
        if redone {
            if let Some(step) = self.done.pop() {
                self.undone.push(step);
            }
        } else if let Some(step) = self.undone.pop() {
            self.done.push(step);
        }
    }

    /// This history moved onto another version of the claims file, read again after
    /// another writer changed it (or `r`): the saved edits, newest first, each found on
    /// the new version by its claims' ids and its responses' experts and quotes
    /// ([`crate::claims::rebase::move_each`]), so that undo goes on taking back the
    /// reader's own edits there, under their own words. `old` and `old_rejected` are the
    /// document's entries and rejected quotes with every edit in force made; `new` and
    /// `new_rejected` the version read. The first edit whose undo no longer fits the new
    /// version ends the history there (it and those before it cannot be undone). Edits
    /// not saved are not kept here: they are made again on the new version as an edit
    /// of their own ([`crate::reader::action::Action::Recovered`]). The edits undone can
    /// be redone there the same way, oldest undo first, up to the first that no longer
    /// fits, when nothing was unsaved (else the edits made again come first and redo
    /// would not follow them: it is forgotten).
    /// A history whose unsaved edits are not its newest (undone past the save, then
    /// edited) cannot tell the saved version, and is left empty.
    pub fn moved_onto(
        &self,
        mut old: Vec<ClaimEntry>,
        mut old_rejected: Vec<String>,
        new: Vec<ClaimEntry>,
        new_rejected: Vec<String>,
    ) -> History {
        let cut = History {
            begins: Beginning::Cut,
            ..History::new()
        };
        let Some(saved) = self.saved.filter(|&depth| depth <= self.done.len()) else {
            return cut;
        };
        // Redo follows the file as read, with every edit in force: both versions as they
        // are now, before the undos are walked below.
        let undone = match saved == self.done.len() && !self.undone.is_empty() {
            true => moved_steps(
                self.undone
                    .iter()
                    .rev()
                    .map(|step| (&step.edit, &step.inverse)),
                old.clone(),
                old_rejected.clone(),
                new.clone(),
                new_rejected.clone(),
            )
            .0
            .into_iter()
            .rev()
            .collect(),
            false => Vec::new(),
        };
        // The unsaved edits taken back: `old` is then the file as last saved.
        for step in self.done[saved..].iter().rev() {
            for change in &step.inverse.changes {
                if change.apply_to(&mut old, &mut old_rejected).is_err() {
                    return cut;
                }
            }
        }
        // The undos, newest first: each moved as the change it makes, its edit the
        // change that undoes that.
        let (kept, whole) = moved_steps(
            self.done[..saved]
                .iter()
                .rev()
                .map(|step| (&step.inverse, &step.edit)),
            old,
            old_rejected,
            new,
            new_rejected,
        );
        let begins = match (self.begins, whole) {
            (Beginning::Cut, _) | (_, false) => Beginning::Cut,
            _ => Beginning::ReadAgain,
        };
        let done: Vec<Step> = kept
            .into_iter()
            .rev()
            .map(|step| Step {
                edit: step.inverse,
                inverse: step.edit,
                moved: true,
            })
            .collect();
        History {
            saved: Some(done.len()),
            done,
            undone,
            begins,
        }
    }

    /// How many edits are in force (made or redone, not undone).
    pub fn changes(&self) -> usize {
        self.done.len()
    }

    /// Whether the edit [`History::undo`] or [`History::redo`] gave last was made before
    /// the claims file was read again (see [`History::moved_onto`]): `redone` says which
    /// of the two gave it. Its undo is then written to the file as new changes.
    pub fn last_moved(&self, redone: bool) -> bool {
        let step = match redone {
            true => self.done.last(),
            false => self.undone.last(),
        };
        step.is_some_and(|s| s.moved)
    }

    /// The words of the edit [`History::undo`] would take back.
    pub fn undo_what(&self) -> Option<&str> {
        self.done.last().map(|s| s.edit.what.as_str())
    }

    /// The words of the edit [`History::redo`] would make again.
    pub fn redo_what(&self) -> Option<&str> {
        self.undone.last().map(|s| s.edit.what.as_str())
    }

    /// Where this history begins: the words for when every edit in it is undone.
    pub fn begins(&self) -> Beginning {
        self.begins
    }

    /// Whether the file is as it was opened (every edit undone, or none made).
    pub fn at_start(&self) -> bool {
        self.done.is_empty()
    }

    /// Marks the file as saved as it is now.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.done.len());
    }

    /// Whether the file on disk is what the edits in force make (nothing unsaved).
    pub fn is_saved(&self) -> bool {
        self.saved == Some(self.done.len())
    }

    /// The changes to the file the edits in force make, in order (for a journal or a
    /// reload that re-applies them).
    pub fn changes_in_force(&self) -> impl Iterator<Item = &Change> {
        self.done.iter().flat_map(|s| &s.edit.changes)
    }

    /// For the status bar: "3 changes; undo: deleted Clarke's response", "no changes;
    /// redo: new claim c10", or `None` with nothing to undo or redo.
    pub fn status(&self) -> Option<String> {
        let count = match self.done.len() {
            0 => "no changes".to_string(),
            1 => "1 change".to_string(),
            n => format!("{n} changes"),
        };
        match (self.undo_what(), self.redo_what()) {
            (None, None) => None,
            (Some(what), _) => Some(format!("{count}; undo: {what}")),
            (None, Some(what)) => Some(format!("{count}; redo: {what}")),
        }
    }
}

/// Edits made one after another on `old` (the entries and rejected quotes they were made
/// on) moved onto `new` by [`move_each`], each given with the edit that undoes it; the two
/// versions walk on together. Returns the moved steps in the same order, each with the
/// change that undoes it on `new` as its inverse and marked moved, and whether every edit
/// was moved: the first that does not fit `new` ends the walk.
fn moved_steps<'a>(
    edits: impl Iterator<Item = (&'a Edit, &'a Edit)>,
    mut old: Vec<ClaimEntry>,
    mut old_rejected: Vec<String>,
    mut new: Vec<ClaimEntry>,
    mut new_rejected: Vec<String>,
) -> (Vec<Step>, bool) {
    let mut steps = Vec::new();
    for (edit, inverse) in edits {
        let Ok(moved) = move_each(
            &edit.changes,
            &mut old,
            &mut old_rejected,
            &mut new,
            &mut new_rejected,
        ) else {
            return (steps, false);
        };
        let (made, undo): (Vec<Change>, Vec<Change>) = moved.into_iter().unzip();
        steps.push(Step {
            edit: Edit {
                changes: made,
                what: edit.what.clone(),
            },
            inverse: Edit {
                changes: undo.into_iter().rev().collect(),
                what: inverse.what.clone(),
            },
            moved: true,
        });
    }
    (steps, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(what: &str) -> Edit {
        Edit::one(
            Change::AddRejected {
                quote: what.to_string(),
            },
            what,
        )
    }

    fn inverse(what: &str) -> Edit {
        Edit::one(
            Change::RemoveRejected {
                quote: what.to_string(),
            },
            what,
        )
    }

    fn with(whats: &[&str]) -> History {
        let mut history = History::new();
        for what in whats {
            history.record(edit(what), inverse(what));
        }
        history
    }

    #[test]
    fn undo_gives_inverses_newest_first_and_redo_the_edits_again() {
        let mut history = with(&["a", "b"]);
        assert_eq!(history.undo(), Some(inverse("b")));
        assert_eq!(history.undo(), Some(inverse("a")));
        assert_eq!(history.undo(), None);
        assert!(history.at_start());
        assert_eq!(history.redo(), Some(edit("a")));
        assert_eq!(history.redo(), Some(edit("b")));
        assert_eq!(history.redo(), None);
        assert_eq!(history.changes(), 2);
        assert!(!history.at_start());
    }

    #[test]
    fn a_new_edit_forgets_what_was_undone() {
        let mut history = with(&["a", "b"]);
        history.undo();
        history.record(edit("c"), inverse("c"));
        assert_eq!(history.redo(), None);
        assert_eq!(history.undo(), Some(inverse("c")));
        assert_eq!(history.undo(), Some(inverse("a")));
    }

    #[test]
    fn the_status_counts_changes_and_names_what_undo_and_redo_would_do() {
        let mut history = History::new();
        assert_eq!(history.status(), None);
        history.record(edit("new claim c10"), inverse("new claim c10"));
        assert_eq!(
            history.status().as_deref(),
            Some("1 change; undo: new claim c10")
        );
        history.record(
            edit("deleted Clarke's response"),
            inverse("deleted Clarke's response"),
        );
        history.record(edit("stance"), inverse("stance"));
        history.undo();
        history.record(
            edit("deleted Clarke's response"),
            inverse("deleted Clarke's response"),
        );
        assert_eq!(
            history.status().as_deref(),
            Some("3 changes; undo: deleted Clarke's response")
        );
        history.undo();
        history.undo();
        history.undo();
        assert_eq!(
            history.status().as_deref(),
            Some("no changes; redo: new claim c10")
        );
    }

    #[test]
    fn saved_follows_the_edits_back_to_where_the_file_was_saved() {
        let mut history = History::new();
        assert!(history.is_saved(), "as opened");
        history.record(edit("a"), inverse("a"));
        assert!(!history.is_saved());
        history.undo();
        assert!(history.is_saved(), "back where it was opened");
        history.redo();
        history.mark_saved();
        history.record(edit("b"), inverse("b"));
        assert!(!history.is_saved());
        history.undo();
        assert!(history.is_saved());
        history.undo();
        assert!(!history.is_saved(), "before the save");
        assert!(history.at_start());
        // A new edit from before the save: the saved state cannot be reached again.
        history.record(edit("c"), inverse("c"));
        history.undo();
        assert!(!history.is_saved());
        assert!(history.at_start());
    }

    #[test]
    fn an_edit_that_did_not_fit_goes_back_where_it_was() {
        let mut history = with(&["a", "b"]);
        history.undo();
        history.restore(false);
        assert_eq!(history.undo_what(), Some("b"));
        history.undo();
        history.redo();
        history.restore(true);
        assert_eq!(history.redo_what(), Some("b"));
        assert_eq!(
            history.changes_in_force().collect::<Vec<_>>(),
            [&Change::AddRejected { quote: "a".into() }]
        );
    }
}
