//! A row of the key table (its action, configuration name, modes, help section, help text, hint and default keys), the reading modes' rows and the search prompt's; the whole table is `keys::table`.

pub use crate::keys::mode::{Mode, Modes};
use crate::reader::action::Action;

/// Where an action is listed in the help overlay. The first six hold the reading modes'
/// keys; the search prompt's, the lists' and the selection's keys have a section each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Reading,
    Search,
    Claims,
    Panes,
    General,
    /// The reading keys that start a selection (`v`, `V`, `"`).
    Select,
    /// Editing the claims file from the reading modes.
    Editing,
    /// The search prompt's keys ([`Mode::Prompt`]).
    Prompt,
    /// A form's keys ([`Mode::Form`]).
    Form,
    /// A question's keys ([`Mode::Confirm`]).
    Confirm,
    /// The keys of the lists and the help ([`Mode::List`]), with what they do there.
    Lists,
    /// The keys of the selection mode ([`Mode::Selection`]), with what they do there.
    Selection,
}

impl Section {
    /// The section that lists the keys of `mode` when it is not a reading mode.
    pub const fn of_mode(mode: Mode) -> Section {
        match mode {
            Mode::Article | Mode::Sidebar => Section::Reading,
            Mode::Prompt => Section::Prompt,
            Mode::List => Section::Lists,
            Mode::Form => Section::Form,
            Mode::Confirm => Section::Confirm,
            Mode::Selection => Section::Selection,
        }
    }

    /// Whether the section lists the keys of a mode other than the reading ones.
    pub fn is_other_mode(self) -> bool {
        matches!(
            self,
            Section::Prompt
                | Section::Form
                | Section::Confirm
                | Section::Lists
                | Section::Selection
        )
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::Reading => "Reading",
            Section::Search => "Search",
            Section::Claims => "Claims",
            Section::Select => "Selecting text",
            Section::Panes => "Panes",
            Section::General => "General",
            Section::Editing => "Editing claims",
            Section::Prompt => "In the search prompt (other characters are typed)",
            Section::Form => "In a form (other characters are typed)",
            Section::Confirm => "When a question is asked",
            Section::Lists => "In lists (links, filters, people) and this help",
            Section::Selection => "In a selection (v, V, \")",
        }
    }
}

/// One row of the key map.
#[derive(Debug, Clone)]
pub struct Binding {
    pub action: Action,
    /// The name used in the `[keys]` table of the configuration (and in `[keys.MODE]`).
    pub name: &'static str,
    /// The modes the action has keys in; the first is its home (the keys messages name).
    pub modes: Modes,
    pub section: Section,
    /// What the keys do in the row's modes but [`Mode::List`].
    pub help: &'static str,
    /// What the keys do in a list or the help (`Some` exactly when `modes` has the list).
    pub list_help: Option<&'static str>,
    /// What the keys do in the selection mode, for a row that has keys in other modes too
    /// (`Some` exactly when `modes` has the selection and a reading mode).
    pub selection_help: Option<&'static str>,
    /// A word or two for the hint bar, for the actions a newcomer needs first.
    pub hint: Option<&'static str>,
    /// The keys it has by default, the same in each of its modes.
    pub default_keys: &'static [&'static str],
}

/// A row of the reading modes (the article and the sidebar).
pub(crate) const fn bind(
    action: Action,
    name: &'static str,
    section: Section,
    help: &'static str,
    hint: Option<&'static str>,
    default_keys: &'static [&'static str],
) -> Binding {
    Binding {
        action,
        name,
        modes: Modes::READING,
        section,
        help,
        list_help: None,
        selection_help: None,
        hint,
        default_keys,
    }
}

/// A row of one mode other than the reading ones.
pub(crate) const fn only_in(
    mode: Mode,
    action: Action,
    name: &'static str,
    help: &'static str,
    default_keys: &'static [&'static str],
) -> Binding {
    Binding {
        action,
        name,
        modes: Modes::of(mode),
        section: Section::of_mode(mode),
        help,
        list_help: None,
        selection_help: None,
        hint: None,
        default_keys,
    }
}

impl Binding {
    /// The row with the lists' mode too, where its keys do `help`.
    pub(crate) const fn in_lists(mut self, help: &'static str) -> Binding {
        self.modes = self.modes.with(Mode::List);
        self.list_help = Some(help);
        self
    }

    /// The row with `mode` too, where its keys do what they do in the reading modes.
    pub(crate) const fn also_in(mut self, mode: Mode) -> Binding {
        self.modes = self.modes.with(mode);
        self
    }

