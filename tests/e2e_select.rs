//! End-to-end tests of the selection mode: the built binary in a pseudo-terminal, keys and
//! the mouse's drag pressed, the highlight and the count read back through vt100.

use crate::common;

use common::pty::Session;

/// Whether the cell at (`row`, `column`) has the selection's background (the dark theme's
/// blue, colour 4).
fn selected_cell(session: &Session, (row, column): (u16, u16)) -> bool {
    let parser = session.parser.lock().unwrap();
    parser
        .screen()
        .cell(row, column)
        .is_some_and(|cell| cell.bgcolor() == vt100::Color::Idx(4))
}

/// The row and column (from 0) where `text` first appears on the screen.
fn locate(session: &Session, text: &str) -> (u16, u16) {
    session
        .rows()
        .iter()
        .enumerate()
        .find_map(|(r, row)| {
            let byte = row.find(text)?;
            Some((r as u16, row[..byte].chars().count() as u16))
        })
        .unwrap_or_else(|| panic!("{text} is not on the screen:\n{}", session.screen()))
}

fn status_row(session: &Session) -> String {
    session.rows().last().cloned().unwrap_or_default()
}

/// The text of the last OSC 52 copy the reader sent.
fn last_copy(session: &Session) -> String {
    use base64::Engine;
    let raw = session.raw_output();
    let mut start = None;
    let mut from = 0;
    while let Some(at) = common::pty::find(&raw[from..], b"\x1b]52;c;") {
        start = Some(from + at + 7);
        from += at + 7;
    }
    let start = start.expect("an OSC 52 sequence");
    let end = start + common::pty::find(&raw[start..], b"\x07").unwrap();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn v_w_w_w_j_highlights_and_counts_then_o_and_esc() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("v");
    session.wait_text("selection: 1 word, 4 characters");
    session.press("www");
    session.wait_text("selection: 4 words, 22 characters");
    let status = status_row(&session);
    assert!(
        status.contains("Esc leave · c claim · a response · y copy"),
        "{status}"
    );
    // "Mike Pompeo on Tuesday" is drawn selected, and the word after it is not.
    let (row, column) = locate(&session, "Mike Pompeo on Tuesday accused");
    assert!((column..column + 22).all(|c| selected_cell(&session, (row, c))));
    assert!(!selected_cell(&session, (row, column + 23)));

    // j: to the same place on the next line; the whole first line is selected now.
    session.press("j");
    session.wait_for("the selection a line longer", |s| {
        s.contains("selection: 17 words") || s.contains("selection: 16 words")
    });
    let (next_row, next_column) = locate(&session, "home base,” the outgoing");
    assert_eq!(next_row, row + 1);
    assert!(selected_cell(&session, (next_row, next_column)));
    assert!(selected_cell(&session, (row, column + 40)));
    // The cursor mark rides on the moving end's line.
    assert!(session.rows()[usize::from(next_row)].starts_with('▌'));

    // o: the other end moves; the text stays.
    let count = status_row(&session);
    session.press("o");
    session.wait_for("the cursor back on the first line", |_| {
        session.rows()[usize::from(row)].starts_with('▌')
    });
    assert_eq!(
        status_row(&session)
            .split("selection: ")
            .nth(1)
            .map(|s| s.split(" characters").next()),
        count
            .split("selection: ")
            .nth(1)
            .map(|s| s.split(" characters").next())
    );

    // Esc leaves the mode, and does not quit; the highlight goes.
    session.press("\x1b");
    session.wait_for("the selection left", |s| !s.contains("selection:"));
    session.wait_text("n next");
    assert!(!selected_cell(&session, (row, column)));
    // w is the people view again.
    session.press("w");
    session.wait_text("People");
    session.press("q");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// The SGR mouse report for button code `button` at (`row`, `column`); `release` ends it
/// with `m`.
fn mouse(button: u8, (row, column): (u16, u16), release: bool) -> String {
    let end = if release { 'm' } else { 'M' };
    format!("\x1b[<{button};{};{}{end}", column + 1, row + 1)
}

#[test]
fn a_drag_selects_words_and_y_copies_them() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("m");
    session.wait_text("mouse on");
    session.wait_raw("mouse reporting on", |raw| {
        common::pty::find(raw, b"\x1b[?1000h").is_some()
    });
    let (row, column) = locate(&session, "Tuesday accused Iran");
    // Press on "Tuesday", drag (button 32: motion with the left button) to "Iran", release.
    session.press(&mouse(0, (row, column + 2), false));
    session.press(&mouse(32, (row, column + 10), false));
    session.press(&mouse(32, (row, column + 17), false));
    session.wait_text("selection: 3 words, 20 characters");
    session.press(&mouse(0, (row, column + 17), true));
    assert!((column..column + 20).all(|c| selected_cell(&session, (row, c))));
    // Still in the selection after the release: w extends it.
    session.press("w");
    session.wait_text("selection: 4 words, 23 characters");
    session.press("y");
    session.wait_text("copied the selection: 4 words, 23 characters");
    session.wait_raw("the OSC 52 sequence", |raw| {
        common::pty::find(raw, b"\x1b]52;c;").is_some()
    });
    assert_eq!(last_copy(&session), "Tuesday accused Iran of");
    // A plain click selects a claim, as it always did.
    let quote = locate(&session, "tie Iran to");
    session.press(&mouse(0, quote, false));
    session.press(&mouse(0, quote, true));
    session.wait_text("claim 2 of 9");
    assert!(!status_row(&session).contains("selection:"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
