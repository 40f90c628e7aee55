//! The claims file's writer thread: the jobs it takes, what it reports, and how it opens the editable TOML file and writes it atomically when asked, off the keystroke path.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crate::claims::change::Change;
use crate::claims::edit::EditableFile;
use crate::claims::journal::Fingerprint;

/// A job for the writer thread.
pub(super) enum Job {
    /// Make these changes (numbered `id`).
    Apply { id: u64, changes: Vec<Change> },
    /// Take back the newest `count` changes made (numbered `id`).
    Undo { id: u64, count: usize },
    /// Write the file now.
    Save,
    /// Begin again from the file on disk (it changed there and was read again), which
    /// is now as `Stamp` says.
    Reset(Option<Stamp>),
}

/// A file's length and modification time: what the reader read, to tell at the first
/// write whether another writer changed the file since (cheap: no second read at start).
pub type Stamp = (u64, std::time::SystemTime);

/// The stamp of the file at `path` now (`None`: absent or unreadable).
pub(super) fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// What the writer reports.
#[derive(Debug)]
pub enum Report {
    /// The file was written with every job up to `through`; its bytes are `written`.
    Saved { through: u64, written: Fingerprint },
    /// It could not be written (or read, or the change did not fit): why.
    Failed(String),
    /// The file changed on disk since it was read: nothing was written.
    Conflict,
}

/// The writer's last write as [`Store::wrote_last`] knows it when the write removed the
/// file: a length no file has.
pub(super) const GONE: Fingerprint = Fingerprint {
    len: u64::MAX,
    hash: u64::MAX,
};

/// Starts the writer thread for the claims file at `path`: it opens the file as an
/// editable document at its first job and writes it when asked.
pub(super) fn start_writer(
    path: PathBuf,
    written: Arc<Mutex<Option<Fingerprint>>>,
    read: Option<Stamp>,
) -> (Sender<Job>, Receiver<Report>, JoinHandle<()>) {
    let (jobs, inbox) = channel::<Job>();
    let (outbox, reports) = channel::<Report>();
    let thread = std::thread::spawn(move || writer(&path, &inbox, &outbox, &written, read));
    (jobs, reports, thread)
}

/// The writer thread's work: jobs in order until the loop hangs up. Saves are coalesced
/// (several waiting make one write), but a save asked for before the writer begins again
/// ([`Job::Reset`]: the journal set aside, on quitting without saving after the save key)
/// is made before it, as it was asked.
fn writer(
    path: &Path,
    inbox: &Receiver<Job>,
    outbox: &Sender<Report>,
    written: &Mutex<Option<Fingerprint>>,
    read: Option<Stamp>,
) {
    let mut file: Option<(EditableFile, Option<Fingerprint>)> = None;
    // The file as the reader read it: at the first change, another writer's change since
    // is a conflict, not a file to edit (its claims may have moved).
    let mut expected = read;
    // Changes refused because of such a conflict, until the loop has read the file again.
    let mut conflicted = false;
    let mut through = 0;
    let mut dirty = false;
    while let Ok(job) = inbox.recv() {
        let mut jobs = vec![job];
        jobs.extend(inbox.try_iter());
        let mut save = false;
        let mut resets = jobs.iter().filter(|j| matches!(j, Job::Reset(_))).count();
        for job in jobs {
            if matches!(job, Job::Reset(_)) {
                resets -= 1;
            }
            match job {
                Job::Reset(read) => {
                    file = None;
                    dirty = false;
                    expected = read;
                    conflicted = false;
                }
                Job::Save if resets > 0 => {
                    save_now(
                        &mut file,
                        path,
                        through,
                        written,
                        &mut dirty,
                        &mut conflicted,
                        outbox,
                    );
                }
                Job::Save => save = true,
                Job::Apply { id, changes } => {
                    if conflicted || (file.is_none() && stamp(path) != expected) {
                        if !conflicted {
                            let _ = outbox.send(Report::Conflict);
                        }
                        conflicted = true;
                        continue;
                    }
                    let open = match opened(&mut file, path) {
                        Ok(open) => open,
                        Err(why) => {
                            let _ = outbox.send(Report::Failed(why));
                            continue;
                        }
                    };
                    // The file opened changed in place since: what it held is gone, so
                    // the loop reads it again and makes the edits again on it.
                    if !open.0.intact() {
                        let _ = outbox.send(Report::Conflict);
                        conflicted = true;
                        continue;
                    }
                    for change in &changes {
                        if let Err(misfit) = open.0.apply(change) {
                            let _ = outbox.send(Report::Failed(format!(
                                "the change does not fit the file: {misfit}"
                            )));
                        }
                    }
                    through = id;
                    dirty = true;
                }
                Job::Undo { id, count } => {
                    if conflicted {
                        continue;
                    }
                    if let Ok(open) = opened(&mut file, path) {
                        for _ in 0..count {
                            open.0.undo();
                        }
                    }
                    through = id;
                    dirty = true;
                }
            }
        }
        if save {
            save_now(
                &mut file,
                path,
                through,
                written,
                &mut dirty,
                &mut conflicted,
                outbox,
            );
        }
    }
}

