//! counterpoint: a terminal reader for fact-checked articles, as a library so every part
//! can be tested without a terminal. `main.rs` only calls [`cli::main`].

pub mod anchor;
pub mod article;
pub mod claims;
pub mod cli;
pub mod config;
pub mod document;
pub mod draft;
pub mod error;
pub mod interchange;
pub mod keys;
pub mod layout;
pub mod output;
pub mod palette;
pub mod reader;
pub mod sanitize;
pub mod state_dir;
pub mod terminal;
pub mod text;
pub mod ui;
pub mod warning;
pub mod wrap;

pub use reader::action::Action;
pub use reader::effect::Effect;
pub use reader::state::{State, update};
