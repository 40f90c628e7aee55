//! The key table's rows for selecting text: the reading keys that start a selection (`v`, `V`, `"`), the selection mode's own keys (moving the selection's moving end, swapping its ends, copying it) and its hint bar; the rows it shares with the reading modes (`j`, `k`, leaving, help) are theirs, marked `.in_selection(..)`.

use crate::keys::bindings::{Binding, Mode, Section, bind, only_in};
use crate::reader::action::Action;
use crate::reader::model::selection::Step;

/// A row of the selection mode only: a move of the selection, or what is done with it.
const fn select(
    action: Action,
    name: &'static str,
    help: &'static str,
    default_keys: &'static [&'static str],
) -> Binding {
    only_in(Mode::Selection, action, name, help, default_keys)
}

/// The reading modes' keys that start a selection and enter its mode.
pub(crate) const START_ROWS: &[Binding] = &[
    bind(
        Action::StartSelection,
        "select",
        Section::Select,
        "select text from the word under the cursor; the movement keys extend it",
        None,
        &["v"],
    ),
    bind(
        Action::SelectSentence,
        "select_sentence",
        Section::Select,
        "select the sentence under the cursor",
        None,
        &["V"],
    ),
    bind(
        Action::SelectQuotation,
        "select_quotation",
        Section::Select,
        "select the quotation around the cursor (between the quotation marks on its line)",
        None,
        &["\""],
    ),
];

/// The selection mode's own rows, in the order the help lists them.
pub(crate) const SELECTION_ROWS: &[Binding] = &[
    select(
        Action::Extend(Step::WordForward),
        "word_forward",
        "extend to the end of the next word (backward: give up the first word)",
        &["w", "e"],
    ),
    select(
        Action::Extend(Step::WordBack),
        "word_back",
        "back a word",
        &["b"],
    ),
    select(
        Action::Extend(Step::SentenceForward),
        "sentence_forward",
        "extend to the end of the sentence, or the next",
        &[")"],
    ),
    select(
        Action::Extend(Step::SentenceBack),
        "sentence_back",
        "back a sentence",
        &["("],
    ),
    select(
        Action::Extend(Step::ParagraphForward),
        "paragraph_forward",
        "extend to the end of the paragraph, or the next",
        &["}"],
    ),
    select(
        Action::Extend(Step::ParagraphBack),
        "paragraph_back",
        "back a paragraph",
        &["{"],
    ),
    select(
        Action::SwapEnds,
        "swap_ends",
        "the other end moves from now on (the selected text stays)",
        &["o"],
    ),
    select(
        Action::NewClaim,
        "new_claim",
        "record a claim quoting the selected words (its form opens)",
        &["c"],
    ),
    select(
        Action::NewResponse,
        "new_response",
        "record a response to the current claim quoting the selected words",
        &["a"],
    ),
    select(
        Action::UseSelection,
        "use_selection",
        "the new quote for the form that asked for one; else a new claim",
        &["Enter"],
    ),
    select(
        Action::CopySelection,
        "copy_selection",
        "copy the selected text (OSC 52: works over SSH) and leave the selection",
        &["y"],
    ),
];

/// The selection mode's hint bar, most useful first (as [`crate::keys::bindings::HINT_PRIORITY`]: help first,
/// never dropped), with the words each hint says there, while a form waits for its quote
/// to be chosen again (Ctrl-o): Enter gives it the selection, Esc keeps the old one.
pub const REQUOTE_HINTS: &[(Action, &str)] = &[
    (Action::ToggleHelp, "help"),
    (Action::UseSelection, "use as the quote"),
    (Action::Back, "keep the old quote"),
    (Action::Extend(Step::WordForward), "word"),
    (Action::LineDown, "line"),
    (Action::SwapEnds, "other end"),
];

/// The selection mode's hint bar for a new entry's words, most useful first.
pub const SELECTION_HINTS: &[(Action, &str)] = &[
    (Action::ToggleHelp, "help"),
    (Action::Back, "leave"),
    (Action::NewClaim, "claim"),
    (Action::NewResponse, "response"),
    (Action::CopySelection, "copy"),
    (Action::Extend(Step::WordForward), "word"),
    (Action::LineDown, "line"),
    (Action::SearchForward, "search"),
    (Action::SwapEnds, "other end"),
];
