//! Drafting a large article in a pseudo-terminal: the reader's `D` shows how far it has
//! come while the keys still work, and `counterpoint draft` on a terminal shows one
//! progress line on standard error (cleared at the end), and none when it is not one.

use crate::common;

use std::time::{Duration, Instant};

use common::files::{run, scratch, stderr, write};
use common::pty::{Session, find};

/// A generated article of `megabytes` with many quotations, written to a fresh folder.
fn large_article(name: &str, megabytes: usize) -> String {
    let dir = scratch(name);
    let (text, _) =
        counterpoint::document::generate::generate(megabytes << 20, 1000 * megabytes, 1);
    write(&dir, "large.md", text)
}

/// Waits up to `seconds` (drafting megabytes in a test build on a busy machine takes a
/// while) until the screen satisfies `ready`.
fn wait_long(session: &Session, what: &str, seconds: u64, ready: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        let screen = session.screen();
        if ready(&screen) {
            return screen;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; the screen:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The percent the status bar shows for the draft under way, if it shows one.
fn drafting_percent(screen: &str) -> Option<u8> {
    let (_, after) = screen.split_once("drafting claims from the text… ")?;
    after.split_once('%')?.0.parse().ok()
}

#[test]
fn d_on_a_large_article_shows_its_progress_and_the_keys_still_work() {
    let article = large_article("draft-progress", 4);
    let state = tempfile::tempdir().unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let mut session = Session::start_with_env(&[&article], &env, 120, 40);
    let before = session.wait_text("no claims");
    let top = |screen: &str| screen.lines().nth(1).unwrap_or_default().to_string();
    session.press("D");
    let drafting = wait_long(&session, "a percentage", 30, |s| {
        drafting_percent(s).is_some()
    });
    let first = drafting_percent(&drafting).unwrap();
    assert!(first < 100, "{drafting}");
    // A key while drafting: the page moves, and the draft goes on.
    session.press(" ");
    let moved = wait_long(&session, "the page to move", 10, |s| top(s) != top(&before));
    assert!(
        drafting_percent(&moved).is_some(),
        "the draft ended before the key was seen:\n{moved}"
    );
    // It comes further, and then it is done.
    wait_long(&session, "more progress", 60, |s| {
        drafting_percent(s).is_some_and(|p| p > first) || s.contains("drafted from the text")
    });
    let done = wait_long(&session, "the result", 120, |s| {
        s.contains("drafted from the text")
    });
    assert!(drafting_percent(&done).is_none(), "{done}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn the_command_shows_progress_on_a_terminal_and_not_in_a_pipe() {
    let article = large_article("draft-progress-cli", 4);
    let out = format!("{article}.drafted.toml");
    let mut session = Session::start(&["draft", &article, "--out", &out], 120, 10);
    let shown = wait_long(&session, "a progress line", 30, |s| {
        drafting_percent(s).is_some()
    });
    assert_eq!(
        shown.matches("drafting claims").count(),
        1,
        "one line, rewritten in place:\n{shown}"
    );
    wait_long(&session, "the last word", 120, |s| s.contains("wrote"));
    assert_eq!(session.exit_code(), 0);
    let raw = session.raw_output();
    let cleared = find(&raw, b"\r\x1b[K").expect("the progress line is cleared");
    let wrote = find(&raw, b"wrote").expect("what was written is said");
    assert!(cleared < wrote, "cleared before the last word");
    assert!(std::fs::read_to_string(&out).unwrap().contains("[[claim]]"));

    // Standard error a pipe: only the last word.
    let piped = format!("{article}.piped.toml");
    let output = run(&["draft", &article, "--out", &piped]);
    assert!(output.status.success());
    let said = stderr(&output);
    assert!(
        !said.contains("drafting claims") && !said.contains('\r'),
        "{said:?}"
    );
    assert!(said.contains("wrote"), "{said:?}");
}
