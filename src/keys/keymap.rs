//! The key map: the keys in force for each action of the table (`bindings`) in each of its
//! modes, from which key lookup by mode, the help overlay, the hint bar and the README's
//! key tables come.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::keys::prompt::PromptKey;
use crate::reader::action::Action;

pub use crate::keys::bindings::{Binding, Section};
pub use crate::keys::mode::{Mode, Modes};
pub use crate::keys::spec::KeySpec;
pub use crate::keys::table::{BINDINGS, binding_named};

/// The keys bound to each action in each of its modes.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMap {
    /// One entry for each row of [`BINDINGS`] and mode it has, in table order.
    entries: Vec<Entry>,
}

/// The keys of one row of the table in one mode.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    mode: Mode,
    /// The row's index in [`BINDINGS`].
    row: usize,
    keys: Vec<KeySpec>,
}

impl Entry {
    fn action(&self) -> &'static Action {
        &BINDINGS[self.row].action
    }
}

/// A key bound to two actions in one mode or more.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub key: KeySpec,
    /// The two actions, in table order.
    pub first: Action,
    pub second: Action,
    /// Every mode where both have the key.
    pub modes: Modes,
}

impl Default for KeyMap {
    fn default() -> Self {
        let entries = BINDINGS
            .iter()
            .enumerate()
            .flat_map(|(row, b)| {
                b.modes.iter().map(move |mode| Entry {
                    mode,
                    row,
                    keys: b
                        .default_keys
                        .iter()
                        .map(|k| k.parse().expect("default keys parse"))
                        .collect(),
                })
            })
            .collect();
        KeyMap { entries }
    }
}

