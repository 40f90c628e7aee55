//! The reader's features as models: each a sub-state and the functions over the document it needs.

pub mod chooser;
pub mod claim_search;
pub mod clipboard;
pub mod filter;
pub mod links;
pub mod list;
pub mod mouse;
pub mod overlay;
pub mod resume;
pub mod search;
