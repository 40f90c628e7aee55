//! End-to-end tests of a claims file that stops reading while the reader edits it (another program left it half written, or it was broken by hand): the edits stay as shown and unsaved, the broken file is never written over, quitting asks, and once the file is fixed one key makes the edits again and saves them.

use std::time::Duration;

use crate::common::pty::Session;
use crate::e2e_edit::{CLAIMS, CTRL_S, Case, ESC, parsed, record_a_claim, wait_file};

/// What another writer adds to the claims file (the fix, after the break).
const OUTSIDE: &str = "\n# Added by another writer.\n[[claim]]\nid = \"outside\"\nclaimant = \"Someone Else\"\nsummary = \"Members lived in Iran\"\nquote = \"Members of al-Qaida were previously known to be living in Iran.\"\n";

/// The claims file, broken in each way a file half written or mistyped is: a table header
/// left open, a string left open, a key with no value, bytes that are not UTF-8.
fn broken_versions() -> Vec<Vec<u8>> {
    vec![
        format!("{CLAIMS}\n[[claim]\nid = \"half\"\n").into_bytes(),
        format!("{CLAIMS}\n[[claim]]\nid = \"half\nclaimant = \"Someone\"\n").into_bytes(),
        format!("{CLAIMS}\n[[claim]]\nid =\n").into_bytes(),
        [CLAIMS.as_bytes(), b"\n# \xff\xfe\n"].concat(),
    ]
}

/// Saving at once: the edit made while the file does not read is kept and said; quitting
/// asks; once the file is fixed on disk, the reload key makes the edit again on it.
#[test]
fn an_edit_made_while_the_file_does_not_read_is_kept_and_made_again_once_it_does() {
    for broken in broken_versions() {
        let case = Case::new(CLAIMS);
        let mut session = case.open(&[]);
        std::fs::write(case.path("a.claims.toml"), &broken).unwrap();
        std::thread::sleep(Duration::from_millis(1200));
        record_a_claim(&mut session);
        let screen = session.wait_text("cannot be read");
        assert!(screen.contains("Trump administration"), "{screen}");
        // The broken file is left as it is: nothing written over it.
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(std::fs::read(case.path("a.claims.toml")).unwrap(), broken);
        // Quitting asks first; `n` stays.
        session.press("q");
        session.wait_text("Quit without saving?");
        session.press("n");
        std::thread::sleep(Duration::from_millis(200));
        // Fixed on disk (with another writer's claim): the reload key makes the edit again.
        std::fs::write(case.path("a.claims.toml"), format!("{CLAIMS}{OUTSIDE}")).unwrap();
        std::thread::sleep(Duration::from_millis(1200));
        session.press("r");
        session.wait_text("made your unsaved edits again: 1 change made");
        let text = wait_file(&case.path("a.claims.toml"), "the edit saved", |t| {
            t.contains("Trump administration")
        });
        assert!(text.contains(OUTSIDE), "{text}");
        assert_eq!(parsed(&text).claims.len(), 4, "{text}");
        session.press("q");
        assert_eq!(session.exit_code(), 0, "quits: all saved");
        assert!(case.journals().is_empty(), "{:?}", case.journals());
    }
}

/// Saving on the key: the quit question's save key finds the file broken, says so and
/// does not quit (it never shows "saving…" for ever); fixed, one press of the save key
/// reads it again, makes the edit again and saves.
#[test]
fn the_save_key_on_a_file_that_does_not_read_says_so_and_saves_once_it_does() {
    let broken = &broken_versions()[0];
    let case = Case::new(CLAIMS);
    let mut session = case.open_on_key();
    record_a_claim(&mut session);
    session.press(ESC);
    session.wait_text("● unsaved (Ctrl-s saves)");
    std::fs::write(case.path("a.claims.toml"), broken).unwrap();
    session.press("q");
    session.wait_text("Ctrl-s saves and quits");
    session.press(CTRL_S);
    let screen = session.wait_text("(not quitting)");
    assert!(screen.contains("cannot be read"), "{screen}");
    assert_eq!(&std::fs::read(case.path("a.claims.toml")).unwrap(), broken);
    // A second save while still broken says it again.
    session.press(CTRL_S);
    std::thread::sleep(Duration::from_millis(300));
    let screen = session.wait_text("cannot be read");
    assert!(!screen.contains("saving…"), "{screen}");
    std::fs::write(case.path("a.claims.toml"), format!("{CLAIMS}{OUTSIDE}")).unwrap();
    session.press(CTRL_S);
    session.wait_text("saved a.claims.toml");
    let text = case.claims();
    assert!(text.contains("Trump administration"), "{text}");
    assert!(text.contains(OUTSIDE), "{text}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert!(case.journals().is_empty(), "{:?}", case.journals());
}

/// Quitting without saving while the file does not read keeps the edit in the journal:
/// the next session offers it back.
#[test]
fn quitting_while_the_file_does_not_read_leaves_the_edit_to_recover() {
    let case = Case::new(CLAIMS);
    let mut session = case.open(&[]);
    std::fs::write(case.path("a.claims.toml"), &broken_versions()[0]).unwrap();
    std::thread::sleep(Duration::from_millis(1200));
    record_a_claim(&mut session);
    session.wait_text("cannot be read");
    session.signal("KILL");
    let _ = session.exit_code();
    // Opened again while the file still does not read: the error says the edit waits.
    let state = case.path("state");
    let mut refused = Session::start_in(
        &case.path(""),
        &["a.md"],
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        160,
        40,
    );
    let screen = refused.wait_text("offered again when the file reads");
    assert!(screen.contains("a.claims.toml:"), "{screen}");
    assert_eq!(refused.exit_code(), 2);
    std::fs::write(case.path("a.claims.toml"), CLAIMS).unwrap();
    let mut session = case.open(&[]);
    let screen = session.wait_text("left 1 change");
    // The journal began while the file did not read, on the entries as read before: the
    // file mended back is the one its edits were made to.
    assert!(!screen.contains("changed since"), "{screen}");
    session.press("y");
    session.wait_text("recovered the unsaved edits");
    let text = wait_file(&case.path("a.claims.toml"), "the recovered edit", |t| {
        t.contains("Trump administration")
    });
    assert_eq!(parsed(&text).claims.len(), 3, "{text}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
