//! The claims file as an editable TOML document: the `Change`s of an edit made to its text with toml_edit, a piece at a time, keeping its comments, formatting, byte-order mark and line endings, each undone to the exact bytes.

use std::io::Write;
use std::ops::Range;

use toml_edit::{ArrayOfTables, DocumentMut, Item};

use crate::claims::change::{Change, Misfit};
use crate::claims::journal::Fingerprint;
#[cfg(test)]
use crate::claims::{ClaimEntry, ResponseEntry};

mod base;
mod checks;
mod keys;
pub(crate) mod layout;
mod open;
mod ops;
mod pieces;
mod rejected;
use base::{Ahead, Base};
use checks::IdIndex;
use pieces::{Piece, Source};

const BOM: char = '\u{feff}';

/// A claims file opened for editing: its text as pieces (see `edit/pieces`), how its
/// bytes are written (byte-order mark, line endings, final newline), the formatting
/// habits new entries follow, and the undo stack of the changes applied. It never writes
/// a file (the caller writes [`EditableFile::write_to`]), and reads one only when opened
/// with [`EditableFile::open_file`]: then the text it was opened with stays in the file.
///
/// It holds about its text: the text it was opened with (with `\n` line endings) when
/// opened with [`EditableFile::open`] or from a file that is not plain, a piece of 40
/// bytes a claim, the claims' ids, and the text of the pieces edited.
pub struct EditableFile {
    name: String,
    /// The text opened, without its byte-order mark, with `\n` line endings, and with a
    /// final newline added when it had none (taken off again when written): in memory,
    /// or in the file opened.
    base: Base,
    was_empty: bool,
    bom: bool,
    crlf: bool,
    /// The file does not end with a newline, which toml_edit adds: take it off again.
    strip_final_newline: bool,
    /// The file could not be cut into pieces (other tables, odd headers): one piece,
    /// parsed whole for every change.
    whole: bool,
    pieces: Vec<Piece>,
    /// How many claims come before each piece.
    starts: Vec<usize>,
    /// How many claims there are.
    count: usize,
    /// The root table has keys (a `rejected` list), so that the first claim is not the
    /// first thing in the file.
    root_values: bool,
    /// What goes before a new `[[claim]]` header (`"\n"`: a blank line, or nothing).
    claim_gap: String,
    /// What goes before a new `[[claim.response]]` header.
    response_gap: String,
    undo: Vec<Undo>,
    ids: IdIndex,
}

/// What restores the file to how it was before one change.
#[derive(Default)]
struct Undo {
    /// Pieces replaced, in the order made: at piece `.0`, `.1` pieces now stand for the
    /// pieces `.2` that were there.
    splices: Vec<(usize, usize, Vec<Piece>)>,
    /// The ids counted in (`true`) or out, with whether the claim had no `id` key.
    ids: Vec<(String, bool, bool)>,
    /// How many claims were given their default id explicitly.
    named: usize,
    /// Whether the root table had values before.
    root_values: bool,
}

/// Pieces of the file parsed as one document for a change.
struct Window {
    pieces: Range<usize>,
    /// The index in the file of the window's first claim.
    first: usize,
    doc: DocumentMut,
}

