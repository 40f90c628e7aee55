//! End-to-end tests of the reading comforts in a pseudo-terminal: where the reader opens
//! (+N, +N%, --claim, the place it was left), ...

mod common;

use common::pty::Session;

fn status_row(session: &Session) -> String {
    session.rows().last().cloned().unwrap_or_default()
}

#[test]
fn the_reader_reopens_where_it_was_left() {
    let state = tempfile::tempdir().unwrap();
    let home = state.path().to_str().unwrap();
    let env = [("XDG_STATE_HOME", home)];
    let mut session = Session::start_with_env(&[], &env, 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("nnnn");
    session.wait_text("claim 4 of 9");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let places = std::fs::read_to_string(state.path().join("counterpoint/places.toml")).unwrap();
    assert!(places.contains("article = \"bundled sample\""), "{places}");

    // Opened again: the same claim, the same words under the cursor.
    let mut session = Session::start_with_env(&[], &env, 120, 40);
    let screen = session.wait_text("claim 4 of 9");
    assert!(
        session
            .rows()
            .iter()
            .any(|row| row.starts_with("▌") && row.contains("4 ")),
        "{screen}"
    );
    // +N% and --claim open elsewhere, whatever was saved.
    session.press("q");
    session.exit_code();
    let mut session = Session::start_with_env(&["+100%"], &env, 120, 40);
    session.wait_text(" 100% ");
    session.press("q");
    session.exit_code();
    let mut session = Session::start_with_env(&["--claim", "al-masri"], &env, 120, 40);
    session.wait_text("claim 6 of 9");
    session.press("q");
    session.exit_code();
    // The place saved last is the one at the end of the text.
    let mut session = Session::start_with_env(&[], &env, 120, 40);
    session.wait_text("claim 6 of 9");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn plus_n_opens_at_a_line_of_the_article_file() {
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/pompeo-iran-al-qaida.md"
    );
    // Line 20 of the file is the paragraph where Pompeo's freedom-of-movement claim starts.
    let mut session = Session::start(&[article, "+20"], 120, 40);
    session.wait_for("the cursor on line 20", |_| {
        session
            .rows()
            .iter()
            .any(|row| row.starts_with("▌") && row.contains("Pompeo claimed on Tuesday"))
    });
    assert!(
        !status_row(&session).contains(" 0% "),
        "{}",
        session.screen()
    );
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
