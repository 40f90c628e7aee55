//! End-to-end tests of two readers on one claims file: each keeps a journal of its own, so a `kill -9` of one loses none of its unsaved edits, and a live reader's journal is never taken for a crash's leftovers.

use std::time::Duration;

use crate::e2e_edit::{CLAIMS, CTRL_S, Case, ESC, go_to, new_claim, select_words, wait_file};

/// Readers A and B on one file, saving on the key; B records a claim, then A another;
/// B is killed; A saves and quits. The next reader asks to recover B's claim, and `y`
/// and Ctrl-s put it in the file beside A's.
#[test]
fn a_killed_readers_edits_survive_another_reader_of_the_same_file() {
    let case = Case::new(CLAIMS);
    let mut a = case.open_on_key();
    let mut b = case.open_on_key();

    go_to(&mut b, "The administration has tried");
    select_words(&mut b, 3);
    new_claim(
        &mut b,
        "Reader Bee",
        "Bee ties Iran to the group",
        "Dubious",
    );
    b.press(ESC);
    b.wait_text("● unsaved (Ctrl-s saves)");

    go_to(&mut a, "Hundreds of militants");
    select_words(&mut a, 2);
    new_claim(&mut a, "Reader Ay", "Ay counts the militants", "False");
    a.press(ESC);
    a.wait_text("● unsaved (Ctrl-s saves)");

    // Two journals, each with its own reader's claim.
    let journals = case.journals();
    assert_eq!(journals.len(), 2, "{journals:?}");
    let texts: Vec<String> = journals
        .iter()
        .map(|j| std::fs::read_to_string(j).unwrap())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Reader Bee") && !t.contains("Reader Ay")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Reader Ay") && !t.contains("Reader Bee")),
        "{texts:?}"
    );

    b.signal("KILL");
    b.exit_code();
    a.press(CTRL_S);
    wait_file(&case.path("a.claims.toml"), "A's claim saved", |t| {
        t.contains("Reader Ay")
    });
    a.wait_text("saved a.claims.toml");
    a.press("q");
    assert_eq!(a.exit_code(), 0);
    // A's journal went with A; B's stays, for B never saved.
    let journals = case.journals();
    assert_eq!(journals.len(), 1, "{journals:?}");
    assert!(
        std::fs::read_to_string(&journals[0])
            .unwrap()
            .contains("Reader Bee")
    );

    let mut c = case.open_on_key();
    let screen = c.wait_text("Recover it?");
    assert!(screen.contains("Reader Bee"), "{screen}");
    c.press("y");
    c.wait_text("recovered the unsaved edits");
    c.press(ESC);
    c.wait_text("● unsaved (Ctrl-s saves)");
    c.press(CTRL_S);
    let text = wait_file(&case.path("a.claims.toml"), "B's claim recovered", |t| {
        t.contains("Reader Bee")
    });
    assert!(text.contains("Reader Ay"), "{text}");
    c.wait_text("saved a.claims.toml");
    c.press("q");
    assert_eq!(c.exit_code(), 0);
    assert!(case.journals().is_empty(), "{:?}", case.journals());
}

/// A live reader's unsaved edits are not offered to a second reader as a crash's, and
/// the second's quitting leaves the first's journal alone.
#[test]
fn a_live_readers_journal_is_not_offered_to_another() {
    let case = Case::new(CLAIMS);
    let mut a = case.open_on_key();
    go_to(&mut a, "The administration has tried");
    select_words(&mut a, 3);
    new_claim(&mut a, "Reader Ay", "Ay counts the militants", "False");
    a.press(ESC);
    a.wait_text("● unsaved (Ctrl-s saves)");

    let mut b = case.open_on_key();
    std::thread::sleep(Duration::from_millis(400));
    assert!(!b.screen().contains("Recover"), "{}", b.screen());
    b.press("q");
    assert_eq!(b.exit_code(), 0);
    let journals = case.journals();
    assert_eq!(journals.len(), 1, "{journals:?}");
    assert!(
        std::fs::read_to_string(&journals[0])
            .unwrap()
            .contains("Reader Ay")
    );

    a.press(CTRL_S);
    a.wait_text("saved a.claims.toml");
    a.press("q");
    assert_eq!(a.exit_code(), 0);
    assert!(case.journals().is_empty(), "{:?}", case.journals());
}

/// A leftover journal none of whose changes can be made again (the file changed since, and
/// a stance change names its response by place) is answered once: what it wrote is kept in
/// the unplaced file, and the journal is not offered again at the next start (it was, at
/// every start, and each `y` copied it there again).
#[test]
fn a_recovery_that_could_make_nothing_is_not_offered_again() {
    let case = Case::new(CLAIMS);
    let mut session = case.open_on_key();
    session.press("n\tj");
    std::thread::sleep(Duration::from_millis(300));
    session.press("S");
    session.wait_text("response: qualifies (u undoes)");
    session.signal("KILL");
    let _ = session.exit_code();
    std::fs::write(
        case.path("a.claims.toml"),
        format!("{CLAIMS}\n# A comment added.\n"),
    )
    .unwrap();
    let mut again = case.open_on_key();
    again.wait_text("Recover");
    again.press("y");
    let screen = again.wait_text("could not be");
    assert!(screen.contains("0 changes made"), "{screen}");
    again.press("q");
    assert_eq!(again.exit_code(), 0);
    let journals: Vec<_> = (case.journals().into_iter())
        .filter(|p| p.to_string_lossy().ends_with(".jsonl"))
        .collect();
    assert!(journals.is_empty(), "{journals:?}");
    let mut third = case.open_on_key();
    std::thread::sleep(Duration::from_millis(500));
    assert!(!third.screen().contains("Recover"), "{}", third.screen());
    third.press("q");
    assert_eq!(third.exit_code(), 0);
}

/// The quit question's `y` sets the unsaved edits aside: what is left on the terminal
/// names where, and how to have them offered again; doing so offers them again.
#[test]
fn quitting_without_saving_names_where_the_edits_were_set_aside() {
    let case = Case::new(CLAIMS);
    let mut session = case.open_on_key();
    crate::e2e_edit::record_a_claim(&mut session);
    session.press(ESC);
    session.wait_text("● unsaved (Ctrl-s saves)");
    session.press("q");
    session.wait_text("Quit without saving?");
    session.press("y");
    assert_eq!(session.exit_code(), 0);
    let journals = case.journals();
    assert_eq!(journals.len(), 1, "{journals:?}");
    let aside = &journals[0];
    assert_eq!(aside.extension().unwrap(), "discarded");
    let said = String::from_utf8_lossy(&session.raw_output()).replace("\r\n", " ");
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains(&aside.display().to_string()), "{said}");
    let slot = aside.with_extension("jsonl");
    assert!(
        said.contains(&format!("rename it to {}", slot.display())),
        "{said}"
    );
    assert_eq!(case.claims(), CLAIMS, "nothing written");
    // Renamed back as it says: the next reader offers the edit again.
    std::fs::rename(aside, &slot).unwrap();
    let mut session = case.open_on_key();
    session.wait_text("Recover it?");
    session.press("y");
    session.wait_text("recovered the unsaved edits: 1 change made");
    session.press(ESC);
    session.wait_text("● unsaved (Ctrl-s saves)");
    session.press(CTRL_S);
    wait_file(&case.path("a.claims.toml"), "the recovered edit", |t| {
        t.contains("Trump administration")
    });
    session.wait_text("saved a.claims.toml");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
