//! The claims file as an editable TOML document: the `Change`s of an edit made to its text with toml_edit, keeping its comments, formatting, byte-order mark and line endings, each undone to the exact bytes.

use toml_edit::{ArrayOfTables, Decor, DocumentMut, Item, Table};

use crate::claims::change::{Change, Misfit};
use crate::claims::write::{claim_table, response_table};
use crate::claims::{ClaimEntry, ResponseEntry};
use crate::error::{Error, Result};

mod checks;
mod keys;
mod layout;
mod rejected;
use checks::{IdIndex, check_claim, check_responses, check_shape, no_claim, no_response, taken};
use keys::{CLAIM_KEYS, RESPONSE_KEYS, one_line, put, set_keys};
use layout::{most_common_blank, prefix, split_header};

const BOM: char = '\u{feff}';

/// A claims file opened for editing: the TOML document, how its bytes are written
/// (byte-order mark, line endings, final newline), the formatting habits new entries
/// follow, and the undo stack of the changes applied. Pure: it never reads or writes a
/// file; the caller writes [`EditableFile::text`].
pub struct EditableFile {
    name: String,
    original: String,
    bom: bool,
    crlf: bool,
    /// The file does not end with a newline, which toml_edit adds: take it off again.
    strip_final_newline: bool,
    doc: DocumentMut,
    /// What goes before a new `[[claim]]` header (`"\n"`: a blank line, or nothing).
    claim_gap: String,
    /// What goes before a new `[[claim.response]]` header.
    response_gap: String,
    undo: Vec<Undo>,
    ids: IdIndex,
}

/// Where an entry's table is: claim `.0`, or response `.1` of it.
#[derive(Debug, Clone, Copy)]
struct Place(usize, Option<usize>);

/// What restores the document to how it was before one change, applied in this order.
#[derive(Default)]
struct Undo {
    /// Decors of claim tables (by index after the change) to put back: header comments
    /// that moved from one table to another.
    decors: Vec<(usize, Decor)>,
    /// The document's trailing text before the change, when it moved.
    trailing: Option<String>,
    /// Claims (by index after the change) that were given their default id explicitly.
    named: Vec<usize>,
    /// An entry added, to take out.
    added: Option<Place>,
    /// An entry removed, to put back.
    removed: Option<(Place, Table)>,
    /// An entry changed, to put back whole.
    replaced: Option<(Place, Table)>,
    /// The `rejected` item before the change, when the change was to the list.
    rejected: Option<Option<Item>>,
}

impl EditableFile {
    /// Reads the claims file `text` (named `name` in messages) for editing.
    ///
    /// # Errors
    /// [`Error::At`] in `name` when toml_edit cannot read the text; when the claims are
    /// not `[[claim]]` tables with their responses as `[[claim.response]]` tables (an
    /// inline `claim = [{…}]` or `response = [{…}]`, a `[claim]` table) or `rejected` is
    /// not a list; [`Error::Usage`] naming the file when it mixes CRLF and LF line
    /// endings, or when toml_edit would not write it back byte for byte. Each says what
    /// to do.
    pub fn open(name: &str, text: &str) -> Result<EditableFile> {
        let bom = text.starts_with(BOM);
        let body = text.strip_prefix(BOM).unwrap_or(text);
        let crlf = body.contains("\r\n");
        if crlf && body.matches('\n').count() != body.matches("\r\n").count() {
            return Err(Error::Usage(format!(
                "{name}: the file mixes CRLF and LF line endings, which an edit could not keep; \
                 give it one kind (e.g. with dos2unix or your editor's line-ending setting) and edit again"
            )));
        }
        let norm = if crlf {
            body.replace("\r\n", "\n")
        } else {
            body.to_string()
        };
        let parsed = toml_edit::Document::parse(norm.as_str()).map_err(|err| {
            let at = err.span().map_or(0, |s| s.start);
            Error::at(
                name,
                &norm,
                at,
                format!("cannot be edited: {}", err.message()),
            )
            .with_hint("fix the file (`counterpoint check` says what is wrong), then edit again")
        })?;
        check_shape(name, &norm, &parsed)?;
        let doc = parsed.into_mut();
        let rendered = doc.to_string();
        let strip_final_newline = if rendered == norm {
            false
        } else if rendered.strip_suffix('\n') == Some(norm.as_str()) {
            true
        } else {
            return Err(Error::Usage(format!(
                "{name}: toml_edit would not write this file back byte for byte, so editing it \
                 could change text you did not touch; `counterpoint check` and a plain layout \
                 (one `[[claim]]` table after another) make it editable"
            )));
        };
        let mut file = EditableFile {
            name: name.to_string(),
            original: text.to_string(),
            bom,
            crlf,
            strip_final_newline,
            doc,
            claim_gap: String::new(),
            response_gap: String::new(),
            undo: Vec::new(),
            ids: IdIndex::default(),
        };
        (file.claim_gap, file.response_gap) = file.habits();
        if let Some(claims) = file.doc.get("claim").and_then(Item::as_array_of_tables) {
            for (i, table) in claims.iter().enumerate() {
                file.ids.count(table, i, true);
            }
        }
        Ok(file)
    }

