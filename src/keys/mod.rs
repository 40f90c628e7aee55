//! Keys: the one table of bindings with its modes, the key map a configuration makes of it,
//! keys as written, and line editing in prompts.

pub mod bindings;
pub(crate) mod config;
pub mod edit_rows;
pub(crate) mod keymap;
pub(crate) mod mode;
pub mod prompt;
pub(crate) mod prompt_rows;
pub(crate) mod selection_rows;
pub(crate) mod spec;
pub mod table;
