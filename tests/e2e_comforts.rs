//! End-to-end tests of the reading comforts in a pseudo-terminal: where the reader opens
//! (+N, +N%, --claim, the place it was left), ...

use crate::common;

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

    // Opened again: the same claim, the same words under the cursor, and the status bar
    // says so (it was cleared by the actions that followed the opening).
    let mut session = Session::start_with_env(&[], &env, 120, 40);
    session.wait_text("reopened where you left off");
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

/// Every cell's colours and whether it is in reverse video, as the terminal shows them.
fn cells(session: &Session) -> Vec<(vt100::Color, vt100::Color, bool)> {
    let parser = session.parser.lock().unwrap();
    let screen = parser.screen();
    let (rows, cols) = screen.size();
    (0..rows.get())
        .flat_map(|r| (0..cols.get()).map(move |c| (r, c)))
        .filter_map(|(r, c)| screen.cell(r, c))
        .map(|cell| (cell.fgcolor(), cell.bgcolor(), cell.inverse()))
        .collect()
}

#[test]
fn no_color_shows_structure_by_reverse_video_alone() {
    let mut session = Session::start_with_env(&[], &[("NO_COLOR", "1")], 120, 40);
    session.wait_text("claim 1 of 9");
    let cells = cells(&session);
    assert!(
        cells
            .iter()
            .all(|&(fg, bg, _)| fg == vt100::Color::Default && bg == vt100::Color::Default),
        "a cell is coloured"
    );
    // The status bar and the current claim's quote stand out in reverse video.
    assert!(cells.iter().filter(|c| c.2).count() > 120);
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn a_sixteen_colour_terminal_gets_the_nearest_of_its_own_colours() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[colors]\naccent = \"#ff8000\"\nstatus_bg = \"236\"\n",
    )
    .unwrap();
    let config = config.to_str().unwrap();
    let env = [("TERM", "xterm"), ("COLORTERM", "")];
    let mut session = Session::start_with_env(&["--config", config], &env, 120, 40);
    session.wait_text("claim 1 of 9");
    let cells = cells(&session);
    let sixteen = |c: vt100::Color| match c {
        vt100::Color::Default => true,
        vt100::Color::Idx(n) => n < 16,
        vt100::Color::Rgb(..) => false,
    };
    assert!(cells.iter().all(|&(fg, bg, _)| sixteen(fg) && sixteen(bg)));
    // #ff8000 is nearest yellow (3), 236 (a dark grey) nearest black (0).
    assert!(cells.iter().any(|&(fg, _, _)| fg == vt100::Color::Idx(3)));
    assert!(cells.iter().any(|&(_, bg, _)| bg == vt100::Color::Idx(0)));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn a_light_terminal_gets_the_light_theme() {
    let env = [("COLORFGBG", "0;15")];
    let mut session = Session::start_with_env(&[], &env, 120, 40);
    session.wait_text("claim 1 of 9");
    // The light theme's status bar: white on blue (4).
    let cells = cells(&session);
    assert_eq!(cells.last().map(|c| c.1), Some(vt100::Color::Idx(4)));
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn y_copies_the_current_claim_through_the_terminal() {
    use base64::Engine;
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("nny");
    session.wait_text("copied claim 2 with 2 responses");
    session.wait_raw("the OSC 52 sequence", |raw| {
        common::pty::find(raw, b"\x1b]52;c;").is_some()
    });
    let raw = session.raw_output();
    let start = common::pty::find(&raw, b"\x1b]52;c;").unwrap() + 7;
    let end = start + common::pty::find(&raw[start..], b"\x07").unwrap();
    let text = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("[2] "), "{text}");
    assert!(text.contains("\n    ✗ disputes — "), "{text}");
    assert!(text.contains("From: Pompeo floats dubious claim"), "{text}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// The row and column (from 0) where `text` first appears on the screen at or right of
/// column `from`.
fn locate(session: &Session, text: &str, from: usize) -> (u16, u16) {
    session
        .rows()
        .iter()
        .enumerate()
        .find_map(|(r, row)| {
            let right: String = row.chars().skip(from).collect();
            let byte = right.find(text)?;
            Some((r as u16, (from + right[..byte].chars().count()) as u16))
        })
        .unwrap_or_else(|| panic!("{text} is not on the screen:\n{}", session.screen()))
}

/// The SGR mouse report a terminal sends for button code `button` at (`row`, `column`).
fn mouse(button: u8, (row, column): (u16, u16)) -> String {
    format!("\x1b[<{button};{};{}M", column + 1, row + 1)
}

#[test]
fn with_the_mouse_on_clicks_select_and_the_wheel_scrolls_the_pane_under_it() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("m");
    session.wait_text("mouse on");
    session.wait_raw("mouse reporting on", |raw| {
        common::pty::find(raw, b"\x1b[?1000h").is_some()
    });

    // A click on a response in the sidebar selects it there.
    // (The sidebar starts at column 72; the article names Zarif too.)
    let zarif = locate(&session, "Javad Zarif", 72);
    session.press(&mouse(0, zarif));
    session.wait_text("▌ ✗ disputes · Javad Zarif");

    // A click on a claim's highlight in the article makes that claim current.
    let quote = locate(&session, "tie Iran to", 0);
    session.press(&mouse(0, quote));
    session.wait_text("claim 2 of 9");

    // The wheel over the sidebar steps through the claims ...
    session.press(&mouse(65, (5, 100)));
    session.wait_text("claim 3 of 9");
    // ... and over the article scrolls the text.
    let before = session.rows()[0].clone();
    session.press(&mouse(65, (10, 10)));
    session.wait_for("the article to scroll", |s| {
        s.lines().next() != Some(before.as_str())
    });

    session.press("m");
    session.wait_text("mouse off");
    session.wait_raw("mouse reporting off", |raw| {
        let on = common::pty::find(raw, b"\x1b[?1000h").unwrap();
        common::pty::find(&raw[on..], b"\x1b[?1000l").is_some()
    });
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn the_people_view_and_a_filter_in_the_terminal() {
    let mut session = Session::start(&[], 120, 40);
    session.wait_text("claim 1 of 9");
    session.press("w");
    session.wait_text("People · Enter steps through their statements");
    // Nelly Lahoud is the third person (after Everyone, Clarke and Pompeo).
    session.press("jjj\r");
    session.wait_text("Nelly Lahoud: statement 1 of 3");
    session.press("n");
    session.wait_text("Nelly Lahoud: statement 2 of 3");
    assert!(session.screen().contains("Claims 3 of 9 · Nelly Lahoud"));
    // f, then All claims: the filter is gone.
    session.press("f");
    session.wait_text("Filter claims · Enter chooses");
    session.press("g\r");
    session.wait_text("all claims shown");
    // The sidebar counts all nine again, with the claim Lahoud answered still current.
    session.wait_text("Claims 4/9");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

#[test]
fn links_reach_the_terminal_as_osc_8_hyperlinks_where_it_supports_them() {
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bridge.md");
    let mut session = Session::start_with_env(&[article], &[("FORCE_HYPERLINK", "1")], 100, 30);
    session.wait_text("Claims 1/1");
    session.wait_raw("an OSC 8 hyperlink", |raw| {
        common::pty::find(raw, b"\x1b]8;id=cp1;https://").is_some()
    });
    // The link's words still read as words on the screen.
    let screen = session.screen();
    assert!(screen.contains("engineering report"), "{screen}");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    // Without support (none claimed here), no hyperlink is sent.
    let mut session = Session::start(&[article], 100, 30);
    session.wait_text("Claims 1/1");
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert!(common::pty::find(&session.raw_output(), b"\x1b]8;").is_none());
}
