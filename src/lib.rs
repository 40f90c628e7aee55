//! counterpoint: a terminal reader for fact-checked articles, as a library so every part
//! can be tested without a terminal. `main.rs` only calls [`cli::main`].

pub mod action;
pub mod anchor;
pub mod app;
pub mod approx;
pub mod article;
pub mod bindings;
pub mod char_index;
pub mod check;
pub mod claimreview;
pub mod claims;
pub mod claims_toml;
pub mod cli;
pub mod config;
pub mod document;
pub mod error;
pub mod fix;
pub mod fold;
pub mod generate;
pub mod headless;
pub mod interchange;
pub mod json;
pub mod keymap;
pub mod layout;
pub mod links;
pub mod loader;
pub mod markdown;
pub mod measure;
pub mod multi_search;
pub mod plain;
pub mod resume;
pub mod review;
pub mod rich;
pub mod sanitize;
pub mod screen;
pub mod search;
pub mod source;
pub mod state;
pub mod text;
pub mod ui;
pub mod update;
pub mod web_annotation;
pub mod web_page;
pub mod wrap;

pub use action::Action;
pub use state::{State, update};
