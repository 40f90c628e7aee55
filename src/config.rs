//! Configuration: built-in defaults, the user's file laid over them, and its validation.

use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::keys::keymap::{KeyMap, KeySpec, binding_named};
use crate::reader::action::Action;

/// The shipped, documented default configuration.
pub const SHIPPED_CONFIG: &str = include_str!("../config.toml");

/// Every option. A user's file names only what it changes.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub layout: LayoutConfig,
    pub reading: ReadingConfig,
    pub colors: crate::palette::Colors,
    pub keys: KeyBindings,
}

/// Which side of the article the sidebar stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LayoutConfig {
    /// Columns of the sidebar beside the article.
    #[serde(deserialize_with = "columns")]
    pub sidebar_width: u16,
    pub sidebar_side: Side,
    /// The widest the article's lines get, however wide the pane.
    #[serde(deserialize_with = "columns")]
    pub max_text_width: u16,
    /// Whether the text stands in the middle of a pane wider than `max_text_width`.
    pub center: bool,
    /// Below this many columns the sidebar goes under the article.
    pub narrow_width: u16,
    /// Under the article, the sidebar takes this percentage of the rows.
    #[serde(deserialize_with = "percent")]
    pub stacked_sidebar_height: u16,
    /// Lines kept visible above and below the cursor when scrolling.
    pub scroll_margin: u16,
}

impl Default for LayoutConfig {
    fn default() -> Self {
        LayoutConfig {
            sidebar_width: 48,
            sidebar_side: Side::Right,
            max_text_width: 80,
            center: true,
            narrow_width: 100,
            stacked_sidebar_height: 45,
            scroll_margin: 3,
        }
    }
}

/// How the reader behaves as you read.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReadingConfig {
    /// Reopening an article returns to where it was left (kept in the XDG state directory).
    pub resume: bool,
    /// The reader takes the mouse (wheel and clicks) from the start; `m` toggles it.
    pub mouse: bool,
    /// Whether links carry their address to the terminal (OSC 8).
    pub hyperlinks: HyperlinkChoice,
}

/// When to send links to the terminal as OSC 8 hyperlinks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HyperlinkChoice {
    /// When the terminal is known to support them (or FORCE_HYPERLINK is set).
    #[default]
    Auto,
    Always,
    Never,
}

impl Default for ReadingConfig {
    fn default() -> Self {
        ReadingConfig {
            resume: true,
            mouse: false,
            hyperlinks: HyperlinkChoice::Auto,
        }
    }
}

/// The error for a key bound to two actions: placed at the user's binding that takes it
/// (the value of `action = [...]` under `[keys]`), saying which action has it by default
/// and how to settle it.
fn key_bound_twice(name: &str, text: &str, conflict: (KeySpec, Action, Action)) -> Error {
    use crate::keys::keymap::name_of;
    let (spec, first, second) = conflict;
    let defaults = KeyMap::default();
    let by_default = |action: &Action| defaults.keys_for(action).contains(&spec);
    // The binding the user wrote that takes the key: the one that does not have it by
    // default (both may be the user's: then the later one).
    let (taken_by, owner) = if by_default(&first) {
        (&second, Some(&first))
    } else if by_default(&second) {
        (&first, Some(&second))
    } else {
        (&second, None)
    };
    let offset = toml_edit::Document::parse(text)
        .ok()
        .and_then(|d| d.get("keys")?.get(name_of(taken_by))?.span())
        .map_or(0, |span| span.start);
    let message = format!(
        "key \"{spec}\" is bound to both {} and {}",
        name_of(&first),
        name_of(&second)
    );
    let hint = match owner {
        Some(owner) => {
            let owner = name_of(owner);
            format!(
                "\"{spec}\" belongs to {owner} by default: give {owner} other keys too ({owner} = [...]), or choose another key for {}",
                name_of(taken_by)
            )
        }
        None => format!(
            "choose another key for {} or {}",
            name_of(&first),
            name_of(&second)
        ),
    };
    Error::at(name, text, offset, message).with_hint(hint)
}

/// The `[keys]` table: the user's entries replace the keys of the actions they name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyBindings(pub KeyMap);

