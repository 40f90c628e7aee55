//! The `rejected` list of a claims file: quotes added and removed, the list made after the file's header comments when it is first needed.

use toml_edit::{Array, Item, Value};

use super::layout::{prefix, split_header};
use super::{EditableFile, Undo, keys};
use crate::claims::change::Misfit;

impl EditableFile {
    pub(super) fn add_rejected(
        &mut self,
        quote: &str,
        undo: &mut Undo,
    ) -> std::result::Result<(), Misfit> {
        // A new list goes after the header comments the first claim holds.
        let first = (self.count > 0 && !self.root_values).then_some((0, 0));
        let mut window = self.window(self.pieces_for(first, true))?;
        let mut item = keys::string_value(quote);
        if let Some(list) = window.doc.get_mut("rejected").and_then(Item::as_array_mut) {
            if let Some(last) = list.iter().last() {
                let gap = last
                    .decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or(" ");
                item.decor_mut().set_prefix(gap.to_string());
            }
            list.push_formatted(item);
            self.put_back(window, undo);
            return Ok(());
        }
        // A new list, one quote a line, before the first claim and after the file's
        // header comments.
        item.decor_mut().set_prefix("\n    ");
        let mut list = Array::new();
        list.push_formatted(item);
        list.set_trailing_comma(true);
        list.set_trailing("\n");
        let mut header = String::new();
        if self.count > 0 && !self.root_values {
            let first = window.claims_mut().get_mut(0).expect("counted");
            let (head, rest) = split_header(&prefix(first.decor()));
            header = head;
            let rest = if rest.starts_with('\n') {
                rest
            } else {
                format!("\n{rest}")
            };
            first.decor_mut().set_prefix(rest);
        }
        let root = window.doc.as_table_mut();
        root.insert("rejected", toml_edit::value(list));
        if let Some(mut key) = root.key_mut("rejected") {
            key.leaf_decor_mut().set_prefix(header);
        }
        self.put_back(window, undo);
        Ok(())
    }

    pub(super) fn remove_rejected(
        &mut self,
        quote: &str,
        undo: &mut Undo,
    ) -> std::result::Result<(), Misfit> {
        let mut window = self.window(self.pieces_for(None, true))?;
        let list = window.doc.get_mut("rejected").and_then(Item::as_array_mut);
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
        self.put_back(window, undo);
        Ok(())
    }
}
