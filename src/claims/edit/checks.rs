//! What an edit refuses: a file whose claims are not tables it can edit in place, and a change that names an entry not there or would leave the file unreadable (an id taken, found in an index of the claims' ids).

use std::collections::HashMap;

use toml_edit::{Item, Table};

use crate::claims::change::Misfit;
use crate::claims::{ClaimEntry, DraftMark, QuoteSelector, ResponseEntry};
use crate::error::{Error, Result};

/// Refuses a file whose claims cannot be edited as tables.
pub(super) fn check_shape(name: &str, text: &str, doc: &toml_edit::Document<&str>) -> Result<()> {
    let refuse = |item: &Item, what: &str| {
        let at = item.span().map_or(0, |s| s.start);
        Err(Error::at(name, text, at, format!("{what}, which cannot be edited in place"))
            .with_hint("write each claim as a `[[claim]]` table and each response as a `[[claim.response]]` table under it (as README's claims-file section shows), then edit again"))
    };
    if let Some(claims) = doc.get("claim") {
        let Some(claims) = claims.as_array_of_tables() else {
            return refuse(claims, "the claims are not written as `[[claim]]` tables");
        };
        for claim in claims.iter() {
            if let Some(responses) = claim.get("response")
                && !responses.is_array_of_tables()
            {
                return refuse(
                    responses,
                    "these responses are not written as `[[claim.response]]` tables",
                );
            }
        }
    }
    if let Some(rejected) = doc.get("rejected")
        && !rejected.is_array()
    {
        return refuse(rejected, "`rejected` is not a list of quotes");
    }
    Ok(())
}

pub(super) fn no_claim(at: usize, count: usize) -> Misfit {
    Misfit(format!("there is no claim {} (of {count})", at + 1))
}

pub(super) fn no_response(claim: usize, at: usize, count: usize) -> Misfit {
    Misfit(format!(
        "claim {} has no response {} (it has {count})",
        claim + 1,
        at + 1
    ))
}

pub(super) fn taken(id: &str) -> Misfit {
    Misfit(format!(
        "another claim already has the id \"{}\"",
        id.trim()
    ))
}

/// Refuses a claim the parser would not read back.
pub(super) fn check_claim(entry: &ClaimEntry) -> std::result::Result<(), Misfit> {
    for (what, text) in [
        ("an id", &entry.id),
        ("a claimant", &entry.claimant),
        ("a quote", &entry.selector.exact),
    ] {
        if text.trim().is_empty() {
            return Err(Misfit(format!("a claim needs {what}")));
        }
    }
    check_common(&entry.selector, entry.draft)
}

pub(super) fn check_responses(responses: &[ResponseEntry]) -> std::result::Result<(), Misfit> {
    for response in responses {
        for (what, text) in [
            ("an expert", &response.expert),
            ("a quote", &response.selector.exact),
        ] {
            if text.trim().is_empty() {
                return Err(Misfit(format!("a response needs {what}")));
            }
        }
        check_common(&response.selector, response.draft)?;
    }
    Ok(())
}

pub(super) fn check_common(
    selector: &QuoteSelector,
    draft: Option<DraftMark>,
) -> std::result::Result<(), Misfit> {
    if let Some(p) = selector.position
        && p.start > p.end
    {
        return Err(Misfit(format!(
            "position [{}, {}] ends before it starts",
            p.start, p.end
        )));
    }
    if draft.is_some_and(|d| d.confidence > 100) {
        return Err(Misfit("a confidence is at most 100%".into()));
    }
    Ok(())
}

/// The claims' ids, kept as changes are made so that a change need not look at every
/// claim: how many claims have each id (their `id`, else `c{N}` by position), and how
/// many have no `id` key (claims that must be named before claims move).
#[derive(Default)]
pub(super) struct IdIndex {
    pub(super) count: HashMap<String, usize>,
    pub(super) unnamed: usize,
}

impl IdIndex {
    /// Counts claim table `table`, claim `index`, in (`add`) or out; returns the id
    /// counted and whether the claim has no `id` key, for [`IdIndex::bump`] to take back.
    pub(super) fn count(&mut self, table: &Table, index: usize, add: bool) -> (String, bool) {
        let own = table.get("id").and_then(Item::as_str);
        let id = own.map_or_else(|| format!("c{}", index + 1), |id| id.trim().to_string());
        let unnamed = own.is_none();
        self.bump(&id, unnamed, add);
        (id, unnamed)
    }

    /// Counts the id `id` (of a claim with no `id` key when `unnamed`) in or out.
    pub(super) fn bump(&mut self, id: &str, unnamed: bool, add: bool) {
        let n = match self.count.get_mut(id) {
            Some(n) => n,
            None => self.count.entry(id.to_string()).or_default(),
        };
        if add {
            *n += 1;
        } else {
            *n = n.saturating_sub(1);
        }
        if unnamed {
            if add {
                self.unnamed += 1;
            } else {
                self.unnamed = self.unnamed.saturating_sub(1);
            }
        }
    }
}
