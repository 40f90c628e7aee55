use super::*;
use crate::claims::{DraftMark, QuoteSelector, Stance, parse_file};

const FILE: &str = "# Claims about the bridge.\n\n# the minister's claim\n[[claim]]\nclaimant = \"Minister\"   # the minister\nquote = 'the bridge is \"safe\"'\nverdict = \"False\"\n\n[[claim.response]]\nexpert = \"Engineer\"\nstance = \"Disputes\"\nquote = \"it is not safe\"  # paraphrase\n\n[[claim]]\nclaimant = \"Mayor\"\nquote = \"all is well\"\n";

fn open(text: &str) -> EditableFile {
    EditableFile::open("t.claims.toml", text).unwrap()
}

fn entries(text: &str) -> crate::claims::ClaimsFile {
    parse_file("t.claims.toml", text).unwrap()
}

fn claim(id: &str, quote: &str) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: "Someone".into(),
        summary: quote.into(),
        selector: QuoteSelector {
            exact: quote.into(),
            ..QuoteSelector::default()
        },
        ..ClaimEntry::default()
    }
}

fn response(expert: &str) -> ResponseEntry {
    ResponseEntry {
        expert: expert.into(),
        affiliation: None,
        stance: Stance::Supports,
        selector: QuoteSelector {
            exact: format!("words of {expert}").into(),
            ..QuoteSelector::default()
        },
        source: None,
        draft: None,
    }
}

/// Applies `change` to the file and to its parsed entries; checks they agree, then
/// that undo gives the bytes back. Returns the text after the change.
fn check(text: &str, change: Change) -> String {
    let mut file = open(text);
    let before = entries(text);
    let (mut claims, mut rejected) = (before.claims.clone(), before.rejected.clone());
    change.apply_to(&mut claims, &mut rejected).unwrap();
    file.apply(&change).unwrap();
    let after = file.text();
    let parsed = entries(&after);
    assert_eq!(parsed.claims, claims, "{after}");
    assert_eq!(parsed.rejected, rejected, "{after}");
    assert!(file.undo());
    assert_eq!(file.text(), text);
    assert!(!file.undo());
    after
}

#[test]
fn adding_a_claim_first_keeps_the_header_and_names_the_claims_after_it() {
    let out = check(
        FILE,
        Change::AddClaim {
            at: 0,
            entry: claim("n", "new words"),
        },
    );
    assert_eq!(
        out,
        "# Claims about the bridge.\n\n[[claim]]\nid = \"n\"\nclaimant = \"Someone\"\nquote = \"new words\"\n\n# the minister's claim\n[[claim]]\nid = \"c1\"\nclaimant = \"Minister\"   # the minister\nquote = 'the bridge is \"safe\"'\nverdict = \"False\"\n\n[[claim.response]]\nexpert = \"Engineer\"\nstance = \"Disputes\"\nquote = \"it is not safe\"  # paraphrase\n\n[[claim]]\nid = \"c2\"\nclaimant = \"Mayor\"\nquote = \"all is well\"\n"
    );
}

#[test]
fn a_claim_added_at_the_end_follows_the_files_habit_of_no_blank_lines() {
    let text = "[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n[[claim.response]]\nexpert = \"E\"\nstance = \"context\"\nquote = \"e\"\n[[claim]]\nclaimant = \"B\"\nquote = \"b\"\n";
    let mut entry = claim("n", "new");
    entry.responses.push(response("F"));
    let out = check(text, Change::AddClaim { at: 2, entry });
    assert_eq!(
        out,
        format!(
            "{text}[[claim]]\nid = \"n\"\nclaimant = \"Someone\"\nquote = \"new\"\n[[claim.response]]\nexpert = \"F\"\nstance = \"supports\"\nquote = \"words of F\"\n"
        )
    );
}

#[test]
fn removing_a_claim_takes_its_comments_and_names_the_claims_after_it() {
    let out = check(FILE, Change::RemoveClaim { at: 0 });
    assert_eq!(
        out,
        "# Claims about the bridge.\n\n[[claim]]\nid = \"c2\"\nclaimant = \"Mayor\"\nquote = \"all is well\"\n"
    );
    // Removing the last claim names nothing.
    let out = check(FILE, Change::RemoveClaim { at: 1 });
    assert!(!out.contains("id ="), "{out}");
    assert!(out.ends_with("paraphrase\n"), "{out}");
}

