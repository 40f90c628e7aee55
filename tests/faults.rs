//! Faults: the terminal is restored however the reader ends or pauses, and reloading keeps
//! the last good version and the reading place. End to end, in a pseudo-terminal.

mod common;

use std::time::Duration;

use common::files::scratch;
use common::pty::{Session, find};

const ENTER_ALT: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";

/// The terminal was handed back: after the last time the alternate screen was entered,
/// it was left and the cursor shown again.
fn assert_restored(raw: &[u8]) {
    let entered = raw
        .windows(ENTER_ALT.len())
        .rposition(|w| w == ENTER_ALT)
        .expect("entered the alternate screen");
    let after = &raw[entered..];
    let left = find(after, LEAVE_ALT).expect("left the alternate screen");
    assert!(
        find(&after[left..], SHOW_CURSOR).is_some() || find(after, SHOW_CURSOR).is_some(),
        "cursor shown again"
    );
}

fn started(env: &[(&str, &str)]) -> Session {
    let session = Session::start_with_env(&[], env, 100, 30);
    session.wait_text("Claims 1/9");
    session
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let mut session = started(&[]);
    session.signal("TERM");
    assert_eq!(session.exit_code(), 143);
    assert_restored(&session.raw_output());
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    let mut session = started(&[]);
    session.signal("HUP");
    assert_eq!(session.exit_code(), 129);
    assert_restored(&session.raw_output());
}

#[test]
fn a_panic_restores_the_terminal_before_its_message() {
    let mut session =
        Session::start_with_env(&[], &[("COUNTERPOINT_TEST_FAULT", "panic")], 100, 30);
    assert_eq!(session.exit_code(), 101);
    let raw = session.raw_output();
    assert_restored(&raw);
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
    let raw = session.raw_output();
    assert_restored(&raw);
    let left = find(&raw, LEAVE_ALT).unwrap();
    assert!(
        find(
            &raw[left..],
            b"counterpoint: terminal: COUNTERPOINT_TEST_FAULT=error"
        )
        .is_some()
    );
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
    session.press("q");
    assert_eq!(session.exit_code(), 0);
    assert_restored(&session.raw_output());
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
    let screen = session.wait_text("claims not reloaded, last good version kept");
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
