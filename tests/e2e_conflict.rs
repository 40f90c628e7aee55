//! End-to-end tests of another writer changing the claims file while the reader edits it: nothing clobbered, nothing lost, nothing misplaced.

use std::time::Duration;

use crate::common::pty::Session;
use crate::e2e_edit::{
    CLAIMS, CTRL_S, CTRL_U, Case, ENTER, ESC, TAB, go_to, parsed, record_a_claim, select_words,
    wait_file,
};

/// What another writer adds to the claims file: a comment and a claim.
const OUTSIDE: &str = "\n# Added by another writer.\n[[claim]]\nid = \"outside\"\nclaimant = \"Someone Else\"\nsummary = \"Members lived in Iran\"\nquote = \"Members of al-Qaida were previously known to be living in Iran.\"\n";

#[test]
fn another_writers_change_before_the_first_edit_is_not_clobbered() {
    let case = Case::new(CLAIMS);
    let mut session = case.open(&[]);
    std::fs::write(case.path("a.claims.toml"), format!("{CLAIMS}{OUTSIDE}")).unwrap();
    // The reader notices (it looks every second) before the edit, or finds out at it.
    std::thread::sleep(Duration::from_millis(1200));
    go_to(&mut session, "The administration has tried");
    select_words(&mut session, 3);
    session.press("c");
    session.wait_text("New claim");
    session.press(&format!("{CTRL_U}Trump administration{ENTER}"));
    let screen = session.wait_text(
        "the claims file changed on disk: read it again and made your unsaved edits again: 1 change made",
    );
    let text = wait_file(&case.path("a.claims.toml"), "both changes", |t| {
        t.contains("Trump administration")
    });
    // Ours is made again on the file as it is now: added after the claims the reader
    // had read (an edit's place is in the file's order), the other writer's kept.
    assert!(text.starts_with(CLAIMS), "{text}\n{screen}");
    assert!(text.ends_with(OUTSIDE), "{text}\n{screen}");
    let file = parsed(&text);
    assert_eq!(file.claims.len(), 4);
    // What the reader shows is what the file has.
    session.press("G");
    session.wait_text("Someone Else");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_eq!(case.claims(), text);
}

#[test]
fn another_writers_change_between_edits_is_not_clobbered() {
    let case = Case::new(CLAIMS);
    let mut session = case.open(&[]);
    record_a_claim(&mut session);
    let first = wait_file(&case.path("a.claims.toml"), "the first edit", |t| {
        t.contains("Trump administration")
    });
    std::fs::write(case.path("a.claims.toml"), format!("{first}{OUTSIDE}")).unwrap();
    respond_on_it_seems_clear(&mut session, "Colin P. Clarke", "", "disputes");
    session.wait_text("read it again and made your unsaved edits again: 1 change made");
    let text = wait_file(&case.path("a.claims.toml"), "both changes", |t| {
        t.contains("Colin P. Clarke") && t.contains("Someone Else")
    });
    let file = parsed(&text);
    assert!(text.contains("# Added by another writer."), "{text}");
    assert_eq!(file.claims.len(), 4, "{text}");
    let ours = file
        .claims
        .iter()
        .find(|c| c.claimant == "Trump administration")
        .unwrap();
    assert_eq!(ours.responses.len(), 1, "{text}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn an_edit_to_a_claim_another_writer_removed_is_kept_in_a_file_and_said() {
    let case = Case::new(CLAIMS);
    let mut session = case.open_on_key();
    // A response to the first claim ("home"), not saved yet.
    respond_on_it_seems_clear(&mut session, "Émile Zoë", "Lakeside Institute", "context");
    session.wait_text("new response by Émile Zoë");
    // Another writer removes that claim; the reader reads the file again.
    let without_home = CLAIMS.replacen("id   =   \"home\"", "id = \"elsewhere\"", 1);
    std::fs::write(case.path("a.claims.toml"), &without_home).unwrap();
    std::thread::sleep(Duration::from_millis(1200));
    session.press("r");
    let screen = session.wait_text("what they wrote is kept in");
    assert!(
        screen.contains("1 could not be (claim home is no longer in the file)"),
        "{screen}"
    );
    // Nothing landed on the other writer's claim, and the file is theirs.
    session.press("q");
    std::thread::sleep(Duration::from_millis(300));
    session.press("n");
    assert_eq!(case.claims(), without_home);
    // What was typed is in the state directory, as claims-file TOML, under its claim.
    let kept: Vec<_> = case
        .journals()
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".unplaced.toml"))
        .collect();
    assert_eq!(kept.len(), 1, "{:?}", case.journals());
    let text = std::fs::read_to_string(&kept[0]).unwrap();
    let file = parsed(&text);
    assert_eq!(file.claims.len(), 1, "{text}");
    assert_eq!(file.claims[0].id, "home");
    assert_eq!(file.claims[0].responses[0].expert, "Émile Zoë");
    assert_eq!(
        file.claims[0].responses[0].affiliation.as_deref(),
        Some("Lakeside Institute")
    );
}

/// Records a response to the current claim on the line "It seems clear …": `expert`, then
/// `affiliation` (empty: the field as the form fills it), then `stance`.
fn respond_on_it_seems_clear(session: &mut Session, expert: &str, affiliation: &str, stance: &str) {
    go_to(session, "It seems clear");
    session.press("V");
    session.wait_text("selection:");
    session.press("a");
    session.wait_text("New response");
    let affiliation = match affiliation {
        "" => String::new(),
        given => format!("{CTRL_U}{given}"),
    };
    session.press(&format!(
        "{CTRL_U}{expert}{TAB}{affiliation}{TAB}{CTRL_U}{stance}{ENTER}"
    ));
}

