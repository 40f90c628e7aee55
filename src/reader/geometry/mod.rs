//! Screen geometry that drawing and `update` both need, outside `ui/`: the body offset under a cell of the article pane, the sidebar's rows (what each says and owns, which show), the help overlay's lines and scrolling. Drawing styles what is here; the mouse and the keys hit-test and clamp against it.

pub(crate) mod article;
pub mod help;
pub(crate) mod sidebar;