impl KeyMap {
    /// The action a key press asks for in `mode`, if any: the mode's binding for the key
    /// (in a lenient mode, else one the key matches with more modifiers held); else, where
    /// the mode types text, a character without Ctrl typed; else, in a list, a key of the
    /// article whose action lists have no use for (the list ignores it: such a key only
    /// clears the status bar's message, as every key does); in every mode, the article's
    /// suspend key where the mode does not bind it. A key release is nothing.
    pub fn action_for(&self, mode: Mode, event: &KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let in_mode = || self.entries.iter().filter(move |e| e.mode == mode);
        let bound = in_mode()
            .find(|e| e.keys.iter().any(|k| k.matches(event)))
            .or_else(|| {
                mode.lenient()
                    .then(|| in_mode().find(|e| e.keys.iter().any(|k| k.matches_within(event))))
                    .flatten()
            });
        if let Some(entry) = bound {
            return Some(entry.action().clone());
        }
        // Suspending and redrawing work whatever is open (a prompt, a form, a question),
        // as they do in a shell's line editor: the article's key for each, where the mode
        // gives that key no meaning of its own. What is open stays open.
        if mode != Mode::Article {
            for action in [Action::Suspend, Action::Redraw] {
                if self
                    .keys_in(Mode::Article, &action)
                    .iter()
                    .any(|k| k.matches(event))
                {
                    return Some(action);
                }
            }
        }
        match event.code {
            KeyCode::Char(c)
                if mode.types_text() && !event.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                Some(Action::Prompt(PromptKey::Char(c)))
            }
            _ if mode == Mode::List => self
                .action_for(Mode::Article, event)
                .filter(|action| !self.has(Mode::List, action)),
            _ => None,
        }
    }

    /// Whether `action` has a row in `mode` (bound to keys or not).
    pub fn has(&self, mode: Mode, action: &Action) -> bool {
        self.entries
            .iter()
            .any(|e| e.mode == mode && e.action() == action)
    }

    /// The keys of `action` in `mode` (none if it has no keys there).
    /// A form's line edits (`Action::Form(FormKey::Edit(..))`) are found under the
    /// prompt's rows, which bind them for both (the form's update takes the prompt's
    /// keys as its own), so a message may name either.
    pub fn keys_in(&self, mode: Mode, action: &Action) -> &[KeySpec] {
        let bound = bound_as(action);
        let action = bound.as_ref().unwrap_or(action);
        self.entries
            .iter()
            .find(|e| e.mode == mode && e.action() == action)
            .map_or(&[], |e| e.keys.as_slice())
    }

    /// The keys of `action` in its home mode (its first: the article's for the reading
    /// keys), the keys messages and hints name.
    pub fn keys_for(&self, action: &Action) -> &[KeySpec] {
        match BINDINGS.iter().find(|b| &b.action == action) {
            Some(binding) => self.keys_in(binding.home(), action),
            None => &[],
        }
    }

    /// Replaces the keys of one action in every mode it has (a flat `[keys]` entry).
    pub fn set(&mut self, action: Action, specs: Vec<KeySpec>) {
        for entry in self.entries.iter_mut().filter(|e| *e.action() == action) {
            entry.keys = specs.clone();
        }
    }

    /// Replaces the keys of one action in one mode (a `[keys.MODE]` entry); an action
    /// without that mode is left as it is.
    pub fn set_in(&mut self, mode: Mode, action: &Action, specs: Vec<KeySpec>) {
        for entry in (self.entries.iter_mut()).filter(|e| e.mode == mode && e.action() == action) {
            entry.keys = specs.clone();
        }
    }

    /// The first key bound to two actions in one mode (modes in [`Mode::ALL`] order, then
    /// the table's): the key, the two actions in table order, and every mode where both
    /// have it.
    pub fn conflicting(&self) -> Option<Conflict> {
        for mode in Mode::ALL {
            let entries: Vec<&Entry> = self.entries.iter().filter(|e| e.mode == mode).collect();
            for (i, entry) in entries.iter().enumerate() {
                for spec in &entry.keys {
                    let Some(other) = entries[i + 1..].iter().find(|e| e.keys.contains(spec))
                    else {
                        continue;
                    };
                    let (first, second) = (entry.action().clone(), other.action().clone());
                    let modes = Mode::ALL
                        .into_iter()
                        .filter(|&m| {
                            self.keys_in(m, &first).contains(spec)
                                && self.keys_in(m, &second).contains(spec)
                        })
                        .fold(Modes::default(), Modes::with);
                    return Some(Conflict {
                        key: *spec,
                        first,
                        second,
                        modes,
                    });
                }
            }
        }
        None
    }

    /// A key bound to two actions, named for an error message (the configuration's error
    /// adds the modes: [`Conflict::modes`]).
    pub fn conflict(&self) -> Option<String> {
        let conflict = self.conflicting()?;
        Some(format!(
            "key \"{}\" is bound to both {} and {}",
            conflict.key,
            name_of(&conflict.first),
            name_of(&conflict.second)
        ))
    }

    /// The keys of an action as shown to a person: `j Down`.
    pub fn describe(&self, action: &Action) -> String {
        join(self.keys_for(action))
    }

    /// The keys of an action in `mode`, as shown to a person.
    pub fn describe_in(&self, mode: Mode, action: &Action) -> String {
        join(self.keys_in(mode, action))
    }

    /// The keys of an action in the reading modes: the article's, and the sidebar's after
    /// them when they differ (`j Down (sidebar: J)`).
    fn describe_reading(&self, action: &Action, show: impl Fn(&[KeySpec]) -> String) -> String {
        let article = self.keys_in(Mode::Article, action);
        let sidebar = self.keys_in(Mode::Sidebar, action);
        if article == sidebar {
            show(article)
        } else {
            format!("{} (sidebar: {})", show(article), show(sidebar))
        }
    }

    /// The hint bar's pieces: (first key, words) for the actions a newcomer needs first,
    /// most useful first ([`crate::keys::bindings::HINT_PRIORITY`]: help, then next, prev, focus,
    /// search, quit). An action left with no key has no hint.
    pub fn hints(&self) -> Vec<(String, &'static str)> {
        self.hints_of(|_| true)
    }

    /// The selection mode's hint bar ([`crate::keys::selection_rows::SELECTION_HINTS`]): (first
    /// key there, words), most useful first; an action left with no key there has none.
    pub fn selection_hints(&self) -> Vec<(String, &'static str)> {
        self.mode_hints(
            Mode::Selection,
            crate::keys::selection_rows::SELECTION_HINTS,
        )
    }

    /// A mode's own hint bar from `list` (action, words; most useful first): (first key
    /// in `mode`, words); an action left with no key there has none.
    pub fn mode_hints(
        &self,
        mode: Mode,
        list: &[(Action, &'static str)],
    ) -> Vec<(String, &'static str)> {
        list.iter()
            .filter_map(|(action, words)| {
                let key = self.keys_in(mode, action).first()?;
                Some((key.to_string(), *words))
            })
            .collect()
    }

    /// [`KeyMap::hints`] of the actions `useful` keeps (the status bar leaves out `n` and
    /// `p` in an article without claims).
    pub fn hints_of(&self, useful: impl Fn(&Action) -> bool) -> Vec<(String, &'static str)> {
        crate::keys::bindings::HINT_PRIORITY
            .iter()
            .filter(|action| useful(action))
            .filter_map(|action| {
                let binding = BINDINGS.iter().find(|b| &b.action == action)?;
                Some((self.keys_for(action).first()?.to_string(), binding.hint?))
            })
            .collect()
    }

    /// The first key bound to `action`, as the help and the status bar name it.
    pub fn first_key(&self, action: &Action) -> Option<String> {
        self.keys_for(action).first().map(ToString::to_string)
    }

    /// The key a message names for `action`: its first key in this map, or, when the
    /// configuration left it unbound, its `[keys]` name (`next_claim (unbound)`).
    pub fn key_or_name(&self, action: &Action) -> String {
        self.first_key(action)
            .unwrap_or_else(|| format!("{} (unbound)", name_of(action)))
    }

    /// [`KeyMap::key_or_name`] among the keys of `mode` (a list's title names its keys).
    pub fn key_or_name_in(&self, mode: Mode, action: &Action) -> String {
        (self.keys_in(mode, action).first()).map_or_else(
            || format!("{} (unbound)", name_of(action)),
            ToString::to_string,
        )
    }

    /// The help overlay's rows: section, keys, what they do. The reading modes' rows by
    /// section, then each other mode's (the search prompt, a selection, a form, a
    /// question, the lists and the help) under its own section.
    pub fn help_rows(&self) -> Vec<(Section, String, &'static str)> {
        let reading = rows_of(Mode::Article)
            .map(|b| (b.section, self.describe_reading(&b.action, join), b.help));
        let others = OTHER_MODES.into_iter().flat_map(|mode| {
            rows_of(mode).map(move |b| {
                let keys = self.describe_in(mode, &b.action);
                (Section::of_mode(mode), keys, b.help_in(mode))
            })
        });
        reading.chain(others).collect()
    }

    /// The README's key tables, in Markdown: one for the reading modes (the article and
    /// the sidebar), then one for each other mode (the search prompt, a selection, a form,
    /// a question, the lists and the help), each under a line saying where its keys are
    /// read and in which `[keys]` table.
    pub fn markdown_table(&self) -> String {
        let code = |keys: &[KeySpec]| {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            keys.join(" ")
        };
        let mut out = String::new();
        let groups: [(&str, &str, Mode); 6] = [
            (
                "In the article and the sidebar (`[keys.article]`, `[keys.sidebar]`)",
                "`[keys]` name",
                Mode::Article,
            ),
            (
                "In the search prompt (`[keys.prompt]`; other characters are typed)",
                "`[keys.prompt]` name",
                Mode::Prompt,
            ),
            (
                "In a selection (`v`, `V`, `\"`; `[keys.selection]`)",
                "`[keys.selection]` name",
                Mode::Selection,
            ),
            (
                "In a form (`[keys.form]`; other characters are typed)",
                "`[keys.form]` name",
                Mode::Form,
            ),
            (
                "When a question is asked (`[keys.confirm]`)",
                "`[keys.confirm]` name",
                Mode::Confirm,
            ),
            (
                "In lists (links, filters, people) and the help (`[keys.list]`)",
                "`[keys.list]` name",
                Mode::List,
            ),
        ];
        for (n, (title, name_column, mode)) in groups.into_iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            out.push_str(&format!(
                "**{title}**\n\n| Keys | Action | {name_column} |\n|---|---|---|\n"
            ));
            for b in rows_of(mode) {
                let keys = match mode {
                    Mode::Article => self.describe_reading(&b.action, code),
                    mode => code(self.keys_in(mode, &b.action)),
                };
                out.push_str(&format!(
                    "| {keys} | {} | `{}` |\n",
                    b.help_in(mode),
                    b.name
                ));
            }
        }
        out
    }
}

