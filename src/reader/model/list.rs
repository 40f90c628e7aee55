//! The one list component behind every list overlay (the links, the filters, the people): its rows, the selected row, and what a key does to it.

use crate::reader::action::Action;

/// A list's rows and the selected one (an index into `rows`, at most the last; 0 when
/// there are none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct List<T> {
    pub rows: Vec<T>,
    pub selected: usize,
}

/// What a key did to an open list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKey {
    /// A movement key moved the selection (already done).
    Moved,
    /// Enter: the selected row (its index) is chosen.
    Chosen(usize),
    /// `q` or Esc: the list is to close.
    Closed,
    /// [`Action::ForceQuit`] (Ctrl-c): the reader is to quit, whatever is open.
    Quit,
    /// Any other key: for the list's owner to give a meaning, or none.
    Other,
}

impl<T> List<T> {
    /// A list of `rows` with row `selected` chosen (clamped to the last row).
    pub fn new(rows: Vec<T>, selected: usize) -> List<T> {
        let selected = selected.min(rows.len().saturating_sub(1));
        List { rows, selected }
    }

    /// The selected row, if the list has any.
    pub fn selected_row(&self) -> Option<&T> {
        self.rows.get(self.selected)
    }

    /// New rows for the same list (the document changed): the selection keeps its index,
    /// clamped to the last row.
    pub fn set_rows(&mut self, rows: Vec<T>) {
        *self = List::new(rows, self.selected);
    }

    /// What `action` does to the list: a movement key moves the selection (see
    /// [`Action::move_in_list`]); Enter chooses; `q` and Esc close; Ctrl-c quits.
    pub fn key(&mut self, action: &Action) -> ListKey {
        let last = self.rows.len().saturating_sub(1);
        if let Some(moved) = action.move_in_list(self.selected, last) {
            self.selected = moved;
            return ListKey::Moved;
        }
        match action {
            Action::Activate => ListKey::Chosen(self.selected),
            Action::Quit | Action::Back => ListKey::Closed,
            Action::ForceQuit => ListKey::Quit,
            _ => ListKey::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_the_rows_and_choose_close_or_quit() {
        let mut list = List::new(vec!['a', 'b', 'c'], 7);
        assert_eq!(list.selected, 2, "clamped to the last row");
        assert_eq!(list.key(&Action::LineDown), ListKey::Moved);
        assert_eq!(list.selected, 2, "stops at the last");
        assert_eq!(list.key(&Action::Top), ListKey::Moved);
        assert_eq!(list.selected_row(), Some(&'a'));
        assert_eq!(list.key(&Action::PageDown), ListKey::Moved);
        assert_eq!(list.key(&Action::Activate), ListKey::Chosen(2));
        assert_eq!(list.key(&Action::Back), ListKey::Closed);
        assert_eq!(list.key(&Action::ForceQuit), ListKey::Quit);
        assert_eq!(list.key(&Action::NextClaim), ListKey::Other);
        list.set_rows(vec!['x']);
        assert_eq!(list.selected, 0);
        let mut empty: List<char> = List::new(Vec::new(), 3);
        assert_eq!(empty.key(&Action::LineDown), ListKey::Moved);
        assert_eq!((empty.selected, empty.selected_row()), (0, None));
    }
}
