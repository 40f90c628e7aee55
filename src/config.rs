//! Configuration: built-in defaults, the user's file laid over them, and its validation.

use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::keys::keymap::{Conflict, KeyMap, KeySpec, Mode, Modes, binding_named};
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

/// Where the user's file gives `action` its keys in one of `modes`: the value of its
/// `[keys.MODE]` entry, else of its flat `[keys]` entry (a byte offset; 0 if neither).
/// With the mode whose table it is in (`None`: the flat entry, or none found).
fn binding_offset(text: &str, action: &Action, modes: Modes) -> (usize, Option<Mode>) {
    use crate::keys::keymap::name_of;
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return (0, None);
    };
    let keys = doc.get("keys");
    let name = name_of(action);
    modes
        .iter()
        .find_map(|mode| Some((keys?.get(mode.name())?.get(name)?.span()?, Some(mode))))
        .or_else(|| Some((keys?.get(name)?.span()?, None)))
        .map_or((0, None), |(span, mode)| (span.start, mode))
}

/// The error for a key bound to two actions in one mode: placed at the user's binding
/// that takes it (the value of `action = [...]` under `[keys]` or `[keys.MODE]`), saying
/// in which modes, which action has it by default and how to settle it.
fn key_bound_twice(name: &str, text: &str, conflict: Conflict) -> Error {
    use crate::keys::keymap::name_of;
    let Conflict {
        key: spec,
        first,
        second,
        modes,
    } = conflict;
    let defaults = KeyMap::default();
    let by_default =
        |action: &Action| (modes.iter()).any(|mode| defaults.keys_in(mode, action).contains(&spec));
    // The binding the user wrote that takes the key: the one that does not have it by
    // default (both may be the user's: then the later one).
    let (taken_by, owner) = if by_default(&first) {
        (&second, Some(&first))
    } else if by_default(&second) {
        (&first, Some(&second))
    } else {
        (&second, None)
    };
    let (offset, table) = binding_offset(text, taken_by, modes);
    let message = format!(
        "key \"{spec}\" is bound to both {} and {} in {}",
        name_of(&first),
        name_of(&second),
        modes.phrase()
    );
    let hint = match owner {
        Some(owner) => {
            let owner = name_of(owner);
            let under = table.map_or(String::new(), |mode| {
                format!(" under [keys.{}]", mode.name())
            });
            format!(
                "\"{spec}\" belongs to {owner} by default: give {owner} other keys too ({owner} = [...]{under}), or choose another key for {}",
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

/// The `[keys]` table: the user's entries replace the keys of the actions they name. A
/// flat entry (`next_claim = ["n"]`) sets the action's keys in every mode it has; an
/// entry in a mode's table (`[keys.list]`, `[keys.prompt]`, `[keys.article]`,
/// `[keys.sidebar]`) in that mode only, over the flat one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyBindings(pub KeyMap);

impl<'de> Deserialize<'de> for KeyBindings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = KeyBindings;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of action = [\"key\", ...], and of a mode's table of them")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<KeyBindings, A::Error> {
                let mut keymap = KeyMap::default();
                let mut per_mode = Vec::new();
                while let Some(name) = map.next_key::<EntryName>()? {
                    match name {
                        EntryName::Action(action) => {
                            let specs = map.next_value::<Vec<KeyText>>()?;
                            keymap.set(action, specs.into_iter().map(|k| k.0).collect());
                        }
                        EntryName::Mode(mode) => {
                            per_mode.extend(map.next_value_seed(ModeTable(mode))?);
                        }
                    }
                }
                // A mode's own keys win over the flat entry, wherever each is written.
                for (mode, action, specs) in per_mode {
                    keymap.set_in(mode, &action, specs);
                }
                // A key bound twice is found by Config::parse, which can place it.
                Ok(KeyBindings(keymap))
            }
        }
        deserializer.deserialize_map(KeysVisitor)
    }
}

impl Serialize for KeyBindings {
    /// Each action flat (`name = [...]`) when its keys are the same in all its modes,
    /// else in each mode's table; the search prompt's actions in `[keys.prompt]`.
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let keys = &self.0;
        let texts =
            |specs: &[KeySpec]| -> Vec<String> { specs.iter().map(ToString::to_string).collect() };
        let mut flat = Vec::new();
        let mut tables: Vec<(Mode, Vec<(&str, Vec<String>)>)> =
            Mode::ALL.iter().map(|&mode| (mode, Vec::new())).collect();
        for binding in crate::keys::keymap::BINDINGS {
            let home = keys.keys_in(binding.home(), &binding.action);
            let uniform =
                (binding.modes.iter()).all(|mode| keys.keys_in(mode, &binding.action) == home);
            if uniform && binding.modes != Modes::PROMPT {
                flat.push((binding.name, texts(home)));
                continue;
            }
            for (mode, table) in &mut tables {
                if binding.modes.contains(*mode) {
                    table.push((binding.name, texts(keys.keys_in(*mode, &binding.action))));
                }
            }
        }
        tables.retain(|(_, table)| !table.is_empty());
        let mut map = serializer.serialize_map(Some(flat.len() + tables.len()))?;
        for (name, keys) in &flat {
            map.serialize_entry(name, keys)?;
        }
        for (mode, table) in &tables {
            map.serialize_entry(mode.name(), &Entries(table))?;
        }
        map.end()
    }
}

