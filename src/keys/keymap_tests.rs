//! Tests of the key map: lookup by mode, conflicts, and what the help and README show.

use super::*;
use crate::keys::spec::NAMED_KEYS;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
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
        Some(Action::NextDraft)
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
        // Suspending, which the prompt once ignored, now works in it too.
        KeyCode::Char('z')
            if ctrl
                && !event
                    .modifiers
                    .intersects(KeyModifiers::ALT | KeyModifiers::SUPER) =>
        {
            return Some(Action::Suspend);
        }
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

#[test]
fn ctrl_l_redraws_whatever_is_open() {
    let map = KeyMap::default();
    let ctrl_l = press(KeyCode::Char('l'), KeyModifiers::CONTROL);
    for mode in Mode::ALL {
        assert_eq!(
            map.action_for(mode, &ctrl_l),
            Some(Action::Redraw),
            "{mode:?}"
        );
    }
    // A plain l is still typed where text is typed.
    let l = press(KeyCode::Char('l'), KeyModifiers::NONE);
    assert_eq!(
        map.action_for(Mode::Prompt, &l),
        Some(Action::Prompt(PromptKey::Char('l')))
    );
}

#[test]
fn the_suspend_key_suspends_whatever_is_open_unless_the_mode_binds_it() {
    let map = KeyMap::default();
    let ctrl_z = press(KeyCode::Char('z'), KeyModifiers::CONTROL);
    for mode in Mode::ALL {
        assert_eq!(
            map.action_for(mode, &ctrl_z),
            Some(Action::Suspend),
            "{mode:?}"
        );
    }
    // Near keys: a plain z is typed where text is typed; Ctrl-Alt-z is nothing.
    let z = press(KeyCode::Char('z'), KeyModifiers::NONE);
    assert_eq!(
        map.action_for(Mode::Prompt, &z),
        Some(Action::Prompt(PromptKey::Char('z')))
    );
    let ctrl_alt_z = press(
        KeyCode::Char('z'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(map.action_for(Mode::Prompt, &ctrl_alt_z), None);
}

/// Messages name keys by action and mode (`key_or_name_in`): every action a key gives in
/// a mode can be named in that mode, and a form's line edits, which the form takes from
/// the prompt's rows, can be named as the form's own (the resumed form once said
/// `? (unbound) clears a field`).
#[test]
fn every_action_a_key_gives_can_be_named_in_its_mode() {
    use crate::keys::prompt::{Edit, FormKey};
    let map = KeyMap::default();
    for mode in Mode::ALL {
        for event in every_press() {
            let Some(action) = map.action_for(mode, &event) else {
                continue;
            };
            // A character typed into a line is no key a message names.
            if matches!(
                action,
                Action::Prompt(PromptKey::Char(_)) | Action::Form(FormKey::Char(_))
            ) {
                continue;
            }
            // Keys every mode takes (suspend, quit at once) are named from their home.
            let named = map.key_or_name_in(mode, &action);
            let home = map.key_or_name(&action);
            assert!(
                !named.contains("unbound") || !home.contains("unbound"),
                "{mode:?} {action:?}: {named}"
            );
        }
    }
    let edits = [
        Edit::Left,
        Edit::Right,
        Edit::Home,
        Edit::End,
        Edit::Backspace,
        Edit::Delete,
        Edit::KillToStart,
        Edit::KillToEnd,
        Edit::KillWord,
    ];
    for edit in edits {
        let named = map.key_or_name_in(Mode::Form, &Action::Form(FormKey::Edit(edit)));
        assert!(!named.contains("unbound"), "{edit:?}: {named}");
    }
    assert_eq!(
        map.key_or_name_in(Mode::Form, &Action::Form(FormKey::Edit(Edit::KillToStart))),
        "Ctrl-u"
    );
    assert_eq!(
        map.key_or_name_in(Mode::Form, &Action::Form(FormKey::Edit(Edit::Backspace))),
        "Backspace"
    );
}
