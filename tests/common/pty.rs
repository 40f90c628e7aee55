//! A pseudo-terminal session with the built binary, read through a terminal emulator.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub struct Session {
    pub writer: Box<dyn Write + Send>,
    pub parser: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The terminal's side of the pty, kept to read its line discipline ([`Session::raw_mode`]).
    master: Arc<Mutex<Box<dyn portable_pty::MasterPty + Send>>>,
    /// The session's own XDG state directory (removed with it).
    _state_home: tempfile::TempDir,
}

impl Session {
    /// Starts `counterpoint ARGS` in a `cols` × `rows` terminal, with no user configuration.
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with_env(args, &[], cols, rows)
    }

    /// Starts `counterpoint ARGS` with extra environment variables.
    pub fn start_with_env(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_counterpoint"));
        command.args(args);
        for (key, value) in env {
            command.env(key, value);
        }
        Session::spawn(command, cols, rows)
    }

    /// Starts `counterpoint ARGS` in the folder `dir` (its working directory), with extra
    /// environment variables.
    pub fn start_in(
        dir: &std::path::Path,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_counterpoint"));
        command.args(args);
        command.cwd(dir);
        for (key, value) in env {
            command.env(key, value);
        }
        Session::spawn(command, cols, rows)
    }

    /// Runs `script` with `sh -c` in the terminal, `$COUNTERPOINT` naming the binary (for
    /// pipes and redirections).
    pub fn start_shell(script: &str, cols: u16, rows: u16) -> Session {
        let mut command = CommandBuilder::new("sh");
        command.args(["-c", script]);
        command.env("COUNTERPOINT", env!("CARGO_BIN_EXE_counterpoint"));
        Session::spawn(command, cols, rows)
    }

    fn spawn(mut command: CommandBuilder, cols: u16, rows: u16) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        if command.get_env("TERM").is_none() {
            command.env("TERM", "xterm-256color");
        }
        let config_home = std::env::temp_dir().join("counterpoint-e2e-no-config");
        command.env("XDG_CONFIG_HOME", &config_home);
        // A dark background, said the way rxvt says it, so the reader does not wait for an
        // answer to its colour query (the emulator here does not answer).
        if command.get_env("COLORFGBG").is_none() {
            command.env("COLORFGBG", "15;0");
        }
        // Reading places go to a directory of this session's own, unless a test names one.
        let state_home = tempfile::tempdir().unwrap();
        if command.get_env("XDG_STATE_HOME").is_none() {
            command.env("XDG_STATE_HOME", state_home.path());
        }
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
        let master = Arc::new(Mutex::new(pair.master));
        let master_in = master.clone();
        std::thread::spawn(move || {
            // Keep the master open for as long as the reader runs.
            let _master = master_in;
            let mut buffer = [0u8; 8192];
            // The screen shows whole frames only: a frame is one synchronized update
            // (mode 2026), and what comes after a begun update waits here for its end, so
            // a test never reads a frame half drawn (one row new, the next still old).
            let mut pending = Vec::new();
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                raw_in.lock().unwrap().extend_from_slice(&buffer[..n]);
                pending.extend_from_slice(&buffer[..n]);
                let open = rfind(&pending, BEGIN_UPDATE)
                    .filter(|&at| find(&pending[at..], END_UPDATE).is_none());
                let whole = open.unwrap_or(pending.len());
                parser_in.lock().unwrap().process(&pending[..whole]);
                pending.drain(..whole);
            }
        });
        Session {
            writer,
            parser,
            raw,
            child,
            master,
            _state_home: state_home,
        }
    }

    /// The process id of counterpoint, for sending it signals.
    pub fn pid(&self) -> i32 {
        self.child.process_id().expect("a running child") as i32
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn rows(&self) -> Vec<String> {
        let parser = self.parser.lock().unwrap();
        let (_, cols) = parser.screen().size();
        parser.screen().rows(0, cols.get()).collect()
    }

    /// Waits until the screen satisfies `ready`, or fails the test showing the screen.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
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

    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    pub fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Sends a signal (`TERM`, `HUP`, `CONT`, ...) with kill(1).
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([format!("-{name}"), self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -{name} failed");
    }

    /// The process state letter from /proc (R, S, T for stopped, ...).
    pub fn process_state(&self) -> char {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        stat.rsplit(')')
            .next()
            .and_then(|rest| rest.trim().chars().next())
            .unwrap_or('?')
    }

    /// Whether the terminal is in raw mode (no line editing, no echo), as a program left it.
    pub fn raw_mode(&self) -> bool {
        let master = self.master.lock().unwrap();
        let fd = master.as_raw_fd().expect("a unix pty");
        // SAFETY: tcgetattr writes one termios struct; the descriptor is open while held.
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut termios) }, 0, "tcgetattr");
        termios.c_lflag & (libc::ICANON | libc::ECHO) == 0
    }

    /// Waits until `ready` holds for the raw bytes written so far.
    pub fn wait_raw(&self, what: &str, ready: impl Fn(&[u8]) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !ready(&self.raw.lock().unwrap()) {
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {what}; the screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the program to end and returns its exit code.
    pub fn exit_code(&mut self) -> u32 {
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

    pub fn raw_output(&self) -> Vec<u8> {
        // Give the reader thread a moment to take the last bytes.
        std::thread::sleep(Duration::from_millis(100));
        self.raw.lock().unwrap().clone()
    }
}

/// Where a synchronized update begins and ends (what the reader wraps each frame in).
const BEGIN_UPDATE: &[u8] = b"\x1b[?2026h";
const END_UPDATE: &[u8] = b"\x1b[?2026l";

/// Where the last `needle` starts in `haystack`.
fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

impl Drop for Session {
    /// A test that fails part-way leaves no reader running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
