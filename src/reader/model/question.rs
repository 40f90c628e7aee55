//! A yes-or-no question over the reader (delete this? recover these changes?): what it asks, the lines that show what is at stake, and what yes does.

use crate::claims::change::Edit;

/// What a yes to a [`Question`] does.
#[derive(Debug, Clone, PartialEq)]
pub enum OnYes {
    /// Make this edit (a deletion, which the question names).
    Apply(Edit),
    /// Quit although changes are not saved.
    QuitUnsaved,
    /// Apply the changes a crashed or killed session journaled and did not save.
    Recover,
    /// Copy the bundled sample's article and claims file into the current directory and
    /// go on editing there. The key's action that asked (a new claim on the selected
    /// words, `D`, …) waits beside the question, in the reader's state
    /// (`State::after_copy`), and is done on the copy once it is open, the selection
    /// kept.
    CopySample,
    /// Save the fetched page as `file` over the file of that name (its claims file beside
    /// it) and go on there.
    SavePage {
        file: String,
        then: crate::reader::model::save_as::Then,
    },
}

/// A question open over the reader; it takes the keys until it is answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The question, one sentence ending in `?`.
    pub text: String,
    /// The question in a few words (`Copy the sample here to edit it?`), shown when the
    /// whole does not fit the window with the keys that answer it.
    pub short: String,
    /// What is at stake, a line each (the entries a deletion takes, the changes a
    /// recovery applies), shown under the question.
    pub detail: Vec<String>,
    pub on_yes: OnYes,
}