#[test]
fn setting_a_claim_touches_only_the_keys_that_change() {
    let mut entry = entries(FILE).claims[0].clone();
    entry.claimant = "The minister".into();
    entry.verdict = None;
    entry.role = Some("Minister of Works".into());
    entry.draft = Some(DraftMark { confidence: 70 });
    let out = check(FILE, Change::SetClaim { at: 0, entry });
    assert_eq!(
        out,
        "# Claims about the bridge.\n\n# the minister's claim\n[[claim]]\nclaimant = \"The minister\"   # the minister\nrole = \"Minister of Works\"\nquote = 'the bridge is \"safe\"'\ndraft = true\nconfidence = 0.7\n\n[[claim.response]]\nexpert = \"Engineer\"\nstance = \"Disputes\"\nquote = \"it is not safe\"  # paraphrase\n\n[[claim]]\nclaimant = \"Mayor\"\nquote = \"all is well\"\n"
    );
    // The literal string stays literal; an unchanged set changes no byte.
    let same = entries(FILE).claims[0].clone();
    let mut file = open(FILE);
    file.apply(&Change::SetClaim { at: 0, entry: same })
        .unwrap();
    assert_eq!(file.text(), FILE);
}

#[test]
fn accepting_a_draft_removes_its_mark_and_confidence() {
    let text = "[[claim]]\nclaimant = \"A\"\nquote = \"a\"\ndraft = true\nconfidence = 0.8 # drafted\n\n[[claim.response]]\nexpert = \"E\"\nstance = \"context\"\nquote = \"e\"\ndraft = true\n";
    let mut claims = entries(text).claims;
    let mut response = claims[0].responses[0].clone();
    claims[0].draft = None;
    let out = check(
        text,
        Change::SetClaim {
            at: 0,
            entry: claims[0].clone(),
        },
    );
    assert!(
        out.starts_with("[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n\n[[claim.response]]"),
        "{out}"
    );
    response.draft = Some(DraftMark { confidence: 90 });
    let out = check(
        text,
        Change::SetResponse {
            claim: 0,
            at: 0,
            entry: response,
        },
    );
    assert!(out.ends_with("draft = true\nconfidence = 0.9\n"), "{out}");
}

#[test]
fn responses_are_added_removed_and_changed_in_place() {
    let out = check(
        FILE,
        Change::AddResponse {
            claim: 1,
            at: 0,
            entry: response("Ann"),
        },
    );
    assert!(out.ends_with("quote = \"all is well\"\n\n[[claim.response]]\nexpert = \"Ann\"\nstance = \"supports\"\nquote = \"words of Ann\"\n"), "{out}");
    let out = check(
        FILE,
        Change::AddResponse {
            claim: 0,
            at: 0,
            entry: response("Ann"),
        },
    );
    assert!(
        out.contains("verdict = \"False\"\n\n[[claim.response]]\nexpert = \"Ann\""),
        "{out}"
    );
    let out = check(FILE, Change::RemoveResponse { claim: 0, at: 0 });
    assert!(
        !out.contains("Engineer") && !out.contains("paraphrase"),
        "{out}"
    );
    let mut entry = entries(FILE).claims[0].responses[0].clone();
    entry.selector.exact = "it is unsafe".into();
    let out = check(
        FILE,
        Change::SetResponse {
            claim: 0,
            at: 0,
            entry: entry.clone(),
        },
    );
    assert!(
        out.contains("stance = \"Disputes\"\nquote = \"it is unsafe\"  # paraphrase\n"),
        "{out}"
    );
    entry.stance = Stance::Supports;
    let out = check(
        FILE,
        Change::SetResponse {
            claim: 0,
            at: 0,
            entry,
        },
    );
    assert!(out.contains("stance = \"supports\"\n"), "{out}");
}

