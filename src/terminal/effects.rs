//! Carrying out the effects `update` returns: the clipboard, the link opener, drafting off the key path, edits journaled and handed to the writer, reloading, suspending, quitting; each answered with its result as an action.

use crate::claims::change::Change;
use crate::document::Document;
use crate::document::source::Sources;
use crate::error::Result;
use crate::reader::action::Action;
use crate::reader::effect::Effect;
use crate::reader::state::State;
use crate::reader::update::update;
use crate::warning::{Part, Warning};
use std::io::stdout;

use super::store::{Report, Store};
use super::taken_on;
use super::{Screen, Watch, suspend, terminal_size};

/// What the loop holds outside the state that effects act on.
pub(super) struct Outside<'a> {
    pub terminal: &'a mut Screen,
    /// The files the document was read from (the sample's copy replaces them).
    pub sources: &'a mut Sources,
    pub watch: Watch,
    /// Whether the terminal sends us the mouse (after a suspension it does not).
    pub captured: bool,
    pub store: &'a mut Store,
    /// A draft under way (`D`), until its result is taken.
    pub drafter: Option<Drafter>,
    /// The page being fetched again (`r` on a fetched page), until it is in or dropped.
    pub refetcher: Option<Refetcher>,
    /// A save was asked for (the key) and the writer has not answered it yet: a conflict
    /// found on the way reads the file again, makes the edits again and saves them.
    pub save_asked: bool,
    /// The claims file on disk could not be read when it was read again (why, with its
    /// line and column): the edits made since stay unsaved and journaled, shown as they
    /// are, until the file reads again (the reload or save key tries it again).
    pub unreadable: Option<String>,
}