    /// The name the file was opened with.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The text the file was opened with.
    pub fn original(&self) -> &str {
        &self.original
    }

    /// The file's text now, with its byte-order mark and line endings.
    pub fn text(&self) -> String {
        if self.undo.is_empty() {
            return self.original.clone();
        }
        let mut out = self.doc.to_string();
        if self.strip_final_newline && out.ends_with('\n') {
            out.pop();
        }
        if self.crlf {
            out = out.replace('\n', "\r\n");
        }
        if self.bom {
            out.insert(0, BOM);
        }
        out
    }

    /// How many changes [`EditableFile::undo`] can take back.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Makes `change` in the document, as [`Change::apply_to`] makes it in the entries,
    /// and remembers how to undo it. Costs the size of the entry changed, plus a look at
    /// every claim's id when a claim is added, removed or renamed.
    ///
    /// # Errors
    /// [`Misfit`] when the claim or response named is not there (the messages of
    /// [`Change::apply_to`]), or when the change would make the file unreadable: an
    /// entry with an empty id, claimant, expert or quote, a position that ends before it
    /// starts, a confidence over 100%, or a claim id another claim has. Nothing is
    /// changed then.
    pub fn apply(&mut self, change: &Change) -> std::result::Result<(), Misfit> {
        let undo = match change {
            Change::AddClaim { at, entry } => self.add_claim(*at, entry)?,
            Change::RemoveClaim { at } => self.remove_claim(*at)?,
            Change::SetClaim { at, entry } => self.set_claim(*at, entry)?,
            Change::AddResponse { claim, at, entry } => self.add_response(*claim, *at, entry)?,
            Change::RemoveResponse { claim, at } => self.remove_response(*claim, *at)?,
            Change::SetResponse { claim, at, entry } => self.set_response(*claim, *at, entry)?,
            Change::AddRejected { quote } => self.add_rejected(quote),
            Change::RemoveRejected { quote } => self.remove_rejected(quote)?,
        };
        self.undo.push(undo);
        Ok(())
    }

