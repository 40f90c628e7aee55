//! Keys: the one table of bindings with its modes, the key map a configuration makes of it,
//! keys as written, and line editing in prompts.

pub mod bindings;
pub mod config;
pub mod keymap;
pub mod mode;
pub mod prompt;
pub mod spec;