impl Outside<'_> {
    /// The files part of what the loop holds, for taking on a file ([`taken_on`]).
    fn files(&mut self) -> taken_on::Outside<'_> {
        taken_on::Outside {
            sources: self.sources,
            store: self.store,
            watch: &mut self.watch,
        }
    }

    /// What came of the writer's work since the last look, as actions: a save, a failure,
    /// or the claims file found changed on disk (then it is read again, and the edits
    /// not saved are made again on it).
    pub(super) fn saved(&mut self, state: &State) -> Vec<Action> {
        let mut actions = Vec::new();
        let reports = self.store.poll();
        // A write made before the newest edits reached the writer saves only part: the
        // reader says "saved" when nothing is left unsaved (a later write reports the rest).
        let all_saved = !self.store.has_unsaved();
        for report in reports {
            match report {
                Report::Saved { .. } if all_saved => {
                    self.save_asked = false;
                    actions.push(Action::Saved { error: None })
                }
                Report::Saved { .. } => {}
                // The writer cannot open a file that does not read either: that was said.
                Report::Failed(_) if self.unreadable.is_some() => {}
                Report::Failed(error) => {
                    self.save_asked = false;
                    actions.push(Action::Saved { error: Some(error) })
                }
                Report::Conflict => {
                    let save = std::mem::take(&mut self.save_asked);
                    actions.extend(self.reload_keeping_edits(
                        state,
                        "the claims file changed on disk: read it again and made your unsaved edits again",
                        save,
                    ))
                }
            }
        }
        actions
    }

    /// What came of the page fetched again, as actions: how far it has come, or (once it
    /// is in) [`Action::FetchDone`] and the page and claims file read again with it.
    pub(super) fn refetched(&mut self, state: &State) -> Vec<Action> {
        let Some(refetcher) = &self.refetcher else {
            return Vec::new();
        };
        let Some(result) = refetcher.poll() else {
            return refetcher.progressed().into_iter().collect();
        };
        self.refetcher = None;
        let taken = result.and_then(|page| {
            self.sources
                .take_fetched(page)
                .map_err(|e| format!("could not write the saved copy: {e}"))
        });
        match taken {
            Err(why) => vec![Action::FetchDone { error: Some(why) }],
            Ok(()) => {
                let mut actions = vec![Action::FetchDone { error: None }];
                actions.extend(self.reload_keeping_edits(
                    state,
                    "fetched the page again and made your unsaved edits again",
                    false,
                ));
                actions
            }
        }
    }

    /// Reads the document again; edits not yet saved are made again on what was read.
    ///
    /// The unsaved edits were made to the file as the reader last had it (the entries
    /// shown, with those edits taken back); they are moved onto the file as read now by
    /// [`crate::claims::rebase::rebase`], each entry found by its id, expert and quote,
    /// never by its place alone, so another writer's new or removed claims cannot make an
    /// edit land on the wrong entry. `save`: they are saved once made (a save was asked).
    ///
    /// When the claims file does not read now (another writer left it half written, or
    /// broke it by hand), nothing is replaced: the edits stay unsaved and journaled, as
    /// shown, and [`Action::ClaimsUnreadable`] says so; the file is tried again at the
    /// reload or save key, and its next change on disk is noticed.
    fn reload_keeping_edits(&mut self, state: &State, what: &str, save: bool) -> Vec<Action> {
        let (unsaved, inverse) = self.store.unsaved();
        let reloaded = reload(state, self.sources);
        self.watch = Watch::new(self.sources);
        let Action::Reloaded { doc, errors } = &reloaded else {
            return vec![reloaded];
        };
        self.unreadable = unreadable_claims(errors);
        if let Some(error) = &self.unreadable
            && self.store.has_unsaved()
        {
            self.save_asked = false;
            return vec![Action::ClaimsUnreadable {
                error: error.clone(),
                after_edit: false,
            }];
        }
        self.store.reset();
        if unsaved.is_empty() {
            return vec![reloaded];
        }
        let mut base = state.doc.entries();
        let mut rejected = state.doc.rejected.clone();
        for change in &inverse {
            let _ = change.apply_to(&mut base, &mut rejected);
        }
        let (changes, misfits, unplaced) =
            crate::claims::rebase::rebase(&unsaved, &base, &doc.entries());
        let kept = self.keep_unplaced(&unplaced, "the claims file changed on disk meanwhile");
        vec![
            reloaded,
            Action::Recovered {
                changes,
                what: what.into(),
                lost: misfits.into_iter().map(|m| m.0).collect(),
                kept,
                save,
            },
        ]
    }

    /// Keeps `unplaced` (what changes that could not be made had written) with
    /// [`Store::keep_unplaced`]: where, or why not; `None` when there is nothing to keep.
    fn keep_unplaced(
        &self,
        unplaced: &[crate::claims::ClaimEntry],
        why: &str,
    ) -> Option<std::result::Result<String, String>> {
        (!unplaced.is_empty()).then(|| {
            (self.store.keep_unplaced(unplaced, why))
                .map(|at| at.display().to_string())
                .map_err(|e| e.to_string())
        })
    }
}

