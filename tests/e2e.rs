//! End-to-end tests: the built binary in a pseudo-terminal, keys pressed, the screen read
//! back through a terminal emulator (vt100).

use crate::common;

use common::pty::{Session, find};

#[test]
fn reading_the_sample_end_to_end() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("Claims 1/9");

    // n three times: the third claim, and its expert, in the sidebar.
    session.press("nnn");
    let screen = session.wait_text("Claims 3/9");
    assert!(
        screen.contains("Iran has granted al-Qaida's militants"),
        "{screen}"
    );
    session.wait_text("Nelly Lahoud");
    assert!(screen.contains("claim 3 of 9"), "{screen}");

    // Tab to the sidebar, j to the first response, Enter: the article moves to its quote.
    session.press("\tj");
    session.wait_for("the response selected", |s| {
        s.contains("▌ ≈ qualifies · Nelly Lahoud")
    });
    session.press("\r");
    session.wait_for("the cursor on Lahoud's quote", |_| {
        session
            .rows()
            .iter()
            .any(|row| row.starts_with("▌") && row.contains("I wouldn’t be surprised"))
    });

    // ? shows the help, q closes it, q quits with status 0.
    session.press("h");
    let help = session.wait_text("Keys · h or q closes");
    assert!(
        help.contains("next claim") && help.contains("Ctrl-d"),
        "{help}"
    );
    session.press("q");
    session.wait_for("the help to close", |s| !s.contains("Keys · h or q closes"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);

    let raw = session.raw_output();
    let entered = find(&raw, b"\x1b[?1049h").expect("the alternate screen was entered");
    let left = find(&raw[entered..], b"\x1b[?1049l").expect("the alternate screen was left");
    assert!(
        find(&raw[entered + left..], b"\x1b[?25h").is_some(),
        "the cursor is shown again"
    );
    assert!(!session.parser.lock().unwrap().screen().alternate_screen());
}

