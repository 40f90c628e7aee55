//! The key table's rows for the search prompt: submitting, cancelling, its history, and the line editing a form's fields share.

use crate::keys::bindings::{Binding, Modes, Section};
use crate::keys::prompt::{Edit, PromptKey};
use crate::reader::action::Action;

/// A row of the search prompt's line editing, which a form's fields share.
const fn line_edit(
    key: PromptKey,
    name: &'static str,
    help: &'static str,
    default_keys: &'static [&'static str],
) -> Binding {
    let mut row = prompt(key, name, help, default_keys);
    row.modes = Modes::LINE_EDITING;
    row
}

/// A row of the search prompt: an edit of its line.
const fn prompt(
    key: PromptKey,
    name: &'static str,
    help: &'static str,
    default_keys: &'static [&'static str],
) -> Binding {
    Binding {
        action: Action::Prompt(key),
        name,
        modes: Modes::PROMPT,
        section: Section::Prompt,
        help,
        list_help: None,
        selection_help: None,
        hint: None,
        default_keys,
    }
}

/// The search prompt's rows; its line-editing rows are the forms' fields' too.
pub(crate) const PROMPT_ROWS: &[Binding] = &[
    prompt(
        PromptKey::Submit,
        "submit",
        "keep the search and close the prompt",
        &["Enter"],
    ),
    prompt(
        PromptKey::Cancel,
        "cancel",
        "close the prompt and go back to where the search began",
        &["Esc", "Ctrl-c"],
    ),
    line_edit(
        PromptKey::Backspace,
        "backspace",
        "delete the character before the cursor (on the search's empty line: close the search)",
        &["Backspace", "Ctrl-h"],
    ),
    line_edit(
        PromptKey::Edit(Edit::Delete),
        "delete",
        "delete the character under the cursor",
        &["Delete", "Ctrl-d"],
    ),
    line_edit(
        PromptKey::Edit(Edit::Left),
        "left",
        "cursor a character left",
        &["Left", "Ctrl-b"],
    ),
    line_edit(
        PromptKey::Edit(Edit::Right),
        "right",
        "cursor a character right",
        &["Right", "Ctrl-f"],
    ),
    line_edit(
        PromptKey::Edit(Edit::Home),
        "line_start",
        "cursor to the start of the line",
        &["Home", "Ctrl-a"],
    ),
    line_edit(
        PromptKey::Edit(Edit::End),
        "line_end",
        "cursor to the end of the line",
        &["End", "Ctrl-e"],
    ),
    line_edit(
        PromptKey::Edit(Edit::KillToStart),
        "kill_to_start",
        "delete from the start of the line to the cursor",
        &["Ctrl-u"],
    ),
    line_edit(
        PromptKey::Edit(Edit::KillToEnd),
        "kill_to_end",
        "delete from the cursor to the end of the line",
        &["Ctrl-k"],
    ),
    line_edit(
        PromptKey::Edit(Edit::KillWord),
        "kill_word",
        "delete the word before the cursor",
        &["Ctrl-w"],
    ),
    prompt(
        PromptKey::Older,
        "older",
        "the previous search (searches are kept across sessions)",
        &["Up", "Ctrl-p"],
    ),
    prompt(
        PromptKey::Newer,
        "newer",
        "the next search, then the line being typed",
        &["Down", "Ctrl-n"],
    ),
];