impl Window {
    /// The claim tables, made (empty) when the window has none.
    fn claims_mut(&mut self) -> &mut ArrayOfTables {
        let root = self.doc.as_table_mut();
        if !root.contains_array_of_tables("claim") {
            root.insert("claim", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        root.get_mut("claim")
            .and_then(Item::as_array_of_tables_mut)
            .expect("just made")
    }

    fn claims(&self) -> Option<&ArrayOfTables> {
        self.doc.get("claim").and_then(Item::as_array_of_tables)
    }

    fn claim_count(&self) -> usize {
        self.claims().map_or(0, ArrayOfTables::len)
    }

    /// The response tables of the window's claim `claim` (which must be there), made
    /// when it has none.
    fn responses_mut(&mut self, claim: usize) -> &mut ArrayOfTables {
        let table = self.claims_mut().get_mut(claim).expect("checked claim");
        if !table.contains_array_of_tables("response") {
            table.insert("response", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        table
            .get_mut("response")
            .and_then(Item::as_array_of_tables_mut)
            .expect("just made")
    }

    fn response_count(&self, claim: usize) -> usize {
        self.claims()
            .and_then(|c| c.get(claim))
            .and_then(|t| t.get("response"))
            .and_then(Item::as_array_of_tables)
            .map_or(0, ArrayOfTables::len)
    }
}

impl EditableFile {
    /// The name the file was opened with.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the file was opened empty (or absent).
    pub fn was_empty(&self) -> bool {
        self.was_empty
    }

    /// The file's text now, with its byte-order mark and line endings.
    ///
    /// # Panics
    /// When the file it was opened from ([`EditableFile::open_file`]) changed or cannot
    /// be read: [`EditableFile::write_to`] says so as an error.
    pub fn text(&self) -> String {
        let mut out = Vec::new();
        self.write_to(&mut out)
            .expect("the file read as it was opened");
        String::from_utf8(out).expect("pieces of UTF-8")
    }

    /// Whether the text the file was opened with can still be read as it was: always,
    /// but for a file opened with [`EditableFile::open_file`] that changed on disk since
    /// in place (a file replaced by a rename, as the writer saves, leaves it intact). A
    /// file not intact can neither be changed nor written: open it again.
    pub fn intact(&self) -> bool {
        self.base.intact()
    }

    /// Writes the file's text now (that of [`EditableFile::text`]) to `out`, a piece at a
    /// time, without making it whole in memory.
    ///
    /// # Errors
    /// Those of `out`; reading the file it was opened from fails, or it changed (then
    /// [`EditableFile::intact`] is `false`, and what was written must not be kept).
    pub fn write_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        self.bytes(&mut |bytes| out.write_all(bytes))
    }

    /// The fingerprint of the file's text now, as [`Fingerprint::of`] gives it.
    ///
    /// # Errors
    /// Those of [`EditableFile::write_to`]'s reading.
    pub fn fingerprint(&self) -> std::io::Result<Fingerprint> {
        let mut fingerprint = Fingerprint::of(b"");
        self.bytes(&mut |bytes| {
            fingerprint = fingerprint.then(bytes);
            Ok(())
        })?;
        Ok(fingerprint)
    }

    /// Hands the file's bytes now to `out`, in order, stopping at its first error.
    fn bytes(&self, out: &mut dyn FnMut(&[u8]) -> std::io::Result<()>) -> std::io::Result<()> {
        if self.bom {
            out(BOM.to_string().as_bytes())?;
        }
        let last = self.pieces.iter().rposition(|p| !p.is_empty());
        let mut ahead = Ahead::new(&self.base);
        for (i, piece) in self.pieces.iter().enumerate() {
            let mut text = match &piece.text {
                Source::Base(range, hash) => ahead.text(range.clone(), *hash)?,
                Source::Own(text) => text,
            };
            if Some(i) == last && self.strip_final_newline {
                text = text.strip_suffix('\n').unwrap_or(text);
            }
            if !self.crlf {
                out(text.as_bytes())?;
                continue;
            }
            let mut lines = text.split('\n');
            if let Some(first) = lines.next() {
                out(first.as_bytes())?;
            }
            for line in lines {
                out(b"\r\n")?;
                out(line.as_bytes())?;
            }
        }
        ahead.finish()
    }

    /// How many changes [`EditableFile::undo`] can take back.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Makes `change` in the file, as [`Change::apply_to`] makes it in the entries, and
    /// remembers how to undo it. Costs the size of the pieces changed (the entry's, and
    /// the first claim's when the file's header comments move), plus a piece for every
    /// claim without an `id` after it when a claim is added or removed (their default
    /// ids are written out).
    ///
    /// # Errors
    /// [`Misfit`] when the claim or response named is not there (the messages of
    /// [`Change::apply_to`]), or when the change would make the file unreadable: an
    /// entry with an empty id, claimant, expert or quote, a position that ends before it
    /// starts, a confidence over 100%, or a claim id another claim has. Nothing is
    /// changed then.
    pub fn apply(&mut self, change: &Change) -> std::result::Result<(), Misfit> {
        let mut undo = Undo {
            root_values: self.root_values,
            ..Undo::default()
        };
        let made = match change {
            Change::AddClaim { at, entry } => self.add_claim(*at, entry, &mut undo),
            Change::RemoveClaim { at } => self.remove_claim(*at, &mut undo),
            Change::SetClaim { at, entry } => self.set_claim(*at, entry, &mut undo),
            Change::AddResponse { claim, at, entry } => {
                self.add_response(*claim, *at, entry, &mut undo)
            }
            Change::RemoveResponse { claim, at } => self.remove_response(*claim, *at, &mut undo),
            Change::SetResponse { claim, at, entry } => {
                self.set_response(*claim, *at, entry, &mut undo)
            }
            Change::AddRejected { quote } => self.add_rejected(quote, &mut undo),
            Change::RemoveRejected { quote } => self.remove_rejected(quote, &mut undo),
        };
        if let Err(misfit) = made {
            self.take_back(undo);
            return Err(misfit);
        }
        self.undo.push(undo);
        Ok(())
    }

    /// Takes back the last change applied and not yet undone; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(undo) = self.undo.pop() else {
            return false;
        };
        self.take_back(undo);
        true
    }

    fn take_back(&mut self, undo: Undo) {
        for (at, len, old) in undo.splices.into_iter().rev() {
            self.pieces.splice(at..at + len, old);
        }
        for (id, unnamed, add) in undo.ids.into_iter().rev() {
            self.ids.bump(&id, unnamed, !add);
        }
        self.ids.unnamed += undo.named;
        self.root_values = undo.root_values;
        self.recount();
    }

    /// Counts the claims before each piece again.
    fn recount(&mut self) {
        self.starts.clear();
        let mut count = 0;
        for piece in &self.pieces {
            self.starts.push(count);
            count += piece.claims as usize;
        }
        self.count = count;
    }

    /// The piece that holds claim `claim` (which must be there).
    fn piece_of(&self, claim: usize) -> usize {
        let after = self.starts.partition_point(|&s| s <= claim);
        (0..after)
            .rev()
            .find(|&i| self.pieces[i].claims > 0)
            .unwrap_or(0)
    }

    /// The pieces a change needs: those of claims `claims.0` to `claims.1` (inclusive),
    /// the first piece too when `head`, and every piece after the last claim when it is
    /// among them (the file's trailing comments). All of them when there are no claims.
    fn pieces_for(&self, claims: Option<(usize, usize)>, head: bool) -> Range<usize> {
        let n = self.pieces.len();
        if self.whole || self.count == 0 {
            return 0..n;
        }
        let (mut from, mut to) = match claims {
            Some((lo, hi)) => (self.piece_of(lo), self.piece_of(hi) + 1),
            None => (0, 1),
        };
        if head {
            from = 0;
        }
        if claims.is_some_and(|(_, hi)| hi + 1 >= self.count) {
            to = n;
        }
        from..to.max(from + 1)
    }

    /// The pieces `pieces` parsed as one document.
    fn window(&self, pieces: Range<usize>) -> std::result::Result<Window, Misfit> {
        let unread = |e: std::io::Error| Misfit(format!("{}: {e}", self.name));
        let mut text = String::new();
        for piece in &self.pieces[pieces.clone()] {
            text.push_str(&self.base.piece_text(piece).map_err(unread)?);
        }
        let doc = text.parse::<DocumentMut>().map_err(|e| {
            Misfit(format!(
                "{}: toml_edit cannot read the part of the file to change: {}",
                self.name,
                e.message()
            ))
        })?;
        Ok(Window {
            first: self.starts.get(pieces.start).copied().unwrap_or(0),
            pieces,
            doc,
        })
    }

    /// Writes `window` back in place of the pieces it was parsed from, cut into pieces
    /// again, and remembers the pieces it replaced in `undo`; how many pieces it is now.
    fn put_back(&mut self, window: Window, undo: &mut Undo) -> usize {
        let at = window.pieces.start;
        if at == 0 {
            self.root_values = window.doc.as_table().iter().any(|(_, i)| i.is_value());
        }
        let text = window.doc.to_string();
        let claims: Vec<_> = pieces::claim_tables(&window.doc).collect();
        let (count, unnamed) = (
            claims.len(),
            claims.iter().filter(|c| !c.contains_key("id")).count(),
        );
        let head = at == 0;
        let found = (!self.whole)
            .then(|| pieces::split(&text, head, false, |_| {}))
            .flatten()
            .map(|(found, _)| found)
            .filter(|found| found.iter().map(|f| f.1 as usize).sum::<usize>() == count);
        let new: Vec<Piece> = match found {
            Some(found) => found
                .into_iter()
                .enumerate()
                .filter(|(i, (range, _, _))| (head && *i == 0) || !range.is_empty())
                .map(|(_, (range, claims, unnamed))| Piece {
                    text: Source::Own(text[range].into()),
                    claims,
                    unnamed,
                })
                .collect(),
            None => vec![Piece {
                text: Source::Own(text.into()),
                claims: u32::try_from(count).unwrap_or(u32::MAX),
                unnamed: u32::try_from(unnamed).unwrap_or(u32::MAX),
            }],
        };
        let len = new.len();
        let old = self.pieces.splice(window.pieces, new).collect();
        undo.splices.push((at, len, old));
        self.recount();
        len
    }

    /// Counts claim table `table`, claim `index` of the file, in (`add`) or out, and
    /// remembers it in `undo`.
    fn count_id(&mut self, table: &toml_edit::Table, index: usize, add: bool, undo: &mut Undo) {
        let (id, unnamed) = self.ids.count(table, index, add);
        undo.ids.push((id, unnamed, add));
    }

    /// Whether the id index agrees with the claims (for tests).
    #[cfg(test)]
    fn ids_are_current(&self) -> bool {
        let mut fresh = IdIndex::default();
        let mut i = 0;
        for piece in 0..self.pieces.len() {
            let window = self.window(piece..piece + 1).expect("a piece parses");
            for table in pieces::claim_tables(&window.doc) {
                fresh.count(table, i, true);
                i += 1;
            }
        }
        fresh.count.retain(|_, n| *n > 0);
        let mut kept = self.ids.count.clone();
        kept.retain(|_, n| *n > 0);
        i == self.count && fresh.count == kept && fresh.unnamed == self.ids.unnamed
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "edit_prop_tests.rs"]
mod props;

#[cfg(test)]
#[path = "edit_piece_tests.rs"]
mod piece_tests;

#[cfg(test)]
#[path = "edit_file_tests.rs"]
mod file_tests;

#[cfg(test)]
#[path = "edit_kept_tests.rs"]
mod kept_tests;
