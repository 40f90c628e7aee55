//! The one `Action` enum: everything from outside that can change the reader's state (input, signals, file changes, the results of effects).

use crate::document::Document;

/// Something that happened outside the reader's state, for
/// [`update`](crate::reader::update::update) to apply. In three groups:
///
/// - **Input**: keys map to these through the key map (and, while the search prompt is
///   open, to [`Action::Prompt`]); pastes, the mouse and the terminal's resizes come as
///   [`Action::Paste`], [`Action::Mouse`] and [`Action::Resize`]; Ctrl-Z sent as a signal
///   is [`Action::Suspend`].
/// - **Files and loading**: [`Action::SourcesChanged`], [`Action::LoadProgress`],
///   [`Action::Loaded`], and where to open ([`Action::OpenAt`]).
/// - **Results of effects**: what came of an [`Effect`](crate::reader::effect::Effect)
///   the loop carried out: [`Action::Copied`], [`Action::LinkOpened`],
///   [`Action::Drafted`] (and [`Action::DraftProgress`] on the way), [`Action::Reloaded`],
///   [`Action::Notify`].
///
/// Some inputs only ask for an effect: `update` answers [`Action::Quit`] (with nothing
/// open), [`Action::ForceQuit`], [`Action::Reload`], [`Action::Suspend`] and
/// [`Action::Redraw`] with one.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // Input: keys (through the key map), the prompt, pastes, the mouse, the terminal.
    LineDown,
    LineUp,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextClaim,
    PrevClaim,
    ToggleFocus,
    Activate,
    ToggleSidebar,
    /// Narrows or widens the text's lines (the reading measure).
    Narrower,
    Wider,
    ToggleHelp,
    /// Opens the search prompt, searching forward (`/`) or backward (`?`).
    SearchForward,
    SearchBackward,
    /// The next match in the search's direction, or the previous one.
    NextMatch,
    PrevMatch,
    /// A key typed into the open search prompt.
    Prompt(crate::keys::prompt::PromptKey),
    /// Opens the link on the cursor's line (with several, or none, shows the list).
    OpenLink,
    /// Shows or hides the list of the article's links.
    ToggleLinks,
    /// Opens the list of filters: every verdict, every expert who disputes a claim.
    ChooseFilter,
    /// Opens the people view: everyone who makes a claim or responds.
    People,
    /// Copies the current claim with its responses, as plain text, to the clipboard.
    CopyClaim,
    /// Drafts claims from the article's text (off the keystroke path, with
    /// [`Effect::Draft`](crate::reader::effect::Effect::Draft)) and merges them into its
    /// claims file as one edit, the way `draft --merge` does.
    DraftClaims,
    /// `v`: starts a selection of the text at the first word of the cursor's line (the
    /// selection mode, [`crate::keys::mode::Mode::Selection`]).
    StartSelection,
    /// `V`: selects the sentence under the cursor whole.
    SelectSentence,
    /// `"`: selects the quotation around the cursor (between the quotation marks on its
    /// line), or says there is none.
    SelectQuotation,
    /// In the selection mode: moves the selection's moving end by a word, line, sentence
    /// or paragraph (the line steps come as [`Action::LineDown`] and [`Action::LineUp`]).
    Extend(crate::reader::model::selection::Step),
    /// In the selection mode: the other end of the selection moves from now on (`o`).
    SwapEnds,
    /// In the selection mode: copies the selected text (OSC 52) and leaves the mode.
    CopySelection,
    /// Opens the form of a new claim quoting the selection.
    NewClaim,
    /// Opens the form of a new response to the current claim, quoting the selection.
    NewResponse,
    /// Enter in a selection: gives it to the form waiting for a new quote, else opens
    /// the form of a new claim quoting it.
    UseSelection,
    /// Takes the mouse from the terminal, or gives it back.
    ToggleMouse,
    /// The mouse, at a terminal cell (only while the reader has the mouse).
    Mouse {
        kind: MouseKind,
        column: u16,
        row: u16,
    },
    // Editing the claims file (the selected entry is the sidebar's: a claim, or one of
    // its responses).
    /// Opens the form of the selected claim or response, every field filled in.
    EditEntry,
    /// Deletes the selected claim (with its responses) or response, after a question.
    DeleteEntry,
    /// Moves the selected response to another claim, chosen from a list.
    MoveResponse,
    /// Gives the selected response the next stance (supports, disputes, qualifies, context).
    CycleStance,
    /// Undoes the last change to the claims file.
    Undo,
    /// Makes the last undone change again.
    Redo,
    /// Goes to the next drafted entry (`draft = true`) to review.
    NextDraft,
    /// Accepts the selected draft: the claim alone, or the response.
    Accept,
    /// Accepts the selected claim and every drafted response of it.
    AcceptAll,
    /// Rejects the selected draft: deletes it and remembers its quote.
    Reject,
    /// Writes the claims file now (when saving is on a key).
    Save,
    /// Saves the page's own fact-checks (schema.org ClaimReview in the page, shown marked
    /// in the sidebar) into the claims file as one edit, merged with what is there.
    SavePageClaims,
    /// Saves the fetched page (its HTML, as sent) as a file named in a prompt, its claims
    /// file beside it.
    SavePage,
    /// A key typed into the open form.
    Form(crate::keys::prompt::FormKey),
    /// The answer to the question asked: yes (`true`) or no.
    Confirm(bool),
    /// Closes the open overlay (help, links, a chooser) if there is one, else quits.
    Quit,
    /// Esc: closes the open overlay if there is one, else clears the search's matches and
    /// the status bar's message. Never quits (as in `less` and vim).
    Back,
    /// Text pasted into the terminal (bracketed paste): typed into the search prompt when
    /// it is open, else ignored with a word in the status bar. Never run as keys.
    Paste(String),
    /// Quits at once, whatever is open.
    ForceQuit,
    /// Read the article and claims file again: `update` asks the loop to, with
    /// [`Effect::Reload`](crate::reader::effect::Effect::Reload), unless a load is under way.
    Reload,
    /// Stop for the shell (Ctrl-Z, a key or the signal): `update` asks the loop to, with
    /// [`Effect::Suspend`](crate::reader::effect::Effect::Suspend).
    Suspend,
    /// Draw the whole screen again (Ctrl-L), after something else wrote on the terminal or
    /// it showed a character wider or narrower than it measures: `update` asks the loop
    /// to, with [`Effect::Redraw`](crate::reader::effect::Effect::Redraw). Nothing open
    /// closes.
    Redraw,
    /// The terminal now has this many columns and rows.
    Resize {
        width: u16,
        height: u16,
    },

    // Files and loading.
    /// The article or claims file changed on disk since it was read.
    SourcesChanged,
    /// Go to where the reader asked to open (or was left last time).
    OpenAt(crate::reader::model::resume::StartAt),
    /// A large document's loading has reached a new stage (said in a few words).
    LoadProgress(String),
    /// The whole document, read in the background while the first screen was shown.
    Loaded(Box<Document>),

    // Results of effects: the loop answers each effect it carries out with one of these.
    /// A one-off message for the status bar (the loop's answer to a reload of the
    /// bundled sample, which has no files to read again).
    Notify(String),
    /// The result of a reload: the new document, and what went wrong (the parts that
    /// failed keep their last good version).
    Reloaded {
        doc: Box<Document>,
        errors: Vec<crate::warning::Warning>,
    },
    /// The loop sent the clipboard's text to the terminal (`error` says why it could not).
    Copied {
        error: Option<String>,
    },
    /// The loop tried to open a link: `error` says why it could not.
    LinkOpened {
        url: String,
        error: Option<String>,
    },
    /// The claims file was written with every edit made so far, or could not be
    /// (`error` says why; the edits stay journaled).
    Saved {
        error: Option<String>,
    },
    /// The claims file on disk does not read now (`error`: why, with its line and
    /// column): the edits made since it was last read stay as shown, journaled and not
    /// saved, until it reads again (the reload or save key tries it again).
    ClaimsUnreadable {
        error: String,
        /// The answer to an edit just made (kept and journaled, not saved), rather than to
        /// a reload or a save.
        after_edit: bool,
    },
    /// Changes to apply to the claims file's entries as one edit: a recovery from the
    /// journal, or unsaved edits applied again to a file that changed on disk. `what`
    /// says which, for the message.
    Recovered {
        changes: Vec<crate::claims::change::Change>,
        what: String,
        /// Changes that could not be carried over, each with why (said, not made).
        lost: Vec<String>,
        /// Where what those changes wrote was kept for the user (a file path), or why it
        /// could not be; `None` when they wrote nothing to keep.
        kept: Option<Result<String, String>>,
        /// The file is to be saved once they are made: a save was asked for and found the
        /// file changed on disk, so one press of the save key still saves.
        save: bool,
    },
    /// A session that ended without saving left these changes in the journal (each in
    /// a few words); `moved`: the claims file changed since. The reader asks whether to
    /// recover them.
    OfferRecovery {
        changes: Vec<String>,
        moved: bool,
    },
    /// Typing an earlier session kept for this claims file: `forms` can be placed in the
    /// document (the one that was open opens again); `unplaced` could not be, and the
    /// loop wrote them to `set_aside` (said in the message).
    ResumeTyping {
        forms: Vec<crate::reader::model::typing::TypedForm>,
        unplaced: Vec<crate::reader::model::typing::TypedForm>,
        set_aside: Option<String>,
    },
    /// The bundled sample, copied into the current directory to be edited: the copy's
    /// document and where its edits go. `existed`: the copy was already there (both
    /// files, from an earlier session) and was opened as it is, not written again.
    CopiedSample {
        doc: Box<Document>,
        target: crate::reader::model::editing::Target,
        existed: bool,
    },
    /// The fetched page, saved as `file` to be edited: the document read from it and where
    /// its edits go.
    PageSaved {
        doc: Box<Document>,
        target: crate::reader::model::editing::Target,
        file: String,
        then: crate::reader::model::save_as::Then,
    },
    /// The page was not saved as `file`: a file of that name is there (the reader asks
    /// whether to replace it).
    PageFileTaken {
        file: String,
        then: crate::reader::model::save_as::Then,
    },
    /// The page being fetched again has come this far (bytes, and of how many when the
    /// server said).
    FetchProgress {
        bytes: u64,
        total: Option<u64>,
    },
    /// The page fetched again is in (`None`: a [`Action::Reloaded`] with it follows), or
    /// could not be fetched (why; the text shown stays).
    FetchDone {
        error: Option<String>,
    },
    /// The page the article was fetched from, and the file it is kept in (`None`: the
    /// article is not a fetched page).
    PageFile(Option<crate::reader::model::save_as::PageFile>),
    /// Where edits go, now that the document is known (the claims file's path, or why
    /// it cannot be written).
    EditTarget(crate::reader::model::editing::Target),
    /// The draft [`Effect::Draft`](crate::reader::effect::Effect::Draft) asked for is
    /// done, or stopped without a result (why).
    Drafted(Result<Box<crate::draft::plan::Drafted>, String>),
    /// The draft under way has come this far (percent).
    DraftProgress(u8),
    /// One more step of a search too long for one keystroke, sent by the loop while no
    /// key waits (see [`crate::reader::model::search::scan`]).
    SearchMore,
}

impl Action {
    /// Where a movement key takes the selection of a list whose last row is `last`
    /// (`None` for a key that does not move in lists).
    pub fn move_in_list(&self, selected: usize, last: usize) -> Option<usize> {
        Some(match self {
            Action::LineDown => (selected + 1).min(last),
            Action::LineUp => selected.saturating_sub(1),
            Action::HalfPageDown | Action::PageDown => (selected + 10).min(last),
            Action::HalfPageUp | Action::PageUp => selected.saturating_sub(10),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return None,
        })
    }
}

/// What the mouse did (other buttons are left to the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    ScrollUp,
    ScrollDown,
    /// The left button went down.
    Click,
    /// The pointer moved with the left button held (a drag selects text in the article).
    Drag,
    /// The left button came up.
    Release,
}
