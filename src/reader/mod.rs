//! The reader: its state, the actions that change it, and `update`, the one place they are applied.

pub mod action;
pub(crate) mod effect;
pub mod geometry;
pub(crate) mod loader;
pub mod mode;
pub mod model;
pub(crate) mod screen;
pub mod state;
pub mod update;
pub(crate) mod viewport;