#[test]
fn rejected_quotes_go_in_a_list_after_the_header() {
    let out = check(
        FILE,
        Change::AddRejected {
            quote: "q \"x\"".into(),
        },
    );
    assert!(
        out.starts_with("# Claims about the bridge.\n\nrejected = [\n    'q \"x\"',\n]\n\n# the minister's claim\n[[claim]]"),
        "{out}"
    );
    let text = "rejected = [\"a\", \"b\"]\n\n[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n";
    let out = check(text, Change::AddRejected { quote: "c".into() });
    assert!(
        out.starts_with("rejected = [\"a\", \"b\", \"c\"]\n"),
        "{out}"
    );
    let out = check(text, Change::RemoveRejected { quote: "a".into() });
    assert!(out.starts_with("rejected = [\"b\"]\n"), "{out}");
    let mut file = open(text);
    let err = file
        .apply(&Change::RemoveRejected { quote: "z".into() })
        .unwrap_err();
    assert_eq!(err.0, "\"z\" is not among the rejected quotes");
}

#[test]
fn an_empty_file_gets_its_first_claim() {
    for text in ["", "# my claims\n", "# my claims\n\n"] {
        let out = check(
            text,
            Change::AddClaim {
                at: 0,
                entry: claim("a", "words"),
            },
        );
        assert!(out.contains("[[claim]]\nid = \"a\""), "{out}");
        assert!(out.starts_with(text.trim_end()), "{out}");
    }
}

#[test]
fn bom_crlf_and_a_missing_final_newline_are_kept() {
    let text = "\u{feff}# head\r\n\r\n[[claim]]\r\nclaimant = \"A\"\r\nquote = 'a'";
    let out = check(
        text,
        Change::AddClaim {
            at: 1,
            entry: claim("n", "b"),
        },
    );
    assert_eq!(
        out,
        "\u{feff}# head\r\n\r\n[[claim]]\r\nclaimant = \"A\"\r\nquote = 'a'\r\n\r\n[[claim]]\r\nid = \"n\"\r\nclaimant = \"Someone\"\r\nquote = \"b\""
    );
    // A line break in a value is written as an escape, whatever the line endings.
    let mut entry = claim("n", "b");
    entry.claimant = "two\r\nlines".into();
    let mut file = open(text);
    file.apply(&Change::AddClaim { at: 1, entry }).unwrap();
    assert!(
        file.text().contains("claimant = \"two\\r\\nlines\"\r\n"),
        "{}",
        file.text()
    );
}

#[test]
fn many_changes_undone_give_the_original_bytes() {
    let mut file = open(FILE);
    let mut entry = claim("x", "x");
    entry.responses = vec![response("A"), response("B")];
    let changes = [
        Change::AddClaim {
            at: 1,
            entry: entry.clone(),
        },
        Change::RemoveClaim { at: 0 },
        Change::AddRejected { quote: "r".into() },
        Change::SetClaim {
            at: 1,
            entry: claim("y", "y"),
        },
        Change::RemoveResponse { claim: 0, at: 1 },
        Change::AddClaim {
            at: 0,
            entry: claim("z", "z"),
        },
    ];
    let mut texts = vec![file.text()];
    for change in &changes {
        file.apply(change).unwrap();
        texts.push(file.text());
    }
    assert_eq!(file.undo_depth(), changes.len());
    while file.undo() {
        texts.pop();
        assert_eq!(file.text(), *texts.last().unwrap());
    }
    assert_eq!(file.text(), FILE);
}

#[test]
fn a_change_that_does_not_fit_or_would_break_the_file_changes_nothing() {
    let mut file = open(FILE);
    let misfits = [
        (Change::RemoveClaim { at: 2 }, "there is no claim 3 (of 2)"),
        (
            Change::RemoveResponse { claim: 1, at: 0 },
            "claim 2 has no response 1 (it has 0)",
        ),
        (
            Change::AddClaim {
                at: 0,
                entry: claim("c2", "q"),
            },
            "another claim already has the id \"c2\"",
        ),
        (
            Change::SetClaim {
                at: 0,
                entry: claim("c2", "q"),
            },
            "another claim already has the id \"c2\"",
        ),
        (
            Change::AddClaim {
                at: 0,
                entry: claim("n", " "),
            },
            "a claim needs a quote",
        ),
        (
            Change::AddResponse {
                claim: 0,
                at: 0,
                entry: response(" "),
            },
            "a response needs an expert",
        ),
    ];
    for (change, message) in misfits {
        assert_eq!(file.apply(&change).unwrap_err().0, message);
        assert_eq!(file.undo_depth(), 0);
        assert_eq!(file.text(), FILE);
    }
}

