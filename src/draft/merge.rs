//! Merging a fresh draft into an existing claims file without touching what a person reviewed.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

use super::plan::decide;
#[cfg(doc)]
use super::plan::plan;
use crate::claims::edit::layout::split_header;
use crate::claims::write::{claim_table, response_table};
use crate::claims::{self, ClaimEntry};
use crate::error::{Error, Result};

/// The merged file and what went into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    /// Entries (claims and responses) a person had reviewed, kept as they were.
    pub kept: usize,
    /// Drafted entries written afresh.
    pub added: usize,
    /// Drafted entries left out because the file's `rejected` list holds their quote.
    pub rejected: usize,
}

/// `old` (the claims file `name`, as text) with `drafted` merged in as [`plan`]
/// decides: every entry without `draft = true` stays exactly as written, comments and
/// all; the old drafts give way to the new; a drafted claim a person already has is not
/// added again, but its drafted responses join the reviewed claim unless a reviewed
/// response already gives them; a drafted quote the file's `rejected` list holds is left
/// out. Claims are written in reading order.
///
/// # Errors
/// Those of [`claims::parse_file`] for `old` (an [`Error::At`] at the first problem in
/// the existing file, which is then left to the person to fix), and for the merged text,
/// which must read back. [`Error::Usage`] (`name`, then toml_edit's message) if
/// toml_edit cannot read a file that the claims parser accepted.
pub fn merge(name: &str, old: &str, drafted: &[ClaimEntry], body: &str) -> Result<Merged> {
    let parsed = claims::parse_file(name, old)?;
    let mut doc: DocumentMut = old
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::Usage(format!("{name}: {e}")))?;
    let decided = decide(&parsed.claims, &parsed.rejected, drafted, body);
    let mut old_tables: Vec<Table> = doc
        .get("claim")
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    // The file's header comments sit before its first claim (when no value comes first):
    // they belong to the file, not to that claim, and stay at the top wherever it goes.
    let root_values = doc.as_table().iter().any(|(_, item)| item.is_value());
    let mut header = String::new();
    if let Some(first) = old_tables.first_mut().filter(|_| !root_values) {
        let (top, own) = split_header(&prefix(first));
        header = top;
        first.decor_mut().set_prefix(own);
    }
    // (place in the text, table), to be put in reading order.
    let mut out: Vec<(Option<usize>, Table)> = Vec::new();
    for stays in &decided.stays {
        let Some(mut table) = old_tables.get(stays.file).cloned() else {
            continue;
        };
        let mut responses = ArrayOfTables::new();
        if let Some(list) = table.get("response").and_then(Item::as_array_of_tables) {
            for (r, response) in list.iter().enumerate() {
                if stays.responses.contains(&r) {
                    responses.push(response.clone());
                }
            }
        }
        for response in &stays.joined {
            responses.push(response_table(response));
        }
        table.remove("response");
        if !responses.is_empty() {
            table.insert("response", Item::ArrayOfTables(responses));
        }
        out.push((stays.at, table));
    }
    for (at, entry) in &decided.new {
        out.push((*at, claim_table(entry)));
    }
    // Reading order; claims not in the text keep their order, after the rest.
    out.sort_by_key(|(at, _)| at.unwrap_or(usize::MAX));
    let mut claims_array = ArrayOfTables::new();
    for (n, (_, mut table)) in out.into_iter().enumerate() {
        lay_out(&mut table, n, &header, root_values);
        claims_array.push(table);
    }
    doc.insert("claim", Item::ArrayOfTables(claims_array));
    let text = doc.to_string();
    // The result must read back: a merge never leaves a file the reader refuses.
    claims::parse_text(name, &text)?;
    let counts = decided.counts;
    Ok(Merged {
        text,
        kept: counts.kept,
        added: counts.added,
        rejected: counts.rejected,
    })
}

/// The text before a table's header (its comments and blank lines).
fn prefix(table: &Table) -> String {
    (table.decor().prefix())
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string()
}

/// Lays out the `n`th claim of the merged file as a fresh draft is written: the file's
/// `header` comments before the first (when no value comes before the claims), a blank
/// line before every other, and the claim's own comments kept after them.
fn lay_out(table: &mut Table, n: usize, header: &str, root_values: bool) {
    let own = prefix(table);
    let text = if n == 0 && !root_values {
        if header.is_empty() {
            own.trim_start_matches('\n').to_string()
        } else {
            format!("{header}{}", own.trim_start_matches('\n'))
        }
    } else if own.starts_with('\n') {
        own
    } else {
        format!("\n{own}")
    };
    table.decor_mut().set_prefix(text);
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
