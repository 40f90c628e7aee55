//! Tests that an edit writes only what the user changed: a field the reader holds in its shown form (control characters and line breaks as marks) is kept as the file has it, and a deleted claim leaves the file's header comments.

use proptest::prelude::*;

use super::*;
use crate::claims::parse::parse_entries;
use crate::claims::{QuoteSelector, Stance, Text, TextPosition, parse_text};

/// Strings of any kind a claims file can hold: letters and spaces, line breaks and
/// paragraph breaks, tabs, carriage returns, C0 and C1 controls, DEL, bidirectional
/// controls, invisible characters, quotation marks and backslashes; always with a letter
/// first, so that a required field is never empty.
fn raw() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z]{1,6}",
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\t".to_string()),
        Just("\r\n".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{7f}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{2028}".to_string()),
        Just("\"".to_string()),
        Just("'''".to_string()),
        Just("\\".to_string()),
        Just("é".to_string()),
    ];
    ("[a-z]{1,4}", prop::collection::vec(piece, 0..8))
        .prop_map(|(first, rest)| first + &rest.concat())
}

fn raw_opt() -> impl Strategy<Value = Option<Text>> {
    prop::option::of(raw().prop_map(Text::from))
}

/// A claim with one response, every string of it [`raw`].
fn raw_claim() -> impl Strategy<Value = ClaimEntry> {
    (
        (
            // An id is a slug (the reader trims one's spaces as it finds claims by id).
            "[a-z][a-z0-9-]{0,8}",
            raw(),
            raw_opt(),
            raw_opt(),
            raw_opt(),
            raw_opt(),
            raw_opt(),
        ),
        (raw(), raw(), raw_opt(), 0usize..4, raw_opt()),
    )
        .prop_map(
            |(
                (id, claimant, role, summary, verdict, date, note),
                (quote, expert, affiliation, stance, source),
            )| {
                let selector = |exact: String| QuoteSelector {
                    exact: exact.into(),
                    prefix: "before ".into(),
                    suffix: Text::default(),
                    position: Some(TextPosition { start: 3, end: 9 }),
                };
                let claim_selector = selector(quote.clone());
                ClaimEntry {
                    id: id.into(),
                    claimant: claimant.into(),
                    role,
                    summary: summary.unwrap_or_else(|| claim_selector.exact.clone()),
                    selector: claim_selector,
                    verdict,
                    date,
                    note,
                    responses: vec![ResponseEntry {
                        expert: expert.into(),
                        affiliation,
                        stance: Stance::ALL[stance],
                        selector: selector(quote + " too"),
                        source,
                        draft: None,
                    }],
                    ..ClaimEntry::default()
                }
            },
        )
}

