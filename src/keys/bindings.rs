//! The one table of bindable actions: each with its configuration name, help section, help text, hint and default keys.

use crate::reader::action::Action;

/// Where an action is listed in the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Reading,
    Search,
    Claims,
    Panes,
    General,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::Reading => "Reading",
            Section::Search => "Search",
            Section::Claims => "Claims",
            Section::Panes => "Panes",
            Section::General => "General",
        }
    }
}

/// One row of the key map.
#[derive(Debug, Clone)]
pub struct Binding {
    pub action: Action,
    /// The name used in the `[keys]` table of the configuration.
    pub name: &'static str,
    pub section: Section,
    pub help: &'static str,
    /// A word or two for the hint bar, for the actions a newcomer needs first.
    pub hint: Option<&'static str>,
    pub default_keys: &'static [&'static str],
}

const fn bind(
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
        section,
        help,
        hint,
        default_keys,
    }
}

/// Every bindable action, in the order the help overlay lists them (a section's rows together).
pub const BINDINGS: &[Binding] = &[
    bind(
        Action::LineDown,
        "line_down",
        Section::Reading,
        "cursor down a line (sidebar: next item)",
        None,
        &["j", "Down"],
    ),
    bind(
        Action::LineUp,
        "line_up",
        Section::Reading,
        "cursor up a line (sidebar: previous item)",
        None,
        &["k", "Up"],
    ),
    bind(
        Action::HalfPageDown,
        "half_page_down",
        Section::Reading,
        "half a page down",
        None,
        &["Ctrl-d"],
    ),
    bind(
        Action::HalfPageUp,
        "half_page_up",
        Section::Reading,
        "half a page up",
        None,
        &["Ctrl-u"],
    ),
    bind(
        Action::PageDown,
        "page_down",
        Section::Reading,
        "a page down",
        None,
        &["Space", "PageDown", "Ctrl-f"],
    ),
    bind(
        Action::PageUp,
        "page_up",
        Section::Reading,
        "a page up",
        None,
        &["b", "PageUp", "Ctrl-b"],
    ),
    bind(
        Action::Top,
        "top",
        Section::Reading,
        "to the start",
        None,
        &["g", "Home"],
    ),
    bind(
        Action::Bottom,
        "bottom",
        Section::Reading,
        "to the end",
        None,
        &["G", "End"],
    ),
    bind(
        Action::OpenLink,
        "open_link",
        Section::Reading,
        "open the link on the cursor's line (several: choose one; sidebar: the response's source)",
        None,
        &["o"],
    ),
    bind(
        Action::ToggleLinks,
        "links",
        Section::Reading,
        "list every link: the article's, its address, claims' sources and reviews; Enter opens",
        None,
        &["L"],
    ),
    bind(
        Action::SearchForward,
        "search_forward",
        Section::Search,
        "search forward as you type (smart case); Enter keeps it, Esc goes back",
        Some("search"),
        &["/"],
    ),
    bind(
        Action::SearchBackward,
        "search_backward",
        Section::Search,
        "search backward",
        None,
        &["?"],
    ),
    bind(
        Action::NextMatch,
        "next_match",
        Section::Search,
        "next match (in the search's direction; wraps)",
        None,
        &[">"],
    ),
    bind(
        Action::PrevMatch,
        "prev_match",
        Section::Search,
        "previous match",
        None,
        &["<"],
    ),
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
    ),
    bind(
        Action::ChooseFilter,
        "filter",
        Section::Claims,
        "filter the claims by verdict, or by an expert who disputes them",
        None,
        &["f"],
    ),
    bind(
        Action::People,
        "people",
        Section::Claims,
        "people who claim or respond, with stances; choose one to step through their words",
        None,
        &["w"],
    ),
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
        "draft claims from the text when there are none, written beside the article",
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
        "mouse on or off (on: wheel scrolls the pane under it, click selects a claim)",
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
        "read the article and claims file again",
        None,
        &["r"],
    ),
    bind(
        Action::Suspend,
        "suspend",
        Section::General,
        "suspend to the shell (fg returns)",
        None,
        &["Ctrl-z"],
    ),
    bind(
        Action::Quit,
        "quit",
        Section::General,
        "close the open overlay, or quit",
        Some("quit"),
        &["q"],
    ),
    bind(
        Action::Back,
        "back",
        Section::General,
        "close the overlay or prompt; else clear the search and message (never quits)",
        None,
        &["Esc"],
    ),
    bind(
        Action::ForceQuit,
        "force_quit",
        Section::General,
        "quit at once",
        None,
        &["Ctrl-c"],
    ),
    bind(
        Action::ToggleHelp,
        "help",
        Section::General,
        "show or hide this help",
        Some("help"),
        &["h", "F1"],
    ),
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

/// The row of [`BINDINGS`] for a configuration name.
pub fn binding_named(name: &str) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hint_has_a_priority_once() {
        for b in BINDINGS {
            let ranked = HINT_PRIORITY.iter().filter(|a| **a == b.action).count();
            assert_eq!(ranked, usize::from(b.hint.is_some()), "{}", b.name);
        }
    }

    #[test]
    fn each_section_is_listed_in_one_piece() {
        let mut seen: Vec<Section> = Vec::new();
        for b in BINDINGS {
            if seen.last() != Some(&b.section) {
                assert!(!seen.contains(&b.section), "{} splits its section", b.name);
                seen.push(b.section);
            }
        }
    }
}
