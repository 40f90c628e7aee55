//! The one key table: every row of every mode, from the row groups (`bindings`, `selection_rows`, `edit_rows`), in the order the help lists them, and a row found by its configuration name.

use crate::keys::bindings::Binding;

/// Every bindable action, in the order the help overlay lists them (a section's rows
/// together): the reading modes' rows (`bind`, some `.in_lists(..)` too), the keys that
/// start a selection, the editing keys, the search prompt's line editing (`prompt`, shared with the forms' fields), the
/// selection's own keys ([`crate::keys::selection_rows`]), the forms' own keys and the
/// question's ([`crate::keys::edit_rows`]).
pub static BINDINGS: std::sync::LazyLock<Vec<Binding>> = std::sync::LazyLock::new(|| {
    [
        crate::keys::bindings::READING_ROWS,
        crate::keys::selection_rows::START_ROWS,
        crate::keys::edit_rows::EDITING_ROWS,
        crate::keys::prompt_rows::PROMPT_ROWS,
        crate::keys::selection_rows::SELECTION_ROWS,
        crate::keys::edit_rows::FORM_ROWS,
    ]
    .concat()
});

/// The row of [`BINDINGS`] for a configuration name.
pub fn binding_named(name: &str) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::bindings::*;
    use crate::reader::action::Action;

    #[test]
    fn every_hint_has_a_priority_once() {
        for b in BINDINGS.iter() {
            let ranked = HINT_PRIORITY.iter().filter(|a| **a == b.action).count();
            assert_eq!(ranked, usize::from(b.hint.is_some()), "{}", b.name);
        }
    }

    #[test]
    fn each_section_is_listed_in_one_piece() {
        let mut seen: Vec<Section> = Vec::new();
        for b in BINDINGS.iter() {
            if seen.last() != Some(&b.section) {
                assert!(!seen.contains(&b.section), "{} splits its section", b.name);
                seen.push(b.section);
            }
        }
    }
    #[test]
    fn each_row_has_modes_and_says_what_it_does_in_each() {
        for b in BINDINGS.iter() {
            assert!(!b.modes.is_empty(), "{}", b.name);
            assert_eq!(
                b.list_help.is_some(),
                b.modes.contains(Mode::List),
                "{}: a row in lists says what it does there",
                b.name
            );
            assert_eq!(
                b.section == Section::Prompt,
                b.modes.contains(Mode::Prompt),
                "{}: the prompt's rows are its section",
                b.name
            );
            assert_eq!(
                b.section == Section::Selection,
                b.modes == Modes::SELECTION,
                "{}: the selection's own rows are its section",
                b.name
            );
            assert_eq!(
                b.selection_help.is_some(),
                b.modes.contains(Mode::Selection) && b.modes != Modes::SELECTION,
                "{}: a shared row in the selection says what it does there",
                b.name
            );
            assert!(
                matches!(b.action, Action::Prompt(_)) == b.modes.contains(Mode::Prompt),
                "{}",
                b.name
            );
        }
        assert!(
            BINDINGS.iter().all(|b| b.section != Section::Lists),
            "the lists' section is drawn from the rows in lists"
        );
        assert_eq!(Modes::READING.phrase(), "the article and sidebar modes");
        assert_eq!(Modes::of(Mode::List).phrase(), "the list mode");
        for mode in Mode::ALL {
            assert_eq!(Mode::named(mode.name()), Some(mode));
        }
    }
}
