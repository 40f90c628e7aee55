//! End-to-end tests of another writer changing the claims file while the reader edits it: nothing clobbered, nothing lost, nothing misplaced.

use std::time::Duration;

use crate::common::pty::Session;
use crate::e2e_edit::{
    CLAIMS, CTRL_U, Case, ENTER, TAB, go_to, parsed, record_a_claim, select_words, wait_file,
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

/// A drafted claims file: three drafted claims in reading order, the second with two
/// drafted responses.

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