/// The writer's save: the file written when changes wait (`dirty`), and the report sent.
/// After a conflict nothing is written, and it is reported once: a second report would
/// have the loop read the file again and make the edits again twice.
fn save_now(
    file: &mut Option<(EditableFile, Option<Fingerprint>)>,
    path: &Path,
    through: u64,
    written: &Mutex<Option<Fingerprint>>,
    dirty: &mut bool,
    conflicted: &mut bool,
    outbox: &Sender<Report>,
) {
    if !*dirty || *conflicted {
        return;
    }
    let report = write(file, path, through, written);
    match report {
        Report::Saved { .. } => *dirty = false,
        Report::Conflict => *conflicted = true,
        Report::Failed(_) => {}
    }
    let _ = outbox.send(report);
}

/// The editable file, opened from disk at first use (an absent file is an empty one).
fn opened<'a>(
    file: &'a mut Option<(EditableFile, Option<Fingerprint>)>,
    path: &Path,
) -> Result<&'a mut (EditableFile, Option<Fingerprint>), String> {
    if file.is_none() {
        let name = path.display().to_string();
        // The text stays in the file, read again through this handle (the writer's save
        // replaces the file by a rename, so the handle keeps the bytes opened).
        *file = Some(match std::fs::File::open(path) {
            Ok(handle) => {
                let (editable, read) =
                    EditableFile::open_file(&name, handle).map_err(|e| e.to_string())?;
                (editable, Some(read))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (
                EditableFile::open(&name, String::new()).map_err(|e| e.to_string())?,
                None,
            ),
            Err(e) => return Err(format!("{name}: {e}")),
        });
    }
    Ok(file.as_mut().expect("opened above"))
}

/// Writes the file if it is still what was read (or last written); reports how it went.
fn write(
    file: &mut Option<(EditableFile, Option<Fingerprint>)>,
    path: &Path,
    through: u64,
    last: &Mutex<Option<Fingerprint>>,
) -> Report {
    let Some((editable, seen)) = file.as_mut() else {
        return Report::Failed("nothing to write".into());
    };
    match Fingerprint::of_file(path) {
        Ok(now) if now != *seen || !editable.intact() => return Report::Conflict,
        Err(e) => return Report::Failed(format!("{}: {e}", path.display())),
        Ok(_) => {}
    }
    // Reading the file opened fails when it changed in place since: nothing is written.
    let failed = |editable: &EditableFile, why: String| {
        if editable.intact() {
            Report::Failed(why)
        } else {
            Report::Conflict
        }
    };
    let written = match editable.fingerprint() {
        Ok(written) => written,
        Err(e) => return failed(editable, format!("{}: {e}", path.display())),
    };
    // Every edit undone on a file that was not there (or was empty): it goes again.
    if written.len == 0 && editable.was_empty() {
        let _ = std::fs::remove_file(path);
        *seen = None;
        *last.lock().unwrap_or_else(|e| e.into_inner()) = Some(GONE);
        return Report::Saved {
            through,
            written: Fingerprint::of(b""),
        };
    }
    *last.lock().unwrap_or_else(|e| e.into_inner()) = Some(written);
    // Written a piece at a time: the file is never made whole in memory.
    match crate::output::write_atomically_with(path, |out| editable.write_to(out)) {
        Ok(()) => {
            *seen = Some(written);
            Report::Saved { through, written }
        }
        Err(e) => failed(editable, e.to_string()),
    }
}
