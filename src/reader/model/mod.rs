//! The reader's features as models: each a sub-state and the functions over the document it needs.

pub(crate) mod chooser;
pub(crate) mod claim_search;
pub(crate) mod clipboard;
pub mod editing;
pub(crate) mod filter;
pub mod form;
pub mod form_field;
pub mod history;
pub mod known;
pub(crate) mod links;
pub(crate) mod list;
pub(crate) mod mouse;
pub mod overlay;
pub mod question;
pub mod resume;
pub mod save_as;
pub mod search;
pub mod selection;
pub mod typing;
