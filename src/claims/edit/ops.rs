//! Claims and responses added, removed and changed in the pieces of the file that hold them, with the file's header comments kept at the top and default ids written out before claims move.

use super::checks::{check_claim, check_responses, no_claim, no_response, taken};
use super::keys::{CLAIM_KEYS, RESPONSE_KEYS, one_line, put, set_keys};
use super::layout::{prefix, split_header};
use super::{EditableFile, Undo};
use crate::claims::change::Misfit;
use crate::claims::write::{claim_table, response_table};
use crate::claims::{ClaimEntry, ResponseEntry};
use toml_edit::Item;

type Made = std::result::Result<(), Misfit>;

impl EditableFile {
    /// Whether a claim other than claim `except` (whose own id is `own`) has the id `id`
    /// (its `id`, else `c{N}` by position, as the parser gives them).
    fn id_taken(&self, id: &str, except: Option<(usize, Option<&str>)>) -> bool {
        let id = id.trim();
        let mut count = self.ids.count.get(id).copied().unwrap_or(0);
        if let Some((at, own)) = except
            && own.map_or_else(|| format!("c{}", at + 1), |o| o.trim().to_string()) == id
        {
            count = count.saturating_sub(1);
        }
        count > 0
    }

    pub(super) fn add_claim(&mut self, at: usize, entry: &ClaimEntry, undo: &mut Undo) -> Made {
        let count = self.count;
        if at > count {
            return Err(no_claim(at, count));
        }
        check_claim(entry)?;
        check_responses(&entry.responses)?;
        if self.id_taken(&entry.id, None) {
            return Err(taken(&entry.id));
        }
        // The claims after it keep the ids they have: a default id is written out.
        self.name_claims(at, undo)?;
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
        // A new claim goes before claim `at`, or after the last one.
        let near = if at < count {
            at
        } else {
            count.saturating_sub(1)
        };
        let mut window = self.window(self.pieces_for(Some((near, near)), false))?;
        let local = at - window.first;
        if at == 0 && !self.root_values {
            // The new first claim takes the file's header comments.
            if count > 0 {
                let old = prefix(window.claims_mut().get(0).expect("counted").decor());
                let (header, rest) = split_header(&old);
                table.decor_mut().set_prefix(header);
                let gap = format!("{}{rest}", self.claim_gap);
                let first = window.claims_mut().get_mut(0).expect("counted");
                first.decor_mut().set_prefix(gap);
            } else {
                let doc = &mut window.doc;
                let trailing = doc.trailing().as_str().unwrap_or("").to_string();
                let (header, rest) = split_header(&trailing);
                if header.is_empty() && !rest.is_empty() {
                    table.decor_mut().set_prefix(format!("{rest}\n"));
                    doc.set_trailing("");
                } else {
                    table.decor_mut().set_prefix(header);
                    doc.set_trailing(rest);
                }
            }
        }
        self.count_id(&table, at, true, undo);
        window.claims_mut().insert(local, table);
        self.put_back(window, undo);
        Ok(())
    }

    /// Writes their default ids into the claims from `from` on that have no `id` (they
    /// are about to move), a piece at a time.
    fn name_claims(&mut self, from: usize, undo: &mut Undo) -> Made {
        if self.ids.unnamed == 0 || from >= self.count {
            return Ok(());
        }
        let mut piece = self.piece_of(from);
        while piece < self.pieces.len() {
            if self.pieces[piece].unnamed == 0 {
                piece += 1;
                continue;
            }
            let mut window = self.window(piece..piece + 1)?;
            let first = window.first;
            let mut named = 0;
            for (j, table) in window.claims_mut().iter_mut().enumerate() {
                if first + j >= from && !table.contains_key("id") {
                    let id = toml_edit::value(format!("c{}", first + j + 1));
                    put(table, "id", id, CLAIM_KEYS);
                    named += 1;
                }
            }
            self.ids.unnamed -= named;
            undo.named += named;
            piece += self.put_back(window, undo);
        }
        Ok(())
    }

    pub(super) fn remove_claim(&mut self, at: usize, undo: &mut Undo) -> Made {
        let count = self.count;
        if at >= count {
            return Err(no_claim(at, count));
        }
        self.name_claims(at + 1, undo)?;
        let header_moves = at == 0 && !self.root_values;
        let last = if header_moves {
            (at + 1).min(count - 1)
        } else {
            at
        };
        let mut window = self.window(self.pieces_for(Some((at, last)), false))?;
        let local = at - window.first;
        if header_moves {
            // The file's header comments stay, on the next claim or at the end, with or
            // without a blank line after them (with none, a comment of the claim's own
            // cannot be told from a header: one kept is better than a header lost).
            let removed = prefix(window.claims_mut().get(local).expect("counted").decor());
            let header = leading_comments(&removed);
            if !header.is_empty() {
                if count > 1 {
                    let next = window.claims_mut().get_mut(local + 1).expect("counted");
                    let own = prefix(next.decor());
                    let own = if header.ends_with("\n\n") {
                        own.trim_start_matches('\n')
                    } else {
                        own.as_str()
                    };
                    next.decor_mut().set_prefix(format!("{header}{own}"));
                } else {
                    let trailing = window.doc.trailing().as_str().unwrap_or("").to_string();
                    window.doc.set_trailing(format!("{header}{trailing}"));
                }
            }
        }
        let table = window.claims_mut().remove(local);
        self.count_id(&table, at, false, undo);
        self.put_back(window, undo);
        Ok(())
    }

