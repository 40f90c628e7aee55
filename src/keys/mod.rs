//! Keys: the one table of bindings, the key map a configuration makes of it, and line editing in prompts.

pub mod bindings;
pub mod keymap;
pub mod prompt;
