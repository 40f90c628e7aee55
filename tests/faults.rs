//! Faults: the terminal is restored however the reader ends or pauses, and reloading keeps
//! the last good version and the reading place. End to end, in a pseudo-terminal.

use crate::common;

use std::time::Duration;

use common::files::scratch;
use common::pty::{Session, find};

const ENTER_ALT: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";

/// Every mode the reader takes from the terminal, as (name, the sequence that takes it,
/// the sequence that gives it back). Raw mode is not a sequence: see `Session::raw_mode`.
const MODES: &[(&str, &[u8], &[u8])] = &[
    ("the alternate screen", ENTER_ALT, LEAVE_ALT),
    ("bracketed paste", b"\x1b[?2004h", b"\x1b[?2004l"),
    ("mouse reporting", b"\x1b[?1000h", b"\x1b[?1000l"),
    ("mouse motion reporting", b"\x1b[?1002h", b"\x1b[?1002l"),
    ("SGR mouse coordinates", b"\x1b[?1006h", b"\x1b[?1006l"),
    ("the hidden cursor", b"\x1b[?25l", b"\x1b[?25h"),
];

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The terminal was handed back by `how`: in `raw` (what the reader wrote since it last
/// took the terminal) every mode's give-back sequence is written, and none is taken again
/// after it. The restore routine writes every one, whether or not the mode was taken.
fn assert_handed_back(raw: &[u8], how: &str) {
    for (mode, take, give_back) in MODES {
        let given_back = rfind(raw, give_back)
            .unwrap_or_else(|| panic!("{how}: {mode} not given back ({give_back:?} not written)"));
        assert!(
            rfind(raw, take).is_none_or(|taken| taken < given_back),
            "{how}: {mode} taken again after it was given back"
        );
    }
}

/// The terminal was handed back at the end: every mode given back after the last time the
/// alternate screen was entered, and raw mode off.
fn assert_restored(session: &Session, how: &str) {
    let raw = session.raw_output();
    let entered = rfind(&raw, ENTER_ALT).expect("entered the alternate screen");
    assert_handed_back(&raw[entered..], how);
    assert!(!session.raw_mode(), "{how}: raw mode left on");
}

fn started(env: &[(&str, &str)]) -> Session {
    let session = Session::start_with_env(&[], env, 100, 30);
    session.wait_text("Claims 1/9");
    session
}

/// `q` and `Ctrl-c` hand back every mode, the mouse too when it was taken; Esc never quits.
#[test]
fn quitting_hands_back_every_mode_and_esc_does_not_quit() {
    for (keys, how) in [("q", "q"), ("\x03", "Ctrl-c"), ("m", "q with the mouse on")] {
        let mut session = started(&[]);
        session.press(keys);
        if keys == "m" {
            session.wait_raw("the mouse taken", |raw| find(raw, b"\x1b[?1000h").is_some());
            // Esc clears the message ("mouse on") and stays.
            session.press("\x1b");
            std::thread::sleep(Duration::from_millis(300));
            session.wait_text("Claims 1/9");
            assert!(
                session.child.try_wait().unwrap().is_none(),
                "Esc quit the reader"
            );
            session.press("q");
        }
        assert_eq!(session.exit_code(), 0, "{how}");
        assert_restored(&session, how);
    }
}

/// With `TERM=dumb` (Emacs `M-x shell`, acme) or no `TERM`, the reader does not take the
/// terminal: no query, no alternate screen, no modes; the plain text, and one line on
/// standard error saying why.
#[test]
fn a_dumb_terminal_gets_the_plain_text_and_a_reason() {
    for (term, why) in [
        ("dumb", "counterpoint: TERM is dumb"),
        ("", "counterpoint: TERM is not set"),
    ] {
        let mut session =
            Session::start_with_env(&[], &[("TERM", term), ("COLORFGBG", "")], 100, 30);
        assert_eq!(session.exit_code(), 0, "TERM={term:?}");
        let raw = session.raw_output();
        let text = String::from_utf8_lossy(&raw);
        assert!(text.contains(why), "TERM={term:?}: {text}");
        assert!(
            text.contains("Pompeo floats dubious claim"),
            "TERM={term:?}: the plain text"
        );
        for (mode, take, _) in MODES {
            assert!(find(&raw, take).is_none(), "TERM={term:?}: {mode} taken");
        }
        assert!(
            find(&raw, b"\x1b]").is_none(),
            "TERM={term:?}: a query or OSC sent"
        );
        assert!(!session.raw_mode(), "TERM={term:?}: raw mode");
    }
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let mut session = started(&[]);
    session.signal("TERM");
    assert_eq!(session.exit_code(), 143);
    assert_restored(&session, "SIGTERM");
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    let mut session = started(&[]);
    session.signal("HUP");
    assert_eq!(session.exit_code(), 129);
    assert_restored(&session, "SIGHUP");
}

#[test]
fn a_panic_restores_the_terminal_before_its_message() {
    let mut session =
        Session::start_with_env(&[], &[("COUNTERPOINT_TEST_FAULT", "panic")], 100, 30);
    assert_eq!(session.exit_code(), 101);
    assert_restored(&session, "a panic");
    let raw = session.raw_output();
    let left = find(&raw, LEAVE_ALT).unwrap();
    assert!(
        find(&raw[left..], b"panicked").is_some(),
        "the panic message comes after the restore"
    );
}

#[test]
fn an_error_restores_the_terminal_and_exits_2() {
    let mut session =
        Session::start_with_env(&[], &[("COUNTERPOINT_TEST_FAULT", "error")], 100, 30);
    assert_eq!(session.exit_code(), 2);
    assert_restored(&session, "an error");
    let raw = session.raw_output();
    let left = find(&raw, LEAVE_ALT).unwrap();
    assert!(
        find(
            &raw[left..],
            b"counterpoint: terminal: COUNTERPOINT_TEST_FAULT=error"
        )
        .is_some()
    );
}

/// Ctrl-L clears the terminal and writes the whole frame again, not only what changed,
/// whatever is open (the search prompt here stays open): what another program wrote, or a
/// character the terminal drew wider than it measures, is gone.
#[test]
fn ctrl_l_draws_the_whole_screen_again() {
    let mut session = started(&[]);
    session.press("n");
    session.wait_text("Claims 1/9");
    for open in ["", "/"] {
        session.press(open);
        let before = session.raw_output().len();
        session.press("\x0c");
        session.wait_raw("the screen cleared and drawn again", |raw| {
            find(&raw[before..], b"\x1b[2J")
                .is_some_and(|at| find(&raw[before + at..], "Claims 1/9".as_bytes()).is_some())
        });
    }
    session.wait_text("/");
}

/// Ctrl-Z from the keyboard and SIGTSTP from outside both hand the terminal back and stop;
/// SIGCONT (what `fg` sends) takes it again and redraws the screen.
#[test]
fn suspend_and_resume_restore_and_redraw() {
    let mut session = started(&[]);
    session.press("n");
    session.wait_text("Claims 1/9");
    for how in ["ctrl-z", "kill -TSTP"] {
        let before = session.raw_output().len();
        if how == "ctrl-z" {
            session.press("\x1a");
        } else {
            session.signal("TSTP");
        }
        session.wait_raw("the terminal to be handed back", |raw| {
            find(&raw[before..], LEAVE_ALT).is_some()
        });
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while session.process_state() != 'T' {
            assert!(
                std::time::Instant::now() < deadline,
                "{how}: the process did not stop"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        // Stopped: the shell has the terminal, every mode given back (the cursor shown too).
        assert_handed_back(&session.raw_output()[before..], how);
        assert!(!session.raw_mode(), "{how}: raw mode left on while stopped");
        let resumed_at = session.raw_output().len();
        session.signal("CONT");
        session.wait_raw("the alternate screen again", |raw| {
            find(&raw[resumed_at..], ENTER_ALT).is_some()
        });
        // The whole screen is drawn again after resuming.
        session.wait_raw("a redraw", |raw| {
            find(&raw[resumed_at..], "Claims 1/9".as_bytes()).is_some()
        });
    }
    // Resumed, it has the terminal again: raw mode and bracketed paste.
    session.wait_for("raw mode again", |_| session.raw_mode());
    let raw = session.raw_output();
    assert!(
        rfind(&raw, b"\x1b[?2004h") > rfind(&raw, b"\x1b[?2004l"),
        "bracketed paste taken again on resuming"
    );
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_restored(&session, "q after resuming");
}

const CLAIMS_ONE: &str = "[[claim]]\nclaimant = \"Minister\"\nsummary = \"The bridge is safe\"\nquote = \"the bridge is safe\"\n";
const CLAIMS_TWO: &str = "[[claim]]\nclaimant = \"Minister\"\nsummary = \"The bridge is safe\"\nquote = \"the bridge is safe\"\n\n[[claim]]\nclaimant = \"Mayor\"\nsummary = \"Repairs are done\"\nquote = \"repairs are done\"\n";

/// `r` reloads; a claims file broken mid-edit keeps the last good claims on screen with the
/// error shown; the reading place survives reloads, even when text is added above it.
#[test]
fn reload_keeps_the_last_good_version_and_the_reading_place() {
    let dir = scratch("reload");
    let article_path = dir.join("bridge.md");
    let claims_path = dir.join("bridge.claims.toml");
    let paragraph = |n: usize| format!("Paragraph {n} is short.");
    let mut paragraphs: Vec<String> = (1..=30).map(paragraph).collect();
    paragraphs[2] = "The minister said the bridge is safe.".into();
    paragraphs[20] = "The mayor said repairs are done.".into();
    std::fs::write(&article_path, paragraphs.join("\n\n")).unwrap();
    std::fs::write(&claims_path, CLAIMS_ONE).unwrap();

    let article = article_path.display().to_string();
    let mut session = Session::start(&[&article], 100, 30);
    session.wait_text("Claims (1)");
    // Read down to paragraph 12 (one line each; blank lines are skipped).
    session.press(&"j".repeat(11));
    let cursor_text = |s: &Session| {
        s.rows()
            .into_iter()
            .find(|r| r.starts_with('▌'))
            .unwrap_or_default()
    };
    session.wait_for("the cursor on paragraph 12", |_| {
        cursor_text(&session).contains("Paragraph 12 ")
    });

    // A broken edit: the last good claims stay, and the error is shown.
    std::fs::write(
        &claims_path,
        "[[claim]]\nclaimant = \"Minister\"\nquote = \n",
    )
    .unwrap();
    session.wait_text("changed on disk: r reloads");
    session.press("r");
    // At 100 columns the status bar shortens the message before the next and prev hints go.
    let screen = session.wait_text("claims not reloaded, last good version");
    assert!(screen.contains("Minister"), "{screen}");
    // The help lists the whole message, with the file, line and column.
    session.press(&format!("h{}", "j".repeat(40)));
    session.wait_text("bridge.claims.toml:3:9");
    session.press("q");
    session.wait_for("the place kept", |_| {
        cursor_text(&session).contains("Paragraph 12 ")
    });

    // The edit is finished and text is added above the reader: both are taken, the place kept.
    std::fs::write(&claims_path, CLAIMS_TWO).unwrap();
    paragraphs.insert(
        0,
        "A new opening paragraph, added while you were reading.".into(),
    );
    std::fs::write(&article_path, paragraphs.join("\n\n")).unwrap();
    session.press("r");
    session.wait_text("reloaded");
    let screen = session.wait_text("Claims 1/2");
    assert!(
        screen.contains("Mayor") && !screen.contains("not reloaded"),
        "{screen}"
    );
    session.wait_for("the place kept", |_| {
        cursor_text(&session).contains("Paragraph 12 ")
    });
    session.press("q");
    assert_eq!(session.exit_code(), 0);
}

/// Closing the terminal window (the pseudo-terminal's master side goes away) ends the
/// reader promptly with status 129, instead of leaving it spinning on a dead terminal.
#[test]
fn a_closed_terminal_ends_the_reader() {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    use std::process::{Command, Stdio};

    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 30,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two new descriptors; name and termios may be null.
    let opened = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(opened, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned here alone.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    // The reader must not inherit the master side, as no terminal window hands it over.
    // SAFETY: setting a flag on a descriptor we own.
    unsafe { libc::fcntl(master.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
    let mut command = Command::new(env!("CARGO_BIN_EXE_counterpoint"));
    command
        .env("TERM", "xterm-256color")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY, 0);
            Ok(())
        });
    }
    let mut child = command.spawn().unwrap();
    // The command holds copies of the terminal's descriptors; only the reader may keep them.
    drop(command);
    // Let it draw its first screen, reading what it writes so it never blocks.
    let mut written = Vec::new();
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_millis(700) {
        let mut poll = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut poll, 1, 50) } > 0 {
            let mut buffer = [0u8; 65536];
            // SAFETY: reading into a buffer of the given length.
            let n =
                unsafe { libc::read(master.as_raw_fd(), buffer.as_mut_ptr().cast(), buffer.len()) };
            if n > 0 {
                written.extend_from_slice(&buffer[..n as usize]);
            }
        }
    }
    assert!(
        find(&written, b"Claims").is_some(),
        "it had drawn its screen"
    );
    drop(master);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the reader kept running after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(
        status.code().or(status.signal().map(|s| 128 + s)),
        Some(129)
    );
}
