//! The command line's standard output when it is not a terminal that reads: a pipe
//! closed early (`| head -1`) ends quietly, a device that fails every write (`> /dev/full`)
//! is an error, for every subcommand.

use crate::common;

use common::files::{run as counterpoint, scratch, stderr, write};

const ARTICLE: &str = "+++\ntitle = \"A test\"\n+++\nThe minister said the bridge is “safe.”\n\nAn engineer said it is not safe at all.\n";

/// Where a test sends counterpoint's standard output.
#[derive(Clone, Copy, Debug)]
enum Sink {
    /// A pipe whose reader has already gone (`| head -1` after its line).
    ClosedPipe,
    /// A device that fails every write (`> /dev/full`).
    Full,
}

/// Runs counterpoint with its standard output going to `sink`.
fn run_into(args: &[&str], sink: Sink) -> std::process::Output {
    let stdout: std::process::Stdio = match sink {
        Sink::ClosedPipe => {
            let (reader, writer) = std::io::pipe().expect("a pipe");
            drop(reader);
            writer.into()
        }
        Sink::Full => std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
            .into(),
    };
    std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(args)
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("counterpoint-tests-no-config"),
        )
        .stdout(stdout)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("counterpoint runs")
}

/// Every subcommand writes standard output through one path: a closed pipe ends quietly
/// with status 0, any other failure says `standard output: <reason>` with status 2, and
/// no success is reported that did not happen.
#[test]
fn every_subcommand_tells_a_closed_pipe_from_a_failed_write() {
    let dir = scratch("stdout-failures");
    let article = write(&dir, "story.md", ARTICLE);
    write(
        &dir,
        "story.claims.toml",
        "[[claim]]\nclaimant = \"The minister\"\nquote = \"the bridge is safe\"\nsummary = \"The bridge is safe\"\n",
    );
    let generated = dir.join("generated").display().to_string();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let claimreview = format!("{fixtures}/claimreview.jsonld");
    let gold = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/draft");
    let cases: Vec<Vec<&str>> = vec![
        vec![],
        vec![article.as_str()],
        vec!["check"],
        vec!["check", article.as_str()],
        vec!["keys"],
        vec!["render", "--size", "60x20"],
        vec![
            "generate",
            "--out",
            &generated,
            "--megabytes",
            "0.01",
            "--claim-count",
            "3",
        ],
        vec!["import", "claimreview", &claimreview],
        vec!["export", "claimreview"],
        vec!["export", "annotations"],
        vec!["export", "factcheck-api"],
        vec!["draft"],
        vec!["draft", "--score", gold],
        vec!["config"],
        vec!["completions", "bash"],
        vec!["man"],
    ];
    for args in &cases {
        let closed = run_into(args, Sink::ClosedPipe);
        let said = stderr(&closed);
        assert_eq!(
            closed.status.code(),
            Some(0),
            "{args:?} into a closed pipe: {said}"
        );
        assert!(
            !said.contains("panicked") && !said.contains("standard output"),
            "{args:?} into a closed pipe says nothing of it: {said}"
        );
        for success in ["exported", "imported", "drafted", "scored"] {
            assert!(!said.contains(success), "{args:?} claims success: {said}");
        }
        // `generate` never writes over its files: each run makes them anew.
        let _ = std::fs::remove_file(format!("{generated}.md"));
        let _ = std::fs::remove_file(format!("{generated}.claims.toml"));
        let full = run_into(args, Sink::Full);
        let said = stderr(&full);
        assert_eq!(
            full.status.code(),
            Some(2),
            "{args:?} into /dev/full: {said}"
        );
        assert!(
            said.starts_with("counterpoint: standard output: no space left on the device\n"),
            "{args:?} into /dev/full: {said}"
        );
        assert!(!said.contains("panicked"), "{args:?}: {said}");
        for success in ["exported", "imported", "drafted", "scored"] {
            assert!(!said.contains(success), "{args:?} claims success: {said}");
        }
    }
}

/// `check` on an article with many claims, read by `head -1`: the rest of the report
/// meets a closed pipe and ends quietly.
#[test]
fn check_into_head_ends_quietly() {
    let dir = scratch("check-head");
    let name = dir.join("big").display().to_string();
    let made = counterpoint(&[
        "generate",
        "--out",
        &name,
        "--megabytes",
        "0.3",
        "--claim-count",
        "500",
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(["check", &format!("{name}.md")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("counterpoint runs");
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().expect("a pipe")),
        &mut first,
    )
    .expect("a line");
    assert!(!first.is_empty());
    let output = child.wait_with_output().expect("counterpoint ends");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

/// `check` on an article piped in with no claims file says so once, with what to do, and
/// fails; an article on disk names the file it looked for, once.
#[test]
fn check_without_a_claims_file_says_so_once() {
    let piped = common::files::run_with_input(&["check", "-"], "# A title\n\nSome text.\n");
    assert_eq!(piped.status.code(), Some(1));
    let said = String::from_utf8_lossy(&piped.stdout).to_string();
    assert_eq!(
        said, "standard input has no claims file to check; give --claims FILE\n",
        "{said}"
    );
    let dir = scratch("check-once");
    let article = write(&dir, "a.md", "# A title\n\nSome text.\n");
    let named = counterpoint(&["check", &article]);
    assert_eq!(named.status.code(), Some(1));
    let said = String::from_utf8_lossy(&named.stdout).to_string();
    assert_eq!(said.matches("a.claims.toml").count(), 1, "{said}");
    assert_eq!(said.lines().count(), 2, "{said}");
}