/// The one field an edit changes: a claim's (0 to 5: claimant, role, summary, verdict,
/// date, note) or its response's (6 to 9: expert, affiliation, stance, source).
fn change_field(claim: &mut ClaimEntry, field: usize, new: &str) {
    let response = &mut claim.responses[0];
    let text = || Text::from(new);
    match field {
        0 => claim.claimant = text(),
        1 => claim.role = Some(text()),
        2 => claim.summary = text(),
        3 => claim.verdict = Some(text()),
        4 => claim.date = Some(text()),
        5 => claim.note = (!new.is_empty()).then(text),
        6 => response.expert = text(),
        7 => response.affiliation = (!new.is_empty()).then(text),
        8 => {
            let at = Stance::ALL
                .iter()
                .position(|s| *s == response.stance)
                .unwrap_or(0);
            response.stance = Stance::ALL[(at + 1) % Stance::ALL.len()];
        }
        _ => response.source = Some(text()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever a claim holds, an edit that changes one field (given, as the reader gives
    /// it, the entry as the reader shows it with that one field changed) writes that
    /// field as given and leaves every other one as the file had it.
    #[test]
    fn an_edit_of_one_field_writes_only_that_field(
        claim in raw_claim(),
        field in 0usize..10,
        new in "[A-Z][a-z]{0,8}( [a-z]{1,5})?✓",
        delete in any::<bool>(),
    ) {
        let text = crate::claims::write::write(std::slice::from_ref(&claim), "hand-written header");
        let raw_before = parse_entries("k.toml", &text, false)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&raw_before.claims[0], &claim, "{}", text);
        let shown = parse_text("k.toml", &text).unwrap().remove(0);
        // A field emptied is an optional one taken away (the required ones are given).
        let new = if delete && matches!(field, 5 | 7) { "" } else { new.as_str() };
        let mut wanted = shown.clone();
        change_field(&mut wanted, field, new);
        let change = if field < 6 {
            Change::SetClaim { at: 0, entry: ClaimEntry { responses: Vec::new(), ..wanted } }
        } else {
            Change::SetResponse { claim: 0, at: 0, entry: wanted.responses[0].clone() }
        };
        let mut file = EditableFile::open("k.toml", text.clone())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        file.apply(&change).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let now = file.text();
        let raw_after = parse_entries("k.toml", &now, false)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{now}")))?;
        let mut expected = claim.clone();
        change_field(&mut expected, field, new);
        prop_assert_eq!(&raw_after.claims[0], &expected, "field {}\nbefore:\n{}\nafter:\n{}", field, text, now);
        // And the lines of other fields are the file's own, byte for byte.
        prop_assert!(now.starts_with("# hand-written header\n"), "{}", now);
    }
}

/// The newcomer's case: a note of paragraphs written as a multi-line string, and a
/// claimant and note with controls, stay as written when only the role is typed.
#[test]
fn a_multi_line_note_and_controls_stay_as_written_when_another_field_changes() {
    let text = "# hand-written\n\n[[claim]]\nid = \"halved\"\nclaimant = \"Ann\\u001B[2J Lee\\u202E\"\nquote = 'a quote'\nnote = \"\"\"\nFirst paragraph,\nline two.\n\nSecond \u{9b}paragraph.\"\"\"\n";
    let shown = parse_text("n.toml", text).unwrap().remove(0);
    assert!(!shown.note.as_deref().unwrap().contains('\n'));
    let mut file = EditableFile::open("n.toml", text).unwrap();
    let entry = ClaimEntry {
        role: Some("director".into()),
        responses: Vec::new(),
        ..shown
    };
    file.apply(&Change::SetClaim { at: 0, entry }).unwrap();
    let now = file.text();
    assert_eq!(
        now,
        text.replace(
            "quote = 'a quote'\n",
            "role = \"director\"\nquote = 'a quote'\n"
        ),
        "{now}"
    );
}

/// A BOM, header comments with or without a blank line after them, line endings of
/// either kind, and comments between the claims.
fn layout() -> impl Strategy<Value = (bool, Vec<String>, bool, bool, Vec<Option<String>>)> {
    (
        any::<bool>(),
        prop::collection::vec("[a-z][a-z ]{0,12}", 1..4),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(prop::option::of("[a-z]{1,8}"), 1..5),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Deleting claims, any of them in any order down to none, leaves the file's header
    /// comments (and its BOM and line endings) as they were, and the other claims read
    /// as they did.
    #[test]
    fn deleting_any_claim_keeps_the_header(
        (bom, header, gap, crlf, comments) in layout(),
        order in prop::collection::vec(0usize..5, 5),
    ) {
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        for line in &header {
            text.push_str(&format!("# header {line}\n"));
        }
        if gap {
            text.push('\n');
        }
        for (i, comment) in comments.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            if let Some(comment) = comment {
                text.push_str(&format!("# about claim {i}: {comment}\n"));
            }
            text.push_str(&format!("[[claim]]\nid = \"k{i}\"\nclaimant = \"Person {i}\"\nquote = \"words {i}\"\n"));
        }
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let eol = if crlf { "\r\n" } else { "\n" };
        let head: String = (bom.then_some("\u{feff}").into_iter().map(str::to_string))
            .chain(header.iter().map(|line| format!("# header {line}{eol}")))
            .collect();
        let mut file = EditableFile::open("h.toml", text.clone()).unwrap();
        let mut ids: Vec<String> = (0..comments.len()).map(|i| format!("k{i}")).collect();
        for pick in order.iter().take(comments.len()) {
            let at = pick % ids.len();
            file.apply(&Change::RemoveClaim { at }).unwrap();
            ids.remove(at);
            let now = file.text();
            prop_assert!(now.starts_with(&head), "lost the header:\n{:?}\nfrom\n{:?}", now, text);
            let left: Vec<String> = parse_text("h.toml", &now).unwrap().iter().map(|c| c.id.to_string()).collect();
            prop_assert_eq!(&left, &ids, "{:?}", now);
            if crlf {
                prop_assert_eq!(now.matches('\n').count(), now.matches("\r\n").count());
            }
        }
        while file.undo() {}
        prop_assert_eq!(file.text(), text);
    }
}
