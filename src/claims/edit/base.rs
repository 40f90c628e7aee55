//! Where the text a claims file was opened with is kept for the pieces no edit has touched: in memory, or left in the file and read again through the handle it was opened with, so that an editing session does not hold the file's text.
//!
//! A file opened from disk ([`super::EditableFile::open_file`]) is read a block at a time
//! and cut as it is read: each block's pieces are parsed and checked as
//! [`super::pieces::split`] checks a whole text, and only their byte ranges are kept.
//! Saving reads the untouched pieces from the handle again. The writer replaces the file
//! by a rename, so the handle still reads the bytes it was opened with after a save; a
//! file changed in place since (another program writing into it, or into another name of
//! it) changes its change time, and every read checks the handle's length, times and
//! inode against those at opening, so a changed base is never used: the caller reads the
//! file again and makes its edits again on it ([`super::EditableFile::intact`]).

use std::borrow::Cow;
use std::fs::File;
use std::io;
use std::ops::Range;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::sync::atomic::{AtomicBool, Ordering};

use toml_edit::DocumentMut;

use super::pieces::{self, Found, Piece, Source};
use crate::claims::journal::Fingerprint;

/// How many bytes a file opened from disk is read at a time, to be cut and, when
/// saving, to be written out.
pub(super) const BLOCK: usize = 1 << 20;

/// The text the file was opened with.
pub(super) enum Base {
    /// Held in memory, with `\n` line endings, no byte-order mark and a final newline.
    Memory(String),
    /// Left in the file, which is plain enough to be its own text: UTF-8 with `\n` line
    /// endings, no byte-order mark, ending in a newline.
    File(Snapshot),
}

/// A file's handle and what it was when opened.
pub(super) struct Snapshot {
    file: File,
    stamp: Stamp,
    /// A piece read did not hash as it did at opening.
    broken: AtomicBool,
}

/// What tells a file changed: its length, modification time (nanoseconds) and inode.
/// (Not its change time: the rename that replaces the file, and its removal, move the
/// old inode's change time without touching its bytes.)
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Stamp {
    len: u64,
    modified: (i64, i64),
    inode: (u64, u64),
}

impl Stamp {
    fn of(file: &File) -> io::Result<Stamp> {
        let meta = file.metadata()?;
        Ok(Stamp {
            len: meta.len(),
            modified: (meta.mtime(), meta.mtime_nsec()),
            inode: (meta.dev(), meta.ino()),
        })
    }
}

/// The hash a piece's bytes are checked by when read from the file again (FNV-1a, as
/// [`Fingerprint`]).
pub(super) fn hash(bytes: &[u8]) -> u64 {
    Fingerprint::of(bytes).hash
}

/// The error a read of the base gives when the file changed since it was opened.
fn changed() -> io::Error {
    io::Error::other("the claims file changed on disk since it was opened for editing")
}

impl Snapshot {
    /// Whether the file is as it was when opened (`false` when it cannot be asked).
    pub(super) fn intact(&self) -> bool {
        !self.broken.load(Ordering::Relaxed) && Stamp::of(&self.file).is_ok_and(|s| s == self.stamp)
    }

    /// `bytes`, read from the file for a piece that hashed to `expected` at opening, as
    /// text: an error (and the file not intact from then on) when they differ.
    fn checked<'b>(&self, bytes: &'b [u8], expected: u64) -> io::Result<&'b str> {
        if hash(bytes) != expected {
            self.broken.store(true, Ordering::Relaxed);
            return Err(changed());
        }
        std::str::from_utf8(bytes).map_err(|_| changed())
    }

    /// Bytes `range` of the file, appended to `into`. Checks the stamp only when the
    /// read fails (a file cut short: then it changed).
    fn read_into(&self, range: Range<usize>, into: &mut Vec<u8>) -> io::Result<()> {
        let from = into.len();
        into.resize(from + range.len(), 0);
        let read = self
            .file
            .read_exact_at(&mut into[from..], range.start as u64);
        match read {
            Err(_) if !self.intact() => Err(changed()),
            read => read,
        }
    }

    /// Bytes `range` of the file as text, when the file is still as it was opened and
    /// they hash to `expected`.
    fn text(&self, range: Range<usize>, expected: u64) -> io::Result<String> {
        let mut bytes = Vec::new();
        self.read_into(range, &mut bytes)?;
        if !self.intact() {
            return Err(changed());
        }
        self.checked(&bytes, expected)?;
        Ok(String::from_utf8(bytes).expect("checked"))
    }
}

impl Base {
    /// Bytes `range` of the text, a piece whose bytes hashed to `expected` at opening
    /// (see [`hash`]; not checked in memory).
    ///
    /// # Errors
    /// Reading the file fails, or it changed since it was opened.
    pub(super) fn text(&self, range: Range<usize>, expected: u64) -> io::Result<Cow<'_, str>> {
        match self {
            Base::Memory(text) => Ok(Cow::Borrowed(&text[range])),
            Base::File(snapshot) => snapshot.text(range, expected).map(Cow::Owned),
        }
    }

    /// The text of `piece`: its own, or its bytes of this text (the pieces know nothing
    /// of where the text they were cut from is kept).
    ///
    /// # Errors
    /// Those of [`Base::text`]: the file it is read from changed or cannot be read.
    pub(super) fn piece_text<'a>(&'a self, piece: &'a Piece) -> io::Result<Cow<'a, str>> {
        match &piece.text {
            Source::Base(range, hash) => self.text(range.clone(), *hash),
            Source::Own(text) => Ok(Cow::Borrowed(text)),
        }
    }

    /// Whether the text can still be read as it was opened (always, in memory).
    pub(super) fn intact(&self) -> bool {
        match self {
            Base::Memory(_) => true,
            Base::File(snapshot) => snapshot.intact(),
        }
    }
}

