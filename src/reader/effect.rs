//! The `Effect` enum: what `update` asks the interactive loop to do outside the state (I/O, the terminal, the process).

/// Something the reader's state cannot do itself: [`crate::reader::update::update`]
/// returns these, the interactive loop ([`crate::terminal`]) carries them out in order,
/// and feeds what came of each back as an action (the result actions of
/// [`crate::reader::action::Action`]). The headless render (`counterpoint render --keys`)
/// and the tests carry out none of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Put this text on the clipboard (sent to the terminal as OSC 52); answered with
    /// [`Action::Copied`](crate::reader::action::Action::Copied).
    Copy(String),
    /// Hand this address (already checked: http, https or mailto) to the system's opener;
    /// answered with [`Action::LinkOpened`](crate::reader::action::Action::LinkOpened).
    OpenLink(String),
    /// Draft the article's claims and plan their merge into its claims file
    /// ([`DraftJob::run`](crate::draft::plan::DraftJob::run)) on a thread of its own, off
    /// the keystroke path; answered with
    /// [`Action::Drafted`](crate::reader::action::Action::Drafted).
    Draft(Box<crate::draft::plan::DraftJob>),
    /// Read the article and claims file again; answered with
    /// [`Action::Reloaded`](crate::reader::action::Action::Reloaded), or a
    /// [`Action::Notify`](crate::reader::action::Action::Notify) when there is nothing to
    /// read again (the bundled sample).
    Reload,
    /// Fetch the page again on a thread of its own, the keys still answered; answered with
    /// [`Action::FetchProgress`](crate::reader::action::Action::FetchProgress) on the way,
    /// then [`Action::FetchDone`](crate::reader::action::Action::FetchDone) and, when it
    /// came, the page and claims file read again as a
    /// [`Action::Reloaded`](crate::reader::action::Action::Reloaded).
    Refetch,
    /// Stop waiting for the fetch under way: what it brings is dropped.
    CancelFetch,
    /// Give the terminal back and stop for the shell (Ctrl-Z); on resuming, the loop takes
    /// the terminal again and answers with
    /// [`Action::Resize`](crate::reader::action::Action::Resize) for its size.
    Suspend,
    /// Clear the terminal and draw the whole frame on it, not only what changed
    /// (Ctrl-L): what the terminal shows is no longer known to be the last frame.
    Redraw,
    /// These changes were made to the claims file's entries (file order; with `undo`,
    /// they take back the newest changes in force): journal them, synced, before the
    /// next frame shows them, and hand them to the file's writer, which writes the file
    /// at once or on [`Effect::Save`] as the configuration says; answered with
    /// [`Action::Saved`](crate::reader::action::Action::Saved) after each write.
    Edited {
        changes: Vec<crate::claims::change::Change>,
        /// The changes that take these back, in the order to make them: what the file was
        /// before them can be worked out again (to move unsaved edits onto a file another
        /// writer changed).
        inverse: Vec<crate::claims::change::Change>,
        undo: bool,
    },
    /// Write the claims file now (the save key).
    Save,
    /// Forget the journaled changes that are not saved (quitting without saving, or a
    /// recovery declined: the journal is set aside, not deleted).
    DiscardJournal,
    /// Apply the changes a session that ended without saving left in the journal;
    /// answered with [`Action::Recovered`](crate::reader::action::Action::Recovered).
    Recover,
    /// Copy the bundled sample's article and claims file into the current directory and
    /// reopen the copy, to edit it; answered with
    /// [`Action::Reloaded`](crate::reader::action::Action::Reloaded) or a
    /// [`Action::Notify`](crate::reader::action::Action::Notify) saying why not.
    CopySample,
    /// Save the fetched page as `file` (over a file there only with `replace`), its claims
    /// file beside it, and go on from the saved page; answered by
    /// [`Action::PageSaved`](crate::reader::action::Action::PageSaved),
    /// [`Action::PageFileTaken`](crate::reader::action::Action::PageFileTaken) when the
    /// file is there and `replace` is not given, or a notice of why not.
    SavePage {
        file: String,
        replace: bool,
        then: crate::reader::model::save_as::Then,
    },
    /// End the reader (the loop keeps the reading place and restores the terminal).
    Quit,
}
