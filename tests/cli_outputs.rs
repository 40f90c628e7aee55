//! What the command line writes and where: drafts in exports, `-` as standard output for
//! every output path, a new `--claims` file, an article piped in with no name.

use crate::common;

use common::files::{refused, run as counterpoint, run_with_input, scratch, stderr, stdout, write};
use serde_json::Value;

/// An article of three sentences, each quoted by a claim below.
const FERRY: &str = "# The ferry\n\nThe mayor said the ferry \"will run every hour.\"\n\n\
A harbour engineer said the pier \"cannot take the weight.\"\n\n\
The council said the fares \"will not go up this year.\"\n";

/// One reviewed claim with a reviewed and a drafted response, one drafted claim with a
/// response, and one reviewed claim with none: 3 drafted entries in all.
const CLAIMS: &str = r#"[[claim]]
id = "hourly"
claimant = "The mayor"
quote = "will run every hour."
verdict = "Unproven"

[[claim.response]]
expert = "Ada Wharf"
stance = "disputes"
quote = "cannot take the weight."

[[claim.response]]
expert = "A council officer"
stance = "context"
quote = "will not go up this year."
draft = true
confidence = 0.4

[[claim]]
id = "pier"
claimant = "A harbour engineer"
quote = "cannot take the weight."
verdict = "False"
draft = true
confidence = 0.72

[[claim.response]]
expert = "The mayor"
stance = "disputes"
quote = "will run every hour."
draft = true
confidence = 0.5

[[claim]]
id = "fares"
claimant = "The council"
quote = "will not go up this year."
verdict = "True"
"#;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The article and its claims file in a fresh folder; returns the article's path.
fn ferry(dir: &std::path::Path) -> String {
    write(dir, "ferry.claims.toml", CLAIMS);
    write(dir, "ferry.md", FERRY)
}

#[test]
fn every_export_leaves_drafts_out_and_says_how_many() {
    let dir = scratch("drafts-out");
    let article = ferry(&dir);
    for (format, count) in [
        ("annotations", "exported 3 annotations"),
        ("claimreview", "exported 2 ClaimReviews"),
        ("factcheck-api", "exported 2 claims"),
    ] {
        let output = counterpoint(&["export", format, &article]);
        assert!(output.status.success(), "{}", stderr(&output));
        let said = stderr(&output);
        assert!(
            said.contains(&format!(
                "{count}; left out 3 drafts not yet reviewed (--drafts includes them, marked as drafts)"
            )),
            "{format}: {said}"
        );
        let text = stdout(&output);
        // Nothing drafted is in it: the drafted claim (its verdict), a drafted response, a mark.
        for drafted in ["False", "A council officer", "\"draft\"", "Draft"] {
            assert!(!text.contains(drafted), "{format}: {drafted} in {text}");
        }
        json(&text);
    }
}