/// Applies `action` to the state, carries out the effects `update` returns (in order), and
/// applies what came of each the same way, until nothing is left to do. `Ok(true)` when
/// an effect is to quit; errors are the terminal's (suspending and resuming).
pub(super) fn apply(action: Action, state: &mut State, outside: &mut Outside) -> Result<bool> {
    let mut actions = std::collections::VecDeque::from([action]);
    while let Some(action) = actions.pop_front() {
        for effect in update(state, action) {
            let result = match effect {
                Effect::Copy(text) => {
                    let osc52 = crate::reader::model::clipboard::osc52(&text);
                    let error = send_to_terminal(&osc52).err();
                    Action::Copied { error }
                }
                Effect::OpenLink(url) => {
                    let error = open_link(&url).err();
                    Action::LinkOpened { url, error }
                }
                Effect::Draft(job) => {
                    outside.drafter = Some(Drafter::start(*job));
                    continue;
                }
                Effect::Reload => {
                    actions.extend(outside.reload_keeping_edits(
                        state,
                        "read the files again and made your unsaved edits again",
                        false,
                    ));
                    continue;
                }
                Effect::Refetch => {
                    match &outside.sources.page {
                        Some(page) => outside.refetcher = Some(Refetcher::start(&page.url)),
                        None => actions.push_back(Action::FetchDone {
                            error: Some("the article was not fetched from an address".into()),
                        }),
                    }
                    continue;
                }
                Effect::CancelFetch => {
                    // The thread runs on to its time-out at most; what it brings is dropped.
                    outside.refetcher = None;
                    continue;
                }
                Effect::Redraw => {
                    // The backend clears the screen and takes it as blank: the next frame
                    // writes every cell that is not blank.
                    use ratatui::backend::Backend;
                    (outside.terminal.backend_mut().clear()).map_err(super::terminal_error)?;
                    continue;
                }
                Effect::Suspend => {
                    suspend(outside.terminal)?;
                    outside.captured = false;
                    terminal_size(outside.terminal)?
                }
                Effect::Edited {
                    changes,
                    inverse,
                    undo,
                } => match outside.store.edited(changes, inverse, undo) {
                    Ok(()) => match &outside.unreadable {
                        // Kept and journaled, but not to be saved until the file reads.
                        Some(error) => Action::ClaimsUnreadable {
                            error: error.clone(),
                            after_edit: true,
                        },
                        None => continue,
                    },
                    Err(why) => Action::Notify(format!(
                        "the edit is made but not journaled ({why}): a crash now could lose it"
                    )),
                },
                Effect::Save if outside.unreadable.is_some() => {
                    // The save reads the file again first: fixed, the edits are made
                    // again on it and saved; still broken, that is said again.
                    actions.extend(outside.reload_keeping_edits(
                        state,
                        "read the claims file again and made your unsaved edits again",
                        true,
                    ));
                    continue;
                }
                Effect::Save => {
                    outside.save_asked = true;
                    outside.store.save();
                    continue;
                }
                Effect::DiscardJournal => match outside.store.discard() {
                    Some(aside) => Action::Notify(format!(
                        "the unsaved changes were set aside as {} (not applied)",
                        aside.display()
                    )),
                    None => continue,
                },
                Effect::Recover => match outside.store.take_leftover() {
                    Some((changes, moved)) => {
                        let (changes, lost, unplaced) = recovered(changes, moved, state);
                        let kept = outside.keep_unplaced(
                            &unplaced,
                            "a session ended without saving them and the claims file changed since",
                        );
                        // Nothing to make again, and what they wrote is kept (or was
                        // nothing): the journal is done with, not offered at every start.
                        if changes.is_empty() && !matches!(kept, Some(Err(_))) {
                            outside.store.forget_leftover_journal();
                        }
                        Action::Recovered {
                            changes,
                            what: "recovered the unsaved edits".into(),
                            lost,
                            kept,
                            save: false,
                        }
                    }
                    None => continue,
                },
                Effect::CopySample => taken_on::copy_sample(&mut outside.files()),
                Effect::SavePage {
                    file,
                    replace,
                    then,
                } => taken_on::save_page(&mut outside.files(), &file, replace, then),
                Effect::Quit => return Ok(true),
            };
            actions.push_back(result);
        }
    }
    Ok(false)
}

/// The page being fetched again on a thread of its own.
pub(super) struct Refetcher {
    result: std::sync::mpsc::Receiver<std::result::Result<crate::fetch::Page, String>>,
    /// Bytes received, and the length said (`u64::MAX`: not said).
    bytes: std::sync::Arc<std::sync::atomic::AtomicU64>,
    total: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// The bytes last told.
    told: std::cell::Cell<u64>,
}

