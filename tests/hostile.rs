//! Hostile input: nothing from an article or claims file reaches the terminal as a control
//! sequence, and bad files get clear answers.

use crate::common;

use common::files::{refused, run as counterpoint, scratch, write};
use common::pty::{Session, find};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn hostile_article() -> String {
    format!("{FIXTURES}/hostile.md")
}

/// Sequences the fixture carries that must never be written as they are.
const PAYLOADS: &[&[u8]] = &[
    b"\x1b]",              // any OSC: window title, OSC 8 links, OSC 52 clipboard
    b"\x07",               // BEL, which also ends OSC strings
    b"\x1b[6n",            // device status report: makes the terminal type an answer
    b"\x1bP",              // DCS
    b"\x1b[31;1;4;5;7m",   // the fixture's SGR
    b"\x1b[999;999H",      // the fixture's cursor move (off any screen the test draws)
    b"\xc2\x9b",           // C1 CSI, UTF-8 encoded
    b"\xc2\x9d",           // C1 OSC
    "\u{202e}".as_bytes(), // right-to-left override
    "\u{2066}".as_bytes(), // left-to-right isolate
    "\u{200b}".as_bytes(), // zero-width space
];

fn assert_clean(what: &str, bytes: &[u8]) {
    for payload in PAYLOADS {
        assert!(
            find(bytes, payload).is_none(),
            "{what} contains {payload:?}"
        );
    }
}

#[test]
fn the_reader_writes_no_control_sequence_from_its_input() {
    let article = hostile_article();
    let mut session = Session::start(&[&article], 120, 40);
    // Draw everything: the article, the claim opened with its response, the help.
    session.wait_text("Claims 1/1");
    session.press("n\tj");
    let screen = session.wait_text("Eve ␛]52;c;ZXhwZXJ0␇");
    assert!(
        screen.contains("Hostile ␛]0;PWNED-TITLE␇ article"),
        "{screen}"
    );
    assert!(screen.contains("␛[2J␛[H clears the screen"), "{screen}");
    assert!(
        screen.contains("userRLO") || screen.contains("user⟨RLO⟩"),
        "{screen}"
    );
    assert!(screen.contains("<9B>31m C1 affiliation"), "{screen}");
    session.press("h");
    session.wait_text("Keys · h or q closes");
    session.press("qq");
    assert_eq!(session.exit_code(), 0);
    let raw = session.raw_output();
    assert_clean("the terminal output", &raw);
    // The only alternate-screen exit is the program's own, at the end.
    let leave = b"\x1b[?1049l";
    let at = find(&raw, leave).expect("left the alternate screen");
    assert!(find(&raw[at + leave.len()..], leave).is_none());
}

#[test]
fn plain_output_and_check_write_no_control_sequence() {
    let article = hostile_article();
    let output = counterpoint(&[&article]);
    assert!(output.status.success());
    assert_clean("plain output", &output.stdout);
    assert!(!output.stdout.contains(&0x1b));
    let text = String::from_utf8(output.stdout).unwrap();
    // Markdown: tabs and spaces between words are one space (no raw tab reaches output).
    assert!(text.contains("Tabs here and a lone CR line."), "{text}");
    assert!(!text.contains('\t'), "{text}");
    let output = counterpoint(&["check", &article]);
    assert_clean("check output", &output.stdout);
}

#[test]
fn error_messages_that_quote_input_are_clean() {
    let dir = scratch("errors");
    let article = write(&dir, "a.md", b"text\n");
    let claims = write(&dir, "evil.toml", b"[[claim]]\nclaimant = \"x\"\nquote = \"q\"\n[[claim.response]]\nexpert = \"e\"\nstance = \"\\u001b]0;x\\u0007\"\nquote = \"r\"\n");
    let output = counterpoint(&[&article, "--claims", &claims]);
    refused(&output, &["unknown stance `␛]0;x␇`"]);
    assert_clean("the error message", &output.stderr);
    // A file name with an escape in it.
    let evil_name = write(&dir, "\x1b]0;name\x07.md", b"\0binary");
    let output = counterpoint(&[&evil_name]);
    assert_eq!(output.status.code(), Some(2));
    assert_clean("the error message", &output.stderr);
}