    /// Takes back the last change applied and not yet undone; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(undo) = self.undo.pop() else {
            return false;
        };
        for (at, decor) in undo.decors {
            if let Some(table) = self.claims_mut().get_mut(at) {
                *table.decor_mut() = decor;
            }
        }
        if let Some(trailing) = undo.trailing {
            self.doc.set_trailing(trailing);
        }
        self.ids.unnamed += undo.named.len();
        for at in undo.named {
            if let Some(table) = self.claims_mut().get_mut(at) {
                table.remove("id");
            }
        }
        if let Some(place) = undo.added {
            match place {
                Place(at, None) => {
                    let table = self.claims_mut().remove(at);
                    self.ids.count(&table, at, false);
                }
                Place(claim, Some(at)) => {
                    self.responses_mut(claim).remove(at);
                }
            }
        }
        if let Some((place, table)) = undo.removed {
            match place {
                Place(at, None) => {
                    self.ids.count(&table, at, true);
                    self.claims_mut().insert(at, table);
                }
                Place(claim, Some(at)) => self.responses_mut(claim).insert(at, table),
            }
        }
        if let Some((place, table)) = undo.replaced {
            match place {
                Place(at, None) => {
                    self.ids.count(&table, at, true);
                    let now = self.claims_mut().replace(at, table);
                    self.ids.count(&now, at, false);
                }
                Place(claim, Some(at)) => {
                    self.responses_mut(claim).replace(at, table);
                }
            }
        }
        if let Some(rejected) = undo.rejected {
            let root = self.doc.as_table_mut();
            match rejected {
                None => {
                    root.remove("rejected");
                }
                Some(item) => match root.get_mut("rejected") {
                    Some(slot) => *slot = item,
                    None => {
                        root.insert("rejected", item);
                    }
                },
            }
        }
        true
    }

    /// The claim tables, in file order (none in a file without claims).
    fn claims(&self) -> Option<&ArrayOfTables> {
        self.doc.get("claim").and_then(Item::as_array_of_tables)
    }

    /// The claim tables, made (empty) when the file has none.
    fn claims_mut(&mut self) -> &mut ArrayOfTables {
        let root = self.doc.as_table_mut();
        if !root.contains_array_of_tables("claim") {
            root.insert("claim", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        root.get_mut("claim")
            .and_then(Item::as_array_of_tables_mut)
            .expect("just made")
    }

    fn claim_count(&self) -> usize {
        self.claims().map_or(0, ArrayOfTables::len)
    }

    /// The response tables of claim `claim` (which must be there), made when it has none.
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

    /// Whether the root table has keys (a `rejected` list), so that the first claim is
    /// not the first thing in the file.
    fn root_has_values(&self) -> bool {
        self.doc.as_table().iter().any(|(_, item)| item.is_value())
    }

    /// The most common blank space before a claim's header and before a response's, of
    /// those with no comment in it; a blank line when the file has none.
    fn habits(&self) -> (String, String) {
        let mut claim_gaps = Vec::new();
        let mut response_gaps = Vec::new();
        let first_is_first = !self.root_has_values();
        for (i, claim) in self.claims().into_iter().flat_map(|c| c.iter()).enumerate() {
            if i > 0 || !first_is_first {
                claim_gaps.push(prefix(claim.decor()));
            }
            let responses = claim.get("response").and_then(Item::as_array_of_tables);
            response_gaps.extend(
                responses
                    .into_iter()
                    .flat_map(|r| r.iter())
                    .map(|r| prefix(r.decor())),
            );
        }
        (
            most_common_blank(claim_gaps),
            most_common_blank(response_gaps),
        )
    }

    /// Whether a claim other than claim `except` has the id `id` (its `id`, else
    /// `c{N}` by position, as the parser gives them).
    fn id_taken(&self, id: &str, except: Option<usize>) -> bool {
        let id = id.trim();
        let mut count = self.ids.count.get(id).copied().unwrap_or(0);
        if let Some(at) = except
            && let Some(table) = self.claims().and_then(|c| c.get(at))
        {
            let own = table.get("id").and_then(Item::as_str);
            if own.map_or_else(|| format!("c{}", at + 1), |o| o.trim().to_string()) == id {
                count = count.saturating_sub(1);
            }
        }
        count > 0
    }

    fn add_claim(&mut self, at: usize, entry: &ClaimEntry) -> std::result::Result<Undo, Misfit> {
        let count = self.claim_count();
        if at > count {
            return Err(no_claim(at, count));
        }
        check_claim(entry)?;
        check_responses(&entry.responses)?;
        if self.id_taken(&entry.id, None) {
            return Err(taken(&entry.id));
        }
        let mut undo = Undo {
            added: Some(Place(at, None)),
            ..Undo::default()
        };
        // The claims after it keep the ids they have: a default id is written out.
        undo.named = self.name_claims(at, 1);
        let mut table = claim_table(entry);
        one_line(&mut table);
        table.decor_mut().set_prefix(self.claim_gap.clone());
        if let Some(responses) = table
            .get_mut("response")
            .and_then(Item::as_array_of_tables_mut)
        {
            for response in responses.iter_mut() {
                response.decor_mut().set_prefix(self.response_gap.clone());
            }
        }
        if at == 0 && !self.root_has_values() {
            // The new first claim takes the file's header comments.
            if count > 0 {
                let old = self
                    .claims()
                    .and_then(|c| c.get(0))
                    .expect("counted")
                    .decor()
                    .clone();
                let (header, rest) = split_header(&prefix(&old));
                table.decor_mut().set_prefix(header);
                let gap = format!("{}{rest}", self.claim_gap);
                self.claims_mut()
                    .get_mut(0)
                    .expect("counted")
                    .decor_mut()
                    .set_prefix(gap);
                undo.decors.push((1, old));
            } else {
                let trailing = self.doc.trailing().as_str().unwrap_or("").to_string();
                let (header, rest) = split_header(&trailing);
                if header.is_empty() && !rest.is_empty() {
                    table.decor_mut().set_prefix(format!("{rest}\n"));
                    self.doc.set_trailing("");
                } else {
                    table.decor_mut().set_prefix(header);
                    self.doc.set_trailing(rest);
                }
                undo.trailing = Some(trailing);
            }
        }
        self.ids.count(&table, at, true);
        self.claims_mut().insert(at, table);
        Ok(undo)
    }

    /// Writes their default ids into the claims from `from` on that have no `id`, which
    /// are about to move by `shift` places; their indexes after the move.
    fn name_claims(&mut self, from: usize, shift: isize) -> Vec<usize> {
        let mut named = Vec::new();
        if self.ids.unnamed == 0 {
            return named;
        }
        for (j, table) in self.claims_mut().iter_mut().enumerate().skip(from) {
            if !table.contains_key("id") {
                put(
                    table,
                    "id",
                    toml_edit::value(format!("c{}", j + 1)),
                    CLAIM_KEYS,
                );
                named.push(j.saturating_add_signed(shift));
            }
        }
        self.ids.unnamed -= named.len();
        named
    }

    fn remove_claim(&mut self, at: usize) -> std::result::Result<Undo, Misfit> {
        let count = self.claim_count();
        if at >= count {
            return Err(no_claim(at, count));
        }
        let mut undo = Undo {
            named: self.name_claims(at + 1, -1),
            ..Undo::default()
        };
        if at == 0 && !self.root_has_values() {
            // The file's header comments stay, on the next claim or at the end.
            let removed = prefix(
                self.claims()
                    .and_then(|c| c.get(0))
                    .expect("counted")
                    .decor(),
            );
            let (header, _) = split_header(&removed);
            if !header.is_empty() {
                if count > 1 {
                    let next = self.claims_mut().get_mut(1).expect("counted");
                    let old = next.decor().clone();
                    let own = prefix(&old);
                    next.decor_mut()
                        .set_prefix(format!("{header}{}", own.trim_start_matches('\n')));
                    undo.decors.push((0, old));
                } else {
                    let trailing = self.doc.trailing().as_str().unwrap_or("").to_string();
                    self.doc.set_trailing(format!("{header}{trailing}"));
                    undo.trailing = Some(trailing);
                }
            }
        }
        let table = self.claims_mut().remove(at);
        self.ids.count(&table, at, false);
        undo.removed = Some((Place(at, None), table));
        Ok(undo)
    }

    fn set_claim(&mut self, at: usize, entry: &ClaimEntry) -> std::result::Result<Undo, Misfit> {
        let count = self.claim_count();
        if at >= count {
            return Err(no_claim(at, count));
        }
        check_claim(entry)?;
        if self.id_taken(&entry.id, Some(at)) {
            return Err(taken(&entry.id));
        }
        let mut wanted = claim_table(&ClaimEntry {
            responses: Vec::new(),
            ..entry.clone()
        });
        one_line(&mut wanted);
        let table = self.claims_mut().get_mut(at).expect("counted");
        let old = table.clone();
        let default_id = format!("c{}", at + 1);
        set_keys(table, &wanted, CLAIM_KEYS, entry.draft, &default_id);
        let now = table.clone();
        self.ids.count(&old, at, false);
        self.ids.count(&now, at, true);
        Ok(Undo {
            replaced: Some((Place(at, None), old)),
            ..Undo::default()
        })
    }

    fn add_response(
        &mut self,
        claim: usize,
        at: usize,
        entry: &ResponseEntry,
    ) -> std::result::Result<Undo, Misfit> {
        let count = self.check_claim_place(claim)?;
        if at > count {
            return Err(no_response(claim, at, count));
        }
        check_responses(std::slice::from_ref(entry))?;
        let mut table = response_table(entry);
        one_line(&mut table);
        table.decor_mut().set_prefix(self.response_gap.clone());
        self.responses_mut(claim).insert(at, table);
        Ok(Undo {
            added: Some(Place(claim, Some(at))),
            ..Undo::default()
        })
    }

    /// The number of responses of claim `claim`, or the misfit when it is not there.
    fn check_claim_place(&self, claim: usize) -> std::result::Result<usize, Misfit> {
        let count = self.claim_count();
        if claim >= count {
            return Err(no_claim(claim, count));
        }
        Ok(self.response_count(claim))
    }

    fn remove_response(&mut self, claim: usize, at: usize) -> std::result::Result<Undo, Misfit> {
        let count = self.check_claim_place(claim)?;
        if at >= count {
            return Err(no_response(claim, at, count));
        }
        let table = self.responses_mut(claim).remove(at);
        Ok(Undo {
            removed: Some((Place(claim, Some(at)), table)),
            ..Undo::default()
        })
    }

    fn set_response(
        &mut self,
        claim: usize,
        at: usize,
        entry: &ResponseEntry,
    ) -> std::result::Result<Undo, Misfit> {
        let count = self.check_claim_place(claim)?;
        if at >= count {
            return Err(no_response(claim, at, count));
        }
        check_responses(std::slice::from_ref(entry))?;
        let mut wanted = response_table(entry);
        one_line(&mut wanted);
        let table = self.responses_mut(claim).get_mut(at).expect("counted");
        let old = table.clone();
        set_keys(table, &wanted, RESPONSE_KEYS, entry.draft, "");
        Ok(Undo {
            replaced: Some((Place(claim, Some(at)), old)),
            ..Undo::default()
        })
    }
}

impl EditableFile {
    /// Whether the id index agrees with the claims (for tests).
    #[cfg(test)]
    fn ids_are_current(&self) -> bool {
        let mut fresh = IdIndex::default();
        for (i, table) in self.claims().into_iter().flat_map(|c| c.iter()).enumerate() {
            fresh.count(table, i, true);
        }
        fresh.count.retain(|_, n| *n > 0);
        let mut kept = self.ids.count.clone();
        kept.retain(|_, n| *n > 0);
        fresh.count == kept && fresh.unnamed == self.ids.unnamed
    }
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "edit_prop_tests.rs"]
mod props;
