//! Keeping forms' typing on disk from the interactive loop: read back when the claims file is opened, written after every batch of keys that changed it, and set aside when it can no longer be placed in the article.

use std::path::{Path, PathBuf};

use crate::document::source::Sources;
use crate::reader::action::Action;
use crate::reader::model::typing::{self, TypedForm, Typing};
use crate::reader::state::State;

/// The typing file of the claims file being read, and what was last written to it.
#[derive(Default)]
pub struct KeptTyping {
    /// This reader's journal (its slot): the typing is kept beside it, one file a reader
    /// (`None`: no journal, and the claims file's one typing file is used).
    journal: Option<PathBuf>,
    /// What is on disk now (as the state last gave it).
    last: Vec<TypedForm>,
    /// Whether a failed write was said (it is said once a session).
    failure_said: bool,
    /// Whether an unreadable typing file could not be set aside: it is then never
    /// written over, and this session's typing is not kept.
    left_unreadable: bool,
}

impl KeptTyping {
    /// The typing of the reader whose journal is kept at `journal` (see
    /// [`crate::terminal::store::Store::journal_path`]).
    pub fn new(journal: Option<&Path>) -> KeptTyping {
        KeptTyping {
            journal: journal.map(Path::to_path_buf),
            ..KeptTyping::default()
        }
    }

    /// The action that places what an earlier session kept for `sources`' claims file in
    /// `state` (`None` when nothing was kept): this reader's slot's typing, and that of
    /// other slots whose readers are gone (taken over, and their files removed once this
    /// slot's holds them); never the typing of a reader still open on the same file.
    /// Forms that can no longer be placed are appended to `<typing file>.unplaced.json`,
    /// and the typing file is left holding the others.
    pub fn resume(&mut self, sources: &Sources, state: &State) -> Option<Action> {
        let path = path_for(sources, self.journal.as_deref())?;
        let mut kept = match typing::read(&path) {
            Ok(kept) => kept,
            Err(why) => return Some(Action::Notify(self.set_aside_unreadable(&path, &why))),
        };
        // Held until the typing taken over is written here and its files removed.
        let mut taken = Vec::new();
        let mut clashes = Vec::new();
        for other in typing::other_slots(&path) {
            let Some(stem) = other.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let Some(lock) = crate::claims::journal::lock_gone_slot(stem) else {
                continue;
            };
            // What cannot be read stays where it is, for its own slot's reader to set aside.
            if let Ok(left) = typing::read(&other) {
                for form in left.forms {
                    // One form a purpose is kept: another reader's form for a purpose
                    // this slot's typing has already is set aside below, never dropped.
                    let taken = (kept.forms.iter()).any(|f| {
                        f.purpose == form.purpose
                            && f.claim == form.claim
                            && f.response == form.response
                    });
                    match taken {
                        true => clashes.push(form),
                        false => kept.forms.push(form),
                    }
                }
                if kept.claims.is_empty() {
                    kept.claims = left.claims;
                }
                taken.push((other, lock));
            }
        }
        if kept.forms.is_empty() {
            for (other, _lock) in taken {
                let _ = std::fs::remove_file(other);
            }
            return None;
        }
        let (forms, mut unplaced): (Vec<_>, Vec<_>) =
            (kept.forms.into_iter()).partition(|typed| state.place_typed(typed).is_some());
        unplaced.extend(clashes);
        let set_aside = (!unplaced.is_empty())
            .then(|| set_aside(&path, &kept.claims, &unplaced))
            .flatten();
        let typing = Typing {
            claims: kept.claims,
            forms: forms.clone(),
        };
        if typing::write(&path, &typing).is_ok() {
            self.last = forms.clone();
            // The forms taken over are this slot's now (or set aside above).
            for (other, _lock) in taken {
                let _ = std::fs::remove_file(other);
            }
        }
        Some(Action::ResumeTyping {
            forms,
            unplaced,
            set_aside,
        })
    }

    /// Sets the typing file at `path`, which could not be read (`why`), aside as the
    /// journal's is (`<hash>.unreadable`, then `<hash>.2.unreadable`, …: one set aside
    /// before is never written over), and says so and where.
    fn set_aside_unreadable(&mut self, path: &Path, why: &str) -> String {
        match crate::terminal::store::set_aside_as(path, "unreadable") {
            Ok(aside) => format!(
                "what you typed in forms last time could not be read ({why}): it was set aside as {} and not reopened",
                aside.display()
            ),
            Err(e) => {
                self.left_unreadable = true;
                format!(
                    "what you typed in forms last time could not be read ({why}) nor set aside ({e}): it is left at {}, and typing in forms is not kept this session",
                    path.display()
                )
            }
        }
    }

    /// Writes `state`'s typing for `sources`' claims file when it changed since the last
    /// write (a look at the open and kept forms; no I/O when nothing changed). Returns the
    /// message to show when a write fails, once a session.
    pub fn keep(&mut self, sources: &Sources, state: &State) -> Option<Action> {
        let now = state.typing();
        if now == self.last || self.left_unreadable {
            return None;
        }
        let path = path_for(sources, self.journal.as_deref())?;
        let typing = typing_of(sources, now);
        match typing::write(&path, &typing) {
            Ok(()) => {
                self.last = typing.forms;
                None
            }
            Err(e) if !self.failure_said => {
                self.failure_said = true;
                Some(Action::Notify(format!(
                    "could not keep what you type in forms in {} ({e}): closing the terminal now would lose it",
                    path.display()
                )))
            }
            Err(_) => None,
        }
    }
}

/// Writes `state`'s typing for `sources`' claims file now, whatever was written before
/// (the file removed when there is nothing to keep): as the reader ends. `journal`: this
/// reader's journal, beside which its typing is kept (see [`KeptTyping::new`]).
///
/// # Errors
/// The I/O error of [`typing::write`].
pub fn keep_now(sources: &Sources, state: &State, journal: Option<&Path>) -> std::io::Result<()> {
    let Some(path) = path_for(sources, journal) else {
        return Ok(());
    };
    typing::write(&path, &typing_of(sources, state.typing()))
}

/// `forms` as the typing file of `sources`' claims file holds them.
fn typing_of(sources: &Sources, forms: Vec<TypedForm>) -> Typing {
    Typing {
        claims: (sources.claims_path())
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        forms,
    }
}

/// The typing file for `sources`' claims file (`None`: no claims file, or no state
/// directory): this reader's slot's, beside its `journal`, else the claims file's one.
fn path_for(sources: &Sources, journal: Option<&Path>) -> Option<PathBuf> {
    let claims = sources.claims_path()?;
    match journal {
        Some(journal) => typing::slot_typing_path(journal),
        None => typing::typing_path(&claims),
    }
}

/// Appends `unplaced` to the file beside `path` that keeps forms no longer placed, and
/// returns its name (`None` when it could not be written: they stay in the typing file).
fn set_aside(path: &Path, claims: &str, unplaced: &[TypedForm]) -> Option<String> {
    let aside = path.with_extension("unplaced.json");
    // An unplaced file that cannot be read is set aside, never written over.
    let mut earlier = match typing::read(&aside) {
        Ok(earlier) => earlier,
        Err(_) => {
            crate::terminal::store::set_aside_as(&aside, "unreadable").ok()?;
            Typing::default()
        }
    };
    earlier.claims = claims.to_string();
    earlier.forms.extend(unplaced.iter().cloned());
    typing::write(&aside, &earlier).ok()?;
    Some(aside.display().to_string())
}
