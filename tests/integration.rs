//! The integration tests, one binary (as ripgrep does): the command line, rendering on
//! ratatui's TestBackend, the built binary in a pseudo-terminal, property tests, hostile
//! input and faults. `common` holds the helpers they share.

mod common;

mod anchor_cli;
mod article_blocks;
mod cli;
mod cli_commands;
mod cli_outputs;
mod cli_pipes;
mod compat_fold;
mod docs;
mod draft;
mod e2e;
mod e2e_comforts;
mod e2e_conflict;
mod e2e_draft;
mod e2e_edit;
mod e2e_input;
mod e2e_journals;
mod e2e_nav;
mod e2e_page;
mod e2e_select;
mod e2e_typing;
mod e2e_unreadable;
mod edit_props;
mod emoji_rows;
mod faults;
mod fetch;
mod formats;
mod hostile;
mod interchange;
mod invisible_text;
mod perturbation;
mod plurals;
mod properties;
mod quote_marks;
mod render;
mod render_comforts;
mod render_forms;
mod render_messages;
mod render_nav;
mod render_rows;
mod render_selection;
mod render_status;
mod text_blocks;
mod wide_text;
