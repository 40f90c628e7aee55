//! What is open over the reader and takes its keys: nothing, the help, a list (links, filters, people), the search prompt, a form or a question. One at a time, by its type.

use crate::reader::model::chooser::Chooser;
use crate::reader::model::form::Form;
use crate::reader::model::links::LinkItem;
use crate::reader::model::list::List;
use crate::reader::model::question::Question;
use crate::reader::model::search::Prompt;

/// The one overlay open, which gets every key (`update` dispatches on it, and ui draws
/// it).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Overlay {
    /// Nothing: the keys move through the article and the sidebar.
    #[default]
    None,
    /// The keys' help, scrolled `scroll` lines down.
    Help { scroll: usize },
    /// The list of every link of the article and its claims.
    Links(List<LinkItem>),
    /// The list a filter or a person is chosen from.
    Chooser(Chooser),
    /// The search prompt, in the status bar: keys are typed into it as text. (The
    /// search's matches outlive it: they are in [`crate::reader::model::search::Search`].)
    Prompt(Prompt),
    /// A claim's or a response's form: keys are typed into its fields.
    Form(Box<Form>),
    /// A yes-or-no question.
    Question(Question),
    /// The prompt in the status bar asking where to save the fetched page: keys are typed
    /// into its line as into the search prompt's.
    SaveAs(crate::reader::model::save_as::SaveAs),
}

impl Overlay {
    /// The search prompt, if it is what is open.
    pub fn prompt(&self) -> Option<&Prompt> {
        match self {
            Overlay::Prompt(prompt) => Some(prompt),
            _ => None,
        }
    }

    /// Whether a popup covers the panes (the help or a list; the prompt is in the status
    /// bar and covers nothing).
    pub fn covers_panes(&self) -> bool {
        matches!(
            self,
            Overlay::Help { .. }
                | Overlay::Links(_)
                | Overlay::Chooser(_)
                | Overlay::Form(_)
                | Overlay::Question(_)
        )
    }
}