impl<'de> Deserialize<'de> for KeyBindings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = KeyBindings;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of action = [\"key\", ...]")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<KeyBindings, A::Error> {
                let mut keymap = KeyMap::default();
                while let Some(name) = map.next_key::<ActionName>()? {
                    let specs = map.next_value::<Vec<KeyText>>()?;
                    keymap.set(name.0, specs.into_iter().map(|k| k.0).collect());
                }
                // A key bound twice is found by Config::parse, which can place it.
                Ok(KeyBindings(keymap))
            }
        }
        deserializer.deserialize_map(KeysVisitor)
    }
}

impl Serialize for KeyBindings {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.keys.len()))?;
        for binding in crate::keys::keymap::BINDINGS {
            let keys: Vec<String> = self
                .0
                .keys_for(&binding.action)
                .iter()
                .map(ToString::to_string)
                .collect();
            map.serialize_entry(binding.name, &keys)?;
        }
        map.end()
    }
}

struct ActionName(crate::reader::action::Action);

impl<'de> Deserialize<'de> for ActionName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        binding_named(&name)
            .map(|b| ActionName(b.action.clone()))
            .ok_or_else(|| {
                let names: Vec<&str> = crate::keys::keymap::BINDINGS
                    .iter()
                    .map(|b| b.name)
                    .collect();
                de::Error::custom(format!(
                    "unknown action `{name}`, expected one of {}",
                    names.join(", ")
                ))
            })
    }
}

struct KeyText(KeySpec);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map(KeyText).map_err(de::Error::custom)
    }
}

fn columns<'de, D: Deserializer<'de>>(deserializer: D) -> std::result::Result<u16, D::Error> {
    let value = i64::deserialize(deserializer)?;
    u16::try_from(value)
        .ok()
        .filter(|v| (10..=1000).contains(v))
        .ok_or_else(|| {
            de::Error::custom(format!("{value} columns is out of range: use 10 to 1000"))
        })
}

fn percent<'de, D: Deserializer<'de>>(deserializer: D) -> std::result::Result<u16, D::Error> {
    let value = i64::deserialize(deserializer)?;
    u16::try_from(value)
        .ok()
        .filter(|v| (10..=90).contains(v))
        .ok_or_else(|| de::Error::custom(format!("{value}% is out of range: use 10 to 90")))
}

impl Config {
    /// Parses a configuration file's text, laid over the built-in defaults.
    ///
    /// # Errors
    /// A located [`Error::At`] for malformed TOML, an unknown option or value, and a key
    /// bound to two actions (placed at the binding that makes it twice).
    pub fn parse(name: &str, text: &str) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|err| {
            Error::from_toml(name, text, &err).with_hint(
                "`counterpoint config` prints every option with its default and what it does",
            )
        })?;
        if let Some(conflict) = config.keys.0.conflicting() {
            return Err(key_bound_twice(name, text, conflict));
        }
        // A configuration that leaves no key to quit would lock the reader in.
        let keys = &config.keys.0;
        if keys.keys_for(&Action::Quit).is_empty() && keys.keys_for(&Action::ForceQuit).is_empty() {
            let offset = toml_edit::Document::parse(text)
                .ok()
                .and_then(|d| d.get("keys")?.get("quit")?.span())
                .map_or(0, |span| span.start);
            return Err(Error::at(
                name,
                text,
                offset,
                "no key quits the reader: quit and force_quit have no keys",
            )
            .with_hint(
                "give quit a key (quit = [\"q\"]), or force_quit (force_quit = [\"Ctrl-c\"])",
            ));
        }
        Ok(config)
    }

    /// Loads `--config FILE` if given, else `$XDG_CONFIG_HOME/counterpoint/config.toml`
    /// (or `~/.config/...`) if it exists, else the built-in defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let path = match explicit {
            Some(path) => path.to_path_buf(),
            None => match user_config_path() {
                Some(path) if path.is_file() => path,
                _ => return Ok(Config::default()),
            },
        };
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, &e))?;
        let name = path.display().to_string();
        let text = crate::text::decode_utf8(&name, &bytes)?;
        Config::parse(&name, &text)
    }

    /// The options as a table, for comparing with the shipped file.
    pub fn to_table(&self) -> toml::Table {
        toml::Table::try_from(self).unwrap_or_default()
    }
}

