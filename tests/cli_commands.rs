//! The command line's own commands and definitions: `--help` and `--version` everywhere, `keys`, `config`, completions and the man page, numeric limits, `render` and the README's captures and quick start, places to open at.

use crate::common;

use common::files::{refused, run as counterpoint, scratch, stderr, stdout, write};

#[test]
fn keys_prints_the_table_the_readme_shows() {
    let output = counterpoint(&["keys"]);
    assert!(output.status.success());
    let table = stdout(&output);
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- keys:start -->\n")
        .expect("README marks its key table")
        + "<!-- keys:start -->\n".len();
    let end = readme.find("<!-- keys:end -->").unwrap();
    assert_eq!(
        &readme[start..end],
        table,
        "README's key table is out of date: paste `counterpoint keys`"
    );
}

#[test]
fn version_and_help() {
    let output = counterpoint(&["--version"]);
    assert_eq!(
        stdout(&output).trim(),
        format!("counterpoint {}", env!("CARGO_PKG_VERSION"))
    );
    let help = stdout(&counterpoint(&["--help"]));
    assert!(
        help.contains("Usage: counterpoint [OPTIONS] [ARTICLE]") && help.contains("check"),
        "{help}"
    );
}

/// Every way of asking for help succeeds: `--help` and `-h` on the program and on each
/// subcommand, `help X`, and help asked of `help` itself.
#[test]
fn every_help_exits_0() {
    let subcommands = [
        "check",
        "keys",
        "config",
        "completions",
        "man",
        "import",
        "export",
        "generate",
        "draft",
        "render",
        "help",
    ];
    let mut lines: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    for sub in subcommands {
        lines.push(vec![sub, "--help"]);
        lines.push(vec![sub, "-h"]);
        lines.push(vec!["help", sub]);
        lines.push(vec!["help", sub, "--help"]);
    }
    for words in lines {
        let output = counterpoint(&words);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{words:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).contains("Usage:"), "{words:?}");
    }
    // Help for what is not a subcommand is still an error.
    refused(&counterpoint(&["help", "nonsense"]), &["nonsense"]);
}

/// Numbers out of range are refused, naming the option, the limit and what to give, never
/// quietly changed.
/// The options of the reader that a subcommand may or may not take, with a value to give.
const READER_OPTIONS: [(&str, Option<&str>); 7] = [
    ("--save", Some("x.html")),
    ("--claims", Some("x.claims.toml")),
    ("--config", Some("x.toml")),
    ("--lossy", None),
    ("--force", None),
    ("--width", Some("72")),
    ("--claim", Some("1")),
];

