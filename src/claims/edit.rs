//! The claims file as an editable TOML document: the `Change`s of an edit made to its text with toml_edit, a piece at a time, keeping its comments, formatting, byte-order mark and line endings, each undone to the exact bytes.

use std::io::Write;
use std::ops::Range;

use toml_edit::{ArrayOfTables, DocumentMut, Item};

use crate::claims::change::{Change, Misfit};
use crate::claims::journal::Fingerprint;
#[cfg(test)]
use crate::claims::{ClaimEntry, ResponseEntry};
use crate::error::{Error, Result};

mod checks;
mod keys;
mod layout;
mod ops;
mod pieces;
mod rejected;
use checks::{IdIndex, check_shape};
use layout::most_common_blank;
use pieces::{Piece, Source};

const BOM: char = '\u{feff}';

/// A claims file opened for editing: its text as pieces (see `edit/pieces`), how its
/// bytes are written (byte-order mark, line endings, final newline), the formatting
/// habits new entries follow, and the undo stack of the changes applied. Pure: it never
/// reads or writes a file; the caller writes [`EditableFile::text`] or
/// [`EditableFile::write_to`].
///
/// It holds about its text: the text it was opened with (with `\n` line endings), a
/// piece of 16 bytes a claim, the claims' ids, and the text of the pieces edited.
pub struct EditableFile {
    name: String,
    /// The text opened, without its byte-order mark, with `\n` line endings, and with a
    /// final newline added when it had none (taken off again when written).
    base: String,
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

/// What opening the file gathers from its pieces, in file order.
#[derive(Default)]
struct Seen {
    /// How many claims' headers (but the first's when it is the first thing in the file)
    /// have each blank space before them, and how many responses' headers.
    claim_gaps: Vec<(String, usize)>,
    response_gaps: Vec<(String, usize)>,
    claims: usize,
    ids: IdIndex,
    /// Whether the root table has values, from the first piece.
    root_values: Option<bool>,
}

impl Seen {
    fn look(&mut self, doc: &DocumentMut) {
        self.root_values
            .get_or_insert_with(|| doc.as_table().iter().any(|(_, i)| i.is_value()));
        let first_is_first = self.root_values == Some(false);
        for claim in pieces::claim_tables(doc) {
            self.ids.count(claim, self.claims, true);
            if self.claims > 0 || !first_is_first {
                tally(&mut self.claim_gaps, claim.decor());
            }
            self.claims += 1;
            let responses = claim.get("response").and_then(Item::as_array_of_tables);
            for response in responses.into_iter().flatten() {
                tally(&mut self.response_gaps, response.decor());
            }
        }
    }
}

/// Counts the blank space before a table's header (its decor), when it is blank.
fn tally(gaps: &mut Vec<(String, usize)>, decor: &toml_edit::Decor) {
    let gap = decor.prefix().and_then(|p| p.as_str()).unwrap_or("");
    if !gap.trim().is_empty() {
        return;
    }
    match gaps.iter_mut().find(|(g, _)| g == gap) {
        Some((_, n)) => *n += 1,
        None => gaps.push((gap.to_string(), 1)),
    }
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
    /// Reads the claims file `text` (named `name` in messages) for editing. Pass the text
    /// as a `String` to have it kept without a copy.
    ///
    /// # Errors
    /// [`Error::At`] in `name` when toml_edit cannot read the text; when the claims are
    /// not `[[claim]]` tables with their responses as `[[claim.response]]` tables (an
    /// inline `claim = [{…}]` or `response = [{…}]`, a `[claim]` table) or `rejected` is
    /// not a list; [`Error::Usage`] naming the file when it mixes CRLF and LF line
    /// endings, or when toml_edit would not write it back byte for byte. Each says what
    /// to do.
    pub fn open(name: &str, text: impl Into<String>) -> Result<EditableFile> {
        Self::open_cut(name, text.into(), true)
    }

    /// [`EditableFile::open`], the file cut into pieces when `cut` and it can be, else
    /// taken whole (for tests, which hold the pieces to the whole document).
    fn open_cut(name: &str, mut text: String, cut: bool) -> Result<EditableFile> {
        let was_empty = text.is_empty();
        let bom = text.starts_with(BOM);
        if bom {
            text.drain(..BOM.len_utf8());
        }
        let crlf = text.contains("\r\n");
        if crlf && text.matches('\n').count() != text.matches("\r\n").count() {
            return Err(Error::Usage(format!(
                "{name}: the file mixes CRLF and LF line endings, which an edit could not keep; \
                 give it one kind (e.g. with dos2unix or your editor's line-ending setting) and edit again"
            )));
        }
        let base = if crlf {
            text.replace("\r\n", "\n")
        } else {
            text
        };
        let mut file = EditableFile {
            name: name.to_string(),
            base,
            was_empty,
            bom,
            crlf,
            strip_final_newline: false,
            whole: false,
            pieces: Vec::new(),
            starts: Vec::new(),
            count: 0,
            root_values: false,
            claim_gap: String::new(),
            response_gap: String::new(),
            undo: Vec::new(),
            ids: IdIndex::default(),
        };
        let mut seen = Seen::default();
        let found = cut
            .then(|| pieces::split(&file.base, true, true, |doc| seen.look(doc)))
            .flatten();
        match found {
            Some((found, added_newline)) => {
                file.strip_final_newline = added_newline;
                let end = file.base.len();
                if added_newline {
                    file.base.push('\n');
                }
                let len = file.base.len();
                file.pieces = found
                    .into_iter()
                    .map(|(range, claims, unnamed)| Piece {
                        text: Source::Base(
                            range.start..if range.end == end { len } else { range.end },
                        ),
                        claims,
                        unnamed,
                    })
                    .collect();
            }
            None => {
                seen = Seen::default();
                file.whole = true;
                let (claims, unnamed) = file.open_whole(&mut |doc| seen.look(doc))?;
                let len = file.base.len();
                file.pieces = vec![Piece {
                    text: Source::Base(0..len),
                    claims,
                    unnamed,
                }];
            }
        }
        let Seen {
            claim_gaps,
            response_gaps,
            ids,
            root_values,
            ..
        } = seen;
        file.root_values = root_values.unwrap_or(false);
        file.claim_gap = most_common_blank(claim_gaps);
        file.response_gap = most_common_blank(response_gaps);
        file.ids = ids;
        file.recount();
        Ok(file)
    }

    /// Checks the whole text as one document (a file that cannot be cut into pieces),
    /// showing it to `look`; its claims and those without an `id`.
    fn open_whole(&mut self, look: &mut impl FnMut(&DocumentMut)) -> Result<(u32, u32)> {
        let (name, norm) = (&self.name, &self.base);
        let parsed = toml_edit::Document::parse(norm.as_str()).map_err(|err| {
            let at = err.span().map_or(0, |s| s.start);
            Error::at(
                name,
                norm,
                at,
                format!("cannot be edited: {}", err.message()),
            )
            .with_hint("fix the file (`counterpoint check` says what is wrong), then edit again")
        })?;
        check_shape(name, norm, &parsed)?;
        let doc = parsed.into_mut();
        let rendered = doc.to_string();
        if rendered != *norm {
            if rendered.strip_suffix('\n') != Some(norm.as_str()) {
                return Err(Error::Usage(format!(
                    "{name}: toml_edit would not write this file back byte for byte, so editing it \
                     could change text you did not touch; `counterpoint check` and a plain layout \
                     (one `[[claim]]` table after another) make it editable"
                )));
            }
            self.strip_final_newline = true;
            self.base.push('\n');
        }
        look(&doc);
        let claims: Vec<_> = pieces::claim_tables(&doc).collect();
        let unnamed = claims.iter().filter(|c| !c.contains_key("id")).count();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Ok((count(claims.len()), count(unnamed)))
    }

    /// The name the file was opened with.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the file was opened empty (or absent).
    pub fn was_empty(&self) -> bool {
        self.was_empty
    }

    /// The file's text now, with its byte-order mark and line endings.
    pub fn text(&self) -> String {
        let mut out = Vec::with_capacity(self.base.len() + 3);
        self.write_to(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("pieces of UTF-8")
    }

    /// Writes the file's text now (that of [`EditableFile::text`]) to `out`, a piece at a
    /// time, without making it whole in memory.
    ///
    /// # Errors
    /// Those of `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let mut failed = Ok(());
        self.bytes(&mut |bytes| {
            if failed.is_ok() {
                failed = out.write_all(bytes);
            }
        });
        failed
    }

    /// The fingerprint of the file's text now, as [`Fingerprint::of`] gives it.
    pub fn fingerprint(&self) -> Fingerprint {
        let mut fingerprint = Fingerprint::of(b"");
        self.bytes(&mut |bytes| fingerprint = fingerprint.then(bytes));
        fingerprint
    }

    /// Hands the file's bytes now to `out`, in order.
    fn bytes(&self, out: &mut dyn FnMut(&[u8])) {
        if self.bom {
            out(BOM.to_string().as_bytes());
        }
        let last = self
            .pieces
            .iter()
            .rposition(|p| !p.text(&self.base).is_empty());
        for (i, piece) in self.pieces.iter().enumerate() {
            let mut text = piece.text(&self.base);
            if Some(i) == last && self.strip_final_newline {
                text = text.strip_suffix('\n').unwrap_or(text);
            }
            if !self.crlf {
                out(text.as_bytes());
                continue;
            }
            let mut lines = text.split('\n');
            if let Some(first) = lines.next() {
                out(first.as_bytes());
            }
            for line in lines {
                out(b"\r\n");
                out(line.as_bytes());
            }
        }
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
        let mut text = String::new();
        for piece in &self.pieces[pieces.clone()] {
            text.push_str(piece.text(&self.base));
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
