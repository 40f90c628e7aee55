//! The changes an edit makes to a claims file, entry by entry, in the file's own order: the one vocabulary the reader's state, the TOML file, undo and the journal share.

use crate::claims::{ClaimEntry, ResponseEntry};

/// One change to a claims file. Claims are counted in the order the file lists them
/// (0 is the first `[[claim]]`), responses in their claim's order; these are file
/// places, not the reader's reading order. Every change has an exact inverse, found
/// from the file before it is made (a removal's inverse holds what it removed).
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Insert a claim, its responses with it, so that it becomes claim `at`
    /// (`at` may be the number of claims: at the end).
    AddClaim { at: usize, entry: ClaimEntry },
    /// Remove claim `at` and its responses.
    RemoveClaim { at: usize },
    /// Give claim `at` these fields; its responses stay as they are (the entry's
    /// `responses` are not used).
    SetClaim { at: usize, entry: ClaimEntry },
    /// Insert a response so that it becomes response `at` of claim `claim`.
    AddResponse {
        claim: usize,
        at: usize,
        entry: ResponseEntry,
    },
    /// Remove response `at` of claim `claim`.
    RemoveResponse { claim: usize, at: usize },
    /// Give response `at` of claim `claim` these fields.
    SetResponse {
        claim: usize,
        at: usize,
        entry: ResponseEntry,
    },
    /// Remember a rejected draft's quote (the file's top-level `rejected` list), so that
    /// drafting again does not bring it back.
    AddRejected { quote: String },
    /// Forget the last-added rejected quote equal to `quote`.
    RemoveRejected { quote: String },
}

/// What one user action does to the file: its changes, made in order, and a few words
/// for the status bar and the undo message ("new claim c10", "deleted Colin P. Clarke's
/// response"). Undoing it undoes the changes in reverse order.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub changes: Vec<Change>,
    pub what: String,
}

impl Edit {
    /// An edit of one change.
    pub fn one(change: Change, what: impl Into<String>) -> Edit {
        Edit {
            changes: vec![change],
            what: what.into(),
        }
    }
}