#[test]
fn with_drafts_every_export_marks_them_in_its_own_way() {
    let dir = scratch("drafts-in");
    let article = ferry(&dir);
    let run = |format: &str| {
        let output = counterpoint(&["export", format, &article, "--drafts"]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(
            !stderr(&output).contains("left out 3 drafts"),
            "{}",
            stderr(&output)
        );
        json(&stdout(&output))
    };
    // Web Annotation: the cp: fields say draft and confidence, as the claims file does.
    let annotations = run("annotations");
    let items = annotations["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    let drafted: Vec<(&str, f64)> = items
        .iter()
        .filter_map(|a| {
            let ours = a.get("cp:claim").or_else(|| a.get("cp:response"))?;
            (ours["draft"] == Value::Bool(true)).then(|| {
                (
                    a["id"].as_str().unwrap(),
                    ours["confidence"].as_f64().unwrap(),
                )
            })
        })
        .collect();
    assert_eq!(
        drafted,
        [
            ("urn:counterpoint:claim:hourly:response:2", 0.4),
            ("urn:counterpoint:claim:pier", 0.72),
            ("urn:counterpoint:claim:pier:response:1", 0.5),
        ]
    );
    // Reviewed entries carry no mark at all.
    let reviewed = items
        .iter()
        .filter(|a| !a.to_string().contains("\"draft\""))
        .count();
    assert_eq!(reviewed, 3);
    // ClaimReview: schema.org's creativeWorkStatus, on the drafted claim's review only.
    let reviews = run("claimreview");
    let statuses: Vec<&Value> = reviews
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["creativeWorkStatus"])
        .collect();
    assert_eq!(
        statuses,
        [&Value::Null, &Value::from("Draft"), &Value::Null]
    );
    // The Fact Check Tools API form has no status: the claim says draft, as the file does.
    let api = run("factcheck-api");
    let marks: Vec<&Value> = api["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["draft"])
        .collect();
    assert_eq!(marks, [&Value::Null, &Value::Bool(true), &Value::Null]);
}

#[test]
fn drafted_annotations_import_as_drafts_and_reviewed_ones_do_not() {
    let dir = scratch("drafts-round");
    let article = ferry(&dir);
    let exported = dir.join("ferry.jsonld").display().to_string();
    let output = counterpoint(&[
        "export",
        "annotations",
        &article,
        "--drafts",
        "--out",
        &exported,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = counterpoint(&["import", "annotations", &exported]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.matches("draft = true").count(), 3, "{text}");
    for confidence in ["confidence = 0.72", "confidence = 0.4", "confidence = 0.5"] {
        assert!(text.contains(confidence), "{confidence}: {text}");
    }
}

#[test]
fn plain_output_and_check_mark_drafts() {
    let dir = scratch("drafts-plain");
    let article = ferry(&dir);
    let output = counterpoint(&[&article, "--width", "200"]);
    let text = stdout(&output);
    let notes = &text[text.find("\nClaims\n").expect("endnotes")..];
    assert_eq!(
        notes.matches("(draft, not yet reviewed)").count(),
        3,
        "{notes}"
    );
    assert!(
        notes.contains(
            "[2] A harbour engineer: cannot take the weight. — False (draft, not yet reviewed)"
        ),
        "{notes}"
    );
    let output = counterpoint(&["check", &article]);
    let text = stdout(&output);
    assert!(text.contains("3 drafts not yet reviewed"), "{text}");
    assert_eq!(text.matches("(draft)").count(), 3, "{text}");
}

#[test]
fn a_dash_is_standard_output_for_every_output_path() {
    let dir = scratch("dash-out");
    let article = ferry(&dir);
    for format in ["annotations", "claimreview", "factcheck-api"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .args(["export", format, &article, "--out", "-"])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        json(&stdout(&output));
        assert!(!stderr(&output).contains(" to -"), "{}", stderr(&output));
        assert!(!dir.join("-").exists(), "{format} wrote a file named -");
    }
    let exported = dir.join("a.jsonld").display().to_string();
    assert!(
        counterpoint(&["export", "annotations", &article, "--out", &exported])
            .status
            .success()
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(["import", "annotations", &exported, "--out", "-"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("[[claim]]"));
    assert!(!stderr(&output).contains("into -"), "{}", stderr(&output));
    assert!(!dir.join("-").exists(), "import wrote a file named -");
    // A file named by a path still is one, and never written over.
    let output = counterpoint(&["export", "annotations", &article, "--out", &exported]);
    refused(&output, &["already exists"]);
    // Where standard output cannot take what is written, the refusal says why.
    let output = counterpoint(&["generate", "--out", "-", "--megabytes", "0.01"]);
    refused(&output, &["generate writes two files", "give --out a name"]);
    assert!(!std::path::Path::new("-.md").exists());
}

#[test]
fn a_claims_file_not_there_yet_is_an_empty_one_and_a_missing_folder_is_refused() {
    let dir = scratch("new-claims");
    let new = dir.join("new.claims.toml").display().to_string();
    // From standard input, and for a named article alike.
    let article = write(&dir, "ferry.md", FERRY);
    for args in [
        vec!["-", "--claims", &new],
        vec![&article, "--claims", &new],
    ] {
        let output = run_with_input(&args, FERRY);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert!(
            stdout(&output).starts_with("The ferry\n"),
            "{}",
            stdout(&output)
        );
        assert!(
            stderr(&output).contains(&format!(
                "{new} does not exist yet: it is made when you record the first claim"
            )),
            "{}",
            stderr(&output)
        );
        // Reading makes nothing.
        assert!(!std::path::Path::new(&new).exists());
    }
    // `check` and `export` read one: a file not there is refused, not reported as fine.
    for args in [
        vec!["check", &article, "--claims", &new],
        vec!["export", "annotations", &article, "--claims", &new],
    ] {
        let output = counterpoint(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("no such claims file"),
            "{}",
            stderr(&output)
        );
    }
    // A folder that is not there, or is a file, is refused with what to do.
    for folder in ["no-such-folder", "ferry.md"] {
        let missing = dir
            .join(folder)
            .join("new.claims.toml")
            .display()
            .to_string();
        let output = run_with_input(&["-", "--claims", &missing], FERRY);
        refused(
            &output,
            &[
                &format!(
                    "{missing} cannot be made: its folder {}",
                    dir.join(folder).display()
                ),
                "does not exist; make the folder first",
            ],
        );
    }
    // A file that is there still has to read.
    let broken = write(&dir, "broken.claims.toml", "[[claim]]\nclaimant = 3\n");
    let output = run_with_input(&["-", "--claims", &broken], FERRY);
    refused(&output, &["broken.claims.toml:2"]);
}

#[test]
fn with_no_article_named_a_pipe_or_a_redirected_file_is_read() {
    let dir = scratch("piped");
    let article = ferry(&dir);
    let output = run_with_input(&[], FERRY);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("The ferry\n"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("the article came from standard input; give --claims FILE"),
        "{}",
        stderr(&output)
    );
    // The subcommands that take an article read it too.
    let claims = dir.join("ferry.claims.toml").display().to_string();
    let output = run_with_input(&["check", "--claims", &claims], FERRY);
    assert!(
        stdout(&output).contains("claim 1 \"hourly\" (The mayor): standard input:"),
        "{}",
        stdout(&output)
    );
    // A file redirected in is read as a pipe is.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .stdin(std::fs::File::open(&article).unwrap())
        .output()
        .unwrap();
    assert!(
        stdout(&output).starts_with("The ferry\n"),
        "{}",
        stdout(&output)
    );
    // Nothing on standard input (/dev/null, as a service has it) opens the sample; so
    // does a named article whatever is piped.
    let sample = stdout(&counterpoint(&[]));
    assert!(!sample.starts_with("The ferry"), "{sample}");
    assert!(sample.contains("Claims\n"), "{sample}");
    let output = run_with_input(&[&article], "# Another\n\nNot this one.\n");
    assert!(
        stdout(&output).starts_with("The ferry\n"),
        "{}",
        stdout(&output)
    );
}

/// `generate`'s size is the size asked for (a newcomer asked for 0.5 MB and got 10.6 MB,
/// the default 20,000 claims not fitting): without `--claim-count` the claims follow the
/// size, and a claim count that cannot fit is refused naming both options, writing nothing.
#[test]
fn generate_makes_the_size_asked_for_or_says_why_it_cannot() {
    let dir = scratch("generate-size");
    for (n, megabytes) in ["0.01", "0.05", "0.5", "2"].into_iter().enumerate() {
        let out = dir.join(format!("size{n}"));
        let output = counterpoint(&[
            "generate",
            "--out",
            &out.display().to_string(),
            "--megabytes",
            megabytes,
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let asked = megabytes.parse::<f64>().unwrap() * 1_000_000.0;
        let made = std::fs::metadata(out.with_extension("md")).unwrap().len() as f64;
        // The generator writes a little over the size asked (its responses and headers):
        // within a quarter, as `--megabytes 20` always made about 23 MB.
        assert!(
            made >= asked * 0.9 && made <= asked * 1.25,
            "{megabytes} MB asked, {made} bytes made"
        );
    }
    // Claims that fit are kept as asked; too many for the size are refused.
    let fits = dir.join("fits");
    let output = counterpoint(&[
        "generate",
        "--out",
        &fits.display().to_string(),
        "--megabytes",
        "0.5",
        "--claim-count",
        "100",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let claims = std::fs::read_to_string(fits.with_extension("claims.toml")).unwrap();
    assert_eq!(claims.matches("[[claim]]").count(), 100);
    let crowded = dir.join("crowded");
    let output = counterpoint(&[
        "generate",
        "--out",
        &crowded.display().to_string(),
        "--megabytes",
        "0.5",
        "--claim-count",
        "20000",
    ]);
    refused(
        &output,
        &[
            "--claim-count 20000",
            "--megabytes 0.5",
            "or more",
            "at most",
        ],
    );
    assert!(!crowded.with_extension("md").exists());
    // A name with a dot keeps it; files already there, or a missing folder, are refused
    // before anything is made, and an article already there is left as it was.
    let dotted = dir.join("report.v2");
    let dotted_name = dotted.display().to_string();
    let made = ["generate", "--out", &dotted_name, "--megabytes", "0.01"];
    assert!(counterpoint(&made).status.success());
    assert!(dir.join("report.v2.md").exists() && dir.join("report.v2.claims.toml").exists());
    let before = std::fs::read(dir.join("report.v2.md")).unwrap();
    refused(
        &counterpoint(&made),
        &["report.v2.md already exists", "--out another name"],
    );
    std::fs::remove_file(dir.join("report.v2.md")).unwrap();
    refused(
        &counterpoint(&made),
        &["report.v2.claims.toml already exists"],
    );
    assert!(!dir.join("report.v2.md").exists(), "refused, yet written");
    std::fs::write(dir.join("mine.md"), &before).unwrap();
    let mine = dir.join("mine").display().to_string();
    refused(
        &counterpoint(&["generate", "--out", &mine, "--megabytes", "0.01"]),
        &["mine.md already exists"],
    );
    assert_eq!(std::fs::read(dir.join("mine.md")).unwrap(), before);
    let nowhere = dir.join("no-such-folder").join("x").display().to_string();
    refused(
        &counterpoint(&["generate", "--out", &nowhere, "--megabytes", "0.01"]),
        &["no-such-folder: no such folder", "make it first"],
    );
}