impl Refetcher {
    /// Starts fetching `url` on a thread of its own, with the limits of the environment.
    fn start(url: &str) -> Refetcher {
        use std::sync::atomic::{AtomicU64, Ordering};
        let (send, result) = std::sync::mpsc::channel();
        let bytes = std::sync::Arc::new(AtomicU64::new(0));
        let total = std::sync::Arc::new(AtomicU64::new(u64::MAX));
        let (got, of, url) = (bytes.clone(), total.clone(), url.to_string());
        std::thread::spawn(move || {
            let page = crate::fetch::Limits::from_environment().and_then(|limits| {
                crate::fetch::fetch(&url, limits, &mut |received, length| {
                    got.store(received, Ordering::Relaxed);
                    of.store(length.unwrap_or(u64::MAX), Ordering::Relaxed);
                })
            });
            // The reader may have quit or cancelled; then nobody wants the result.
            // The address is the article's name already: the reason alone is said.
            let _ = send.send(page.map_err(|e| match e {
                crate::error::Error::Fetch { reason, .. } => reason,
                other => other.to_string(),
            }));
        });
        Refetcher {
            result,
            bytes,
            total,
            told: std::cell::Cell::new(0),
        }
    }

    /// The page, or why it did not come, once the fetch is over.
    fn poll(&self) -> Option<std::result::Result<crate::fetch::Page, String>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Some(Err("the fetch stopped without a result".into()))
            }
        }
    }

    /// How much has come, as an action, when more has come since last told.
    fn progressed(&self) -> Option<Action> {
        use std::sync::atomic::Ordering;
        let bytes = self.bytes.load(Ordering::Relaxed);
        let total = self.total.load(Ordering::Relaxed);
        (bytes > self.told.get()).then(|| {
            self.told.set(bytes);
            Action::FetchProgress {
                bytes,
                total: (total != u64::MAX).then_some(total),
            }
        })
    }
}

/// A draft under way on a thread of its own.
pub(super) struct Drafter {
    result: std::sync::mpsc::Receiver<crate::draft::plan::Drafted>,
    progress: crate::draft::Progress,
    /// The percent last told.
    told: std::cell::Cell<u8>,
}

impl Drafter {
    /// Starts drafting `job` on a thread of its own.
    fn start(job: crate::draft::plan::DraftJob) -> Drafter {
        let (send, result) = std::sync::mpsc::channel();
        let progress = crate::draft::Progress::default();
        let drafting = progress.clone();
        std::thread::spawn(move || {
            // The reader may have quit already; then nobody wants the result.
            let _ = send.send(job.run_with(&drafting));
        });
        Drafter {
            result,
            progress,
            told: std::cell::Cell::new(0),
        }
    }

    /// How far the draft has come, as an action, when it has come further since last told.
    pub(super) fn progressed(&self) -> Option<Action> {
        let percent = self.progress.percent();
        (percent > self.told.get()).then(|| {
            self.told.set(percent);
            Action::DraftProgress(percent)
        })
    }

    /// The draft's result as an action, once it is done (`None` while it is not).
    pub(super) fn poll(&self) -> Option<Action> {
        use std::sync::mpsc::TryRecvError;
        match self.result.try_recv() {
            Ok(drafted) => Some(Action::Drafted(Ok(Box::new(drafted)))),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Action::Drafted(Err(
                "drafting stopped without a result".into(),
            ))),
        }
    }
}

/// The changes a session left unsaved, to make again; with what could not be made (each
/// said) and what those had written (to keep for the user). When the claims file changed
/// since they were made (`moved`), the entries they name by place may have moved, and
/// what was there is not known: only new claims (at the end) and the rejected list are
/// made again, and the others are said, not made on whatever entry is there now. What a
/// change to a claim or a response wrote is kept under the claim now at its place, with a
/// note saying it may belong to another.
fn recovered(
    changes: Vec<Change>,
    moved: bool,
    state: &State,
) -> (Vec<Change>, Vec<String>, Vec<crate::claims::ClaimEntry>) {
    if !moved {
        return (changes, Vec::new(), Vec::new());
    }
    let mut safe = Vec::new();
    let mut lost = Vec::new();
    let mut unplaced = Vec::new();
    let now = state.doc.entries();
    let mut count = state.doc.claims.len();
    for change in changes {
        match change {
            Change::AddClaim { entry, .. } => {
                safe.push(Change::AddClaim { at: count, entry });
                count += 1;
            }
            Change::AddRejected { .. } | Change::RemoveRejected { .. } => safe.push(change),
            other => {
                if let Some(mut kept) = crate::claims::rebase::written(&other, &now) {
                    kept.note = Some(format!(
                        "{}, made before the claims file changed: kept under the claim at that place now, which may be another",
                        other.describe()
                    ).into());
                    unplaced.push(kept);
                }
                lost.push(format!(
                    "{}: the claims file changed since, so its place may name another entry now",
                    other.describe()
                ));
            }
        }
    }
    (safe, lost, unplaced)
}

