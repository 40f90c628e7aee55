//! End-to-end tests: the built binary in a pseudo-terminal, keys pressed, the screen read
//! back through a terminal emulator (vt100).

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Session {
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    /// Starts `counterpoint ARGS` in a `cols` × `rows` terminal, with no user configuration.
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_counterpoint"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        let config_home = std::env::temp_dir().join("counterpoint-e2e-no-config");
        command.env("XDG_CONFIG_HOME", &config_home);
        let child = pair
            .slave
            .spawn_command(command)
            .expect("counterpoint starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (parser_in, raw_in) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            // Keep the master open for as long as the reader runs.
            let _master = pair.master;
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                parser_in.lock().unwrap().process(&buffer[..n]);
                raw_in.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
        });
        Session {
            writer,
            parser,
            raw,
            child,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn rows(&self) -> Vec<String> {
        let parser = self.parser.lock().unwrap();
        let (_, cols) = parser.screen().size();
        parser.screen().rows(0, cols.get()).collect()
    }

    /// Waits until the screen satisfies `ready`, or fails the test showing the screen.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the program to end and returns its exit code.
    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("counterpoint did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn raw_output(&self) -> Vec<u8> {
        // Give the reader thread a moment to take the last bytes.
        std::thread::sleep(Duration::from_millis(100));
        self.raw.lock().unwrap().clone()
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

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
    session.press("?");
    let help = session.wait_text("Keys · ? or q closes");
    assert!(
        help.contains("next claim") && help.contains("Ctrl-d"),
        "{help}"
    );
    session.press("q");
    session.wait_for("the help to close", |s| !s.contains("Keys · ? or q closes"));
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
    session.press("\x1b");
    assert_eq!(session.exit_code(), 0);
}
