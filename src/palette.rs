//! Colours: the `[colors]` options, the built-in dark and light themes, and how many colours the terminal shows (with `NO_COLOR` honoured).

use ratatui::style::Color;
use serde::de::{self, Deserializer};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// A colour as written in the configuration (a name, `#rrggbb`, a 256-colour index, or
/// `default`), kept with the colour it names, parsed once when the file is read: every frame
/// builds its theme from these, and parsing a name costs more than the frame's look at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColorSpec {
    text: String,
    color: Color,
}

impl ColorSpec {
    /// The colour `text` names, or `None` when it names none.
    pub fn parse(text: &str) -> Option<ColorSpec> {
        let color = if text == "default" {
            Color::Reset
        } else {
            text.parse().ok()?
        };
        Some(ColorSpec {
            text: text.to_string(),
            color,
        })
    }

    /// The colour (`Color::Reset` for `default`).
    pub fn color(&self) -> Color {
        self.color
    }
}

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ColorSpec::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "unknown colour \"{text}\": use a name (red, lightblue, darkgray, ...), \"#rrggbb\", a number 0-255, or \"default\""
            ))
        })
    }
}

impl Serialize for ColorSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// Which built-in theme to start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Light if the terminal says its background is light, else dark.
    #[default]
    Auto,
    Dark,
    Light,
}

/// A built-in theme, once chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
}

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Depth {
    /// None: `NO_COLOR`, or `depth = "none"`. Structure is shown by bold, underline, reverse.
    Mono,
    Ansi16,
    Ansi256,
    #[default]
    TrueColor,
}

/// The `depth` option: a number of colours, or `auto` (from `COLORTERM` and `TERM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum DepthChoice {
    #[default]
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "none")]
    None,
    #[serde(rename = "16")]
    Ansi16,
    #[serde(rename = "256")]
    Ansi256,
    #[serde(rename = "truecolor")]
    TrueColor,
}

/// How the screen is coloured: the theme and the terminal's depth, settled at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub theme: ThemeName,
    pub depth: Depth,
}

impl Look {
    /// Settles `auto` choices from the environment: `NO_COLOR` (any value but empty) means
    /// no colour whatever the file says; `COLORFGBG` (set by rxvt, Konsole and others) or
    /// `background` (the terminal's answer to a colour query, if one was asked) says light
    /// or dark; `COLORTERM` and `TERM` say how many colours.
    pub fn settle(
        colors: &Colors,
        env: &dyn Fn(&str) -> Option<String>,
        background: &dyn Fn() -> Option<ThemeName>,
    ) -> Look {
        let no_color = env("NO_COLOR").is_some_and(|v| !v.is_empty());
        let depth = match colors.depth {
            _ if no_color => Depth::Mono,
            DepthChoice::None => Depth::Mono,
            DepthChoice::Ansi16 => Depth::Ansi16,
            DepthChoice::Ansi256 => Depth::Ansi256,
            DepthChoice::TrueColor => Depth::TrueColor,
            DepthChoice::Auto => depth_from(env("COLORTERM"), env("TERM")),
        };
        let theme = match colors.theme {
            ThemeChoice::Dark => ThemeName::Dark,
            ThemeChoice::Light => ThemeName::Light,
            // Without colour the theme does not matter: do not ask the terminal.
            ThemeChoice::Auto if depth == Depth::Mono => ThemeName::Dark,
            ThemeChoice::Auto => env("COLORFGBG")
                .and_then(|v| theme_from_colorfgbg(&v))
                .or_else(background)
                .unwrap_or_default(),
        };
        Look { theme, depth }
    }
}

/// `COLORFGBG` is "foreground;background" (sometimes with a middle field) in ANSI colour
/// numbers: a background of 7 (white) or 9-15 (bright) is light, other numbers dark.
pub fn theme_from_colorfgbg(value: &str) -> Option<ThemeName> {
    let background: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    Some(if background == 7 || (9..=15).contains(&background) {
        ThemeName::Light
    } else {
        ThemeName::Dark
    })
}

fn depth_from(colorterm: Option<String>, term: Option<String>) -> Depth {
    let colorterm = colorterm.unwrap_or_default().to_lowercase();
    let term = term.unwrap_or_default().to_lowercase();
    if colorterm == "truecolor" || colorterm == "24bit" || term.contains("direct") {
        Depth::TrueColor
    } else if term.contains("256") {
        Depth::Ansi256
    } else if term == "dumb" {
        Depth::Mono
    } else {
        Depth::Ansi16
    }
}

macro_rules! palette {
    ($($field:ident = $dark:ident, $light:ident, $doc:literal;)*) => {
        /// The `[colors]` table: the theme, the depth, and any colour to change.
        #[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct Colors {
            pub theme: ThemeChoice,
            pub depth: DepthChoice,
            $(
                #[doc = $doc]
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<ColorSpec>,
            )*
        }

        /// Every colour, resolved: a built-in theme with the user's changes laid over it.
        /// Every colour is also backed by a mark or a word on screen.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Palette {
            $(#[doc = $doc] pub $field: Color,)*
        }

        impl Palette {
            /// The built-in theme `name`, with the colours `colors` names instead.
            pub fn new(name: ThemeName, colors: &Colors) -> Palette {
                Palette {
                    $($field: match (&colors.$field, name) {
                        (Some(spec), _) => spec.color(),
                        (None, ThemeName::Dark) => Color::$dark,
                        (None, ThemeName::Light) => Color::$light,
                    },)*
                }
            }
        }
    };
}