#[test]
fn paging_keys_and_the_ends() {
    let mut session = Session::start(&[], 100, 30);
    session.wait_text("Claims 1/9");
    session.press("G");
    session.wait_text(" 100% ");
    session.wait_for("the last line", |s| s.contains("added."));
    session.press("g");
    session.wait_text(" 0% ");
    session.press(" ");
    session.wait_for("a page down", |s| !s.contains(" 0% "));
    session.press("\x03");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn narrow_terminal_stacks_the_sidebar_and_s_hides_it() {
    let mut session = Session::start(&[], 60, 24);
    let screen = session.wait_text("Claims 1/9");
    assert!(
        screen.contains("Claims 1/9 ───"),
        "stacked sidebar has a top border:\n{screen}"
    );
    session.press("s");
    session.wait_for("the sidebar to hide", |s| !s.contains("Claims 1/9"));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// A large article opens at once on its beginning, says it is loading, and a `G`
/// pressed before the rest has arrived lands at the very end once it has.
#[test]
fn a_large_article_shows_its_start_at_once_and_g_waits_for_the_end() {
    let dir = common::files::scratch("large-e2e");
    let (article, claims) = counterpoint::document::generate::generate(4 << 20, 4000, 5);
    let path = common::files::write(&dir, "report.md", &article);
    common::files::write(&dir, "report.claims.toml", &claims);

    let mut session = Session::start(&[&path], 120, 40);
    session.wait_text("A generated report (4000 claims");
    session.press("G");
    // The first frame said what it was doing (the loading indicator, then the claims).
    session.wait_raw("the loading indicator", |raw| {
        find(raw, b"loading").is_some()
    });
    let end = session.wait_text("claim 4000 of 4000");
    assert!(end.contains("100%"), "{end}");
    assert!(end.contains("Claims 4000/4000"), "{end}");
    assert!(end.contains("district 4000"), "{end}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// `-` reads the article from a pipe; keys still come from the terminal, and the
/// claims come from --claims.
#[test]
fn an_article_piped_in_is_read_with_keys_from_the_terminal() {
    let root = env!("CARGO_MANIFEST_DIR");
    let script = format!(
        "cat {root}/assets/pompeo-iran-al-qaida.md | \"$COUNTERPOINT\" - --claims {root}/assets/pompeo-iran-al-qaida.claims.toml"
    );
    let mut session = Session::start_shell(&script, 100, 30);
    session.wait_text("Claims 1/9");
    session.press("nn");
    // The status bar is the last row a frame draws: once it says so, the frame is whole.
    let screen = session.wait_text("claim 2 of 9");
    assert!(screen.contains("Claims 2/9"), "{screen}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// `o` on a line with a link hands it to `$BROWSER`, as one argument, and says so.
#[test]
fn o_opens_the_link_on_the_line_with_the_browser() {
    let dir = std::env::temp_dir().join(format!("counterpoint-e2e-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("opened.txt");
    let browser = dir.join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s\\n' \"$@\" >> '{}'\n", log.display()),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&browser)
        .status()
        .unwrap();
    let article = format!("{}/tests/fixtures/bridge.md", env!("CARGO_MANIFEST_DIR"));
    let script = format!(
        "BROWSER='{}' \"$COUNTERPOINT\" '{article}'",
        browser.display()
    );
    let mut session = Session::start_shell(&script, 100, 30);
    session.wait_text("Claims 1/1");
    session.press("j");
    session.wait_text("link 1 · o opens");
    session.press("o");
    session.wait_text("opened https://example.org/report.pdf");
    // The opener runs on its own: give it a moment to write.
    let started = std::time::Instant::now();
    let mut opened = String::new();
    while opened.is_empty() && started.elapsed() < std::time::Duration::from_secs(10) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        opened = std::fs::read_to_string(&log).unwrap_or_default();
    }
    assert_eq!(opened, "https://example.org/report.pdf\n");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    std::fs::remove_dir_all(&dir).ok();
}

/// `/` then typing searches as you type; keys typed into the prompt are text (`q` does
/// not quit); Enter keeps the search; `>` steps on; `?` searches backward.
#[test]
fn searching_the_article_in_the_terminal() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("Claims 1/9");
    session.press("/warmonger");
    session.wait_text("/warmonger█");
    session.wait_text("match 1 of 1");
    session.press("\r");
    session.wait_for("the cursor on Zarif's words", |_| {
        session
            .rows()
            .iter()
            .any(|row| row.starts_with("▌") && row.contains("“warmongering lies”"))
    });
    session.press("?quit\r");
    let screen = session.wait_text("no match for quit");
    assert!(screen.contains("Claims 1/9"), "still open: {screen}");
    session.press("gg/Clarke\r");
    session.wait_text("match 1 of");
    session.press(">");
    session.wait_text("match 2 of");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// A search of a long report: typing stays live, the rest is searched between keys, the
/// reader lands on the one match far past the first step once it is found, and Enter's
/// count comes at the end.
#[test]
fn a_search_of_a_long_report_lands_on_a_match_found_between_keys() {
    let dir = common::files::scratch("long-search-e2e");
    let filler = "Plain words fill this paragraph of the long report again and again.\n\n";
    let text = format!(
        "# Long report\n\n{}The zebrafish paragraph.\n\n{}",
        filler.repeat(60_000),
        filler.repeat(20_000)
    );
    let path = common::files::write(&dir, "long.md", &text);
    let mut session = Session::start(&[&path, "--claims", "/dev/null"], 120, 40);
    // Loaded (the warning about the empty claims file comes with the whole document).
    session.wait_text("has no [[claim]] entries");
    session.press("/zebrafish\r");
    let screen = session.wait_text("match 1 of 1");
    assert!(!screen.contains("counting"), "{screen}");
    session.wait_for("the cursor on the match", |_| {
        session
            .rows()
            .iter()
            .any(|row| row.starts_with("▌") && row.contains("zebrafish"))
    });
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}
