//! The key map: the keys in force for each action of the table (`bindings`), from which
//! key lookup, the help overlay, the hint bar and the README's key list come.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::reader::action::Action;

pub use crate::keys::bindings::{BINDINGS, Binding, Section, binding_named};

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

/// The keys bound to each action, in [`BINDINGS`] order.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMap {
    pub keys: Vec<(Action, Vec<KeySpec>)>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let keys = BINDINGS
            .iter()
            .map(|b| {
                let specs = b
                    .default_keys
                    .iter()
                    .map(|k| k.parse().expect("default keys parse"))
                    .collect();
                (b.action.clone(), specs)
            })
            .collect();
        KeyMap { keys }
    }
}

impl KeyMap {
    /// The action a key press asks for, if any.
    pub fn action_for(&self, event: &KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        self.keys
            .iter()
            .find(|(_, specs)| specs.iter().any(|s| s.matches(event)))
            .map(|(a, _)| a.clone())
    }

    pub fn keys_for(&self, action: &Action) -> &[KeySpec] {
        self.keys
            .iter()
            .find(|(a, _)| a == action)
            .map_or(&[], |(_, k)| k.as_slice())
    }

    /// Replaces the keys of one action.
    pub fn set(&mut self, action: Action, specs: Vec<KeySpec>) {
        if let Some(entry) = self.keys.iter_mut().find(|(a, _)| *a == action) {
            entry.1 = specs;
        }
    }

    /// The first key bound to two actions: the key, and the two actions in table order.
    pub fn conflicting(&self) -> Option<(KeySpec, Action, Action)> {
        for (i, (action, specs)) in self.keys.iter().enumerate() {
            for spec in specs {
                if let Some((other, _)) = self.keys[i + 1..].iter().find(|(_, s)| s.contains(spec))
                {
                    return Some((*spec, action.clone(), other.clone()));
                }
            }
        }
        None
    }

    /// A key bound to two actions, named for an error message.
    pub fn conflict(&self) -> Option<String> {
        let (spec, action, other) = self.conflicting()?;
        Some(format!(
            "key \"{spec}\" is bound to both {} and {}",
            name_of(&action),
            name_of(&other)
        ))
    }

    /// The keys of an action as shown to a person: `j Down`.
    pub fn describe(&self, action: &Action) -> String {
        self.keys_for(action)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
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

    /// The help overlay's rows: section, keys, what they do.
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

    pub fn help_rows(&self) -> Vec<(Section, String, &'static str)> {
        BINDINGS
            .iter()
            .map(|b| (b.section, self.describe(&b.action), b.help))
            .collect()
    }

    /// The README's key table, in Markdown.
    pub fn markdown_table(&self) -> String {
        let mut out = String::from("| Keys | Action | `[keys]` name |\n|---|---|---|\n");
        for b in BINDINGS {
            let keys: Vec<String> = self
                .keys_for(&b.action)
                .iter()
                .map(|k| format!("`{k}`"))
                .collect();
            out.push_str(&format!(
                "| {} | {} | `{}` |\n",
                keys.join(" "),
                b.help,
                b.name
            ));
        }
        out
    }
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
            map.action_for(&press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::LineDown)
        );
        assert_eq!(
            map.action_for(&press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            map.action_for(&press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            map.action_for(&press(KeyCode::Char('d'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            map.action_for(&press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::ToggleFocus)
        );
        assert_eq!(
            map.action_for(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::ForceQuit)
        );
        assert_eq!(
            map.action_for(&press(KeyCode::Esc, KeyModifiers::NONE)),
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
}