/// Reads the base's ranges in increasing order, a [`BLOCK`] of the file at a time, for
/// writing the file out: a piece a read would be a system call a claim.
pub(super) struct Ahead<'a> {
    base: &'a Base,
    /// The file's bytes from `at`.
    buffer: Vec<u8>,
    at: usize,
}

impl<'a> Ahead<'a> {
    pub(super) fn new(base: &'a Base) -> Ahead<'a> {
        Ahead {
            base,
            buffer: Vec::new(),
            at: 0,
        }
    }

    /// Bytes `range` of the text, a piece that hashed to `expected` at opening (checked
    /// for a piece read from the file; its length and time are checked by
    /// [`Ahead::finish`], once all are read).
    ///
    /// # Errors
    /// Reading the file fails, or the piece's bytes are not what they were.
    pub(super) fn text(&mut self, range: Range<usize>, expected: u64) -> io::Result<&str> {
        let snapshot = match self.base {
            Base::Memory(text) => return Ok(&text[range]),
            Base::File(snapshot) => snapshot,
        };
        let held = self.at..self.at + self.buffer.len();
        if range.start < held.start || range.end > held.end {
            let end = range
                .end
                .max((range.start + BLOCK).min(snapshot.stamp.len as usize));
            self.buffer.clear();
            snapshot.read_into(range.start..end, &mut self.buffer)?;
            self.at = range.start;
        }
        snapshot.checked(
            &self.buffer[range.start - self.at..range.end - self.at],
            expected,
        )
    }

    /// Checks that what was read is what the file held when opened.
    ///
    /// # Errors
    /// The file changed since it was opened.
    pub(super) fn finish(self) -> io::Result<()> {
        if self.base.intact() {
            Ok(())
        } else {
            Err(changed())
        }
    }
}

/// What reading a file a block at a time gave.
pub(super) enum Read {
    /// The file cut into pieces (byte ranges of the file) with the [`hash`] of each, the
    /// fingerprint of its bytes and its handle.
    Cut(Vec<(Found, u64)>, Fingerprint, Snapshot),
    /// The file is to be read whole and opened in memory: it is empty, has a byte-order
    /// mark, a carriage return, no final newline or bytes that are not UTF-8, cannot be
    /// cut, or a multi-line string runs over the end of a block at a cut.
    Whole(File),
}

/// Reads `file` `block` bytes at a time and cuts it into pieces as
/// [`pieces::split`] cuts a whole text (the same pieces, each shown to `look` in order),
/// each block's text up to the last cut in it; the rest is kept for the next block. A
/// piece longer than a block makes the block grow to hold it.
///
/// # Errors
/// Reading the file fails.
pub(super) fn read_cut(
    file: File,
    block: usize,
    mut look: impl FnMut(&DocumentMut),
) -> io::Result<Read> {
    let stamp = Stamp::of(&file)?;
    let snapshot = Snapshot {
        file,
        stamp,
        broken: AtomicBool::new(false),
    };
    let len = stamp.len as usize;
    let mut found = Vec::new();
    let mut fingerprint = Fingerprint::of(b"");
    // The bytes read and not yet cut, from byte `at` of the file.
    let mut buffer = Vec::new();
    let mut at = 0;
    let mut read = 0;
    loop {
        let from = buffer.len();
        snapshot.read_into(read..len.min(read + block.max(1)), &mut buffer)?;
        read += buffer.len() - from;
        fingerprint = fingerprint.then(&buffer[from..]);
        let eof = read == len;
        let whole = (at == 0 && buffer.starts_with("\u{feff}".as_bytes()))
            || buffer[from..].contains(&b'\r')
            || (eof && !buffer.ends_with(b"\n"));
        let text = match std::str::from_utf8(&buffer) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() && !eof => {
                std::str::from_utf8(&buffer[..e.valid_up_to()]).expect("checked")
            }
            Err(_) => return Ok(Read::Whole(snapshot.file)),
        };
        if whole {
            return Ok(Read::Whole(snapshot.file));
        }
        // Up to the last cut made after the start, or all of it at the end.
        let end = if eof {
            text.len()
        } else {
            match pieces::claim_starts(text).last() {
                Some(&cut) if cut > 0 => cut,
                _ => continue,
            }
        };
        let Some((cut, _)) = pieces::split(&text[..end], at == 0, false, &mut look) else {
            return Ok(Read::Whole(snapshot.file));
        };
        found.extend(cut.into_iter().map(|(range, claims, unnamed)| {
            let check = hash(&text.as_bytes()[range.clone()]);
            ((range.start + at..range.end + at, claims, unnamed), check)
        }));
        buffer.drain(..end);
        at += end;
        if eof {
            return Ok(Read::Cut(found, fingerprint, snapshot));
        }
    }
}
