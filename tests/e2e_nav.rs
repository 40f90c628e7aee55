//! End-to-end tests of moving about (issue 16) in a pseudo-terminal: the search history
//! kept across sessions.

use crate::common;

use common::pty::Session;

/// A search made in one session comes back with Up in the next (as less keeps its
/// history), from `$XDG_STATE_HOME/counterpoint/search_history`.
#[test]
fn the_search_history_is_kept_across_sessions() {
    let state = tempfile::tempdir().unwrap();
    let home = state.path().to_str().unwrap();
    let env = [("XDG_STATE_HOME", home)];
    let mut session = Session::start_with_env(&[], &env, 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("/Zarif\r");
    session.wait_text("match 1 of");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    let kept = std::fs::read_to_string(state.path().join("counterpoint/search_history")).unwrap();
    assert_eq!(kept, "Zarif\n");

    let mut session = Session::start_with_env(&[], &env, 120, 40);
    session.wait_text("Claims 1/9");
    // Up (ESC [ A) in the prompt: the last search, searched again.
    session.press("/");
    session.wait_text("type to search");
    session.press("\x1b[A");
    session.wait_text("/Zarif█");
    session.press("\x1b");
    session.wait_for("the prompt closed", |s| !s.contains("/Zarif█"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
