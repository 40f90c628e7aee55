//! The command line's reading and checking: plain output when not a terminal, `check` (and `--fix`), the article from standard input, a claim asked for, and clear errors with exit status 2.

use crate::common;

use common::files::{refused, run as counterpoint, scratch, stderr, stdout, write};

const ARTICLE: &str = "+++\ntitle = \"A test\"\n+++\nThe minister said the bridge is “safe.”\n\nAn engineer said it is not safe at all.\n";

#[test]
fn piped_output_is_plain_text_with_markers_and_endnotes() {
    let output = counterpoint(&["--width", "72"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("Pompeo floats dubious claim that Iran is helping al-Qaida\n"),
        "{text}"
    );
    assert!(text.contains("base,”[1] the outgoing"), "{text}");
    assert!(text.contains("\n\nClaims\n"), "{text}");
    assert!(
        text.contains(
            "\n[1] Mike Pompeo, U.S. Secretary of State (outgoing): Iran is al-Qaida's\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("    ✗ disputes — Colin P. Clarke, director of policy and research at the"),
        "{text}"
    );
    assert!(
        text.lines().all(|l| l.chars().count() <= 72),
        "lines fit the width"
    );
    assert!(
        !text.contains('\x1b'),
        "no escape sequences in plain output"
    );
    for n in 1..=9 {
        assert!(text.contains(&format!("[{n}]")), "marker {n}");
    }
}

#[test]
fn check_reports_every_anchor_of_the_sample() {
    let output = counterpoint(&["check", "--strict"]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains(
            "✓ claim 1 \"new-home-base\" (Mike Pompeo): sample:pompeo-iran-al-qaida.md:8:"
        ),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with(
            "9 claims (9 in the text), 15 responses (15 quoted in the text): no problems"
        ),
        "{text}"
    );
}

#[test]
fn check_fails_on_a_claim_not_in_the_text() {
    let dir = scratch("notfound");
    let article = write(&dir, "bridge.md", ARTICLE);
    write(
        &dir,
        "bridge.claims.toml",
        "[[claim]]\nclaimant = \"Minister\"\nquote = \"the tunnel is safe\"\n\n[[claim]]\nclaimant = \"M\"\nquote = 'the bridge is \"safe.\"'\n\n[[claim.response]]\nexpert = \"Engineer\"\nstance = \"disputes\"\nquote = \"it is not safe\"\n",
    );
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("✓ claim 1 \"c2\" (M): "),
        "anchored claims come first: {text}"
    );
    assert!(
        text.contains("bridge.md:4:19"),
        "straight quotes found the curly text: {text}"
    );
    assert!(
        text.contains("✗ claim 2 \"c1\" (Minister): not found in the article"),
        "{text}"
    );
    assert!(
        text.contains("1 response (1 quoted in the text): 1 problem"),
        "{text}"
    );
}

#[test]
fn the_reader_without_a_claims_file_warns_and_check_fails() {
    let dir = scratch("noclaims");
    let article = write(&dir, "bridge.md", ARTICLE);
    let output = counterpoint(&[&article]);
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("warning: no claims file: looked for"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("The minister said the bridge is “safe.”"));
    assert_eq!(counterpoint(&["check", &article]).status.code(), Some(1));
}

/// A claims file named with --claims and not there: `check` and every export refuse with
/// status 2 and name it (they would report or write nothing, as if all were well), while
/// the reader opens, as it makes the file at the first claim recorded.
#[test]
fn a_missing_claims_file_named_is_refused_by_check_and_export() {
    let dir = scratch("typo-claims");
    let article = write(&dir, "bridge.md", ARTICLE);
    let typo = dir.join("typo.claims.toml").display().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["check", &article, "--claims", &typo],
        vec!["check", "--fix", &article, "--claims", &typo],
        vec!["export", "annotations", &article, "--claims", &typo],
        vec!["export", "claimreview", &article, "--claims", &typo],
    ];
    for args in commands {
        let output = counterpoint(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("typo.claims.toml: no such claims file"),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
    assert!(!std::path::Path::new(&typo).exists());
    let output = counterpoint(&[&article, "--claims", &typo]);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// Each bad input: exit status 2, one message naming the file (and line and column).
#[test]
fn bad_input_gets_a_clear_error_and_status_2() {
    let dir = scratch("bad");
    let article = write(&dir, "bridge.md", ARTICLE);
    let cases: &[(&str, &str, &str)] = &[
        (
            "malformed.toml",
            "[[claim]\nclaimant = \"x\"\n",
            "malformed.toml:1:",
        ),
        (
            "types.toml",
            "[[claim]]\nclaimant = [1]\nquote = \"q\"\n",
            "types.toml:2:12: invalid type",
        ),
        (
            "dup.toml",
            "[[claim]]\nid = \"a\"\nclaimant = \"x\"\nquote = \"q\"\n[[claim]]\nid = \"a\"\nclaimant = \"x\"\nquote = \"r\"\n",
            "dup.toml:6:6: duplicate claim id \"a\"",
        ),
        (
            "stance.toml",
            "[[claim]]\nclaimant = \"x\"\nquote = \"q\"\n[[claim.response]]\nexpert = \"e\"\nstance = \"refutes\"\nquote = \"r\"\n",
            "stance.toml:6:10: unknown stance `refutes`",
        ),
        (
            "orphan.toml",
            "[[claim.response]]\nexpert = \"e\"\nstance = \"context\"\nquote = \"r\"\n",
            "orphan.toml:1:",
        ),
    ];
    for (name, text, expected) in cases {
        let claims = write(&dir, name, text);
        let output = counterpoint(&[&article, "--claims", &claims]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        assert!(message.starts_with("counterpoint: "), "{message}");
        assert!(
            message.contains(expected),
            "{name}: expected {expected:?} in {message}"
        );
        assert!(!message.contains("panicked"), "{message}");
    }
    let output = counterpoint(&[&dir.join("missing.md").display().to_string()]);
    refused(&output, &["missing.md: no such file"]);
    let config = write(&dir, "config.toml", "[layout]\nmax_text_widht = 70\n");
    let output = counterpoint(&["--config", &config]);
    refused(
        &output,
        &["config.toml:2:1: unknown field `max_text_widht`"],
    );
}

#[test]
fn a_quote_found_many_times_with_nothing_to_choose_is_reported() {
    let dir = scratch("ambiguous");
    let article = write(
        &dir,
        "safe.md",
        "Then: it is safe, he said. Engineers said it is safe only for cars.\n",
    );
    write(
        &dir,
        "safe.claims.toml",
        "[[claim]]\nclaimant = \"Minister\"\nquote = \"it is safe\"\n",
    );
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("✗ claim 1 \"c1\" (Minister): ambiguous: fits 2 places about equally well (at 1:7, 1:43); add a prefix or suffix to choose"),
        "{text}"
    );
    assert!(
        text.contains("1 claim (0 in the text)"),
        "not placed: {text}"
    );
    let output = counterpoint(&[&article]);
    assert!(stderr(&output).contains("warning: claim 1 \"c1\": quote fits 2 places about equally well, so it is not placed (add a prefix or suffix to choose)"), "{}", stderr(&output));
    // A prefix settles it.
    write(
        &dir,
        "safe.claims.toml",
        "[[claim]]\nclaimant = \"Minister\"\nquote = \"it is safe\"\nprefix = \"Engineers said\"\n",
    );
    let output = counterpoint(&["check", &article]);
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("safe.md:1:43 (one of 2 matches, chosen by prefix/suffix)"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_fix_refreshes_hints_in_place_and_the_next_check_finds_them_exact() {
    let dir = scratch("fix");
    let article = write(&dir, "bridge.md", ARTICLE);
    let claims = "# Hand-written.\r\n[[claim]]\r\nclaimant = \"M\"  # the minister\r\nquote = \"the bridge is “safe.”\"\r\nposition = [0, 5]\r\n";
    let path = write(&dir, "bridge.claims.toml", format!("\u{feff}{claims}"));
    let before = stdout(&counterpoint(&["check", &article]));
    assert!(before.contains("(moved from its position hint"), "{before}");
    let output = counterpoint(&["check", "--fix", &article]);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains(
            "refreshed the prefix, suffix and position of 1 quote (formatting and comments kept)"
        ),
        "{text}"
    );
    assert!(text.contains("✓ claim 1 \"c1\" (M): "), "{text}");
    assert!(!text.contains("moved"), "checked after fixing: {text}");
    let written = std::fs::read(&path).unwrap();
    let written = String::from_utf8(written).unwrap();
    assert_eq!(
        written,
        "\u{feff}# Hand-written.\r\n[[claim]]\r\nclaimant = \"M\"  # the minister\r\nquote = \"the bridge is “safe.”\"\r\nposition = [18, 39]\r\nprefix = \"The minister said \"\r\nsuffix = \" An engineer said it is not\"\r\n",
        "byte-order mark, line endings and comments kept"
    );
    let again = stdout(&counterpoint(&["check", "--fix", &article]));
    assert!(
        again.contains("every hint is already up to date"),
        "{again}"
    );
    // The sample has no file to fix.
    let output = counterpoint(&["check", "--fix"]);
    refused(&output, &["--fix rewrites a claims file"]);
}

#[test]
fn a_dash_reads_the_article_from_standard_input() {
    use common::files::run_with_input;
    let dir = scratch("stdin");
    let claims = write(
        &dir,
        "bridge.claims.toml",
        "[[claim]]\nclaimant = \"Minister\"\nquote = 'the bridge is \"safe.\"'\n",
    );
    let output = run_with_input(&["-", "--claims", &claims], ARTICLE);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("A test\n"), "{text}");
    assert!(text.contains("“safe.”[1]"), "{text}");
    let output = run_with_input(&["check", "-", "--claims", &claims], ARTICLE);
    let text = stdout(&output);
    assert!(
        text.contains("✓ claim 1 \"c1\" (Minister): standard input:4:19"),
        "{text}"
    );
    // Without --claims there is nothing beside standard input to look for.
    let output = run_with_input(&["-"], ARTICLE);
    assert!(
        stderr(&output).contains("the article came from standard input; give --claims FILE"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_claim_asked_for_that_is_not_there_names_the_ones_that_are() {
    let output = counterpoint(&["--claim", "home-base"]);
    refused(
        &output,
        &[
            "--claim home-base: no such claim in",
            "give an id (new-home-base, repeated-tie,",
            "or a number from 1 to 9",
        ],
    );
    // A number or an id that is there is fine (the plain-text output ignores the place).
    assert!(counterpoint(&["--claim", "9"]).status.success());
    assert!(
        counterpoint(&["--claim", "al-masri", "+12"])
            .status
            .success()
    );
}

/// Every command that writes a file refuses one in a folder that is not there before it
/// works, naming the folder and what to do (`draft` said `no such file` after drafting,
/// naming the file): `draft`, `export` in each format, `generate`, nested or one deep, as
/// `generate` already said it. Nothing is made.
#[test]
fn a_file_in_a_missing_folder_is_refused_naming_the_folder() {
    let dir = scratch("missing-folder");
    let article = write(&dir, "a.md", ARTICLE);
    for depth in [1, 3] {
        let folder = (0..depth).fold(dir.clone(), |d, i| d.join(format!("gone{i}")));
        let named = format!("gone{}", depth - 1);
        let out = |name: &str| folder.join(name).display().to_string();
        let runs: Vec<Vec<String>> = vec![
            vec![
                "draft".into(),
                article.clone(),
                "--out".into(),
                out("x.claims.toml"),
            ],
            vec![
                "export".into(),
                "claimreview".into(),
                article.clone(),
                "--out".into(),
                out("x.json"),
            ],
            vec![
                "export".into(),
                "annotations".into(),
                article.clone(),
                "--out".into(),
                out("x.json"),
            ],
            vec![
                "generate".into(),
                "--out".into(),
                out("x"),
                "--megabytes".into(),
                "0.01".into(),
            ],
        ];
        for args in runs {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let message = refused(
                &counterpoint(&args),
                &[
                    &format!("{named}: no such folder"),
                    "mkdir -p",
                    "a folder that exists",
                ],
            );
            assert!(!message.contains("no such file"), "{args:?}: {message}");
            assert!(!dir.join("gone0").exists(), "{args:?}: made something");
        }
    }
}

/// `check`'s last line and its exit status agree whatever fails it: for claims files with
/// none, one or two dates that are no calendar date and none or one quote the article does
/// not hold, the line counts every problem by kind (it said "no problems" above the date
/// warnings and exited 1), the problems are listed above it, and the status is 1 exactly
/// when it counts any.
#[test]
fn check_s_summary_counts_every_problem_its_exit_status_counts() {
    let dir = scratch("check-agrees");
    let article = write(&dir, "a.md", ARTICLE);
    let quotes = ["the bridge is “safe.”", "it is not safe at all"];
    for bad_dates in 0..=2 {
        for missing in 0..=1 {
            let mut file = String::new();
            for (i, quote) in quotes.iter().enumerate() {
                let quote = if i < missing {
                    "a quote the article never held"
                } else {
                    quote
                };
                let date = if i < bad_dates {
                    "2021-02-30"
                } else {
                    "2021-02-28"
                };
                file.push_str(&format!(
                    "[[claim]]\nid = \"c{i}\"\nclaimant = \"Someone\"\nquote = \"{quote}\"\ndate = \"{date}\"\n\n"
                ));
            }
            write(&dir, "a.claims.toml", file);
            let check = counterpoint(&["check", &article]);
            let report = stdout(&check);
            let last = report.lines().last().unwrap_or_default();
            let problems = bad_dates + missing;
            let case = format!("{bad_dates} dates, {missing} quotes: {report}");
            assert_eq!(check.status.code(), Some(i32::from(problems > 0)), "{case}");
            if problems == 0 {
                assert!(last.ends_with(": no problems"), "{case}");
                continue;
            }
            assert!(!report.contains("no problems"), "{case}");
            let plural = if problems == 1 { "problem" } else { "problems" };
            assert!(last.contains(&format!(": {problems} {plural} (")), "{case}");
            assert_eq!(last.contains("no calendar date"), bad_dates > 0, "{case}");
            assert_eq!(last.contains("not placed"), missing > 0, "{case}");
            assert!(last.contains("check again"), "{case}");
            let marked = report
                .lines()
                .filter(|l| l.trim_start().starts_with('✗'))
                .count();
            assert_eq!(marked, problems, "{case}");
        }
    }
}

/// A claims file's date that is no calendar date (`2021-02-30`, `yesterday`, in either
/// kind of string) is held to the form's rule everywhere, placed at its line and column:
/// `check` lists it and exits 1 (it passed), an export leaves it out of the JSON-LD and
/// says where it was (it wrote `datePublished: "yesterday"`), plain output warns on
/// standard error; real dates of every precision pass untouched.
#[test]
fn a_date_that_is_no_calendar_date_is_said_at_its_place_everywhere() {
    let dir = scratch("bad-dates");
    let article = write(&dir, "a.md", ARTICLE);
    let claims = |first: &str, second: &str| {
        format!(
            "[[claim]]\nid = \"safe\"\nclaimant = \"The minister\"\nquote = \"the bridge is “safe.”\"\nverdict = \"False\"\ndate = \"{first}\"\n\n[[claim]]\nid = \"not-safe\"\nclaimant = \"An engineer\"\nquote = \"it is not safe at all\"\nverdict = \"True\"\ndate =  '{second}'\n"
        )
    };
    for (first, second) in [("2021-02-30", "yesterday"), ("2021-13", "2020-02-29x")] {
        write(&dir, "a.claims.toml", claims(first, second));
        let check = counterpoint(&["check", &article]);
        assert_eq!(check.status.code(), Some(1), "{}", stdout(&check));
        let report = stdout(&check);
        assert!(
            report.contains(&format!(
                "a.claims.toml:6:8: the date `{first}` is no calendar date"
            )),
            "{report}"
        );
        assert!(
            report.contains(&format!(
                "a.claims.toml:13:9: the date `{second}` is no calendar date"
            )),
            "{report}"
        );
        let export = counterpoint(&["export", "claimreview", &article]);
        assert!(export.status.success(), "{}", stderr(&export));
        let json = stdout(&export);
        assert!(!json.contains(first) && !json.contains(second), "{json}");
        assert!(
            stderr(&export).contains("left out 2 dates that are no calendar date"),
            "{}",
            stderr(&export)
        );
        let plain = counterpoint(&[&article]);
        assert!(
            stderr(&plain).contains(&format!("a.claims.toml:6:8: the date `{first}`")),
            "{}",
            stderr(&plain)
        );
    }
    // Real dates at every precision: nothing said, `check` passes, the export keeps them.
    write(
        &dir,
        "a.claims.toml",
        claims("2021-01-12", "2020-02-29").replace("date =  '2020-02-29'", "date = \"2021\""),
    );
    let check = counterpoint(&["check", &article]);
    assert!(check.status.success(), "{}", stdout(&check));
    assert!(
        !stdout(&check).contains("calendar date"),
        "{}",
        stdout(&check)
    );
    let json = stdout(&counterpoint(&["export", "claimreview", &article]));
    assert!(json.contains("2021-01-12"), "{json}");
}
