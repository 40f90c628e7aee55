//! counterpoint: a terminal reader for fact-checked articles, as a library so every part
//! can be tested without a terminal. `main.rs` only calls [`cli::main`].
//!
//! The modules stand in layers, from the ground up; a module uses only modules of its own
//! layer or the layers below it, never one above:
//!
//! 1. **Text**: decoding and shared helpers ([`text`]), wrapping by display width with
//!    source ranges ([`wrap`]) and its fast path for plain text ([`simple_text`]), making
//!    untrusted text safe to show ([`sanitize`]), errors and warnings ([`error`], [`warning`]), standard output ([`output`]), the folder kept
//!    between sessions ([`state_dir`]).
//! 2. **The article and its claims**: the article and its formats ([`article`]), its
//!    screen lines ([`layout`]), the claims file ([`claims`]), placing quotes
//!    ([`anchor`]), the two together in reading order and how files are loaded
//!    ([`document`]).
//! 3. **Work on them without a screen**: drafting claims ([`draft`]), ClaimReview and Web
//!    Annotation ([`interchange`]).
//! 4. **Actions and settings**: what a key or an event asks of the reader
//!    ([`reader::action`], which uses nothing else of the reader but the places it may
//!    open at, [`reader::model::resume`]), the keys that ask it
//!    ([`keys`]), colours and themes ([`palette`]), the configuration file ([`config`]).
//! 5. **The reader**: its state and `update`, the one place actions are applied, which
//!    returns the effects the loop carries out; each feature a model of its own
//!    ([`reader`]).
//! 6. **Faces**: drawing the reader ([`ui`]), the interactive terminal loop, which turns
//!    events into actions and carries out effects ([`terminal`]), the command line and its
//!    subcommands ([`cli`]).

// Public functions that return `Result` say which errors they give (CI denies warnings).
#![warn(clippy::missing_errors_doc)]

// 1. Text
pub mod chunked;
pub(crate) mod error;
pub(crate) mod output;
pub(crate) mod quotation;
pub(crate) mod sanitize;
pub(crate) mod simple_text;
pub(crate) mod state_dir;
pub mod text;
pub(crate) mod warning;
pub(crate) mod wrap;

// 2. The article and its claims
pub mod anchor;
pub mod article;
pub mod claims;
pub mod document;
pub mod fetch;
pub mod layout;

// 3. Work on them without a screen
pub mod draft;
pub(crate) mod interchange;

// 4. Actions and settings (reader::action sits here too)
pub mod config;
pub mod keys;
pub(crate) mod palette;

// 5. The reader
pub mod reader;

// 6. Faces
pub mod cli;
pub mod terminal;
pub mod ui;

pub use reader::action::Action;
pub use reader::effect::Effect;
pub use reader::state::State;
pub use reader::update::update;