    pub(super) fn set_claim(&mut self, at: usize, entry: &ClaimEntry, undo: &mut Undo) -> Made {
        let count = self.count;
        if at >= count {
            return Err(no_claim(at, count));
        }
        check_claim(entry)?;
        let mut window = self.window(self.pieces_for(Some((at, at)), false))?;
        let local = at - window.first;
        let old = window.claims_mut().get(local).expect("counted").clone();
        let own = old.get("id").and_then(Item::as_str);
        if self.id_taken(&entry.id, Some((at, own))) {
            return Err(taken(&entry.id));
        }
        let mut wanted = claim_table(&ClaimEntry {
            responses: Vec::new(),
            ..entry.clone()
        });
        one_line(&mut wanted);
        let table = window.claims_mut().get_mut(local).expect("counted");
        let default_id = format!("c{}", at + 1);
        set_keys(table, &wanted, CLAIM_KEYS, entry.draft, &default_id);
        let now = table.clone();
        self.count_id(&old, at, false, undo);
        self.count_id(&now, at, true, undo);
        self.put_back(window, undo);
        Ok(())
    }

    /// The window of claim `claim` and its index there, with the claim's response count;
    /// the misfit when the claim is not there.
    fn claim_window(&self, claim: usize) -> std::result::Result<(super::Window, usize), Misfit> {
        if claim >= self.count {
            return Err(no_claim(claim, self.count));
        }
        let window = self.window(self.pieces_for(Some((claim, claim)), false))?;
        let local = claim - window.first;
        if local >= window.claim_count() {
            return Err(no_claim(claim, self.count));
        }
        Ok((window, local))
    }

    pub(super) fn add_response(
        &mut self,
        claim: usize,
        at: usize,
        entry: &ResponseEntry,
        undo: &mut Undo,
    ) -> Made {
        let (mut window, local) = self.claim_window(claim)?;
        let count = window.response_count(local);
        if at > count {
            return Err(no_response(claim, at, count));
        }
        check_responses(std::slice::from_ref(entry))?;
        let mut table = response_table(entry);
        one_line(&mut table);
        table.decor_mut().set_prefix(self.response_gap.clone());
        window.responses_mut(local).insert(at, table);
        self.put_back(window, undo);
        Ok(())
    }

    pub(super) fn remove_response(&mut self, claim: usize, at: usize, undo: &mut Undo) -> Made {
        let (mut window, local) = self.claim_window(claim)?;
        let count = window.response_count(local);
        if at >= count {
            return Err(no_response(claim, at, count));
        }
        window.responses_mut(local).remove(at);
        self.put_back(window, undo);
        Ok(())
    }

    pub(super) fn set_response(
        &mut self,
        claim: usize,
        at: usize,
        entry: &ResponseEntry,
        undo: &mut Undo,
    ) -> Made {
        let (mut window, local) = self.claim_window(claim)?;
        let count = window.response_count(local);
        if at >= count {
            return Err(no_response(claim, at, count));
        }
        check_responses(std::slice::from_ref(entry))?;
        let mut wanted = response_table(entry);
        one_line(&mut wanted);
        let table = window.responses_mut(local).get_mut(at).expect("counted");
        set_keys(table, &wanted, RESPONSE_KEYS, entry.draft, "");
        self.put_back(window, undo);
        Ok(())
    }
}

/// The file's header in `prefix` (the text above its first claim): the comments through
/// the last blank line ([`split_header`]; a comment right above the claim is the claim's
/// own, and goes with it), else, when no blank line sets the claim's own apart, every
/// comment line and the blank lines after the last; "" when it has no comment.
fn leading_comments(prefix: &str) -> &str {
    let (header, _) = split_header(prefix);
    if !header.is_empty() {
        return &prefix[..header.len()];
    }
    let mut end = 0;
    let mut at = 0;
    for line in prefix.split_inclusive('\n') {
        at += line.len();
        if line.trim_start_matches([' ', '\t']).starts_with('#') {
            end = at;
        }
    }
    let blank = prefix[end..].len() - prefix[end..].trim_start_matches('\n').len();
    if end == 0 { "" } else { &prefix[..end + blank] }
}
