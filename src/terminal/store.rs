//! Keeping the claims file in the interactive loop: where edits may be saved, the journal (appended and synced on the loop's thread before a change is shown), and the writer thread that holds the editable TOML file and writes it atomically, off the keystroke path.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crate::claims::change::Change;
use crate::claims::journal::{
    Fingerprint, Held, Journal, Leftover, hold_journal, is_unreadable, leftover_at,
};
use crate::config::SavePolicy;
use crate::document::source::Sources;
use crate::reader::model::editing::Target;

/// Where edits to the document opened from `sources` can be saved, or why not. A file
/// that exists must be writable and so must its folder (the write is a rename there); a
/// file not yet written needs a folder it can be made in.
pub fn target(sources: &Sources) -> Target {
    if sources.is_sample() {
        let (article, claims) = crate::reader::model::editing::SAMPLE_COPY;
        let (article, claims) = (Path::new(article).exists(), Path::new(claims).exists());
        return match article || claims {
            true => Target::SampleCopyHere { article, claims },
            false => Target::Sample,
        };
    }
    let Some(path) = sources.claims_path() else {
        if let Some(page) = &sources.page {
            let file =
                crate::fetch::file_name_for(&page.final_url, |name| Path::new(name).exists());
            let claims = crate::document::source::claims_path_for(Path::new(&file));
            return Target::UnsavedPage {
                file,
                claims: claims.display().to_string(),
            };
        }
        return Target::Nowhere {
            why: "the article came from standard input: start with --claims FILE to record claims"
                .into(),
        };
    };
    let name = path.display().to_string();
    let dir = crate::output::folder_of(&path).to_path_buf();
    let exists = path.exists();
    if exists && !crate::output::writable(&path) {
        return Target::ReadOnly {
            name,
            why: "the file is read-only".into(),
        };
    }
    if !crate::output::writable(&dir) {
        return Target::ReadOnly {
            name,
            why: format!(
                "its folder {} cannot be written",
                crate::output::folder_name(&dir)
            ),
        };
    }
    Target::File { name, exists }
}

/// The page the article was fetched from, the file it is kept in, and the name offered to
/// save it as (from its address, else its title; not taken in the current directory);
/// `None` when the article was not fetched.
pub fn page_file(
    sources: &Sources,
    title: Option<&str>,
) -> Option<crate::reader::model::save_as::PageFile> {
    let page = sources.page.as_ref()?;
    Some(crate::reader::model::save_as::PageFile {
        url: page.url.clone(),
        file: (sources.article.as_ref()).map(|path| path.display().to_string()),
        suggested: crate::fetch::file_name_for_page(&page.final_url, title, |name| {
            Path::new(name).exists()
        }),
    })
}

/// Renames the file at `path` to the first free name of `NAME.discarded`,
/// `NAME.2.discarded`, `NAME.3.discarded`, … (NAME: `path` without its extension), and
/// returns it. Never writes over a file: the new name is made as a hard link, which
/// fails if the name is taken, and then the old one is removed.
///
/// # Errors
/// The I/O error when the link cannot be made for a reason other than a taken name (a
/// file system without hard links, a folder that cannot be written), or the old name
/// cannot be removed; `path` is then left as it was.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    set_aside_as(path, "discarded")
}