/// A mode's table of `name = [keys]` entries, in order, for [`KeyBindings`]'s serializing.
struct Entries<'a>(&'a [(&'a str, Vec<String>)]);

impl Serialize for Entries<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, keys) in self.0 {
            map.serialize_entry(name, keys)?;
        }
        map.end()
    }
}

/// A name in `[keys]`: an action's (a flat entry) or a mode's (its table).
enum EntryName {
    Action(Action),
    Mode(Mode),
}

/// Every action's name, for an error message.
fn action_names(mode: Option<Mode>) -> String {
    let names: Vec<&str> = crate::keys::keymap::BINDINGS
        .iter()
        .filter(|b| mode.is_none_or(|mode| b.modes.contains(mode)))
        .map(|b| b.name)
        .collect();
    names.join(", ")
}

impl<'de> Deserialize<'de> for EntryName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        if let Some(mode) = Mode::named(&name) {
            return Ok(EntryName::Mode(mode));
        }
        binding_named(&name)
            .map(|b| EntryName::Action(b.action.clone()))
            .ok_or_else(|| {
                let modes: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
                de::Error::custom(format!(
                    "unknown action `{name}`, expected one of {}, or a mode's table ([keys.MODE], MODE one of {})",
                    action_names(None),
                    modes.join(", ")
                ))
            })
    }
}

/// The entries of one mode's table (`[keys.list]`): (mode, action, keys) for each.
struct ModeTable(Mode);

impl<'de> de::DeserializeSeed<'de> for ModeTable {
    type Value = Vec<(Mode, Action, Vec<KeySpec>)>;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ModeTable {
    type Value = Vec<(Mode, Action, Vec<KeySpec>)>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "a table of action = [\"key\", ...] for the {} mode",
            self.0.name()
        )
    }
    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(name) = map.next_key_seed(ActionIn(self.0))? {
            let specs = map.next_value::<Vec<KeyText>>()?;
            entries.push((self.0, name, specs.into_iter().map(|k| k.0).collect()));
        }
        Ok(entries)
    }
}

/// An action's name in a mode's table: one the mode has.
struct ActionIn(Mode);

