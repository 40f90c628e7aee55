//! Configuration: built-in defaults, the user's file laid over them, and its validation.

use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
pub use crate::keys::config::KeyBindings;
use crate::keys::config::{binding_offset, key_bound_twice};
use crate::keys::keymap::{Mode, Modes};
use crate::reader::action::Action;

/// The shipped, documented default configuration.
pub const SHIPPED_CONFIG: &str = include_str!("../config.toml");

/// Every option. A user's file names only what it changes.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub layout: LayoutConfig,
    pub reading: ReadingConfig,
    pub editing: EditingConfig,
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

/// How edits to the claims file are saved.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct EditingConfig {
    /// When the claims file is written.
    pub save: SavePolicy,
}

/// When the claims file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SavePolicy {
    /// Each completed edit is written at once (as note-taking readers do).
    #[default]
    Immediate,
    /// Edits are written on the save key; the status bar marks them unsaved, and quitting
    /// with unsaved edits asks first. (Either way every edit is journaled at once.)
    OnKey,
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
    /// A located [`Error::At`] for malformed TOML, an unknown option or value, a key
    /// bound to two actions (placed at the binding that makes it twice), a `[keys]`
    /// table that leaves no key to quit (quit and force_quit) in the article or the
    /// sidebar, and one that leaves no key to leave a selection (back, quit, force_quit).
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
        // Nor may a selection be left with no key to leave it by.
        let stuck = [Action::Back, Action::Quit, Action::ForceQuit]
            .iter()
            .all(|action| keys.keys_in(Mode::Selection, action).is_empty());
        if stuck {
            let (offset, _) = binding_offset(text, &Action::Back, Modes::of(Mode::Selection));
            return Err(Error::at(
                name,
                text,
                offset,
                "no key leaves a selection: back, quit and force_quit have no keys in the selection mode".to_string(),
            )
            .with_hint("give back a key there (back = [\"Esc\"] under [keys.selection])"));
        }
        Ok(config)
    }

    /// Loads `--config FILE` if given, else `$XDG_CONFIG_HOME/counterpoint/config.toml`
    /// (or `~/.config/...`) if it exists, else the built-in defaults.
    ///
    /// # Errors
    /// [`Error::Io`] naming the file when it cannot be read (a `--config` file that does
    /// not exist is "no such file"; a missing user file is no error, it means the
    /// defaults); [`Error::At`] when its bytes look binary or are not UTF-8; then those of
    /// [`Config::parse`].
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
        // One key may be written alone, in the flat table and in a mode's.
        let config = Config::parse(
            "u.toml",
            "[keys]\nnext_claim = \"N\"\n[keys.list]\nquit = \"Q\"\n",
        )
        .unwrap();
        assert_eq!(config.keys.0.describe(&Action::NextClaim), "N");
        // A key that is no key is still placed and named.
        let err = Config::parse("u.toml", "[keys]\nnext_claim = \"Ctrl-\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("u.toml:2:"), "{err}");
        let err = Config::parse("u.toml", "[keys]\nnext_claim = 3\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a list of keys, such as [\"n\", \"J\"], or one key"),
            "{err}"
        );
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
        let err = Config::parse(
            "u.toml",
            "[keys.selection]\nquit = []\nback = []\nforce_quit = []\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("u.toml:3:8: no key leaves a selection"),
            "{err}"
        );
        assert!(Config::parse("u.toml", "[keys.selection]\nquit = []\nback = []\n").is_ok());
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
            "[keys]\nline_down = [\"z\"]\n[keys.list]\nline_down = [\"J\", \"Down\"]\n",
            "[keys.list]\nline_down = [\"J\", \"Down\"]\n[keys]\nline_down = [\"z\"]\n",
            "[keys]\nlist = { line_down = [\"J\", \"Down\"] }\nline_down = [\"z\"]\n",
        ] {
            let keys = Config::parse("u.toml", text).unwrap().keys.0;
            assert_eq!(
                keys.describe_in(Mode::List, &Action::LineDown),
                "J Down",
                "{text}"
            );
            assert_eq!(keys.describe_in(Mode::Article, &Action::LineDown), "z");
            assert_eq!(keys.describe_in(Mode::Sidebar, &Action::LineDown), "z");
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
            keys.describe(&Action::Prompt(crate::keys::prompt::PromptKey::Submit)),
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

    /// The shipped file marks the flat entries that lists and the help, and a selection,
    /// have too.
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
            let marks = match (
                binding.modes.contains(Mode::List),
                binding.modes.contains(Mode::Selection),
            ) {
                (true, true) => "# (+list, +selection)",
                (true, false) => "# (+list)",
                (false, true) => "# (+selection)",
                (false, false) => "",
            };
            assert_eq!(
                line.split_once('#').map_or("", |(_, m)| m.trim()),
                marks.trim_start_matches("# "),
                "{line}"
            );
            seen += 1;
        }
        assert_eq!(
            seen,
            Config::default().to_table()["keys"]
                .as_table()
                .unwrap()
                .iter()
                .filter(|(_, v)| !v.is_table())
                .count()
        );
    }
}
