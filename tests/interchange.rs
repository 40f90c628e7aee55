//! Import and export: ClaimReview JSON-LD (as fact-checkers publish it), a Fact Check
//! Tools API response, and W3C Web Annotations, each through the binary, round trips
//! included.

use crate::common;

use common::files::{refused, run as counterpoint, scratch, stderr, stdout, write};
use serde_json::{Value, json};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("JSON")
}

/// Imports `fixture` in `format` into a new claims file and returns its path and text.
fn import(format: &str, fixture_name: &str, dir: &std::path::Path) -> (String, String) {
    let out = dir.join(format!("{format}.claims.toml"));
    let out = out.to_string_lossy().into_owned();
    let output = counterpoint(&["import", format, &fixture(fixture_name), "--out", &out]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&out).unwrap();
    (out, text)
}

#[test]
fn claimreview_json_ld_imports_and_exports_every_property() {
    let dir = scratch("claimreview");
    let (claims, text) = import("claimreview", "claimreview.jsonld", &dir);
    // Two reviews of one claim, one after the other, make one claim with two reviews.
    assert_eq!(text.matches("[[claim]]").count(), 2, "{text}");
    assert_eq!(text.matches("[[claim.review]]").count(), 3, "{text}");
    for expected in [
        "claimant = \"Mike Pompeo\"",
        "role = \"U.S. Secretary of State\"",
        "quote = \"Iran is al-Qaida's new home base\"",
        "appearances = [\"https://2017-2021.state.gov/the-iran-al-qaida-axis/\"]",
        "publisher = \"Responsible Statecraft\"",
        "rating = \"Dubious\"",
        "rating_value = 2",
        "best_rating = 5",
        "rating_value = \"1\"",
        "rating_value = 2.5",
    ] {
        assert!(text.contains(expected), "{expected}:\n{text}");
    }
    // Exported again, every ClaimReview comes back as it was, unknown properties too.
    let output = counterpoint(&["export", "claimreview", "--claims", &claims]);
    assert!(output.status.success(), "{}", stderr(&output));
    let exported = json(&stdout(&output));
    let original = json(&std::fs::read_to_string(fixture("claimreview.jsonld")).unwrap());
    assert_eq!(exported, original["@graph"]);
    assert!(
        stderr(&output).contains("exported 3 ClaimReviews"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_fact_check_tools_api_response_round_trips() {
    let dir = scratch("factcheck-api");
    let (claims, text) = import("claimreview", "factcheck-api.json", &dir);
    assert!(text.contains("claimant = \"(not named)\""), "{text}");
    assert!(
        text.contains("rating = \"Falso\"\nlanguage = \"es\""),
        "{text}"
    );
    let output = counterpoint(&["export", "factcheck-api", "--claims", &claims]);
    let exported = json(&stdout(&output));
    let mut original = json(&std::fs::read_to_string(fixture("factcheck-api.json")).unwrap());
    // The page token belongs to the search, not to any claim.
    original.as_object_mut().unwrap().remove("nextPageToken");
    assert_eq!(exported, original);
}

#[test]
fn a_fact_check_page_carrying_json_ld_imports() {
    let dir = scratch("claimreview-page");
    let page = format!(
        "<!DOCTYPE html><html><head><title>Fact check</title><script type=\"application/ld+json\">{}</script><script type=\"application/ld+json\">{{\"@type\": \"BreadcrumbList\"}}</script></head><body><p>...</p></body></html>",
        std::fs::read_to_string(fixture("claimreview.jsonld")).unwrap()
    );
    let path = write(&dir, "check.html", page);
    let output = counterpoint(&["import", "claimreview", &path]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("imported 2 claims with 3 reviews and 0 responses"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_sample_exports_as_claimreview_and_reads_back() {
    let dir = scratch("sample-claimreview");
    let out = dir.join("sample.jsonld").to_string_lossy().into_owned();
    let output = counterpoint(&["export", "claimreview", "--out", &out]);
    assert!(output.status.success(), "{}", stderr(&output));
    let exported = json(&std::fs::read_to_string(&out).unwrap());
    let reviews = exported.as_array().unwrap();
    // Every claim of the sample has a verdict: one review each, by the article's outlet.
    assert_eq!(reviews.len(), 9);
    assert_eq!(reviews[0]["@type"], "ClaimReview");
    assert_eq!(
        reviews[0]["claimReviewed"],
        "Iran is al-Qaida's new home base"
    );
    assert_eq!(reviews[0]["author"]["name"], "Responsible Statecraft");
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Dubious");
    assert_eq!(reviews[0]["itemReviewed"]["author"]["name"], "Mike Pompeo");
    // A second export never writes over the first.
    let again = counterpoint(&["export", "claimreview", "--out", &out]);
    refused(&again, &["already exists"]);
    let output = counterpoint(&["import", "claimreview", &out]);
    let text = stdout(&output);
    assert_eq!(text.matches("[[claim]]").count(), 9, "{text}");
    assert!(text.contains("rating = \"Dubious\""), "{text}");
}

/// A claim whose quote is not its summary goes out with its quote beside the summary (as
/// the Claim's `text`) and comes back on the article's own words: the round trip checks
/// clean. What ClaimReview has no place for (the experts' responses, the claims' notes)
/// is said, counted.
#[test]
fn a_claimreview_round_trip_keeps_the_quotes_and_says_what_it_leaves_out() {
    let dir = scratch("claimreview-round-trip");
    let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/");
    let article = dir.join("a.md").to_string_lossy().into_owned();
    std::fs::copy(format!("{assets}pompeo-iran-al-qaida.md"), &article).unwrap();
    let claims =
        std::fs::read_to_string(format!("{assets}pompeo-iran-al-qaida.claims.toml")).unwrap();
    write(&dir, "a.claims.toml", &claims);
    let out = dir.join("a.jsonld").to_string_lossy().into_owned();
    let output = counterpoint(&["export", "claimreview", &article, "--out", &out]);
    assert!(output.status.success(), "{}", stderr(&output));
    let responses: usize = (counterpoint::claims::parse_file("a.claims.toml", &claims).unwrap())
        .claims
        .iter()
        .map(|c| c.responses.len())
        .sum();
    assert!(responses > 0);
    let notes = (counterpoint::claims::parse_file("a.claims.toml", &claims).unwrap())
        .claims
        .iter()
        .filter(|c| c.note.is_some())
        .count();
    assert!(notes > 1);
    let said = stderr(&output);
    assert!(
        said.contains(&format!(
            "left out {responses} responses and {notes} claims' notes, which this format has no place for (export annotations keeps them)"
        )),
        "{said}"
    );
    let exported = json(&std::fs::read_to_string(&out).unwrap());
    for review in exported.as_array().unwrap() {
        let quote = review["itemReviewed"]["text"].as_str();
        assert_ne!(quote, review["claimReviewed"].as_str(), "{review}");
    }
    // Imported into a new claims file beside the article, every quote is found again.
    std::fs::remove_file(dir.join("a.claims.toml")).unwrap();
    let imported = dir.join("a.claims.toml").to_string_lossy().into_owned();
    let output = counterpoint(&["import", "claimreview", &out, "--out", &imported]);
    assert!(output.status.success(), "{}", stderr(&output));
    let check = counterpoint(&["check", &article]);
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    let quotes = |text: &str| -> Vec<String> {
        let file = counterpoint::claims::parse_file("a.claims.toml", text).unwrap();
        let mut quotes: Vec<String> = (file.claims.iter())
            .map(|c| c.selector.exact.to_string())
            .collect();
        quotes.sort();
        quotes
    };
    let text = std::fs::read_to_string(&imported).unwrap();
    assert_eq!(quotes(&text), quotes(&claims));
}

#[test]
fn annotations_round_trip_the_sample_and_anchor_where_they_were() {
    let dir = scratch("annotations");
    let out = dir
        .join("sample.annotations.jsonld")
        .to_string_lossy()
        .into_owned();
    let output = counterpoint(&["export", "annotations", "--out", &out]);
    assert!(output.status.success(), "{}", stderr(&output));
    let exported = json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(exported["type"], "AnnotationCollection");
    assert_eq!(exported["total"], 24, "9 claims and 15 responses");
    let first = &exported["first"]["items"][0];
    assert_eq!(first["motivation"], "assessing");
    let selectors = first["target"]["selector"].as_array().unwrap();
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert_eq!(
        selectors[0]["exact"],
        "acting as al-Qaida’s “new home base,”"
    );
    assert_eq!(selectors[1]["type"], "TextPositionSelector");
    // Imported again: the same claims and responses, every one placed exactly.
    let claims = dir.join("back.claims.toml").to_string_lossy().into_owned();
    let output = counterpoint(&["import", "annotations", &out, "--out", &claims]);
    assert!(
        stderr(&output).contains("imported 9 claims with 0 reviews and 15 responses"),
        "{}",
        stderr(&output)
    );
    let output = counterpoint(&["check", "--strict", "--claims", &claims]);
    let report = stdout(&output);
    assert!(output.status.success(), "{report}");
    assert!(
        report.trim_end().ends_with(
            "9 claims (9 in the text), 15 responses (15 quoted in the text): no problems"
        ),
        "{report}"
    );
    assert!(
        !report.contains("moved") && !report.contains("≈"),
        "{report}"
    );
    let text = std::fs::read_to_string(&claims).unwrap();
    for expected in [
        "id = \"new-home-base\"",
        "role = \"U.S. Secretary of State (outgoing)\"",
        "verdict = \"Dubious\"",
        "stance = \"disputes\"",
        "source = \"told Responsible Statecraft in an email\"",
    ] {
        assert!(text.contains(expected), "{expected}:\n{text}");
    }
    // No format carries the claims file's `rejected` list: an export says so (the
    // sample's file has none, and its export above said nothing of it).
    let article = dir.join("a.md");
    std::fs::write(&article, "The minister said the bridge is safe.\n").unwrap();
    std::fs::write(
        dir.join("a.claims.toml"),
        "rejected = [\"the bridge\", \"said\"]\n\n[[claim]]\nclaimant = \"Minister\"\nquote = \"the bridge is safe\"\n",
    )
    .unwrap();
    for format in ["annotations", "claimreview", "factcheck-api"] {
        let output = counterpoint(&["export", format, article.to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(
            stderr(&output).contains(
                "the claims file's rejected list (2 quotes) is not in this format: keep the claims file to keep it"
            ),
            "{format}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn annotations_from_another_tool_become_claims_and_responses() {
    let dir = scratch("annotations-other");
    let (claims, text) = import("annotations", "annotations.jsonld", &dir);
    assert!(text.contains("claimant = \"Mike Pompeo\""), "{text}");
    assert!(text.contains("verdict = \"Unproven\""), "{text}");
    assert!(
        text.contains("summary = \"Pompeo: Iran gives al-Qaida freedom of movement\""),
        "{text}"
    );
    assert!(
        text.contains("expert = \"nlahoud\""),
        "the reply is a response: {text}"
    );
    assert!(
        text.contains("claimant = \"(not named)\""),
        "a bare highlight: {text}"
    );
    let output = counterpoint(&["check", "--claims", &claims]);
    let report = stdout(&output);
    assert!(output.status.success(), "{report}");
    assert!(report.contains("2 claims (2 in the text)"), "{report}");
    let output = counterpoint(&["import", "annotations", &fixture("annotations.jsonld")]);
    assert!(
        stderr(&output).contains("left out 1 annotation with no text quote and no claim to answer"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn bad_input_is_placed_and_explained() {
    let dir = scratch("interchange-bad");
    let broken = write(
        &dir,
        "broken.json",
        "{\n  \"claims\": [\n    {\"text\": \"x\",}\n  ]\n}\n",
    );
    let output = counterpoint(&["import", "claimreview", &broken]);
    refused(
        &output,
        &["broken.json:3:18: not valid JSON: trailing comma"],
    );
    let empty = write(&dir, "empty.json", "{\"@type\": \"WebPage\"}");
    let output = counterpoint(&["import", "claimreview", &empty]);
    assert!(
        stderr(&output).contains("empty.json:1:1: no ClaimReview found"),
        "{}",
        stderr(&output)
    );
    let output = counterpoint(&["import", "annotations", &empty]);
    assert!(
        stderr(&output).contains("no annotations found"),
        "{}",
        stderr(&output)
    );
}

/// A ClaimReview export says which claims it left out (no verdict, no review: nothing to
/// publish), rather than dropping them silently.
#[test]
fn an_export_names_the_claims_it_leaves_out() {
    let dir = scratch("export-left-out");
    let article = write(
        &dir,
        "a.md",
        "The mayor said the bridge is safe. The chief said the road is fine.\n",
    );
    write(
        &dir,
        "a.claims.toml",
        "[[claim]]\nclaimant = \"M\"\nquote = \"the bridge is safe\"\nverdict = \"False\"\n\n[[claim]]\nclaimant = \"C\"\nquote = \"the road is fine\"\n",
    );
    let output = counterpoint(&["export", "claimreview", &article]);
    assert!(output.status.success());
    let said = stderr(&output);
    assert!(
        said.contains(
            "exported 1 ClaimReview; left out 1 claim with no verdict or review to publish"
        ),
        "{said}"
    );
}

/// A ClaimReview made from a verdict follows schema.org and Google's fact-check markup
/// guidance: its `author` is who reviewed the claim (the front matter's byline, a
/// Person, with the outlet as publisher; the outlet, an Organization, when no byline is
/// given) and its `url` is the article's address; with no address, no `url` is invented.
#[test]
fn a_verdict_s_claimreview_is_by_the_reviewer_at_the_article_s_address() {
    let dir = scratch("export-reviewer");
    let claims =
        "[[claim]]\nclaimant = \"M\"\nquote = \"the bridge is safe\"\nverdict = \"False\"\n";
    let body = "The mayor said the bridge is safe.\n";
    let cases = [
        (
            "outlet = \"The Gazette\"\nbyline = \"Ann Checker\"\nurl = \"https://gazette.example/bridge\"\n",
            json!({"@type": "Person", "name": "Ann Checker"}),
            Some(json!({"@type": "Organization", "name": "The Gazette"})),
            Some("https://gazette.example/bridge"),
        ),
        (
            "outlet = \"The Gazette\"\nurl = \"https://gazette.example/bridge\"\n",
            json!({"@type": "Organization", "name": "The Gazette"}),
            None,
            Some("https://gazette.example/bridge"),
        ),
        (
            "outlet = \"The Gazette\"\nbyline = \"Ann Checker\"\n",
            json!({"@type": "Person", "name": "Ann Checker"}),
            Some(json!({"@type": "Organization", "name": "The Gazette"})),
            None,
        ),
    ];
    for (n, (front, author, publisher, url)) in cases.into_iter().enumerate() {
        let article = write(
            &dir,
            &format!("a{n}.md"),
            format!("+++\n{front}+++\n\n{body}"),
        );
        write(&dir, &format!("a{n}.claims.toml"), claims);
        let output = counterpoint(&["export", "claimreview", &article]);
        assert!(output.status.success(), "{}", stderr(&output));
        let reviews = json(&stdout(&output));
        let review = &reviews[0];
        assert_eq!(review["author"], author, "{front}");
        assert_eq!(review.get("publisher").cloned(), publisher, "{front}");
        assert_eq!(review.get("url").and_then(Value::as_str), url, "{front}");
        assert_eq!(review["reviewRating"]["alternateName"], "False");
    }
    // A review the claims file gives keeps its own author.
    let article = write(
        &dir,
        "b.md",
        format!("+++\nbyline = \"Ann Checker\"\n+++\n\n{body}"),
    );
    write(
        &dir,
        "b.claims.toml",
        format!("{claims}\n[[claim.review]]\npublisher = \"Other Checkers\"\nrating = \"False\"\n"),
    );
    let output = counterpoint(&["export", "claimreview", &article]);
    let reviews = json(&stdout(&output));
    assert_eq!(reviews[0]["author"]["name"], "Other Checkers");
}
