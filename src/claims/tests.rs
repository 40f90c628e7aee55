//! Tests of the claims file: parsing, checks and their messages.

use super::*;

const ONE: &str = r#"
[[claim]]
claimant = "Mike Pompeo"
summary = "Iran is al-Qaida's new home base"
quote = "new home base"
verdict = "Dubious"
date = 2021-01-12

[[claim.response]]
expert = "Colin P. Clarke"
stance = "disputes"
quote = "doesn't seem accurate"
"#;

#[test]
fn parses_claims_with_default_ids_and_responses() {
    let claims = parse("c.toml", ONE.as_bytes()).unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].id, "c1");
    assert_eq!(claims[0].date.as_deref(), Some("2021-01-12"));
    assert_eq!(claims[0].responses[0].stance, Stance::Disputes);
    assert_eq!(claims[0].responses[0].affiliation, None);
}

#[test]
fn stances_are_read_in_any_letter_case() {
    for word in ["disputes", "Disputes", "DISPUTES", "dIsPuTeS"] {
        let text = format!(
            "[[claim]]\nclaimant = \"A\"\nquote = \"q\"\n[[claim.response]]\nexpert = \"E\"\nquote = \"r\"\nstance = \"{word}\"\n"
        );
        let claims = parse_text("c.toml", &text).unwrap();
        assert_eq!(claims[0].responses[0].stance, Stance::Disputes, "{word}");
    }
}

/// Parses `text` as `c.toml`, asserts it is refused with a message that begins `prefix`
/// (file, line, column and what is wrong), and returns the whole message.
#[track_caller]
fn refused(text: &str, prefix: &str) -> String {
    let err = parse("c.toml", text.as_bytes()).unwrap_err().to_string();
    assert!(err.starts_with(prefix), "{err}");
    err
}

#[test]
fn unknown_stance_is_placed_and_explained() {
    let text = ONE.replace("\"disputes\"", "\"refutes\"");
    let err = refused(&text, "c.toml:11:10: unknown stance `refutes`");
    assert!(err.contains("hint: stance is one of"), "{err}");
}

#[test]
fn wrong_type_and_unknown_field_are_placed() {
    refused("[[claim]]\nclaimant = 3\nquote = \"q\"", "c.toml:2:12:");
    refused(
        "[[claim]]\nclaimant = \"a\"\nquote = \"q\"\nspeaker = \"b\"",
        "c.toml:4:1: unknown field `speaker`",
    );
}

#[test]
fn duplicate_ids_name_the_second() {
    let text = "[[claim]]\nid = \"a\"\nclaimant = \"x\"\nquote = \"q\"\n\n[[claim]]\nid = \"a\"\nclaimant = \"y\"\nquote = \"r\"\n";
    refused(text, "c.toml:7:6: duplicate claim id \"a\"");
}

#[test]
fn an_explicit_id_may_not_take_a_default_name() {
    let text = "[[claim]]\nclaimant = \"x\"\nquote = \"q\"\n\n[[claim]]\nid = \"c1\"\nclaimant = \"y\"\nquote = \"r\"\n";
    assert!(parse("c.toml", text.as_bytes()).is_err());
}

#[test]
fn empty_quote_is_an_error() {
    refused(
        "[[claim]]\nclaimant = \"x\"\nquote = \"  \"",
        "c.toml:3:9: empty claim quote",
    );
}

#[test]
fn malformed_toml_names_line_and_column() {
    refused("[[claim]]\nclaimant = \"x\nquote = 1", "c.toml:2:");
}

#[test]
fn a_response_before_any_claim_is_explained() {
    let text = "[[claim.response]]\nexpert = \"e\"\nstance = \"context\"\nquote = \"r\"\n";
    refused(
        text,
        "c.toml:1:3: a [[claim.response]] comes before any [[claim]]",
    );
}

#[test]
fn summary_defaults_to_the_quote() {
    let claims = parse(
        "c.toml",
        b"[[claim]]\nclaimant = \"x\"\nquote = \"the words\"",
    )
    .unwrap();
    assert_eq!(claims[0].summary, "the words");
}

/// The claims of a large file are held as these structs, one per claim and response: each
/// string field is 8 bytes (a `Text`), not a `String`'s 24.
#[test]
fn entries_stay_small() {
    use std::mem::size_of;
    println!(
        "ClaimEntry {} ResponseEntry {} QuoteSelector {} Claim {} Response {} Anchoring {}",
        size_of::<ClaimEntry>(),
        size_of::<ResponseEntry>(),
        size_of::<QuoteSelector>(),
        size_of::<crate::document::Claim>(),
        size_of::<crate::document::Response>(),
        size_of::<crate::anchor::Anchoring>(),
    );
    assert_eq!(size_of::<Option<Text>>(), 8);
}
