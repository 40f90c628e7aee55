//! The file cut into pieces held to the file taken whole: random files with what a cut could break (a `[[claim]]` line inside a multi-line string, in comments, indented or spaced headers, no claims, CRLF, a byte-order mark), random changes and undos, the same bytes after every step.

use proptest::prelude::*;

use super::props::{Style, change_for, claim, step, style, word, write_file};
use super::*;
use crate::claims::parse_file;

/// What a cut could break, put into a generated file: for each claim in turn (cycling),
/// 0 nothing, 1 a multi-line note holding `[[claim]]` lines and comment-like lines, 2 a
/// comment line naming `[[claim]]` above the header, 3 the header indented (not at a
/// line's start, so no cut is made before it), 4 a literal multi-line note ending in a
/// comment-like line. (A header written `[[ claim ]]` toml_edit writes back as
/// `[[claim]]`: such a file is refused whole or in pieces, `a_file_toml_edit_would_change`.)
pub(super) fn oddities() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..5, 1..8)
}

/// `text` (LF, no byte-order mark) with the oddities put in, one per claim header.
pub(super) fn with_oddities(text: &str, odd: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = text;
    let mut n = 0;
    while let Some(at) = rest.find("[[claim]]\n") {
        let line_start = at == 0 || rest.as_bytes()[at - 1] == b'\n';
        out.push_str(&rest[..at]);
        rest = &rest[at + "[[claim]]\n".len()..];
        if !line_start {
            out.push_str("[[claim]]\n");
            continue;
        }
        let kind = odd[n % odd.len()];
        n += 1;
        match kind {
            1 => out.push_str(
                "[[claim]]\nnote = \"\"\"\n[[claim]]\n# [[claim]]\n\n[[claim]]\nclaimant = \"x\"\n\"\"\"\n",
            ),
            2 => out.push_str("# [[claim]] in a comment\n[[claim]]\n"),
            3 => out.push_str("  [[claim]]\n"),
            4 => out.push_str("[[claim]]\nnote = '''\nline\n# [[claim]]'''\n"),
            _ => out.push_str("[[claim]]\n"),
        }
    }
    out.push_str(rest);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_file_in_pieces_changes_and_undoes_as_the_whole_document_does(
        mut claims in prop::collection::vec(claim(), 0..6),
        rejected in prop::collection::vec(word(), 0..3),
        style in style(),
        odd in oddities(),
        steps in prop::collection::vec(step(), 0..14),
    ) {
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = if style.marks[i % 40].3 { format!("k{i}") } else { format!("c{}", i + 1) }.into();
        }
        let plain = Style { crlf: false, bom: false, ..style.clone() };
        let (text, _) = write_file(&claims, &rejected, &plain);
        let mut text = with_oddities(&text, &odd);
        if style.crlf {
            text = text.replace('\n', "\r\n");
        }
        if style.bom {
            text.insert(0, '\u{feff}');
        }
        let start = parse_file("p.toml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let mut pieces = EditableFile::open("p.toml", text.as_str()).map_err(|e| TestCaseError::fail(format!("{e}\n{text:?}")))?;
        let mut whole = EditableFile::open_cut("p.toml", text.clone(), false).map_err(|e| TestCaseError::fail(format!("{e}\n{text:?}")))?;
        // The file is cut (a claim a piece, but where a header is not at a line's start).
        prop_assert!(!pieces.whole, "{:?}", text);
        prop_assert_eq!(pieces.count, start.claims.len());
        prop_assert_eq!(pieces.text(), text.clone());
        let (mut model, mut model_rejected) = (start.claims.clone(), start.rejected.clone());
        let mut inverses = Vec::new();
        for (n, step) in steps.iter().enumerate() {
            match change_for(step, n, &model, &model_rejected) {
                Some(change) => {
                    let made = pieces.apply(&change);
                    prop_assert_eq!(&made, &whole.apply(&change), "{:?}", change);
                    made.map_err(|e| TestCaseError::fail(format!("{change:?}: {e}")))?;
                    inverses.push(change.apply_to(&mut model, &mut model_rejected).expect("fits"));
                }
                None => {
                    if let Some(inverse) = inverses.pop() {
                        prop_assert!(pieces.undo());
                        prop_assert!(whole.undo());
                        inverse.apply_to(&mut model, &mut model_rejected).expect("undoes");
                    }
                }
            }
            let now = pieces.text();
            prop_assert_eq!(&now, &whole.text(), "after {:?}", step);
            prop_assert_eq!(pieces.fingerprint().unwrap(), Fingerprint::of(now.as_bytes()));
            prop_assert_eq!(pieces.count, model.len());
            prop_assert!(pieces.ids_are_current());
            let parsed = parse_file("p.toml", &now).map_err(|e| TestCaseError::fail(format!("{e}\n{now}")))?;
            prop_assert_eq!(&parsed.claims, &model, "{}", now);
        }
        while pieces.undo() {}
        prop_assert_eq!(pieces.text(), text);
    }
}