#[test]
fn a_file_that_cannot_be_edited_in_place_is_refused_with_what_to_do() {
    for (text, says) in [
        (
            "claim = [{ claimant = \"A\", quote = \"a\" }]\n",
            "t.claims.toml:1:9: the claims are not written as `[[claim]]` tables, which cannot be edited in place",
        ),
        (
            "[[claim]]\nclaimant = \"A\"\nquote = \"a\"\nresponse = [{ expert = \"E\" }]\n",
            "t.claims.toml:4:12: these responses are not written as `[[claim.response]]` tables",
        ),
        ("[[claim]\n", "t.claims.toml:1:"),
        (
            "[[claim]]\r\nclaimant = \"A\"\nquote = \"a\"\r\n",
            "t.claims.toml: the file mixes CRLF and LF line endings",
        ),
        ("rejected = \"a\"\n", "`rejected` is not a list of quotes"),
    ] {
        let err = EditableFile::open("t.claims.toml", text)
            .err()
            .expect(text)
            .to_string();
        assert!(err.contains(says), "{text}: {err}");
    }
}

#[test]
fn a_large_file_with_a_rejected_list_is_still_read_in_stretches() {
    let (_, claims) = crate::document::generate::generate(600_000, 800, 3);
    let text = format!("# generated\nrejected = [\"one\", \"two\"]\n\n{claims}");
    assert!(crate::claims::claim_stretches(&text).is_some_and(|s| s.len() > 1));
    let parsed = entries(&text);
    assert_eq!(parsed.rejected, ["one", "two"]);
    assert_eq!(parsed.claims, entries(&claims).claims);
}

/// What one apply and `text()` cost on the 20 MB generated document:
/// `cargo test --release --lib claims::edit::tests::cost_on_the_large_document -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn cost_on_the_large_document() {
    use std::time::Instant;
    let (_, claims) = crate::document::generate::generate(20_000_000, 20_000, 1);
    let started = Instant::now();
    let mut file = open(&claims);
    let opened = started.elapsed();
    let mut entry = claim("new-one", "a new quote");
    entry.responses.push(response("Ann"));
    let mut times = Vec::new();
    for change in [
        Change::AddClaim {
            at: 10_000,
            entry: entry.clone(),
        },
        Change::SetClaim {
            at: 10_000,
            entry: claim("new-two", "another"),
        },
        Change::AddResponse {
            claim: 15_000,
            at: 0,
            entry: response("Bo"),
        },
        Change::RemoveClaim { at: 5 },
    ] {
        let started = Instant::now();
        file.apply(&change).unwrap();
        times.push(started.elapsed());
    }
    let started = Instant::now();
    let text = file.text();
    let written = started.elapsed();
    let started = Instant::now();
    while file.undo() {}
    let undone = started.elapsed();
    println!(
        "{} MB claims file: open {opened:?}; apply {times:?}; text() {written:?} ({} MB); undo all {undone:?}",
        claims.len() / 1_000_000,
        text.len() / 1_000_000
    );
}

#[test]
fn the_bundled_sample_is_edited_in_place_and_undone_to_its_bytes() {
    let sample = crate::document::source::SAMPLE_CLAIMS;
    let mut file = open(sample);
    let mut model = entries(sample);
    let mut accepted = model.claims[2].clone();
    accepted.verdict = Some("Unsupported".into());
    let changes = [
        Change::SetClaim {
            at: 2,
            entry: accepted,
        },
        Change::AddResponse {
            claim: 0,
            at: 1,
            entry: response("Ann Expert"),
        },
        Change::RemoveResponse { claim: 1, at: 0 },
        Change::AddClaim {
            at: 4,
            entry: claim("new", "a new quote"),
        },
        Change::AddRejected {
            quote: "a drafted quote".into(),
        },
    ];
    for change in &changes {
        file.apply(change).unwrap();
        change
            .apply_to(&mut model.claims, &mut model.rejected)
            .unwrap();
        let now = file.text();
        assert_eq!(entries(&now), model, "{change:?}");
    }
    // Only the lines of the entries changed differ from the sample.
    let now = file.text();
    let old: std::collections::HashSet<&str> = sample.lines().collect();
    let new_lines: Vec<&str> = now.lines().filter(|l| !old.contains(l)).collect();
    assert!(new_lines.len() <= 16, "{new_lines:#?}");
    while file.undo() {}
    assert_eq!(file.text(), sample);
}
