//! Keys as the configuration writes them (`j`, `G`, `Ctrl-d`, `PageDown`): parsing,
//! printing, and matching a key press from the terminal.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers, as written in the configuration: `j`, `G`, `Ctrl-d`, `PageDown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

pub(crate) const NAMED_KEYS: &[(&str, KeyCode)] = &[
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

    /// Whether a key press is this key held with more modifiers too (Ctrl-Left is Left
    /// here); for the modes that take a key so ([`Mode::lenient`]).
    pub(crate) fn matches_within(&self, event: &KeyEvent) -> bool {
        let mut modifiers = event.modifiers;
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        self.code == event.code && modifiers.contains(self.modifiers)
    }
}

impl FromStr for KeySpec {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        // Compared in place, without a lowered copy: the configuration's defaults are
        // parsed at every start, before the first screen.
        let starts = |rest: &str, prefix: &str| {
            rest.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        };
        loop {
            let (flag, len) = if starts(rest, "ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if starts(rest, "alt-") {
                (KeyModifiers::ALT, 4)
            } else if starts(rest, "shift-") {
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
            (Some(c), None)
                if !c.is_whitespace() && crate::sanitize::clean(rest, false) == rest =>
            {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The parse as it was written before it stopped allocating (a lowered copy of the
    /// rest at each modifier, a cleaned copy of a one-character key), whole: the oracle
    /// the allocation-free parse must agree with.
    fn parse_by_copies(text: &str) -> Result<KeySpec, String> {
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
                    return Err(format!("unknown key \"{text}\""));
                }
            }
        };
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

    #[test]
    fn modifiers_are_read_in_any_case_and_not_from_a_bare_prefix() {
        for (text, shown) in [
            ("CTRL-x", "Ctrl-x"),
            ("cTrL-aLt-x", "Ctrl-Alt-x"),
            ("alt-shift-Tab", "Alt-BackTab"),
            ("SHIFT-a", "A"),
            ("Ctrl--", "Ctrl--"),
            ("-", "-"),
            ("é", "é"),
            ("Ctrl-é", "Ctrl-é"),
        ] {
            let spec: KeySpec = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(spec.to_string(), shown, "{text}");
        }
        for text in [
            "Ctrl",
            "Ctrl-",
            "Alt-",
            "Ctrl-Ctrl-",
            "Ctr-x",
            "Ctrl-é-",
            "ctrlé-x",
            "Alt-\u{7}",
            "\u{85}",
            " ",
            "Ctrl- ",
        ] {
            assert!(text.parse::<KeySpec>().is_err(), "{text:?} parsed");
        }
    }

    proptest! {
        /// For any text built of modifier words in any case, key names and characters
        /// (control and wide ones among them), the parse agrees with the one that made
        /// copies: the same key, or an error for the same texts.
        #[test]
        fn the_parse_agrees_with_the_copying_one(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("ctrl-".to_string()), Just("CTRL-".to_string()), Just("Alt-".to_string()),
                    Just("sHiFt-".to_string()), Just("Ctrl".to_string()), Just("-".to_string()),
                    Just("Tab".to_string()), Just("PageDown".to_string()), Just("F5".to_string()),
                    any::<char>().prop_map(String::from),
                    "[a-zA-Z\\-]{1,3}",
                ],
                0..5,
            )
        ) {
            let text: String = parts.concat();
            let ours = text.parse::<KeySpec>();
            let theirs = parse_by_copies(&text);
            prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}", text);
            if let (Ok(a), Ok(b)) = (ours, theirs) {
                prop_assert_eq!(a, b, "{:?}", text);
            }
        }
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
}
