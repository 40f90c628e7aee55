use super::*;
use crate::claims::{QuoteSelector, Stance, parse_file};

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
            exact: format!("words of {expert}"),
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
fn sketch() {
    let out = check(
        FILE,
        Change::AddClaim {
            at: 0,
            entry: claim("n", "new words"),
        },
    );
    println!("{out}");
    let out = check(FILE, Change::RemoveClaim { at: 0 });
    println!("{out}");
    let mut e = entries(FILE).claims[0].clone();
    e.verdict = None;
    e.note = Some("a note".into());
    e.draft = Some(DraftMark { confidence: 70 });
    let out = check(FILE, Change::SetClaim { at: 0, entry: e });
    println!("{out}");
    let out = check(
        FILE,
        Change::AddResponse {
            claim: 1,
            at: 0,
            entry: response("Ann"),
        },
    );
    println!("{out}");
    let out = check(
        FILE,
        Change::AddRejected {
            quote: "q \"x\"".into(),
        },
    );
    println!("{out}");
}
