//! The key table's rows for editing claims: the reading modes' editing keys, a form's own keys (its fields share the prompt's line editing) and a question's.

use crate::keys::bindings::{Binding, Mode, Section, bind, only_in};
use crate::keys::prompt::FormKey;
use crate::reader::action::Action;

/// A row of the editing keys of the reading modes.
const fn edit(
    action: Action,
    name: &'static str,
    help: &'static str,
    default_keys: &'static [&'static str],
) -> Binding {
    bind(action, name, Section::Editing, help, None, default_keys)
}

/// The reading modes' editing keys: they act on the sidebar's selected claim or response.
pub(crate) const EDITING_ROWS: &[Binding] = &[
    edit(
        Action::EditEntry,
        "edit",
        "edit the selected claim or response in its form",
        &["e"],
    ),
    edit(
        Action::DeleteEntry,
        "delete_entry",
        "delete the selected claim (and its responses) or response, after asking",
        &["x"],
    ),
    edit(
        Action::MoveResponse,
        "move_response",
        "move the selected response to another claim, chosen from a list",
        &["M"],
    ),
    edit(
        Action::CycleStance,
        "stance",
        "the selected response's next stance (supports, disputes, qualifies, context)",
        &["S"],
    ),
    edit(
        Action::Undo,
        "undo",
        "undo the last change to the claims file, back to the file as opened",
        &["u"],
    ),
    edit(
        Action::Redo,
        "redo",
        "make the last undone change again",
        &["Ctrl-r"],
    ),
    edit(
        Action::NextDraft,
        "next_draft",
        "the next drafted claim or response to review",
        &["d"],
    ),
    edit(
        Action::Accept,
        "accept",
        "accept the selected draft: the claim alone, or the response",
        &["a"],
    ),
    edit(
        Action::AcceptAll,
        "accept_all",
        "accept the selected claim with all its drafted responses",
        &["A"],
    ),
    edit(
        Action::Reject,
        "reject",
        "reject the selected draft: delete it; drafting again leaves it out",
        &["X"],
    ),
    edit(
        Action::Save,
        "save",
        "write the claims file now (when saving is on a key; in the quit question: save and quit)",
        &["Ctrl-s"],
    )
    .also_in(Mode::Confirm),
    edit(
        Action::SavePageClaims,
        "save_page_claims",
        "save the page's own fact-checks (◇, its ClaimReview) into the claims file, merged",
        &["I"],
    ),
];

/// A form's own keys, then a question's.
pub(crate) const FORM_ROWS: &[Binding] = &[
    only_in(
        Mode::Form,
        Action::Form(FormKey::Submit),
        "save_entry",
        "take the suggestion chosen; with none chosen, save the entry",
        &["Enter"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::Cancel),
        "close_form",
        "close the suggestions, else the form (its typing comes back on the same words)",
        &["Esc", "Ctrl-c"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::NextField),
        "next_field",
        "the next field",
        &["Tab"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::PrevField),
        "prev_field",
        "the field before",
        &["BackTab"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::NextSuggestion),
        "next_suggestion",
        "the next suggestion for the field",
        &["Down", "Ctrl-n"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::PrevSuggestion),
        "prev_suggestion",
        "the suggestion before (above the first: none)",
        &["Up", "Ctrl-p"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::Reselect),
        "requote",
        "choose the quote again by selecting it in the text",
        &["Ctrl-o"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::NextClaim),
        "answer_next_claim",
        "a new response: answer the next claim instead (the sidebar shows it)",
        &["PageDown"],
    ),
    only_in(
        Mode::Form,
        Action::Form(FormKey::PrevClaim),
        "answer_prev_claim",
        "a new response: answer the claim before instead",
        &["PageUp"],
    ),
    only_in(
        Mode::Confirm,
        Action::Confirm(true),
        "yes",
        "yes: do what the question says",
        &["y"],
    ),
    only_in(
        Mode::Confirm,
        Action::Confirm(false),
        "no",
        "no: leave everything as it is",
        &["n", "Esc"],
    ),
];

/// The sidebar's hint bar, most useful first (help first, never dropped): its editing
/// keys, with the words each hint says there.
pub const SIDEBAR_HINTS: &[(Action, &str)] = &[
    (Action::ToggleHelp, "help"),
    (Action::EditEntry, "edit"),
    (Action::Undo, "undo"),
    (Action::DeleteEntry, "delete"),
    (Action::CycleStance, "stance"),
    (Action::ToggleFocus, "article"),
];

/// The sidebar's hint bar while drafts wait for review.
pub const REVIEW_HINTS: &[(Action, &str)] = &[
    (Action::ToggleHelp, "help"),
    (Action::NextDraft, "next draft"),
    (Action::Accept, "accept"),
    (Action::Reject, "reject"),
    (Action::EditEntry, "edit"),
    (Action::Undo, "undo"),
];

/// The status bar's hints while a form is open: its keys only (a form takes every key, so
/// the reading keys are never hinted over it), closing first, never dropped.
pub const FORM_HINTS: &[(Action, &str)] = &[
    (Action::Form(FormKey::Cancel), "close"),
    (Action::Form(FormKey::Submit), "save"),
    (Action::Form(FormKey::NextField), "next field"),
    (Action::Form(FormKey::NextSuggestion), "suggestions"),
];