impl<'de> de::DeserializeSeed<'de> for ActionIn {
    type Value = Action;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Action, D::Error> {
        let mode = self.0;
        let name = String::deserialize(deserializer)?;
        binding_named(&name)
            .filter(|b| b.modes.contains(mode))
            .map(|b| b.action.clone())
            .ok_or_else(|| {
                let what = match binding_named(&name) {
                    Some(_) => format!("`{name}` has no keys in the {} mode", mode.name()),
                    None => format!("unknown action `{name}`"),
                };
                de::Error::custom(format!(
                    "{what}: [keys.{}] takes one of {}",
                    mode.name(),
                    action_names(Some(mode))
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
        let locked = [Mode::Article, Mode::Sidebar]
            .into_iter()
            .filter(|&mode| {
                keys.keys_in(mode, &Action::Quit).is_empty()
                    && keys.keys_in(mode, &Action::ForceQuit).is_empty()
            })
            .fold(Modes::default(), Modes::with);
        if !locked.is_empty() {
            let (offset, _) = binding_offset(text, &Action::Quit, locked);
            return Err(Error::at(
                name,
                text,
                offset,
                format!(
                    "no key quits the reader: quit and force_quit have no keys in {}",
                    locked.phrase()
                ),
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
    #[test]
    fn a_mode_s_table_sets_its_keys_there_only_over_the_flat_entry() {
        use crate::keys::keymap::Mode;
        for text in [
            "[keys]\nline_down = [\"x\"]\n[keys.list]\nline_down = [\"J\", \"Down\"]\n",
            "[keys.list]\nline_down = [\"J\", \"Down\"]\n[keys]\nline_down = [\"x\"]\n",
            "[keys]\nlist = { line_down = [\"J\", \"Down\"] }\nline_down = [\"x\"]\n",
        ] {
            let keys = Config::parse("u.toml", text).unwrap().keys.0;
            assert_eq!(
                keys.describe_in(Mode::List, &Action::LineDown),
                "J Down",
                "{text}"
            );
            assert_eq!(keys.describe_in(Mode::Article, &Action::LineDown), "x");
            assert_eq!(keys.describe_in(Mode::Sidebar, &Action::LineDown), "x");
            // Written back, it reads the same.
            let written = toml::to_string(&Config {
                keys: KeyBindings(keys.clone()),
                ..Config::default()
            })
            .unwrap();
            assert_eq!(
                Config::parse("w.toml", &written).unwrap().keys.0,
                keys,
                "{written}"
            );
        }
        let keys = Config::parse(
            "u.toml",
            "[keys.prompt]\nsubmit = [\"Enter\", \"Ctrl-j\"]\n",
        )
        .unwrap()
        .keys
        .0;
        assert_eq!(
            keys.describe(&Action::Prompt(
                crate::reader::model::search::PromptKey::Submit
            )),
            "Enter Ctrl-j"
        );
        let err = Config::parse("u.toml", "[keys.prompt]\n\nnext_claim = [\"x\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:3:1: `next_claim` has no keys in the prompt mode: [keys.prompt] takes one of submit, cancel"),
            "{err}"
        );
        let err = Config::parse("u.toml", "[keys.menu]\nx = [\"x\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("u.toml:1:7: unknown action `menu`"),
            "{err}"
        );
    }

    #[test]
    fn a_key_bound_twice_in_a_mode_s_table_names_the_mode_and_its_line() {
        let text = "[keys]\nnext_claim = [\"n\"]\n\n[keys.list]\nquit = [\"q\", \"j\"]\n";
        let err = Config::parse("u.toml", text).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "u.toml:5:8: key \"j\" is bound to both line_down and quit in the list mode"
            ),
            "{err}"
        );
        assert!(
            err.contains("\"j\" belongs to line_down by default"),
            "{err}"
        );
        // The same key for two actions in different modes is no conflict.
        let text = "[keys.prompt]\nsubmit = [\"Enter\", \"n\"]\n";
        assert!(Config::parse("u.toml", text).is_ok());
        let err = Config::parse("u.toml", "[keys]\nnext_claim = [\"j\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("in the article and sidebar modes"), "{err}");
    }

    /// The shipped file marks the flat entries that lists and the help have too.
    #[test]
    fn the_shipped_file_marks_the_keys_lists_have() {
        use crate::keys::keymap::{Mode, binding_named};
        let flat = SHIPPED_CONFIG.split("[keys]").nth(1).unwrap();
        let flat = flat.split("\n[keys.").next().unwrap();
        let mut seen = 0;
        for line in flat
            .lines()
            .filter(|l| !l.starts_with('#') && l.contains(" = "))
        {
            let name = line.split(" = ").next().unwrap();
            let binding = binding_named(name).unwrap();
            assert_eq!(
                line.ends_with("# (+list)"),
                binding.modes.contains(Mode::List),
                "{line}"
            );
            seen += 1;
        }
        assert_eq!(
            seen,
            Config::default().to_table()["keys"]
                .as_table()
                .unwrap()
                .len()
                - 1
        );
    }
}
