//! Keys the user did not press, end to end in a pseudo-terminal: a terminal's late answer
//! to the colour query, pastes, escape-prefixed keys; and Esc, which never quits.

use crate::common;

use std::time::{Duration, Instant};

use common::pty::{Session, find};

/// Waits `for_` and then checks the reader is still running and showing `screen`.
fn unchanged_after(session: &mut Session, screen: &str, for_: Duration, what: &str) {
    std::thread::sleep(for_);
    assert!(
        session.child.try_wait().unwrap().is_none(),
        "{what}: the reader quit"
    );
    assert_eq!(session.screen(), screen, "{what}: the screen changed");
}

/// The reader asks for the terminal's colours and waits 0.3 s; this terminal answers
/// 0.6 s late (as over a slow SSH link), in both forms (ST and BEL), with the device
/// attributes the query also asks for. Nothing is read as keys: the status, the position
/// and the claim stay, and no search prompt opens.
#[test]
fn a_late_answer_to_the_colour_query_is_not_read_as_keys() {
    // No COLORFGBG, so the reader asks the terminal.
    let mut session = Session::start_with_env(&[], &[("COLORFGBG", "")], 100, 30);
    session.wait_raw("the colour query", |raw| find(raw, b"\x1b]11;?").is_some());
    let asked = Instant::now();
    // Keys pressed while the query waits are the query's; the first screen comes after.
    session.wait_text("Claims 1/9");
    // The first `n` goes to claim 1, the second to claim 2.
    session.press("nn");
    let screen = session.wait_text("Claims 2/9");
    std::thread::sleep(Duration::from_millis(600).saturating_sub(asked.elapsed()));
    let answers = [
        "\x1b]10;rgb:ffff/ffff/ffff\x1b\\\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;22c",
        "\x1b]10;rgb:ffff/ffff/ffff\x07\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c",
        // A cursor position report and device attributes whose ESC came on its own.
        "\x1b",
        "[12;40R",
    ];
    for answer in answers {
        session.press(answer);
        std::thread::sleep(Duration::from_millis(20));
    }
    unchanged_after(
        &mut session,
        &screen,
        Duration::from_millis(500),
        "late answers",
    );
    // Keys still work.
    session.press("n");
    session.wait_text("Claims 3/9");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// A paste into the search prompt is text: its line break does not submit, and the `qq`
/// after it does not quit. A paste into the article view runs no key (no `D` draft
/// written, no `y` copy, no `q`), and says so.
#[test]
fn a_paste_is_text_and_never_keys() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_text("Claims 1/9");
    session.wait_raw("bracketed paste on", |raw| {
        find(raw, b"\x1b[?2004h").is_some()
    });
    session.press("/");
    session.wait_text("type to search");
    session.press("\x1b[200~Soufan\rqq\x1b[201~");
    session.wait_text("/Soufan qq");
    session.press("\x1b");
    session.wait_for("the prompt closed", |s| !s.contains("/Soufan qq"));
    let before = session.raw_output().len();
    session.press("\x1b[200~Dry yarn, quite good.\r\rYes: quit now, quickly.\x1b[201~");
    session.wait_text("paste ignored");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        session.child.try_wait().unwrap().is_none(),
        "the reader quit"
    );
    let raw = session.raw_output();
    assert!(
        find(&raw[before..], b"\x1b]52;").is_none(),
        "the paste copied to the clipboard"
    );
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// macOS Terminal's Option+Up is `ESC ESC [ A`: not a bare Esc and a `[` (previous claim),
/// and Esc alone closes what is open, clears the search, and never quits.
#[test]
fn escape_prefixed_keys_and_esc_do_not_quit_or_act() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_text("Claims 1/9");
    session.press("nnn");
    let screen = session.wait_text("Claims 3/9");
    session.press("\x1b\x1b[A");
    unchanged_after(
        &mut session,
        &screen,
        Duration::from_millis(400),
        "Option+Up",
    );
    // Esc after a search clears its highlights and stays.
    session.press("/Zarif\r");
    session.wait_text("match 1 of");
    session.press("\x1b");
    session.wait_for("the search cleared", |s| !s.contains("match 1 of"));
    session.press("h");
    session.wait_text("Keys ·");
    session.press("\x1b");
    session.wait_for("the help closed", |s| !s.contains("Keys ·"));
    session.press("\x1b");
    std::thread::sleep(Duration::from_millis(400));
    assert!(
        session.child.try_wait().unwrap().is_none(),
        "Esc quit the reader"
    );
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