/// Why the claims file was not read again, from a reload's errors (`None`: it was).
fn unreadable_claims(errors: &[Warning]) -> Option<String> {
    errors.iter().find_map(|e| match e {
        Warning::NotReloaded {
            part: Part::Claims,
            error,
        } => Some(error.clone()),
        _ => None,
    })
}

/// Writes an escape sequence straight to the terminal, between frames.
fn send_to_terminal(sequence: &str) -> std::result::Result<(), String> {
    use std::io::Write;
    let mut out = stdout().lock();
    out.write_all(sequence.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| e.to_string())
}

/// Hands a link to the system's opener ([`crate::reader::model::links::opener`]), which runs on its own:
/// its input and output go nowhere, so it cannot draw over the reader. The link is one
/// argument, never seen by a shell.
fn open_link(url: &str) -> std::result::Result<(), String> {
    if !crate::reader::model::links::openable(url) {
        return Err("only http, https and mailto links are opened".into());
    }
    let program = crate::reader::model::links::opener(std::env::var("BROWSER").ok().as_deref());
    std::process::Command::new(&program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|mut child| {
            // Reaped when it ends, so no finished opener lingers as a zombie.
            std::thread::spawn(move || child.wait());
        })
        .map_err(|e| opener_error(&program, &e))
}

/// What the status bar says when the opener could not be started: a missing program is
/// named with what to do (the address is said beside it, to copy by hand).
fn opener_error(program: &str, error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::NotFound {
        format!("there is no {program} here to open links; set BROWSER to your browser's program")
    } else {
        format!("{program}: {error}")
    }
}

/// Reads the article and claims again. A part that fails keeps its last good version, and
/// the error is reported.
fn reload(state: &State, sources: &Sources) -> Action {
    if sources.is_sample() {
        return Action::Notify("the bundled sample is built in: there is nothing to reload".into());
    }
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let article = sources.load_article(&mut warnings).unwrap_or_else(|e| {
        errors.push(Warning::NotReloaded {
            part: Part::Article,
            error: e.to_string(),
        });
        state.doc.article.clone()
    });
    let (entries, rejected) = match sources.load_claims_file(&mut warnings) {
        Ok((file, _)) => (file.claims, file.rejected),
        Err(e) => {
            errors.push(Warning::NotReloaded {
                part: Part::Claims,
                error: e.to_string(),
            });
            (state.doc.entries(), state.doc.rejected.clone())
        }
    };
    let article_kept = errors.iter().any(|e| {
        matches!(
            e,
            Warning::NotReloaded {
                part: Part::Article,
                ..
            }
        )
    });
    let mut doc = Document::new(article, entries);
    doc.rejected = rejected;
    if article_kept {
        // The last good page is kept, and with it the fact-checks it carried.
        if !state.doc.page_offer.is_empty() {
            doc.offer_page_claims(state.doc.page_offer.clone());
        }
    } else {
        sources.offer_page_claims(&mut doc);
    }
    doc.warnings.extend(warnings);
    Action::Reloaded {
        doc: Box::new(doc),
        errors,
    }
}

#[cfg(test)]
mod opener_tests {
    #[test]
    fn a_missing_opener_is_named_with_what_to_do() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(
            super::opener_error("xdg-open", &missing),
            "there is no xdg-open here to open links; set BROWSER to your browser's program"
        );
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert!(super::opener_error("firefox", &denied).starts_with("firefox: "));
    }
}
