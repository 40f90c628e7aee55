//! The `[keys]` table of the configuration: read into a key map (flat entries for every
//! mode of an action, `[keys.MODE]` tables for one mode), written back, and the error for
//! a key bound twice in a mode, placed at the line that binds it.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::keys::keymap::{Conflict, KeyMap, KeySpec, Mode, Modes, binding_named};
use crate::reader::action::Action;

/// Where the user's file gives `action` its keys in one of `modes`: the value of its
/// `[keys.MODE]` entry, else of its flat `[keys]` entry (a byte offset; 0 if neither).
/// With the mode whose table it is in (`None`: the flat entry, or none found).
pub(crate) fn binding_offset(text: &str, action: &Action, modes: Modes) -> (usize, Option<Mode>) {
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
pub(crate) fn key_bound_twice(name: &str, text: &str, conflict: Conflict) -> Error {
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
/// `[keys.sidebar]`, `[keys.selection]`) in that mode only, over the flat one.
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
                            let specs = map.next_value::<KeyList>()?.0;
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
    /// Each reading action flat (`name = [...]`) when its keys are the same in all its
    /// modes, else in each mode's table; the actions of the other modes alone (the search
    /// prompt's, a selection's, a form's, a question's) in their modes' tables
    /// (`[keys.prompt]`, …).
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let keys = &self.0;
        let texts =
            |specs: &[KeySpec]| -> Vec<String> { specs.iter().map(ToString::to_string).collect() };
        let mut flat = Vec::new();
        let mut tables: Vec<(Mode, Vec<NamedKeys>)> =
            Mode::ALL.iter().map(|&mode| (mode, Vec::new())).collect();
        for binding in crate::keys::keymap::BINDINGS.iter() {
            let home = keys.keys_in(binding.home(), &binding.action);
            let uniform =
                (binding.modes.iter()).all(|mode| keys.keys_in(mode, &binding.action) == home);
            let reading =
                binding.modes.contains(Mode::Article) || binding.modes.contains(Mode::Sidebar);
            if uniform && reading {
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

/// One `name = [keys]` entry of a `[keys]` table, written back.
type NamedKeys = (&'static str, Vec<String>);

/// A mode's table of `name = [keys]` entries, in order, for [`KeyBindings`]'s serializing.
struct Entries<'a>(&'a [NamedKeys]);

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
            let specs = map.next_value::<KeyList>()?.0;
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

/// An action's keys as written: a list (`next_claim = ["n", "J"]`), or one key alone
/// (`next_claim = "n"`), which a newcomer writes as often and means the same.
struct KeyList(Vec<KeyText>);

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = KeyList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of keys, such as [\"n\", \"J\"], or one key, such as \"n\"")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<KeyList, E> {
                text.parse()
                    .map(|spec| KeyList(vec![KeyText(spec)]))
                    .map_err(E::custom)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<KeyList, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = seq.next_element::<KeyText>()? {
                    keys.push(key);
                }
                Ok(KeyList(keys))
            }
        }
        deserializer.deserialize_any(ListVisitor)
    }
}

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map(KeyText).map_err(de::Error::custom)
    }
}