/// Where the user's configuration lives when `--config` is not given.
pub fn user_config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(base.join("counterpoint").join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::action::Action;

    #[test]
    fn built_in_defaults_equal_the_shipped_config_file() {
        let shipped: toml::Table = toml::from_str(SHIPPED_CONFIG).unwrap();
        assert_eq!(
            shipped,
            Config::default().to_table(),
            "config.toml and the built-in defaults differ"
        );
        assert_eq!(
            Config::parse("config.toml", SHIPPED_CONFIG).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn a_user_file_overrides_only_what_it_names() {
        let config = Config::parse(
            "u.toml",
            "[layout]\nmax_text_width = 60\n[keys]\nnext_claim = [\"N\", \"Right\"]\n",
        )
        .unwrap();
        assert_eq!(config.layout.max_text_width, 60);
        assert_eq!(
            config.layout.sidebar_width,
            LayoutConfig::default().sidebar_width
        );
        assert_eq!(config.colors, crate::palette::Colors::default());
        assert_eq!(config.keys.0.describe(&Action::NextClaim), "N Right");
        assert_eq!(config.keys.0.describe(&Action::LineDown), "j Down");
    }

    #[test]
    fn unknown_keys_and_bad_values_name_file_line_and_key() {
        let err = Config::parse("u.toml", "[layout]\nsidebar_wdith = 3\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:2:1: unknown field `sidebar_wdith`"),
            "{err}"
        );
        let err = Config::parse("u.toml", "[layout]\n\nmax_text_width = 5\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:3:18: 5 columns is out of range"),
            "{err}"
        );
        let err = Config::parse("u.toml", "[colors]\naccent = \"reddish\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:2:10: unknown colour \"reddish\""),
            "{err}"
        );
        let err = Config::parse("u.toml", "[keys]\njump = [\"x\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:2:1: unknown action `jump`"),
            "{err}"
        );
        let err = Config::parse("u.toml", "[keys]\nquit = [\"Hyper-q\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:2:8: unknown key \"Hyper-q\""),
            "{err}"
        );
        let err = Config::parse("u.toml", "[layout]\nsidebar_side = \"top\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:2:16: unknown variant `top`"),
            "{err}"
        );
    }

    #[test]
    fn a_key_bound_twice_is_placed_at_the_binding_that_takes_it() {
        let text =
            "# my keys\n[reading]\nmouse = false\n[keys]\n# move\nsearch_forward = [\"j\"]\n";
        let err = Config::parse("u.toml", text).unwrap_err().to_string();
        assert!(
            err.starts_with("u.toml:6:18: key \"j\" is bound to both line_down and search_forward"),
            "{err}"
        );
        assert!(
            err.contains("hint: \"j\" belongs to line_down by default"),
            "{err}"
        );
        // Giving the default's action other keys settles it, in either order.
        for settled in [
            "[keys]\nsearch_forward = [\"j\"]\nline_down = [\"Down\"]\n",
            "[keys]\nline_down = [\"Down\"]\nsearch_forward = [\"j\"]\n",
        ] {
            assert!(Config::parse("u.toml", settled).is_ok(), "{settled}");
        }
        // Two bindings of the user's own: placed at the later one, no default named.
        let text = "[keys]\nnext_claim = [\"x\"]\nprev_claim = [\"x\"]\n";
        let err = Config::parse("u.toml", text).unwrap_err().to_string();
        assert!(err.starts_with("u.toml:3:14:"), "{err}");
        assert!(err.contains("choose another key for"), "{err}");
    }

    #[test]
    fn a_configuration_with_no_key_to_quit_is_refused() {
        let err = Config::parse("u.toml", "[keys]\nquit = []\nforce_quit = []\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:2:8: no key quits the reader"),
            "{err}"
        );
        // One of the two is enough.
        assert!(Config::parse("u.toml", "[keys]\nquit = []\n").is_ok());
        assert!(Config::parse("u.toml", "[keys]\nforce_quit = []\n").is_ok());
    }

    #[test]
    fn a_key_bound_twice_is_an_error() {
        let err = Config::parse("u.toml", "[keys]\nnext_claim = [\"j\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("key \"j\" is bound to both line_down and next_claim"),
            "{err}"
        );
    }
}