/// Saving on the key, after another writer changed the file: one press of Ctrl-s reads the
/// file again, makes the edits again and writes them, and says both (it took two presses,
/// the first only reading the file again). Each way the file can have changed: before the
/// first edit, between the edit and the key, and both.
#[test]
fn one_save_key_saves_after_another_writer_changed_the_file() {
    for (before, after) in [(true, false), (false, true), (true, true)] {
        let case = Case::new(CLAIMS);
        let mut session = case.open_on_key();
        let mut expected = CLAIMS.to_string();
        if before {
            expected.push_str(OUTSIDE);
            std::fs::write(case.path("a.claims.toml"), &expected).unwrap();
            std::thread::sleep(Duration::from_millis(1200));
        }
        record_a_claim(&mut session);
        session.press(ESC);
        session.wait_text("● unsaved (Ctrl-s saves)");
        if after {
            expected.push_str("\n# And a comment later.\n");
            std::fs::write(case.path("a.claims.toml"), &expected).unwrap();
            std::thread::sleep(Duration::from_millis(1200));
        }
        session.press(CTRL_S);
        let text = wait_file(&case.path("a.claims.toml"), "the one save", |t| {
            t.contains("Trump administration")
        });
        let screen = session.wait_text("saved a.claims.toml");
        assert!(text.contains(OUTSIDE) == before, "{before} {after}\n{text}");
        assert!(
            text.contains("# And a comment later.") == after,
            "{before} {after}\n{text}"
        );
        assert!(!screen.contains("● unsaved"), "{before} {after}\n{screen}");
        session.press("q");
        assert_eq!(session.exit_code(), 0, "{before} {after}: quits, all saved");
        assert!(case.journals().is_empty(), "{:?}", case.journals());
    }
}

/// The quit question says Ctrl-s saves: it saves and quits, also when the file changed on
/// disk meanwhile; `n` and Esc still leave the question.
#[test]
fn the_quit_question_s_save_key_saves_and_quits() {
    for changed in [false, true] {
        let case = Case::new(CLAIMS);
        let mut session = case.open_on_key();
        record_a_claim(&mut session);
        session.press(ESC);
        session.wait_text("● unsaved (Ctrl-s saves)");
        if changed {
            std::fs::write(case.path("a.claims.toml"), format!("{CLAIMS}{OUTSIDE}")).unwrap();
        }
        session.press("q");
        session.wait_text("Ctrl-s saves and quits");
        session.press(CTRL_S);
        assert_eq!(session.exit_code(), 0, "changed: {changed}");
        let text = case.claims();
        assert!(text.contains("Trump administration"), "{changed}\n{text}");
        assert_eq!(text.contains(OUTSIDE), changed, "{text}");
        assert!(case.journals().is_empty(), "{:?}", case.journals());
    }
}

/// After a `kill -9`, the question about recovering the unsaved edits comes first; once
/// it is answered (either way) the form that was open opens again with its typing, and
/// both are said (the form waited, closed, until its words were selected again).
#[test]
fn after_a_kill_the_open_form_comes_back_once_recovery_is_answered() {
    for answer in ["y", "n"] {
        let case = Case::new(CLAIMS);
        let mut session = case.open_on_key();
        record_a_claim(&mut session);
        session.press(ESC);
        session.wait_text("● unsaved (Ctrl-s saves)");
        go_to(&mut session, "It seems clear");
        session.press("V");
        session.wait_text("selection:");
        session.press("c");
        session.wait_text("New claim");
        session.press(&format!("{CTRL_U}Someone Typed{TAB}{TAB}Half a summary"));
        session.wait_text("Half a summary");
        session.signal("KILL");
        session.exit_code();

        let mut again = case.open_on_key();
        let screen = again.wait_text("Recover it?");
        assert!(
            !screen.contains("New claim"),
            "the question first:\n{screen}"
        );
        again.press(answer);
        let screen = again.wait_text("is open again");
        assert!(screen.contains("New claim"), "{answer}:\n{screen}");
        assert!(screen.contains("Half a summary"), "{answer}:\n{screen}");
        assert!(screen.contains("Someone Typed"), "{answer}:\n{screen}");
        again.press(ESC);
        std::thread::sleep(Duration::from_millis(300));
        again.press(CTRL_S);
        std::thread::sleep(Duration::from_millis(500));
        again.press("q");
        // Recovered and saved, or set aside: the file has the claim exactly when `y`.
        assert_eq!(again.exit_code(), 0, "{answer}");
        assert_eq!(
            case.claims().contains("Trump administration"),
            answer == "y",
            "{answer}"
        );
    }
}

/// An edit saved, then another writer's change read again (`r`): `u`
/// still takes the edit back, on the file as the other writer left it, and writes that.
#[test]
fn an_edit_saved_before_another_writers_change_is_undone_in_the_file() {
    let case = Case::new(CLAIMS);
    let mut session = case.open(&[]);
    record_a_claim(&mut session);
    let first = wait_file(&case.path("a.claims.toml"), "the edit", |t| {
        t.contains("Trump administration")
    });
    session.press(ESC);
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(case.path("a.claims.toml"), format!("{first}{OUTSIDE}")).unwrap();
    // The reader notices within a second and offers to read it again; `r` does.
    std::thread::sleep(Duration::from_millis(1200));
    session.press("r");
    session.wait_text("reloaded");
    session.press("u");
    session.wait_text("undid: ");
    let text = wait_file(&case.path("a.claims.toml"), "the undo", |t| {
        !t.contains("Trump administration")
    });
    assert!(
        text.contains(OUTSIDE),
        "the other writer's change kept: {text}"
    );
    assert_eq!(parsed(&text).claims.len(), 3, "{text}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert!(case.journals().is_empty(), "{:?}", case.journals());
}