/// [`set_aside`] under `NAME.why`, `NAME.2.why`, … (`why`: `discarded`, `unreadable`).
///
/// # Errors
/// Those of [`set_aside`].
pub fn set_aside_as(path: &Path, why: &str) -> std::io::Result<PathBuf> {
    for n in 1.. {
        let aside = match n {
            1 => path.with_extension(why),
            n => path.with_extension(format!("{n}.{why}")),
        };
        match std::fs::hard_link(path, &aside) {
            Ok(()) => {
                std::fs::remove_file(path)?;
                return Ok(aside);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    unreachable!("some name is free")
}

/// The claims file edits are saved to, if there is one.
fn claims_path(sources: &Sources) -> Option<PathBuf> {
    match target(sources) {
        Target::File { name, .. } | Target::ReadOnly { name, .. } => Some(PathBuf::from(name)),
        Target::Sample
        | Target::SampleCopyHere { .. }
        | Target::Nowhere { .. }
        | Target::UnsavedPage { .. } => None,
    }
}

mod writer;

use writer::{GONE, Job, stamp, start_writer};
pub use writer::{Report, Stamp};

/// The claims file's keeper: its journal, the changes not yet saved, and the writer.
pub struct Store {
    path: Option<PathBuf>,
    policy: SavePolicy,
    journal: Option<Journal>,
    /// The journal's path (`None`: no state directory, so no journal).
    journal_at: Option<PathBuf>,
    /// Changes journaled and not yet in a saved file, each with the job it went in and
    /// the changes that take them back.
    unsaved: VecDeque<(u64, Vec<Change>, Vec<Change>)>,
    next_job: u64,
    writer: Option<(Sender<Job>, Receiver<Report>, JoinHandle<()>)>,
    /// Where a journal that could not be read was set aside as this session began.
    unreadable: Option<PathBuf>,
    /// What an earlier session left unsaved in the journal, until recovered or declined.
    leftover: Option<Leftover>,
    /// Whether the claims file changed since the leftover changes were made to it.
    leftover_moved: bool,
    /// The bytes of the writer's newest write, set before the file is replaced, so a
    /// look at the file can tell the reader's own write from another writer's.
    written: Arc<Mutex<Option<Fingerprint>>>,
    /// The claims file as the document was read from it.
    read: Option<Stamp>,
    /// The fingerprint of the bytes the document's entries are (the file as read, taken
    /// while it was still so, or as last written): the base of a journal started after the
    /// file changed on disk (another writer, or a file left broken, not read again yet),
    /// whose changes are made to those entries, not to the file as it is now.
    read_print: Option<Fingerprint>,
    /// Where the quit question's `y` set the journal aside, to be said once the
    /// terminal is given back.
    discarded: Option<PathBuf>,
    /// The lock that keeps this reader's journal its own while it lives.
    _held: Option<Held>,
}

impl Store {
    /// The keeper of the claims file `sources` name (`None` for none), saving by `policy`.
    /// Finds what an earlier session left unsaved in its journal.
    pub fn new(sources: &Sources, policy: SavePolicy) -> Store {
        let path = claims_path(sources);
        // This reader's own journal, locked while it lives: another reader of the same
        // file keeps another, and neither is taken for a crash's leftovers.
        let held = path.as_deref().and_then(hold_journal);
        let journal_at = held.as_ref().map(|h| h.path.clone());
        let mut store = Store::with_journal(sources, policy, journal_at);
        store._held = held;
        store
    }

    /// [`Store::new`] with the journal at `journal_at` (`None`: no journal).
    pub fn with_journal(
        sources: &Sources,
        policy: SavePolicy,
        journal_at: Option<PathBuf>,
    ) -> Store {
        let path = claims_path(sources);
        let unreadable = (journal_at.as_deref())
            .filter(|at| is_unreadable(at))
            .and_then(|at| set_aside_as(at, "unreadable").ok());
        let leftover = match (&journal_at, &path) {
            (Some(at), Some(path)) => leftover_at(at, path),
            _ => None,
        };
        let leftover_moved = match (&leftover, &path) {
            (Some(left), Some(path)) => Fingerprint::of_file(path).ok().flatten() != left.base,
            _ => false,
        };
        Store {
            path,
            policy,
            journal: None,
            journal_at,
            unsaved: VecDeque::new(),
            next_job: 0,
            writer: None,
            leftover,
            leftover_moved,
            unreadable,
            written: Arc::default(),
            read: None,
            read_print: None,
            discarded: None,
            _held: None,
        }
        .stamped()
    }

    /// Notes the claims file as it is now: as the document was read from it.
    fn stamped(mut self) -> Store {
        self.read = self.path.as_deref().and_then(stamp);
        self
    }

    /// Takes the fingerprint of the claims file's bytes while it is still as it was read
    /// (its length and modification time unchanged), once: called after the first frame,
    /// off the first screen's path. A file already changed is left unprinted (a journal
    /// then takes its base from the file as it is when the first edit is made).
    pub fn note_read_bytes(&mut self) {
        if self.read_print.is_some() {
            return;
        }
        if let Some(path) = &self.path
            && self.read.is_some()
            && stamp(path) == self.read
        {
            self.read_print = Fingerprint::of_file(path).ok().flatten();
        }
    }

    /// The base of a journal started now: the claims file's fingerprint, unless the file
    /// changed on disk since the reader last read or wrote it (another writer, or a
    /// file left broken, not read again yet): the edits are then made to the entries as
    /// read, so the base is the fingerprint taken of those bytes.
    fn journal_base(&self, path: &Path) -> std::io::Result<Option<Fingerprint>> {
        let now = Fingerprint::of_file(path)?;
        Ok(match self.read_print {
            Some(print) if now != Some(print) && !self.wrote_last(path) => Some(print),
            _ => now,
        })
    }

    /// Where the quit question's `y` set the journal aside this session, if it did.
    pub fn discarded(&self) -> Option<&Path> {
        self.discarded.as_deref()
    }

    /// Where this reader's journal is kept (whether written yet or not): its slot among
    /// the readers of the claims file; `None` without a claims file or a state directory.
    pub fn journal_path(&self) -> Option<&Path> {
        self.journal_at.as_deref()
    }

    /// Whether the file at `path` is the claims file as the reader last wrote it (or
    /// left it: absent, when its last write took away a file it had created).
    pub fn wrote_last(&self, path: &Path) -> bool {
        let Some(written) = *self.written.lock().unwrap_or_else(|e| e.into_inner()) else {
            return false;
        };
        self.path.as_deref() == Some(path)
            && Fingerprint::of_file(path)
                .ok()
                .map(|now| now.unwrap_or(GONE))
                == Some(written)
    }

    /// Where a journal that could not be read was set aside as this session began
    /// (instead of being written over).
    pub fn unreadable_journal(&self) -> Option<&Path> {
        self.unreadable.as_deref()
    }

    /// What an earlier session left unsaved: the changes, and whether the file changed
    /// since they were made to it.
    pub fn leftover(&self) -> Option<(&Leftover, bool)> {
        self.leftover.as_ref().map(|l| (l, self.leftover_moved))
    }

    /// Takes the leftover changes to apply them (the journal of this session records
    /// them again as they are made), with whether the file changed since.
    pub fn take_leftover(&mut self) -> Option<(Vec<Change>, bool)> {
        let moved = self.leftover_moved;
        self.leftover.take().map(|l| (l.changes, moved))
    }

    /// Removes the leftover journal once what it held was recovered and none of it could
    /// be made again (what it wrote was kept in the unplaced file): offering it again at
    /// every start would only copy it there again. Leaves a journal this session writes.
    pub fn forget_leftover_journal(&mut self) {
        if self.journal.is_none()
            && let Some(at) = &self.journal_at
        {
            let _ = std::fs::remove_file(at);
        }
    }

    /// Sets the leftover journal aside, so it is not offered again: renamed with
    /// [`set_aside`] (`….discarded`, else `….2.discarded`, …, never over an earlier one).
    /// Returns the name it now has, or `None` when there was no journal or it could not
    /// be renamed (it is then left where it was).
    pub fn discard(&mut self) -> Option<PathBuf> {
        self.leftover = None;
        let journal = self.journal.take().map(|j| j.path().to_path_buf());
        let at = journal.or_else(|| self.journal_at.clone().filter(|at| at.exists()));
        let aside = at.and_then(|at| set_aside(&at).ok());
        if aside.is_some() {
            self.discarded = aside.clone();
        }
        self.unsaved.clear();
        if let Some((jobs, ..)) = &self.writer {
            let _ = jobs.send(Job::Reset(self.read));
        }
        aside
    }

    /// Records changes just made (`undo`: they take back the newest changes in force):
    /// journaled and synced first, then handed to the writer. `Err` says why they could
    /// not be journaled (they are still made and saved as usual).
    pub fn edited(
        &mut self,
        changes: Vec<Change>,
        inverse: Vec<Change>,
        undo: bool,
    ) -> Result<(), String> {
        let Some(path) = self.path.clone() else {
            return Err("there is no claims file to save to".into());
        };
        let journaled = self.journal(&path, &changes);
        self.next_job += 1;
        let id = self.next_job;
        let job = if undo {
            Job::Undo {
                id,
                count: changes.len(),
            }
        } else {
            Job::Apply {
                id,
                changes: changes.clone(),
            }
        };
        self.unsaved.push_back((id, changes, inverse));
        let written = self.written.clone();
        let read = self.read;
        let (jobs, ..) = self
            .writer
            .get_or_insert_with(|| start_writer(path, written, read));
        let _ = jobs.send(job);
        if self.policy == SavePolicy::Immediate {
            let _ = jobs.send(Job::Save);
        }
        journaled
    }

    fn journal(&mut self, path: &Path, changes: &[Change]) -> Result<(), String> {
        let Some(at) = &self.journal_at else {
            return Err("no state directory for the journal (set XDG_STATE_HOME or HOME)".into());
        };
        if self.journal.is_none() {
            let base = self.journal_base(path).map_err(|e| e.to_string())?;
            let journal = Journal::start_at(at, path, base, &[]).map_err(|e| e.to_string())?;
            self.journal = Some(journal);
        }
        let journal = self.journal.as_mut().expect("started above");
        journal
            .append(changes)
            .map_err(|e| format!("journal {}: {e}", journal.path().display()))
    }

    /// Asks the writer to write the file now.
    pub fn save(&mut self) {
        if let Some((jobs, ..)) = &self.writer {
            let _ = jobs.send(Job::Save);
        }
    }

    /// The writer's reports since the last poll. A save rebases the journal on the
    /// written bytes, keeping only the changes made since.
    pub fn poll(&mut self) -> Vec<Report> {
        let Some((_, done, _)) = &self.writer else {
            return Vec::new();
        };
        let reports: Vec<Report> = done.try_iter().collect();
        for report in &reports {
            if let Report::Saved { through, written } = report {
                self.unsaved.retain(|(id, ..)| id > through);
                // The file as written is what later edits are made to.
                self.read_print = Some(*written);
                let pending: Vec<Change> = self
                    .unsaved
                    .iter()
                    .flat_map(|(_, c, _)| c.clone())
                    .collect();
                if let Some(journal) = &mut self.journal {
                    let _ = journal.rebase(Some(*written), &pending);
                }
            }
        }
        reports
    }

    /// Whether changes were made that no write has saved yet.
    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// The changes made and not yet saved, in order (to apply again after a reload), and
    /// the changes that take them all back, in the order to make them.
    pub fn unsaved(&self) -> (Vec<Change>, Vec<Change>) {
        let changes = self
            .unsaved
            .iter()
            .flat_map(|(_, c, _)| c.clone())
            .collect();
        let inverse = (self.unsaved.iter().rev())
            .flat_map(|(_, _, i)| i.clone())
            .collect();
        (changes, inverse)
    }

    /// Keeps `claims`, what unsaved edits had written that could not be made again on the
    /// file as another writer left it (see [`crate::claims::rebase::rebase`]), so that
    /// nothing typed is lost: appended, as claims-file TOML under a comment saying when
    /// and why, to `<journal>.unplaced.toml` in the state directory (beside the claims
    /// file, as `<claims>.unplaced.toml`, when there is no state directory), and flushed to
    /// disk. Returns where.
    ///
    /// # Errors
    /// No place to keep them (no claims file), or the file cannot be written.
    pub fn keep_unplaced(
        &self,
        claims: &[crate::claims::ClaimEntry],
        why: &str,
    ) -> std::io::Result<PathBuf> {
        use std::io::Write;
        let at = match (&self.journal_at, &self.path) {
            (Some(journal), _) => journal.with_extension("unplaced.toml"),
            (None, Some(path)) => path.with_extension("unplaced.toml"),
            (None, None) => return Err(std::io::Error::other("there is no claims file")),
        };
        let named = self
            .path
            .as_deref()
            .map_or("the claims file".into(), |p| p.display().to_string());
        let header = format!(
            "Edits to {named} that could not be made again: {why}.\nCopy what you need back into the claims file; counterpoint does not read this file."
        );
        if let Some(dir) = at.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&at)?;
        file.write_all(crate::claims::write::write(claims, &header).as_bytes())?;
        file.sync_data()?;
        Ok(at)
    }

    /// After the file was read again (it changed on disk): the writer begins again from
    /// it, and the unsaved changes are forgotten here (the reader applies them again as
    /// new edits, which journals them anew).
    pub fn reset(&mut self) {
        self.unsaved.clear();
        if let Some(journal) = &mut self.journal
            && let Some(path) = &self.path
        {
            let base = Fingerprint::of_file(path).ok().flatten();
            let _ = journal.rebase(base, &[]);
        }
        self.read = self.path.as_deref().and_then(stamp);
        // The file as read again is what later edits are made to.
        self.read_print = None;
        self.note_read_bytes();
        if let Some((jobs, ..)) = &self.writer {
            let _ = jobs.send(Job::Reset(self.read));
        }
    }

    /// When the file is written.
    pub fn policy(&self) -> SavePolicy {
        self.policy
    }

    /// Ends the session: waits for the writer to finish what it was given (with saving
    /// at once, the last edits are written), and removes the journal when nothing is
    /// left unsaved. Returns why the last write failed, if it did.
    pub fn finish(mut self) -> Option<String> {
        let mut failure = None;
        if let Some((jobs, done, thread)) = self.writer.take() {
            drop(jobs);
            let _ = thread.join();
            for report in done.try_iter() {
                match report {
                    Report::Saved { through, .. } => {
                        self.unsaved.retain(|(id, ..)| *id > through);
                        failure = None;
                    }
                    Report::Failed(why) => failure = Some(why),
                    Report::Conflict => {
                        failure = Some("the claims file changed on disk: not overwritten".into())
                    }
                }
            }
        }
        if self.unsaved.is_empty()
            && let Some(journal) = self.journal.take()
        {
            let _ = journal.remove();
        }
        failure
    }
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
