//! The modes keys are read in (the key table's mode column), and sets of them.

/// Where keys are read: a key means at most one thing in each mode, and may mean
/// different things in different modes (`Ctrl-d` is half a page down in the article and
/// deletes a character in the search prompt). The reader's mode comes from its state
/// ([`crate::reader::mode::key_mode`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Reading the article (its pane has focus).
    Article,
    /// The sidebar of claims and responses has focus.
    Sidebar,
    /// The search prompt is open: keys edit its line, and a character without Ctrl is typed.
    Prompt,
    /// A list or the help is open over the text: the links list, the filter and people
    /// lists, the help overlay.
    List,
    /// A selection of the text is being made (`v`, `V`, `"`): the movement keys extend it.
    Selection,
    /// A form for a claim or a response is open: keys edit its fields, and a character
    /// without Ctrl is typed.
    Form,
    /// A question is asked (delete this? recover these changes?): yes or no.
    Confirm,
}

impl Mode {
    /// Every mode, in the order tables and messages list them.
    pub const ALL: [Mode; 7] = [
        Mode::Article,
        Mode::Sidebar,
        Mode::Prompt,
        Mode::List,
        Mode::Selection,
        Mode::Form,
        Mode::Confirm,
    ];

    /// The mode's name in the configuration (`[keys.list]`) and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Article => "article",
            Mode::Sidebar => "sidebar",
            Mode::Prompt => "prompt",
            Mode::List => "list",
            Mode::Selection => "selection",
            Mode::Form => "form",
            Mode::Confirm => "confirm",
        }
    }

    /// The mode a configuration name (`list`) stands for.
    pub fn named(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == name)
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }

    /// Whether a key pressed with more modifiers than its binding names still counts
    /// (in a line editor Shift-Left and Ctrl-Enter are Left and Enter).
    pub fn lenient(self) -> bool {
        self.types_text()
    }

    /// Whether a character key without Ctrl, bound to nothing, is typed as text.
    pub fn types_text(self) -> bool {
        matches!(self, Mode::Prompt | Mode::Form)
    }
}

/// A set of modes: the modes a row of the table has keys in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Modes(u8);

impl Modes {
    /// The reading modes: the article and the sidebar share most keys.
    pub const READING: Modes = Modes(Mode::Article.bit() | Mode::Sidebar.bit());
    /// The reading modes and the lists (movement, closing, quitting).
    pub const READING_AND_LISTS: Modes = Modes(Modes::READING.0 | Mode::List.bit());
    /// The search prompt only.
    pub const PROMPT: Modes = Modes(Mode::Prompt.bit());
    /// The search prompt and the forms' fields: the line-editing keys.
    pub const LINE_EDITING: Modes = Modes(Mode::Prompt.bit() | Mode::Form.bit());
    /// The selection mode only.
    pub const SELECTION: Modes = Modes(Mode::Selection.bit());

    /// The set of one mode.
    pub const fn of(mode: Mode) -> Modes {
        Modes(mode.bit())
    }

    /// This set with `mode` in it.
    pub const fn with(self, mode: Mode) -> Modes {
        Modes(self.0 | mode.bit())
    }

    pub const fn contains(self, mode: Mode) -> bool {
        self.0 & mode.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The modes in the set, in [`Mode::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Mode> {
        Mode::ALL.into_iter().filter(move |m| self.contains(*m))
    }

    /// The set for a message: "the list mode", "the article and sidebar modes".
    pub fn phrase(self) -> String {
        let names: Vec<&str> = self.iter().map(Mode::name).collect();
        match names.as_slice() {
            [] => "no mode".to_string(),
            [one] => format!("the {one} mode"),
            [rest @ .., last] => format!("the {} and {last} modes", rest.join(", ")),
        }
    }
}
