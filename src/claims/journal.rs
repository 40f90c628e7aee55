//! The journal of a claims file's unsaved changes: every change appended and synced before the reader shows it done, rewritten after each save, and read back after a crash, a kill or a closed terminal so the next session can offer to recover them.
//!
//! A journal is a file of lines in the XDG state directory
//! (`counterpoint/journal/<hash of the claims file's path>.jsonl`): a header line (JSON:
//! the claims file's path and the fingerprint of the bytes the changes apply to, or
//! `null` for a file not yet written), then one line per change as
//! [`Change::to_record`] writes it. A line cut short by a crash is skipped when read.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

use crate::claims::change::Change;

/// What a claims file's bytes were: their length and their FNV-1a hash (64 bits; a check
/// that the file is the one the changes were made to, not a defence against forgery).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    pub hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes`.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        Fingerprint {
            len: 0,
            hash: 0xcbf2_9ce4_8422_2325,
        }
        .then(bytes)
    }

    /// The fingerprint of the bytes this one is of followed by `bytes`: a text's
    /// fingerprint made a part at a time, equal to [`Fingerprint::of`] the whole.
    #[must_use]
    pub fn then(self, bytes: &[u8]) -> Fingerprint {
        // FNV-1a, 64 bits (Fowler, Noll and Vo; www.isthe.com/chongo/tech/comp/fnv).
        let mut hash = self.hash;
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Fingerprint {
            len: self.len + bytes.len() as u64,
            hash,
        }
    }

    /// The fingerprint of the file at `path` now; `None` when there is no such file.
    ///
    /// # Errors
    /// Reading the file fails for another reason than its absence.
    pub fn of_file(path: &Path) -> io::Result<Option<Fingerprint>> {
        let mut file = match File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        // Read 64 KiB at a time: a 16 MB claims file is not held whole to be fingerprinted.
        let mut fingerprint = Fingerprint::of(b"");
        let mut buffer = vec![0; 1 << 16];
        loop {
            match io::Read::read(&mut file, &mut buffer) {
                Ok(0) => return Ok(Some(fingerprint)),
                Ok(n) => fingerprint = fingerprint.then(&buffer[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// The journal of one claims file, open for appending.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    claims: PathBuf,
    file: File,
}

/// Changes an earlier session journaled and did not save.
#[derive(Debug, Clone, PartialEq)]
pub struct Leftover {
    /// The fingerprint of the claims file the changes were made to (`None`: no file yet).
    pub base: Option<Fingerprint>,
    /// The changes, in the order they were made.
    pub changes: Vec<Change>,
    /// Lines that could not be read (a line cut short by a crash), skipped.
    pub unreadable: usize,
}

/// Where the journal of the claims file at `claims` is kept, or `None` without a state
/// directory. The claims path is made absolute first, so one file has one journal
/// whatever directory the reader was started in.
pub fn journal_path(claims: &Path) -> Option<PathBuf> {
    let dir = crate::state_dir::state_dir()?.join("journal");
    Some(dir.join(file_name(claims)))
}

/// The journals kept for the claims file at `claims` (every reader's slot, see
/// [`hold_journal`]), lowest slot first; empty without a state directory or journals.
pub fn journals_of(claims: &Path) -> Vec<PathBuf> {
    let Some(first) = journal_path(claims) else {
        return Vec::new();
    };
    let (Some(dir), Some(stem)) = (
        first.parent(),
        (first.file_name().and_then(|n| n.to_str())).and_then(|n| n.strip_suffix(".jsonl")),
    ) else {
        return Vec::new();
    };
    slot_files(dir, stem, "jsonl")
        .into_iter()
        .map(|(_, path)| path)
        .collect()
}

/// The slot a file named `name` holds among the readers' files of `stem` with the
/// extension `ext` (see [`hold_journal`]): `<stem>.<ext>` is slot 1, `<stem>-K.<ext>` slot
/// K (2 or more); `None` for any other name.
pub fn slot_of(name: &str, stem: &str, ext: &str) -> Option<usize> {
    let slot = name
        .strip_suffix(ext)?
        .strip_suffix('.')?
        .strip_prefix(stem)?;
    match slot {
        "" => Some(1),
        n => n.strip_prefix('-')?.parse().ok().filter(|k| *k >= 2),
    }
}

/// The readers' files of `stem` with the extension `ext` in `dir` (see [`slot_of`]), each
/// with its slot, lowest slot first; empty when `dir` cannot be read.
pub fn slot_files(dir: &Path, stem: &str, ext: &str) -> Vec<(usize, PathBuf)> {
    let mut found: Vec<(usize, PathBuf)> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let slot = slot_of(e.file_name().to_str()?, stem, ext)?;
                    Some((slot, e.path()))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// `error`, placed in the claims file at `claims` (one that does not read), with a hint
/// saying that the edits an earlier session left in a journal for it (it ended without
/// saving them, or they were made while the file did not read) are kept and offered again
/// once the file reads, so the user mends the file rather than fearing them lost. Any
/// other error, or none journaled, is returned as it is.
pub fn note_waiting_edits(error: crate::error::Error, claims: &Path) -> crate::error::Error {
    let crate::error::Error::At(mut located) = error else {
        return error;
    };
    let same = std::path::absolute(&located.path).ok() == std::path::absolute(claims).ok();
    if same && let Some(first) = journals_of(claims).first() {
        let kept = format!(
            "the edits a session did not save to it are kept in {}: they are offered again when the file reads",
            first.display()
        );
        located.hint = Some(match located.hint.take() {
            Some(hint) => format!("{hint}; {kept}"),
            None => kept,
        });
    }
    crate::error::Error::At(located)
}

/// A journal held by one reader for its session: the path its journal is kept at, and
/// the lock (on a file of its own in `$XDG_STATE_HOME/counterpoint/locks/`, held until
/// the reader ends, however it ends) that tells every other reader the journal is a live
/// reader's, not a crash's leftovers.
#[derive(Debug)]
pub struct Held {
    /// Where this reader's journal is kept.
    pub path: PathBuf,
    /// The lock file, locked; `None` where the file system takes no locks.
    _lock: Option<File>,
}

/// The journal this reader keeps for the claims file at `claims`, or `None` without a
/// state directory. Readers of one claims file each keep their own: the first
/// `<hash>.jsonl`, another reader of the same file meanwhile `<hash>-2.jsonl`, and so on,
/// each locked while its reader lives ([`Held`]). A journal whose lock is free was left
/// by a reader that ended without saving (a crash, a `kill -9`, a closed terminal): it
/// is taken first, so this session offers to recover it; one left by another reader is
/// offered at a later opening. Where locks cannot be taken (a file system without them),
/// every reader keeps `<hash>.jsonl`, as before.
pub fn hold_journal(claims: &Path) -> Option<Held> {
    let state = crate::state_dir::state_dir()?;
    let journals = state.join("journal");
    let locks = state.join("locks");
    let stem = file_name(claims);
    let stem = stem.trim_end_matches(".jsonl").to_string();
    let slot_name = |k: usize| match k {
        1 => stem.clone(),
        k => format!("{stem}-{k}"),
    };
    let unlocked = || Held {
        path: journals.join(format!("{}.jsonl", slot_name(1))),
        _lock: None,
    };
    if std::fs::create_dir_all(&locks).is_err() {
        return Some(unlocked());
    }
    // The slots whose journals are there, lowest first: a free one among them is a
    // leftover to take.
    let left: Vec<usize> = (slot_files(&journals, &stem, "jsonl").into_iter())
        .map(|(slot, _)| slot)
        .collect();
    let candidates = left.into_iter().chain(1..);
    for k in candidates.take(10_000) {
        let lock_at = locks.join(format!("{}.lock", slot_name(k)));
        let Ok(lock) = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_at)
        else {
            return Some(unlocked());
        };
        match lock.try_lock() {
            Ok(()) => {
                return Some(Held {
                    path: journals.join(format!("{}.jsonl", slot_name(k))),
                    _lock: Some(lock),
                });
            }
            Err(std::fs::TryLockError::WouldBlock) => continue,
            Err(std::fs::TryLockError::Error(_)) => return Some(unlocked()),
        }
    }
    Some(unlocked())
}

/// The lock of another reader's slot `stem` (a journal's name without `.jsonl`, see
/// [`hold_journal`]), taken when that reader is gone (its lock is free): held while the
/// caller takes over what the slot left (its typing), so that no reader starting
/// meanwhile takes the slot. `None` while its reader lives, without a state directory, or
/// where locks cannot be taken.
pub fn lock_gone_slot(stem: &str) -> Option<File> {
    let lock_at = crate::state_dir::state_dir()?
        .join("locks")
        .join(format!("{stem}.lock"));
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_at)
        .ok()?;
    lock.try_lock().ok()?;
    Some(lock)
}

fn file_name(claims: &Path) -> String {
    let absolute = std::path::absolute(claims).unwrap_or_else(|_| claims.to_path_buf());
    let key = Fingerprint::of(absolute.as_os_str().as_encoded_bytes());
    format!("{:016x}.jsonl", key.hash)
}

fn header(claims: &Path, base: Option<Fingerprint>) -> String {
    let base = base.map_or(
        serde_json::Value::Null,
        |b| serde_json::json!({ "len": b.len, "hash": format!("{:016x}", b.hash) }),
    );
    let line = serde_json::json!({
        "counterpoint_journal": 1,
        "claims": claims.display().to_string(),
        "base": base,
    });
    format!("{line}\n")
}

impl Journal {
    /// Starts the journal of `claims` (whose bytes are `base`) at `path`, replacing any
    /// journal there, with `pending` changes already in it; synced before it returns.
    ///
    /// # Errors
    /// The folder cannot be made or the file written and synced.
    pub fn start_at(
        path: &Path,
        claims: &Path,
        base: Option<Fingerprint>,
        pending: &[Change],
    ) -> io::Result<Journal> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut text = header(claims, base);
        for change in pending {
            text.push_str(&change.to_record());
            text.push('\n');
        }
        crate::output::write_atomically(path, &text)
            .map_err(|e| io::Error::other(e.to_string()))?;
        let file = OpenOptions::new().append(true).open(path)?;
        Ok(Journal {
            path: path.to_path_buf(),
            claims: claims.to_path_buf(),
            file,
        })
    }

    /// Appends `changes` and syncs them to the disk before returning, so a change the
    /// reader shows as made survives a crash.
    ///
    /// # Errors
    /// The write or the sync fails (a full disk).
    pub fn append(&mut self, changes: &[Change]) -> io::Result<()> {
        self.append_unsynced(changes)?;
        self.file.sync_data()
    }

    /// Appends `changes` without waiting for the disk: [`Journal::append`] before its
    /// sync, for the benchmark of the keystroke path (the reader always syncs).
    ///
    /// # Errors
    /// The write fails (a full disk).
    pub fn append_unsynced(&mut self, changes: &[Change]) -> io::Result<()> {
        let mut text = String::new();
        for change in changes {
            text.push_str(&change.to_record());
            text.push('\n');
        }
        self.file.write_all(text.as_bytes())
    }

    /// After a save: the journal begins again from the saved bytes `base`, holding only
    /// the changes made since (`pending`).
    ///
    /// # Errors
    /// As [`Journal::start_at`].
    pub fn rebase(&mut self, base: Option<Fingerprint>, pending: &[Change]) -> io::Result<()> {
        *self = Journal::start_at(&self.path, &self.claims, base, pending)?;
        Ok(())
    }

    /// Removes the journal (the reader ended with everything saved).
    ///
    /// # Errors
    /// The file cannot be removed.
    pub fn remove(self) -> io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// The journal's own path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Whether there is a file at `path` whose first line is not a journal's header
/// (written over by hand or by another program, or cut short before its first line
/// ended): a new session must neither read it nor write over it. An empty file holds
/// nothing to lose (a header write cut short) and is not unreadable.
pub fn is_unreadable(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut first = Vec::new();
    let _ = io::BufReader::new(file)
        .take(1 << 20)
        .read_until(b'\n', &mut first);
    let header = serde_json::from_slice::<serde_json::Value>(&first)
        .ok()
        .is_some_and(|head| head.get("counterpoint_journal").is_some());
    !header && !first.trim_ascii().is_empty()
}

/// The changes left in the journal at `path` for the claims file `claims`, if it has any
/// (a journal of another file, an empty one or none at all gives `None`).
pub fn leftover_at(path: &Path, claims: &Path) -> Option<Leftover> {
    let file = File::open(path).ok()?;
    let mut lines = io::BufReader::new(file).lines();
    let head: serde_json::Value = serde_json::from_str(&lines.next()?.ok()?).ok()?;
    let named = head.get("claims")?.as_str()?;
    let same_file = std::path::absolute(named).ok() == std::path::absolute(claims).ok();
    if !same_file {
        return None;
    }
    let base = match head.get("base")? {
        serde_json::Value::Null => None,
        base => Some(Fingerprint {
            len: base.get("len")?.as_u64()?,
            hash: u64::from_str_radix(base.get("hash")?.as_str()?, 16).ok()?,
        }),
    };
    let mut changes = Vec::new();
    let mut unreadable = 0;
    for line in lines {
        match line.ok().map(|l| Change::from_record(&l)) {
            Some(Ok(change)) => changes.push(change),
            _ => unreadable += 1,
        }
    }
    (!changes.is_empty()).then_some(Leftover {
        base,
        changes,
        unreadable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader's slot is read off a file's name the one way every caller needs it.
    #[test]
    fn a_slot_is_read_off_its_file_name_and_nothing_else_is_one() {
        for (name, slot) in [
            ("00aa.jsonl", Some(1)),
            ("00aa-2.jsonl", Some(2)),
            ("00aa-17.jsonl", Some(17)),
            ("00aa-1.jsonl", None),
            ("00aa-.jsonl", None),
            ("00aa-x.jsonl", None),
            ("00aa.unplaced.jsonl", None),
            ("00aajsonl", None),
            ("00bb.jsonl", None),
            ("00aa-3.jsonl.new", None),
        ] {
            assert_eq!(super::slot_of(name, "00aa", "jsonl"), slot, "{name}");
        }
    }
    use crate::claims::ClaimEntry;

    fn claim(id: &str) -> ClaimEntry {
        ClaimEntry {
            id: id.into(),
            claimant: "A \"quoted\" name".into(),
            summary: "s".into(),
            selector: crate::claims::QuoteSelector {
                exact: "line one\nline two".into(),
                ..Default::default()
            },
            ..ClaimEntry::default()
        }
    }

    #[test]
    fn changes_appended_are_read_back_after_the_session_ends() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let claims = dir.path().join("a.claims.toml");
        let base = Some(Fingerprint::of(b"[[claim]]\n"));
        let mut journal = Journal::start_at(&path, &claims, base, &[]).unwrap();
        assert_eq!(leftover_at(&path, &claims), None, "nothing to recover yet");
        let changes = vec![
            Change::AddClaim {
                at: 0,
                entry: claim("x"),
            },
            Change::RemoveResponse { claim: 0, at: 1 },
        ];
        journal.append(&changes[..1]).unwrap();
        journal.append(&changes[1..]).unwrap();
        drop(journal);
        let left = leftover_at(&path, &claims).unwrap();
        assert_eq!(left.base, base);
        assert_eq!(left.changes, changes);
        assert_eq!(left.unreadable, 0);
        assert_eq!(leftover_at(&path, &dir.path().join("other.toml")), None);
    }

    #[test]
    fn a_line_cut_short_is_skipped_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let claims = dir.path().join("a.claims.toml");
        let mut journal = Journal::start_at(&path, &claims, None, &[]).unwrap();
        journal.append(&[Change::RemoveClaim { at: 2 }]).unwrap();
        let whole = Change::RemoveClaim { at: 3 }.to_record();
        journal
            .file
            .write_all(&whole.as_bytes()[..whole.len() / 2])
            .unwrap();
        let left = leftover_at(&path, &claims).unwrap();
        assert_eq!(left.base, None);
        assert_eq!(left.changes, [Change::RemoveClaim { at: 2 }]);
        assert_eq!(left.unreadable, 1);
    }

    #[test]
    fn a_rebase_keeps_only_the_changes_not_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let claims = dir.path().join("a.claims.toml");
        let mut journal = Journal::start_at(&path, &claims, None, &[]).unwrap();
        journal.append(&[Change::RemoveClaim { at: 0 }]).unwrap();
        let saved = Some(Fingerprint::of(b"saved"));
        journal.rebase(saved, &[]).unwrap();
        assert_eq!(leftover_at(&path, &claims), None);
        journal.append(&[Change::RemoveClaim { at: 1 }]).unwrap();
        let left = leftover_at(&path, &claims).unwrap();
        assert_eq!((left.base, left.changes.len()), (saved, 1));
        journal.remove().unwrap();
        assert!(!path.exists());
    }

    #[test]
    fn fingerprints_tell_files_apart() {
        assert_eq!(Fingerprint::of(b"abc"), Fingerprint::of(b"abc"));
        assert_ne!(Fingerprint::of(b"abc"), Fingerprint::of(b"abd"));
        assert_eq!(Fingerprint::of(b"").len, 0);
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Fingerprint::of_file(&dir.path().join("none")).unwrap(),
            None
        );
    }

    #[test]
    fn one_claims_file_has_one_journal_name_wherever_it_is_named_from() {
        let a = file_name(Path::new("/tmp/x/../x/a.toml"));
        assert!(a.ends_with(".jsonl"));
        assert_ne!(a, file_name(Path::new("/tmp/x/b.toml")));
    }
}
