//! Benchmarks of editing the reader's document in place: one claim and one response
//! added, and both undone, on the bundled sample and on a generated large document.
//!
//! `cargo bench --bench edit` measures a 20 MB article with 20,000 claims, as
//! `benches/reader.rs` does; set COUNTERPOINT_BENCH_MB and COUNTERPOINT_BENCH_CLAIMS for
//! another size (CI runs them small so they never rot).

use counterpoint::anchor::Anchorer;
use counterpoint::article::Article;
use counterpoint::claims::change::Change;
use counterpoint::claims::{ClaimEntry, QuoteSelector, ResponseEntry, Stance, parse_text};
use counterpoint::document::Document;
use divan::Bencher;

fn main() {
    divan::main();
}

const DOCUMENTS: [&str; 2] = ["sample", "large"];

/// The document, loaded as the reader loads it.
fn document(which: &str) -> Document {
    let (article, claims) = if which == "sample" {
        (
            include_str!("../assets/pompeo-iran-al-qaida.md").to_string(),
            include_str!("../assets/pompeo-iran-al-qaida.claims.toml").to_string(),
        )
    } else {
        let setting = |name: &str, default: usize| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        };
        let megabytes = setting("COUNTERPOINT_BENCH_MB", 20);
        let claims = setting("COUNTERPOINT_BENCH_CLAIMS", 1000 * megabytes);
        counterpoint::document::generate::generate(megabytes << 20, claims, 1)
    };
    let article = Article::parse("bench.md", article.as_bytes()).unwrap();
    let entries: Vec<ClaimEntry> = parse_text("bench.claims.toml", &claims).unwrap();
    Document::new(article, entries)
}

/// A selector for the words around the middle of the body, with the hints a new entry
/// gets from a selection (exact quote, context, position in characters).
fn selector_in_middle(doc: &Document, skip_words: usize) -> QuoteSelector {
    let body = &doc.article.body;
    let mut start = body.len() / 2;
    while !body.is_char_boundary(start) {
        start += 1;
    }
    let words: Vec<(usize, &str)> = body[start..]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .skip(1 + skip_words)
        .take(8)
        .collect();
    let (first, _) = words[0];
    let (last, word) = words[words.len() - 1];
    let range = first..last + word.len();
    let (prefix, suffix, position) = Anchorer::new(body).hints_for(range.clone());
    QuoteSelector {
        exact: body[range].to_string(),
        prefix,
        suffix,
        position: Some(position),
    }
}

/// A new claim on a passage in the middle of the text and a response to it, each placed
/// by its position hint, then both undone (their inverses applied in reverse order):
/// what one new entry and its undo cost the reader's document, whatever its size.
#[divan::bench(args = DOCUMENTS)]
fn add_claim_response_undo(bencher: Bencher, which: &str) {
    let mut doc = document(which);
    let at = doc.claims.len();
    let claim = Change::AddClaim {
        at,
        entry: ClaimEntry {
            id: "bench-new".into(),
            claimant: "A. Speaker".into(),
            summary: "a claim added in the reader".into(),
            selector: selector_in_middle(&doc, 0),
            ..ClaimEntry::default()
        },
    };
    let response = Change::AddResponse {
        claim: at,
        at: 0,
        entry: ResponseEntry {
            expert: "An Expert".into(),
            affiliation: None,
            stance: Stance::Disputes,
            selector: selector_in_middle(&doc, 12),
            source: None,
            draft: None,
        },
    };
    let mut cycle = move || {
        let added = doc.apply(&claim).unwrap();
        let answered = doc.apply(&response).unwrap();
        doc.apply(&answered.inverse).unwrap();
        doc.apply(&added.inverse).unwrap();
        added.claim
    };
    // The first use builds the body's character index; the rest are what a keystroke costs.
    assert!(cycle().is_some());
    bencher.bench_local(cycle);
}
