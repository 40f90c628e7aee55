//! The key map: the keys in force for each action of the table (`bindings`) in each of its
//! modes, from which key lookup by mode, the help overlay, the hint bar and the README's
//! key tables come.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::reader::action::Action;
use crate::reader::model::search::PromptKey;

pub use crate::keys::bindings::{BINDINGS, Binding, Mode, Modes, Section, binding_named};

/// A key with its modifiers, as written in the configuration: `j`, `G`, `Ctrl-d`, `PageDown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const NAMED_KEYS: &[(&str, KeyCode)] = &[
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Space", KeyCode::Char(' ')),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
];

impl KeySpec {
    /// Whether a key press from the terminal is this key.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let mut modifiers = event.modifiers;
        // Shift is already in the character ('G') and in BackTab.
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        self.code == event.code && self.modifiers == modifiers
    }
}

impl FromStr for KeySpec {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (flag, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break;
            }
            modifiers |= flag;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_whitespace() && crate::sanitize::clean_line(rest) == rest => {
                KeyCode::Char(c)
            }
            _ => {
                if let Some(n) = rest
                    .strip_prefix(['F', 'f'])
                    .and_then(|n| n.parse::<u8>().ok())
                {
                    KeyCode::F(n)
                } else if let Some((_, code)) = NAMED_KEYS
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(rest))
                {
                    *code
                } else {
                    let names: Vec<&str> = NAMED_KEYS.iter().map(|(n, _)| *n).collect();
                    return Err(format!(
                        "unknown key \"{text}\": use one character, F1-F12, or one of {}, with Ctrl-, Alt- or Shift- before it",
                        names.join(", ")
                    ));
                }
            }
        };
        // Shift-Tab is how terminals report BackTab; Shift with a character is the character itself.
        let code = match code {
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
            }
            other => other,
        };
        Ok(KeySpec { code, modifiers })
    }
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        if let Some((name, _)) = NAMED_KEYS.iter().find(|(_, code)| *code == self.code) {
            return f.write_str(name);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

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

impl KeySpec {
    /// Whether a key press is this key held with more modifiers too (Ctrl-Left is Left
    /// here); for the modes that take a key so ([`Mode::lenient`]).
    fn matches_within(&self, event: &KeyEvent) -> bool {
        let mut modifiers = event.modifiers;
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        self.code == event.code && modifiers.contains(self.modifiers)
    }
}

impl KeyMap {
    /// The action a key press asks for in `mode`, if any: the mode's binding for the key
    /// (in a lenient mode, else one the key matches with more modifiers held); else, where
    /// the mode types text, a character without Ctrl typed; else, in a list, a key of the
    /// article whose action lists have no use for (the list ignores it: such a key only
    /// clears the status bar's message, as every key does). A key release is nothing.
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
    pub fn keys_in(&self, mode: Mode, action: &Action) -> &[KeySpec] {
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
    /// section, then the search prompt's, then what the keys do in lists and the help.
    pub fn help_rows(&self) -> Vec<(Section, String, &'static str)> {
        let reading = rows_of(Mode::Article)
            .map(|b| (b.section, self.describe_reading(&b.action, join), b.help));
        let prompt = rows_of(Mode::Prompt).map(|b| {
            let keys = self.describe_in(Mode::Prompt, &b.action);
            (Section::Prompt, keys, b.help_in(Mode::Prompt))
        });
        let lists = rows_of(Mode::List).map(|b| {
            let keys = self.describe_in(Mode::List, &b.action);
            (Section::Lists, keys, b.help_in(Mode::List))
        });
        reading.chain(prompt).chain(lists).collect()
    }

    /// The README's key tables, in Markdown: one for the reading modes (the article and
    /// the sidebar), one for the search prompt, one for the lists and the help, each
    /// under a line saying where its keys are read and in which `[keys]` table.
    pub fn markdown_table(&self) -> String {
        let code = |keys: &[KeySpec]| {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            keys.join(" ")
        };
        let mut out = String::new();
        let groups: [(&str, &str, Mode); 3] = [
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

/// The rows a help section or README table of `mode` lists; the article's stands for both
/// reading modes.
fn rows_of(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| match mode {
        Mode::Article | Mode::Sidebar => {
            b.modes.contains(Mode::Article) || b.modes.contains(Mode::Sidebar)
        }
        mode => b.modes.contains(mode),
    })
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
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn key_specs_parse_and_print_back() {
        for text in [
            "j", "G", "Ctrl-d", "PageDown", "Space", "?", "]", "F5", "Alt-x", "BackTab",
        ] {
            let spec: KeySpec = text.parse().unwrap();
            assert_eq!(spec.to_string(), text);
        }
        assert_eq!("ctrl-D".parse::<KeySpec>().unwrap().to_string(), "Ctrl-D");
        assert_eq!(
            "Shift-Tab".parse::<KeySpec>().unwrap().to_string(),
            "BackTab"
        );
        assert_eq!("Shift-g".parse::<KeySpec>().unwrap().to_string(), "G");
        assert_eq!("Ctrl--".parse::<KeySpec>().unwrap().to_string(), "Ctrl--");
        assert!("Hyper-x".parse::<KeySpec>().is_err());
        assert!(
            "PgDn"
                .parse::<KeySpec>()
                .unwrap_err()
                .contains("unknown key \"PgDn\"")
        );
    }

    #[test]
    fn default_map_resolves_terminal_key_events() {
        let map = KeyMap::default();
        assert_eq!(
            map.action_for(
                Mode::Article,
                &press(KeyCode::Char('j'), KeyModifiers::NONE)
            ),
            Some(Action::LineDown)
        );
        assert_eq!(
            map.action_for(
                Mode::Article,
                &press(KeyCode::Char('G'), KeyModifiers::SHIFT)
            ),
            Some(Action::Bottom)
        );
        assert_eq!(
            map.action_for(
                Mode::Article,
                &press(KeyCode::Char('d'), KeyModifiers::CONTROL)
            ),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            map.action_for(
                Mode::Article,
                &press(KeyCode::Char('d'), KeyModifiers::NONE)
            ),
            None
        );
        assert_eq!(
            map.action_for(Mode::Article, &press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::ToggleFocus)
        );
        assert_eq!(
            map.action_for(
                Mode::Article,
                &press(KeyCode::Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::ForceQuit)
        );
        assert_eq!(
            map.action_for(Mode::Article, &press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Action::Back),
            "Esc never quits"
        );
        assert_eq!(map.conflict(), None);
    }

    #[test]
    fn every_action_is_named_once_and_has_a_default_key() {
        for (i, b) in BINDINGS.iter().enumerate() {
            assert!(!b.default_keys.is_empty(), "{}", b.name);
            assert!(
                BINDINGS[i + 1..]
                    .iter()
                    .all(|o| o.name != b.name && o.action != b.action)
            );
        }
    }

    #[test]
    fn conflicts_are_reported_by_name() {
        let mut map = KeyMap::default();
        map.set(Action::NextClaim, vec!["j".parse().unwrap()]);
        assert_eq!(
            map.conflict().unwrap(),
            "key \"j\" is bound to both line_down and next_claim"
        );
    }

    #[test]
    fn hints_follow_the_bound_keys() {
        let mut map = KeyMap::default();
        map.set(Action::ToggleHelp, vec!["F1".parse().unwrap()]);
        let hints = map.hints();
        assert_eq!(hints[0], ("F1".to_string(), "help"));
        assert_eq!(hints[1], ("n".to_string(), "next"));
        let words: Vec<_> = hints.iter().map(|(_, w)| *w).collect();
        assert_eq!(words, ["help", "next", "prev", "focus", "search", "quit"]);
    }
    /// Every key press the tests below try: each code with each set of modifiers.
    fn every_press() -> Vec<KeyEvent> {
        let mut codes: Vec<KeyCode> = NAMED_KEYS.iter().map(|(_, code)| *code).collect();
        codes.extend((1..=12).map(KeyCode::F));
        codes.extend(
            "abcdefhjknpquwyzDGLbgmorsvx/?<>[]-+= 1é"
                .chars()
                .map(KeyCode::Char),
        );
        let modifiers = [
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::CONTROL | KeyModifiers::ALT,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
            KeyModifiers::SUPER,
        ];
        codes
            .iter()
            .flat_map(|&code| modifiers.map(|m| press(code, m)))
            .collect()
    }

    /// The search prompt's keys as they were before the prompt had rows in the table.
    fn prompt_keys_before_modes(event: &KeyEvent) -> Option<Action> {
        use crate::keys::prompt::Edit;
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let key = match event.code {
            KeyCode::Enter => PromptKey::Submit,
            KeyCode::Esc => PromptKey::Cancel,
            KeyCode::Char('c') if ctrl => PromptKey::Cancel,
            KeyCode::Backspace => PromptKey::Backspace,
            KeyCode::Char('h') if ctrl => PromptKey::Backspace,
            KeyCode::Left => PromptKey::Edit(Edit::Left),
            KeyCode::Char('b') if ctrl => PromptKey::Edit(Edit::Left),
            KeyCode::Right => PromptKey::Edit(Edit::Right),
            KeyCode::Char('f') if ctrl => PromptKey::Edit(Edit::Right),
            KeyCode::Home => PromptKey::Edit(Edit::Home),
            KeyCode::Char('a') if ctrl => PromptKey::Edit(Edit::Home),
            KeyCode::End => PromptKey::Edit(Edit::End),
            KeyCode::Char('e') if ctrl => PromptKey::Edit(Edit::End),
            KeyCode::Delete => PromptKey::Edit(Edit::Delete),
            KeyCode::Char('d') if ctrl => PromptKey::Edit(Edit::Delete),
            KeyCode::Char('u') if ctrl => PromptKey::Edit(Edit::KillToStart),
            KeyCode::Char('k') if ctrl => PromptKey::Edit(Edit::KillToEnd),
            KeyCode::Char('w') if ctrl => PromptKey::Edit(Edit::KillWord),
            KeyCode::Up => PromptKey::Older,
            KeyCode::Char('p') if ctrl => PromptKey::Older,
            KeyCode::Down => PromptKey::Newer,
            KeyCode::Char('n') if ctrl => PromptKey::Newer,
            KeyCode::Char(c) if !ctrl => PromptKey::Char(c),
            _ => return None,
        };
        Some(Action::Prompt(key))
    }

    #[test]
    fn the_prompt_s_rows_take_every_key_as_the_prompt_did() {
        let map = KeyMap::default();
        for event in every_press() {
            assert_eq!(
                map.action_for(Mode::Prompt, &event),
                prompt_keys_before_modes(&event),
                "{event:?}"
            );
        }
    }

    /// A list, the help and the sidebar get every key as the article's action, as when
    /// there was one key map (the list or the help then does what it does with it).
    #[test]
    fn lists_and_the_sidebar_get_the_keys_they_got_before_modes() {
        let map = KeyMap::default();
        for event in every_press() {
            let article = map.action_for(Mode::Article, &event);
            assert!(!matches!(article, Some(Action::Prompt(_))), "{event:?}");
            for mode in [Mode::Sidebar, Mode::List] {
                assert_eq!(map.action_for(mode, &event), article, "{mode:?} {event:?}");
            }
        }
        let mut released = press(KeyCode::Char('j'), KeyModifiers::NONE);
        released.kind = KeyEventKind::Release;
        for mode in Mode::ALL {
            assert_eq!(map.action_for(mode, &released), None);
        }
    }

    #[test]
    fn a_key_means_one_thing_in_each_mode_and_may_differ_between_modes() {
        let map = KeyMap::default();
        assert_eq!(map.conflicting(), None, "the shipped table");
        let ctrl_d = press(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(
            map.action_for(Mode::Article, &ctrl_d),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            map.action_for(Mode::Prompt, &ctrl_d),
            Some(Action::Prompt(PromptKey::Edit(
                crate::keys::prompt::Edit::Delete
            )))
        );
        // A list's own key, and a key taken twice in the list only.
        let mut map = KeyMap::default();
        map.set_in(Mode::List, &Action::LineDown, vec!["J".parse().unwrap()]);
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        let big_j = press(KeyCode::Char('J'), KeyModifiers::SHIFT);
        assert_eq!(map.action_for(Mode::List, &big_j), Some(Action::LineDown));
        assert_eq!(map.action_for(Mode::List, &j), None, "j left the list");
        assert_eq!(map.action_for(Mode::Article, &j), Some(Action::LineDown));
        assert_eq!(map.action_for(Mode::Article, &big_j), None);
        map.set_in(Mode::List, &Action::Quit, vec!["J".parse().unwrap()]);
        let conflict = map.conflicting().unwrap();
        assert_eq!(
            (conflict.first, conflict.second, conflict.modes),
            (Action::LineDown, Action::Quit, Modes::of(Mode::List))
        );
        // A flat binding is every mode's: the list's too.
        let mut map = KeyMap::default();
        map.set(Action::LineDown, vec!["x".parse().unwrap()]);
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        for mode in [Mode::Article, Mode::Sidebar, Mode::List] {
            assert_eq!(map.action_for(mode, &x), Some(Action::LineDown), "{mode:?}");
        }
        map.set(Action::NextClaim, vec!["x".parse().unwrap()]);
        assert_eq!(map.conflicting().unwrap().modes, Modes::READING);
    }

    #[test]
    fn help_rows_and_tables_show_each_mode_s_keys() {
        let mut map = KeyMap::default();
        let rows = map.help_rows();
        assert!(rows.contains(&(
            Section::Prompt,
            "Delete Ctrl-d".into(),
            "delete the character under the cursor"
        )));
        assert!(rows.contains(&(Section::Lists, "q".into(), "close the list or the help")));
        map.set_in(Mode::Sidebar, &Action::LineDown, vec!["J".parse().unwrap()]);
        let rows = map.help_rows();
        assert_eq!(rows[0].1, "j Down (sidebar: J)");
        assert!(
            map.markdown_table()
                .contains("| `j` `Down` (sidebar: `J`) |")
        );
    }
}
