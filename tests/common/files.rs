//! Running the built binary on files made for one test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `counterpoint ARGS` to completion, with no user configuration.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(args)
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("counterpoint-tests-no-config"),
        )
        .output()
        .expect("counterpoint runs")
}

/// Runs counterpoint with `input` on its standard input.
pub fn run_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(args)
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("counterpoint-tests-no-config"),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("counterpoint runs");
    // A run that ends without reading its input (a refusal, or an article named, so the
    // pipe is not read) closes the pipe first: that is no failure of the test.
    let written = child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(input.as_bytes());
    if let Err(err) = written {
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::BrokenPipe,
            "input written: {err}"
        );
    }
    child.wait_with_output().expect("counterpoint ends")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh, empty directory for one test's files.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("counterpoint-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `contents` to `dir/name` and returns the path as text.
pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.display().to_string()
}

/// Asserts that `output` is a refusal: exit status 2 and every one of `fragments` in its
/// standard error (shown whole when one is missing). Returns standard error.
#[track_caller]
pub fn refused(output: &Output, fragments: &[&str]) -> String {
    let message = stderr(output);
    assert_eq!(
        output.status.code(),
        Some(2),
        "status of a refusal: {message}"
    );
    for fragment in fragments {
        assert!(message.contains(fragment), "{fragment:?} not in: {message}");
    }
    message
}