palette! {
    accent = Cyan, Blue, "Focused pane borders, the reading cursor mark, headings.";
    muted = DarkGray, DarkGray, "Secondary text: affiliations, sources, metadata.";
    claim = Yellow, Magenta, "Claims with no verdict and no responses.";
    supports = Green, Green, "Responses that support a claim.";
    disputes = LightRed, Red, "Responses that dispute a claim.";
    qualifies = LightYellow, Yellow, "Responses that qualify a claim.";
    context = LightBlue, Blue, "Responses that add context.";
    verdict_false = LightRed, Red, "Verdicts such as False, Dubious, Misleading.";
    verdict_mixed = LightYellow, Yellow, "Verdicts such as Mixed, Half true, Unproven.";
    verdict_true = LightGreen, Green, "Verdicts such as True, Accurate, Correct.";
    status_fg = Black, White, "Status bar text.";
    status_bg = Gray, Blue, "Status bar background.";
    selection = Blue, LightCyan, "The background of text being selected.";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_colours_shown_in_the_shipped_config_are_the_dark_theme() {
        let shipped = crate::config::SHIPPED_CONFIG;
        let colors = &shipped[shipped.find("[colors]").unwrap()..shipped.find("[keys]").unwrap()];
        let uncommented: String = colors
            .lines()
            .filter_map(|l| l.strip_prefix("# "))
            .filter(|l| l.contains(" = \""))
            .map(|l| format!("{l}\n"))
            .collect();
        let config =
            crate::config::Config::parse("config.toml", &format!("[colors]\n{uncommented}"))
                .unwrap();
        assert_eq!(uncommented.lines().count(), 13, "{uncommented}");
        assert_eq!(
            Palette::new(ThemeName::Light, &config.colors),
            Palette::new(ThemeName::Dark, &Colors::default())
        );
    }

    #[test]
    fn colours_parse_names_hex_and_indices() {
        assert_eq!(
            ColorSpec::parse("lightred").unwrap().color(),
            Color::LightRed
        );
        assert_eq!(
            ColorSpec::parse("#ff8000").unwrap().color(),
            Color::Rgb(255, 128, 0)
        );
        assert_eq!(ColorSpec::parse("default").unwrap().color(), Color::Reset);
        assert_eq!(
            ColorSpec::parse("208").unwrap().color(),
            Color::Indexed(208)
        );
        assert_eq!(ColorSpec::parse("reddish"), None);
        assert_eq!(ColorSpec::parse("256"), None);
    }

    #[test]
    fn the_user_changes_only_the_colours_named() {
        let colors = Colors {
            accent: Some(ColorSpec::parse("#ff8000").unwrap()),
            ..Colors::default()
        };
        let light = Palette::new(ThemeName::Light, &colors);
        assert_eq!(light.accent, Color::Rgb(255, 128, 0));
        assert_eq!(light.disputes, Color::Red);
        assert_eq!(
            Palette::new(ThemeName::Dark, &colors).disputes,
            Color::LightRed
        );
    }

    #[test]
    fn no_color_wins_and_the_terminal_says_light_or_dark() {
        let none = || None;
        let light = || Some(ThemeName::Light);
        let colors = Colors::default();
        let look = Look::settle(
            &colors,
            &env(&[("NO_COLOR", "1"), ("COLORTERM", "truecolor")]),
            &none,
        );
        assert_eq!(look.depth, Depth::Mono);
        // An empty NO_COLOR is no request.
        let look = Look::settle(
            &colors,
            &env(&[("NO_COLOR", ""), ("TERM", "xterm-256color")]),
            &none,
        );
        assert_eq!(
            look,
            Look {
                theme: ThemeName::Dark,
                depth: Depth::Ansi256
            }
        );
        let look = Look::settle(
            &colors,
            &env(&[("COLORFGBG", "0;15"), ("TERM", "xterm")]),
            &none,
        );
        assert_eq!(
            look,
            Look {
                theme: ThemeName::Light,
                depth: Depth::Ansi16
            }
        );
        let look = Look::settle(&colors, &env(&[("COLORFGBG", "15;default;0")]), &light);
        assert_eq!(look.theme, ThemeName::Dark);
        // No COLORFGBG: the terminal's answer to the query decides.
        assert_eq!(
            Look::settle(&colors, &env(&[]), &light).theme,
            ThemeName::Light
        );
        let chosen = Colors {
            theme: ThemeChoice::Dark,
            depth: DepthChoice::Ansi256,
            ..Colors::default()
        };
        let look = Look::settle(&chosen, &env(&[("COLORTERM", "truecolor")]), &light);
        assert_eq!(
            look,
            Look {
                theme: ThemeName::Dark,
                depth: Depth::Ansi256
            }
        );
    }
}