/// The modes other than the reading ones, in the order the help lists their keys.
const OTHER_MODES: [Mode; 5] = [
    Mode::Prompt,
    Mode::Selection,
    Mode::Form,
    Mode::Confirm,
    Mode::List,
];

/// The rows a help section or README table of `mode` lists; the article's stands for both
/// reading modes. A selection's are listed as its moves go: by word, line, sentence,
/// paragraph, then what is done with it, then the rows it shares (leaving, help).
fn rows_of(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let mut rows: Vec<&'static Binding> = BINDINGS
        .iter()
        .filter(move |b| match mode {
            Mode::Article | Mode::Sidebar => {
                b.modes.contains(Mode::Article) || b.modes.contains(Mode::Sidebar)
            }
            mode => b.modes.contains(mode),
        })
        .collect();
    if mode == Mode::Selection {
        use crate::reader::model::selection::Step;
        rows.sort_by_key(|b| match b.action {
            Action::Extend(Step::WordForward | Step::WordBack) => 0,
            Action::LineDown | Action::LineUp => 1,
            _ if b.section == Section::Selection => 2,
            _ => 3,
        });
    }
    rows.into_iter()
}

/// Keys as shown to a person: `j Down`.
fn join(keys: &[KeySpec]) -> String {
    keys.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The configuration's name for an action (`line_down`).
pub fn name_of(action: &Action) -> &'static str {
    BINDINGS
        .iter()
        .find(|b| &b.action == action)
        .map_or("?", |b| b.name)
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;

/// The row an action is bound under when it is not its own: a form's line edit is the
/// prompt's (`Backspace` has a key of its own there, the search's empty line closing).
fn bound_as(action: &Action) -> Option<Action> {
    use crate::keys::prompt::{Edit, FormKey};
    match action {
        Action::Form(FormKey::Edit(Edit::Backspace)) => Some(Action::Prompt(PromptKey::Backspace)),
        Action::Form(FormKey::Edit(edit)) => Some(Action::Prompt(PromptKey::Edit(*edit))),
        _ => None,
    }
}