/// Applies `changes` to `text` cut into pieces and taken whole; the texts after each,
/// which must agree, and undoing all must give `text` back.
fn same_both_ways(text: &str, changes: &[Change]) -> Vec<String> {
    let mut pieces = EditableFile::open("t.toml", text).unwrap();
    let mut whole = EditableFile::open_cut("t.toml", text.to_string(), false).unwrap();
    let mut texts = Vec::new();
    for change in changes {
        assert_eq!(pieces.apply(change), whole.apply(change), "{change:?}");
        assert_eq!(pieces.text(), whole.text(), "{change:?}");
        texts.push(pieces.text());
    }
    while pieces.undo() {}
    assert_eq!(pieces.text(), text);
    texts
}

pub(super) fn entry(id: &str) -> ClaimEntry {
    ClaimEntry {
        id: id.into(),
        claimant: "Someone".into(),
        summary: "words".into(),
        selector: crate::claims::QuoteSelector {
            exact: "words".into(),
            ..Default::default()
        },
        ..ClaimEntry::default()
    }
}

#[test]
fn a_file_with_other_tables_or_dotted_keys_is_taken_whole_and_still_edited() {
    for text in [
        "meta.version = 1\n\n[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n",
        "[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n\n[meta]\nversion = 1\n",
        "[meta]\nversion = 1\n\n[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n",
    ] {
        let file = EditableFile::open("t.toml", text).unwrap();
        assert!(file.whole, "{text}");
        let texts = same_both_ways(
            text,
            &[
                Change::AddClaim {
                    at: 1,
                    entry: entry("n"),
                },
                Change::AddRejected { quote: "r".into() },
                Change::RemoveClaim { at: 0 },
            ],
        );
        assert!(texts[0].contains("id = \"n\""), "{}", texts[0]);
    }
}

#[test]
fn dotted_keys_inside_a_claim_stay_in_its_piece() {
    let text = "[[claim]]\nclaimant = \"A\"\nquote = \"a\"\nsource.name = \"x\"\nsource.year = 2020\n\n[[claim]]\nclaimant = \"B\"\nquote = \"b\"\n";
    let file = EditableFile::open("t.toml", text).unwrap();
    assert!(!file.whole);
    assert_eq!(file.pieces.len(), 3);
    let mut set = entry("c1");
    set.claimant = "A. Person".into();
    set.selector.exact = "a".into();
    set.summary = "a".into();
    same_both_ways(
        text,
        &[
            Change::SetClaim { at: 0, entry: set },
            Change::AddClaim {
                at: 1,
                entry: entry("n"),
            },
            Change::RemoveClaim { at: 2 },
        ],
    );
}

#[test]
fn a_file_with_no_claims_or_only_comments_gets_claims_and_loses_them() {
    for text in [
        "",
        "# only a comment",
        "# my claims\n\n# more\n",
        "rejected = [\"a\"]\n# after\n",
        "\u{feff}# head\r\n\r\nrejected = [\"a\"]\r\n",
    ] {
        let texts = same_both_ways(
            text,
            &[
                Change::AddClaim {
                    at: 0,
                    entry: entry("a"),
                },
                Change::AddClaim {
                    at: 1,
                    entry: entry("b"),
                },
                Change::AddRejected { quote: "q".into() },
                Change::RemoveClaim { at: 0 },
                Change::RemoveClaim { at: 0 },
                Change::AddClaim {
                    at: 0,
                    entry: entry("c"),
                },
            ],
        );
        assert!(texts[1].contains("id = \"b\""), "{text:?}: {}", texts[1]);
    }
}

#[test]
fn unnamed_claims_are_named_a_piece_at_a_time_and_undone_to_the_bytes() {
    let mut text = String::new();
    for i in 0..40 {
        text += &format!("[[claim]]\nclaimant = \"P{i}\"\nquote = \"q{i}\"\n\n");
    }
    let texts = same_both_ways(
        &text,
        &[
            Change::AddClaim {
                at: 20,
                entry: entry("n"),
            },
            Change::RemoveClaim { at: 5 },
        ],
    );
    assert!(!texts[0].contains("id = \"c20\""));
    assert!(texts[0].contains("id = \"c21\"\nclaimant = \"P20\""));
    assert!(texts[1].contains("id = \"c7\"\nclaimant = \"P6\""));
}

#[test]
fn a_file_toml_edit_would_change_is_refused_in_pieces_as_whole() {
    let text = "[[claim]]\nclaimant = \"A\"\nquote = \"a\"\n\n[[ claim ]]\nclaimant = \"B\"\nquote = \"b\"\n";
    let whole = EditableFile::open_cut("t.toml", text.to_string(), false)
        .err()
        .unwrap();
    let pieces = EditableFile::open("t.toml", text).err().unwrap();
    assert_eq!(pieces.to_string(), whole.to_string());
    assert!(
        pieces
            .to_string()
            .contains("would not write this file back byte for byte")
    );
}