    /// The row with the selection mode too, where its keys do `help`.
    const fn in_selection(mut self, help: &'static str) -> Binding {
        self.modes = self.modes.with(Mode::Selection);
        self.selection_help = Some(help);
        self
    }

    /// What the keys do in `mode`.
    pub fn help_in(&self, mode: Mode) -> &'static str {
        match (mode, self.list_help, self.selection_help) {
            (Mode::List, Some(help), _) => help,
            (Mode::Selection, _, Some(help)) => help,
            _ => self.help,
        }
    }

    /// The mode whose keys messages and hints name: the first it has.
    pub fn home(&self) -> Mode {
        self.modes.iter().next().unwrap_or(Mode::Article)
    }
}

/// The reading modes' rows.
pub(crate) const READING_ROWS: &[Binding] = &[
    bind(
        Action::LineDown,
        "line_down",
        Section::Reading,
        "cursor down a line (sidebar: next item)",
        None,
        &["j", "Down"],
    )
    .in_lists("next row (the help: a line down)")
    .in_selection("extend to the same place a line down"),
    bind(
        Action::LineUp,
        "line_up",
        Section::Reading,
        "cursor up a line (sidebar: previous item)",
        None,
        &["k", "Up"],
    )
    .in_lists("previous row (the help: a line up)")
    .in_selection("extend to the same place a line up"),
    bind(
        Action::HalfPageDown,
        "half_page_down",
        Section::Reading,
        "half a page down",
        None,
        &["Ctrl-d"],
    )
    .in_lists("ten rows down (the help: half a page)"),
    bind(
        Action::HalfPageUp,
        "half_page_up",
        Section::Reading,
        "half a page up",
        None,
        &["Ctrl-u"],
    )
    .in_lists("ten rows up (the help: half a page)"),
    bind(
        Action::PageDown,
        "page_down",
        Section::Reading,
        "a page down",
        None,
        &["Space", "PageDown", "Ctrl-f"],
    )
    .in_lists("ten rows down (the help: a page)"),
    bind(
        Action::PageUp,
        "page_up",
        Section::Reading,
        "a page up",
        None,
        &["b", "PageUp", "Ctrl-b"],
    )
    .in_lists("ten rows up (the help: a page)"),
    bind(
        Action::Top,
        "top",
        Section::Reading,
        "to the start",
        None,
        &["g", "Home"],
    )
    .in_lists("first row (the help: its start)"),
    bind(
        Action::Bottom,
        "bottom",
        Section::Reading,
        "to the end",
        None,
        &["G", "End"],
    )
    .in_lists("last row (the help: its end)"),
    bind(
        Action::OpenLink,
        "open_link",
        Section::Reading,
        "open the link on the cursor's line (several: choose one; sidebar: the response's source)",
        None,
        &["o"],
    )
    .in_lists("links list: open the chosen link"),
    bind(
        Action::ToggleLinks,
        "links",
        Section::Reading,
        "list every link: the article's, its address, claims' sources and reviews; Enter opens",
        None,
        &["L"],
    )
    .in_lists("close the links list"),
    bind(
        Action::SearchForward,
        "search_forward",
        Section::Search,
        "search forward as you type (smart case); Enter keeps it, Esc goes back",
        Some("search"),
        &["/"],
    )
    .in_selection("search forward; Enter takes the moving end to the match (Esc: back)"),
    bind(
        Action::SearchBackward,
        "search_backward",
        Section::Search,
        "search backward",
        None,
        &["?"],
    )
    .in_selection("search backward; Enter takes the moving end to the match"),
    bind(
        Action::NextMatch,
        "next_match",
        Section::Search,
        "next match (in the search's direction; wraps)",
        None,
        &[">"],
    )
    .in_selection("extend to the next match"),
    bind(
        Action::PrevMatch,
        "prev_match",
        Section::Search,
        "previous match",
        None,
        &["<"],
    )
    .in_selection("extend to the previous match"),
    bind(
        Action::NextClaim,
        "next_claim",
        Section::Claims,
        "next claim",
        Some("next"),
        &["n", "]"],
    ),
    bind(
        Action::PrevClaim,
        "prev_claim",
        Section::Claims,
        "previous claim",
        Some("prev"),
        &["p", "["],
    ),
    bind(
        Action::Activate,
        "activate",
        Section::Claims,
        "sidebar: go to the selected item in the text and focus it (article: focus the sidebar)",
        None,
        &["Enter"],
    )
    .in_lists("choose: open the link, keep the filter, or follow the person"),
    bind(
        Action::ChooseFilter,
        "filter",
        Section::Claims,
        "filter the claims by verdict, or by an expert who disputes them",
        None,
        &["f"],
    )
    .in_lists("close the filter or people list"),
    bind(
        Action::People,
        "people",
        Section::Claims,
        "people who claim or respond, with stances; choose one to step through their words",
        None,
        &["w"],
    )
    .in_lists("close the filter or people list"),
    bind(
        Action::CopyClaim,
        "copy_claim",
        Section::Claims,
        "copy the current claim and its responses as plain text (OSC 52: works over SSH)",
        None,
        &["y"],
    ),
    bind(
        Action::DraftClaims,
        "draft_claims",
        Section::Claims,
        "draft claims from the text and merge them into the claims file (as draft --merge)",
        None,
        &["D"],
    ),
    bind(
        Action::ToggleFocus,
        "toggle_focus",
        Section::Panes,
        "move focus between article and sidebar",
        Some("focus"),
        &["Tab", "BackTab"],
    ),
    bind(
        Action::ToggleSidebar,
        "toggle_sidebar",
        Section::Panes,
        "show or hide the sidebar",
        None,
        &["s"],
    ),
    bind(
        Action::ToggleMouse,
        "toggle_mouse",
        Section::Panes,
        "mouse on or off (on: the wheel scrolls the pane under it, a click or a drag selects)",
        None,
        &["m"],
    ),
    bind(
        Action::Narrower,
        "narrower",
        Section::Panes,
        "narrower text (the measure; in a wide pane the text stays centred)",
        None,
        &["-"],
    ),
    bind(
        Action::Wider,
        "wider",
        Section::Panes,
        "wider text, up to the pane's width",
        None,
        &["+", "="],
    ),
    bind(
        Action::Reload,
        "reload",
        Section::General,
        "read the article (a page: fetch it again) and claims file again",
        None,
        &["r"],
    )
    .in_lists("read the article (a page: fetch it again) and claims file again"),
    bind(
        Action::SavePage,
        "save_page",
        Section::General,
        "save the fetched page (its HTML) as a file, asking where; its claims file beside it",
        None,
        &["W"],
    ),
    bind(
        Action::Suspend,
        "suspend",
        Section::General,
        "suspend to the shell (fg returns)",
        None,
        &["Ctrl-z"],
    )
    .in_lists("suspend to the shell (fg returns)"),
    bind(
        Action::Redraw,
        "redraw",
        Section::General,
        "draw the whole screen again (after another program wrote on it)",
        None,
        &["Ctrl-l"],
    )
    .in_lists("draw the whole screen again (after another program wrote on it)"),
    bind(
        Action::Quit,
        "quit",
        Section::General,
        "close the open overlay, or quit",
        Some("quit"),
        &["q"],
    )
    .in_lists("close the list or the help")
    .in_selection("leave the selection"),
    bind(
        Action::Back,
        "back",
        Section::General,
        "close the overlay or prompt; else stop a page's fetch, or clear the search and message",
        None,
        &["Esc"],
    )
    .in_lists("close the list or the help")
    .in_selection("leave the selection"),
    bind(
        Action::ForceQuit,
        "force_quit",
        Section::General,
        "quit at once (while a page is fetched again: stop that first)",
        None,
        &["Ctrl-c"],
    )
    .in_lists("quit at once")
    .in_selection("quit at once")
    .also_in(Mode::Confirm),
    bind(
        Action::ToggleHelp,
        "help",
        Section::General,
        "show or hide this help",
        Some("help"),
        &["h", "F1"],
    )
    .in_lists("close the help")
    .in_selection("show the help"),
];

/// The hint bar's actions, most useful first: when the status bar is short of room the
/// last are dropped first. Help comes first and is never dropped (the status bar keeps it
/// whenever its position and claim fit); every action with a `hint` is listed here once.
pub const HINT_PRIORITY: &[Action] = &[
    Action::ToggleHelp,
    Action::NextClaim,
    Action::PrevClaim,
    Action::ToggleFocus,
    Action::SearchForward,
    Action::Quit,
];

/// The hint bar while a question is asked: its answers only (`n` there is no, never the
/// next claim).
pub const QUESTION_HINTS: &[(Action, &str)] = &[
    (Action::Confirm(true), "yes"),
    (Action::Confirm(false), "no"),
];

/// The hint bar while a list is open (links, filters, people, a response's new claim),
/// most useful first, help first: its keys, never the article's.
pub const LIST_HINTS: &[(Action, &str)] = &[
    (Action::ToggleHelp, "help"),
    (Action::Back, "close"),
    (Action::Activate, "choose"),
    (Action::LineDown, "down"),
    (Action::LineUp, "up"),
];
