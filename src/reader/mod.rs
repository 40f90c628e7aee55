//! The reader: its state, the actions that change it, and `update`, the one place they are applied.

pub mod action;
pub mod effect;
pub mod geometry;
pub mod loader;
pub mod mode;
pub mod model;
pub mod screen;
pub mod state;
pub mod update;
pub mod viewport;