/// Whether a help lists `option` (`--claims <FILE>  The claims…`, or `--lossy` alone on
/// its line where the help is long).
fn lists(help: &str, option: &str) -> bool {
    help.lines().map(str::trim_start).any(|line| {
        line.strip_prefix(option)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// Each subcommand's help lists only the options it takes (every help listed `--save`,
/// `--claims`, `--config`, `--lossy` and `--force`), and one it does not take is refused
/// with status 2, the option named with where it belongs (`man --save x.html` was taken
/// and did nothing). What a help lists and what is refused agree, subcommand by
/// subcommand.
#[test]
fn a_subcommand_lists_only_its_own_options_and_refuses_the_others_saying_where_they_go() {
    let dir = scratch("misplaced-options");
    let article = write(&dir, "a.md", "Some words.\n");
    let subcommands: [&[&str]; 10] = [
        &["check"],
        &["keys"],
        &["config"],
        &["completions", "bash"],
        &["man"],
        &["import", "claimreview", "nothing.json"],
        &["export", "annotations"],
        &["generate", "--out", "nowhere/x"],
        &["draft", "--out", "-"],
        &["render"],
    ];
    let mut refused_somewhere = 0;
    for words in subcommands {
        let name = words[0];
        let help = stdout(&counterpoint(&[name, "--help"]));
        for (option, value) in READER_OPTIONS {
            let listed = lists(&help, option);
            if listed {
                continue;
            }
            refused_somewhere += 1;
            let mut args: Vec<&str> = words.to_vec();
            args.push(option);
            args.extend(value);
            let output = counterpoint(&args);
            refused(
                &output,
                &[
                    &format!("{option} is not an option of `{name}`"),
                    "it belongs to",
                    &format!("`counterpoint {name} --help`"),
                ],
            );
        }
        let _ = &article;
    }
    // The reader's own options are listed where they are used, and nowhere else.
    let listed =
        |name: &str, option: &str| lists(&stdout(&counterpoint(&[name, "--help"])), option);
    for name in ["check", "export", "draft", "render"] {
        assert!(
            listed(name, "--claims") && listed(name, "--lossy"),
            "{name}"
        );
    }
    for name in ["man", "config", "completions", "generate", "import"] {
        for option in ["--save", "--claims", "--config", "--lossy", "--force"] {
            assert!(!listed(name, option), "{name} lists {option}");
        }
    }
    assert!(listed("keys", "--config") && !listed("keys", "--claims"));
    assert!(refused_somewhere > 20, "{refused_somewhere}");
}

#[test]
fn numeric_options_out_of_range_are_refused_with_the_limit() {
    for width in ["0", "19", "-3", "wide"] {
        refused(
            &counterpoint(&["--width", width, "x.md"]),
            &["--width", "20 or more"],
        );
    }
    let ok = counterpoint(&["--width", "20"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    for size in ["100000x40", "120x1001", "70000x70000"] {
        refused(
            &counterpoint(&["render", "--size", size]),
            &["--size", "from 1 to 1000", "within 1000x1000, such as"],
        );
    }
    refused(
        &counterpoint(&["render", "--size", "120x100000"]),
        &["such as 120x1000"],
    );
    refused(
        &counterpoint(&["render", "--size", "big"]),
        &["--size big: give COLUMNSxROWS"],
    );
    // `generate`'s numbers: zero, huge, negative and not numbers, each option named with
    // its limit, before any file is written.
    for megabytes in ["0", "-1", "2001", "1e9", "NaN", "inf", "big"] {
        refused(
            &counterpoint(&["generate", "--out", "never", "--megabytes", megabytes]),
            &["--megabytes", "at most 2000", "such as 20"],
        );
    }
    for count in ["0", "-5", "1000001", "99999999999999999999", "many"] {
        refused(
            &counterpoint(&["generate", "--out", "never", "--claim-count", count]),
            &["--claim-count", "from 1 to 1000000", "such as 20000"],
        );
    }
    for seed in ["-1", "18446744073709551616", "x"] {
        refused(
            &counterpoint(&["generate", "--out", "never", "--seed", seed]),
            &["--seed", "from 0 to 18446744073709551615", "such as 1"],
        );
    }
    assert!(!std::path::Path::new("never.md").exists());
}

#[test]
fn render_prints_the_screen_after_keys() {
    let output = counterpoint(&["render", "--size", "100x30", "--keys", "nnn<Tab>j"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let screen = stdout(&output);
    let rows: Vec<&str> = screen.lines().collect();
    assert_eq!(rows.len(), 30);
    assert!(rows[29].contains("claim 3 of 9"), "{screen}");
    assert!(
        screen.contains("▌ ≈ qualifies · Nelly Lahoud ↵"),
        "{screen}"
    );
    let output = counterpoint(&["render", "--size", "wide"]);
    refused(&output, &["--size wide: give COLUMNSxROWS"]);
}

/// The screen shown at the top of the README is what `render` prints for it today.
#[test]
fn the_readme_capture_is_the_current_screen() {
    let readme = include_str!("../README.md");
    let start = readme.find("```text\n").unwrap() + "```text\n".len();
    let end = start + readme[start..].find("```\n").unwrap();
    let output = common::files::run(&["render", "--size", "120x36", "--keys", "nnn"]);
    assert_eq!(
        &readme[start..end],
        common::files::stdout(&output),
        "regenerate it with: counterpoint render --size 120x36 --keys nnn"
    );
}

/// `counterpoint config` prints the default configuration a user with only the binary
/// can start from, and a configuration error points to it.
#[test]
fn config_prints_the_defaults_and_errors_point_to_it() {
    let output = counterpoint(&["config"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert_eq!(text, include_str!("../config.toml"));
    let dir = scratch("config-command");
    let written = write(&dir, "config.toml", &text);
    let keys = counterpoint(&["keys", "--config", &written]);
    assert!(
        keys.status.success(),
        "the printed defaults load: {}",
        stderr(&keys)
    );
    let broken = write(&dir, "broken.toml", "[layout]\nmax_text_widht = 70\n");
    let output = counterpoint(&["keys", "--config", &broken]);
    refused(
        &output,
        &["hint: `counterpoint config` prints every option"],
    );
}

/// Completions for every shell clap_complete knows, and a man page, from the same
/// definitions as `--help`.
#[test]
fn completions_and_the_man_page_come_from_the_command_line_definitions() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef counterpoint"),
        ("fish", "complete -c counterpoint"),
        ("elvish", "edit:completion:arg-completer[counterpoint]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let output = counterpoint(&["completions", shell]);
        assert!(output.status.success(), "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        assert!(script.contains(mark), "{shell}: {script}");
        for subcommand in [
            "check",
            "draft",
            "export",
            "render",
            "config",
            "completions",
        ] {
            assert!(
                script.contains(subcommand),
                "{shell} completes {subcommand}"
            );
        }
    }
    let output = counterpoint(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2), "an unknown shell is refused");
    let man = counterpoint(&["man"]);
    assert!(man.status.success());
    let page = stdout(&man);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH counterpoint"),
        "{page}"
    );
    assert!(
        page.contains("counterpoint\\-check") || page.contains("check"),
        "{page}"
    );
}

/// `render` takes every way of opening at a place that the reader takes (`+N`, `+N%`,
/// `--claim`), and a space in `--keys` is the Space key, as the README says.
#[test]
fn render_opens_where_the_reader_opens_and_takes_a_space() {
    let status = |args: &[&str]| {
        let output = counterpoint(args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        stdout(&output)
            .lines()
            .last()
            .unwrap_or_default()
            .to_string()
    };
    let top = status(&["render", "--size", "80x10"]);
    let half = status(&["render", "--size", "80x10", "+50%"]);
    let line = status(&["render", "--size", "80x10", "+17"]);
    assert_ne!(half, top, "+50% opens elsewhere");
    assert_ne!(line, top, "+17 opens elsewhere");
    assert_ne!(half, line);
    assert_eq!(
        status(&["render", "+50%", "--size", "80x10"]),
        half,
        "+N% before or after the subcommand's options"
    );
    assert!(half.contains("claim 7 of 9"), "{half}");
    let claim = status(&["render", "--size", "80x10", "--claim", "3"]);
    assert!(claim.contains("claim 3 of 9"), "{claim}");
    assert_eq!(
        status(&[
            "render",
            "--size",
            "80x10",
            "--claim",
            "freedom-of-movement"
        ]),
        claim
    );
    assert_eq!(
        status(&["render", "--size", "80x10", "--keys", " "]),
        status(&["render", "--size", "80x10", "--keys", "<Space>"])
    );
    assert_ne!(status(&["render", "--size", "80x10", "--keys", " "]), top);
    let unknown = counterpoint(&["render", "--claim", "42"]);
    refused(&unknown, &["--claim 42: no such claim"]);
}

/// The README's quick start works as written: its article and three-field claims file
/// open, and `check` finds the claim exactly.
#[test]
fn the_readme_quick_start_works_as_written() {
    let readme = include_str!("../README.md");
    let block_after = |label: &str| {
        let at = readme
            .find(label)
            .unwrap_or_else(|| panic!("{label} in the README"));
        let rest = &readme[at..];
        let open = rest.find("```").expect("a code block");
        let body = &rest[open..];
        let start = body.find('\n').expect("a fence line") + 1;
        let end = body[start..].find("```").expect("a closing fence");
        body[start..start + end].to_string()
    };
    let dir = scratch("quick-start");
    let article = write(&dir, "story.md", block_after("`story.md`:"));
    write(
        &dir,
        "story.claims.toml",
        block_after("`story.claims.toml`:"),
    );
    let output = counterpoint(&["check", &article]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(stdout(&output).contains("✓"), "{}", stdout(&output));
    let plain = counterpoint(&[&article]);
    assert!(
        stdout(&plain).contains("[1] The mayor"),
        "{}",
        stdout(&plain)
    );
}

/// Small things a newcomer met on the command line: a percentage past 100 is explained,
/// and `--keys` takes keys that begin with a hyphen.
#[test]
fn a_place_past_the_end_is_explained_and_keys_may_start_with_a_hyphen() {
    let output = counterpoint(&["render", "+150%"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "counterpoint: +150%: a place in percent is +0% to +100% of the way through\n"
    );
    for bad in ["+-5%", "+50.5%", "+-3"] {
        let output = counterpoint(&["render", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(stderr(&output).starts_with(&format!("counterpoint: {bad}: a place")));
    }
    // Written with letters: a mistyped place unless a file has that name.
    for (args, bad) in [
        (vec!["+abc", "s.md"], "+abc"),
        (vec!["render", "+50x%"], "+50x%"),
    ] {
        let output = counterpoint(&args);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert_eq!(
            stderr(&output),
            format!(
                "counterpoint: {bad}: no such file, and no place: a place is +N (line N, +120) or +N% (+50% is half way)\n"
            )
        );
    }
    let dir = scratch("plus-named-file");
    std::fs::write(
        dir.join("+notes.md"),
        "Words of a file whose name begins with a plus.\n",
    )
    .unwrap();
    let named = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .current_dir(&dir)
        .arg("+notes.md")
        .output()
        .unwrap();
    assert!(named.status.success(), "{}", stderr(&named));
    assert!(
        stdout(&named).contains("Words of a file"),
        "{}",
        stdout(&named)
    );
    let output = counterpoint(&["render", "--size", "60x10", "--keys", "----"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("text 37 columns wide"),
        "{}",
        stdout(&output)
    );
}
