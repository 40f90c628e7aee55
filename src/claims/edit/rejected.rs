//! The `rejected` list of a claims file: quotes added and removed, the list made after the file's header comments when it is first needed.

use toml_edit::{Array, Item, Value};

use super::layout::{prefix, split_header};
use super::{EditableFile, Undo, keys};
use crate::claims::change::Misfit;

impl EditableFile {
    pub(super) fn add_rejected(&mut self, quote: &str) -> Undo {
        let old = self.doc.get("rejected").cloned();
        let mut undo = Undo {
            rejected: Some(old.clone()),
            ..Undo::default()
        };
        let mut item = keys::string_value(quote);
        if let Some(list) = self.doc.get_mut("rejected").and_then(Item::as_array_mut) {
            if let Some(last) = list.iter().last() {
                let gap = last
                    .decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or(" ");
                item.decor_mut().set_prefix(gap.to_string());
            }
            list.push_formatted(item);
            return undo;
        }
        // A new list, one quote a line, before the first claim and after the file's
        // header comments.
        item.decor_mut().set_prefix("\n    ");
        let mut list = Array::new();
        list.push_formatted(item);
        list.set_trailing_comma(true);
        list.set_trailing("\n");
        let mut header = String::new();
        if self.claim_count() > 0 && !self.root_has_values() {
            let first = self.claims_mut().get_mut(0).expect("counted");
            let old = first.decor().clone();
            let (head, rest) = split_header(&prefix(&old));
            header = head;
            let rest = if rest.starts_with('\n') {
                rest
            } else {
                format!("\n{rest}")
            };
            first.decor_mut().set_prefix(rest);
            undo.decors.push((0, old));
        }
        let root = self.doc.as_table_mut();
        root.insert("rejected", toml_edit::value(list));
        if let Some(mut key) = root.key_mut("rejected") {
            key.leaf_decor_mut().set_prefix(header);
        }
        undo
    }

    pub(super) fn remove_rejected(&mut self, quote: &str) -> std::result::Result<Undo, Misfit> {
        let old = self.doc.get("rejected").cloned();
        let list = self.doc.get_mut("rejected").and_then(Item::as_array_mut);
        let at = list.as_ref().and_then(|l| {
            let quotes: Vec<Option<&str>> = l.iter().map(Value::as_str).collect();
            quotes.iter().rposition(|q| *q == Some(quote))
        });
        let (Some(list), Some(at)) = (list, at) else {
            return Err(Misfit(format!(
                "\"{quote}\" is not among the rejected quotes"
            )));
        };
        let removed = list.remove(at);
        if at == 0
            && let Some(first) = list.get_mut(0)
        {
            *first.decor_mut() = removed.decor().clone();
        }
        Ok(Undo {
            rejected: Some(old),
            ..Undo::default()
        })
    }
}