#[test]
fn encodings_line_endings_and_binary_files() {
    let dir = scratch("encodings");
    let bad = write(&dir, "latin1.md", b"caf\xe9 au lait\n");
    let output = counterpoint(&[&bad]);
    refused(&output, &["latin1.md:1:4: invalid UTF-8", "--lossy"]);
    let output = counterpoint(&["--lossy", &bad]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("caf\u{fffd} au lait"));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("invalid UTF-8 from line 1, column 4")
    );

    // A configuration is never read forgivingly: its hint does not offer the flags that
    // would not help.
    let article = write(&dir, "plain.md", b"text\n");
    let config = write(&dir, "bad-config.toml", b"\xff\xfe x");
    for args in [
        vec![article.as_str(), "--config", config.as_str()],
        vec![
            "--lossy",
            "--force",
            article.as_str(),
            "--config",
            config.as_str(),
        ],
    ] {
        let output = counterpoint(&args);
        refused(
            &output,
            &[
                "bad-config.toml:1:1: invalid UTF-8",
                "convert the file to UTF-8",
            ],
        );
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(
            !said.contains("--lossy") && !said.contains("--force"),
            "{said}"
        );
    }

    let binary = write(&dir, "image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let output = counterpoint(&[&binary]);
    refused(&output, &["looks like a binary file"]);
    let output = counterpoint(&["--force", "--lossy", &binary]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_clean("forced binary", &output.stdout);

    let empty = write(&dir, "empty.md", b"");
    let output = counterpoint(&[&empty]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("empty.md has no text"));

    let crlf = write(
        &dir,
        "crlf.md",
        b"\xef\xbb\xbfOne\r\nline.\r\n\r\nTwo.\rThree.\r\n",
    );
    write(
        &dir,
        "crlf.claims.toml",
        b"[[claim]]\r\nclaimant = \"x\"\r\nquote = \"One line.\"\r\n",
    );
    let output = counterpoint(&["check", &crlf]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let output = counterpoint(&[&crlf]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        !text.contains('\r') && !text.contains('\u{feff}'),
        "{text:?}"
    );
    assert!(text.contains("One line.[1]\n\nTwo. Three.\n"), "{text:?}");
}

/// One 50 MB line: it opens, draws, pages to the end and answers keys, with no panic.
#[test]
fn a_fifty_megabyte_line() {
    use counterpoint::article::Article;

    use counterpoint::document::Document;
    use counterpoint::{Action, update};

    let started = std::time::Instant::now();
    let sentence = "Officials said the claim was false, and experts agreed with them. ";
    let mut text = sentence.repeat(50_000_000 / sentence.len());
    text.push_str("The very last words.");
    let article = Article::from_text("long.md", &text).unwrap();
    let claims = counterpoint::claims::parse_text(
        "long.claims.toml",
        "[[claim]]\nclaimant = \"x\"\nquote = \"The very last words.\"\n",
    )
    .unwrap();
    let mut state = crate::common::reader(Document::new(article, claims), 120, 40);
    common::screen(&state);
    update(&mut state, Action::NextClaim);
    assert_eq!(
        Some(state.view.cursor),
        state.doc.claims[0].start(),
        "n reaches the claim at the very end"
    );
    let row = state.cursor_row().unwrap();
    assert!(common::screen(&state)[row].contains("The very last words."));
    for action in [
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::Resize {
            width: 80,
            height: 24,
        },
    ] {
        update(&mut state, action);
        common::screen(&state);
    }
    // Only the blocks of the 50 MB paragraph that were shown have been wrapped.
    let blocks = state.doc.article.paragraphs.len();
    assert!(blocks > 3000, "{blocks} blocks");
    assert!(
        state.layout.wrapped_blocks() < 20,
        "{} of {blocks} blocks wrapped",
        state.layout.wrapped_blocks()
    );
    eprintln!(
        "50 MB line: loaded, wrapped twice and drawn in {:?}",
        started.elapsed()
    );
}
