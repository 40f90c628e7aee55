//! Merging a fresh draft into an existing claims file without touching what a person reviewed.

use std::ops::Range;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

use crate::anchor::Anchorer;
use crate::claims::write::{claim_table, response_table};
use crate::claims::{self, ClaimEntry, QuoteSelector};
use crate::error::{Error, Result};

/// The merged file and what went into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    /// Entries (claims and responses) a person had reviewed, kept as they were.
    pub kept: usize,
    /// Drafted entries written afresh.
    pub added: usize,
}

/// Whether two places in the text are the same statement: they share at least half of
/// the shorter one.
pub fn same_place(a: &Range<usize>, b: &Range<usize>) -> bool {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    shared > 0 && shared * 2 >= a.len().min(b.len()).max(1)
}

fn is_draft(table: &Table) -> bool {
    table.get("draft").and_then(Item::as_bool) == Some(true)
}

/// `old` (the claims file `name`, as text) with `drafted` merged in: every entry without
/// `draft = true` stays exactly as written, comments and all; the old drafts give way to
/// the new; a drafted claim a person already has is not added again, but its drafted
/// responses join the reviewed claim unless a reviewed response already gives them.
///
/// # Errors
/// Those of [`claims::parse_text`] for `old` (an [`Error::At`] at the first problem in
/// the existing file, which is then left to the person to fix), and for the merged text,
/// which must read back. [`Error::Usage`] (`name`, then toml_edit's message) if
/// toml_edit cannot read a file that the claims parser accepted.
pub fn merge(name: &str, old: &str, drafted: &[ClaimEntry], body: &str) -> Result<Merged> {
    let parsed = claims::parse_text(name, old)?;
    let mut doc: DocumentMut = old
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::Usage(format!("{name}: {e}")))?;
    let anchorer = Anchorer::new(body);
    let place = |selectors: Vec<&QuoteSelector>| -> Vec<Option<Range<usize>>> {
        anchorer
            .anchor_all(&selectors)
            .into_iter()
            .map(|a| a.range)
            .collect()
    };
    let old_places = place(parsed.iter().map(|c| &c.selector).collect());
    let new_places = place(drafted.iter().map(|c| &c.selector).collect());
    let reviewed_responses: Vec<Range<usize>> = place(
        parsed
            .iter()
            .flat_map(|c| c.responses.iter().filter(|r| r.draft.is_none()))
            .map(|r| &r.selector)
            .collect(),
    )
    .into_iter()
    .flatten()
    .collect();
    let already = |selector: &QuoteSelector| {
        place(vec![selector])[0]
            .as_ref()
            .is_some_and(|at| reviewed_responses.iter().any(|r| same_place(r, at)))
    };
    let old_tables: Vec<Table> = doc
        .get("claim")
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    let mut kept = 0;
    let mut added = 0;
    let mut used = vec![false; drafted.len()];
    // (place in the text, table), to be put in reading order.
    let mut out: Vec<(Option<usize>, Table)> = Vec::new();
    for (i, mut table) in old_tables.into_iter().enumerate() {
        if is_draft(&table) {
            continue;
        }
        kept += 1;
        let at = old_places.get(i).cloned().flatten();
        let mut responses = ArrayOfTables::new();
        if let Some(list) = table.get("response").and_then(Item::as_array_of_tables) {
            for r in list.iter().filter(|r| !is_draft(r)) {
                kept += 1;
                responses.push(r.clone());
            }
        }
        if let Some(at) = &at {
            for (d, entry) in drafted.iter().enumerate() {
                let same = new_places[d].as_ref().is_some_and(|p| same_place(p, at));
                if same && !used[d] {
                    used[d] = true;
                    for r in entry.responses.iter().filter(|r| !already(&r.selector)) {
                        responses.push(response_table(r));
                        added += 1;
                    }
                }
            }
        }
        table.remove("response");
        if !responses.is_empty() {
            table.insert("response", Item::ArrayOfTables(responses));
        }
        out.push((at.map(|r| r.start), table));
    }
    for (d, entry) in drafted.iter().enumerate() {
        if used[d] {
            continue;
        }
        let mut entry = entry.clone();
        entry.responses.retain(|r| !already(&r.selector));
        added += 1 + entry.responses.len();
        entry.id = fresh_id(&entry.id, &out);
        out.push((new_places[d].as_ref().map(|r| r.start), claim_table(&entry)));
    }
    // Reading order; claims not in the text keep their order, after the rest.
    out.sort_by_key(|(at, _)| at.unwrap_or(usize::MAX));
    let mut claims_array = ArrayOfTables::new();
    for (_, table) in out {
        claims_array.push(table);
    }
    doc.insert("claim", Item::ArrayOfTables(claims_array));
    let text = doc.to_string();
    // The result must read back: a merge never leaves a file the reader refuses.
    claims::parse_text(name, &text)?;
    Ok(Merged { text, kept, added })
}

/// `id`, or `id-2`, `id-3`… when a kept claim already has it.
fn fresh_id(id: &str, tables: &[(Option<usize>, Table)]) -> String {
    let taken = |candidate: &str| {
        tables
            .iter()
            .any(|(_, t)| t.get("id").and_then(Item::as_str) == Some(candidate))
    };
    let mut fresh = id.to_string();
    let mut n = 2;
    while taken(&fresh) {
        fresh = format!("{id}-{n}");
        n += 1;
    }
    fresh
}
