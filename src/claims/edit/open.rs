//! Opening a claims file for editing: its text normalised (byte-order mark, line endings), cut into pieces (from memory, or from the file a block at a time, its text left there), or checked whole, and what its pieces show gathered (ids, blank lines).

use std::io::Read as _;

use toml_edit::{DocumentMut, Item};

use super::base::{self, BLOCK, Base, Read};
use super::checks::{IdIndex, check_shape};
use super::layout::most_common_blank;
use super::pieces::{self, Found, Piece, Source};
use super::{BOM, EditableFile};
use crate::claims::journal::Fingerprint;
use crate::error::{Error, Result};

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

impl EditableFile {
    /// Reads the claims file `text` (named `name` in messages) for editing, holding its
    /// text in memory. Pass the text as a `String` to have it kept without a copy.
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

    /// Opens the claims file `file` (named `name` in messages) for editing without
    /// holding its text: it is read and cut 1 MiB at a time, and the pieces no edit
    /// touches are read from `file` again when needed, so the handle is kept. Returns
    /// the file and the fingerprint of the bytes read. A file with a byte-order mark,
    /// CRLF line endings, no final newline, or a multi-line string running over a cut at
    /// the end of a block is read whole and held as [`EditableFile::open`] holds it.
    /// Once the file changes on disk in place (not replaced by a rename),
    /// [`EditableFile::intact`] says so and every read of it fails.
    ///
    /// # Errors
    /// Those of [`EditableFile::open`]; [`Error::Io`] when reading fails;
    /// [`Error::Usage`] when the file is not UTF-8.
    pub fn open_file(name: &str, file: std::fs::File) -> Result<(EditableFile, Fingerprint)> {
        Self::open_file_in_blocks(name, file, BLOCK)
    }

    /// [`EditableFile::open_file`], reading `block` bytes at a time (tests cut small files
    /// in many blocks).
    pub(super) fn open_file_in_blocks(
        name: &str,
        file: std::fs::File,
        block: usize,
    ) -> Result<(EditableFile, Fingerprint)> {
        let io = |e: std::io::Error| Error::io(std::path::Path::new(name), &e);
        let mut seen = Seen::default();
        match base::read_cut(file, block, |doc| seen.look(doc)).map_err(io)? {
            Read::Cut(found, fingerprint, snapshot) => {
                let mut opened = Self::new(name, Base::File(snapshot), false, false, false);
                opened.take_pieces(found, false, seen);
                Ok((opened, fingerprint))
            }
            Read::Whole(mut file) => {
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes).map_err(io)?;
                let fingerprint = Fingerprint::of(&bytes);
                let text = String::from_utf8(bytes).map_err(|_| {
                    Error::Usage(format!("{name} is not UTF-8: it cannot be edited here"))
                })?;
                Ok((Self::open(name, text)?, fingerprint))
            }
        }
    }

    /// A file with no pieces yet, its text `base`.
    fn new(name: &str, base: Base, was_empty: bool, bom: bool, crlf: bool) -> EditableFile {
        EditableFile {
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
        }
    }

    /// [`EditableFile::open`], the file cut into pieces when `cut` and it can be, else
    /// taken whole (for tests, which hold the pieces to the whole document).
    pub(super) fn open_cut(name: &str, mut text: String, cut: bool) -> Result<EditableFile> {
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
        let mut text = if crlf {
            text.replace("\r\n", "\n")
        } else {
            text
        };
        let mut seen = Seen::default();
        let found = cut
            .then(|| pieces::split(&text, true, true, |doc| seen.look(doc)))
            .flatten();
        if let Some((found, added_newline)) = found {
            if added_newline {
                text.push('\n');
            }
            let mut file = Self::new(name, Base::Memory(text), was_empty, bom, crlf);
            let found = found.into_iter().map(|f| (f, 0)).collect();
            file.take_pieces(found, added_newline, seen);
            return Ok(file);
        }
        let mut seen = Seen::default();
        let (claims, unnamed, added_newline) = open_whole(name, &text, &mut |doc| seen.look(doc))?;
        if added_newline {
            text.push('\n');
        }
        let len = text.len();
        let mut file = Self::new(name, Base::Memory(text), was_empty, bom, crlf);
        file.whole = true;
        file.strip_final_newline = added_newline;
        file.pieces = vec![Piece {
            text: Source::Base(0..len, 0),
            claims,
            unnamed,
        }];
        file.gathered(seen);
        Ok(file)
    }

    /// Takes the pieces `found` with their hashes (the last one's end moved by the
    /// newline added to the text, when `added_newline`) and what opening gathered from
    /// them.
    fn take_pieces(&mut self, found: Vec<(Found, u64)>, added_newline: bool, seen: Seen) {
        self.strip_final_newline = added_newline;
        let end = found.last().map_or(0, |f| f.0.0.end);
        self.pieces = found
            .into_iter()
            .map(|((range, claims, unnamed), hash)| Piece {
                text: Source::Base(
                    range.start..range.end + usize::from(added_newline && range.end == end),
                    hash,
                ),
                claims,
                unnamed,
            })
            .collect();
        self.gathered(seen);
    }

    /// Keeps what opening gathered: whether the root has values, the usual blank space
    /// before claims and responses, the ids; and counts the claims.
    fn gathered(&mut self, seen: Seen) {
        let Seen {
            claim_gaps,
            response_gaps,
            ids,
            root_values,
            ..
        } = seen;
        self.root_values = root_values.unwrap_or(false);
        self.claim_gap = most_common_blank(claim_gaps);
        self.response_gap = most_common_blank(response_gaps);
        self.ids = ids;
        self.recount();
    }
}

/// Checks the whole text `norm` as one document (a file that cannot be cut into pieces),
/// showing it to `look`; its claims, those without an `id`, and whether toml_edit adds a
/// final newline (the file has none).
fn open_whole(
    name: &str,
    norm: &str,
    look: &mut impl FnMut(&DocumentMut),
) -> Result<(u32, u32, bool)> {
    let parsed = toml_edit::Document::parse(norm).map_err(|err| {
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
    let mut added_newline = false;
    if rendered != norm {
        if rendered.strip_suffix('\n') != Some(norm) {
            return Err(Error::Usage(format!(
                "{name}: toml_edit would not write this file back byte for byte, so editing it \
                 could change text you did not touch; `counterpoint check` and a plain layout \
                 (one `[[claim]]` table after another) make it editable"
            )));
        }
        added_newline = true;
    }
    look(&doc);
    let claims: Vec<_> = pieces::claim_tables(&doc).collect();
    let unnamed = claims.iter().filter(|c| !c.contains_key("id")).count();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok((count(claims.len()), count(unnamed), added_newline))
}
